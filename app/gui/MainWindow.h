#pragma once

#include "ShortcutsDialog.h"
#include "engine/core/Environment.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QInputDialog;
class QActionGroup;
class QLabel;
class QStackedWidget;

namespace crucible {

class ComparePage;
class DatasetsPage;
class TrainPage;
class RunsPage;
class RegistryPage;
class MonitorPage;
class OverviewPage;
class PipelinesPage;
class SweepsPage;
class ServingPage;
class TaskStatus;
class TrackingServer;
class Workspace;

/// The workbench window: a switchboard that holds the pages (Overview, Datasets, Train, Runs, Compare, Registry,
/// Serving, Monitor, Pipelines), the menus, the toolbar and the status bar, and the open workspace. Each page is its
/// own widget class; this class only wires them. Thread: GUI.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Stable page keys, used by settings and by `crucible --screenshot --page NAME`.
    static QStringList pageKeys();

    MainWindow(std::shared_ptr<Workspace> workspace, Environment environment, QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace* workspace() const;
    /// Shows the page with `key`; false when there is no such page.
    bool showPage(const QString& key);
    QString currentPageKey() const;
    QAction* pageAction(const QString& key) const;

    /// Replaces the open workspace (the pages reload from it). Work still running on the old
    /// one (an import, a run being stopped) ends in the background, shown in the status bar.
    void setWorkspace(std::shared_ptr<Workspace> workspace);

    /// Starts, restarts (another workspace or port) or stops the MLflow tracking server as the
    /// settings say; the status bar shows its address, or why it could not start.
    void updateTrackingServer();
    /// The tracking server's address ("http://127.0.0.1:5000"); empty while none runs.
    QString trackingServerUrl() const;

    /// Opens files given on the command line or by the desktop (`crucible FILE...`): a model
    /// bundle (.crucible) is offered for import into the registry, anything else (CSV, TSV, IDX,
    /// an image folder) opens the import dialog of the Datasets page with its preview. One file
    /// at a time: the next is opened when the import of the one before has ended.
    void openFiles(const QStringList& paths);

    /// True while a page loads or imports, or any background task runs.
    bool isBusy() const;

    /// Every keyboard shortcut of the window: the menus' first ("Everywhere"), then each page's.
    QList<ShortcutEntry> shortcutEntries() const;

    /// Restores geometry, window state and splitters from the settings, and shows the Overview.
    void restoreFromSettings();

    /// The dialog that asks for a shared workspace's address (File › Open Shared Workspace).
    static QInputDialog* sharedWorkspaceDialog(QWidget* parent, const QString& current);

public Q_SLOTS:
    void openWorkspaceFolder();
    /// Asks for a postgresql:// address and opens the workspace there (Ctrl+Alt+O).
    void openSharedWorkspace();
    void showSettings();
    void showAbout();
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// For a shared workspace on PostgreSQL: other machines' changes show at once (LISTEN).
    void listenToOtherMachines();
    void openNextFile();
    void createPages();
    void connectRegistryPage();
    void createPipelinesPage();
    void createSweepsPage();
    void connectOverviewPage();
    /// The Runs page with run `runId` selected (lineage links and Overview rows lead here).
    void openRun(const QString& runId);
    /// The Datasets page with `reference` ("NAME" or "NAME@HASH") shown.
    void openDataset(const QString& reference);
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void retranslate();
    /// Adds each action's shortcut to its tool tip ("Stop (Ctrl+.)") where the tip lacks it.
    void showShortcutsInToolTips();
    void updateStatusBar();
    bool tryOpenWorkspace(const QString& folder);

    std::shared_ptr<Workspace> m_workspace;
    Environment m_environment;
    QStackedWidget* m_pages = nullptr;
    OverviewPage* m_overviewPage = nullptr;
    DatasetsPage* m_datasetsPage = nullptr;
    TrainPage* m_trainPage = nullptr;
    RunsPage* m_runsPage = nullptr;
    ComparePage* m_comparePage = nullptr;
    RegistryPage* m_registryPage = nullptr;
    QStringList m_filesToOpen; ///< openFiles() still to go
    bool m_openingFile = false; ///< a file's question or dialog is up
    ServingPage* m_servingPage = nullptr;
    MonitorPage* m_monitorPage = nullptr;
    PipelinesPage* m_pipelinesPage = nullptr;
    SweepsPage* m_sweepsPage = nullptr;
    QActionGroup* m_pageGroup = nullptr;
    QList<QAction*> m_pageActions;
    QAction* m_openWorkspaceAction = nullptr;
    QAction* m_openSharedWorkspaceAction = nullptr;
    TaskStatus* m_taskStatus = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QLabel* m_deviceLabel = nullptr;
    QLabel* m_torchLabel = nullptr;
    QLabel* m_blasLabel = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_servingLabel = nullptr;
    QLabel* m_trackingLabel = nullptr;
    std::unique_ptr<TrackingServer> m_trackingServer;
    QString m_trackingError; ///< why the tracking server could not start, empty when it runs or is off
    QString m_trackingWorkspace; ///< the folder of the workspace it serves
    QString m_trackingRegistry; ///< the registry folder its registry endpoints use
};

} // namespace crucible
