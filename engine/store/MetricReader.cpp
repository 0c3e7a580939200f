#include "MetricReader.h"

#include "engine/core/Message.h"
#include "engine/store/MetricChunk.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace crucible {

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

struct ChunkMeta {
    qint64 chunk = 0;
    qint64 pointCount = 0;
    qint64 minStep = 0;
    qint64 maxStep = 0;
    qint64 valueCount = 0;
    double minValue = 0;
    double maxValue = 0;
    double sumValue = 0;
};

/// A bucket being filled.
struct Accumulator {
    qint64 firstStep = std::numeric_limits<qint64>::max();
    qint64 count = 0;
    qint64 valueCount = 0;
    double sum = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();

    void addPoint(qint64 step, double value)
    {
        firstStep = std::min(firstStep, step);
        ++count;
        if (std::isnan(value))
            return;
        ++valueCount;
        sum += value;
        min = std::min(min, value);
        max = std::max(max, value);
    }

    void addChunk(const ChunkMeta& meta)
    {
        firstStep = std::min(firstStep, meta.minStep);
        count += meta.pointCount;
        if (meta.valueCount == 0)
            return;
        valueCount += meta.valueCount;
        sum += meta.sumValue;
        min = std::min(min, meta.minValue);
        max = std::max(max, meta.maxValue);
    }
};

/// Maps steps in [from, to] onto `count` buckets of equal width.
struct BucketMap {
    qint64 from = 0;
    double scale = 1;
    int count = 1;

    int of(qint64 step) const
    {
        const int index = int(double(step - from) * scale);
        return std::clamp(index, 0, count - 1);
    }
};

} // namespace

struct MetricReader::Impl {
    QSqlDatabase db;
    QString where;
    QSqlQuery seriesId;
    QSqlQuery keys;
    QSqlQuery meta;
    QSqlQuery chunkRange;
    QSqlQuery oneChunk;
    QSqlQuery allChunks;
    bool isPrepared = false;

    explicit Impl(QSqlDatabase database)
        : db(database), seriesId(db), keys(db), meta(db), chunkRange(db), oneChunk(db), allChunks(db)
    { }

    bool prepare()
    {
        if (isPrepared)
            return true;
        isPrepared = seriesId.prepare(QStringLiteral("SELECT id FROM metric_series WHERE run_id = ? AND key = ?"))
            && keys.prepare(QStringLiteral("SELECT key FROM metric_series WHERE run_id = ? ORDER BY key"))
            && meta.prepare(QStringLiteral(
                "SELECT chunk, point_count, min_step, max_step, value_count, min_value, max_value, sum_value"
                " FROM metric_chunks WHERE series_id = ? ORDER BY chunk"))
            && chunkRange.prepare(QStringLiteral("SELECT chunk, steps, vals FROM metric_chunks"
                                                 " WHERE series_id = ? AND chunk BETWEEN ? AND ? ORDER BY chunk"))
            && oneChunk.prepare(
                QStringLiteral("SELECT steps, vals FROM metric_chunks WHERE series_id = ? AND chunk = ?"))
            && allChunks.prepare(QStringLiteral("SELECT steps, vals, epochs, wall_times FROM metric_chunks"
                                                " WHERE series_id = ? AND max_step >= ? AND min_step <= ?"
                                                " ORDER BY chunk"));
        return isPrepared;
    }

    Result<qint64> lookUp(const QString& runId, const QString& key)
    {
        if (!prepare())
            return sqlError(db.lastError(), runId, CRUCIBLE_MESSAGE("preparing metric queries"));
        seriesId.addBindValue(runId);
        seriesId.addBindValue(key);
        if (!seriesId.exec())
            return sqlError(seriesId.lastError(), runId, CRUCIBLE_MESSAGE("looking up metric '%1'").arg(key));
        if (!seriesId.next())
            return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("the run has no metric '%1'").arg(key),
                          QStringLiteral("run %1").arg(runId)};
        const qint64 id = seriesId.value(0).toLongLong();
        seriesId.finish();
        return id;
    }

    static void addDecoded(const QByteArray& steps, const QByteArray& values, qint64 from, qint64 to,
                           const BucketMap& map, std::vector<Accumulator>& buckets)
    {
        const qsizetype count = std::min(MetricChunk::countOf(steps), values.size() / qsizetype(sizeof(double)));
        for (qsizetype i = 0; i < count; ++i) {
            const qint64 step = MetricChunk::stepAt(steps, i);
            if (step < from || step > to)
                continue;
            buckets[size_t(map.of(step))].addPoint(step, MetricChunk::valueAt(values, i));
        }
    }
};

MetricReader::MetricReader(const Workspace& workspace) : m_impl(std::make_unique<Impl>(workspace.database()))
{
    m_impl->where = workspace.databasePath();
}

MetricReader::~MetricReader() = default;

Result<QStringList> MetricReader::keys(const QString& runId)
{
    Impl& impl = *m_impl;
    if (!impl.prepare())
        return sqlError(impl.db.lastError(), runId, CRUCIBLE_MESSAGE("preparing metric queries"));
    impl.keys.addBindValue(runId);
    if (!impl.keys.exec())
        return sqlError(impl.keys.lastError(), runId, CRUCIBLE_MESSAGE("listing metrics"));
    QStringList result;
    while (impl.keys.next())
        result << impl.keys.value(0).toString();
    impl.keys.finish();
    return result;
}

Result<std::vector<MetricBucket>> MetricReader::buckets(const QString& runId, const QString& key, int bucketCount,
                                                        std::optional<qint64> fromStep, std::optional<qint64> toStep)
{
    Impl& impl = *m_impl;
    const Result<qint64> series = impl.lookUp(runId, key);
    if (!series)
        return series.error();
    impl.meta.addBindValue(series.value());
    if (!impl.meta.exec())
        return sqlError(impl.meta.lastError(), runId, CRUCIBLE_MESSAGE("reading metric '%1'").arg(key));
    std::vector<ChunkMeta> chunks;
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = std::numeric_limits<qint64>::min();
    while (impl.meta.next()) {
        ChunkMeta meta {
            impl.meta.value(0).toLongLong(), impl.meta.value(1).toLongLong(),
            impl.meta.value(2).toLongLong(), impl.meta.value(3).toLongLong(),
            impl.meta.value(4).toLongLong(), impl.meta.value(5).toDouble(),
            impl.meta.value(6).toDouble(),   impl.meta.value(7).isNull() ? kNan : impl.meta.value(7).toDouble()};
        lowest = std::min(lowest, meta.minStep);
        highest = std::max(highest, meta.maxStep);
        chunks.push_back(meta);
    }
    impl.meta.finish();
    const qint64 from = fromStep.value_or(lowest);
    const qint64 to = toStep.value_or(highest);
    if (chunks.empty() || from > to)
        return std::vector<MetricBucket> {};

    BucketMap map;
    map.from = from;
    map.count = std::max(1, bucketCount);
    map.scale = double(map.count) / (double(to) - double(from) + 1.0);
    std::vector<Accumulator> accumulators(size_t(map.count));
    std::vector<qint64> toDecode;
    qsizetype candidates = 0;
    for (const ChunkMeta& meta : chunks) {
        if (meta.maxStep < from || meta.minStep > to)
            continue;
        ++candidates;
        if (meta.minStep >= from && meta.maxStep <= to && map.of(meta.minStep) == map.of(meta.maxStep))
            accumulators[size_t(map.of(meta.minStep))].addChunk(meta);
        else
            toDecode.push_back(meta.chunk);
    }

    const QString doing = CRUCIBLE_MESSAGE("reading metric '%1'").arg(key);
    if (!toDecode.empty() && qsizetype(toDecode.size()) * 2 >= candidates) {
        // Most chunks straddle borders: one scan over the range is cheaper than many lookups.
        impl.chunkRange.addBindValue(series.value());
        impl.chunkRange.addBindValue(toDecode.front());
        impl.chunkRange.addBindValue(toDecode.back());
        if (!impl.chunkRange.exec())
            return sqlError(impl.chunkRange.lastError(), runId, doing);
        size_t next = 0;
        while (impl.chunkRange.next() && next < toDecode.size()) {
            if (impl.chunkRange.value(0).toLongLong() != toDecode[next])
                continue;
            ++next;
            Impl::addDecoded(impl.chunkRange.value(1).toByteArray(), impl.chunkRange.value(2).toByteArray(), from, to,
                             map, accumulators);
        }
        impl.chunkRange.finish();
    } else {
        for (const qint64 chunk : toDecode) {
            impl.oneChunk.addBindValue(series.value());
            impl.oneChunk.addBindValue(chunk);
            if (!impl.oneChunk.exec())
                return sqlError(impl.oneChunk.lastError(), runId, doing);
            if (impl.oneChunk.next())
                Impl::addDecoded(impl.oneChunk.value(0).toByteArray(), impl.oneChunk.value(1).toByteArray(), from, to,
                                 map, accumulators);
            impl.oneChunk.finish();
        }
    }

    std::vector<MetricBucket> result;
    result.reserve(accumulators.size());
    for (const Accumulator& bucket : accumulators) {
        if (bucket.count == 0)
            continue;
        const bool hasValues = bucket.valueCount > 0;
        result.push_back({bucket.firstStep, bucket.count, hasValues ? bucket.min : kNan, hasValues ? bucket.max : kNan,
                          hasValues ? bucket.sum / double(bucket.valueCount) : kNan});
    }
    return result;
}

Result<std::vector<MetricPoint>> MetricReader::points(const QString& runId, const QString& key,
                                                      std::optional<qint64> fromStep, std::optional<qint64> toStep)
{
    Impl& impl = *m_impl;
    const Result<qint64> series = impl.lookUp(runId, key);
    if (!series)
        return series.error();
    const qint64 from = fromStep.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = toStep.value_or(std::numeric_limits<qint64>::max());
    impl.allChunks.addBindValue(series.value());
    impl.allChunks.addBindValue(from);
    impl.allChunks.addBindValue(to);
    if (!impl.allChunks.exec())
        return sqlError(impl.allChunks.lastError(), runId, CRUCIBLE_MESSAGE("reading metric '%1'").arg(key));
    std::vector<MetricPoint> result;
    std::vector<MetricPoint> chunk;
    while (impl.allChunks.next()) {
        chunk.clear();
        if (!MetricChunk::decode(impl.allChunks.value(0).toByteArray(), impl.allChunks.value(1).toByteArray(),
                                 impl.allChunks.value(2).toByteArray(), impl.allChunks.value(3).toByteArray(), chunk))
            return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("a chunk of metric '%1' is damaged").arg(key),
                          QStringLiteral("run %1").arg(runId)};
        for (const MetricPoint& point : chunk) {
            if (point.step >= from && point.step <= to)
                result.push_back(point);
        }
    }
    impl.allChunks.finish();
    return result;
}

} // namespace crucible
