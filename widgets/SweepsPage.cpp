#include "SweepsPage.h"

#include "EngineText.h"
#include "MetricChart.h"
#include "PageTables.h"
#include "SweepDialog.h"
#include "engine/core/Duration.h"
#include "engine/data/DatasetStore.h"
#include "engine/store/Workspace.h"
#include "engine/sweep/Study.h"
#include "engine/sweep/SweepRunner.h"
#include "engine/torch/Trainer.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace crucible {

namespace {

QString numberText(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'g', 5) : QStringLiteral("–");
}

QString valueText(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == std::floor(number) && std::abs(number) < 1e9 ? QLocale().toString(qint64(number))
                                                                      : QLocale().toString(number, 'g', 4);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QTableWidgetItem* item(const QString& text, const QVariant& sortKey = {})
{
    auto* cell = new QTableWidgetItem(text);
    if (sortKey.isValid())
        cell->setData(Qt::UserRole, sortKey);
    return cell;
}

/// Relays the runner to the page's task: stops when asked, counts finished trials as progress.
class PageSweepObserver : public SweepObserver {
public:
    PageSweepObserver(std::shared_ptr<std::atomic<bool>> stop, TaskContext& context, int budget)
        : m_stop(std::move(stop)), m_context(context), m_budget(std::max(1, budget))
    { }
    void trialFinished(const Trial&) override { m_context.setProgress(double(++m_finished) / m_budget); }
    bool isStopRequested() override { return m_stop->load() || m_context.isCancelled(); }

private:
    std::shared_ptr<std::atomic<bool>> m_stop;
    TaskContext& m_context;
    int m_budget;
    int m_finished = 0;
};

} // namespace

ImportanceBars::ImportanceBars(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sweep-importance"));
}

void ImportanceBars::setShares(const QList<QPair<QString, double>>& shares)
{
    m_shares = shares;
    std::sort(m_shares.begin(), m_shares.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    updateGeometry();
    update();
}

QSize ImportanceBars::sizeHint() const
{
    const int line = fontMetrics().height() + 6;
    return {320, std::max(3, int(m_shares.size())) * line + 8};
}

QSize ImportanceBars::minimumSizeHint() const
{
    return {160, fontMetrics().height() * 3};
}

void ImportanceBars::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height() + 6;
    if (m_shares.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(4, 4, -4, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         tr("Importance needs at least four complete trials."));
        return;
    }
    int labelWidth = 0;
    for (const auto& [name, share] : m_shares)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(name));
    labelWidth = std::min(labelWidth + 16, width() / 2);
    const int percentWidth = metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 8;
    const int barSpace = std::max(10, width() - labelWidth - percentWidth - 8);
    int y = 4;
    for (const auto& [name, share] : m_shares) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(4, y, labelWidth - 8, line), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(name, Qt::ElideRight, labelWidth - 8));
        const int bar = int(std::lround(share * barSpace));
        painter.fillRect(QRect(labelWidth, y + 3, std::max(1, bar), line - 6), palette().color(QPalette::Highlight));
        painter.drawText(QRect(labelWidth + bar + 6, y, percentWidth, line), Qt::AlignVCenter | Qt::AlignLeft,
                         QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %"));
        y += line;
    }
}

SweepsPage::SweepsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sweeps-page"));
    buildUi();
    retranslate();
    updateActions();
}

SweepsPage::~SweepsPage()
{
    if (m_stop)
        m_stop->store(true);
}

void SweepsPage::buildUi()
{
    auto* newAction = m_newAction = new QAction(this);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, &SweepsPage::newSweep);
    auto* runAction = m_runAction = new QAction(this);
    runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(runAction, &QAction::triggered, this, [this] { run(); });
    auto* stopAction = m_stopAction = new QAction(this);
    stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(stopAction, &QAction::triggered, this, &SweepsPage::stop);
    addActions({newAction, runAction, stopAction});

    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("sweep-new"));
    connect(m_newButton, &QPushButton::clicked, newAction, &QAction::trigger);
    m_runButton = new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), QString(), this);
    m_runButton->setObjectName(QStringLiteral("sweep-run"));
    connect(m_runButton, &QPushButton::clicked, runAction, &QAction::trigger);
    m_stopButton = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), QString(), this);
    m_stopButton->setObjectName(QStringLiteral("sweep-stop"));
    connect(m_stopButton, &QPushButton::clicked, stopAction, &QAction::trigger);
    m_compareTopButton = new QPushButton(this);
    m_compareTopButton->setObjectName(QStringLiteral("sweep-compare-top"));
    connect(m_compareTopButton, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(rankedRuns(5)); });
    m_compareAllButton = new QPushButton(this);
    m_compareAllButton->setObjectName(QStringLiteral("sweep-compare-all"));
    connect(m_compareAllButton, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(rankedRuns(-1)); });
    m_registerButton = new QPushButton(this);
    m_registerButton->setObjectName(QStringLiteral("sweep-register"));
    connect(m_registerButton, &QPushButton::clicked, this, [this] {
        const QStringList best = rankedRuns(1);
        if (!best.isEmpty())
            Q_EMIT registerRequested(best.front());
    });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sweep-progress"));
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_newButton);
    bar->addSpacing(12);
    bar->addWidget(m_runButton);
    bar->addWidget(m_stopButton);
    bar->addWidget(m_progress);
    bar->addSpacing(12);
    bar->addWidget(m_compareTopButton);
    bar->addWidget(m_compareAllButton);
    bar->addWidget(m_registerButton);
    bar->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sweep-message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_sweepsTitle = new QLabel(this);
    m_sweeps = new QTableWidget(0, 4, this);
    setupListTable(m_sweeps, "sweep-list");
    connect(m_sweeps, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_loading)
            return;
        const int row = m_sweeps->currentRow();
        const QString chosen = row >= 0 && row < m_list.size() ? m_list[row].id : QString();
        if (chosen != m_current && m_message->styleSheet().isEmpty())
            setMessage(QString(), false); // a note about another sweep
        m_current = chosen;
        showSweep();
    });
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sweepsTitle);
    leftLayout->addWidget(m_sweeps, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sweep-summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trialsTitle = new QLabel(this);
    m_trials = new QTableWidget(0, 5, this);
    setupListTable(m_trials, "sweep-trials");
    m_trials->setSortingEnabled(true);
    m_trials->sortByColumn(0, Qt::AscendingOrder);
    connect(m_trials, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem* cell) {
        const QString runId = m_trials->item(cell->row(), 0)->data(Qt::UserRole + 1).toString();
        if (!runId.isEmpty())
            Q_EMIT openRunRequested(runId);
    });
    m_chartTitle = new QLabel(this);
    m_chart = new MetricChart(this);
    m_chart->setObjectName(QStringLiteral("sweep-best-chart"));
    m_chart->setMinimumHeight(180);
    m_importanceTitle = new QLabel(this);
    m_importance = new ImportanceBars(this);
    auto* chartBox = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartTitle);
    chartLayout->addWidget(m_chart, 1);
    auto* importanceBox = new QWidget(this);
    auto* importanceLayout = new QVBoxLayout(importanceBox);
    importanceLayout->setContentsMargins(0, 0, 0, 0);
    importanceLayout->addWidget(m_importanceTitle);
    importanceLayout->addWidget(m_importance, 1);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(chartBox);
    lower->addWidget(importanceBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_summary);
    upperLayout->addWidget(m_trialsTitle);
    upperLayout->addWidget(m_trials, 1);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(upper);
    right->addWidget(lower);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    m_lower = lower;
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({340, 940});
    left->setMinimumWidth(220);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    m_trials->installEventFilter(this);
    m_sweeps->installEventFilter(this);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, this, &SweepsPage::reload);
}

void SweepsPage::retranslate()
{
    m_newAction->setText(tr("New Sweep…"));
    m_runAction->setText(tr("Run or Resume Sweep"));
    m_stopAction->setText(tr("Stop Sweep"));
    m_newButton->setText(tr("New Sweep…"));
    m_newButton->setToolTip(
        tr("Search a recipe's hyperparameters (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_runButton->setToolTip(tr("Run the selected sweep, or resume it where it stopped (%1)")
                                .arg(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Stop after the current step of each running trial; Run resumes later (Esc)"));
    m_compareTopButton->setText(tr("Compare Top 5"));
    m_compareTopButton->setToolTip(tr("Open the five best trials on the Compare page"));
    m_compareAllButton->setText(tr("Compare All"));
    m_compareAllButton->setToolTip(tr("Open every trial on the Compare page: parallel coordinates and scatter"));
    m_registerButton->setText(tr("Register Best…"));
    m_registerButton->setToolTip(tr("Register the best trial's model in the registry"));
    m_sweepsTitle->setText(tr("<b>Sweeps</b>"));
    m_trialsTitle->setText(tr("<b>Trials</b> (double-click opens the run)"));
    m_chartTitle->setText(tr("<b>Best value after each trial</b>"));
    m_importanceTitle->setText(tr("<b>Parameter importance</b>"));
    m_importance->setToolTip(tr("The share of the objective's variance over complete trials that each parameter "
                                "explains on its own (one-way ANOVA, eta squared; ranges in quartile bins)"));
    m_sweeps->setHorizontalHeaderLabels({tr("Name"), tr("Status"), tr("Trials"), tr("Best")});
    fillSweeps();
    showSweep();
}

void SweepsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        showSweep(); // the curve takes the theme's highlight colour
    QWidget::changeEvent(event);
}

bool SweepsPage::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_trials || watched == m_sweeps) && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && m_stopButton->isEnabled()) {
        stop();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SweepsPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (!isRunning())
        m_refresh->stop();
}

void SweepsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void SweepsPage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    if (m_stop)
        m_stop->store(true);
    m_workspace = std::move(workspace);
    m_list.clear();
    m_specs.clear();
    m_current.clear();
    ++m_generation;
    fillSweeps();
    showSweep();
    if (isVisible())
        reload();
}

void SweepsPage::reload()
{
    if (!m_workspace)
        return;
    // One read at a time: a newer request waits for it (under load a read may take longer than the
    // refresh interval, and dropping every result for a newer one would show nothing new).
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    const int generation = m_generation;
    TaskManager::instance().start(
        tr("Reading sweeps"), this,
        [workspace = m_workspace](TaskContext&) -> Result<std::pair<QList<SweepRecord>, QStringList>> {
            Result<QList<SweepRecord>> sweeps = SweepStore(*workspace).sweeps();
            if (!sweeps)
                return sweeps.error();
            QStringList datasets;
            if (Result<QList<DatasetVersion>> versions = DatasetStore(*workspace).versions()) {
                for (const DatasetVersion& version : versions.value()) {
                    if (!datasets.contains(version.name))
                        datasets << version.name;
                }
            }
            return std::make_pair(sweeps.value(), datasets);
        },
        [this, generation](Result<std::pair<QList<SweepRecord>, QStringList>> listing) {
            m_reading = false;
            if (m_readAgain) { // asked for meanwhile: read again once this one is shown
                m_readAgain = false;
                QTimer::singleShot(0, this, &SweepsPage::reload);
            }
            if (generation != m_generation)
                return; // of a workspace no longer shown
            if (!listing) {
                setMessage(errorText(listing.error()), true);
                return;
            }
            m_list = listing->first;
            m_datasets = listing->second;
            fillSweeps();
            showSweep();
            // While shown, follow sweeps that run (here or in another process, such as crucible-cli)
            // every second, and look for new ones every few seconds.
            const bool live = std::any_of(m_list.begin(), m_list.end(),
                                          [](const SweepRecord& s) { return s.status == QLatin1String("running"); });
            if (isVisible() || isRunning())
                m_refresh->start(live || isRunning() ? 1000 : 3000);
            else
                m_refresh->stop();
        },
        {true, false});
}

bool SweepsPage::selectSweep(const QString& name)
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list[row].name == name || m_list[row].id == name) {
            m_sweeps->selectRow(row);
            return true;
        }
    }
    m_wanted = name;
    return false;
}

QString SweepsPage::statusText(const QString& status) const
{
    if (status == QLatin1String("created"))
        return tr("not run yet");
    if (status == QLatin1String("running"))
        return tr("running");
    if (status == QLatin1String("finished"))
        return tr("finished");
    if (status == QLatin1String("stopped"))
        return tr("stopped");
    if (status == QLatin1String("interrupted"))
        return tr("interrupted");
    if (status == QLatin1String("failed"))
        return tr("failed");
    return status;
}

QString SweepsPage::stateText(TrialState state) const
{
    switch (state) {
    case TrialState::Queued:
        return tr("queued");
    case TrialState::Running:
        return tr("running");
    case TrialState::Complete:
        return tr("complete");
    case TrialState::Pruned:
        return tr("pruned");
    case TrialState::Failed:
        return tr("failed");
    case TrialState::Stopped:
        return tr("stopped");
    }
    return {};
}

void SweepsPage::fillSweeps()
{
    if (!m_newButton)
        return;
    m_loading = true;
    if (!m_wanted.isEmpty()) {
        for (const SweepRecord& sweep : std::as_const(m_list)) {
            if (sweep.name == m_wanted || sweep.id == m_wanted) {
                m_current = sweep.id;
                m_wanted.clear();
                break;
            }
        }
    }
    if (m_current.isEmpty() && !m_list.isEmpty())
        m_current = m_list.front().id;
    m_sweeps->setRowCount(int(m_list.size()));
    int selected = -1;
    for (int row = 0; row < m_list.size(); ++row) {
        const SweepRecord& sweep = m_list[row];
        const Result<SweepSpec>& spec = specOf(sweep);
        int finished = 0;
        for (const Trial& trial : sweep.trials)
            finished += trial.isFinished();
        QString best = QStringLiteral("–");
        if (spec) {
            const Study study(spec.value(), sweep.trials);
            if (const Trial* trial = study.best())
                best = numberText(trial->value);
        }
        m_sweeps->setItem(row, 0, item(sweep.name));
        m_sweeps->setItem(row, 1, item(statusText(sweep.status)));
        m_sweeps->setItem(row, 2, item(tr("%1 of %2").arg(finished).arg(spec ? spec->trials : 0)));
        m_sweeps->setItem(row, 3, item(best));
        if (sweep.id == m_current)
            selected = row;
    }
    if (selected >= 0)
        m_sweeps->selectRow(selected);
    m_sweeps->horizontalHeader()->setStretchLastSection(false);
    m_sweeps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_sweeps->columnCount(); ++column)
        m_sweeps->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_loading = false;
    updateActions();
}

const Result<SweepSpec>& SweepsPage::specOf(const SweepRecord& sweep) const
{
    // A sweep's file does not change after it is made: checked once per sweep, not on every refresh.
    auto found = m_specs.find(sweep.id);
    if (found == m_specs.end())
        found = m_specs.insert(sweep.id,
                               std::make_shared<const Result<SweepSpec>>(SweepSpec::fromJson(sweep.spec, sweep.name)));
    return *found.value();
}

const SweepRecord* SweepsPage::record() const
{
    for (const SweepRecord& sweep : m_list) {
        if (sweep.id == m_current)
            return &sweep;
    }
    return nullptr;
}

void SweepsPage::showSweep()
{
    if (!m_lower)
        return;
    const SweepRecord* sweep = record();
    m_trials->setSortingEnabled(false);
    if (!sweep) {
        m_summary->setText(m_workspace && m_list.isEmpty()
                               ? tr("No sweeps yet. <b>New Sweep…</b> searches a recipe's learning rate, model size "
                                    "and more, trains the trials and keeps the best.")
                               : QString());
        m_trials->setRowCount(0);
        m_trials->setColumnCount(0);
        m_chart->clear();
        m_importance->setShares({});
        m_lower->setVisible(false);
        updateActions();
        return;
    }
    const Result<SweepSpec>& spec = specOf(*sweep);
    if (!spec) {
        m_summary->setText(errorText(spec.error()).toHtmlEscaped());
        updateActions();
        return;
    }
    const Study study(spec.value(), sweep->trials);
    m_lower->setVisible(true);
    QString goal = spec->minimize ? tr("minimise %1").arg(spec->metric) : tr("maximise %1").arg(spec->metric);
    QString strategy = spec->strategy == QLatin1String("tpe") ? tr("TPE (Bayesian)")
        : spec->strategy == QLatin1String("random")           ? tr("random search")
                                                              : tr("grid search");
    QString pruner = spec->pruner == QLatin1String("median") ? tr("median pruning")
        : spec->pruner == QLatin1String("asha")              ? tr("ASHA pruning")
                                                             : tr("no pruning");
    QString summary = tr("<b>%1</b> on %2: %3, %4, %5, budget %n trial(s)", nullptr, spec->trials)
                          .arg(sweep->name.toHtmlEscaped(), spec->dataset.toHtmlEscaped(), goal, strategy, pruner);
    // How it stands, in the user's words: the best trial so far (the engine's message only for a
    // failure, where it says what went wrong).
    int finishedCount = 0;
    int prunedCount = 0;
    for (const Trial& trial : sweep->trials) {
        finishedCount += trial.isFinished();
        prunedCount += trial.state == TrialState::Pruned;
    }
    QString standing = statusText(sweep->status);
    if (const Trial* bestTrial = study.best())
        standing += QStringLiteral(": ")
            + tr("best trial #%1, %2 = %3").arg(bestTrial->number).arg(spec->metric, numberText(bestTrial->value));
    if (finishedCount > 0)
        standing += QStringLiteral("; ")
            + tr("%1 of %2 trials finished, %3 pruned").arg(finishedCount).arg(spec->trials).arg(prunedCount);
    if (sweep->status == QLatin1String("failed") && !sweep->message.isEmpty())
        standing += QStringLiteral("; ") + sweep->message.toHtmlEscaped();
    if (!standing.isEmpty())
        standing[0] = standing[0].toUpper();
    summary += QStringLiteral("<br>") + standing;
    m_summary->setText(summary);

    QStringList paramNames;
    for (const SweepParam& param : spec->space.params)
        paramNames << param.name;
    QStringList headers {tr("#"), tr("Status"), spec->metric, tr("Epochs"), tr("Time")};
    headers << paramNames;
    m_trials->setColumnCount(int(headers.size()));
    m_trials->setHorizontalHeaderLabels(headers);
    m_trials->setRowCount(int(sweep->trials.size()));
    const Trial* best = study.best();
    for (int row = 0; row < int(sweep->trials.size()); ++row) {
        const Trial& trial = sweep->trials[size_t(row)];
        auto* number = item(QString::number(trial.number));
        number->setData(Qt::DisplayRole, trial.number);
        number->setData(Qt::UserRole + 1, trial.runId);
        m_trials->setItem(row, 0, number);
        QString state = stateText(trial.state);
        if (trial.state == TrialState::Pruned)
            state = tr("pruned after epoch %1").arg(trial.prunedEpoch);
        if (best && best->number == trial.number)
            state = tr("complete, best");
        auto* stateItem = item(state);
        if (!trial.error.isEmpty())
            stateItem->setToolTip(engineText(trial.error));
        m_trials->setItem(row, 1, stateItem);
        const double shown = trial.state == TrialState::Complete ? trial.value
            : trial.intermediate.isEmpty()                       ? std::nan("")
                                                                 : trial.intermediate.last();
        auto* value = item(numberText(shown));
        if (std::isfinite(shown))
            value->setData(Qt::DisplayRole, shown);
        m_trials->setItem(row, 2, value);
        auto* epochs = item(QString());
        epochs->setData(Qt::DisplayRole, trial.intermediate.isEmpty() ? 0 : trial.intermediate.lastKey());
        m_trials->setItem(row, 3, epochs);
        m_trials->setItem(
            row, 4, item(trial.seconds() >= 0 ? formatDuration(trial.seconds(), DurationStyle::Units) : QString()));
        for (int column = 0; column < paramNames.size(); ++column) {
            const QJsonValue v = trial.params.value(paramNames[column]);
            auto* cell = item(v.isUndefined() ? QStringLiteral("–") : valueText(v));
            if (v.isDouble())
                cell->setData(Qt::DisplayRole, v.toDouble());
            m_trials->setItem(row, 5 + column, cell);
        }
        if (best && best->number == trial.number) {
            for (int column = 0; column < m_trials->columnCount(); ++column) {
                QFont font = m_trials->item(row, column)->font();
                font.setBold(true);
                m_trials->item(row, column)->setFont(font);
            }
        }
    }
    m_trials->setSortingEnabled(true);
    m_trials->resizeColumnsToContents();

    // The best value after each finished trial, and each complete trial's own value behind it.
    std::vector<double> x, y, rawX, rawY;
    const std::vector<double> curve = study.bestSoFar();
    for (size_t i = 0; i < curve.size(); ++i) {
        if (std::isfinite(curve[i])) {
            x.push_back(double(i + 1));
            y.push_back(curve[i]);
        }
    }
    int finishedIndex = 0;
    std::vector<const Trial*> finished;
    for (const Trial& trial : sweep->trials) {
        if (trial.isFinished())
            finished.push_back(&trial);
    }
    for (const Trial* trial : finished) {
        ++finishedIndex;
        if (trial->state == TrialState::Complete && std::isfinite(trial->value)) {
            rawX.push_back(double(finishedIndex));
            rawY.push_back(trial->value);
        }
    }
    m_chart->setXLabel(tr("trials finished"));
    std::vector<ChartSeries> series;
    ChartSeries bestSeries;
    bestSeries.id = QStringLiteral("best");
    bestSeries.label = tr("best %1").arg(spec->metric);
    bestSeries.color = palette().color(QPalette::Highlight);
    bestSeries.x = x;
    bestSeries.y = y;
    bestSeries.rawX = rawX;
    bestSeries.rawY = rawY;
    bestSeries.rawTransform = tr("each complete trial's value");
    if (!x.empty())
        series.push_back(bestSeries);
    // Losses that fall by decades read on a log scale.
    const auto [low, high] = std::minmax_element(rawY.begin(), rawY.end());
    m_chart->setLogY(!rawY.empty() && *low > 0 && *high / *low > 100);
    m_chart->setPreparedSeries(series);

    QList<QPair<QString, double>> shares;
    const QMap<QString, double> importance = study.importance();
    for (auto it = importance.begin(); it != importance.end(); ++it)
        shares.append({it.key(), it.value()});
    m_importance->setShares(shares);

    if (isRunning() && sweep->id == m_running) {
        int done = 0;
        for (const Trial& trial : sweep->trials)
            done += trial.isFinished();
        m_progress->setRange(0, spec->trials);
        m_progress->setValue(std::min(done, spec->trials));
        m_progress->setFormat(tr("%1 of %2 trials").arg(done).arg(spec->trials));
    }
    updateActions();
}

QStringList SweepsPage::rankedRuns(int limit) const
{
    const SweepRecord* sweep = record();
    if (!sweep)
        return {};
    const Result<SweepSpec>& spec = specOf(*sweep);
    if (!spec)
        return {};
    const Study study(spec.value(), sweep->trials);
    std::vector<const Trial*> ranked;
    for (const Trial& trial : sweep->trials) {
        if (!trial.runId.isEmpty() && (limit < 0 || trial.state == TrialState::Complete))
            ranked.push_back(&trial);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Trial* a, const Trial* b) {
        const bool aComplete = a->state == TrialState::Complete && std::isfinite(a->value);
        const bool bComplete = b->state == TrialState::Complete && std::isfinite(b->value);
        if (aComplete != bComplete)
            return aComplete;
        return aComplete && study.score(a->value) < study.score(b->value);
    });
    QStringList runs;
    for (const Trial* trial : ranked) {
        if (limit >= 0 && runs.size() >= limit)
            break;
        runs << trial->runId;
    }
    return runs;
}

void SweepsPage::newSweep()
{
    if (!m_workspace)
        return;
    SweepDialog dialog(m_datasets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<SweepRecord> created = createSweep(*m_workspace, dialog.spec());
    if (!created) {
        setMessage(errorText(created.error()), true);
        return;
    }
    m_current = created->id;
    m_wanted = created->id;
    setMessage(tr("Created sweep %1.").arg(created->name), false);
    reload();
    if (dialog.runNow())
        run(dialog.parallel());
}

void SweepsPage::run(int parallel)
{
    const SweepRecord* sweep = record();
    if (!m_workspace || !sweep || isRunning())
        return;
    const Result<SweepSpec>& spec = specOf(*sweep);
    if (!spec) {
        setMessage(errorText(spec.error()), true);
        return;
    }
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_running = sweep->id;
    SweepRunOptions options;
    options.parallel = parallel > 0 ? parallel : 1;
    options.threads = std::max(1, m_threads);
    const QString id = sweep->id;
    const QString name = sweep->name;
    const int budget = spec->trials;
    m_task = TaskManager::instance().start(
        tr("Running sweep %1").arg(name), this,
        [workspace = m_workspace, id, options, stop = m_stop, budget](TaskContext& context) {
            SweepRunOptions withBackend = options;
            // LibTorch is loaded here, on the worker, when a sweep trains.
            withBackend.backend = &torchBackend();
            PageSweepObserver observer(stop, context, budget);
            return runSweep(*workspace, id, withBackend, observer);
        },
        [this, name](Result<SweepRunResult> result) {
            m_task = nullptr;
            m_running.clear();
            m_refresh->stop();
            m_progress->hide();
            if (!result) {
                setMessage(errorText(result.error()), true);
                Q_EMIT sweepFinished(QStringLiteral("failed"), errorText(result.error()));
            } else {
                // The summary above the trials and the status bar say how it ended.
                setMessage(result->status == QLatin1String("failed")
                               ? tr("Sweep %1: %2").arg(name, result->sweep.message)
                               : QString(),
                           result->status == QLatin1String("failed"));
                Q_EMIT sweepFinished(result->status, result->sweep.message);
            }
            reload();
        });
    m_progress->setRange(0, budget);
    m_progress->setValue(0);
    m_progress->setFormat(tr("starting…"));
    m_progress->show();
    m_refresh->start(1000);
    setMessage(QString(), false); // the progress bar and the summary say how it goes
    updateActions();
}

void SweepsPage::stop()
{
    const SweepRecord* sweep = record();
    if (m_stop && isRunning() && (!sweep || sweep->id == m_running)) {
        m_stop->store(true);
        setMessage(tr("Stopping after the current step of each running trial… Run resumes the sweep later."), false);
    } else if (sweep && sweep->status == QLatin1String("running") && sweep->id != m_running && m_workspace) {
        // Run by another process (crucible-cli): ask it to stop.
        const Status asked = SweepStore(*m_workspace).requestStop(sweep->id);
        setMessage(asked ? tr("Asked the process running %1 to stop.").arg(sweep->name) : errorText(asked.error()),
                   !asked);
    }
}

void SweepsPage::updateActions()
{
    const SweepRecord* sweep = record();
    const bool running = isRunning();
    const bool elsewhere = sweep && sweep->status == QLatin1String("running") && sweep->id != m_running;
    m_runButton->setEnabled(sweep && !running && !elsewhere && sweep->status != QLatin1String("finished"));
    m_runButton->setText(
        sweep && (sweep->status == QLatin1String("stopped") || sweep->status == QLatin1String("interrupted"))
            ? tr("Resume Sweep")
            : tr("Run Sweep"));
    m_stopButton->setEnabled((running && sweep && sweep->id == m_running) || elsewhere);
    const bool hasComplete = !rankedRuns(1).isEmpty();
    m_compareTopButton->setEnabled(hasComplete);
    m_compareAllButton->setEnabled(sweep && !rankedRuns(-1).isEmpty());
    m_registerButton->setEnabled(hasComplete);
    m_newButton->setEnabled(m_workspace != nullptr);
}

void SweepsPage::setMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
}

QString SweepsPage::messageText() const
{
    return m_message->text();
}

} // namespace crucible
