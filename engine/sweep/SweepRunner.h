#pragma once

#include "engine/core/Error.h"
#include "engine/store/SweepStore.h"
#include "engine/sweep/SweepSpec.h"

#include <functional>

namespace crucible {

class TrainingBackend;
class Workspace;

/// What a trial's evaluation reports to the sweep and asks of it. Thread: called from the trial's
/// worker thread.
class TrialContext {
public:
    virtual ~TrialContext() = default;
    /// The trial's run exists.
    virtual void runCreated(const QString& runId) = 0;
    /// The objective's metric after `epoch`; true when the trial must stop now (pruned, or the sweep
    /// is stopping).
    virtual bool report(int epoch, double value) = 0;
    /// True once the trial must stop (polled between reports).
    virtual bool shouldStop() = 0;
};

/// How an evaluation ended. A trial the sweep stopped reports Stopped; the runner tells pruned
/// from stopped by what it asked.
struct TrialResult {
    TrialState state = TrialState::Failed; ///< Complete, Failed or Stopped
    double value = std::numeric_limits<double>::quiet_NaN();
    QString runId;
    QString error;
    qint64 lastStep = 0; ///< the optimizer step it ended after (a stopped or pruned run's last step)
};

/// Evaluates one trial: trains a run (trainingEvaluator()), or a function in tests and benchmarks.
using TrialEvaluator =
    std::function<TrialResult(const Trial& trial, const QStringList& recipe, int threads, TrialContext& context)>;

/// A trial evaluator that trains the recipe on the sweep's dataset as a run of its experiment,
/// child of the sweep's run, tagged "sweep:NAME"; the objective is the metric's last value
/// (val_* after each epoch, test_* at the end).
TrialEvaluator trainingEvaluator(const Workspace& workspace, const TrainingBackend& backend, const SweepRecord& sweep,
                                 const SweepSpec& spec);

/// What the runner tells its front end, from the runner's threads (serialised).
class SweepObserver {
public:
    virtual ~SweepObserver() = default;
    virtual void trialStarted(const Trial& trial) { Q_UNUSED(trial); }
    virtual void trialReported(const Trial& trial, int epoch)
    {
        Q_UNUSED(trial);
        Q_UNUSED(epoch);
    }
    virtual void trialFinished(const Trial& trial) { Q_UNUSED(trial); }
    /// Polled about once a second and between trials: true stops the sweep (Ctrl+C, the GUI's Stop).
    virtual bool isStopRequested() { return false; }
};

struct SweepRunOptions {
    int parallel = 1; ///< trials at once
    int threads = 0; ///< cores to divide among the trials; 0 = every core
    /// Evaluates trials; empty: trainingEvaluator() with `backend`.
    TrialEvaluator evaluator;
    const TrainingBackend* backend = nullptr;
};

/// How a sweep run ended.
struct SweepRunResult {
    SweepRecord sweep; ///< as recorded at the end, with every trial
    QString status; ///< finished (budget spent), stopped, failed
};

/// Creates a sweep from a checked file: records it and its own run (experiment
/// spec.experimentName(), tagged "sweep"), in status created.
Result<SweepRecord> createSweep(const Workspace& workspace, const SweepSpec& spec);

/// Runs (or resumes) a sweep until its budget of trials or time is spent, or it is stopped: takes
/// it over (SweepStore::claim, so that trials left running by a dead process run again), then
/// keeps `parallel` trials going, each on a thread with threads/parallel intra-op threads, asking
/// the study for values and the pruner after every epoch; records each trial as it changes, and
/// the best value so far as metric best_<objective> of the sweep's run. Blocking.
Result<SweepRunResult> runSweep(const Workspace& workspace, const QString& reference, const SweepRunOptions& options,
                                SweepObserver& observer);

} // namespace crucible
