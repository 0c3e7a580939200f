#include "engine/pipeline/PipelineSpec.h"
#include "engine/core/Message.h"

#include "engine/core/Names.h"
#include "engine/monitor/LogWindows.h"
#include "engine/pipeline/Schedule.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/train/RunConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

// Q_INIT_RESOURCE must be used outside any namespace; the example lives in pipelines.qrc.
static void initPipelineResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(pipelines);
        return true;
    }();
    Q_UNUSED(done);
}

namespace crucible {

namespace {

/// The keys each step kind takes, and which of them it needs.
struct KindKeys {
    QStringList keys;
    QStringList required; ///< each entry: one key, or "a|b" for one of them
};

const QMap<QString, KindKeys>& kindKeys()
{
    static const QMap<QString, KindKeys> table {
        {QStringLiteral("data"),
         {{QStringLiteral("path"), QStringLiteral("folder"), QStringLiteral("pattern"), QStringLiteral("name"),
           QStringLiteral("target"), QStringLiteral("kind")},
          {QStringLiteral("path|folder"), QStringLiteral("name")}}},
        {QStringLiteral("train"),
         {{QStringLiteral("data"), QStringLiteral("recipe"), QStringLiteral("experiment"), QStringLiteral("name"),
           QStringLiteral("tags")},
          {QStringLiteral("data")}}},
        {QStringLiteral("evaluate"),
         {{QStringLiteral("model"), QStringLiteral("champion"), QStringLiteral("data"), QStringLiteral("split")},
          {QStringLiteral("model"), QStringLiteral("data")}}},
        {QStringLiteral("gate"),
         {{QStringLiteral("conditions"), QStringLiteral("evaluation")}, {QStringLiteral("conditions")}}},
        {QStringLiteral("register"),
         {{QStringLiteral("run"), QStringLiteral("name"), QStringLiteral("alias"), QStringLiteral("intended_use"),
           QStringLiteral("tags")},
          {QStringLiteral("run"), QStringLiteral("name")}}},
        {QStringLiteral("promote"),
         {{QStringLiteral("model"), QStringLiteral("alias")}, {QStringLiteral("model"), QStringLiteral("alias")}}},
        {QStringLiteral("drift"),
         {{QStringLiteral("model"), QStringLiteral("data"), QStringLiteral("csv"), QStringLiteral("log"),
           QStringLiteral("window"), QStringLiteral("fail_on_drift")},
          {QStringLiteral("model"), QStringLiteral("data|csv|log")}}},
        {QStringLiteral("shell"),
         {{QStringLiteral("run"), QStringLiteral("cwd"), QStringLiteral("env")}, {QStringLiteral("run")}}},
        {QStringLiteral("notify"),
         {{QStringLiteral("log"), QStringLiteral("url"), QStringLiteral("message")}, {QStringLiteral("log|url")}}},
    };
    return table;
}

/// The outputs a step of each kind gives (train and evaluate give metrics besides).
const QMap<QString, QStringList>& kindOutputs()
{
    static const QMap<QString, QStringList> table {
        {QStringLiteral("data"),
         {QStringLiteral("dataset"), QStringLiteral("name"), QStringLiteral("hash"), QStringLiteral("rows"),
          QStringLiteral("new"), QStringLiteral("file")}},
        {QStringLiteral("train"), {QStringLiteral("run_id"), QStringLiteral("status"), QStringLiteral("dataset")}},
        {QStringLiteral("evaluate"),
         {QStringLiteral("model"), QStringLiteral("champion"), QStringLiteral("rows"), QStringLiteral("metric")}},
        {QStringLiteral("gate"), {QStringLiteral("passed"), QStringLiteral("reason")}},
        {QStringLiteral("register"), {QStringLiteral("model"), QStringLiteral("name"), QStringLiteral("version")}},
        {QStringLiteral("promote"), {QStringLiteral("model"), QStringLiteral("aliases"), QStringLiteral("moved")}},
        {QStringLiteral("drift"),
         {QStringLiteral("drifted"), QStringLiteral("level"), QStringLiteral("features"), QStringLiteral("model")}},
        {QStringLiteral("shell"), {QStringLiteral("exit_code"), QStringLiteral("output")}},
        {QStringLiteral("notify"), {QStringLiteral("sent")}},
    };
    return table;
}

/// Output names that start with one of these are open-ended (metrics).
bool isOpenOutput(const QString& kind, const QString& key)
{
    if (kind == QLatin1String("train"))
        return key.startsWith(QLatin1String("test_")) || key.startsWith(QLatin1String("val_"))
            || key.startsWith(QLatin1String("train_"));
    if (kind == QLatin1String("evaluate"))
        return key.startsWith(QLatin1String("challenger.")) || key.startsWith(QLatin1String("champion."));
    return false;
}

/// Collects every problem with its line, to report them all at once.
class Checker {
public:
    explicit Checker(QString file) : m_file(std::move(file)) { }

    void problem(int line, const QString& key, const QString& message)
    {
        m_problems << qMakePair(line, QStringLiteral("%1:%2: %3: %4").arg(m_file).arg(line).arg(key, message));
    }
    bool isClean() const { return m_problems.isEmpty(); }
    /// Every problem, in the order of the file's lines.
    Error error()
    {
        std::stable_sort(m_problems.begin(), m_problems.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        const int firstLine = m_problems.first().first;
        QString message = m_problems.first().second.section(QStringLiteral(": "), 1);
        for (qsizetype i = 1; i < m_problems.size(); ++i)
            message += QStringLiteral("\n  ") + m_problems[i].second;
        if (m_problems.size() > 1)
            message += QStringLiteral("\n(%1 problems)").arg(m_problems.size());
        return {ErrorCode::InvalidInput, message, QStringLiteral("%1:%2").arg(m_file).arg(firstLine)};
    }

private:
    QString m_file;
    QList<QPair<int, QString>> m_problems;
};

int lineOf(const YAML::Node& node)
{
    return node.Mark().line + 1;
}

QString scalarText(const YAML::Node& node)
{
    return QString::fromStdString(node.Scalar());
}

/// Thrown when a file expands (through aliases of aliases) into more values than any pipeline has.
struct TooLarge {
    int line = 0;
};
constexpr int kMaxValues = 200000;
thread_local int t_values = 0;

void countValue(const YAML::Node& node)
{
    if (++t_values > kMaxValues)
        throw TooLarge {lineOf(node)};
}

/// A YAML value as JSON: scalars stay text (typed where a step reads them), null is null.
QJsonValue toJson(const YAML::Node& node)
{
    countValue(node);
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return scalarText(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node& item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it)
            object.insert(scalarText(it->first), toJson(it->second));
        return object;
    }
    default:
        return QJsonValue();
    }
}

/// The names a text refers to with ${...}.
QStringList referencesIn(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("\\$\\{([^}]*)\\}"));
    QStringList names;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        names << it.next().captured(1).trimmed();
    return names;
}

QString unknownKey(const QString& key, const QStringList& known)
{
    const QString guess = names::nearest(key, known);
    if (!guess.isEmpty())
        return QStringLiteral("unknown key '%1' (did you mean '%2'?)").arg(key, guess);
    return CRUCIBLE_MESSAGE("unknown key '%1'; known: %2").arg(key, known.join(QStringLiteral(", ")));
}

class Parser {
public:
    Parser(PipelineSpec& spec, Checker& checker) : m_spec(spec), m_check(checker) { }

    /// Every map of the file, once: a key written twice is a mistake (the second would win silently).
    void duplicateKeys(const YAML::Node& node, const QString& where)
    {
        countValue(node);
        if (node.IsMap()) {
            QHash<QString, int> seen;
            for (auto it = node.begin(); it != node.end(); ++it) {
                const QString key = scalarText(it->first);
                if (seen.contains(key))
                    m_check.problem(lineOf(it->first), where.isEmpty() ? key : where + QLatin1Char('.') + key,
                                    CRUCIBLE_MESSAGE("the key appears twice (first on line %1)").arg(seen.value(key)));
                seen.insert(key, lineOf(it->first));
                duplicateKeys(it->second, where.isEmpty() ? key : where + QLatin1Char('.') + key);
            }
        } else if (node.IsSequence()) {
            int index = 0;
            for (const YAML::Node& item : node)
                duplicateKeys(item, QStringLiteral("%1[%2]").arg(where).arg(index++));
        }
    }

    void document(const YAML::Node& root)
    {
        duplicateKeys(root, QString());
        if (!root.IsMap()) {
            m_check.problem(lineOf(root), QStringLiteral("(file)"),
                            CRUCIBLE_MESSAGE("a pipeline file is a mapping with name, steps and optional params "
                                             "and triggers"));
            return;
        }
        static const QStringList topKeys {QStringLiteral("name"), QStringLiteral("params"), QStringLiteral("triggers"),
                                          QStringLiteral("steps")};
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QString key = scalarText(it->first);
            if (!topKeys.contains(key))
                m_check.problem(lineOf(it->first), key, unknownKey(key, topKeys));
        }
        name(root["name"], lineOf(root));
        params(root["params"]);
        triggers(root["triggers"]);
        steps(root["steps"], lineOf(root));
    }

private:
    void name(const YAML::Node& node, int line)
    {
        if (!node || !node.IsScalar() || node.Scalar().empty()) {
            m_check.problem(node ? lineOf(node) : line, QStringLiteral("name"),
                            CRUCIBLE_MESSAGE("a pipeline needs a name (letters, digits, '-', '_' and '.')"));
            return;
        }
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        m_spec.name = scalarText(node);
        if (!valid.match(m_spec.name).hasMatch())
            m_check.problem(lineOf(node), QStringLiteral("name"),
                            CRUCIBLE_MESSAGE("'%1' is not a pipeline name: 1 to 64 letters, digits, '-', '_' or '.', "
                                             "starting with a letter or digit")
                                .arg(m_spec.name.left(80)));
    }

    void params(const YAML::Node& node)
    {
        if (!node || node.IsNull())
            return;
        if (!node.IsMap()) {
            m_check.problem(lineOf(node), QStringLiteral("params"),
                            CRUCIBLE_MESSAGE("params is a mapping of names to values"));
            return;
        }
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = scalarText(it->first);
            if (!valid.match(key).hasMatch())
                m_check.problem(lineOf(it->first), QStringLiteral("params.") + key,
                                CRUCIBLE_MESSAGE("a parameter name is letters, digits and '_'"));
            else if (!it->second.IsScalar() && !it->second.IsNull())
                m_check.problem(lineOf(it->second), QStringLiteral("params.") + key,
                                CRUCIBLE_MESSAGE("a parameter's value is one number or text"));
            else
                m_spec.params.insert(key, it->second.IsNull() ? QString() : scalarText(it->second));
        }
    }

    void triggers(const YAML::Node& node)
    {
        if (!node || node.IsNull())
            return;
        if (!node.IsMap()) {
            m_check.problem(lineOf(node), QStringLiteral("triggers"),
                            CRUCIBLE_MESSAGE("triggers is a mapping with schedule, watch and drift"));
            return;
        }
        static const QStringList keys {QStringLiteral("schedule"), QStringLiteral("watch"), QStringLiteral("drift")};
        TriggerSpec& triggers = m_spec.triggers;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = scalarText(it->first);
            const QString where = QStringLiteral("triggers.") + key;
            const YAML::Node value = it->second; // a copy: it-> yields a temporary
            if (key == QLatin1String("schedule")) {
                triggers.schedule = value.IsScalar() ? scalarText(value) : QString();
                QString problem;
                const auto schedule = Schedule::parse(triggers.schedule, &problem);
                if (!schedule)
                    m_check.problem(lineOf(value), where, problem);
                else if (!schedule->next(QDateTime::currentDateTime()).isValid())
                    m_check.problem(
                        lineOf(value), where,
                        CRUCIBLE_MESSAGE("'%1' never comes (no such date within five years)").arg(triggers.schedule));
            } else if (key == QLatin1String("watch")) {
                watch(value, where);
            } else if (key == QLatin1String("drift")) {
                drift(value, where);
            } else {
                m_check.problem(lineOf(it->first), where, unknownKey(key, keys));
            }
        }
    }

    void watch(const YAML::Node& value, const QString& where)
    {
        TriggerSpec& triggers = m_spec.triggers;
        if (value.IsScalar()) {
            triggers.watchFolder = scalarText(value);
        } else if (value.IsMap()) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                const QString key = scalarText(it->first);
                if (key == QLatin1String("folder") && it->second.IsScalar())
                    triggers.watchFolder = scalarText(it->second);
                else if (key == QLatin1String("pattern") && it->second.IsScalar())
                    triggers.watchPattern = scalarText(it->second);
                else
                    m_check.problem(lineOf(it->first), where + QLatin1Char('.') + key,
                                    unknownKey(key, {QStringLiteral("folder"), QStringLiteral("pattern")}));
            }
        }
        if (!QRegularExpression(QRegularExpression::wildcardToRegularExpression(triggers.watchPattern)).isValid())
            m_check.problem(lineOf(value), where + QStringLiteral(".pattern"),
                            CRUCIBLE_MESSAGE("'%1' is not a file pattern such as *.csv").arg(triggers.watchPattern));
        if (triggers.watchFolder.isEmpty())
            m_check.problem(lineOf(value), where,
                            CRUCIBLE_MESSAGE("watch names a folder: 'watch: /data/incoming' or "
                                             "'watch: {folder: /data/incoming, pattern: \"*.csv\"}'"));
        else
            triggers.watchFolder = absolute(triggers.watchFolder);
    }

    void drift(const YAML::Node& value, const QString& where)
    {
        TriggerSpec& triggers = m_spec.triggers;
        static const QStringList keys {QStringLiteral("model"), QStringLiteral("log"), QStringLiteral("window"),
                                       QStringLiteral("every")};
        if (!value.IsMap()) {
            m_check.problem(lineOf(value), where,
                            CRUCIBLE_MESSAGE("drift is a mapping: {model: NAME@ALIAS, window: 1000, every: 1h}"));
            return;
        }
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString key = scalarText(it->first);
            const QString text = it->second.IsScalar() ? scalarText(it->second) : QString();
            if (key == QLatin1String("model")) {
                triggers.driftModel = text;
            } else if (key == QLatin1String("log")) {
                triggers.driftLog = text;
            } else if (key == QLatin1String("window")) {
                triggers.driftWindow = text;
                QString problem;
                (void)WindowSpec::parse(text, &problem);
                if (!problem.isEmpty())
                    m_check.problem(lineOf(it->second), where + QStringLiteral(".window"), problem);
            } else if (key == QLatin1String("every")) {
                triggers.driftEverySeconds = parseSeconds(text);
                if (triggers.driftEverySeconds < 1)
                    m_check.problem(lineOf(it->second), where + QStringLiteral(".every"),
                                    CRUCIBLE_MESSAGE("'%1' is not a duration such as 90s, 30m, 1h or 1d").arg(text));
            } else {
                m_check.problem(lineOf(it->first), where + QLatin1Char('.') + key, unknownKey(key, keys));
            }
        }
        if (triggers.driftModel.isEmpty())
            m_check.problem(lineOf(value), where + QStringLiteral(".model"),
                            CRUCIBLE_MESSAGE("a drift trigger names the served model: model: NAME@ALIAS"));
        if (triggers.driftLog.isEmpty())
            triggers.driftLog = triggers.driftModel.section(QLatin1Char('@'), 0, 0);
    }

    QString absolute(const QString& path) const
    {
        if (path.contains(QLatin1String("${")) || QDir::isAbsolutePath(path) || m_spec.file.isEmpty())
            return path;
        return QDir::cleanPath(QFileInfo(m_spec.file).absoluteDir().filePath(path));
    }

    void steps(const YAML::Node& node, int line)
    {
        if (!node || !node.IsSequence() || node.size() == 0) {
            m_check.problem(node ? lineOf(node) : line, QStringLiteral("steps"),
                            CRUCIBLE_MESSAGE("a pipeline needs a list of steps ('- id: train' ...)"));
            return;
        }
        int index = 0;
        for (const YAML::Node& item : node)
            step(item, index++);
    }

    void step(const YAML::Node& node, int index)
    {
        const QString fallback = QStringLiteral("steps[%1]").arg(index);
        if (!node.IsMap()) {
            m_check.problem(lineOf(node), fallback,
                            CRUCIBLE_MESSAGE("a step is a mapping: id, one kind (%1) and optional if, retries, "
                                             "backoff, timeout, cache")
                                .arg(PipelineSpec::stepKinds().join(QStringLiteral(", "))));
            return;
        }
        StepSpec step;
        step.line = lineOf(node);
        static const QRegularExpression validId(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,39}$"));
        if (const YAML::Node id = node["id"]; id && id.IsScalar())
            step.id = scalarText(id);
        const QString where = step.id.isEmpty() ? fallback : QStringLiteral("steps.") + step.id;
        if (step.id.isEmpty())
            m_check.problem(step.line, fallback, CRUCIBLE_MESSAGE("a step needs an id (letters, digits, '-', '_')"));
        else if (!validId.match(step.id).hasMatch())
            m_check.problem(lineOf(node["id"]), where + QStringLiteral(".id"),
                            CRUCIBLE_MESSAGE("'%1' is not a step id: a letter, then letters, digits, '-' or '_'")
                                .arg(step.id.left(60)));
        else if (m_spec.indexOf(step.id) >= 0)
            m_check.problem(
                lineOf(node["id"]), where + QStringLiteral(".id"),
                CRUCIBLE_MESSAGE("another step (line %1) has this id").arg(m_spec.steps[m_spec.indexOf(step.id)].line));

        static const QStringList common {QStringLiteral("id"),      QStringLiteral("if"),
                                         QStringLiteral("retries"), QStringLiteral("backoff"),
                                         QStringLiteral("timeout"), QStringLiteral("cache")};
        YAML::Node body;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = scalarText(it->first);
            const YAML::Node value = it->second; // a copy: it-> yields a temporary
            const QString keyWhere = where + QLatin1Char('.') + key;
            if (key == QLatin1String("id"))
                continue;
            if (PipelineSpec::stepKinds().contains(key)) {
                if (!step.kind.isEmpty()) {
                    m_check.problem(lineOf(it->first), keyWhere,
                                    CRUCIBLE_MESSAGE("a step has one kind; this one is already '%1'").arg(step.kind));
                    continue;
                }
                step.kind = key;
                body = value;
            } else if (key == QLatin1String("if")) {
                step.condition = value.IsScalar() ? scalarText(value).trimmed() : QString();
                if (step.condition.isEmpty())
                    m_check.problem(lineOf(value), keyWhere,
                                    CRUCIBLE_MESSAGE("if takes a condition such as steps.drift.drifted, or always or "
                                                     "failure"));
                else if (step.condition != QLatin1String("always") && step.condition != QLatin1String("failure"))
                    conditionSyntax(step.condition, lineOf(value), keyWhere, false);
            } else if (key == QLatin1String("retries")) {
                bool ok = false;
                step.retries = value.IsScalar() ? scalarText(value).toInt(&ok) : -1;
                if (!ok || step.retries < 0 || step.retries > 100)
                    m_check.problem(lineOf(value), keyWhere,
                                    CRUCIBLE_MESSAGE("retries is a whole number from 0 to 100"));
            } else if (key == QLatin1String("backoff") || key == QLatin1String("timeout")) {
                const double seconds = value.IsScalar() ? parseSeconds(scalarText(value)) : -1;
                if (seconds < 0)
                    m_check.problem(lineOf(value), keyWhere,
                                    CRUCIBLE_MESSAGE("'%1' is not a duration such as 30s, 5m or 2h")
                                        .arg(value.IsScalar() ? scalarText(value).left(40) : QString()));
                else if (key == QLatin1String("backoff"))
                    step.backoffSeconds = seconds;
                else if (seconds <= 0)
                    m_check.problem(lineOf(value), keyWhere,
                                    CRUCIBLE_MESSAGE("a timeout is more than 0 (leave it out for no limit)"));
                else
                    step.timeoutSeconds = seconds;
            } else if (key == QLatin1String("cache")) {
                const QString text = value.IsScalar() ? scalarText(value) : QString();
                if (text != QLatin1String("true") && text != QLatin1String("false"))
                    m_check.problem(lineOf(value), keyWhere, CRUCIBLE_MESSAGE("cache is true or false"));
                step.cache = text == QLatin1String("true");
            } else {
                QStringList known = common;
                known << PipelineSpec::stepKinds();
                m_check.problem(lineOf(it->first), keyWhere, unknownKey(key, known));
            }
        }
        if (step.kind.isEmpty()) {
            m_check.problem(step.line, where,
                            CRUCIBLE_MESSAGE("the step says what it does with one of: %1")
                                .arg(PipelineSpec::stepKinds().join(QStringLiteral(", "))));
        } else {
            // Shell commands and notifications act on the world: they run every time unless asked.
            if (!node["cache"]
                && (step.kind == QLatin1String("shell") || step.kind == QLatin1String("notify")
                    || step.kind == QLatin1String("gate") || step.kind == QLatin1String("promote")))
                step.cache = false;
            stepBody(step, body, where + QLatin1Char('.') + step.kind);
        }
        m_spec.steps << step;
    }

    void stepBody(StepSpec& step, const YAML::Node& body, const QString& where)
    {
        const KindKeys& kind = kindKeys()[step.kind];
        if (step.kind == QLatin1String("gate") && body.IsSequence()) {
            step.body.insert(QStringLiteral("conditions"), toJson(body));
            gateConditions(body, where);
            return;
        }
        if (!body.IsMap()) {
            m_check.problem(
                lineOf(body), where,
                CRUCIBLE_MESSAGE("'%1' takes a mapping with %2").arg(step.kind, kind.keys.join(QStringLiteral(", "))));
            return;
        }
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString key = scalarText(it->first);
            const QString keyWhere = where + QLatin1Char('.') + key;
            if (!kind.keys.contains(key)) {
                m_check.problem(lineOf(it->first), keyWhere, unknownKey(key, kind.keys));
                continue;
            }
            step.body.insert(key, toJson(it->second));
            value(step, key, it->second, keyWhere);
        }
        if (step.kind == QLatin1String("drift")) {
            const int sources = int(step.body.contains(QStringLiteral("data")))
                + int(step.body.contains(QStringLiteral("csv"))) + int(step.body.contains(QStringLiteral("log")));
            if (sources > 1)
                m_check.problem(lineOf(body), where,
                                CRUCIBLE_MESSAGE("drift compares with one of data, csv or log, not several"));
        }
        for (const QString& required : kind.required) {
            const QStringList alternatives = required.split(QLatin1Char('|'));
            bool found = false;
            for (const QString& key : alternatives)
                found = found || step.body.contains(key);
            if (!found)
                m_check.problem(lineOf(body), where,
                                alternatives.size() == 1
                                    ? QStringLiteral("'%1' needs '%2'").arg(step.kind, required)
                                    : CRUCIBLE_MESSAGE("'%1' needs one of %2")
                                          .arg(step.kind, alternatives.join(QStringLiteral(", "))));
        }
    }

    void value(StepSpec& step, const QString& key, const YAML::Node& node, const QString& where)
    {
        const bool isMapKey = (step.kind == QLatin1String("train") && key == QLatin1String("recipe"))
            || (step.kind == QLatin1String("shell") && key == QLatin1String("env"));
        const bool isListKey = key == QLatin1String("tags") || key == QLatin1String("conditions")
            || (step.kind == QLatin1String("promote") && key == QLatin1String("alias"));
        if (isMapKey && !node.IsMap()) {
            m_check.problem(lineOf(node), where, CRUCIBLE_MESSAGE("'%1' is a mapping of keys to values").arg(key));
            return;
        }
        if (!isMapKey && !isListKey && !node.IsScalar()) {
            m_check.problem(lineOf(node), where, CRUCIBLE_MESSAGE("'%1' is one value").arg(key));
            return;
        }
        if (isListKey && !node.IsScalar() && !node.IsSequence()) {
            m_check.problem(lineOf(node), where, CRUCIBLE_MESSAGE("'%1' is a value or a list of values").arg(key));
            return;
        }
        if (key == QLatin1String("conditions")) {
            gateConditions(node, where);
            return;
        }
        if (step.kind == QLatin1String("promote") && key == QLatin1String("alias") && node.IsSequence()) {
            if (node.size() == 0)
                m_check.problem(lineOf(node), where, CRUCIBLE_MESSAGE("promote names at least one alias"));
            for (const YAML::Node& alias : node) {
                const QString text = alias.IsScalar() ? scalarText(alias) : QString();
                if (text.contains(QLatin1String("${")))
                    continue;
                if (Status valid = ModelRegistry::validateName(text, true); !valid)
                    m_check.problem(lineOf(alias), where, valid.error().message);
            }
        }
        if (step.kind == QLatin1String("train") && key == QLatin1String("recipe")) {
            recipe(node, where);
            return;
        }
        walkReferences(node, where);
        if (!node.IsScalar())
            return;
        const QString text = scalarText(node);
        if (text.contains(QLatin1String("${")))
            return;
        if (key == QLatin1String("split") && text != QLatin1String("all") && text != QLatin1String("test"))
            m_check.problem(lineOf(node), where,
                            CRUCIBLE_MESSAGE("split is 'test' (the challenger's own test split) or 'all'"));
        if (key == QLatin1String("fail_on_drift") && text != QLatin1String("true") && text != QLatin1String("false"))
            m_check.problem(lineOf(node), where, CRUCIBLE_MESSAGE("fail_on_drift is true or false"));
        if (key == QLatin1String("url") && !text.startsWith(QLatin1String("http://")))
            m_check.problem(lineOf(node), where,
                            text.startsWith(QLatin1String("https://"))
                                ? CRUCIBLE_MESSAGE("notify speaks http only; post to https through a shell step "
                                                   "(curl) or a local relay")
                                : CRUCIBLE_MESSAGE("a notification URL starts with http://"));
        if (step.kind == QLatin1String("data") && key == QLatin1String("kind")
            && !QStringList {QStringLiteral("csv"), QStringLiteral("images"), QStringLiteral("idx")}.contains(text))
            m_check.problem(lineOf(node), where, CRUCIBLE_MESSAGE("kind is csv, images or idx"));
        if (step.kind == QLatin1String("register") && key == QLatin1String("name")) {
            if (Status valid = ModelRegistry::validateName(text); !valid)
                m_check.problem(lineOf(node), where, valid.error().message);
        }
        if ((step.kind == QLatin1String("register") || step.kind == QLatin1String("promote"))
            && key == QLatin1String("alias")) {
            if (Status valid = ModelRegistry::validateName(text, true); !valid)
                m_check.problem(lineOf(node), where, valid.error().message);
        }
        if (step.kind == QLatin1String("drift") && key == QLatin1String("window")) {
            QString problem;
            (void)WindowSpec::parse(text, &problem);
            if (!problem.isEmpty())
                m_check.problem(lineOf(node), where, problem);
        }
        if (key == QLatin1String("path") || key == QLatin1String("folder") || key == QLatin1String("csv")
            || key == QLatin1String("log") || key == QLatin1String("cwd")) {
            if (step.kind != QLatin1String("drift") || key != QLatin1String("log"))
                step.body.insert(key, absolute(text));
        }
    }

    void recipe(const YAML::Node& node, const QString& where)
    {
        const QStringList known = RunConfig::keys();
        RunConfig probe;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = scalarText(it->first);
            const QString keyWhere = where + QLatin1Char('.') + key;
            if (!known.contains(key)) {
                m_check.problem(lineOf(it->first), keyWhere, unknownKey(key, known));
                continue;
            }
            if (!it->second.IsScalar()) {
                m_check.problem(
                    lineOf(it->second), keyWhere,
                    CRUCIBLE_MESSAGE("a recipe value is written as on the command line: %1: VALUE").arg(key));
                continue;
            }
            const QString text = scalarText(it->second);
            checkReferences(text, lineOf(it->second), keyWhere, false);
            if (text.contains(QLatin1String("${")))
                continue;
            if (const Status set = probe.set(key, text); !set)
                m_check.problem(lineOf(it->second), keyWhere, set.error().message);
        }
    }

    /// A condition's references and syntax; a gate's must compare (a bare word opens nothing).
    void conditionSyntax(const QString& text, int line, const QString& where, bool isGate)
    {
        checkReferences(text, line, where, true);
        static const QRegularExpression comparison(QStringLiteral("(>=|<=|==|!=|>|<)"));
        if (isGate && !comparison.match(text).hasMatch()) {
            m_check.problem(line, where,
                            CRUCIBLE_MESSAGE("a gate's condition compares, such as \"challenger.accuracy >= 0.9\" or "
                                             "\"challenger.mse < champion.mse\""));
            return;
        }
        static const QRegularExpression metricName(QStringLiteral("\\b(?:challenger|champion)\\.([\\w-]+)"));
        static const QStringList metrics {QStringLiteral("accuracy"), QStringLiteral("f1_macro"), QStringLiteral("mse"),
                                          QStringLiteral("mae"), QStringLiteral("r2")};
        for (auto it = metricName.globalMatch(text); it.hasNext();) {
            const QString metric = it.next().captured(1);
            if (!metrics.contains(metric))
                m_check.problem(line, where,
                                CRUCIBLE_MESSAGE("'%1' is not a metric an evaluation gives; it gives %2")
                                    .arg(metric, metrics.join(QStringLiteral(", "))));
        }
        if (text.count(QLatin1String("${")) != text.count(QLatin1Char('}'))) {
            m_check.problem(line, where, CRUCIBLE_MESSAGE("a '${' without its '}'"));
            return;
        }
        // Syntax only: the values are not known yet, so every name gets a number.
        QString dollarFree = text;
        dollarFree.replace(QRegularExpression(QStringLiteral("\\$\\{[^}]*\\}")), QStringLiteral("0"));
        Scope probe;
        static const QRegularExpression names(QStringLiteral("[A-Za-z_][\\w-]*(?:\\.[\\w-]+)+"));
        for (auto it = names.globalMatch(dollarFree); it.hasNext();)
            probe.insert(it.next().captured(0), QStringLiteral("0"));
        if (auto parsed = evaluateCondition(dollarFree, probe); !parsed)
            m_check.problem(line, where, parsed.error().message);
    }

    void gateConditions(const YAML::Node& node, const QString& where)
    {
        const auto check = [&](const YAML::Node& item) {
            if (!item.IsScalar()) {
                m_check.problem(lineOf(item), where,
                                CRUCIBLE_MESSAGE("a condition is text such as \"challenger.accuracy >= 0.9\""));
                return;
            }
            conditionSyntax(scalarText(item), lineOf(item), where, true);
        };
        if (node.IsSequence()) {
            for (const YAML::Node& item : node)
                check(item);
        } else {
            check(node);
        }
    }

    void walkReferences(const YAML::Node& node, const QString& where)
    {
        countValue(node);
        if (node.IsScalar()) {
            checkReferences(scalarText(node), lineOf(node), where, false);
        } else if (node.IsSequence()) {
            for (const YAML::Node& item : node)
                walkReferences(item, where);
        } else if (node.IsMap()) {
            for (auto it = node.begin(); it != node.end(); ++it)
                walkReferences(it->second, where + QLatin1Char('.') + scalarText(it->first));
        }
    }

    /// Every ${name} (and with `bareNames`, every name of a condition) must be a parameter, an
    /// output of an earlier step, a trigger's or the pipeline's.
    void checkReferences(const QString& text, int line, const QString& where, bool bareNames)
    {
        QStringList names = referencesIn(text);
        if (bareNames) {
            static const QRegularExpression bare(QStringLiteral("(?<![\\w.$])([A-Za-z_][\\w-]*(?:\\.[\\w-]+)+)"));
            QString withoutDollars = text;
            withoutDollars.replace(QRegularExpression(QStringLiteral("\\$\\{[^}]*\\}")), QStringLiteral(" "));
            for (auto it = bare.globalMatch(withoutDollars); it.hasNext();)
                names << it.next().captured(1);
        }
        for (const QString& name : std::as_const(names)) {
            const QStringList parts = name.split(QLatin1Char('.'));
            const QString head = parts.first();
            if (head == QLatin1String("params")) {
                if (parts.size() != 2 || !m_spec.params.contains(parts[1]))
                    m_check.problem(line, where,
                                    CRUCIBLE_MESSAGE("'%1' is not a parameter; declare it under params").arg(name));
            } else if (head == QLatin1String("steps")) {
                const int at = parts.size() >= 3 ? m_spec.indexOf(parts[1]) : -1;
                if (at < 0) {
                    m_check.problem(line, where,
                                    CRUCIBLE_MESSAGE("'%1' names no earlier step (write steps.ID.OUTPUT)").arg(name));
                    continue;
                }
                const QString kind = m_spec.steps[at].kind;
                const QString output = parts.mid(2).join(QLatin1Char('.'));
                if (!kindOutputs().value(kind).contains(output) && !isOpenOutput(kind, output))
                    m_check.problem(line, where,
                                    CRUCIBLE_MESSAGE("a %1 step has no output '%2'; it has %3")
                                        .arg(kind, output, kindOutputs().value(kind).join(QStringLiteral(", "))));
            } else if (head == QLatin1String("trigger")) {
                static const QStringList known {QStringLiteral("trigger.kind"), QStringLiteral("trigger.file"),
                                                QStringLiteral("trigger.time")};
                if (!known.contains(name))
                    m_check.problem(line, where,
                                    CRUCIBLE_MESSAGE("'%1' is unknown; a trigger has %2")
                                        .arg(name, known.join(QStringLiteral(", "))));
            } else if (head == QLatin1String("pipeline")) {
                static const QStringList known {QStringLiteral("pipeline.run_id"), QStringLiteral("pipeline.name"),
                                                QStringLiteral("pipeline.status"), QStringLiteral("pipeline.message")};
                if (!known.contains(name))
                    m_check.problem(line, where,
                                    CRUCIBLE_MESSAGE("'%1' is unknown; the pipeline has %2")
                                        .arg(name, known.join(QStringLiteral(", "))));
            } else if (bareNames && (head == QLatin1String("challenger") || head == QLatin1String("champion"))) {
                continue; // the evaluation's metrics, known when it ran
            } else {
                m_check.problem(line, where,
                                CRUCIBLE_MESSAGE("'%1' is unknown; references start with params., steps., trigger. or "
                                                 "pipeline.")
                                    .arg(name));
            }
        }
    }

    PipelineSpec& m_spec;
    Checker& m_check;
};

// --- conditions ---------------------------------------------------------------------------------

struct Operand {
    bool isNumber = false;
    double number = 0;
    QString text;
    bool missing = false;
};

class ConditionParser {
public:
    ConditionParser(const QString& text, const Scope& scope, QStringList* missing)
        : m_text(text), m_scope(scope), m_missing(missing)
    { }

    Result<bool> evaluate()
    {
        static const QRegularExpression comparison(QStringLiteral("^(.*?)\\s*(>=|<=|==|!=|>|<)\\s*(.*)$"));
        const QString text = m_text.trimmed();
        if (text.isEmpty())
            return fail(CRUCIBLE_MESSAGE("the condition is empty"));
        const auto match = comparison.match(text);
        if (!match.hasMatch()) {
            static const QRegularExpression bareWord(QStringLiteral("^[A-Za-z_][\\w-]*$"));
            static const QStringList literals {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                               QStringLiteral("no")};
            if (bareWord.match(text).hasMatch() && !literals.contains(text.toLower()))
                return fail(CRUCIBLE_MESSAGE("'%1' is not a condition: compare values (a >= b) or name an output "
                                             "(steps.drift.drifted)")
                                .arg(text.left(60)));
            auto value = expression(text);
            if (!value)
                return value.error();
            if (value->missing)
                return false;
            const QString word = value->isNumber ? QString::number(value->number) : value->text.trimmed().toLower();
            return !(word.isEmpty() || word == QLatin1String("false") || word == QLatin1String("no")
                     || word == QLatin1String("0"));
        }
        auto left = expression(match.captured(1));
        if (!left)
            return left.error();
        auto right = expression(match.captured(3));
        if (!right)
            return right.error();
        if (left->missing || right->missing)
            return true;
        const QString op = match.captured(2);
        if (left->isNumber && right->isNumber) {
            const double a = left->number;
            const double b = right->number;
            if (op == QLatin1String(">="))
                return a >= b;
            if (op == QLatin1String("<="))
                return a <= b;
            if (op == QLatin1String(">"))
                return a > b;
            if (op == QLatin1String("<"))
                return a < b;
            if (op == QLatin1String("=="))
                return a == b;
            return a != b;
        }
        if (op == QLatin1String("=="))
            return left->text == right->text;
        if (op == QLatin1String("!="))
            return left->text != right->text;
        return fail(CRUCIBLE_MESSAGE("'%1' compares text with %2; only == and != compare text").arg(text.left(80), op));
    }

private:
    Error fail(const QString& message) const
    {
        return {ErrorCode::InvalidInput, QStringLiteral("condition \"%1\": %2").arg(m_text.left(100), message), {}};
    }

    /// TERM (("+"|"-") NUMBER)*
    Result<Operand> expression(const QString& text)
    {
        static const QRegularExpression tail(QStringLiteral("^(.*\\S)\\s+([+-])\\s*([0-9.eE+-]+)$"));
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return fail(CRUCIBLE_MESSAGE("a side of the comparison is empty"));
        if (const auto match = tail.match(trimmed); match.hasMatch()) {
            bool ok = false;
            const double delta = match.captured(3).toDouble(&ok);
            if (ok) {
                auto base = expression(match.captured(1));
                if (!base)
                    return base.error();
                if (base->missing)
                    return base;
                if (!base->isNumber)
                    return fail(CRUCIBLE_MESSAGE("'%1' is not a number, so nothing can be added to it")
                                    .arg(match.captured(1).trimmed().left(60)));
                base->number += match.captured(2) == QLatin1String("+") ? delta : -delta;
                return base;
            }
        }
        return term(trimmed);
    }

    Result<Operand> term(const QString& text)
    {
        Operand operand;
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok) {
            operand.isNumber = true;
            operand.number = number;
            operand.text = text;
            return operand;
        }
        static const QRegularExpression name(QStringLiteral("^[A-Za-z_][\\w-]*(\\.[\\w-]+)+$"));
        static const QRegularExpression word(QStringLiteral("^[A-Za-z_][\\w-]*$"));
        static const QRegularExpression quoted(QStringLiteral("^'([^']*)'$|^\"([^\"]*)\"$"));
        if (const auto match = quoted.match(text); match.hasMatch()) {
            operand.text = match.captured(1) + match.captured(2);
            return operand;
        }
        if (name.match(text).hasMatch()) {
            if (!m_scope.contains(text)) {
                // Only a champion may be missing (a first model has none to beat).
                if (!text.startsWith(QLatin1String("champion.")))
                    return fail(QStringLiteral("'%1' has no value (for challenger.*: is there an evaluate step "
                                               "before, and does the model have that metric?)")
                                    .arg(text));
                operand.missing = true;
                if (m_missing)
                    *m_missing << text;
                return operand;
            }
            operand.text = m_scope.value(text);
            operand.number = operand.text.toDouble(&operand.isNumber);
            return operand;
        }
        if (word.match(text).hasMatch()) { // true, false, a class name
            operand.text = text;
            return operand;
        }
        return fail(CRUCIBLE_MESSAGE("cannot read '%1': write a number, a name such as challenger.accuracy, or "
                                     "quoted text")
                        .arg(text.left(60)));
    }

    QString m_text;
    const Scope& m_scope;
    QStringList* m_missing;
};

} // namespace

QByteArray PipelineSpec::exampleText()
{
    initPipelineResources();
    QFile file(QStringLiteral(":/pipelines/iris-retrain.yaml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList PipelineSpec::stepKinds()
{
    return {QStringLiteral("data"),  QStringLiteral("train"),    QStringLiteral("evaluate"),
            QStringLiteral("gate"),  QStringLiteral("register"), QStringLiteral("promote"),
            QStringLiteral("drift"), QStringLiteral("shell"),    QStringLiteral("notify")};
}

int PipelineSpec::indexOf(const QString& stepId) const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps[i].id == stepId)
            return int(i);
    }
    return -1;
}

Result<PipelineSpec> PipelineSpec::parse(const QByteArray& yaml, const QString& file)
{
    PipelineSpec spec;
    spec.file = file;
    spec.text = yaml;
    const QString shown = file.isEmpty() ? QStringLiteral("(pipeline)") : file;
    Checker checker(shown);
    if (QString::fromUtf8(yaml).toUtf8() != yaml) {
        const qsizetype bad = [&] {
            const QByteArray good = QString::fromUtf8(yaml).toUtf8();
            qsizetype i = 0;
            while (i < yaml.size() && i < good.size() && yaml[i] == good[i])
                ++i;
            return i;
        }();
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the file is not UTF-8 text"),
                      QStringLiteral("%1:%2").arg(shown).arg(yaml.left(bad).count('\n') + 1)};
    }
    YAML::Node root;
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(yaml.toStdString());
        if (documents.size() > 1)
            return Error {
                ErrorCode::InvalidInput,
                CRUCIBLE_MESSAGE("the file holds %1 YAML documents; a pipeline file is one").arg(documents.size()),
                QStringLiteral("%1:%2").arg(shown).arg(lineOf(documents[1]))};
        if (!documents.empty())
            root = documents.front();
    } catch (const YAML::Exception& exception) {
        return Error {
            ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("not valid YAML: %1").arg(QString::fromStdString(exception.msg)),
            QStringLiteral("%1:%2:%3").arg(shown).arg(exception.mark.line + 1).arg(exception.mark.column + 1)};
    }
    if (!root || root.IsNull())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the pipeline file is empty"), shown};
    t_values = 0;
    try {
        Parser(spec, checker).document(root);
    } catch (const YAML::Exception& exception) {
        checker.problem(exception.mark.line + 1, QStringLiteral("(file)"), QString::fromStdString(exception.msg));
    } catch (const TooLarge& tooLarge) {
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("the file expands to more than %1 values (aliases that repeat aliases?); a "
                                     "pipeline is far smaller")
                          .arg(kMaxValues),
                      QStringLiteral("%1:%2").arg(shown).arg(tooLarge.line)};
    }
    if (!checker.isClean())
        return checker.error();
    return spec;
}

Result<PipelineSpec> PipelineSpec::load(const QString& path)
{
    QFile file(path);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(path).isDir())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("is a folder; name a pipeline file (.yaml)"), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error {QFileInfo::exists(path) ? ErrorCode::Io : ErrorCode::NotFound,
                      QFileInfo::exists(path) ? CRUCIBLE_MESSAGE("cannot read: %1").arg(file.errorString())
                                              : CRUCIBLE_MESSAGE("no such pipeline file"),
                      path};
    constexpr qint64 kMaxPipelineBytes = 1 << 20;
    if (file.size() > kMaxPipelineBytes)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("%1 bytes is too large for a pipeline file (at most 1 MiB)").arg(file.size()),
                      path};
    return parse(file.readAll(), absolute);
}

Result<QString> interpolate(const QString& text, const Scope& scope)
{
    if (!text.contains(QLatin1String("${")))
        return text;
    QString result;
    qsizetype at = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("${"), at);
        if (open < 0) {
            result += text.mid(at);
            break;
        }
        if (open > 0 && text[open - 1] == QLatin1Char('$')) { // "$${" is a literal "${"
            result += text.mid(at, open - 1 - at) + QStringLiteral("${");
            at = open + 2;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        if (close < 0)
            return Error {
                ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("'${' without '}' in \"%1\"").arg(text.left(100)), {}};
        result += text.mid(at, open - at);
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        if (!scope.contains(name))
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("'%1' has no value here (a step that was skipped gives none)").arg(name),
                          {}};
        result += scope.value(name);
        at = close + 1;
    }
    return result;
}

namespace {
Result<QJsonValue> interpolateValue(const QJsonValue& value, const Scope& scope)
{
    if (value.isString()) {
        auto text = interpolate(value.toString(), scope);
        if (!text)
            return text.error();
        return QJsonValue(text.value());
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            auto resolved = interpolateValue(item, scope);
            if (!resolved)
                return resolved.error();
            array.append(resolved.value());
        }
        return QJsonValue(array);
    }
    if (value.isObject()) {
        auto object = interpolate(value.toObject(), scope);
        if (!object)
            return object.error();
        return QJsonValue(object.value());
    }
    return value;
}
} // namespace

Result<QJsonObject> interpolate(const QJsonObject& value, const Scope& scope)
{
    QJsonObject result;
    for (auto it = value.begin(); it != value.end(); ++it) {
        auto resolved = interpolateValue(it.value(), scope);
        if (!resolved)
            return Error {resolved.error().code, resolved.error().message, it.key()};
        result.insert(it.key(), resolved.value());
    }
    return result;
}

Result<bool> evaluateCondition(const QString& condition, const Scope& scope, QStringList* missing)
{
    auto text = interpolate(condition, scope);
    if (!text)
        return text.error();
    // "A or B and C": "and" binds tighter, as in Python; every part is evaluated (no short cut),
    // so that a mistake anywhere is reported.
    static const QRegularExpression orWord(QStringLiteral("\\s+or\\s+"));
    static const QRegularExpression andWord(QStringLiteral("\\s+and\\s+"));
    bool any = false;
    for (const QString& alternative : text->split(orWord)) {
        bool all = true;
        for (const QString& part : alternative.split(andWord)) {
            auto holds = ConditionParser(part, scope, missing).evaluate();
            if (!holds)
                return holds.error();
            all = all && holds.value();
        }
        any = any || all;
    }
    return any;
}

double parseSeconds(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h|d)?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("ms"))
        return number / 1000.0;
    if (unit == QLatin1String("m"))
        return number * 60;
    if (unit == QLatin1String("h"))
        return number * 3600;
    if (unit == QLatin1String("d"))
        return number * 86400;
    return number;
}

} // namespace crucible
