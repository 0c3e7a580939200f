#pragma once

#include <QColor>
#include <QPointF>
#include <QWidget>

#include "SeriesMath.h"

#include <vector>

namespace crucible {

/// A line chart of metric series that draws from the full data and stays fast: each series is
/// reduced to at most four points per pixel column (first, min, max, last) before it is drawn,
/// so a spike survives any zoom and a million points cost what the screen can show. Smoothing
/// is TensorBoard's debiased EMA over the full series, the raw curve faint behind. Wheel zooms
/// the x axis at the cursor, dragging pans, Shift+drag zooms to a band, double-click resets;
/// hovering shows each visible series' value at that x. Live series grow with appendPoints();
/// repaints are coalesced by Qt, never one per point. Thread: GUI.
class MetricChart : public QWidget {
    Q_OBJECT
public:
    explicit MetricChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return m_title; }
    void setXLabel(const QString& label);

    /// Replaces (or adds) the series `id`. `x` must be ascending.
    void setSeries(const QString& id, const QString& label, const QColor& color, std::vector<double> x,
                   std::vector<double> y);
    /// Appends points to the series `id` (created with `label` and a stable colour when new).
    void appendPoints(const QString& id, const QString& label, const std::vector<double>& x,
                      const std::vector<double>& y);
    void removeSeries(const QString& id);
    void clear();
    QStringList seriesIds() const;
    int pointCount(const QString& id) const;
    void setSeriesVisible(const QString& id, bool visible);
    bool isSeriesVisible(const QString& id) const;

    /// EMA weight in [0, 0.999]; 0 draws the raw series.
    void setSmoothing(double weight);
    double smoothing() const { return m_smoothing; }
    void setLogY(bool logarithmic);
    bool isLogY() const { return m_logY; }

    /// Shows [low, high] of the x axis; resetZoom() follows the data again.
    void setXRange(double low, double high);
    void resetZoom();
    QPair<double, double> xRange() const;

    /// The same colour for the same id on every chart.
    static QColor colorFor(const QString& id);

    /// The points the last paint drew, over all series (for tests and benchmarks).
    qint64 lastDrawnPointCount() const { return m_lastDrawn; }
    /// What hovering at data coordinate `x` shows: one line per visible series.
    QStringList valuesAt(double x) const;
    /// Data x under a widget x position inside the plot.
    double dataX(double pixelX) const;

Q_SIGNALS:
    void xRangeChanged(double low, double high);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Series {
        QString id;
        QString label;
        QColor color;
        std::vector<double> x;
        std::vector<double> y;
        std::vector<double> smoothed;
        DebiasedSmoother smoother;
        bool visible = true;
    };

    Series* find(const QString& id);
    const Series* find(const QString& id) const;
    void resmooth(Series& series) const;
    QRectF plotRect() const;
    QPair<double, double> dataXRange() const;
    QPair<double, double> visibleYRange(double x0, double x1) const;
    double mapY(double y, double y0, double y1, const QRectF& plot) const;

    QString m_title;
    QString m_xLabel;
    std::vector<Series> m_series;
    double m_smoothing = 0.0;
    bool m_logY = false;
    bool m_zoomed = false;
    double m_x0 = 0;
    double m_x1 = 1;
    qint64 m_lastDrawn = 0;
    QPointF m_hover {-1, -1};
    QPointF m_pressAt;
    double m_pressX0 = 0;
    double m_pressX1 = 1;
    bool m_panning = false;
    bool m_banding = false;
    QList<QPair<QRectF, QString>> m_legendHits;
};

} // namespace crucible
