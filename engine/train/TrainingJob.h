#pragma once

#include "engine/train/MetricSampleBuffer.h"
#include "engine/train/TrainingSession.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace crucible {

class Workspace;

/// One training run on a worker thread, for the GUI: start it from a TrainingRequest, pause,
/// resume or stop it, and observe it without ever blocking the GUI thread.
///
/// Observing: samplesAvailable() is emitted once when samples start waiting and not again
/// until drainSamples() has taken them, so a chart drains on a ~30 Hz single-shot timer and
/// appends in batches (never one signal per step). progressChanged() comes at most about 10
/// times a second and at each epoch's end. finished() comes once; result() or error() then say
/// how it ended. A stopped run keeps a checkpoint; TrainingRequest::resumeRun continues it.
///
/// Thread: create, call and connect on the GUI thread; every signal is emitted on it. pause(),
/// resume(), stop(), drainSamples(), progress() and waitUntilEnded() may be called from any
/// thread. The job shares ownership of its workspace, so a GUI that switches workspace can stop
/// the job and let it end on its own; destroying a running job stops it and waits for the
/// current step.
class TrainingJob : public QObject {
    Q_OBJECT

public:
    /// `backend` trains (torchBackend() from engine/torch/Trainer.h); it must outlive the job.
    TrainingJob(std::shared_ptr<const Workspace> workspace, const TrainingBackend& backend, QObject* parent = nullptr);
    ~TrainingJob() override;

    /// Starts a run; false when one is already active. A request whose threads are 0 uses
    /// interactiveThreadCount() (cores minus one) unless it sets defaultThreads.
    bool start(TrainingRequest request);
    /// Pauses after the current step (the run is recorded "paused").
    void pause();
    void resume();
    /// Stops after the current step, writes a checkpoint and records the run "stopped".
    void stop();
    /// Blocks until the worker thread has ended (at once when none runs). For a thread that
    /// may wait (a background task, a test), never the GUI thread.
    void waitUntilEnded();

    TrainingState state() const;
    bool isActive() const;
    /// False while a data-parallel run (TrainingRequest::processes > 1) trains: its workers train
    /// in step and cannot wait for a paused one. Stop works.
    bool canPause() const;
    /// The run's id once it exists (see runCreated()), else empty.
    QString runId() const;
    /// The latest progress report.
    TrainingProgress progress() const;
    /// Takes every metric sample waiting, oldest first, and re-arms samplesAvailable().
    std::vector<MetricSample> drainSamples();
    /// How the last run ended (after finished()), when it got as far as a run.
    std::optional<TrainingResult> result() const;
    /// Why the last start() produced no run (unknown dataset, bad recipe), after finished().
    std::optional<Error> error() const;

Q_SIGNALS:
    void stateChanged(crucible::TrainingState state);
    void runCreated(const QString& runId);
    void progressChanged(const crucible::TrainingProgress& progress);
    void samplesAvailable();
    void finished();

private:
    class Observer;
    void work(TrainingRequest request);
    void setState(TrainingState state);

    std::shared_ptr<const Workspace> m_workspace;
    const TrainingBackend& m_backend;
    QThread* m_thread = nullptr;
    MetricSampleBuffer m_samples;
    std::atomic<TrainingState> m_state {TrainingState::Idle};
    std::atomic<bool> m_stopRequested {false};
    std::atomic<bool> m_pauseRequested {false};
    std::atomic<bool> m_canPause {true};
    mutable std::mutex m_mutex; ///< guards what follows
    std::condition_variable m_resumed;
    QString m_runId;
    TrainingProgress m_progress;
    std::optional<TrainingResult> m_result;
    std::optional<Error> m_error;
};

} // namespace crucible
