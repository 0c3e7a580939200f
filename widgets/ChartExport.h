#pragma once

#include <QSizeF>
#include <QString>

namespace crucible {

class MetricChart;

/// Exports of a MetricChart exactly as shown: images and vector files with axes and legend,
/// and the CSV of the drawn series. Thread: GUI.
namespace chartexport {

/// The size exports use: the chart's size on screen, or 800 x 500 when it is smaller than that.
QSizeF exportSize(const MetricChart& chart);
/// The visible series as drawn (after smoothing and grouping) as CSV with a header:
/// series_id, label, curve (main, raw or member), the x axis (`xAxisKey`), y, band_low,
/// band_high, transform (how y was derived from the logged values). On a chart zoomed in with a
/// detail overlay, each series' rows inside the overlay's x range are the finer points drawn
/// there and the rest its whole-range points; transform says which ("...; for x in [a, b]: ...").
QString csv(const MetricChart& chart, const QString& xAxisKey);
/// Writes csv() to `path`; false with `error` set when the file cannot be written.
bool saveCsv(const MetricChart& chart, const QString& xAxisKey, const QString& path, QString* error);
/// A PNG at twice the chart's size (a 2x device pixel ratio, crisp on paper and HiDPI screens).
bool savePng(const MetricChart& chart, const QString& path, QString* error);
/// An SVG whose curves, axes and text are vectors.
bool saveSvg(const MetricChart& chart, const QString& path, QString* error);
/// A one-page PDF the size of the chart, with vectors.
bool savePdf(const MetricChart& chart, const QString& path, QString* error);
/// Saves by the file's suffix (.png, .svg, .pdf or .csv).
bool saveBySuffix(const MetricChart& chart, const QString& xAxisKey, const QString& path, QString* error);
/// Puts the chart on the clipboard as an image at 2x.
void copyToClipboard(const MetricChart& chart);

} // namespace chartexport

} // namespace crucible
