#pragma once

// Internal to engine/torch/: included only by Trainer.cpp and TrainerSupport.cpp (LibTorch
// translation units), never by a header outside this folder.
#include "engine/train/TrainingData.h"

#include <ATen/core/Generator.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/optim/optimizer.h>

#include <QJsonObject>
#include <QMap>

#include <limits>

namespace crucible::detail {

/// Where a run is in its epochs: everything a checkpoint holds besides the model and optimizer.
struct TrainerPosition {
    qint64 step = 0; ///< optimizer steps done
    int epoch = 0; ///< epochs completed
    std::int64_t batch = 0; ///< batches done in the current epoch
    torch::Tensor permutation; ///< the current epoch's row order (CPU)
    at::Generator shuffle; ///< draws each epoch's permutation
    double best = std::numeric_limits<double>::infinity(); ///< early stopping: best value, lower is better
    int badEpochs = 0;
    bool stopEarly = false;
};

/// Metrics of one split ("loss", "accuracy" or "mse", "mae", "r2"), unprefixed.
struct Evaluation {
    std::int64_t rows = 0;
    QMap<QString, double> metrics;
    QJsonObject confusionMatrix; ///< when asked for, classification only
    std::vector<float> predictedValues; ///< when asked for, regression only: one per row, in target units
};

/// Evaluates `model` on `x`/`y` (on the model's device) in inference mode, in chunks; with
/// `withPredictions` also the confusion matrix (classification) or the predicted values (regression).
Evaluation evaluate(torch::nn::Sequential& model, const TrainingData& data, const torch::Tensor& x,
                    const torch::Tensor& y, bool withPredictions);

/// Writes model, optimizer, RNG states and position to `path` (atomically: temp file + rename).
void saveCheckpoint(const QString& path, torch::nn::Sequential& model, torch::optim::Optimizer& optimizer,
                    const TrainerPosition& position);
/// Restores what saveCheckpoint() wrote. A permutation of another row count is dropped (the
/// epoch restarts with a fresh order). Throws c10::Error on a damaged or foreign file.
void loadCheckpoint(const QString& path, torch::nn::Sequential& model, torch::optim::Optimizer& optimizer,
                    TrainerPosition& position, std::int64_t trainRows);

} // namespace crucible::detail
