#include "MetricTimeline.h"

#include "engine/core/Message.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace crucible {

namespace {

template <typename T> T decodeLittleEndian(const QByteArray& bytes)
{
    if (bytes.size() != qsizetype(sizeof(T)))
        return T {};
    return qFromLittleEndian<T>(bytes.constData());
}

MetricPoint anchorFrom(const QSqlQuery& query, int column)
{
    MetricPoint point;
    point.step = decodeLittleEndian<qint64>(query.value(column).toByteArray());
    point.epoch = double(decodeLittleEndian<float>(query.value(column + 1).toByteArray()));
    point.wallTime = decodeLittleEndian<double>(query.value(column + 2).toByteArray());
    return point;
}

} // namespace

Result<std::vector<MetricPoint>> MetricTimeline::anchors(const Workspace& workspace, const QString& runId,
                                                         const QString& key)
{
    // substr() on the blobs copies 20 bytes a point instead of decoding ~28 KiB a chunk.
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    const bool prepared =
        query.prepare(QStringLiteral("SELECT substr(c.steps, 1, 8), substr(c.epochs, 1, 4), substr(c.wall_times, 1, 8),"
                                     " substr(c.steps, -8), substr(c.epochs, -4), substr(c.wall_times, -8)"
                                     " FROM metric_chunks c JOIN metric_series s ON s.id = c.series_id"
                                     " WHERE s.run_id = ? AND s.key = ? ORDER BY c.chunk"));
    if (!prepared)
        return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("preparing the timeline of metric '%1'").arg(key));
    query.addBindValue(runId);
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("reading the timeline of metric '%1'").arg(key));
    std::vector<MetricPoint> result;
    while (query.next()) {
        result.push_back(anchorFrom(query, 0));
        result.push_back(anchorFrom(query, 3));
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const MetricPoint& a, const MetricPoint& b) { return a.step < b.step; });
    return result;
}

double MetricTimeline::at(const std::vector<MetricPoint>& anchors, double step, bool wallTime)
{
    if (anchors.empty())
        return std::numeric_limits<double>::quiet_NaN();
    auto valueOf = [wallTime](const MetricPoint& point) { return wallTime ? point.wallTime : point.epoch; };
    const auto after = std::lower_bound(anchors.begin(), anchors.end(), step,
                                        [](const MetricPoint& point, double s) { return double(point.step) < s; });
    if (after == anchors.begin())
        return valueOf(anchors.front());
    if (after == anchors.end())
        return valueOf(anchors.back());
    const MetricPoint& before = *(after - 1);
    const double span = double(after->step - before.step);
    const double t = span > 0 ? (step - double(before.step)) / span : 0.0;
    return valueOf(before) + t * (valueOf(*after) - valueOf(before));
}

} // namespace crucible
