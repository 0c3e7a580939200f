#include "engine/pipeline/PipelineRunner.h"
#include "engine/core/Message.h"

#include "engine/core/Sha256.h"
#include "engine/data/DatasetStore.h"
#include "engine/pipeline/DriftCheck.h"
#include "engine/pipeline/Evaluate.h"
#include "engine/pipeline/Notify.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"
#include "engine/torch/Trainer.h"
#include "engine/train/TrainingSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <cmath>
#include <csignal>
#include <unistd.h>

namespace crucible {

namespace {

/// What a step gave: outputs, and "succeeded" or "rejected" (a gate).
struct StepResult {
    QJsonObject outputs;
    QString status = QStringLiteral("succeeded");
    QString message;
};

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString numberText(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 10) : QStringLiteral("nan");
}

QString canonical(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// Everything one attempt of a step needs: the resolved body, the log, the deadline and stop.
class StepContext {
public:
    StepContext(const PipelineStore& store, const QString& runId, const StepSpec& step, PipelineObserver& observer)
        : m_store(store), m_runId(runId), m_step(step), m_observer(observer)
    {
        m_clock.start();
    }

    void log(const QString& line)
    {
        m_log += QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss ")) + line + QLatin1Char('\n');
        constexpr qsizetype kMaxLog = 256 * 1024;
        if (m_log.size() > kMaxLog)
            m_log = QStringLiteral("[earlier lines dropped]\n") + m_log.right(kMaxLog / 2);
        m_observer.stepLog(m_step.id, line);
        if (m_lastSave.isValid() && m_lastSave.elapsed() < 1000)
            return;
        m_lastSave.start();
        (void)m_store.progress(m_runId, m_step.id, m_log);
    }
    QString logText() const { return m_log; }

    bool isTimedOut() const
    {
        return m_step.timeoutSeconds > 0 && double(m_clock.elapsed()) / 1000.0 > m_step.timeoutSeconds;
    }
    bool shouldStop() { return isTimedOut() || m_observer.isStopRequested(); }
    /// A progress callback for engine calls: logs stages, cancels on timeout or stop.
    ProgressCallback progress()
    {
        return [this](double fraction, const QString& stage) {
            Q_UNUSED(fraction);
            if (stage != m_lastStage && !stage.isEmpty()) {
                m_lastStage = stage;
                log(stage);
            }
            return !shouldStop();
        };
    }
    Error stopError() const
    {
        if (isTimedOut())
            return {ErrorCode::Cancelled,
                    CRUCIBLE_MESSAGE("timed out after %1 s (its limit is %2 s)")
                        .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
                        .arg(m_step.timeoutSeconds, 0, 'g', 4),
                    m_step.id};
        return {ErrorCode::Cancelled, QStringLiteral("stopped"), m_step.id};
    }
    double remainingMs() const
    {
        return m_step.timeoutSeconds > 0 ? m_step.timeoutSeconds * 1000.0 - double(m_clock.elapsed()) : -1;
    }

private:
    const PipelineStore& m_store;
    QString m_runId;
    const StepSpec& m_step;
    PipelineObserver& m_observer;
    QString m_log;
    QString m_lastStage;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastSave;
};

/// Reports training to the step's log and stops it on timeout or a stop request.
class StepTrainingObserver : public TrainingObserver {
public:
    explicit StepTrainingObserver(StepContext& context) : m_context(context) { }
    void metric(const MetricSample& sample) override { Q_UNUSED(sample); }
    void progress(const TrainingProgress& progress) override
    {
        if (progress.epoch == m_lastEpoch)
            return;
        m_lastEpoch = progress.epoch;
        m_context.log(CRUCIBLE_MESSAGE("epoch %1/%2  loss %3")
                          .arg(progress.epoch)
                          .arg(progress.epochs)
                          .arg(progress.lastLoss, 0, 'f', 4));
    }
    void runCreated(const QString& runId) override { m_context.log(QStringLiteral("run %1").arg(runId)); }
    bool isStopRequested() override { return m_context.shouldStop(); }

private:
    StepContext& m_context;
    int m_lastEpoch = -1;
};

class Runner {
public:
    Runner(const Workspace& workspace, const PipelineSpec& spec, const PipelineRunOptions& options,
           PipelineObserver& observer)
        : m_workspace(workspace), m_spec(spec), m_options(options), m_observer(observer), m_store(workspace)
    { }

    Result<PipelineOutcome> run(PipelineRunRecord record)
    {
        m_record = std::move(record);
        m_observer.runStarted(m_record);
        m_scope.insert(QStringLiteral("pipeline.run_id"), m_record.id);
        m_scope.insert(QStringLiteral("pipeline.name"), m_spec.name);
        for (auto it = m_spec.params.begin(); it != m_spec.params.end(); ++it)
            m_scope.insert(QStringLiteral("params.") + it.key(), it.value());
        for (auto it = m_record.params.begin(); it != m_record.params.end(); ++it)
            m_scope.insert(QStringLiteral("params.") + it.key(), it.value().toString());
        for (auto it = m_record.trigger.begin(); it != m_record.trigger.end(); ++it)
            m_scope.insert(QStringLiteral("trigger.") + it.key(), it.value().toString());
        for (const char* key : {"kind", "file", "time"}) {
            if (!m_scope.contains(QStringLiteral("trigger.") + QLatin1String(key)))
                m_scope.insert(QStringLiteral("trigger.") + QLatin1String(key), QString());
        }

        PipelineOutcome outcome;
        outcome.status = QStringLiteral("succeeded");
        QStringList did;
        for (const StepSpec& step : m_spec.steps) {
            const PipelineStepRecord* recorded = m_record.step(step.id);
            const bool ended = outcome.status != QLatin1String("succeeded");
            const QString condition = step.condition.trimmed();
            const bool always = condition == QLatin1String("always");
            const bool onFailure = condition == QLatin1String("failure");
            // Done before a resume: keep its outputs. Steps for the end (always, failure) run again.
            if (recorded && recorded->isDone() && !always && !onFailure) {
                addOutputs(step, recorded->outputs, recorded->status);
                continue;
            }
            if (ended && !(always || onFailure)) {
                // After a rejection nothing more is to be done; after a failure or a stop the
                // step stays pending, for resume.
                if (outcome.status == QLatin1String("rejected"))
                    (void)finish(step, QStringLiteral("skipped"), {},
                                 CRUCIBLE_MESSAGE("not run: the pipeline was rejected"), {});
                continue;
            }
            if (!ended && onFailure) {
                (void)finish(step, QStringLiteral("skipped"), {},
                             CRUCIBLE_MESSAGE("runs only after a failure or rejection"), {});
                continue;
            }
            if (!ended && m_observer.isStopRequested()) {
                outcome.status = QStringLiteral("stopped");
                outcome.message = CRUCIBLE_MESSAGE("stopped before step '%1'").arg(step.id);
                continue;
            }
            m_scope.insert(QStringLiteral("pipeline.status"), outcome.status);
            m_scope.insert(QStringLiteral("pipeline.message"), outcome.message);
            auto ran = runStep(step, always || onFailure);
            if (!ran)
                return ran.error();
            const QString status = ran.value();
            if (status == QLatin1String("failed") && !ended) {
                outcome.status = QStringLiteral("failed");
                outcome.message = CRUCIBLE_MESSAGE("step '%1' failed: %2").arg(step.id, m_lastMessage);
            } else if (status == QLatin1String("stopped") && !ended) {
                outcome.status = QStringLiteral("stopped");
                outcome.message = m_lastMessage == QLatin1String("stopped")
                    ? CRUCIBLE_MESSAGE("stopped in step '%1'").arg(step.id)
                    : CRUCIBLE_MESSAGE("stopped in step '%1': %2").arg(step.id, m_lastMessage);
            } else if (status == QLatin1String("rejected") && !ended) {
                outcome.status = QStringLiteral("rejected");
                outcome.message = CRUCIBLE_MESSAGE("rejected by gate '%1': %2").arg(step.id, m_lastMessage);
            } else if ((status == QLatin1String("succeeded") || status == QLatin1String("cached"))
                       && step.kind == QLatin1String("promote")) {
                const QJsonObject outputs = m_outputs.value(step.id);
                if (outputs.value(QStringLiteral("moved")).toString() == QLatin1String("true")) {
                    outcome.promoted = true;
                    did << CRUCIBLE_MESSAGE("promoted %1 to %2")
                               .arg(outputs.value(QStringLiteral("model")).toString(),
                                    outputs.value(QStringLiteral("aliases")).toString());
                } else {
                    did << CRUCIBLE_MESSAGE("%1 already at %2")
                               .arg(outputs.value(QStringLiteral("aliases")).toString(),
                                    outputs.value(QStringLiteral("model")).toString());
                }
            }
        }
        if (outcome.status == QLatin1String("succeeded"))
            outcome.message = did.isEmpty() ? CRUCIBLE_MESSAGE("nothing to promote") : did.join(QStringLiteral("; "));
        if (Status finished = m_store.finishRun(m_record.id, outcome.status, outcome.message); !finished)
            return finished.error();
        auto final = m_store.run(m_record.id);
        if (!final)
            return final.error();
        outcome.record = final.value();
        return outcome;
    }

private:
    /// Whether a reference in `step` names a step that was skipped (so this one is, too).
    QString skippedInput(const StepSpec& step) const
    {
        if (step.kind == QLatin1String("gate")) { // a gate reads its evaluation's outputs
            const QString evaluation = step.body.value(QStringLiteral("evaluation")).toString(m_lastEvaluation);
            if (m_statuses.value(evaluation) == QLatin1String("skipped"))
                return evaluation;
        }
        QString text = canonical(step.body) + QLatin1Char(' ') + step.condition;
        for (auto it = m_statuses.begin(); it != m_statuses.end(); ++it) {
            if (it.value() != QLatin1String("skipped"))
                continue;
            if (text.contains(QStringLiteral("steps.") + it.key() + QLatin1Char('.')))
                return it.key();
        }
        return {};
    }

    void addOutputs(const StepSpec& step, const QJsonObject& outputs, const QString& status)
    {
        m_outputs.insert(step.id, outputs);
        m_statuses.insert(step.id, status);
        for (auto it = outputs.begin(); it != outputs.end(); ++it)
            m_scope.insert(QStringLiteral("steps.%1.%2").arg(step.id, it.key()), it.value().toString());
        if (step.kind == QLatin1String("evaluate")) {
            m_lastEvaluation = step.id;
            for (auto it = outputs.begin(); it != outputs.end(); ++it) {
                if (it.key().startsWith(QLatin1String("challenger."))
                    || it.key().startsWith(QLatin1String("champion.")))
                    m_scope.insert(it.key(), it.value().toString());
            }
        }
    }

    Status finish(const StepSpec& step, const QString& status, const QJsonObject& outputs, const QString& message,
                  const QString& log)
    {
        addOutputs(step, outputs, status);
        Status recorded = m_store.finishStep(m_record.id, step.id, status, outputs, message, log);
        PipelineStepRecord record;
        record.step = step.id;
        record.kind = step.kind;
        record.status = status;
        record.outputs = outputs;
        record.message = message;
        record.log = log;
        m_observer.stepFinished(record);
        return recorded;
    }

    /// Runs one step with its condition, cache, retries and timeout; returns its final status.
    /// An Error only when the workspace cannot record it.
    Result<QString> runStep(const StepSpec& step, bool afterEnd)
    {
        if (const QString skipped = skippedInput(step); !skipped.isEmpty()) {
            if (Status done = finish(step, QStringLiteral("skipped"), {},
                                     CRUCIBLE_MESSAGE("step '%1', an input of this one, was skipped").arg(skipped), {});
                !done)
                return done.error();
            return QStringLiteral("skipped");
        }
        const QString condition = step.condition.trimmed();
        if (!condition.isEmpty() && !afterEnd) {
            auto holds = evaluateCondition(condition, m_scope);
            if (!holds) {
                m_lastMessage = QStringLiteral("if: %1").arg(holds.error().message);
                if (Status done = finish(step, QStringLiteral("failed"), {}, m_lastMessage, {}); !done)
                    return done.error();
                return QStringLiteral("failed");
            }
            if (!holds.value()) {
                if (Status done = finish(step, QStringLiteral("skipped"), {},
                                         CRUCIBLE_MESSAGE("its condition does not hold: %1").arg(condition), {});
                    !done)
                    return done.error();
                return QStringLiteral("skipped");
            }
        }
        auto body = interpolate(step.body, m_scope);
        if (!body) {
            m_lastMessage = QStringLiteral("%1: %2").arg(body.error().where, body.error().message);
            if (Status done = finish(step, QStringLiteral("failed"), {}, m_lastMessage, {}); !done)
                return done.error();
            return QStringLiteral("failed");
        }
        StepContext context(m_store, m_record.id, step, m_observer);
        auto inputHash = inputsOf(step, body.value());
        const QString hash = inputHash ? inputHash.value() : QString();
        if (step.cache && !m_options.force && !hash.isEmpty()) {
            auto cached = m_store.cachedOutputs(m_spec.name, step.id, hash);
            if (!cached)
                return cached.error();
            if (cached->has_value() && !cacheStillValid(step, cached->value())) {
                context.log(CRUCIBLE_MESSAGE("what an earlier run made is gone; running again"));
                cached->reset();
            }
            if (cached->has_value()) {
                if (Status started = m_store.startStep(m_record.id, step.id, hash); !started)
                    return started.error();
                if (Status done = finish(step, QStringLiteral("cached"), cached->value(),
                                         CRUCIBLE_MESSAGE("inputs unchanged since an earlier run: outputs reused"), {});
                    !done)
                    return done.error();
                return QStringLiteral("cached");
            }
        }
        double backoff = step.backoffSeconds;
        for (int attempt = 1;; ++attempt) {
            if (Status started = m_store.startStep(m_record.id, step.id, hash); !started)
                return started.error();
            m_observer.stepStarted(step, attempt);
            if (attempt > 1)
                context.log(CRUCIBLE_MESSAGE("attempt %1 of %2").arg(attempt).arg(step.retries + 1));
            Result<StepResult> result = execute(step, body.value(), context);
            if (result) {
                m_lastMessage = result->message;
                if (!result->message.isEmpty())
                    context.log(result->message);
                if (Status done = finish(step, result->status, result->outputs, result->message, context.logText());
                    !done)
                    return done.error();
                return result->status;
            }
            const Error& error = result.error();
            m_lastMessage = error.where.isEmpty() || error.where == step.id ? error.message : error.text();
            context.log(QStringLiteral("error: ") + m_lastMessage);
            const bool stopped = error.code == ErrorCode::Cancelled && !context.isTimedOut();
            if (stopped || attempt > step.retries || m_observer.isStopRequested()) {
                const QString status = stopped ? QStringLiteral("stopped") : QStringLiteral("failed");
                if (Status done = finish(step, status, {}, m_lastMessage, context.logText()); !done)
                    return done.error();
                return status;
            }
            context.log(CRUCIBLE_MESSAGE("retrying in %1 s").arg(backoff, 0, 'g', 4));
            sleep(backoff);
            backoff *= 2;
        }
    }

    /// Whether what a cached step made still exists: its dataset version, run or model version.
    bool cacheStillValid(const StepSpec& step, const QJsonObject& outputs)
    {
        if (step.kind == QLatin1String("data"))
            return DatasetStore(m_workspace).find(outputs.value(QStringLiteral("dataset")).toString()).isOk();
        if (step.kind == QLatin1String("train")) {
            auto run = RunCatalog(m_workspace).run(outputs.value(QStringLiteral("run_id")).toString());
            return run && run->status == RunStatus::Finished && !run->isDeleted();
        }
        if (step.kind == QLatin1String("register")) {
            auto registry = openRegistry();
            return registry && registry.value()->resolve(outputs.value(QStringLiteral("model")).toString()).isOk();
        }
        return true;
    }

    void sleep(double seconds)
    {
        if (m_options.sleep) {
            m_options.sleep(seconds);
            return;
        }
        QElapsedTimer clock;
        clock.start();
        while (double(clock.elapsed()) / 1000.0 < seconds && !m_observer.isStopRequested())
            QThread::msleep(static_cast<unsigned long>(std::min(100.0, seconds * 1000.0)));
    }

    /// What decides a step's outputs, hashed: its resolved settings and the content they name
    /// (a file's size and time, a dataset's hash, the version an alias points at). Empty: no cache.
    Result<QString> inputsOf(const StepSpec& step, const QJsonObject& body)
    {
        QJsonObject inputs {{QStringLiteral("kind"), step.kind}, {QStringLiteral("body"), body}};
        if (step.kind == QLatin1String("data")) {
            auto file = dataFile(body);
            if (!file)
                return QString();
            const QFileInfo info(file.value());
            inputs.insert(QStringLiteral("file"),
                          QStringLiteral("%1:%2:%3")
                              .arg(info.absoluteFilePath())
                              .arg(info.size())
                              .arg(info.lastModified().toMSecsSinceEpoch()));
        } else if (step.kind == QLatin1String("train") || step.kind == QLatin1String("evaluate")
                   || step.kind == QLatin1String("drift")) {
            if (body.contains(QStringLiteral("log")))
                return QString(); // a serving log grows: always look again
            const DatasetStore store(m_workspace);
            if (const QString data = body.value(QStringLiteral("data")).toString(); !data.isEmpty()) {
                auto version = store.find(data);
                if (!version)
                    return QString();
                inputs.insert(QStringLiteral("data_hash"), version->hash);
            }
            std::unique_ptr<ModelRegistry> registry; // opened once, when a reference needs it
            for (const QString& key : {QStringLiteral("model"), QStringLiteral("champion")}) {
                const QString reference = body.value(key).toString();
                if (reference.isEmpty() || isRunReference(reference))
                    continue;
                if (!registry) {
                    auto opened = openRegistry();
                    if (!opened)
                        return QString();
                    registry = std::move(opened.value());
                }
                auto version = registry->resolve(reference);
                inputs.insert(key + QStringLiteral("_sha256"),
                              version ? version->bundleSha256 : QStringLiteral("none"));
            }
        }
        return QString::fromLatin1(Sha256::hash(canonical(inputs).toUtf8()).toHex());
    }

    Result<std::unique_ptr<ModelRegistry>> openRegistry() const
    {
        return ModelRegistry::open(m_options.registryFolder.isEmpty() ? resolveRegistryFolder(m_workspace, QString())
                                                                      : m_options.registryFolder);
    }

    static Result<QString> dataFile(const QJsonObject& body)
    {
        // path wins; an empty one (${trigger.file} of a run started by hand) falls back to the folder.
        const QString path = body.value(QStringLiteral("path")).toString();
        const QString folder = body.value(QStringLiteral("folder")).toString();
        if (!path.isEmpty() || folder.isEmpty())
            return path;
        const QString pattern = body.value(QStringLiteral("pattern")).toString(QStringLiteral("*.csv"));
        const QFileInfoList files = QDir(folder).entryInfoList({pattern}, QDir::Files, QDir::Time);
        if (!QFileInfo(folder).isDir())
            return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no such folder"), folder};
        if (files.isEmpty())
            return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no file matching %1 in the folder").arg(pattern),
                          folder};
        return files.first().absoluteFilePath();
    }

    Result<StepResult> execute(const StepSpec& step, const QJsonObject& body, StepContext& context)
    {
        if (step.kind == QLatin1String("data"))
            return data(body, context);
        if (step.kind == QLatin1String("train"))
            return train(body, context);
        if (step.kind == QLatin1String("evaluate"))
            return evaluate(body, context);
        if (step.kind == QLatin1String("gate"))
            return gate(body, context);
        if (step.kind == QLatin1String("register"))
            return registerModel(body, context);
        if (step.kind == QLatin1String("promote"))
            return promote(body, context);
        if (step.kind == QLatin1String("drift"))
            return drift(body, context);
        if (step.kind == QLatin1String("shell"))
            return shell(step, body, context);
        return notify(body, context);
    }

    Result<StepResult> data(const QJsonObject& body, StepContext& context)
    {
        auto file = dataFile(body);
        if (!file)
            return file.error();
        if (file->isEmpty())
            return Error {
                ErrorCode::InvalidInput,
                CRUCIBLE_MESSAGE("path is empty (${trigger.file} is empty unless a watched folder started the "
                                 "run; add folder: for runs started otherwise)"),
                QStringLiteral("data.path")};
        ImportRequest request;
        request.path = file.value();
        request.name = body.value(QStringLiteral("name")).toString();
        request.target = body.value(QStringLiteral("target")).toString();
        request.kind = body.value(QStringLiteral("kind")).toString();
        context.log(CRUCIBLE_MESSAGE("importing %1 as %2").arg(request.path, request.name));
        auto imported = DatasetStore(m_workspace).importPath(request, context.progress());
        if (!imported)
            return imported.error().code == ErrorCode::Cancelled ? context.stopError() : imported.error();
        const DatasetVersion& version = imported->version;
        StepResult result;
        result.outputs = {{QStringLiteral("dataset"), version.reference()},
                          {QStringLiteral("name"), version.name},
                          {QStringLiteral("hash"), version.hash},
                          {QStringLiteral("rows"), QString::number(version.rows)},
                          {QStringLiteral("new"), boolText(imported->isNew)},
                          {QStringLiteral("file"), request.path}};
        result.message = imported->isNew
            ? CRUCIBLE_MESSAGE("new version %1 (%2 rows)").arg(version.reference()).arg(version.rows)
            : QStringLiteral("unchanged: %1").arg(version.reference());
        return result;
    }

    Result<StepResult> train(const QJsonObject& body, StepContext& context)
    {
        TrainingRequest request;
        request.dataset = body.value(QStringLiteral("data")).toString();
        const QJsonObject recipe = body.value(QStringLiteral("recipe")).toObject();
        for (auto it = recipe.begin(); it != recipe.end(); ++it)
            request.overrides << it.key() + QLatin1Char('=') + it.value().toString();
        request.experiment = body.value(QStringLiteral("experiment")).toString(QStringLiteral("Default"));
        request.name = body.value(QStringLiteral("name")).toString();
        const QJsonValue tags = body.value(QStringLiteral("tags"));
        if (tags.isArray()) {
            for (const QJsonValue& tag : tags.toArray())
                request.tags << tag.toString();
        } else if (tags.isString()) {
            request.tags << tags.toString();
        }
        request.tags << QStringLiteral("pipeline:") + m_spec.name;
        request.defaultThreads = headlessThreadCount();
        StepTrainingObserver observer(context);
        // LibTorch is loaded only here, when a step trains (cached runs never load it).
        const TrainingBackend& backend = m_options.backend ? *m_options.backend : torchBackend();
        auto trained = runTraining(m_workspace, backend, request, observer);
        if (!trained)
            return trained.error();
        const TrainingResult& run = trained.value();
        if (run.status == RunStatus::Stopped)
            return context.shouldStop()
                ? Error {ErrorCode::Cancelled,
                         context.stopError().message + QStringLiteral(" (run %1 stopped)").arg(run.runId),
                         QStringLiteral("train")}
                : Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("run %1 stopped").arg(run.runId),
                         QStringLiteral("train")};
        if (run.status != RunStatus::Finished)
            return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("run %1 failed: %2").arg(run.runId, run.error),
                          QStringLiteral("train")};
        StepResult result;
        result.outputs = {{QStringLiteral("run_id"), run.runId},
                          {QStringLiteral("status"), runStatusKey(run.status)},
                          {QStringLiteral("dataset"), run.datasetReference}};
        QStringList shown;
        for (auto it = run.outcome.finalMetrics.begin(); it != run.outcome.finalMetrics.end(); ++it) {
            result.outputs.insert(it.key(), numberText(it.value()));
            if (it.key().startsWith(QLatin1String("test_")))
                shown << QStringLiteral("%1 %2").arg(it.key()).arg(it.value(), 0, 'g', 4);
        }
        result.message = CRUCIBLE_MESSAGE("run %1 finished; %2").arg(run.runId, shown.join(QStringLiteral(", ")));
        return result;
    }

    Result<StepResult> evaluate(const QJsonObject& body, StepContext& context)
    {
        auto registry = openRegistry();
        if (!registry)
            return registry.error();
        const QString model = body.value(QStringLiteral("model")).toString();
        EvaluationData data;
        data.dataset = body.value(QStringLiteral("data")).toString();
        data.split = body.value(QStringLiteral("split")).toString(QStringLiteral("all"));
        data.splitRun = model;
        if (data.split == QLatin1String("test") && !isRunReference(model)) {
            auto version = registry->get()->resolve(model);
            if (!version)
                return version.error();
            data.splitRun = version->runId;
        }
        context.log(CRUCIBLE_MESSAGE("scoring %1 on %2 (%3 rows)").arg(model, data.dataset, data.split));
        auto challenger = scoreModel(m_workspace, *registry.value(), model, data, context.progress());
        if (!challenger)
            return challenger.error().code == ErrorCode::Cancelled ? context.stopError() : challenger.error();
        StepResult result;
        result.outputs = {{QStringLiteral("model"), challenger->model},
                          {QStringLiteral("rows"), QString::number(challenger->rows)},
                          {QStringLiteral("metric"),
                           challenger->isClassification ? QStringLiteral("accuracy") : QStringLiteral("r2")},
                          {QStringLiteral("champion"), QString()}};
        QStringList summary;
        for (auto it = challenger->metrics.begin(); it != challenger->metrics.end(); ++it)
            result.outputs.insert(QStringLiteral("challenger.") + it.key(), numberText(it.value()));
        summary << QStringLiteral("%1: %2").arg(challenger->model, metricsText(challenger->metrics));
        const QString championReference = body.value(QStringLiteral("champion")).toString();
        if (!championReference.isEmpty()) {
            QString note;
            auto champion = scoreChampion(m_workspace, *registry.value(), championReference, data, QString(), &note,
                                          context.progress());
            if (!champion)
                return champion.error().code == ErrorCode::Cancelled ? context.stopError() : champion.error();
            if (champion->has_value()) {
                const ModelScore& score = champion->value();
                result.outputs.insert(QStringLiteral("champion"), score.model);
                for (auto it = score.metrics.begin(); it != score.metrics.end(); ++it)
                    result.outputs.insert(QStringLiteral("champion.") + it.key(), numberText(it.value()));
                summary << QStringLiteral("champion %1: %2").arg(score.model, metricsText(score.metrics));
            } else {
                summary << CRUCIBLE_MESSAGE("no champion: %1").arg(note);
            }
        }
        result.message = summary.join(QStringLiteral("; "));
        return result;
    }

    static QString metricsText(const QMap<QString, double>& metrics)
    {
        QStringList parts;
        for (auto it = metrics.begin(); it != metrics.end(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value(), 0, 'g', 4);
        return parts.join(QStringLiteral(", "));
    }

    Result<StepResult> gate(const QJsonObject& body, StepContext& context)
    {
        Scope scope = m_scope;
        const QString evaluation = body.value(QStringLiteral("evaluation")).toString(m_lastEvaluation);
        if (!evaluation.isEmpty()) {
            const QJsonObject outputs = m_outputs.value(evaluation);
            for (auto it = outputs.begin(); it != outputs.end(); ++it)
                scope.insert(it.key(), it.value().toString());
        }
        QStringList conditions;
        const QJsonValue list = body.value(QStringLiteral("conditions"));
        if (list.isArray()) {
            for (const QJsonValue& item : list.toArray())
                conditions << item.toString();
        } else {
            conditions << list.toString();
        }
        QStringList failed;
        QStringList notes;
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            QStringList missing;
            auto holds = evaluateCondition(conditions[i], scope, &missing);
            if (!holds)
                return holds.error();
            const QString shown = conditions[i]; // as evaluated, parameters filled in
            if (!missing.isEmpty())
                notes << CRUCIBLE_MESSAGE("%1 holds: no value for %2").arg(shown, missing.join(QStringLiteral(", ")));
            context.log(QStringLiteral("%1: %2").arg(
                shown, holds.value() ? QStringLiteral("holds") : CRUCIBLE_MESSAGE("does not hold")));
            if (!holds.value())
                failed << QStringLiteral("%1 (%2)").arg(shown, valuesIn(shown, scope));
        }
        StepResult result;
        result.outputs = {{QStringLiteral("passed"), boolText(failed.isEmpty())},
                          {QStringLiteral("reason"), failed.join(QStringLiteral("; "))}};
        if (!failed.isEmpty()) {
            result.status = QStringLiteral("rejected");
            result.message = failed.join(QStringLiteral("; "));
        } else {
            result.message = notes.isEmpty() ? CRUCIBLE_MESSAGE("all %1 condition(s) hold").arg(conditions.size())
                                             : notes.join(QStringLiteral("; "));
        }
        return result;
    }

    /// "challenger.accuracy = 0.83, champion.accuracy = 0.9" for the names in a condition.
    static QString valuesIn(const QString& condition, const Scope& scope)
    {
        static const QRegularExpression name(QStringLiteral("[A-Za-z_][\\w-]*(?:\\.[\\w-]+)+"));
        QStringList parts;
        for (auto it = name.globalMatch(condition); it.hasNext();) {
            const QString key = it.next().captured(0);
            const QString value = scope.value(key);
            bool isNumber = false;
            const double number = value.toDouble(&isNumber);
            parts << QStringLiteral("%1 = %2").arg(key, isNumber ? QString::number(number, 'g', 4) : value);
        }
        return parts.isEmpty() ? CRUCIBLE_MESSAGE("as written") : parts.join(QStringLiteral(", "));
    }

    Result<StepResult> registerModel(const QJsonObject& body, StepContext& context)
    {
        auto registry = openRegistry();
        if (!registry)
            return registry.error();
        QString run = body.value(QStringLiteral("run")).toString();
        if (run.startsWith(QLatin1String("run:")))
            run = run.mid(4);
        const QString name = body.value(QStringLiteral("name")).toString();
        const QString alias = body.value(QStringLiteral("alias")).toString();
        // Registered by an earlier attempt (a crash after the registry wrote)? Then use that version.
        RegisteredVersion version;
        if (auto versions = registry->get()->versions(name); versions) {
            for (const RegisteredVersion& existing : versions.value()) {
                if (!existing.runId.isEmpty() && existing.runId == run)
                    version = existing;
            }
        }
        const bool existed = version.version > 0;
        if (!existed) {
            auto added = RunPackager(m_workspace)
                             .registerRun(*registry.value(), run, name, QString(),
                                          body.value(QStringLiteral("intended_use")).toString());
            if (!added)
                return added.error();
            version = added.value();
        }
        if (!alias.isEmpty()) {
            auto current = registry->get()->resolve(name + QLatin1Char('@') + alias);
            if (!current || current->version != version.version) {
                if (Status set = registry->get()->setAlias(name, alias, version.version); !set)
                    return set.error();
            }
        }
        QStringList tags;
        const QJsonValue tagValue = body.value(QStringLiteral("tags"));
        for (const QJsonValue& tag : tagValue.isArray() ? tagValue.toArray() : QJsonArray {tagValue}) {
            if (!tag.toString().isEmpty())
                tags << tag.toString();
        }
        if (!tags.isEmpty()) {
            if (Status tagged = RunStore(m_workspace).addTags(run, tags); !tagged)
                return tagged.error();
        }
        context.log(existed ? CRUCIBLE_MESSAGE("run %1 was registered before as %2").arg(run, version.reference())
                            : CRUCIBLE_MESSAGE("registered run %1 as %2").arg(run, version.reference()));
        StepResult result;
        result.outputs = {{QStringLiteral("model"), version.reference()},
                          {QStringLiteral("name"), version.name},
                          {QStringLiteral("version"), QString::number(version.version)}};
        result.message = existed ? CRUCIBLE_MESSAGE("%1 (registered before)").arg(version.reference())
                                 : QStringLiteral("registered %1").arg(version.reference());
        return result;
    }

    Result<StepResult> promote(const QJsonObject& body, StepContext& context)
    {
        auto registry = openRegistry();
        if (!registry)
            return registry.error();
        auto version = registry->get()->resolve(body.value(QStringLiteral("model")).toString());
        if (!version)
            return version.error();
        if (!version->isRegistered)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("only a registered version can be promoted; register the bundle first"),
                          version->bundlePath};
        QStringList aliases;
        const QJsonValue value = body.value(QStringLiteral("alias"));
        for (const QJsonValue& alias : value.isArray() ? value.toArray() : QJsonArray {value}) {
            if (Status valid = ModelRegistry::validateName(alias.toString(), true); !valid)
                return Error {valid.error().code, valid.error().message, QStringLiteral("promote.alias")};
            aliases << alias.toString();
        }
        if (aliases.isEmpty())
            return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("promote names no alias"),
                          QStringLiteral("promote.alias")};
        bool moved = false;
        for (const QString& alias : std::as_const(aliases)) {
            auto current = registry->get()->resolve(version->name + QLatin1Char('@') + alias);
            if (current && current->version == version->version) {
                context.log(CRUCIBLE_MESSAGE("%1@%2 already points at version %3")
                                .arg(version->name, alias)
                                .arg(version->version));
                continue;
            }
            if (Status set = registry->get()->setAlias(version->name, alias, version->version); !set)
                return set.error();
            moved = true;
            context.log(QStringLiteral("%1@%2 -> version %3%4")
                            .arg(version->name, alias)
                            .arg(version->version)
                            .arg(current ? QStringLiteral(" (was %1)").arg(current->version) : QString()));
        }
        StepResult result;
        result.outputs = {{QStringLiteral("model"), version->reference()},
                          {QStringLiteral("aliases"), aliases.join(QLatin1Char(','))},
                          {QStringLiteral("moved"), boolText(moved)}};
        result.message = moved
            ? QStringLiteral("%1 is now %2").arg(version->reference(), aliases.join(QStringLiteral(", ")))
            : CRUCIBLE_MESSAGE("%1 was already %2").arg(version->reference(), aliases.join(QStringLiteral(", ")));
        return result;
    }

    Result<StepResult> drift(const QJsonObject& body, StepContext& context)
    {
        DriftRequest request;
        request.registryFolder = m_options.registryFolder.isEmpty() ? resolveRegistryFolder(m_workspace, QString())
                                                                    : m_options.registryFolder;
        request.model = body.value(QStringLiteral("model")).toString();
        if (body.contains(QStringLiteral("data"))) {
            request.source = DriftRequest::Source::Dataset;
            request.location = body.value(QStringLiteral("data")).toString();
        } else if (body.contains(QStringLiteral("csv"))) {
            request.source = DriftRequest::Source::Csv;
            request.location = body.value(QStringLiteral("csv")).toString();
        } else {
            request.source = DriftRequest::Source::Log;
            request.location = body.value(QStringLiteral("log")).toString();
            QString problem;
            request.window =
                WindowSpec::parse(body.value(QStringLiteral("window")).toString(QStringLiteral("1000")), &problem);
            if (!problem.isEmpty())
                return Error {ErrorCode::InvalidInput, problem, QStringLiteral("window")};
        }
        auto checked = runDriftCheck(m_workspace, request, context.progress());
        const auto isDeployed = [&] {
            auto registry = ModelRegistry::open(request.registryFolder);
            return !registry || registry.value()->resolve(request.model).isOk();
        };
        if (!checked && checked.error().code == ErrorCode::NotFound && !isDeployed()) {
            // Nothing deployed yet: there is nothing to drift from, and a first model is needed.
            StepResult result;
            result.outputs = {{QStringLiteral("drifted"), QStringLiteral("true")},
                              {QStringLiteral("level"), QStringLiteral("none")},
                              {QStringLiteral("features"), QString()},
                              {QStringLiteral("model"), QString()}};
            result.message = CRUCIBLE_MESSAGE("no %1 yet (%2): counted as drifted, so that a first model is trained")
                                 .arg(request.model, checked.error().message);
            return result;
        }
        if (!checked)
            return checked.error().code == ErrorCode::Cancelled ? context.stopError() : checked.error();
        const DriftReport& report = checked->latest();
        QStringList drifted;
        for (const FeatureDrift& feature : report.features) {
            if (feature.level == DriftLevel::Alarm)
                drifted << feature.name;
        }
        context.log(report.summary());
        if (body.value(QStringLiteral("fail_on_drift")).toString() == QLatin1String("true") && report.drift)
            return Error {ErrorCode::InvalidInput, QStringLiteral("drift: %1").arg(report.summary()),
                          QStringLiteral("drift")};
        StepResult result;
        result.outputs = {{QStringLiteral("drifted"), boolText(report.drift)},
                          {QStringLiteral("level"),
                           report.drift            ? QStringLiteral("drift")
                               : report.warned > 0 ? QStringLiteral("warning")
                                                   : QStringLiteral("none")},
                          {QStringLiteral("features"), drifted.join(QLatin1Char(','))},
                          {QStringLiteral("model"), checked->model}};
        result.message = report.summary();
        return result;
    }

    /// The command of a shell step with each ${name} turned into ${CRUCIBLE_NAME}, an environment
    /// variable holding the value: a value (a watched file's name, a parameter) is data for the
    /// shell, never a command, whatever characters it holds.
    Result<QString> shellCommand(const QString& written, QProcessEnvironment& environment) const
    {
        static const QRegularExpression reference(QStringLiteral("\\$\\{([^}]*)\\}"));
        QString command;
        qsizetype at = 0;
        for (auto it = reference.globalMatch(written); it.hasNext();) {
            const auto match = it.next();
            const QString name = match.captured(1).trimmed();
            if (!m_scope.contains(name))
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("'%1' has no value here (a step that was skipped gives none)").arg(name),
                              QStringLiteral("shell.run")};
            QString variable = QStringLiteral("CRUCIBLE_") + name.toUpper();
            variable.replace(QRegularExpression(QStringLiteral("[^A-Z0-9_]")), QStringLiteral("_"));
            environment.insert(variable, m_scope.value(name));
            command += written.mid(at, match.capturedStart() - at) + QStringLiteral("${") + variable + QLatin1Char('}');
            at = match.capturedEnd();
        }
        return QString(command + written.mid(at));
    }

    Result<StepResult> shell(const StepSpec& step, const QJsonObject& body, StepContext& context)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString cwd =
            body.value(QStringLiteral("cwd"))
                .toString(m_spec.file.isEmpty() ? QDir::currentPath() : QFileInfo(m_spec.file).absolutePath());
        process.setWorkingDirectory(cwd);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CRUCIBLE_WORKSPACE"), m_workspace.folder());
        environment.insert(QStringLiteral("CRUCIBLE_PIPELINE"), m_spec.name);
        environment.insert(QStringLiteral("CRUCIBLE_PIPELINE_RUN"), m_record.id);
        const QJsonObject env = body.value(QStringLiteral("env")).toObject();
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value().toString());
        auto command = shellCommand(step.body.value(QStringLiteral("run")).toString(), environment);
        if (!command)
            return command.error();
        process.setProcessEnvironment(environment);
        context.log(QStringLiteral("$ ") + command.value());
        // A process group of its own, so that a stop or a timeout ends what the command started too.
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command.value()});
        if (!process.waitForStarted(10000))
            return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot start /bin/sh: %1").arg(process.errorString()),
                          QStringLiteral("shell")};
        QString pending;
        QString lastLine;
        const auto drain = [&] {
            pending += QString::fromUtf8(process.readAll());
            qsizetype newline;
            while ((newline = pending.indexOf(QLatin1Char('\n'))) >= 0) {
                const QString line = pending.left(newline);
                pending.remove(0, newline + 1);
                context.log(line);
                if (!line.trimmed().isEmpty())
                    lastLine = line.trimmed();
            }
        };
        while (!process.waitForFinished(100)) {
            drain();
            if (process.state() == QProcess::NotRunning)
                break;
            if (context.shouldStop()) {
                const pid_t group = pid_t(process.processId());
                ::kill(-group, SIGTERM);
                if (!process.waitForFinished(3000))
                    ::kill(-group, SIGKILL);
                process.waitForFinished(3000);
                ::kill(-group, SIGKILL); // what the command left behind
                return context.stopError();
            }
        }
        drain();
        if (!pending.trimmed().isEmpty()) {
            context.log(pending);
            lastLine = pending.trimmed();
        }
        if (process.exitStatus() != QProcess::NormalExit)
            return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the command crashed"), QStringLiteral("shell")};
        if (process.exitCode() != 0)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the command exited with %1%2")
                              .arg(process.exitCode())
                              .arg(lastLine.isEmpty() ? QString() : QStringLiteral(": ") + lastLine.left(200)),
                          QStringLiteral("shell")};
        StepResult result;
        result.outputs = {{QStringLiteral("exit_code"), QStringLiteral("0")}, {QStringLiteral("output"), lastLine}};
        return result;
    }

    Result<StepResult> notify(const QJsonObject& body, StepContext& context)
    {
        const QString message =
            body.value(QStringLiteral("message"))
                .toString(CRUCIBLE_MESSAGE("pipeline %1 run %2: %3")
                              .arg(m_spec.name, m_record.id, m_scope.value(QStringLiteral("pipeline.status"))));
        QJsonObject document {{QStringLiteral("pipeline"), m_spec.name},
                              {QStringLiteral("run_id"), m_record.id},
                              {QStringLiteral("status"), m_scope.value(QStringLiteral("pipeline.status"))},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        QJsonObject steps;
        for (auto it = m_outputs.begin(); it != m_outputs.end(); ++it)
            steps.insert(it.key(),
                         QJsonObject {{QStringLiteral("status"), m_statuses.value(it.key())},
                                      {QStringLiteral("outputs"), it.value()}});
        document.insert(QStringLiteral("steps"), steps);
        if (const QString log = body.value(QStringLiteral("log")).toString(); !log.isEmpty()) {
            if (Status appended = appendLine(log, canonical(document)); !appended)
                return appended.error();
            context.log(CRUCIBLE_MESSAGE("appended to %1").arg(log));
        }
        if (const QString url = body.value(QStringLiteral("url")).toString(); !url.isEmpty()) {
            const int timeoutMs = context.remainingMs() > 0 ? int(context.remainingMs()) : 10000;
            auto answered = postJson(url, QJsonDocument(document).toJson(QJsonDocument::Compact), timeoutMs);
            if (!answered)
                return answered.error();
            context.log(CRUCIBLE_MESSAGE("POST %1: HTTP %2").arg(url).arg(answered.value()));
        }
        StepResult result;
        result.outputs = {{QStringLiteral("sent"), QStringLiteral("true")}};
        result.message = message;
        return result;
    }

    const Workspace& m_workspace;
    const PipelineSpec& m_spec;
    const PipelineRunOptions& m_options;
    PipelineObserver& m_observer;
    PipelineStore m_store;
    PipelineRunRecord m_record;
    Scope m_scope;
    QHash<QString, QJsonObject> m_outputs;
    QHash<QString, QString> m_statuses;
    QString m_lastEvaluation;
    QString m_lastMessage;
};

QJsonObject paramsJson(const PipelineSpec& spec, const QMap<QString, QString>& overrides)
{
    QJsonObject params;
    for (auto it = spec.params.begin(); it != spec.params.end(); ++it)
        params.insert(it.key(), it.value());
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        params.insert(it.key(), it.value());
    return params;
}

} // namespace

Result<PipelineOutcome> runPipeline(const Workspace& workspace, const PipelineSpec& spec,
                                    const PipelineRunOptions& options, PipelineObserver& observer)
{
    for (auto it = options.params.begin(); it != options.params.end(); ++it) {
        if (!spec.params.contains(it.key()))
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the pipeline has no parameter '%1'; it has: %2")
                              .arg(it.key(),
                                   spec.params.isEmpty() ? QStringLiteral("none")
                                                         : spec.params.keys().join(QStringLiteral(", "))),
                          QStringLiteral("--param")};
    }
    QList<QPair<QString, QString>> steps;
    for (const StepSpec& step : spec.steps)
        steps << qMakePair(step.id, step.kind);
    auto record = PipelineStore(workspace).create(spec.name, spec.file, spec.text, paramsJson(spec, options.params),
                                                  options.trigger, steps);
    if (!record)
        return record.error();
    return Runner(workspace, spec, options, observer).run(record.value());
}

Result<PipelineOutcome> resumePipeline(const Workspace& workspace, const QString& runReference,
                                       const PipelineRunOptions& options, PipelineObserver& observer)
{
    const PipelineStore store(workspace);
    auto record = store.claim(runReference);
    if (!record)
        return record.error();
    auto spec = PipelineSpec::parse(record->specYaml, record->file);
    if (!spec) {
        (void)store.finishRun(record->id, QStringLiteral("failed"), spec.error().text());
        return spec.error();
    }
    PipelineRunOptions resumed = options;
    resumed.params.clear();
    resumed.trigger = record->trigger;
    return Runner(workspace, spec.value(), resumed, observer).run(record.value());
}

} // namespace crucible
