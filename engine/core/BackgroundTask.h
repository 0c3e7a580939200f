#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace crucible {

/// What a task's work function sees on its worker thread: whether the user cancelled, and a
/// place to report progress. Thread: the worker's (isCancelled() from any).
class TaskContext {
public:
    /// True once the task was cancelled: return soon (the completion still runs, and may ask
    /// BackgroundTask::isCancelled() to say "cancelled" rather than "failed").
    bool isCancelled() const { return m_cancelled->load(); }
    /// Reports progress, `fraction` from 0 to 1 (clamped). Cheap: at most one signal is queued
    /// to the GUI thread at a time, however often this is called.
    void setProgress(double fraction);
    /// The engine's progress callback shape (engine/data/Progress.h): reports `fraction` and
    /// returns false once cancelled.
    std::function<bool(double, const QString&)> progressCallback();

private:
    friend class BackgroundTask;
    explicit TaskContext(class BackgroundTask& task);
    BackgroundTask& m_task;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

/// One piece of background work, in the manner of QgsTask: a description for the user, progress,
/// cancel, and completion delivered on the GUI thread. Made by TaskManager::start(), which owns
/// it until it ends (then it deletes itself).
///
/// Thread: lives on the GUI thread; its signals come there; cancel() from any thread.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    ~BackgroundTask() override;

    QString description() const { return m_description; }
    /// 0..1 as last reported, or -1 while the work has reported nothing (an indeterminate bar).
    double progress() const { return m_progress.load(); }
    bool isCancelled() const { return m_cancelled->load(); }
    /// Whether the work may be cancelled (a registration may not).
    bool isCancellable() const { return m_cancellable; }
    /// Whether the status bar lists it (short reads are not shown).
    bool isShown() const { return m_shown; }

public Q_SLOTS:
    /// Asks the work to stop (TaskContext::isCancelled() turns true).
    void cancel();

Q_SIGNALS:
    void progressChanged(double fraction);
    /// The work ended and its completion handler (if any) ran. The task is deleted right after.
    void finished();

private:
    friend class TaskManager;
    friend class TaskContext;
    using Work = std::function<std::function<void()>(TaskContext&)>;
    BackgroundTask(QString description, QObject* receiver, Work work, bool cancellable, bool shown);
    void run();
    void deliver(std::function<void()> completion);
    void postProgress();

    QString m_description;
    QPointer<QObject> m_receiver;
    bool m_hasReceiver = false;
    bool m_cancellable = true;
    bool m_shown = true;
    Work m_work;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    std::atomic<double> m_progress {-1.0};
    std::atomic<bool> m_progressQueued {false};
};

/// Runs BackgroundTasks on its own thread pool and lists those running, for the status bar.
/// A widget never waits for a task: it starts one whose work owns what it reads (a
/// shared_ptr<const Workspace>, copies of values), and the completion handler comes back on
/// the GUI thread only while `receiver` still exists. What the work function captured is
/// released on the GUI thread after the completion.
///
/// Thread: GUI (start, tasks, cancelAll, waitForIdle); the work runs on the pool.
class TaskManager : public QObject {
    Q_OBJECT
public:
    /// The application's manager, made on first use (on the GUI thread).
    static TaskManager& instance();
    ~TaskManager() override;

    struct Options {
        /// False for work that must run to its end (a registration): no cancel is offered.
        bool cancellable = true;
        /// False for short reads a page does all the time (a listing, a card): they run
        /// alike but the status bar does not flicker with them.
        bool shown = true;
    };

    /// Starts `work(TaskContext&) -> T` on the pool; `done(T)` then runs on the GUI thread,
    /// unless `receiver` was given and has been destroyed by then. Cancelled work still ends
    /// with done(): the receiver decides whether a result that arrives late still matters.
    template <typename Work, typename Done>
    BackgroundTask* start(const QString& description, QObject* receiver, Work work, Done done, Options options)
    {
        return startErased(description, receiver, erase(std::move(work), std::move(done)), options);
    }
    template <typename Work, typename Done>
    BackgroundTask* start(const QString& description, QObject* receiver, Work work, Done done)
    {
        return start(description, receiver, std::move(work), std::move(done), Options {});
    }

    /// The tasks running or waiting for a thread, oldest first; `shownOnly`: those the status
    /// bar lists.
    QList<BackgroundTask*> tasks(bool shownOnly = false) const;
    void cancelAll();
    /// For the end of the application: cancels every task, and every task started from now on
    /// (a completion that starts another) is cancelled from its start.
    void shutDown();
    /// Runs the event loop until every task has ended, at most `timeoutMs`; whether they did.
    /// For the end of the application and for tests, never for a widget.
    bool waitForIdle(int timeoutMs);

Q_SIGNALS:
    void taskStarted(crucible::BackgroundTask* task);
    void taskEnded(crucible::BackgroundTask* task);

private:
    friend class BackgroundTask;
    TaskManager();
    template <typename Work, typename Done> static BackgroundTask::Work erase(Work work, Done done)
    {
        return [work = std::move(work), done = std::move(done)](TaskContext& context) mutable -> std::function<void()> {
            auto result = std::make_shared<decltype(work(context))>(work(context));
            return [done, result]() mutable { done(std::move(*result)); };
        };
    }
    BackgroundTask* startErased(const QString& description, QObject* receiver, BackgroundTask::Work work,
                                Options options);
    void ended(BackgroundTask* task);

    struct Pool;
    std::unique_ptr<Pool> m_pool;
    QList<BackgroundTask*> m_tasks;
    bool m_isShuttingDown = false;
};

} // namespace crucible
