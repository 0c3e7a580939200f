#include "Overview.h"

#include "engine/core/Message.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/MetricReader.h"
#include "engine/store/PipelineStore.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunLease.h"
#include "engine/store/RunQuery.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QFileInfo>

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace crucible {

namespace {

/// How many pipeline runs are read for activity, alerts and drift verdicts.
constexpr int kPipelineRunsRead = 100;

QString modelNameOf(const QString& reference)
{
    return reference.section(QLatin1Char('@'), 0, 0);
}

/// Runs (not in the trash) by their stored status, newest first, at most `limit`: an indexed read,
/// where a filter would read every run of the workspace. A run stored as running or paused whose
/// owner is gone (isRunOrphaned) goes to `orphans`, not `ids`.
struct StatusIds {
    QStringList ids;
    QSet<QString> orphans;
};

Result<StatusIds> runIdsWithStatus(const Workspace& workspace, const QStringList& statuses, int limit)
{
    QSqlQuery query(workspace.database());
    QStringList marks;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        marks << QStringLiteral("?");
    query.prepare(
        QStringLiteral("SELECT id, status, owner_host, owner_pid, heartbeat_at FROM runs"
                       " WHERE deleted_at IS NULL AND status IN (%1)"
                       " ORDER BY created_at DESC, %2 DESC LIMIT ?")
            .arg(marks.join(QStringLiteral(", ")), insertionOrder(workspace.database(), QStringLiteral("runs"))));
    for (const QString& status : statuses)
        query.addBindValue(status);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(query.lastError(), workspace.databasePath(), CRUCIBLE_MESSAGE("listing runs by status"));
    StatusIds found;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const QString status = query.value(1).toString();
        found.ids << id;
        if ((status == QLatin1String("running") || status == QLatin1String("paused"))
            && isRunOrphaned(query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toString()))
            found.orphans.insert(id);
    }
    return found;
}

/// The runs `ids` as the catalog reads them (none: none).
Result<std::vector<RunRecord>> runsWithIds(const RunCatalog& catalog, const QStringList& ids)
{
    if (ids.isEmpty())
        return std::vector<RunRecord> {};
    RunQuery query;
    query.ids = ids;
    return catalog.list(query);
}

void readRuns(const Workspace& workspace, int recentCount, const QDateTime& alertsSince, OverviewSnapshot& snapshot)
{
    RunCatalog catalog(workspace);
    constexpr int kActiveRead = 200; // more runs than this do not train at once on one workspace
    auto active = runIdsWithStatus(workspace, {QStringLiteral("running"), QStringLiteral("paused")}, kActiveRead);
    auto running = active ? runsWithIds(catalog, active->ids) : Result<std::vector<RunRecord>>(active.error());
    if (!running) {
        snapshot.problems << running.error().text();
    } else {
        MetricReader reader(workspace);
        for (const RunRecord& run : running.value()) {
            if (active->orphans.contains(run.id))
                continue; // its process is gone: an alert below, not work going on
            OverviewActivity activity;
            activity.kind = OverviewActivity::Kind::Training;
            activity.id = run.id;
            activity.title = run.name;
            activity.status = runStatusKey(run.status);
            activity.since = run.startedAt.isValid() ? run.startedAt : run.createdAt;
            // Per-step points carry a fractional epoch (1.5: half way through the second).
            const int epochs = run.params.value(QStringLiteral("epochs")).toInt();
            double epoch = 0;
            const auto loss = run.metrics.constFind(QStringLiteral("loss"));
            if (loss != run.metrics.cend() && loss->count > 0) {
                auto last = reader.points(run.id, QStringLiteral("loss"), loss->lastStep, loss->lastStep);
                if (last && !last.value().empty())
                    epoch = last.value().back().epoch;
            }
            if (epochs > 0) {
                activity.progress = std::clamp(epoch / epochs, 0.0, 1.0);
                activity.done = int(std::ceil(epoch - 1e-9));
                activity.total = epochs;
            }
            activity.dataset = run.datasetName;
            snapshot.running << activity;
        }
    }

    RunQuery newest;
    newest.limit = recentCount;
    auto recent = catalog.list(newest);
    if (!recent) {
        snapshot.problems << recent.error().text();
        return;
    }
    for (const RunRecord& run : recent.value()) {
        OverviewRun row;
        row.id = run.id;
        row.name = run.name;
        row.status = runStatusKey(run.status);
        row.dataset = run.datasetName;
        row.createdAt = run.createdAt;
        row.metric = keyMetricOf(run.metrics.keys());
        if (!row.metric.isEmpty())
            row.value = run.metrics.value(row.metric).best(row.metric);
        snapshot.recent << row;
    }

    // Failed and interrupted runs, and those still marked running whose process is gone.
    constexpr int kFailuresRead = 20;
    auto ended = runIdsWithStatus(workspace, {QStringLiteral("failed"), QStringLiteral("interrupted")}, kFailuresRead);
    if (!ended) {
        snapshot.problems << ended.error().text();
        return;
    }
    QStringList ids = ended->ids;
    if (active) {
        for (const QString& id : std::as_const(active->orphans))
            ids << id;
    }
    auto failures = runsWithIds(catalog, ids);
    if (!failures) {
        snapshot.problems << failures.error().text();
        return;
    }
    int failedShown = 0;
    for (const RunRecord& run : failures.value()) {
        const bool orphaned = active && active->orphans.contains(run.id);
        const QDateTime when = run.endedAt.isValid() ? run.endedAt : run.createdAt;
        if (when < alertsSince && !orphaned)
            continue;
        if (!orphaned)
            ++failedShown;
        if (orphaned) {
            snapshot.alerts << OverviewAlert {OverviewAlert::Kind::InterruptedRun, run.id, run.name,
                                              CRUCIBLE_MESSAGE("its process ended without finishing the run"),
                                              run.startedAt.isValid() ? run.startedAt : run.createdAt};
            continue;
        }
        snapshot.alerts << OverviewAlert {
            run.status == RunStatus::Failed ? OverviewAlert::Kind::FailedRun : OverviewAlert::Kind::InterruptedRun,
            run.id, run.name, run.error.isEmpty() ? runStatusKey(run.status) : run.error, when};
    }
    // How many more of the period there are: the alerts name 20, a count says the rest.
    if (ended->ids.size() == kFailuresRead) {
        QSqlQuery count(workspace.database());
        count.prepare(
            QStringLiteral("SELECT COUNT(*) FROM runs WHERE deleted_at IS NULL"
                           " AND status IN ('failed', 'interrupted') AND COALESCE(ended_at, created_at) >= ?"));
        count.addBindValue(alertsSince.toUTC().toString(Qt::ISODateWithMs));
        if (count.exec() && count.next())
            snapshot.moreFailedRuns = std::max(0, count.value(0).toInt() - failedShown);
    }
}

void readPipelines(const Workspace& workspace, const QDateTime& alertsSince, OverviewSnapshot& snapshot,
                   QHash<QString, OverviewModel>& verdicts)
{
    auto runs = PipelineStore(workspace).runs(QString(), kPipelineRunsRead);
    if (!runs) {
        snapshot.problems << runs.error().text();
        return;
    }
    QSet<QString> ended; // pipelines whose newest ended run was seen: older failures are settled
    for (const PipelineRunRecord& run : runs.value()) {
        const bool isNewestEnded = run.status != QLatin1String("running") && !ended.contains(run.pipeline);
        if (run.status != QLatin1String("running"))
            ended.insert(run.pipeline);
        if (run.status == QLatin1String("running")) {
            OverviewActivity activity;
            activity.kind = OverviewActivity::Kind::Pipeline;
            activity.id = run.id;
            activity.title = run.pipeline;
            activity.status = run.status;
            activity.since = run.createdAt;
            for (const PipelineStepRecord& step : run.steps) {
                if (step.isDone())
                    ++activity.done;
                else if (step.status == QLatin1String("running"))
                    activity.step = step.step;
            }
            activity.total = int(run.steps.size());
            if (activity.total > 0)
                activity.progress = double(activity.done) / double(activity.total);
            snapshot.running << activity;
        } else if (isNewestEnded
                   && (run.status == QLatin1String("failed") || run.status == QLatin1String("interrupted"))
                   && run.createdAt >= alertsSince) {
            snapshot.alerts << OverviewAlert {OverviewAlert::Kind::FailedPipeline, run.id, run.pipeline, run.message,
                                              run.endedAt.isValid() ? run.endedAt : run.createdAt};
        }
        // The newest drift step per model is its verdict (runs come newest first).
        for (const PipelineStepRecord& step : run.steps) {
            if (step.kind != QLatin1String("drift") || step.status != QLatin1String("succeeded"))
                continue;
            const QString model = modelNameOf(step.outputs.value(QStringLiteral("model")).toString());
            if (model.isEmpty() || verdicts.contains(model))
                continue;
            OverviewModel verdict;
            verdict.driftLevel = step.outputs.value(QStringLiteral("level")).toString();
            verdict.driftSummary = step.message;
            verdict.driftCheckedAt = step.endedAt.isValid() ? step.endedAt : run.createdAt;
            verdict.driftPipelineRun = run.id;
            verdicts.insert(model, verdict);
            if (verdict.driftCheckedAt >= alertsSince
                && (verdict.driftLevel == QLatin1String("drift") || verdict.driftLevel == QLatin1String("warning")))
                snapshot.alerts << OverviewAlert {verdict.driftLevel == QLatin1String("drift")
                                                      ? OverviewAlert::Kind::Drift
                                                      : OverviewAlert::Kind::DriftWarning,
                                                  model, model, step.message, verdict.driftCheckedAt};
        }
    }
}

void readRegistry(const Workspace& workspace, const QString& registrySetting,
                  const QHash<QString, OverviewModel>& verdicts, OverviewSnapshot& snapshot)
{
    const QString folder = resolveRegistryFolder(workspace, QString(), registrySetting);
    // Looking never creates a registry: a workspace without models has none yet.
    const QFileInfo database(QDir(folder).filePath(QStringLiteral("registry.db")));
    if (!database.exists())
        return;
    if (database.isFile() && database.size() == 0) {
        // Opening would write an empty registry's tables into it: say so and leave it.
        snapshot.problems << CRUCIBLE_MESSAGE("%1: the registry database is empty (0 bytes), not a registry; its "
                                              "models are not listed")
                                 .arg(database.filePath());
        return;
    }
    auto registry = ModelRegistry::open(folder);
    if (!registry) {
        snapshot.problems << registry.error().text();
        return;
    }
    auto models = registry.value()->models();
    if (!models) {
        snapshot.problems << models.error().text();
        return;
    }
    for (const ModelSummary& model : models.value()) {
        for (auto alias = model.aliases.cbegin(); alias != model.aliases.cend(); ++alias) {
            OverviewModel row = verdicts.value(model.name);
            row.name = model.name;
            row.alias = alias.key();
            row.version = alias.value();
            snapshot.production << row;
        }
    }
    // "production" first, then by model and alias.
    std::stable_sort(snapshot.production.begin(), snapshot.production.end(),
                     [](const OverviewModel& a, const OverviewModel& b) {
                         const bool aFirst = a.alias == QLatin1String("production");
                         const bool bFirst = b.alias == QLatin1String("production");
                         if (aFirst != bFirst)
                             return aFirst;
                         return std::tie(a.name, a.alias) < std::tie(b.name, b.alias);
                     });
}

} // namespace

QString keyMetricOf(const QStringList& metricKeys)
{
    for (const char* key : {"val_accuracy", "val_r2", "val_loss", "test_accuracy", "test_r2", "test_loss", "loss"}) {
        if (metricKeys.contains(QLatin1String(key)))
            return QString::fromLatin1(key);
    }
    return {};
}

OverviewSnapshot readOverview(const Workspace& workspace, const QString& registrySetting, int recentCount,
                              int alertDays)
{
    OverviewSnapshot snapshot;
    snapshot.readAt = QDateTime::currentDateTimeUtc();
    const QDateTime alertsSince = snapshot.readAt.addDays(-alertDays);
    readRuns(workspace, recentCount, alertsSince, snapshot);
    QHash<QString, OverviewModel> verdicts;
    readPipelines(workspace, alertsSince, snapshot, verdicts);
    readRegistry(workspace, registrySetting, verdicts, snapshot);
    std::stable_sort(snapshot.alerts.begin(), snapshot.alerts.end(),
                     [](const OverviewAlert& a, const OverviewAlert& b) { return a.when > b.when; });
    return snapshot;
}

} // namespace crucible
