// crucible-cli train as a user runs it: a real process, exit codes, --json, SIGINT/SIGTERM, --resume.
#include "../support/CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using Outcome = crucible::test::CliOutcome;
using crucible::test::runCli;

class TestTrainCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    QStringList base() const { return {QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspace}; }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        const Outcome imported =
            runCli(base() << QStringLiteral("data") << QStringLiteral("samples") << QStringLiteral("two-moons"));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void trainsAndPrintsTheRunAsJson()
    {
        const Outcome result = runCli(base() << "--json"
                                             << "train"
                                             << "--data"
                                             << "two-moons"
                                             << "--model"
                                             << "mlp:16"
                                             << "--epochs"
                                             << "2"
                                             << "--batch"
                                             << "32"
                                             << "--lr"
                                             << "0.01"
                                             << "--set"
                                             << "schedule=cosine"
                                             << "--set"
                                             << "deterministic=true");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        const QJsonObject json = result.json();
        QCOMPARE(json.value("status").toString(), QStringLiteral("finished"));
        QCOMPARE(json.value("run_id").toString().size(), 16);
        QCOMPARE(json.value("epochs").toInt(), 2);
        QVERIFY(json.value("metrics").toObject().value("test_accuracy").toDouble() > 0.5);
        QVERIFY(json.value("metrics").toObject().contains("val_loss"));
        QCOMPARE(json.value("threads").toInt(), QThread::idealThreadCount()); // headless: every core
    }

    void moreThreadsThanCoresAreCappedWithAWarning()
    {
        const int cores = QThread::idealThreadCount();
        const QStringList common {"--json", "train", "--data", "two-moons", "--model", "mlp:4", "--epochs", "1"};
        const Outcome capped = runCli(base() << common << "--threads" << QString::number(cores + 7));
        QVERIFY2(capped.exitCode == 0, qPrintable(capped.err + capped.out));
        QVERIFY2(
            capped.err.contains(
                QStringLiteral("warning: %1 threads is more than this machine's %2 logical").arg(cores + 7).arg(cores)),
            qPrintable(capped.err));
        QCOMPARE(capped.json().value("threads").toInt(), cores);
        const Outcome forced =
            runCli(base() << common << "--set" << QStringLiteral("threads=%1").arg(cores + 1) << "--force-threads");
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err + forced.out));
        QVERIFY(!forced.err.contains("warning"));
        QCOMPARE(forced.json().value("threads").toInt(), cores + 1);
    }

    void refusesBadRecipesWithTheKey()
    {
        Outcome result = runCli(base() << "train"
                                       << "--data"
                                       << "two-moons"
                                       << "--set"
                                       << "optimizer=rmsprop");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("optimizer") && result.err.contains("adamw"), qPrintable(result.err));
        result = runCli(base() << "train"
                               << "--data"
                               << "two-moons"
                               << "--model"
                               << "cnn");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("image"), qPrintable(result.err));
        result = runCli(base() << "train");
        QCOMPARE(result.exitCode, 2);
        result = runCli(base() << "train"
                               << "--data"
                               << "nothing-here");
        QCOMPARE(result.exitCode, 1);
    }

    void aGpuThatIsNotThereIsRefusedBeforeARunExists()
    {
        // cuda:7 exists on no machine these tests run on; with or without CUDA in LibTorch the
        // request is refused up front (exit 1, the device named), and no run is left behind.
        const Outcome before = runCli(base() << "--json"
                                             << "runs"
                                             << "list"
                                             << "--format"
                                             << "json");
        const Outcome result = runCli(base() << "--json"
                                             << "train"
                                             << "--data"
                                             << "two-moons"
                                             << "--model"
                                             << "mlp:8"
                                             << "--epochs"
                                             << "1"
                                             << "--device"
                                             << "cuda:7");
        QCOMPARE(result.exitCode, 1);
        const QJsonObject error = result.json().value("error").toObject();
        QCOMPARE(error.value("where").toString(), QStringLiteral("device"));
        QVERIFY2(error.value("message").toString().contains(QStringLiteral("cuda:7")), qPrintable(result.out));
        const Outcome after = runCli(base() << "--json"
                                            << "runs"
                                            << "list"
                                            << "--format"
                                            << "json");
        QCOMPARE(after.out, before.out);
    }

    void aSignalStopsCleanlyAndResumeContinues_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM (kill, systemd)") << int(SIGTERM) << 143;
    }
    void aSignalStopsCleanlyAndResumeContinues()
    {
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        QProcess process;
        process.start(QStringLiteral(CRUCIBLE_CLI),
                      base() << "--json"
                             << "train"
                             << "--data"
                             << "two-moons"
                             << "--model"
                             << "mlp:32"
                             << "--epochs"
                             << "1000"
                             << "--batch"
                             << "4"
                             << "--threads"
                             << "1");
        QVERIFY(process.waitForStarted());
        // Wait until training runs (the progress lines go to stderr), then interrupt.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Training"), 60000);
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
        const QJsonObject stopped = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(stopped.value("status").toString(), QStringLiteral("stopped"));
        const QString runId = stopped.value("run_id").toString();
        QVERIFY(stopped.value("steps").toInteger() > 0);

        const Outcome resumed = runCli(base() << "--json"
                                              << "train"
                                              << "--resume" << runId << "--set"
                                              << "epochs=1");
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QCOMPARE(resumed.json().value("parent_run_id").toString(), runId);
        QCOMPARE(resumed.json().value("status").toString(), QStringLiteral("finished"));

        const Outcome shown = runCli(base() << "--json"
                                            << "runs"
                                            << "show" << runId);
        QVERIFY2(shown.out.contains("stopped"), qPrintable(shown.out));
    }
};

QTEST_GUILESS_MAIN(TestTrainCli)
#include "tst_train_cli.moc"
