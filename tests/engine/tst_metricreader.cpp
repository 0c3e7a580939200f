// MetricReader: bucketed reads agree with a brute-force reduction and keep every extreme.
#include "engine/store/MetricReader.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace crucible;

class TestMetricReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_run;
    std::vector<MetricPoint> m_points; // what was logged as "noisy"
    static constexpr qint64 kSpikeStep = 61'237;
    static constexpr qint64 kDipStep = 7;

    /// The reference: every point whose step is in [from, to], into `count` equal-width buckets.
    static std::vector<MetricBucket> bruteForce(const std::vector<MetricPoint>& points, int count, qint64 from,
                                                qint64 to)
    {
        struct Sum {
            qint64 first = std::numeric_limits<qint64>::max(), count = 0, values = 0;
            double sum = 0, min = INFINITY, max = -INFINITY;
        };
        std::vector<Sum> sums(static_cast<size_t>(count));
        const double scale = double(count) / (double(to) - double(from) + 1.0);
        for (const MetricPoint& point : points) {
            if (point.step < from || point.step > to)
                continue;
            Sum& sum = sums[size_t(std::clamp(int(double(point.step - from) * scale), 0, count - 1))];
            sum.first = std::min(sum.first, point.step);
            ++sum.count;
            if (std::isnan(point.value))
                continue;
            ++sum.values;
            sum.sum += point.value;
            sum.min = std::min(sum.min, point.value);
            sum.max = std::max(sum.max, point.value);
        }
        std::vector<MetricBucket> result;
        for (const Sum& sum : sums) {
            if (sum.count > 0)
                result.push_back({sum.first, sum.count, sum.min, sum.max, sum.sum / double(sum.values)});
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Workspace::open(m_dir.path());
        QVERIFY(opened);
        m_workspace = std::move(opened.value());
        RunStore store(*m_workspace);
        m_run = store.createRun(NewRun {}).value();
        auto writer = MetricWriter::open(*m_workspace, m_run);
        QRandomGenerator random(1234);
        for (qint64 step = 0; step < 100'000; ++step) {
            double value = random.generateDouble();
            if (step == kSpikeStep)
                value = 1000.0;
            if (step == kDipStep)
                value = -1000.0;
            m_points.push_back({step, 0, 0, value});
            writer.value()->log(QStringLiteral("noisy"), m_points.back());
        }
        // A sparse series with gaps: only every 37th step.
        for (qint64 step = 0; step < 20'000; step += 37)
            writer.value()->log(QStringLiteral("sparse"), step, double(step));
        QVERIFY(writer.value()->close());
    }

    void aSingleSpikeSurvivesEveryBucketCount()
    {
        MetricReader reader(*m_workspace);
        for (int count : {1, 2, 3, 7, 10, 97, 100, 512, 1000, 1024, 4096, 99'999, 100'000, 250'000}) {
            const auto buckets = reader.buckets(m_run, QStringLiteral("noisy"), count);
            QVERIFY(buckets);
            QCOMPARE(qsizetype(buckets->size()), qMin<qsizetype>(count, 100'000));
            double max = -INFINITY;
            double min = INFINITY;
            qint64 total = 0;
            for (const MetricBucket& bucket : buckets.value()) {
                max = std::max(max, bucket.max);
                min = std::min(min, bucket.min);
                total += bucket.count;
                QVERIFY(bucket.min <= bucket.mean && bucket.mean <= bucket.max);
            }
            QVERIFY2(max == 1000.0, qPrintable(QStringLiteral("spike lost with %1 buckets").arg(count)));
            QVERIFY2(min == -1000.0, qPrintable(QStringLiteral("dip lost with %1 buckets").arg(count)));
            QCOMPARE(total, 100'000);
        }
    }

    void bucketsMatchABruteForceReduction()
    {
        MetricReader reader(*m_workspace);
        struct Case {
            int count;
            qint64 from;
            qint64 to;
        };
        for (const Case& c : {Case {1000, 0, 99'999}, Case {13, 0, 99'999}, Case {50, 1500, 70'123},
                              Case {1000, 60'000, 62'000}, Case {7, 99'990, 120'000}, Case {3, -50, 10}}) {
            const auto buckets = reader.buckets(m_run, QStringLiteral("noisy"), c.count, c.from, c.to);
            QVERIFY(buckets);
            const std::vector<MetricBucket> expected = bruteForce(m_points, c.count, c.from, c.to);
            QCOMPARE(buckets->size(), expected.size());
            for (size_t i = 0; i < expected.size(); ++i) {
                QCOMPARE(buckets->at(i).firstStep, expected[i].firstStep);
                QCOMPARE(buckets->at(i).count, expected[i].count);
                QCOMPARE(buckets->at(i).min, expected[i].min);
                QCOMPARE(buckets->at(i).max, expected[i].max);
                QVERIFY(std::abs(buckets->at(i).mean - expected[i].mean) < 1e-9);
            }
        }
    }

    void leavesEmptyBucketsOutOfSparseSeries()
    {
        MetricReader reader(*m_workspace);
        const auto buckets = reader.buckets(m_run, QStringLiteral("sparse"), 20'000, 0, 19'999);
        QVERIFY(buckets);
        QCOMPARE(buckets->size(), size_t((20'000 + 36) / 37));
        QCOMPARE(buckets->at(1).firstStep, 37);
        QCOMPARE(buckets->at(1).mean, 37.0);
        QVERIFY(reader.buckets(m_run, QStringLiteral("sparse"), 10, 30'000, 40'000)->empty());
    }

    void reportsAMissingSeries()
    {
        MetricReader reader(*m_workspace);
        const auto buckets = reader.buckets(m_run, QStringLiteral("missing"), 10);
        QVERIFY(!buckets);
        QCOMPARE(buckets.error().code, ErrorCode::NotFound);
        QVERIFY(buckets.error().message.contains(QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(TestMetricReader)
#include "tst_metricreader.moc"
