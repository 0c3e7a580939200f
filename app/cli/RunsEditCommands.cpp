// crucible-cli runs rename, note, tag, delete and restore.
#include "RunsShared.h"

#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QJsonArray>

namespace crucible::cli {

namespace {

/// runs rename|note|tag|delete|restore: resolve the run(s), apply `edit`, print what changed.
int editRuns(Context& context, const QStringList& prefixes, const QString& verb,
             const std::function<Status(RunStore&, const QString&)>& edit)
{
    int exitCode = Success;
    auto workspace = openOrFail(context, &exitCode);
    if (!workspace)
        return exitCode;
    RunCatalog catalog(*workspace);
    RunStore store(*workspace);
    QJsonArray done;
    for (const QString& prefix : prefixes) {
        const auto id = catalog.resolve(prefix);
        if (!id)
            return context.fail(id.error());
        if (const Status status = edit(store, id.value()); !status)
            return context.fail(status.error());
        done.append(id.value());
        if (!context.json)
            context.out << verb << " " << id.value() << "\n";
    }
    if (context.json)
        context.printJson(QJsonObject {{QStringLiteral("runs"), done}, {QStringLiteral("action"), verb.toLower()}});
    return Success;
}

} // namespace

void addRunsEditCommands(CommandTable& table)
{
    table.push_back(makeCommand(
        "runs rename", "RUN NAME", "rename a run", {},
        [](Context& context, const Arguments& arguments) {
            const QStringList& args = arguments.positionals();
            if (args.size() != 2)
                return context.usage(QStringLiteral("runs rename takes RUN and NAME"));
            return editRuns(context, {args[0]}, QStringLiteral("Renamed"),
                            [name = args[1]](RunStore& store, const QString& id) { return store.rename(id, name); });
        },
        "runs rename 3f2a baseline"));
    table.push_back(makeCommand(
        "runs note", "RUN TEXT", "replace the run's notes", {},
        [](Context& context, const Arguments& arguments) {
            const QStringList& args = arguments.positionals();
            if (args.size() != 2)
                return context.usage(QStringLiteral("runs note takes RUN and TEXT"));
            return editRuns(context, {args[0]}, QStringLiteral("Noted"),
                            [text = args[1]](RunStore& store, const QString& id) { return store.setNotes(id, text); });
        },
        "runs note 3f2a 'lower learning rate'"));
    table.push_back(makeCommand(
        "runs tag", "RUN TAG...", "add tags to a run, or remove them", {flag("remove", "remove the tags instead")},
        [](Context& context, const Arguments& arguments) {
            const QStringList& args = arguments.positionals();
            const bool remove = arguments.has(QStringLiteral("remove"));
            if (args.size() < 2)
                return context.usage(QStringLiteral("runs tag takes RUN and one or more TAGs"));
            const QStringList tags = args.mid(1);
            return editRuns(context, {args[0]}, remove ? QStringLiteral("Untagged") : QStringLiteral("Tagged"),
                            [tags, remove](RunStore& store, const QString& id) {
                                return remove ? store.removeTags(id, tags) : store.addTags(id, tags);
                            });
        },
        "runs tag 3f2a best candidate"));
    table.push_back(makeCommand(
        "runs delete", "RUN...", "move runs to the trash", {},
        [](Context& context, const Arguments& arguments) {
            if (arguments.positionals().isEmpty())
                return context.usage(QStringLiteral("runs delete takes one or more RUNs"));
            return editRuns(context, arguments.positionals(), QStringLiteral("Trashed"),
                            [](RunStore& store, const QString& id) { return store.moveToTrash(id); });
        },
        "runs delete 3f2a 9b10"));
    table.push_back(makeCommand(
        "runs restore", "RUN...", "take runs out of the trash", {},
        [](Context& context, const Arguments& arguments) {
            if (arguments.positionals().isEmpty())
                return context.usage(QStringLiteral("runs restore takes one or more RUNs"));
            return editRuns(context, arguments.positionals(), QStringLiteral("Restored"),
                            [](RunStore& store, const QString& id) { return store.restore(id); });
        },
        "runs restore 3f2a"));
}

} // namespace crucible::cli
