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
    const auto command = runsCommandAdder(table);
    command("rename", "runs rename RUN NAME", [](Context& context, const QStringList& args) {
        if (args.size() != 2)
            return context.usage(QStringLiteral("runs rename takes RUN and NAME"));
        return editRuns(context, {args[0]}, QStringLiteral("Renamed"),
                        [name = args[1]](RunStore& store, const QString& id) { return store.rename(id, name); });
    });
    command("note", "runs note RUN TEXT               replace the run's notes",
            [](Context& context, const QStringList& args) {
                if (args.size() != 2)
                    return context.usage(QStringLiteral("runs note takes RUN and TEXT"));
                return editRuns(
                    context, {args[0]}, QStringLiteral("Noted"),
                    [text = args[1]](RunStore& store, const QString& id) { return store.setNotes(id, text); });
            });
    command("tag", "runs tag RUN TAG... [--remove]", [](Context& context, const QStringList& args) {
        QStringList rest = args;
        const bool remove = rest.removeAll(QStringLiteral("--remove")) > 0;
        if (rest.size() < 2)
            return context.usage(QStringLiteral("runs tag takes RUN and one or more TAGs"));
        const QStringList tags = rest.mid(1);
        return editRuns(context, {rest[0]}, remove ? QStringLiteral("Untagged") : QStringLiteral("Tagged"),
                        [tags, remove](RunStore& store, const QString& id) {
                            return remove ? store.removeTags(id, tags) : store.addTags(id, tags);
                        });
    });
    command("delete", "runs delete RUN...               move runs to the trash",
            [](Context& context, const QStringList& args) {
                if (args.isEmpty())
                    return context.usage(QStringLiteral("runs delete takes one or more RUNs"));
                return editRuns(context, args, QStringLiteral("Trashed"),
                                [](RunStore& store, const QString& id) { return store.moveToTrash(id); });
            });
    command("restore", "runs restore RUN...              take runs out of the trash",
            [](Context& context, const QStringList& args) {
                if (args.isEmpty())
                    return context.usage(QStringLiteral("runs restore takes one or more RUNs"));
                return editRuns(context, args, QStringLiteral("Restored"),
                                [](RunStore& store, const QString& id) { return store.restore(id); });
            });
}

} // namespace crucible::cli
