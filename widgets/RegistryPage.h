#pragma once

#include "RegistryTasks.h"
#include "engine/core/Error.h"
#include "engine/registry/RegistryTypes.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolBar;

namespace crucible {

class TaskContext;

class ModelRegistry;
class RegistryModelView;
class Workspace;

/// The Registry page: the models of the registry chosen in Settings (default: the workspace's
/// registry/), and for the selected model its versions with their test metrics and alias
/// badges, the model card, the lineage (version -> run -> dataset version), two versions side by
/// side, and the alias history. Actions: register a run's model (RegisterModelDialog), import and
/// export bundles, set, move or remove aliases, delete a version, predict (PredictDialog), serve
/// (ServeDialog, then the Serving page).
/// Reads of the registry index run on the GUI thread (one small SQLite database); bundle reads,
/// imports, exports, registering and predicting run on worker threads, each with its own
/// ModelRegistry. Engine refusals are shown inline with the engine's message. Thread: GUI.
class RegistryPage : public QWidget {
    Q_OBJECT
public:
    explicit RegistryPage(QWidget* parent = nullptr);
    ~RegistryPage() override;

    /// Uses `workspace` (not owned; may be null) for runs, datasets and the default registry.
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// The registry folder chosen in Settings; empty: the workspace's registry/. $CRUCIBLE_REGISTRY wins.
    void setRegistrySetting(const QString& folder);
    /// The folder of the registry shown (empty without a workspace).
    QString registryFolder() const;
    /// Re-reads the registry, keeping the selected model and versions.
    void reload();

    /// Selects model `name`; false when there is none such.
    bool selectModel(const QString& name);
    QString currentModel() const;
    /// Selects versions of the current model; the first becomes the current one.
    bool selectVersions(const QList<int>& versions);
    /// The selected versions, current first.
    QList<int> selectedVersions() const;
    /// The versions of the current model, oldest first.
    QList<RegisteredVersion> versions() const { return m_versions; }

    /// Points `alias` of the current model at `version`; the outcome is shown inline.
    Status setAlias(const QString& alias, int version);
    /// Removes `alias` of the current model; the outcome is shown inline.
    Status removeAlias(const QString& alias);
    /// Deletes `version` of the current model without asking; a refusal is shown inline.
    Status deleteVersion(int version);
    /// Imports the bundle at `path` in the background (taskFinished() tells the outcome).
    void importBundle(const QString& path);
    /// Copies the bundle of `version` of the current model to `path` in the background.
    void exportVersion(int version, const QString& path);
    /// True while an import or export runs.
    bool isBusy() const { return m_isTaskRunning; }

    /// The message shown under the toolbar (empty when none); errors in red.
    QString messageText() const;
    bool isMessageError() const { return m_isMessageError; }
    /// True while the page says the registry is empty (or cannot be opened).
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    QListWidget* modelList() const { return m_models; }
    /// The selected model: badges, versions, card, lineage, comparison, alias history.
    RegistryModelView* modelView() const { return m_modelView; }

    QAction* importAction() const { return m_importAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* aliasAction() const { return m_aliasAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* predictAction() const { return m_predictAction; }
    QAction* serveAction() const { return m_serveAction; }
    QAction* pushAction() const { return m_pushAction; }
    QAction* pullAction() const { return m_pullAction; }

public Q_SLOTS:
    /// Opens the Register Model dialog for run `runId` (a finished or stopped run with a model).
    void registerRun(const QString& runId);
    /// Asks for a .crucible file and imports it.
    void chooseAndImport();
    /// Asks where to save the current version's bundle.
    void chooseAndExport();
    /// Opens the alias dialog for the current version.
    void editAlias();
    /// Asks, then deletes the current version.
    void deleteSelectedVersion();
    /// Opens the Predict dialog with the current version preselected.
    void predictSelected();
    /// Asks how to serve the current version (or one of its aliases), then emits serveRequested().
    void serveSelected();
    /// Asks where in an OCI registry to push the selected version (OciDialog), then pushes it
    /// in the background with progress and cancel.
    void pushSelected();
    /// Asks what to pull from an OCI registry, then pulls, verifies and imports it. `address`
    /// (a tag picked in the remote registry beside the local one) fills the dialog in.
    void pullFromRegistry();
    void pullTag(const QString& address, bool plainHttp);
    /// Lists the tags of the remote repository named beside the local registry.
    void listRemote();
    /// Names the repository of a push or pull beside the local registry, when nothing is named there.
    void rememberRemote(const QString& address, bool plainHttp);

Q_SIGNALS:
    /// The lineage links: show this run on the Runs page, this dataset version on the Datasets page.
    void openRunRequested(const QString& runId);
    /// The pipeline run that trained run `trainingRunId` should be shown (the Pipelines page).
    void openPipelineRunRequested(const QString& trainingRunId);
    void openDatasetRequested(const QString& reference);
    /// A run's model was registered as `reference` ("NAME@VERSION").
    void modelRegistered(const QString& reference);
    /// Serve `reference` of the registry in `folder` over HTTP (the Serving page does it).
    void serveRequested(const QString& folder, const QString& reference, int port, bool nextFreePort,
                        const QString& host);
    /// An import or export ended; `message` is shown on the page too.
    void taskFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QWidget* buildEmptyState();
    QToolBar* buildToolBar();
    /// What the page says instead of the models (empty when there are models to show).
    QString emptyState() const;
    void fillModelList();
    void createActions();
    void openRegistry();
    void showCurrentModel();
    void updateActions();
    void showMessage(const QString& text, bool isError);
    void startTask(const QString& text, const std::function<RegistryTaskOutcome()>& work);
    /// startTask() for a transfer: progress from the work, and Cancel offered.
    void startTransfer(const QString& text, const std::function<RegistryTaskOutcome(TaskContext&)>& work);
    void startWork(const QString& text, const std::function<RegistryTaskOutcome(TaskContext&)>& work, bool cancellable);
    void onTaskFinished(const RegistryTaskOutcome& outcome);
    void onRegistered(const QString& reference, const QString& name, int version);
    QStringList references() const;
    void retranslate();

    std::shared_ptr<const Workspace> m_workspace;
    QString m_setting;
    QString m_folder;
    QString m_openError;
    std::unique_ptr<ModelRegistry> m_registry;
    QList<ModelSummary> m_summaries;
    QList<RegisteredVersion> m_versions;
    bool m_isMessageError = false;
    bool m_isTaskRunning = false; ///< until the outcome is shown
    QTimer m_changeDelay; ///< coalesces the ChangeHub's announcements
    quint64 m_taskGeneration = 0; ///< counts up per task; a result of an earlier one is dropped

    QStackedWidget* m_stack = nullptr;
    // The remote registry beside the local one: a repository's tags, one double-click from a pull.
    QWidget* buildRemotePanel();
    QLabel* m_remoteTitle = nullptr;
    QLineEdit* m_remoteAddress = nullptr;
    QCheckBox* m_remotePlainHttp = nullptr;
    QPushButton* m_remoteList = nullptr;
    QListWidget* m_remoteTags = nullptr;
    QLabel* m_remoteHint = nullptr;
    QLabel* m_emptyText = nullptr;
    QListWidget* m_models = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_taskBar = nullptr;
    QLabel* m_taskLabel = nullptr;
    QProgressBar* m_taskProgress = nullptr;
    RegistryModelView* m_modelView = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_aliasAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_predictAction = nullptr;
    QAction* m_serveAction = nullptr;
    QAction* m_pushAction = nullptr;
    QAction* m_pullAction = nullptr;
    QString m_ociAddress; ///< the registry address used last, offered again
    QAction* m_refreshAction = nullptr;
};

} // namespace crucible
