#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"
#include "engine/data/Progress.h"
#include "engine/monitor/Drift.h"

#include <QHash>
#include <QString>

#include <vector>

namespace crucible {

/// What image drift compares of a set of images: each image's mean per channel (columns
/// mean_c<channel>, 0..255, as the serving log records them), the pixel values per channel in
/// kIntensityBins bins, and how many images had each size ("28x28"). Thread: a plain value type.
struct ImageSummary {
    Dataset means;
    std::vector<std::vector<double>> histograms;
    QHash<QString, qint64> sizes;
    qint64 images = 0;
};

/// The summary of an image dataset's images (all of one size).
ImageSummary summarizeImages(const ImageBlock& images, std::int64_t count);

/// The summary of the .png, .jpg, .jpeg and .bmp files under `folder` (subfolders too), read as
/// `channels` channels (1 gray, 3 RGB) at whatever size they have. An image that cannot be read
/// is an error naming it. Thread: any (blocking; decodes on the global thread pool).
Result<ImageSummary> summarizeImageFolder(const QString& folder, int channels, const ProgressCallback& progress = {});

/// Adds the image features to `report` (made by checkDrift from the summary's means): the
/// intensity histogram of each channel and the image size against the reference's, judged by
/// the policy's categorical rule; then sorts and counts again.
void addImageDrift(DriftReport& report, const DatasetProfile& reference, const ImageSummary& current,
                   const DriftPolicy& policy);

} // namespace crucible
