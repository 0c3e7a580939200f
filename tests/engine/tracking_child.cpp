// A helper process for the tracking tests (not a test itself):
//   tracking_child write WORKSPACE   records a run and logs "loss" (step i, value i * 0.25) until
//                                    killed, printing "run ID" once and "committed N" after each commit;
//   tracking_child lock WORKSPACE    holds the workspace's write lock, prints "locked", waits for stdin to close;
//   tracking_child demo WORKSPACE    fills the workspace with a few finished runs (for screenshots).
#include "../support/Require.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <thread>

using namespace crucible;

namespace {

int fail(const QString& text)
{
    std::fprintf(stderr, "tracking_child: %s\n", qPrintable(text));
    return 1;
}

int writeUntilKilled(const Workspace& workspace)
{
    RunStore store(workspace);
    NewRun spec;
    spec.name = QStringLiteral("killed-while-logging");
    spec.config = QJsonObject {{QStringLiteral("lr"), 0.01}};
    const auto id = store.createRun(spec);
    if (!id)
        return fail(id.error().text());
    if (const Status started = store.start(id.value()); !started)
        return fail(started.error().text());
    MetricWriter::Options options;
    options.flushIntervalMs = 5;
    options.onCommit = [](qint64 total) {
        std::printf("committed %lld\n", static_cast<long long>(total));
        std::fflush(stdout);
    };
    auto writer = MetricWriter::open(workspace, id.value(), options);
    if (!writer)
        return fail(writer.error().text());
    std::printf("run %s\n", qPrintable(id.value()));
    std::fflush(stdout);
    for (qint64 step = 0;; ++step) {
        writer.value()->log(QStringLiteral("loss"), step, double(step) * 0.25, double(step / 1000),
                            1.0e9 + double(step));
        if (step % 2000 == 1999)
            std::this_thread::sleep_for(std::chrono::milliseconds(1)); // a training step's worth of work
    }
}

int holdLock(const Workspace& workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("cannot lock"));
    std::printf("locked\n");
    std::fflush(stdout);
    QTextStream in(stdin);
    in.readAll(); // until the test closes our stdin
    query.exec(QStringLiteral("ROLLBACK"));
    return 0;
}

int fillDemo(const Workspace& workspace)
{
    RunStore store(workspace);
    const QStringList optimizers {QStringLiteral("adam"), QStringLiteral("sgd"), QStringLiteral("adamw")};
    for (int i = 0; i < 9; ++i) {
        NewRun spec;
        spec.experiment = i < 6 ? QStringLiteral("fashion-mnist") : QStringLiteral("baseline");
        spec.name = QStringLiteral("%1-%2").arg(i < 6 ? QStringLiteral("mlp") : QStringLiteral("cnn")).arg(i + 1);
        spec.seed = 42 + i;
        spec.datasetName = QStringLiteral("fashion-mnist");
        spec.datasetHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        spec.config =
            QJsonObject {{QStringLiteral("model"), i < 6 ? QStringLiteral("mlp:256") : QStringLiteral("cnn:32,64")},
                         {QStringLiteral("optimizer"), optimizers[i % 3]},
                         {QStringLiteral("lr"), 0.001 * (1 + i % 4)},
                         {QStringLiteral("batch_size"), 128},
                         {QStringLiteral("epochs"), 3 + i % 3}};
        spec.tags = i % 2 ? QStringList {QStringLiteral("sweep")}
                          : QStringList {QStringLiteral("baseline"), QStringLiteral("keep")};
        const auto id = store.createRun(spec);
        if (!id)
            return fail(id.error().text());
        REQUIRE_OK(store.start(id.value()));
        auto writer = MetricWriter::open(workspace, id.value());
        if (!writer)
            return fail(writer.error().text());
        const int steps = 1500 + 300 * i;
        for (int step = 0; step < steps; ++step) {
            const double loss = 2.3 * std::exp(-step / (400.0 + 50 * i)) + 0.05 * std::sin(step * 0.3);
            writer.value()->log(QStringLiteral("loss"), step, loss, step / 500);
            if (step % 500 == 499) {
                const double epoch = step / 500;
                writer.value()->log(QStringLiteral("val_loss"), step, loss + 0.08, epoch);
                writer.value()->log(QStringLiteral("val_accuracy"), step, 0.7 + 0.03 * epoch + 0.01 * (i % 5), epoch);
            }
        }
        REQUIRE_OK(writer.value()->close());
        if (i == 4)
            REQUIRE_OK(store.fail(id.value(), QStringLiteral("CUDA out of memory")));
        else if (i == 7)
            REQUIRE_OK(store.stop(id.value()));
        else if (i == 8)
            ; // still running: the process ends, so the next open marks it interrupted
        else
            REQUIRE_OK(store.finish(id.value()));
        if (i == 0)
            REQUIRE_OK(store.setNotes(id.value(), QStringLiteral("Baseline for the sweep; data version checked.")));
    }
    std::printf("demo\n");
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: tracking_child write|lock|demo WORKSPACE"));
    auto workspace = Workspace::open(args[2]);
    if (!workspace)
        return fail(workspace.error().text());
    if (args[1] == QLatin1String("write"))
        return writeUntilKilled(*workspace.value());
    if (args[1] == QLatin1String("lock"))
        return holdLock(*workspace.value());
    if (args[1] == QLatin1String("demo"))
        return fillDemo(*workspace.value());
    return fail(QStringLiteral("unknown mode ") + args[1]);
}
