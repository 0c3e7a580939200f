#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"
#include "engine/data/Progress.h"

#include <QString>
#include <QStringList>

namespace crucible {

/// One IDX image file with its label file (the MNIST family), plain or gzip-compressed.
struct IdxPair {
    QString images;
    QString labels;
    bool isTest = false; ///< a t10k pair: the predefined test split
};

/// Finds the image/label pairs for `path`: a folder holding them, or one of the files (its
/// partner is found by name). train and t10k pairs in one folder are read together, the t10k
/// images forming the test split. Thread: any.
Result<QList<IdxPair>> findIdxPairs(const QString& path);

/// Reads the pairs into an image dataset (1 channel) whose "label" column names the classes
/// (Fashion-MNIST's names when the path says fashion, digits otherwise). Errors name the file
/// and what is wrong: a wrong magic number, a truncated file, counts that do not match.
/// Thread: any (blocking).
Result<Dataset> readIdx(const QList<IdxPair>& pairs, const ProgressCallback& progress = {});

/// The class names Crucible gives the ten classes of an IDX dataset at `path`.
QStringList idxClassNames(const QString& path);

} // namespace crucible
