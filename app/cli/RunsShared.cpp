#include "RunsShared.h"

#include "engine/core/CsvText.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunField.h"
#include "engine/store/Workspace.h"

#include <QJsonArray>

#include <cmath>

namespace crucible::cli {

std::unique_ptr<Workspace> openOrFail(Context& context, int* exitCode)
{
    auto opened = openWorkspace(context);
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
         run.datasetName.isEmpty()
             ? QJsonValue()
             : QJsonValue(QJsonObject {
                 {QStringLiteral("name"), run.datasetName},
                 {QStringLiteral("hash"), run.datasetHash.isEmpty() ? QJsonValue() : QJsonValue(run.datasetHash)},
                 {QStringLiteral("reference"),
                  run.datasetHash.isEmpty() ? run.datasetName
                                            : run.datasetName + QLatin1Char('@') + run.datasetHash.left(12)}})},
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

QString exportNumber(double value, char format, int precision)
{
    return std::isfinite(value) ? QString::number(value, format, precision) : number(value);
}

} // namespace crucible::cli
