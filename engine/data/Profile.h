#pragma once

#include "engine/data/Dataset.h"
#include "engine/data/Progress.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace crucible {

/// Equal-width bins between `lower` and `upper` over the finite values of a column.
struct Histogram {
    double lower = 0;
    double upper = 0;
    std::vector<qint64> counts;
};

/// Statistics of one column, shown on the Datasets page and kept as the reference for drift
/// checks. Numbers: NaN where a statistic does not apply (the mean of a category).
struct ColumnProfile {
    QString name;
    ColumnType type = ColumnType::Numeric;
    qint64 count = 0; ///< values present
    qint64 missing = 0; ///< values missing
    qint64 distinct = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    double std = 0; ///< sample standard deviation (n - 1)
    std::vector<double> quantiles; ///< at kProfileQuantiles, linear interpolation
    Histogram histogram; ///< numbers only
    QList<QPair<QString, qint64>> top; ///< labels only: the most frequent, most first
    /// Numbers only (format 2): the finite values sorted when there are at most
    /// kProfileSampleExact of them, else kProfileSketch order statistics at evenly spaced ranks
    /// (a quantile sketch). Drift checks compare against it (Kolmogorov-Smirnov, Wasserstein).
    std::vector<float> sample;
    /// Labels only (format 2): every category with its count, most first (at most kProfileCategories).
    QList<QPair<QString, qint64>> categories;

    /// True when `sample` holds every finite value, not a sketch.
    bool sampleIsExact() const { return !sample.empty() && qint64(sample.size()) == count; }

    /// One column as DatasetProfile::toJson() writes it; fromJson() drops a sample that is not
    /// sorted (unusable as a reference).
    QJsonObject toJson() const;
    static ColumnProfile fromJson(const QJsonObject& json);
};

/// The quantiles every profile reports: 5, 25, 50, 75 and 95 %.
inline const std::vector<double> kProfileQuantiles {0.05, 0.25, 0.50, 0.75, 0.95};
/// Histogram bins per numeric column.
constexpr int kHistogramBins = 30;
/// Columns with at most this many values keep them all in ColumnProfile::sample.
constexpr qint64 kProfileSampleExact = 10000;
/// Order statistics kept of larger columns.
constexpr int kProfileSketch = 4096;
/// Categories counted in ColumnProfile::categories.
constexpr int kProfileCategories = 1000;
/// Bins of an image channel's intensity histogram: 8 pixel values each.
constexpr int kIntensityBins = 32;
/// The profile format written by toJson(): 2 added samples and category counts. Format 1 (no
/// "format" key) is still read; its columns have neither.
constexpr int kProfileFormat = 2;

/// A dataset's profile: every column, the class balance of the target, and for images their
/// shape and per-channel mean and standard deviation of pixel values scaled to 0..1.
struct DatasetProfile {
    int format = kProfileFormat; ///< as read; 1 for profiles written before samples were kept
    qint64 rows = 0;
    QList<ColumnProfile> columns;
    QString target;
    QList<QPair<QString, qint64>> classBalance;
    int channels = 0;
    int height = 0;
    int width = 0;
    std::vector<double> channelMean;
    std::vector<double> channelStd;
    /// Images (format 2): per channel, the pixel values 0..255 counted in kIntensityBins bins.
    std::vector<std::vector<qint64>> channelHistograms;
    /// Images (format 2): per channel, each image's mean pixel value (0..255) as a numeric column
    /// named mean_c<channel> (what the serving log records of an image); drift checks compare them.
    QList<ColumnProfile> imageMeans;

    QJsonObject toJson() const;
    static DatasetProfile fromJson(const QJsonObject& json);
};

/// Profiles every column (in parallel) and the class balance of column `target` (-1: none).
/// Thread: any (blocking).
DatasetProfile profileDataset(const Dataset& dataset, int target, const ProgressCallback& progress = {});
ColumnProfile profileColumn(const Column& column);
/// Per-image channel means (columns mean_c<channel>, 0..255) and per-channel intensity
/// histograms of `images`: what image drift compares. Thread: any.
void imageStatistics(const ImageBlock& images, std::int64_t count, std::vector<Column>* means,
                     std::vector<std::vector<qint64>>* histograms);
/// The finite values of a column of numbers, sorted ascending (a radix sort: fast on millions).
std::vector<float> sortedFiniteValues(const Column& column);

} // namespace crucible
