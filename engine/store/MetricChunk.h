#pragma once

#include "engine/store/RunTypes.h"

#include <QByteArray>

#include <vector>

namespace crucible {

/// Up to `capacity` points of one metric series packed as stored in a metric_chunks row: four
/// little-endian blobs (steps int64, values float64, epochs float32, wall times float64) and
/// NaN-aware aggregates. Thread: value type.
struct MetricChunk {
    /// Points per full chunk: ~28 KiB of blobs, so a 100,000-step series is ~100 rows.
    static constexpr int capacity = 1024;

    qint64 pointCount = 0;
    qint64 minStep = 0;
    qint64 maxStep = 0;
    qint64 valueCount = 0; ///< points whose value is not NaN
    double minValue = 0; ///< over non-NaN values; meaningless when valueCount is 0
    double maxValue = 0;
    double sumValue = 0; ///< may be Inf or NaN (Inf + -Inf)
    QByteArray steps;
    QByteArray values;
    QByteArray epochs;
    QByteArray wallTimes;

    /// Packs `points` (at most capacity) and computes the aggregates.
    static MetricChunk encode(const MetricPoint* points, qsizetype count);
    /// Unpacks all four blobs; false when their sizes disagree (a damaged row).
    static bool decode(const QByteArray& steps, const QByteArray& values, const QByteArray& epochs,
                       const QByteArray& wallTimes, std::vector<MetricPoint>& out);
    /// Number of points in a steps blob.
    static qsizetype countOf(const QByteArray& steps) { return steps.size() / qsizetype(sizeof(qint64)); }
    /// Step `index` of a steps blob.
    static qint64 stepAt(const QByteArray& steps, qsizetype index);
    /// Value `index` of a values blob.
    static double valueAt(const QByteArray& values, qsizetype index);
};

} // namespace crucible
