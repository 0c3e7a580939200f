#pragma once

#include "engine/core/Environment.h"
#include "engine/core/Error.h"
#include "engine/train/DataParallel.h"
#include "engine/train/RunConfig.h"
#include "engine/train/TrainingData.h"
#include "engine/train/TrainingObserver.h"

#include <QString>

#include <functional>
#include <memory>

namespace crucible {

/// Where a trainer writes and from what it continues.
struct TrainerOptions {
    QString checkpointFolder; ///< checkpoints go here as step-<N>.pt; empty: none are written
    QString resumeFrom; ///< a checkpoint to continue from (model, optimizer, RNG, epoch, step)
    int threads = 0; ///< intra-op threads for this run; 0 keeps LibTorch's current setting
    QString modelPath; ///< a finished or stopped run's model goes here as TorchScript (ScriptModel.h); empty: none
    /// A data-parallel run's group (TrainingBackend::joinGroup()); null trains alone. Every rank
    /// trains on its share of each batch; only the caller of rank 0 should set the paths above.
    std::shared_ptr<DataParallelGroup> group;
};

/// What trains a run: the torch-free face of engine/torch/ that the orchestration in train/
/// (runTraining(), TrainingJob) calls, so that train/ stays below torch/ (docs/architecture.md).
/// The LibTorch implementation is torchBackend() (engine/torch/Trainer.h); the caller that starts
/// a run (the CLI, the GUI, a test) names it.
/// Thread: every function may be called from any thread, train() from one thread per run.
class TrainingBackend {
public:
    virtual ~TrainingBackend() = default;

    /// Where runs execute, with the library versions, recorded with every run.
    virtual Environment environment() const = 0;
    /// The device a recipe's "device" names on this machine ("auto" becomes "cuda:0" or "cpu");
    /// an error when a device is asked for that is not usable.
    virtual Result<QString> resolveDevice(const QString& device) const = 0;
    /// Trains `data` by `config`, reporting through `observer`; never throws (a LibTorch error or
    /// a diverging loss is a Failed outcome). Blocking: a worker thread or the CLI's main thread.
    virtual TrainingOutcome train(const TrainingData& data, const RunConfig& config, const TrainerOptions& options,
                                  TrainingObserver& observer) const = 0;
    /// Joins the data-parallel group that `setup` describes (a world of two or more): rank 0 opens
    /// the rendezvous store at its address, the others connect to it, all within `timeoutSeconds`.
    /// `device` is the recipe's ("auto", "cuda", "cuda:1", "cpu"): on GPUs the collectives use NCCL
    /// where the build has it and each local worker has a GPU of its own, else Gloo.
    /// Blocking until every worker has joined, at most `timeoutSeconds` (whatever answers at the
    /// address), or until `cancelled` says so (checked ten times a second: an ErrorCode::Cancelled
    /// error). Any other error names the address and the rank.
    virtual Result<std::shared_ptr<DataParallelGroup>> joinGroup(const DataParallel& setup, int timeoutSeconds,
                                                                 const QString& device,
                                                                 const std::function<bool()>& cancelled) const = 0;
};

} // namespace crucible
