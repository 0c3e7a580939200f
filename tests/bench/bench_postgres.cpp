// Metric writing into a workspace on PostgreSQL (#19): one writer, then 4 writer processes at once,
// each logging 4 series as a training loop does, into a private PostgreSQL 15 server on loopback;
// the same into a local SQLite workspace beside it. Prints points/s per writer and in all.
// The goal is 1 million points/s per writer; with 4 writers and the server sharing this machine's
// cores, the figure reached is printed with the cores it had. Set CRUCIBLE_BENCH_POINTS to change
// the 2,000,000 points per writer.
//   bench_postgres                       the benchmark
//   bench_postgres write WORKSPACE N     one writer process: logs N points, prints its seconds
#include "../support/PostgresServer.h"
#include "../support/Require.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <vector>

using namespace crucible;

namespace {

/// Logs `points` points in 4 series into a new run of `where`; returns seconds from the first
/// point to all of them committed.
double writePoints(const QString& where, qint64 points)
{
    auto workspace = REQUIRE_OK(Workspace::open(where));
    NewRun spec;
    spec.name = QStringLiteral("bench");
    const QString runId = REQUIRE_OK(RunStore(*workspace).createRun(spec));
    const QStringList keys {QStringLiteral("loss"), QStringLiteral("accuracy"), QStringLiteral("lr"),
                            QStringLiteral("samples_per_s")};
    auto writer = REQUIRE_OK(MetricWriter::open(*workspace, runId));
    QElapsedTimer timer;
    timer.start();
    const qint64 steps = points / keys.size();
    for (qint64 step = 0; step < steps; ++step) {
        for (qsizetype k = 0; k < keys.size(); ++k)
            writer->log(keys[k], step, std::sin(double(step) * 0.001) + double(k), double(step / 1000),
                        1.8e9 + double(step) * 0.001);
    }
    REQUIRE_OK(writer->close());
    return double(timer.nsecsElapsed()) / 1e9;
}

/// Starts `count` writer processes at once; returns each one's seconds.
std::vector<double> writeInProcesses(const QString& where, int count, qint64 points)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < count; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("write"), where, QString::number(points)});
        processes.push_back(std::move(process));
    }
    std::vector<double> seconds;
    for (auto& process : processes) {
        if (!process->waitForFinished(600000) || process->exitCode() != 0) {
            std::fprintf(stderr, "a writer failed: %s\n", process->readAllStandardError().constData());
            std::exit(1);
        }
        seconds.push_back(process->readAllStandardOutput().trimmed().toDouble());
    }
    return seconds;
}

void report(const char* what, const std::vector<double>& seconds, qint64 points)
{
    double slowest = 0;
    std::printf("%-34s", what);
    for (double s : seconds) {
        std::printf(" %6.2f M/s", double(points) / s / 1e6);
        slowest = std::max(slowest, s);
    }
    std::printf("   all together %.2f M points/s\n", double(points) * double(seconds.size()) / slowest / 1e6);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "write") {
        std::printf("%.6f\n", writePoints(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong()));
        return 0;
    }
    bool ok = false;
    qint64 points = qEnvironmentVariableIntValue("CRUCIBLE_BENCH_POINTS", &ok);
    if (!ok || points <= 0)
        points = 2000000;

    QTemporaryDir dir;
    test::PostgresServer server;
    if (!server.waitUntilReady() || !server.createDatabase(QStringLiteral("bench"))) {
        std::fprintf(stderr, "%s\n", qPrintable(server.problem()));
        return 1;
    }
    const QString url = server.url(QStringLiteral("bench"), dir.filePath(QStringLiteral("shared")));
    const QString folder = dir.filePath(QStringLiteral("local"));
    REQUIRE_OK(Workspace::open(url)); // made, and migrated, before the writers start
    REQUIRE_OK(Workspace::open(folder));
    QProcess version;
    version.start(server.bin() + QStringLiteral("/postgres"), {QStringLiteral("--version")});
    version.waitForFinished(10000);
    std::printf("%s points per writer, 4 series; %d cores; %s\n", qPrintable(QLocale::c().toString(points)),
                QThread::idealThreadCount(), version.readAllStandardOutput().trimmed().constData());

    writePoints(url, points / 10); // warm-up
    const double onePg = writePoints(url, points);
    const double oneSqlite = writePoints(folder, points);
    report("1 writer, PostgreSQL", {onePg}, points);
    report("1 writer, SQLite (local)", {oneSqlite}, points);
    const std::vector<double> fourPg = writeInProcesses(url, 4, points);
    report("4 writer processes, PostgreSQL", fourPg, points);

    const double rate = double(points) / onePg;
    double slowest = 0;
    for (double s : fourPg)
        slowest = std::max(slowest, s);
    const double perWriterOfFour = double(points) / slowest;
    std::printf("goal: 1 writer at >= 1.00 M points/s into PostgreSQL: %.2f M (%s)\n", rate / 1e6,
                rate >= 1e6 ? "met" : "MISSED");
    std::printf("4 writers at 1 M points/s each: %.2f M each, the slowest (%s; the 4 writers and the server "
                "share %d cores)\n",
                perWriterOfFour / 1e6, perWriterOfFour >= 1e6 ? "met" : "not reached", QThread::idealThreadCount());
    return rate >= 1e6 ? 0 : 1;
}
