// crucible-cli train: trains one run headless, with a progress bar, SIGINT/SIGTERM as a clean stop,
// and --resume to continue a run from its last checkpoint as a new child run.
#include "Arguments.h"
#include "Cli.h"
#include "Interrupt.h"
#include "RunsShared.h"
#include "TerminalProgress.h"
#include "TrainLauncher.h"

#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/repro/Reproduction.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/Workspace.h"
#include "engine/torch/Trainer.h"
#include "engine/train/TrainingSession.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QThread>

#include <cmath>
#include <csignal>

namespace crucible::cli {

namespace {

/// Draws the progress bar (or plain lines) from the trainer's throttled progress reports.
class CliObserver : public TrainingObserver {
public:
    explicit CliObserver(Context& context)
        : m_context(context), m_progress(terminalProgress(context.err, QStringLiteral("Training")))
    { }

    void metric(const MetricSample& sample) override { Q_UNUSED(sample); }
    void progress(const TrainingProgress& progress) override
    {
        QString stage = QStringLiteral("epoch %1/%2  loss %3")
                            .arg(progress.epoch)
                            .arg(progress.epochs)
                            .arg(progress.lastLoss, 0, 'f', 4);
        if (progress.samplesPerSecond > 0)
            stage += QStringLiteral("  %1 samples/s").arg(qint64(progress.samplesPerSecond));
        if (progress.etaSeconds >= 0)
            stage += QStringLiteral("  ETA %1 s").arg(qint64(std::ceil(progress.etaSeconds)));
        if (progress.gpuMemoryBytes > 0)
            stage += QStringLiteral("  GPU %1 MiB").arg(progress.gpuMemoryBytes >> 20);
        m_progress(progress.fraction(), stage);
    }
    void runCreated(const QString& runId) override
    {
        if (!m_context.json)
            m_context.err << "Run " << runId << "\n";
        m_context.err.flush();
    }
    bool isStopRequested() override { return interruptSignal() != 0; }

private:
    Context& m_context;
    ProgressCallback m_progress;
};

/// A data-parallel worker other than rank 0: prints nothing while it trains (rank 0 does), and
/// stops where the ranks agree after Ctrl+C or SIGTERM.
class WorkerObserver : public TrainingObserver {
public:
    void metric(const MetricSample& sample) override { Q_UNUSED(sample); }
    bool isStopRequested() override { return interruptSignal() != 0; }
};

QJsonObject resultJson(const TrainingResult& result)
{
    QJsonObject metrics;
    for (auto it = result.outcome.finalMetrics.begin(); it != result.outcome.finalMetrics.end(); ++it)
        metrics.insert(it.key(), jsonNumber(it.value()));
    return QJsonObject {
        {QStringLiteral("run_id"), result.runId},
        {QStringLiteral("status"), runStatusKey(result.status)},
        {QStringLiteral("error"), result.error},
        {QStringLiteral("parent_run_id"), result.parentRunId.isEmpty() ? QJsonValue() : QJsonValue(result.parentRunId)},
        {QStringLiteral("dataset"), datasetReferenceJson(result.datasetReference)},
        {QStringLiteral("config_hash"), result.config.hash()},
        {QStringLiteral("model"), result.config.model.summary()},
        {QStringLiteral("parameter_count"), result.outcome.parameterCount},
        {QStringLiteral("device"), result.outcome.device},
        {QStringLiteral("threads"), result.outcome.threads},
        {QStringLiteral("steps"), result.outcome.steps},
        {QStringLiteral("epochs"), result.outcome.epochs},
        {QStringLiteral("stopped_early"), result.outcome.stoppedEarly},
        {QStringLiteral("metrics"), metrics}};
}

void printResult(Context& context, const TrainingResult& result, const QString& registered)
{
    if (context.json) {
        QJsonObject json = resultJson(result);
        if (!result.warnings.isEmpty())
            json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
        if (!registered.isEmpty())
            json.insert(QStringLiteral("registered"), registered);
        context.printJson(json);
        return;
    }
    context.out << "Run " << result.runId << " " << runStatusKey(result.status);
    if (!result.error.isEmpty())
        context.out << ": " << result.error;
    context.out << "\n  model " << result.config.model.summary() << " (" << result.outcome.parameterCount
                << " parameters) on " << result.outcome.device << ", " << result.outcome.threads << " thread(s)\n"
                << "  " << result.outcome.epochs << " epoch(s), " << result.outcome.steps << " steps\n";
    for (auto it = result.outcome.finalMetrics.begin(); it != result.outcome.finalMetrics.end(); ++it)
        context.out << "  " << it.key().leftJustified(14) << " " << QString::number(it.value(), 'g', 5) << "\n";
    for (const QString& warning : result.warnings)
        context.err << "crucible-cli: warning: run " << result.runId << ": " << warning << "\n";
    if (result.status == RunStatus::Stopped)
        context.out << "Continue it with: crucible-cli train --resume " << result.runId << "\n";
    if (!registered.isEmpty())
        context.out << "Registered the model as " << registered << "\n";
}

/// --register NAME [--alias A]: puts a finished run's model into the registry.
Result<QString> registerModel(const Context& context, const Workspace& workspace, const Arguments& arguments,
                              const TrainingResult& result)
{
    if (!arguments.has(QStringLiteral("register")) || result.status != RunStatus::Finished)
        return QString();
    auto registry = ModelRegistry::open(resolveRegistryFolder(workspace, context.registryOption));
    if (!registry)
        return registry.error();
    auto version =
        RunPackager(workspace).registerRun(*registry.value(), result.runId, arguments.value(QStringLiteral("register")),
                                           arguments.value(QStringLiteral("alias")));
    if (!version)
        return version.error();
    return version->reference();
}

/// Maps the short options onto recipe keys, in the order given, before --set.
Result<QStringList> overridesFrom(const Arguments& arguments)
{
    static const QList<QPair<QString, QString>> shortcuts {
        {QStringLiteral("model"), QStringLiteral("model")},
        {QStringLiteral("epochs"), QStringLiteral("epochs")},
        {QStringLiteral("batch"), QStringLiteral("batch_size")},
        {QStringLiteral("lr"), QStringLiteral("lr")},
        {QStringLiteral("optimizer"), QStringLiteral("optimizer")},
        {QStringLiteral("seed"), QStringLiteral("seed")},
        {QStringLiteral("device"), QStringLiteral("device")},
        {QStringLiteral("threads"), QStringLiteral("threads")},
    };
    QStringList overrides;
    const QStringList sets = arguments.values(QStringLiteral("set"));
    for (const auto& [option, key] : shortcuts) {
        if (!arguments.has(option))
            continue;
        // "-e 1 --set epochs=2": which one was meant cannot be told; neither silently wins.
        for (const QString& set : sets) {
            if (set.section(QLatin1Char('='), 0, 0).trimmed() == key)
                return Error {ErrorCode::InvalidInput,
                              QStringLiteral("--%1 %2 and --set %3 both set %4: give one")
                                  .arg(option, arguments.value(option), set, key),
                              QStringLiteral("--set")};
        }
        overrides << key + QLatin1Char('=') + arguments.value(option);
    }
    overrides << sets;
    return overrides;
}

/// More intra-op threads than logical cores only slows training down (they take turns on the
/// cores): such a request is capped to the core count with a warning, unless --force-threads.
void capThreads(Context& context, QStringList& overrides, bool forced)
{
    const int cores = std::max(1, QThread::idealThreadCount());
    for (QString& assignment : overrides) {
        if (!assignment.startsWith(QLatin1String("threads=")))
            continue;
        bool isNumber = false;
        const int asked = assignment.mid(8).trimmed().toInt(&isNumber);
        if (!isNumber || asked <= cores || forced)
            continue;
        context.err << "crucible-cli: warning: " << asked << " threads is more than this machine's " << cores
                    << " logical core(s), which only slows training down; using " << cores << " (--force-threads keeps "
                    << asked << ")\n";
        assignment = QStringLiteral("threads=%1").arg(cores);
    }
}

/// Exit code of a training that ended as `status` (the shell's code for a stop by a signal).
int exitCodeOf(Context& context, const TrainingResult& result)
{
    switch (result.status) {
    case RunStatus::Finished:
        return Success;
    case RunStatus::Stopped:
        return 128 + (interruptSignal() != 0 ? interruptSignal() : SIGINT);
    default:
        if (!context.json)
            context.err << "crucible-cli: error: run " << result.runId << " failed: " << result.error << "\n";
        return BadInput;
    }
}

int train(Context& context, const Arguments& arguments)
{
    // First: a Ctrl+C that comes while the workspace opens or the workers meet is a stop too.
    InterruptGuard guard;
    if (!arguments.positionals().isEmpty())
        return context.usage(
            QStringLiteral("train takes no positional arguments (got '%1')").arg(arguments.positionals().first()));
    if (arguments.has(QStringLiteral("emit")))
        return emitClusterJob(context, arguments);
    auto parallel = dataParallelFromEnvironment(QProcessEnvironment::systemEnvironment());
    if (!parallel)
        return context.fail(parallel.error());
    if (arguments.has(QStringLiteral("nproc"))) {
        bool isNumber = false;
        const int processes = arguments.value(QStringLiteral("nproc")).toInt(&isNumber);
        if (!isNumber || processes < 1 || processes > 256)
            return context.usage(QStringLiteral("--nproc takes 1 to 256 worker processes (got '%1')")
                                     .arg(arguments.value(QStringLiteral("nproc"))));
        if (parallel->isActive())
            return context.usage(QStringLiteral("--nproc starts the workers itself: a worker that a launcher started "
                                                "(WORLD_SIZE or SLURM_NTASKS is set) runs without it"));
        for (const QString& option : launcherOptions())
            if (option != QLatin1String("nproc") && arguments.has(option))
                return context.usage(QStringLiteral("--%1 goes with --emit").arg(option));
        if (processes > 1)
            return launchLocalWorkers(context, arguments, processes);
    } else {
        for (const QString& option : launcherOptions())
            if (arguments.has(option))
                return context.usage(QStringLiteral("--%1 goes with --emit").arg(option));
    }
    TrainingRequest request;
    request.parallel = parallel.value();
    request.resumeRun = arguments.value(QStringLiteral("resume"));
    request.dataset = arguments.value(QStringLiteral("data"));
    if (request.resumeRun.isEmpty() && request.dataset.isEmpty())
        return context.usage(QStringLiteral("train needs --data NAME (or --resume RUN)"));
    if (!request.resumeRun.isEmpty() && !request.dataset.isEmpty())
        return context.usage(QStringLiteral("--resume continues on the run's own dataset: leave out --data"));
    auto overrides = overridesFrom(arguments);
    if (!overrides)
        return context.usage(overrides.error().message);
    request.overrides = overrides.value();
    capThreads(context, request.overrides, arguments.has(QStringLiteral("force-threads")));
    request.experiment = arguments.value(QStringLiteral("experiment"), QStringLiteral("Default"));
    request.name = arguments.value(QStringLiteral("name"));
    request.tags = arguments.values(QStringLiteral("tag"));
    request.defaultThreads = headlessThreadCount();

    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    if (!request.parallel.isLeader()) {
        WorkerObserver quiet;
        auto result = runTraining(*workspace.value(), torchBackend(), request, quiet);
        if (!result && result.error().code == ErrorCode::Cancelled)
            return 128 + (interruptSignal() != 0 ? interruptSignal() : SIGINT);
        if (!result)
            return context.fail(result.error());
        if (result->status == RunStatus::Failed) // the message names the rank
            context.err << "crucible-cli: error: " << result->error << "\n";
        return result->status == RunStatus::Finished ? int(Success)
            : result->status == RunStatus::Stopped   ? 128 + (interruptSignal() != 0 ? interruptSignal() : SIGINT)
                                                     : int(BadInput);
    }
    CliObserver observer(context);
    auto result = runTraining(*workspace.value(), torchBackend(), request, observer);
    finishTerminalProgress(context.err);
    if (!result && result.error().code == ErrorCode::Cancelled) { // stopped before a run existed
        if (!context.json)
            context.err << "Stopped before training began: " << result.error().message << "\n";
        return 128 + (interruptSignal() != 0 ? interruptSignal() : SIGINT);
    }
    if (!result)
        return context.fail(result.error());
    const auto registered = registerModel(context, *workspace.value(), arguments, result.value());
    if (!registered) { // the run is kept; with --json the one document is the error, naming it
        if (!context.json)
            printResult(context, result.value(), QString());
        Error error = registered.error();
        error.message =
            QStringLiteral("run %1 finished, but registering its model failed: %2").arg(result->runId, error.message);
        return context.fail(error);
    }
    printResult(context, result.value(), registered.value());
    return exitCodeOf(context, result.value());
}

/// runs rerun RUN [--check]: trains again from the run's own record; --check compares every point.
int rerun(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(
            QStringLiteral("runs rerun takes one RUN: runs rerun RUN [--check] [--threads N] [--set key=value ...]"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    const Workspace& ws = *workspace.value();
    RunCatalog catalog(ws);
    auto id = catalog.resolve(arguments.positionals().first());
    if (!id)
        return context.fail(id.error());
    auto original = catalog.run(id.value());
    if (!original)
        return context.fail(original.error());
    QStringList overrides;
    if (arguments.has(QStringLiteral("threads")))
        overrides << QStringLiteral("threads=") + arguments.value(QStringLiteral("threads"));
    overrides << arguments.values(QStringLiteral("set"));
    auto request = repro::rerunRequest(ws, original.value(), overrides);
    if (!request)
        return context.fail(request.error());
    request->defaultThreads = headlessThreadCount();
    const bool check = arguments.has(QStringLiteral("check"));
    const bool exact = original->config.value(QStringLiteral("deterministic")).toBool();
    if (check && !exact)
        context.err << "Run " << original->id
                    << " was trained without deterministic mode (recipe key deterministic=false): only approximate "
                       "agreement can be expected, so metrics are compared within "
                    << repro::kTolerance * 100 << " % (relative).\n";
    if (check && !overrides.isEmpty())
        context.err << "The recipe is changed for this rerun (" << overrides.join(QStringLiteral(", "))
                    << "): differences from run " << original->id << " are to be expected.\n";
    CliObserver observer(context);
    InterruptGuard guard;
    auto result = runTraining(ws, torchBackend(), request.value(), observer);
    finishTerminalProgress(context.err);
    if (!result)
        return context.fail(result.error());
    if (!check || result->status != RunStatus::Finished) {
        printResult(context, result.value(), QString());
        return exitCodeOf(context, result.value());
    }
    auto compared = repro::compareRuns(ws, original->id, result->runId);
    if (!compared)
        return context.fail(compared.error());
    if (const Status recorded = repro::recordCheck(ws, compared.value()); !recorded)
        context.err << "crucible-cli: warning: the verdict could not be recorded with run " << result->runId << ": "
                    << recorded.error().text() << "\n";
    const repro::ReproductionCheck& c = compared.value();
    if (context.json) {
        context.printJson(
            QJsonObject {{QStringLiteral("run"), resultJson(result.value())}, {QStringLiteral("check"), c.toJson()}});
        return c.reproduced() ? Success : NotReproduced;
    }
    context.out << "Rerun " << result->runId << " of run " << original->id << " (" << original->name << ")\n"
                << c.summary() << "\n";
    if (!c.skippedKeys.isEmpty())
        context.out << "  not compared (timings): " << c.skippedKeys.join(QStringLiteral(", ")) << "\n";
    if (c.environment.isEmpty()) {
        context.out << "The environment is the same: Crucible, LibTorch, BLAS and its kernels, CPU, threads.\n";
    } else {
        context.out << "What differs in the environment (original -> rerun):\n";
        int width = 0;
        for (const repro::EnvironmentChange& change : c.environment)
            width = std::max(width, int(change.key.size()));
        for (const repro::EnvironmentChange& change : c.environment)
            context.out << "  " << change.key.leftJustified(width) << "  " << change.original << " -> " << change.rerun
                        << "\n";
    }
    return c.reproduced() ? Success : NotReproduced;
}

} // namespace

void addTrainCommands(CommandTable& table)
{
    table.push_back(makeCommand(
        "train", "--data NAME --model SPEC | --resume RUN", "train a model on a dataset version and record the run",
        {option("data", "NAME[@HASH]", "the dataset version to train on", 'd'),
         option("model", "SPEC", "auto, mlp, cnn, resnet, linear; mlp:256,128 or cnn:32,64; JSON or a JSON file", 'm'),
         option("epochs", "N", "passes over the training split", 'e'),
         option("batch", "N", "rows per step", 'b'),
         option("lr", "X", "the learning rate"),
         option("optimizer", "adam|adamw|sgd", "the optimizer"),
         option("seed", "N", "the random seed"),
         option("device", "DEVICE", "auto (default), cpu, or cuda[:i] where a GPU is available"),
         option("threads", "N", "CPU threads (default: the cores, at most 8)"),
         flag("force-threads", "use --threads even beyond the cores"),
         option("experiment", "NAME", "the experiment to record the run in (default Default)", 'x'),
         option("name", "NAME", "the run's name", 'n'),
         option("tag", "TAG", "a tag (repeat for several)", 't'),
         option("set", "KEY=VALUE", "any recipe key (repeat for several)", 's'),
         option("resume", "RUN", "continue a stopped run from its last checkpoint"),
         option("register", "NAME", "register the model when the run finishes"),
         option("alias", "ALIAS", "with --register: point this alias at it"),
         option("nproc", "N", "data-parallel: start N worker processes here (one run); with --emit slurm, per node"),
         option("emit", "kubeflow|slurm", "print a PyTorchJob manifest or an sbatch script for this training"),
         option("image", "IMAGE", "with --emit: the container image holding crucible-cli"),
         option("nodes", "N", "with --emit: machines (pods or Slurm nodes; default 2)"),
         option("cpus", "N", "with --emit: CPUs per worker"),
         option("memory", "SIZE", "with --emit: memory per worker (8Gi)"),
         option("gpus", "N", "with --emit: GPUs per worker"),
         option("job-name", "NAME", "with --emit: the job's name (default crucible-train)")},
        train, "train -d fashion-mnist -m cnn -e 5 -b 128 --register fm",
        "Ctrl+C stops the run after the current step and keeps its checkpoint: continue it with --resume. "
        "A loss that diverges ends the run as failed, with the step. "
        "Data-parallel: --nproc N trains one run in N processes (Gloo); a worker started by torchrun, a PyTorchJob or "
        "Slurm (RANK/WORLD_SIZE/MASTER_ADDR or SLURM_PROCID/SLURM_NTASKS) joins its group by itself, and rank 0 "
        "records the run."));
    table.push_back(makeCommand("runs rerun", "RUN", "train again from the run's record",
                                {flag("check", "compare every point with the original (exit 6 when not reproduced)"),
                                 option("threads", "N", "CPU threads"),
                                 option("set", "KEY=VALUE", "change a recipe key (repeat for several)", 's')},
                                rerun, "runs rerun 3f2a --check"));
}

} // namespace crucible::cli
