#pragma once

#include "engine/core/Error.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace crucible {

class Workspace;

/// One step of a pipeline run as recorded. Statuses: pending, running, succeeded, cached (its
/// outputs reused from an earlier run), skipped (its condition did not hold), failed, rejected
/// (a gate that did not pass). Thread: a plain value type.
struct PipelineStepRecord {
    QString step;
    int position = 0;
    QString kind;
    QString status = QStringLiteral("pending");
    int attempts = 0;
    QString inputHash;
    QJsonObject outputs;
    QString message;
    QString log;
    QDateTime startedAt;
    QDateTime endedAt;

    /// Seconds from start to end (or to now while running); negative when it never started.
    double seconds() const;
    bool isDone() const;
};

/// One run of a pipeline. Statuses: running, succeeded (with what it did in `message`), rejected
/// (a gate said no), failed, interrupted (its process died: resume continues it).
struct PipelineRunRecord {
    QString id;
    QString pipeline;
    QString file;
    QByteArray specYaml;
    QJsonObject params;
    QJsonObject trigger; ///< {"kind": "manual"|"schedule"|"watch"|"drift", "file": ..., "time": ...}
    QString status;
    QString message;
    QDateTime createdAt;
    QDateTime endedAt;
    QString ownerHost;
    qint64 ownerPid = 0;
    QList<PipelineStepRecord> steps;

    const PipelineStepRecord* step(const QString& stepId) const;
};

/// Records pipeline runs in the workspace database (tables of schema version 5). Creating a run
/// takes the write lock, so that only one run of a pipeline is live at a time across processes;
/// a run whose process died is marked interrupted when the next one looks.
/// Thread: any; each call uses the calling thread's connection. Blocking.
class PipelineStore {
public:
    explicit PipelineStore(const Workspace& workspace);

    /// Starts a run of `pipeline` with `steps` (id, kind) pending. Refused (ErrorCode::Busy, naming
    /// the run) while another run of the same pipeline is alive.
    Result<PipelineRunRecord> create(const QString& pipeline, const QString& file, const QByteArray& specYaml,
                                     const QJsonObject& params, const QJsonObject& trigger,
                                     const QList<QPair<QString, QString>>& steps) const;
    /// Takes over an interrupted, failed or stopped run for `resume` (this process becomes its
    /// owner, status running). Refused while its process is alive or when it succeeded.
    Result<PipelineRunRecord> claim(const QString& reference) const;

    Status startStep(const QString& runId, const QString& step, const QString& inputHash) const;
    Status finishStep(const QString& runId, const QString& step, const QString& status, const QJsonObject& outputs,
                      const QString& message, const QString& log) const;
    /// Saves the step's log so far and renews the run's heartbeat.
    Status progress(const QString& runId, const QString& step, const QString& log) const;
    Status finishRun(const QString& runId, const QString& status, const QString& message) const;

    /// The outputs of the newest succeeded step `step` of `pipeline` with `inputHash`, if any.
    Result<std::optional<QJsonObject>> cachedOutputs(const QString& pipeline, const QString& step,
                                                     const QString& inputHash) const;

    /// A run by id or unambiguous prefix, with its steps.
    Result<PipelineRunRecord> run(const QString& reference) const;
    /// The newest runs (of `pipeline` when given), newest first, with their steps.
    Result<QList<PipelineRunRecord>> runs(const QString& pipeline = {}, int limit = 50) const;
    /// Whether the process that owns `run` is still there (same host: it exists; another
    /// host: its heartbeat is fresh).
    static bool isAlive(const PipelineRunRecord& run);

    /// Files of a watched folder already acted on: path -> "SIZE:MTIME".
    Result<QHash<QString, QString>> seenFiles(const QString& pipeline) const;
    Status markSeen(const QString& pipeline, const QString& path, qint64 size, const QDateTime& modified) const;

private:
    Status markDeadRunsInterrupted(const QString& pipeline) const;
    /// Fills the steps of `runs` (one query) and shows a run whose process died as interrupted.
    Status loadSteps(QList<PipelineRunRecord>& runs) const;
    const Workspace& m_workspace;
};

} // namespace crucible
