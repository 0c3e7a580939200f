#include "RunField.h"

#include "engine/core/Error.h"
#include "engine/core/Message.h"

#include <cmath>

namespace crucible {

namespace {

struct BuiltIn {
    const char* name;
    int kind;
};

QStringList splitPath(const QString& name, bool* ok)
{
    QStringList segments;
    QString current;
    bool quoted = false;
    *ok = true;
    for (const QChar c : name) {
        if (c == QLatin1Char('`')) {
            quoted = !quoted;
        } else if (c == QLatin1Char('.') && !quoted) {
            segments << current;
            current.clear();
        } else {
            current += c;
        }
    }
    segments << current;
    *ok = !quoted && !segments.contains(QString());
    return segments;
}

const QStringList kAspects {QStringLiteral("last"), QStringLiteral("min"),       QStringLiteral("max"),
                            QStringLiteral("best"), QStringLiteral("best_step"), QStringLiteral("count")};

FieldValue numberValue(double value)
{
    FieldValue result;
    result.kind = FieldValue::Kind::Number;
    result.number = value;
    return result;
}

FieldValue textValue(const QString& value)
{
    FieldValue result;
    result.kind = FieldValue::Kind::Text;
    result.text = value;
    return result;
}

FieldValue time(const QDateTime& value)
{
    return value.isValid() ? textValue(value.toUTC().toString(Qt::ISODateWithMs)) : FieldValue {};
}

FieldValue metricValue(const MetricSummary& summary, const QString& key, const QString& aspect)
{
    if (aspect == QLatin1String("min"))
        return numberValue(summary.min);
    if (aspect == QLatin1String("max"))
        return numberValue(summary.max);
    if (aspect == QLatin1String("best"))
        return numberValue(summary.best(key));
    if (aspect == QLatin1String("best_step"))
        return numberValue(double(summary.bestStep(key)));
    if (aspect == QLatin1String("count"))
        return numberValue(double(summary.count));
    return numberValue(summary.last);
}

} // namespace

FieldValue FieldValue::fromJson(const QJsonValue& value)
{
    FieldValue result;
    if (value.isDouble())
        return numberValue(value.toDouble());
    if (value.isString())
        return textValue(value.toString());
    if (value.isBool()) {
        result.kind = Kind::Bool;
        result.boolean = value.toBool();
    }
    return result;
}

QString FieldValue::display() const
{
    return display(QLocale::c());
}

QString FieldValue::display(const QLocale& locale) const
{
    switch (kind) {
    case Kind::Missing:
        return {};
    case Kind::Number:
        if (std::isnan(number))
            return QStringLiteral("nan");
        if (std::isinf(number))
            return number > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
        return locale.toString(number, 'g', 6);
    case Kind::Text:
        return text;
    case Kind::Bool:
        return boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::TextList:
        return list.join(QStringLiteral(", "));
    }
    return {};
}

QString FieldValue::exact() const
{
    if (kind != Kind::Number || !std::isfinite(number))
        return display();
    // Positional where people write it so (0.0001, 123456789), exponents beyond (1e-07, 1e+20).
    const double magnitude = std::abs(number);
    if (magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16))
        return QString::number(number, 'f', QLocale::FloatingPointShortest);
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

int FieldValue::compare(const FieldValue& a, const FieldValue& b)
{
    const auto rank = [](const FieldValue& value) {
        switch (value.kind) {
        case Kind::Number:
            return std::isnan(value.number) ? 1 : 0;
        case Kind::Bool:
            return 2;
        case Kind::Text:
        case Kind::TextList:
            return 3;
        case Kind::Missing:
            break;
        }
        return 4;
    };
    const int rankA = rank(a);
    const int rankB = rank(b);
    if (rankA != rankB)
        return rankA < rankB ? -1 : 1;
    if (rankA == 0)
        return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
    if (rankA == 2)
        return int(a.boolean) - int(b.boolean);
    if (rankA == 3)
        return QString::localeAwareCompare(a.display(), b.display());
    return 0;
}

QStringList RunField::builtInNames()
{
    return {QStringLiteral("id"),      QStringLiteral("name"),         QStringLiteral("experiment"),
            QStringLiteral("status"),  QStringLiteral("tag"),          QStringLiteral("notes"),
            QStringLiteral("dataset"), QStringLiteral("dataset_hash"), QStringLiteral("seed"),
            QStringLiteral("device"),  QStringLiteral("created"),      QStringLiteral("started"),
            QStringLiteral("ended"),   QStringLiteral("duration"),     QStringLiteral("error"),
            QStringLiteral("parent")};
}

std::optional<RunField> RunField::parse(const QString& name, QString* error)
{
    static const BuiltIn builtIns[] = {
        {"id", int(Kind::Id)},           {"name", int(Kind::Name)},       {"experiment", int(Kind::Experiment)},
        {"status", int(Kind::RunState)}, {"tag", int(Kind::Tags)},        {"tags", int(Kind::Tags)},
        {"notes", int(Kind::Notes)},     {"dataset", int(Kind::Dataset)}, {"dataset_hash", int(Kind::DatasetHash)},
        {"seed", int(Kind::Seed)},       {"device", int(Kind::Device)},   {"created", int(Kind::Created)},
        {"started", int(Kind::Started)}, {"ended", int(Kind::Ended)},     {"duration", int(Kind::Duration)},
        {"error", int(Kind::ErrorText)}, {"parent", int(Kind::Parent)},
    };
    auto fail = [&](const QString& message) -> std::optional<RunField> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    bool ok = false;
    const QStringList segments = splitPath(name, &ok);
    if (!ok)
        return fail(CRUCIBLE_MESSAGE("'%1' is not a field name (an empty part or an unclosed `)").arg(name));
    RunField field;
    field.m_name = name;
    const QString head = segments.first().toLower();
    if (segments.size() == 1) {
        for (const BuiltIn& builtIn : builtIns) {
            if (head == QLatin1String(builtIn.name)) {
                field.m_kind = Kind(builtIn.kind);
                return field;
            }
        }
    } else if (head == QLatin1String("params") || head == QLatin1String("param")) {
        field.m_kind = Kind::Param;
        field.m_key = segments.mid(1).join(QLatin1Char('.'));
        return field;
    } else if (head == QLatin1String("tags") || head == QLatin1String("tag")) {
        field.m_kind = Kind::TagValue;
        field.m_key = segments.mid(1).join(QLatin1Char('.'));
        return field;
    } else if (head == QLatin1String("metrics") || head == QLatin1String("metric")) {
        field.m_kind = Kind::Metric;
        field.m_fullKey = segments.mid(1).join(QLatin1Char('.'));
        field.m_key = field.m_fullKey;
        if (segments.size() > 2 && kAspects.contains(segments.last())) {
            field.m_aspect = segments.last();
            field.m_key = segments.mid(1, segments.size() - 2).join(QLatin1Char('.'));
        }
        return field;
    }
    return fail(CRUCIBLE_MESSAGE("unknown field '%1': use params.KEY, metrics.KEY, tags.KEY or one of %2")
                    .arg(name, builtInNames().join(QStringLiteral(", "))));
}

FieldValue RunField::valueOf(const RunRecord& run) const
{
    switch (m_kind) {
    case Kind::Id:
        return textValue(run.id);
    case Kind::Name:
        return textValue(run.name);
    case Kind::Experiment:
        return textValue(run.experiment);
    case Kind::RunState:
        return textValue(runStatusKey(run.status));
    case Kind::Tags: {
        FieldValue result;
        result.kind = FieldValue::Kind::TextList;
        result.list = run.tags;
        return result;
    }
    case Kind::Notes:
        return textValue(run.notes);
    case Kind::Parent:
        return run.parentRunId.isEmpty() ? FieldValue {} : textValue(run.parentRunId);
    case Kind::Dataset:
        return run.datasetName.isEmpty() ? FieldValue {} : textValue(run.datasetName);
    case Kind::DatasetHash:
        return run.datasetHash.isEmpty() ? FieldValue {} : textValue(run.datasetHash);
    case Kind::Seed:
        return run.seed ? numberValue(double(*run.seed)) : FieldValue {};
    case Kind::Device:
        return textValue(run.device);
    case Kind::Created:
        return time(run.createdAt);
    case Kind::Started:
        return time(run.startedAt);
    case Kind::Ended:
        return time(run.endedAt);
    case Kind::Duration:
        return run.startedAt.isValid() ? numberValue(run.durationSeconds()) : FieldValue {};
    case Kind::ErrorText:
        return textValue(run.error);
    case Kind::Param: {
        const auto found = run.params.constFind(m_key);
        return found == run.params.constEnd() ? FieldValue {} : FieldValue::fromJson(found.value());
    }
    case Kind::TagValue:
        for (const QString& tag : run.tags) {
            if (tag == m_key)
                return textValue(QString());
            if (tag.size() > m_key.size() && tag.startsWith(m_key) && tag[m_key.size()] == QLatin1Char('='))
                return textValue(tag.mid(m_key.size() + 1));
        }
        return {};
    case Kind::Metric: {
        auto found = run.metrics.constFind(m_fullKey);
        if (found != run.metrics.constEnd())
            return numberValue(found.value().last);
        found = run.metrics.constFind(m_key);
        if (found == run.metrics.constEnd())
            return {};
        return metricValue(found.value(), m_key, m_aspect);
    }
    }
    return {};
}

} // namespace crucible
