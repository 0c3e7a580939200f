#pragma once

#include "FieldAxis.h"

#include <QColor>
#include <QPair>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace crucible {

/// Parallel coordinates without the drawing: an axis per field over the compared runs, and the
/// ranges brushed on the axes. A run passes when its value lies inside every brushed range (a
/// run missing a brushed field does not pass); the runs that do not pass are what the Compare
/// page filters out of its charts and table. Thread: GUI (a plain object).
class ParallelCoordinatesModel {
public:
    /// Replaces the runs and axes; brushes on fields that stay are kept.
    void setRuns(const std::vector<RunRecord>& runs, const QStringList& fields, const QStringList& titles,
                 const QList<QColor>& colors = {});
    /// Run `index`'s colour as given to setRuns() (invalid when none was).
    QColor colorOf(int index) const { return m_colors.value(index); }
    const std::vector<FieldAxis>& axes() const { return m_axes; }
    const QStringList& runIds() const { return m_runIds; }

    /// Brushes [low, high] (in axis values; either order) on axis `axis`.
    void setBrush(int axis, double low, double high);
    void clearBrush(int axis);
    void clearBrushes();
    std::optional<QPair<double, double>> brush(int axis) const;
    bool hasBrushes() const;

    /// True when run `run` (an index into runIds()) lies inside every brush.
    bool passes(size_t run) const;
    /// The ids of the runs that do not pass.
    QSet<QString> filteredOut() const;

private:
    std::vector<FieldAxis> m_axes;
    std::vector<std::optional<QPair<double, double>>> m_brushes;
    QStringList m_runIds;
    QList<QColor> m_colors;
};

} // namespace crucible
