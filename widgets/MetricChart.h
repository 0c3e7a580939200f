#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QWidget>

#include "ChartSeries.h"
#include "SeriesMath.h"

#include <optional>
#include <vector>

namespace crucible {

/// A line chart of metric series that draws from the full data and stays fast: each series is
/// reduced to at most four points per pixel column (first, min, max, last) before it is drawn,
/// so a spike survives any zoom and a million points cost what the screen can show. Smoothing
/// is TensorBoard's debiased EMA over the full series, the raw curve faint behind. Wheel zooms
/// the x axis at the cursor, dragging pans, Shift+drag zooms to a band, double-click resets;
/// hovering shows a crosshair and each visible series' value at that x. Live series grow with
/// appendPoints(); repaints are coalesced by Qt, never one per point. The curves are cached
/// in an image, so hovering repaints only the crosshair. Colours follow the palette (light or
/// dark theme). Thread: GUI.
class MetricChart : public QWidget {
    Q_OBJECT
public:
    /// How x tick labels read: plain numbers, dates and times (x in seconds since the Unix
    /// epoch) or durations (x in seconds).
    enum class XFormat { Number, DateTime, Duration };

    explicit MetricChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return m_title; }
    void setXLabel(const QString& label);
    QString xLabel() const { return m_xLabel; }
    void setXFormat(XFormat format);

    /// Replaces (or adds) the series `id`, smoothed by the chart. `x` must be ascending.
    void setSeries(const QString& id, const QString& label, const QColor& color, std::vector<double> x,
                   std::vector<double> y);
    /// Appends points to the series `id` (created with `label` and a stable colour when new).
    void appendPoints(const QString& id, const QString& label, const std::vector<double>& x,
                      const std::vector<double>& y);
    /// Replaces every series with prepared ones, drawn as given (the chart's smoothing does not
    /// apply to them); keeps the visibility of ids already shown and the zoom.
    void setPreparedSeries(std::vector<ChartSeries> series);
    void removeSeries(const QString& id);
    void clear();
    QStringList seriesIds() const;
    int pointCount(const QString& id) const;
    void setSeriesVisible(const QString& id, bool visible);
    bool isSeriesVisible(const QString& id) const;
    /// The visible series exactly as drawn (before the per-pixel reduction): what exports write.
    /// With a detail overlay, a series' points in the overlay's range are the detail's, and its
    /// `transform` and `rawTransform` name both sources ("...; for x in [a, b]: ...").
    std::vector<ChartSeries> shownSeries() const;

    /// Overlays finer data for x in [low, high] on prepared series (matched by id): drawn,
    /// hovered and exported in place of their own points in that range, while their whole-range
    /// points stay for zooming back out. Series without a detail lose any earlier one.
    /// setPreparedSeries(), clearDetail() and resetZoom() drop the overlay.
    void setDetailSeries(std::vector<ChartSeries> detail, double low, double high);
    void clearDetail();
    bool hasDetail() const;

    /// EMA weight in [0, 0.999]; 0 draws the raw series.
    void setSmoothing(double weight);
    double smoothing() const { return m_smoothing; }
    void setLogY(bool logarithmic);
    bool isLogY() const { return m_logY; }

    /// Shows [low, high] of the x axis; resetZoom() follows the data again.
    void setXRange(double low, double high);
    void resetZoom();
    QPair<double, double> xRange() const;
    /// The y range shown for xRange() (log10 of it on a log axis).
    QPair<double, double> yRange() const;
    bool isZoomed() const { return m_zoomed; }

    /// The same colour for the same id on every chart (and in every session).
    static QColor colorFor(const QString& id);
    /// Colour `index` of a sequence whose first ten are clearly distinct (then golden-angle hues).
    static QColor paletteColor(int index);

    /// The points the last paint drew, over all series (for tests and benchmarks).
    qint64 lastDrawnPointCount() const { return m_lastDrawn; }
    /// What hovering at data coordinate `x` shows: one line per visible series.
    QStringList valuesAt(double x) const;
    /// Data x under a widget x position inside the plot.
    double dataX(double pixelX) const;
    /// Where the last paint drew series `id`'s legend entry (clicking it toggles the series);
    /// empty when it was not drawn.
    QRectF legendEntryRect(const QString& id) const;
    /// Moves the crosshair to widget position `position` (as hovering does); outside: none.
    void setHoverPosition(const QPointF& position);

    /// Draws the whole chart (axes, curves, legend; no crosshair) as vectors into `size` with
    /// `painter`: for PNG, SVG, PDF and clipboard exports.
    void render(QPainter& painter, const QSizeF& size) const;

Q_SIGNALS:
    void xRangeChanged(double low, double high);
    /// The user clicked a legend entry, toggling series `id`.
    void seriesToggled(const QString& id, bool visible);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Series {
        ChartSeries data; ///< prepared: drawn as given; plain: x and y are the raw points
        std::vector<double> smoothed; ///< plain series only
        DebiasedSmoother smoother;
        bool visible = true;
        bool isPrepared = false;
        std::optional<ChartSeries> coarse; ///< with a detail overlay: the series as set, `data` the merge
    };
    struct Frame {
        QRectF plot;
        double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    };

    Series* find(const QString& id);
    const Series* find(const QString& id) const;
    void resmooth(Series& series) const;
    void invalidate();
    const std::vector<double>& curveOf(const Series& series) const;
    QRectF plotRect(const QSizeF& size) const;
    QPair<double, double> dataXRange() const;
    QPair<double, double> visibleYRange(double x0, double x1) const;
    Frame frame(const QSizeF& size) const;
    double mapY(double y, const Frame& frame) const;
    QString xTickLabel(double value, double span) const;

    void paintAxes(QPainter& painter, const Frame& frame, const QSizeF& size) const;
    qint64 paintCurves(QPainter& painter, const Frame& frame, bool antialias) const;
    QPointF legendOrigin(const Frame& frame, const QSizeF& block) const;
    void paintLegend(QPainter& painter, const Frame& frame, QList<QPair<QRectF, QString>>* hits) const;
    void paintHover(QPainter& painter, const Frame& frame) const;

    QString m_title;
    QString m_xLabel;
    XFormat m_xFormat = XFormat::Number;
    std::vector<Series> m_series;
    double m_smoothing = 0.0;
    bool m_logY = false;
    bool m_zoomed = false;
    double m_x0 = 0;
    double m_x1 = 1;
    qint64 m_lastDrawn = 0;
    QImage m_cache; ///< axes, curves and legend of the last full paint
    bool m_cacheValid = false;
    QPointF m_hover {-1, -1};
    QPointF m_pressAt;
    double m_pressX0 = 0;
    double m_pressX1 = 1;
    bool m_panning = false;
    bool m_banding = false;
    QList<QPair<QRectF, QString>> m_legendHits;
};

} // namespace crucible
