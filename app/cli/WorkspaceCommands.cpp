#include "Arguments.h"
#include "Cli.h"

#include "Interrupt.h"
#include "TerminalProgress.h"
#include "engine/data/WorkspaceGc.h"
#include "engine/repro/WorkspaceCopy.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace crucible::cli {

namespace {

int workspaceBusyTimeout()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("CRUCIBLE_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnvironment >= 0 ? fromEnvironment : Workspace::Options {}.busyTimeoutMs;
}

int workspaceInfo(Context& context, const Arguments& arguments)
{
    const QStringList& args = arguments.positionals();
    if (!args.isEmpty())
        return context.usage(QStringLiteral("workspace info takes no arguments"));
    auto opened = openWorkspace(context);
    if (!opened)
        return context.fail(opened.error());
    const Workspace& workspace = *opened.value();
    const auto counts = workspace.counts();
    if (!counts)
        return context.fail(counts.error());

    if (context.json) {
        QJsonObject countObject;
        for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
            countObject.insert(it.key(), it.value());
        context.printJson(QJsonObject {{QStringLiteral("path"), workspace.folder()},
                                       {QStringLiteral("database"), workspace.databasePath()},
                                       {QStringLiteral("schema_version"), workspace.schemaVersion()},
                                       {QStringLiteral("read_only"), workspace.isReadOnly()},
                                       {QStringLiteral("counts"), countObject},
                                       {QStringLiteral("interrupted_runs_recovered"), workspace.recoveredRunCount()}});
        return int(Success);
    }
    context.out << "Workspace       " << workspace.folder() << "\n"
                << "Database        " << workspace.databasePath() << "\n"
                << "Schema version  " << workspace.schemaVersion() << "\n";
    if (workspace.isReadOnly())
        context.out << "Access          read-only (listing and showing work; importing, training and editing do not)\n";
    for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
        context.out << QStringLiteral("%1").arg(it.key().left(1).toUpper() + it.key().mid(1), -16) << it.value()
                    << "\n";
    if (workspace.recoveredRunCount() > 0)
        context.out << "Marked " << workspace.recoveredRunCount() << " run(s) interrupted: their process had ended.\n";
    return int(Success);
}

} // namespace

Result<std::unique_ptr<Workspace>> openWorkspace(const Context& context)
{
    if (context.workspaceOption == QLatin1String("-")
        || (context.workspaceOption.isEmpty() && qEnvironmentVariable("CRUCIBLE_WORKSPACE") == QLatin1String("-")))
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("a workspace is a folder: '-' (standard input or output) cannot be one; name a "
                                     "folder, ./- if that is truly its name"),
                      QStringLiteral("--workspace")};
    const QString folder = Workspace::resolveFolder(context.workspaceOption);
    if (Workspace::isServerUrl(folder)) {
        // A database without Crucible's tables is a typo too, unless --create says otherwise.
        Workspace::Options options {workspaceBusyTimeout()};
        options.mustExist = !context.create && !context.workspaceOption.isEmpty();
        return Workspace::open(folder, options);
    }
    // A mistyped --workspace would otherwise start an empty workspace and "lose" every run, or
    // scatter one into a folder of other things.
    if (!context.workspaceOption.isEmpty() && !context.create) {
        const QFileInfo info(folder);
        const QString remedy = QStringLiteral("add --create to make one, or run 'crucible-cli workspace init %1'")
                                   .arg(context.workspaceOption);
        if (!info.exists())
            return Error {ErrorCode::NotFound,
                          QStringLiteral("no workspace here: the folder does not exist (%1)").arg(remedy), folder};
        if (info.isDir() && !QFileInfo::exists(QDir(folder).filePath(QStringLiteral("crucible.db"))))
            return Error {ErrorCode::NotFound,
                          QStringLiteral("no workspace in this folder: it has no crucible.db (%1)").arg(remedy),
                          folder};
    }
    // $CRUCIBLE_WORKSPACE makes its folder on first use, as the default does, but never scatters a
    // workspace into a folder that holds other things (a mistyped or wrong variable).
    if (context.workspaceOption.isEmpty() && !context.create && !qEnvironmentVariableIsEmpty("CRUCIBLE_WORKSPACE")) {
        const QDir dir(folder);
        if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
            && !QFileInfo::exists(dir.filePath(QStringLiteral("crucible.db"))))
            return Error {ErrorCode::NotFound,
                          QStringLiteral("CRUCIBLE_WORKSPACE names a folder that holds other things and no "
                                         "crucible.db; correct the variable, or add --create to make a workspace "
                                         "there"),
                          folder};
    }
    return Workspace::open(folder, Workspace::Options {workspaceBusyTimeout()});
}

namespace {

int workspaceInit(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() > 1)
        return context.usage(context.synopsis());
    Context creating = context;
    creating.create = true;
    if (!arguments.positionals().isEmpty())
        creating.workspaceOption = arguments.positionals().first();
    const QString folder = Workspace::resolveFolder(creating.workspaceOption);
    bool existed = QFileInfo::exists(QDir(folder).filePath(QStringLiteral("crucible.db")));
    if (Workspace::isServerUrl(folder)) {
        Workspace::Options options {workspaceBusyTimeout()};
        options.mustExist = true;
        existed = Workspace::open(folder, options).isOk();
    }
    auto opened = openWorkspace(creating);
    if (!opened)
        return context.fail(opened.error());
    if (context.json)
        context.printJson(QJsonObject {{QStringLiteral("path"), opened.value()->folder()},
                                       {QStringLiteral("database"), opened.value()->databasePath()},
                                       {QStringLiteral("is_new"), !existed}});
    else if (existed)
        context.out << "A workspace already: " << opened.value()->folder() << " (left as it was)\n";
    else
        context.out << "Made a workspace in " << opened.value()->folder() << "\n";
    return Success;
}

} // namespace

namespace {

int workspaceCopy(Context& context, const Arguments& arguments)
{
    const QStringList& args = arguments.positionals();
    if (args.size() != 2)
        return context.usage(context.synopsis());
    Context reading = context;
    reading.workspaceOption = args.at(0);
    reading.create = false;
    auto from = openWorkspace(reading);
    if (!from)
        return context.fail(from.error());
    Context writing = context;
    writing.workspaceOption = args.at(1);
    writing.create = true;
    auto to = openWorkspace(writing);
    if (!to)
        return context.fail(to.error());
    InterruptGuard guard;
    const ProgressCallback bar = terminalProgress(context.err, QStringLiteral("Copying"));
    auto copied = copyWorkspace(*from.value(), *to.value(), [&bar](double fraction, const QString& stage) {
        return bar(fraction, stage) && interruptSignal() == 0;
    });
    finishTerminalProgress(context.err);
    if (!copied) {
        const int code = context.fail(copied.error());
        return interruptSignal() != 0 ? 128 + interruptSignal() : code;
    }
    if (context.json) {
        context.printJson(QJsonObject {{QStringLiteral("from"), from.value()->databasePath()},
                                       {QStringLiteral("to"), to.value()->databasePath()},
                                       {QStringLiteral("rows_copied"), double(copied->rowsCopied)},
                                       {QStringLiteral("rows_present"), double(copied->rowsPresent)},
                                       {QStringLiteral("files_copied"), double(copied->filesCopied)},
                                       {QStringLiteral("bytes_copied"), double(copied->bytesCopied)},
                                       {QStringLiteral("model_versions_imported"), copied->versionsImported}});
        return Success;
    }
    context.out << "Copied " << copied->rowsCopied << " row(s) and " << copied->filesCopied << " file(s) ("
                << QLocale::c().formattedDataSize(copied->bytesCopied, 1, QLocale::DataSizeSIFormat) << ") into "
                << to.value()->databasePath() << "; " << copied->rowsPresent << " row(s) were there already\n";
    if (copied->versionsImported > 0)
        context.out << "Imported " << copied->versionsImported << " model version(s) into its registry\n";
    return Success;
}

/// "12.3 MB" (decimal, as du -h --si and file managers say).
QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QJsonObject reclaimedJson(const Reclaimed& reclaimed)
{
    return QJsonObject {{QStringLiteral("runs"), reclaimed.runs},
                        {QStringLiteral("files"), double(reclaimed.files)},
                        {QStringLiteral("bytes"), double(reclaimed.bytes)},
                        {QStringLiteral("paths"), QJsonArray::fromStringList(reclaimed.paths)}};
}

int trashEmpty(Context& context, const Arguments& arguments)
{
    const QStringList& args = arguments.positionals();
    if (!args.isEmpty())
        return context.usage(QStringLiteral("trash empty takes no arguments"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    auto emptied = emptyTrash(*workspace.value());
    if (!emptied)
        return context.fail(emptied.error());
    if (context.json)
        context.printJson(reclaimedJson(emptied.value()));
    else
        context.out << "Deleted " << emptied->runs << " run(s) in the trash for good: " << bytesText(emptied->bytes)
                    << " reclaimed\n";
    return Success;
}

int workspaceGc(Context& context, const Arguments& arguments)
{
    if (!arguments.positionals().isEmpty())
        return context.usage(context.synopsis());
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    const bool dryRun = arguments.has(QStringLiteral("dry-run"));
    auto collected = collectGarbage(*workspace.value(), dryRun);
    if (!collected)
        return context.fail(collected.error());
    if (context.json) {
        QJsonObject document = reclaimedJson(collected.value());
        document.insert(QStringLiteral("dry_run"), dryRun);
        context.printJson(document);
        return Success;
    }
    for (const QString& path : collected->paths)
        context.out << (dryRun ? "would remove  " : "removed  ") << path << "\n";
    context.out << (dryRun ? "Would reclaim " : "Reclaimed ") << bytesText(collected->bytes) << " in "
                << collected->files << " file(s) nothing references\n";
    return Success;
}

} // namespace

void addWorkspaceCommands(CommandTable& table)
{
    table.push_back(
        makeCommand("workspace info", "", "path, schema version and counts", {}, workspaceInfo, "workspace info"));
    table.push_back(makeCommand("workspace init", "[DIR]",
                                "make a workspace (in DIR, else the --workspace or default folder)", {}, workspaceInit,
                                "workspace init ~/experiments/churn"));
    table.push_back(makeCommand(
        "workspace copy", "SRC DST",
        "copy a workspace into another (a folder or postgresql://...), ids kept; again copies only what is new", {},
        workspaceCopy,
        "workspace copy ~/.local/share/crucible 'postgresql://me@db/crucible?objects=/shared/crucible'"));
    table.push_back(makeCommand("workspace gc", "", "remove objects, run folders and files nothing references",
                                {flag("dry-run", "list what would go and the space it would free; remove nothing")},
                                workspaceGc, "workspace gc --dry-run",
                                "Files changed in the last hour, running runs, the registry and the database are "
                                "left alone."));
    table.push_back(
        makeCommand("trash empty", "", "delete the runs in the trash for good", {}, trashEmpty, "trash empty"));
}

} // namespace crucible::cli
