#include "RunLease.h"

#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QDateTime>
#include <QDebug>
#include <QSysInfo>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <pthread.h>
#include <system_error>
#include <thread>

#include <unistd.h>

namespace crucible {

bool isRunOrphaned(const QString& ownerHost, qint64 ownerPid, const QString& heartbeatAt)
{
    const QDateTime heartbeat = QDateTime::fromString(heartbeatAt, Qt::ISODateWithMs);
    const bool leaseExpired =
        heartbeat.isValid() && heartbeat.secsTo(QDateTime::currentDateTimeUtc()) > qint64(kRunLeaseTimeout.count());
    const bool alive = ownerPid > 0 && (::kill(static_cast<pid_t>(ownerPid), 0) == 0 || errno == EPERM);
    const bool processGone =
        ownerHost == QSysInfo::machineHostName() && (!alive || (!heartbeat.isValid() && ownerPid == ::getpid()));
    return leaseExpired || processGone;
}

struct RunLease::Impl {
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    std::atomic<bool> isPaused {false};
    // A std::thread, whose join ThreadSanitizer sees (QThread::wait() synchronises inside Qt).
    std::thread thread;
};

RunLease::RunLease(const Workspace& workspace, QString runId, std::chrono::milliseconds interval)
    : m_impl(std::make_unique<Impl>())
{
    Impl* impl = m_impl.get();
    try {
        m_impl->thread = std::thread([impl, &workspace, runId = std::move(runId), interval] {
            RunStore store(workspace); // this thread's own connection, closed as the thread ends
            std::unique_lock lock(impl->mutex);
            while (!impl->wake.wait_for(lock, interval, [impl] { return impl->stopping; })) {
                lock.unlock();
                if (const Status renewed = store.heartbeat(runId, impl->isPaused.load()); !renewed)
                    qWarning().noquote() << "crucible: the run's lease was not renewed:" << renewed.error().text();
                lock.lock();
            }
        });
    } catch (const std::system_error& error) {
        qWarning().noquote() << "crucible: the run's lease cannot be kept (no thread for it):" << error.what();
        return;
    }
    pthread_setname_np(m_impl->thread.native_handle(), "crucible-lease");
}

RunLease::~RunLease()
{
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopping = true;
    }
    m_impl->wake.notify_all();
    if (m_impl->thread.joinable())
        m_impl->thread.join();
}

void RunLease::setPaused(bool isPaused)
{
    m_impl->isPaused = isPaused;
}

} // namespace crucible
