#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"
#include "engine/data/Progress.h"

#include <QList>
#include <QString>

namespace crucible {

/// A built-in dataset offered on first launch and by `crucible-cli data samples`.
struct SampleInfo {
    QString key; ///< "iris", "two-moons", "fashion-mnist", ...
    QString title; ///< English title
    QString description; ///< English, one sentence
    DatasetKind kind = DatasetKind::Tabular;
    QString target; ///< the target column
    bool isAvailable = true;
    QString unavailableReason; ///< English, when not available
};

/// Where Fashion-MNIST comes from: the Debian package dataset-fashion-mnist.
QString fashionMnistFolder();

/// Every sample, available or not (Fashion-MNIST needs its Debian package). Thread: any.
QList<SampleInfo> sampleCatalogue();

/// Loads or generates the sample `key` (synthetic samples from `seed`, the same data for the
/// same seed everywhere). `source` receives where it came from. Thread: any (blocking).
Result<Dataset> loadSample(const QString& key, QString* source, const ProgressCallback& progress = {},
                           std::uint64_t seed = 42);

/// Seeded synthetic datasets for instant demos. Thread: any.
Dataset twoMoons(int rows, double noise, std::uint64_t seed);
Dataset spirals(int rows, int arms, double noise, std::uint64_t seed);
Dataset gaussianBlobs(int rows, int centres, std::uint64_t seed);
Dataset noisyRegression(int rows, double noise, std::uint64_t seed);

} // namespace crucible
