#include "RegistryPage.h"

#include "OciDialog.h"
#include "engine/registry/OciRegistry.h"

#include "EngineText.h"
#include "ServeDialog.h"

#include "PredictDialog.h"
#include "RegisterModelDialog.h"
#include "RegistryAliasDialog.h"
#include "RegistryModelView.h"
#include "RegistryTasks.h"
#include "RegistryVersionPanel.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/ChangeHub.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace crucible {

RegistryPage::RegistryPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("registry-page"));
    createActions();
    buildUi();
    retranslate();
    reload();
    // A version registered or an alias moved elsewhere (a dialog, a pipeline) shows up here.
    m_changeDelay.setSingleShot(true);
    m_changeDelay.setInterval(100);
    connect(&m_changeDelay, &QTimer::timeout, this, &RegistryPage::reload);
    connect(&ChangeHub::instance(), &ChangeHub::registryChanged, this, [this](const QString& folder) {
        if (!m_folder.isEmpty() && QDir(folder) == QDir(m_folder) && !m_isTaskRunning)
            m_changeDelay.start();
    });
}

RegistryPage::~RegistryPage() = default;

void RegistryPage::createActions()
{
    auto make = [this](const char* icon, const QKeySequence& shortcut, const QString& name, auto slot) {
        auto* action = new QAction(icon ? QIcon(QString::fromLatin1(icon)) : QIcon(), QString(), this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // other pages use the same keys
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_importAction = make(":/icons/import.svg", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                          QStringLiteral("registry-import"), &RegistryPage::chooseAndImport);
    m_exportAction = make(":/icons/folder.svg", QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("registry-export"),
                          &RegistryPage::chooseAndExport);
    m_aliasAction =
        make(nullptr, QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("registry-alias"), &RegistryPage::editAlias);
    m_deleteAction =
        make(nullptr, QKeySequence::Delete, QStringLiteral("registry-delete"), &RegistryPage::deleteSelectedVersion);
    m_predictAction = make(":/icons/play.svg", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                           QStringLiteral("registry-predict"), &RegistryPage::predictSelected);
    m_serveAction = make(":/icons/serving.svg", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                         QStringLiteral("registry-serve"), &RegistryPage::serveSelected);
    m_pushAction = make(nullptr, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), QStringLiteral("registry-push"),
                        &RegistryPage::pushSelected);
    m_pullAction = make(nullptr, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QStringLiteral("registry-pull"),
                        &RegistryPage::pullFromRegistry);
    m_refreshAction = make(nullptr, QKeySequence::Refresh, QStringLiteral("registry-refresh"), &RegistryPage::reload);
}

QWidget* RegistryPage::buildEmptyState()
{
    // What a registry is for and how to fill it.
    auto* empty = new QWidget(this);
    auto* icon = new QLabel(empty);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/registry.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("registry-empty"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyText->setMaximumWidth(620);
    auto* importButton = new QPushButton(empty);
    importButton->setObjectName(QStringLiteral("registry-empty-import"));
    connect(importButton, &QPushButton::clicked, m_importAction, &QAction::trigger);
    connect(m_importAction, &QAction::changed, importButton, [this, importButton] {
        importButton->setText(m_importAction->text());
        importButton->setEnabled(m_importAction->isEnabled());
    });
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(icon);
    emptyLayout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(importButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    return empty;
}

QToolBar* RegistryPage::buildToolBar()
{
    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("registry-toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addActions({m_importAction, m_exportAction});
    toolbar->addSeparator();
    toolbar->addActions({m_pushAction, m_pullAction});
    toolbar->addSeparator();
    toolbar->addActions({m_aliasAction, m_deleteAction});
    toolbar->addSeparator();
    toolbar->addActions({m_predictAction, m_serveAction, m_refreshAction});
    return toolbar;
}

void RegistryPage::buildUi()
{
    m_models = new QListWidget(this);
    m_models->setObjectName(QStringLiteral("registry-models"));
    m_models->setMinimumWidth(200);
    m_models->setSpacing(2);
    m_models->setWordWrap(true);
    m_models->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_models, &QListWidget::currentRowChanged, this, &RegistryPage::showCurrentModel);

    m_modelView = new RegistryModelView(this);
    m_modelView->versionView()->addActions(
        {m_aliasAction, m_predictAction, m_serveAction, m_exportAction, m_pushAction, m_deleteAction});
    connect(m_modelView, &RegistryModelView::selectionChanged, this, &RegistryPage::updateActions);
    connect(m_modelView->panel(), &RegistryVersionPanel::openRunRequested, this, &RegistryPage::openRunRequested);
    connect(m_modelView->panel(), &RegistryVersionPanel::openPipelineRunRequested, this,
            &RegistryPage::openPipelineRunRequested);
    connect(m_modelView->panel(), &RegistryVersionPanel::openDatasetRequested, this,
            &RegistryPage::openDatasetRequested);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_models);
    splitter->addWidget(m_modelView);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 960});

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(splitter);
    auto* beside = new QSplitter(this);
    beside->setObjectName(QStringLiteral("registry-beside-remote"));
    beside->addWidget(m_stack);
    beside->addWidget(buildRemotePanel());
    beside->setStretchFactor(0, 1);
    beside->setSizes({1000, 260});

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("registry-message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_taskBar = new QWidget(this);
    m_taskLabel = new QLabel(m_taskBar);
    m_taskProgress = new QProgressBar(m_taskBar);
    m_taskProgress->setRange(0, 0); // import and export report no progress
    m_taskProgress->setTextVisible(false);
    auto* taskLayout = new QHBoxLayout(m_taskBar);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->addWidget(m_taskLabel);
    taskLayout->addWidget(m_taskProgress, 1);
    m_taskBar->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_message);
    layout->addWidget(m_taskBar);
    layout->addWidget(beside, 1);
}

QWidget* RegistryPage::buildRemotePanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("registry-remote"));
    m_remoteTitle = new QLabel(panel);
    QFont bold = m_remoteTitle->font();
    bold.setBold(true);
    m_remoteTitle->setFont(bold);
    m_remoteAddress = new QLineEdit(panel);
    m_remoteAddress->setObjectName(QStringLiteral("registry-remote-address"));
    m_remoteAddress->setClearButtonEnabled(true);
    m_remoteTitle->setBuddy(m_remoteAddress);
    m_remotePlainHttp = new QCheckBox(panel);
    m_remotePlainHttp->setObjectName(QStringLiteral("registry-remote-plain-http"));
    m_remoteList = new QPushButton(panel);
    m_remoteList->setObjectName(QStringLiteral("registry-remote-list"));
    m_remoteTags = new QListWidget(panel);
    m_remoteTags->setObjectName(QStringLiteral("registry-remote-tags"));
    m_remoteHint = new QLabel(panel);
    m_remoteHint->setWordWrap(true);
    m_remoteHint->setEnabled(false); // the quiet colour of a hint
    auto* row = new QHBoxLayout;
    row->addWidget(m_remotePlainHttp, 1);
    row->addWidget(m_remoteList);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_remoteTitle);
    layout->addWidget(m_remoteAddress);
    layout->addLayout(row);
    layout->addWidget(m_remoteTags, 1);
    layout->addWidget(m_remoteHint);
    const auto updateList = [this] {
        m_remoteList->setEnabled(oci::Reference::parse(m_remoteAddress->text().trimmed()).isOk());
    };
    connect(m_remoteAddress, &QLineEdit::textChanged, this, updateList);
    connect(m_remoteAddress, &QLineEdit::returnPressed, this, &RegistryPage::listRemote);
    connect(m_remoteList, &QPushButton::clicked, this, &RegistryPage::listRemote);
    connect(m_remoteTags, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (!item || !item->data(Qt::UserRole).toBool())
            return;
        Result<oci::Reference> ref = oci::Reference::parse(m_remoteAddress->text().trimmed());
        if (!ref)
            return;
        ref->tag = item->text();
        ref->digest.clear();
        pullTag(ref->text(), m_remotePlainHttp->isChecked());
    });
    updateList();
    return panel;
}

void RegistryPage::rememberRemote(const QString& address, bool plainHttp)
{
    Result<oci::Reference> ref = oci::Reference::parse(address);
    if (!ref || !m_remoteAddress->text().trimmed().isEmpty())
        return;
    ref->tag.clear();
    ref->digest.clear();
    m_remoteAddress->setText(ref->text());
    m_remotePlainHttp->setChecked(plainHttp);
}

void RegistryPage::listRemote()
{
    const QString address = m_remoteAddress->text().trimmed();
    if (!oci::Reference::parse(address))
        return;
    m_ociAddress = address;
    m_remoteList->setEnabled(false);
    listRemoteTags(m_remoteTags, address, m_remotePlainHttp->isChecked(), [this] { m_remoteList->setEnabled(true); });
}

void RegistryPage::retranslate()
{
    m_importAction->setText(tr("&Import…"));
    m_importAction->setToolTip(tr("Import a .crucible bundle; it is verified first (Ctrl+I)"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Save the selected version's bundle as a file (Ctrl+E)"));
    m_pushAction->setText(tr("P&ush…"));
    m_pushAction->setToolTip(tr("Push the selected version to an OCI registry, for other machines (Ctrl+Shift+U)"));
    m_pullAction->setText(tr("Pu&ll…"));
    m_pullAction->setToolTip(
        tr("Pull a model from an OCI registry into this one; it is verified first (Ctrl+Shift+L)"));
    m_aliasAction->setText(tr("Set &Alias…"));
    m_aliasAction->setToolTip(tr("Set, move or remove an alias such as production (Ctrl+L)"));
    m_deleteAction->setText(tr("&Delete Version"));
    m_deleteAction->setToolTip(tr("Delete the selected version and its bundle (Delete)"));
    m_predictAction->setText(tr("&Predict…"));
    m_predictAction->setToolTip(
        tr("Predict a CSV file or a folder of images with the selected version (Ctrl+Shift+P)"));
    m_serveAction->setText(tr("&Serve…"));
    m_serveAction->setToolTip(
        tr("Serve the selected version, or an alias of it, as an HTTP API with live charts (Ctrl+Shift+S)"));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Read the registry again (F5)"));
    m_remoteTitle->setText(tr("&Remote registry"));
    m_remoteAddress->setPlaceholderText(tr("oci://HOST/REPOSITORY"));
    m_remoteAddress->setToolTip(tr("A repository in an OCI registry that your team shares; List shows its tags"));
    m_remotePlainHttp->setText(tr("Plain HTTP"));
    m_remotePlainHttp->setToolTip(tr("Only for a registry on this computer"));
    m_remoteList->setText(tr("List"));
    m_remoteHint->setText(tr("Double-click a tag to pull it into this registry."));
}

void RegistryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RegistryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload(); // another process (crucible-cli, a colleague on the shared drive) may have changed it
}

void RegistryPage::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_modelView->setWorkspace(m_workspace);
    openRegistry();
}

void RegistryPage::setRegistrySetting(const QString& folder)
{
    m_setting = folder;
    openRegistry();
}

QString RegistryPage::registryFolder() const
{
    return m_folder;
}

void RegistryPage::openRegistry()
{
    if (m_isTaskRunning) { // it finishes on its own, in the registry it started in
        ++m_taskGeneration;
        m_isTaskRunning = false;
        m_taskBar->hide();
    }
    m_registry.reset();
    m_openError.clear();
    m_folder = m_workspace ? resolveRegistryFolder(*m_workspace, {}, m_setting) : QString();
    if (!m_folder.isEmpty()) {
        auto opened = ModelRegistry::open(m_folder);
        if (opened)
            m_registry = std::move(opened.value());
        else
            m_openError = errorText(opened.error());
    }
    m_models->clear();
    reload();
}

void RegistryPage::reload()
{
    const QString model = currentModel();
    const QList<int> selected = selectedVersions();
    m_summaries.clear();
    if (m_registry) {
        auto models = m_registry->models();
        if (models)
            m_summaries = models.value();
        else
            showMessage(tr("Cannot read the registry: %1").arg(errorText(models.error())), true);
    }
    const QString empty = emptyState();
    m_emptyText->setText(empty);
    m_stack->setCurrentIndex(empty.isEmpty() ? 1 : 0);

    fillModelList();
    if (!selectModel(model) && m_models->count() > 0)
        m_models->setCurrentRow(0);
    else
        showCurrentModel();
    if (currentModel() == model && !selected.isEmpty())
        selectVersions(selected);
    updateActions();
}

QString RegistryPage::emptyState() const
{
    QString empty;
    if (!m_workspace)
        empty = tr("No workspace is open.");
    else if (!m_registry)
        empty = tr("<b>The registry in %1 cannot be opened.</b><br><br>%2<br><br>Choose another folder in Settings.")
                    .arg(m_folder.toHtmlEscaped(), m_openError.toHtmlEscaped());
    else if (m_summaries.isEmpty())
        empty = tr("<h3>No models in this registry yet</h3>"
                   "<p>To register a model, train a run, select it on the <b>Runs</b> page and choose "
                   "<b>Register Model…</b> (or use <b>Register Model…</b> on the Train page when a run has finished). "
                   "From a terminal: <code>crucible-cli models register RUN --name NAME</code>.</p>"
                   "<p>You can also import a <code>.crucible</code> bundle someone shared with you.</p>"
                   "<p style=\"color:gray\">Registry folder: %1</p>")
                    .arg(m_folder.toHtmlEscaped());
    return empty;
}

void RegistryPage::fillModelList()
{
    const QSignalBlocker blocker(m_models);
    m_models->clear();
    for (const ModelSummary& summary : std::as_const(m_summaries)) {
        QStringList aliases;
        for (auto it = summary.aliases.begin(); it != summary.aliases.end(); ++it)
            aliases << QStringLiteral("%1 → v%2").arg(it.key()).arg(it.value());
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(
                summary.name,
                tr("%n version(s)", nullptr, summary.versionCount)
                    + (aliases.isEmpty() ? QString() : QStringLiteral(" · ") + aliases.join(QStringLiteral(", ")))),
            m_models);
        item->setData(Qt::UserRole, summary.name);
        item->setToolTip(summary.name);
    }
}

bool RegistryPage::selectModel(const QString& name)
{
    for (int row = 0; row < m_models->count(); ++row) {
        if (m_models->item(row)->data(Qt::UserRole).toString() == name) {
            if (m_models->currentRow() == row)
                showCurrentModel();
            else
                m_models->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString RegistryPage::currentModel() const
{
    const QListWidgetItem* item = m_models->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RegistryPage::showCurrentModel()
{
    const QString name = currentModel();
    const auto summary =
        std::find_if(m_summaries.cbegin(), m_summaries.cend(), [&](const ModelSummary& s) { return s.name == name; });
    m_versions.clear();
    QList<AliasEvent> history;
    if (m_registry && summary != m_summaries.cend()) {
        if (auto versions = m_registry->versions(name))
            m_versions = versions.value();
        else
            showMessage(tr("Cannot read the versions of %1: %2").arg(name, errorText(versions.error())), true);
        if (auto events = m_registry->aliasHistory(name))
            history = events.value();
    }
    m_modelView->showModel(summary != m_summaries.cend() ? &*summary : nullptr, m_versions, history, m_folder);
    updateActions();
}

bool RegistryPage::selectVersions(const QList<int>& versions)
{
    return m_modelView->selectVersions(versions);
}

QList<int> RegistryPage::selectedVersions() const
{
    return m_modelView->selectedVersions();
}

void RegistryPage::updateActions()
{
    const bool hasVersion = !selectedVersions().isEmpty() && m_registry;
    const bool busy = m_isTaskRunning;
    m_importAction->setEnabled(m_registry && !busy);
    m_exportAction->setEnabled(hasVersion && !busy);
    m_pushAction->setEnabled(hasVersion && !busy);
    m_pullAction->setEnabled(m_registry && !busy);
    m_aliasAction->setEnabled(hasVersion);
    m_deleteAction->setEnabled(hasVersion && !busy);
    m_predictAction->setEnabled(hasVersion);
    m_serveAction->setEnabled(hasVersion);
    m_refreshAction->setEnabled(m_registry != nullptr);
}

QString RegistryPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool RegistryPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString RegistryPage::emptyStateText() const
{
    return m_emptyText->text();
}

void RegistryPage::showMessage(const QString& text, bool isError)
{
    m_isMessageError = isError;
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { color: #c0392b; font-weight: bold; }") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

Status RegistryPage::setAlias(const QString& alias, int version)
{
    const QString name = currentModel();
    if (!m_registry || name.isEmpty())
        return Error {ErrorCode::InvalidInput, QStringLiteral("no model is selected")};
    const Status status = m_registry->setAlias(name, alias, version);
    reload();
    if (status)
        showMessage(tr("%1@%2 now points at v%3.").arg(name, alias).arg(version), false);
    else
        showMessage(tr("Cannot set the alias %1: %2").arg(alias, errorText(status.error())), true);
    return status;
}

Status RegistryPage::removeAlias(const QString& alias)
{
    const QString name = currentModel();
    if (!m_registry || name.isEmpty())
        return Error {ErrorCode::InvalidInput, QStringLiteral("no model is selected")};
    const Status status = m_registry->removeAlias(name, alias);
    reload();
    if (status)
        showMessage(tr("Removed the alias %1 of %2.").arg(alias, name), false);
    else
        showMessage(tr("Cannot remove the alias %1: %2").arg(alias, errorText(status.error())), true);
    return status;
}

Status RegistryPage::deleteVersion(int version)
{
    const QString name = currentModel();
    if (!m_registry || name.isEmpty())
        return Error {ErrorCode::InvalidInput, QStringLiteral("no model is selected")};
    const Status status = m_registry->deleteVersion(name, version);
    reload();
    if (status)
        showMessage(tr("Deleted %1@%2 and its bundle.").arg(name).arg(version), false);
    else
        showMessage(tr("Cannot delete %1@%2: %3").arg(name).arg(version).arg(errorText(status.error())), true);
    return status;
}

void RegistryPage::startTask(const QString& text, const std::function<RegistryTaskOutcome()>& work)
{
    // A bundle is verified and copied whole; stopping half-way would only leave the partial file.
    startWork(
        text, [work](TaskContext&) { return work(); }, false);
}

void RegistryPage::startTransfer(const QString& text, const std::function<RegistryTaskOutcome(TaskContext&)>& work)
{
    startWork(text, work, true);
}

void RegistryPage::startWork(const QString& text, const std::function<RegistryTaskOutcome(TaskContext&)>& work,
                             bool cancellable)
{
    showMessage({}, false);
    m_taskLabel->setText(text);
    m_taskBar->show();
    m_isTaskRunning = true;
    const quint64 generation = ++m_taskGeneration;
    TaskManager::instance().start(
        text, this, [work](TaskContext& context) { return work(context); },
        [this, generation](const RegistryTaskOutcome& outcome) {
            if (generation == m_taskGeneration)
                onTaskFinished(outcome);
        },
        TaskManager::Options {.cancellable = cancellable});
    updateActions();
}

void RegistryPage::onTaskFinished(const RegistryTaskOutcome& outcome)
{
    m_isTaskRunning = false;
    m_taskBar->hide();
    reload();
    if (!outcome.model.isEmpty() && selectModel(outcome.model))
        selectVersions({outcome.version});
    showMessage(outcome.message, !outcome.isOk);
    updateActions();
    Q_EMIT taskFinished(outcome.isOk, outcome.message);
}

void RegistryPage::importBundle(const QString& path)
{
    if (!m_registry || isBusy())
        return;
    startTask(tr("Verifying and importing %1…").arg(QFileInfo(path).fileName()),
              [folder = m_folder, path] { return RegistryTasks::importBundle(folder, path); });
}

void RegistryPage::exportVersion(int version, const QString& path)
{
    const RegisteredVersion* shown = m_modelView->version(version);
    if (!shown || isBusy())
        return;
    startTask(tr("Exporting %1…").arg(shown->reference()),
              [source = *shown, path] { return RegistryTasks::exportBundle(source, path); });
}

void RegistryPage::chooseAndImport()
{
    if (!m_registry)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Model Bundle"), QDir::homePath(),
                                                      tr("Crucible model bundles (*.crucible);;All files (*)"));
    if (!path.isEmpty())
        importBundle(path);
}

void RegistryPage::chooseAndExport()
{
    const QList<int> selected = selectedVersions();
    if (selected.isEmpty())
        return;
    const RegisteredVersion* version = m_modelView->version(selected.first());
    const QString suggested = QDir::home().filePath(QFileInfo(version->bundlePath).fileName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(version->reference()), suggested,
                                                      tr("Crucible model bundles (*.crucible)"));
    if (!path.isEmpty())
        exportVersion(version->version, path);
}

void RegistryPage::editAlias()
{
    const QList<int> selected = selectedVersions();
    if (selected.isEmpty())
        return;
    QList<int> numbers;
    for (const RegisteredVersion& version : std::as_const(m_versions))
        numbers << version.version;
    QMap<QString, int> aliases;
    for (const ModelSummary& summary : std::as_const(m_summaries)) {
        if (summary.name == currentModel())
            aliases = summary.aliases;
    }
    RegistryAliasDialog dialog(currentModel(), numbers, aliases, selected.first(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Both show their outcome on the page (message bar), success or failure.
    if (dialog.choice() == RegistryAliasDialog::Choice::Remove)
        static_cast<void>(removeAlias(dialog.alias()));
    else
        static_cast<void>(setAlias(dialog.alias(), dialog.version()));
}

void RegistryPage::deleteSelectedVersion()
{
    const QList<int> selected = selectedVersions();
    if (selected.isEmpty())
        return;
    const QString reference = QStringLiteral("%1@%2").arg(currentModel()).arg(selected.first());
    const auto answer = QMessageBox::question(
        this, tr("Delete Version"),
        tr("Delete %1 and its bundle file? Its version number is never given to another version.").arg(reference),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        static_cast<void>(deleteVersion(selected.first())); // shows its outcome on the page
}

QStringList RegistryPage::references() const
{
    QStringList references;
    for (const ModelSummary& summary : m_summaries) {
        references << summary.name;
        for (auto it = summary.aliases.begin(); it != summary.aliases.end(); ++it)
            references << summary.name + QLatin1Char('@') + it.key();
    }
    for (const RegisteredVersion& version : m_versions)
        references << version.reference();
    return references;
}

void RegistryPage::predictSelected()
{
    const QList<int> selected = selectedVersions();
    if (selected.isEmpty())
        return;
    auto* dialog = new PredictDialog(m_folder, references(),
                                     QStringLiteral("%1@%2").arg(currentModel()).arg(selected.first()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RegistryPage::serveSelected()
{
    const QList<int> selected = selectedVersions();
    if (selected.isEmpty())
        return;
    QMap<QString, int> aliases;
    for (const ModelSummary& summary : m_summaries) {
        if (summary.name == currentModel())
            aliases = summary.aliases;
    }
    auto* dialog = new ServeDialog(currentModel(), selected.first(), aliases, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT serveRequested(m_folder, dialog->reference(), dialog->port(), dialog->nextFreePort(), dialog->host());
    });
    dialog->open();
}

namespace {

/// `options` reporting progress to the task and stopping when it is cancelled.
oci::ClientOptions followedBy(oci::ClientOptions options, TaskContext& context)
{
    options.progress = [&context](qint64 done, qint64 total) { context.setProgress(double(done) / double(total)); };
    options.cancelled = [&context] { return context.isCancelled(); };
    return options;
}

} // namespace

void RegistryPage::pushSelected()
{
    const QList<int> selected = selectedVersions();
    if (selected.isEmpty() || isBusy())
        return;
    const RegisteredVersion* version = m_modelView->version(selected.first());
    if (!version)
        return;
    QMap<QString, int> aliases;
    for (const ModelSummary& summary : std::as_const(m_summaries)) {
        if (summary.name == currentModel())
            aliases = summary.aliases;
    }
    auto* dialog = new OciDialog(OciDialog::Mode::Push, version->name, version->version, aliases, m_ociAddress, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, source = *version] {
        const Result<oci::Reference> target = oci::Reference::parse(dialog->address());
        if (!target)
            return;
        m_ociAddress = dialog->address();
        rememberRemote(dialog->address(), dialog->plainHttp());
        oci::ClientOptions options;
        options.plainHttp = dialog->plainHttp();
        startTransfer(tr("Pushing %1 to %2…").arg(source.reference(), target->text()),
                      [source, alias = dialog->alias(), target = target.value(), tags = dialog->extraTags(),
                       options](TaskContext& context) {
                          const oci::ClientOptions withProgress = followedBy(options, context);
                          const Result<oci::PushResult> pushed =
                              oci::pushVersion(source, alias, target, tags, withProgress);
                          RegistryTaskOutcome outcome;
                          outcome.isOk = pushed.isOk();
                          outcome.message = pushed
                              ? tr("Pushed %1 to %2 as %3.")
                                    .arg(source.reference(), pushed->repository,
                                         QLatin1Char(':') + pushed->tags.join(QStringLiteral(", :")))
                              : tr("Cannot push %1: %2").arg(source.reference(), errorText(pushed.error()));
                          return outcome;
                      });
    });
    dialog->open();
}

void RegistryPage::pullFromRegistry()
{
    pullTag(m_ociAddress, false);
}

void RegistryPage::pullTag(const QString& address, bool plainHttp)
{
    if (!m_registry || isBusy())
        return;
    auto* dialog = new OciDialog(OciDialog::Mode::Pull, {}, 0, {}, address, this);
    dialog->setPlainHttp(plainHttp);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<oci::Reference> source = oci::Reference::parse(dialog->address());
        if (!source)
            return;
        m_ociAddress = dialog->address();
        rememberRemote(dialog->address(), dialog->plainHttp());
        oci::ClientOptions options;
        options.plainHttp = dialog->plainHttp();
        startTransfer(
            tr("Pulling %1…").arg(source->text()),
            [folder = m_folder, source = source.value(), name = dialog->name(), options](TaskContext& context) {
                const oci::ClientOptions withProgress = followedBy(options, context);
                const Result<oci::PulledVersion> pulled = oci::pullVersion(folder, source, name, withProgress);
                RegistryTaskOutcome outcome;
                outcome.isOk = pulled.isOk();
                if (!pulled) {
                    outcome.message = tr("Cannot pull %1: %2").arg(source.text(), errorText(pulled.error()));
                    return outcome;
                }
                outcome.model = pulled->version.name;
                outcome.version = pulled->version.version;
                outcome.message = pulled->version.isNew
                    ? tr("Pulled %1 from %2.").arg(pulled->version.reference(), source.text())
                    : tr("%1 from %2 is already registered as %3.")
                          .arg(source.text(), pulled->manifestDigest.left(19), pulled->version.reference());
                return outcome;
            });
    });
    dialog->open();
}

void RegistryPage::registerRun(const QString& runId)
{
    if (!m_workspace || !m_registry) {
        showMessage(tr("Cannot register: %1").arg(m_openError.isEmpty() ? tr("no workspace is open") : m_openError),
                    true);
        return;
    }
    auto* dialog = new RegisterModelDialog(m_workspace, m_folder, runId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingModels(m_summaries);
    connect(dialog, &RegisterModelDialog::registered, this, &RegistryPage::onRegistered);
    dialog->open();
}

void RegistryPage::onRegistered(const QString& reference, const QString& name, int version)
{
    reload();
    if (selectModel(name))
        selectVersions({version});
    showMessage(tr("Registered %1.").arg(reference), false);
    Q_EMIT modelRegistered(reference);
}

} // namespace crucible
