#pragma once

#include "engine/store/RunTypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace crucible {

/// The values of one run field (a param or a metric summary) across runs, placed on an axis:
/// numbers as they are, text as the index of its category (categories sorted). Shared by
/// parallel coordinates and the scatter plot. Thread: value type.
struct FieldAxis {
    QString field; ///< a RunField name: "params.lr", "metrics.val_loss.best"
    QString title; ///< what the axis says: "lr", "val_loss (best)"
    bool isCategorical = false;
    QStringList categories; ///< categorical only: the distinct texts, sorted
    std::vector<double> values; ///< per run: the number or category index; NaN when missing
    double low = 0; ///< the axis range (padded when every value is the same)
    double high = 1;

    /// The axis of `field` over `runs` (titled `title`, or the field's name when empty).
    static FieldAxis make(const QString& field, const std::vector<RunRecord>& runs, const QString& title = {});
    /// Where `value` sits on the axis, 0 (low) to 1 (high).
    double normalized(double value) const;
    /// The value at 0..1 on the axis.
    double valueAt(double fraction) const;
    /// A short label for `value`: the category name or the number.
    QString label(double value) const;
};

/// The fields worth an axis when comparing `runs`: the params that differ between them, then
/// each of `metricKeys`' best value. Titles go into `titles`. Thread: any.
QStringList comparisonFields(const std::vector<RunRecord>& runs, const QStringList& metricKeys, QStringList* titles);

/// The index in `fields` (as comparisonFields() makes them) of the parameter that varies most
/// among `runs`: the most distinct values, then the widest relative range. What the user did not
/// choose is left out: the data's properties (data.*), the machine's (runtime.*), the parameter
/// count, seeds and a rerun's bookkeeping. -1 when no such parameter is among them. Thread: any.
int mostVariedParam(const QStringList& fields, const std::vector<RunRecord>& runs);
/// The axes parallel coordinates show before the user chooses: the parameters among `fields`
/// that a user chooses (not the data's or the machine's properties, the parameter count or a
/// rerun's bookkeeping), then `colorField` (the metric lines are coloured by) when it is not
/// among them. Thread: any.
QStringList defaultParallelAxes(const QStringList& fields, const QString& colorField);

/// The index of the objective metric's field: the best val_accuracy, val_r2, val_loss,
/// test_accuracy, test_r2, test_loss or loss, the first of them present; -1 when none is.
int objectiveMetric(const QStringList& fields);

} // namespace crucible
