#include "CompareModel.h"

#include "EngineText.h"
#include "MetricChart.h"
#include "RunGrouping.h"
#include "SeriesMath.h"
#include "engine/core/BackgroundTask.h"
#include "engine/store/MetricTimeline.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/Workspace.h"

#include <algorithm>
#include <cmath>

namespace crucible {

namespace {

/// The faint "raw" curve of a bucketed run: each bucket's lowest and highest value, so the
/// extremes of every step stay visible whatever the bucket width.
void envelope(const std::vector<double>& x, const RunBuckets& run, std::vector<double>& outX, std::vector<double>& outY)
{
    outX.reserve(x.size() * 2);
    outY.reserve(x.size() * 2);
    for (size_t i = 0; i < x.size(); ++i) {
        outX.push_back(x[i]);
        outY.push_back(run.min[i]);
        if (run.max[i] != run.min[i] && std::isfinite(run.max[i])) {
            outX.push_back(x[i]);
            outY.push_back(run.max[i]);
        }
    }
}

/// The weighted EMA of `run`'s bucket means, carried on from the buckets `before` it (none: null).
std::vector<double> smoothedMeans(const RunBuckets& run, const RunBuckets* before, double weight)
{
    if (!before || before->mean.empty())
        return smoothWeighted(run.mean, run.count, weight);
    std::vector<double> means = before->mean;
    std::vector<double> counts = before->count;
    means.insert(means.end(), run.mean.begin(), run.mean.end());
    counts.insert(counts.end(), run.count.begin(), run.count.end());
    const std::vector<double> all = smoothWeighted(means, counts, weight);
    return std::vector<double>(all.end() - std::ptrdiff_t(run.mean.size()), all.end());
}

} // namespace

CompareModel::CompareModel(QObject* parent) : QObject(parent)
{ }

CompareModel::~CompareModel()
{
    setWorkspace(nullptr);
}

void CompareModel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    // Reads of the old workspace own it until they end; their results are dropped (generation).
    if (m_cancel)
        m_cancel->store(true);
    clearDetails();
    m_workspace = std::move(workspace);
    m_ids.clear();
    m_runs.clear();
    m_keys.clear();
    m_data.clear();
    m_pending = 0;
    ++m_generation;
    if (m_workspace)
        Q_EMIT runsChanged();
}

void CompareModel::setRuns(const QStringList& runIds)
{
    m_ids = runIds;
    m_data.clear();
    clearDetails();
    m_filteredOut.clear();
    reload();
}

void CompareModel::reload()
{
    m_runs.clear();
    m_keys.clear();
    if (m_workspace && !m_ids.isEmpty()) {
        RunQuery query;
        query.trash = RunQuery::Trash::Include;
        auto listed = RunCatalog(*m_workspace).list(query);
        if (!listed) {
            Q_EMIT problem(tr("Cannot read the runs to compare: %1").arg(errorText(listed.error())));
        } else {
            QHash<QString, RunRecord*> byId;
            for (RunRecord& run : listed.value())
                byId.insert(run.id, &run);
            QSet<QString> keys;
            for (const QString& id : std::as_const(m_ids)) {
                if (RunRecord* run = byId.value(id)) {
                    for (auto it = run->metrics.constBegin(); it != run->metrics.constEnd(); ++it)
                        keys.insert(it.key());
                    m_runs.push_back(std::move(*run));
                }
            }
            m_order.clear();
            for (const RunRecord& run : m_runs)
                m_order.insert(run.id, int(m_order.size()));
            placeByDataset();
            m_keys = QStringList(keys.begin(), keys.end());
            m_keys.sort();
        }
    }
    Q_EMIT runsChanged();
    startLoading();
}

const RunRecord* CompareModel::run(const QString& id) const
{
    for (const RunRecord& run : m_runs) {
        if (run.id == id)
            return &run;
    }
    return nullptr;
}

void CompareModel::placeByDataset()
{
    m_datasets.clear();
    m_shade.clear();
    QHash<QString, int> members;
    for (const RunRecord& run : m_runs) {
        if (!m_datasets.contains(run.datasetName))
            m_datasets << run.datasetName;
        m_shade.insert(run.id, {int(m_datasets.indexOf(run.datasetName)), members[run.datasetName]++});
    }
    m_datasetSizes = members;
}

bool CompareModel::isColoredByDataset() const
{
    return m_colorByDataset && m_datasets.size() > 1;
}

void CompareModel::setColorByDataset(bool on)
{
    if (m_colorByDataset == on)
        return;
    m_colorByDataset = on;
    Q_EMIT colorsChanged();
}

QColor CompareModel::colorOf(const QString& id) const
{
    if (isColoredByDataset()) {
        // A hue per dataset; its runs from dark to light within it.
        const auto place = m_shade.constFind(id);
        if (place != m_shade.constEnd()) {
            const QColor base = MetricChart::paletteColor(place->first);
            const RunRecord* record = run(id);
            const int size = record ? m_datasetSizes.value(record->datasetName, 1) : 1;
            const float lightness =
                size <= 1 ? float(base.lightnessF()) : 0.30f + 0.40f * float(place->second) / float(size - 1);
            return QColor::fromHslF(base.hslHueF(), std::max(0.45f, float(base.hslSaturationF())), lightness);
        }
    }
    const auto it = m_order.constFind(id);
    return it == m_order.constEnd() ? MetricChart::colorFor(id) : MetricChart::paletteColor(*it);
}

QList<QColor> CompareModel::colors() const
{
    QList<QColor> result;
    for (const RunRecord& run : m_runs)
        result << colorOf(run.id);
    return result;
}

void CompareModel::setChartedKeys(const QStringList& keys)
{
    m_wantedKeys = keys;
    const bool anchors = m_xAxis != XAxis::Step;
    for (const QString& key : chartedKeys()) {
        if (!m_data.contains(key))
            loadKey(key, anchors);
    }
    Q_EMIT seriesChanged();
}

QStringList CompareModel::chartedKeys() const
{
    if (m_wantedKeys.isEmpty())
        return m_keys;
    QStringList keys;
    for (const QString& key : m_wantedKeys) {
        if (m_keys.contains(key))
            keys << key;
    }
    return keys;
}

const KeyBuckets* CompareModel::buckets(const QString& key) const
{
    const auto it = m_data.constFind(key);
    return it == m_data.constEnd() ? nullptr : &it.value();
}

void CompareModel::setBucketCount(int count)
{
    m_bucketCount = std::max(1, count);
}

void CompareModel::startLoading()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    ++m_generation;
    m_pending = 0;
    for (const QString& key : chartedKeys())
        loadKey(key, m_xAxis != XAxis::Step);
}

void CompareModel::loadKey(const QString& key, bool withAnchors)
{
    if (!m_workspace)
        return;
    const auto [from, to] = comparedata::stepRange(m_runs, key);
    QStringList ids;
    for (const RunRecord& run : m_runs) {
        if (run.metrics.contains(key))
            ids << run.id;
    }
    ++m_pending;
    const quint64 generation = m_generation;
    startRead(ids, key, from, to, m_bucketCount, withAnchors, m_cancel,
              [generation, key](CompareModel& self, Result<KeyBuckets> loaded) {
                  if (generation != self.m_generation)
                      return;
                  --self.m_pending;
                  if (!loaded) {
                      if (loaded.error().code != ErrorCode::Cancelled)
                          Q_EMIT self.problem(tr("Cannot read metric %1: %2").arg(key, errorText(loaded.error())));
                      return;
                  }
                  self.m_data.insert(key, std::move(loaded.value()));
                  Q_EMIT self.keyLoaded(key);
              });
}

void CompareModel::startRead(const QStringList& ids, const QString& key, qint64 from, qint64 to, int bucketCount,
                             bool withAnchors, const std::shared_ptr<std::atomic<bool>>& cancel, ReadDone done)
{
    // comparedata::load reads through the pool thread's own workspace connection.
    TaskManager::instance().start(
        tr("Reading %1 of %n run(s)…", nullptr, int(ids.size())).arg(key), this,
        [workspace = m_workspace, ids, key, from, to, bucketCount, withAnchors, cancel](TaskContext&) {
            return comparedata::load(*workspace, ids, key, from, to, bucketCount, withAnchors, cancel.get());
        },
        [this, done](Result<KeyBuckets> loaded) { done(*this, std::move(loaded)); },
        TaskManager::Options {.shown = false});
}

void CompareModel::loadDetail(const QString& key, double low, double high, int bucketCount)
{
    const KeyBuckets* coarse = buckets(key);
    if (!m_workspace || !coarse || m_xAxis != XAxis::Step)
        return;
    const double scale = double(coarse->bucketCount) / (double(coarse->to) - double(coarse->from) + 1.0);
    const qint64 first = std::max(coarse->from, qint64(std::floor(low)));
    const qint64 last = std::min(coarse->to, qint64(std::ceil(high)));
    if (last <= first || double(last - first + 1) * scale >= bucketCount) {
        // The whole-range buckets give this range as many points as a detail would.
        if (m_details.contains(key)) {
            clearDetail(key);
            Q_EMIT detailChanged(key);
        }
        return;
    }
    // Start at the border of the whole-range bucket holding `first` (MetricReader's bucket
    // mapping), so the smoothing carries on from exactly the points before the detail.
    auto bucketOf = [&](qint64 step) { return int(double(step - coarse->from) * scale); };
    const int bucket = bucketOf(first);
    qint64 from = first;
    while (from > coarse->from && bucketOf(from - 1) == bucket)
        --from;
    QStringList ids;
    for (const RunRecord& run : m_runs) {
        if (run.metrics.contains(key) && !m_filteredOut.contains(run.id) && !m_hidden.contains(run.id))
            ids << run.id;
    }
    Detail& detail = m_details[key];
    if (detail.cancel)
        detail.cancel->store(true); // superseded: stop reading early
    detail.cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = detail.generation = ++m_detailGeneration;
    startRead(ids, key, from, last, bucketCount, false, detail.cancel,
              [generation, key](CompareModel& self, Result<KeyBuckets> loaded) {
                  const auto it = self.m_details.find(key);
                  if (it == self.m_details.end() || it->generation != generation)
                      return; // superseded by a newer zoom, or dropped
                  if (!loaded) {
                      if (loaded.error().code != ErrorCode::Cancelled)
                          Q_EMIT self.problem(tr("Cannot read metric %1: %2").arg(key, errorText(loaded.error())));
                      return;
                  }
                  it->data = std::move(loaded.value());
                  it->isLoaded = true;
                  Q_EMIT self.detailChanged(key);
              });
}

void CompareModel::clearDetail(const QString& key)
{
    const auto it = m_details.find(key);
    if (it == m_details.end())
        return;
    if (it->cancel)
        it->cancel->store(true);
    m_details.erase(it);
}

void CompareModel::clearDetails()
{
    for (const Detail& detail : std::as_const(m_details)) {
        if (detail.cancel)
            detail.cancel->store(true);
    }
    m_details.clear();
}

const KeyBuckets* CompareModel::detail(const QString& key) const
{
    const auto it = m_details.constFind(key);
    return it == m_details.constEnd() || !it->isLoaded ? nullptr : &it->data;
}

void CompareModel::setXAxis(XAxis axis)
{
    if (axis == m_xAxis)
        return;
    m_xAxis = axis;
    clearDetails(); // zoomed ranges are on the old axis
    bool needsAnchors = false;
    for (const KeyBuckets& data : std::as_const(m_data))
        needsAnchors = needsAnchors || (axis != XAxis::Step && !data.hasAnchors);
    if (needsAnchors)
        startLoading(); // the epoch and time anchors are read with the buckets
    Q_EMIT seriesChanged();
}

QString CompareModel::xAxisKey() const
{
    switch (m_xAxis) {
    case XAxis::Epoch:
        return QStringLiteral("epoch");
    case XAxis::WallTime:
        return QStringLiteral("wall_time");
    case XAxis::RelativeTime:
        return QStringLiteral("relative_time_s");
    case XAxis::Step:
        break;
    }
    return QStringLiteral("step");
}

void CompareModel::setSmoothing(double weight)
{
    m_smoothing = std::clamp(weight, 0.0, 0.999);
    Q_EMIT seriesChanged();
}

void CompareModel::setGroupBy(const QStringList& params)
{
    m_groupBy = params;
    Q_EMIT seriesChanged();
}

void CompareModel::setBand(Band band)
{
    m_band = band;
    Q_EMIT seriesChanged();
}

void CompareModel::setShowMembers(bool show)
{
    m_showMembers = show;
    Q_EMIT seriesChanged();
}

void CompareModel::setFilteredOut(const QSet<QString>& runIds)
{
    if (runIds == m_filteredOut)
        return;
    m_filteredOut = runIds;
    Q_EMIT filterChanged();
    Q_EMIT seriesChanged();
}

std::vector<RunRecord> CompareModel::shownRuns() const
{
    std::vector<RunRecord> shown;
    for (const RunRecord& run : m_runs) {
        if (!m_filteredOut.contains(run.id))
            shown.push_back(run);
    }
    return shown;
}

void CompareModel::setHidden(const QString& seriesId, bool hidden)
{
    if (hidden)
        m_hidden.insert(seriesId);
    else
        m_hidden.remove(seriesId);
}

std::vector<double> CompareModel::xValues(const RunBuckets& run) const
{
    if (m_xAxis == XAxis::Step || run.anchors.empty())
        return run.step;
    std::vector<double> x;
    x.reserve(run.step.size());
    const bool wall = m_xAxis != XAxis::Epoch;
    const double offset = m_xAxis == XAxis::RelativeTime ? run.startWallTime : 0.0;
    for (double step : run.step)
        x.push_back(MetricTimeline::at(run.anchors, step, wall) - offset);
    return x;
}

QString CompareModel::label(const QString& runId) const
{
    const RunRecord* record = run(runId);
    return record && !record->name.isEmpty() ? record->name : runId.left(8);
}

std::vector<ChartSeries> CompareModel::series(const QString& key) const
{
    std::vector<ChartSeries> out;
    const KeyBuckets* data = buckets(key);
    if (!data)
        return out;
    if (!m_groupBy.isEmpty()) {
        appendGroupSeries(*data, out);
        return out;
    }
    for (const RunRecord& run : m_runs) {
        const auto it = data->runs.constFind(run.id);
        if (it != data->runs.constEnd() && !m_filteredOut.contains(run.id))
            appendRunSeries(*data, run.id, it.value(), out);
    }
    return out;
}

std::vector<ChartSeries> CompareModel::detailSeries(const QString& key) const
{
    std::vector<ChartSeries> out;
    const KeyBuckets* fine = detail(key);
    const KeyBuckets* coarse = buckets(key);
    if (!fine || !coarse || !m_groupBy.isEmpty() || m_xAxis != XAxis::Step)
        return out;
    for (const RunRecord& record : m_runs) {
        const auto run = fine->runs.constFind(record.id);
        if (run == fine->runs.constEnd() || m_filteredOut.contains(record.id))
            continue;
        RunBuckets before; // the whole-range buckets before the detail, for the smoothing
        if (const auto whole = coarse->runs.constFind(record.id); whole != coarse->runs.constEnd()) {
            for (size_t i = 0; i < whole->step.size() && whole->step[i] < double(fine->from); ++i) {
                before.mean.push_back(whole->mean[i]);
                before.count.push_back(whole->count[i]);
            }
        }
        appendRunSeries(*fine, record.id, run.value(), out, &before);
    }
    return out;
}

void CompareModel::appendRunSeries(const KeyBuckets& data, const QString& runId, const RunBuckets& run,
                                   std::vector<ChartSeries>& out, const RunBuckets* before) const
{
    const bool everyPoint = std::all_of(run.count.begin(), run.count.end(), [](double c) { return c <= 1; });
    const double width = double(data.to - data.from + 1) / data.bucketCount;
    const QString rawNote = everyPoint
        ? QStringLiteral("every point")
        : QStringLiteral("min and max of each bucket of %1 steps").arg(QString::number(width, 'g', 4));
    ChartSeries series;
    series.id = runId;
    series.label = label(runId);
    series.color = colorOf(runId);
    const std::vector<double> x = xValues(run);
    if (m_smoothing > 0) {
        series.x = x;
        series.y = smoothedMeans(run, before, m_smoothing);
        envelope(x, run, series.rawX, series.rawY);
        series.rawTransform = rawNote;
        series.transform = everyPoint
            ? QStringLiteral("EMA %1 (debiased) of every point").arg(m_smoothing)
            : QStringLiteral("EMA %1 (debiased) of bucket means weighted by their point counts").arg(m_smoothing);
    } else {
        envelope(x, run, series.x, series.y);
        series.transform = rawNote;
    }
    out.push_back(std::move(series));
}

void CompareModel::appendGroupSeries(const KeyBuckets& data, std::vector<ChartSeries>& out) const
{
    std::vector<RunRecord> withData;
    for (const RunRecord& run : m_runs) {
        if (!m_filteredOut.contains(run.id) && data.runs.contains(run.id))
            withData.push_back(run);
    }
    const QString smoothing = m_smoothing > 0
        ? QStringLiteral("EMA %1 (debiased, bucket means weighted by point counts) of each run, then ").arg(m_smoothing)
        : QString();
    int groupIndex = 0;
    for (const RunGroup& group : grouping::groupRuns(withData, m_groupBy)) {
        const QString groupId = QStringLiteral("group:") + group.label;
        const QColor color = MetricChart::paletteColor(groupIndex++);
        std::vector<std::vector<double>> xs(size_t(group.runIds.size()));
        std::vector<std::vector<double>> ys(size_t(group.runIds.size()));
        std::vector<GroupMember> members;
        for (qsizetype i = 0; i < group.runIds.size(); ++i) {
            const RunBuckets& run = data.runs.find(group.runIds[i]).value();
            xs[size_t(i)] = xValues(run);
            ys[size_t(i)] = m_smoothing > 0 ? smoothWeighted(run.mean, run.count, m_smoothing) : run.mean;
            members.push_back({&run.index, &xs[size_t(i)], &ys[size_t(i)]});
            if (m_showMembers) {
                ChartSeries member;
                member.id = group.runIds[i];
                member.label = label(group.runIds[i]);
                member.color = color;
                member.x = xs[size_t(i)];
                member.y = ys[size_t(i)];
                member.isFaint = true;
                member.transform = smoothing + QStringLiteral("bucket means (member of %1)").arg(group.label);
                out.push_back(std::move(member));
            }
        }
        const GroupStats stats = grouping::aggregate(members, data.bucketCount);
        ChartSeries series;
        series.id = groupId;
        series.label = tr("%1 (%n run(s))", nullptr, int(group.runIds.size())).arg(group.label);
        series.color = color;
        series.x = stats.x;
        series.y = stats.mean;
        const bool isStd = m_band == Band::StandardDeviation;
        for (size_t b = 0; b < stats.mean.size(); ++b) {
            series.bandLow.push_back(isStd ? stats.mean[b] - stats.std[b] : stats.min[b]);
            series.bandHigh.push_back(isStd ? stats.mean[b] + stats.std[b] : stats.max[b]);
        }
        series.transform = smoothing
            + QStringLiteral("mean over %1 runs of bucket means; band: %2")
                  .arg(group.runIds.size())
                  .arg(isStd ? QStringLiteral("mean ± sample std") : QStringLiteral("min to max"));
        out.push_back(std::move(series));
    }
}

} // namespace crucible
