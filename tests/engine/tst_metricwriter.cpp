// MetricWriter: what it commits, when, NaN and Inf, continuing a series, and a real SIGKILL.
#include "../support/FileSizeLimit.h"
#include "../support/TestUtil.h"
#include "engine/store/MetricReader.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <limits>
#include <thread>

using namespace crucible;

class TestMetricWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    QString newRun()
    {
        RunStore store(*m_workspace);
        const auto id = store.createRun(NewRun {});
        if (!id)
            qFatal("%s", qPrintable(id.error().text()));
        return id.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Workspace::open(m_dir.path());
        QVERIFY(opened);
        m_workspace = std::move(opened.value());
    }

    void writesEveryPointAndTheSummary()
    {
        const QString id = newRun();
        auto writer = MetricWriter::open(*m_workspace, id);
        QVERIFY(writer);
        const int count = 5000; // several chunks and a partial one
        for (int step = 0; step < count; ++step) {
            writer.value()->log(QStringLiteral("loss"), step, 10.0 - step * 0.001, step / 1000, 1.7e9 + step);
            if (step % 100 == 0)
                writer.value()->log(QStringLiteral("val_accuracy"), step, step == 2500 ? 0.99 : 0.5, step / 1000);
        }
        QVERIFY(writer.value()->close());
        QCOMPARE(writer.value()->committedCount(), count + 50);

        MetricReader reader(*m_workspace);
        QCOMPARE(reader.keys(id).value(), (QStringList {QStringLiteral("loss"), QStringLiteral("val_accuracy")}));
        const auto points = reader.points(id, QStringLiteral("loss"));
        QVERIFY(points);
        QCOMPARE(points->size(), size_t(count));
        for (int step = 0; step < count; ++step) {
            const MetricPoint& point = points->at(size_t(step));
            QCOMPARE(point.step, step);
            QCOMPARE(point.value, 10.0 - step * 0.001);
            QCOMPARE(point.epoch, double(step / 1000));
            QCOMPARE(point.wallTime, 1.7e9 + step);
        }
        const auto run = RunCatalog(*m_workspace).run(id);
        const MetricSummary loss = run->metrics.value(QStringLiteral("loss"));
        QCOMPARE(loss.count, count);
        QCOMPARE(loss.last, 10.0 - (count - 1) * 0.001);
        QCOMPARE(loss.min, loss.last);
        QCOMPARE(loss.max, 10.0);
        QCOMPARE(loss.bestStep(QStringLiteral("loss")), count - 1);
        const MetricSummary accuracy = run->metrics.value(QStringLiteral("val_accuracy"));
        QCOMPARE(accuracy.best(QStringLiteral("val_accuracy")), 0.99);
        QCOMPARE(accuracy.bestStep(QStringLiteral("val_accuracy")), 2500);

        const auto range = reader.points(id, QStringLiteral("loss"), 1000, 1009);
        QCOMPARE(range->size(), size_t(10));
        QCOMPARE(range->front().step, 1000);
        QCOMPARE(reader.points(id, QStringLiteral("nope")).error().code, ErrorCode::NotFound);
    }

    void keepsNanAndInfinity()
    {
        const QString id = newRun();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const std::vector<double> values {1.0, nan, inf, -inf, 2.0, nan};
        auto writer = MetricWriter::open(*m_workspace, id);
        for (size_t i = 0; i < values.size(); ++i)
            writer.value()->log(QStringLiteral("loss"), qint64(i), values[i]);
        QVERIFY(writer.value()->close());

        MetricReader reader(*m_workspace);
        const auto points = reader.points(id, QStringLiteral("loss"));
        QCOMPARE(points->size(), values.size());
        QVERIFY(std::isnan(points->at(1).value));
        QCOMPARE(points->at(2).value, inf);
        QCOMPARE(points->at(3).value, -inf);
        QVERIFY(std::isnan(points->at(5).value));

        const MetricSummary summary = RunCatalog(*m_workspace).run(id)->metrics.value(QStringLiteral("loss"));
        QCOMPARE(summary.count, 6);
        QCOMPARE(summary.nanCount, 2);
        QVERIFY(std::isnan(summary.last));
        QCOMPARE(summary.min, -inf);
        QCOMPARE(summary.max, inf);
        QCOMPARE(summary.minStep, 3);

        const auto buckets = reader.buckets(id, QStringLiteral("loss"), 6);
        QCOMPARE(buckets->size(), size_t(6));
        QVERIFY(std::isnan(buckets->at(1).mean));
        QCOMPARE(buckets->at(2).max, inf);
        QCOMPARE(buckets->at(3).min, -inf);
        const auto one = reader.buckets(id, QStringLiteral("loss"), 1);
        QCOMPARE(one->front().count, 6);
        QCOMPARE(one->front().min, -inf);
        QCOMPARE(one->front().max, inf);
        QVERIFY(std::isnan(one->front().mean)); // inf + -inf
    }

    void continuesASeriesAcrossWriters()
    {
        const QString id = newRun();
        for (int session = 0; session < 3; ++session) {
            auto writer = MetricWriter::open(*m_workspace, id);
            QVERIFY(writer);
            for (int i = 0; i < 700; ++i) // 700 does not divide the chunk size: each session finishes a partial chunk
                writer.value()->log(QStringLiteral("loss"), session * 700 + i, session * 700 + i);
            QVERIFY(writer.value()->close());
        }
        const auto points = MetricReader(*m_workspace).points(id, QStringLiteral("loss"));
        QCOMPARE(points->size(), size_t(2100));
        for (size_t i = 0; i < points->size(); ++i)
            QCOMPARE(points->at(i).value, double(i));
        QCOMPARE(RunCatalog(*m_workspace).run(id)->metrics.value(QStringLiteral("loss")).count, 2100);
    }

    void flushesWithinTheIntervalWithoutBeingAsked()
    {
        const QString id = newRun();
        MetricWriter::Options options;
        options.flushIntervalMs = 50;
        auto writer = MetricWriter::open(*m_workspace, id, options);
        writer.value()->log(QStringLiteral("loss"), 0, 0.5);
        QTRY_COMPARE_WITH_TIMEOUT(writer.value()->committedCount(), 1, 3000);
        // Committed means visible to another connection (this thread's, not the writer's).
        QSqlQuery query(m_workspace->database());
        QVERIFY(query.exec(QStringLiteral("SELECT point_count FROM metric_series WHERE run_id = '%1'").arg(id)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void acceptsPointsFromSeveralThreads()
    {
        const QString id = newRun();
        auto writer = MetricWriter::open(*m_workspace, id);
        MetricWriter* shared = writer.value().get();
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([shared, t] {
                for (int i = 0; i < 10000; ++i)
                    shared->log(QStringLiteral("thread%1").arg(t), i, i);
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QVERIFY(writer.value()->close());
        QCOMPARE(writer.value()->committedCount(), 40000);
        QCOMPARE(MetricReader(*m_workspace).points(id, QStringLiteral("thread3"))->size(), size_t(10000));
    }

    void aFullDiskIsAnErrorAndKeepsWhatWasCommitted()
    {
        // A workspace on its own "disk" so that the limit bites this database only.
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.path());
        QVERIFY(opened);
        Workspace& workspace = *opened.value();
        const QString id = RunStore(workspace).createRun(NewRun {}).value();
        auto writer = MetricWriter::open(workspace, id);
        QVERIFY(writer);
        for (int step = 0; step < 100; ++step)
            writer.value()->log(QStringLiteral("loss"), step, 1.0 / (step + 1));
        VERIFY_OK(writer.value()->flush()); // these points are safe before the disk fills
        qint64 largest = 0;
        for (const QFileInfo& file : QDir(dir.path()).entryInfoList(QDir::Files))
            largest = std::max(largest, file.size());
        Status closed = Ok {};
        {
            test::FileSizeLimit full(rlim_t(largest + 256 * 1024));
            QVERIFY(full.isActive());
            for (int step = 100; step < 400000; ++step)
                writer.value()->log(QStringLiteral("loss"), step, 1.0 / (step + 1));
            closed = writer.value()->close();
        }
        QVERIFY2(!closed, "writing 11 MB of metrics into 256 KB of room must fail");
        QVERIFY2(closed.error().text().contains(QStringLiteral("full"), Qt::CaseInsensitive)
                     || closed.error().code == ErrorCode::Io,
                 qPrintable(closed.error().text()));
        // What was committed before is intact and readable: a prefix of the series, no gap, and the
        // database passes SQLite's integrity check.
        const auto points = MetricReader(workspace).points(id, QStringLiteral("loss"));
        VERIFY_OK(points);
        QVERIFY(points.value().size() >= 100);
        for (size_t i = 0; i < points.value().size(); ++i)
            QCOMPARE(points.value()[i].step, qint64(i));
        QSqlQuery check(workspace.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void refusesAnUnknownRun()
    {
        const auto writer = MetricWriter::open(*m_workspace, QStringLiteral("0123456789abcdef"));
        QVERIFY(!writer);
        QCOMPARE(writer.error().code, ErrorCode::NotFound);
    }

    void survivesSigkillWhileWriting()
    {
        QTemporaryDir dir;
        QProcess child;
        child.start(QStringLiteral(TRACKING_CHILD), {QStringLiteral("write"), dir.path()});
        QVERIFY(child.waitForStarted());
        QString runId;
        qint64 committed = 0;
        int commits = 0;
        // Let it commit a good number of batches, then kill it in the middle of the stream.
        while (commits < 40 || committed < 100000) {
            if (!child.canReadLine())
                QVERIFY2(child.waitForReadyRead(30000), "the writer process stopped talking");
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("run "))
                    runId = QString::fromLatin1(line.mid(4));
                else if (line.startsWith("committed ")) {
                    committed = line.mid(10).toLongLong();
                    ++commits;
                }
            }
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        while (child.canReadLine()) { // commits reported between our last read and the kill
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("committed "))
                committed = line.mid(10).toLongLong();
        }
        QVERIFY(!runId.isEmpty());

        auto opened = Workspace::open(dir.path());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        const Workspace& workspace = *opened.value();
        QSqlQuery check(workspace.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish();

        const auto run = RunCatalog(workspace).run(runId);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Interrupted);
        const auto points = MetricReader(workspace).points(runId, QStringLiteral("loss"));
        QVERIFY(points);
        QVERIFY2(
            qint64(points->size()) >= committed,
            qPrintable(QStringLiteral("%1 points stored, %2 reported committed").arg(points->size()).arg(committed)));
        for (size_t i = 0; i < points->size(); ++i) {
            if (points->at(i).step != qint64(i) || points->at(i).value != double(i) * 0.25)
                QFAIL(qPrintable(QStringLiteral("point %1 is wrong").arg(i)));
        }
        QCOMPARE(run->metrics.value(QStringLiteral("loss")).count, qint64(points->size()));
        qInfo("killed after %d commits; %lld points reported, %zu stored", commits, committed, points->size());
    }
};

QTEST_GUILESS_MAIN(TestMetricWriter)
#include "tst_metricwriter.moc"
