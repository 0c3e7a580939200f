// crucible-cli pipeline check|run|resume|list|show|daemon, and models gate: automated retraining
// from a YAML pipeline file, and the challenger-against-champion check for CI systems.
#include "Arguments.h"
#include "Cli.h"
#include "Interrupt.h"
#include "TextTable.h"

#include "engine/core/Duration.h"
#include "engine/pipeline/Evaluate.h"
#include "engine/pipeline/PipelineRunner.h"
#include "engine/pipeline/Triggers.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/Workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

#include <cmath>
#include <csignal>

namespace crucible::cli {

namespace {

/// Prints each step as it starts and ends on stderr: "[train] train ...", "[train] succeeded in 4.1s: ...".
class CliPipelineObserver : public PipelineObserver {
public:
    CliPipelineObserver(Context& context, bool verbose) : m_context(context), m_verbose(verbose) { }

    void runStarted(const PipelineRunRecord& run) override
    {
        m_context.err << "Pipeline " << run.pipeline << ", run " << run.id.left(12) << " ("
                      << run.trigger.value(QStringLiteral("kind")).toString() << ")\n";
        m_context.err.flush();
    }
    void stepStarted(const StepSpec& step, int attempt) override
    {
        m_clock.start();
        m_context.err << "[" << step.id << "] " << step.kind
                      << (attempt > 1 ? QStringLiteral(" (attempt %1)").arg(attempt) : QString()) << " ...\n";
        m_context.err.flush();
    }
    void stepLog(const QString& step, const QString& line) override
    {
        if (!m_verbose)
            return;
        m_context.err << "    " << step << ": " << line << "\n";
        m_context.err.flush();
    }
    void stepFinished(const PipelineStepRecord& step) override
    {
        m_context.err << "[" << step.step << "] " << step.status;
        if (step.status != QLatin1String("skipped") && step.status != QLatin1String("cached") && m_clock.isValid())
            m_context.err << " in " << formatDuration(double(m_clock.elapsed()) / 1000.0, DurationStyle::Units);
        if (!step.message.isEmpty())
            m_context.err << ": " << step.message;
        m_context.err << "\n";
        m_context.err.flush();
        m_clock.invalidate();
    }
    bool isStopRequested() override { return interruptSignal() != 0; }

private:
    Context& m_context;
    bool m_verbose;
    QElapsedTimer m_clock;
};

QJsonObject runJson(const PipelineRunRecord& run)
{
    QJsonArray steps;
    for (const PipelineStepRecord& step : run.steps) {
        QJsonObject json {{QStringLiteral("id"), step.step},         {QStringLiteral("kind"), step.kind},
                          {QStringLiteral("status"), step.status},   {QStringLiteral("attempts"), step.attempts},
                          {QStringLiteral("message"), step.message}, {QStringLiteral("outputs"), step.outputs}};
        const double seconds = step.seconds();
        json.insert(QStringLiteral("seconds"), seconds >= 0 ? QJsonValue(seconds) : QJsonValue());
        steps.append(json);
    }
    return {{QStringLiteral("run_id"), run.id},
            {QStringLiteral("pipeline"), run.pipeline},
            {QStringLiteral("file"), run.file},
            {QStringLiteral("status"), run.status},
            {QStringLiteral("message"), run.message},
            {QStringLiteral("trigger"), run.trigger},
            {QStringLiteral("params"), run.params},
            {QStringLiteral("created_at"), run.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("ended_at"),
             run.endedAt.isValid() ? QJsonValue(run.endedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
            {QStringLiteral("steps"), steps}};
}

int exitCodeOf(const QString& status)
{
    if (status == QLatin1String("succeeded"))
        return Success;
    if (status == QLatin1String("rejected"))
        return Rejected;
    if (status == QLatin1String("stopped"))
        return 128 + (interruptSignal() != 0 ? interruptSignal() : SIGINT);
    return BadInput;
}

int reportOutcome(Context& context, const PipelineOutcome& outcome)
{
    if (context.json) {
        QJsonObject json = runJson(outcome.record);
        json.insert(QStringLiteral("promoted"), outcome.promoted);
        context.printJson(json);
    } else {
        context.out << "Pipeline " << outcome.record.pipeline << " run " << outcome.record.id.left(12) << " "
                    << outcome.status << ": " << outcome.message << "\n";
        if (outcome.status == QLatin1String("failed") || outcome.status == QLatin1String("stopped"))
            context.out << "Continue it with: crucible-cli pipeline resume " << outcome.record.id.left(12) << "\n";
    }
    return exitCodeOf(outcome.status);
}

PipelineRunOptions optionsFor(const Context& context, const Workspace& workspace)
{
    PipelineRunOptions options;
    options.registryFolder = resolveRegistryFolder(workspace, context.registryOption);
    return options;
}

int check(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(QStringLiteral("pipeline check takes one pipeline file"));
    auto spec = PipelineSpec::load(arguments.positionals().first());
    if (!spec)
        return context.fail(spec.error());
    if (context.json) {
        QJsonArray steps;
        for (const StepSpec& step : spec->steps)
            steps.append(QJsonObject {{QStringLiteral("id"), step.id},
                                      {QStringLiteral("kind"), step.kind},
                                      {QStringLiteral("line"), step.line}});
        context.printJson({{QStringLiteral("pipeline"), spec->name},
                           {QStringLiteral("file"), spec->file},
                           {QStringLiteral("valid"), true},
                           {QStringLiteral("steps"), steps}});
        return Success;
    }
    QStringList ids;
    for (const StepSpec& step : spec->steps)
        ids << step.id;
    context.out << spec->file << ": pipeline " << spec->name << " is valid: " << spec->steps.size() << " step(s) ("
                << ids.join(QStringLiteral(" -> ")) << ")\n";
    const TriggerSpec& triggers = spec->triggers;
    if (!triggers.schedule.isEmpty())
        context.out << "  schedule: " << triggers.schedule << " (next "
                    << Schedule::parse(triggers.schedule)
                           ->next(QDateTime::currentDateTime())
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    << ")\n";
    if (!triggers.watchFolder.isEmpty())
        context.out << "  watch: " << triggers.watchFolder << " (" << triggers.watchPattern << ")\n";
    if (!triggers.driftModel.isEmpty())
        context.out << "  drift: " << triggers.driftModel << " every "
                    << formatDuration(triggers.driftEverySeconds, DurationStyle::Units) << "\n";
    return Success;
}

int newPipeline(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(QStringLiteral("pipeline new takes the file to write (retrain.yaml)"));
    const QString path = arguments.positionals().first();
    if (path.isEmpty())
        return context.usage(QStringLiteral("pipeline new takes the file to write (retrain.yaml)"));
    if (QFileInfo(path).isDir())
        return context.fail({ErrorCode::InvalidInput, QStringLiteral("is a folder; name the file to write"), path});
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return context.fail(
            {ErrorCode::InvalidInput, QStringLiteral("already exists; pipeline new never overwrites a file"), path});
    QSaveFile file(path);
    const QByteArray text = PipelineSpec::exampleText();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return context.fail({ErrorCode::Io, QStringLiteral("cannot write: %1").arg(file.errorString()), path});
    if (context.json)
        context.printJson({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}});
    else
        context.out << "Wrote " << path << ": the retraining example of docs/pipelines.md. Edit it, then run "
                    << "crucible-cli pipeline check " << path << "\n";
    return Success;
}

int runCommand(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(QStringLiteral("pipeline run takes one pipeline file"));
    auto spec = PipelineSpec::load(arguments.positionals().first());
    if (!spec)
        return context.fail(spec.error());
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    PipelineRunOptions options = optionsFor(context, *workspace.value());
    options.force = arguments.has(QStringLiteral("force"));
    for (const QString& assignment : arguments.values(QStringLiteral("param"))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return context.usage(QStringLiteral("--param takes NAME=VALUE (got '%1')").arg(assignment));
        options.params.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    CliPipelineObserver observer(context, arguments.has(QStringLiteral("verbose")));
    InterruptGuard guard;
    auto outcome = runPipeline(*workspace.value(), spec.value(), options, observer);
    if (!outcome)
        return context.fail(outcome.error());
    return reportOutcome(context, outcome.value());
}

int resume(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(QStringLiteral("pipeline resume takes one pipeline run id"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    CliPipelineObserver observer(context, arguments.has(QStringLiteral("verbose")));
    InterruptGuard guard;
    auto outcome = resumePipeline(*workspace.value(), arguments.positionals().first(),
                                  optionsFor(context, *workspace.value()), observer);
    if (!outcome)
        return context.fail(outcome.error());
    return reportOutcome(context, outcome.value());
}

int list(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() > 1)
        return context.usage(QStringLiteral("pipeline list takes at most a pipeline name"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    bool ok = true;
    const int limit = arguments.value(QStringLiteral("limit"), QStringLiteral("20")).toInt(&ok);
    if (!ok || limit < 1)
        return context.usage(QStringLiteral("--limit takes a positive number"));
    auto runs = PipelineStore(*workspace.value()).runs(arguments.positionals().value(0), limit);
    if (!runs)
        return context.fail(runs.error());
    if (context.json) {
        QJsonArray array;
        for (const PipelineRunRecord& run : runs.value())
            array.append(runJson(run));
        context.printJson({{QStringLiteral("runs"), array}});
        return Success;
    }
    if (runs->isEmpty()) {
        context.out << "No pipeline runs yet. Start one with: crucible-cli pipeline run FILE\n";
        return Success;
    }
    QList<QStringList> rows;
    for (const PipelineRunRecord& run : runs.value())
        rows << QStringList {run.id.left(12),
                             run.pipeline,
                             run.status,
                             run.trigger.value(QStringLiteral("kind")).toString(),
                             run.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             run.message};
    printTable(context.out,
               {QStringLiteral("RUN"), QStringLiteral("PIPELINE"), QStringLiteral("STATUS"), QStringLiteral("TRIGGER"),
                QStringLiteral("STARTED"), QStringLiteral("MESSAGE")},
               rows, 70);
    return Success;
}

int show(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(QStringLiteral("pipeline show takes one pipeline run id"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    auto run = PipelineStore(*workspace.value()).run(arguments.positionals().first());
    if (!run)
        return context.fail(run.error());
    if (arguments.has(QStringLiteral("log"))) {
        const PipelineStepRecord* step = run->step(arguments.value(QStringLiteral("log")));
        if (!step)
            return context.fail({ErrorCode::NotFound,
                                 QStringLiteral("run %1 has no step '%2'")
                                     .arg(run->id.left(12), arguments.value(QStringLiteral("log"))),
                                 QStringLiteral("--log")});
        if (context.json)
            context.printJson({{QStringLiteral("run_id"), run->id},
                               {QStringLiteral("step"), arguments.value(QStringLiteral("log"))},
                               {QStringLiteral("log"), step->log}});
        else
            context.out << step->log;
        return Success;
    }
    if (context.json) {
        context.printJson(runJson(run.value()));
        return Success;
    }
    context.out << "Run " << run->id << " of pipeline " << run->pipeline << ": " << run->status;
    if (!run->message.isEmpty())
        context.out << " (" << run->message << ")";
    context.out << "\n  file " << run->file << "\n  trigger " << run->trigger.value(QStringLiteral("kind")).toString()
                << " " << run->trigger.value(QStringLiteral("detail")).toString() << "\n";
    QList<QStringList> rows;
    for (const PipelineStepRecord& step : run->steps) {
        const double seconds = step.seconds();
        rows << QStringList {step.step,
                             step.kind,
                             step.status,
                             QString::number(step.attempts),
                             seconds >= 0 && step.status != QLatin1String("skipped")
                                 ? formatDuration(seconds, DurationStyle::Units)
                                 : QString(),
                             step.message};
    }
    printTable(context.out,
               {QStringLiteral("STEP"), QStringLiteral("KIND"), QStringLiteral("STATUS"), QStringLiteral("TRIES"),
                QStringLiteral("TIME"), QStringLiteral("RESULT")},
               rows, 90);
    return Success;
}

int daemon(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().isEmpty())
        return context.usage(QStringLiteral("pipeline daemon takes one or more pipeline files"));
    const double poll = parseSeconds(arguments.value(QStringLiteral("poll"), QStringLiteral("5")));
    if (poll < 0.1)
        return context.usage(QStringLiteral("--poll takes a duration such as 5s or 1m"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    std::vector<std::unique_ptr<TriggerWatcher>> watchers;
    const QString registry = resolveRegistryFolder(*workspace.value(), context.registryOption);
    for (const QString& file : arguments.positionals()) {
        auto spec = PipelineSpec::load(file);
        if (!spec)
            return context.fail(spec.error());
        if (spec->triggers.isEmpty())
            return context.fail({ErrorCode::InvalidInput,
                                 QStringLiteral("the pipeline has no triggers (schedule, watch or drift) for a daemon "
                                                "to act on; run it with: crucible-cli pipeline run"),
                                 file});
        watchers.push_back(std::make_unique<TriggerWatcher>(*workspace.value(), spec.value(), registry));
    }
    InterruptGuard guard;
    CliPipelineObserver observer(context, arguments.has(QStringLiteral("verbose")));
    const bool once = arguments.has(QStringLiteral("once"));
    if (!once)
        context.err << "Watching " << watchers.size() << " pipeline(s); Ctrl+C stops.\n";
    int worst = Success;
    QMap<QString, QList<DueTrigger>> queues; // per pipeline, oldest first
    while (interruptSignal() == 0) {
        const QDateTime now = QDateTime::currentDateTime();
        for (const auto& watcher : watchers) {
            auto due = watcher->poll(now);
            if (!due) {
                context.fail(due.error());
                worst = BadInput;
                continue;
            }
            for (const DueTrigger& trigger : due.value()) {
                context.err << "Trigger for " << watcher->spec().name << ": " << trigger.detail << "\n";
                queues[watcher->spec().name] << trigger;
            }
        }
        // One run at a time per pipeline; the daemon runs them in turn, oldest trigger first.
        for (const auto& watcher : watchers) {
            QList<DueTrigger>& queue = queues[watcher->spec().name];
            while (!queue.isEmpty() && interruptSignal() == 0) {
                const DueTrigger trigger = queue.takeFirst();
                PipelineRunOptions options = optionsFor(context, *workspace.value());
                options.trigger = trigger.toJson();
                auto outcome = runPipeline(*workspace.value(), watcher->spec(), options, observer);
                if (!outcome) {
                    // No run was made: the trigger stays due (a watched file is looked at again).
                    watcher->release(trigger);
                    context.fail(outcome.error());
                    worst = BadInput;
                    continue;
                }
                if (Status acknowledged = watcher->acknowledge(trigger); !acknowledged)
                    context.fail(acknowledged.error());
                context.err << "Pipeline " << watcher->spec().name << " run " << outcome->record.id.left(12) << " "
                            << outcome->status << ": " << outcome->message << "\n";
                context.err.flush();
                if (context.json) { // JSON Lines: one document a run, each as --json documents are
                    QJsonObject line = runJson(outcome->record);
                    line.insert(QStringLiteral("json_version"), kJsonVersion);
                    context.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
                }
                const int code = exitCodeOf(outcome->status);
                if (code != Success && worst == Success)
                    worst = code;
            }
        }
        context.out.flush();
        if (once)
            break;
        for (int waited = 0; waited < int(poll * 10) && interruptSignal() == 0; ++waited)
            QThread::msleep(100);
    }
    return once ? worst : Success;
}

int gate(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1 || !arguments.has(QStringLiteral("data")))
        return context.usage(QStringLiteral(
            "models gate CHALLENGER --against CHAMPION --data NAME@V [--metric M] [--min-delta X] [--split all|test]"));
    const QString metric = arguments.value(QStringLiteral("metric"), QStringLiteral("accuracy"));
    auto higher = higherIsBetter(metric);
    if (!higher)
        return context.fail(higher.error());
    bool ok = true;
    const double minDelta = arguments.value(QStringLiteral("min-delta"), QStringLiteral("0")).toDouble(&ok);
    if (!ok || !std::isfinite(minDelta))
        return context.usage(QStringLiteral("--min-delta takes a number"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    auto registry = ModelRegistry::open(resolveRegistryFolder(*workspace.value(), context.registryOption));
    if (!registry)
        return context.fail(registry.error());
    const QString challengerReference = arguments.positionals().first();
    EvaluationData data;
    data.dataset = arguments.value(QStringLiteral("data"));
    data.split = arguments.value(QStringLiteral("split"), QStringLiteral("all"));
    data.splitRun = challengerReference;
    if (data.split == QLatin1String("test") && !isRunReference(challengerReference)) {
        auto version = registry.value()->resolve(challengerReference);
        if (!version)
            return context.fail(version.error());
        data.splitRun = version->runId;
    }
    auto challenger = scoreModel(*workspace.value(), *registry.value(), challengerReference, data);
    if (!challenger)
        return context.fail(challenger.error());
    if (!challenger->metrics.contains(metric))
        return context.fail(
            {ErrorCode::InvalidInput,
             QStringLiteral("%1 has no %2 (it is a %3 model)")
                 .arg(challenger->model, metric,
                      challenger->isClassification ? QStringLiteral("classification") : QStringLiteral("regression")),
             QStringLiteral("--metric")});
    std::optional<ModelScore> champion;
    QString note;
    if (arguments.has(QStringLiteral("against"))) {
        auto challengerVersion = registry.value()->resolve(challengerReference);
        const QString challengerName =
            challengerVersion && challengerVersion->isRegistered ? challengerVersion->name : QString();
        auto scored = scoreChampion(*workspace.value(), *registry.value(), arguments.value(QStringLiteral("against")),
                                    data, challengerName, &note);
        if (!scored)
            return context.fail(scored.error());
        champion = scored.value();
        if (!champion)
            note = QStringLiteral("no champion: %1").arg(note);
    }
    const double mine = challenger->metrics.value(metric);
    bool passed = std::isfinite(mine);
    double delta = std::nan("");
    if (champion) {
        const double theirs = champion->metrics.value(metric);
        delta = higher.value() ? mine - theirs : theirs - mine;
        passed = passed && std::isfinite(delta) && delta >= minDelta;
    }
    if (context.json) {
        QJsonObject json {{QStringLiteral("passed"), passed},
                          {QStringLiteral("metric"), metric},
                          {QStringLiteral("higher_is_better"), higher.value()},
                          {QStringLiteral("min_delta"), minDelta},
                          {QStringLiteral("data"), data.dataset},
                          {QStringLiteral("split"), data.split},
                          {QStringLiteral("challenger"), challenger->toJson()},
                          {QStringLiteral("champion"), champion ? QJsonValue(champion->toJson()) : QJsonValue()},
                          {QStringLiteral("delta"), std::isfinite(delta) ? QJsonValue(delta) : QJsonValue()}};
        if (!note.isEmpty())
            json.insert(QStringLiteral("note"), note);
        context.printJson(json);
    } else {
        context.out << challenger->model << ": " << metric << " " << QString::number(mine, 'g', 5) << " on "
                    << challenger->rows << " rows of " << data.dataset << " (" << data.split << ")\n";
        if (champion)
            context.out << champion->model << ": " << metric << " "
                        << QString::number(champion->metrics.value(metric), 'g', 5) << "\n";
        if (!note.isEmpty())
            context.out << note << "\n";
        if (champion)
            context.out << (passed ? "PASSED" : "REJECTED") << ": the challenger is "
                        << QString::number(std::abs(delta), 'g', 4) << (delta >= 0 ? " better" : " worse")
                        << " (needs at least " << QString::number(minDelta, 'g', 4) << " better)\n";
        else
            context.out << (passed ? "PASSED" : "REJECTED") << "\n";
    }
    return passed ? Success : Rejected;
}

} // namespace

void addPipelineCommands(CommandTable& table)
{
    table.push_back(makeCommand("pipeline new", "FILE", "write a pipeline to start from (the documented example)", {},
                                newPipeline, "pipeline new retrain.yaml"));
    table.push_back(makeCommand("pipeline check", "FILE", "check a pipeline file without running it", {}, check,
                                "pipeline check retrain.yaml"));
    table.push_back(
        makeCommand("pipeline run", "FILE", "run a pipeline's steps; steps whose inputs did not change are skipped",
                    {option("param", "NAME=VALUE", "set a parameter of the pipeline (repeat for several)", 'p'),
                     flag("force", "run every step, changed or not"), flag("verbose", "print each step's output", 'v')},
                    runCommand, "pipeline run retrain.yaml --param epochs=5"));
    table.push_back(makeCommand("pipeline resume", "RUN", "continue a pipeline run that stopped",
                                {flag("verbose", "print each step's output", 'v')}, resume, "pipeline resume 7c1e"));
    table.push_back(makeCommand("pipeline list", "[PIPELINE]", "pipeline runs, newest first",
                                {option("limit", "N", "at most N runs (default 20)")}, list, "pipeline list retrain"));
    table.push_back(makeCommand("pipeline show", "RUN", "a pipeline run's steps, what they made and why",
                                {option("log", "STEP", "print the log of this step")}, show,
                                "pipeline show 7c1e --log train"));
    table.push_back(makeCommand(
        "pipeline daemon", "FILE...", "run pipelines when their triggers fire (data changed, a schedule)",
        {option("poll", "DURATION", "how often to look for changes (default 5s)"),
         flag("once", "check the triggers once and exit"), flag("verbose", "print each step's output", 'v')},
        daemon, "pipeline daemon retrain.yaml --poll 30s"));
    table.push_back(makeCommand(
        "models gate", "CHALLENGER --against CHAMPION --data NAME@V",
        "whether a model beats another on the same data (exit 5 when it does not)",
        {option("against", "REF", "the model to beat"), option("data", "NAME@V", "the data to score both on", 'd'),
         option("metric", "NAME", "the metric to compare (default accuracy)"),
         option("min-delta", "X", "how much better the challenger must be (default 0)"),
         option("split", "all|test", "score on the whole version (the default) or its test split")},
        gate, "models gate iris@staging --against iris@production --data iris"));
}

} // namespace crucible::cli
