#include "Cli.h"

#include "engine/store/Workspace.h"

#include <QJsonObject>

namespace crucible::cli {

namespace {

int workspaceBusyTimeout()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("CRUCIBLE_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnvironment >= 0 ? fromEnvironment : Workspace::Options {}.busyTimeoutMs;
}

int workspaceInfo(Context& context, const QStringList& args)
{
    if (!args.isEmpty())
        return context.usage(QStringLiteral("workspace info takes no arguments"));
    const QString folder = Workspace::resolveFolder(context.workspaceOption);
    auto opened = Workspace::open(folder, Workspace::Options {workspaceBusyTimeout()});
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
    return Workspace::open(Workspace::resolveFolder(context.workspaceOption),
                           Workspace::Options {workspaceBusyTimeout()});
}

void addWorkspaceCommands(CommandTable& table)
{
    table.push_back({{QStringLiteral("workspace"), QStringLiteral("info")},
                     QStringLiteral("workspace info                   path, schema version and counts"),
                     workspaceInfo});
}

} // namespace crucible::cli
