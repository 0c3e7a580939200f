#pragma once

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QFrame;
class QProgressBar;
class QPushButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

namespace crucible {

struct RunQuery;
class RunDetailsPanel;
class RunDiffDialog;
class TrainingJob;
class RunTableModel;
class Workspace;

/// The Runs page: a sortable, multi-select table of runs filtered by an expression typed in
/// the search field (its error shown inline, pointing at the column), an experiment picker,
/// user-chosen param and metric columns, the trash, and the details of the selected run.
/// Listing runs is a background task (a few set-wise queries; about a second for 10,000 runs),
/// so the GUI thread only applies the result; a reload asked for while one runs replaces it.
/// Edits go through RunStore on the GUI thread (one row each). Thread: GUI.
class RunsPage : public QWidget {
    Q_OBJECT
public:
    explicit RunsPage(QWidget* parent = nullptr);
    ~RunsPage() override;

    /// Shows the runs of `workspace` (nullptr: none).
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// Re-reads the runs in the background, keeping the filter, columns and selection;
    /// loaded() follows.
    void reload();
    /// True from reload() until its result is shown.
    bool isLoading() const { return m_isLoading; }

    RunTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    RunDetailsPanel* details() const { return m_details; }
    /// Applies `expression` now (as typing it would, after a short pause).
    void setFilterText(const QString& expression);
    /// The inline filter error, empty when the filter is valid.
    QString filterError() const;
    /// The param and metric columns shown besides the fixed ones.
    void setExtraColumns(const QStringList& fields);
    /// Shows the trash instead of the runs.
    void setShowingTrash(bool showing);
    /// The ids of the selected runs.
    QStringList selectedRunIds() const;
    /// Moves the selected runs to the trash (or restores them when the trash is shown).
    void trashOrRestoreSelected();
    /// The ids of every run the table lists (those matching the filter), in table order.
    QStringList matchingRunIds() const;
    /// "Compare Selected" (Ctrl+Shift+C) and "Compare All Matching the Filter" (Ctrl+Alt+C).
    QAction* compareSelectedAction() const { return m_compareSelectedAction; }
    QAction* compareMatchingAction() const { return m_compareMatchingAction; }
    /// Shows and selects run `runId`, clearing a filter, experiment or trash view that hides it
    /// (then it is selected once the reload is in); false when it is not in the workspace (or
    /// in the trash).
    bool showRun(const QString& runId);
    /// "Register Model…": enabled for one selected finished or stopped run with a model.
    QAction* registerAction() const { return m_registerAction; }
    QAction* rerunAction() const { return m_rerunAction; }
    QAction* rerunCheckAction() const { return m_rerunCheckAction; }
    QAction* diffAction() const { return m_diffAction; }

    /// Trains the selected run again from its own record (recipe, dataset version, seed,
    /// deterministic flag, threads, device) as a new run whose param rerun.of names it; with
    /// `check`, compares every metric point with the original when it ends, keeps the verdict
    /// with the rerun and shows it (the strip above the table, and the rerun's details).
    void rerunSelected(bool check);
    bool isRerunning() const;
    /// What the rerun strip says: progress, or the verdict.
    QString rerunText() const;
    /// The last rerun's id (empty before one started).
    QString lastRerunId() const { return m_lastRerun; }
    QPushButton* rerunCompareButton() const { return m_rerunCompare; }
    /// Opens the Diff of the two selected runs (non-modal).
    void diffSelected();
    RunDiffDialog* diffDialog() const;

    /// Deletes the runs in the trash for good, with their folders (after asking, when `ask`), in a
    /// task; notice() says how many and how much space that freed. Shown while the trash is.
    void emptyTrash(bool ask = true);
    QToolButton* emptyTrashButton() const { return m_emptyTrashButton; }

Q_SIGNALS:
    /// A reload's result is shown (the table, the count, the columns menu and the details).
    void loaded();
    /// Something went wrong that the user should see (the main window shows it in the status bar).
    void problem(const QString& message);
    /// Something done that the user should hear of (the trash emptied), for the status bar.
    void notice(const QString& message);
    /// The user asked to compare these runs (the main window opens the Compare page).
    void compareRequested(const QStringList& runIds);
    /// The user asked to register the model of run `runId` (the main window opens the dialog).
    void registerModelRequested(const QString& runId);
    /// The pipeline run that trained run `runId` should be shown (the Pipelines page).
    void openPipelineRunRequested(const QString& runId);

private:
    struct Listing;
    void applyListing(Listing listing, const QStringList& selected);
    /// Notes a run the ChangeHub announced; applyChanges() follows after a short pause.
    void noteChange(const QString& database, const QString& runId);
    /// Re-reads the changed runs (in a task) and applies them to the table without a reset.
    void applyChanges();
    /// The query the page shows: experiment, filter and trash view as chosen.
    RunQuery currentQuery() const;
    void applyFilter();
    /// Clears what hides m_pendingRun (filter, experiment, trash view) and reloads; false when nothing did.
    bool revealPendingRun();
    void updateColumnsMenu();
    void updateDetails();
    void renameCurrent();
    void saveEdits(const QString& runId, const QString& notes, const QStringList& tags);
    void retranslate();
    void rerunFinished();
    void updateRerunActions();
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    /// Looks (in a task) for runs that other processes added or are writing (crucible-cli train,
    /// the MLflow tracking server, a sweep): those created since the newest listed and those
    /// running, and applies them as ChangeHub's announcements are applied.
    void pollOtherWriters();

    std::shared_ptr<const Workspace> m_workspace;
    QTimer m_otherWriters; ///< pollOtherWriters() every few seconds while the page is shown
    bool m_isPolling = false;
    quint64 m_generation = 0; ///< counts reloads; the result of a replaced one is dropped
    bool m_isLoading = false;
    QString m_pendingRun; ///< showRun() waiting for a reload
    QStringList m_changedIds; ///< announced and not yet applied
    QTimer m_changeDelay; ///< coalesces announcements (a training run's metrics: every flush)
    bool m_isApplyingChanges = false;
    QStringList m_metricKeys;
    QStringList m_paramKeys;
    RunTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    RunDetailsPanel* m_details = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_filterError = nullptr;
    QComboBox* m_experiment = nullptr;
    QToolButton* m_columnsButton = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QToolButton* m_trashButton = nullptr;
    QToolButton* m_emptyTrashButton = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_trashAction = nullptr;
    QAction* m_compareSelectedAction = nullptr;
    QAction* m_compareMatchingAction = nullptr;
    QToolButton* m_compareButton = nullptr;
    QAction* m_registerAction = nullptr;
    QAction* m_rerunAction = nullptr;
    QAction* m_rerunCheckAction = nullptr;
    QAction* m_diffAction = nullptr;
    QToolButton* m_rerunButton = nullptr;
    QToolButton* m_diffButton = nullptr;
    QFrame* m_rerunStrip = nullptr;
    QLabel* m_rerunLabel = nullptr;
    QProgressBar* m_rerunProgress = nullptr;
    QPushButton* m_rerunStop = nullptr;
    QPushButton* m_rerunCompare = nullptr;
    std::unique_ptr<TrainingJob> m_rerunJob;
    QString m_rerunOriginal;
    QString m_rerunOriginalName;
    bool m_rerunCheck = false;
    QString m_lastRerun;
    QPointer<RunDiffDialog> m_diffDialog;
    QLabel* m_count = nullptr;
    QTimer m_filterDelay;
    QStringList m_chosenColumns;
    bool m_hasChosenColumns = false;
};

} // namespace crucible
