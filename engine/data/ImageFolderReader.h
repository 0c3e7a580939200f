#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"
#include "engine/data/Progress.h"

#include <QSize>
#include <QString>

namespace crucible {

/// How to read a folder of images laid out as ROOT/<class>/<image>.
struct ImageFolderOptions {
    QSize size; ///< every image is resized to this; invalid means the most common size
    int channels = 0; ///< 1 grayscale, 3 RGB, 0 decides: grayscale when every image is gray
};

/// Reads ROOT/<class>/*.png|jpg|jpeg|bmp into an image dataset whose "label" column names the
/// class folders. Errors name the image that cannot be read. Thread: any (blocking; decodes
/// on the global thread pool).
Result<Dataset> readImageFolder(const QString& root, const ImageFolderOptions& options = {},
                                const ProgressCallback& progress = {});

/// True when `root` looks like an image folder: subfolders that hold image files.
bool looksLikeImageFolder(const QString& root);

} // namespace crucible
