#include "engine/store/SweepStore.h"
#include "engine/core/Message.h"

#include "engine/store/RunLease.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <cmath>

namespace crucible {

namespace {

const QString kWhere = QStringLiteral("sweeps");

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType(QMetaType::QString));
}

Status exec(QSqlQuery& query, const QString& doing)
{
    if (!query.exec())
        return sqlError(query.lastError(), kWhere, doing);
    return Ok {};
}

const char* kSweepColumns =
    "id, name, spec_json, parent_run_id, status, stop_requested, message, created_at, ended_at, "
    "owner_host, owner_pid, heartbeat_at";

SweepRecord sweepAt(const QSqlQuery& query, QString* heartbeat = nullptr)
{
    SweepRecord sweep;
    sweep.id = query.value(0).toString();
    sweep.name = query.value(1).toString();
    sweep.spec = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    sweep.parentRunId = query.value(3).toString();
    sweep.status = query.value(4).toString();
    sweep.stopRequested = query.value(5).toInt() != 0;
    sweep.message = query.value(6).toString();
    sweep.createdAt = storedTime(query.value(7));
    sweep.endedAt = storedTime(query.value(8));
    sweep.ownerHost = query.value(9).toString();
    sweep.ownerPid = query.value(10).toLongLong();
    if (heartbeat)
        *heartbeat = query.value(11).toString();
    return sweep;
}

QMap<int, double> intermediateFrom(const QString& text)
{
    QMap<int, double> values;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        const int epoch = it.key().toInt(&ok);
        if (ok)
            values.insert(epoch, it.value().isDouble() ? it.value().toDouble() : std::nan(""));
    }
    return values;
}

QString intermediateText(const QMap<int, double>& values)
{
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it)
        object.insert(QString::number(it.key()), std::isfinite(it.value()) ? QJsonValue(it.value()) : QJsonValue());
    return compactJson(object);
}

} // namespace

QString trialStateKey(TrialState state)
{
    switch (state) {
    case TrialState::Queued:
        return QStringLiteral("queued");
    case TrialState::Running:
        return QStringLiteral("running");
    case TrialState::Complete:
        return QStringLiteral("complete");
    case TrialState::Pruned:
        return QStringLiteral("pruned");
    case TrialState::Failed:
        return QStringLiteral("failed");
    case TrialState::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

std::optional<TrialState> trialStateFromKey(const QString& key)
{
    for (TrialState state : {TrialState::Queued, TrialState::Running, TrialState::Complete, TrialState::Pruned,
                             TrialState::Failed, TrialState::Stopped}) {
        if (trialStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

double Trial::seconds() const
{
    // A trial that stopped with its process has no end: its time is not known.
    if (!startedAt.isValid() || (!endedAt.isValid() && state != TrialState::Running))
        return -1;
    const QDateTime end = endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc();
    return double(startedAt.msecsTo(end)) / 1000.0;
}

SweepStore::SweepStore(const Workspace& workspace) : m_workspace(workspace)
{ }

bool SweepStore::isOrphaned(const SweepRecord& sweep, const QString& heartbeatAt)
{
    if (sweep.status != QLatin1String("running"))
        return false;
    if (sweep.ownerHost == QSysInfo::machineHostName() && sweep.ownerPid == QCoreApplication::applicationPid())
        return false;
    return isRunOrphaned(sweep.ownerHost, sweep.ownerPid, heartbeatAt);
}

Result<SweepRecord> SweepStore::create(const QString& name, const QJsonObject& spec, const QString& parentRunId) const
{
    QSqlQuery taken(m_workspace.database());
    taken.prepare(QStringLiteral("SELECT id FROM sweeps WHERE name = ?"));
    taken.addBindValue(name);
    if (Status done = exec(taken, CRUCIBLE_MESSAGE("reading sweeps")); !done)
        return done.error();
    if (taken.next())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("a sweep named '%1' exists (%2); give the new one another name, or run that one "
                                       "with: crucible-cli sweep run %1")
                          .arg(name, taken.value(0).toString().left(12)),
                      kWhere};
    SweepRecord sweep;
    sweep.id = QUuid::createUuid().toString(QUuid::Id128).left(16);
    sweep.name = name;
    sweep.spec = spec;
    sweep.parentRunId = parentRunId;
    sweep.status = QStringLiteral("created");
    sweep.createdAt = storedTime(storedNow());
    QSqlQuery insert(m_workspace.database());
    insert.prepare(QStringLiteral("INSERT INTO sweeps (id, name, spec_json, parent_run_id, status, created_at) "
                                  "VALUES (?, ?, ?, ?, 'created', ?)"));
    insert.addBindValue(sweep.id);
    insert.addBindValue(name);
    insert.addBindValue(compactJson(spec));
    insert.addBindValue(parentRunId);
    insert.addBindValue(timeValue(sweep.createdAt));
    if (Status done = exec(insert, CRUCIBLE_MESSAGE("recording a sweep")); !done)
        return done.error();
    return sweep;
}

Result<SweepRecord> SweepStore::sweep(const QString& reference) const
{
    if (reference.isEmpty())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("name a sweep (its name or id)"), kWhere};
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT %1 FROM sweeps WHERE name = ? OR id = ? OR id LIKE ? ESCAPE '\\' "
                                 "ORDER BY name = ? DESC LIMIT 3")
                      .arg(QLatin1String(kSweepColumns)));
    QString escaped = reference;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    query.addBindValue(reference);
    query.addBindValue(reference);
    query.addBindValue(QString(escaped + QLatin1Char('%')));
    query.addBindValue(reference);
    if (Status done = exec(query, CRUCIBLE_MESSAGE("reading sweeps")); !done)
        return done.error();
    std::vector<std::pair<SweepRecord, QString>> found;
    while (query.next()) {
        QString heartbeat;
        SweepRecord record = sweepAt(query, &heartbeat);
        found.emplace_back(std::move(record), heartbeat);
    }
    if (found.empty())
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("no sweep is named '%1' or has an id starting so (crucible-cli sweep list shows "
                                       "them)")
                          .arg(reference),
                      kWhere};
    if (found.size() > 1 && found.front().first.name != reference)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("'%1' starts the ids of several sweeps; give more of it").arg(reference),
                      kWhere};
    QList<SweepRecord> one {found.front().first};
    if (Status filled = complete(one, {found.front().second}); !filled)
        return filled.error();
    return one.front();
}

Result<QList<SweepRecord>> SweepStore::sweeps() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM sweeps ORDER BY created_at DESC, id").arg(QLatin1String(kSweepColumns))))
        return sqlError(query.lastError(), kWhere, CRUCIBLE_MESSAGE("reading sweeps"));
    QList<SweepRecord> list;
    QStringList heartbeats;
    while (query.next()) {
        QString heartbeat;
        list.append(sweepAt(query, &heartbeat));
        heartbeats << heartbeat;
    }
    if (Status filled = complete(list, heartbeats); !filled)
        return filled.error();
    return list;
}

Status SweepStore::complete(QList<SweepRecord>& sweeps, const QStringList& heartbeats) const
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < sweeps.size(); ++i) {
        SweepRecord& sweep = sweeps[i];
        index.insert(sweep.id, i);
        if (isOrphaned(sweep, heartbeats.value(i))) {
            sweep.status = QStringLiteral("interrupted");
            sweep.message = CRUCIBLE_MESSAGE("its process ended while it ran; continue it with: crucible-cli sweep "
                                             "resume %1")
                                .arg(sweep.name);
        }
    }
    if (sweeps.isEmpty())
        return Ok {};
    // One query for the trials of every sweep asked for (all of them, when the list is every sweep).
    QSqlQuery trials(m_workspace.database());
    const QString filter = sweeps.size() == 1 ? QStringLiteral(" WHERE sweep_id = ?") : QString();
    trials.prepare(QStringLiteral("SELECT sweep_id, number, run_id, params_json, state, value, intermediate_json, "
                                  "pruned_epoch, error, started_at, ended_at FROM sweep_trials%1 ORDER BY sweep_id, "
                                  "number")
                       .arg(filter));
    if (sweeps.size() == 1)
        trials.addBindValue(sweeps.front().id);
    if (Status done = exec(trials, CRUCIBLE_MESSAGE("reading trials")); !done)
        return done;
    while (trials.next()) {
        const auto at = index.constFind(trials.value(0).toString());
        if (at == index.constEnd())
            continue;
        SweepRecord& sweep = sweeps[at.value()];
        Trial trial;
        trial.number = trials.value(1).toInt();
        trial.runId = trials.value(2).toString();
        trial.params = QJsonDocument::fromJson(trials.value(3).toString().toUtf8()).object();
        trial.state = trialStateFromKey(trials.value(4).toString()).value_or(TrialState::Failed);
        if (!trials.value(5).isNull())
            trial.value = trials.value(5).toDouble();
        trial.intermediate = intermediateFrom(trials.value(6).toString());
        trial.prunedEpoch = trials.value(7).toInt();
        trial.error = trials.value(8).toString();
        trial.startedAt = storedTime(trials.value(9));
        trial.endedAt = storedTime(trials.value(10));
        if (sweep.status == QLatin1String("interrupted") && trial.state == TrialState::Running)
            trial.state = TrialState::Stopped;
        sweep.trials.push_back(std::move(trial));
    }
    return Ok {};
}

Result<SweepRecord> SweepStore::claim(const QString& reference) const
{
    Transaction transaction(m_workspace.database());
    if (Status begun = transaction.begin(kWhere); !begun)
        return begun.error();
    Result<SweepRecord> found = sweep(reference);
    if (!found)
        return found.error();
    SweepRecord sweep = found.value();
    if (sweep.status == QLatin1String("finished"))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("sweep '%1' has finished: its budget is spent and nothing is left to run. To "
                                       "search further, create another: crucible-cli sweep create FILE --name NEW")
                          .arg(sweep.name),
                      kWhere};
    if (sweep.status == QLatin1String("running"))
        return Error {ErrorCode::Busy,
                      CRUCIBLE_MESSAGE("sweep '%1' is running in process %2 on %3; stop it with: crucible-cli sweep "
                                       "stop %1")
                          .arg(sweep.name, QString::number(sweep.ownerPid), sweep.ownerHost),
                      kWhere};
    QSqlQuery update(m_workspace.database());
    update.prepare(QStringLiteral("UPDATE sweeps SET status = 'running', stop_requested = 0, message = '', "
                                  "ended_at = NULL, owner_host = ?, owner_pid = ?, heartbeat_at = ? WHERE id = ?"));
    update.addBindValue(QSysInfo::machineHostName());
    update.addBindValue(QCoreApplication::applicationPid());
    update.addBindValue(storedNow());
    update.addBindValue(sweep.id);
    if (Status done = exec(update, CRUCIBLE_MESSAGE("taking over a sweep")); !done)
        return done.error();
    QSqlQuery requeue(m_workspace.database());
    requeue.prepare(QStringLiteral("UPDATE sweep_trials SET state = 'queued', intermediate_json = '{}', run_id = '', "
                                   "started_at = NULL, ended_at = NULL WHERE sweep_id = ? AND state IN ('running', "
                                   "'stopped')"));
    requeue.addBindValue(sweep.id);
    if (Status done = exec(requeue, CRUCIBLE_MESSAGE("queueing unfinished trials again")); !done)
        return done.error();
    if (Status committed = transaction.commit(kWhere); !committed)
        return committed.error();
    return this->sweep(sweep.id);
}

Status SweepStore::heartbeat(const QString& sweepId) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE sweeps SET heartbeat_at = ? WHERE id = ?"));
    query.addBindValue(storedNow());
    query.addBindValue(sweepId);
    return exec(query, CRUCIBLE_MESSAGE("renewing a sweep's heartbeat"));
}

Status SweepStore::requestStop(const QString& reference) const
{
    Result<SweepRecord> found = sweep(reference);
    if (!found)
        return found.error();
    QSqlQuery query(m_workspace.database());
    if (found->status == QLatin1String("running")) {
        query.prepare(QStringLiteral("UPDATE sweeps SET stop_requested = 1 WHERE id = ?"));
        query.addBindValue(found->id);
        return exec(query, CRUCIBLE_MESSAGE("asking a sweep to stop"));
    }
    if (found->status == QLatin1String("finished") || found->status == QLatin1String("stopped"))
        return Ok {};
    query.prepare(QStringLiteral("UPDATE sweeps SET status = 'stopped', ended_at = ? WHERE id = ?"));
    query.addBindValue(storedNow());
    query.addBindValue(found->id);
    if (Status done = exec(query, CRUCIBLE_MESSAGE("stopping a sweep")); !done)
        return done;
    // An interrupted sweep's trials that were running when its process died stopped with it.
    QSqlQuery trials(m_workspace.database());
    trials.prepare(
        QStringLiteral("UPDATE sweep_trials SET state = 'stopped' WHERE sweep_id = ? AND state = 'running'"));
    trials.addBindValue(found->id);
    return exec(trials, CRUCIBLE_MESSAGE("stopping a sweep's trials"));
}

Result<bool> SweepStore::isStopRequested(const QString& sweepId) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT stop_requested FROM sweeps WHERE id = ?"));
    query.addBindValue(sweepId);
    if (Status done = exec(query, CRUCIBLE_MESSAGE("reading a sweep")); !done)
        return done.error();
    return query.next() && query.value(0).toInt() != 0;
}

Status SweepStore::finish(const QString& sweepId, const QString& status, const QString& message) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("UPDATE sweeps SET status = ?, message = ?, ended_at = ?, stop_requested = 0 WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(message.isNull() ? QStringLiteral("") : message);
    query.addBindValue(storedNow());
    query.addBindValue(sweepId);
    return exec(query, CRUCIBLE_MESSAGE("ending a sweep"));
}

Status SweepStore::saveTrial(const QString& sweepId, const Trial& trial) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("INSERT INTO sweep_trials (sweep_id, number, run_id, params_json, state, value,"
                       " intermediate_json, pruned_epoch, error, started_at, ended_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sweep_id, number) DO UPDATE SET"
                       " run_id = excluded.run_id, params_json = excluded.params_json, state = excluded.state,"
                       " value = excluded.value, intermediate_json = excluded.intermediate_json,"
                       " pruned_epoch = excluded.pruned_epoch, error = excluded.error,"
                       " started_at = excluded.started_at, ended_at = excluded.ended_at"));
    query.addBindValue(sweepId);
    query.addBindValue(trial.number);
    query.addBindValue(trial.runId.isNull() ? QStringLiteral("") : trial.runId);
    query.addBindValue(compactJson(trial.params));
    query.addBindValue(trialStateKey(trial.state));
    query.addBindValue(std::isfinite(trial.value) ? QVariant(trial.value) : QVariant(QMetaType(QMetaType::Double)));
    query.addBindValue(intermediateText(trial.intermediate));
    query.addBindValue(trial.prunedEpoch);
    query.addBindValue(trial.error.isNull() ? QStringLiteral("") : trial.error);
    query.addBindValue(timeValue(trial.startedAt));
    query.addBindValue(timeValue(trial.endedAt));
    return exec(query, CRUCIBLE_MESSAGE("recording trial %1").arg(trial.number));
}

Status SweepStore::setParentRun(const QString& sweepId, const QString& runId) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE sweeps SET parent_run_id = ? WHERE id = ?"));
    query.addBindValue(runId);
    query.addBindValue(sweepId);
    return exec(query, CRUCIBLE_MESSAGE("recording a sweep's run"));
}

} // namespace crucible
