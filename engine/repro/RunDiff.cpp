#include "RunDiff.h"

#include "engine/data/DatasetStore.h"
#include "engine/data/Timestamp.h"
#include "engine/store/RunField.h"
#include "engine/store/RunStore.h"

#include <QJsonArray>
#include <QSet>

namespace crucible::repro {

namespace {

const QString kNone = QStringLiteral("(none)");

QString text(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return kNone;
    return FieldValue::fromJson(value).exact(); // 0.001234561 and 0.001234562 differ
}

QString exactNumber(double value)
{
    FieldValue field;
    field.kind = FieldValue::Kind::Number;
    field.number = value;
    return field.exact();
}

/// A column's type and statistics in one line: what changes when the column's data changes.
QString columnText(const ColumnProfile& c)
{
    QString line = QStringLiteral("%1, %2 values").arg(columnTypeName(c.type)).arg(c.count);
    if (c.missing > 0)
        line += QStringLiteral(", %1 missing").arg(c.missing);
    if (c.type == ColumnType::Categorical || c.type == ColumnType::Text)
        return line + QStringLiteral(", %1 distinct").arg(c.distinct);
    if (isTimeType(c.type))
        return line
            + QStringLiteral(", mean %1, sd %2 days, %3..%4")
                  .arg(timestamps::formatDays(c.mean, c.type), exactNumber(c.std),
                       timestamps::formatDays(c.min, c.type), timestamps::formatDays(c.max, c.type));
    return line
        + QStringLiteral(", mean %1, sd %2, %3..%4")
              .arg(exactNumber(c.mean), exactNumber(c.std), exactNumber(c.min), exactNumber(c.max));
}

/// The stored profile of a run's dataset version, when the version is in the workspace.
std::optional<DatasetProfile> profileOf(const DatasetStore& store, const RunRecord& run)
{
    auto version = store.find(run.datasetName + QLatin1Char('@') + run.datasetHash);
    if (!version)
        return std::nullopt;
    auto profile = store.profile(version.value());
    if (!profile)
        return std::nullopt;
    return profile.value();
}

} // namespace

Result<QList<DiffRow>> diffRuns(const Workspace& workspace, const RunRecord& a, const RunRecord& b)
{
    QList<DiffRow> rows;
    auto add = [&](const QString& section, const QString& key, const QString& x, const QString& y) {
        rows.append({section, key, x.isEmpty() ? kNone : x, y.isEmpty() ? kNone : y});
    };
    auto version = [](const RunRecord& r) {
        return r.datasetName.isEmpty() ? QString() : r.datasetName + QLatin1Char('@') + r.datasetHash.left(12);
    };
    add(QStringLiteral("run"), QStringLiteral("dataset"), version(a), version(b));
    add(QStringLiteral("run"), QStringLiteral("seed"), a.seed ? QString::number(*a.seed) : QString(),
        b.seed ? QString::number(*b.seed) : QString());
    add(QStringLiteral("run"), QStringLiteral("device"), a.device, b.device);
    for (const char* key :
         {"runtime.threads", "data.train_rows", "data.validation_rows", "data.test_rows", "model.parameter_count"}) {
        const QString name = QString::fromLatin1(key);
        add(QStringLiteral("run"), name, text(a.params.value(name)), text(b.params.value(name)));
    }

    // Every recipe key of either run, the model spec's fields among them.
    const QMap<QString, QJsonValue> recipeA = RunStore::flattenConfig(a.config);
    const QMap<QString, QJsonValue> recipeB = RunStore::flattenConfig(b.config);
    QStringList keys = recipeA.keys();
    for (const QString& key : recipeB.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    keys.sort();
    for (const QString& key : std::as_const(keys))
        add(QStringLiteral("recipe"), key, text(recipeA.value(key)), text(recipeB.value(key)));

    // The data: rows and columns of both versions, each column's type and statistics.
    const DatasetStore store(workspace);
    const auto profileA = profileOf(store, a);
    const auto profileB = profileOf(store, b);
    const QString gone = QStringLiteral("(version not in this workspace)");
    add(QStringLiteral("data"), QStringLiteral("rows"), profileA ? QString::number(profileA->rows) : gone,
        profileB ? QString::number(profileB->rows) : gone);
    QStringList columns;
    for (const auto* profile : {&profileA, &profileB}) {
        if (!*profile)
            continue;
        for (const ColumnProfile& c : (*profile)->columns) {
            if (!columns.contains(c.name))
                columns << c.name;
        }
    }
    auto column = [&](const std::optional<DatasetProfile>& profile, const QString& name) {
        if (!profile)
            return gone;
        for (const ColumnProfile& c : profile->columns) {
            if (c.name == name)
                return columnText(c);
        }
        return QStringLiteral("(no such column)");
    };
    for (const QString& name : std::as_const(columns))
        add(QStringLiteral("data"), QStringLiteral("column %1").arg(name), column(profileA, name),
            column(profileB, name));

    QStringList environmentKeys = a.environment.keys();
    for (const QString& key : b.environment.keys()) {
        if (!environmentKeys.contains(key))
            environmentKeys << key;
    }
    environmentKeys.sort();
    for (const QString& key : std::as_const(environmentKeys))
        add(QStringLiteral("environment"), key, text(a.environment.value(key)), text(b.environment.value(key)));
    return rows;
}

QJsonObject diffJson(const RunRecord& a, const RunRecord& b, const QList<DiffRow>& rows, bool onlyDiffering)
{
    QJsonArray array;
    int differences = 0;
    for (const DiffRow& row : rows) {
        differences += row.differs();
        if (onlyDiffering && !row.differs())
            continue;
        array.append(QJsonObject {{QStringLiteral("section"), row.section},
                                  {QStringLiteral("key"), row.key},
                                  {QStringLiteral("a"), row.a},
                                  {QStringLiteral("b"), row.b},
                                  {QStringLiteral("differs"), row.differs()}});
    }
    return QJsonObject {{QStringLiteral("a"), a.id},
                        {QStringLiteral("b"), b.id},
                        {QStringLiteral("differences"), differences},
                        {QStringLiteral("rows"), array}};
}

} // namespace crucible::repro
