#pragma once

#include "engine/data/Dataset.h"

#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace crucible {

/// How rows are divided into train, validation and test; recorded with every run that uses it.
struct SplitRecipe {
    double train = 0.8;
    double validation = 0.1;
    double test = 0.1;
    std::uint64_t seed = 42;
    bool stratified = true; ///< keep class proportions in each part (classification only)

    QJsonObject toJson() const;
    static SplitRecipe fromJson(const QJsonObject& json);
};

/// Assigns every row a part. `classes` (one class per row, -1 missing) stratifies the split when
/// given and the recipe asks for it; rows fixed by `predefined` (an IDX test file) keep their
/// part and the rest are divided between train and validation in the recipe's proportion.
/// The same recipe and data give the same split on every machine. Thread: any.
std::vector<SplitPart> makeSplit(std::int64_t rows, const std::vector<std::int32_t>* classes, const SplitRecipe& recipe,
                                 const std::vector<SplitPart>& predefined = {});

/// Mean and standard deviation per feature (tabular: each numeric column but the target, in
/// column order; images: each channel, pixel values scaled to 0..1), computed over the training
/// rows only so that nothing leaks from validation or test. Missing values are skipped.
struct NormalisationStatistics {
    std::vector<int> columns; ///< tabular: the column index of each entry
    std::vector<double> mean;
    std::vector<double> std; ///< population standard deviation; 1 where it would be 0
};
NormalisationStatistics normalisationStatistics(const Dataset& dataset, const std::vector<SplitPart>& split,
                                                int target);

/// A deterministic shuffle (Fisher-Yates over a 64-bit Mersenne Twister) that gives the same
/// order for the same seed with every standard library. Thread: any.
void seededShuffle(std::vector<std::int64_t>& items, std::uint64_t seed);

} // namespace crucible
