#pragma once

#include "engine/core/Error.h"
#include "engine/pipeline/PipelineSpec.h"
#include "engine/store/PipelineStore.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

namespace crucible {

class TrainingBackend;
class Workspace;

/// What a pipeline run tells the one who started it, as it happens. Called on the runner's thread.
class PipelineObserver {
public:
    virtual ~PipelineObserver() = default;
    virtual void runStarted(const PipelineRunRecord& run) { Q_UNUSED(run); }
    virtual void stepStarted(const StepSpec& step, int attempt)
    {
        Q_UNUSED(step);
        Q_UNUSED(attempt);
    }
    virtual void stepLog(const QString& step, const QString& line)
    {
        Q_UNUSED(step);
        Q_UNUSED(line);
    }
    virtual void stepFinished(const PipelineStepRecord& step) { Q_UNUSED(step); }
    /// Polled between steps and during long ones: true stops the run ("stopped", resumable).
    virtual bool isStopRequested() { return false; }
};

/// How to run: parameters over the file's defaults, what triggered it, and the services used.
struct PipelineRunOptions {
    QMap<QString, QString> params; ///< --param k=v
    QJsonObject trigger {{QStringLiteral("kind"), QStringLiteral("manual")}};
    bool force = false; ///< run every step, using no cached outputs
    QString registryFolder; ///< the registry to register into and promote in
    /// Trains; null: torchBackend() from engine/torch/Trainer.h, loaded when a step first trains.
    const TrainingBackend* backend = nullptr;
    /// Waits between retries (seconds); tests inject one that only records. Default: sleeps,
    /// waking to check for a stop.
    std::function<void(double)> sleep;
};

/// How a run ended. status: succeeded (promoted, or nothing to do), rejected (a gate said no),
/// failed, stopped.
struct PipelineOutcome {
    PipelineRunRecord record;
    QString status;
    QString message; ///< "promoted iris@4 to production", "rejected by gate: ...", the failure
    bool promoted = false;
};

/// Runs a pipeline's steps in order, recording every step in the workspace (PipelineStore):
/// references resolved, conditions checked (a step whose input step was skipped is skipped too),
/// cached outputs reused when a step's inputs are unchanged, retries with doubling backoff,
/// timeouts, and effects never applied twice (a model registered once per run, an alias moved
/// only when it points elsewhere). Thread: any (blocking).
Result<PipelineOutcome> runPipeline(const Workspace& workspace, const PipelineSpec& spec,
                                    const PipelineRunOptions& options, PipelineObserver& observer);

/// Continues an interrupted, failed or stopped run at the first step that did not finish, with
/// the pipeline file and parameters it started with.
Result<PipelineOutcome> resumePipeline(const Workspace& workspace, const QString& runReference,
                                       const PipelineRunOptions& options, PipelineObserver& observer);

} // namespace crucible
