#pragma once

#include <QWidget>

class QMenu;
class QProgressBar;
class QToolButton;

namespace crucible {

class BackgroundTask;

/// The status bar's view of TaskManager: hidden while nothing runs; otherwise the running
/// task's description (or "3 background tasks") beside a small progress bar. The button's menu
/// lists every task with its progress; choosing one cancels it. Thread: GUI.
class TaskStatus : public QWidget {
    Q_OBJECT
public:
    explicit TaskStatus(QWidget* parent = nullptr);

    QToolButton* button() const { return m_button; }
    /// Indeterminate while a running task has reported no progress.
    QProgressBar* progressBar() const { return m_bar; }
    /// The menu of running tasks, rebuilt each time it opens.
    QMenu* taskMenu() const { return m_menu; }

private:
    void refresh();
    void fillMenu();
    void changeEvent(QEvent* event) override;

    QToolButton* m_button = nullptr;
    QMenu* m_menu = nullptr;
    QProgressBar* m_bar = nullptr;
};

} // namespace crucible
