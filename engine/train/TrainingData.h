#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"
#include "engine/data/Split.h"

#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace crucible {

/// The rows of one split as model inputs: `rows` x inputShape floats, row-major, and the
/// target (class indices or normalised values). Thread: a plain value type.
struct SplitArrays {
    std::int64_t rows = 0;
    std::vector<float> features;
    std::vector<std::int64_t> classes; ///< classification
    std::vector<float> values; ///< regression, normalised with the training mean and std
};

/// A dataset turned into tensors-to-be: features encoded and normalised with statistics of the
/// training split only, rows with a missing target dropped, and the split recorded.
/// Tables: numeric columns standardised (missing -> 0, the mean), categorical columns one-hot
/// (missing -> all zeros), text columns left out. Images: [C, H, W] scaled to 0..1, then
/// standardised per channel. `inputEncoding` describes all of it; it is the model's input
/// signature. Thread: a plain value type; build it on a worker thread (it is large).
struct TrainingData {
    DatasetKind kind = DatasetKind::Tabular;
    Task task = Task::Classification;
    std::vector<std::int64_t> inputShape; ///< per example: {features} or {C, H, W}
    int outputs = 1; ///< classes, or 1 for regression
    QStringList classNames;
    double targetMean = 0.0; ///< regression: values = (y - targetMean) / targetStd
    double targetStd = 1.0;
    SplitArrays train;
    SplitArrays validation;
    SplitArrays test;
    SplitRecipe split;
    QJsonObject inputEncoding;

    std::int64_t inputSize() const;
};

/// The part of every row as prepareTrainingData() assigns it for `recipe`: the recipe's split
/// (stratified for classes), rows fixed by the source kept, rows without a target Unassigned.
/// `targetView` is targetView(dataset, target). Thread: any.
std::vector<SplitPart> assignSplit(const Dataset& dataset, const TargetView& view, const SplitRecipe& recipe);

/// Builds TrainingData from `dataset` with target column `target` and `recipe`. Errors say
/// which column or split is the problem (no training rows, a target that cannot be learned).
Result<TrainingData> prepareTrainingData(const Dataset& dataset, const QString& target, const SplitRecipe& recipe);

} // namespace crucible
