#pragma once

// Fashion-MNIST as Crucible trains on it, written as raw tensors for the Python peers of the
// training benchmarks (tests/bench/training/*.py read these files).
#include "engine/data/Samples.h"
#include "engine/train/TrainingData.h"

#include <QDir>
#include <QFile>

namespace crucible::test {

inline bool writeRaw(const QString& path, const void* data, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(static_cast<const char*>(data), bytes) == bytes;
}

/// Fashion-MNIST's 60,000 training and 10,000 test images as given (no validation split), or an
/// error when the Debian package dataset-fashion-mnist is not installed.
inline Result<TrainingData> fashionMnistAsGiven()
{
    QString source;
    auto dataset = loadSample(QStringLiteral("fashion-mnist"), &source);
    if (!dataset)
        return dataset.error();
    SplitRecipe recipe;
    recipe.train = 1.0;
    recipe.validation = 0.0;
    recipe.test = 0.0;
    return prepareTrainingData(dataset.value(), QStringLiteral("label"), recipe);
}

/// train_x.f32, train_y.i64, test_x.f32 and test_y.i64 in `folder`: exactly the tensors Crucible trains on.
inline bool writePeerTensors(const TrainingData& data, const QString& folder)
{
    const QDir dir(folder);
    return writeRaw(dir.filePath(QStringLiteral("train_x.f32")), data.train.features.data(),
                    qint64(data.train.features.size()) * 4)
        && writeRaw(dir.filePath(QStringLiteral("train_y.i64")), data.train.classes.data(),
                    qint64(data.train.classes.size()) * 8)
        && writeRaw(dir.filePath(QStringLiteral("test_x.f32")), data.test.features.data(),
                    qint64(data.test.features.size()) * 4)
        && writeRaw(dir.filePath(QStringLiteral("test_y.i64")), data.test.classes.data(),
                    qint64(data.test.classes.size()) * 8);
}

} // namespace crucible::test
