#include "engine/store/PipelineStore.h"
#include "engine/core/Message.h"

#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimeZone>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace crucible {

namespace {

const QString kWhere = QStringLiteral("pipelines");

QJsonObject objectFrom(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

Status exec(QSqlQuery& query, const QString& doing)
{
    if (!query.exec())
        return sqlError(query.lastError(), kWhere, doing);
    return Ok {};
}

const char* kRunColumns = "id, pipeline, file, spec_yaml, params_json, trigger_json, status, message, created_at, "
                          "ended_at, owner_host, owner_pid";

PipelineRunRecord runAt(const QSqlQuery& query)
{
    PipelineRunRecord run;
    run.id = query.value(0).toString();
    run.pipeline = query.value(1).toString();
    run.file = query.value(2).toString();
    run.specYaml = query.value(3).toString().toUtf8();
    run.params = objectFrom(query.value(4));
    run.trigger = objectFrom(query.value(5));
    run.status = query.value(6).toString();
    run.message = query.value(7).toString();
    run.createdAt = storedTime(query.value(8));
    run.endedAt = storedTime(query.value(9));
    run.ownerHost = query.value(10).toString();
    run.ownerPid = query.value(11).toLongLong();
    return run;
}

const char* kStepColumns = "run_id, step, position, kind, status, attempts, input_hash, outputs_json, message, log, "
                           "started_at, ended_at";

PipelineStepRecord stepAt(const QSqlQuery& query)
{
    PipelineStepRecord step;
    step.step = query.value(1).toString();
    step.position = query.value(2).toInt();
    step.kind = query.value(3).toString();
    step.status = query.value(4).toString();
    step.attempts = query.value(5).toInt();
    step.inputHash = query.value(6).toString();
    step.outputs = objectFrom(query.value(7));
    step.message = query.value(8).toString();
    step.log = query.value(9).toString();
    step.startedAt = storedTime(query.value(10));
    step.endedAt = storedTime(query.value(11));
    return step;
}

} // namespace

double PipelineStepRecord::seconds() const
{
    if (!startedAt.isValid())
        return -1;
    const QDateTime end = endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc();
    return double(startedAt.msecsTo(end)) / 1000.0;
}

bool PipelineStepRecord::isDone() const
{
    return status == QLatin1String("succeeded") || status == QLatin1String("cached")
        || status == QLatin1String("skipped");
}

const PipelineStepRecord* PipelineRunRecord::step(const QString& stepId) const
{
    for (const PipelineStepRecord& record : steps) {
        if (record.step == stepId)
            return &record;
    }
    return nullptr;
}

PipelineStore::PipelineStore(const Workspace& workspace) : m_workspace(workspace)
{ }

bool PipelineStore::isAlive(const PipelineRunRecord& run)
{
    if (run.status != QLatin1String("running"))
        return false;
    if (run.ownerHost == QSysInfo::machineHostName()) {
        if (run.ownerPid == QCoreApplication::applicationPid())
            return true;
        return run.ownerPid > 0 && (::kill(pid_t(run.ownerPid), 0) == 0 || errno == EPERM);
    }
    return true; // another host: trust its record (its heartbeat is checked by markDeadRunsInterrupted)
}

Status PipelineStore::markDeadRunsInterrupted(const QString& pipeline) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT %1, heartbeat_at FROM pipeline_runs WHERE pipeline = ? AND status = 'running'")
                      .arg(QLatin1String(kRunColumns)));
    query.addBindValue(pipeline);
    if (Status done = exec(query, CRUCIBLE_MESSAGE("reading pipeline runs")); !done)
        return done;
    QStringList dead;
    while (query.next()) {
        const PipelineRunRecord run = runAt(query);
        const QDateTime heartbeat = storedTime(query.value(12));
        const bool stale =
            heartbeat.isValid() && heartbeat.secsTo(QDateTime::currentDateTimeUtc()) > qint64(kRunLeaseTimeout.count());
        if (!isAlive(run) || (run.ownerHost != QSysInfo::machineHostName() && stale))
            dead << run.id;
    }
    for (const QString& id : std::as_const(dead)) {
        QSqlQuery update(m_workspace.database());
        update.prepare(QStringLiteral("UPDATE pipeline_runs SET status = 'interrupted', message = 'its process "
                                      "ended while it ran; continue it with: crucible-cli pipeline resume %1' "
                                      "WHERE id = ?")
                           .arg(id.left(12)));
        update.addBindValue(id);
        if (Status done = exec(update, CRUCIBLE_MESSAGE("marking an interrupted pipeline run")); !done)
            return done;
        QSqlQuery steps(m_workspace.database());
        steps.prepare(QStringLiteral("UPDATE pipeline_steps SET status = 'interrupted' WHERE run_id = ? AND status = "
                                     "'running'"));
        steps.addBindValue(id);
        if (Status done = exec(steps, CRUCIBLE_MESSAGE("marking an interrupted pipeline step")); !done)
            return done;
    }
    return Ok {};
}

Result<PipelineRunRecord> PipelineStore::create(const QString& pipeline, const QString& file,
                                                const QByteArray& specYaml, const QJsonObject& params,
                                                const QJsonObject& trigger,
                                                const QList<QPair<QString, QString>>& steps) const
{
    Transaction transaction(m_workspace.database());
    if (Status begun = transaction.begin(kWhere); !begun)
        return begun.error();
    if (Status marked = markDeadRunsInterrupted(pipeline); !marked)
        return marked.error();
    {
        QSqlQuery live(m_workspace.database());
        live.prepare(QStringLiteral("SELECT id, owner_host, owner_pid FROM pipeline_runs WHERE pipeline = ? AND "
                                    "status = 'running' LIMIT 1"));
        live.addBindValue(pipeline);
        if (Status done = exec(live, CRUCIBLE_MESSAGE("reading pipeline runs")); !done)
            return done.error();
        if (live.next())
            return Error {ErrorCode::Busy,
                          CRUCIBLE_MESSAGE("pipeline '%1' is already running (run %2, process %3 on %4); one run of a "
                                           "pipeline at a time")
                              .arg(pipeline, live.value(0).toString().left(12), live.value(2).toString(),
                                   live.value(1).toString()),
                          kWhere};
    }
    PipelineRunRecord run;
    run.id = QUuid::createUuid().toString(QUuid::Id128);
    run.pipeline = pipeline;
    run.file = file;
    run.specYaml = specYaml;
    run.params = params;
    run.trigger = trigger;
    run.status = QStringLiteral("running");
    run.createdAt = QDateTime::fromString(storedNow(), Qt::ISODateWithMs);
    run.ownerHost = QSysInfo::machineHostName();
    run.ownerPid = QCoreApplication::applicationPid();
    QSqlQuery insert(m_workspace.database());
    insert.prepare(
        QStringLiteral("INSERT INTO pipeline_runs (id, pipeline, file, spec_yaml, params_json, trigger_json, "
                       "status, created_at, owner_host, owner_pid, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "'running', ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(run.id), QVariant(pipeline), text(file), QVariant(QString::fromUtf8(specYaml)),
          QVariant(compactJson(params)), QVariant(compactJson(trigger)), QVariant(storedNow()), QVariant(run.ownerHost),
          QVariant(run.ownerPid), QVariant(storedNow())})
        insert.addBindValue(value);
    if (Status done = exec(insert, CRUCIBLE_MESSAGE("recording a pipeline run")); !done)
        return done.error();
    int position = 0;
    for (const auto& [id, kind] : steps) {
        QSqlQuery step(m_workspace.database());
        step.prepare(QStringLiteral(
            "INSERT INTO pipeline_steps (run_id, step, position, kind, status) VALUES (?, ?, ?, ?, 'pending')"));
        step.addBindValue(run.id);
        step.addBindValue(id);
        step.addBindValue(position);
        step.addBindValue(kind);
        if (Status done = exec(step, CRUCIBLE_MESSAGE("recording a pipeline step")); !done)
            return done.error();
        PipelineStepRecord record;
        record.step = id;
        record.position = position++;
        record.kind = kind;
        run.steps << record;
    }
    if (Status committed = transaction.commit(kWhere); !committed)
        return committed.error();
    return run;
}

Result<PipelineRunRecord> PipelineStore::claim(const QString& reference) const
{
    auto found = run(reference);
    if (!found)
        return found.error();
    Transaction transaction(m_workspace.database());
    if (Status begun = transaction.begin(kWhere); !begun)
        return begun.error();
    if (Status marked = markDeadRunsInterrupted(found->pipeline); !marked)
        return marked.error();
    auto current = run(found->id);
    if (!current)
        return current.error();
    PipelineRunRecord record = current.value();
    if (record.status == QLatin1String("running"))
        return Error {ErrorCode::Busy,
                      CRUCIBLE_MESSAGE("run %1 is still running (process %2 on %3)")
                          .arg(record.id.left(12))
                          .arg(record.ownerPid)
                          .arg(record.ownerHost),
                      kWhere};
    if (record.status == QLatin1String("succeeded") || record.status == QLatin1String("rejected"))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("run %1 already ended %2; there is nothing to resume (start a new run)")
                          .arg(record.id.left(12), record.status),
                      kWhere};
    {
        QSqlQuery live(m_workspace.database());
        live.prepare(QStringLiteral(
            "SELECT id FROM pipeline_runs WHERE pipeline = ? AND status = 'running' AND id <> ? LIMIT 1"));
        live.addBindValue(record.pipeline);
        live.addBindValue(record.id);
        if (Status done = exec(live, CRUCIBLE_MESSAGE("reading pipeline runs")); !done)
            return done.error();
        if (live.next())
            return Error {ErrorCode::Busy,
                          CRUCIBLE_MESSAGE("pipeline '%1' is running (run %2); resume when it has ended")
                              .arg(record.pipeline, live.value(0).toString().left(12)),
                          kWhere};
    }
    QSqlQuery update(m_workspace.database());
    update.prepare(QStringLiteral("UPDATE pipeline_runs SET status = 'running', message = '', ended_at = NULL, "
                                  "owner_host = ?, owner_pid = ?, heartbeat_at = ? WHERE id = ?"));
    update.addBindValue(QSysInfo::machineHostName());
    update.addBindValue(QCoreApplication::applicationPid());
    update.addBindValue(storedNow());
    update.addBindValue(record.id);
    if (Status done = exec(update, CRUCIBLE_MESSAGE("resuming a pipeline run")); !done)
        return done.error();
    if (Status committed = transaction.commit(kWhere); !committed)
        return committed.error();
    record.status = QStringLiteral("running");
    record.ownerHost = QSysInfo::machineHostName();
    record.ownerPid = QCoreApplication::applicationPid();
    return record;
}

Status PipelineStore::startStep(const QString& runId, const QString& step, const QString& inputHash) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE pipeline_steps SET status = 'running', attempts = attempts + 1, "
                                 "input_hash = ?, started_at = COALESCE(started_at, ?), ended_at = NULL, message = '' "
                                 "WHERE run_id = ? AND step = ?"));
    query.addBindValue(text(inputHash));
    query.addBindValue(storedNow());
    query.addBindValue(runId);
    query.addBindValue(step);
    return exec(query, CRUCIBLE_MESSAGE("recording a step's start"));
}

Status PipelineStore::finishStep(const QString& runId, const QString& step, const QString& status,
                                 const QJsonObject& outputs, const QString& message, const QString& log) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE pipeline_steps SET status = ?, outputs_json = ?, message = ?, log = ?, "
                                 "started_at = COALESCE(started_at, ?), ended_at = ? WHERE run_id = ? AND step = ?"));
    const QString time = storedNow();
    for (const QVariant& value : {QVariant(status), QVariant(compactJson(outputs)), text(message), text(log),
                                  QVariant(time), QVariant(time), QVariant(runId), QVariant(step)})
        query.addBindValue(value);
    if (Status done = exec(query, CRUCIBLE_MESSAGE("recording a step's end")); !done)
        return done;
    QSqlQuery heartbeat(m_workspace.database());
    heartbeat.prepare(QStringLiteral("UPDATE pipeline_runs SET heartbeat_at = ? WHERE id = ?"));
    heartbeat.addBindValue(time);
    heartbeat.addBindValue(runId);
    return exec(heartbeat, CRUCIBLE_MESSAGE("renewing a pipeline run's heartbeat"));
}

Status PipelineStore::progress(const QString& runId, const QString& step, const QString& log) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE pipeline_steps SET log = ? WHERE run_id = ? AND step = ?"));
    query.addBindValue(text(log));
    query.addBindValue(runId);
    query.addBindValue(step);
    if (Status done = exec(query, CRUCIBLE_MESSAGE("saving a step's log")); !done)
        return done;
    QSqlQuery heartbeat(m_workspace.database());
    heartbeat.prepare(QStringLiteral("UPDATE pipeline_runs SET heartbeat_at = ? WHERE id = ?"));
    heartbeat.addBindValue(storedNow());
    heartbeat.addBindValue(runId);
    return exec(heartbeat, CRUCIBLE_MESSAGE("renewing a pipeline run's heartbeat"));
}

Status PipelineStore::finishRun(const QString& runId, const QString& status, const QString& message) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE pipeline_runs SET status = ?, message = ?, ended_at = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(text(message));
    query.addBindValue(storedNow());
    query.addBindValue(runId);
    return exec(query, CRUCIBLE_MESSAGE("recording a pipeline run's end"));
}

Result<std::optional<QJsonObject>> PipelineStore::cachedOutputs(const QString& pipeline, const QString& step,
                                                                const QString& inputHash) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT s.outputs_json FROM pipeline_steps s JOIN pipeline_runs r ON r.id = s.run_id "
                                 "WHERE r.pipeline = ? AND s.step = ? AND s.input_hash = ? AND s.status = 'succeeded' "
                                 "ORDER BY s.ended_at DESC LIMIT 1"));
    query.addBindValue(pipeline);
    query.addBindValue(step);
    query.addBindValue(inputHash);
    if (Status done = exec(query, CRUCIBLE_MESSAGE("looking up a step's cached outputs")); !done)
        return done.error();
    if (!query.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(objectFrom(query.value(0)));
}

Result<PipelineRunRecord> PipelineStore::run(const QString& reference) const
{
    if (reference.size() < 4)
        return Error {
            ErrorCode::InvalidInput,
            CRUCIBLE_MESSAGE("'%1' is too short for a pipeline run id (at least 4 characters)").arg(reference), kWhere};
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT %1 FROM pipeline_runs WHERE id LIKE ? ESCAPE '\\' LIMIT 2")
                      .arg(QLatin1String(kRunColumns)));
    QString escaped = reference;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    query.addBindValue(QString(escaped + QLatin1Char('%')));
    if (Status done = exec(query, CRUCIBLE_MESSAGE("reading a pipeline run")); !done)
        return done.error();
    if (!query.next())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no pipeline run '%1'").arg(reference.left(40)), kWhere};
    QList<PipelineRunRecord> found {runAt(query)};
    if (query.next())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("'%1' names more than one pipeline run; give more characters").arg(reference),
                      kWhere};
    if (Status loaded = loadSteps(found); !loaded)
        return loaded.error();
    return found.first();
}

Status PipelineStore::loadSteps(QList<PipelineRunRecord>& runs) const
{
    if (runs.isEmpty())
        return Ok {};
    QHash<QString, qsizetype> index;
    QStringList marks;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        index.insert(runs[i].id, i);
        marks << QStringLiteral("?");
        // Its process died without ending it: shown as what the next run or resume will record.
        PipelineRunRecord& record = runs[i];
        if (record.status == QLatin1String("running") && !isAlive(record)) {
            record.status = QStringLiteral("interrupted");
            record.message = CRUCIBLE_MESSAGE("its process ended while it ran; continue it with: crucible-cli pipeline "
                                              "resume %1")
                                 .arg(record.id.left(12));
        }
    }
    // One query for the steps of every run asked for.
    QSqlQuery steps(m_workspace.database());
    steps.prepare(QStringLiteral("SELECT %1 FROM pipeline_steps WHERE run_id IN (%2) ORDER BY run_id, position")
                      .arg(QLatin1String(kStepColumns), marks.join(QLatin1Char(','))));
    for (const PipelineRunRecord& record : std::as_const(runs))
        steps.addBindValue(record.id);
    if (Status done = exec(steps, CRUCIBLE_MESSAGE("reading pipeline runs' steps")); !done)
        return done;
    while (steps.next())
        runs[index.value(steps.value(0).toString())].steps << stepAt(steps);
    return Ok {};
}

Result<QList<PipelineRunRecord>> PipelineStore::runs(const QString& pipeline, int limit) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM pipeline_runs %2 ORDER BY created_at DESC LIMIT ?")
            .arg(QLatin1String(kRunColumns), pipeline.isEmpty() ? QString() : QStringLiteral("WHERE pipeline = ?")));
    if (!pipeline.isEmpty())
        query.addBindValue(pipeline);
    query.addBindValue(limit);
    if (Status done = exec(query, CRUCIBLE_MESSAGE("listing pipeline runs")); !done)
        return done.error();
    QList<PipelineRunRecord> list;
    while (query.next())
        list << runAt(query);
    if (Status loaded = loadSteps(list); !loaded)
        return loaded.error();
    return list;
}

Result<QHash<QString, QString>> PipelineStore::seenFiles(const QString& pipeline) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT path, size, modified_at FROM pipeline_seen_files WHERE pipeline = ?"));
    query.addBindValue(pipeline);
    if (Status done = exec(query, CRUCIBLE_MESSAGE("reading a watched folder's files")); !done)
        return done.error();
    QHash<QString, QString> seen;
    while (query.next())
        seen.insert(query.value(0).toString(),
                    query.value(1).toString() + QLatin1Char(':') + query.value(2).toString());
    return seen;
}

Status PipelineStore::markSeen(const QString& pipeline, const QString& path, qint64 size,
                               const QDateTime& modified) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("INSERT INTO pipeline_seen_files (pipeline, path, size, modified_at, seen_at)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT (pipeline, path) DO UPDATE SET"
                       " size = excluded.size, modified_at = excluded.modified_at, seen_at = excluded.seen_at"));
    query.addBindValue(pipeline);
    query.addBindValue(path);
    query.addBindValue(size);
    query.addBindValue(modified.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(storedNow());
    return exec(query, CRUCIBLE_MESSAGE("recording a watched folder's file"));
}

} // namespace crucible
