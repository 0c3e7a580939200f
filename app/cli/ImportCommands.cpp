// crucible-cli import tensorboard: other tools' histories carried into the workspace as runs.
#include "Arguments.h"
#include "Cli.h"
#include "TerminalProgress.h"

#include "engine/core/Names.h"
#include "engine/interop/TensorBoardImport.h"
#include "engine/store/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace crucible::cli {

namespace {

const QString kTensorBoardSynopsis = QStringLiteral("import tensorboard LOGDIR [--experiment tensorboard]");

int importTensorBoardCommand(Context& context, const QStringList& args)
{
    Arguments arguments({QStringLiteral("experiment")}, {});
    if (const QString problem = arguments.parse(args); !problem.isEmpty())
        return context.usage(problem);
    if (arguments.positionals().size() != 1)
        return context.usage(QStringLiteral("usage: ") + kTensorBoardSynopsis);
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
                                 {QStringLiteral("skipped_values"), double(run.skippedValues)}});
        if (context.json)
            continue;
        if (run.unchanged) {
            context.out << "unchanged  " << run.folder << "  (imported before as run " << run.runId << ")\n";
            continue;
        }
        context.out << "imported   " << run.folder << "  as run " << run.runId << ": " << run.points << " point(s) of "
                    << run.keys.size() << " scalar(s) from " << run.files << " file(s)";
        if (run.corruptRecords > 0)
            context.out << "; " << run.corruptRecords << " corrupt record(s) skipped";
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

} // namespace

void addImportCommands(CommandTable& table)
{
    table.push_back(
        {{QStringLiteral("import"), QStringLiteral("tensorboard")}, kTensorBoardSynopsis, importTensorBoardCommand});
}

} // namespace crucible::cli
