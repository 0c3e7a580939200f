// crucible-cli import tensorboard and import mlflow: other tools' histories carried into the
// workspace as runs.
#include "Arguments.h"
#include "Cli.h"
#include "TerminalProgress.h"

#include "engine/core/Names.h"
#include "engine/interop/MlflowFiles.h"
#include "engine/interop/TensorBoardImport.h"
#include "engine/store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace crucible::cli {

namespace {

int importTensorBoardCommand(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(context.synopsis());
    TensorBoardImportOptions options;
    options.experiment = arguments.value(QStringLiteral("experiment"), options.experiment);
    if (Status valid = names::check(options.experiment, QStringLiteral("an experiment name"), names::Use::Label);
        !valid)
        return context.fail(valid.error());
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    if (!context.json)
        options.progress = terminalProgress(context.err, QStringLiteral("Reading event files"));
    auto imported = importTensorBoard(*workspace.value(), arguments.positionals().first(), options);
    if (!context.json)
        finishTerminalProgress(context.err);
    if (!imported)
        return context.fail(imported.error());
    qint64 points = 0;
    qint64 corrupt = 0;
    QJsonArray runs;
    for (const TensorBoardRunImport& run : imported.value()) {
        if (!run.unchanged) {
            points += run.points;
            corrupt += run.corruptRecords;
        }
        runs.append(QJsonObject {{QStringLiteral("folder"), run.folder},
                                 {QStringLiteral("run_id"), run.runId},
                                 {QStringLiteral("unchanged"), run.unchanged},
                                 {QStringLiteral("files"), run.files},
                                 {QStringLiteral("points"), double(run.points)},
                                 {QStringLiteral("keys"), QJsonArray::fromStringList(run.keys)},
                                 {QStringLiteral("corrupt_records"), double(run.corruptRecords)},
                                 {QStringLiteral("truncated"), run.truncated},
                                 {QStringLiteral("skipped_values"), double(run.skippedValues)},
                                 {QStringLiteral("abandoned_bytes"), double(run.abandonedBytes)},
                                 {QStringLiteral("grown_bytes"), double(run.grownBytes)}});
        if (context.json)
            continue;
        if (run.unchanged && run.grownBytes > 0) {
            context.out << "grown      " << run.folder << "  (imported before as run " << run.runId
                        << "; its files grew by " << run.grownBytes
                        << " bytes since: delete that run with `crucible-cli runs delete " << run.runId
                        << "` to import it again)\n";
            continue;
        }
        if (run.unchanged) {
            context.out << "unchanged  " << run.folder << "  (imported before as run " << run.runId << ")\n";
            continue;
        }
        if (run.runId.isEmpty()) {
            context.out << "no scalars " << run.folder << ": " << run.files << " file(s) without a readable scalar";
            if (run.corruptRecords > 0)
                context.out << "; " << run.corruptRecords << " corrupt record(s)";
            context.out << "; no run made\n";
            continue;
        }
        context.out << "imported   " << run.folder << "  as run " << run.runId << ": " << run.points << " point(s) of "
                    << run.keys.size() << " scalar(s) from " << run.files << " file(s)";
        if (run.corruptRecords > 0)
            context.out << "; " << run.corruptRecords << " corrupt record(s) skipped";
        if (run.abandonedBytes > 0)
            context.out << "; " << run.abandonedBytes << " byte(s) after a corrupt length could not be read";
        if (run.truncated)
            context.out << "; a file ended inside a record";
        if (run.skippedValues > 0)
            context.out << "; " << run.skippedValues << " non-scalar value(s) left out";
        context.out << "\n";
    }
    if (context.json)
        context.printJson({{QStringLiteral("runs"), runs},
                           {QStringLiteral("points"), double(points)},
                           {QStringLiteral("corrupt_records"), double(corrupt)}});
    return Success;
}

int importMlflowCommand(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(context.synopsis());
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    auto imported = importMlflow(*workspace.value(), arguments.positionals().first(),
                                 context.json ? ProgressCallback()
                                              : terminalProgress(context.err, QStringLiteral("Importing runs")));
    if (!context.json)
        finishTerminalProgress(context.err);
    if (!imported)
        return context.fail(imported.error());
    QJsonArray runs;
    qint64 points = 0;
    int added = 0;
    for (const MlflowRunImport& run : imported.value()) {
        runs.append(QJsonObject {{QStringLiteral("mlflow_run_id"), run.mlflowRunId},
                                 {QStringLiteral("experiment"), run.experiment},
                                 {QStringLiteral("name"), run.name},
                                 {QStringLiteral("run_id"), run.runId},
                                 {QStringLiteral("unchanged"), run.unchanged},
                                 {QStringLiteral("points"), double(run.points)},
                                 {QStringLiteral("params"), run.params},
                                 {QStringLiteral("tags"), run.tags},
                                 {QStringLiteral("artifacts"), run.artifacts},
                                 {QStringLiteral("artifacts_left_out"), run.artifactsLeftOut}});
        if (!run.unchanged) {
            points += run.points;
            ++added;
        }
        if (context.json)
            continue;
        if (run.unchanged)
            context.out << "unchanged  " << run.experiment << " / " << run.name << "  (imported before as run "
                        << run.runId << ")\n";
        else {
            context.out << "imported   " << run.experiment << " / " << run.name << "  as run " << run.runId << ": "
                        << run.points << " point(s), " << run.params << " param(s), " << run.tags << " tag(s), "
                        << run.artifacts << " artifact(s)\n";
            if (!run.artifactsLeftOut.isEmpty())
                context.out << "           its artifacts in " << run.artifactsLeftOut
                            << " were not copied: they lie outside the database's folder\n";
        }
    }
    if (context.json)
        context.printJson({{QStringLiteral("runs"), runs},
                           {QStringLiteral("added"), added},
                           {QStringLiteral("points"), double(points)}});
    else
        context.out << added << " of " << imported->size() << " run(s) imported\n";
    return Success;
}

} // namespace

void addImportCommands(CommandTable& table)
{
    table.push_back(makeCommand("import mlflow", "PATH", "runs from an mlruns folder or an MLflow SQLite database", {},
                                importMlflowCommand, "import mlflow ./mlruns"));
    table.push_back(makeCommand("import tensorboard", "LOGDIR", "runs from TensorBoard event files",
                                {option("experiment", "NAME", "the experiment to put them in (default: tensorboard)")},
                                importTensorBoardCommand, "import tensorboard runs/ --experiment baseline"));
}

} // namespace crucible::cli
