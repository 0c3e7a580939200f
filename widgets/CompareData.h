#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <vector>

namespace crucible {

class Workspace;

/// One run's series of one metric key reduced to the key's shared bucket grid: bucket i of
/// every run covers the same steps, so runs line up by bucket for group statistics.
/// Empty buckets are left out. Thread: value type.
struct RunBuckets {
    std::vector<int> index; ///< the bucket of each entry, ascending
    std::vector<double> step; ///< the first step logged in the bucket
    std::vector<double> min;
    std::vector<double> max;
    std::vector<double> mean;
    std::vector<double> count; ///< points in the bucket (the weights of the smoothing)
    std::vector<MetricPoint> anchors; ///< step -> epoch and wall time (MetricTimeline); may be empty
    double startWallTime = 0; ///< wall time of the run's first point, for relative time
};

/// A metric key's buckets for every compared run that has it. Thread: value type.
struct KeyBuckets {
    QString key;
    qint64 from = 0; ///< the grid: `bucketCount` buckets of equal width over steps [from, to]
    qint64 to = 0;
    int bucketCount = 0;
    bool hasAnchors = false;
    QHash<QString, RunBuckets> runs; ///< by run id
};

/// Reads what a comparison chart needs from the workspace. Thread: any; each call uses the
/// calling thread's connection, so the GUI runs it on a worker.
namespace comparedata {

/// The shared step grid [from, to] of `key` over `runs`, from their metric summaries.
QPair<qint64, qint64> stepRange(const std::vector<RunRecord>& runs, const QString& key);
/// Reads `key` of the runs `runIds` into `bucketCount` buckets over [from, to], with the
/// epoch and time anchors when `withAnchors`. Stops early (Cancelled) when `cancel` is set.
Result<KeyBuckets> load(const Workspace& workspace, const QStringList& runIds, const QString& key, qint64 from,
                        qint64 to, int bucketCount, bool withAnchors, const std::atomic<bool>* cancel = nullptr);

} // namespace comparedata

} // namespace crucible
