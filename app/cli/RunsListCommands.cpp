// crucible-cli runs list and runs show.
#include "Arguments.h"
#include "RunsShared.h"
#include "TextTable.h"

#include "engine/core/Duration.h"
#include "engine/interop/MlflowSearch.h"
#include "engine/store/FilterExpression.h"
#include "engine/store/InteropStore.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunField.h"
#include "engine/store/Workspace.h"

#include <QJsonArray>
#include <QSet>

namespace crucible::cli {

namespace {

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

/// A table cell: numbers to 6 digits, durations in units. For CSV (`exact`): numbers in the
/// shortest form that reads back exactly and durations in seconds, for programs to read.
QString cellText(const RunRecord& run, const RunField& field, bool exact)
{
    if (field.name() == QLatin1String("created"))
        return timeText(run.createdAt);
    if (field.name() == QLatin1String("duration") && !exact)
        return formatDuration(run.durationSeconds(), DurationStyle::Units);
    return exact ? field.valueOf(run).exact() : field.valueOf(run).display();
}

int runsList(Context& context, const Arguments& arguments)
{
    if (!arguments.positionals().isEmpty())
        return context.usage(
            QStringLiteral("runs list takes no positional arguments (put a filter in --filter \"...\")"));
    const QString format =
        context.json ? QStringLiteral("json") : arguments.value(QStringLiteral("format"), QStringLiteral("table"));
    if (!QStringList {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(format))
        return context.usage(QStringLiteral("--format is table, csv or json"));

    int exitCode = Success;
    auto workspace = openOrFail(context, &exitCode);
    if (!workspace)
        return exitCode;
    RunQuery query;
    query.experiment = arguments.value(QStringLiteral("experiment"));
    query.filter = mlflow::filterFromEitherSyntax(arguments.value(QStringLiteral("filter")));
    query.sort = arguments.value(QStringLiteral("sort"));
    query.trash = arguments.has(QStringLiteral("trash")) ? RunQuery::Trash::Only : RunQuery::Trash::Exclude;
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
    const QStringList names = arguments.has(QStringLiteral("columns"))
        ? arguments.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts)
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
            row << cellText(run, field, format == QLatin1String("csv"));
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

int runsShow(Context& context, const Arguments& arguments)
{
    const QStringList& args = arguments.positionals();
    if (args.size() != 1)
        return context.usage(QStringLiteral("runs show takes one RUN (an id or the start of one)"));
    int exitCode = Success;
    auto workspace = openOrFail(context, &exitCode);
    if (!workspace)
        return exitCode;
    std::vector<RunRecord> runs;
    if (!loadRuns(context, *workspace, args, runs, &exitCode))
        return exitCode;
    const RunRecord& run = runs.front();
    // Where a run from another tool came from, and that tool's key-value tags (MLflow's system
    // tags; values no Crucible tag can hold).
    auto keyTags = InteropStore(*workspace).keyTags(run.id);
    if (!keyTags)
        return context.fail(keyTags.error());
    if (context.json) {
        QJsonObject document = runJson(run, true);
        QJsonObject tagsByKey;
        for (auto it = keyTags->cbegin(); it != keyTags->cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("crucible.")))
                tagsByKey.insert(it.key(), it.value());
        }
        document.insert(QStringLiteral("source"), keyTags->value(QStringLiteral("crucible.source")));
        document.insert(QStringLiteral("key_tags"), tagsByKey);
        context.printJson(document);
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
    row("Source", keyTags->value(QStringLiteral("crucible.source")));
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
    QStringList otherTags;
    for (auto it = keyTags->cbegin(); it != keyTags->cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("crucible.")))
            otherTags << QStringLiteral("  %1 = %2").arg(it.key(), it.value());
    }
    if (!otherTags.isEmpty())
        out << "\nTags by key\n" << otherTags.join(QLatin1Char('\n')) << "\n";
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

} // namespace

void addRunsListCommands(CommandTable& table)
{
    table.push_back(makeCommand(
        "runs list", "", "runs, filtered and sorted",
        {option("experiment", "NAME", "only this experiment's runs", 'e'),
         option("filter", "EXPR", "e.g. \"status = 'finished' and metrics.val_acc > 0.9\"", 'f'),
         option("sort", "[-]KEY", "sort by a column, param or metric; - for descending", 's'),
         option("format", "table|csv|json", "how to print them (default table)"),
         option("columns", "F,...", "the columns to print"), flag("trash", "the runs in the trash instead")},
        runsList, "runs list -f \"metrics.val_acc > 0.9\" -s -metrics.val_acc",
        "A filter compares fields with values: id, name, experiment, status, tag, notes, dataset, "
        "dataset_hash, seed, device, created, started, ended, duration, error, parent, "
        "params.KEY, metrics.KEY (its last value; .min, .max, .best, .best_step, .count) and "
        "tags.KEY for a KEY=value tag. Text goes in quotes.\n"
        "Operators: = != < <= > >=, contains, like and ilike (% any text, _ one character), "
        "glob (* ? [abc] [!abc]), in (...), not in, not like; joined with and, or, not and "
        "parentheses. Status and device values match in any case.\n"
        "Dates are local time as the tables print them: created = '2026-12-01' is that whole "
        "day, created >= '2026-12-01 14:30' from that minute on.\n"
        "MLflow's search syntax (attributes.status = 'FINISHED', tags.x LIKE 'a%', "
        "backquoted keys) is understood as well."));
    table.push_back(makeCommand("runs show", "RUN", "recipe, environment, params, metrics, artifacts", {}, runsShow,
                                "runs show 3f2a"));
}

} // namespace crucible::cli
