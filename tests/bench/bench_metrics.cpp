// Metric tracking speed, side by side with Python's sqlite3 on the same points (see
// ../shared/BENCHMARKS.md). Prints ours, the peer's and the ratio for: sustained writing, a
// training loop with logging on and off, a 100,000-step series read into 1,000 buckets, and
// opening 200 runs x 100,000 steps for a comparison chart. Set CRUCIBLE_BENCH_RUNS to change 200.
#include "../support/Require.h"
#include "engine/store/MetricReader.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace crucible;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double runPeer(const QStringList& arguments)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 QStringList {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/bench/metrics_peer.py")} + arguments);
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        std::fprintf(stderr, "peer failed: %s\n", python.readAllStandardError().constData());
        std::exit(1);
    }
    return python.readAllStandardOutput().trimmed().toDouble();
}

QString newRun(const Workspace& workspace, const QString& name)
{
    NewRun spec;
    spec.name = name;
    return RunStore(workspace).createRun(spec).value();
}

/// Logs steps x keys points as a training thread would, then closes; returns seconds.
double writeSeries(const Workspace& workspace, const QString& runId, int steps, int keys)
{
    QStringList names;
    for (int k = 0; k < keys; ++k)
        names << QStringLiteral("metric%1").arg(k);
    QElapsedTimer timer;
    timer.start();
    auto writer = MetricWriter::open(workspace, runId);
    for (int step = 0; step < steps; ++step) {
        for (int k = 0; k < keys; ++k)
            writer.value()->log(names[k], step, std::sin(step * 0.001) + k, double(step / 1000), 1.7e9 + step * 0.001);
    }
    if (!writer.value()->close()) {
        std::fprintf(stderr, "writing failed\n");
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

/// About a millisecond of arithmetic, standing in for a small model's training step.
double trainingStep(std::vector<float>& weights, int step)
{
    double loss = 0;
    for (int pass = 0; pass < 24; ++pass) {
        for (size_t i = 0; i < weights.size(); ++i) {
            weights[i] = weights[i] * 0.9999f + 0.0001f * float((i + size_t(step)) % 7);
            loss += weights[i] * weights[i];
        }
    }
    return loss / double(weights.size());
}

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// Runs `steps` training steps; returns wall seconds, and the training thread's CPU seconds in `cpu`.
double trainingLoop(const Workspace& workspace, bool logging, int steps, double* cpu = nullptr)
{
    std::vector<float> weights(16384, 0.5f);
    std::unique_ptr<MetricWriter> writer;
    if (logging)
        writer = std::move(MetricWriter::open(workspace, newRun(workspace, QStringLiteral("loop"))).value());
    const QString loss = QStringLiteral("loss");
    const QString lr = QStringLiteral("lr");
    const QString speed = QStringLiteral("samples_per_s");
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    double sink = 0;
    for (int step = 0; step < steps; ++step) {
        const double value = trainingStep(weights, step);
        sink += value;
        if (writer) {
            writer->log(loss, step, value);
            writer->log(lr, step, 0.001);
            writer->log(speed, step, 70000.0);
        }
    }
    if (writer)
        REQUIRE_OK(writer->close());
    if (cpu)
        *cpu = threadCpuSeconds() - cpuStart;
    if (sink < 0)
        std::printf("%f", sink);
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.filePath(QStringLiteral("ws")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 1;
    }
    const Workspace& workspace = *opened.value();
    const QString peerDb = dir.filePath(QStringLiteral("peer.db"));

    // 1. Sustained writing: 500,000 steps x 4 keys = 2,000,000 points per trial.
    const int steps = 500000;
    const int keys = 4;
    const double points = double(steps) * keys;
    writeSeries(workspace, newRun(workspace, QStringLiteral("warm-up")), 50000, keys);
    std::vector<double> ours;
    std::vector<double> peer;
    for (int trial = 0; trial < 3; ++trial) {
        ours.push_back(writeSeries(workspace, newRun(workspace, QStringLiteral("write")), steps, keys));
        peer.push_back(runPeer({QStringLiteral("write"), peerDb, QStringLiteral("run%1").arg(trial),
                                QString::number(steps), QString::number(keys)}));
    }
    const double oursRate = points / median(ours);
    const double peerRate = points / median(peer);
    std::printf("metric writing (%.0f points, median of 3): crucible %.2f M points/s, python sqlite3 executemany "
                "%.2f M points/s, ratio %.1fx\n",
                points, oursRate / 1e6, peerRate / 1e6, oursRate / peerRate);

    // 2. A training loop of ~1 ms steps logging 3 metrics per step, with and without logging, in
    // interleaved pairs so the machine's drift cancels out; the median of the pairs' ratios.
    const int loopSteps = 1000;
    trainingLoop(workspace, false, 300);
    std::vector<double> wallRatios;
    std::vector<double> cpuRatios;
    std::vector<double> stepTimes;
    for (int pair = 0; pair < 15; ++pair) {
        double cpuOff = 0;
        double cpuOn = 0;
        const double off = trainingLoop(workspace, false, loopSteps, &cpuOff);
        const double on = trainingLoop(workspace, true, loopSteps, &cpuOn);
        wallRatios.push_back(on / off);
        cpuRatios.push_back(cpuOn / cpuOff);
        stepTimes.push_back(off / loopSteps * 1000);
    }
    std::printf("training loop (%d steps of %.2f ms, 3 metrics per step, median of 15 interleaved pairs): "
                "slowdown with logging %.2f%% wall time, %.2f%% of the training thread's CPU time\n",
                loopSteps, median(stepTimes), (median(wallRatios) - 1) * 100, (median(cpuRatios) - 1) * 100);

    // The cost of one log() call on the training thread, which is what the loop pays.
    {
        auto writer = MetricWriter::open(workspace, newRun(workspace, QStringLiteral("calls")));
        const QString key = QStringLiteral("loss");
        std::vector<double> perCall;
        for (int trial = 0; trial < 5; ++trial) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 200000; ++i)
                writer.value()->log(key, trial * 200000 + i, 0.5, 0, 1.7e9);
            perCall.push_back(double(timer.nsecsElapsed()) / 200000);
        }
        REQUIRE_OK(writer.value()->close());
        std::printf("log() on the training thread: %.0f ns per call (median of 5 x 200,000), so 3 metrics per 1 ms "
                    "step cost %.3f%%\n",
                    median(perCall), 3 * median(perCall) / 1e6 * 100);
    }

    // 3. One 100,000-step series into 1,000 buckets.
    const QString readRun = newRun(workspace, QStringLiteral("read"));
    writeSeries(workspace, readRun, 100000, 1);
    runPeer(
        {QStringLiteral("write"), peerDb, QStringLiteral("readrun"), QStringLiteral("100000"), QStringLiteral("1")});
    MetricReader reader(workspace);
    std::vector<double> reads;
    for (int trial = 0; trial < 51; ++trial) {
        QElapsedTimer timer;
        timer.start();
        const auto buckets = reader.buckets(readRun, QStringLiteral("metric0"), 1000);
        reads.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!buckets || buckets->size() != 1000) {
            std::fprintf(stderr, "bucketed read failed\n");
            return 1;
        }
    }
    reads.erase(reads.begin());
    const double peerRead = runPeer({QStringLiteral("read"), peerDb, QStringLiteral("readrun"),
                                     QStringLiteral("metric0"), QStringLiteral("1000")})
        * 1000;
    std::printf("bucketed read (100,000 steps into 1,000 buckets, median of 50): crucible %.2f ms, python sqlite3 "
                "GROUP BY on an indexed table %.2f ms, ratio %.1fx\n",
                median(reads), peerRead, peerRead / median(reads));

    // 4. A comparison chart: N runs x 100,000 steps, each read into 1,000 buckets.
    bool ok = false;
    int runCount = qEnvironmentVariableIntValue("CRUCIBLE_BENCH_RUNS", &ok);
    if (!ok || runCount <= 0)
        runCount = 200;
    QStringList ids;
    QElapsedTimer fill;
    fill.start();
    for (int i = 0; i < runCount; ++i) {
        ids << newRun(workspace, QStringLiteral("compare-%1").arg(i));
        writeSeries(workspace, ids.back(), 100000, 1);
    }
    const double fillSeconds = double(fill.nsecsElapsed()) / 1e9;
    std::vector<double> opens;
    for (int trial = 0; trial < 3; ++trial) {
        QElapsedTimer timer;
        timer.start();
        MetricReader comparison(workspace);
        qint64 buckets = 0;
        for (const QString& id : std::as_const(ids))
            buckets += qint64(comparison.buckets(id, QStringLiteral("metric0"), 1000)->size());
        opens.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (buckets != qint64(runCount) * 1000) {
            std::fprintf(stderr, "comparison read failed\n");
            return 1;
        }
    }
    std::printf("comparison (%d runs x 100,000 steps, 1,000 buckets each, median of 3): %.0f ms to open; writing "
                "them took %.1f s (%.2f M points/s)\n",
                runCount, median(opens), fillSeconds, double(runCount) * 1e5 / fillSeconds / 1e6);
    return 0;
}
