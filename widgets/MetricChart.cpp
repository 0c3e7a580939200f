#include "MetricChart.h"

#include "SeriesMath.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace crucible {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

QString tickLabel(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude != 0 && (magnitude >= 1e6 || magnitude < 1e-3))
        return QString::number(value, 'g', 3);
    return QLocale().toString(value, 'g', 6);
}

} // namespace

MetricChart::MetricChart(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 160);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QColor MetricChart::colorFor(const QString& id)
{
    // A qualitative palette readable on light and dark backgrounds; a run keeps its colour.
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xe4, 0x57, 0x2e), QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0x94, 0x67, 0xbd), QColor(0xd6, 0x27, 0x28), QColor(0x17, 0xbe, 0xcf),
                                     QColor(0xbc, 0xbd, 0x22), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                     QColor(0x7f, 0x7f, 0x7f)};
    return palette[qHash(id) % (sizeof(palette) / sizeof(palette[0]))];
}

void MetricChart::setTitle(const QString& title)
{
    m_title = title;
    update();
}

void MetricChart::setXLabel(const QString& label)
{
    m_xLabel = label;
    update();
}

MetricChart::Series* MetricChart::find(const QString& id)
{
    for (Series& series : m_series) {
        if (series.id == id)
            return &series;
    }
    return nullptr;
}

const MetricChart::Series* MetricChart::find(const QString& id) const
{
    return const_cast<MetricChart*>(this)->find(id);
}

void MetricChart::resmooth(Series& series) const
{
    series.smoother = DebiasedSmoother(m_smoothing);
    series.smoothed.clear();
    series.smoothed.reserve(series.y.size());
    for (double value : series.y)
        series.smoothed.push_back(series.smoother.next(value));
}

void MetricChart::setSeries(const QString& id, const QString& label, const QColor& color, std::vector<double> x,
                            std::vector<double> y)
{
    Series* series = find(id);
    if (!series) {
        m_series.push_back(Series {id, label, color, {}, {}, {}, DebiasedSmoother(m_smoothing), true});
        series = &m_series.back();
    }
    series->label = label;
    series->color = color.isValid() ? color : colorFor(id);
    series->x = std::move(x);
    series->y = std::move(y);
    resmooth(*series);
    update();
}

void MetricChart::appendPoints(const QString& id, const QString& label, const std::vector<double>& x,
                               const std::vector<double>& y)
{
    Series* series = find(id);
    if (!series) {
        m_series.push_back(Series {id, label, colorFor(id), {}, {}, {}, DebiasedSmoother(m_smoothing), true});
        series = &m_series.back();
    }
    const size_t n = std::min(x.size(), y.size());
    series->x.insert(series->x.end(), x.begin(), x.begin() + std::ptrdiff_t(n));
    series->y.insert(series->y.end(), y.begin(), y.begin() + std::ptrdiff_t(n));
    for (size_t i = 0; i < n; ++i)
        series->smoothed.push_back(series->smoother.next(y[i]));
    update();
}

void MetricChart::removeSeries(const QString& id)
{
    m_series.erase(std::remove_if(m_series.begin(), m_series.end(), [&](const Series& s) { return s.id == id; }),
                   m_series.end());
    update();
}

void MetricChart::clear()
{
    m_series.clear();
    resetZoom();
}

QStringList MetricChart::seriesIds() const
{
    QStringList ids;
    for (const Series& series : m_series)
        ids << series.id;
    return ids;
}

int MetricChart::pointCount(const QString& id) const
{
    const Series* series = find(id);
    return series ? int(series->x.size()) : 0;
}

void MetricChart::setSeriesVisible(const QString& id, bool visible)
{
    if (Series* series = find(id)) {
        series->visible = visible;
        update();
    }
}

bool MetricChart::isSeriesVisible(const QString& id) const
{
    const Series* series = find(id);
    return series && series->visible;
}

void MetricChart::setSmoothing(double weight)
{
    m_smoothing = std::clamp(weight, 0.0, 0.999);
    for (Series& series : m_series)
        resmooth(series);
    update();
}

void MetricChart::setLogY(bool logarithmic)
{
    m_logY = logarithmic;
    update();
}

void MetricChart::setXRange(double low, double high)
{
    if (!(high > low))
        return;
    m_zoomed = true;
    m_x0 = low;
    m_x1 = high;
    update();
    Q_EMIT xRangeChanged(low, high);
}

void MetricChart::resetZoom()
{
    m_zoomed = false;
    update();
    const auto range = dataXRange();
    Q_EMIT xRangeChanged(range.first, range.second);
}

QPair<double, double> MetricChart::dataXRange() const
{
    double low = kInf;
    double high = -kInf;
    for (const Series& series : m_series) {
        if (!series.visible || series.x.empty())
            continue;
        low = std::min(low, series.x.front());
        high = std::max(high, series.x.back());
    }
    if (!std::isfinite(low))
        return {0, 1};
    if (high <= low)
        return {low - 0.5, high + 0.5};
    return {low, high};
}

QPair<double, double> MetricChart::xRange() const
{
    return m_zoomed ? qMakePair(m_x0, m_x1) : dataXRange();
}

QPair<double, double> MetricChart::visibleYRange(double x0, double x1) const
{
    double low = kInf;
    double high = -kInf;
    for (const Series& series : m_series) {
        if (!series.visible)
            continue;
        const auto begin = std::lower_bound(series.x.begin(), series.x.end(), x0) - series.x.begin();
        const auto end = std::upper_bound(series.x.begin(), series.x.end(), x1) - series.x.begin();
        for (auto i = begin; i < end; ++i) {
            const double y = series.y[size_t(i)];
            if (!std::isfinite(y) || (m_logY && y <= 0))
                continue;
            low = std::min(low, y);
            high = std::max(high, y);
        }
    }
    if (!std::isfinite(low))
        return {m_logY ? 0.1 : 0.0, 1.0};
    if (m_logY)
        return {std::log10(low), std::log10(high) + (high == low ? 1 : 0)};
    const double pad = high > low ? (high - low) * 0.05 : std::max(std::abs(high) * 0.1, 0.5);
    return {low - pad, high + pad};
}

QRectF MetricChart::plotRect() const
{
    const QFontMetrics metrics(font());
    const double left = metrics.horizontalAdvance(QStringLiteral("-0.00000")) + 12;
    const double top = (m_title.isEmpty() ? 8 : metrics.height() + 12);
    const double bottom = metrics.height() * (m_xLabel.isEmpty() ? 1.6 : 2.8);
    return QRectF(left, top, std::max(10.0, width() - left - 12), std::max(10.0, height() - top - bottom));
}

double MetricChart::mapY(double y, double y0, double y1, const QRectF& plot) const
{
    const double value = m_logY ? std::log10(y) : y;
    return plot.bottom() - (value - y0) / (y1 - y0) * plot.height();
}

double MetricChart::dataX(double pixelX) const
{
    const QRectF plot = plotRect();
    const auto [x0, x1] = xRange();
    return x0 + (pixelX - plot.left()) / plot.width() * (x1 - x0);
}

void MetricChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QRectF plot = plotRect();
    const auto [x0, x1] = xRange();
    const auto [y0, y1] = visibleYRange(x0, x1);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.12);

    // Grid and axes.
    painter.setPen(text);
    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRectF(plot.left(), 2, plot.width(), plot.top() - 4), Qt::AlignLeft | Qt::AlignVCenter,
                         m_title);
        painter.setFont(font());
    }
    const QFontMetrics metrics(font());
    for (double tick : niceTicks(x0, x1, std::max(2, int(plot.width() / 90)))) {
        const double px = plot.left() + (tick - x0) / (x1 - x0) * plot.width();
        painter.setPen(grid);
        painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        painter.setPen(text);
        painter.drawText(QRectF(px - 50, plot.bottom() + 2, 100, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                         tickLabel(tick));
    }
    std::vector<double> yTicks;
    if (m_logY) {
        for (double e = std::floor(y0); e <= std::ceil(y1); e += 1)
            yTicks.push_back(e);
    } else {
        yTicks = niceTicks(y0, y1, std::max(2, int(plot.height() / 40)));
    }
    for (double tick : yTicks) {
        const double py = plot.bottom() - (tick - y0) / (y1 - y0) * plot.height();
        if (py < plot.top() - 1 || py > plot.bottom() + 1)
            continue;
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
        painter.setPen(text);
        painter.drawText(QRectF(0, py - metrics.height() / 2.0, plot.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tickLabel(m_logY ? std::pow(10.0, tick) : tick));
    }
    if (!m_xLabel.isEmpty())
        painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 4, plot.width(), metrics.height()),
                         Qt::AlignHCenter, m_xLabel);
    painter.setPen(QPen(text, 1));
    painter.drawRect(plot);

    // Curves: decimated to pixel columns, raw faint behind the smoothed one.
    painter.save();
    painter.setClipRect(plot.adjusted(1, 1, -1, -1));
    painter.setRenderHint(QPainter::Antialiasing, true);
    m_lastDrawn = 0;
    const int columns = std::max(1, int(plot.width()));
    auto draw = [&](const Series& series, const std::vector<double>& ys, const QPen& pen) {
        const std::vector<QPointF> points = decimateMinMax(series.x, ys, x0, x1, columns);
        if (points.empty())
            return;
        QPolygonF line;
        line.reserve(qsizetype(points.size()));
        for (const QPointF& p : points) {
            if (m_logY && p.y() <= 0)
                continue;
            line << QPointF(plot.left() + (p.x() - x0) / (x1 - x0) * plot.width(), mapY(p.y(), y0, y1, plot));
        }
        painter.setPen(pen);
        if (line.size() == 1)
            painter.drawEllipse(line.first(), 2, 2);
        else
            painter.drawPolyline(line);
        m_lastDrawn += line.size();
    };
    for (const Series& series : m_series) {
        if (!series.visible)
            continue;
        QPen pen(series.color, 1.6);
        pen.setCosmetic(true);
        if (m_smoothing > 0) {
            QColor faint = series.color;
            faint.setAlphaF(0.25);
            QPen rawPen(faint, 1.0);
            rawPen.setCosmetic(true);
            draw(series, series.y, rawPen);
            draw(series, series.smoothed, pen);
        } else {
            draw(series, series.y, pen);
        }
    }
    painter.restore();

    // Band being dragged.
    if (m_banding) {
        QColor band = pal.color(QPalette::Highlight);
        band.setAlphaF(0.2);
        painter.fillRect(QRectF(QPointF(std::min(m_pressAt.x(), m_hover.x()), plot.top()),
                                QPointF(std::max(m_pressAt.x(), m_hover.x()), plot.bottom())),
                         band);
    }

    // Legend (click toggles a series).
    m_legendHits.clear();
    double lx = plot.right() - 8;
    double ly = plot.top() + 6;
    for (const Series& series : m_series) {
        const double w = metrics.horizontalAdvance(series.label) + 22;
        const QRectF box(lx - w, ly, w, metrics.height() + 2);
        QColor back = pal.color(QPalette::Base);
        back.setAlphaF(0.8);
        painter.fillRect(box, back);
        QColor swatch = series.color;
        if (!series.visible)
            swatch.setAlphaF(0.25);
        painter.fillRect(QRectF(box.left() + 4, box.center().y() - 4, 12, 8), swatch);
        QColor labelColor = text;
        if (!series.visible)
            labelColor.setAlphaF(0.4);
        painter.setPen(labelColor);
        painter.drawText(box.adjusted(20, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, series.label);
        m_legendHits.append({box, series.id});
        ly += metrics.height() + 4;
    }

    // Hover: crosshair and every visible series' value at that x.
    if (plot.contains(m_hover) && !m_panning && !m_banding) {
        QColor cross = text;
        cross.setAlphaF(0.4);
        painter.setPen(QPen(cross, 1, Qt::DashLine));
        painter.drawLine(QPointF(m_hover.x(), plot.top()), QPointF(m_hover.x(), plot.bottom()));
        const QStringList lines = valuesAt(dataX(m_hover.x()));
        if (!lines.isEmpty()) {
            int w = 0;
            for (const QString& line : lines)
                w = std::max(w, metrics.horizontalAdvance(line));
            QRectF box(m_hover.x() + 12, m_hover.y() + 12, w + 12, (metrics.height() + 2) * lines.size() + 8);
            if (box.right() > plot.right())
                box.moveRight(m_hover.x() - 12);
            if (box.bottom() > plot.bottom())
                box.moveBottom(m_hover.y() - 12);
            painter.fillRect(box, pal.color(QPalette::ToolTipBase));
            painter.setPen(pal.color(QPalette::ToolTipText));
            painter.drawRect(box);
            double ty = box.top() + 4;
            for (const QString& line : lines) {
                painter.drawText(QRectF(box.left() + 6, ty, w, metrics.height()), Qt::AlignLeft, line);
                ty += metrics.height() + 2;
            }
        }
    }
}

QStringList MetricChart::valuesAt(double x) const
{
    QStringList lines;
    for (const Series& series : m_series) {
        if (!series.visible || series.x.empty())
            continue;
        auto it = std::lower_bound(series.x.begin(), series.x.end(), x);
        size_t i = size_t(it - series.x.begin());
        if (i >= series.x.size())
            i = series.x.size() - 1;
        else if (i > 0 && std::abs(series.x[i - 1] - x) < std::abs(series.x[i] - x))
            --i;
        const std::vector<double>& ys = m_smoothing > 0 ? series.smoothed : series.y;
        lines << QStringLiteral("%1: %2 @ %3").arg(series.label, tickLabel(ys[i]), tickLabel(series.x[i]));
    }
    return lines;
}

void MetricChart::wheelEvent(QWheelEvent* event)
{
    const QRectF plot = plotRect();
    if (!plot.contains(event->position()))
        return;
    const auto [x0, x1] = xRange();
    const double anchor = dataX(event->position().x());
    const double factor = std::pow(0.85, event->angleDelta().y() / 120.0);
    setXRange(anchor - (anchor - x0) * factor, anchor + (x1 - anchor) * factor);
    event->accept();
}

void MetricChart::mousePressEvent(QMouseEvent* event)
{
    for (const auto& [box, id] : std::as_const(m_legendHits)) {
        if (box.contains(event->position())) {
            setSeriesVisible(id, !isSeriesVisible(id));
            return;
        }
    }
    if (event->button() != Qt::LeftButton || !plotRect().contains(event->position()))
        return;
    m_pressAt = event->position();
    const auto range = xRange();
    m_pressX0 = range.first;
    m_pressX1 = range.second;
    if (event->modifiers() & Qt::ShiftModifier)
        m_banding = true;
    else
        m_panning = true;
}

void MetricChart::mouseMoveEvent(QMouseEvent* event)
{
    m_hover = event->position();
    if (m_panning) {
        const double shift = (event->position().x() - m_pressAt.x()) / plotRect().width() * (m_pressX1 - m_pressX0);
        setXRange(m_pressX0 - shift, m_pressX1 - shift);
    }
    update();
}

void MetricChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_banding && std::abs(event->position().x() - m_pressAt.x()) > 4) {
        const double a = dataX(m_pressAt.x());
        const double b = dataX(event->position().x());
        setXRange(std::min(a, b), std::max(a, b));
    }
    m_banding = false;
    m_panning = false;
    update();
}

void MetricChart::mouseDoubleClickEvent(QMouseEvent*)
{
    resetZoom();
}

void MetricChart::leaveEvent(QEvent*)
{
    m_hover = QPointF(-1, -1);
    update();
}

void MetricChart::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Home || event->key() == Qt::Key_0) {
        resetZoom();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace crucible
