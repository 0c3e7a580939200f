#include "RunCatalog.h"

#include "engine/core/Message.h"
#include "engine/store/FilterExpression.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace crucible {

namespace {

const QString kRunJoin = QStringLiteral(" JOIN runs r ON r.id = x.run_id JOIN experiments e ON e.id = r.experiment_id");

QJsonValue parseJsonScalar(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return document.isArray() && !document.array().isEmpty() ? document.array().at(0) : QJsonValue(text);
}

QJsonObject parseJsonObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool bindAll(QSqlQuery& query, const QString& statement, const QVariantList& values)
{
    if (!query.prepare(statement))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

RunCatalog::RunCatalog(const Workspace& workspace) : m_workspace(workspace)
{ }

Result<QString> RunCatalog::resolve(const QString& idOrPrefix) const
{
    const QString prefix = idOrPrefix.trimmed().toLower();
    if (prefix.isEmpty())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("give a run id or the start of one"),
                      QStringLiteral("run")};
    QSqlQuery query(m_workspace.database());
    if (!bindAll(query, QStringLiteral("SELECT id FROM runs WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 6"),
                 {prefix.size(), prefix}))
        return sqlError(query.lastError(), prefix, CRUCIBLE_MESSAGE("looking up the run"));
    QStringList found;
    while (query.next())
        found << query.value(0).toString();
    if (found.contains(prefix))
        return prefix;
    if (found.isEmpty())
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("no run has an id that starts with this; 'runs list' shows the ids"), prefix};
    if (found.size() > 1)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("more than one run matches (%1%2): give more of the id")
                          .arg(found.mid(0, 5).join(QStringLiteral(", ")),
                               found.size() > 5 ? QStringLiteral(", ...") : QString()),
                      prefix};
    return found.first();
}

Result<RunRecord> RunCatalog::run(const QString& runId) const
{
    auto runs = load(QStringLiteral("r.id = ?"), {runId}, true);
    if (!runs)
        return runs.error();
    if (runs.value().empty())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("there is no such run in this workspace"), runId};
    RunRecord record = std::move(runs.value().front());
    QSqlQuery query(m_workspace.database());
    if (!bindAll(query,
                 QStringLiteral("SELECT path, kind, size, sha256, created_at FROM run_artifacts"
                                " WHERE run_id = ? ORDER BY path"),
                 {runId}))
        return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("reading the artifacts"));
    while (query.next()) {
        record.artifacts.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                                    query.value(3).toString(), storedTime(query.value(4))});
    }
    return record;
}

Result<std::vector<RunRecord>> RunCatalog::list(const RunQuery& query) const
{
    const FilterExpression filter = FilterExpression::parse(query.filter);
    if (!filter.isValid())
        return filter.error();
    QStringList conditions;
    QVariantList values;
    if (!query.experiment.isEmpty()) {
        conditions << QStringLiteral("e.name = ?");
        values << query.experiment;
    }
    if (query.trash == RunQuery::Trash::Exclude)
        conditions << QStringLiteral("r.deleted_at IS NULL");
    else if (query.trash == RunQuery::Trash::Only)
        conditions << QStringLiteral("r.deleted_at IS NOT NULL");
    if (!query.ids.isEmpty()) {
        QStringList marks;
        for (const QString& id : query.ids) {
            marks << QStringLiteral("?");
            values << id;
        }
        conditions << QStringLiteral("r.id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    const bool limitInDatabase = query.limit > 0 && query.filter.trimmed().isEmpty() && query.sort.isEmpty();
    if (limitInDatabase) {
        // The newest `limit` runs of those conditions, by id; their params, tags and metrics are
        // then read by primary key (an IN over a subquery made SQLite scan every run's params).
        QSqlQuery newest(m_workspace.database());
        const QString inner = conditions.isEmpty() ? QStringLiteral("1 = 1") : conditions.join(QStringLiteral(" AND "));
        values << query.limit;
        if (!bindAll(newest,
                     QStringLiteral("SELECT r.id FROM runs r JOIN experiments e ON e.id = r.experiment_id WHERE %1"
                                    " ORDER BY r.created_at DESC, %2 DESC LIMIT ?")
                         .arg(inner, insertionOrder(m_workspace.database(), QStringLiteral("r"))),
                     values))
            return sqlError(newest.lastError(), m_workspace.databasePath(),
                            CRUCIBLE_MESSAGE("listing the newest runs"));
        QStringList marks;
        values.clear();
        while (newest.next()) {
            marks << QStringLiteral("?");
            values << newest.value(0);
        }
        if (marks.isEmpty())
            return std::vector<RunRecord> {};
        conditions = {QStringLiteral("r.id IN (%1)").arg(marks.join(QStringLiteral(", ")))};
    }
    auto loaded =
        load(conditions.isEmpty() ? QStringLiteral("1 = 1") : conditions.join(QStringLiteral(" AND ")), values, false);
    if (!loaded)
        return loaded;
    std::vector<RunRecord> runs;
    for (RunRecord& run : loaded.value()) {
        if (filter.matches(run))
            runs.push_back(std::move(run));
    }
    if (const Status sorted = RunQuery::sortRuns(runs, query.sort); !sorted)
        return sorted.error();
    if (query.limit > 0 && runs.size() > size_t(query.limit))
        runs.resize(size_t(query.limit));
    return runs;
}

Result<std::vector<RunRecord>> RunCatalog::load(const QString& condition, const QVariantList& values, bool full) const
{
    QSqlDatabase db = m_workspace.database();
    const QString where = m_workspace.databasePath();
    QSqlQuery query(db);
    const QString statement =
        QStringLiteral(
            "SELECT r.id, e.name, r.name, r.status, r.created_at, r.started_at, r.ended_at, r.dataset_name,"
            " r.dataset_hash, r.config_hash, r.seed, r.device, r.parent_run_id, r.error, r.notes, r.deleted_at%1"
            " FROM runs r JOIN experiments e ON e.id = r.experiment_id WHERE %2 ORDER BY r.created_at DESC, %3 DESC")
            .arg(full ? QStringLiteral(", r.config_json, r.environment_json") : QString(), condition,
                 insertionOrder(db, QStringLiteral("r")));
    if (!bindAll(query, statement, values))
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("listing runs"));
    std::vector<RunRecord> runs;
    QHash<QString, size_t> index;
    while (query.next()) {
        RunRecord run;
        run.id = query.value(0).toString();
        run.experiment = query.value(1).toString();
        run.name = query.value(2).toString();
        run.status = runStatusFromKey(query.value(3).toString()).value_or(RunStatus::Queued);
        run.createdAt = storedTime(query.value(4));
        run.startedAt = storedTime(query.value(5));
        run.endedAt = storedTime(query.value(6));
        run.datasetName = query.value(7).toString();
        run.datasetHash = query.value(8).toString();
        run.configHash = query.value(9).toString();
        if (!query.value(10).isNull())
            run.seed = query.value(10).toLongLong();
        run.device = query.value(11).toString();
        run.parentRunId = query.value(12).toString();
        run.error = query.value(13).toString();
        run.notes = query.value(14).toString();
        run.deletedAt = storedTime(query.value(15));
        if (full) {
            run.config = parseJsonObject(query.value(16).toString());
            run.environment = parseJsonObject(query.value(17).toString());
        }
        index.insert(run.id, runs.size());
        runs.push_back(std::move(run));
    }
    query.finish();
    if (runs.empty())
        return runs;

    if (!bindAll(query,
                 QStringLiteral("SELECT x.run_id, x.key, x.value_json FROM run_params x") + kRunJoin
                     + QStringLiteral(" WHERE ") + condition,
                 values))
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("reading params"));
    while (query.next())
        runs[index.value(query.value(0).toString())].params.insert(query.value(1).toString(),
                                                                   parseJsonScalar(query.value(2).toString()));
    if (!bindAll(query,
                 QStringLiteral("SELECT x.run_id, x.tag FROM run_tags x") + kRunJoin + QStringLiteral(" WHERE ")
                     + condition + QStringLiteral(" ORDER BY x.tag"),
                 values))
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("reading tags"));
    while (query.next())
        runs[index.value(query.value(0).toString())].tags << query.value(1).toString();
    if (!bindAll(query,
                 QStringLiteral("SELECT x.run_id, x.key, ") + QLatin1String(kMetricSummaryColumns)
                     + QStringLiteral(" FROM metric_series x") // the runs table has none of these columns
                     + kRunJoin + QStringLiteral(" WHERE ") + condition,
                 values))
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("reading metric summaries"));
    while (query.next()) {
        const MetricSummary summary = metricSummaryAt(query, 2);
        if (summary.count > 0)
            runs[index.value(query.value(0).toString())].metrics.insert(query.value(1).toString(), summary);
    }
    return runs;
}

Result<QStringList> RunCatalog::column(const QString& statement) const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(statement))
        return sqlError(query.lastError(), m_workspace.databasePath(), CRUCIBLE_MESSAGE("listing names"));
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

Result<QStringList> RunCatalog::recentOrActive(const QDateTime& createdAfter) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT id FROM runs WHERE status IN ('running', 'paused') OR created_at > ?"));
    query.addBindValue(createdAfter.isValid() ? createdAfter.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("9"));
    if (!query.exec())
        return sqlError(query.lastError(), m_workspace.databasePath(), CRUCIBLE_MESSAGE("looking for changed runs"));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

Result<QStringList> RunCatalog::experiments() const
{
    return column(QStringLiteral("SELECT name FROM experiments ORDER BY name"));
}

Result<QStringList> RunCatalog::paramKeys() const
{
    return column(QStringLiteral("SELECT DISTINCT p.key FROM run_params p JOIN runs r ON r.id = p.run_id"
                                 " WHERE r.deleted_at IS NULL ORDER BY p.key"));
}

Result<QStringList> RunCatalog::metricKeys() const
{
    return column(QStringLiteral("SELECT DISTINCT m.key FROM metric_series m JOIN runs r ON r.id = m.run_id"
                                 " WHERE r.deleted_at IS NULL AND m.point_count > 0 ORDER BY m.key"));
}

} // namespace crucible
