#pragma once

#include "engine/train/TrainingBackend.h"

#include <QString>

#include <memory>

namespace crucible {

/// Trains one run on a device: batches by index_select over a seeded shuffled index tensor with
/// the data on the device once, logs the metrics of ARCHITECTURE.md through the observer,
/// checkpoints, stops early, and turns a NaN/Inf loss or any LibTorch error into a Failed
/// outcome (never an exception). `data` must outlive the trainer (CPU tensors share its memory).
/// Blocking: call run() from a worker thread (or the CLI's main thread) only.
class Trainer {
public:
    Trainer(const TrainingData& data, RunConfig config, TrainerOptions options = {});
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    TrainingOutcome run(TrainingObserver& observer);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The device a recipe's "device" names on this machine: "auto" is "cuda:0" when CUDA is
/// usable, else "cpu". An error says when a CUDA device is asked for and not usable.
Result<QString> resolveDevice(const QString& device);

/// The number of trainable parameters of `spec` built for inputs of `inputShape` ({features}
/// or {C, H, W}) and `outputs` outputs. An error carries LibTorch's message (for example an
/// image too small for the pooling). Thread: any; builds the model on the CPU (milliseconds).
Result<qint64> countParameters(const ModelSpec& spec, const std::vector<std::int64_t>& inputShape, int outputs);

/// The LibTorch implementation of TrainingBackend for runTraining() and TrainingJob: trains with
/// Trainer, resolves devices with resolveDevice(), and records torchruntime::captureEnvironment().
/// Thread: any; one instance for the process.
const TrainingBackend& torchBackend();

} // namespace crucible
