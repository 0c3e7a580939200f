// crucible-cli runs export and runs compare.
#include "Arguments.h"
#include "RunsShared.h"
#include "TextTable.h"

#include "engine/core/OutputFile.h"
#include "engine/interop/MlflowFiles.h"
#include "engine/store/MetricReader.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunField.h"
#include "engine/store/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace crucible::cli {

namespace {

/// runs export RUN... --format mlflow --out DIR: an mlruns folder.
int runsExportMlflow(Context& context, const Arguments& parsed)
{
    if (parsed.positionals().isEmpty())
        return context.usage(QStringLiteral("runs export --format mlflow takes one or more RUNs and --out DIR"));
    const QString out = parsed.value(QStringLiteral("out"));
    if (out.isEmpty() || out == QLatin1String("-"))
        return context.usage(QStringLiteral("runs export --format mlflow needs --out DIR, the mlruns folder to write"));
    if (parsed.has(QStringLiteral("key")))
        return context.usage(QStringLiteral("runs export --format mlflow writes every metric; --key is for CSV"));
    int exitCode = Success;
    auto workspace = openOrFail(context, &exitCode);
    if (!workspace)
        return exitCode;
    QStringList ids;
    RunCatalog catalog(*workspace);
    for (const QString& reference : parsed.positionals()) {
        const auto id = catalog.resolve(reference);
        if (!id)
            return context.fail(id.error());
        if (!ids.contains(id.value()))
            ids.append(id.value());
    }
    auto exported = exportMlflow(*workspace, ids, out);
    if (!exported)
        return context.fail(exported.error());
    if (context.json) {
        context.printJson({{QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
                           {QStringLiteral("runs"), exported->runs},
                           {QStringLiteral("experiments"), exported->experiments},
                           {QStringLiteral("points"), double(exported->points)},
                           {QStringLiteral("artifacts"), exported->artifacts},
                           {QStringLiteral("skipped_keys"), QJsonArray::fromStringList(exported->skippedKeys)}});
        return Success;
    }
    context.out << "Wrote " << exported->runs << " run(s) of " << exported->experiments << " experiment(s), "
                << exported->points << " point(s) and " << exported->artifacts << " artifact(s) to "
                << QFileInfo(out).absoluteFilePath() << "\n";
    for (const QString& key : exported->skippedKeys)
        context.out << "  left out " << key << ": not a name MLflow's file store can hold\n";
    context.out << "Read it with: MLFLOW_ALLOW_FILE_STORE=true mlflow ui --backend-store-uri "
                << QFileInfo(out).absoluteFilePath() << "\n";
    return Success;
}

int runsExport(Context& context, const Arguments& arguments)
{
    const QString format = arguments.value(QStringLiteral("format"), QStringLiteral("csv"));
    if (format == QLatin1String("mlflow"))
        return runsExportMlflow(context, arguments);
    if (format != QLatin1String("csv"))
        return context.usage(QStringLiteral("runs export: --format is csv (the default) or mlflow"));
    if (arguments.positionals().size() != 1)
        return context.usage(QStringLiteral("runs export takes one RUN: runs export RUN [--out CSV] [--key KEY]"));
    int exitCode = Success;
    auto workspace = openOrFail(context, &exitCode);
    if (!workspace)
        return exitCode;
    const auto id = RunCatalog(*workspace).resolve(arguments.positionals().first());
    if (!id)
        return context.fail(id.error());
    MetricReader reader(*workspace);
    auto keys = reader.keys(id.value());
    if (!keys)
        return context.fail(keys.error());
    if (arguments.has(QStringLiteral("key"))) {
        const QStringList asked = arguments.values(QStringLiteral("key")); // -k A -k B: both
        for (const QString& key : asked) {
            if (!keys->contains(key))
                return context.fail(
                    {ErrorCode::NotFound, QStringLiteral("the run has no metric '%1'").arg(key), id.value()});
        }
        keys = asked;
        keys->removeDuplicates();
    }

    // "--out -" is standard output, as no --out is; a file is written through OutputFile (atomic,
    // never over the workspace's database, into a FIFO or device as it is).
    QString outPath = arguments.value(QStringLiteral("out"));
    if (outPath == QLatin1String("-")) {
        if (context.json)
            return context.usage(QStringLiteral("runs export: --json and --out - both want standard output"));
        outPath.clear();
    }
    QByteArray buffer;
    QTextStream fileStream(&buffer);
    const bool toStdout = outPath.isEmpty() && !context.json;
    QTextStream& out = toStdout ? context.out : fileStream;
    QJsonArray points;
    qint64 rows = 0;
    if (!outPath.isEmpty() || toStdout)
        out << "run_id,key,step,epoch,wall_time,value\n";
    for (const QString& key : keys.value()) {
        const auto series = reader.points(id.value(), key);
        if (!series)
            return context.fail(series.error());
        for (const MetricPoint& point : series.value()) {
            ++rows;
            if (context.json && outPath.isEmpty()) {
                points.append(QJsonObject {{QStringLiteral("key"), key},
                                           {QStringLiteral("step"), point.step},
                                           {QStringLiteral("epoch"), point.epoch},
                                           {QStringLiteral("wall_time"), point.wallTime},
                                           {QStringLiteral("value"), jsonNumber(point.value)}});
                continue;
            }
            out << id.value() << ',' << csvField(key) << ',' << point.step << ','
                << exportNumber(point.epoch, 'g', QLocale::FloatingPointShortest) << ','
                << exportNumber(point.wallTime, 'f', 6) << ','
                << exportNumber(point.value, 'g', QLocale::FloatingPointShortest) << '\n';
        }
    }
    if (!outPath.isEmpty()) {
        fileStream.flush();
        OutputFile file;
        Status written = file.open(outPath, {workspace->databasePath()});
        if (written)
            written = file.write(buffer);
        if (written)
            written = file.commit();
        if (!written)
            return context.fail(written.error());
    }
    out.flush();
    if (context.json) {
        QJsonObject document {{QStringLiteral("run"), id.value()}, {QStringLiteral("rows"), rows}};
        if (outPath.isEmpty())
            document.insert(QStringLiteral("points"), points);
        else
            document.insert(QStringLiteral("out"), outPath);
        context.printJson(document);
    } else if (!outPath.isEmpty()) {
        context.err << "Wrote " << rows << " points of " << keys->size() << " metric(s) to " << outPath << "\n";
    }
    return Success;
}

int runsCompare(Context& context, const Arguments& arguments)
{
    if (arguments.positionals().size() < 2)
        return context.usage(QStringLiteral("runs compare takes two or more RUNs"));
    int exitCode = Success;
    auto workspace = openOrFail(context, &exitCode);
    if (!workspace)
        return exitCode;
    std::vector<RunRecord> runs;
    if (!loadRuns(context, *workspace, arguments.positionals(), runs, &exitCode))
        return exitCode;
    const bool onlyDiffering = arguments.has(QStringLiteral("diff"));

    QStringList paramKeys;
    QStringList metricKeys;
    for (const RunRecord& run : runs) {
        for (const QString& key : run.params.keys())
            if (!paramKeys.contains(key))
                paramKeys << key;
        for (const QString& key : run.metrics.keys())
            if (!metricKeys.contains(key))
                metricKeys << key;
    }
    paramKeys.sort();
    metricKeys.sort();
    QJsonObject params;
    QList<QStringList> paramRows;
    for (const QString& key : std::as_const(paramKeys)) {
        QStringList cells; // exact, so that 0.001234561 and 0.001234562 show and --diff as different
        QJsonArray values;
        for (const RunRecord& run : runs) {
            const QJsonValue value = run.params.value(key, QJsonValue(QJsonValue::Undefined));
            cells << (value.isUndefined() ? QStringLiteral("-") : FieldValue::fromJson(value).exact());
            values.append(value.isUndefined() ? QJsonValue() : value);
        }
        if (onlyDiffering && QSet<QString>(cells.cbegin(), cells.cend()).size() == 1)
            continue;
        params.insert(key, values);
        paramRows << (QStringList {key} + cells);
    }
    QJsonObject metrics;
    QList<QStringList> metricRows;
    for (const QString& key : std::as_const(metricKeys)) {
        QStringList cells;
        QJsonArray values;
        for (const RunRecord& run : runs) {
            const auto found = run.metrics.constFind(key);
            if (found == run.metrics.constEnd()) {
                cells << QStringLiteral("-");
                values.append(QJsonValue());
                continue;
            }
            cells << QStringLiteral("%1 (best %2 @%3)")
                         .arg(number(found->last), number(found->best(key)))
                         .arg(found->bestStep(key));
            values.append(summaryJson(key, *found));
        }
        metrics.insert(key, values);
        metricRows << (QStringList {key} + cells);
    }
    if (context.json) {
        QJsonArray ids;
        for (const RunRecord& run : runs)
            ids.append(run.id);
        context.printJson(QJsonObject {
            {QStringLiteral("runs"), ids}, {QStringLiteral("params"), params}, {QStringLiteral("metrics"), metrics}});
        return Success;
    }
    QStringList header {QStringLiteral("PARAM")};
    QStringList idRow {QStringLiteral("(run id)")};
    for (const RunRecord& run : runs) {
        header << run.name;
        idRow << run.id;
    }
    paramRows.prepend(idRow);
    if (paramRows.size() == 1)
        context.out << (onlyDiffering ? "The runs' params are the same.\n" : "The runs have no params.\n");
    else
        printTable(context.out, header, paramRows);
    if (!metricRows.isEmpty()) {
        header[0] = QStringLiteral("METRIC (LAST)");
        context.out << "\n";
        printTable(context.out, header, metricRows);
    }
    return Success;
}

} // namespace

void addRunsExportCommands(CommandTable& table)
{
    table.push_back(makeCommand(
        "runs export", "RUN... [--out FILE]", "metric points as CSV in long format, or runs as an mlruns folder",
        {option("out", "FILE", "the CSV file (default: standard output), or with --format mlflow a folder", 'o'),
         option("key", "KEY", "only this metric (repeat for several)", 'k'),
         option("format", "csv|mlflow", "csv (default) or an mlruns folder that MLflow reads")},
        runsExport, "runs export 3f2a --key val_loss --out curve.csv"));
    table.push_back(makeCommand("runs compare", "RUN...", "params side by side, and metric summaries",
                                {flag("diff", "only the params that differ")}, runsCompare,
                                "runs compare 3f2a 9b10 --diff"));
}

} // namespace crucible::cli
