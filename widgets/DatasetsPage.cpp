#include "DatasetsPage.h"

#include "ColumnProfileView.h"
#include "DatasetTableModel.h"
#include "EngineText.h"
#include "ImageGridModel.h"
#include "ImportDialog.h"
#include "SamplesDialog.h"

#include "engine/core/BackgroundTask.h"
#include "engine/core/ChangeHub.h"
#include "engine/data/DatasetExport.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace crucible {

struct DatasetsPage::Loaded {
    DatasetVersion version;
    std::shared_ptr<const Dataset> dataset;
    DatasetProfile profile;
    QString error;
};

struct DatasetsPage::Imported {
    QList<ImportOutcome> outcomes;
    QString error;
    bool cancelled = false;
};

namespace {

QString kindLabel(DatasetKind kind)
{
    return kind == DatasetKind::Images ? DatasetsPage::tr("images") : DatasetsPage::tr("table");
}

QString taskLabel(Task task)
{
    return task == Task::Regression ? DatasetsPage::tr("regression") : DatasetsPage::tr("classification");
}

} // namespace

DatasetsPage::DatasetsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("DatasetsPage"));
    setAcceptDrops(true);
    buildUi();
    // An import elsewhere (the CLI in this process, the Train page's samples) shows up here.
    connect(&ChangeHub::instance(), &ChangeHub::datasetsChanged, this, [this](const QString& database) {
        if (m_workspace && database == m_workspace->databasePath() && !m_importing)
            reload();
    });
}

DatasetsPage::~DatasetsPage()
{
    // The import rolls back by itself once it sees the cancel; nothing waits for it here.
    cancelImport();
}

void DatasetsPage::buildUi()
{
    m_importAction = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import Dataset…"), this);
    m_importAction->setObjectName(QStringLiteral("import-dataset"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import a CSV or TSV file, an image folder or IDX files"));
    connect(m_importAction, &QAction::triggered, this, &DatasetsPage::chooseAndImport);
    m_samplesAction = new QAction(QIcon(QStringLiteral(":/icons/datasets.svg")), tr("Add &Samples…"), this);
    m_samplesAction->setObjectName(QStringLiteral("add-samples"));
    m_samplesAction->setStatusTip(tr("Add built-in sample datasets: Fashion-MNIST, Iris, Wine and more"));
    connect(m_samplesAction, &QAction::triggered, this, &DatasetsPage::chooseSamples);

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_samplesAction);

    // Empty state: what to do first.
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    auto* emptyTitle = new QLabel(tr("<h2>No datasets yet</h2>"), empty);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto* emptyText = new QLabel(tr("Import a CSV or TSV file, a folder of images with one subfolder per class, or "
                                    "MNIST-style IDX files. You can also drop them here, or start with the samples."),
                                 empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(560);
    auto* importButton = new QPushButton(m_importAction->icon(), tr("Import…"), empty);
    connect(importButton, &QPushButton::clicked, this, &DatasetsPage::chooseAndImport);
    auto* samplesButton = new QPushButton(tr("Add Samples…"), empty);
    samplesButton->setObjectName(QStringLiteral("empty-add-samples"));
    connect(samplesButton, &QPushButton::clicked, this, &DatasetsPage::chooseSamples);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(importButton);
    buttons->addWidget(samplesButton);
    buttons->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(2);

    // The datasets and the one shown.
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("dataset-list"));
    m_list->setHeaderLabels({tr("Dataset"), tr("Rows"), tr("Versions")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setMinimumWidth(240);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DatasetsPage::showSelected);
    m_exportAction = new QAction(tr("&Export Version…"), this);
    m_exportAction->setObjectName(QStringLiteral("export-dataset"));
    m_exportAction->setStatusTip(tr("Write the version shown as a CSV file, or its images as a folder per label"));
    connect(m_exportAction, &QAction::triggered, this, &DatasetsPage::chooseAndExport);
    m_deleteAction = new QAction(tr("&Delete Version…"), this);
    m_deleteAction->setObjectName(QStringLiteral("delete-dataset"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setStatusTip(tr("Delete the version shown from the workspace"));
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteShown(true); });
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(m_exportAction);
    m_list->addAction(m_deleteAction);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("dataset-header"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tableModel = new DatasetTableModel(this);
    m_rows = new QTableView(this);
    m_rows->setObjectName(QStringLiteral("dataset-rows"));
    m_rows->setModel(m_tableModel);
    m_rows->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rows->verticalHeader()->setDefaultSectionSize(22);
    m_rows->horizontalHeader()->setDefaultSectionSize(110);
    m_rows->setWordWrap(false);
    m_rows->viewport()->installEventFilter(this);
    m_saveWidths = new QTimer(this);
    m_saveWidths->setSingleShot(true);
    m_saveWidths->setInterval(400);
    connect(m_saveWidths, &QTimer::timeout, this, [this] {
        if (!m_shown)
            return;
        QVariantList widths;
        for (int c = 0; c < m_rows->horizontalHeader()->count(); ++c)
            widths << m_rows->horizontalHeader()->sectionSize(c);
        m_columnWidths.insert(m_shown->name, widths);
        Q_EMIT columnWidthsChanged(m_columnWidths);
    });
    connect(m_rows->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_fittingColumns)
            return;
        m_userSizedColumns = true;
        m_saveWidths->start();
    });

    m_profileView = new ColumnProfileView(this);

    m_imageModel = new ImageGridModel(this);
    m_images = new QListView(this);
    m_images->setObjectName(QStringLiteral("dataset-images"));
    m_images->setModel(m_imageModel);
    m_images->setViewMode(QListView::IconMode);
    m_images->setUniformItemSizes(true);
    m_images->setResizeMode(QListView::Adjust);
    m_images->setMovement(QListView::Static);
    m_images->setLayoutMode(QListView::Batched);
    m_images->setBatchSize(400);
    m_images->setIconSize(QSize(m_imageModel->thumbnailSize(), m_imageModel->thumbnailSize()));
    m_images->setGridSize(QSize(m_imageModel->thumbnailSize() + 44, m_imageModel->thumbnailSize() + 30));
    m_images->setSpacing(4);

    m_versionTable = new QTableWidget(this);
    m_versionTable->setObjectName(QStringLiteral("dataset-versions"));
    m_versionTable->setColumnCount(5);
    m_versionTable->setHorizontalHeaderLabels({tr("Version"), tr("Imported"), tr("Rows"), tr("Target"), tr("Source")});
    m_versionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionTable->horizontalHeader()->setStretchLastSection(true);
    m_versionTable->verticalHeader()->hide();
    connect(m_versionTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QList<DatasetVersion> versions = m_shown ? versionsOf(m_shown->name) : QList<DatasetVersion>();
        if (row >= 0 && row < versions.size())
            selectDataset(versions[row].reference());
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dataset-tabs"));
    m_tabs->addTab(m_rows, tr("Rows"));
    m_tabs->addTab(m_profileView, tr("Columns"));
    m_tabs->addTab(m_images, tr("Images"));
    m_tabs->addTab(m_versionTable, tr("Versions"));

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    // Import progress, shown while an import runs.
    m_importBar = new QWidget(this);
    m_importLabel = new QLabel(m_importBar);
    m_progress = new QProgressBar(m_importBar);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), m_importBar);
    m_cancel->setObjectName(QStringLiteral("import-cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &DatasetsPage::cancelImport);
    auto* barLayout = new QHBoxLayout(m_importBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_importLabel);
    barLayout->addWidget(m_progress, 1);
    barLayout->addWidget(m_cancel);
    m_importBar->hide();

    // What the last import did; errors stay until dismissed.
    m_notice = new QWidget(this);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setTextFormat(Qt::PlainText); // quotes values from the file
    m_noticeText->setObjectName(QStringLiteral("import-notice"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* dismiss = new QPushButton(tr("Dismiss"), m_notice);
    connect(dismiss, &QPushButton::clicked, m_notice, &QWidget::hide);
    auto* noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(dismiss);
    m_notice->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_importBar);
    layout->addWidget(m_notice);
}

void DatasetsPage::showNotice(const QString& text, bool isError)
{
    m_noticeText->setText(text);
    m_noticeText->setStyleSheet(isError ? QStringLiteral("color: #c0392b") : QString());
    m_notice->show();
}

QString DatasetsPage::noticeText() const
{
    return m_notice->isVisible() ? m_noticeText->text() : QString();
}

void DatasetsPage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    if (m_importing) {
        cancelImport();
        if (m_importTask) // it ends on its own; its progress no longer moves this page's bar
            m_importTask->disconnect(m_progress);
        m_importTask.clear();
        ++m_importGeneration;
        setImportRunning(false, {});
    }
    if (m_loadTask)
        m_loadTask->cancel();
    ++m_loadGeneration;
    m_loading = false;
    m_workspace = std::move(workspace);
    m_shown.reset();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear(); // another workspace: none of these rows is kept
    }
    m_header->clear();
    m_tableModel->setDataset(nullptr, {});
    m_imageModel->setDataset(nullptr);
    reload();
}

void DatasetsPage::reload()
{
    m_versions.clear();
    if (m_workspace) {
        auto versions = DatasetStore(*m_workspace).versions();
        if (versions)
            m_versions = versions.value();
    }
    // The dataset chosen (maybe still loading), else the one shown.
    const QString keep = m_list->currentItem() ? m_list->currentItem()->text(0) : (m_shown ? m_shown->name : QString());
    const QSignalBlocker blocker(m_list);
    // Rows are updated in place, added or removed (never all rebuilt): selection and scroll stay.
    QHash<QString, QTreeWidgetItem*> items;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        items.insert(m_list->topLevelItem(i)->text(0), m_list->topLevelItem(i));
    QSet<QString> seen;
    QTreeWidgetItem* selected = nullptr;
    for (const DatasetVersion& version : std::as_const(m_versions)) {
        if (seen.contains(version.name))
            continue;
        seen.insert(version.name);
        QTreeWidgetItem* item = items.value(version.name);
        if (!item) {
            item = new QTreeWidgetItem(m_list);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
        item->setText(0, version.name);
        item->setText(1, QLocale().toString(version.rows));
        item->setText(2, QString::number(versionsOf(version.name).size()));
        item->setData(0, Qt::UserRole, version.reference());
        item->setToolTip(0, tr("%1, %2, target %3").arg(version.reference(), kindLabel(version.kind), version.target));
        if (version.name == keep)
            selected = item;
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (!seen.contains(it.key()))
            delete it.value();
    }
    m_list->sortItems(0, Qt::AscendingOrder);
    m_stack->setCurrentIndex(m_versions.isEmpty() ? 0 : 1);
    if (!selected && m_list->topLevelItemCount() > 0)
        selected = m_list->topLevelItem(0);
    if (selected) {
        m_list->setCurrentItem(selected);
        if (!m_shown || m_shown->name != selected->text(0))
            showSelected();
    }
}

QList<DatasetVersion> DatasetsPage::versionsOf(const QString& name) const
{
    QList<DatasetVersion> list;
    for (const DatasetVersion& version : m_versions) {
        if (version.name == name)
            list << version;
    }
    return list;
}

bool DatasetsPage::selectDataset(const QString& reference)
{
    if (!m_workspace)
        return false;
    auto version = DatasetStore(*m_workspace).find(reference);
    if (!version)
        return false;
    m_pendingSelection = version->reference();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->text(0) == version->name) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentItem(item);
        }
    }
    showSelected();
    return true;
}

bool DatasetsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_rows->viewport() && event->type() == QEvent::Resize)
        fitRowColumns();
    return QWidget::eventFilter(watched, event);
}

void DatasetsPage::setColumnWidths(const QVariantMap& widths)
{
    m_columnWidths = widths;
}

bool DatasetsPage::restoreColumnWidths(const QVariant& saved)
{
    // Widths kept for this dataset's name; a version with other columns, or values that are not
    // widths, are not applied (the table's width is shared out instead).
    constexpr int kNarrowest = 24;
    constexpr int kWidest = 2000;
    QHeaderView* header = m_rows->horizontalHeader();
    const QVariantList widths = saved.toList();
    if (widths.isEmpty() || widths.size() != header->count())
        return false;
    QList<int> sizes;
    for (const QVariant& width : widths) {
        bool isNumber = false;
        const int size = width.toInt(&isNumber);
        if (!isNumber)
            return false;
        sizes << std::clamp(size, kNarrowest, kWidest);
    }
    for (qsizetype c = 0; c < sizes.size(); ++c)
        header->resizeSection(int(c), sizes[c]);
    return true;
}

void DatasetsPage::fitRowColumns()
{
    QHeaderView* header = m_rows->horizontalHeader();
    const int columns = header->count();
    const int width = m_rows->viewport()->width();
    if (columns == 0 || m_userSizedColumns || width <= 0)
        return;
    const int each = std::max(header->defaultSectionSize(), width / columns);
    m_fittingColumns = true;
    for (int c = 0; c < columns; ++c)
        header->resizeSection(c, c == columns - 1 ? std::max(each, width - each * (columns - 1)) : each);
    m_fittingColumns = false;
}

void DatasetsPage::showSelected()
{
    if (!m_workspace)
        return;
    QString reference = m_pendingSelection;
    m_pendingSelection.clear();
    if (reference.isEmpty()) {
        QTreeWidgetItem* item = m_list->currentItem();
        if (!item)
            return;
        reference = item->data(0, Qt::UserRole).toString();
    }
    auto version = DatasetStore(*m_workspace).find(reference);
    if (!version)
        return;
    m_header->setText(tr("<b>%1</b> &nbsp;·&nbsp; loading…").arg(version->reference().toHtmlEscaped()));
    if (m_loadTask)
        m_loadTask->cancel(); // a newer choice replaces it
    const quint64 generation = ++m_loadGeneration;
    m_loading = true;
    m_loadTask = TaskManager::instance().start(
        tr("Loading %1…").arg(version->reference()), this,
        [workspace = m_workspace, wanted = version.value()](TaskContext& context) {
            Loaded loaded;
            loaded.version = wanted;
            DatasetStore store(*workspace);
            auto dataset = store.load(wanted);
            if (!dataset) {
                loaded.error = errorText(dataset.error());
                return loaded;
            }
            loaded.dataset = std::make_shared<const Dataset>(std::move(dataset.value()));
            if (context.isCancelled())
                return loaded;
            auto profile = store.profile(wanted);
            if (profile)
                loaded.profile = profile.value();
            return loaded;
        },
        [this, generation](const Loaded& loaded) {
            if (generation == m_loadGeneration)
                onLoaded(loaded);
        });
}

void DatasetsPage::onLoaded(const Loaded& loaded)
{
    m_loading = false;
    const DatasetVersion& v = loaded.version;
    if (!loaded.error.isEmpty()) {
        m_header->setText(tr("<b>%1</b><br><span style='color:#c0392b'>Cannot show this version: %2</span>")
                              .arg(v.reference().toHtmlEscaped(), loaded.error.toHtmlEscaped()));
        return;
    }
    m_shown = std::make_unique<DatasetVersion>(v);
    QString shape = v.kind == DatasetKind::Images
        ? tr("%1 images of %2×%3, %n channel(s)", nullptr, loaded.dataset->images.channels)
              .arg(QLocale().toString(v.rows))
              .arg(loaded.dataset->images.width)
              .arg(loaded.dataset->images.height)
        : tr("%1 rows × %2 columns").arg(QLocale().toString(v.rows)).arg(v.columns);
    m_header->setText(tr("<b style='font-size:large'>%1</b> &nbsp;<code>%2</code><br>%3 · target <b>%4</b> (%5) · "
                         "imported %6 from %7")
                          .arg(v.name.toHtmlEscaped(), v.shortHash(), shape, v.target.toHtmlEscaped(),
                               taskLabel(v.task), QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat),
                               v.source.toHtmlEscaped()));
    m_tableModel->setDataset(loaded.dataset, v.target);
    // The widths the user gave this dataset's columns last time; else the table's width shared.
    m_fittingColumns = true;
    m_userSizedColumns = restoreColumnWidths(m_columnWidths.value(v.name));
    m_fittingColumns = false;
    fitRowColumns();
    m_imageModel->setDataset(loaded.dataset);
    m_profileView->setProfile(loaded.profile);
    const bool isImages = v.kind == DatasetKind::Images;
    m_tabs->setTabEnabled(m_tabs->indexOf(m_images), isImages);
    if (isImages && m_tabs->currentWidget() == m_rows)
        m_tabs->setCurrentWidget(m_images);
    if (!isImages && m_tabs->currentWidget() == m_images)
        m_tabs->setCurrentWidget(m_rows);

    const QList<DatasetVersion> versions = versionsOf(v.name);
    m_versionTable->setRowCount(int(versions.size()));
    for (int i = 0; i < versions.size(); ++i) {
        const DatasetVersion& each = versions[i];
        const QStringList cells {each.hash.left(16),
                                 QLocale().toString(each.createdAt.toLocalTime(), QLocale::ShortFormat),
                                 QLocale().toString(each.rows), each.target, each.source};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells[c]);
            if (each.hash == v.hash) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
            }
            cell->setToolTip(c == 0 ? each.hash : cells[c]);
            m_versionTable->setItem(i, c, cell);
        }
    }
    m_versionTable->resizeColumnsToContents();
    Q_EMIT datasetShown(v.reference());
}

const DatasetVersion* DatasetsPage::shownVersion() const
{
    return m_shown.get();
}

bool DatasetsPage::isLoading() const
{
    return m_loading;
}

void DatasetsPage::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Dataset"), QString(), tr("Data files (*.csv *.tsv *.tab *.txt *.gz *-ubyte);;All files (*)"));
    if (!path.isEmpty())
        importWithPreview(path);
}

void DatasetsPage::importWithPreview(const QString& path)
{
    if (isImporting()) {
        QMessageBox::information(this, tr("Import running"),
                                 tr("Wait for the running import to finish, or cancel it."));
        return;
    }
    ImportDialog dialog(path, this);
    if (dialog.exec() == QDialog::Accepted)
        startImport(dialog.request());
}

void DatasetsPage::startImport(const ImportRequest& request)
{
    if (!m_workspace || isImporting())
        return;
    runImport(tr("Importing %1…").arg(request.name.isEmpty() ? request.path : request.name),
              [workspace = m_workspace, request](TaskContext& context) {
                  Imported imported;
                  auto outcome = DatasetStore(*workspace).importPath(request, context.progressCallback());
                  if (outcome)
                      imported.outcomes << outcome.value();
                  else {
                      imported.cancelled = outcome.error().code == ErrorCode::Cancelled;
                      imported.error = errorText(outcome.error());
                  }
                  return imported;
              });
}

void DatasetsPage::startSamples(const QStringList& keys)
{
    if (!m_workspace || isImporting() || keys.isEmpty())
        return;
    runImport(
        tr("Adding %n sample(s)…", nullptr, int(keys.size())), [workspace = m_workspace, keys](TaskContext& context) {
            Imported imported;
            for (int i = 0; i < keys.size(); ++i) {
                auto outcome = DatasetStore(*workspace).importSample(keys[i], [&](double fraction, const QString&) {
                    context.setProgress((double(i) + fraction) / double(keys.size()));
                    return !context.isCancelled();
                });
                if (!outcome) {
                    imported.cancelled = outcome.error().code == ErrorCode::Cancelled;
                    imported.error = errorText(outcome.error());
                    break;
                }
                imported.outcomes << outcome.value();
            }
            return imported;
        });
}

void DatasetsPage::runImport(const QString& description, ImportWork work)
{
    setImportRunning(true, description);
    const quint64 generation = ++m_importGeneration;
    m_importTask =
        TaskManager::instance().start(description, this, std::move(work), [this, generation](const Imported& imported) {
            if (generation == m_importGeneration)
                onImported(imported);
        });
    connect(m_importTask, &BackgroundTask::progressChanged, m_progress,
            [bar = m_progress](double fraction) { bar->setValue(int(fraction * 1000)); });
}

void DatasetsPage::cancelImport()
{
    if (m_importTask)
        m_importTask->cancel();
}

bool DatasetsPage::isImporting() const
{
    return m_importing;
}

void DatasetsPage::setImportRunning(bool running, const QString& text)
{
    m_importing = running;
    if (running)
        m_notice->hide();
    m_importLabel->setText(text);
    m_progress->setValue(0);
    m_importBar->setVisible(running);
    m_importAction->setEnabled(!running);
    m_samplesAction->setEnabled(!running);
}

void DatasetsPage::onImported(const Imported& imported)
{
    setImportRunning(false, {});
    reload();
    if (!imported.error.isEmpty()) {
        const QString message = imported.cancelled
            ? tr("The import was cancelled; nothing was added.")
            : tr("The import failed; nothing was added.\n%1").arg(imported.error);
        showNotice(message, !imported.cancelled);
        Q_EMIT importFinished(false, message);
        return;
    }
    QStringList lines;
    for (const ImportOutcome& outcome : imported.outcomes) {
        lines << (outcome.isNew ? tr("Imported %1").arg(outcome.version.reference())
                                : tr("%1 is unchanged: no new version").arg(outcome.version.reference()));
    }
    if (!imported.outcomes.isEmpty())
        selectDataset(imported.outcomes.last().version.reference());
    showNotice(lines.join(QLatin1Char('\n')), false);
    Q_EMIT importFinished(true, lines.join(QLatin1Char('\n')));
}

void DatasetsPage::chooseAndExport()
{
    if (!m_shown)
        return;
    QString path;
    if (m_shown->kind == DatasetKind::Images)
        path = QFileDialog::getExistingDirectory(this, tr("Export %1 to an Empty Folder").arg(m_shown->reference()));
    else
        path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_shown->reference()),
                                            QDir::home().filePath(m_shown->name + QStringLiteral(".csv")),
                                            tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportShown(path);
}

void DatasetsPage::exportShown(const QString& path)
{
    if (!m_workspace || !m_shown)
        return;
    const DatasetVersion version = *m_shown;
    TaskManager::instance().start(
        tr("Exporting %1…").arg(version.reference()), this,
        [workspace = m_workspace, version, path](TaskContext&) -> Result<qint64> {
            auto dataset = DatasetStore(*workspace).load(version);
            if (!dataset)
                return dataset.error();
            if (dataset->kind == DatasetKind::Images)
                return exportImages(dataset.value(), path);
            if (Status written =
                    exportCsv(dataset.value(), path, {workspace->folder(), resolveRegistryFolder(*workspace, {})});
                !written)
                return written.error();
            return dataset->rowCount();
        },
        [this, path, reference = version.reference()](Result<qint64> written) {
            if (!written) {
                showNotice(tr("%1 could not be exported: %2").arg(reference, errorText(written.error())), true);
                return;
            }
            showNotice(tr("Exported %n row(s) of %1 to %2", nullptr, int(written.value()))
                           .arg(reference, QDir::toNativeSeparators(path)),
                       false);
        },
        TaskManager::Options {.shown = true});
}

void DatasetsPage::deleteShown(bool ask)
{
    if (!m_workspace || !m_shown || m_workspace->isReadOnly())
        return;
    const DatasetVersion version = *m_shown;
    if (ask
        && QMessageBox::question(this, tr("Delete Dataset Version"),
                                 tr("Delete %1 (%n row(s)) from the workspace? The file it came from is not touched.",
                                    nullptr, int(version.rows))
                                     .arg(version.reference()),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    runDelete(version, false, ask);
}

void DatasetsPage::runDelete(const DatasetVersion& version, bool force, bool askToForce)
{
    TaskManager::instance().start(
        tr("Deleting %1…").arg(version.reference()), this,
        [workspace = m_workspace, version, force](TaskContext&) {
            return deleteDatasetVersion(*workspace, version, force);
        },
        [this, version, force, askToForce](Result<int> deleted) {
            if (!deleted) {
                const bool inUse = deleted.error().code == ErrorCode::InvalidInput && !force;
                if (inUse && askToForce
                    && QMessageBox::warning(
                           this, tr("Delete Dataset Version"),
                           tr("%1\n\nDelete it anyway? Those runs keep their records, but lose the link "
                              "to their data and cannot be rerun.")
                               .arg(engineText(deleted.error().message)),
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                        == QMessageBox::Yes) {
                    runDelete(version, true, false);
                    return;
                }
                showNotice(tr("%1 was not deleted: %2").arg(version.reference(), engineText(deleted.error().message)),
                           true);
                return;
            }
            showNotice(deleted.value() > 0
                           ? tr("Deleted %1; %n run(s) keep their records without it.", nullptr, deleted.value())
                                 .arg(version.reference())
                           : tr("Deleted %1.").arg(version.reference()),
                       false);
            reload();
        },
        TaskManager::Options {.shown = true});
}

void DatasetsPage::chooseSamples()
{
    SamplesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        startSamples(dialog.selectedKeys());
}

void DatasetsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && m_workspace && !isImporting())
        event->acceptProposedAction();
}

void DatasetsPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Let the drop finish before a modal dialog opens.
    QMetaObject::invokeMethod(
        this, [this, path] { importWithPreview(path); }, Qt::QueuedConnection);
}

} // namespace crucible
