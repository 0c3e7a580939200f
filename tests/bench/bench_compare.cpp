// Run comparison speed (issue #6), offscreen: a workspace of 200 runs x 100,000 steps x 3
// metric keys (generated once and cached next to this binary under bench-data/), then
//  - opening the comparison of one key for all 200 runs (records, bucketed reads on the
//    thread pool, series, first paint of the chart), median of 3;
//  - a zoom or pan redraw of that chart, median of 41;
//  - a hover update (crosshair and the values of every run), median of 61;
// and, side by side, a Qt Charts peer: the same 200 runs as QLineSeries (2,000 points each, what
// our chart reads per run) in a QChartView, one redraw, median of 5.
// Set CRUCIBLE_BENCH_RUNS and CRUCIBLE_BENCH_STEPS to change 200 and 100,000.
#include "../support/Require.h"
#include "CompareModel.h"
#include "ComparePage.h"
#include "MetricChart.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace crucible;

namespace {

int setting(const char* name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// A noisy, decaying training curve with a rare one-step spike; deterministic.
double curve(int run, int key, qint64 step, qint64 steps)
{
    const double t = double(step) / double(steps);
    const double rate = 2.0 + (run % 8) * 0.5;
    const double noise = 0.04 * std::sin(double(step) * 0.37 + run) * std::cos(double(step) * 0.011 + key);
    const double spike = (step * 7919 + run * 104729) % 49999 == 0 ? 0.8 : 0.0;
    if (key == 1)
        return 0.5 + 0.45 * (1.0 - std::exp(-rate * t)) + noise * 0.3;
    return std::exp(-rate * t) + 0.05 + noise + spike;
}

/// Creates (or finds, when a previous run completed it) the benchmark workspace.
std::unique_ptr<Workspace> benchWorkspace(int runs, qint64 steps)
{
    const QString folder =
        QStringLiteral("%1/bench-data/compare-%2x%3").arg(QCoreApplication::applicationDirPath()).arg(runs).arg(steps);
    const QString marker = folder + QStringLiteral("/complete");
    const bool cached = QFile::exists(marker);
    if (!cached)
        QDir(folder).removeRecursively();
    auto opened = Workspace::open(folder);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(folder), qPrintable(opened.error().text()));
    if (cached) {
        qInfo("workspace: %s (cached)", qPrintable(folder));
        return std::move(opened.value());
    }
    QElapsedTimer timer;
    timer.start();
    const Workspace& workspace = *opened.value();
    const QStringList keys {QStringLiteral("loss"), QStringLiteral("val_accuracy"), QStringLiteral("lr")};
    RunStore store(workspace);
    for (int run = 0; run < runs; ++run) {
        NewRun spec;
        spec.name = QStringLiteral("run-%1").arg(run, 3, 10, QLatin1Char('0'));
        spec.config = QJsonObject {{QStringLiteral("lr"), 0.001 * (1 + run % 4)},
                                   {QStringLiteral("optimizer"), run % 8 < 4 ? "adam" : "sgd"},
                                   {QStringLiteral("seed"), run / 8}};
        const QString id = store.createRun(spec).value();
        REQUIRE_OK(store.start(id));
        auto writer = MetricWriter::open(workspace, id);
        for (qint64 step = 0; step < steps; ++step) {
            const double wall = 1.7e9 + run * 1000.0 + double(step) * 0.01;
            for (int key = 0; key < 3; ++key)
                writer.value()->log(keys[key], step, key == 2 ? 0.001 : curve(run, key, step, steps),
                                    double(step) / 1000.0, wall);
        }
        if (!writer.value()->close())
            qFatal("writing the benchmark workspace failed");
        REQUIRE_OK(store.finish(id));
    }
    QFile(marker).open(QIODevice::WriteOnly);
    qInfo("workspace: %s generated in %.1f s (%d runs x %lld steps x 3 keys)", qPrintable(folder),
          double(timer.elapsed()) / 1000.0, runs, steps);
    return std::move(opened.value());
}

} // namespace

class BenchCompare : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<Workspace> m_workspace;
    QStringList m_ids;
    int m_runs = 200;
    qint64 m_steps = 100000;

    /// Opens the comparison of `loss` for every run; returns milliseconds to the first paint.
    double open(ComparePage& page)
    {
        QElapsedTimer timer;
        timer.start();
        page.model()->setChartedKeys({QStringLiteral("loss")});
        page.compareRuns(m_ids);
        if (!QTest::qWaitFor([&] { return page.model()->buckets(QStringLiteral("loss")) != nullptr; }, 60000))
            qFatal("the comparison did not open");
        MetricChart* chart = page.chart(QStringLiteral("loss"));
        chart->repaint();
        return double(timer.nsecsElapsed()) / 1e6;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_runs = setting("CRUCIBLE_BENCH_RUNS", 200);
        m_steps = setting("CRUCIBLE_BENCH_STEPS", 100000);
        m_workspace = benchWorkspace(m_runs, m_steps);
        RunQuery query;
        query.sort = QStringLiteral("name");
        const auto runs = RunCatalog(*m_workspace).list(query);
        QVERIFY(runs);
        for (const RunRecord& run : runs.value())
            m_ids << run.id;
        QCOMPARE(m_ids.size(), m_runs);
    }

    void comparison()
    {
        ComparePage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setWorkspace(m_workspace);
        std::vector<double> opens;
        for (int trial = 0; trial < 3; ++trial)
            opens.push_back(open(page));
        MetricChart* chart = page.chart(QStringLiteral("loss"));
        QCOMPARE(chart->seriesIds().size(), m_runs);
        qInfo("chart: %d x %d px, %lld points drawn for %d runs", chart->width(), chart->height(),
              chart->lastDrawnPointCount(), m_runs);

        std::vector<double> redraws;
        const double full = double(m_steps);
        for (int i = 0; i < 41; ++i) {
            const double width = full / (1.0 + (i % 10)); // zoom in steps, then pan along
            const double low = std::fmod(i * full / 17.0, full - width + 1);
            QElapsedTimer timer;
            timer.start();
            chart->setXRange(low, low + width);
            chart->repaint();
            redraws.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        chart->resetZoom();
        chart->repaint();
        std::vector<double> hovers;
        for (int i = 0; i < 61; ++i) {
            const QPointF at(100 + (i * 37) % (chart->width() - 200), 60 + (i * 23) % (chart->height() - 120));
            QElapsedTimer timer;
            timer.start();
            chart->setHoverPosition(at);
            chart->repaint();
            hovers.push_back(double(timer.nsecsElapsed()) / 1e6);
        }

        // The peer: Qt Charts drawing the same runs at 2,000 points each.
        std::vector<double> peer;
        {
            auto* qtChart = new QChart();
            qtChart->legend()->hide();
            const auto series = page.model()->series(QStringLiteral("loss"));
            for (const ChartSeries& run : series) {
                auto* line = new QLineSeries();
                QList<QPointF> points;
                const size_t stride = std::max<size_t>(1, run.x.size() / 2000);
                for (size_t i = 0; i < run.x.size(); i += stride)
                    points << QPointF(run.x[i], run.y[i]);
                line->replace(points);
                qtChart->addSeries(line);
            }
            qtChart->createDefaultAxes();
            QChartView view(qtChart);
            view.resize(chart->size());
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            for (int i = 0; i < 5; ++i) {
                QElapsedTimer timer;
                timer.start();
                qtChart->zoom(i % 2 ? 1.25 : 0.8);
                view.viewport()->repaint();
                peer.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        }

        const double openMs = median(opens);
        const double redrawMs = median(redraws);
        const double hoverMs = median(hovers);
        qInfo("open the comparison of 1 key for %d runs x %lld steps: %.0f ms (median of 3; target 1000 ms)", m_runs,
              m_steps, openMs);
        qInfo("zoom or pan redraw: %.1f ms (median of 41; target 50 ms); Qt Charts peer redraw: %.1f ms (median of "
              "5), ratio %.1fx",
              redrawMs, median(peer), median(peer) / redrawMs);
        qInfo("hover update: %.2f ms (median of 61; target 16 ms)", hoverMs);
        QVERIFY2(openMs <= 1000, qPrintable(QString::number(openMs)));
        QVERIFY2(redrawMs <= 50, qPrintable(QString::number(redrawMs)));
        QVERIFY2(hoverMs <= 16, qPrintable(QString::number(hoverMs)));
    }
};

QTEST_MAIN(BenchCompare)
#include "bench_compare.moc"
