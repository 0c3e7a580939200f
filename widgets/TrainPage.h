#pragma once

#include "engine/train/TrainingJob.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace crucible {

class MetricChart;
class RecipeForm;
class Workspace;

/// The Train page: pick a dataset version, a model and the recipe; start, pause, resume and
/// stop; watch loss and validation curves draw live (drained at about 30 Hz, never one redraw
/// per step); line up runs in a queue; open recent runs. Training runs on the job's worker
/// thread; the page never blocks. Thread: GUI.
class TrainPage : public QWidget {
    Q_OBJECT
public:
    explicit TrainPage(QWidget* parent = nullptr);
    ~TrainPage() override;

    /// Trains in `workspace` (may be null). A running run of the previous workspace is stopped
    /// (checkpointed, resumable) and ends in the background; the page does not wait for it.
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// Training threads for runs whose recipe says 0 (the Settings value).
    void setDefaultThreads(int threads);
    void setDefaultDevice(const QString& device);

    /// Reloads the datasets, and the recent runs in the background.
    void reload();
    /// True while the recent runs are being listed.
    bool isLoadingRecent() const { return m_isLoadingRecent; }
    /// Chooses a dataset version ("NAME" or "NAME@HASH"); false when there is none such.
    bool selectDataset(const QString& reference);
    /// The request the form describes, or an error naming the field that is wrong.
    Result<TrainingRequest> request() const;
    /// Sets a recipe field by its key (the same keys as `--set`).
    Status setRecipeValue(const QString& key, const QString& value);
    /// Fills the form with the recipe recipeUsed() gave last time ({"dataset", "model", "config"});
    /// a recipe that no longer reads is left out.
    void setLastRecipe(const QJsonObject& recipe);
    RecipeForm* recipeForm() const { return m_recipe; }

    /// Starts training the form's request (or queues it when a run is active).
    bool startTraining();
    void pauseOrResume();
    void stopTraining();
    /// Adds the form's request to the queue; it starts when the runs before it have ended.
    bool enqueue();
    int queuedCount() const;

    TrainingJob* job() const { return m_job.get(); }
    MetricChart* lossChart() const { return m_lossChart; }
    MetricChart* validationChart() const { return m_validationChart; }
    QString statusText() const;

    QAction* startAction() const { return m_startAction; }
    QAction* pauseAction() const { return m_pauseAction; }
    QAction* stopAction() const { return m_stopAction; }
    /// "Register Model…" for the last run, enabled once it finished or stopped.
    QAction* registerAction() const { return m_registerAction; }

Q_SIGNALS:
    /// A run was started or queued from the form: {"dataset": NAME, "model": as written,
    /// "config": the recipe}, for the next start to begin with.
    void recipeUsed(const QJsonObject& recipe);
    /// A run was created, ended, or should be shown on the Runs page.
    void runCreated(const QString& runId);
    void runFinished(const QString& runId);
    void openRunRequested(const QString& runId);
    /// The user asked to register the model of run `runId`.
    void registerModelRequested(const QString& runId);
    /// GPU memory LibTorch holds while a run trains on `device` ("cuda:0"); 0 bytes when it ends.
    void gpuMemoryChanged(const QString& device, qint64 bytes);
    /// Something the user should know (an error starting a run).
    void problem(const QString& message);

private:
    void buildUi();
    void noteRecipeUsed(const TrainingRequest& request);
    void drainSamples();
    void onStateChanged(TrainingState state);
    void onProgress(const TrainingProgress& progress);
    void onFinished();
    void startNextQueued();
    void updateActions();
    void retireJob();
    void reloadRecent();
    void watchChanges();

    std::shared_ptr<const Workspace> m_workspace;
    std::unique_ptr<TrainingJob> m_job;
    QList<TrainingRequest> m_queue;
    quint64 m_recentGeneration = 0;
    QTimer m_recentDelay; ///< coalesces the ChangeHub's announcements
    bool m_isLoadingRecent = false;
    QTimer m_drainTimer;
    int m_defaultThreads = 0;

    RecipeForm* m_recipe = nullptr;
    QAction* m_startAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_queueAction = nullptr;
    QAction* m_registerAction = nullptr;
    QLabel* m_status = nullptr;
    QString m_gpuDevice; ///< the GPU the running run trains on, empty otherwise
    QProgressBar* m_progress = nullptr;
    MetricChart* m_lossChart = nullptr;
    MetricChart* m_validationChart = nullptr;
    QListWidget* m_queueList = nullptr;
    QListWidget* m_recent = nullptr;
};

} // namespace crucible
