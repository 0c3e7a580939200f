#pragma once

#include "engine/train/TrainingTypes.h"

namespace crucible {

/// What the training loop reports to and asks of its owner. Every call comes from the training
/// (worker) thread. metric() is on the hot path (several per step): keep it to an append.
/// The loop polls isStopRequested() and isPauseRequested() once per step; while a pause is
/// requested it calls waitWhilePaused(), which blocks until a resume or a stop.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;

    virtual void metric(const MetricSample& sample) = 0;
    /// At most about 10 times a second and at each epoch's end.
    virtual void progress(const TrainingProgress& progress) { Q_UNUSED(progress); }
    virtual void stateChanged(TrainingState state) { Q_UNUSED(state); }
    virtual bool isStopRequested() { return false; }
    virtual bool isPauseRequested() { return false; }
    virtual void waitWhilePaused() { }
    /// The run record exists (before data preparation); `runId` names it.
    virtual void runCreated(const QString& runId) { Q_UNUSED(runId); }
    /// A checkpoint file was written (absolute path).
    virtual void checkpointSaved(const QString& path, int epoch, qint64 step)
    {
        Q_UNUSED(path);
        Q_UNUSED(epoch);
        Q_UNUSED(step);
    }
};

} // namespace crucible
