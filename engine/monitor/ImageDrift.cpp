#include "ImageDrift.h"

#include "engine/core/Message.h"
#include "engine/core/Parallel.h"
#include "engine/data/Profile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>

#include <cmath>

namespace crucible {

namespace {

/// One image's contribution: its mean per channel, its pixel counts per channel and bin, its size.
struct ImageStats {
    std::vector<float> means;
    std::vector<std::vector<double>> histograms;
    QString size;
    QString problem;
};

ImageStats statsOf(const QString& path, int channels)
{
    ImageStats stats;
    QImage image(path);
    if (image.isNull()) {
        stats.problem = CRUCIBLE_MESSAGE("cannot be read as an image");
        return stats;
    }
    stats.size = QStringLiteral("%1x%2").arg(image.width()).arg(image.height());
    image = image.convertToFormat(channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    stats.means.assign(size_t(channels), 0.0F);
    stats.histograms.assign(size_t(channels), std::vector<double>(kIntensityBins, 0.0));
    std::vector<double> sums(size_t(channels), 0.0);
    for (int y = 0; y < image.height(); ++y) {
        const uchar* line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            for (int c = 0; c < channels; ++c) {
                const uchar v = line[x * channels + c];
                sums[size_t(c)] += v;
                stats.histograms[size_t(c)][size_t(v >> 3)] += 1.0;
            }
        }
    }
    const double pixels = double(image.width()) * double(image.height());
    for (int c = 0; c < channels; ++c)
        stats.means[size_t(c)] = pixels > 0 ? float(sums[size_t(c)] / pixels) : 0.0F;
    return stats;
}

QString binLabel(int bin)
{
    return QStringLiteral("%1-%2").arg(bin * 8).arg(bin * 8 + 7);
}

} // namespace

ImageSummary summarizeImages(const ImageBlock& images, std::int64_t count)
{
    ImageSummary summary;
    std::vector<Column> means;
    std::vector<std::vector<qint64>> histograms;
    imageStatistics(images, count, &means, &histograms);
    summary.means.columns = std::move(means);
    for (const std::vector<qint64>& histogram : histograms)
        summary.histograms.emplace_back(histogram.begin(), histogram.end());
    summary.images = count;
    if (count > 0)
        summary.sizes.insert(QStringLiteral("%1x%2").arg(images.width).arg(images.height), count);
    return summary;
}

Result<ImageSummary> summarizeImageFolder(const QString& folder, int channels, const ProgressCallback& progress)
{
    const QString root = QFileInfo(folder).absoluteFilePath();
    QStringList files;
    QDirIterator it(
        root, {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.bmp")},
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    if (files.isEmpty())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the folder holds no .png, .jpg, .jpeg or .bmp images"),
                      folder};
    ImageSummary summary;
    summary.histograms.assign(size_t(channels), std::vector<double>(kIntensityBins, 0.0));
    for (int c = 0; c < channels; ++c) {
        Column column;
        column.name = QStringLiteral("mean_c%1").arg(c);
        column.type = ColumnType::Numeric;
        summary.means.columns.push_back(std::move(column));
    }
    constexpr qsizetype kBatch = 256;
    for (qsizetype start = 0; start < files.size(); start += kBatch) {
        if (!reportProgress(progress, double(start) / double(files.size()), CRUCIBLE_MESSAGE("reading images")))
            return Error {ErrorCode::Cancelled, QStringLiteral("cancelled"), folder};
        const QList<ImageStats> batch = parallel::mapped(
            files.mid(start, kBatch), [channels](const QString& file) { return statsOf(file, channels); });
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const ImageStats& stats = batch[i];
            if (!stats.problem.isEmpty())
                return Error {ErrorCode::InvalidInput, stats.problem, files[start + i]};
            for (int c = 0; c < channels; ++c) {
                summary.means.columns[size_t(c)].values.push_back(stats.means[size_t(c)]);
                for (int b = 0; b < kIntensityBins; ++b)
                    summary.histograms[size_t(c)][size_t(b)] += stats.histograms[size_t(c)][size_t(b)];
            }
            ++summary.sizes[stats.size];
            ++summary.images;
        }
    }
    return summary;
}

void addImageDrift(DriftReport& report, const DatasetProfile& reference, const ImageSummary& current,
                   const DriftPolicy& policy)
{
    const int channels = int(std::min(reference.channelHistograms.size(), current.histograms.size()));
    for (int c = 0; c < channels; ++c) {
        QList<QPair<QString, qint64>> bins;
        QHash<QString, qint64> now;
        for (int b = 0; b < kIntensityBins; ++b) {
            bins.append({binLabel(b), reference.channelHistograms[size_t(c)][size_t(b)]});
            now.insert(binLabel(b), qint64(current.histograms[size_t(c)][size_t(b)]));
        }
        FeatureDrift f = compareCategories(
            channels == 1 ? QStringLiteral("intensity") : QStringLiteral("intensity_c%1").arg(c), bins, 0, now, 0);
        // Pixels of one image are not independent draws: no test, PSI decides.
        f.chiSquare = f.chiSquarePValue = std::nan("");
        f.note = CRUCIBLE_MESSAGE("pixel values in 32 bins; judged by PSI (pixels of an image are not independent, so "
                                  "no chi-square test)");
        judgeFeature(f, policy);
        report.features.append(f);
    }
    const QString trained = QStringLiteral("%1x%2").arg(reference.width).arg(reference.height);
    FeatureDrift size =
        compareCategories(CRUCIBLE_MESSAGE("image size"), {{trained, reference.rows}}, 0, current.sizes, 0);
    size.chiSquare = size.chiSquarePValue = std::nan("");
    size.note = CRUCIBLE_MESSAGE("the training images were %1 pixels (as the model takes them)").arg(trained);
    judgeFeature(size, policy);
    report.features.append(size);
    finishReport(report);
}

} // namespace crucible
