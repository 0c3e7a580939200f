#include "Arguments.h"
#include "Cli.h"
#include "Interrupt.h"
#include "TerminalProgress.h"
#include "TextTable.h"

#include "engine/data/DatasetExport.h"
#include "engine/data/DatasetStore.h"
#include "engine/data/Samples.h"
#include "engine/data/Timestamp.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cmath>

namespace crucible::cli {

namespace {

QJsonObject versionJson(const DatasetVersion& version)
{
    return QJsonObject {{QStringLiteral("name"), version.name},
                        {QStringLiteral("hash"), version.hash},
                        {QStringLiteral("reference"), version.reference()},
                        {QStringLiteral("kind"), datasetKindName(version.kind)},
                        {QStringLiteral("target"), version.target},
                        {QStringLiteral("task"), taskName(version.task)},
                        {QStringLiteral("rows"), version.rows},
                        {QStringLiteral("columns"), version.columns},
                        {QStringLiteral("bytes"), version.byteSize},
                        {QStringLiteral("source"), version.source},
                        {QStringLiteral("created_at"), version.createdAt.toString(Qt::ISODateWithMs)}};
}

QString formatNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 5) : QStringLiteral("-");
}

int reportImport(Context& context, const Result<ImportOutcome>& outcome)
{
    if (!outcome)
        return context.fail(outcome.error());
    const DatasetVersion& v = outcome->version;
    // On standard error, also with --json: what was read otherwise than it might be meant.
    for (const QString& note : outcome->notes)
        context.err << "note: " << note << " (data import --dates day-first or month-first)\n";
    if (context.json) {
        QJsonObject json = versionJson(v);
        json.insert(QStringLiteral("is_new"), outcome->isNew);
        context.printJson(json);
        return int(Success);
    }
    if (outcome->isNew)
        context.out << "Imported " << v.reference() << ": " << v.rows << " rows, target " << v.target << " ("
                    << taskName(v.task) << ")\n";
    else
        context.out << "Unchanged: " << v.reference() << " already holds this content; no new version.\n";
    return int(Success);
}

int dataImport(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(
            QStringLiteral("data import takes one PATH (a CSV/TSV file, an image folder or IDX files)"));
    ImportRequest request;
    request.path = arguments.positionals().first();
    // "-": a CSV on standard input, which has no file name to name the dataset after.
    QTemporaryDir stdinFolder;
    if (request.path == QLatin1String("-")) {
        if (!arguments.has(QStringLiteral("name")))
            return context.usage(QStringLiteral("data import - (standard input) needs --name"));
        auto copied = readablePath(context, request.path, stdinFolder.path(), QStringLiteral("stdin.csv"));
        if (!copied)
            return context.fail(copied.error());
        request.path = copied.value();
        request.source = QStringLiteral("standard input");
    }
    request.name = arguments.value(QStringLiteral("name"));
    request.target = arguments.value(QStringLiteral("target"));
    request.kind = arguments.value(QStringLiteral("kind"));
    const QString delimiter = arguments.value(QStringLiteral("delimiter"));
    if (!delimiter.isEmpty()) {
        if (delimiter == QLatin1String("\\t") || delimiter == QLatin1String("tab"))
            request.csv.delimiter = '\t';
        else if (delimiter == QLatin1String("whitespace") || delimiter == QLatin1String("space")
                 || delimiter == QLatin1String(" "))
            request.csv.delimiter = ' ';
        else if (delimiter.size() == 1 && delimiter[0].unicode() < 128)
            request.csv.delimiter = char(delimiter[0].unicode());
        else
            return context.usage(QStringLiteral("--delimiter takes one character, tab or whitespace"));
    }
    if (const QString quote = arguments.value(QStringLiteral("quote")); !quote.isEmpty()) {
        if (quote != QLatin1String("\"") && quote != QLatin1String("'"))
            return context.usage(QStringLiteral("--quote is \" or '"));
        request.csv.quote = char(quote[0].unicode());
    }
    if (const QString decimal = arguments.value(QStringLiteral("decimal")); !decimal.isEmpty()) {
        if (decimal != QLatin1String(".") && decimal != QLatin1String(","))
            return context.usage(QStringLiteral("--decimal is . or ,"));
        request.csv.decimal = char(decimal[0].unicode());
    }
    if (arguments.has(QStringLiteral("header-line"))) {
        bool ok = false;
        request.csv.headerLine = arguments.value(QStringLiteral("header-line")).toInt(&ok);
        if (!ok || request.csv.headerLine < 1)
            return context.usage(QStringLiteral("--header-line takes the header's line number, from 1"));
    }
    const QString outOfRange = arguments.value(QStringLiteral("out-of-range"));
    if (!outOfRange.isEmpty() && outOfRange != QLatin1String("error") && outOfRange != QLatin1String("missing"))
        return context.usage(QStringLiteral("--out-of-range is error (the default) or missing"));
    request.csv.outOfRangeAsMissing = outOfRange == QLatin1String("missing");
    const QString notNumbers = arguments.value(QStringLiteral("not-numbers"), QStringLiteral("error"));
    if (notNumbers == QLatin1String("missing"))
        request.csv.notNumbers = CsvOptions::NotNumbers::Missing;
    else if (notNumbers == QLatin1String("text"))
        request.csv.notNumbers = CsvOptions::NotNumbers::Text;
    else if (notNumbers != QLatin1String("error"))
        return context.usage(QStringLiteral("--not-numbers is error (the default), missing or text"));
    if (arguments.has(QStringLiteral("dates"))) {
        const std::optional<timestamps::DateOrder> dates =
            timestamps::dateOrderFromName(arguments.value(QStringLiteral("dates")));
        if (!dates)
            return context.usage(QStringLiteral("--dates is auto (the default), day-first, month-first or off"));
        request.csv.dates = *dates;
    }
    if (!request.kind.isEmpty()
        && !QStringList {QStringLiteral("csv"), QStringLiteral("images"), QStringLiteral("idx")}.contains(request.kind))
        return context.usage(QStringLiteral("--kind is csv, images or idx"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    // Ctrl+C or SIGTERM cancels where the import next reports progress: the workspace stays as it
    // was and temporary copies (a decompressed file, standard input) are removed on the way out.
    InterruptGuard guard;
    const ProgressCallback bar = terminalProgress(context.err, QStringLiteral("Importing"));
    auto outcome = DatasetStore(*workspace.value()).importPath(request, [&bar](double fraction, const QString& stage) {
        return bar(fraction, stage) && interruptSignal() == 0;
    });
    finishTerminalProgress(context.err);
    if (!outcome && interruptSignal() != 0) {
        context.fail(outcome.error());
        return 128 + interruptSignal();
    }
    return reportImport(context, outcome);
}

int dataList(Context& context, const Arguments& arguments)
{
    const QStringList& args = arguments.positionals();
    if (!args.isEmpty())
        return context.usage(QStringLiteral("data list takes no arguments"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    auto versions = DatasetStore(*workspace.value()).versions();
    if (!versions)
        return context.fail(versions.error());
    if (context.json) {
        QJsonArray array;
        for (const DatasetVersion& v : versions.value())
            array.append(versionJson(v));
        context.printJson(QJsonObject {{QStringLiteral("datasets"), array}});
        return int(Success);
    }
    if (versions->isEmpty()) {
        context.out << "No datasets yet. Import one with 'crucible-cli data import PATH', or add samples with "
                       "'crucible-cli data samples --all'.\n";
        return int(Success);
    }
    QList<QStringList> rows;
    for (const DatasetVersion& v : versions.value()) {
        rows << QStringList {v.name,
                             v.shortHash(),
                             datasetKindName(v.kind),
                             QString::number(v.rows),
                             v.target + QStringLiteral(" (") + taskName(v.task) + QLatin1Char(')'),
                             v.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
    }
    printTable(context.out,
               {QStringLiteral("NAME"), QStringLiteral("VERSION"), QStringLiteral("KIND"), QStringLiteral("ROWS"),
                QStringLiteral("TARGET"), QStringLiteral("IMPORTED")},
               rows, 0);
    return int(Success);
}

int dataShow(Context& context, const Arguments& arguments)
{
    const QStringList& args = arguments.positionals();
    if (args.size() != 1)
        return context.usage(QStringLiteral("data show takes one NAME or NAME@HASH"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    DatasetStore store(*workspace.value());
    auto version = store.find(args.first());
    if (!version)
        return context.fail(version.error());
    auto profile = store.profile(version.value());
    if (!profile)
        return context.fail(profile.error());
    if (context.json) {
        QJsonObject json = versionJson(version.value());
        json.insert(QStringLiteral("profile"), profile->toJson());
        context.printJson(json);
        return int(Success);
    }
    const DatasetVersion& v = version.value();
    context.out << v.reference() << "  (" << datasetKindName(v.kind) << ", " << v.rows << " rows, target " << v.target
                << ", " << taskName(v.task) << ")\n"
                << "hash    " << v.hash << "\nsource  " << v.source << "\n\n";
    if (profile->channels > 0) {
        context.out << "images  " << profile->width << "x" << profile->height << ", " << profile->channels
                    << " channel(s); pixel mean";
        for (double m : profile->channelMean)
            context.out << " " << formatNumber(m);
        context.out << ", std";
        for (double s : profile->channelStd)
            context.out << " " << formatNumber(s);
        context.out << "\n\n";
    }
    QList<QStringList> rows;
    for (const ColumnProfile& c : profile->columns) {
        QStringList row {c.name, columnTypeName(c.type), QString::number(c.missing), QString::number(c.distinct)};
        const bool times = isTimeType(c.type);
        if (std::isfinite(c.mean) && times) {
            // Dates as the table prints them; the spread in days.
            row << timestamps::formatDays(c.min, c.type) << timestamps::formatDays(c.quantiles[2], c.type)
                << timestamps::formatDays(c.mean, c.type) << timestamps::formatDays(c.max, c.type)
                << QStringLiteral("%1 d").arg(formatNumber(c.std));
        } else if (std::isfinite(c.mean)) {
            row << formatNumber(c.min) << formatNumber(c.quantiles[2]) << formatNumber(c.mean) << formatNumber(c.max)
                << formatNumber(c.std);
        } else {
            QStringList top;
            for (int i = 0; i < c.top.size() && i < 3; ++i)
                top << QStringLiteral("%1 (%2)").arg(c.top[i].first).arg(c.top[i].second);
            row << QStringList(5, QStringLiteral("-")) << top.join(QStringLiteral(", "));
        }
        rows << row;
    }
    printTable(context.out,
               {QStringLiteral("COLUMN"), QStringLiteral("TYPE"), QStringLiteral("MISSING"), QStringLiteral("DISTINCT"),
                QStringLiteral("MIN"), QStringLiteral("MEDIAN"), QStringLiteral("MEAN"), QStringLiteral("MAX"),
                QStringLiteral("STD"), QStringLiteral("TOP")},
               rows, 0);
    if (!profile->classBalance.isEmpty()) {
        context.out << "\nclass balance of " << profile->target << ":\n";
        for (const auto& [label, count] : profile->classBalance)
            context.out << "  " << label.leftJustified(20) << " " << count
                        << QStringLiteral(" (%1%)").arg(
                               100.0 * double(count) / double(std::max<qint64>(profile->rows, 1)), 0, 'f', 1)
                        << "\n";
    }
    return int(Success);
}

int dataSamples(Context& context, const Arguments& arguments)
{
    const QList<SampleInfo> catalogue = sampleCatalogue();
    QStringList wanted = arguments.positionals();
    if (arguments.has(QStringLiteral("all"))) {
        for (const SampleInfo& info : catalogue) {
            if (info.isAvailable)
                wanted << info.key;
        }
    }
    if (wanted.isEmpty()) {
        if (context.json) {
            QJsonArray array;
            for (const SampleInfo& info : catalogue) {
                array.append(QJsonObject {{QStringLiteral("key"), info.key},
                                          {QStringLiteral("title"), info.title},
                                          {QStringLiteral("description"), info.description},
                                          {QStringLiteral("kind"), datasetKindName(info.kind)},
                                          {QStringLiteral("available"), info.isAvailable},
                                          {QStringLiteral("unavailable_reason"), info.unavailableReason}});
            }
            context.printJson(QJsonObject {{QStringLiteral("samples"), array}});
            return int(Success);
        }
        QList<QStringList> rows;
        for (const SampleInfo& info : catalogue)
            rows << QStringList {info.key, info.isAvailable ? info.description : info.unavailableReason};
        printTable(context.out, {QStringLiteral("SAMPLE"), QStringLiteral("DESCRIPTION")}, rows, 0);
        context.out << "\nAdd them with 'crucible-cli data samples NAME...' or 'crucible-cli data samples --all'.\n";
        return int(Success);
    }
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    DatasetStore store(*workspace.value());
    QJsonArray imported;
    for (const QString& key : wanted) {
        auto outcome = store.importSample(key, terminalProgress(context.err, key));
        finishTerminalProgress(context.err);
        if (!outcome)
            return context.fail(outcome.error());
        if (context.json) {
            QJsonObject json = versionJson(outcome->version);
            json.insert(QStringLiteral("is_new"), outcome->isNew);
            imported.append(json);
        } else {
            context.out << (outcome->isNew ? "Added     " : "Unchanged ") << outcome->version.reference() << "\n";
        }
    }
    if (context.json)
        context.printJson(QJsonObject {{QStringLiteral("imported"), imported}});
    return int(Success);
}

} // namespace

namespace {

int dataExport(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(context.synopsis());
    if (!arguments.has(QStringLiteral("out")))
        return context.usage(QStringLiteral("data export: say where with --out FILE (- for standard output), or "
                                            "--out FOLDER for images"));
    const QString out = arguments.value(QStringLiteral("out"));
    if (out == QLatin1String("-") && context.json)
        return context.usage(QStringLiteral("data export: --json and --out - both want standard output"));
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    DatasetStore store(*workspace.value());
    auto version = store.find(arguments.positionals().first());
    if (!version)
        return context.fail(version.error());
    auto dataset = store.load(version.value());
    if (!dataset)
        return context.fail(dataset.error());
    qint64 written = dataset->rowCount();
    if (dataset->kind == DatasetKind::Images) {
        auto images = exportImages(dataset.value(), out);
        if (!images)
            return context.fail(images.error());
        written = images.value();
    } else if (Status done = exportCsv(
                   dataset.value(), out,
                   {workspace.value()->folder(), resolveRegistryFolder(*workspace.value(), context.registryOption)});
               !done) {
        return context.fail(done.error());
    }
    if (out == QLatin1String("-"))
        return Success;
    if (context.json)
        context.printJson({{QStringLiteral("dataset"), versionJson(version.value())},
                           {QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
                           {QStringLiteral("rows"), double(written)}});
    else
        context.out << "Wrote " << written << (dataset->kind == DatasetKind::Images ? " image(s) of " : " row(s) of ")
                    << version->reference() << " to " << QFileInfo(out).absoluteFilePath() << "\n";
    return Success;
}

int dataDelete(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() != 1)
        return context.usage(context.synopsis());
    const QString reference = arguments.positionals().first();
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    DatasetStore store(*workspace.value());
    auto version = store.find(reference);
    if (!version)
        return context.fail(version.error());
    // A bare name with several versions is ambiguous for a deletion: say which exist.
    if (!reference.contains(QLatin1Char('@'))) {
        auto versions = store.versions(version->name);
        if (versions && versions->size() > 1) {
            QStringList references;
            for (const DatasetVersion& each : versions.value())
                references << each.reference();
            return context.fail({ErrorCode::InvalidInput,
                                 QStringLiteral("%1 has %2 versions; name the one to delete: %3")
                                     .arg(version->name)
                                     .arg(versions->size())
                                     .arg(references.join(QStringLiteral(", "))),
                                 reference});
        }
    }
    auto deleted = deleteDatasetVersion(*workspace.value(), version.value(), arguments.has(QStringLiteral("force")));
    if (!deleted) {
        Error error = deleted.error();
        if (error.code == ErrorCode::InvalidInput)
            error.message += QStringLiteral(" (--force)");
        return context.fail(error);
    }
    if (context.json)
        context.printJson({{QStringLiteral("deleted"), versionJson(version.value())},
                           {QStringLiteral("runs_unlinked"), deleted.value()}});
    else {
        context.out << "Deleted " << version->reference() << "\n";
        if (deleted.value() > 0)
            context.out << deleted.value() << " run(s) keep their records without the link to this data\n";
    }
    return Success;
}

} // namespace

void addDataCommands(CommandTable& table)
{
    table.push_back(makeCommand(
        "data import", "PATH", "add a CSV/TSV file, an image folder or IDX files as a dataset version",
        {option("name", "NAME", "the dataset's name (default: the file or folder name)", 'n'),
         option("target", "COLUMN", "the column to predict (default: the last)", 't'),
         option("kind", "csv|images|idx", "what PATH holds, when its name does not say"),
         option(
             "delimiter", "CHAR",
             "the field separator (one character, tab, or whitespace for runs of spaces); found by itself otherwise"),
         option("decimal", ".|,", "the decimal mark (1.5 or 1,5); found by itself otherwise"),
         option("quote", "CHAR", "the quote character, \" or '; found by itself otherwise"),
         option("header-line", "N", "the line of the column names, when title or comment lines come first"),
         option("out-of-range", "error|missing",
                "a number beyond a 32-bit float (about 3.4e38): refused (default) or missing"),
         option("not-numbers", "error|missing|text",
                "text in a numeric column: refused (default), missing, or the column becomes text"),
         option("dates", "auto|day-first|month-first|off",
                "how 03/04/2024 is read; auto (default) reads year-first dates, and others where the values show "
                "the order; off keeps dates as text")},
        dataImport, "data import iris.csv --target species",
        "CSV and TSV files may be gzip- or zstd-compressed (.csv.gz, .csv.zst), separated by runs of spaces (R's "
        ".dat tables), quoted with single quotes, written with decimal commas (1,5 with ; between fields), or "
        "start with title lines; each is found by itself where the file is unambiguous, and otherwise named with "
        "the options. Columns of dates and times (2024-03-01, 2024-03-01T12:30:00Z, 31.12.2024 18:30, "
        "3/14/2024 1:30 PM) become date or timestamp columns; a time with a zone is kept in UTC. A PATH of - reads a "
        "CSV from standard input (give --name). A version is named by its content: "
        "importing the "
        "same data again adds nothing. Progress is shown on a terminal; Ctrl+C stops the import and keeps the "
        "workspace as it was."));
    table.push_back(makeCommand("data list", "", "every dataset version", {}, dataList, "data list"));
    table.push_back(makeCommand("data show", "NAME[@HASH]",
                                "a version's profile: columns, types, ranges, missing values", {}, dataShow,
                                "data show iris"));
    table.push_back(makeCommand("data samples", "[NAME...]", "list the built-in sample datasets, or add them",
                                {flag("all", "add every sample available on this machine")}, dataSamples,
                                "data samples iris fashion-mnist"));
    table.push_back(
        makeCommand("data export", "NAME[@HASH] --out FILE.csv|-|FOLDER",
                    "a version as CSV, or an image dataset as a folder per label",
                    {option("out", "FILE", "the CSV file (- for standard output) or, for images, a folder", 'o')},
                    dataExport, "data export iris --out iris.csv"));
    table.push_back(makeCommand(
        "data delete", "NAME[@HASH]", "delete a dataset version; refused while runs use it, unless forced",
        {flag("force", "delete even though runs trained on it (they keep their records, without the link)")},
        dataDelete, "data delete iris@3f2a9c1b"));
}

} // namespace crucible::cli
