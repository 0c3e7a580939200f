// crucible-cli sweep create|run|resume|show|list|stop: hyperparameter searches over recipes, each
// trial a training run filed under the sweep's run.
#include "Arguments.h"
#include "Cli.h"
#include "Interrupt.h"
#include "TextTable.h"

#include "engine/core/Duration.h"
#include "engine/core/Names.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/Workspace.h"
#include "engine/sweep/Study.h"
#include "engine/sweep/SweepRunner.h"
#include "engine/torch/Trainer.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>

namespace crucible::cli {

namespace {

QString number(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 6) : QStringLiteral("-");
}

QString paramsText(const QJsonObject& params)
{
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonValue value = it.value();
        parts << it.key() + QLatin1Char('=')
                + (value.isDouble() && value.toDouble() != std::floor(value.toDouble())
                       ? QString::number(value.toDouble(), 'g', 4)
                       : sweepValueText(value));
    }
    return parts.join(QLatin1Char(' '));
}

QJsonValue numberJson(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QJsonObject trialJson(const Trial& trial)
{
    QJsonObject intermediate;
    for (auto it = trial.intermediate.begin(); it != trial.intermediate.end(); ++it)
        intermediate.insert(QString::number(it.key()), numberJson(it.value()));
    QJsonObject json {{QStringLiteral("number"), trial.number},
                      {QStringLiteral("state"), trialStateKey(trial.state)},
                      {QStringLiteral("run_id"), trial.runId},
                      {QStringLiteral("params"), trial.params},
                      {QStringLiteral("value"), numberJson(trial.value)},
                      {QStringLiteral("intermediate"), intermediate},
                      {QStringLiteral("seconds"), trial.seconds() >= 0 ? QJsonValue(trial.seconds()) : QJsonValue()}};
    if (trial.state == TrialState::Pruned)
        json.insert(QStringLiteral("pruned_at_epoch"), trial.prunedEpoch);
    if (!trial.error.isEmpty())
        json.insert(QStringLiteral("error"), trial.error);
    return json;
}

QJsonObject sweepJson(const SweepRecord& sweep)
{
    const Result<SweepSpec> spec = SweepSpec::fromJson(sweep.spec, sweep.name);
    QJsonObject json {{QStringLiteral("id"), sweep.id},
                      {QStringLiteral("name"), sweep.name},
                      {QStringLiteral("status"), sweep.status},
                      {QStringLiteral("message"), sweep.message},
                      {QStringLiteral("run_id"), sweep.parentRunId},
                      {QStringLiteral("created_at"), sweep.createdAt.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("spec"), sweep.spec}};
    QJsonArray trials;
    for (const Trial& trial : sweep.trials)
        trials.append(trialJson(trial));
    json.insert(QStringLiteral("trials"), trials);
    if (spec) {
        const Study study(spec.value(), sweep.trials);
        if (const Trial* best = study.best())
            json.insert(QStringLiteral("best"), trialJson(*best));
        QJsonObject importance;
        const QMap<QString, double> shares = study.importance();
        for (auto it = shares.begin(); it != shares.end(); ++it)
            importance.insert(it.key(), it.value());
        json.insert(QStringLiteral("importance"), importance);
        json.insert(QStringLiteral("importance_method"),
                    QStringLiteral("share of the objective's variance each parameter explains alone (eta squared)"));
    }
    return json;
}

void printSweep(QTextStream& out, const SweepRecord& sweep)
{
    const Result<SweepSpec> spec = SweepSpec::fromJson(sweep.spec, sweep.name);
    out << "Sweep " << sweep.name << " (" << sweep.id.left(12) << "): " << sweep.status;
    if (!sweep.message.isEmpty())
        out << " - " << sweep.message;
    out << "\n";
    if (!spec) {
        out << "Its file cannot be read: " << spec.error().text() << "\n";
        return;
    }
    out << "Objective: " << (spec->minimize ? "minimize " : "maximize ") << spec->metric << "; strategy "
        << spec->strategy << ", pruner " << spec->pruner << ", budget " << spec->trials << " trials";
    if (spec->minutes > 0)
        out << " or " << spec->minutes << " min";
    out << "; data " << spec->dataset << "\n";
    for (const SweepParam& param : spec->space.params)
        out << "  " << param.name << ": " << param.summary() << "\n";
    out << "\n";
    QList<QStringList> rows;
    for (const Trial& trial : sweep.trials) {
        QString state = trialStateKey(trial.state);
        if (trial.state == TrialState::Pruned)
            state += QStringLiteral(" @%1").arg(trial.prunedEpoch);
        const double last = trial.intermediate.isEmpty() ? std::nan("") : trial.intermediate.last();
        rows << QStringList {QString::number(trial.number),
                             state,
                             number(trial.state == TrialState::Complete ? trial.value : last),
                             trial.seconds() >= 0 ? formatDuration(trial.seconds(), DurationStyle::Units) : QString(),
                             trial.runId.left(12),
                             paramsText(trial.params)};
    }
    if (rows.isEmpty()) {
        out << "No trials yet. Run them with: crucible-cli sweep run " << sweep.name << "\n";
        return;
    }
    printTable(out,
               {QStringLiteral("#"), QStringLiteral("state"), spec->metric, QStringLiteral("time"),
                QStringLiteral("run"), QStringLiteral("params")},
               rows, 80);
    const Study study(spec.value(), sweep.trials);
    if (const Trial* best = study.best()) {
        out << "\nBest: trial #" << best->number << ", " << spec->metric << " " << number(best->value) << " (run "
            << best->runId.left(12) << ")\n  " << paramsText(best->params) << "\n";
    }
    const QMap<QString, double> importance = study.importance();
    if (!importance.isEmpty()) {
        out << "\nParameter importance (share of the objective's variance each explains alone):\n";
        QList<QPair<double, QString>> sorted;
        for (auto it = importance.begin(); it != importance.end(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& [share, name] : sorted) {
            const int bar = int(std::lround(share * 30));
            out << "  " << name.leftJustified(18) << " " << QString(bar, QChar(0x2588)).leftJustified(31)
                << QString::number(share * 100, 'f', 1) << "%\n";
        }
    }
}

/// Prints each trial as it ends on stderr, and stops on Ctrl+C or SIGTERM.
class CliSweepObserver : public SweepObserver {
public:
    CliSweepObserver(Context& context, const QString& metric) : m_context(context), m_metric(metric) { }
    void trialStarted(const Trial& trial) override
    {
        m_context.err << "[#" << trial.number << "] started: " << paramsText(trial.params) << "\n";
        m_context.err.flush();
    }
    void trialFinished(const Trial& trial) override
    {
        m_context.err << "[#" << trial.number << "] " << trialStateKey(trial.state);
        if (trial.state == TrialState::Complete)
            m_context.err << ": " << m_metric << " " << number(trial.value);
        else if (trial.state == TrialState::Pruned)
            m_context.err << " after epoch " << trial.prunedEpoch << " (" << m_metric << " "
                          << number(trial.intermediate.value(trial.prunedEpoch, std::nan(""))) << ")";
        else if (!trial.error.isEmpty())
            m_context.err << ": " << trial.error;
        if (trial.seconds() >= 0)
            m_context.err << " in " << formatDuration(trial.seconds(), DurationStyle::Units);
        m_context.err << "\n";
        m_context.err.flush();
    }
    bool isStopRequested() override { return interruptSignal() != 0; }

private:
    Context& m_context;
    QString m_metric;
};

int createCommand(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(context.synopsis());
    const QString path = arguments.positionals().front();
    QTemporaryDir stdinFolder;
    const auto readable = readablePath(context, path, stdinFolder.path(), QStringLiteral("stdin.yaml"));
    if (!readable)
        return context.fail(readable.error());
    QFile file(readable.value());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail({ErrorCode::Io, QStringLiteral("cannot read it: %1").arg(file.errorString()), path});
    const QByteArray text = file.read(4 * 1024 * 1024 + 1);
    if (text.size() > 4 * 1024 * 1024)
        return context.fail({ErrorCode::InvalidInput, QStringLiteral("a sweep file is at most 4 MiB"), path});
    QJsonObject json;
    Result<SweepSpec> spec = SweepSpec::parse(text, path == QLatin1String("-") ? QStringLiteral("stdin") : path);
    if (!spec)
        return context.fail(spec.error());
    if (arguments.has(QStringLiteral("name"))) {
        QJsonObject renamed = spec->toJson();
        renamed.insert(QStringLiteral("name"), arguments.value(QStringLiteral("name")));
        spec = SweepSpec::fromJson(renamed, path);
        if (!spec)
            return context.fail(spec.error());
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    Result<SweepRecord> sweep = createSweep(*workspace.value(), spec.value());
    if (!sweep)
        return context.fail(sweep.error());
    if (context.json) {
        context.printJson(sweepJson(sweep.value()));
        return Success;
    }
    context.out << "Created sweep " << sweep->name << " (" << sweep->id.left(12) << "): " << spec->trials << " trials, "
                << spec->strategy << ", objective " << spec->metric << ".\n"
                << "Run it with: crucible-cli sweep run " << sweep->name << " [--parallel N]\n";
    return Success;
}

int runOrResume(Context& context, const Arguments& arguments, bool isResume)
{
    if (arguments.positionals().size() != 1)
        return context.usage(context.synopsis());
    SweepRunOptions options;
    bool ok = true;
    options.parallel = arguments.value(QStringLiteral("parallel"), QStringLiteral("1")).toInt(&ok);
    if (!ok || options.parallel < 1 || options.parallel > 64)
        return context.usage(QStringLiteral("--parallel takes a number of trials at once, 1 to 64"));
    const int cores = std::max(1, QThread::idealThreadCount());
    options.threads = arguments.value(QStringLiteral("threads"), QString::number(cores)).toInt(&ok);
    if (!ok || options.threads < 1)
        return context.usage(QStringLiteral("--threads takes a positive number of cores to share"));
    if (options.threads > cores) {
        context.err << "Note: --threads " << options.threads << " is more than this machine's " << cores
                    << " cores; the trials share " << cores << ".\n";
        options.threads = cores;
    }
    if (options.parallel > options.threads)
        context.err << "Note: " << options.parallel << " trials at once on " << options.threads
                    << " cores; each trial gets one thread.\n";
    // What is registered at the end is checked now, not after an hour of trials.
    const QString registerName = arguments.value(QStringLiteral("register"));
    const QString alias = arguments.value(QStringLiteral("alias"));
    if (arguments.has(QStringLiteral("register")) && registerName.isEmpty())
        return context.usage(QStringLiteral("--register takes the model name to register the best trial under"));
    if (arguments.has(QStringLiteral("alias")) && registerName.isEmpty())
        return context.usage(QStringLiteral("--alias needs --register NAME"));
    if (!registerName.isEmpty()) {
        if (const Status named = names::check(registerName, QStringLiteral("a model name"), names::Use::PathComponent);
            !named)
            return context.fail(named.error());
        if (!alias.isEmpty()) {
            if (const Status named = names::check(alias, QStringLiteral("an alias"), names::Use::PathComponent); !named)
                return context.fail(named.error());
        }
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    SweepStore store(*workspace.value());
    Result<SweepRecord> before = store.sweep(arguments.positionals().front());
    if (!before)
        return context.fail(before.error());
    if (before->status == QLatin1String("running"))
        return context.fail({ErrorCode::Busy,
                             QStringLiteral("sweep '%1' is running in process %2 on %3; stop it with: crucible-cli "
                                            "sweep stop %1")
                                 .arg(before->name, QString::number(before->ownerPid), before->ownerHost),
                             QStringLiteral("sweeps")});
    if (before->status == QLatin1String("finished"))
        return context.fail(
            {ErrorCode::InvalidInput,
             QStringLiteral("sweep '%1' has finished: its budget is spent and nothing is left to run. "
                            "To search further, create another: crucible-cli sweep create FILE --name NEW")
                 .arg(before->name),
             QStringLiteral("sweeps")});
    Result<SweepSpec> spec = SweepSpec::fromJson(before->spec, before->name);
    if (!spec)
        return context.fail(spec.error());
    std::unique_ptr<ModelRegistry> registry;
    if (!registerName.isEmpty()) {
        auto opened = ModelRegistry::open(resolveRegistryFolder(*workspace.value(), context.registryOption));
        if (!opened)
            return context.fail(opened.error());
        registry = std::move(opened.value());
    }
    options.backend = &torchBackend();
    CliSweepObserver observer(context, spec->metric);
    InterruptGuard guard;
    context.err << (isResume ? "Resuming" : "Running") << " sweep " << before->name << ": " << spec->trials
                << " trials, " << options.parallel << " at once, " << std::max(1, options.threads / options.parallel)
                << " thread(s) each. Ctrl+C stops it (resume "
                << "with: crucible-cli sweep resume " << before->name << ").\n";
    context.err.flush();
    Result<SweepRunResult> result = runSweep(*workspace.value(), before->id, options, observer);
    if (!result)
        return context.fail(result.error());
    const SweepRecord& sweep = result->sweep;
    QJsonObject json = sweepJson(sweep);
    int code = result->status == QLatin1String("failed") ? BadInput : Success;
    if (!registerName.isEmpty() && result->status == QLatin1String("stopped")) {
        // Stopped: the user asked for it to end, not for a model from half a search.
        json.insert(QStringLiteral("registered"), QJsonValue());
        if (!context.json)
            context.err << "Not registered: the sweep was stopped. Register its best trial later with: crucible-cli "
                           "models register RUN --name "
                        << registerName << "\n";
    } else if (!registerName.isEmpty()) {
        const Study study(spec.value(), sweep.trials);
        const Trial* best = study.best();
        if (!best || best->runId.isEmpty()) {
            const Error error {ErrorCode::InvalidInput, QStringLiteral("no trial completed; nothing was registered"),
                               sweep.name};
            if (!context.json)
                return context.fail(error);
            json.insert(QStringLiteral("registered"), QJsonValue());
            code = BadInput;
        } else {
            const auto version =
                RunPackager(*workspace.value()).registerRun(*registry, best->runId, registerName, alias);
            if (!version)
                return context.fail(version.error());
            json.insert(QStringLiteral("registered"), version->reference());
            if (!context.json)
                context.err << "Registered the best trial (#" << best->number << ", run " << best->runId.left(12)
                            << ") as " << version->reference() << ".\n";
        }
    }
    if (context.json)
        context.printJson(json);
    else
        printSweep(context.out, sweep);
    if (result->status == QLatin1String("stopped") && interruptSignal() != 0)
        return 128 + interruptSignal();
    return code;
}

int runCommand(Context& context, const Arguments& arguments)
{
    return runOrResume(context, arguments, false);
}

int resumeCommand(Context& context, const Arguments& arguments)
{
    return runOrResume(context, arguments, true);
}

int showCommand(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(context.synopsis());
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    Result<SweepRecord> sweep = SweepStore(*workspace.value()).sweep(arguments.positionals().front());
    if (!sweep)
        return context.fail(sweep.error());
    if (context.json)
        context.printJson(sweepJson(sweep.value()));
    else
        printSweep(context.out, sweep.value());
    return Success;
}

int listCommand(Context& context, const Arguments& arguments)
{
    if (!arguments.positionals().isEmpty())
        return context.usage(context.synopsis());
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    Result<QList<SweepRecord>> sweeps = SweepStore(*workspace.value()).sweeps();
    if (!sweeps)
        return context.fail(sweeps.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const SweepRecord& sweep : sweeps.value()) {
        const Result<SweepSpec> spec = SweepSpec::fromJson(sweep.spec, sweep.name);
        int finished = 0;
        for (const Trial& trial : sweep.trials)
            finished += trial.isFinished();
        QString best = QStringLiteral("-");
        if (spec) {
            const Study study(spec.value(), sweep.trials);
            if (const Trial* trial = study.best())
                best = spec->metric + QLatin1Char(' ') + number(trial->value);
        }
        QJsonObject json {{QStringLiteral("id"), sweep.id},
                          {QStringLiteral("name"), sweep.name},
                          {QStringLiteral("status"), sweep.status},
                          {QStringLiteral("trials"), int(sweep.trials.size())},
                          {QStringLiteral("finished"), finished},
                          {QStringLiteral("budget"), spec ? spec->trials : 0},
                          {QStringLiteral("created_at"), sweep.createdAt.toString(Qt::ISODateWithMs)}};
        array.append(json);
        rows << QStringList {sweep.id.left(12),
                             sweep.name,
                             sweep.status,
                             QStringLiteral("%1/%2").arg(finished).arg(spec ? spec->trials : 0),
                             best,
                             sweep.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
    }
    if (context.json) {
        context.printJson({{QStringLiteral("sweeps"), array}});
        return Success;
    }
    if (rows.isEmpty()) {
        context.out << "No sweeps yet. Create one with: crucible-cli sweep create SPEC.yaml\n";
        return Success;
    }
    printTable(context.out,
               {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("trials"),
                QStringLiteral("best"), QStringLiteral("created")},
               rows);
    return Success;
}

int stopCommand(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(context.synopsis());
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    SweepStore store(*workspace.value());
    Result<SweepRecord> sweep = store.sweep(arguments.positionals().front());
    if (!sweep)
        return context.fail(sweep.error());
    if (Status stopped = store.requestStop(sweep->id); !stopped)
        return context.fail(stopped.error());
    const bool running = sweep->status == QLatin1String("running");
    if (context.json) {
        const Result<SweepRecord> after = store.sweep(sweep->id);
        context.printJson({{QStringLiteral("id"), sweep->id},
                           {QStringLiteral("name"), sweep->name},
                           {QStringLiteral("stop_requested"), running},
                           {QStringLiteral("status"), after ? after->status : sweep->status}});
        return Success;
    }
    if (running)
        context.out << "Asked sweep " << sweep->name << " to stop (process " << sweep->ownerPid
                    << "); its running trials stop after their current step.\n";
    else
        context.out << "Sweep " << sweep->name
                    << (sweep->status == QLatin1String("finished") || sweep->status == QLatin1String("stopped")
                            ? QStringLiteral(" is not running (%1); nothing to stop.").arg(sweep->status)
                            : QStringLiteral(" is not running (%1); it is marked stopped now, and resume continues it.")
                                  .arg(sweep->status))
                    << "\n";
    return Success;
}

} // namespace

void addSweepCommands(CommandTable& table)
{
    table.push_back(makeCommand("sweep create", "SPEC", "a search from a YAML or JSON sweep file (- reads stdin)",
                                {option("name", "NAME", "the sweep's name (default: the file's)", 'n')}, createCommand,
                                "sweep create lr-search.yaml"));
    const std::vector<Option> running {option("parallel", "N", "trials at once (default 1)", 'j'),
                                       option("threads", "N", "threads for all trials together (default: the cores)"),
                                       option("register", "NAME", "register the best trial's model under NAME"),
                                       option("alias", "ALIAS", "with --register: point this alias at it")};
    table.push_back(makeCommand("sweep run", "SWEEP", "run a sweep's trials", running, runCommand,
                                "sweep run lr-search --parallel 2 --register iris"));
    table.push_back(makeCommand("sweep resume", "SWEEP", "run the trials left over again", running, resumeCommand,
                                "sweep resume lr-search"));
    table.push_back(makeCommand("sweep show", "SWEEP", "trials, the best trial, parameter importance", {}, showCommand,
                                "sweep show lr-search"));
    table.push_back(makeCommand("sweep list", "", "every sweep", {}, listCommand, "sweep list"));
    table.push_back(makeCommand("sweep stop", "SWEEP", "stop a running sweep; its trials end as stopped", {},
                                stopCommand, "sweep stop lr-search"));
}

} // namespace crucible::cli
