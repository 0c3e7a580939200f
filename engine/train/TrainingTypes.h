#pragma once

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <vector>

namespace crucible {

/// Where a training job is. Thread: value type.
enum class TrainingState {
    Idle, ///< not started
    Preparing, ///< loading data, building the model
    Running,
    Paused,
    Stopping, ///< a stop was asked; ends after the current step
    Finished,
    Failed,
    Stopped,
};

/// "idle", "preparing", "running", ... (English, stable; widgets translate their own labels).
QString trainingStateName(TrainingState state);
/// True for Finished, Failed and Stopped.
bool isTrainingOver(TrainingState state);

/// One metric value as training produces it; the names are those of ARCHITECTURE.md "Metric
/// names" (loss, lr, samples_per_s, epoch_time_s, val_loss, val_accuracy, ..., test_*).
/// `step` is the optimizer step (1-based, continuing across a resume); `epoch` is fractional
/// for per-step metrics (1.5 = half way through the second epoch) and whole for per-epoch ones.
struct MetricSample {
    QString key;
    qint64 step = 0;
    double epoch = 0;
    double value = 0;
    double wallTime = 0; ///< seconds since the Unix epoch
};

/// Where training is, for progress bars and ETA. Thread: value type.
struct TrainingProgress {
    int epoch = 0; ///< the current epoch, 1-based
    int epochs = 0; ///< total epochs of the recipe
    qint64 step = 0; ///< optimizer steps done (global, continuing across a resume)
    qint64 totalSteps = 0; ///< steps when every epoch runs
    double samplesPerSecond = 0; ///< over the last progress interval
    double etaSeconds = -1; ///< -1 when unknown
    double lastLoss = 0;
    QString device; ///< where the run trains: "cpu", "cuda:0"
    qint64 gpuMemoryBytes = 0; ///< what LibTorch holds on the training GPU; 0 on the CPU

    double fraction() const { return totalSteps > 0 ? double(step) / double(totalSteps) : 0.0; }
};

/// How a training ended, as the trainer reports it. Thread: value type.
struct TrainingOutcome {
    TrainingState state = TrainingState::Failed; ///< Finished, Failed or Stopped
    QString error; ///< for Failed: "loss diverged at step N (epoch E)" or LibTorch's message
    qint64 steps = 0; ///< the last optimizer step done
    int epochs = 0; ///< epochs completed
    bool stoppedEarly = false; ///< early stopping ended it (state is Finished)
    QMap<QString, double> finalMetrics; ///< test_* (and the last val_*) metrics
    QJsonObject confusionMatrix; ///< classification: {"classes": [...], "matrix": [[...]]} on the test split
    std::vector<float> testPredictions; ///< regression: the model's prediction for each test row
    QString lastCheckpoint; ///< absolute path, empty when none was written
    QString modelPath; ///< the exported TorchScript model.pt (absolute path), empty when none was written
    QString device; ///< the device used: "cpu", "cuda:0"
    int threads = 0; ///< the intra-op threads used
    qint64 parameterCount = 0;
    /// A data-parallel run: how the ranks summed their gradients, "shm" (shared memory on one
    /// host), "gloo" or "nccl"; empty otherwise.
    QString allreduce;
};

} // namespace crucible

Q_DECLARE_METATYPE(crucible::TrainingState)
Q_DECLARE_METATYPE(crucible::TrainingProgress)
