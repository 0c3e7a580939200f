#include "TrainingJob.h"

#include "LocalWorkers.h"
#include "engine/store/Workspace.h"

#include <QThread>

namespace crucible {

/// The worker's view of the job: forwards reports to the job's thread as queued calls.
class TrainingJob::Observer : public TrainingObserver {
public:
    explicit Observer(TrainingJob& job) : m_job(job) { }

    void metric(const MetricSample& sample) override
    {
        if (m_job.m_samples.append(sample))
            QMetaObject::invokeMethod(
                &m_job, [job = &m_job] { Q_EMIT job->samplesAvailable(); }, Qt::QueuedConnection);
    }
    void progress(const TrainingProgress& progress) override
    {
        {
            std::lock_guard lock(m_job.m_mutex);
            m_job.m_progress = progress;
        }
        QMetaObject::invokeMethod(
            &m_job, [job = &m_job, progress] { Q_EMIT job->progressChanged(progress); }, Qt::QueuedConnection);
    }
    void stateChanged(TrainingState state) override
    {
        if (!isTrainingOver(state)) // the job reports the end itself, after recording it
            m_job.setState(state);
    }
    bool isStopRequested() override
    {
        // A data-parallel worker that ended with an error: rank 0 stops waiting for it.
        return m_job.m_stopRequested.load() || (workers != nullptr && workers->anyFailed());
    }
    LocalWorkers* workers = nullptr; ///< a data-parallel run's other ranks, looked at on the training thread
    bool isPauseRequested() override { return m_job.m_pauseRequested.load(); }
    void waitWhilePaused() override
    {
        std::unique_lock lock(m_job.m_mutex);
        m_job.m_resumed.wait(lock, [this] { return !m_job.m_pauseRequested.load() || m_job.m_stopRequested.load(); });
    }
    void runCreated(const QString& runId) override
    {
        {
            std::lock_guard lock(m_job.m_mutex);
            m_job.m_runId = runId;
        }
        QMetaObject::invokeMethod(
            &m_job, [job = &m_job, runId] { Q_EMIT job->runCreated(runId); }, Qt::QueuedConnection);
    }

private:
    TrainingJob& m_job;
};

TrainingJob::TrainingJob(std::shared_ptr<const Workspace> workspace, const TrainingBackend& backend, QObject* parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_backend(backend)
{
    qRegisterMetaType<crucible::TrainingState>();
    qRegisterMetaType<crucible::TrainingProgress>();
}

TrainingJob::~TrainingJob()
{
    if (m_thread) {
        stop();
        m_thread->wait();
        delete m_thread;
    }
}

bool TrainingJob::start(TrainingRequest request)
{
    if (isActive())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (request.defaultThreads <= 0)
        request.defaultThreads = interactiveThreadCount();
    m_stopRequested = false;
    m_pauseRequested = false;
    m_canPause = request.processes <= 1;
    m_samples.drain();
    {
        std::lock_guard lock(m_mutex);
        m_runId.clear();
        m_progress = {};
        m_result.reset();
        m_error.reset();
    }
    setState(TrainingState::Preparing);
    m_thread = QThread::create([this, request = std::move(request)] { work(request); });
    m_thread->setObjectName(QStringLiteral("training"));
    m_thread->start();
    return true;
}

void TrainingJob::work(TrainingRequest request)
{
    Observer observer(*this);
    Result<TrainingResult> outcome = Error {};
    try {
        std::unique_ptr<LocalWorkers> workers;
        if (request.processes > 1) {
            auto started = LocalWorkers::start(m_workspace->location(), request, request.processes);
            if (started)
                workers = std::move(started.value());
            else
                outcome = started.error();
        }
        observer.workers = workers.get();
        if (request.processes <= 1 || workers)
            outcome = runTraining(*m_workspace, m_backend, request, observer);
        observer.workers = nullptr;
        // The workers end with rank 0 (they finish the test split); what went wrong with one is
        // said with the run, or is the error when there is no run.
        if (workers) {
            const QStringList problems = workers->finish(outcome ? 30000 : 3000);
            if (outcome) {
                outcome->warnings << problems;
            } else if (!problems.isEmpty()) {
                Error error = outcome.error();
                error.code = ErrorCode::Io;
                error.message = problems.join(QStringLiteral("; "));
                outcome = error;
            }
        }
    } catch (const std::exception& exception) {
        outcome = Error {ErrorCode::Internal, QString::fromLocal8Bit(exception.what()), QStringLiteral("training")};
    }
    TrainingState end = TrainingState::Failed;
    {
        std::lock_guard lock(m_mutex);
        if (outcome) {
            m_result = outcome.value();
            end = outcome->outcome.state;
        } else {
            m_error = outcome.error();
        }
    }
    QMetaObject::invokeMethod(
        this,
        [this, end] {
            setState(end);
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
}

void TrainingJob::setState(TrainingState state)
{
    if (m_state.exchange(state) == state)
        return;
    if (QThread::currentThread() == thread())
        Q_EMIT stateChanged(state);
    else
        QMetaObject::invokeMethod(
            this, [this, state] { Q_EMIT stateChanged(state); }, Qt::QueuedConnection);
}

void TrainingJob::waitUntilEnded()
{
    if (m_thread)
        m_thread->wait();
}

void TrainingJob::pause()
{
    if (isActive())
        m_pauseRequested = true;
}

void TrainingJob::resume()
{
    {
        std::lock_guard lock(m_mutex);
        m_pauseRequested = false;
    }
    m_resumed.notify_all();
}

void TrainingJob::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopRequested = true;
    }
    m_resumed.notify_all();
}

TrainingState TrainingJob::state() const
{
    return m_state.load();
}

bool TrainingJob::canPause() const
{
    return m_canPause.load();
}

bool TrainingJob::isActive() const
{
    const TrainingState state = m_state.load();
    return state != TrainingState::Idle && !isTrainingOver(state);
}

QString TrainingJob::runId() const
{
    std::lock_guard lock(m_mutex);
    return m_runId;
}

TrainingProgress TrainingJob::progress() const
{
    std::lock_guard lock(m_mutex);
    return m_progress;
}

std::vector<MetricSample> TrainingJob::drainSamples()
{
    return m_samples.drain();
}

std::optional<TrainingResult> TrainingJob::result() const
{
    std::lock_guard lock(m_mutex);
    return m_result;
}

std::optional<Error> TrainingJob::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace crucible
