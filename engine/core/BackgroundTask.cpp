#include "BackgroundTask.h"

#include "Log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <exception>

namespace crucible {

TaskContext::TaskContext(BackgroundTask& task) : m_task(task), m_cancelled(task.m_cancelled)
{ }

void TaskContext::setProgress(double fraction)
{
    m_task.m_progress.store(std::clamp(fraction, 0.0, 1.0));
    m_task.postProgress();
}

std::function<bool(double, const QString&)> TaskContext::progressCallback()
{
    return [this](double fraction, const QString&) {
        setProgress(fraction);
        return !isCancelled();
    };
}

BackgroundTask::BackgroundTask(QString description, QObject* receiver, Work work, bool cancellable, bool shown)
    : m_description(std::move(description)),
      m_receiver(receiver),
      m_hasReceiver(receiver != nullptr),
      m_cancellable(cancellable),
      m_shown(shown),
      m_work(std::move(work))
{ }

BackgroundTask::~BackgroundTask() = default;

void BackgroundTask::cancel()
{
    if (m_cancellable)
        m_cancelled->store(true);
}

void BackgroundTask::postProgress()
{
    if (m_progressQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_progressQueued.store(false);
            Q_EMIT progressChanged(m_progress.load());
        },
        Qt::QueuedConnection);
}

void BackgroundTask::run()
{
    TaskContext context(*this);
    std::function<void()> completion;
    try {
        completion = m_work(context);
    } catch (const std::exception& exception) {
        qCWarning(lcUi).noquote() << "the background task" << m_description << "failed:" << exception.what();
    } catch (...) {
        qCWarning(lcUi).noquote() << "the background task" << m_description << "failed";
    }
    QMetaObject::invokeMethod(
        this, [this, completion = std::move(completion)]() mutable { deliver(std::move(completion)); },
        Qt::QueuedConnection);
}

void BackgroundTask::deliver(std::function<void()> completion)
{
    const bool receiverGone = m_hasReceiver && !m_receiver;
    if (completion && !receiverGone)
        completion();
    // What the work captured (a workspace, a dataset) is let go here, on the GUI thread.
    completion = nullptr;
    m_work = nullptr;
    Q_EMIT finished();
    TaskManager::instance().ended(this);
}

struct TaskManager::Pool {
    QThreadPool threads;
};

TaskManager::TaskManager() : m_pool(std::make_unique<Pool>())
{
    // At least two, so that a long import does not hold up a short listing on one core.
    m_pool->threads.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_pool->threads.setObjectName(QStringLiteral("crucible-tasks"));
}

TaskManager::~TaskManager() = default;

TaskManager& TaskManager::instance()
{
    static TaskManager* manager = [] {
        auto* made = new TaskManager;
        // Never deleted (like the ChangeHub): main() shuts it down and waits for its tasks.
        if (QCoreApplication::instance())
            made->moveToThread(QCoreApplication::instance()->thread());
        return made;
    }();
    return *manager;
}

BackgroundTask* TaskManager::startErased(const QString& description, QObject* receiver, BackgroundTask::Work work,
                                         Options options)
{
    auto* task = new BackgroundTask(description, receiver, std::move(work), options.cancellable, options.shown);
    if (m_isShuttingDown)
        task->cancel();
    m_tasks.append(task);
    Q_EMIT taskStarted(task);
    m_pool->threads.start([task] { task->run(); });
    return task;
}

void TaskManager::ended(BackgroundTask* task)
{
    m_tasks.removeOne(task);
    Q_EMIT taskEnded(task);
    task->deleteLater();
}

QList<BackgroundTask*> TaskManager::tasks(bool shownOnly) const
{
    if (!shownOnly)
        return m_tasks;
    QList<BackgroundTask*> shown;
    for (BackgroundTask* task : m_tasks) {
        if (task->isShown())
            shown << task;
    }
    return shown;
}

void TaskManager::shutDown()
{
    m_isShuttingDown = true;
    cancelAll();
}

void TaskManager::cancelAll()
{
    for (BackgroundTask* task : std::as_const(m_tasks))
        task->cancel();
}

bool TaskManager::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_tasks.isEmpty() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (!m_tasks.isEmpty())
            QThread::msleep(1);
    }
    return m_tasks.isEmpty();
}

} // namespace crucible
