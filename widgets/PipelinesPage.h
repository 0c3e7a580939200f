#pragma once

#include "engine/core/BackgroundTask.h"
#include "engine/pipeline/PipelineSpec.h"
#include "engine/store/PipelineStore.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace crucible {

class PipelineGraph;
struct PipelineForm;
class TriggerWatcher;
class Workspace;

/// The Pipelines page: the pipeline files the user opened (and every pipeline the workspace has
/// runs of) with their last status and next trigger; the selected pipeline's runs; the selected
/// run's steps drawn as a graph with live status and durations; the selected step's outputs
/// (datasets, runs and models as links to their pages) and log; the pipeline file in an editor
/// with Check (problems with their lines) and Save. Run, Resume and Stop run a pipeline in the
/// background; with "Run triggers while open" the page acts on schedules, watched folders and
/// drift as `pipeline daemon` does. Thread: GUI.
class PipelinesPage : public QWidget {
    Q_OBJECT
public:
    explicit PipelinesPage(QWidget* parent = nullptr);
    ~PipelinesPage() override;

    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    void setRegistrySetting(const QString& setting);
    /// The pipeline files to list (from the settings); reloads.
    void setPipelineFiles(const QStringList& files);
    QStringList pipelineFiles() const { return m_files; }
    /// Adds a pipeline file, selects it and reloads.
    void openPipelineFile(const QString& path);
    /// Lists pipelines and runs again (in the background).
    void reload();

    /// Selects the pipeline `name` (and its newest run); false when it is not listed.
    bool selectPipeline(const QString& name);
    /// Selects the run `runId` of the selected pipeline, or of any pipeline.
    bool selectRun(const QString& runId);
    /// Selects the pipeline run that trained `trainingRunId`; false when none did.
    bool showRunThatTrained(const QString& trainingRunId);
    void selectStep(const QString& id);

    /// Runs the selected pipeline (saving the editor first when it changed); resumes the
    /// selected run; stops the live run.
    void run();
    /// New Pipeline with the form filled in (the Monitor page's Retrain); modal.
    void newPipelineWithForm(const PipelineForm& form);
    void resume();
    void stop();
    bool isRunning() const { return m_task != nullptr; }
    /// Checks the editor's text; the problems are listed below it. Whether it is valid.
    bool checkEditor();
    /// Opens the editor's pipeline in the form (when it has the form's shape); with `show` false
    /// only says whether it could. The form's YAML replaces the editor's text, unsaved.
    bool editInForm(bool show = true);
    bool saveEditor();
    /// Whether the page acts on triggers while it is open.
    void setTriggersEnabled(bool enabled);
    /// Polls the triggers once now (the timer does it every few seconds).
    void pollTriggers();

    QString currentPipeline() const;
    QString currentRun() const { return m_currentRun; }
    QString messageText() const;
    QTableWidget* pipelineTable() const { return m_pipelines; }
    QTableWidget* runTable() const { return m_runs; }
    PipelineGraph* graph() const { return m_graph; }
    QPlainTextEdit* editor() const { return m_editor; }
    QListWidget* problemList() const { return m_problems; }
    QLabel* stepDetails() const { return m_stepDetails; }
    QPlainTextEdit* stepLog() const { return m_log; }
    QTabWidget* tabs() const { return m_tabs; }
    QAction* runAction() const { return m_runAction; }
    QAction* openAction() const { return m_openAction; }
    QAction* newAction() const { return m_newAction; }

Q_SIGNALS:
    void pipelineFilesChanged(const QStringList& files);
    /// A run ended: its status ("succeeded", "rejected", ...) and message.
    void runFinished(const QString& status, const QString& message);
    void openDatasetRequested(const QString& reference);
    void openRunRequested(const QString& runId);
    void openModelRequested(const QString& reference);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Listed {
        QString name;
        QString file;
        std::optional<PipelineSpec> spec;
        QString problem; ///< why the file could not be read
        QList<PipelineRunRecord> runs; ///< newest first
    };
    void buildUi();
    void retranslate();
    void fillPipelines();
    void showPipeline();
    void showRun();
    void showStep();
    void fitGraph();
    void loadEditor();
    void setMessage(const QString& text, bool isError);
    void updateActions();
    void openLink(const QString& link);
    void startRun(const PipelineSpec& spec, const QJsonObject& trigger, const QString& resumeRun);
    void refreshLiveRun();
    void newPipelineWithDialog();
    /// Takes the selected pipeline's file off the list (the file and its runs stay).
    void removeCurrentFile();
    void openWithDialog();
    QString statusText(const QString& status) const;
    QString triggerText(const QString& kind) const;
    QString nextTriggerText(const Listed& listed) const;
    QString registryFolder() const;
    const Listed* current() const;

    std::shared_ptr<const Workspace> m_workspace;
    QString m_registrySetting;
    QStringList m_files;
    QList<Listed> m_listed;
    QString m_currentRun;
    QString m_liveRun;
    QString m_wantedPipeline;
    QString m_wantedRun;
    QString m_editorFile;
    QPointer<BackgroundTask> m_task;
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_polling = false;
    QMap<QString, std::shared_ptr<TriggerWatcher>> m_watchers; ///< by pipeline name
    QList<QPair<QString, QJsonObject>> m_queue; ///< pipeline name, trigger: waiting for the live run

    QAction* m_openAction = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_resumeAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_checkAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_removeAction = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QCheckBox* m_triggers = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_pipelinesTitle = nullptr;
    QLabel* m_runsTitle = nullptr;
    QTableWidget* m_pipelines = nullptr;
    QTableWidget* m_runs = nullptr;
    PipelineGraph* m_graph = nullptr;
    QScrollArea* m_graphScroll = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_stepDetails = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_formButton = nullptr;
    QTimer* m_refresh = nullptr;
    QTimer* m_triggerTimer = nullptr;
};

} // namespace crucible
