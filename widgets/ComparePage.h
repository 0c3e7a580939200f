#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QSlider;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace crucible {

class CompareModel;
class MetricChart;
class ParallelCoordinatesModel;
class ParallelCoordinatesView;
class ParamsTableModel;
class ScatterPlot;
class Workspace;

/// The Compare page: the runs picked on the Runs page side by side. A grid of MetricCharts,
/// one per metric key, each overlaying the runs (or their groups, as a mean with a band); a
/// legend list that toggles runs on every chart; a params table showing only what differs;
/// parallel coordinates whose brushes filter the runs everywhere; a scatter plot of any two
/// fields; and exports of a chart (PNG at 2x, SVG, PDF, CSV of the drawn series, clipboard).
/// Series are read on a worker thread; a running run's curves are re-read every 2 seconds; a
/// chart zoomed on the step axis reads its visible range again in finer buckets.
/// Thread: GUI.
class ComparePage : public QWidget {
    Q_OBJECT
public:
    explicit ComparePage(QWidget* parent = nullptr);
    ~ComparePage() override;

    /// Uses `workspace` (nullptr: none); the page does not own it.
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// Compares the runs `runIds` (in this order).
    void compareRuns(const QStringList& runIds);

    CompareModel* model() const { return m_model; }
    ParamsTableModel* paramsModel() const { return m_params; }
    ParallelCoordinatesModel* parallelModel() const { return m_parallel.get(); }
    ParallelCoordinatesView* parallelView() const { return m_parallelView; }
    ScatterPlot* scatterPlot() const { return m_scatter; }
    /// The fields the scatter plots (RunField names such as "params.`lr`").
    QString scatterXField() const;
    QString scatterYField() const;
    /// The field the parallel coordinates are coloured by; empty for the runs' own colours.
    QString colorField() const;
    /// The fields parallel coordinates draw, in order: the user's choice (Axes…) or, until then,
    /// the parameters that vary and the colour field; the colour field always.
    QStringList parallelAxes() const;
    /// Draws `fields` (RunField names) as the axes, in this order; empty: the defaults again.
    void setParallelAxes(const QStringList& fields);
    QPushButton* axesButton() const { return m_axesButton; }
    QListWidget* legend() const { return m_legend; }
    /// The chart of metric `key`, or nullptr.
    MetricChart* chart(const QString& key) const { return m_charts.value(key); }
    QStringList chartKeys() const;
    /// What the header says: "6 runs · coloured by dataset: iris, wine".
    QString summaryText() const;
    QCheckBox* colorByDatasetBox() const { return m_byDataset; }
    /// Applies the parallel coordinates' brushes to the charts, the table and the scatter plot.
    void applyBrushes();
    /// Saves the chart of `key` by the suffix of `path` (png, svg, pdf, csv).
    bool exportChart(const QString& key, const QString& path, QString* error = nullptr);

Q_SIGNALS:
    /// Something went wrong that the user should see.
    void problem(const QString& message);

private:
    void buildControls();
    void rebuildCharts();
    void refreshChart(const QString& key);
    void requestDetail(const QString& key);
    void applyDetail(const QString& key);
    void refreshAllCharts();
    void refreshRunsViews();
    void refreshParallel();
    void chooseAxes();
    void refreshLegend();
    void refreshScatter();
    void updateGroupMenu();
    void updateMetricsMenu();
    void toggleSeries(const QString& id, bool visible);
    void addChartActions(MetricChart* chart, const QString& key);
    void exportWithDialog(const QString& key, const QString& filter);
    void retranslate();
    void changeEvent(QEvent* event) override;

    CompareModel* m_model = nullptr;
    ParamsTableModel* m_params = nullptr;
    std::unique_ptr<ParallelCoordinatesModel> m_parallel;
    QLabel* m_summary = nullptr;
    QToolButton* m_metricsButton = nullptr;
    QMenu* m_metricsMenu = nullptr;
    QLabel* m_xAxisLabel = nullptr;
    QComboBox* m_xAxis = nullptr;
    QLabel* m_smoothingLabel = nullptr;
    QSlider* m_smoothing = nullptr;
    QLabel* m_smoothingValue = nullptr;
    QCheckBox* m_logY = nullptr;
    QToolButton* m_groupButton = nullptr;
    QMenu* m_groupMenu = nullptr;
    QComboBox* m_band = nullptr;
    QCheckBox* m_members = nullptr;
    QCheckBox* m_byDataset = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_chartGrid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QHash<QString, MetricChart*> m_charts;
    QListWidget* m_legend = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_onlyDiffering = nullptr;
    ParallelCoordinatesView* m_parallelView = nullptr;
    QLabel* m_colorByLabel = nullptr;
    QComboBox* m_colorBy = nullptr;
    QPushButton* m_axesButton = nullptr;
    QStringList m_axisChoice; ///< the user's axes, in order; empty: the defaults
    ScatterPlot* m_scatter = nullptr;
    QComboBox* m_scatterX = nullptr;
    QComboBox* m_scatterY = nullptr;
    QStringList m_fields; ///< RunField names offered to parallel coordinates and the scatter plot
    QStringList m_fieldTitles;
    QTimer m_liveTimer;
    QTimer m_detailTimer; ///< single-shot: a zoom reads finer buckets once it settles
    QSet<QString> m_detailKeys; ///< charts zoomed since the timer started
    bool m_updatingLegend = false;
};

} // namespace crucible
