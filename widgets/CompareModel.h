#pragma once

#include "ChartSeries.h"
#include "CompareData.h"
#include "engine/store/RunTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace crucible {

class Workspace;

/// What the Compare page shows, without widgets: the compared runs, their metric series read
/// in buckets on a worker thread, and the settings that turn them into chart series (x axis,
/// smoothing, grouping with bands). Charts, the params table, parallel coordinates and the
/// scatter plot all read from it, so a brushing filter or a setting applies to all of them.
/// Thread: GUI (the bucket reads run on the thread pool and land here through queued signals).
class CompareModel : public QObject {
    Q_OBJECT
public:
    enum class XAxis { Step, Epoch, WallTime, RelativeTime };
    enum class Band { StandardDeviation, MinMax };

    /// Buckets read per run and key: twice a wide chart's pixel columns, so a 2x zoom still
    /// draws from as many buckets as there are columns.
    static constexpr int defaultBucketCount = 2000;

    explicit CompareModel(QObject* parent = nullptr);
    ~CompareModel() override;

    /// The workspace to read (nullptr: none); the model does not own it.
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// Compares the runs `runIds` (unknown ids are skipped) and starts reading their series.
    void setRuns(const QStringList& runIds);
    /// Reads the records and the series again (a running run's curves grow).
    void reload();
    /// The compared runs, in the order given.
    const std::vector<RunRecord>& runs() const { return m_runs; }
    const RunRecord* run(const QString& id) const;
    /// Run `id`'s colour on every view of the page: by its place among the compared runs, so
    /// the first ten are distinct.
    QColor colorOf(const QString& id) const;
    /// colorOf() for each of the compared runs, in order.
    QList<QColor> colors() const;
    /// Colours runs by their dataset (a hue per dataset, its runs in shades of it) when they come
    /// from more than one dataset; on at first.
    void setColorByDataset(bool on);
    bool colorByDataset() const { return m_colorByDataset; }
    /// Whether colours follow the datasets now: on, and the runs come from more than one.
    bool isColoredByDataset() const;
    /// The compared runs' datasets, in the order they first appear.
    QStringList datasets() const { return m_datasets; }
    /// The metric keys of the compared runs, sorted.
    QStringList metricKeys() const { return m_keys; }
    /// The keys charted (and read): `keys` that the runs have; empty: every key. Reads the ones
    /// not read yet.
    void setChartedKeys(const QStringList& keys);
    QStringList chartedKeys() const;
    /// True while series are being read.
    bool isLoading() const { return m_pending > 0; }
    /// The buckets of `key`; nullptr before they are read.
    const KeyBuckets* buckets(const QString& key) const;
    void setBucketCount(int count);

    void setXAxis(XAxis axis);
    XAxis xAxis() const { return m_xAxis; }
    /// Untranslated axis name written in CSV exports: "step", "epoch", "wall_time", "relative_time_s".
    QString xAxisKey() const;
    /// EMA weight in [0, 0.999] applied to every run before grouping.
    void setSmoothing(double weight);
    double smoothing() const { return m_smoothing; }
    /// Groups runs by these param keys (empty: no grouping).
    void setGroupBy(const QStringList& params);
    QStringList groupBy() const { return m_groupBy; }
    void setBand(Band band);
    Band band() const { return m_band; }
    /// Draws each group's members faintly behind its mean.
    void setShowMembers(bool show);
    bool showsMembers() const { return m_showMembers; }

    /// Runs a brushing filter keeps out of every view (charts, table, plots).
    void setFilteredOut(const QSet<QString>& runIds);
    QSet<QString> filteredOut() const { return m_filteredOut; }
    /// The compared runs the filter keeps, in order.
    std::vector<RunRecord> shownRuns() const;
    /// Runs (or groups) the user toggled off in a legend; charts hide them.
    void setHidden(const QString& seriesId, bool hidden);
    bool isHidden(const QString& seriesId) const { return m_hidden.contains(seriesId); }

    /// The series a chart of `key` draws with the current settings.
    std::vector<ChartSeries> series(const QString& key) const;

    /// For a zoomed chart: reads `key` of the shown runs not hidden in a legend in about
    /// `bucketCount` buckets over steps [low, high] on a worker thread; detailChanged() follows.
    /// A new call supersedes the key's read in flight (its result is dropped). Step axis only:
    /// nothing maps an epoch or time range back to steps, so other axes keep the whole-range
    /// buckets. When those already give [low, high] `bucketCount` buckets, the detail is dropped.
    void loadDetail(const QString& key, double low, double high, int bucketCount);
    /// Drops the detail of `key` and any read of it in flight.
    void clearDetail(const QString& key);
    /// The finer buckets loadDetail() read for `key` (their grid is their step range); nullptr when none.
    const KeyBuckets* detail(const QString& key) const;
    /// series() of `key` over the detail's range: finer points for the same runs, smoothed on
    /// from the whole-range buckets before the range. Empty without a detail and when grouping
    /// (groups stay on the whole-range grid).
    std::vector<ChartSeries> detailSeries(const QString& key) const;

Q_SIGNALS:
    /// The set of compared runs (or their records) changed.
    void runsChanged();
    /// The runs' colours changed (colouring by dataset was switched).
    void colorsChanged();
    /// The series of `key` were read.
    void keyLoaded(const QString& key);
    /// The detail of `key` arrived or was dropped.
    void detailChanged(const QString& key);
    /// A setting or the filter changed: charts ask for their series again.
    void seriesChanged();
    /// The brushing filter changed.
    void filterChanged();
    /// Reading failed; the message is for the user.
    void problem(const QString& message);

private:
    struct Detail {
        KeyBuckets data;
        bool isLoaded = false;
        quint64 generation = 0; ///< of the latest read asked for; a result of another is stale
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    /// Called on the GUI thread with a read's result.
    using ReadDone = std::function<void(CompareModel& self, Result<KeyBuckets> loaded)>;

    void startLoading();
    void loadKey(const QString& key, bool withAnchors);
    void startRead(const QStringList& ids, const QString& key, qint64 from, qint64 to, int bucketCount,
                   bool withAnchors, const std::shared_ptr<std::atomic<bool>>& cancel, ReadDone done);
    void clearDetails();
    std::vector<double> xValues(const RunBuckets& run) const;
    QString label(const QString& runId) const;
    void appendRunSeries(const KeyBuckets& data, const QString& runId, const RunBuckets& run,
                         std::vector<ChartSeries>& out, const RunBuckets* before = nullptr) const;
    void appendGroupSeries(const KeyBuckets& data, std::vector<ChartSeries>& out) const;

    std::shared_ptr<const Workspace> m_workspace;
    QStringList m_ids;
    void placeByDataset();

    QHash<QString, int> m_order; ///< place of each compared run, for its colour
    bool m_colorByDataset = true;
    QStringList m_datasets;
    QHash<QString, int> m_datasetSizes; ///< runs per dataset
    QHash<QString, QPair<int, int>> m_shade; ///< run -> (its dataset's index, its place among that dataset's runs)
    std::vector<RunRecord> m_runs;
    QStringList m_keys;
    QStringList m_wantedKeys;
    QHash<QString, KeyBuckets> m_data;
    int m_bucketCount = defaultBucketCount;
    int m_pending = 0;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QHash<QString, Detail> m_details; ///< by key
    quint64 m_detailGeneration = 0;
    XAxis m_xAxis = XAxis::Step;
    double m_smoothing = 0.0;
    QStringList m_groupBy;
    Band m_band = Band::StandardDeviation;
    bool m_showMembers = true;
    QSet<QString> m_filteredOut;
    QSet<QString> m_hidden;
};

} // namespace crucible
