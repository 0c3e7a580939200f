#pragma once

#include "engine/core/Error.h"
#include "engine/monitor/LogWindows.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace crucible {

/// Labels that arrived after the predictions: request id -> true label (a class name, or a number
/// as text for regression).
struct Labels {
    QHash<QString, QString> byId;
    QString column; ///< the column the labels came from
};

/// Reads a labels CSV: a column "id" (the request's id as logged; "ID#2" for the second row of a
/// request of several) and one label column: "label", `target` (the model's target's name), or
/// the only other column. Errors name the file, the line and what is wrong. Thread: any.
Result<Labels> readLabels(const QString& path, const QString& target);

/// How a model did on one window of its serving log, on the rows whose labels arrived:
/// accuracy, macro F1 and F1 per class (classification); mse, mae and r2 (regression).
struct WindowPerformance {
    QDateTime start;
    QDateTime end;
    qint64 rows = 0; ///< rows in the window
    qint64 labelled = 0; ///< of those, rows with a label
    QMap<QString, double> metrics; ///< "accuracy", "f1_macro" / "mse", "mae", "r2"; empty when none labelled
    QMap<QString, double> f1PerClass;

    QJsonObject toJson() const;
};

/// Scores predictions against true values as they come: accuracy, macro F1 and F1 per class
/// (classification) or mse, mae and r2 (regression). Thread: a plain value type.
class Scorer {
public:
    void addClass(const QString& predicted, const QString& actual);
    void addValue(double predicted, double actual);
    qint64 count() const { return m_count; }
    /// The metrics of what was added; empty when nothing was. `f1PerClass` (classification) as well.
    QMap<QString, double> metrics(QMap<QString, double>* f1PerClass = nullptr) const;

private:
    qint64 m_count = 0;
    bool m_classes = false;
    QMap<QString, double> m_truePositives;
    QMap<QString, double> m_predicted;
    QMap<QString, double> m_actual;
    double m_correct = 0;
    double m_squared = 0;
    double m_absolute = 0;
    double m_sum = 0;
    double m_squares = 0;
};

/// Scores `window` against `labels`. `classification`: compare classes; else numbers (a label
/// that is not a number is an error naming it). Thread: any.
Result<WindowPerformance> evaluateWindow(const LogWindow& window, const Labels& labels, bool classification,
                                         const QString& where);

} // namespace crucible
