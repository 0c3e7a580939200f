#include "ComparePage.h"

#include "ChartExport.h"
#include "CompareModel.h"
#include "MetricChart.h"
#include "ParallelAxesDialog.h"
#include "ParallelCoordinatesModel.h"
#include "ParallelCoordinatesView.h"
#include "ParamsTableModel.h"
#include "RunGrouping.h"
#include "ScatterPlot.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace crucible {

namespace {

constexpr int kLiveRefreshMs = 2000;
/// How long a zoom must rest before its range is read again in finer buckets.
constexpr int kDetailDelayMs = 120;

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

ComparePage::ComparePage(QWidget* parent) : QWidget(parent), m_parallel(std::make_unique<ParallelCoordinatesModel>())
{
    setObjectName(QStringLiteral("compare-page"));
    m_model = new CompareModel(this);
    m_params = new ParamsTableModel(this);
    buildControls();

    connect(m_model, &CompareModel::runsChanged, this, [this] {
        rebuildCharts();
        refreshRunsViews();
    });
    connect(m_model, &CompareModel::colorsChanged, this, [this] {
        refreshAllCharts();
        refreshRunsViews();
    });
    connect(m_model, &CompareModel::keyLoaded, this, &ComparePage::refreshChart);
    connect(m_model, &CompareModel::seriesChanged, this, &ComparePage::refreshAllCharts);
    connect(m_model, &CompareModel::problem, this, &ComparePage::problem);
    connect(m_model, &CompareModel::detailChanged, this, &ComparePage::applyDetail);
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(kDetailDelayMs);
    connect(&m_detailTimer, &QTimer::timeout, this, [this] {
        for (const QString& key : std::as_const(m_detailKeys)) {
            if (MetricChart* chart = m_charts.value(key); chart && chart->isZoomed()) {
                const auto [low, high] = chart->xRange();
                m_model->loadDetail(key, low, high, 2 * chart->width()); // about 2 buckets a pixel column
            }
        }
        m_detailKeys.clear();
    });
    connect(m_parallelView, &ParallelCoordinatesView::brushesChanged, this, &ComparePage::applyBrushes);
    m_liveTimer.setInterval(kLiveRefreshMs);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] {
        const auto& runs = m_model->runs();
        if (!m_model->isLoading() && std::any_of(runs.begin(), runs.end(), [](const RunRecord& run) {
                return run.status == RunStatus::Running || run.status == RunStatus::Paused;
            }))
            m_model->reload();
    });
    retranslate();
}

ComparePage::~ComparePage() = default;

void ComparePage::buildControls()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compare-summary"));
    m_metricsMenu = new QMenu(this);
    m_metricsButton = new QToolButton(this);
    m_metricsButton->setPopupMode(QToolButton::InstantPopup);
    m_metricsButton->setMenu(m_metricsMenu);
    m_xAxisLabel = new QLabel(this);
    m_xAxis = new QComboBox(this);
    m_xAxis->setObjectName(QStringLiteral("compare-x-axis"));
    m_smoothingLabel = new QLabel(this);
    m_smoothing = new QSlider(Qt::Horizontal, this);
    m_smoothing->setObjectName(QStringLiteral("compare-smoothing"));
    m_smoothing->setRange(0, 999);
    m_smoothing->setFixedWidth(140);
    m_smoothingValue = new QLabel(QStringLiteral("0.000"), this);
    m_logY = new QCheckBox(this);
    m_groupMenu = new QMenu(this);
    m_groupButton = new QToolButton(this);
    m_groupButton->setObjectName(QStringLiteral("compare-group"));
    m_groupButton->setPopupMode(QToolButton::InstantPopup);
    m_groupButton->setMenu(m_groupMenu);
    m_band = new QComboBox(this);
    m_members = new QCheckBox(this);
    m_members->setChecked(true);
    m_byDataset = new QCheckBox(this);
    m_byDataset->setObjectName(QStringLiteral("compare-color-by-dataset"));
    m_byDataset->setChecked(true);
    connect(m_byDataset, &QCheckBox::toggled, m_model, &CompareModel::setColorByDataset);

    auto* bar = new QHBoxLayout();
    // The header (how many runs, from which datasets) on its own line: it grows with the datasets' names.
    auto* header = new QHBoxLayout();
    header->addWidget(m_summary);
    header->addSpacing(12);
    header->addWidget(m_byDataset);
    header->addStretch(1);
    bar->addWidget(m_metricsButton);
    bar->addWidget(m_xAxisLabel);
    bar->addWidget(m_xAxis);
    bar->addWidget(m_smoothingLabel);
    bar->addWidget(m_smoothing);
    bar->addWidget(m_smoothingValue);
    bar->addWidget(m_logY);
    bar->addWidget(m_groupButton);
    bar->addWidget(m_band);
    bar->addWidget(m_members);
    bar->addStretch(1);

    m_chartGrid = new QWidget(this);
    m_gridLayout = new QGridLayout(m_chartGrid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_chartGrid);
    scroll->setFrameShape(QFrame::NoFrame);

    m_colorByLabel = new QLabel(this);
    m_colorBy = new QComboBox(this);
    m_colorBy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_parallelView = new ParallelCoordinatesView(m_parallel.get(), this);
    m_axesButton = new QPushButton(this);
    m_axesButton->setObjectName(QStringLiteral("compare-parallel-axes"));
    connect(m_axesButton, &QPushButton::clicked, this, &ComparePage::chooseAxes);
    auto* parallel = new QWidget(this);
    auto* parallelLayout = new QVBoxLayout(parallel);
    auto* parallelBar = new QHBoxLayout();
    parallelBar->addWidget(m_colorByLabel);
    parallelBar->addWidget(m_colorBy);
    parallelBar->addWidget(m_axesButton);
    parallelBar->addStretch(1);
    parallelLayout->addLayout(parallelBar);
    parallelLayout->addWidget(m_parallelView, 1);

    m_scatterX = new QComboBox(this);
    m_scatterY = new QComboBox(this);
    m_scatter = new ScatterPlot(this);
    auto* scatter = new QWidget(this);
    auto* scatterLayout = new QVBoxLayout(scatter);
    auto* scatterBar = new QHBoxLayout();
    scatterBar->addWidget(new QLabel(QStringLiteral("x:"), this));
    scatterBar->addWidget(m_scatterX);
    scatterBar->addWidget(new QLabel(QStringLiteral("y:"), this));
    scatterBar->addWidget(m_scatterY);
    scatterBar->addStretch(1);
    scatterLayout->addLayout(scatterBar);
    scatterLayout->addWidget(m_scatter, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(parallel, QString());
    m_tabs->addTab(scatter, QString());

    m_legend = new QListWidget(this);
    m_legend->setObjectName(QStringLiteral("compare-legend"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("compare-params"));
    m_table->setModel(m_params);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_onlyDiffering = new QCheckBox(this);
    m_onlyDiffering->setChecked(true);
    auto* tablePane = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_onlyDiffering);
    tableLayout->addWidget(m_table, 1);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_legend);
    bottom->addWidget(tablePane);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(split, 1);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_stack);

    connect(m_xAxis, &QComboBox::activated, this,
            [this](int index) { m_model->setXAxis(CompareModel::XAxis(m_xAxis->itemData(index).toInt())); });
    connect(m_smoothing, &QSlider::valueChanged, this, [this](int value) {
        m_smoothingValue->setText(QLocale().toString(value / 1000.0, 'f', 3));
        m_model->setSmoothing(value / 1000.0);
    });
    connect(m_logY, &QCheckBox::toggled, this, [this](bool on) {
        for (MetricChart* chart : std::as_const(m_charts))
            chart->setLogY(on);
    });
    connect(m_band, &QComboBox::activated, this,
            [this](int index) { m_model->setBand(CompareModel::Band(m_band->itemData(index).toInt())); });
    connect(m_members, &QCheckBox::toggled, m_model, &CompareModel::setShowMembers);
    connect(m_onlyDiffering, &QCheckBox::toggled, m_params, &ParamsTableModel::setOnlyDiffering);
    connect(m_legend, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_updatingLegend)
            toggleSeries(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_colorBy, &QComboBox::activated, this, &ComparePage::refreshParallel);
    connect(m_scatterX, &QComboBox::activated, this, &ComparePage::refreshScatter);
    connect(m_scatterY, &QComboBox::activated, this, &ComparePage::refreshScatter);
}

void ComparePage::retranslate()
{
    m_metricsButton->setText(tr("Metrics"));
    m_metricsButton->setToolTip(tr("Choose the metrics charted"));
    m_xAxisLabel->setText(tr("X axis:"));
    const int axis = std::max(0, m_xAxis->currentIndex());
    m_xAxis->clear();
    m_xAxis->addItem(tr("Step"), int(CompareModel::XAxis::Step));
    m_xAxis->addItem(tr("Epoch"), int(CompareModel::XAxis::Epoch));
    m_xAxis->addItem(tr("Wall time"), int(CompareModel::XAxis::WallTime));
    m_xAxis->addItem(tr("Relative time"), int(CompareModel::XAxis::RelativeTime));
    m_xAxis->setCurrentIndex(axis);
    m_smoothingLabel->setText(tr("Smoothing:"));
    m_smoothing->setToolTip(tr("Debiased exponential moving average over the full series (0: raw)"));
    m_logY->setText(tr("Log y"));
    m_groupButton->setText(tr("Group by"));
    m_groupButton->setToolTip(tr("Draw runs that share params as one mean curve with a band"));
    const int band = std::max(0, m_band->currentIndex());
    m_band->clear();
    m_band->addItem(tr("Mean ± std"), int(CompareModel::Band::StandardDeviation));
    m_band->addItem(tr("Min – max"), int(CompareModel::Band::MinMax));
    m_band->setCurrentIndex(band);
    m_members->setText(tr("Members"));
    m_byDataset->setText(tr("Colour by dataset"));
    m_byDataset->setToolTip(tr("When the runs come from more than one dataset: a colour per dataset, "
                               "its runs in shades of it"));
    m_members->setToolTip(tr("Draw each group's runs faintly behind its mean"));
    m_tabs->setTabText(0, tr("Charts"));
    m_tabs->setTabText(1, tr("Parallel coordinates"));
    m_tabs->setTabText(2, tr("Scatter"));
    m_tabs->setTabToolTip(1, tr("Drag along an axis to keep only the runs in that range; click the axis to clear"));
    m_onlyDiffering->setText(tr("Only what differs"));
    m_colorByLabel->setText(tr("Colour by:"));
    m_axesButton->setText(tr("A&xes…"));
    m_axesButton->setToolTip(tr("Choose and order the axes"));
    m_empty->setText(tr("Select runs on the Runs page and choose Compare Selected (Ctrl+Shift+C), "
                        "or Compare All Matching the Filter (Ctrl+Alt+C)."));
    m_summary->setText(summaryText());
    updateGroupMenu();
}

QString ComparePage::summaryText() const
{
    const int count = int(m_model->runs().size());
    const int kept = count - int(m_model->filteredOut().size());
    QString text = m_model->filteredOut().isEmpty() ? tr("%n run(s)", nullptr, count)
                                                    : tr("%1 of %n run(s) (brushed)", nullptr, count).arg(kept);
    const QStringList datasets = m_model->datasets();
    if (datasets.size() > 1) {
        QStringList names;
        for (const QString& name : datasets)
            names << (name.isEmpty() ? tr("no dataset") : name);
        text += QStringLiteral(" · ")
            + (m_model->isColoredByDataset()
                   ? tr("coloured by dataset: %1").arg(names.join(QStringLiteral(", ")))
                   : tr("from %n dataset(s): %1", nullptr, int(datasets.size())).arg(names.join(QStringLiteral(", "))));
    }
    return text;
}

void ComparePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparePage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_model->setWorkspace(std::move(workspace));
    m_model->setRuns({});
}

void ComparePage::compareRuns(const QStringList& runIds)
{
    m_parallel->clearBrushes();
    m_model->setRuns(runIds);
}

QStringList ComparePage::chartKeys() const
{
    return m_model->chartedKeys();
}

void ComparePage::rebuildCharts()
{
    const QStringList keys = m_model->chartedKeys();
    for (auto it = m_charts.begin(); it != m_charts.end();) {
        if (!keys.contains(it.key())) {
            delete it.value();
            it = m_charts.erase(it);
        } else {
            ++it;
        }
    }
    const int columns = keys.size() > 1 ? 2 : 1;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        MetricChart* chart = m_charts.value(keys[i]);
        if (!chart) {
            chart = new MetricChart(m_chartGrid);
            chart->setObjectName(QStringLiteral("compare-chart-") + keys[i]);
            chart->setTitle(keys[i]);
            chart->setMinimumHeight(keys.size() > 1 ? 300 : 420);
            chart->setLogY(m_logY->isChecked());
            connect(chart, &MetricChart::seriesToggled, this, &ComparePage::toggleSeries);
            connect(chart, &MetricChart::xRangeChanged, this, [this, key = keys[i]] { requestDetail(key); });
            addChartActions(chart, keys[i]);
            m_charts.insert(keys[i], chart);
        }
        m_gridLayout->addWidget(chart, int(i) / columns, int(i) % columns);
    }
    m_stack->setCurrentIndex(m_model->runs().empty() ? 0 : 1);
    m_liveTimer.start();
    updateMetricsMenu();
    refreshAllCharts();
}

void ComparePage::refreshChart(const QString& key)
{
    MetricChart* chart = m_charts.value(key);
    if (!chart)
        return;
    static const char* const axisNames[] = {QT_TR_NOOP("step"), QT_TR_NOOP("epoch"), QT_TR_NOOP("wall time"),
                                            QT_TR_NOOP("time since the run's first point")};
    chart->setXLabel(tr(axisNames[int(m_model->xAxis())]));
    chart->setXFormat(m_model->xAxis() == CompareModel::XAxis::WallTime           ? MetricChart::XFormat::DateTime
                          : m_model->xAxis() == CompareModel::XAxis::RelativeTime ? MetricChart::XFormat::Duration
                                                                                  : MetricChart::XFormat::Number);
    chart->setPreparedSeries(m_model->series(key));
    for (const QString& id : chart->seriesIds())
        chart->setSeriesVisible(id, !m_model->isHidden(id));
    applyDetail(key);
}

void ComparePage::requestDetail(const QString& key)
{
    MetricChart* chart = m_charts.value(key);
    if (!chart || !chart->isZoomed()) { // reset: the whole-range buckets are enough
        m_detailKeys.remove(key);
        m_model->clearDetail(key);
        return;
    }
    m_detailKeys.insert(key);
    m_detailTimer.start(); // restarts: a wheel or drag in progress reads once, when it rests
}

void ComparePage::applyDetail(const QString& key)
{
    MetricChart* chart = m_charts.value(key);
    if (!chart)
        return;
    const KeyBuckets* detail = m_model->detail(key);
    if (detail && chart->isZoomed())
        chart->setDetailSeries(m_model->detailSeries(key), double(detail->from), double(detail->to));
    else
        chart->clearDetail();
}

void ComparePage::refreshAllCharts()
{
    for (const QString& key : m_charts.keys())
        refreshChart(key);
    refreshLegend();
}

void ComparePage::toggleSeries(const QString& id, bool visible)
{
    m_model->setHidden(id, !visible);
    for (MetricChart* chart : std::as_const(m_charts))
        chart->setSeriesVisible(id, visible);
    if (visible) { // a run shown again gets its finer buckets on zoomed charts too
        for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it)
            requestDetail(it.key());
    }
    refreshLegend();
}

void ComparePage::refreshLegend()
{
    m_updatingLegend = true;
    m_legend->clear();
    // Grouped charts show groups; the legend lists what the charts show. Ungrouped, it lists
    // every compared run, also one that has not logged the first chart's metric (yet).
    QStringList ids;
    QStringList labels;
    QList<QColor> colors;
    const QStringList keys = m_model->chartedKeys();
    if (!m_model->groupBy().isEmpty() && !keys.isEmpty() && m_charts.value(keys.first())) {
        for (const ChartSeries& series : m_model->series(keys.first())) {
            if (!series.isFaint) {
                ids << series.id;
                labels << series.label;
                colors << series.color;
            }
        }
    }
    if (ids.isEmpty()) {
        for (const RunRecord& run : m_model->shownRuns()) {
            ids << run.id;
            labels << (run.name.isEmpty() ? run.id.left(8) : run.name);
            colors << m_model->colorOf(run.id);
        }
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto* item = new QListWidgetItem(swatch(colors[i]), labels[i], m_legend);
        item->setData(Qt::UserRole, ids[i]);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_model->isHidden(ids[i]) ? Qt::Unchecked : Qt::Checked);
    }
    m_updatingLegend = false;
}

void ComparePage::refreshRunsViews()
{
    m_summary->setText(summaryText());
    m_byDataset->setVisible(m_model->datasets().size() > 1);
    m_params->setRuns(m_model->shownRuns(), m_model);
    m_fieldTitles.clear();
    m_fields = comparisonFields(m_model->runs(), m_model->metricKeys(), &m_fieldTitles);
    const QString colorBy = m_colorBy->currentData().toInt() >= 0 ? m_colorBy->currentText() : QString();
    const QString scatterX = m_scatterX->currentText();
    const QString scatterY = m_scatterY->currentText();
    m_colorBy->clear();
    m_scatterX->clear();
    m_scatterY->clear();
    m_colorBy->addItem(tr("Run colour"), -1);
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        m_colorBy->addItem(m_fieldTitles[i], int(i));
        m_scatterX->addItem(m_fieldTitles[i], m_fields[i]);
        m_scatterY->addItem(m_fieldTitles[i], m_fields[i]);
    }
    // Defaults: colour by the objective metric, and plot it against the parameter that varies most
    // among these runs (not a property of the data such as its input size).
    const int last = int(m_fields.size());
    const int objective = objectiveMetric(m_fields) >= 0 ? objectiveMetric(m_fields) : last - 1;
    const int varied = std::max(0, mostVariedParam(m_fields, m_model->runs()));
    m_colorBy->setCurrentIndex(colorBy.isEmpty() ? objective + 1 : std::max(0, m_colorBy->findText(colorBy)));
    refreshParallel();
    m_scatterX->setCurrentIndex(scatterX.isEmpty() ? varied : std::max(0, m_scatterX->findText(scatterX)));
    m_scatterY->setCurrentIndex(scatterY.isEmpty() ? objective : std::max(0, m_scatterY->findText(scatterY)));
    m_parallelView->update();
    updateGroupMenu();
    refreshScatter();
    refreshLegend();
}

QString ComparePage::scatterXField() const
{
    return m_scatterX->currentData().toString();
}

QString ComparePage::scatterYField() const
{
    return m_scatterY->currentData().toString();
}

QStringList ComparePage::parallelAxes() const
{
    const QString color = colorField();
    if (m_axisChoice.isEmpty())
        return defaultParallelAxes(m_fields, color);
    // The user's choice, as far as these runs have those fields; the colour field always.
    QStringList axes;
    for (const QString& field : m_axisChoice) {
        if (m_fields.contains(field))
            axes << field;
    }
    if (!color.isEmpty() && !axes.contains(color))
        axes << color;
    return axes;
}

void ComparePage::refreshParallel()
{
    const QStringList axes = parallelAxes();
    QStringList titles;
    for (const QString& field : axes)
        titles << m_fieldTitles.value(m_fields.indexOf(field), field);
    m_parallel->setRuns(m_model->runs(), axes, titles, m_model->colors());
    m_parallelView->setColorAxis(int(axes.indexOf(colorField())));
    m_parallelView->update();
    if (m_parallel->filteredOut() != m_model->filteredOut()) // a brush went with its axis
        applyBrushes();
}

void ComparePage::chooseAxes()
{
    ParallelAxesDialog dialog(m_fields, m_fieldTitles, parallelAxes(), defaultParallelAxes(m_fields, colorField()),
                              this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setParallelAxes(dialog.chosenFields());
}

void ComparePage::setParallelAxes(const QStringList& fields)
{
    m_axisChoice = fields;
    refreshParallel();
}

QString ComparePage::colorField() const
{
    const int axis = m_colorBy->currentData().toInt();
    return axis >= 0 && axis < m_fields.size() ? m_fields[axis] : QString();
}

void ComparePage::refreshScatter()
{
    QStringList ids;
    QStringList labels;
    for (const RunRecord& run : m_model->runs()) {
        ids << run.id;
        labels << (run.name.isEmpty() ? run.id.left(8) : run.name);
    }
    const int x = m_scatterX->currentIndex();
    const int y = m_scatterY->currentIndex();
    if (x < 0 || y < 0) {
        m_scatter->setData({}, {}, {}, {}, {}, {});
        return;
    }
    m_scatter->setData(FieldAxis::make(m_fields[x], m_model->runs(), m_fieldTitles[x]),
                       FieldAxis::make(m_fields[y], m_model->runs(), m_fieldTitles[y]), ids, labels, m_model->colors(),
                       m_model->filteredOut());
}

void ComparePage::applyBrushes()
{
    m_model->setFilteredOut(m_parallel->filteredOut());
    m_params->setRuns(m_model->shownRuns(), m_model);
    m_parallelView->update();
    refreshScatter();
    refreshLegend();
    m_summary->setText(summaryText());
}

void ComparePage::updateGroupMenu()
{
    m_groupMenu->clear();
    const QStringList current = m_model->groupBy();
    QAction* none = m_groupMenu->addAction(tr("No grouping"));
    none->setCheckable(true);
    none->setChecked(current.isEmpty());
    connect(none, &QAction::triggered, this, [this] {
        m_model->setGroupBy({});
        updateGroupMenu();
    });
    const QStringList butSeed = grouping::allButSeed(m_model->runs());
    QAction* seeds = m_groupMenu->addAction(tr("All params but the seed"));
    seeds->setObjectName(QStringLiteral("group-all-but-seed"));
    seeds->setCheckable(true);
    seeds->setChecked(!current.isEmpty() && current == butSeed);
    seeds->setEnabled(!butSeed.isEmpty());
    connect(seeds, &QAction::triggered, this, [this, butSeed] {
        m_model->setGroupBy(butSeed);
        updateGroupMenu();
    });
    m_groupMenu->addSection(tr("Params"));
    for (const QString& key : grouping::differingParams(m_model->runs())) {
        QAction* action = m_groupMenu->addAction(key);
        action->setCheckable(true);
        action->setChecked(current.contains(key));
        connect(action, &QAction::toggled, this, [this, key](bool on) {
            QStringList params = m_model->groupBy();
            if (on && !params.contains(key))
                params << key;
            else if (!on)
                params.removeAll(key);
            m_model->setGroupBy(params);
            updateGroupMenu();
        });
    }
    m_band->setEnabled(!current.isEmpty());
    m_members->setEnabled(!current.isEmpty());
}

void ComparePage::updateMetricsMenu()
{
    m_metricsMenu->clear();
    const QStringList charted = m_model->chartedKeys();
    for (const QString& key : m_model->metricKeys()) {
        QAction* action = m_metricsMenu->addAction(key);
        action->setCheckable(true);
        action->setChecked(charted.contains(key));
        connect(action, &QAction::toggled, this, [this, key](bool on) {
            QStringList keys = m_model->chartedKeys();
            if (on && !keys.contains(key))
                keys << key;
            else if (!on)
                keys.removeAll(key);
            m_model->setChartedKeys(keys.isEmpty() ? QStringList {key} : keys);
            rebuildCharts();
        });
    }
}

void ComparePage::addChartActions(MetricChart* chart, const QString& key)
{
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto add = [&](const QString& text, auto slot) {
        auto* action = new QAction(text, chart);
        connect(action, &QAction::triggered, this, slot);
        chart->addAction(action);
    };
    add(tr("Copy Chart"), [chart] { chartexport::copyToClipboard(*chart); });
    add(tr("Save as PNG (2x)…"), [this, key] { exportWithDialog(key, tr("PNG images (*.png)")); });
    add(tr("Save as SVG…"), [this, key] { exportWithDialog(key, tr("SVG drawings (*.svg)")); });
    add(tr("Save as PDF…"), [this, key] { exportWithDialog(key, tr("PDF documents (*.pdf)")); });
    add(tr("Export Drawn Series as CSV…"), [this, key] { exportWithDialog(key, tr("CSV files (*.csv)")); });
    add(tr("Reset Zoom"), [chart] { chart->resetZoom(); });
}

void ComparePage::exportWithDialog(const QString& key, const QString& filter)
{
    const QString suffix = filter.section(QLatin1String("*."), 1).section(QLatin1Char(')'), 0, 0);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Chart"), key + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChart(key, path, &error))
        Q_EMIT problem(error);
}

bool ComparePage::exportChart(const QString& key, const QString& path, QString* error)
{
    MetricChart* chart = m_charts.value(key);
    if (!chart) {
        if (error)
            *error = tr("There is no chart of %1.").arg(key);
        return false;
    }
    return chartexport::saveBySuffix(*chart, m_model->xAxisKey(), path, error);
}

} // namespace crucible
