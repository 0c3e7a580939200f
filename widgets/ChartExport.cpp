#include "ChartExport.h"

#include "MetricChart.h"

#include "engine/core/CsvText.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace crucible::chartexport {

namespace {

QString field(const QString& text)
{
    return csvtext::untrustedField(text); // run names and keys are the user's text
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

QImage image(const MetricChart& chart)
{
    const QSizeF size = exportSize(chart);
    QImage result((size * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    result.setDevicePixelRatio(2.0);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart.render(painter, size);
    return result;
}

QString cannotWrite(const QString& path, const QString& why)
{
    return QCoreApplication::translate("ChartExport", "Cannot write %1: %2").arg(path, why);
}

} // namespace

QSizeF exportSize(const MetricChart& chart)
{
    return QSizeF(std::max(800, chart.width()), std::max(500, chart.height()));
}

QString csv(const MetricChart& chart, const QString& xAxisKey)
{
    QString out = QStringLiteral("series_id,label,curve,%1,y,band_low,band_high,transform\n").arg(field(xAxisKey));
    for (const ChartSeries& series : chart.shownSeries()) {
        const QString head = field(series.id) + QLatin1Char(',') + field(series.label) + QLatin1Char(',');
        for (size_t i = 0; i < std::min(series.rawX.size(), series.rawY.size()); ++i)
            out += head + QStringLiteral("raw,") + number(series.rawX[i]) + QLatin1Char(',') + number(series.rawY[i])
                + QStringLiteral(",,,") + field(series.rawTransform) + QLatin1Char('\n');
        const QString curve = series.isFaint ? QStringLiteral("member,") : QStringLiteral("main,");
        const bool band = series.bandLow.size() == series.x.size() && series.bandHigh.size() == series.x.size();
        for (size_t i = 0; i < std::min(series.x.size(), series.y.size()); ++i) {
            out += head + curve + number(series.x[i]) + QLatin1Char(',') + number(series.y[i]) + QLatin1Char(',');
            if (band)
                out += number(series.bandLow[i]) + QLatin1Char(',') + number(series.bandHigh[i]);
            else
                out += QLatin1Char(',');
            out += QLatin1Char(',') + field(series.transform) + QLatin1Char('\n');
        }
    }
    return out;
}

bool saveCsv(const MetricChart& chart, const QString& xAxisKey, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = cannotWrite(path, file.errorString());
        return false;
    }
    file.write(csv(chart, xAxisKey).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = cannotWrite(path, file.errorString());
        return false;
    }
    return true;
}

bool savePng(const MetricChart& chart, const QString& path, QString* error)
{
    if (image(chart).save(path, "PNG"))
        return true;
    if (error)
        *error = cannotWrite(path, QCoreApplication::translate("ChartExport", "the image could not be saved"));
    return false;
}

bool saveSvg(const MetricChart& chart, const QString& path, QString* error)
{
    const QSizeF size = exportSize(chart);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(chart.title());
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = cannotWrite(path, QCoreApplication::translate("ChartExport", "the file could not be created"));
        return false;
    }
    chart.render(painter, size);
    painter.end();
    return QFileInfo(path).size() > 0;
}

bool savePdf(const MetricChart& chart, const QString& path, QString* error)
{
    const QSizeF size = exportSize(chart);
    QPdfWriter writer(path);
    writer.setResolution(72); // one point per pixel of the chart
    writer.setPageSize(QPageSize(size, QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(chart.title());
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = cannotWrite(path, QCoreApplication::translate("ChartExport", "the file could not be created"));
        return false;
    }
    chart.render(painter, size);
    painter.end();
    return true;
}

bool saveBySuffix(const MetricChart& chart, const QString& xAxisKey, const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return saveSvg(chart, path, error);
    if (suffix == QLatin1String("pdf"))
        return savePdf(chart, path, error);
    if (suffix == QLatin1String("csv"))
        return saveCsv(chart, xAxisKey, path, error);
    return savePng(chart, path, error);
}

void copyToClipboard(const MetricChart& chart)
{
    QGuiApplication::clipboard()->setImage(image(chart));
}

} // namespace crucible::chartexport
