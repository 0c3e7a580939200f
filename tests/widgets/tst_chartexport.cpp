// Exports of a comparison chart: the CSV holds exactly the drawn series, and the image and
// vector files carry the chart with its axes and legend.
#include "ChartExport.h"
#include "MetricChart.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace crucible;

namespace {

struct CsvRow {
    QString id;
    QString curve;
    double x = 0;
    double y = 0;
    QString bandLow;
    QString transform;
};

/// Parses the export (no field in these tests holds a quote).
std::vector<CsvRow> parse(const QString& csv, QString* header)
{
    std::vector<CsvRow> rows;
    QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    *header = lines.takeFirst();
    for (const QString& line : std::as_const(lines)) {
        // The transform (last field) may be quoted and hold commas.
        const qsizetype quote = line.indexOf(QLatin1Char('"'));
        const QString head = quote < 0 ? line : line.left(quote);
        const QStringList fields = head.split(QLatin1Char(','));
        CsvRow row;
        row.id = fields[0];
        row.curve = fields[2];
        row.x = fields[3].toDouble();
        row.y = fields[4].toDouble();
        row.bandLow = fields[5];
        row.transform = quote < 0 ? fields.value(7) : line.mid(quote + 1).chopped(1);
        rows.push_back(row);
    }
    return rows;
}

ChartSeries makeSeries(const QString& id, double level, bool band)
{
    ChartSeries series;
    series.id = id;
    series.label = id + QStringLiteral(" label");
    for (int i = 0; i < 50; ++i) {
        series.x.push_back(i * 2.0);
        series.y.push_back(level + std::sin(i * 0.3));
        series.rawX.push_back(i * 2.0);
        series.rawY.push_back(level + std::sin(i * 0.3) + 0.5);
        if (band) {
            series.bandLow.push_back(series.y.back() - 0.25);
            series.bandHigh.push_back(series.y.back() + 0.25);
        }
    }
    series.transform = QStringLiteral("EMA 0.6 (debiased), then mean, over 3 runs");
    series.rawTransform = QStringLiteral("min and max of each bucket of 50 steps");
    return series;
}

} // namespace

class TestChartExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void csvHoldsExactlyTheDrawnSeries()
    {
        MetricChart chart;
        chart.resize(640, 360);
        chart.setPreparedSeries({makeSeries(QStringLiteral("a"), 1.0, true),
                                 makeSeries(QStringLiteral("b"), 5.0, false),
                                 makeSeries(QStringLiteral("c"), 9.0, false)});
        chart.setSeriesVisible(QStringLiteral("c"), false); // toggled off in the legend: not shown, not exported
        QString header;
        const auto rows = parse(chartexport::csv(chart, QStringLiteral("epoch")), &header);
        QCOMPARE(header, QStringLiteral("series_id,label,curve,epoch,y,band_low,band_high,transform"));
        QCOMPARE(rows.size(), size_t(2 * (50 + 50)));
        // Every drawn point, in order, with the exact value the chart holds.
        const auto shown = chart.shownSeries();
        QCOMPARE(shown.size(), size_t(2));
        size_t row = 0;
        for (const ChartSeries& series : shown) {
            for (size_t i = 0; i < series.rawX.size(); ++i, ++row) {
                QCOMPARE(rows[row].id, series.id);
                QCOMPARE(rows[row].curve, QStringLiteral("raw"));
                QCOMPARE(rows[row].y, series.rawY[i]);
                QCOMPARE(rows[row].transform, series.rawTransform);
            }
            for (size_t i = 0; i < series.x.size(); ++i, ++row) {
                QCOMPARE(rows[row].curve, QStringLiteral("main"));
                QCOMPARE(rows[row].x, series.x[i]);
                QCOMPARE(rows[row].y, series.y[i]);
                QCOMPARE(rows[row].bandLow.isEmpty(), series.bandLow.empty());
                QCOMPARE(rows[row].transform, series.transform);
            }
        }
    }

    void csvOfAPlainChartSaysItIsSmoothed()
    {
        MetricChart chart;
        chart.setSeries(QStringLiteral("loss"), QStringLiteral("loss"), QColor(), {0, 1, 2}, {4, 2, 1});
        chart.setSmoothing(0.5);
        QString header;
        const auto rows = parse(chartexport::csv(chart, QStringLiteral("step")), &header);
        QCOMPARE(rows.size(), size_t(6));
        QCOMPARE(rows[3].y, 4.0);
        QCOMPARE(rows[4].y, (4 * 0.25 + 2 * 0.5) / 0.75); // the debiased EMA, as drawn
        QVERIFY(rows[4].transform.startsWith(QStringLiteral("EMA 0.5")));
    }

    void savesImagesAndVectorFiles()
    {
        MetricChart chart;
        chart.resize(900, 520);
        chart.setTitle(QStringLiteral("val_loss"));
        chart.setXLabel(QStringLiteral("step"));
        chart.setPreparedSeries({makeSeries(QStringLiteral("a"), 1.0, true)});
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(chartexport::saveBySuffix(chart, QStringLiteral("step"), png, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1800, 1040)); // 2x
        // Something besides the background was drawn: the curve's colour appears.
        const QColor color = MetricChart::colorFor(QStringLiteral("a"));
        bool hasCurve = false;
        for (int y = 0; y < image.height() && !hasCurve; y += 2) {
            for (int x = 0; x < image.width() && !hasCurve; x += 2)
                hasCurve = image.pixelColor(x, y) == color;
        }
        QVERIFY(hasCurve);

        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY2(chartexport::saveBySuffix(chart, QStringLiteral("step"), svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("val_loss")); // the title, as text
        QVERIFY(svgText.contains("a label")); // the legend
        QVERIFY(svgText.contains("<polyline") || svgText.contains("<path"));

        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY2(chartexport::saveBySuffix(chart, QStringLiteral("step"), pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(pdfFile.size() > 1000);

        QVERIFY(!chartexport::saveBySuffix(chart, QStringLiteral("step"),
                                           m_dir.filePath(QStringLiteral("missing/folder/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("x.csv")));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
