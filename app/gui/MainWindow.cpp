#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppSettings.h"
#include "CompareModel.h"
#include "ComparePage.h"
#include "DatasetsPage.h"
#include "EngineText.h"
#include "GuiResources.h"
#include "MonitorPage.h"
#include "OverviewPage.h"
#include "PipelinesPage.h"
#include "RegistryPage.h"
#include "RunsPage.h"
#include "ServingPage.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SweepsPage.h"
#include "TaskStatus.h"
#include "TrainPage.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/Log.h"
#include "engine/interop/TrackingServer.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/Workspace.h"
#include "engine/torch/TorchRuntime.h"
#include "engine/train/TrainingSession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace crucible {

namespace {

struct PageSpec {
    const char* key;
    const char* icon;
};

const PageSpec kPages[] = {
    {"overview", ":/icons/overview.svg"}, {"datasets", ":/icons/datasets.svg"}, {"train", ":/icons/train.svg"},
    {"runs", ":/icons/runs.svg"},         {"compare", ":/icons/compare.svg"},   {"registry", ":/icons/registry.svg"},
    {"serving", ":/icons/serving.svg"},   {"monitor", ":/icons/monitor.svg"},   {"pipelines", ":/icons/pipelines.svg"},
    {"sweeps", ":/icons/sweeps.svg"},
};

/// Runs the Compare page shows when opened before any were chosen: the newest ones listed.
constexpr int kDefaultComparedRuns = 10;

} // namespace

QStringList MainWindow::pageKeys()
{
    QStringList keys;
    for (const PageSpec& page : kPages)
        keys << QString::fromLatin1(page.key);
    return keys;
}

MainWindow::MainWindow(std::shared_ptr<Workspace> workspace, Environment environment, QWidget* parent)
    : QMainWindow(parent), m_workspace(std::move(workspace)), m_environment(std::move(environment))
{
    initGuiResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/crucible.svg")));
    m_pages = new QStackedWidget(this);
    setCentralWidget(m_pages);
    createActions();
    createPages();
    createMenus();
    createToolBar();
    createStatusBar();
    retranslate();
    showShortcutsInToolTips();
    showPage(QStringLiteral("overview"));
    updateTrackingServer();
    listenToOtherMachines();
}

void MainWindow::listenToOtherMachines()
{
    // A shared workspace on PostgreSQL: runs, points and datasets of other machines show at once.
    if (m_workspace)
        logFailure(m_workspace->listenForChanges(), lcUi, "listening for other machines' changes");
}

MainWindow::~MainWindow() = default;

void MainWindow::updateTrackingServer()
{
    const bool wanted = AppSettings::trackingServerEnabled() && m_workspace && !m_workspace->isReadOnly();
    const int port = AppSettings::trackingServerPort();
    const QString registry =
        m_workspace ? resolveRegistryFolder(*m_workspace, QString(), AppSettings::registryFolder()) : QString();
    const bool same = m_trackingServer && wanted && m_trackingWorkspace == m_workspace->folder()
        && m_trackingRegistry == registry && (port == 0 || m_trackingServer->port() == port);
    if (!same) {
        if (m_trackingServer)
            m_trackingServer->stop();
        m_trackingServer.reset();
        m_trackingError.clear();
        m_trackingWorkspace.clear();
        if (wanted) {
            TrackingServerOptions options;
            options.port = std::uint16_t(port);
            options.registryFolder = registry;
            auto started = TrackingServer::start(m_workspace, options);
            if (started) {
                m_trackingServer = std::move(started.value());
                m_trackingWorkspace = m_workspace->folder();
                m_trackingRegistry = registry;
            } else {
                m_trackingError = engineText(started.error().message);
                statusBar()->showMessage(tr("The MLflow tracking server could not start: %1").arg(m_trackingError),
                                         15000);
            }
        } else if (AppSettings::trackingServerEnabled() && m_workspace && m_workspace->isReadOnly()) {
            m_trackingError = tr("the workspace is read-only");
        }
    }
    if (m_trackingServer) {
        const QString url = m_trackingServer->baseUrl();
        m_trackingLabel->setText(tr("MLflow: %1").arg(url));
        m_trackingLabel->setToolTip(
            tr("Python scripts log into this workspace with\nexport MLFLOW_TRACKING_URI=%1").arg(url));
        m_trackingLabel->setStyleSheet(QString());
        m_trackingLabel->show();
    } else if (!m_trackingError.isEmpty()) {
        m_trackingLabel->setText(tr("MLflow: not serving"));
        m_trackingLabel->setToolTip(m_trackingError);
        m_trackingLabel->setStyleSheet(QStringLiteral("color: #c0392b"));
        m_trackingLabel->show();
    } else {
        m_trackingLabel->hide();
    }
}

QString MainWindow::trackingServerUrl() const
{
    return m_trackingServer ? m_trackingServer->baseUrl() : QString();
}

Workspace* MainWindow::workspace() const
{
    return m_workspace.get();
}

void MainWindow::createActions()
{
    m_pageGroup = new QActionGroup(this);
    m_pageGroup->setExclusive(true);
    int index = 0;
    for (const PageSpec& page : kPages) {
        auto* action = new QAction(QIcon(QString::fromLatin1(page.icon)), QString(), this);
        action->setObjectName(QStringLiteral("page-") + QString::fromLatin1(page.key));
        action->setData(QString::fromLatin1(page.key));
        action->setCheckable(true);
        // Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth page.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(index < 9 ? Qt::Key_1 + index : Qt::Key_0)));
        m_pageGroup->addAction(action);
        m_pageActions << action;
        connect(action, &QAction::triggered, this, [this, key = QString::fromLatin1(page.key)] { showPage(key); });
        ++index;
    }

    m_openWorkspaceAction = new QAction(QIcon(QStringLiteral(":/icons/folder.svg")), QString(), this);
    m_openWorkspaceAction->setShortcut(QKeySequence::Open);
    connect(m_openWorkspaceAction, &QAction::triggered, this, &MainWindow::openWorkspaceFolder);
    m_openSharedWorkspaceAction = new QAction(QIcon(QStringLiteral(":/icons/folder.svg")), QString(), this);
    m_openSharedWorkspaceAction->setObjectName(QStringLiteral("action-open-shared-workspace"));
    m_openSharedWorkspaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    connect(m_openSharedWorkspaceAction, &QAction::triggered, this, &MainWindow::openSharedWorkspace);

    m_settingsAction = new QAction(QIcon(QStringLiteral(":/icons/settings.svg")), QString(), this);
    m_settingsAction->setObjectName(QStringLiteral("settings"));
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = new QAction(QIcon(QStringLiteral(":/icons/quit.svg")), QString(), this);
    // The platform's Quit key, and Ctrl+Q where the platform names none (offscreen, some desktops).
    // (Both at once only where they differ: one key bound twice would be ambiguous.)
    const QKeySequence platformQuit(QKeySequence::Quit);
    const QKeySequence ctrlQ(Qt::CTRL | Qt::Key_Q);
    m_quitAction->setShortcuts(platformQuit.isEmpty() || platformQuit == ctrlQ
                                   ? QList<QKeySequence> {ctrlQ}
                                   : QList<QKeySequence> {platformQuit, ctrlQ});
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/icons/about.svg")), QString(), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboard-shortcuts"));
    m_shortcutsAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence::HelpContents});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createPages()
{
    m_overviewPage = new OverviewPage(this);
    m_pages->addWidget(m_overviewPage);
    m_datasetsPage = new DatasetsPage(this);
    m_datasetsPage->setColumnWidths(AppSettings::datasetColumnWidths());
    connect(m_datasetsPage, &DatasetsPage::columnWidthsChanged, this, &AppSettings::setDatasetColumnWidths);
    m_datasetsPage->setWorkspace(m_workspace);
    connect(m_datasetsPage, &DatasetsPage::importFinished, this,
            [this](bool, const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_datasetsPage, &DatasetsPage::importFinished, this, &MainWindow::openNextFile, Qt::QueuedConnection);
    m_pages->addWidget(m_datasetsPage);
    m_trainPage = new TrainPage(this);
    m_trainPage->setDefaultThreads(AppSettings::trainingThreads());
    m_trainPage->setDefaultDevice(AppSettings::device());
    m_trainPage->setWorkspace(m_workspace);
    m_trainPage->setLastRecipe(AppSettings::lastRecipe());
    connect(m_trainPage, &TrainPage::recipeUsed, this, &AppSettings::setLastRecipe);
    m_pages->addWidget(m_trainPage);
    m_runsPage = new RunsPage(this);
    m_runsPage->setWorkspace(m_workspace);
    connect(m_runsPage, &RunsPage::notice, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_runsPage, &RunsPage::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    m_pages->addWidget(m_runsPage);
    m_comparePage = new ComparePage(this);
    m_comparePage->setWorkspace(m_workspace);
    connect(m_comparePage, &ComparePage::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_runsPage, &RunsPage::compareRequested, this, [this](const QStringList& runIds) {
        m_comparePage->compareRuns(runIds);
        showPage(QStringLiteral("compare"));
    });
    m_pages->addWidget(m_comparePage);

    // Pages follow each other: new data appears on the Train page, new runs on the Runs page.
    connect(m_datasetsPage, &DatasetsPage::importFinished, m_trainPage, &TrainPage::reload);
    connect(m_trainPage, &TrainPage::runCreated, m_runsPage, &RunsPage::reload);
    connect(m_trainPage, &TrainPage::runFinished, m_runsPage, &RunsPage::reload);
    connect(m_trainPage, &TrainPage::gpuMemoryChanged, this, [this](const QString& device, qint64 bytes) {
        updateStatusBar();
        if (bytes > 0)
            m_deviceLabel->setText(tr("%1 · training on %2, %3 in use")
                                       .arg(m_deviceLabel->text(), device, QLocale().formattedDataSize(bytes)));
    });
    connect(m_trainPage, &TrainPage::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_trainPage, &TrainPage::openRunRequested, this, [this](const QString& runId) {
        showPage(QStringLiteral("runs"));
        m_runsPage->setFilterText(QStringLiteral("id = \"%1\"").arg(runId));
    });
    m_registryPage = new RegistryPage(this);
    m_registryPage->setRegistrySetting(AppSettings::registryFolder());
    m_registryPage->setWorkspace(m_workspace);
    m_pages->addWidget(m_registryPage);
    m_servingPage = new ServingPage(this);
    m_servingPage->setWorkspace(m_workspace);
    m_pages->addWidget(m_servingPage);
    m_monitorPage = new MonitorPage(this);
    m_monitorPage->setRegistrySetting(AppSettings::registryFolder());
    m_monitorPage->setWorkspace(m_workspace);
    m_pages->addWidget(m_monitorPage);
    connectRegistryPage();
    // The Monitor page lists models, datasets and serving logs: new ones appear there.
    connect(m_registryPage, &RegistryPage::modelRegistered, m_monitorPage, &MonitorPage::reload);
    connect(m_datasetsPage, &DatasetsPage::importFinished, m_monitorPage, &MonitorPage::reload);
    connect(m_servingPage, &ServingPage::endpointsChanged, m_monitorPage, &MonitorPage::reload);
    connect(m_monitorPage, &MonitorPage::retrainRequested, this, [this](const PipelineForm& form) {
        showPage(QStringLiteral("pipelines"));
        m_pipelinesPage->newPipelineWithForm(form);
    });
    connect(m_monitorPage, &MonitorPage::checkFinished, this,
            [this](bool, const QString& message) { statusBar()->showMessage(message, 10000); });
    createPipelinesPage();
    createSweepsPage();
    connectOverviewPage();
}

void MainWindow::openRun(const QString& runId)
{
    showPage(QStringLiteral("runs"));
    m_runsPage->showRun(runId);
}

void MainWindow::openDataset(const QString& reference)
{
    showPage(QStringLiteral("datasets"));
    m_datasetsPage->selectDataset(reference);
}

void MainWindow::connectOverviewPage()
{
    m_overviewPage->setRegistrySetting(AppSettings::registryFolder());
    m_overviewPage->setServedSource([this] {
        QList<OverviewPage::Served> served;
        for (int row = 0; row < m_servingPage->endpointCount(); ++row)
            served << OverviewPage::Served {m_servingPage->endpointReference(row), m_servingPage->endpointVersion(row),
                                            m_servingPage->endpointUrl(row)};
        return served;
    });
    m_overviewPage->setWorkspace(m_workspace);
    connect(m_servingPage, &ServingPage::endpointsChanged, m_overviewPage, &OverviewPage::reload);
    connect(m_pipelinesPage, &PipelinesPage::runFinished, m_overviewPage, &OverviewPage::reload);
    connect(m_monitorPage, &MonitorPage::checkFinished, this, [this](bool ok) {
        const auto& outcome = m_monitorPage->outcome();
        if (!ok || !outcome || outcome->reports.isEmpty())
            return;
        const DriftReport& report = outcome->latest();
        m_overviewPage->noteDriftCheck(outcome->model,
                                       report.drift            ? QStringLiteral("drift")
                                           : report.warned > 0 ? QStringLiteral("warning")
                                                               : QStringLiteral("none"),
                                       report.summary());
    });
    // Each row leads to the page it belongs to.
    connect(m_overviewPage, &OverviewPage::openRunRequested, this, &MainWindow::openRun);
    connect(m_overviewPage, &OverviewPage::openTrainPageRequested, this, [this] { showPage(QStringLiteral("train")); });
    connect(m_overviewPage, &OverviewPage::openPipelineRunRequested, this, [this](const QString& runId) {
        showPage(QStringLiteral("pipelines"));
        m_pipelinesPage->selectRun(runId);
    });
    connect(m_overviewPage, &OverviewPage::openModelRequested, this, [this](const QString& name) {
        showPage(QStringLiteral("registry"));
        m_registryPage->selectModel(name);
    });
    connect(m_overviewPage, &OverviewPage::openMonitorRequested, this, [this](const QString& reference) {
        showPage(QStringLiteral("monitor"));
        m_monitorPage->modelBox()->setCurrentText(reference);
    });
    connect(m_overviewPage, &OverviewPage::openServingRequested, this, [this] { showPage(QStringLiteral("serving")); });
    connect(m_overviewPage, &OverviewPage::openRunsFilteredRequested, this, [this](const QString& filter) {
        showPage(QStringLiteral("runs"));
        m_runsPage->setFilterText(filter);
    });
}

void MainWindow::createSweepsPage()
{
    m_sweepsPage = new SweepsPage(this);
    m_sweepsPage->setThreads(AppSettings::trainingThreads() > 0 ? AppSettings::trainingThreads()
                                                                : interactiveThreadCount());
    m_sweepsPage->setWorkspace(m_workspace);
    m_pages->addWidget(m_sweepsPage);
    connect(m_sweepsPage, &SweepsPage::compareRequested, this, [this](const QStringList& runIds) {
        m_comparePage->compareRuns(runIds);
        showPage(QStringLiteral("compare"));
    });
    connect(m_sweepsPage, &SweepsPage::openRunRequested, this, &MainWindow::openRun);
    connect(m_sweepsPage, &SweepsPage::registerRequested, m_registryPage, &RegistryPage::registerRun);
    connect(m_sweepsPage, &SweepsPage::sweepFinished, this, [this](const QString&, const QString& message) {
        statusBar()->showMessage(message, 10000);
        m_runsPage->reload();
    });
}

void MainWindow::createPipelinesPage()
{
    m_pipelinesPage = new PipelinesPage(this);
    m_pipelinesPage->setRegistrySetting(AppSettings::registryFolder());
    m_pipelinesPage->setPipelineFiles(AppSettings::pipelineFiles());
    m_pipelinesPage->setWorkspace(m_workspace);
    m_pages->addWidget(m_pipelinesPage);
    connect(m_pipelinesPage, &PipelinesPage::pipelineFilesChanged, this, &AppSettings::setPipelineFiles);
    // Lineage: what a pipeline made leads to its page; the pages it changed show it.
    connect(m_pipelinesPage, &PipelinesPage::openDatasetRequested, this, &MainWindow::openDataset);
    connect(m_pipelinesPage, &PipelinesPage::openRunRequested, this, &MainWindow::openRun);
    connect(m_pipelinesPage, &PipelinesPage::openModelRequested, this, [this](const QString& reference) {
        showPage(QStringLiteral("registry"));
        m_registryPage->selectModel(reference.section(QLatin1Char('@'), 0, 0));
        bool isNumber = false;
        const int version = reference.section(QLatin1Char('@'), 1).toInt(&isNumber);
        if (isNumber)
            m_registryPage->selectVersions({version});
    });
    connect(m_pipelinesPage, &PipelinesPage::runFinished, this, [this](const QString&, const QString& message) {
        statusBar()->showMessage(message, 10000);
        m_runsPage->reload();
        m_registryPage->reload();
        m_datasetsPage->reload();
        m_monitorPage->reload();
    });
    const auto openPipelineRun = [this](const QString& trainingRunId) {
        showPage(QStringLiteral("pipelines"));
        if (!m_pipelinesPage->showRunThatTrained(trainingRunId))
            statusBar()->showMessage(tr("No pipeline run trained %1.").arg(trainingRunId), 8000);
    };
    connect(m_registryPage, &RegistryPage::openPipelineRunRequested, this, openPipelineRun);
    connect(m_runsPage, &RunsPage::openPipelineRunRequested, this, openPipelineRun);
}

void MainWindow::connectRegistryPage()
{
    // Register from the Runs and Train pages; the registry's lineage links lead back to them.
    connect(m_runsPage, &RunsPage::registerModelRequested, m_registryPage, &RegistryPage::registerRun);
    connect(m_trainPage, &TrainPage::registerModelRequested, m_registryPage, &RegistryPage::registerRun);
    connect(m_registryPage, &RegistryPage::modelRegistered, this,
            [this](const QString& reference) { statusBar()->showMessage(tr("Registered %1").arg(reference), 8000); });
    connect(m_registryPage, &RegistryPage::taskFinished, this,
            [this](bool, const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_registryPage, &RegistryPage::taskFinished, this, &MainWindow::openNextFile, Qt::QueuedConnection);
    connect(m_registryPage, &RegistryPage::serveRequested, this,
            [this](const QString& folder, const QString& reference, int port, bool nextFree, const QString& host) {
                m_servingPage->serve(folder, reference, port, nextFree, host);
                showPage(QStringLiteral("serving"));
            });
    connect(m_servingPage, &ServingPage::openRegistryRequested, this, [this] { showPage(QStringLiteral("registry")); });
    connect(m_servingPage, &ServingPage::endpointsChanged, this, [this](int count) {
        m_servingLabel->setText(tr("Serving %n model(s)", nullptr, count));
        m_servingLabel->setVisible(count > 0);
    });
    connect(m_registryPage, &RegistryPage::openRunRequested, this, &MainWindow::openRun);
    connect(m_registryPage, &RegistryPage::openDatasetRequested, this, &MainWindow::openDataset);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("menu-file"));
    file->addAction(m_openWorkspaceAction);
    file->addAction(m_openSharedWorkspaceAction);
    file->addSeparator();
    file->addAction(m_datasetsPage->importAction());
    file->addAction(m_datasetsPage->samplesAction());
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("menu-view"));
    view->addActions(m_pageActions);

    QMenu* help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("menu-help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("pages-toolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    bar->setIconSize(QSize(28, 28));
    bar->addActions(m_pageActions);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    bar->addWidget(spacer);
    bar->addAction(m_settingsAction);
    addToolBar(Qt::LeftToolBarArea, bar);
}

void MainWindow::createStatusBar()
{
    m_deviceLabel = new QLabel(this);
    m_torchLabel = new QLabel(this);
    m_blasLabel = new QLabel(this);
    m_workspaceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("status-device"));
    m_torchLabel->setObjectName(QStringLiteral("status-libtorch"));
    m_blasLabel->setObjectName(QStringLiteral("status-blas"));
    m_workspaceLabel->setObjectName(QStringLiteral("status-workspace"));
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* label : {m_deviceLabel, m_torchLabel, m_blasLabel, m_workspaceLabel})
        label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(m_deviceLabel);
    statusBar()->addWidget(m_torchLabel);
    statusBar()->addWidget(m_blasLabel);
    m_servingLabel = new QLabel(this);
    m_servingLabel->setObjectName(QStringLiteral("status-serving"));
    m_servingLabel->setContentsMargins(8, 0, 8, 0);
    m_servingLabel->hide();
    statusBar()->addPermanentWidget(m_servingLabel);
    m_trackingLabel = new QLabel(this);
    m_trackingLabel->setObjectName(QStringLiteral("status-tracking"));
    m_trackingLabel->setContentsMargins(8, 0, 8, 0);
    m_trackingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trackingLabel->hide();
    statusBar()->addPermanentWidget(m_trackingLabel);
    m_taskStatus = new TaskStatus(this);
    statusBar()->addPermanentWidget(m_taskStatus);
    statusBar()->addPermanentWidget(m_workspaceLabel);
}

void MainWindow::updateStatusBar()
{
    const bool onGpu = !m_environment.gpuName.isEmpty();
    m_deviceLabel->setText(onGpu ? tr("GPU: %1").arg(m_environment.gpuName)
                                 : tr("CPU: %1").arg(m_environment.cpuModel));
    m_deviceLabel->setToolTip(tr("%n logical core(s); training uses %1 thread(s)", nullptr, m_environment.cpuCores)
                                  .arg(AppSettings::trainingThreads()));
    m_torchLabel->setText(tr("LibTorch %1").arg(m_environment.torchVersion));
    // The library and its version; its threading and kernels in the tool tip, so that the status
    // bar keeps room for the workspace at 1280 pixels in every language.
    const QString blas = m_environment.blas;
    const qsizetype detail = blas.indexOf(QRegularExpression(QStringLiteral("\\s*[(,]")));
    m_blasLabel->setText(tr("BLAS: %1").arg(detail > 0 ? blas.left(detail) : blas));
    m_blasLabel->setToolTip(m_environment.isBlasFast ? blas
                                                     : blas + QLatin1Char('\n')
                                    + tr("Training runs about 10x slower on the reference BLAS. "
                                         "Install the package libopenblas0-pthread."));
    if (!m_environment.isBlasFast)
        m_blasLabel->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold"));
    if (!m_workspace)
        m_workspaceLabel->setText(tr("No workspace"));
    else if (m_workspace->isReadOnly())
        m_workspaceLabel->setText(tr("Workspace: %1 (read-only)").arg(m_workspace->location()));
    else
        m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace->location()));
    m_workspaceLabel->setToolTip(m_workspace && m_workspace->isReadOnly()
                                     ? tr("You may not write this workspace: you can browse datasets, runs and "
                                          "models, but not import, train or edit.")
                                     : QString());
}

void MainWindow::retranslate()
{
    const QStringList pageTitles {tr("&Overview"), tr("&Datasets"), tr("&Train"),   tr("&Runs"),      tr("&Compare"),
                                  tr("Re&gistry"), tr("&Serving"),  tr("&Monitor"), tr("&Pipelines"), tr("S&weeps")};
    const QStringList pageTips {tr("Models in production, work running now, recent runs and alerts"),
                                tr("Import, browse and profile datasets"),
                                tr("Train a model"),
                                tr("Browse and compare runs"),
                                tr("Compare runs side by side: charts, groups, params"),
                                tr("Registered models"),
                                tr("Models served over HTTP: requests, latency, errors"),
                                tr("Drift: is the data a model sees still the data it learned from?"),
                                tr("Pipelines: from new data to a promoted model, without hands"),
                                tr("Hyperparameter sweeps: search recipes, stop poor trials early, keep the best")};
    for (int i = 0; i < m_pageActions.size(); ++i) {
        m_pageActions[i]->setText(pageTitles[i]);
        m_pageActions[i]->setStatusTip(pageTips[i]);
        m_pageActions[i]->setToolTip(QStringLiteral("%1 (%2)").arg(
            pageTips[i], m_pageActions[i]->shortcut().toString(QKeySequence::NativeText)));
    }
    m_openWorkspaceAction->setText(tr("&Open Workspace…"));
    m_openWorkspaceAction->setStatusTip(tr("Open or create a workspace folder"));
    m_openSharedWorkspaceAction->setText(tr("Open S&hared Workspace…"));
    m_openSharedWorkspaceAction->setStatusTip(tr("Open a workspace on a PostgreSQL server that a team shares"));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsAction->setIconText(tr("Settings"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Crucible"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    const QList<QMenu*> menus = menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
    for (QMenu* menu : menus) {
        if (menu->objectName() == QLatin1String("menu-file"))
            menu->setTitle(tr("&File"));
        else if (menu->objectName() == QLatin1String("menu-view"))
            menu->setTitle(tr("&View"));
        else if (menu->objectName() == QLatin1String("menu-help"))
            menu->setTitle(tr("&Help"));
    }
    updateStatusBar();
    setWindowTitle(m_workspace ? tr("Crucible — %1").arg(m_workspace->folder()) : tr("Crucible"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_pages) {
        retranslate();
        // After the pages have retranslated their actions too.
        QTimer::singleShot(0, this, &MainWindow::showShortcutsInToolTips);
    }
    QMainWindow::changeEvent(event);
}

namespace {

/// "&Import Dataset…" as a person reads it: "Import Dataset".
QString plainCommand(const QAction* action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1String("\x01"), QLatin1String("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    if (text.isEmpty())
        text = action->toolTip();
    return text;
}

} // namespace

QList<ShortcutEntry> MainWindow::shortcutEntries() const
{
    QList<ShortcutEntry> entries;
    QSet<const QAction*> listed;
    const QString everywhere = tr("Everywhere");
    const auto add = [&](const QString& context, QAction* action) {
        QList<QKeySequence> keys;
        for (const QKeySequence& key : action->shortcuts()) {
            // A standard key the platform leaves unbound (Preferences on Linux) is empty.
            if (!key.isEmpty() && !keys.contains(key))
                keys << key;
        }
        if (keys.isEmpty() || listed.contains(action))
            return;
        listed.insert(action);
        entries << ShortcutEntry {context, plainCommand(action), keys, action};
    };
    for (QMenu* menu : menuBar()->findChildren<QMenu*>()) {
        for (QAction* action : menu->actions())
            add(everywhere, action);
    }
    for (int i = 0; i < m_pages->count() && i < m_pageActions.size(); ++i) {
        const QString page = plainCommand(m_pageActions[i]);
        for (QAction* action : m_pages->widget(i)->findChildren<QAction*>())
            add(page, action);
    }
    return entries;
}

void MainWindow::showShortcutsInToolTips()
{
    for (const ShortcutEntry& entry : shortcutEntries()) {
        const QString keys = entry.keys.first().toString(QKeySequence::NativeText);
        QString tip = entry.action->toolTip();
        if (!tip.contains(keys))
            entry.action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys));
    }
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutEntries(), this);
    dialog.exec();
}

bool MainWindow::showPage(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (int i = 0; i < m_pageActions.size(); ++i) {
        if (m_pageActions[i]->data().toString() == wanted) {
            if (wanted == QLatin1String("compare") && m_comparePage->model()->runs().empty())
                m_comparePage->compareRuns(m_runsPage->matchingRunIds().mid(0, kDefaultComparedRuns));
            m_pages->setCurrentIndex(i);
            m_pageActions[i]->setChecked(true);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageKey() const
{
    return m_pageActions.value(m_pages->currentIndex())->data().toString();
}

QAction* MainWindow::pageAction(const QString& key) const
{
    for (QAction* action : m_pageActions) {
        if (action->data().toString() == key)
            return action;
    }
    return nullptr;
}

void MainWindow::setWorkspace(std::shared_ptr<Workspace> workspace)
{
    // Tasks still reading the old workspace keep it open until they end.
    m_workspace = std::move(workspace);
    m_overviewPage->setWorkspace(m_workspace);
    m_datasetsPage->setWorkspace(m_workspace);
    m_trainPage->setWorkspace(m_workspace);
    m_runsPage->setWorkspace(m_workspace);
    m_registryPage->setWorkspace(m_workspace);
    m_servingPage->setWorkspace(m_workspace);
    m_comparePage->setWorkspace(m_workspace);
    m_monitorPage->setWorkspace(m_workspace);
    m_pipelinesPage->setWorkspace(m_workspace);
    m_sweepsPage->setWorkspace(m_workspace);
    retranslate();
    updateTrackingServer();
    listenToOtherMachines();
}

bool MainWindow::isBusy() const
{
    return m_datasetsPage->isLoading() || m_datasetsPage->isImporting() || m_registryPage->isBusy()
        || !TaskManager::instance().tasks().isEmpty() || (m_trainPage->job() && m_trainPage->job()->isActive());
}

void MainWindow::openFiles(const QStringList& paths)
{
    m_filesToOpen += paths;
    openNextFile();
}

void MainWindow::openNextFile()
{
    // An import still running takes the next file when it ends (taskFinished, importFinished);
    // so does the question or dialog that is up (its event loop may deliver those).
    if (m_openingFile)
        return;
    m_openingFile = true;
    const auto done = qScopeGuard([this] { m_openingFile = false; });
    while (!m_filesToOpen.isEmpty() && !m_registryPage->isBusy() && !m_datasetsPage->isImporting()) {
        const QFileInfo file(m_filesToOpen.takeFirst());
        if (!file.exists()) {
            QMessageBox::warning(this, tr("Cannot Open File"),
                                 tr("There is no file or folder “%1”.").arg(file.filePath()));
            continue;
        }
        if (file.isFile() && file.suffix().compare(QLatin1String("crucible"), Qt::CaseInsensitive) == 0) {
            showPage(QStringLiteral("registry"));
            const auto answer = QMessageBox::question(
                this, tr("Import Model Bundle"),
                tr("Import the model bundle “%1” into the registry?\n\nIts checksums and model are verified "
                   "first; nothing is added when they do not hold.")
                    .arg(file.fileName()),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
            if (answer == QMessageBox::Yes)
                m_registryPage->importBundle(file.absoluteFilePath());
            continue;
        }
        showPage(QStringLiteral("datasets"));
        m_datasetsPage->importWithPreview(file.absoluteFilePath());
    }
}

void MainWindow::restoreFromSettings()
{
    const QByteArray geometry = AppSettings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the screen (85 % of what is available), centred.
        const QRect available = (screen() ? screen() : QGuiApplication::primaryScreen())->availableGeometry();
        resize(available.size() * 0.85);
        move(available.center() - QPoint(width() / 2, height() / 2));
    }
    const QByteArray state = AppSettings::windowState();
    if (!state.isEmpty())
        restoreState(state);
    // Each page's splitters as the user left them (in the order the page holds them).
    for (int i = 0; i < m_pages->count() && i < pageKeys().size(); ++i) {
        const QList<QByteArray> states = AppSettings::splitterStates(pageKeys()[i]);
        const QList<QSplitter*> splitters = m_pages->widget(i)->findChildren<QSplitter*>();
        for (qsizetype j = 0; j < splitters.size() && j < states.size(); ++j)
            splitters[j]->restoreState(states[j]);
    }
    // Every start opens on the Overview: what runs, what is served, what needs a look.
    showPage(QStringLiteral("overview"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_trainPage->job() && m_trainPage->job()->isActive()) {
        const auto answer = QMessageBox::question(
            this, tr("Training in progress"),
            tr("A run is training. Stop it (a checkpoint is kept, so you can resume it later) and quit?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_trainPage->stopTraining();
    }
    AppSettings::setWindowGeometry(saveGeometry(), saveState());
    for (int i = 0; i < m_pages->count() && i < pageKeys().size(); ++i) {
        QList<QByteArray> states;
        for (QSplitter* splitter : m_pages->widget(i)->findChildren<QSplitter*>())
            states << splitter->saveState();
        AppSettings::setSplitterStates(pageKeys()[i], states);
    }
    event->accept();
}

bool MainWindow::tryOpenWorkspace(const QString& folder)
{
    auto opened = Workspace::open(folder);
    if (!opened) {
        QMessageBox::warning(
            this, tr("Cannot open workspace"),
            tr("The workspace could not be opened; the current one stays open.\n\n%1").arg(errorText(opened.error())));
        return false;
    }
    setWorkspace(std::move(opened.value()));
    return true;
}

QInputDialog* MainWindow::sharedWorkspaceDialog(QWidget* parent, const QString& current)
{
    auto* dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("SharedWorkspaceDialog"));
    dialog->setWindowTitle(tr("Open Shared Workspace"));
    dialog->setLabelText(tr("A workspace on a PostgreSQL server that a team shares, and the folder every machine sees "
                            "for its files:\n"
                            "postgresql://USER@HOST[:PORT]/DATABASE?objects=/SHARED/FOLDER\n\n"
                            "The password goes in ~/.pgpass or PGPASSWORD, never in the address."));
    dialog->setTextValue(current);
    dialog->resize(560, dialog->sizeHint().height());
    return dialog;
}

void MainWindow::openSharedWorkspace()
{
    const QString current = m_workspace && m_workspace->isOnServer() ? m_workspace->location() : QString();
    std::unique_ptr<QInputDialog> dialog(sharedWorkspaceDialog(this, current));
    if (dialog->exec() != QDialog::Accepted)
        return;
    const QString address = dialog->textValue().trimmed();
    if (address.isEmpty())
        return;
    if (!Workspace::isServerUrl(address)) {
        QMessageBox::warning(this, tr("Cannot open workspace"),
                             tr("A shared workspace's address starts with postgresql://. For a folder, use Open "
                                "Workspace."));
        return;
    }
    if (tryOpenWorkspace(address))
        AppSettings::setWorkspaceFolder(address);
}

void MainWindow::openWorkspaceFolder()
{
    const QString start = m_workspace ? m_workspace->folder() : Workspace::defaultFolder();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), start);
    if (!folder.isEmpty() && tryOpenWorkspace(folder))
        AppSettings::setWorkspaceFolder(folder);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_workspace ? m_workspace->folder() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    theme::apply(AppSettings::theme());
    torchruntime::setThreadCount(AppSettings::trainingThreads());
    m_trainPage->setDefaultThreads(AppSettings::trainingThreads());
    m_trainPage->setDefaultDevice(AppSettings::device());
    m_registryPage->setRegistrySetting(AppSettings::registryFolder());
    m_monitorPage->setRegistrySetting(AppSettings::registryFolder());
    m_pipelinesPage->setRegistrySetting(AppSettings::registryFolder());
    m_overviewPage->setRegistrySetting(AppSettings::registryFolder());
    m_environment.threads = torchruntime::threadCount();
    // An explicit choice in the dialog wins over --workspace and CRUCIBLE_WORKSPACE from the start.
    const QString chosen = AppSettings::workspaceFolder();
    const QString folder = chosen.isEmpty() ? Workspace::defaultFolder() : Workspace::resolveFolder(chosen);
    if (!m_workspace || folder != m_workspace->location())
        tryOpenWorkspace(folder);
    updateTrackingServer();
    updateStatusBar();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_environment, this);
    dialog.exec();
}

} // namespace crucible
