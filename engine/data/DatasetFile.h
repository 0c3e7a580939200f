#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"

#include <QString>

namespace crucible {

/// The binary form of a dataset version in the workspace's objects/ folder: a JSON header
/// (kind, columns, types, categories, image shape) followed by the raw column and pixel arrays,
/// so a run loads its data without parsing text again.
namespace datasetfile {

/// Writes `dataset` to `path` atomically (a temporary file renamed into place). Thread: any.
Status write(const Dataset& dataset, const QString& path);
/// Reads a file written by write(); refuses a file that is damaged or of another kind.
/// Thread: any.
Result<Dataset> read(const QString& path);

} // namespace datasetfile
} // namespace crucible
