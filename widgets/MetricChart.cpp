#include "MetricChart.h"

#include "SeriesMath.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace crucible {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// Folds the finite values of `y` whose x lies in [x0, x1] into [low, high].
void extendRange(const std::vector<double>& x, const std::vector<double>& y, double x0, double x1, bool logY,
                 double& low, double& high)
{
    const size_t n = std::min(x.size(), y.size());
    const auto begin = size_t(std::lower_bound(x.begin(), x.begin() + std::ptrdiff_t(n), x0) - x.begin());
    const auto end = size_t(std::upper_bound(x.begin(), x.begin() + std::ptrdiff_t(n), x1) - x.begin());
    for (size_t i = begin; i < end; ++i) {
        const double value = y[i];
        if (!std::isfinite(value) || (logY && value <= 0))
            continue;
        low = std::min(low, value);
        high = std::max(high, value);
    }
}

/// Appends the points of (x, y) whose x is below `low` (`before`) or above `high` to (outX, outY).
void appendOutside(const std::vector<double>& x, const std::vector<double>& y, double low, double high, bool before,
                   std::vector<double>& outX, std::vector<double>& outY)
{
    const size_t n = std::min(x.size(), y.size());
    const auto end = x.begin() + std::ptrdiff_t(n);
    const size_t begin = before ? 0 : size_t(std::upper_bound(x.begin(), end, high) - x.begin());
    const size_t stop = before ? size_t(std::lower_bound(x.begin(), end, low) - x.begin()) : n;
    outX.insert(outX.end(), x.begin() + std::ptrdiff_t(begin), x.begin() + std::ptrdiff_t(stop));
    outY.insert(outY.end(), y.begin() + std::ptrdiff_t(begin), y.begin() + std::ptrdiff_t(stop));
}

/// (x, y) with its points in [low, high] replaced by (detailX, detailY).
void splice(const std::vector<double>& x, const std::vector<double>& y, const std::vector<double>& detailX,
            const std::vector<double>& detailY, double low, double high, std::vector<double>& outX,
            std::vector<double>& outY)
{
    outX.clear();
    outY.clear();
    appendOutside(x, y, low, high, true, outX, outY);
    const size_t n = std::min(detailX.size(), detailY.size());
    outX.insert(outX.end(), detailX.begin(), detailX.begin() + std::ptrdiff_t(n));
    outY.insert(outY.end(), detailY.begin(), detailY.begin() + std::ptrdiff_t(n));
    appendOutside(x, y, low, high, false, outX, outY);
}

/// `coarse` with `detail`'s points for x in [low, high]; `coarse` itself when their shapes
/// differ (one has a band or a raw curve the other lacks).
ChartSeries withDetail(const ChartSeries& coarse, const ChartSeries& detail, double low, double high)
{
    if (coarse.bandLow.empty() != detail.bandLow.empty() || coarse.rawY.empty() != detail.rawY.empty())
        return coarse;
    ChartSeries out = coarse;
    splice(coarse.x, coarse.y, detail.x, detail.y, low, high, out.x, out.y);
    if (!coarse.bandLow.empty()) {
        std::vector<double> x;
        splice(coarse.x, coarse.bandLow, detail.x, detail.bandLow, low, high, x, out.bandLow);
        splice(coarse.x, coarse.bandHigh, detail.x, detail.bandHigh, low, high, x, out.bandHigh);
    }
    if (!coarse.rawY.empty())
        splice(coarse.rawX, coarse.rawY, detail.rawX, detail.rawY, low, high, out.rawX, out.rawY);
    const QString range =
        QStringLiteral("; for x in [%1, %2]: ").arg(QString::number(low, 'g', 15), QString::number(high, 'g', 15));
    out.transform = coarse.transform + range + detail.transform;
    if (!coarse.rawY.empty())
        out.rawTransform = coarse.rawTransform + range + detail.rawTransform;
    return out;
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
    return paletteColor(int(qHash(id, 0) % 10)); // seed 0: the same in every session
}

QColor MetricChart::paletteColor(int index)
{
    // A qualitative palette readable on light and dark backgrounds.
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xe4, 0x57, 0x2e), QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0x94, 0x67, 0xbd), QColor(0xd6, 0x27, 0x28), QColor(0x17, 0xbe, 0xcf),
                                     QColor(0xbc, 0xbd, 0x22), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                     QColor(0x7f, 0x7f, 0x7f)};
    constexpr int size = int(sizeof(palette) / sizeof(palette[0]));
    if (index >= 0 && index < size)
        return palette[index];
    return QColor::fromHsvF(float(std::fmod(std::max(0, index) * 0.618033988749895, 1.0)), 0.7f, 0.8f);
}

void MetricChart::invalidate()
{
    m_cacheValid = false;
    update();
}

void MetricChart::setTitle(const QString& title)
{
    m_title = title;
    invalidate();
}

void MetricChart::setXLabel(const QString& label)
{
    m_xLabel = label;
    invalidate();
}

void MetricChart::setXFormat(XFormat format)
{
    m_xFormat = format;
    invalidate();
}

MetricChart::Series* MetricChart::find(const QString& id)
{
    for (Series& series : m_series) {
        if (series.data.id == id)
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
    if (series.isPrepared)
        return;
    series.smoother = DebiasedSmoother(m_smoothing);
    series.smoothed.clear();
    series.smoothed.reserve(series.data.y.size());
    for (double value : series.data.y)
        series.smoothed.push_back(series.smoother.next(value));
}

const std::vector<double>& MetricChart::curveOf(const Series& series) const
{
    return !series.isPrepared && m_smoothing > 0 ? series.smoothed : series.data.y;
}

void MetricChart::setSeries(const QString& id, const QString& label, const QColor& color, std::vector<double> x,
                            std::vector<double> y)
{
    Series* series = find(id);
    if (!series) {
        m_series.push_back(Series {ChartSeries {}, {}, DebiasedSmoother(m_smoothing), true, false});
        series = &m_series.back();
    }
    series->isPrepared = false;
    series->coarse.reset();
    series->data.id = id;
    series->data.label = label;
    series->data.color = color.isValid() ? color : colorFor(id);
    series->data.x = std::move(x);
    series->data.y = std::move(y);
    resmooth(*series);
    invalidate();
}

void MetricChart::appendPoints(const QString& id, const QString& label, const std::vector<double>& x,
                               const std::vector<double>& y)
{
    Series* series = find(id);
    if (!series) {
        m_series.push_back(Series {ChartSeries {}, {}, DebiasedSmoother(m_smoothing), true, false});
        series = &m_series.back();
        series->data.id = id;
        series->data.label = label;
        series->data.color = colorFor(id);
        series->smoother = DebiasedSmoother(m_smoothing);
    }
    const size_t n = std::min(x.size(), y.size());
    series->data.x.insert(series->data.x.end(), x.begin(), x.begin() + std::ptrdiff_t(n));
    series->data.y.insert(series->data.y.end(), y.begin(), y.begin() + std::ptrdiff_t(n));
    for (size_t i = 0; i < n; ++i)
        series->smoothed.push_back(series->smoother.next(y[i]));
    invalidate();
}

void MetricChart::setPreparedSeries(std::vector<ChartSeries> series)
{
    std::vector<Series> next;
    next.reserve(series.size());
    for (ChartSeries& item : series) {
        const Series* old = find(item.id);
        Series entry {ChartSeries {}, {}, DebiasedSmoother(0.0), true, true};
        entry.visible = old ? old->visible : true;
        entry.isPrepared = true;
        if (!item.color.isValid())
            item.color = colorFor(item.id);
        entry.data = std::move(item);
        next.push_back(std::move(entry));
    }
    m_series = std::move(next);
    invalidate();
}

void MetricChart::setDetailSeries(std::vector<ChartSeries> detail, double low, double high)
{
    for (Series& series : m_series) {
        if (series.coarse)
            series.data = *std::move(series.coarse);
        series.coarse.reset();
        if (!series.isPrepared)
            continue;
        const auto it =
            std::find_if(detail.begin(), detail.end(), [&](const ChartSeries& d) { return d.id == series.data.id; });
        if (it == detail.end())
            continue;
        ChartSeries merged = withDetail(series.data, *it, low, high);
        series.coarse = std::exchange(series.data, std::move(merged));
    }
    invalidate();
}

void MetricChart::clearDetail()
{
    setDetailSeries({}, 0, 0);
}

bool MetricChart::hasDetail() const
{
    return std::any_of(m_series.begin(), m_series.end(), [](const Series& s) { return s.coarse.has_value(); });
}

void MetricChart::removeSeries(const QString& id)
{
    m_series.erase(std::remove_if(m_series.begin(), m_series.end(), [&](const Series& s) { return s.data.id == id; }),
                   m_series.end());
    invalidate();
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
        ids << series.data.id;
    return ids;
}

int MetricChart::pointCount(const QString& id) const
{
    const Series* series = find(id);
    return series ? int(series->data.x.size()) : 0;
}

void MetricChart::setSeriesVisible(const QString& id, bool visible)
{
    if (Series* series = find(id); series && series->visible != visible) {
        series->visible = visible;
        invalidate();
    }
}

bool MetricChart::isSeriesVisible(const QString& id) const
{
    const Series* series = find(id);
    return series && series->visible;
}

std::vector<ChartSeries> MetricChart::shownSeries() const
{
    std::vector<ChartSeries> shown;
    for (const Series& series : m_series) {
        if (!series.visible)
            continue;
        ChartSeries item = series.data;
        if (!series.isPrepared) {
            item.transform = m_smoothing > 0 ? QStringLiteral("EMA %1 (debiased) of every point").arg(m_smoothing)
                                             : QStringLiteral("every point");
            if (m_smoothing > 0) {
                item.rawX = item.x;
                item.rawY = item.y;
                item.rawTransform = QStringLiteral("every point");
                item.y = series.smoothed;
            }
        }
        shown.push_back(std::move(item));
    }
    return shown;
}

void MetricChart::setSmoothing(double weight)
{
    m_smoothing = std::clamp(weight, 0.0, 0.999);
    for (Series& series : m_series)
        resmooth(series);
    invalidate();
}

void MetricChart::setLogY(bool logarithmic)
{
    m_logY = logarithmic;
    invalidate();
}

void MetricChart::setXRange(double low, double high)
{
    if (!(high > low))
        return;
    m_zoomed = true;
    m_x0 = low;
    m_x1 = high;
    invalidate();
    Q_EMIT xRangeChanged(low, high);
}

void MetricChart::resetZoom()
{
    m_zoomed = false;
    clearDetail();
    invalidate();
    const auto range = dataXRange();
    Q_EMIT xRangeChanged(range.first, range.second);
}

QPair<double, double> MetricChart::dataXRange() const
{
    double low = kInf;
    double high = -kInf;
    for (const Series& series : m_series) {
        if (!series.visible || series.data.x.empty())
            continue;
        low = std::min(low, series.data.x.front());
        high = std::max(high, series.data.x.back());
    }
    if (!std::isfinite(low))
        return {0, 1};
    // A duration axis (time serving, time since start) counts from zero: a few seconds of data
    // then read "0s 1s 2s", not one tick.
    if (m_xFormat == XFormat::Duration && low > 0)
        low = 0;
    if (high <= low)
        return {low - 0.5, high + 0.5};
    return {low, high};
}

QPair<double, double> MetricChart::xRange() const
{
    return m_zoomed ? qMakePair(m_x0, m_x1) : dataXRange();
}

QPair<double, double> MetricChart::yRange() const
{
    const auto [x0, x1] = xRange();
    return visibleYRange(x0, x1);
}

QPair<double, double> MetricChart::visibleYRange(double x0, double x1) const
{
    double low = kInf;
    double high = -kInf;
    for (const Series& series : m_series) {
        if (!series.visible)
            continue;
        const ChartSeries& item = series.data;
        extendRange(item.x, item.y, x0, x1, m_logY, low, high);
        extendRange(item.rawX, item.rawY, x0, x1, m_logY, low, high);
        extendRange(item.x, item.bandLow, x0, x1, m_logY, low, high);
        extendRange(item.x, item.bandHigh, x0, x1, m_logY, low, high);
    }
    if (!std::isfinite(low))
        return {m_logY ? -1.0 : 0.0, m_logY ? 0.0 : 1.0};
    if (m_logY)
        return {std::log10(low), std::log10(high) + (high == low ? 1 : 0)};
    const double pad = high > low ? (high - low) * 0.05 : (high != 0 ? std::abs(high) * 0.1 : 0.5);
    // Values that are never negative (rates, counts, latencies) do not get a negative axis.
    return {low >= 0 && low - pad < 0 ? 0.0 : low - pad, high + pad};
}

MetricChart::Frame MetricChart::frame(const QSizeF& size) const
{
    Frame result;
    result.plot = plotRect(size);
    std::tie(result.x0, result.x1) = xRange();
    std::tie(result.y0, result.y1) = visibleYRange(result.x0, result.x1);
    return result;
}

double MetricChart::mapY(double y, const Frame& frame) const
{
    const double value = m_logY ? std::log10(y) : y;
    return frame.plot.bottom() - (value - frame.y0) / (frame.y1 - frame.y0) * frame.plot.height();
}

double MetricChart::dataX(double pixelX) const
{
    const QRectF plot = plotRect(size());
    const auto [x0, x1] = xRange();
    return x0 + (pixelX - plot.left()) / plot.width() * (x1 - x0);
}

QStringList MetricChart::valuesAt(double x) const
{
    QStringList lines;
    for (const Series& series : m_series) {
        const std::vector<double>& xs = series.data.x;
        if (!series.visible || series.data.isFaint || xs.empty())
            continue;
        auto it = std::lower_bound(xs.begin(), xs.end(), x);
        size_t i = size_t(it - xs.begin());
        if (i >= xs.size())
            i = xs.size() - 1;
        else if (i > 0 && std::abs(xs[i - 1] - x) < std::abs(xs[i] - x))
            --i;
        const std::vector<double>& ys = curveOf(series);
        const double span = xRange().second - xRange().first;
        lines << QStringLiteral("%1: %2 @ %3")
                     .arg(series.data.label, QLocale().toString(ys[i], 'g', 5), xTickLabel(xs[i], span));
    }
    return lines;
}

QRectF MetricChart::legendEntryRect(const QString& id) const
{
    for (const auto& [box, entry] : m_legendHits) {
        if (entry == id)
            return box;
    }
    return {};
}

void MetricChart::setHoverPosition(const QPointF& position)
{
    m_hover = position;
    update(); // the curves stay cached: only the crosshair is drawn again
}

void MetricChart::resizeEvent(QResizeEvent* event)
{
    m_cacheValid = false;
    QWidget::resizeEvent(event);
}

void MetricChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        m_cacheValid = false;
    QWidget::changeEvent(event);
}

void MetricChart::wheelEvent(QWheelEvent* event)
{
    const QRectF plot = plotRect(size());
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
            Q_EMIT seriesToggled(id, isSeriesVisible(id));
            return;
        }
    }
    if (event->button() != Qt::LeftButton || !plotRect(size()).contains(event->position()))
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
        const double shift =
            (event->position().x() - m_pressAt.x()) / plotRect(size()).width() * (m_pressX1 - m_pressX0);
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
    setHoverPosition(QPointF(-1, -1));
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
