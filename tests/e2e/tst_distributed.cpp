// Data-parallel training as users launch it: crucible-cli train --nproc N, torchrun's variables by
// hand, a fake Slurm running the generated sbatch script, and two "hosts" in network namespaces;
// faults (a killed or hung worker, Ctrl+C) and the Kubeflow manifest against the PyTorchJob schema.
#include "../support/CliRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using Outcome = crucible::test::CliOutcome;
using crucible::test::runCli;

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The process ids of `pid`'s children (every thread's list).
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> children;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString& child :
             readAll(tasks.filePath(task + QStringLiteral("/children"))).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            children << child.toLongLong();
    return children;
}

/// The worker among `pids` whose environment says RANK=`rank`, or 0.
qint64 workerOfRank(const QList<qint64>& pids, int rank)
{
    for (qint64 pid : pids) {
        QFile file(QStringLiteral("/proc/%1/environ").arg(pid));
        if (file.open(QIODevice::ReadOnly)
            && file.readAll().split('\0').contains(QByteArray("RANK=") + QByteArray::number(rank)))
            return pid;
    }
    return 0;
}

/// The CPUs process `pid` may run on, as /proc/PID/status lists them ("0-3,6").
QString cpusOf(qint64 pid)
{
    for (const QString& line : readAll(QStringLiteral("/proc/%1/status").arg(pid)).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Cpus_allowed_list:")))
            return line.section(QLatin1Char(':'), 1).trimmed();
    return {};
}

bool isAlive(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0
        && !readAll(QStringLiteral("/proc/%1/stat").arg(pid)).contains(QStringLiteral(") Z "));
}

/// Shared memory of data-parallel runs left in /dev/shm by a rank 0 that has ended (its name
/// carries its pid; a test running beside this one may hold its own for a moment).
QStringList leftInDevShm()
{
    QStringList left;
    for (const QString& name : QDir(QStringLiteral("/dev/shm")).entryList({QStringLiteral("crucible-ddp-*")}))
        if (!isAlive(name.section(QLatin1Char('-'), 2, 2).toLongLong()))
            left << name;
    return left;
}

} // namespace

class TestDistributed : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QStringList m_namespaces;

    QStringList ws() const { return {QStringLiteral("--workspace"), m_workspace}; }

    QJsonObject showRun(const QString& id)
    {
        const Outcome shown =
            runCli(ws() << QStringLiteral("--json") << QStringLiteral("runs") << QStringLiteral("show") << id);
        return shown.json();
    }

    int runCount()
    {
        const Outcome listed =
            runCli(ws() << QStringLiteral("--json") << QStringLiteral("runs") << QStringLiteral("list"));
        return listed.json().value(QStringLiteral("count")).toInt();
    }

    /// Starts `crucible-cli train ... --nproc 2` for a long run and waits until it trains.
    std::unique_ptr<QProcess> startLongRun(const QStringList& extra)
    {
        auto launcher = std::make_unique<QProcess>();
        launcher->start(QStringLiteral(CRUCIBLE_CLI),
                        ws() << QStringLiteral("train") << QStringLiteral("-d") << QStringLiteral("fashion-mnist")
                             << QStringLiteral("-m") << QStringLiteral("mlp:256") << QStringLiteral("-e")
                             << QStringLiteral("50") << QStringLiteral("--nproc") << QStringLiteral("2") << extra);
        QString err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains(QStringLiteral("Training")) && timer.elapsed() < 60000) {
            launcher->waitForReadyRead(200);
            err += QString::fromUtf8(launcher->readAllStandardError());
        }
        return launcher;
    }

    static QString runIdIn(const QString& text)
    {
        return QRegularExpression(QStringLiteral("Run ([0-9a-f]{16})")).match(text).captured(1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        const Outcome imported = runCli(QStringList {QStringLiteral("--create")}
                                        << ws() << QStringLiteral("data") << QStringLiteral("samples")
                                        << QStringLiteral("two-moons") << QStringLiteral("fashion-mnist"));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void cleanupTestCase()
    {
        for (const QString& name : std::as_const(m_namespaces))
            QProcess::execute(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), name});
    }

    /// Two processes train one epoch of Fashion-MNIST as one run, with equal parameters on both
    /// ranks after every step, and reach the accuracy of one process at the same global batch.
    void twoProcessesTrainOneRunInStep()
    {
        const int before = runCount();
        const QStringList staleBefore = leftInDevShm();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString trace = m_dir.filePath(QStringLiteral("trace"));
        environment.insert(QStringLiteral("CRUCIBLE_DDP_TRACE"), trace);
        const QStringList recipe {QStringLiteral("train"), QStringLiteral("-d"),      QStringLiteral("fashion-mnist"),
                                  QStringLiteral("-m"),    QStringLiteral("mlp:256"), QStringLiteral("-e"),
                                  QStringLiteral("1"),     QStringLiteral("-b"),      QStringLiteral("128")};
        const Outcome parallel =
            runCli(ws() << QStringLiteral("--json") << recipe << QStringLiteral("--nproc") << QStringLiteral("2"),
                   environment);
        QVERIFY2(parallel.exitCode == 0, qPrintable(parallel.err + parallel.out));
        const QJsonObject result = parallel.json();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(runCount(), before + 1); // one run, not two

        const QStringList rank0 =
            readAll(trace + QStringLiteral(".rank0")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList rank1 =
            readAll(trace + QStringLiteral(".rank1")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rank0.size(), result.value(QStringLiteral("steps")).toInt());
        QVERIFY(rank0.size() > 400); // a whole epoch of Fashion-MNIST's training split in batches of 128
        QCOMPARE(rank1.size(), rank0.size());
        for (int step = 0; step < rank0.size(); ++step)
            QVERIFY2(rank0.at(step) == rank1.at(step),
                     qPrintable(QStringLiteral("parameters differ after step %1: %2 vs %3")
                                    .arg(step + 1)
                                    .arg(rank0.at(step), rank1.at(step))));

        const QJsonObject run = showRun(result.value(QStringLiteral("run_id")).toString());
        const QJsonObject environmentJson = run.value(QStringLiteral("environment")).toObject();
        QCOMPARE(environmentJson.value(QStringLiteral("world_size")).toInt(), 2);
        QCOMPARE(environmentJson.value(QStringLiteral("hosts")).toString().count(QStringLiteral("(127.0.0.1)")), 2);
        const QJsonObject params = run.value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("distributed.global_batch")).toInt(), 128);
        QCOMPARE(params.value(QStringLiteral("distributed.rank_batch")).toInt(), 64);
        QCOMPARE(params.value(QStringLiteral("distributed.world_size")).toInt(), 2);
        QCOMPARE(params.value(QStringLiteral("distributed.backend")).toString(), QStringLiteral("gloo"));
        // Both ranks on this host: the gradients are summed in shared memory, whose name is gone.
        QCOMPARE(params.value(QStringLiteral("distributed.allreduce")).toString(), QStringLiteral("shm"));
        QStringList left = leftInDevShm();
        for (const QString& old : staleBefore)
            left.removeAll(old);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        // One curve: a loss point per global step, written by rank 0 alone.
        QCOMPARE(run.value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("loss"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 rank0.size());

        const Outcome single =
            runCli(ws() << QStringLiteral("--json") << recipe << QStringLiteral("--threads") << QStringLiteral("2"));
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        const double parallelAccuracy =
            result.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test_accuracy")).toDouble();
        const double singleAccuracy =
            single.json().value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test_accuracy")).toDouble();
        QVERIFY2(parallelAccuracy > 0.8, qPrintable(QString::number(parallelAccuracy)));
        QVERIFY2(std::abs(parallelAccuracy - singleAccuracy) <= 0.005,
                 qPrintable(QStringLiteral("2 processes %1, 1 process %2").arg(parallelAccuracy).arg(singleAccuracy)));
    }

    /// CRUCIBLE_DIST_SHM=0: the ranks of one host sum their gradients over Gloo's TCP instead, with
    /// the same result on both after every step.
    void glooOverLoopbackWhenSharedMemoryIsOff()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString trace = m_dir.filePath(QStringLiteral("gloo-trace"));
        environment.insert(QStringLiteral("CRUCIBLE_DDP_TRACE"), trace);
        environment.insert(QStringLiteral("CRUCIBLE_DIST_SHM"), QStringLiteral("0"));
        const Outcome trained =
            runCli(ws() << QStringLiteral("--json") << QStringLiteral("train") << QStringLiteral("-d")
                        << QStringLiteral("two-moons") << QStringLiteral("-m") << QStringLiteral("mlp:16")
                        << QStringLiteral("-e") << QStringLiteral("3") << QStringLiteral("-b") << QStringLiteral("50")
                        << QStringLiteral("--nproc") << QStringLiteral("2"),
                   environment);
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err + trained.out));
        const QString rank0 = readAll(trace + QStringLiteral(".rank0"));
        QVERIFY(rank0.count(QLatin1Char('\n')) >= 3);
        QCOMPARE(readAll(trace + QStringLiteral(".rank1")), rank0);
        const QJsonObject params = showRun(trained.json().value(QStringLiteral("run_id")).toString())
                                       .value(QStringLiteral("params"))
                                       .toObject();
        QCOMPARE(params.value(QStringLiteral("distributed.allreduce")).toString(), QStringLiteral("gloo"));
    }

    /// A worker killed mid-run: the launcher ends within the timeout, the run is failed with the
    /// reason, and no worker is left behind.
    void aKilledWorkerFailsTheRun()
    {
        auto launcher = startLongRun({QStringLiteral("--set"), QStringLiteral("dist_timeout=30")});
        const QList<qint64> workers = childrenOf(launcher->processId());
        QCOMPARE(workers.size(), 2);
        const qint64 rank1 = workerOfRank(workers, 1);
        QVERIFY(rank1 != 0);
        // The launcher shares the cores out: each worker runs on CPUs of its own (two or more here).
        if (QThread::idealThreadCount() >= 2) {
            const QString all = cpusOf(launcher->processId());
            const QString first = cpusOf(workerOfRank(workers, 0)), second = cpusOf(rank1);
            QVERIFY2(!first.isEmpty() && !second.isEmpty() && first != second && first != all && second != all,
                     qPrintable(QStringLiteral("launcher on %1, rank 0 on %2, rank 1 on %3").arg(all, first, second)));
        }
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(rank1), SIGKILL);
        QVERIFY(launcher->waitForFinished(60000));
        // A dead peer is seen at once (its connection closes), not after dist_timeout.
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(launcher->exitCode(), 1);
        const QString out = QString::fromUtf8(launcher->readAllStandardOutput());
        const QString err = QString::fromUtf8(launcher->readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("worker rank 1 ended by a signal")), qPrintable(err));
        const QJsonObject run = showRun(runIdIn(out + err));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(
            run.value(QStringLiteral("error")).toString().contains(QStringLiteral("exchange with the other workers")),
            qPrintable(run.value(QStringLiteral("error")).toString()));
        for (qint64 pid : workers)
            QVERIFY2(!isAlive(pid), qPrintable(QStringLiteral("worker %1 is still running").arg(pid)));
    }

    /// A worker that hangs (stopped by SIGSTOP): rank 0 gives up after dist_timeout and the run
    /// fails saying so; the hung worker is killed.
    void aHungWorkerFailsTheRunWithinTheTimeout()
    {
        auto launcher = startLongRun({QStringLiteral("--set"), QStringLiteral("dist_timeout=4")});
        const QList<qint64> workers = childrenOf(launcher->processId());
        const qint64 rank1 = workerOfRank(workers, 1);
        QVERIFY(rank1 != 0);
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(rank1), SIGSTOP);
        QVERIFY(launcher->waitForFinished(30000));
        // A hung peer is only found by the timeout: not before it, and not long after.
        QVERIFY2(timer.elapsed() >= 3500 && timer.elapsed() < 4000 + 3000 + 5000,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(launcher->exitCode(), 1);
        const QString all = QString::fromUtf8(launcher->readAllStandardOutput() + launcher->readAllStandardError());
        const QJsonObject run = showRun(runIdIn(all));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(run.value(QStringLiteral("error")).toString().contains(QStringLiteral("within 4 s")),
                 qPrintable(run.value(QStringLiteral("error")).toString()));
        for (qint64 pid : workers)
            QVERIFY2(!isAlive(pid), qPrintable(QStringLiteral("worker %1 is still running").arg(pid)));
    }

    /// Ctrl+C on the launcher stops every worker at one step: the run is "stopped" with a
    /// checkpoint, and it resumes in one process (another world size) to the end.
    void interruptStopsEveryWorkerAndTheRunResumesInAnotherWorld()
    {
        auto launcher = startLongRun({});
        const QList<qint64> workers = childrenOf(launcher->processId());
        ::kill(pid_t(launcher->processId()), SIGINT);
        QVERIFY(launcher->waitForFinished(30000));
        QCOMPARE(launcher->exitCode(), 128 + SIGINT);
        const QString all = QString::fromUtf8(launcher->readAllStandardOutput() + launcher->readAllStandardError());
        QVERIFY2(!all.contains(QStringLiteral("error")), qPrintable(all));
        const QString id = runIdIn(all);
        QCOMPARE(showRun(id).value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
        for (qint64 pid : workers)
            QVERIFY(!isAlive(pid));

        const Outcome resumed =
            runCli(ws() << QStringLiteral("--json") << QStringLiteral("train") << QStringLiteral("--resume") << id
                        << QStringLiteral("--set") << QStringLiteral("epochs=1"));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QCOMPARE(resumed.json().value(QStringLiteral("parent_run_id")).toString(), id);
        QCOMPARE(resumed.json().value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    }

    /// A one-process run continues in two processes.
    void aSingleRunResumesInTwoProcesses()
    {
        const Outcome first =
            runCli(ws() << QStringLiteral("--json") << QStringLiteral("train") << QStringLiteral("-d")
                        << QStringLiteral("two-moons") << QStringLiteral("-m") << QStringLiteral("mlp:16")
                        << QStringLiteral("-e") << QStringLiteral("2") << QStringLiteral("-b") << QStringLiteral("32"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QString id = first.json().value(QStringLiteral("run_id")).toString();
        const Outcome resumed =
            runCli(ws() << QStringLiteral("--json") << QStringLiteral("train") << QStringLiteral("--resume") << id
                        << QStringLiteral("--set") << QStringLiteral("epochs=4") << QStringLiteral("--nproc")
                        << QStringLiteral("2"));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QCOMPARE(resumed.json().value(QStringLiteral("epochs")).toInt(), 4);
        QCOMPARE(resumed.json().value(QStringLiteral("steps")).toInt(),
                 2 * first.json().value(QStringLiteral("steps")).toInt());
        const QJsonObject run = showRun(resumed.json().value(QStringLiteral("run_id")).toString());
        QCOMPARE(run.value(QStringLiteral("environment")).toObject().value(QStringLiteral("world_size")).toInt(), 2);
    }

    void badLaunchValuesAreRefusedByName()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WORLD_SIZE"), QStringLiteral("2"));
        environment.insert(QStringLiteral("RANK"), QStringLiteral("5"));
        environment.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
        const QStringList train {QStringLiteral("train"), QStringLiteral("-d"), QStringLiteral("two-moons")};
        Outcome refused = runCli(ws() << train, environment);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("RANK")) && refused.err.contains(QStringLiteral("outside 0 to 1")),
                 qPrintable(refused.err));
        environment.insert(QStringLiteral("RANK"), QStringLiteral("1"));
        environment.remove(QStringLiteral("MASTER_ADDR"));
        refused = runCli(ws() << train, environment);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("MASTER_ADDR")), qPrintable(refused.err));
        environment.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
        refused = runCli(ws() << train << QStringLiteral("--nproc") << QStringLiteral("2"), environment);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--nproc starts the workers itself")), qPrintable(refused.err));
        refused = runCli(ws() << train << QStringLiteral("--nproc") << QStringLiteral("0"));
        QCOMPARE(refused.exitCode, 2);
        // Nobody at the master address: the worker gives up after dist_timeout, naming it.
        environment.insert(QStringLiteral("MASTER_PORT"), QStringLiteral("9"));
        refused = runCli(ws() << train << QStringLiteral("--set") << QStringLiteral("dist_timeout=2"), environment);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("127.0.0.1:9"))
                     && refused.err.contains(QStringLiteral("rank 1 of 2")),
                 qPrintable(refused.err));
    }

    /// Something else listening at MASTER_PORT (a web server) does not hold a worker past
    /// dist_timeout; SIGTERM while the workers meet stops at once (exit 130, no run).
    void aWorkerGivesUpOnAForeignServerAndStopsWhileWaiting()
    {
        QProcess web;
        const int port = 29600 + int(QCoreApplication::applicationPid() % 300);
        web.start(QStringLiteral("python3"),
                  {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port), QStringLiteral("--bind"),
                   QStringLiteral("127.0.0.1")});
        QVERIFY(web.waitForStarted());
        QTest::qWait(1500);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WORLD_SIZE"), QStringLiteral("2"));
        environment.insert(QStringLiteral("RANK"), QStringLiteral("1"));
        environment.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
        environment.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
        const QStringList train {QStringLiteral("train"), QStringLiteral("-d"), QStringLiteral("two-moons"),
                                 QStringLiteral("--set"), QStringLiteral("dist_timeout=3")};
        QElapsedTimer timer;
        timer.start();
        const Outcome refused = runCli(ws() << train, environment, 60000);
        web.kill();
        web.waitForFinished();
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(timer.elapsed() < 3000 + 8000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(refused.err.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(refused.err));

        // Nobody at the address, a long timeout, and SIGTERM after a second.
        environment.insert(QStringLiteral("MASTER_PORT"), QStringLiteral("9"));
        QProcess waiting;
        waiting.setProcessEnvironment(environment);
        waiting.start(QStringLiteral(CRUCIBLE_CLI),
                      ws() << QStringLiteral("train") << QStringLiteral("-d") << QStringLiteral("two-moons"));
        QVERIFY(waiting.waitForStarted());
        QTest::qWait(1000);
        timer.restart();
        ::kill(pid_t(waiting.processId()), SIGTERM);
        QVERIFY(waiting.waitForFinished(10000));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(waiting.exitCode(), 128 + SIGTERM);
    }

    /// The launcher killed by SIGKILL: its workers do not train on unsupervised; they stop, and
    /// rank 0 records the run stopped.
    void workersStopWhenTheLauncherIsKilled()
    {
        auto launcher = startLongRun({});
        const QList<qint64> workers = childrenOf(launcher->processId());
        QCOMPARE(workers.size(), 2);
        ::kill(pid_t(launcher->processId()), SIGKILL);
        launcher->waitForFinished(5000);
        QElapsedTimer timer;
        timer.start();
        while ((isAlive(workers[0]) || isAlive(workers[1])) && timer.elapsed() < 30000)
            QTest::qWait(100);
        QVERIFY2(!isAlive(workers[0]) && !isAlive(workers[1]), "a worker trains on after its launcher was killed");
        const Outcome listed =
            runCli(ws() << QStringLiteral("--json") << QStringLiteral("runs") << QStringLiteral("list"));
        const QJsonObject newest = listed.json().value(QStringLiteral("runs")).toArray().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
    }

    /// Early stopping with batch norm: rank 0's statistics and decision hold on every rank, so
    /// they stop at the same epoch and the run finishes.
    void earlyStoppingWithBatchNormStopsEveryRankTogether()
    {
        const Outcome trained =
            runCli(ws() << QStringLiteral("--json") << QStringLiteral("train") << QStringLiteral("-d")
                        << QStringLiteral("two-moons") << QStringLiteral("-m")
                        << QStringLiteral("{\"kind\":\"mlp\",\"hidden\":[16],\"batch_norm\":true}")
                        << QStringLiteral("-e") << QStringLiteral("40") << QStringLiteral("-b") << QStringLiteral("32")
                        << QStringLiteral("--lr") << QStringLiteral("0.05") << QStringLiteral("--set")
                        << QStringLiteral("early_stopping_patience=1") << QStringLiteral("--set")
                        << QStringLiteral("dist_timeout=10") << QStringLiteral("--nproc") << QStringLiteral("2"));
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err + trained.out));
        QCOMPARE(trained.json().value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QVERIFY(trained.json().value(QStringLiteral("stopped_early")).toBool());
    }

    /// A last batch of 3 rows over 2 ranks with batch norm: no rank trains on a single row
    /// (which batch norm refuses); the run finishes.
    void aTinyLastBatchIsSharedWithoutSingleRows()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString trace = m_dir.filePath(QStringLiteral("tiny-trace"));
        environment.insert(QStringLiteral("CRUCIBLE_DDP_TRACE"), trace);
        const Outcome trained =
            runCli(ws() << QStringLiteral("--json") << QStringLiteral("train") << QStringLiteral("-d")
                        << QStringLiteral("two-moons") << QStringLiteral("-m")
                        << QStringLiteral("{\"kind\":\"mlp\",\"hidden\":[8],\"batch_norm\":true}")
                        << QStringLiteral("-e") << QStringLiteral("2") << QStringLiteral("-b") << QStringLiteral("797")
                        << QStringLiteral("--nproc") << QStringLiteral("2"),
                   environment);
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err + trained.out));
        QCOMPARE(trained.json().value(QStringLiteral("steps")).toInt(), 4); // 800 rows: 797 + 3, twice
        // Rank 1 has no rows in the last step of each epoch (it sends zeros): still in step.
        const QString rank0 = readAll(trace + QStringLiteral(".rank0"));
        QCOMPARE(rank0.count(QLatin1Char('\n')), 4);
        QCOMPARE(readAll(trace + QStringLiteral(".rank1")), rank0);
    }

    /// --nproc 1 is plain training; inside a Slurm allocation (SLURM_NTASKS without srun's
    /// SLURM_PROCID) too.
    void oneProcessAndASlurmAllocationTrainPlainly()
    {
        const QStringList train {QStringLiteral("--json"),    QStringLiteral("train"), QStringLiteral("-d"),
                                 QStringLiteral("two-moons"), QStringLiteral("-e"),    QStringLiteral("1")};
        const Outcome one = runCli(ws() << train << QStringLiteral("--nproc") << QStringLiteral("1"));
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QProcessEnvironment allocation = QProcessEnvironment::systemEnvironment();
        allocation.insert(QStringLiteral("SLURM_NTASKS"), QStringLiteral("4"));
        const Outcome inside = runCli(ws() << train, allocation);
        QVERIFY2(inside.exitCode == 0, qPrintable(inside.err));
        QVERIFY(!showRun(inside.json().value(QStringLiteral("run_id")).toString())
                     .value(QStringLiteral("environment"))
                     .toObject()
                     .contains(QStringLiteral("world_size")));
    }

    /// What --emit writes into a job file is checked: numbers as numbers, sizes with a unit,
    /// nothing with a line break.
    void emitRefusesValuesAJobFileCannotCarry()
    {
        const QStringList base {QStringLiteral("train"), QStringLiteral("-d"), QStringLiteral("x"),
                                QStringLiteral("--emit"), QStringLiteral("slurm")};
        for (const QStringList& extra : {QStringList {QStringLiteral("--cpus"), QStringLiteral("\n2")},
                                         QStringList {QStringLiteral("--cpus"), QStringLiteral("+3")},
                                         QStringList {QStringLiteral("--memory"), QStringLiteral("8")},
                                         QStringList {QStringLiteral("--memory"), QStringLiteral("8Gi\n")},
                                         QStringList {QStringLiteral("--job-name"), QStringLiteral("abc\n")},
                                         QStringList {QStringLiteral("--image"), QStringLiteral("img\n")},
                                         QStringList {QStringLiteral("--name"), QStringLiteral("multi\nline: x")}}) {
            const Outcome refused = runCli(ws() << base << extra);
            QVERIFY2(refused.exitCode == 2,
                     qPrintable(extra.join(QLatin1Char(' ')) + QStringLiteral(": ") + refused.out));
        }
        const Outcome fine = runCli(ws() << base << QStringLiteral("--memory") << QStringLiteral("8Gi")
                                         << QStringLiteral("--cpus") << QStringLiteral("4"));
        QVERIFY2(fine.exitCode == 0, qPrintable(fine.err));
        QVERIFY(fine.out.contains(QStringLiteral("#SBATCH --mem=8G\n")));
    }

    /// The generated sbatch script, run by a stand-in Slurm (srun starts the tasks with Slurm's
    /// variables, scontrol names the node), trains one run in two tasks.
    void theSlurmScriptTrainsUnderSlurmsVariables()
    {
        const Outcome emitted =
            runCli(ws() << QStringLiteral("train") << QStringLiteral("-d") << QStringLiteral("two-moons")
                        << QStringLiteral("-m") << QStringLiteral("mlp:16") << QStringLiteral("-e")
                        << QStringLiteral("2") << QStringLiteral("--emit") << QStringLiteral("slurm")
                        << QStringLiteral("--nodes") << QStringLiteral("1") << QStringLiteral("--nproc")
                        << QStringLiteral("2") << QStringLiteral("--cpus") << QStringLiteral("1"));
        QVERIFY2(emitted.exitCode == 0, qPrintable(emitted.err));
        QVERIFY(emitted.out.startsWith(QStringLiteral("#!/bin/bash\n")));
        QVERIFY(emitted.out.contains(QStringLiteral("#SBATCH --ntasks-per-node=2\n")));
        QVERIFY(emitted.out.contains(QStringLiteral("#SBATCH --cpus-per-task=1\n")));
        const QString bin = m_dir.filePath(QStringLiteral("slurm-bin"));
        QVERIFY(QDir().mkpath(bin));
        auto write = [&](const QString& name, const QByteArray& text) {
            QFile file(QDir(bin).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
            file.close();
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        };
        write(QStringLiteral("scontrol"), "#!/bin/sh\necho localhost\n");
        write(QStringLiteral("srun"),
              "#!/bin/sh\npids=\nfor i in 0 1; do SLURM_PROCID=$i SLURM_LOCALID=$i SLURM_NTASKS=2 "
              "\"$@\" & pids=\"$pids $!\"; done\nstatus=0\nfor p in $pids; do wait $p || status=1; "
              "done\nexit $status\n");
        write(QStringLiteral("crucible-cli"), "#!/bin/sh\nexec " CRUCIBLE_CLI " \"$@\"\n");
        const QString script = m_dir.filePath(QStringLiteral("job.sbatch"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(emitted.out.toUtf8());
        file.close();
        QProcess batch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        environment.insert(QStringLiteral("SLURM_JOB_NODELIST"), QStringLiteral("localhost"));
        environment.insert(QStringLiteral("MASTER_PORT"), QStringLiteral("29517"));
        batch.setProcessEnvironment(environment);
        const int before = runCount();
        batch.start(QStringLiteral("bash"), {script});
        QVERIFY(batch.waitForFinished(120000));
        const QString out = QString::fromUtf8(batch.readAllStandardOutput());
        QVERIFY2(batch.exitCode() == 0, qPrintable(out + QString::fromUtf8(batch.readAllStandardError())));
        QCOMPARE(runCount(), before + 1);
        const QJsonObject run = showRun(runIdIn(out));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(
            run.value(QStringLiteral("params")).toObject().value(QStringLiteral("distributed.launcher")).toString(),
            QStringLiteral("slurm"));
    }

    /// The PyTorchJob manifest fits the PyTorchJob schema kept in tests/ (and a broken one does not).
    void theKubeflowManifestIsAValidPyTorchJob()
    {
        const QString python = QStringLiteral(CRUCIBLE_VENV_PYTHON);
        QVERIFY2(QFile::exists(python), "the project's virtual environment is missing: scripts/setup-venv.sh");
        const Outcome emitted =
            runCli(QStringList {QStringLiteral("--workspace"),
                                QStringLiteral("postgresql://ml@db.example/team?objects=/shared/objects"),
                                QStringLiteral("train"),
                                QStringLiteral("-d"),
                                QStringLiteral("fashion-mnist"),
                                QStringLiteral("-m"),
                                QStringLiteral("cnn"),
                                QStringLiteral("--set"),
                                QStringLiteral("name with 'quotes'=x"),
                                QStringLiteral("--emit"),
                                QStringLiteral("kubeflow"),
                                QStringLiteral("--image"),
                                QStringLiteral("registry.example/crucible:1.0"),
                                QStringLiteral("--nodes"),
                                QStringLiteral("3"),
                                QStringLiteral("--cpus"),
                                QStringLiteral("4"),
                                QStringLiteral("--memory"),
                                QStringLiteral("8Gi"),
                                QStringLiteral("--gpus"),
                                QStringLiteral("1"),
                                QStringLiteral("--job-name"),
                                QStringLiteral("fm-cnn")});
        QVERIFY2(emitted.exitCode == 0, qPrintable(emitted.err));
        QVERIFY(emitted.out.contains(QStringLiteral("kind: PyTorchJob")));
        QVERIFY(emitted.out.contains(QStringLiteral("replicas: 2"))); // workers besides the master
        const QString schema = QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/cluster/pytorchjob.schema.json");
        const QString validator = QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/cluster/validate_manifest.py");
        auto validate = [&](const QString& text) {
            const QString path = m_dir.filePath(QStringLiteral("job.yaml"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return QStringLiteral("cannot write %1").arg(path);
            file.write(text.toUtf8());
            file.close();
            QProcess check;
            check.start(python, {validator, schema, path});
            check.waitForFinished(60000);
            return check.exitCode() == 0
                ? QString()
                : QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
        };
        const QString problems = validate(emitted.out);
        QVERIFY2(problems.isEmpty(), qPrintable(problems + emitted.out));
        // The schema refuses what the operator would: no container named "pytorch".
        QString broken = emitted.out;
        broken.replace(QStringLiteral("- name: pytorch"), QStringLiteral("- name: trainer"));
        QVERIFY(validate(broken).contains(QStringLiteral("containers")));
        // The command the pods run is this one, with the shared workspace, quotes intact.
        QVERIFY2(emitted.out.contains(QStringLiteral("- 'name with ''quotes''=x'")), qPrintable(emitted.out));
        QVERIFY(emitted.out.contains(QStringLiteral("- 'postgresql://ml@db.example/team?objects=/shared/objects'")));

        const Outcome noImage = runCli(ws() << QStringLiteral("train") << QStringLiteral("-d") << QStringLiteral("x")
                                            << QStringLiteral("--emit") << QStringLiteral("kubeflow"));
        QCOMPARE(noImage.exitCode, 2);
        QVERIFY2(noImage.err.contains(QStringLiteral("--image")), qPrintable(noImage.err));
        const Outcome badName =
            runCli(ws() << QStringLiteral("train") << QStringLiteral("-d") << QStringLiteral("x")
                        << QStringLiteral("--emit") << QStringLiteral("kubeflow") << QStringLiteral("--image")
                        << QStringLiteral("i") << QStringLiteral("--job-name") << QStringLiteral("Bad_Name"));
        QCOMPARE(badName.exitCode, 2);
    }

    /// Two "hosts": network namespaces joined by a veth pair, each worker in its own, meeting at
    /// rank 0's veth address. Needs root (CI runs as root) and iproute2.
    void twoHostsTrainTogetherAcrossNetworkNamespaces()
    {
        if (::geteuid() != 0
            || QStandardPaths::findExecutable(QStringLiteral("ip"),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                   .isEmpty())
            QSKIP("needs root and iproute2 to make network namespaces");
        const QString id = QString::number(::getpid() % 100000);
        const QString a = QStringLiteral("crA") + id, b = QStringLiteral("crB") + id;
        const QString va = QStringLiteral("vcA") + id, vb = QStringLiteral("vcB") + id;
        auto ip = [](const QStringList& args) { return QProcess::execute(QStringLiteral("ip"), args); };
        if (ip({QStringLiteral("netns"), QStringLiteral("add"), a}) != 0)
            QSKIP("this machine does not let root make a network namespace (a container without CAP_SYS_ADMIN)");
        m_namespaces << a;
        QCOMPARE(ip({QStringLiteral("netns"), QStringLiteral("add"), b}), 0);
        m_namespaces << b;
        QCOMPARE(ip({QStringLiteral("link"), QStringLiteral("add"), va, QStringLiteral("type"), QStringLiteral("veth"),
                     QStringLiteral("peer"), QStringLiteral("name"), vb}),
                 0);
        QCOMPARE(ip({QStringLiteral("link"), QStringLiteral("set"), va, QStringLiteral("netns"), a}), 0);
        QCOMPARE(ip({QStringLiteral("link"), QStringLiteral("set"), vb, QStringLiteral("netns"), b}), 0);
        const QString subnet = QStringLiteral("10.%1.%2.").arg(200 + ::getpid() % 50).arg(::getpid() % 250);
        for (const auto& [ns, dev, host] : {std::tuple {a, va, 1}, std::tuple {b, vb, 2}}) {
            QCOMPARE(ip({QStringLiteral("-n"), ns, QStringLiteral("addr"), QStringLiteral("add"),
                         subnet + QString::number(host) + QStringLiteral("/24"), QStringLiteral("dev"), dev}),
                     0);
            QCOMPARE(ip({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), dev,
                         QStringLiteral("up")}),
                     0);
            QCOMPARE(ip({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                         QStringLiteral("up")}),
                     0);
        }
        const QString master = subnet + QStringLiteral("1");
        const QString trace = m_dir.filePath(QStringLiteral("netns-trace"));
        std::unique_ptr<QProcess> workers[2];
        for (int rank = 0; rank < 2; ++rank) {
            workers[rank] = std::make_unique<QProcess>();
            workers[rank]->start(
                QStringLiteral("ip"),
                QStringList {QStringLiteral("netns"), QStringLiteral("exec"), rank == 0 ? a : b, QStringLiteral("env"),
                             QStringLiteral("RANK=%1").arg(rank), QStringLiteral("WORLD_SIZE=2"),
                             QStringLiteral("MASTER_ADDR=") + master, QStringLiteral("MASTER_PORT=29533"),
                             QStringLiteral("CRUCIBLE_DDP_TRACE=") + trace, QStringLiteral(CRUCIBLE_CLI)}
                    << ws()
                    << QStringList {QStringLiteral("train"), QStringLiteral("-d"), QStringLiteral("two-moons"),
                                    QStringLiteral("-m"), QStringLiteral("mlp:16"), QStringLiteral("-e"),
                                    QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1"),
                                    QStringLiteral("--set"), QStringLiteral("dist_timeout=30")});
        }
        for (auto& worker : workers)
            QVERIFY(worker->waitForFinished(90000));
        const QString out = QString::fromUtf8(workers[0]->readAllStandardOutput());
        QVERIFY2(workers[0]->exitCode() == 0 && workers[1]->exitCode() == 0,
                 qPrintable(
                     out + QString::fromUtf8(workers[0]->readAllStandardError() + workers[1]->readAllStandardError())));
        QVERIFY(workers[1]->readAllStandardOutput().isEmpty()); // rank 1 prints nothing
        const QJsonObject run = showRun(runIdIn(out));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        const QString hosts =
            run.value(QStringLiteral("environment")).toObject().value(QStringLiteral("hosts")).toString();
        QVERIFY2(hosts.contains(QStringLiteral("(%1)").arg(master))
                     && hosts.contains(QStringLiteral("(") + subnet + QStringLiteral("2)")),
                 qPrintable(hosts));
        // Two network namespaces are two hosts: no shared memory, Gloo over the veth pair, and the
        // same parameters on both after every step.
        QCOMPARE(
            run.value(QStringLiteral("params")).toObject().value(QStringLiteral("distributed.allreduce")).toString(),
            QStringLiteral("gloo"));
        const QString rank0 = readAll(trace + QStringLiteral(".rank0"));
        QVERIFY(!rank0.isEmpty());
        QCOMPARE(readAll(trace + QStringLiteral(".rank1")), rank0);
    }
};

QTEST_GUILESS_MAIN(TestDistributed)
#include "tst_distributed.moc"
