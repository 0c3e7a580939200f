#pragma once

// What the `runs` command groups share: opening the workspace, resolving runs, and writing
// numbers, times, runs and metric summaries as text, CSV or JSON.
#include "Cli.h"

#include "engine/store/RunTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <memory>
#include <vector>

namespace crucible::cli {

/// Opens the workspace of the global options; on failure prints why, sets `exitCode` and
/// returns nullptr.
std::unique_ptr<Workspace> openOrFail(Context& context, int* exitCode);

/// A metric value as the table shows it ("nan", "inf" for those).
QString number(double value);

/// A number for JSON, which has no NaN or Inf: those travel as "nan", "inf", "-inf".
QJsonValue jsonNumber(double value);

/// Local time as yyyy-MM-dd HH:mm:ss; empty when invalid.
QString timeText(const QDateTime& time);

/// A metric summary (last, min, max, best and their steps, counts) as JSON.
QJsonObject summaryJson(const QString& key, const MetricSummary& summary);

/// A run as JSON; `full` adds the recipe, the environment and the artifacts.
QJsonObject runJson(const RunRecord& run, bool full);

/// Run names, tags, params and keys are the user's text: no formulas in a spreadsheet.
QString csvField(const QString& text);

/// Prints a filter error under the expression with a caret at its column.
int failFilter(Context& context, const Error& error, const QString& expression);

/// Resolves RUN arguments to full runs; returns false (with `exitCode` set) on the first problem.
bool loadRuns(Context& context, const Workspace& workspace, const QStringList& prefixes, std::vector<RunRecord>& runs,
              int* exitCode);

/// A number for CSV export in the C locale, NaN and Inf spelled out.
QString exportNumber(double value, char format, int precision);

void addRunsListCommands(CommandTable& table); // RunsListCommands.cpp: list, show
void addRunsExportCommands(CommandTable& table); // RunsExportCommands.cpp: export, compare
void addRunsEditCommands(CommandTable& table); // RunsEditCommands.cpp: rename, note, tag, delete, restore
void addRunsReproCommands(CommandTable& table); // RunsReproCommands.cpp: diff, pack, unpack

} // namespace crucible::cli
