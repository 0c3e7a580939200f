#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"

#include <QString>
#include <QStringList>

namespace crucible {

class Workspace;
struct DatasetVersion;

/// A tabular dataset as CSV (RFC 4180, UTF-8, a header row): each value in the shortest form that
/// reads back as the same stored number, labels as they were, missing values empty; so importing
/// the file again gives the same version. `path` may be "-" (standard output), a FIFO or a device
/// (written as they are) or a file (written beside and renamed into place). A `path` that is an
/// existing file inside one of `keepOut` (the workspace's folder, its registry; by any name or
/// link) is refused before anything is written. Thread: any.
Status exportCsv(const Dataset& dataset, const QString& path, const QStringList& keepOut = {});

/// An image dataset as a folder of PNG files, one sub-folder per label (ROOT/<label>/<n>.png, the
/// layout the image-folder import reads back). `folder` must not exist or be empty and is not
/// "-" (standard output cannot hold a folder); labels that are not safe folder names are refused.
/// Returns how many images were written. Thread: any.
Result<qint64> exportImages(const Dataset& dataset, const QString& folder);

/// Deletes dataset version `version` from the workspace (its row, and its stored object when no
/// other version shares it). Refused (InvalidInput naming them) while runs, in the trash or not,
/// trained on it, unless `force`: then those runs keep their records and lose the link to the data
/// (a rerun of them cannot find it any more). Returns how many runs lost their link.
/// Thread: the calling thread's workspace connection.
Result<int> deleteDatasetVersion(const Workspace& workspace, const DatasetVersion& version, bool force);

} // namespace crucible
