#pragma once

#include "FieldAxis.h"

#include <QSet>
#include <QStringList>
#include <QWidget>

namespace crucible {

/// One field of the compared runs against another (params or metric summaries): a dot per
/// run in its chart colour, runs a brush filtered out as grey rings; hovering a dot names the
/// run and its two values. Thread: GUI.
class ScatterPlot : public QWidget {
    Q_OBJECT
public:
    explicit ScatterPlot(QWidget* parent = nullptr);

    /// Plots `y` against `x` for the runs `runIds` (labels: their names, `colors`: their colours);
    /// `filteredOut` are greyed.
    void setData(FieldAxis x, FieldAxis y, const QStringList& runIds, const QStringList& labels,
                 const QList<QColor>& colors, const QSet<QString>& filteredOut);
    /// The widget position of run `index`'s dot; invalid when it lacks a value.
    QPointF pointOf(int index) const;
    /// The run whose dot is within a few pixels of `position`, or -1.
    int runAt(const QPointF& position) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRectF plotRect() const;
    void paintAxes(QPainter& painter, const QRectF& plot) const;

    FieldAxis m_x;
    FieldAxis m_y;
    QStringList m_runIds;
    QStringList m_labels;
    QList<QColor> m_colors;
    QSet<QString> m_filteredOut;
    int m_hovered = -1;
};

} // namespace crucible
