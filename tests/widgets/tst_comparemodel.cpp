// The Compare page's model on a real workspace: bucketed series, smoothing, x axes, grouping
// and the brushing filter, checked against numbers computed by hand.
#include "../support/CompareFixture.h"
#include "../support/TestUtil.h"
#include "CompareModel.h"
#include "RunGrouping.h"
#include "SeriesMath.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace crucible;

class TestCompareModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    QStringList m_ids; // adam seed 1 (1.0), adam seed 2 (3.0), sgd seed 1 (10), sgd seed 2 (14)
    static constexpr int kSteps = 1000;

    static double valueOf(int run, int step)
    {
        static const double levels[] = {1.0, 3.0, 10.0, 14.0};
        return levels[run] + (step == 500 && run == 0 ? 100.0 : 0.0); // run 0 has a one-step spike
    }

    void waitForKeys(CompareModel& model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.buckets(QStringLiteral("loss")), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Workspace::open(m_dir.path());
        VERIFY_OK(opened);
        m_workspace = std::move(opened.value());
        const QStringList optimizers {QStringLiteral("adam"), QStringLiteral("adam"), QStringLiteral("sgd"),
                                      QStringLiteral("sgd")};
        for (int run = 0; run < 4; ++run) {
            const QJsonObject config {{QStringLiteral("optimizer"), optimizers[run]},
                                      {QStringLiteral("seed"), run % 2 + 1},
                                      {QStringLiteral("lr"), 0.1}};
            m_ids << test::addRun(*m_workspace, QStringLiteral("run%1").arg(run), config, {QStringLiteral("loss")},
                                  kSteps, [run](const QString&, int step) { return valueOf(run, step); });
        }
    }

    void readsOneCurveOfEveryPointPerRun()
    {
        CompareModel model;
        model.setWorkspace(m_workspace);
        model.setRuns(m_ids);
        QCOMPARE(model.runs().size(), size_t(4));
        QCOMPARE(model.metricKeys(), QStringList {QStringLiteral("loss")});
        waitForKeys(model);
        const auto series = model.series(QStringLiteral("loss"));
        QCOMPARE(series.size(), size_t(4));
        for (int run = 0; run < 4; ++run) {
            QCOMPARE(series[size_t(run)].id, m_ids[run]);
            QCOMPARE(series[size_t(run)].label, QStringLiteral("run%1").arg(run));
            QCOMPARE(series[size_t(run)].x.size(), size_t(kSteps)); // 2,000 buckets over 1,000 steps: every point
            QCOMPARE(series[size_t(run)].y[10], valueOf(run, 10));
            QVERIFY(series[size_t(run)].rawX.empty()); // no smoothing: no faint curve
        }
        QCOMPARE(series[0].y[500], 101.0);
        QCOMPARE(series[0].transform, QStringLiteral("every point"));
    }

    void coarseBucketsKeepTheSpike()
    {
        CompareModel model;
        model.setBucketCount(7);
        model.setWorkspace(m_workspace);
        model.setRuns(m_ids.mid(0, 1));
        waitForKeys(model);
        const auto series = model.series(QStringLiteral("loss"));
        QCOMPARE(series.size(), size_t(1));
        QVERIFY(series[0].x.size() <= 14);
        QCOMPARE(*std::max_element(series[0].y.begin(), series[0].y.end()), 101.0);
        QCOMPARE(*std::min_element(series[0].y.begin(), series[0].y.end()), 1.0);
        QVERIFY(series[0].transform.startsWith(QStringLiteral("min and max of each bucket")));
    }

    void smoothingIsTheDebiasedEmaOfEveryPoint()
    {
        CompareModel model;
        model.setWorkspace(m_workspace);
        model.setRuns(m_ids.mid(0, 1));
        waitForKeys(model);
        model.setSmoothing(0.9);
        const auto series = model.series(QStringLiteral("loss"));
        std::vector<double> raw;
        for (int step = 0; step < kSteps; ++step)
            raw.push_back(valueOf(0, step));
        const std::vector<double> expected = smoothDebiased(raw, 0.9);
        QCOMPARE(series[0].y.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(series[0].y[i] - expected[i]) < 1e-9, qPrintable(QString::number(i)));
        QCOMPARE(series[0].rawY.size(), size_t(kSteps)); // the raw curve, faint behind
        QVERIFY(series[0].transform.startsWith(QStringLiteral("EMA 0.9")));
    }

    void weightedSmoothingMatchesRepeatedPoints()
    {
        // A bucket of k equal points smooths exactly like those k points one by one.
        const std::vector<double> repeated {2, 2, 2, 5, 7, 7};
        const std::vector<double> expected = smoothDebiased(repeated, 0.6);
        const std::vector<double> bucketed = smoothWeighted({2, 5, 7}, {3, 1, 2}, 0.6);
        QVERIFY(std::abs(bucketed[0] - expected[2]) < 1e-12);
        QVERIFY(std::abs(bucketed[1] - expected[3]) < 1e-12);
        QVERIFY(std::abs(bucketed[2] - expected[5]) < 1e-12);
        QCOMPARE(smoothWeighted({1, 2}, {1, 1}, 0.0), (std::vector<double> {1, 2}));
    }

    void groupsRunsThatDifferOnlyBySeed()
    {
        CompareModel model;
        model.setWorkspace(m_workspace);
        model.setRuns(m_ids);
        waitForKeys(model);
        QCOMPARE(grouping::differingParams(model.runs()),
                 (QStringList {QStringLiteral("optimizer"), QStringLiteral("seed")}));
        QCOMPARE(grouping::allButSeed(model.runs()), QStringList {QStringLiteral("optimizer")});
        model.setGroupBy(grouping::allButSeed(model.runs()));
        model.setShowMembers(false);
        auto series = model.series(QStringLiteral("loss"));
        QCOMPARE(series.size(), size_t(2));
        QCOMPARE(series[0].label, QStringLiteral("optimizer=adam (2 run(s))"));
        QCOMPARE(series[0].y[10], 2.0);
        QVERIFY(std::abs(series[0].bandHigh[10] - (2.0 + std::sqrt(2.0))) < 1e-12); // sample std of 1 and 3
        QCOMPARE(series[1].y[10], 12.0);
        QVERIFY(std::abs(series[1].bandLow[10] - (12.0 - std::sqrt(8.0))) < 1e-12);
        QCOMPARE(series[0].y[500], 52.0); // (101 + 3) / 2: the spike is averaged, not dropped
        model.setBand(CompareModel::Band::MinMax);
        model.setShowMembers(true);
        series = model.series(QStringLiteral("loss"));
        QCOMPARE(series.size(), size_t(6)); // two faint members before each group
        QVERIFY(series[0].isFaint && series[1].isFaint && !series[2].isFaint);
        QCOMPARE(series[2].bandLow[10], 1.0);
        QCOMPARE(series[2].bandHigh[10], 3.0);
    }

    void xAxisFollowsEpochsAndTime()
    {
        CompareModel model;
        model.setWorkspace(m_workspace);
        model.setRuns(m_ids.mid(1, 1));
        waitForKeys(model);
        model.setXAxis(CompareModel::XAxis::Epoch);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.buckets(QStringLiteral("loss"))->hasAnchors, 20000);
        auto series = model.series(QStringLiteral("loss"));
        QVERIFY(std::abs(series[0].x[250] - 2.5) < 1e-6);
        QCOMPARE(model.xAxisKey(), QStringLiteral("epoch"));
        model.setXAxis(CompareModel::XAxis::RelativeTime);
        series = model.series(QStringLiteral("loss"));
        QCOMPARE(series[0].x[0], 0.0);
        QVERIFY(std::abs(series[0].x[999] - 999.0) < 1e-6);
        model.setXAxis(CompareModel::XAxis::WallTime);
        QVERIFY(std::abs(model.series(QStringLiteral("loss"))[0].x[1] - (1.7e9 + 1)) < 1e-3);
    }

    void filteredRunsLeaveTheCharts()
    {
        CompareModel model;
        model.setWorkspace(m_workspace);
        model.setRuns(m_ids);
        waitForKeys(model);
        QSignalSpy changed(&model, &CompareModel::seriesChanged);
        model.setFilteredOut({m_ids[0], m_ids[2]});
        QCOMPARE(changed.size(), 1);
        const auto series = model.series(QStringLiteral("loss"));
        QCOMPARE(series.size(), size_t(2));
        QCOMPARE(series[0].id, m_ids[1]);
        QCOMPARE(series[1].id, m_ids[3]);
        QCOMPARE(model.shownRuns().size(), size_t(2));
    }
};

QTEST_MAIN(TestCompareModel)
#include "tst_comparemodel.moc"
