#include "CompareData.h"

#include "engine/store/MetricReader.h"
#include "engine/store/MetricTimeline.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace crucible::comparedata {

QPair<qint64, qint64> stepRange(const std::vector<RunRecord>& runs, const QString& key)
{
    qint64 from = 0;
    qint64 to = 0;
    for (const RunRecord& run : runs) {
        const auto it = run.metrics.constFind(key);
        if (it == run.metrics.constEnd() || it->count == 0)
            continue;
        from = std::min({from, it->lastStep, it->minStep, it->maxStep});
        to = std::max({to, it->lastStep, it->minStep, it->maxStep});
    }
    return {from, to};
}

Result<KeyBuckets> load(const Workspace& workspace, const QStringList& runIds, const QString& key, qint64 from,
                        qint64 to, int bucketCount, bool withAnchors, const std::atomic<bool>* cancel)
{
    KeyBuckets result;
    result.key = key;
    result.from = from;
    result.to = std::max(from, to);
    result.bucketCount = std::max(1, bucketCount);
    result.hasAnchors = withAnchors;
    const double scale = double(result.bucketCount) / (double(result.to) - double(result.from) + 1.0);
    MetricReader reader(workspace);
    for (const QString& runId : runIds) {
        if (cancel && cancel->load())
            return Error {ErrorCode::Cancelled, QStringLiteral("reading metric '%1' was cancelled").arg(key), {}};
        auto buckets = reader.buckets(runId, key, result.bucketCount, result.from, result.to);
        if (!buckets) {
            if (buckets.error().code == ErrorCode::NotFound)
                continue; // this run did not log the key
            return buckets.error();
        }
        RunBuckets run;
        const size_t n = buckets.value().size();
        for (std::vector<double>* column : {&run.step, &run.min, &run.max, &run.mean, &run.count})
            column->reserve(n);
        run.index.reserve(n);
        for (const MetricBucket& bucket : buckets.value()) {
            const int index =
                std::clamp(int(double(bucket.firstStep - result.from) * scale), 0, result.bucketCount - 1);
            run.index.push_back(index);
            run.step.push_back(double(bucket.firstStep));
            run.min.push_back(bucket.min);
            run.max.push_back(bucket.max);
            run.mean.push_back(bucket.mean);
            run.count.push_back(double(bucket.count));
        }
        if (withAnchors) {
            auto anchors = MetricTimeline::anchors(workspace, runId, key);
            if (!anchors)
                return anchors.error();
            run.anchors = std::move(anchors.value());
            run.startWallTime = run.anchors.empty() ? 0.0 : run.anchors.front().wallTime;
        }
        result.runs.insert(runId, std::move(run));
    }
    return result;
}

} // namespace crucible::comparedata
