#include "ScatterPlot.h"

#include "MetricChart.h"
#include "SeriesMath.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace crucible {

ScatterPlot::ScatterPlot(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(280, 220);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ScatterPlot::setData(FieldAxis x, FieldAxis y, const QStringList& runIds, const QStringList& labels,
                          const QList<QColor>& colors, const QSet<QString>& filteredOut)
{
    m_colors = colors;
    m_x = std::move(x);
    m_y = std::move(y);
    m_runIds = runIds;
    m_labels = labels;
    m_filteredOut = filteredOut;
    m_hovered = -1;
    update();
}

QRectF ScatterPlot::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    const double left = metrics.horizontalAdvance(QStringLiteral("-0.0000")) + 16;
    return QRectF(left, 12, std::max(10.0, width() - left - 20),
                  std::max(10.0, height() - 12.0 - metrics.height() * 3.0));
}

QPointF ScatterPlot::pointOf(int index) const
{
    if (index < 0 || size_t(index) >= m_x.values.size() || size_t(index) >= m_y.values.size())
        return {};
    const double x = m_x.values[size_t(index)];
    const double y = m_y.values[size_t(index)];
    if (std::isnan(x) || std::isnan(y))
        return {};
    const QRectF plot = plotRect().adjusted(8, 8, -8, -8);
    return QPointF(plot.left() + m_x.normalized(x) * plot.width(), plot.bottom() - m_y.normalized(y) * plot.height());
}

int ScatterPlot::runAt(const QPointF& position) const
{
    int best = -1;
    double bestDistance = 7.0;
    for (int i = 0; i < m_runIds.size(); ++i) {
        const QPointF point = pointOf(i);
        if (point.isNull())
            continue;
        const double distance = std::hypot(point.x() - position.x(), point.y() - position.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void ScatterPlot::paintAxes(QPainter& painter, const QRectF& plot) const
{
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.12f);
    const QFontMetrics metrics = fontMetrics();
    const QRectF inner = plot.adjusted(8, 8, -8, -8);
    auto ticks = [](const FieldAxis& axis, int wanted) {
        std::vector<double> values;
        if (axis.isCategorical) {
            for (qsizetype c = 0; c < axis.categories.size(); ++c)
                values.push_back(double(c));
            return values;
        }
        return niceTicks(axis.low, axis.high, wanted);
    };
    for (double tick : ticks(m_x, std::max(2, int(plot.width() / 90)))) {
        const double px = inner.left() + m_x.normalized(tick) * inner.width();
        painter.setPen(grid);
        painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        painter.setPen(text);
        painter.drawText(QRectF(px - 50, plot.bottom() + 2, 100, metrics.height()), Qt::AlignHCenter, m_x.label(tick));
    }
    for (double tick : ticks(m_y, std::max(2, int(plot.height() / 40)))) {
        const double py = inner.bottom() - m_y.normalized(tick) * inner.height();
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
        painter.setPen(text);
        painter.drawText(QRectF(0, py - metrics.height() / 2.0, plot.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_y.label(tick));
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 4, plot.width(), metrics.height()),
                     Qt::AlignHCenter, m_x.title);
    painter.drawText(QRectF(plot.left() + 6, plot.top() + 2, plot.width() - 12, metrics.height()), Qt::AlignLeft,
                     m_y.title);
    painter.setPen(QPen(text, 1));
    painter.drawRect(plot);
}

void ScatterPlot::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF plot = plotRect();
    paintAxes(painter, plot);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor grey = palette().color(QPalette::Text);
    grey.setAlphaF(0.3f);
    for (int i = 0; i < m_runIds.size(); ++i) {
        const QPointF point = pointOf(i);
        if (point.isNull())
            continue;
        if (m_filteredOut.contains(m_runIds[i])) {
            painter.setPen(grey);
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(QPen(palette().color(QPalette::Base), 1));
            painter.setBrush(m_colors.value(i, MetricChart::colorFor(m_runIds[i])));
        }
        painter.drawEllipse(point, i == m_hovered ? 6 : 4.5, i == m_hovered ? 6 : 4.5);
    }
    if (m_hovered >= 0) {
        const QPointF point = pointOf(m_hovered);
        const QString text = QStringLiteral("%1\n%2: %3\n%4: %5")
                                 .arg(m_labels.value(m_hovered), m_x.title, m_x.label(m_x.values[size_t(m_hovered)]),
                                      m_y.title, m_y.label(m_y.values[size_t(m_hovered)]));
        QRectF box = fontMetrics().boundingRect(QRect(0, 0, 400, 200), Qt::AlignLeft, text).adjusted(-6, -4, 6, 4);
        box.moveTopLeft(point + QPointF(10, 10));
        if (box.right() > plot.right())
            box.moveRight(point.x() - 10);
        if (box.bottom() > plot.bottom())
            box.moveBottom(point.y() - 10);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setBrush(palette().color(QPalette::ToolTipBase));
        painter.setPen(palette().color(QPalette::ToolTipText));
        painter.drawRect(box);
        painter.drawText(box.adjusted(6, 4, -6, -4), Qt::AlignLeft, text);
    }
}

void ScatterPlot::mouseMoveEvent(QMouseEvent* event)
{
    const int hovered = runAt(event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
}

void ScatterPlot::leaveEvent(QEvent*)
{
    m_hovered = -1;
    update();
}

} // namespace crucible
