#include "RunsPage.h"

#include "RunDetailsPanel.h"
#include "RunTableModel.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/ChangeHub.h"
#include "engine/store/FilterExpression.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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

    auto* bar = new QHBoxLayout();
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_experiment);
    bar->addWidget(m_columnsButton);
    bar->addWidget(m_trashButton);
    bar->addWidget(m_compareButton);
    auto* registerButton = new QToolButton(this);
    registerButton->setDefaultAction(m_registerAction);
    bar->addWidget(registerButton);
    bar->addWidget(m_count);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_filterError);
    layout->addWidget(splitter, 1);

    m_changeDelay.setSingleShot(true);
    m_changeDelay.setInterval(250);
    connect(&m_changeDelay, &QTimer::timeout, this, &RunsPage::applyChanges);
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
    m_filter->setToolTip(tr("Fields: name, status, experiment, tag, seed, dataset, params.KEY, metrics.KEY "
                            "(.min, .max, .best); operators = != < <= > >= contains; join with and, or, not"));
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the params and metrics shown as columns"));
    m_trashButton->setText(tr("Trash"));
    m_trashButton->setToolTip(tr("Show the runs in the trash"));
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
    const FilterExpression expression = FilterExpression::parse(m_filter->text());
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
                listing.error = runs.error().text();
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
    const FilterExpression expression = FilterExpression::parse(m_filter->text());
    query.filter = expression.isValid() ? m_filter->text() : QString();
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
                Q_EMIT problem(tr("Cannot list the runs: %1").arg(runs.error().text()));
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
        Q_EMIT problem(tr("Cannot rename the run: %1").arg(renamed.error().text()));
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
            Q_EMIT problem(tr("Cannot change the run: %1").arg(status.error().text()));
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
        Q_EMIT problem(tr("Cannot save the notes and tags: %1").arg(status.error().text()));
    reload();
}

} // namespace crucible
