#pragma once

#include "engine/core/Environment.h"
#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace crucible {

class Workspace;

/// Creates runs and records what happens to them: status changes, params, tags, notes, the
/// trash and artifacts. Reading is RunCatalog's job; metric points go through MetricWriter.
///
/// Lifecycle: createRun() gives a "queued" run; start() makes it "running" and records the
/// environment and this process as its owner; pause()/resume(); then finish(), fail(error) or
/// stop(). A run a killed process left running becomes "interrupted" when the workspace is
/// next opened. Terminal states do not change again.
///
/// Thread: create and use on one thread (it uses that thread's workspace connection); the
/// Workspace must outlive it.
class RunStore {
public:
    explicit RunStore(const Workspace& workspace);

    /// A new run id: 16 lowercase hex digits, the creation time in ms then 16 random bits, so
    /// ids sort by creation. Thread: any.
    static QString newRunId();
    /// The recipe as flat params: nested objects joined with '.', arrays kept as JSON text. Thread: any.
    static QMap<QString, QJsonValue> flattenConfig(const QJsonObject& config);
    /// SHA-256 (hex) of the compact JSON of `config`, whose keys are sorted. Thread: any.
    static QString configHash(const QJsonObject& config);

    /// Records a new queued run with its recipe, params (the flattened recipe) and tags; returns its id.
    Result<QString> createRun(const NewRun& spec);

    /// queued -> running; records the start time, `environment` (training records
    /// torchruntime::captureEnvironment(), with LibTorch's versions), the device when none was
    /// given, and this process as the owner.
    Status start(const QString& runId, const Environment& environment = Environment::machine());
    /// queued -> the ended status of `record` (finished, stopped or failed), with its times,
    /// environment, error and notes: a run carried over from a package (see RunPackage.h).
    Status recordImported(const QString& runId, const RunRecord& record);
    /// Removes a run that unpacking created and could not finish (a full disk while its metrics
    /// were written), with everything recorded of it: a refused unpack leaves no half run.
    Status discardCarried(const QString& runId);
    /// running -> paused.
    Status pause(const QString& runId);
    /// paused -> running.
    Status resume(const QString& runId);
    /// running or paused -> finished; also interrupted, when this process owns the run (its own
    /// final status wins over another process that took it for dead). The same for fail and stop.
    Status finish(const QString& runId);
    /// queued, running or paused -> failed, keeping `error` (what went wrong, for the user).
    Status fail(const QString& runId, const QString& error);
    /// queued, running or paused -> stopped (by the user).
    Status stop(const QString& runId);
    /// Renews the lease of a run this process trains (see RunLease); a run marked interrupted
    /// meanwhile by another process becomes running (or paused) again.
    Status heartbeat(const QString& runId, bool isPaused = false);
    /// Takes over a run that ended (stopped, interrupted, finished, failed) as running in this process:
    /// a sweep's own run when the sweep is resumed. Not for training runs, which resume as new runs.
    Status reopen(const QString& runId);

    /// Adds or replaces params (for example values the training computed).
    Status logParams(const QString& runId, const QMap<QString, QJsonValue>& params);
    Status rename(const QString& runId, const QString& name);
    Status setNotes(const QString& runId, const QString& notes);
    /// Adds tags (blank ones ignored; surrounding spaces trimmed).
    Status addTags(const QString& runId, const QStringList& tags);
    Status removeTags(const QString& runId, const QStringList& tags);
    /// Replaces every tag.
    Status setTags(const QString& runId, const QStringList& tags);

    /// Moves a run to the trash (hidden from lists, kept with all its data).
    Status moveToTrash(const QString& runId);
    /// Takes a run out of the trash.
    Status restore(const QString& runId);
    /// Deletes the runs in the trash for good, with their data and folders; returns how many. A
    /// running or paused run stays there until it ends (its process still writes to it).
    Result<int> emptyTrash();

    /// The run's folder, runs/<run-id>/ (created when missing).
    QString runFolder(const QString& runId) const;
    /// Records the file at `relativePath` under runFolder(): its size and SHA-256.
    Result<ArtifactRecord> addArtifact(const QString& runId, const QString& relativePath, const QString& kind);
    /// Forgets the artifact and removes its file (checkpoint retention). Gone already is fine.
    Status removeArtifact(const QString& runId, const QString& relativePath);

    /// NotFound (where: the id) unless `runId` names a run of this workspace. Thread: the calling thread's connection.
    Status requireRun(const QString& runId) const;

private:
    Status transition(const QString& runId, RunStatus to, const QStringList& from, const QString& error = {});
    Status execute(const QString& runId, const QString& doing, const QString& statement, const QVariantList& values);

    /// `status`, after announcing a change of `runId` on the ChangeHub when it succeeded.
    Status announce(const Status& status, const QString& runId) const;
    const Workspace& m_workspace;
};

} // namespace crucible
