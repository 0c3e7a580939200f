#include "RunsPage.h"

#include "EngineText.h"
#include "RunDetailsPanel.h"
#include "RunDiffDialog.h"
#include "RunTableModel.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/ChangeHub.h"
#include "engine/data/WorkspaceGc.h"
#include "engine/interop/MlflowSearch.h"
#include "engine/repro/Reproduction.h"
#include "engine/repro/RunDiff.h"
#include "engine/store/FilterExpression.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"
#include "engine/torch/Trainer.h"
#include "engine/train/TrainingJob.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace crucible {

/// What one reload reads, off the GUI thread.
struct RunsPage::Listing {
    QStringList experiments;
    std::vector<RunRecord> runs;
    QStringList metricKeys;
    QStringList paramKeys;
    RunTableModel::Ordering ordering; ///< how `runs` is sorted
    QString error; ///< empty when the runs were listed
};

RunsPage::RunsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runs-page"));
    m_model = new RunTableModel(this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("runs-filter"));
    m_filter->setClearButtonEnabled(true);
    m_experiment = new QComboBox(this);
    m_experiment->setObjectName(QStringLiteral("runs-experiment"));
    m_experiment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_columnsMenu = new QMenu(this);
    m_columnsButton = new QToolButton(this);
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setMenu(m_columnsMenu);
    m_trashButton = new QToolButton(this);
    m_trashButton->setObjectName(QStringLiteral("runs-trash"));
    m_trashButton->setCheckable(true);
    m_emptyTrashButton = new QToolButton(this);
    m_emptyTrashButton->setObjectName(QStringLiteral("runs-empty-trash"));
    m_emptyTrashButton->hide();
    connect(m_emptyTrashButton, &QToolButton::clicked, this, [this] { emptyTrash(true); });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("runs-count"));
    m_filterError = new QLabel(this);
    m_filterError->setObjectName(QStringLiteral("runs-filter-error"));
    m_filterError->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_filterError->setWordWrap(true);
    m_filterError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterError->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("runs-table"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(3, Qt::DescendingOrder); // newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setResizeContentsPrecision(200); // not 1,000 rows of 10,000
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_details = new RunDetailsPanel(this);
    connect(m_details, &RunDetailsPanel::openPipelineRunRequested, this, &RunsPage::openPipelineRunRequested);

    m_renameAction = new QAction(this);
    m_renameAction->setShortcut(Qt::Key_F2);
    m_trashAction = new QAction(this);
    m_trashAction->setShortcut(QKeySequence::Delete);
    m_compareSelectedAction = new QAction(this);
    m_compareSelectedAction->setObjectName(QStringLiteral("runs-compare-selected"));
    m_compareSelectedAction->setIcon(QIcon(QStringLiteral(":/icons/compare.svg")));
    m_compareSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compareSelectedAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_compareMatchingAction = new QAction(this);
    m_compareMatchingAction->setObjectName(QStringLiteral("runs-compare-matching"));
    m_compareMatchingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_compareMatchingAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_compareSelectedAction);
    addAction(m_compareMatchingAction);
    m_view->addAction(m_compareSelectedAction);
    m_view->addAction(m_compareMatchingAction);
    m_view->addAction(m_renameAction);
    m_view->addAction(m_trashAction);
    m_compareButton = new QToolButton(this);
    m_compareButton->setObjectName(QStringLiteral("runs-compare"));
    m_compareButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_compareButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_compareButton->setDefaultAction(m_compareSelectedAction);
    auto* compareMenu = new QMenu(this);
    compareMenu->addAction(m_compareSelectedAction);
    compareMenu->addAction(m_compareMatchingAction);
    m_compareButton->setMenu(compareMenu);
    m_registerAction = new QAction(this);
    m_registerAction->setObjectName(QStringLiteral("runs-register"));
    m_registerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_registerAction->setEnabled(false);
    m_view->addAction(m_registerAction);
    connect(m_registerAction, &QAction::triggered, this, [this] {
        if (selectedRunIds().size() == 1)
            Q_EMIT registerModelRequested(selectedRunIds().first());
    });

    // Reproducibility: rerun a run from its record (and check it), diff two runs.
    m_rerunAction = new QAction(this);
    m_rerunAction->setObjectName(QStringLiteral("runs-rerun"));
    m_rerunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_rerunCheckAction = new QAction(this);
    m_rerunCheckAction->setObjectName(QStringLiteral("runs-rerun-check"));
    m_rerunCheckAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_diffAction = new QAction(this);
    m_diffAction->setObjectName(QStringLiteral("runs-diff"));
    m_diffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    for (QAction* action : {m_rerunAction, m_rerunCheckAction, m_diffAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
        m_view->addAction(action);
    }
    connect(m_rerunAction, &QAction::triggered, this, [this] { rerunSelected(false); });
    connect(m_rerunCheckAction, &QAction::triggered, this, [this] { rerunSelected(true); });
    connect(m_diffAction, &QAction::triggered, this, &RunsPage::diffSelected);
    m_rerunButton = new QToolButton(this);
    m_rerunButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_rerunButton->setDefaultAction(m_rerunCheckAction);
    auto* rerunMenu = new QMenu(this);
    rerunMenu->addAction(m_rerunCheckAction);
    rerunMenu->addAction(m_rerunAction);
    m_rerunButton->setMenu(rerunMenu);
    m_diffButton = new QToolButton(this);
    m_diffButton->setDefaultAction(m_diffAction);
    m_rerunStrip = new QFrame(this);
    m_rerunStrip->setObjectName(QStringLiteral("runs-rerun-strip"));
    m_rerunStrip->setFrameShape(QFrame::StyledPanel);
    m_rerunLabel = new QLabel(m_rerunStrip);
    m_rerunLabel->setWordWrap(true);
    m_rerunLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rerunProgress = new QProgressBar(m_rerunStrip);
    m_rerunProgress->setRange(0, 1000);
    m_rerunProgress->setTextVisible(false);
    m_rerunProgress->setMaximumWidth(200);
    m_rerunStop = new QPushButton(m_rerunStrip);
    m_rerunCompare = new QPushButton(m_rerunStrip);
    m_rerunCompare->setObjectName(QStringLiteral("runs-rerun-compare"));
    auto* strip = new QHBoxLayout(m_rerunStrip);
    strip->addWidget(m_rerunLabel, 1);
    strip->addWidget(m_rerunProgress);
    strip->addWidget(m_rerunStop);
    strip->addWidget(m_rerunCompare);
    m_rerunStrip->hide();
    connect(m_rerunStop, &QPushButton::clicked, this, [this] {
        if (m_rerunJob)
            m_rerunJob->stop();
    });
    connect(m_rerunCompare, &QPushButton::clicked, this, [this] {
        if (!m_rerunOriginal.isEmpty() && !m_lastRerun.isEmpty())
            Q_EMIT compareRequested({m_rerunOriginal, m_lastRerun});
    });

    auto* bar = new QHBoxLayout();
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_experiment);
    bar->addWidget(m_columnsButton);
    bar->addWidget(m_trashButton);
    bar->addWidget(m_emptyTrashButton);
    bar->addWidget(m_compareButton);
    auto* registerButton = new QToolButton(this);
    registerButton->setDefaultAction(m_registerAction);
    bar->addWidget(registerButton);
    bar->addWidget(m_rerunButton);
    bar->addWidget(m_diffButton);
    bar->addWidget(m_count);
    // The buttons keep their labels (German ones are long); the filter field gives way instead.
    for (QToolButton* button : {m_columnsButton, m_trashButton, m_emptyTrashButton, m_compareButton, registerButton,
                                m_rerunButton, m_diffButton})
        button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_filter->setMinimumWidth(160);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_rerunStrip);
    layout->addWidget(m_filterError);
    layout->addWidget(splitter, 1);

    m_changeDelay.setSingleShot(true);
    m_changeDelay.setInterval(250);
    connect(&m_changeDelay, &QTimer::timeout, this, &RunsPage::applyChanges);
    m_otherWriters.setInterval(2000);
    connect(&m_otherWriters, &QTimer::timeout, this, &RunsPage::pollOtherWriters);
    ChangeHub& hub = ChangeHub::instance();
    connect(&hub, &ChangeHub::runAdded, this, &RunsPage::noteChange);
    connect(&hub, &ChangeHub::runChanged, this, &RunsPage::noteChange);
    connect(&hub, &ChangeHub::metricsAppended, this, &RunsPage::noteChange);
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(&m_filterDelay, &QTimer::timeout, this, &RunsPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, &RunsPage::applyFilter);
    connect(m_experiment, &QComboBox::activated, this, &RunsPage::reload);
    connect(m_trashButton, &QToolButton::toggled, this, &RunsPage::reload);
    connect(m_trashButton, &QToolButton::toggled, m_emptyTrashButton, &QWidget::setVisible);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPage::updateDetails);
    connect(m_renameAction, &QAction::triggered, this, &RunsPage::renameCurrent);
    connect(m_trashAction, &QAction::triggered, this, &RunsPage::trashOrRestoreSelected);
    connect(m_details, &RunDetailsPanel::editsSaved, this, &RunsPage::saveEdits);
    connect(m_compareSelectedAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedRunIds();
        if (!ids.isEmpty())
            Q_EMIT compareRequested(ids);
    });
    connect(m_compareMatchingAction, &QAction::triggered, this, [this] {
        const QStringList ids = matchingRunIds();
        if (!ids.isEmpty())
            Q_EMIT compareRequested(ids);
    });
    retranslate();
}

RunsPage::~RunsPage() = default;

void RunsPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter, for example: metrics.val_accuracy > 0.9 and params.optimizer = \"adam\""));
    m_filter->setToolTip(tr("Fields: name, status, experiment, tag, tags.KEY, seed, dataset, created, params.KEY, "
                            "metrics.KEY (.min, .max, .best); operators = != < <= > >= contains like glob in; "
                            "dates as 2026-12-01 or 2026-12-01 14:30; join with and, or, not"));
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the params and metrics shown as columns"));
    m_trashButton->setText(tr("Trash"));
    m_trashButton->setToolTip(tr("Show the runs in the trash"));
    m_emptyTrashButton->setText(tr("Empty Trash…"));
    m_emptyTrashButton->setToolTip(tr("Delete the runs in the trash for good, with their checkpoints, models and "
                                      "artifacts"));
    m_renameAction->setText(tr("Rename…"));
    m_compareSelectedAction->setText(tr("Compare Selected"));
    m_compareSelectedAction->setToolTip(
        tr("Compare the selected runs side by side (%1)")
            .arg(m_compareSelectedAction->shortcut().toString(QKeySequence::NativeText)));
    m_compareMatchingAction->setText(tr("Compare All Matching the Filter"));
    m_compareMatchingAction->setToolTip(
        tr("Compare every run the table lists (%1)")
            .arg(m_compareMatchingAction->shortcut().toString(QKeySequence::NativeText)));
    m_registerAction->setText(tr("Register Model…"));
    m_registerAction->setToolTip(tr("Register the selected run's model in the model registry (Ctrl+Shift+R)"));
    m_trashAction->setText(m_trashButton->isChecked() ? tr("Restore") : tr("Move to Trash"));
    m_rerunAction->setText(tr("Rerun"));
    m_rerunAction->setToolTip(tr("Train the selected run again from its record: recipe, dataset version, seed, "
                                 "threads and device (%1)")
                                  .arg(m_rerunAction->shortcut().toString(QKeySequence::NativeText)));
    m_rerunCheckAction->setText(tr("Rerun and Check"));
    m_rerunCheckAction->setIconText(tr("Rerun")); // the tool button's short label; its menu says both
    m_rerunCheckAction->setToolTip(tr("Rerun the selected run and compare every metric point with it (%1)")
                                       .arg(m_rerunCheckAction->shortcut().toString(QKeySequence::NativeText)));
    m_diffAction->setText(tr("Diff"));
    m_diffAction->setToolTip(tr("What differs between the two selected runs: recipe, data and environment (%1)")
                                 .arg(m_diffAction->shortcut().toString(QKeySequence::NativeText)));
    m_rerunStop->setText(tr("Stop"));
    m_rerunCompare->setText(tr("Compare Both"));
    m_rerunCompare->setToolTip(tr("Show the original and the rerun overlaid on the Compare page"));
    if (m_experiment->count() > 0)
        m_experiment->setItemText(0, tr("All experiments"));
}

void RunsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RunsPage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_pendingRun.clear();
    m_hasChosenColumns = false;
    reload();
}

void RunsPage::setFilterText(const QString& expression)
{
    m_filter->setText(expression);
    m_filterDelay.stop();
    applyFilter();
}

QString RunsPage::filterError() const
{
    return m_filterError->isHidden() ? QString() : m_filterError->text();
}

void RunsPage::setExtraColumns(const QStringList& fields)
{
    m_chosenColumns = fields;
    m_hasChosenColumns = true;
    m_model->setExtraColumns(fields);
    updateColumnsMenu();
}

void RunsPage::setShowingTrash(bool showing)
{
    m_trashButton->setChecked(showing);
}

QStringList RunsPage::selectedRunIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(RunTableModel::RunIdRole).toString();
    return ids;
}

QStringList RunsPage::matchingRunIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row, 0).data(RunTableModel::RunIdRole).toString();
    return ids;
}

void RunsPage::applyFilter()
{
    const FilterExpression expression = FilterExpression::parse(mlflow::filterFromEitherSyntax(m_filter->text()));
    if (!expression.isValid()) {
        m_filterError->setText(tr("Column %1: %2").arg(expression.errorPosition() + 1).arg(expression.errorMessage()));
        m_filterError->show();
        m_filter->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
        return;
    }
    m_filterError->clear();
    m_filterError->hide();
    m_filter->setStyleSheet(QString());
    reload();
}

void RunsPage::reload()
{
    m_trashAction->setText(m_trashButton->isChecked() ? tr("Restore") : tr("Move to Trash"));
    const quint64 generation = ++m_generation;
    if (!m_workspace) {
        m_isLoading = false;
        m_model->setRuns({});
        m_count->clear();
        m_metricKeys.clear();
        m_paramKeys.clear();
        m_details->showRun(nullptr);
        updateColumnsMenu();
        Q_EMIT loaded();
        return;
    }
    const RunQuery query = currentQuery();
    m_changedIds.clear(); // the listing reads them as they are now
    m_isLoading = true;
    if (m_model->rowCount() == 0)
        m_count->setText(tr("Loading…"));
    TaskManager::instance().start(
        tr("Listing runs…"), this,
        [workspace = m_workspace, query, ordering = m_model->ordering()](TaskContext&) {
            Listing listing;
            const RunCatalog catalog(*workspace);
            if (auto names = catalog.experiments())
                listing.experiments = std::move(names.value());
            auto runs = catalog.list(query);
            if (!runs) {
                listing.error = errorText(runs.error());
                return listing;
            }
            listing.runs = std::move(runs.value());
            ordering.apply(listing.runs);
            listing.ordering = ordering;
            if (auto keys = catalog.metricKeys())
                listing.metricKeys = std::move(keys.value());
            if (auto keys = catalog.paramKeys())
                listing.paramKeys = std::move(keys.value());
            return listing;
        },
        [this, generation, selected = selectedRunIds()](Listing listing) {
            if (generation == m_generation)
                applyListing(std::move(listing), selected);
        },
        TaskManager::Options {.shown = false});
}

RunQuery RunsPage::currentQuery() const
{
    RunQuery query;
    query.experiment = m_experiment->currentIndex() > 0 ? m_experiment->currentText() : QString();
    const QString filter = mlflow::filterFromEitherSyntax(m_filter->text());
    query.filter = FilterExpression::parse(filter).isValid() ? filter : QString();
    query.trash = m_trashButton->isChecked() ? RunQuery::Trash::Only : RunQuery::Trash::Exclude;
    return query;
}

void RunsPage::noteChange(const QString& database, const QString& runId)
{
    if (!m_workspace || database != m_workspace->databasePath())
        return;
    if (!m_changedIds.contains(runId))
        m_changedIds << runId;
    if (!m_changeDelay.isActive())
        m_changeDelay.start();
}

void RunsPage::emptyTrash(bool ask)
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    if (ask) {
        const int count = m_trashButton->isChecked() ? m_model->rowCount() : 0;
        const auto answer = QMessageBox::question(
            this, tr("Empty Trash"),
            tr("Delete the %n run(s) in the trash for good, with their checkpoints, models and artifacts? This cannot "
               "be undone.",
               nullptr, count),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_emptyTrashButton->setEnabled(false);
    TaskManager::instance().start(
        tr("Emptying the trash…"), this,
        [workspace = m_workspace](TaskContext&) { return crucible::emptyTrash(*workspace); },
        [this](Result<Reclaimed> emptied) {
            m_emptyTrashButton->setEnabled(true);
            if (!emptied) {
                Q_EMIT problem(tr("Cannot empty the trash: %1").arg(errorText(emptied.error())));
                return;
            }
            Q_EMIT notice(tr("Deleted %n run(s) for good; %1 freed.", nullptr, emptied->runs)
                              .arg(QLocale().formattedDataSize(emptied->bytes, 1, QLocale::DataSizeSIFormat)));
            reload();
        },
        TaskManager::Options {.shown = true});
}

void RunsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_otherWriters.start();
}

void RunsPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_otherWriters.stop();
}

void RunsPage::pollOtherWriters()
{
    if (!m_workspace || m_isLoading || m_isPolling)
        return;
    QDateTime newest;
    QStringList active; // listed as running: they may have ended since
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RunRecord* run = m_model->runAt(row);
        if (!newest.isValid() || run->createdAt > newest)
            newest = run->createdAt;
        if (run->status == RunStatus::Running || run->status == RunStatus::Paused)
            active << run->id;
    }
    m_isPolling = true;
    TaskManager::instance().start(
        tr("Looking for changed runs…"), this,
        [workspace = m_workspace, newest](TaskContext&) { return RunCatalog(*workspace).recentOrActive(newest); },
        [this, active, database = m_workspace->databasePath()](Result<QStringList> ids) {
            m_isPolling = false;
            if (!ids || !m_workspace || database != m_workspace->databasePath())
                return;
            for (const QString& id : ids.value() + active)
                noteChange(database, id);
        },
        TaskManager::Options {.shown = false});
}

void RunsPage::applyChanges()
{
    if (m_changedIds.isEmpty() || !m_workspace)
        return;
    if (m_isLoading || m_isApplyingChanges) { // one read at a time, in order
        m_changeDelay.start();
        return;
    }
    RunQuery query = currentQuery();
    query.ids = m_changedIds;
    m_changedIds.clear();
    m_isApplyingChanges = true;
    TaskManager::instance().start(
        tr("Reading changed runs…"), this,
        [workspace = m_workspace, query](TaskContext&) { return RunCatalog(*workspace).list(query); },
        [this, generation = m_generation, ids = query.ids](Result<std::vector<RunRecord>> runs) {
            m_isApplyingChanges = false;
            if (generation != m_generation) // a full listing replaced the table meanwhile
                return;
            if (!runs) {
                Q_EMIT problem(tr("Cannot list the runs: %1").arg(errorText(runs.error())));
                return;
            }
            const QString current = m_details->runId();
            m_model->applyChanges(ids, std::move(runs.value()));
            m_count->setText(tr("%n run(s)", nullptr, m_model->rowCount()));
            if (ids.contains(current) || current.isEmpty())
                updateDetails();
            if (!m_changedIds.isEmpty())
                m_changeDelay.start();
        },
        TaskManager::Options {.shown = false});
}

void RunsPage::applyListing(Listing listing, const QStringList& selected)
{
    m_isLoading = false;
    const QString experiment = m_experiment->currentIndex() > 0 ? m_experiment->currentText() : QString();
    m_experiment->clear();
    m_experiment->addItem(tr("All experiments"));
    m_experiment->addItems(listing.experiments);
    m_experiment->setCurrentIndex(std::max(0, int(m_experiment->findText(experiment))));
    if (!listing.error.isEmpty()) {
        m_count->clear();
        Q_EMIT problem(tr("Cannot list the runs: %1").arg(listing.error));
        Q_EMIT loaded();
        return;
    }
    m_metricKeys = listing.metricKeys;
    m_paramKeys = listing.paramKeys;
    if (!m_hasChosenColumns) {
        QStringList defaults;
        for (const char* key : {"val_accuracy", "val_loss", "val_mse", "loss"}) {
            if (m_metricKeys.contains(QLatin1String(key)))
                defaults << QStringLiteral("metrics.") + QLatin1String(key);
        }
        m_chosenColumns = defaults;
        if (m_model->extraColumns() != defaults)
            m_model->setExtraColumns(defaults);
    }
    if (!m_pendingRun.isEmpty()
        && std::none_of(listing.runs.begin(), listing.runs.end(),
                        [this](const RunRecord& run) { return run.id == m_pendingRun; })
        && revealPendingRun())
        return; // a filter, the experiment or the trash view hid it: the listing without them follows
    const int total = int(listing.runs.size());
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setRuns(std::move(listing.runs), listing.ordering);
    if (wasEmpty)
        m_view->resizeColumnsToContents();
    m_count->setText(tr("%n run(s)", nullptr, total));
    const QSignalBlocker blocker(m_view->selectionModel()); // one details update below, not one per row
    QItemSelection selection;
    for (const QString& id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const int pending = m_pendingRun.isEmpty() ? -1 : m_model->rowOf(m_pendingRun);
    m_pendingRun.clear();
    if (pending >= 0) {
        const QModelIndex index = m_model->index(pending, 0);
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else if (!m_view->selectionModel()->hasSelection() && m_model->rowCount() > 0) { // show someone's details
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_view->viewport()->update();
    updateColumnsMenu();
    updateDetails();
    Q_EMIT loaded();
}

void RunsPage::updateColumnsMenu()
{
    m_columnsMenu->clear();
    if (!m_workspace)
        return;
    auto addSection = [&](const QString& title, const QString& prefix, const QStringList& keys) {
        m_columnsMenu->addSection(title);
        for (const QString& key : keys) {
            const QString field = prefix + key;
            QAction* action = m_columnsMenu->addAction(key);
            action->setCheckable(true);
            action->setChecked(m_chosenColumns.contains(field));
            connect(action, &QAction::toggled, this, [this, field](bool on) {
                QStringList columns = m_chosenColumns;
                if (on && !columns.contains(field))
                    columns << field;
                else if (!on)
                    columns.removeAll(field);
                setExtraColumns(columns);
                m_view->resizeColumnsToContents();
            });
        }
    };
    addSection(tr("Metrics (last value)"), QStringLiteral("metrics."), m_metricKeys);
    addSection(tr("Params"), QStringLiteral("params."), m_paramKeys);
}

void RunsPage::updateDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QStringList selected = selectedRunIds();
    QString id = current.isValid() ? current.data(RunTableModel::RunIdRole).toString() : QString();
    if (!selected.contains(id))
        id = selected.value(0);
    m_registerAction->setEnabled(false);
    updateRerunActions();
    if (id.isEmpty() || !m_workspace) {
        m_details->showRun(nullptr);
        return;
    }
    const auto run = RunCatalog(*m_workspace).run(id);
    m_details->showRun(run ? &run.value() : nullptr);
    if (run && selected.size() == 1 && (run->status == RunStatus::Finished || run->status == RunStatus::Stopped))
        m_registerAction->setEnabled(
            std::any_of(run->artifacts.begin(), run->artifacts.end(),
                        [](const ArtifactRecord& a) { return a.kind == QLatin1String("model"); }));
}

void RunsPage::updateRerunActions()
{
    const QStringList selected = selectedRunIds();
    const bool idle = !isRerunning();
    m_rerunAction->setEnabled(idle && selected.size() == 1);
    m_rerunCheckAction->setEnabled(idle && selected.size() == 1);
    m_diffAction->setEnabled(selected.size() == 2);
}

bool RunsPage::isRerunning() const
{
    return m_rerunJob && m_rerunJob->isActive();
}

QString RunsPage::rerunText() const
{
    return m_rerunLabel->text();
}

void RunsPage::rerunSelected(bool check)
{
    const QStringList selected = selectedRunIds();
    if (isRerunning() || selected.size() != 1 || !m_workspace)
        return;
    auto showProblem = [this](const QString& message) {
        m_rerunStrip->show();
        m_rerunProgress->hide();
        m_rerunStop->hide();
        m_rerunCompare->hide();
        m_rerunLabel->setText(tr("The run cannot be rerun: %1").arg(message));
    };
    const auto run = RunCatalog(*m_workspace).run(selected.first());
    if (!run)
        return showProblem(errorText(run.error()));
    auto request = repro::rerunRequest(*m_workspace, run.value());
    if (!request)
        return showProblem(engineText(request.error().message));
    m_rerunOriginal = run->id;
    m_rerunOriginalName = run->name;
    m_rerunCheck = check;
    m_lastRerun.clear();
    m_rerunJob = std::make_unique<TrainingJob>(m_workspace, torchBackend());
    connect(m_rerunJob.get(), &TrainingJob::runCreated, this, [this](const QString& id) { m_lastRerun = id; });
    connect(m_rerunJob.get(), &TrainingJob::progressChanged, this, [this](const TrainingProgress& progress) {
        m_rerunProgress->setValue(int(1000 * progress.fraction()));
        m_rerunLabel->setText(
            tr("Rerunning “%1”: epoch %2 of %3…").arg(m_rerunOriginalName).arg(progress.epoch).arg(progress.epochs));
    });
    connect(m_rerunJob.get(), &TrainingJob::finished, this, &RunsPage::rerunFinished);
    QString text = tr("Rerunning “%1” from its record…").arg(run->name);
    if (check && !run->config.value(QStringLiteral("deterministic")).toBool())
        text += QLatin1Char(' ')
            + tr("It was trained without deterministic mode, so only approximate agreement (within %1 %) can be "
                 "expected.")
                  .arg(repro::kTolerance * 100);
    m_rerunLabel->setText(text);
    m_rerunProgress->setValue(0);
    m_rerunProgress->show();
    m_rerunStop->show();
    m_rerunCompare->hide();
    m_rerunStrip->show();
    m_rerunJob->start(request.value());
    updateRerunActions();
}

void RunsPage::rerunFinished()
{
    m_rerunProgress->hide();
    m_rerunStop->hide();
    const auto result = m_rerunJob ? m_rerunJob->result() : std::nullopt;
    const auto error = m_rerunJob ? m_rerunJob->error() : std::nullopt;
    if (!result) {
        m_rerunLabel->setText(tr("The rerun did not start: %1").arg(error ? error->message : tr("unknown error")));
    } else if (result->status != RunStatus::Finished) {
        m_rerunLabel->setText(
            tr("The rerun %1 ended %2: %3")
                .arg(result->runId, RunTableModel::statusText(result->status), engineText(result->error)));
    } else if (!m_rerunCheck) {
        m_rerunLabel->setText(tr("Rerun %1 of “%2” finished.").arg(result->runId, m_rerunOriginalName));
        m_rerunCompare->show();
    } else {
        const auto check = repro::compareRuns(*m_workspace, m_rerunOriginal, result->runId);
        if (!check) {
            m_rerunLabel->setText(
                tr("The rerun finished, but the check failed: %1").arg(engineText(check.error().message)));
        } else {
            if (const Status recorded = repro::recordCheck(*m_workspace, check.value()); !recorded)
                Q_EMIT problem(errorText(recorded.error()));
            QString text = check->reproduced()
                ? tr("Reproduced: %n point(s) identical.", nullptr, int(check->identical))
                : tr("Not reproduced.");
            if (check->reproduced() && check->identical != check->points)
                text = tr("Reproduced within %1 %: %n point(s) compared, %2 identical.", nullptr, int(check->points))
                           .arg(repro::kTolerance * 100)
                           .arg(check->identical);
            if (!check->reproduced() && check->firstDifference
                && check->firstDifference->rerunStep != check->firstDifference->step)
                text += QLatin1Char(' ')
                    + tr("%1 is logged at step %2 in the original and at step %3 in the rerun.")
                          .arg(check->firstDifference->key)
                          .arg(check->firstDifference->step)
                          .arg(check->firstDifference->rerunStep);
            else if (!check->reproduced() && check->firstDifference)
                text += QLatin1Char(' ')
                    + tr("%1 at step %2 is %3 in the original and %4 in the rerun.")
                          .arg(check->firstDifference->key)
                          .arg(check->firstDifference->step)
                          .arg(QLocale().toString(check->firstDifference->original, 'g', 17),
                               QLocale().toString(check->firstDifference->rerun, 'g', 17));
            QStringList changes;
            for (const repro::EnvironmentChange& change : check->environment)
                changes << QStringLiteral("%1 %2 → %3").arg(change.key, change.original, change.rerun);
            text += QLatin1Char(' ')
                + (changes.isEmpty() ? tr("The environment is the same.")
                                     : tr("The environment differs: %1.").arg(changes.join(QStringLiteral("; "))));
            m_rerunLabel->setText(text);
            QPalette palette = m_rerunLabel->palette();
            palette.setColor(QPalette::WindowText,
                             check->reproduced() ? QColor(QStringLiteral("#2e7d32"))
                                                 : QColor(QStringLiteral("#c0392b")));
            m_rerunLabel->setPalette(palette);
        }
        m_rerunCompare->show();
    }
    reload();
    if (result)
        showRun(result->runId);
    updateRerunActions();
}

RunDiffDialog* RunsPage::diffDialog() const
{
    return m_diffDialog.data();
}

void RunsPage::diffSelected()
{
    const QStringList selected = selectedRunIds();
    if (selected.size() != 2 || !m_workspace)
        return;
    RunCatalog catalog(*m_workspace);
    auto a = catalog.run(selected[0]);
    auto b = catalog.run(selected[1]);
    if (!a || !b) {
        Q_EMIT problem(errorText(a ? b.error() : a.error()));
        return;
    }
    // Older first: A is the run that came first.
    if (b->createdAt < a->createdAt)
        std::swap(a, b);
    auto rows = repro::diffRuns(*m_workspace, a.value(), b.value());
    if (!rows) {
        Q_EMIT problem(errorText(rows.error()));
        return;
    }
    if (m_diffDialog)
        m_diffDialog->close();
    m_diffDialog = new RunDiffDialog(a.value(), b.value(), rows.value(), this);
    m_diffDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_diffDialog->show();
}

bool RunsPage::showRun(const QString& runId)
{
    if (!m_workspace)
        return false;
    const int row = m_isLoading ? -1 : m_model->rowOf(runId);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        return true;
    }
    const auto run = RunCatalog(*m_workspace).run(runId);
    if (!run || run->isDeleted())
        return false;
    m_pendingRun = runId; // selected when a listing that holds it is in
    if (!m_isLoading && !revealPendingRun())
        reload(); // nothing hides it: it is new to this page (another process made it)
    return true;
}

bool RunsPage::revealPendingRun()
{
    if (m_filter->text().isEmpty() && m_experiment->currentIndex() <= 0 && !m_trashButton->isChecked())
        return false;
    const QSignalBlocker blocker(m_trashButton);
    m_trashButton->setChecked(false);
    m_experiment->setCurrentIndex(0);
    setFilterText(QString()); // reloads
    return true;
}

void RunsPage::renameCurrent()
{
    const QStringList ids = selectedRunIds();
    if (ids.size() != 1 || !m_workspace)
        return;
    const RunRecord* run = m_model->runAt(m_model->rowOf(ids.first()));
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Run"), tr("Name:"), QLineEdit::Normal, run ? run->name : QString(), &ok);
    if (!ok)
        return;
    if (const Status renamed = RunStore(*m_workspace).rename(ids.first(), name); !renamed)
        Q_EMIT problem(tr("Cannot rename the run: %1").arg(errorText(renamed.error())));
    reload();
}

void RunsPage::trashOrRestoreSelected()
{
    if (!m_workspace)
        return;
    RunStore store(*m_workspace);
    const bool restoring = m_trashButton->isChecked();
    for (const QString& id : selectedRunIds()) {
        const Status status = restoring ? store.restore(id) : store.moveToTrash(id);
        if (!status) {
            Q_EMIT problem(tr("Cannot change the run: %1").arg(errorText(status.error())));
            break;
        }
    }
    m_view->clearSelection();
    reload();
}

void RunsPage::saveEdits(const QString& runId, const QString& notes, const QStringList& tags)
{
    if (!m_workspace)
        return;
    RunStore store(*m_workspace);
    Status status = store.setNotes(runId, notes);
    if (status)
        status = store.setTags(runId, tags);
    if (!status)
        Q_EMIT problem(tr("Cannot save the notes and tags: %1").arg(errorText(status.error())));
    reload();
}

} // namespace crucible
