#pragma once

#include "engine/overview/Overview.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace crucible {

class BackgroundTask;
class Workspace;

/// The first page: models behind aliases (version, whether this window serves them, the last
/// drift verdict), what is running now with its progress, the newest runs with their key metric,
/// and alerts (drift, failed runs and pipelines). Each row opens the page it belongs to
/// (double-click or Enter). It reads in the background when shown, when the stores of this
/// process announce a change, and every few seconds while shown (for work of other processes).
/// Thread: GUI.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    /// A model this window serves (from the Serving page).
    struct Served {
        QString reference; ///< as asked: "iris@production", "iris@3"
        int version = 0; ///< the version answering now
        QString url;
    };

    explicit OverviewPage(QWidget* parent = nullptr);
    ~OverviewPage() override;

    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// The registry folder setting (empty: the workspace's registry/).
    void setRegistrySetting(const QString& setting);
    /// Where the page learns what this window serves now (asked each time it fills).
    void setServedSource(std::function<QList<Served>()> source);
    /// A drift check made in this window (the Monitor page): newer than what pipelines recorded.
    void noteDriftCheck(const QString& modelVersion, const QString& level, const QString& summary);
    /// Reads everything again (in the background) when the page is shown; a read in progress is
    /// let finish first.
    void reload();
    bool isLoading() const { return m_task != nullptr; }

    const OverviewSnapshot& snapshot() const { return m_snapshot; }
    QTreeWidget* productionList() const { return m_production; }
    QTreeWidget* runningList() const { return m_running; }
    QTreeWidget* recentList() const { return m_recent; }
    QTreeWidget* alertList() const { return m_alerts; }
    QAction* refreshAction() const { return m_refreshAction; }

Q_SIGNALS:
    void openRunRequested(const QString& runId);
    void openTrainPageRequested();
    void openPipelineRunRequested(const QString& pipelineRunId);
    void openModelRequested(const QString& name);
    void openMonitorRequested(const QString& modelReference);
    void openServingRequested();
    /// The Runs page with this filter (the failed runs that did not fit in Alerts).
    void openRunsFilteredRequested(const QString& filter);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Verdict {
        QString level;
        QString summary;
        QDateTime when;
    };

    void buildUi();
    void retranslate();
    void fill();
    void fillProduction();
    void fillRunning();
    void fillRecent();
    void fillAlerts();
    void open(QTreeWidgetItem* item);
    void addEmptyRow(QTreeWidget* list, const QString& text);

    std::shared_ptr<const Workspace> m_workspace;
    QString m_registrySetting;
    std::function<QList<Served>()> m_servedSource;
    QHash<QString, Verdict> m_sessionVerdicts; ///< by model name
    OverviewSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    bool m_reloadAgain = false;
    BackgroundTask* m_task = nullptr;
    QTimer m_poll;
    QTimer m_coalesce;

    QLabel* m_title = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_productionTitle = nullptr;
    QLabel* m_runningTitle = nullptr;
    QLabel* m_recentTitle = nullptr;
    QLabel* m_alertsTitle = nullptr;
    QTreeWidget* m_production = nullptr;
    QTreeWidget* m_running = nullptr;
    QTreeWidget* m_recent = nullptr;
    QTreeWidget* m_alerts = nullptr;
    QAction* m_refreshAction = nullptr;
};

} // namespace crucible
