#pragma once

#include "engine/core/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace crucible {

class Workspace;

/// Where a trial is. Queued trials (re-queued after a crash or a stop) run before new suggestions.
/// "stopped": the sweep was stopped while it ran; resume runs it again.
enum class TrialState { Queued, Running, Complete, Pruned, Failed, Stopped };

/// "queued", "running", "complete", "pruned", "failed", "stopped".
QString trialStateKey(TrialState state);
std::optional<TrialState> trialStateFromKey(const QString& key);

/// One trial of a sweep. Thread: value type.
struct Trial {
    int number = 0; ///< 0-based, in the order suggested
    QString runId; ///< its training run (empty until it exists; synthetic objectives have none)
    QJsonObject params; ///< the values drawn (active parameters only)
    TrialState state = TrialState::Queued;
    double value = std::numeric_limits<double>::quiet_NaN(); ///< the objective (complete trials)
    QMap<int, double> intermediate; ///< the objective's metric after each epoch
    int prunedEpoch = 0; ///< the epoch after which a pruned trial stopped
    QString error; ///< why it failed
    QDateTime startedAt;
    QDateTime endedAt;

    bool isFinished() const
    {
        return state == TrialState::Complete || state == TrialState::Pruned || state == TrialState::Failed;
    }
    /// Seconds from start to end (or now, while it runs); -1 before it started or when its end is not
    /// known (it stopped with its process).
    double seconds() const;
};

/// A sweep as recorded. Statuses: created, running, finished (its budget is spent), stopped,
/// interrupted (its process died: resume continues it), failed. Thread: value type.
struct SweepRecord {
    QString id;
    QString name;
    QJsonObject spec; ///< the sweep file as created (SweepSpec::toJson())
    QString parentRunId; ///< the sweep's own run, parent of every trial's run
    QString status;
    bool stopRequested = false;
    QString message;
    QDateTime createdAt;
    QDateTime endedAt;
    QString ownerHost;
    qint64 ownerPid = 0;
    std::vector<Trial> trials; ///< by number
};

/// Records sweeps and their trials in the workspace database (schema version 6). One process runs a
/// sweep at a time: claim() takes it over (refused while its owner lives), heartbeat() keeps it,
/// and a sweep whose owner died reads as interrupted.
/// Thread: any; each call uses the calling thread's connection. Blocking.
class SweepStore {
public:
    explicit SweepStore(const Workspace& workspace);

    /// Records a new sweep named `name` (unique in the workspace) with its file.
    Result<SweepRecord> create(const QString& name, const QJsonObject& spec, const QString& parentRunId) const;
    /// A sweep by name, id or unambiguous id prefix, with its trials.
    Result<SweepRecord> sweep(const QString& reference) const;
    /// Every sweep, newest first, with their trials.
    Result<QList<SweepRecord>> sweeps() const;
    /// Makes this process the sweep's runner (status running): refused (Busy) while another live
    /// process runs it, and (InvalidInput) for a sweep that finished. Trials left running or stopped by an
    /// earlier process are queued again, with their values kept.
    Result<SweepRecord> claim(const QString& reference) const;
    Status heartbeat(const QString& sweepId) const;
    /// Asks the process running the sweep to stop (it polls); a sweep not running is marked stopped.
    Status requestStop(const QString& reference) const;
    Result<bool> isStopRequested(const QString& sweepId) const;
    Status finish(const QString& sweepId, const QString& status, const QString& message) const;
    /// Inserts or replaces the trial (by number).
    Status saveTrial(const QString& sweepId, const Trial& trial) const;
    /// Sets the parent run when it is made after the sweep.
    Status setParentRun(const QString& sweepId, const QString& runId) const;

    /// Whether the process that owns a running sweep is gone (same rule as for runs).
    static bool isOrphaned(const SweepRecord& sweep, const QString& heartbeatAt);

private:
    /// Marks sweeps whose process died (`heartbeats` aligned with `sweeps`) interrupted and fills
    /// every sweep's trials.
    Status complete(QList<SweepRecord>& sweeps, const QStringList& heartbeats) const;

    const Workspace& m_workspace;
};

} // namespace crucible
