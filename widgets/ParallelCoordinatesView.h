#pragma once

#include <QList>
#include <QRectF>
#include <QWidget>

namespace crucible {

class ParallelCoordinatesModel;

/// Draws a ParallelCoordinatesModel: a vertical axis per field, a line per run coloured by the
/// chosen axis's value (or the run's own colour); runs outside the brushes are grey. Dragging
/// along an axis brushes a range on it, a click on the axis clears its brush. Titles and ticks
/// never overlap; an axis's tool tip gives its whole title and range. Thread: GUI.
class ParallelCoordinatesView : public QWidget {
    Q_OBJECT
public:
    /// Draws `model` (not owned; it must outlive the view).
    explicit ParallelCoordinatesView(ParallelCoordinatesModel* model, QWidget* parent = nullptr);

    /// Colours lines by the values on axis `axis`; -1 uses each run's chart colour.
    void setColorAxis(int axis);
    int colorAxis() const { return m_colorAxis; }
    /// Widget x of axis `axis` and the top and bottom of the axes.
    double axisX(int axis) const;
    double axisTop() const;
    double axisBottom() const;
    /// The colour of 0..1 on the colour scale (dark blue through green to yellow).
    static QColor scaleColor(double fraction);

    /// A text the view draws: an axis title (elided, on one row or, when axes stand close,
    /// staggered on two) or a tick label. Labels that would collide with one placed before
    /// them are left out, so no two of these rectangles intersect.
    struct Label {
        QRectF rect;
        QString text; ///< as drawn (elided)
        QString full; ///< the whole title or value
        int axis = 0;
        bool isTitle = false;
    };
    QList<Label> labels() const;

Q_SIGNALS:
    /// The user brushed or cleared a range.
    void brushesChanged();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void paintAxes(QPainter& painter) const;
    void paintLines(QPainter& painter) const;
    double yOf(double fraction) const;
    double fractionOf(double y) const;

    ParallelCoordinatesModel* m_model = nullptr;
    int m_colorAxis = -1;
    int m_dragAxis = -1;
    double m_dragFrom = 0;
    bool m_dragged = false;
};

} // namespace crucible
