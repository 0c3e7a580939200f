#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace crucible {

class Workspace;

/// One bucket of a reduced series: the points whose steps fall in it. Extremes and mean ignore
/// NaN (they are NaN when every value is); Inf is kept. Thread: value type.
struct MetricBucket {
    qint64 firstStep = 0; ///< the smallest step present in the bucket
    qint64 count = 0; ///< points in the bucket, NaN included
    double min = 0;
    double max = 0;
    double mean = 0;
};

/// Reads metric series for charts and exports. A bucketed read costs about the same for any
/// bucket count: whole chunks inside one bucket contribute their stored aggregates, and only
/// the chunks that straddle bucket borders are decoded.
///
/// Thread: create and use on one thread (it uses that thread's workspace connection).
class MetricReader {
public:
    explicit MetricReader(const Workspace& workspace);
    ~MetricReader();

    /// The metric keys run `runId` has, sorted.
    Result<QStringList> keys(const QString& runId);
    /// The series reduced to at most `bucketCount` buckets of equal step width over
    /// [fromStep, toStep] (default: the series' whole range); empty buckets are left out.
    Result<std::vector<MetricBucket>> buckets(const QString& runId, const QString& key, int bucketCount,
                                              std::optional<qint64> fromStep = std::nullopt,
                                              std::optional<qint64> toStep = std::nullopt);
    /// Every point of the series in logging order, optionally only steps in [fromStep, toStep].
    Result<std::vector<MetricPoint>> points(const QString& runId, const QString& key,
                                            std::optional<qint64> fromStep = std::nullopt,
                                            std::optional<qint64> toStep = std::nullopt);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace crucible
