// crucible-cli runs diff, runs pack and runs unpack: what differs between two runs, and a run
// carried to another workspace to be rerun there (runs rerun is with train, in TrainCommands.cpp).
#include "Arguments.h"
#include "RunsShared.h"
#include "TextTable.h"

#include "engine/repro/RunDiff.h"
#include "engine/repro/RunPackage.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

namespace crucible::cli {

namespace {

int runsDiff(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 2)
        return context.usage(QStringLiteral("runs diff takes two RUNs: runs diff A B [--all]"));
    int exitCode = Success;
    auto workspace = openOrFail(context, &exitCode);
    if (!workspace)
        return exitCode;
    std::vector<RunRecord> runs;
    if (!loadRuns(context, *workspace, arguments.positionals(), runs, &exitCode))
        return exitCode;
    auto rows = repro::diffRuns(*workspace, runs[0], runs[1]);
    if (!rows)
        return context.fail(rows.error());
    const bool all = arguments.has(QStringLiteral("all"));
    if (context.json) {
        context.printJson(repro::diffJson(runs[0], runs[1], rows.value(), !all));
        return Success;
    }
    QList<QStringList> table;
    int differences = 0;
    for (const repro::DiffRow& row : rows.value()) {
        differences += row.differs();
        if (all || row.differs())
            table << QStringList {row.section, row.key, row.a, row.b, row.differs() ? QStringLiteral("*") : QString()};
    }
    if (differences == 0)
        context.out << "Runs " << runs[0].id << " and " << runs[1].id
                    << " have the same recipe, data and environment.\n";
    if (!table.isEmpty()) {
        printTable(context.out,
                   {QStringLiteral("SECTION"), QStringLiteral("KEY"), runs[0].name + QStringLiteral(" (A)"),
                    runs[1].name + QStringLiteral(" (B)"), QString()},
                   table, 60);
        if (!all)
            context.out << "\n" << differences << " difference(s); --all lists everything compared.\n";
    }
    return Success;
}

int runsPack(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1 || !arguments.has(QStringLiteral("out")))
        return context.usage(QStringLiteral("runs pack takes one RUN and --out FILE: runs pack RUN --out FILE%1")
                                 .arg(repro::kPackageSuffix));
    int exitCode = Success;
    auto workspace = openOrFail(context, &exitCode);
    if (!workspace)
        return exitCode;
    if (arguments.value(QStringLiteral("out")) == QLatin1String("-"))
        return context.usage(QStringLiteral("runs pack writes a file (it is read more than once to unpack); name one"));
    const QString out = QFileInfo(arguments.value(QStringLiteral("out"))).absoluteFilePath();
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return context.fail({ErrorCode::NotFound, QStringLiteral("no such folder to write the package into"),
                             QFileInfo(out).absolutePath()});
    if (out == QFileInfo(workspace->databasePath()).absoluteFilePath())
        return context.usage(QStringLiteral("runs pack: --out names the workspace's database"));
    const auto id = RunCatalog(*workspace).resolve(arguments.positionals().first());
    if (!id)
        return context.fail(id.error());
    if (const Status packed = repro::packRun(*workspace, id.value(), out); !packed)
        return context.fail(packed.error());
    const qint64 bytes = QFileInfo(out).size();
    if (context.json)
        context.printJson(
            {{QStringLiteral("run"), id.value()}, {QStringLiteral("out"), out}, {QStringLiteral("bytes"), bytes}});
    else
        context.out << "Packed run " << id.value() << " into " << out << " (" << bytes << " bytes)\n"
                    << "Rerun it elsewhere with: crucible-cli runs unpack " << QFileInfo(out).fileName()
                    << " && crucible-cli runs rerun " << id.value() << " --check\n";
    return Success;
}

int runsUnpack(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(
            QStringLiteral("runs unpack takes one FILE: runs unpack FILE%1").arg(repro::kPackageSuffix));
    int exitCode = Success;
    auto workspace = openOrFail(context, &exitCode);
    if (!workspace)
        return exitCode;
    QTemporaryDir stdinFolder;
    const auto path = readablePath(context, arguments.positionals().first(), stdinFolder.path(),
                                   QStringLiteral("stdin") + QLatin1String(repro::kPackageSuffix));
    if (!path)
        return context.fail(path.error());
    auto unpacked = repro::unpackRun(*workspace, path.value());
    if (!unpacked)
        return context.fail(unpacked.error());
    if (context.json) {
        context.printJson({{QStringLiteral("run"), unpacked->runId},
                           {QStringLiteral("dataset"), datasetReferenceJson(unpacked->dataset)},
                           {QStringLiteral("is_new"), unpacked->isNew},
                           {QStringLiteral("dataset_is_new"), unpacked->datasetIsNew}});
        return Success;
    }
    if (!unpacked->isNew)
        context.out << "Run " << unpacked->runId << " is in this workspace already; nothing changed.\n";
    else
        context.out << "Unpacked run " << unpacked->runId << " with dataset version " << unpacked->dataset
                    << (unpacked->datasetIsNew ? "" : " (already here)") << "\n"
                    << "Check it with: crucible-cli runs rerun " << unpacked->runId << " --check\n";
    return Success;
}

} // namespace

void addRunsReproCommands(CommandTable& table)
{
    table.push_back(makeCommand("runs diff", "A B", "what differs between two runs: recipe, data, environment",
                                {flag("all", "also what is the same")}, runsDiff, "runs diff 3f2a 9b10"));
    table.push_back(makeCommand(
        "runs pack", "RUN --out FILE.crucible-run", "the run, its data and metrics in one file, to rerun elsewhere",
        {option("out", "FILE", "the file to write", 'o')}, runsPack, "runs pack 3f2a --out baseline.crucible-run"));
    table.push_back(makeCommand("runs unpack", "FILE.crucible-run|-",
                                "add a packed run and its dataset version (- from standard input)", {}, runsUnpack,
                                "runs unpack baseline.crucible-run"));
}

} // namespace crucible::cli
