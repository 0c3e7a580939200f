// MetricChart's drawing: axes, curves, bands, legend and the hover crosshair. The same code

#include "engine/core/Duration.h"
// draws on screen (into a cached image) and into exports (as vectors).
#include "MetricChart.h"

#include "SeriesMath.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace crucible {

namespace {

/// Above this many visible series, curves are drawn without antialiasing: each line costs a
/// third as much, and with so many curves overlapping the difference does not show.
constexpr int kAntialiasSeriesLimit = 40;
/// The most legend entries drawn inside the plot; the rest are summed up as "+N more".
constexpr int kLegendEntries = 12;

QString numberLabel(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude != 0 && (magnitude >= 1e6 || magnitude < 1e-3))
        return QLocale().toString(value, 'g', 3);
    return QLocale().toString(value, 'g', 6);
}

/// The points of (x, y) within [x0, x1] (and one either side), at most about `budget` of them.
QPolygonF strided(const std::vector<double>& x, const std::vector<double>& y, double x0, double x1, int budget)
{
    QPolygonF out;
    const size_t n = std::min(x.size(), y.size());
    size_t begin = size_t(std::lower_bound(x.begin(), x.begin() + std::ptrdiff_t(n), x0) - x.begin());
    size_t end = size_t(std::upper_bound(x.begin(), x.begin() + std::ptrdiff_t(n), x1) - x.begin());
    begin = begin > 0 ? begin - 1 : 0;
    end = std::min(end + 1, n);
    const size_t stride = std::max<size_t>(1, (end - begin) / size_t(std::max(1, budget)));
    for (size_t i = begin; i < end; i += stride) {
        if (std::isfinite(y[i]))
            out << QPointF(x[i], y[i]);
    }
    return out;
}

} // namespace

QRectF MetricChart::plotRect(const QSizeF& size) const
{
    const QFontMetrics metrics(font());
    const double left = metrics.horizontalAdvance(QStringLiteral("-0.00000")) + 12;
    const double top = (m_title.isEmpty() ? 8 : metrics.height() + 12);
    const double bottom = metrics.height() * (m_xLabel.isEmpty() ? 1.6 : 2.8);
    return QRectF(left, top, std::max(10.0, size.width() - left - 16), std::max(10.0, size.height() - top - bottom));
}

QString MetricChart::xTickLabel(double value, double span) const
{
    switch (m_xFormat) {
    case XFormat::DateTime: {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(value * 1000.0));
        if (span > 2 * 86400)
            return time.toString(QStringLiteral("MM-dd hh:mm"));
        return time.toString(span < 600 ? QStringLiteral("hh:mm:ss") : QStringLiteral("hh:mm"));
    }
    case XFormat::Duration:
        return formatDuration(value, DurationStyle::Units);
    case XFormat::Number:
        break;
    }
    return numberLabel(value);
}

void MetricChart::paintEvent(QPaintEvent*)
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    const Frame current = frame(size());
    if (!m_cacheValid || m_cache.size() != pixels) {
        m_cache = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_cache.setDevicePixelRatio(ratio);
        QPainter layer(&m_cache);
        layer.setFont(font());
        layer.fillRect(QRectF(QPointF(0, 0), QSizeF(size())), palette().color(QPalette::Base));
        paintAxes(layer, current, size());
        qint64 visible = 0;
        for (const Series& series : m_series)
            visible += series.visible ? 1 : 0;
        m_lastDrawn = paintCurves(layer, current, visible <= kAntialiasSeriesLimit);
        m_legendHits.clear();
        paintLegend(layer, current, &m_legendHits);
        m_cacheValid = true;
    }
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_cache);
    if (m_banding) {
        QColor band = palette().color(QPalette::Highlight);
        band.setAlphaF(0.2f);
        painter.fillRect(QRectF(QPointF(std::min(m_pressAt.x(), m_hover.x()), current.plot.top()),
                                QPointF(std::max(m_pressAt.x(), m_hover.x()), current.plot.bottom())),
                         band);
    }
    if (current.plot.contains(m_hover) && !m_panning && !m_banding)
        paintHover(painter, current);
}

void MetricChart::render(QPainter& painter, const QSizeF& size) const
{
    painter.save();
    painter.setFont(font());
    painter.fillRect(QRectF(QPointF(0, 0), size), palette().color(QPalette::Base));
    const Frame current = frame(size);
    paintAxes(painter, current, size);
    paintCurves(painter, current, true);
    paintLegend(painter, current, nullptr);
    painter.restore();
}

void MetricChart::paintAxes(QPainter& painter, const Frame& frame, const QSizeF& size) const
{
    const QRectF& plot = frame.plot;
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.12f);
    const QFontMetrics metrics(painter.font());
    painter.setPen(text);
    if (!m_title.isEmpty()) {
        QFont bold = painter.font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRectF(plot.left(), 2, plot.width(), plot.top() - 4), Qt::AlignLeft | Qt::AlignVCenter,
                         m_title);
        painter.setFont(font());
    }
    const double span = frame.x1 - frame.x0;
    const int wantedX = std::max(2, int(plot.width() / (m_xFormat == XFormat::Number ? 90 : 120)));
    // Three labels at least wherever three fit (a short time range included).
    for (double tick : niceTicks(frame.x0, frame.x1, wantedX, plot.width() >= 240 ? 3 : 0)) {
        const double px = plot.left() + (tick - frame.x0) / span * plot.width();
        painter.setPen(grid);
        painter.drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        painter.setPen(text);
        painter.drawText(QRectF(px - 60, plot.bottom() + 2, 120, metrics.height()), Qt::AlignHCenter | Qt::AlignTop,
                         xTickLabel(tick, span));
    }
    std::vector<double> yTicks;
    if (m_logY) {
        for (double e = std::floor(frame.y0); e <= std::ceil(frame.y1); e += 1)
            yTicks.push_back(e);
    } else {
        yTicks = niceTicks(frame.y0, frame.y1, std::max(3, int(plot.height() / 40)), 3); // three at any height
    }
    for (double tick : yTicks) {
        const double py = plot.bottom() - (tick - frame.y0) / (frame.y1 - frame.y0) * plot.height();
        if (py < plot.top() - 1 || py > plot.bottom() + 1)
            continue;
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
        painter.setPen(text);
        painter.drawText(QRectF(0, py - metrics.height() / 2.0, plot.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, numberLabel(m_logY ? std::pow(10.0, tick) : tick));
    }
    if (!m_xLabel.isEmpty())
        painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 4, plot.width(), metrics.height()),
                         Qt::AlignHCenter, m_xLabel);
    Q_UNUSED(size);
    painter.setPen(QPen(text, 1));
    painter.drawRect(plot);
}

qint64 MetricChart::paintCurves(QPainter& painter, const Frame& frame, bool antialias) const
{
    const QRectF& plot = frame.plot;
    painter.save();
    painter.setClipRect(plot.adjusted(1, 1, -1, -1));
    painter.setRenderHint(QPainter::Antialiasing, antialias);
    const int columns = std::max(1, int(plot.width()));
    const double xScale = plot.width() / (frame.x1 - frame.x0);
    auto toPixels = [&](QPolygonF& line) {
        QPolygonF out;
        out.reserve(line.size());
        for (const QPointF& p : std::as_const(line)) {
            if (!(m_logY && p.y() <= 0))
                out << QPointF(plot.left() + (p.x() - frame.x0) * xScale, mapY(p.y(), frame));
        }
        line.swap(out);
    };
    qint64 drawn = 0;
    auto draw = [&](const std::vector<double>& xs, const std::vector<double>& ys, const QPen& pen) {
        const std::vector<QPointF> points = decimateMinMax(xs, ys, frame.x0, frame.x1, columns);
        QPolygonF line(points.begin(), points.end());
        toPixels(line);
        if (line.isEmpty())
            return;
        // A dense line zigzags between each column's extremes: antialiasing and wide pens make
        // the rasterizer stroke it as one self-overlapping polygon (100x slower) for no visible gain.
        const bool dense = line.size() > columns;
        painter.setRenderHint(QPainter::Antialiasing, antialias && !dense);
        QPen thin = pen;
        if (dense || !antialias) // aliased wide lines take the slow stroker too
            thin.setWidthF(1.0);
        painter.setPen(thin);
        if (line.size() == 1) {
            painter.drawEllipse(line.first(), 2, 2);
        } else if (painter.testRenderHint(QPainter::Antialiasing)) {
            // Separate segments: a polyline would be stroked as one polygon, slow when it overlaps itself.
            QVarLengthArray<QLineF, 1024> segments;
            for (qsizetype i = 1; i < line.size(); ++i)
                segments.append(QLineF(line[i - 1], line[i]));
            painter.drawLines(segments.constData(), int(segments.size()));
        } else {
            painter.drawPolyline(line);
        }
        drawn += line.size();
    };
    auto pen = [](QColor color, double alpha, double width) {
        color.setAlphaF(float(alpha));
        QPen result(color, width);
        result.setCosmetic(true);
        return result;
    };
    for (const Series& series : m_series) {
        const ChartSeries& item = series.data;
        if (!series.visible || item.bandLow.empty())
            continue;
        QPolygonF upper = strided(item.x, item.bandHigh, frame.x0, frame.x1, columns);
        QPolygonF lower = strided(item.x, item.bandLow, frame.x0, frame.x1, columns);
        toPixels(upper);
        toPixels(lower);
        std::reverse(lower.begin(), lower.end());
        QColor fill = item.color;
        fill.setAlphaF(0.18f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(upper + lower);
        painter.setBrush(Qt::NoBrush);
    }
    for (const Series& series : m_series) {
        const ChartSeries& item = series.data;
        if (!series.visible)
            continue;
        if (series.isPrepared && !item.rawY.empty())
            draw(item.rawX, item.rawY, pen(item.color, 0.25, 1.0));
        else if (!series.isPrepared && m_smoothing > 0)
            draw(item.x, item.y, pen(item.color, 0.25, 1.0));
        draw(item.x, curveOf(series), item.isFaint ? pen(item.color, 0.3, 1.0) : pen(item.color, 1.0, 1.6));
    }
    painter.restore();
    return drawn;
}

QPointF MetricChart::legendOrigin(const Frame& frame, const QSizeF& block) const
{
    // The corner whose box the fewest curve samples cross, top right first on ties.
    const QRectF& plot = frame.plot;
    const QPointF corners[] = {{plot.right() - 8 - block.width(), plot.top() + 6},
                               {plot.right() - 8 - block.width(), plot.bottom() - 6 - block.height()},
                               {plot.left() + 8, plot.top() + 6},
                               {plot.left() + 8, plot.bottom() - 6 - block.height()}};
    QPointF best = corners[0];
    int fewest = std::numeric_limits<int>::max();
    for (const QPointF& corner : corners) {
        const QRectF box(corner, block);
        int crossings = 0;
        for (const Series& series : m_series) {
            const std::vector<double>& xs = series.data.x;
            const std::vector<double>& ys = curveOf(series);
            if (!series.visible || xs.empty())
                continue;
            for (int sample = 0; sample <= 8; ++sample) {
                const double px = box.left() + box.width() * sample / 8.0;
                const double x = frame.x0 + (px - plot.left()) / plot.width() * (frame.x1 - frame.x0);
                const size_t i =
                    std::min(size_t(std::lower_bound(xs.begin(), xs.end(), x) - xs.begin()), xs.size() - 1);
                const double y = ys[i];
                if (std::isfinite(y) && !(m_logY && y <= 0) && box.contains(QPointF(px, mapY(y, frame))))
                    ++crossings;
            }
        }
        if (crossings < fewest) {
            fewest = crossings;
            best = corner;
        }
    }
    return best;
}

void MetricChart::paintLegend(QPainter& painter, const Frame& frame, QList<QPair<QRectF, QString>>* hits) const
{
    const QFontMetrics metrics(painter.font());
    const QColor text = palette().color(QPalette::Text);
    QColor back = palette().color(QPalette::Base);
    back.setAlphaF(0.85f);
    const double rowHeight = metrics.height() + 4;
    const int room = std::max(2, int((frame.plot.height() * 0.5) / rowHeight)); // half the plot at most
    const int shown = std::min(kLegendEntries, room);
    std::vector<const Series*> entries;
    int total = 0;
    for (const Series& series : m_series) {
        if (series.data.isFaint)
            continue;
        ++total;
        if (int(entries.size()) < shown)
            entries.push_back(&series);
    }
    if (total > shown)
        entries.pop_back(); // its row says how many more there are
    const int hidden = total - int(entries.size());
    if (total == 0)
        return;
    double width = hidden > 0 ? metrics.horizontalAdvance(tr("+%n more", nullptr, hidden)) : 0;
    for (const Series* series : entries)
        width = std::max<double>(width, metrics.horizontalAdvance(series->data.label));
    width = std::min(width + 34, frame.plot.width() * 0.6);
    const QSizeF block(width, rowHeight * double(entries.size() + (hidden > 0 ? 1 : 0)) + 2);
    const QPointF origin = legendOrigin(frame, block);
    painter.fillRect(QRectF(origin, block), back);
    double y = origin.y() + 1;
    for (const Series* series : entries) {
        const QRectF box(origin.x(), y, width, rowHeight);
        QColor swatch = series->data.color;
        QColor label = text;
        if (!series->visible) {
            swatch.setAlphaF(0.25f);
            label.setAlphaF(0.4f);
        }
        painter.fillRect(QRectF(box.left() + 6, box.center().y() - 4, 12, 8), swatch);
        painter.setPen(label);
        painter.drawText(box.adjusted(24, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(series->data.label, Qt::ElideMiddle, int(width - 26)));
        if (hits)
            hits->append({box, series->data.id});
        y += rowHeight;
    }
    if (hidden > 0) {
        painter.setPen(text);
        painter.drawText(QRectF(origin.x() + 24, y, width - 28, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("+%n more", nullptr, hidden));
    }
}

void MetricChart::paintHover(QPainter& painter, const Frame& frame) const
{
    const QRectF& plot = frame.plot;
    const QColor text = palette().color(QPalette::Text);
    QColor cross = text;
    cross.setAlphaF(0.45f);
    painter.setPen(QPen(cross, 1, Qt::DashLine));
    painter.drawLine(QPointF(m_hover.x(), plot.top()), QPointF(m_hover.x(), plot.bottom()));
    painter.drawLine(QPointF(plot.left(), m_hover.y()), QPointF(plot.right(), m_hover.y()));
    QStringList lines = valuesAt(dataX(m_hover.x()));
    if (lines.isEmpty())
        return;
    const QFontMetrics metrics(font());
    const int room = std::max(1, int((plot.height() - 16) / (metrics.height() + 2)) - 1);
    if (lines.size() > room) {
        const int rest = int(lines.size()) - room + 1;
        lines = lines.mid(0, room - 1);
        lines << tr("… and %n more", nullptr, rest);
    }
    int w = 0;
    for (const QString& line : std::as_const(lines))
        w = std::max(w, metrics.horizontalAdvance(line));
    QRectF box(m_hover.x() + 12, m_hover.y() + 12, w + 12, qreal(metrics.height() + 2) * qreal(lines.size()) + 8);
    if (box.right() > plot.right())
        box.moveRight(m_hover.x() - 12);
    if (box.bottom() > plot.bottom())
        box.moveBottom(std::max(plot.top() + box.height(), m_hover.y() - 12));
    painter.fillRect(box, palette().color(QPalette::ToolTipBase));
    painter.setPen(palette().color(QPalette::ToolTipText));
    painter.drawRect(box);
    double ty = box.top() + 4;
    for (const QString& line : std::as_const(lines)) {
        painter.drawText(QRectF(box.left() + 6, ty, w, metrics.height()), Qt::AlignLeft, line);
        ty += metrics.height() + 2;
    }
}

} // namespace crucible
