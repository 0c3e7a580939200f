#include "engine/sweep/SweepSpec.h"
#include "engine/core/Message.h"

#include "engine/core/Names.h"
#include "engine/store/RunTypes.h"
#include "engine/train/ModelSpec.h"
#include "engine/train/RunConfig.h"

#include <yaml-cpp/yaml.h>

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <set>

namespace crucible {

namespace {

constexpr int kMaxParams = 64;
constexpr int kMaxChoices = 1000;
constexpr int kMaxGridPoints = 100;
constexpr int kMaxTrials = 100000;
constexpr int kMaxYamlValues = 20000;
constexpr int kMaxYamlDepth = 32;

/// A YAML scalar as JSON, typed as YAML 1.2's core schema reads it: null, booleans, integers
/// and floats; anything else (or a quoted scalar) is text.
QJsonValue scalarJson(const YAML::Node& node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!")
        return text; // quoted
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    if (text == QLatin1String("null") || text == QLatin1String("~") || text.isEmpty())
        return QJsonValue();
    if (text == QLatin1String("true") || text == QLatin1String("True"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False"))
        return false;
    if (number.match(text).hasMatch()) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
    }
    return text;
}

struct YamlLimit {
    int line = 0;
};

QJsonValue yamlJson(const YAML::Node& node, int depth, int& count)
{
    if (++count > kMaxYamlValues || depth > kMaxYamlDepth)
        throw YamlLimit {node.Mark().line + 1};
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return scalarJson(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node& item : node)
            array.append(yamlJson(item, depth + 1, count));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            if (object.contains(key))
                throw YAML::ParserException(it->first.Mark(), "the key '" + key.toStdString() + "' appears twice");
            object.insert(key, yamlJson(it->second, depth + 1, count));
        }
        return object;
    }
    default:
        return QJsonValue();
    }
}

/// A scalar as the text it was written as: `name: 12345` is the name "12345".
QString scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool())
        return sweepValueText(value);
    return {};
}

Error invalid(const QString& where, const QString& message)
{
    return {ErrorCode::InvalidInput, message, where};
}

bool isWhole(double value)
{
    return std::isfinite(value) && value == std::floor(value) && std::abs(value) < 9.0e15;
}

QString typeName(SweepParam::Type type)
{
    switch (type) {
    case SweepParam::Type::Choice:
        return QStringLiteral("choice");
    case SweepParam::Type::Int:
        return QStringLiteral("int");
    case SweepParam::Type::Float:
        return QStringLiteral("float");
    }
    return {};
}

Result<SweepParam> parseParam(const QString& name, const QJsonValue& value, const QString& where)
{
    const QString at = where + QStringLiteral(": space.") + name;
    SweepParam param;
    param.name = name;
    if (value.isArray()) {
        param.type = SweepParam::Type::Choice;
        param.choices = value.toArray();
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        static const QStringList known {QStringLiteral("choice"), QStringLiteral("int"),  QStringLiteral("float"),
                                        QStringLiteral("log"),    QStringLiteral("grid"), QStringLiteral("when")};
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                return invalid(at,
                               CRUCIBLE_MESSAGE("unknown key '%1' (a parameter has one of choice, int, float; and "
                                                "log, grid, when)")
                                   .arg(it.key()));
        }
        const int kinds = int(object.contains(QStringLiteral("choice"))) + int(object.contains(QStringLiteral("int")))
            + int(object.contains(QStringLiteral("float")));
        if (kinds != 1)
            return invalid(at,
                           CRUCIBLE_MESSAGE("give exactly one of choice: [...], int: [LOW, HIGH], float: [LOW, HIGH]"));
        if (object.contains(QStringLiteral("choice"))) {
            param.type = SweepParam::Type::Choice;
            if (!object.value(QStringLiteral("choice")).isArray())
                return invalid(at, CRUCIBLE_MESSAGE("choice takes a list of values"));
            param.choices = object.value(QStringLiteral("choice")).toArray();
        } else {
            const bool isInt = object.contains(QStringLiteral("int"));
            param.type = isInt ? SweepParam::Type::Int : SweepParam::Type::Float;
            const QJsonArray range = object.value(isInt ? QStringLiteral("int") : QStringLiteral("float")).toArray();
            if (range.size() != 2 || !range[0].isDouble() || !range[1].isDouble())
                return invalid(at, CRUCIBLE_MESSAGE("%1 takes [LOW, HIGH], two numbers").arg(typeName(param.type)));
            param.low = range[0].toDouble();
            param.high = range[1].toDouble();
            if (isInt && (!isWhole(param.low) || !isWhole(param.high)))
                return invalid(at, CRUCIBLE_MESSAGE("int takes whole numbers"));
            if (!(param.low < param.high))
                return invalid(at,
                               CRUCIBLE_MESSAGE("the range's low end (%1) must be below its high end (%2)")
                                   .arg(param.low)
                                   .arg(param.high));
            param.log = object.value(QStringLiteral("log")).toBool(false);
            if (param.log && param.low <= 0)
                return invalid(at, CRUCIBLE_MESSAGE("a log scale needs a positive low end (got %1)").arg(param.low));
            if (object.contains(QStringLiteral("grid"))) {
                const double points = object.value(QStringLiteral("grid")).toDouble(-1);
                if (!isWhole(points) || points < 2 || points > kMaxGridPoints)
                    return invalid(at,
                                   CRUCIBLE_MESSAGE("grid takes a number of points from 2 to %1").arg(kMaxGridPoints));
                param.gridPoints = int(points);
            }
        }
        if (object.contains(QStringLiteral("when"))) {
            const QJsonObject when = object.value(QStringLiteral("when")).toObject();
            if (when.size() != 1)
                return invalid(at,
                               CRUCIBLE_MESSAGE("when takes one parameter and its value(s): when: {optimizer: sgd}"));
            param.whenKey = when.begin().key();
            const QJsonValue values = when.begin().value();
            param.whenValues = values.isArray() ? values.toArray() : QJsonArray {values};
            if (param.whenValues.isEmpty())
                return invalid(at, CRUCIBLE_MESSAGE("when needs at least one value"));
        }
    } else {
        return invalid(at, CRUCIBLE_MESSAGE("a parameter is a list of choices or {choice|int|float: ...}"));
    }
    if (param.type == SweepParam::Type::Choice) {
        if (param.choices.isEmpty() || param.choices.size() > kMaxChoices)
            return invalid(at, CRUCIBLE_MESSAGE("a choice needs 1 to %1 values").arg(kMaxChoices));
        for (const QJsonValue& choice : param.choices) {
            if (choice.isArray() || choice.isObject() || choice.isNull())
                return invalid(at, CRUCIBLE_MESSAGE("choices are numbers, words or true/false"));
        }
    }
    return param;
}

/// A model field's values must be what the field takes; a sweep never turns "x" into 0.
Status checkModelField(const SweepParam& param, const QString& where)
{
    const QString field = param.name.mid(6);
    const QString at = where + QStringLiteral(": space.") + param.name;
    const QJsonArray values =
        param.type == SweepParam::Type::Choice ? param.choices : QJsonArray {param.low, param.high};
    for (const QJsonValue& value : values) {
        const QString shown = sweepValueText(value);
        if (field == QLatin1String("width") || field == QLatin1String("depth")) {
            const double limit = field == QLatin1String("width") ? 65536 : 64;
            if (param.type == SweepParam::Type::Float)
                return invalid(at, CRUCIBLE_MESSAGE("takes whole numbers: int: [LOW, HIGH] or a list"));
            if (!value.isDouble() || !isWhole(value.toDouble()) || value.toDouble() < 1 || value.toDouble() > limit)
                return invalid(at, CRUCIBLE_MESSAGE("'%1' is not a whole number from 1 to %2").arg(shown).arg(limit));
        } else if (field == QLatin1String("dropout")) {
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() >= 1)
                return invalid(
                    at, CRUCIBLE_MESSAGE("'%1' is not a dropout rate from 0 up to (not including) 1").arg(shown));
        } else if (field == QLatin1String("batch_norm")) {
            if (!value.isBool())
                return invalid(at, CRUCIBLE_MESSAGE("'%1' is not true or false").arg(shown));
        } else if (field == QLatin1String("activation")) {
            if (!value.isString() || !modelActivations().contains(value.toString()))
                return invalid(at,
                               CRUCIBLE_MESSAGE("'%1' is not an activation (%2)")
                                   .arg(shown, modelActivations().join(QStringLiteral(", "))));
        } else if (field == QLatin1String("kind")) {
            static const QStringList kinds {QStringLiteral("auto"), QStringLiteral("mlp"), QStringLiteral("cnn"),
                                            QStringLiteral("resnet"), QStringLiteral("linear")};
            if (!value.isString() || !kinds.contains(value.toString()))
                return invalid(
                    at, CRUCIBLE_MESSAGE("'%1' is not a model kind (%2)").arg(shown, kinds.join(QStringLiteral(", "))));
        } else if (field == QLatin1String("hidden")) {
            const QStringList parts = shown.split(QLatin1Char(','), Qt::SkipEmptyParts);
            bool ok = !parts.isEmpty() && parts.size() <= 64;
            for (const QString& part : parts) {
                bool whole = false;
                const int size = part.trimmed().toInt(&whole);
                ok = ok && whole && size >= 1 && size <= 65536;
            }
            if (!ok)
                return invalid(at, CRUCIBLE_MESSAGE("'%1' is not a list of layer sizes such as \"64,32\"").arg(shown));
        }
    }
    if ((field == QLatin1String("activation") || field == QLatin1String("kind") || field == QLatin1String("hidden")
         || field == QLatin1String("batch_norm"))
        && param.type != SweepParam::Type::Choice)
        return invalid(at, CRUCIBLE_MESSAGE("takes a list of choices"));
    return Ok {};
}

/// Orders parameters so that each condition's parameter comes before the ones it conditions.
Status orderByConditions(QList<SweepParam>& params, const QString& where)
{
    QList<SweepParam> ordered;
    std::set<QString> placed;
    while (!params.isEmpty()) {
        bool moved = false;
        for (qsizetype i = 0; i < params.size(); ++i) {
            const SweepParam& param = params[i];
            if (param.whenKey.isEmpty() || placed.count(param.whenKey)) {
                placed.insert(param.name);
                ordered.append(param);
                params.removeAt(i);
                moved = true;
                break;
            }
        }
        if (!moved) {
            const SweepParam& stuck = params.first();
            const bool exists =
                std::any_of(params.begin(), params.end(), [&](const SweepParam& p) { return p.name == stuck.whenKey; });
            return invalid(
                where + QStringLiteral(": space.") + stuck.name,
                exists ? CRUCIBLE_MESSAGE("its condition on '%1' is part of a cycle of conditions").arg(stuck.whenKey)
                       : CRUCIBLE_MESSAGE("its condition names '%1', which is not a parameter of the space")
                             .arg(stuck.whenKey));
        }
    }
    params = ordered;
    for (SweepParam& param : params) {
        if (param.whenKey.isEmpty())
            continue;
        const auto parent =
            std::find_if(params.begin(), params.end(), [&](const SweepParam& p) { return p.name == param.whenKey; });
        if (parent->type != SweepParam::Type::Choice)
            return invalid(
                where + QStringLiteral(": space.") + param.name,
                CRUCIBLE_MESSAGE("a condition must name a choice parameter ('%1' is a range)").arg(param.whenKey));
        // A condition's value is matched to the choice written the same way ("8" is the choice 8).
        QJsonArray matched;
        for (const QJsonValue& value : param.whenValues) {
            const auto choice = std::find_if(parent->choices.begin(), parent->choices.end(), [&](const QJsonValue& c) {
                return sweepValueText(c) == sweepValueText(value);
            });
            if (choice == parent->choices.end())
                return invalid(where + QStringLiteral(": space.") + param.name,
                               CRUCIBLE_MESSAGE("its condition's value %1 is not one of %2's choices")
                                   .arg(sweepValueText(value), param.whenKey));
            matched.append(*choice);
        }
        param.whenValues = matched;
    }
    return Ok {};
}

int intOption(const QJsonObject& object, const QString& key, int fallback, int low, int high, const QString& where,
              QString& problem)
{
    if (!object.contains(key))
        return fallback;
    const double value = object.value(key).toDouble(std::nan(""));
    if (!isWhole(value) || value < low || value > high) {
        problem = CRUCIBLE_MESSAGE("%1 must be a whole number from %2 to %3")
                      .arg(where, QString::number(low), QString::number(high));
        return fallback;
    }
    return int(value);
}

} // namespace

QString sweepValueText(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (isWhole(number))
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest); // reads back exactly
    }
    return value.toString();
}

QStringList sweepModelFields()
{
    return {QStringLiteral("model.width"),   QStringLiteral("model.depth"),      QStringLiteral("model.hidden"),
            QStringLiteral("model.dropout"), QStringLiteral("model.activation"), QStringLiteral("model.batch_norm"),
            QStringLiteral("model.kind")};
}

QJsonArray SweepParam::gridValues() const
{
    if (type == Type::Choice)
        return choices;
    QJsonArray values;
    if (type == Type::Int && high - low + 1 <= gridPoints) {
        for (double v = low; v <= high; v += 1)
            values.append(v);
        return values;
    }
    for (int i = 0; i < gridPoints; ++i) {
        const double t = double(i) / double(gridPoints - 1);
        double v = log ? std::exp(std::log(low) + t * (std::log(high) - std::log(low))) : low + t * (high - low);
        if (type == Type::Int)
            v = std::round(v);
        if (!values.contains(v))
            values.append(v);
    }
    return values;
}

QString SweepParam::summary() const
{
    QString text;
    if (type == Type::Choice) {
        QStringList shown;
        for (const QJsonValue& choice : choices)
            shown << sweepValueText(choice);
        text = QStringLiteral("choice ") + shown.join(QLatin1Char('|'));
    } else {
        text = typeName(type) + QLatin1Char(' ') + QString::number(low, 'g', 6) + QStringLiteral("..")
            + QString::number(high, 'g', 6) + (log ? QStringLiteral(" log") : QString());
    }
    if (!whenKey.isEmpty()) {
        QStringList shown;
        for (const QJsonValue& value : whenValues)
            shown << sweepValueText(value);
        text += QStringLiteral(" if %1=%2").arg(whenKey, shown.join(QLatin1Char('|')));
    }
    return text;
}

bool SearchSpace::isActive(const SweepParam& param, const QJsonObject& values)
{
    if (param.whenKey.isEmpty())
        return true;
    return values.contains(param.whenKey) && param.whenValues.contains(values.value(param.whenKey));
}

QList<QJsonObject> SearchSpace::grid() const
{
    QList<QJsonObject> combos {QJsonObject()};
    for (const SweepParam& param : params) {
        QList<QJsonObject> next;
        const QJsonArray values = param.gridValues();
        for (const QJsonObject& combo : combos) {
            if (!isActive(param, combo)) {
                next.append(combo);
                continue;
            }
            for (const QJsonValue& value : values) {
                QJsonObject extended = combo;
                extended.insert(param.name, value);
                next.append(extended);
            }
            if (next.size() > kMaxTrials)
                return next.mid(0, kMaxTrials);
        }
        combos = next;
    }
    return combos;
}

const SweepParam* SearchSpace::find(const QString& name) const
{
    for (const SweepParam& param : params) {
        if (param.name == name)
            return &param;
    }
    return nullptr;
}

Result<SweepSpec> SweepSpec::parse(const QByteArray& text, const QString& file)
{
    QJsonObject root;
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return invalid(QStringLiteral("%1 (byte %2)").arg(file).arg(error.offset),
                           CRUCIBLE_MESSAGE("not valid JSON: %1").arg(error.errorString()));
        root = document.object();
    } else {
        try {
            const YAML::Node node = YAML::Load(text.toStdString());
            int count = 0;
            const QJsonValue value = yamlJson(node, 0, count);
            if (!value.isObject())
                return invalid(file, CRUCIBLE_MESSAGE("a sweep file is a mapping (name:, space:, ...)"));
            root = value.toObject();
        } catch (const YamlLimit& limit) {
            return invalid(QStringLiteral("%1:%2").arg(file).arg(limit.line),
                           CRUCIBLE_MESSAGE("the file nests deeper than %1 levels or holds more than %2 values")
                               .arg(kMaxYamlDepth)
                               .arg(kMaxYamlValues));
        } catch (const YAML::Exception& error) {
            return invalid(QStringLiteral("%1:%2").arg(file).arg(error.mark.line + 1),
                           CRUCIBLE_MESSAGE("not valid YAML: %1").arg(QString::fromStdString(error.msg)));
        }
    }
    return fromJson(root, file);
}

Result<SweepSpec> SweepSpec::fromJson(const QJsonObject& json, const QString& where)
{
    static const QStringList known {
        QStringLiteral("name"),   QStringLiteral("dataset"),       QStringLiteral("experiment"),
        QStringLiteral("recipe"), QStringLiteral("objective"),     QStringLiteral("strategy"),
        QStringLiteral("seed"),   QStringLiteral("budget"),        QStringLiteral("pruner"),
        QStringLiteral("space"),  QStringLiteral("startup_trials")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(
                where,
                CRUCIBLE_MESSAGE("unknown key '%1' (known: %2)").arg(it.key(), known.join(QStringLiteral(", "))));
    }
    // Keys of the nested sections: a typo there is refused as at the top.
    const std::vector<std::pair<QString, QStringList>> sections {
        {QStringLiteral("objective"), {QStringLiteral("metric"), QStringLiteral("goal")}},
        {QStringLiteral("budget"), {QStringLiteral("trials"), QStringLiteral("minutes")}},
        {QStringLiteral("pruner"),
         {QStringLiteral("kind"), QStringLiteral("warmup_epochs"), QStringLiteral("min_trials"),
          QStringLiteral("min_epochs"), QStringLiteral("reduction_factor")}},
    };
    for (const auto& [section, keys] : sections) {
        const QJsonValue value = json.value(section);
        if (value.isUndefined() || (section == QLatin1String("pruner") && value.isString()))
            continue;
        if (!value.isObject())
            return invalid(where + QStringLiteral(": ") + section,
                           CRUCIBLE_MESSAGE("takes a mapping of %1").arg(keys.join(QStringLiteral(", "))));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                return invalid(
                    where + QStringLiteral(": ") + section,
                    CRUCIBLE_MESSAGE("unknown key '%1' (known: %2)").arg(it.key(), keys.join(QStringLiteral(", "))));
        }
    }
    for (const QString& key : {QStringLiteral("recipe"), QStringLiteral("space")}) {
        if (json.contains(key) && !json.value(key).isObject())
            return invalid(where + QStringLiteral(": ") + key, CRUCIBLE_MESSAGE("takes a mapping of keys to values"));
    }
    SweepSpec spec;
    spec.name = scalarText(json.value(QStringLiteral("name")));
    if (const Status named = names::check(spec.name, CRUCIBLE_MESSAGE("a sweep name"), names::Use::Label); !named)
        return invalid(where + QStringLiteral(": name"), named.error().message);
    spec.dataset = scalarText(json.value(QStringLiteral("dataset")));
    if (spec.dataset.isEmpty())
        return invalid(where + QStringLiteral(": dataset"),
                       CRUCIBLE_MESSAGE("a sweep needs a dataset (NAME or NAME@HASH)"));
    if (const Status named = names::check(spec.dataset.section(QLatin1Char('@'), 0, 0),
                                          CRUCIBLE_MESSAGE("a dataset name"), names::Use::Label);
        !named)
        return invalid(where + QStringLiteral(": dataset"), named.error().message);
    spec.experiment = scalarText(json.value(QStringLiteral("experiment")));
    if (!spec.experiment.isEmpty()) {
        if (const Status named =
                names::check(spec.experiment, CRUCIBLE_MESSAGE("an experiment name"), names::Use::Label);
            !named)
            return invalid(where + QStringLiteral(": experiment"), named.error().message);
    }

    spec.recipe = json.value(QStringLiteral("recipe")).toObject();
    RunConfig base;
    for (auto it = spec.recipe.begin(); it != spec.recipe.end(); ++it) {
        if (it.value().isObject() || it.value().isArray()) {
            if (it.key() != QLatin1String("model"))
                return invalid(where + QStringLiteral(": recipe.") + it.key(),
                               CRUCIBLE_MESSAGE("takes a single value"));
            spec.recipe.insert(it.key(),
                               QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)));
        }
    }
    for (auto it = spec.recipe.begin(); it != spec.recipe.end(); ++it) {
        if (const Status set = base.set(it.key(), sweepValueText(it.value())); !set)
            return invalid(where + QStringLiteral(": recipe.") + it.key(), set.error().message);
    }

    const QJsonObject objective = json.value(QStringLiteral("objective")).toObject();
    spec.metric = objective.value(QStringLiteral("metric")).toString(QStringLiteral("val_loss"));
    static const QRegularExpression metricName(QStringLiteral("^[A-Za-z0-9_.]{1,100}$"));
    if (!metricName.match(spec.metric).hasMatch())
        return invalid(where + QStringLiteral(": objective.metric"),
                       CRUCIBLE_MESSAGE("a metric name such as val_loss or val_accuracy (letters, digits, _ and .)"));
    const QString goal = objective.value(QStringLiteral("goal")).toString();
    if (goal.isEmpty())
        spec.minimize = isLowerBetter(spec.metric);
    else if (goal == QLatin1String("minimize") || goal == QLatin1String("minimise") || goal == QLatin1String("min"))
        spec.minimize = true;
    else if (goal == QLatin1String("maximize") || goal == QLatin1String("maximise") || goal == QLatin1String("max"))
        spec.minimize = false;
    else
        return invalid(where + QStringLiteral(": objective.goal"),
                       CRUCIBLE_MESSAGE("minimize or maximize, not '%1'").arg(goal));

    spec.strategy = json.value(QStringLiteral("strategy")).toString(QStringLiteral("tpe"));
    if (spec.strategy != QLatin1String("grid") && spec.strategy != QLatin1String("random")
        && spec.strategy != QLatin1String("tpe"))
        return invalid(where + QStringLiteral(": strategy"),
                       CRUCIBLE_MESSAGE("grid, random or tpe, not '%1'").arg(spec.strategy));
    const QJsonValue seedValue = json.value(QStringLiteral("seed"));
    const double seed = seedValue.isUndefined() ? 0 : seedValue.toDouble(-1);
    if (!isWhole(seed) || seed < 0 || seed > 9007199254740992.0)
        return invalid(where + QStringLiteral(": seed"), CRUCIBLE_MESSAGE("a whole number from 0 to 2^53"));
    spec.seed = quint64(seed);

    QString problem;
    spec.startupTrials =
        intOption(json, QStringLiteral("startup_trials"), 10, 1, 1000, QStringLiteral("startup_trials"), problem);
    const QJsonObject budget = json.value(QStringLiteral("budget")).toObject();
    spec.trials =
        intOption(budget, QStringLiteral("trials"), 20, 1, kMaxTrials, QStringLiteral("budget.trials"), problem);
    if (budget.contains(QStringLiteral("minutes"))) {
        spec.minutes = budget.value(QStringLiteral("minutes")).toDouble(-1);
        if (!(spec.minutes > 0) || spec.minutes > 60.0 * 24 * 365)
            problem = CRUCIBLE_MESSAGE("budget.minutes must be a positive number of minutes");
    }
    const QJsonValue prunerValue = json.value(QStringLiteral("pruner"));
    const QJsonObject pruner = prunerValue.isString() ? QJsonObject {{QStringLiteral("kind"), prunerValue.toString()}}
                                                      : prunerValue.toObject();
    spec.pruner = pruner.value(QStringLiteral("kind")).toString(QStringLiteral("none"));
    if (spec.pruner != QLatin1String("none") && spec.pruner != QLatin1String("median")
        && spec.pruner != QLatin1String("asha"))
        return invalid(where + QStringLiteral(": pruner.kind"),
                       CRUCIBLE_MESSAGE("none, median or asha, not '%1'").arg(spec.pruner));
    spec.warmupEpochs = intOption(pruner, QStringLiteral("warmup_epochs"), 1, 0, 100000,
                                  QStringLiteral("pruner.warmup_epochs"), problem);
    spec.minTrials =
        intOption(pruner, QStringLiteral("min_trials"), 5, 1, 100000, QStringLiteral("pruner.min_trials"), problem);
    spec.minEpochs =
        intOption(pruner, QStringLiteral("min_epochs"), 1, 1, 100000, QStringLiteral("pruner.min_epochs"), problem);
    spec.reductionFactor = intOption(pruner, QStringLiteral("reduction_factor"), 3, 2, 100,
                                     QStringLiteral("pruner.reduction_factor"), problem);
    if (!problem.isEmpty())
        return invalid(where, problem);
    if (spec.pruner != QLatin1String("none") && !spec.metric.startsWith(QLatin1String("val_")))
        return invalid(where + QStringLiteral(": pruner"),
                       CRUCIBLE_MESSAGE("pruning compares a per-epoch validation metric; the objective %1 is not one "
                                        "(use val_loss, val_accuracy, ... or pruner: none)")
                           .arg(spec.metric));

    const QJsonObject space = json.value(QStringLiteral("space")).toObject();
    if (space.isEmpty())
        return invalid(where + QStringLiteral(": space"),
                       CRUCIBLE_MESSAGE("a sweep needs a search space (space: {lr: ...})"));
    if (space.size() > kMaxParams)
        return invalid(where + QStringLiteral(": space"), CRUCIBLE_MESSAGE("at most %1 parameters").arg(kMaxParams));
    const QStringList recipeKeys = RunConfig::keys();
    const QStringList modelFields = sweepModelFields();
    for (auto it = space.begin(); it != space.end(); ++it) {
        if (!recipeKeys.contains(it.key()) && !modelFields.contains(it.key()))
            return invalid(where + QStringLiteral(": space.") + it.key(),
                           CRUCIBLE_MESSAGE("not a recipe key or model field (recipe keys: %1; model fields: %2)")
                               .arg(recipeKeys.join(QStringLiteral(", ")), modelFields.join(QStringLiteral(", "))));
        Result<SweepParam> param = parseParam(it.key(), it.value(), where);
        if (!param)
            return param.error();
        if (it.key().startsWith(QLatin1String("model."))) {
            if (const Status fits = checkModelField(param.value(), where); !fits)
                return fits.error();
        }
        spec.space.params.append(param.value());
    }
    if (const Status ordered = orderByConditions(spec.space.params, where); !ordered)
        return ordered.error();
    if (spec.strategy == QLatin1String("grid")) {
        double bound = 1;
        for (const SweepParam& param : spec.space.params)
            bound *= double(param.gridValues().size()) + (param.whenKey.isEmpty() ? 0.0 : 1.0);
        if (bound > kMaxTrials)
            return invalid(
                where + QStringLiteral(": space"),
                CRUCIBLE_MESSAGE("the grid has up to %1 points, more than %2: give ranges fewer grid points, "
                                 "or search with strategy random or tpe")
                    .arg(bound, 0, 'g', 3)
                    .arg(kMaxTrials));
        const int size = int(spec.space.grid().size());
        spec.trials = budget.contains(QStringLiteral("trials")) ? std::min(spec.trials, size) : size;
    }
    // Every value of the space must make a valid recipe: try each parameter's ends and choices.
    for (const SweepParam& param : spec.space.params) {
        const QJsonArray values =
            param.type == SweepParam::Type::Choice ? param.choices : QJsonArray {param.low, param.high};
        for (const QJsonValue& value : values) {
            QJsonObject probe;
            for (const SweepParam& other : spec.space.params) {
                if (!other.whenKey.isEmpty())
                    continue;
                probe.insert(other.name,
                             other.type == SweepParam::Type::Choice ? other.choices.first() : QJsonValue(other.low));
            }
            if (!param.whenKey.isEmpty())
                probe.insert(param.whenKey, param.whenValues.first());
            probe.insert(param.name, value);
            RunConfig config;
            if (const Status applied = config.apply(spec.assignments(probe)); !applied)
                return invalid(where + QStringLiteral(": space.") + param.name,
                               CRUCIBLE_MESSAGE("the value %1 makes no valid recipe: %2")
                                   .arg(sweepValueText(value), applied.error().message));
            if (const Status valid = config.validate(); !valid)
                return invalid(where + QStringLiteral(": space.") + param.name,
                               CRUCIBLE_MESSAGE("the value %1 makes no valid recipe: %2")
                                   .arg(sweepValueText(value), valid.error().message));
        }
    }
    return spec;
}

QJsonObject SweepSpec::toJson() const
{
    QJsonObject spaceJson;
    for (const SweepParam& param : this->space.params) {
        QJsonObject object;
        if (param.type == SweepParam::Type::Choice) {
            object.insert(QStringLiteral("choice"), param.choices);
        } else {
            object.insert(typeName(param.type), QJsonArray {param.low, param.high});
            if (param.log)
                object.insert(QStringLiteral("log"), true);
            if (param.type == SweepParam::Type::Float || param.high - param.low + 1 > param.gridPoints)
                object.insert(QStringLiteral("grid"), param.gridPoints);
        }
        if (!param.whenKey.isEmpty())
            object.insert(QStringLiteral("when"), QJsonObject {{param.whenKey, param.whenValues}});
        spaceJson.insert(param.name, object);
    }
    QJsonObject json {
        {QStringLiteral("name"), name},
        {QStringLiteral("dataset"), dataset},
        {QStringLiteral("recipe"), recipe},
        {QStringLiteral("objective"),
         QJsonObject {{QStringLiteral("metric"), metric},
                      {QStringLiteral("goal"), minimize ? QStringLiteral("minimize") : QStringLiteral("maximize")}}},
        {QStringLiteral("strategy"), strategy},
        {QStringLiteral("seed"), double(seed)},
        {QStringLiteral("startup_trials"), startupTrials},
        {QStringLiteral("budget"),
         minutes > 0 ? QJsonObject {{QStringLiteral("trials"), trials}, {QStringLiteral("minutes"), minutes}}
                     : QJsonObject {{QStringLiteral("trials"), trials}}},
        {QStringLiteral("pruner"),
         QJsonObject {{QStringLiteral("kind"), pruner},
                      {QStringLiteral("warmup_epochs"), warmupEpochs},
                      {QStringLiteral("min_trials"), minTrials},
                      {QStringLiteral("min_epochs"), minEpochs},
                      {QStringLiteral("reduction_factor"), reductionFactor}}},
        {QStringLiteral("space"), spaceJson},
    };
    if (!experiment.isEmpty())
        json.insert(QStringLiteral("experiment"), experiment);
    return json;
}

QString SweepSpec::experimentName() const
{
    return experiment.isEmpty() ? QStringLiteral("sweep ") + name : experiment;
}

QStringList SweepSpec::assignments(const QJsonObject& values) const
{
    QStringList list;
    QJsonObject modelFields;
    for (auto it = recipe.begin(); it != recipe.end(); ++it) {
        if (!values.contains(it.key()))
            list << it.key() + QLatin1Char('=') + sweepValueText(it.value());
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key().startsWith(QLatin1String("model.")))
            modelFields.insert(it.key().mid(6), it.value());
        else
            list << it.key() + QLatin1Char('=') + sweepValueText(it.value());
    }
    if (modelFields.isEmpty())
        return list;
    // Fold the model fields into the base model's JSON form.
    const QString baseText = values.contains(QStringLiteral("model"))
        ? sweepValueText(values.value(QStringLiteral("model")))
        : sweepValueText(recipe.value(QStringLiteral("model")));
    Result<ModelSpec> base = ModelSpec::parse(baseText.isEmpty() ? QStringLiteral("auto") : baseText);
    QJsonObject model = base ? base->toJson() : QJsonObject {{QStringLiteral("kind"), QStringLiteral("auto")}};
    if (modelFields.contains(QStringLiteral("kind")))
        model.insert(QStringLiteral("kind"), modelFields.value(QStringLiteral("kind")));
    const bool sized = modelFields.contains(QStringLiteral("width")) || modelFields.contains(QStringLiteral("depth"))
        || modelFields.contains(QStringLiteral("hidden"));
    if (sized && model.value(QStringLiteral("kind")).toString() == QLatin1String("auto"))
        model.insert(QStringLiteral("kind"), QStringLiteral("mlp"));
    QJsonArray hidden = model.value(QStringLiteral("hidden")).toArray();
    if (modelFields.contains(QStringLiteral("hidden"))) {
        hidden = {};
        for (const QString& part :
             sweepValueText(modelFields.value(QStringLiteral("hidden"))).split(QLatin1Char(','), Qt::SkipEmptyParts))
            hidden.append(part.trimmed().toInt());
    }
    if (modelFields.contains(QStringLiteral("width")) || modelFields.contains(QStringLiteral("depth"))) {
        const int width = modelFields.contains(QStringLiteral("width"))
            ? int(modelFields.value(QStringLiteral("width")).toDouble())
            : (hidden.isEmpty() ? 64 : hidden.first().toInt());
        const int depth = modelFields.contains(QStringLiteral("depth"))
            ? int(modelFields.value(QStringLiteral("depth")).toDouble())
            : int(std::max<qsizetype>(1, hidden.size()));
        hidden = {};
        for (int i = 0; i < depth; ++i)
            hidden.append(width);
    }
    if (sized)
        model.insert(QStringLiteral("hidden"), hidden);
    if (modelFields.contains(QStringLiteral("dropout")))
        model.insert(QStringLiteral("dropout"), modelFields.value(QStringLiteral("dropout")));
    if (modelFields.contains(QStringLiteral("activation")))
        model.insert(QStringLiteral("activation"), modelFields.value(QStringLiteral("activation")));
    if (modelFields.contains(QStringLiteral("batch_norm")))
        model.insert(QStringLiteral("batch_norm"), modelFields.value(QStringLiteral("batch_norm")));
    list.erase(std::remove_if(list.begin(), list.end(),
                              [](const QString& item) { return item.startsWith(QLatin1String("model=")); }),
               list.end());
    list << QStringLiteral("model=") + QString::fromUtf8(QJsonDocument(model).toJson(QJsonDocument::Compact));
    return list;
}

} // namespace crucible
