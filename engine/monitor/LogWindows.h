#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace crucible {

/// How a prediction log is cut into windows: by rows (the newest window is the last `rows` rows,
/// older ones go back from there) or by time (windows of `seconds` aligned to UTC, so 1h windows
/// start on the hour). Neither: the whole log is one window.
struct WindowSpec {
    qint64 rows = 0;
    qint64 seconds = 0;

    /// "500" (rows), "90s", "30m", "1h", "1d"; an error message in `problem` otherwise.
    static WindowSpec parse(const QString& text, QString* problem);
    QString text() const; ///< "500 rows", "1h", "whole log"
};

/// One window of the log: its time span, its rows as a table (the logged columns: numbers stay
/// numbers, text becomes categories), the predicted classes, the request ids (empty where the
/// request had none) and predictions per row. Thread: a plain value type.
struct LogWindow {
    QDateTime start;
    QDateTime end;
    Dataset data;
    QStringList predictedClasses; ///< classification: one per row; empty otherwise
    std::vector<double> predictedValues; ///< regression: one per row; empty otherwise
    QStringList requestIds; ///< one per row: the request's id ("ID" or "ID#2" for its second row), or empty
    qint64 rows() const { return data.rowCount(); }
};

/// Cuts entries of a prediction log (oldest first, as PredictionLog::read gives them) into
/// windows, oldest first. Entries without a parsable time go into the window of the entry before.
/// Errors (naming `where`) when there are no rows at all. Thread: any.
Result<QList<LogWindow>> logWindows(const QList<QJsonObject>& entries, const WindowSpec& spec, const QString& where);

} // namespace crucible
