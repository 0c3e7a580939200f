#include "engine/core/Duration.h"
#include "engine/store/MetricChunk.h"
#include "engine/store/RunField.h"
#include "engine/train/MetricSampleBuffer.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>
#include <thread>

using namespace crucible;

// The small value types under the metric store and the live charts: how a chunk of points is
// packed into a metric_chunks row, how a run's field is read for filters and table columns, and
// how samples cross from the training thread to the GUI.
class TestValueTypes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void packsAndUnpacksEveryField()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const std::vector<MetricPoint> points {
            {10, 0.5, 1700000000.25, 2.5}, {11, 0.75, 1700000001.5, nan}, {12, 1.0, 1700000002.0, -1.0}};
        const MetricChunk chunk = MetricChunk::encode(points.data(), qsizetype(points.size()));
        QCOMPARE(chunk.pointCount, qint64(3));
        QCOMPARE(chunk.minStep, qint64(10));
        QCOMPARE(chunk.maxStep, qint64(12));
        QCOMPARE(chunk.valueCount, qint64(2)); // the NaN is a point but no value
        QCOMPARE(chunk.minValue, -1.0);
        QCOMPARE(chunk.maxValue, 2.5);
        QCOMPARE(chunk.sumValue, 1.5);
        QCOMPARE(chunk.steps.size(), qsizetype(3 * 8));
        QCOMPARE(chunk.epochs.size(), qsizetype(3 * 4)); // epochs are float32
        QCOMPARE(MetricChunk::countOf(chunk.steps), qsizetype(3));
        QCOMPARE(MetricChunk::stepAt(chunk.steps, 2), qint64(12));
        QCOMPARE(MetricChunk::valueAt(chunk.values, 0), 2.5);
        // Little-endian on disk whatever the machine: step 10 is the byte 0x0a first.
        QCOMPARE(chunk.steps.at(0), char(10));

        std::vector<MetricPoint> back;
        QVERIFY(MetricChunk::decode(chunk.steps, chunk.values, chunk.epochs, chunk.wallTimes, back));
        QCOMPARE(back.size(), points.size());
        for (size_t i = 0; i < points.size(); ++i) {
            QCOMPARE(back[i].step, points[i].step);
            QCOMPARE(back[i].epoch, points[i].epoch);
            QCOMPARE(back[i].wallTime, points[i].wallTime); // float64: sub-second times survive
            if (std::isnan(points[i].value))
                QVERIFY(std::isnan(back[i].value));
            else
                QCOMPARE(back[i].value, points[i].value);
        }
    }

    void aggregatesOfInfinitiesAndAllNan()
    {
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const std::vector<MetricPoint> infinite {{1, 0, 0, inf}, {2, 0, 0, -inf}};
        const MetricChunk both = MetricChunk::encode(infinite.data(), 2);
        QCOMPARE(both.maxValue, inf);
        QCOMPARE(both.minValue, -inf);
        QVERIFY(std::isnan(both.sumValue)); // Inf + -Inf, as documented
        const std::vector<MetricPoint> nans {{1, 0, 0, nan}, {2, 0, 0, nan}};
        QCOMPARE(MetricChunk::encode(nans.data(), 2).valueCount, qint64(0));
    }

    void refusesADamagedRow()
    {
        const std::vector<MetricPoint> points {{1, 0, 0, 1.0}, {2, 0, 0, 2.0}};
        const MetricChunk chunk = MetricChunk::encode(points.data(), 2);
        std::vector<MetricPoint> out;
        QVERIFY(!MetricChunk::decode(chunk.steps, chunk.values.left(8), chunk.epochs, chunk.wallTimes, out));
        QVERIFY(!MetricChunk::decode(chunk.steps.left(5), chunk.values, chunk.epochs, chunk.wallTimes, out));
        QVERIFY(!MetricChunk::decode(chunk.steps, chunk.values, chunk.epochs.left(4), chunk.wallTimes, out));
    }

    void readsRunFields()
    {
        RunRecord run;
        run.id = QStringLiteral("0123456789abcdef");
        run.name = QStringLiteral("baseline");
        run.status = RunStatus::Finished;
        run.tags = {QStringLiteral("a"), QStringLiteral("b")};
        run.params.insert(QStringLiteral("lr"), 0.01);
        run.params.insert(QStringLiteral("optimizer"), QStringLiteral("adam"));
        MetricSummary loss;
        loss.count = 5;
        loss.last = 0.4;
        loss.min = 0.3;
        loss.minStep = 3;
        loss.max = 1.2;
        loss.maxStep = 0;
        run.metrics.insert(QStringLiteral("train/loss"), loss);

        auto field = [](const QString& name) {
            QString error;
            auto parsed = RunField::parse(name, &error);
            if (!parsed)
                qWarning("%s: %s", qPrintable(name), qPrintable(error));
            return parsed;
        };
        QCOMPARE(field(QStringLiteral("name"))->valueOf(run).text, run.name);
        QVERIFY(field(QStringLiteral("status"))->isStatus());
        QCOMPARE(field(QStringLiteral("tags"))->valueOf(run).list, run.tags);
        QCOMPARE(field(QStringLiteral("params.lr"))->valueOf(run).number, 0.01);
        QCOMPARE(field(QStringLiteral("params.optimizer"))->valueOf(run).text, QStringLiteral("adam"));
        QCOMPARE(field(QStringLiteral("params.missing"))->valueOf(run).kind, FieldValue::Kind::Missing);
        // A metric's key with a slash is back-quoted; .last is the default, best is min for a loss.
        QCOMPARE(field(QStringLiteral("metrics.`train/loss`"))->valueOf(run).number, 0.4);
        QCOMPARE(field(QStringLiteral("metrics.`train/loss`.best"))->valueOf(run).number, 0.3);
        QCOMPARE(field(QStringLiteral("metrics.`train/loss`.best_step"))->valueOf(run).number, 3.0);
        QCOMPARE(field(QStringLiteral("metrics.`train/loss`.count"))->valueOf(run).number, 5.0);
        QCOMPARE(field(QStringLiteral("metrics.`train/loss`.max"))->valueOf(run).number, 1.2);

        QString error;
        QVERIFY(!RunField::parse(QStringLiteral("colour"), &error));
        QVERIFY2(!error.isEmpty(), "an unknown field is refused with a reason");
    }

    void ordersValuesForSorting()
    {
        auto number = [](double value) {
            FieldValue v;
            v.kind = FieldValue::Kind::Number;
            v.number = value;
            return v;
        };
        FieldValue text;
        text.kind = FieldValue::Kind::Text;
        text.text = QStringLiteral("abc");
        const FieldValue missing;
        const FieldValue nan = number(std::numeric_limits<double>::quiet_NaN());
        QVERIFY(FieldValue::compare(number(1), number(2)) < 0);
        QVERIFY(FieldValue::compare(number(2), nan) < 0); // NaN after every number
        QVERIFY(FieldValue::compare(nan, text) < 0); // numbers before text
        QVERIFY(FieldValue::compare(text, missing) < 0); // missing last
        QCOMPARE(FieldValue::compare(number(3), number(3)), 0);
        QCOMPARE(number(0.123456789).display(), QStringLiteral("0.123457"));
        QCOMPARE(number(std::numeric_limits<double>::infinity()).display(), QStringLiteral("inf"));
        QCOMPARE(FieldValue::fromJson(QJsonValue(true)).kind, FieldValue::Kind::Bool);
        QCOMPARE(FieldValue::fromJson(QJsonValue(QStringLiteral("adam"))).display(), QStringLiteral("adam"));
        QCOMPARE(FieldValue::fromJson(QJsonValue(0.5)).number, 0.5);
    }

    void formatsDurationsOneWayPerStyle()
    {
        QCOMPARE(formatDuration(45, DurationStyle::Units), QStringLiteral("45s"));
        QCOMPARE(formatDuration(4.24, DurationStyle::Units), QStringLiteral("4.2s"));
        QCOMPARE(formatDuration(65, DurationStyle::Units), QStringLiteral("1m 05s"));
        QCOMPARE(formatDuration(3720, DurationStyle::Units), QStringLiteral("1h 02m"));
        QCOMPARE(formatDuration(2 * 86400 + 3 * 3600 + 59, DurationStyle::Units), QStringLiteral("2d 3h"));
        QCOMPARE(formatDuration(-65, DurationStyle::Units), QStringLiteral("-1m 05s"));
        QCOMPARE(formatDuration(4.24, DurationStyle::Table), QStringLiteral("4.2 s"));
        QCOMPARE(formatDuration(4.24, DurationStyle::Table, QLocale(QLocale::German)), QStringLiteral("4,2 s"));
        QCOMPARE(formatDuration(65, DurationStyle::Table), QStringLiteral("1:05"));
        QCOMPARE(formatDuration(3723, DurationStyle::Table), QStringLiteral("1:02:03"));
        QCOMPARE(formatDuration(45, DurationStyle::Clock), QStringLiteral("0:45"));
        QCOMPARE(formatDuration(59.6, DurationStyle::Clock), QStringLiteral("1:00")); // rounds, never "0:60"
        QCOMPARE(formatDuration(59.97, DurationStyle::Units), QStringLiteral("1m 00s"));
        // Not started (negative) or not a number: nothing rather than a wrong figure.
        QCOMPARE(formatDuration(-1, DurationStyle::Table), QString());
        QCOMPARE(formatDuration(std::numeric_limits<double>::quiet_NaN(), DurationStyle::Units), QString());
    }

    void samplesCrossThreadsNotifyingOncePerBatch()
    {
        MetricSampleBuffer buffer;
        QVERIFY(buffer.append({QStringLiteral("loss"), 1, 0, 1.0, 0}));
        QVERIFY(!buffer.append({QStringLiteral("loss"), 2, 0, 0.9, 0})); // already notified
        QCOMPARE(buffer.size(), size_t(2));
        auto first = buffer.drain();
        QCOMPARE(first.size(), size_t(2));
        QCOMPARE(first[0].step, qint64(1)); // oldest first
        QCOMPARE(buffer.size(), size_t(0));
        QVERIFY(buffer.append({QStringLiteral("loss"), 3, 0, 0.8, 0})); // re-armed by the drain
        buffer.drain();

        // A producer thread and a consumer draining concurrently lose and duplicate nothing.
        constexpr int total = 20000;
        int notifications = 0;
        std::thread producer([&] {
            for (int i = 0; i < total; ++i)
                if (buffer.append({QStringLiteral("loss"), i, 0, double(i), 0}))
                    ++notifications;
        });
        std::vector<qint64> seen;
        while (seen.size() < size_t(total)) {
            for (const MetricSample& sample : buffer.drain())
                seen.push_back(sample.step);
            std::this_thread::yield();
        }
        producer.join();
        QCOMPARE(seen.size(), size_t(total));
        for (int i = 0; i < total; ++i)
            QCOMPARE(seen[size_t(i)], qint64(i));
        QVERIFY(notifications >= 1);
        QVERIFY(notifications < total); // batches, not one notification per sample
    }
};

QTEST_GUILESS_MAIN(TestValueTypes)
#include "tst_valuetypes.moc"
