// The Compare page as a user drives it: runs picked on the Runs page, one curve per run on
// every chart, the legend, the params table, grouping, brushing and exports. Real workspace,
// real widgets (offscreen); screenshots go to screens/ next to the test binary.
#include "../support/CompareFixture.h"
#include "../support/TestUtil.h"
#include "CompareModel.h"
#include "ComparePage.h"
#include "FieldAxis.h"
#include "MetricChart.h"
#include "ParallelAxesDialog.h"
#include "ParallelCoordinatesModel.h"
#include "ParallelCoordinatesView.h"
#include "ParamsTableModel.h"
#include "RunTableModel.h"
#include "RunsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cmath>

using namespace crucible;

class TestComparePage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    QStringList m_ids; // adam s1, adam s2, sgd s1, sgd s2, adam lr 0.01

    void openAll(ComparePage& page, const QStringList& ids)
    {
        page.compareRuns(ids);
        QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->buckets(QStringLiteral("loss"))
                                     && page.model()->buckets(QStringLiteral("val_accuracy")),
                                 20000);
    }

    static void saveScreen(QWidget& widget, const QString& name)
    {
        const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screens");
        QDir().mkpath(folder);
        QVERIFY(widget.grab().save(folder + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Workspace::open(m_dir.path());
        VERIFY_OK(opened);
        m_workspace = std::move(opened.value());
        struct Spec {
            const char* optimizer;
            int seed;
            double lr;
            double rate;
        };
        const Spec specs[] = {{"adam", 1, 0.1, 1.0},
                              {"adam", 2, 0.1, 1.1},
                              {"sgd", 1, 0.1, 0.5},
                              {"sgd", 2, 0.1, 0.45},
                              {"adam", 1, 0.01, 0.8}};
        int index = 0;
        for (const Spec& spec : specs) {
            const QJsonObject config {{QStringLiteral("optimizer"), QLatin1String(spec.optimizer)},
                                      {QStringLiteral("seed"), spec.seed},
                                      {QStringLiteral("lr"), spec.lr},
                                      {QStringLiteral("epochs"), 30}};
            const double rate = spec.rate;
            m_ids << test::addRun(
                *m_workspace,
                QStringLiteral("%1-s%2-%3").arg(QLatin1String(spec.optimizer)).arg(spec.seed).arg(index++), config,
                {QStringLiteral("loss"), QStringLiteral("val_accuracy")}, 3000, [rate](const QString& key, int step) {
                    const double progress = 1.0 - std::exp(-rate * step / 600.0);
                    const double noise = 0.05 * std::sin(step * 0.7 + rate * 10);
                    return key == QLatin1String("loss") ? 2.0 * (1.0 - progress) + 0.1 + noise
                                                        : 0.5 + 0.45 * progress + noise * 0.2;
                });
        }
    }

    void selectedRunsGetOneCurveEachOnEveryChart()
    {
        RunsPage runs;
        runs.setWorkspace(m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!runs.isLoading(), 10000);
        QCOMPARE(runs.model()->rowCount(), 5);
        runs.view()->clearSelection();
        for (int row : {0, 2, 3})
            runs.view()->selectionModel()->select(runs.model()->index(row, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy requested(&runs, &RunsPage::compareRequested);
        runs.compareSelectedAction()->trigger();
        QCOMPARE(requested.size(), 1);
        const QStringList ids = requested.first().first().toStringList();
        QCOMPARE(ids.size(), 3);

        ComparePage page;
        QAbstractItemModelTester paramsTester(page.paramsModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1400, 900);
        page.setWorkspace(m_workspace);
        openAll(page, ids);
        QCOMPARE(page.chartKeys(), (QStringList {QStringLiteral("loss"), QStringLiteral("val_accuracy")}));
        for (const QString& key : page.chartKeys()) {
            MetricChart* chart = page.chart(key);
            QVERIFY(chart);
            QStringList shown = chart->seriesIds();
            shown.sort();
            QStringList expected = ids;
            expected.sort();
            QCOMPARE(shown, expected);
            chart->grab();
            QVERIFY(chart->lastDrawnPointCount() > 3 * 100);
        }
        QCOMPARE(page.legend()->count(), 3);
        QCOMPARE(page.paramsModel()->columnCount(), 3);
        page.show();
        saveScreen(page, QStringLiteral("compare-three-runs.png"));
    }

    void compareAllMatchingTheFilter()
    {
        RunsPage runs;
        runs.setWorkspace(m_workspace);
        runs.setFilterText(QStringLiteral("params.optimizer = \"sgd\""));
        QTRY_VERIFY_WITH_TIMEOUT(!runs.isLoading(), 10000);
        QSignalSpy requested(&runs, &RunsPage::compareRequested);
        runs.compareMatchingAction()->trigger();
        QCOMPARE(requested.size(), 1);
        QStringList ids = requested.first().first().toStringList();
        ids.sort();
        QStringList expected {m_ids[2], m_ids[3]};
        expected.sort();
        QCOMPARE(ids, expected);
        QCOMPARE(runs.compareMatchingAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    }

    void legendTogglesARunOnEveryChart()
    {
        ComparePage page;
        page.resize(1200, 800);
        page.setWorkspace(m_workspace);
        openAll(page, m_ids.mid(0, 3));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Click the run's entry in the loss chart's own legend.
        MetricChart* loss = page.chart(QStringLiteral("loss"));
        MetricChart* accuracy = page.chart(QStringLiteral("val_accuracy"));
        loss->grab();
        const QRectF entry = loss->legendEntryRect(m_ids[0]);
        QVERIFY(!entry.isEmpty());
        QTest::mouseClick(loss, Qt::LeftButton, {}, entry.center().toPoint());
        QVERIFY(!loss->isSeriesVisible(m_ids[0]));
        QVERIFY(!accuracy->isSeriesVisible(m_ids[0])); // the other chart follows
        QCOMPARE(page.legend()->item(0)->checkState(), Qt::Unchecked);
        // And the legend list turns it back on everywhere.
        page.legend()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(loss->isSeriesVisible(m_ids[0]));
        QVERIFY(accuracy->isSeriesVisible(m_ids[0]));
    }

    void scatterAndColourDefaultToTheChoiceAndTheObjective()
    {
        // lr spans a decade, optimizer two names, seed two numbers: lr varies most among what a
        // user chooses (a seed is not a choice); the objective is the best validation accuracy.
        ComparePage page;
        page.resize(1400, 900);
        page.setWorkspace(m_workspace);
        openAll(page, m_ids);
        QTRY_VERIFY(!page.scatterXField().isEmpty());
        QCOMPARE(page.scatterXField(), QStringLiteral("params.`lr`"));
        QCOMPARE(page.scatterYField(), QStringLiteral("metrics.`val_accuracy`.best"));
        QCOMPARE(page.colorField(), QStringLiteral("metrics.`val_accuracy`.best"));
        QCOMPARE(objectiveMetric({QStringLiteral("params.`lr`"), QStringLiteral("metrics.`loss`.best"),
                                  QStringLiteral("metrics.`val_loss`.best")}),
                 2);
        std::vector<RunRecord> runs(3);
        runs[0].params.insert(QStringLiteral("data.input_size"), 4);
        runs[1].params.insert(QStringLiteral("data.input_size"), 30);
        runs[2].params.insert(QStringLiteral("data.input_size"), 64);
        for (int i = 0; i < 3; ++i)
            runs[size_t(i)].params.insert(QStringLiteral("batch_size"), i < 2 ? 32 : 64);
        QCOMPARE(
            mostVariedParam({QStringLiteral("params.`data.input_size`"), QStringLiteral("params.`batch_size`")}, runs),
            1);
    }

    void parallelCoordinatesShowWhatVariesAndTheUserChoosesTheAxes()
    {
        ComparePage page;
        page.resize(1280, 800);
        page.setWorkspace(m_workspace);
        openAll(page, m_ids);
        // The params that vary (lr, optimizer, seed) and the metric colouring the lines; not every metric.
        const QStringList defaults {QStringLiteral("params.`lr`"), QStringLiteral("params.`optimizer`"),
                                    QStringLiteral("params.`seed`"), QStringLiteral("metrics.`val_accuracy`.best")};
        QTRY_COMPARE(page.parallelAxes(), defaults);
        QCOMPARE(int(page.parallelModel()->axes().size()), 4);
        QCOMPARE(page.parallelView()->colorAxis(), 3);

        // The user's order and choice; the colour field stays.
        page.setParallelAxes({QStringLiteral("metrics.`loss`.best"), QStringLiteral("params.`lr`")});
        QCOMPARE(page.parallelAxes(),
                 (QStringList {QStringLiteral("metrics.`loss`.best"), QStringLiteral("params.`lr`"),
                               QStringLiteral("metrics.`val_accuracy`.best")}));
        QCOMPARE(page.parallelModel()->axes()[0].title, QStringLiteral("loss (best)"));
        page.setParallelAxes({});
        QCOMPARE(page.parallelAxes(), defaults);

        // The Axes dialog: check, move by keyboard, back to the defaults.
        QStringList titles;
        const QStringList fields = comparisonFields(page.model()->runs(), page.model()->metricKeys(), &titles);
        ParallelAxesDialog dialog(fields, titles, defaults, defaults);
        QCOMPARE(dialog.chosenFields(), defaults);
        dialog.list()->setCurrentRow(2); // seed
        dialog.moveCurrent(-2);
        QCOMPARE(dialog.chosenFields().first(), QStringLiteral("params.`seed`"));
        dialog.list()->item(1)->setCheckState(Qt::Unchecked); // lr, now second
        QCOMPARE(dialog.chosenFields(),
                 (QStringList {QStringLiteral("params.`seed`"), QStringLiteral("params.`optimizer`"),
                               QStringLiteral("metrics.`val_accuracy`.best")}));
        dialog.resetToDefaults();
        QCOMPARE(dialog.chosenFields(), defaults);
    }

    void runsOfSeveralDatasetsAreColouredByDatasetAndTheHeaderSaysSo()
    {
        RunStore store(*m_workspace);
        QStringList ids;
        for (const auto& [name, dataset] :
             {std::pair {"moons-a", "two-moons"}, std::pair {"moons-b", "two-moons"}, std::pair {"iris-a", "iris"}}) {
            NewRun spec;
            spec.name = QString::fromLatin1(name);
            spec.datasetName = QString::fromLatin1(dataset);
            spec.experiment = QStringLiteral("datasets");
            ids << store.createRun(spec).value();
        }
        ComparePage page;
        page.resize(1400, 900);
        page.setWorkspace(m_workspace);
        page.compareRuns(ids);
        QTRY_VERIFY(page.model()->runs().size() == 3);
        QVERIFY(page.model()->isColoredByDataset());
        QCOMPARE(page.model()->datasets(), (QStringList {QStringLiteral("two-moons"), QStringLiteral("iris")}));
        const QColor a = page.model()->colorOf(ids[0]);
        const QColor b = page.model()->colorOf(ids[1]);
        const QColor iris = page.model()->colorOf(ids[2]);
        // One hue per dataset, told apart by shade within it; another dataset another hue.
        QVERIFY(std::abs(a.hslHueF() - b.hslHueF()) < 0.01);
        QVERIFY(a != b);
        QVERIFY(std::abs(a.hslHueF() - iris.hslHueF()) > 0.05);
        // (No catalogue is installed here: the source text's plural reads "3 run(s)".)
        QVERIFY2(page.summaryText().endsWith(QStringLiteral(" · coloured by dataset: two-moons, iris")),
                 qPrintable(page.summaryText()));
        QVERIFY(page.colorByDatasetBox()->isVisibleTo(&page));
        // Switched off: a colour per run again, and the header still names the datasets.
        page.colorByDatasetBox()->setChecked(false);
        QVERIFY(!page.model()->isColoredByDataset());
        QVERIFY(std::abs(page.model()->colorOf(ids[0]).hslHueF() - page.model()->colorOf(ids[1]).hslHueF()) > 0.05);
        QVERIFY2(page.summaryText().endsWith(QStringLiteral(" · from 2 dataset(s): two-moons, iris")),
                 qPrintable(page.summaryText()));
        // A run that logged nothing yet is in the legend too, beside one with curves.
        openAll(page, {m_ids[0], ids[2]});
        QCOMPARE(page.legend()->count(), 2);
        // Runs of one dataset: no hint, no switch.
        page.compareRuns(ids.mid(0, 2));
        QTRY_VERIFY(page.model()->runs().size() == 2);
        QVERIFY(!page.summaryText().contains(QStringLiteral("dataset")));
        QVERIFY(!page.colorByDatasetBox()->isVisibleTo(&page));
    }

    void paramsTableShowsOnlyWhatDiffers()
    {
        ComparePage page;
        page.setWorkspace(m_workspace);
        openAll(page, m_ids);
        const QStringList rows = page.paramsModel()->rowFields();
        QVERIFY(rows.contains(QStringLiteral("params.`optimizer`")));
        QVERIFY(rows.contains(QStringLiteral("params.`lr`")));
        QVERIFY(!rows.contains(QStringLiteral("params.`epochs`"))); // 30 in every run
        QVERIFY(!rows.contains(QStringLiteral("status")));
        page.paramsModel()->setOnlyDiffering(false);
        QVERIFY(page.paramsModel()->rowFields().contains(QStringLiteral("params.`epochs`")));
        const int epochsRow = int(page.paramsModel()->rowFields().indexOf(QStringLiteral("params.`epochs`")));
        QCOMPARE(page.paramsModel()->index(epochsRow, 0).data().toString(), QStringLiteral("30"));
    }

    void groupsByAllParamsButTheSeed()
    {
        ComparePage page;
        page.resize(1400, 900);
        page.setWorkspace(m_workspace);
        openAll(page, m_ids);
        auto* group = page.findChild<QToolButton*>(QStringLiteral("compare-group"));
        QVERIFY(group);
        QAction* butSeed = group->menu()->findChild<QAction*>(QStringLiteral("group-all-but-seed"));
        QVERIFY(butSeed && butSeed->isEnabled());
        butSeed->trigger();
        QCOMPARE(page.model()->groupBy(), (QStringList {QStringLiteral("lr"), QStringLiteral("optimizer")}));
        MetricChart* loss = page.chart(QStringLiteral("loss"));
        int groups = 0;
        int members = 0;
        for (const ChartSeries& series : loss->shownSeries()) {
            groups += series.isFaint ? 0 : 1;
            members += series.isFaint ? 1 : 0;
            if (!series.isFaint)
                QVERIFY(!series.bandLow.empty());
        }
        QCOMPARE(groups, 3); // adam lr 0.1 (2 seeds), sgd lr 0.1 (2 seeds), adam lr 0.01
        QCOMPARE(members, 5);
        QCOMPARE(page.legend()->count(), 3);
        page.show();
        saveScreen(page, QStringLiteral("compare-grouped.png"));
    }

    void brushingFiltersTheRunsAndTheViewsFollow()
    {
        ComparePage page;
        page.resize(1200, 800);
        page.setWorkspace(m_workspace);
        openAll(page, m_ids);
        ParallelCoordinatesModel* parallel = page.parallelModel();
        int optimizerAxis = -1;
        for (size_t i = 0; i < parallel->axes().size(); ++i) {
            if (parallel->axes()[i].title == QLatin1String("optimizer"))
                optimizerAxis = int(i);
        }
        QVERIFY(optimizerAxis >= 0);
        QCOMPARE(parallel->axes()[size_t(optimizerAxis)].categories,
                 (QStringList {QStringLiteral("adam"), QStringLiteral("sgd")}));
        parallel->setBrush(optimizerAxis, 0.5, 1.5); // sgd only
        page.applyBrushes();
        QStringList shown = page.chart(QStringLiteral("loss"))->seriesIds();
        shown.sort();
        QStringList expected {m_ids[2], m_ids[3]};
        expected.sort();
        QCOMPARE(shown, expected);
        QCOMPARE(page.paramsModel()->columnCount(), 2);
        QCOMPARE(page.legend()->count(), 2);
        parallel->clearBrushes();
        page.applyBrushes();
        QCOMPARE(page.chart(QStringLiteral("loss"))->seriesIds().size(), 5);
        parallel->setBrush(optimizerAxis, 0.5, 1.5);
        page.applyBrushes();
        page.show();
        page.findChild<QTabWidget*>()->setCurrentIndex(1);
        QVERIFY(page.parallelView()->isVisible());
        saveScreen(page, QStringLiteral("compare-parallel.png"));
    }

    void exportsTheChartAsShown()
    {
        ComparePage page;
        page.resize(1200, 800);
        page.setWorkspace(m_workspace);
        openAll(page, m_ids.mid(0, 2));
        page.model()->setSmoothing(0.8);
        QTemporaryDir out;
        QString error;
        const QString csv = out.filePath(QStringLiteral("loss.csv"));
        QVERIFY2(page.exportChart(QStringLiteral("loss"), csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("series_id,label,curve,step,y,band_low,band_high,transform"));
        // Per run: the faint raw curve (min and max of 2,000 buckets of 1.5 steps: all 3,000 points)
        // and the smoothed curve (one point per bucket).
        QCOMPARE(lines.size(), 1 + 2 * (3000 + 2000));
        QVERIFY(lines.last().contains(QStringLiteral("EMA 0.8")));
        QVERIFY(page.exportChart(QStringLiteral("loss"), out.filePath(QStringLiteral("loss.png")), &error));
        QCOMPARE(QImage(out.filePath(QStringLiteral("loss.png"))).width(),
                 2 * std::max(800, page.chart(QStringLiteral("loss"))->width()));
        QVERIFY(!page.exportChart(QStringLiteral("nonsense"), out.filePath(QStringLiteral("x.png")), &error));
    }

    void zoomingInRereadsTheVisibleRangeInFinerBuckets()
    {
        // Its own workspace: one run of 100,000 steps with a one-step spike in the middle.
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.path());
        VERIFY_OK(opened);
        const Workspace& workspace = *opened.value();
        constexpr int spikeStep = 50017; // inside a whole-range bucket of 50 steps, not at its start
        const QString id = test::addRun(
            workspace, QStringLiteral("spiky"), {}, {QStringLiteral("loss")}, 100000,
            [](const QString&, int step) { return step == spikeStep ? 100.0 : 1.0 + 0.1 * std::sin(step * 0.3); });
        ComparePage page;
        page.resize(1200, 800);
        page.setWorkspace(std::move(opened.value()));
        page.compareRuns({id});
        QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->buckets(QStringLiteral("loss")), 20000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        MetricChart* chart = page.chart(QStringLiteral("loss"));
        QVERIFY(chart);
        QVERIFY(chart->width() >= 500); // a detail of 2 buckets a pixel: one step each over 1,000 steps
        const double low = 49500;
        const double high = 50500;
        auto pointsIn = [&] {
            const ChartSeries shown = chart->shownSeries().front();
            return std::count_if(shown.x.begin(), shown.x.end(), [&](double x) { return low <= x && x <= high; });
        };
        auto hasSpikeAtItsStep = [&] {
            const ChartSeries shown = chart->shownSeries().front();
            for (size_t i = 0; i < shown.x.size(); ++i) {
                if (shown.x[i] == spikeStep && shown.y[i] == 100.0)
                    return true;
            }
            return false;
        };
        const auto coarsePoints = pointsIn();
        const int coarseTotal = chart->pointCount(id);
        QVERIFY(coarsePoints <= 2 * 1000 / 50 + 2); // min and max of the 20 buckets there
        QVERIFY(!hasSpikeAtItsStep()); // the spike shows at its bucket's first step

        QSignalSpy detail(page.model(), &CompareModel::detailChanged);
        chart->setXRange(10000, 12000); // superseded before it settles
        chart->setXRange(low, high);
        QVERIFY(detail.wait(10000));
        QTRY_VERIFY(chart->hasDetail());
        QVERIFY2(pointsIn() > 10 * coarsePoints, qPrintable(QString::number(pointsIn())));
        QVERIFY(hasSpikeAtItsStep());
        chart->grab();
        QCOMPARE(detail.size(), 1); // one read for the settled zoom

        // The CSV of the zoomed chart holds the finer points and says so.
        QTemporaryDir out;
        QString error;
        const QString csv = out.filePath(QStringLiteral("loss.csv"));
        QVERIFY2(page.exportChart(QStringLiteral("loss"), csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral(",main,%1,100,").arg(spikeStep)));
        QVERIFY(text.contains(QStringLiteral("for x in [")));

        chart->resetZoom();
        QVERIFY(!chart->hasDetail());
        QCOMPARE(chart->pointCount(id), coarseTotal);
        QCOMPARE(pointsIn(), coarsePoints);
        QVERIFY(!hasSpikeAtItsStep());
    }
};

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
