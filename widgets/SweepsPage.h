#pragma once

#include "engine/core/BackgroundTask.h"
#include "engine/store/SweepStore.h"
#include "engine/sweep/SweepSpec.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace crucible {

class ImportanceBars;
class MetricChart;
class Workspace;

/// The Sweeps page: the workspace's hyperparameter searches with status, trials done and best
/// value; the selected sweep's trials (state, objective, epochs reached, time, each parameter's
/// value), its best value after each trial, and parameter importance. New Sweep builds a sweep in
/// a dialog; Run and Stop run it in the background (trials live, pruned ones marked); Compare Top 5
/// and Compare All open the trials on the Compare page (its parallel coordinates and scatter);
/// Register Best registers the best trial's model. A sweep run by crucible-cli shows its progress
/// while the page is open. Thread: GUI.
class SweepsPage : public QWidget {
    Q_OBJECT
public:
    explicit SweepsPage(QWidget* parent = nullptr);
    ~SweepsPage() override;

    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// Threads shared by a sweep's trials (the Train page's default).
    void setThreads(int threads) { m_threads = threads; }
    /// Lists the sweeps again (in the background).
    void reload();
    bool selectSweep(const QString& name);

    /// Opens the New Sweep dialog (modal); creates the sweep and selects it.
    void newSweep();
    /// Runs (or resumes) the selected sweep with `parallel` trials at once.
    void run(int parallel = 0);
    void stop();
    bool isRunning() const { return m_task != nullptr; }

    QString currentSweep() const { return m_current; }
    QTableWidget* sweepTable() const { return m_sweeps; }
    QTableWidget* trialTable() const { return m_trials; }
    MetricChart* bestChart() const { return m_chart; }
    ImportanceBars* importance() const { return m_importance; }
    QString messageText() const;
    /// The selected sweep as last read.
    const SweepRecord* record() const;

Q_SIGNALS:
    /// "Compare Top 5" / "Compare All": the trials' runs, best first.
    void compareRequested(const QStringList& runIds);
    void openRunRequested(const QString& runId);
    /// Register Best: the best trial's run, for the Register dialog.
    void registerRequested(const QString& runId);
    void sweepFinished(const QString& status, const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    /// Esc in the tables stops (item views take Esc for themselves otherwise).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void fillSweeps();
    void showSweep();
    void updateActions();
    void setMessage(const QString& text, bool isError);
    QString stateText(TrialState state) const;
    QString statusText(const QString& status) const;
    QStringList rankedRuns(int limit) const;
    const Result<SweepSpec>& specOf(const SweepRecord& sweep) const;

    std::shared_ptr<const Workspace> m_workspace;
    QList<SweepRecord> m_list;
    mutable QHash<QString, std::shared_ptr<const Result<SweepSpec>>> m_specs; ///< checked files, by sweep id
    QStringList m_datasets; ///< names, for New Sweep
    QString m_current;
    QString m_wanted;
    QString m_running; ///< the sweep id this window runs
    int m_threads = 1;
    int m_generation = 0;
    bool m_loading = false;
    bool m_reading = false; ///< a read of the sweeps is under way
    bool m_readAgain = false; ///< another was asked for meanwhile
    QPointer<BackgroundTask> m_task;
    std::shared_ptr<std::atomic<bool>> m_stop;

    QAction* m_newAction = nullptr;
    QAction* m_runAction = nullptr;
    QAction* m_stopAction = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_compareTopButton = nullptr;
    QPushButton* m_compareAllButton = nullptr;
    QPushButton* m_registerButton = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_sweepsTitle = nullptr;
    QLabel* m_trialsTitle = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_chartTitle = nullptr;
    QLabel* m_importanceTitle = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_sweeps = nullptr;
    QTableWidget* m_trials = nullptr;
    MetricChart* m_chart = nullptr;
    ImportanceBars* m_importance = nullptr;
    QTimer* m_refresh = nullptr;
    QWidget* m_lower = nullptr; ///< the chart and the importance
};

/// Horizontal bars of parameter importance (share of the objective's variance), largest first.
class ImportanceBars : public QWidget {
    Q_OBJECT
public:
    explicit ImportanceBars(QWidget* parent = nullptr);
    void setShares(const QList<QPair<QString, double>>& shares);
    const QList<QPair<QString, double>>& shares() const { return m_shares; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<QPair<QString, double>> m_shares;
};

} // namespace crucible
