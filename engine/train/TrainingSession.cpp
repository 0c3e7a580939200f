#include "TrainingSession.h"

#include "engine/core/Log.h"
#include "engine/core/Message.h"
#include "engine/data/DatasetStore.h"
#include "engine/data/Profile.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunLease.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"
#include "engine/train/TrainingData.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <optional>

namespace crucible {

namespace {

/// A record write that failed while the run went on: logged under crucible.train and kept in
/// `warnings` as "doing: what went wrong", never dropped silently.
template <typename T> void noteFailure(const Result<T>& result, const char* doing, QStringList& warnings)
{
    if (!logFailure(result, lcTrain, doing))
        warnings << QStringLiteral("%1: %2").arg(QLatin1String(doing), result.error().text());
}

/// Forwards the trainer's reports to the caller's observer and records them in the run.
class RecordingObserver : public TrainingObserver {
public:
    RecordingObserver(TrainingObserver& outer, RunStore& store, MetricWriter& writer, RunLease& lease, QString runId)
        : m_outer(outer),
          m_store(store),
          m_writer(writer),
          m_lease(lease),
          m_runId(std::move(runId)),
          m_checkpoints(QDir(store.runFolder(m_runId)).filePath(QStringLiteral("checkpoints")))
    { }

    void metric(const MetricSample& sample) override
    {
        if (sample.key == m_watched && std::isfinite(sample.value))
            m_latestWatched = sample.value; // an epoch's validation comes before its checkpoint
        m_writer.log(sample.key, MetricPoint {sample.step, sample.epoch, sample.wallTime, sample.value});
        m_outer.metric(sample);
    }
    void progress(const TrainingProgress& progress) override { m_outer.progress(progress); }
    void stateChanged(TrainingState state) override
    {
        if (state == TrainingState::Paused) {
            note(m_writer.flush(), "saving the metrics at a pause");
            note(m_store.pause(m_runId), "recording the pause");
            m_lease.setPaused(true);
            m_isPaused = true;
        } else if (state == TrainingState::Running && m_isPaused) {
            note(m_store.resume(m_runId), "recording the resume");
            m_lease.setPaused(false);
            m_isPaused = false;
        }
        m_outer.stateChanged(state);
    }
    bool isStopRequested() override { return m_outer.isStopRequested(); }
    bool isPauseRequested() override { return m_outer.isPauseRequested(); }
    void waitWhilePaused() override { m_outer.waitWhilePaused(); }
    void checkpointSaved(const QString& path, int epoch, qint64 step) override
    {
        const QString relative = QDir(m_store.runFolder(m_runId)).relativeFilePath(path);
        recordPending();
        const auto recorded = m_store.addArtifact(m_runId, relative, QStringLiteral("checkpoint"));
        if (!recorded)
            m_unrecorded << relative; // tried again at the next checkpoint and at the end
        note(recorded, "recording a checkpoint");
        retain(relative);
        m_outer.checkpointSaved(path, epoch, step);
    }

    /// Records the checkpoints that could not be recorded when they were saved (a workspace on a
    /// database server that was away), those that are still on disk.
    void recordPending()
    {
        QStringList still;
        for (const QString& relative : std::as_const(m_unrecorded)) {
            if (!QFileInfo::exists(QDir(m_store.runFolder(m_runId)).filePath(relative)))
                continue;
            if (!m_store.addArtifact(m_runId, relative, QStringLiteral("checkpoint")))
                still << relative;
        }
        m_unrecorded = still;
    }

    /// A recording step that failed while training went on: logged under crucible.train and kept
    /// for the result's warnings (the first few), never dropped silently.
    template <typename T> void note(const Result<T>& result, const char* doing)
    {
        if (m_problems.size() < 5)
            noteFailure(result, doing, m_problems);
        else
            logFailure(result, lcTrain, doing);
    }
    QStringList problems() const { return m_problems; }

    /// Retention: the newest `keep` checkpoints and the one at the best validation value of
    /// `watched` stay; older ones are removed with their artifact rows. keep 0 keeps all.
    void setRetention(int keep, const QString& watched)
    {
        m_keep = keep;
        m_watched = watched;
        m_lowerIsBetter = !watched.contains(QLatin1String("accuracy")) && !watched.contains(QLatin1String("r2"));
    }

    QString checkpointFolder() const { return m_checkpoints; }

private:
    void retain(const QString& saved)
    {
        if (m_latestWatched) {
            const double value = m_lowerIsBetter ? *m_latestWatched : -*m_latestWatched;
            if (!m_bestValue || value < *m_bestValue) {
                m_bestValue = value;
                m_best = saved;
            }
            m_latestWatched.reset();
        }
        m_kept.removeAll(saved);
        m_kept.append(saved);
        if (m_keep <= 0)
            return;
        QStringList removable;
        for (qsizetype i = 0; i + m_keep < m_kept.size(); ++i) {
            if (m_kept.at(i) != m_best)
                removable << m_kept.at(i);
        }
        for (const QString& old : std::as_const(removable)) {
            logFailure(m_store.removeArtifact(m_runId, old), lcTrain, "removing an old checkpoint (it stays)");
            m_kept.removeAll(old);
        }
    }

    TrainingObserver& m_outer;
    RunStore& m_store;
    MetricWriter& m_writer;
    QStringList m_unrecorded; ///< checkpoints on disk whose artifact rows could not be written yet
    RunLease& m_lease;
    QString m_runId;
    QString m_checkpoints;
    bool m_isPaused = false;
    int m_keep = 0;
    QString m_watched;
    bool m_lowerIsBetter = true;
    std::optional<double> m_latestWatched;
    std::optional<double> m_bestValue;
    QString m_best; ///< relative path of the checkpoint at the best value
    QStringList m_kept; ///< relative paths, oldest first
    QStringList m_problems;
};

/// The parent run's newest checkpoint (absolute path), found among its artifacts.
Result<QString> lastCheckpoint(const RunStore& store, const RunRecord& parent)
{
    QString best;
    for (const ArtifactRecord& artifact : parent.artifacts) {
        if (artifact.kind == QLatin1String("checkpoint") && artifact.path > best)
            best = artifact.path; // step-<zero-padded step>.pt: the largest name is the newest
    }
    const QString path = QDir(store.runFolder(parent.id)).filePath(best);
    if (best.isEmpty() || !QFile::exists(path))
        return Error {
            ErrorCode::NotFound,
            CRUCIBLE_MESSAGE("the run has no checkpoint to resume from (it wrote none, or its files are gone)"),
            QStringLiteral("run %1").arg(parent.id)};
    return path;
}

Status writeJsonArtifact(RunStore& store, const QString& runId, const QString& name, const QString& kind,
                         const QJsonObject& json)
{
    QFile file(QDir(store.runFolder(runId)).filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0)
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write: %1").arg(file.errorString()), file.fileName()};
    file.close();
    auto added = store.addArtifact(runId, name, kind);
    return added ? Status(Ok {}) : Status(added.error());
}

RunStatus statusOf(TrainingState state)
{
    return state == TrainingState::Finished ? RunStatus::Finished
        : state == TrainingState::Stopped   ? RunStatus::Stopped
                                            : RunStatus::Failed;
}

/// The request's recipe, dataset reference and checkpoint; the parent's on resume.
struct Plan {
    RunConfig config;
    QString dataset;
    QString parentRunId;
    QString checkpoint;
    DatasetVersion version;
};

Result<Plan> plan(const Workspace& workspace, const TrainingBackend& backend, const TrainingRequest& request,
                  const RunStore& store)
{
    Plan plan {request.config, request.dataset, request.parentRunId, {}, {}};
    if (!request.resumeRun.isEmpty()) {
        RunCatalog catalog(workspace);
        auto id = catalog.resolve(request.resumeRun);
        if (!id)
            return id.error();
        auto parent = catalog.run(id.value());
        if (!parent)
            return parent.error();
        auto config = RunConfig::fromJson(parent->config);
        if (!config)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("its recorded recipe cannot be read: %1").arg(config.error().text()),
                          QStringLiteral("run %1").arg(parent->id)};
        auto checkpoint = lastCheckpoint(store, parent.value());
        if (!checkpoint)
            return checkpoint.error();
        plan = Plan {config.value(),
                     parent->datasetName + QLatin1Char('@') + parent->datasetHash,
                     parent->id,
                     checkpoint.value(),
                     {}};
    }
    if (const Status applied = plan.config.apply(request.overrides); !applied)
        return applied.error();
    if (const Status valid = plan.config.validate(); !valid)
        return valid.error();
    if (plan.dataset.isEmpty())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("no dataset given: name one (NAME or NAME@HASH)"),
                      QStringLiteral("dataset")};
    auto version = DatasetStore(workspace).find(plan.dataset);
    if (!version)
        return version.error();
    plan.version = version.value();
    plan.config.model = plan.config.model.resolvedFor(plan.version.kind);
    if (const Status fits = plan.config.model.checkFor(plan.version.kind); !fits)
        return fits.error();
    if (auto device = backend.resolveDevice(plan.config.device); !device)
        return device.error();
    return plan;
}

/// The params of a data-parallel run: the world, the global batch (the recipe's batch_size, split
/// among the ranks), the rows each rank takes of it, and the learning rate, which is not scaled.
QMap<QString, QJsonValue> parallelParams(const DataParallelGroup& group, const RunConfig& config)
{
    const int world = group.setup().worldSize;
    return {{QStringLiteral("distributed.world_size"), world},
            {QStringLiteral("distributed.backend"), group.backendName()},
            {QStringLiteral("distributed.global_batch"), config.batchSize},
            {QStringLiteral("distributed.rank_batch"), (config.batchSize + world - 1) / world},
            {QStringLiteral("distributed.lr"), config.lr},
            {QStringLiteral("distributed.launcher"),
             group.setup().launcher.isEmpty() ? QStringLiteral("crucible") : group.setup().launcher}};
}

/// A data-parallel worker other than rank 0: trains its share in step with the others and writes
/// nothing to the workspace (no run, metrics, checkpoints or model).
Result<TrainingResult> trainFollower(const Workspace& workspace, const TrainingBackend& backend, const Plan& plan,
                                     std::shared_ptr<DataParallelGroup> group, int threads, TrainingObserver& observer)
{
    TrainingResult result;
    result.config = plan.config;
    result.parentRunId = plan.parentRunId;
    result.datasetReference = plan.version.reference();
    auto dataset = DatasetStore(workspace).load(plan.version);
    if (!dataset)
        return dataset.error();
    auto data = prepareTrainingData(dataset.value(), plan.version.target, plan.config.splitRecipe());
    dataset = Error {};
    if (!data)
        return data.error();
    TrainerOptions options;
    options.resumeFrom = plan.checkpoint;
    options.threads = threads;
    options.group = std::move(group);
    result.outcome = backend.train(data.value(), plan.config, options, observer);
    result.status = statusOf(result.outcome.state);
    result.error = result.outcome.error;
    return result;
}

QMap<QString, QJsonValue> dataParams(const TrainingData& data, const TrainingOutcome& outcome)
{
    QMap<QString, QJsonValue> params;
    params.insert(QStringLiteral("data.task"), taskName(data.task));
    params.insert(QStringLiteral("data.train_rows"), qint64(data.train.rows));
    params.insert(QStringLiteral("data.validation_rows"), qint64(data.validation.rows));
    params.insert(QStringLiteral("data.test_rows"), qint64(data.test.rows));
    params.insert(QStringLiteral("data.input_size"), qint64(data.inputSize()));
    params.insert(QStringLiteral("data.outputs"), data.outputs);
    params.insert(QStringLiteral("model.parameter_count"), outcome.parameterCount);
    params.insert(QStringLiteral("runtime.device"), outcome.device);
    params.insert(QStringLiteral("runtime.threads"), outcome.threads);
    if (!outcome.allreduce.isEmpty())
        params.insert(QStringLiteral("distributed.allreduce"), outcome.allreduce);
    return params;
}

} // namespace

int interactiveThreadCount()
{
    return std::max(1, QThread::idealThreadCount() - 1);
}

int headlessThreadCount()
{
    return std::max(1, QThread::idealThreadCount());
}

Result<TrainingResult> runTraining(const Workspace& workspace, const TrainingBackend& backend,
                                   const TrainingRequest& request, TrainingObserver& observer)
{
    RunStore store(workspace);
    auto planned = plan(workspace, backend, request, store);
    if (!planned)
        return planned.error();
    const Plan& p = planned.value();
    const int threads = p.config.threads > 0 ? p.config.threads : request.defaultThreads;

    std::shared_ptr<DataParallelGroup> group;
    if (request.parallel.isActive()) {
        auto joined = backend.joinGroup(request.parallel, p.config.distTimeout, p.config.device,
                                        [&observer] { return observer.isStopRequested(); });
        if (!joined)
            return joined.error();
        group = joined.value();
        if (!request.parallel.isLeader())
            return trainFollower(workspace, backend, p, group, threads, observer);
    }

    TrainingResult result;
    result.config = p.config;
    result.parentRunId = p.parentRunId;
    result.datasetReference = p.version.reference();
    NewRun spec;
    spec.experiment = request.experiment;
    spec.name = request.name;
    spec.config = p.config.toJson();
    spec.seed = qint64(p.config.seed);
    spec.datasetName = p.version.name;
    spec.datasetHash = p.version.hash;
    spec.datasetId = p.version.id;
    spec.device = backend.resolveDevice(p.config.device).value();
    spec.parentRunId = p.parentRunId;
    spec.tags = request.tags;
    auto runId = store.createRun(spec);
    if (!runId)
        return runId.error();
    result.runId = runId.value();
    if (!request.params.isEmpty()) {
        if (const Status logged = store.logParams(result.runId, request.params); !logged)
            return logged.error();
    }
    // The environment as this run trains in it: its thread count and deterministic flag included.
    Environment environment = backend.environment();
    if (threads > 0)
        environment.threads = threads;
    environment.deterministic = p.config.deterministic;
    if (group) {
        environment.worldSize = group->setup().worldSize;
        environment.hosts = group->hosts();
        if (const Status logged = store.logParams(result.runId, parallelParams(*group, p.config)); !logged)
            return logged.error();
    }
    if (const Status started = store.start(result.runId, environment); !started)
        return started.error();
    RunLease lease(workspace, result.runId); // until the final status below
    observer.runCreated(result.runId);

    // A record that cannot be written after the run trained is a warning of the result (and a log
    // line), never silence: the user learns that the workspace does not show everything.
    auto warn = [&](const auto& written, const char* doing) { noteFailure(written, doing, result.warnings); };
    auto fail = [&](const QString& message) {
        result.status = RunStatus::Failed;
        result.error = message;
        result.outcome.state = TrainingState::Failed;
        result.outcome.error = message;
        warn(store.fail(result.runId, message), "recording the run as failed");
        observer.stateChanged(TrainingState::Failed);
        return result;
    };
    observer.stateChanged(TrainingState::Preparing);
    auto dataset = DatasetStore(workspace).load(p.version);
    if (!dataset)
        return fail(dataset.error().text());
    auto data = prepareTrainingData(dataset.value(), p.version.target, p.config.splitRecipe());
    dataset = Error {}; // the raw content is not needed any more; free it before training
    if (!data)
        return fail(data.error().text());
    // The split and the input signature make the run reproducible and registrable: without them it
    // fails before training rather than after.
    if (const Status logged =
            store.logParams(result.runId,
                            {{QStringLiteral("split_recipe"),
                              QString::fromUtf8(QJsonDocument(data->split.toJson()).toJson(QJsonDocument::Compact))}});
        !logged)
        return fail(CRUCIBLE_MESSAGE("the split could not be recorded: %1").arg(logged.error().text()));
    if (const Status written = writeJsonArtifact(store, result.runId, QStringLiteral("input_signature.json"),
                                                 QStringLiteral("input_signature"), data->inputEncoding);
        !written)
        return fail(CRUCIBLE_MESSAGE("the input signature could not be saved: %1").arg(written.error().text()));

    auto writer = MetricWriter::open(workspace, result.runId);
    if (!writer)
        return fail(writer.error().text());
    RecordingObserver recording(observer, store, *writer.value(), lease, result.runId);
    recording.setRetention(p.config.keepCheckpoints, p.config.earlyStoppingMetric);
    TrainerOptions options;
    options.checkpointFolder = recording.checkpointFolder();
    options.resumeFrom = p.checkpoint;
    options.modelPath = QDir(store.runFolder(result.runId)).filePath(QStringLiteral("model.pt"));
    options.threads = threads;
    options.group = group;
    result.outcome = backend.train(data.value(), p.config, options, recording);
    const Status closed = writer.value()->close();
    recording.recordPending();

    result.warnings << recording.problems();
    warn(store.logParams(result.runId, dataParams(data.value(), result.outcome)), "recording the data params");
    if (!result.outcome.modelPath.isEmpty())
        warn(store.addArtifact(result.runId, QStringLiteral("model.pt"), QStringLiteral("model")),
             "recording the model artifact");
    if (!result.outcome.confusionMatrix.isEmpty())
        warn(writeJsonArtifact(store, result.runId, QStringLiteral("confusion_matrix.json"),
                               QStringLiteral("confusion_matrix"), result.outcome.confusionMatrix),
             "saving the confusion matrix");
    if (!result.outcome.testPredictions.empty()) {
        // What the model predicted on the test split, profiled as a column: the reference of a
        // registered regression model's prediction drift.
        Column predicted;
        predicted.name = QStringLiteral("prediction");
        predicted.values = std::move(result.outcome.testPredictions);
        result.outcome.testPredictions = {};
        warn(writeJsonArtifact(store, result.runId, QStringLiteral("test_predictions.json"),
                               QStringLiteral("test_predictions"),
                               QJsonObject {{QStringLiteral("split"), QStringLiteral("test")},
                                            {QStringLiteral("profile"), profileColumn(predicted).toJson()}}),
             "saving the test predictions");
    }
    if (!closed && result.outcome.state != TrainingState::Failed)
        return fail(CRUCIBLE_MESSAGE("the metrics could not be saved: %1").arg(closed.error().text()));
    result.status = statusOf(result.outcome.state);
    result.error = result.outcome.error;
    if (result.status == RunStatus::Finished)
        warn(store.finish(result.runId), "recording the run as finished");
    else if (result.status == RunStatus::Stopped)
        warn(store.stop(result.runId), "recording the run as stopped");
    else
        warn(store.fail(result.runId, result.error), "recording the run as failed");
    observer.stateChanged(result.outcome.state);
    return result;
}

} // namespace crucible
