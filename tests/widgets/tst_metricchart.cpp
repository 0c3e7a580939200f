#include "ChartSeries.h"
#include "MetricChart.h"
#include "SeriesMath.h"

#include <QSet>
#include <QTest>

#include <random>

#include <cmath>

using namespace crucible;

class TestMetricChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decimationKeepsASingleSpikeAtEveryZoom()
    {
        const int n = 1000000;
        std::vector<double> x(n);
        std::vector<double> y(n);
        for (int i = 0; i < n; ++i) {
            x[size_t(i)] = i;
            y[size_t(i)] = std::sin(i * 0.001);
        }
        y[123457] = 50.0; // a one-step spike
        y[654321] = -40.0; // and a dip
        for (int columns : {1, 7, 100, 800, 3000}) {
            for (auto [low, high] : {std::pair<double, double> {0, n - 1}, {100000, 200000}, {123000, 124000}}) {
                const auto points = decimateMinMax(x, y, low, high, columns);
                QVERIFY(points.size() <= size_t(columns) * 4 + 2);
                QVERIFY(
                    std::is_sorted(points.begin(), points.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); }));
                const bool spikeInRange = low <= 123457 && 123457 <= high;
                const bool hasSpike =
                    std::any_of(points.begin(), points.end(), [](QPointF p) { return p.y() == 50.0; });
                QCOMPARE(hasSpike, spikeInRange);
                if (high - low > 600000) {
                    QVERIFY(std::any_of(points.begin(), points.end(), [](QPointF p) { return p.y() == -40.0; }));
                }
            }
        }
        // Few points come back unchanged.
        const std::vector<double> sx {1, 2, 3};
        const std::vector<double> sy {5, NAN, 7};
        const auto few = decimateMinMax(sx, sy, 0, 10, 100);
        QCOMPARE(few.size(), size_t(2)); // the NaN is skipped
    }

    void smoothingMatchesTheDebiasedFormula()
    {
        const auto smoothed = smoothDebiased({1, 2, 3}, 0.5);
        QCOMPARE(smoothed[0], 1.0);
        QVERIFY(std::abs(smoothed[1] - 1.25 / 0.75) < 1e-12);
        QVERIFY(std::abs(smoothed[2] - 2.125 / 0.875) < 1e-12);
        // Weight 0 is the raw series; non-finite values pass through.
        QCOMPARE(smoothDebiased({4, 5}, 0.0), (std::vector<double> {4, 5}));
        const auto withNan = smoothDebiased({1, NAN, 3}, 0.9);
        QVERIFY(std::isnan(withNan[1]));
        QVERIFY(std::abs(withNan[2] - (0.1 * 0.9 + 0.1 * 3) / (1 - 0.81)) < 1e-12);
    }

    void drawsNoMorePointsThanTheScreenShows()
    {
        MetricChart chart;
        chart.resize(800, 400);
        for (int s = 0; s < 3; ++s) {
            std::vector<double> x(200000);
            std::vector<double> y(200000);
            for (size_t i = 0; i < x.size(); ++i) {
                x[i] = double(i);
                y[i] = std::exp(-double(i) / 50000.0) + 0.01 * s;
            }
            chart.setSeries(QStringLiteral("run-%1").arg(s), QStringLiteral("run %1").arg(s), QColor(), x, y);
        }
        chart.grab();
        QVERIFY(chart.lastDrawnPointCount() > 0);
        QVERIFY2(chart.lastDrawnPointCount() <= 3 * 4 * 800, qPrintable(QString::number(chart.lastDrawnPointCount())));
        chart.setSmoothing(0.9); // raw faint behind, smoothed on top: still bounded
        chart.grab();
        QVERIFY(chart.lastDrawnPointCount() <= 2 * 3 * 4 * 800);
        chart.setXRange(1000, 2000);
        chart.grab();
        QVERIFY(chart.lastDrawnPointCount() <= 2 * 3 * 1003);
    }

    void hoverListsEveryVisibleSeriesAtX()
    {
        MetricChart chart;
        chart.setSeries(QStringLiteral("a"), QStringLiteral("alpha"), QColor(), {0, 10, 20}, {1, 2, 3});
        chart.setSeries(QStringLiteral("b"), QStringLiteral("beta"), QColor(), {0, 5, 10}, {7, 8, 9});
        QStringList lines = chart.valuesAt(9);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("alpha: 2")));
        QVERIFY(lines[1].startsWith(QStringLiteral("beta: 9")));
        chart.setSeriesVisible(QStringLiteral("b"), false);
        QCOMPARE(chart.valuesAt(9).size(), 1);
        // Runs get palette colours, spread so that a handful of runs are told apart.
        QSet<QRgb> palette;
        for (int i = 0; i < 10; ++i)
            palette.insert(MetricChart::paletteColor(i).rgb());
        QSet<QRgb> used;
        for (int i = 0; i < 12; ++i) {
            const QRgb color = MetricChart::colorFor(QStringLiteral("run-%1").arg(i)).rgb();
            QVERIFY(palette.contains(color));
            used.insert(color);
        }
        QVERIFY2(used.size() >= 5, qPrintable(QString::number(used.size())));
    }

    void appendsLiveAndZooms()
    {
        MetricChart chart;
        chart.resize(600, 300);
        chart.appendPoints(QStringLiteral("loss"), QStringLiteral("loss"), {1, 2}, {0.9, 0.8});
        chart.appendPoints(QStringLiteral("loss"), QStringLiteral("loss"), {3}, {0.7});
        QCOMPARE(chart.pointCount(QStringLiteral("loss")), 3);
        QCOMPARE(chart.xRange(), qMakePair(1.0, 3.0));
        chart.setXRange(1.5, 2.5);
        QCOMPARE(chart.xRange(), qMakePair(1.5, 2.5));
        chart.resetZoom();
        QCOMPARE(chart.xRange(), qMakePair(1.0, 3.0));
        QVERIFY(!niceTicks(0, 1, 5).empty());
        QCOMPARE(niceTicks(0, 10, 5), (std::vector<double> {0, 2, 4, 6, 8, 10}));
    }

    void shortChartsGetThreeNiceTicks()
    {
        // The Train page's short loss chart showed one label ("2"): every range, however short the
        // chart (one or two ticks asked for), gets at least three, on a nice step, inside it.
        std::mt19937 random(11);
        std::uniform_real_distribution<double> start(-50.0, 50.0);
        std::uniform_real_distribution<double> exponent(-6.0, 4.0);
        for (int i = 0; i < 2000; ++i) {
            const double low = start(random);
            const double high = low + std::pow(10.0, exponent(random));
            for (int wanted : {1, 2, 3}) {
                const std::vector<double> ticks = niceTicks(low, high, wanted, 3);
                QVERIFY2(ticks.size() >= 3, qPrintable(QStringLiteral("%1..%2").arg(low).arg(high)));
                const double step = ticks[1] - ticks[0];
                const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
                QVERIFY2(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6
                             || std::abs(mantissa - 10) < 1e-5,
                         qPrintable(QString::number(step, 'g', 17)));
                QVERIFY(ticks.front() >= low - step * 1e-6 && ticks.back() <= high + step * 1e-6);
            }
        }
        const std::vector<double> short_ = niceTicks(1.02, 1.9, 2, 3);
        const std::vector<double> expected {1.2, 1.4, 1.6, 1.8};
        QCOMPARE(short_.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY(std::abs(short_[i] - expected[i]) < 1e-12);
        QCOMPARE(niceTicks(0, 10, 5, 3), (std::vector<double> {0, 2, 4, 6, 8, 10})); // enough already
    }

    void durationAxesCountFromZeroAndRatesFromZero()
    {
        // The Serving page's charts after two seconds: one x label ("2s") and a y axis from -0.5
        // for requests per second that cannot be negative. A duration axis starts at 0, and a
        // series that is never negative gets no negative axis.
        MetricChart chart;
        chart.resize(400, 300);
        chart.setXFormat(MetricChart::XFormat::Duration);
        chart.setSeries(QStringLiteral("rps"), QStringLiteral("requests/s"), Qt::blue, {1.9, 2.4}, {0, 0});
        QCOMPARE(chart.xRange(), qMakePair(0.0, 2.4));
        QVERIFY(niceTicks(chart.xRange().first, chart.xRange().second, 2, 3).size() >= 3);
        chart.setSeries(QStringLiteral("rps"), QStringLiteral("requests/s"), Qt::blue, {1, 2, 3}, {0.2, 0.1, 0.0});
        QVERIFY(chart.yRange().first >= 0);
    }

    void detailReplacesTheZoomedRangeUntilReset()
    {
        MetricChart chart;
        chart.resize(600, 300);
        ChartSeries coarse;
        coarse.id = QStringLiteral("run");
        coarse.x = {0, 100, 200, 300};
        coarse.y = {1, 2, 3, 4};
        coarse.transform = QStringLiteral("coarse");
        chart.setPreparedSeries({coarse});
        chart.setXRange(90, 210);
        ChartSeries fine = coarse;
        fine.x = {100, 150, 199};
        fine.y = {5, 6, 7};
        fine.transform = QStringLiteral("fine");
        chart.setDetailSeries({fine}, 100, 199);
        QVERIFY(chart.hasDetail());
        ChartSeries shown = chart.shownSeries().front();
        QCOMPARE(shown.x, (std::vector<double> {0, 100, 150, 199, 200, 300}));
        QCOMPARE(shown.y, (std::vector<double> {1, 5, 6, 7, 3, 4}));
        QCOMPARE(shown.transform, QStringLiteral("coarse; for x in [100, 199]: fine"));
        chart.resetZoom();
        QVERIFY(!chart.hasDetail());
        QCOMPARE(chart.shownSeries().front().y, coarse.y);
    }
};

QTEST_MAIN(TestMetricChart)
#include "tst_metricchart.moc"
