// crucible-cli runs ...: list, show, export, compare, and the edits (rename, tag, note, delete, restore).
#include "Cli.h"
#include "TextTable.h"

#include "engine/core/CsvText.h"
#include "engine/core/Duration.h"
#include "engine/core/OutputFile.h"
#include "engine/store/FilterExpression.h"
#include "engine/store/MetricReader.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunField.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace crucible::cli {

namespace {

/// Options after the command words: `--name value`, `--name=value`, flags, and positionals.
struct Arguments {
    QMap<QString, QString> values;
    QSet<QString> flags;
    QStringList positional;
    QString problem;

    static Arguments parse(const QStringList& args, const QStringList& valueOptions, const QStringList& flagOptions)
    {
        Arguments result;
        for (int i = 0; i < args.size(); ++i) {
            const QString& arg = args[i];
            if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
                result.positional << arg;
                continue;
            }
            const qsizetype equals = arg.indexOf(QLatin1Char('='));
            const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
            if (flagOptions.contains(name) && equals < 0) {
                result.flags << name;
            } else if (valueOptions.contains(name)) {
                if (equals >= 0)
                    result.values.insert(name, arg.mid(equals + 1));
                else if (i + 1 < args.size())
                    result.values.insert(name, args[++i]);
                else
                    result.problem = QStringLiteral("--%1 needs a value").arg(name);
            } else {
                result.problem = QStringLiteral("unknown option '%1'").arg(arg);
            }
        }
        return result;
    }
};

std::unique_ptr<Workspace> openWorkspace(Context& context, int* exitCode)
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("CRUCIBLE_BUSY_TIMEOUT_MS", &ok);
    Workspace::Options options;
    if (ok && fromEnvironment >= 0)
        options.busyTimeoutMs = fromEnvironment;
    auto opened = Workspace::open(Workspace::resolveFolder(context.workspaceOption), options);
    if (!opened) {
        *exitCode = context.fail(opened.error());
        return nullptr;
    }
    return std::move(opened.value());
}

QString number(double value)
{
    FieldValue field;
    field.kind = FieldValue::Kind::Number;
    field.number = value;
    return field.display();
}

QJsonValue jsonNumber(double value)
{
    // JSON has no NaN or Inf: they travel as the strings "nan", "inf" and "-inf".
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(number(value));
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QJsonObject summaryJson(const QString& key, const MetricSummary& summary)
{
    return {{QStringLiteral("last"), jsonNumber(summary.last)},
            {QStringLiteral("last_step"), summary.lastStep},
            {QStringLiteral("min"), jsonNumber(summary.min)},
            {QStringLiteral("max"), jsonNumber(summary.max)},
            {QStringLiteral("best"), jsonNumber(summary.best(key))},
            {QStringLiteral("best_step"), summary.bestStep(key)},
            {QStringLiteral("count"), summary.count},
            {QStringLiteral("nan_count"), summary.nanCount}};
}

QJsonObject runJson(const RunRecord& run, bool full)
{
    QJsonObject params;
    for (auto it = run.params.cbegin(); it != run.params.cend(); ++it)
        params.insert(it.key(), it.value());
    QJsonObject metrics;
    for (auto it = run.metrics.cbegin(); it != run.metrics.cend(); ++it)
        metrics.insert(it.key(), summaryJson(it.key(), it.value()));
    QJsonObject object {
        {QStringLiteral("id"), run.id},
        {QStringLiteral("name"), run.name},
        {QStringLiteral("experiment"), run.experiment},
        {QStringLiteral("status"), runStatusKey(run.status)},
        {QStringLiteral("created_at"), run.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("started_at"),
         run.startedAt.isValid() ? QJsonValue(run.startedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("ended_at"),
         run.endedAt.isValid() ? QJsonValue(run.endedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("dataset"),
         QJsonObject {{QStringLiteral("name"), run.datasetName}, {QStringLiteral("hash"), run.datasetHash}}},
        {QStringLiteral("seed"), run.seed ? QJsonValue(double(*run.seed)) : QJsonValue()},
        {QStringLiteral("device"), run.device},
        {QStringLiteral("config_hash"), run.configHash},
        {QStringLiteral("parent_run_id"), run.parentRunId.isEmpty() ? QJsonValue() : QJsonValue(run.parentRunId)},
        {QStringLiteral("error"), run.error},
        {QStringLiteral("notes"), run.notes},
        {QStringLiteral("tags"), QJsonArray::fromStringList(run.tags)},
        {QStringLiteral("deleted"), run.isDeleted()},
        {QStringLiteral("params"), params},
        {QStringLiteral("metrics"), metrics},
    };
    if (full) {
        object.insert(QStringLiteral("config"), run.config);
        object.insert(QStringLiteral("environment"), run.environment);
        QJsonArray artifacts;
        for (const ArtifactRecord& artifact : run.artifacts)
            artifacts.append(QJsonObject {{QStringLiteral("path"), artifact.path},
                                          {QStringLiteral("kind"), artifact.kind},
                                          {QStringLiteral("size"), artifact.size},
                                          {QStringLiteral("sha256"), artifact.sha256}});
        object.insert(QStringLiteral("artifacts"), artifacts);
    }
    return object;
}

/// Run names, tags, params and keys are the user's text: no formulas in a spreadsheet.
QString csvField(const QString& text)
{
    return csvtext::untrustedField(text);
}

/// Prints a filter error under the expression with a caret at its column.
int failFilter(Context& context, const Error& error, const QString& expression)
{
    const int code = context.fail(error);
    const int column = error.where.section(QLatin1Char(' '), -1).toInt();
    context.err << "  " << expression << "\n  " << QString(std::max(0, column - 1), QLatin1Char(' ')) << "^\n";
    context.err.flush();
    return code;
}

QStringList defaultColumns(const std::vector<RunRecord>& runs, const QString& sort)
{
    QStringList columns {QStringLiteral("id"),     QStringLiteral("name"),    QStringLiteral("experiment"),
                         QStringLiteral("status"), QStringLiteral("created"), QStringLiteral("duration")};
    QSet<QString> present;
    for (const RunRecord& run : runs) {
        for (auto it = run.metrics.cbegin(); it != run.metrics.cend(); ++it)
            present.insert(it.key());
    }
    for (const char* key : {"val_accuracy", "val_loss", "val_mse", "loss"}) {
        if (present.contains(QLatin1String(key)))
            columns << QStringLiteral("metrics.") + QLatin1String(key);
    }
    QString sortField = sort.trimmed();
    if (sortField.startsWith(QLatin1Char('-')))
        sortField = sortField.mid(1);
    sortField = sortField.section(QLatin1Char(' '), 0, 0);
    if ((sortField.startsWith(QLatin1String("params.")) || sortField.startsWith(QLatin1String("metrics.")))
        && !columns.contains(sortField))
        columns << sortField;
    return columns;
}

QString cellText(const RunRecord& run, const RunField& field)
{
    if (field.name() == QLatin1String("created"))
        return timeText(run.createdAt);
    if (field.name() == QLatin1String("duration"))
        return formatDuration(run.durationSeconds(), DurationStyle::Units);
    return field.valueOf(run).display();
}

int runsList(Context& context, const QStringList& args)
{
    const Arguments parsed =
        Arguments::parse(args,
                         {QStringLiteral("experiment"), QStringLiteral("filter"), QStringLiteral("sort"),
                          QStringLiteral("format"), QStringLiteral("columns")},
                         {QStringLiteral("trash")});
    if (!parsed.problem.isEmpty())
        return context.usage(QStringLiteral("runs list: ") + parsed.problem);
    if (!parsed.positional.isEmpty())
        return context.usage(
            QStringLiteral("runs list takes no positional arguments (put a filter in --filter \"...\")"));
    const QString format =
        context.json ? QStringLiteral("json") : parsed.values.value(QStringLiteral("format"), QStringLiteral("table"));
    if (!QStringList {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(format))
        return context.usage(QStringLiteral("--format is table, csv or json"));

    int exitCode = Success;
    auto workspace = openWorkspace(context, &exitCode);
    if (!workspace)
        return exitCode;
    RunQuery query;
    query.experiment = parsed.values.value(QStringLiteral("experiment"));
    query.filter = parsed.values.value(QStringLiteral("filter"));
    query.sort = parsed.values.value(QStringLiteral("sort"));
    query.trash = parsed.flags.contains(QStringLiteral("trash")) ? RunQuery::Trash::Only : RunQuery::Trash::Exclude;
    const auto runs = RunCatalog(*workspace).list(query);
    if (!runs) {
        if (runs.error().where.startsWith(QLatin1String("filter")))
            return failFilter(context, runs.error(), query.filter);
        return context.fail(runs.error());
    }

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const RunRecord& run : runs.value())
            array.append(runJson(run, false));
        context.printJson(QJsonObject {{QStringLiteral("runs"), array}, {QStringLiteral("count"), array.size()}});
        return Success;
    }
    const QStringList names = parsed.values.contains(QStringLiteral("columns"))
        ? parsed.values.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts)
        : defaultColumns(runs.value(), query.sort);
    std::vector<RunField> fields;
    for (const QString& name : names) {
        QString problem;
        const auto field = RunField::parse(name.trimmed(), &problem);
        if (!field)
            return context.fail({ErrorCode::InvalidInput, problem, QStringLiteral("--columns")});
        fields.push_back(*field);
    }
    QList<QStringList> rows;
    for (const RunRecord& run : runs.value()) {
        QStringList row;
        for (const RunField& field : fields)
            row << cellText(run, field);
        rows << row;
    }
    QStringList header;
    for (const RunField& field : fields)
        header << (format == QLatin1String("csv") ? field.name() : field.name().toUpper());
    if (format == QLatin1String("csv")) {
        context.out << header.join(QLatin1Char(',')) << "\n";
        for (const QStringList& row : std::as_const(rows)) {
            QStringList cells;
            for (const QString& cell : row)
                cells << csvField(cell);
            context.out << cells.join(QLatin1Char(',')) << "\n";
        }
    } else if (rows.isEmpty()) {
        context.out << "No runs" << (query.filter.isEmpty() ? "" : " match the filter") << ".\n";
    } else {
        printTable(context.out, header, rows);
    }
    return Success;
}

/// Resolves RUN arguments to full runs; returns false (with `exitCode` set) on the first problem.
bool loadRuns(Context& context, const Workspace& workspace, const QStringList& prefixes, std::vector<RunRecord>& runs,
              int* exitCode)
{
    RunCatalog catalog(workspace);
    for (const QString& prefix : prefixes) {
        const auto id = catalog.resolve(prefix);
        if (!id) {
            *exitCode = context.fail(id.error());
            return false;
        }
        auto run = catalog.run(id.value());
        if (!run) {
            *exitCode = context.fail(run.error());
            return false;
        }
        runs.push_back(std::move(run.value()));
    }
    return true;
}

int runsShow(Context& context, const QStringList& args)
{
    if (args.size() != 1)
        return context.usage(QStringLiteral("runs show takes one RUN (an id or the start of one)"));
    int exitCode = Success;
    auto workspace = openWorkspace(context, &exitCode);
    if (!workspace)
        return exitCode;
    std::vector<RunRecord> runs;
    if (!loadRuns(context, *workspace, args, runs, &exitCode))
        return exitCode;
    const RunRecord& run = runs.front();
    if (context.json) {
        context.printJson(runJson(run, true));
        return Success;
    }
    QTextStream& out = context.out;
    auto row = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            out << QString::fromLatin1(label).leftJustified(14) << value << "\n";
    };
    row("Run", run.id);
    row("Name", run.name);
    row("Experiment", run.experiment);
    row("Status", runStatusKey(run.status) + (run.isDeleted() ? QStringLiteral(" (in the trash)") : QString()));
    row("Error", run.error);
    row("Created", timeText(run.createdAt));
    row("Started", timeText(run.startedAt));
    row("Ended", timeText(run.endedAt));
    row("Duration", formatDuration(run.durationSeconds(), DurationStyle::Units));
    row("Dataset",
        run.datasetName.isEmpty() ? QString() : run.datasetName + QStringLiteral(" @ ") + run.datasetHash.left(12));
    row("Seed", run.seed ? QString::number(*run.seed) : QString());
    row("Device", run.device);
    row("Recipe hash", run.configHash);
    row("Parent run", run.parentRunId);
    row("Tags", run.tags.join(QStringLiteral(", ")));
    row("Notes", run.notes);
    if (!run.params.isEmpty()) {
        out << "\nParams\n";
        for (auto it = run.params.cbegin(); it != run.params.cend(); ++it)
            out << "  " << it.key().leftJustified(24) << " " << FieldValue::fromJson(it.value()).display() << "\n";
    }
    if (!run.metrics.isEmpty()) {
        QList<QStringList> rows;
        for (auto it = run.metrics.cbegin(); it != run.metrics.cend(); ++it) {
            const MetricSummary& s = it.value();
            rows << QStringList {QStringLiteral("  ") + it.key(),
                                 number(s.last),
                                 number(s.min),
                                 number(s.max),
                                 number(s.best(it.key())),
                                 QString::number(s.bestStep(it.key())),
                                 QString::number(s.count)};
        }
        out << "\nMetrics\n";
        printTable(out,
                   {QStringLiteral("  KEY"), QStringLiteral("LAST"), QStringLiteral("MIN"), QStringLiteral("MAX"),
                    QStringLiteral("BEST"), QStringLiteral("BEST STEP"), QStringLiteral("POINTS")},
                   rows);
    }
    if (!run.artifacts.empty()) {
        out << "\nArtifacts\n";
        for (const ArtifactRecord& artifact : run.artifacts)
            out << "  " << artifact.path << "  " << artifact.kind << "  " << artifact.size << " bytes  sha256 "
                << artifact.sha256.left(16) << "\n";
    }
    if (!run.environment.isEmpty()) {
        out << "\nEnvironment\n";
        for (auto it = run.environment.begin(); it != run.environment.end(); ++it)
            out << "  " << it.key().leftJustified(18) << " " << it.value().toVariant().toString() << "\n";
    }
    return Success;
}

QString exportNumber(double value, char format, int precision)
{
    return std::isfinite(value) ? QString::number(value, format, precision) : number(value);
}

int runsExport(Context& context, const QStringList& args)
{
    const Arguments parsed = Arguments::parse(args, {QStringLiteral("out"), QStringLiteral("key")}, {});
    if (!parsed.problem.isEmpty())
        return context.usage(QStringLiteral("runs export: ") + parsed.problem);
    if (parsed.positional.size() != 1)
        return context.usage(QStringLiteral("runs export takes one RUN: runs export RUN [--out CSV] [--key KEY]"));
    int exitCode = Success;
    auto workspace = openWorkspace(context, &exitCode);
    if (!workspace)
        return exitCode;
    const auto id = RunCatalog(*workspace).resolve(parsed.positional.first());
    if (!id)
        return context.fail(id.error());
    MetricReader reader(*workspace);
    auto keys = reader.keys(id.value());
    if (!keys)
        return context.fail(keys.error());
    if (parsed.values.contains(QStringLiteral("key"))) {
        const QString key = parsed.values.value(QStringLiteral("key"));
        if (!keys->contains(key))
            return context.fail(
                {ErrorCode::NotFound, QStringLiteral("the run has no metric '%1'").arg(key), id.value()});
        keys = QStringList {key};
    }

    // "--out -" is standard output, as no --out is; a file is written through OutputFile (atomic,
    // never over the workspace's database, into a FIFO or device as it is).
    QString outPath = parsed.values.value(QStringLiteral("out"));
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
            out << id.value() << ',' << csvField(key) << ',' << point.step << ',' << exportNumber(point.epoch, 'g', 9)
                << ',' << exportNumber(point.wallTime, 'f', 6) << ',' << exportNumber(point.value, 'g', 17) << '\n';
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

int runsCompare(Context& context, const QStringList& args)
{
    const Arguments parsed = Arguments::parse(args, {}, {QStringLiteral("diff")});
    if (!parsed.problem.isEmpty())
        return context.usage(QStringLiteral("runs compare: ") + parsed.problem);
    if (parsed.positional.size() < 2)
        return context.usage(QStringLiteral("runs compare takes two or more RUNs"));
    int exitCode = Success;
    auto workspace = openWorkspace(context, &exitCode);
    if (!workspace)
        return exitCode;
    std::vector<RunRecord> runs;
    if (!loadRuns(context, *workspace, parsed.positional, runs, &exitCode))
        return exitCode;
    const bool onlyDiffering = parsed.flags.contains(QStringLiteral("diff"));

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
        QStringList cells;
        QJsonArray values;
        for (const RunRecord& run : runs) {
            const QJsonValue value = run.params.value(key, QJsonValue(QJsonValue::Undefined));
            cells << (value.isUndefined() ? QStringLiteral("-") : FieldValue::fromJson(value).display());
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

/// runs rename|note|tag|delete|restore: resolve the run(s), apply `edit`, print what changed.
int editRuns(Context& context, const QStringList& prefixes, const QString& verb,
             const std::function<Status(RunStore&, const QString&)>& edit)
{
    int exitCode = Success;
    auto workspace = openWorkspace(context, &exitCode);
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

void addRunsCommands(CommandTable& table)
{
    auto command = [&](const char* word, const char* synopsis, std::function<int(Context&, const QStringList&)> run) {
        table.push_back(
            {{QStringLiteral("runs"), QString::fromLatin1(word)}, QString::fromUtf8(synopsis), std::move(run)});
    };
    command("list",
            "runs list [--experiment E] [--filter EXPR] [--sort [-]KEY] [--format table|csv|json]\n"
            "          [--columns F,...] [--trash]   runs, filtered and sorted",
            runsList);
    command("show", "runs show RUN                    recipe, environment, params, metrics, artifacts", runsShow);
    command("export", "runs export RUN [--out CSV] [--key KEY]   metric points in long format", runsExport);
    command("compare", "runs compare RUN... [--diff]     params side by side, metric summaries", runsCompare);
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
