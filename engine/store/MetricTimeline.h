#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"

#include <vector>

namespace crucible {

class Workspace;

/// Where a metric series was in epochs and wall time as its steps went by, without reading
/// every point: the first and last point of each stored chunk (about one anchor per 1,000
/// steps), so a chart can put any step on an epoch or time axis by interpolating between
/// anchors. Thread: the calling thread's workspace connection; the Workspace must outlive the call.
class MetricTimeline {
public:
    /// The anchors of run `runId`'s series `key`, ascending by step; empty when it has no points.
    static Result<std::vector<MetricPoint>> anchors(const Workspace& workspace, const QString& runId,
                                                    const QString& key);

    /// The epoch (`wallTime` false) or wall time (true) at `step`, interpolated linearly between
    /// `anchors`; the nearest anchor's value outside them; NaN when there are none. Thread: any.
    static double at(const std::vector<MetricPoint>& anchors, double step, bool wallTime);
};

} // namespace crucible
