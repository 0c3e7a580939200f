#include "engine/sweep/SweepRunner.h"
#include "engine/core/Message.h"

#include "engine/data/DatasetStore.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunLease.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"
#include "engine/sweep/Study.h"
#include "engine/train/RunConfig.h"
#include "engine/train/TrainingSession.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace crucible {

namespace {

/// Relays the training loop to the trial's context: the objective's per-epoch values, runs, stops.
class TrialTrainingObserver : public TrainingObserver {
public:
    TrialTrainingObserver(const QString& metric, TrialContext& context) : m_metric(metric), m_context(context) { }

    void metric(const MetricSample& sample) override
    {
        if (sample.key != m_metric || sample.epoch != std::floor(sample.epoch) || sample.epoch < 1)
            return;
        m_last = sample.value;
        if (m_context.report(int(sample.epoch), sample.value))
            m_stop = true;
    }
    void runCreated(const QString& runId) override { m_context.runCreated(runId); }
    bool isStopRequested() override { return m_stop || m_context.shouldStop(); }

    double last() const { return m_last; }

private:
    QString m_metric;
    TrialContext& m_context;
    bool m_stop = false;
    double m_last = std::numeric_limits<double>::quiet_NaN();
};

} // namespace

TrialEvaluator trainingEvaluator(const Workspace& workspace, const TrainingBackend& backend, const SweepRecord& sweep,
                                 const SweepSpec& spec)
{
    return [&workspace, &backend, sweep, spec](const Trial& trial, const QStringList& recipe, int threads,
                                               TrialContext& context) {
        TrainingRequest request;
        request.dataset = spec.dataset;
        request.overrides = recipe;
        request.experiment = spec.experimentName();
        request.name = QStringLiteral("%1 #%2").arg(spec.name).arg(trial.number);
        request.tags = {QStringLiteral("sweep:") + spec.name};
        request.parentRunId = sweep.parentRunId;
        request.defaultThreads = threads;
        request.params = {{QStringLiteral("sweep.name"), spec.name},
                          {QStringLiteral("sweep.id"), sweep.id},
                          {QStringLiteral("sweep.trial"), trial.number}};
        TrialTrainingObserver observer(spec.metric, context);
        TrialResult result;
        Result<TrainingResult> trained = runTraining(workspace, backend, request, observer);
        if (!trained) {
            result.state = TrialState::Failed;
            result.error = trained.error().text();
            return result;
        }
        result.runId = trained->runId;
        result.lastStep = trained->outcome.steps;
        if (trained->status == RunStatus::Stopped) {
            result.state = TrialState::Stopped;
            return result;
        }
        if (trained->status != RunStatus::Finished) {
            result.state = TrialState::Failed;
            result.error = trained->error;
            return result;
        }
        // The objective: its final value (test_* metrics), else the last per-epoch value.
        double value = trained->outcome.finalMetrics.value(spec.metric, std::nan(""));
        if (!std::isfinite(value))
            value = observer.last();
        if (!std::isfinite(value)) {
            result.state = TrialState::Failed;
            result.error = QStringLiteral("the run logged no finite %1 (does the data have a validation split "
                                          "and the model this metric?)")
                               .arg(spec.metric);
            return result;
        }
        result.state = TrialState::Complete;
        result.value = value;
        return result;
    };
}

Result<SweepRecord> createSweep(const Workspace& workspace, const SweepSpec& spec)
{
    SweepStore sweeps(workspace);
    if (Result<SweepRecord> existing = sweeps.sweep(spec.name); existing && existing->name == spec.name)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("a sweep named '%1' exists; give the new one another name, or run that one "
                                       "with: crucible-cli sweep run %1")
                          .arg(spec.name),
                      QStringLiteral("sweeps")};
    if (Result<DatasetVersion> data = DatasetStore(workspace).find(spec.dataset); !data)
        return data.error();
    RunStore runs(workspace);
    NewRun run;
    run.experiment = spec.experimentName();
    run.name = QStringLiteral("sweep ") + spec.name;
    run.datasetName = spec.dataset.section(QLatin1Char('@'), 0, 0);
    run.tags = {QStringLiteral("sweep")};
    run.config = QJsonObject {{QStringLiteral("sweep"), spec.toJson()}};
    Result<QString> runId = runs.createRun(run);
    if (!runId)
        return runId.error();
    QMap<QString, QJsonValue> params {
        {QStringLiteral("sweep.strategy"), spec.strategy},
        {QStringLiteral("sweep.objective"), spec.metric},
        {QStringLiteral("sweep.goal"), spec.minimize ? QStringLiteral("minimize") : QStringLiteral("maximize")},
        {QStringLiteral("sweep.trials"), spec.trials},
        {QStringLiteral("sweep.pruner"), spec.pruner},
        {QStringLiteral("sweep.seed"), QString::number(spec.seed)}};
    for (const SweepParam& param : spec.space.params)
        params.insert(QStringLiteral("space.") + param.name, param.summary());
    if (Status logged = runs.logParams(runId.value(), params); !logged)
        return logged.error();
    return sweeps.create(spec.name, spec.toJson(), runId.value());
}

namespace {

class Runner {
public:
    Runner(const Workspace& workspace, SweepRecord sweep, SweepSpec spec, const SweepRunOptions& options,
           SweepObserver& observer)
        : m_workspace(workspace),
          m_store(workspace),
          m_sweep(std::move(sweep)),
          m_study(spec, m_sweep.trials),
          m_options(options),
          m_observer(observer)
    { }

    Result<SweepRunResult> run()
    {
        const SweepSpec& spec = m_study.spec();
        RunStore runs(m_workspace);
        std::unique_ptr<RunLease> lease;
        if (!m_sweep.parentRunId.isEmpty()) {
            Status started = runs.start(m_sweep.parentRunId);
            if (!started)
                started = runs.reopen(m_sweep.parentRunId);
            if (started)
                lease = std::make_unique<RunLease>(m_workspace, m_sweep.parentRunId);
        }
        TrialEvaluator evaluator = m_options.evaluator;
        if (!evaluator) {
            if (!m_options.backend)
                return Error {ErrorCode::Internal, CRUCIBLE_MESSAGE("no training backend"), QStringLiteral("sweeps")};
            evaluator = trainingEvaluator(m_workspace, *m_options.backend, m_sweep, spec);
        }
        const int parallel = std::max(1, m_options.parallel);
        const int cores = m_options.threads > 0 ? m_options.threads : std::max(1, QThread::idealThreadCount());
        const int threads = std::max(1, cores / parallel);
        m_clock.start(); // a time budget counts from this start (a resumed sweep gets it again)

        std::vector<std::thread> workers;
        for (int i = 0; i < parallel; ++i)
            workers.emplace_back([this, &evaluator, threads] { work(evaluator, threads); });
        // The sweep's heartbeat and stop requests from other processes, while the workers run.
        {
            std::unique_lock lock(m_mutex);
            while (!m_workersDone) {
                m_changed.wait_for(lock, std::chrono::seconds(1));
                if (m_workersDone)
                    break;
                lock.unlock();
                m_store.heartbeat(m_sweep.id).isOk();
                const bool stop = m_observer.isStopRequested() || m_store.isStopRequested(m_sweep.id).valueOr(false);
                lock.lock();
                if (stop)
                    m_stopping = true;
            }
        }
        for (std::thread& worker : workers)
            worker.join();

        QString status = m_stopping ? QStringLiteral("stopped") : QStringLiteral("finished");
        // A sweep whose every trial failed found nothing: it failed, with the first trial's reason.
        const bool anyFinished = std::any_of(m_study.trials().begin(), m_study.trials().end(), [](const Trial& t) {
            return t.state == TrialState::Complete || t.state == TrialState::Pruned;
        });
        const auto failedTrial = std::find_if(m_study.trials().begin(), m_study.trials().end(),
                                              [](const Trial& t) { return t.state == TrialState::Failed; });
        if (m_error.isEmpty() && !m_stopping && !anyFinished && failedTrial != m_study.trials().end())
            m_error =
                CRUCIBLE_MESSAGE("every trial failed; trial #%1: %2").arg(failedTrial->number).arg(failedTrial->error);
        if (!m_error.isEmpty())
            status = QStringLiteral("failed");
        QString message = m_error;
        if (message.isEmpty()) {
            const Trial* best = m_study.best();
            message = best ? CRUCIBLE_MESSAGE("best trial #%1: %2 = %3 (%4 trials)")
                                 .arg(best->number)
                                 .arg(spec.metric)
                                 .arg(best->value, 0, 'g', 6)
                                 .arg(m_study.trials().size())
                           : CRUCIBLE_MESSAGE("no trial completed");
            if (!m_stopping && !m_budgetNote.isEmpty())
                message = m_budgetNote + QStringLiteral("; ") + message;
        }
        if (Status finished = m_store.finish(m_sweep.id, status, message); !finished)
            return finished.error();
        lease.reset();
        if (!m_sweep.parentRunId.isEmpty()) {
            if (status == QLatin1String("finished"))
                runs.finish(m_sweep.parentRunId).isOk();
            else if (status == QLatin1String("stopped"))
                runs.stop(m_sweep.parentRunId).isOk();
            else
                runs.fail(m_sweep.parentRunId, message).isOk();
        }
        Result<SweepRecord> record = m_store.sweep(m_sweep.id);
        if (!record)
            return record.error();
        return SweepRunResult {record.value(), status};
    }

private:
    class Context : public TrialContext {
    public:
        Context(Runner& runner, int number) : m_runner(runner), m_number(number) { }
        void runCreated(const QString& runId) override { m_runner.runCreated(m_number, runId); }
        bool report(int epoch, double value) override { return m_runner.report(m_number, epoch, value); }
        bool shouldStop() override
        {
            std::lock_guard lock(m_runner.m_mutex);
            return m_runner.m_stopping || m_runner.m_pruned.count(m_number);
        }

    private:
        Runner& m_runner;
        int m_number;
    };

    Trial* find(int number)
    {
        for (Trial& trial : m_study.trials()) {
            if (trial.number == number)
                return &trial;
        }
        return nullptr;
    }

    /// The next trial to run, marked running; nullopt when the budget is spent or the sweep stops.
    std::optional<Trial> next()
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || !m_error.isEmpty())
            return std::nullopt;
        const SweepSpec& spec = m_study.spec();
        if (spec.minutes > 0 && double(m_clock.elapsed()) / 60000.0 >= spec.minutes) {
            m_budgetNote = CRUCIBLE_MESSAGE("time budget of %1 minutes spent").arg(spec.minutes);
            return std::nullopt;
        }
        Trial* chosen = nullptr;
        for (Trial& trial : m_study.trials()) {
            if (trial.state == TrialState::Queued && (!chosen || trial.number < chosen->number))
                chosen = &trial;
        }
        if (!chosen) {
            int started = 0;
            int nextNumber = 0;
            for (const Trial& trial : m_study.trials()) {
                ++started;
                nextNumber = std::max(nextNumber, trial.number + 1);
            }
            if (started >= spec.trials) {
                m_budgetNote = CRUCIBLE_MESSAGE("budget of %1 trials spent").arg(spec.trials);
                return std::nullopt;
            }
            const std::optional<QJsonObject> values = m_study.suggest(nextNumber);
            if (!values) {
                m_budgetNote = CRUCIBLE_MESSAGE("every grid point tried");
                return std::nullopt;
            }
            Trial trial;
            trial.number = nextNumber;
            trial.params = *values;
            m_study.trials().push_back(trial);
            chosen = &m_study.trials().back();
        }
        RunConfig recipe;
        if (recipe.apply(spec.assignments(chosen->params)))
            m_epochs[chosen->number] = recipe.epochs;
        chosen->state = TrialState::Running;
        chosen->startedAt = QDateTime::currentDateTimeUtc();
        chosen->endedAt = {};
        chosen->intermediate.clear();
        chosen->runId.clear();
        chosen->error.clear();
        save(*chosen);
        m_observer.trialStarted(*chosen);
        return *chosen;
    }

    void save(const Trial& trial)
    {
        if (Status saved = m_store.saveTrial(m_sweep.id, trial); !saved && m_error.isEmpty())
            m_error = saved.error().text();
    }

    void runCreated(int number, const QString& runId)
    {
        std::lock_guard lock(m_mutex);
        if (Trial* trial = find(number)) {
            trial->runId = runId;
            save(*trial);
        }
    }

    bool report(int number, int epoch, double value)
    {
        std::lock_guard lock(m_mutex);
        Trial* trial = find(number);
        if (!trial)
            return true;
        trial->intermediate.insert(epoch, value);
        // After its last epoch a trial has nothing left to save: it completes.
        const bool last = m_epochs.count(number) && epoch >= m_epochs.at(number);
        const bool prune =
            !last && m_study.spec().pruner != QLatin1String("none") && m_study.shouldPrune(*trial, epoch);
        if (prune) {
            m_pruned.insert(number);
            trial->prunedEpoch = epoch;
        }
        save(*trial);
        m_observer.trialReported(*trial, epoch);
        return prune || m_stopping;
    }

    void finish(int number, const TrialResult& result)
    {
        std::lock_guard lock(m_mutex);
        Trial* trial = find(number);
        if (!trial)
            return;
        if (!result.runId.isEmpty())
            trial->runId = result.runId;
        trial->endedAt = QDateTime::currentDateTimeUtc();
        trial->error = result.error;
        if (m_pruned.count(number) && result.state == TrialState::Stopped) {
            trial->state = TrialState::Pruned;
        } else {
            trial->state = result.state;
            trial->value = result.state == TrialState::Complete ? result.value : std::nan("");
        }
        if (trial->state == TrialState::Pruned && !trial->runId.isEmpty()) {
            RunStore(m_workspace).addTags(trial->runId, {QStringLiteral("pruned")}).isOk();
            QMap<QString, QJsonValue> params {{QStringLiteral("sweep.pruned_at_epoch"), trial->prunedEpoch}};
            if (result.lastStep > 0)
                params.insert(QStringLiteral("sweep.pruned_at_step"), double(result.lastStep));
            RunStore(m_workspace).logParams(trial->runId, params).isOk();
        }
        save(*trial);
        logBest();
        m_observer.trialFinished(*trial);
        m_changed.notify_all();
    }

    /// Logs best_<metric> after each finished trial on the sweep's run (step = trials finished).
    void logBest()
    {
        if (m_sweep.parentRunId.isEmpty())
            return;
        const std::vector<double> curve = m_study.bestSoFar();
        if (curve.empty() || !std::isfinite(curve.back()))
            return;
        Result<std::unique_ptr<MetricWriter>> writer = MetricWriter::open(m_workspace, m_sweep.parentRunId);
        if (!writer)
            return;
        const double wall = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        writer.value()->log(QStringLiteral("best_") + m_study.spec().metric, qint64(curve.size()), curve.back(), 0,
                            wall);
        writer.value()->close().isOk();
    }

    void work(const TrialEvaluator& evaluator, int threads)
    {
        while (true) {
            std::optional<Trial> trial = next();
            if (!trial)
                break;
            Context context(*this, trial->number);
            const QStringList recipe = m_study.spec().assignments(trial->params);
            TrialResult result;
            try {
                result = evaluator(*trial, recipe, threads, context);
            } catch (const std::exception& error) {
                result.state = TrialState::Failed;
                result.error = QString::fromLocal8Bit(error.what());
            }
            finish(trial->number, result);
        }
        std::lock_guard lock(m_mutex);
        ++m_finishedWorkers;
        if (m_finishedWorkers == std::max(1, m_options.parallel))
            m_workersDone = true;
        m_changed.notify_all();
    }

    const Workspace& m_workspace;
    SweepStore m_store;
    SweepRecord m_sweep;
    Study m_study;
    const SweepRunOptions& m_options;
    SweepObserver& m_observer;
    std::mutex m_mutex; ///< guards the study and what follows
    std::condition_variable m_changed;
    int m_finishedWorkers = 0;
    bool m_workersDone = false;
    bool m_stopping = false;
    std::set<int> m_pruned;
    std::map<int, int> m_epochs; ///< each trial's epochs, by number
    QString m_error;
    QString m_budgetNote;
    QElapsedTimer m_clock;
};

} // namespace

Result<SweepRunResult> runSweep(const Workspace& workspace, const QString& reference, const SweepRunOptions& options,
                                SweepObserver& observer)
{
    SweepStore store(workspace);
    Result<SweepRecord> claimed = store.claim(reference);
    if (!claimed)
        return claimed.error();
    Result<SweepSpec> spec = SweepSpec::fromJson(claimed->spec, QStringLiteral("sweep ") + claimed->name);
    if (!spec) {
        store.finish(claimed->id, QStringLiteral("failed"), spec.error().text()).isOk();
        return spec.error();
    }
    Runner runner(workspace, claimed.value(), spec.value(), options, observer);
    return runner.run();
}

} // namespace crucible
