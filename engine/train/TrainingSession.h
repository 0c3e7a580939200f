#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"
#include "engine/train/RunConfig.h"
#include "engine/train/TrainingBackend.h"
#include "engine/train/TrainingObserver.h"

#include <QStringList>

namespace crucible {

class Workspace;

/// What to train: a dataset version and a recipe, or a run to continue.
struct TrainingRequest {
    QString dataset; ///< "NAME" (newest version) or "NAME@HASH"; on resume the parent's version
    RunConfig config; ///< on resume the parent's recipe is used instead
    QStringList overrides; ///< "key=value" applied on top of the recipe (also on resume: "epochs=20")
    QString experiment = QStringLiteral("Default");
    QString name; ///< empty: the run store names it
    QStringList tags;
    QString resumeRun; ///< a run id or prefix: continue from its last checkpoint as a new run, child of it
    QString parentRunId; ///< without resumeRun: the run this one is filed under (a sweep's trials)
    int defaultThreads = 0; ///< intra-op threads when the recipe says 0; 0 keeps LibTorch's setting
    QMap<QString, QJsonValue> params; ///< logged with the new run as it is created (a rerun's origin)
    /// A data-parallel job's place for this process (dataParallelFromEnvironment()): every worker
    /// makes the same request; rank 0 records the one run, the others train and record nothing.
    DataParallel parallel;
    /// For TrainingJob: train in this many processes on this machine, this one rank 0 and the
    /// others crucible-cli workers (LocalWorkers); 1 trains in this process alone.
    int processes = 1;
};

/// How a run ended, with what the trainer reported. Thread: value type.
struct TrainingResult {
    QString runId;
    RunStatus status = RunStatus::Failed; ///< Finished, Failed or Stopped
    QString error; ///< for Failed
    QString parentRunId;
    QString datasetReference; ///< "NAME@HASH12"
    RunConfig config; ///< the recipe as recorded (model resolved, overrides applied)
    TrainingOutcome outcome;
    /// What could not be recorded although the run went on (a checkpoint's row, the final
    /// status after a disk filled): each "doing: what went wrong", also logged (crucible.train).
    QStringList warnings;
};

/// Trains one run end to end and records it in `workspace`: resolves the dataset version and the
/// recipe, creates the run (config + hash, seed, device, dataset, parent), starts it (environment,
/// owner), prepares the data, trains, and records the metrics (batched MetricWriter), params
/// (parameter count, rows per split, input encoding), checkpoints under runs/<id>/checkpoints/,
/// the confusion matrix and input signature as artifacts, and the final status.
/// Problems found before the run exists (unknown dataset, bad recipe, no checkpoint) are an Error;
/// after that every failure is a TrainingResult with status Failed and the run says why.
/// `backend` trains and says where (torchBackend() from engine/torch/Trainer.h).
/// With request.parallel active, every worker first joins the group (within the recipe's
/// dist_timeout); rank 0 then records as above (world size and hosts in the environment, the
/// global and each rank's batch in params) and the other ranks return a result without a run id
/// and without writing to the workspace.
/// Blocking: call from a worker thread (TrainingJob) or the CLI's main thread. The observer sees
/// every metric as the trainer produces it.
Result<TrainingResult> runTraining(const Workspace& workspace, const TrainingBackend& backend,
                                   const TrainingRequest& request, TrainingObserver& observer);

/// The intra-op thread count for an interactive GUI: logical cores minus one, at least 1.
int interactiveThreadCount();
/// For the headless CLI: every logical core.
int headlessThreadCount();

} // namespace crucible
