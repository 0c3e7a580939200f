// The sweep runner on a real workspace with cheap objectives (no training): trials at once never
// exceed --parallel and share the cores; a time budget ends the sweep; the pruner's stops are
// recorded with their epoch; a trial that throws fails alone; every trial is recorded as it changes.
#include "../support/SweepFiles.h"
#include "engine/data/DatasetStore.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/Workspace.h"
#include "engine/sweep/Study.h"
#include "engine/sweep/SweepRunner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace crucible;

namespace {

class Quiet : public SweepObserver { };

} // namespace

class TestSweepRunner : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(opened);
        m_workspace = std::move(opened.value());
        QVERIFY(DatasetStore(*m_workspace).importSample(QStringLiteral("iris"))); // a sweep names data that exists
    }

    void aSweepOnDataThatIsNotThereIsRefused()
    {
        Result<SweepSpec> spec =
            SweepSpec::parse("name: nodata\ndataset: nosuch\nspace: {lr: [0.1]}\n", QStringLiteral("s"));
        QVERIFY(spec);
        Result<SweepRecord> created = createSweep(*m_workspace, spec.value());
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::NotFound);
    }

    void aSweepWhoseEveryTrialFailsFails()
    {
        const SweepSpec spec = test::parsedSweep("name: failing\ndataset: iris\nstrategy: random\nbudget: {trials: 3}\n"
                                                 "space: {lr: {float: [0.001, 1]}}\n");
        QVERIFY(createSweep(*m_workspace, spec));
        SweepRunOptions options;
        options.evaluator = [](const Trial&, const QStringList&, int, TrialContext&) {
            TrialResult result;
            result.state = TrialState::Failed;
            result.error = QStringLiteral("the data has no validation split");
            return result;
        };
        Quiet observer;
        Result<SweepRunResult> ran = runSweep(*m_workspace, QStringLiteral("failing"), options, observer);
        QVERIFY(ran);
        QCOMPARE(ran->status, QStringLiteral("failed"));
        QVERIFY2(ran->sweep.message.contains(
                     QLatin1String("every trial failed; trial #0: the data has no validation split")),
                 qPrintable(ran->sweep.message));
        // A finished or failed sweep is not run again by accident.
        const Result<SweepRecord> parent = SweepStore(*m_workspace).sweep(QStringLiteral("failing"));
        QCOMPARE(parent->status, QStringLiteral("failed"));
    }

    void parallelTrialsShareTheCores()
    {
        const SweepSpec spec =
            test::parsedSweep("name: parallel\ndataset: iris\nstrategy: random\nbudget: {trials: 12}\n"
                              "space: {lr: {float: [0.001, 1]}}\n");
        QVERIFY(createSweep(*m_workspace, spec));
        std::atomic<int> running {0};
        std::atomic<int> most {0};
        std::atomic<int> threadsSeen {0};
        SweepRunOptions options;
        options.parallel = 3;
        options.threads = 7;
        options.evaluator = [&](const Trial& trial, const QStringList& recipe, int threads, TrialContext&) {
            const int now = ++running;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) { }
            threadsSeen = threads;
            std::this_thread::sleep_for(std::chrono::milliseconds(40));
            --running;
            Q_UNUSED(recipe);
            TrialResult result;
            result.state = TrialState::Complete;
            result.value = trial.params.value(QStringLiteral("lr")).toDouble();
            return result;
        };
        Quiet observer;
        Result<SweepRunResult> ran = runSweep(*m_workspace, QStringLiteral("parallel"), options, observer);
        QVERIFY(ran);
        QCOMPARE(ran->status, QStringLiteral("finished"));
        QCOMPARE(int(ran->sweep.trials.size()), 12);
        QCOMPARE(most.load(), 3); // three at once, never more
        QCOMPARE(threadsSeen.load(), 2); // 7 cores / 3 trials
        QVERIFY(ran->sweep.message.contains(QLatin1String("budget of 12 trials spent")));
        // The sweep's own run ended finished, with the best value after each trial.
        Result<RunRecord> parent = RunCatalog(*m_workspace).run(ran->sweep.parentRunId);
        QVERIFY(parent);
        QCOMPARE(parent->status, RunStatus::Finished);
        QCOMPARE(parent->metrics.value(QStringLiteral("best_val_loss")).count, qint64(12));
        const Study study(spec, ran->sweep.trials);
        QCOMPARE(parent->metrics.value(QStringLiteral("best_val_loss")).last, study.best()->value);
        // Its budget is spent: taking it over again is refused with what to do instead.
        Result<SweepRecord> again = SweepStore(*m_workspace).claim(QStringLiteral("parallel"));
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QLatin1String("has finished")));
    }

    void aTimeBudgetEndsTheSweep()
    {
        const SweepSpec spec =
            test::parsedSweep("name: timed\ndataset: iris\nstrategy: random\nbudget: {trials: 1000, minutes: 0.005}\n"
                              "space: {lr: {float: [0.001, 1]}}\n");
        QVERIFY(createSweep(*m_workspace, spec));
        SweepRunOptions options;
        options.evaluator = [](const Trial&, const QStringList&, int, TrialContext&) {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            TrialResult result;
            result.state = TrialState::Complete;
            result.value = 1;
            return result;
        };
        Quiet observer;
        QElapsedTimer clock;
        clock.start();
        Result<SweepRunResult> ran = runSweep(*m_workspace, QStringLiteral("timed"), options, observer);
        QVERIFY(ran);
        QCOMPARE(ran->status, QStringLiteral("finished"));
        QVERIFY2(ran->sweep.message.contains(QLatin1String("time budget")), qPrintable(ran->sweep.message));
        QVERIFY(ran->sweep.trials.size() >= 3 && ran->sweep.trials.size() < 100);
        QVERIFY(clock.elapsed() < 5000);
    }

    void prunedAndFailedTrialsAreRecorded()
    {
        const SweepSpec spec =
            test::parsedSweep("name: pruned\ndataset: iris\nstrategy: random\nseed: 3\nbudget: {trials: 16}\n"
                              "recipe: {epochs: 6}\n"
                              "pruner: {kind: median, warmup_epochs: 1, min_trials: 2}\n"
                              "space: {lr: {float: [0, 1]}}\n");
        QVERIFY(createSweep(*m_workspace, spec));
        SweepRunOptions options;
        options.evaluator = [](const Trial& trial, const QStringList&, int, TrialContext& context) {
            if (trial.number == 5)
                throw std::runtime_error("out of cheese");
            const double lr = trial.params.value(QStringLiteral("lr")).toDouble();
            TrialResult result;
            for (int epoch = 1; epoch <= 6; ++epoch) {
                if (context.report(epoch, lr * (1.0 + 1.0 / epoch))) {
                    result.state = TrialState::Stopped; // as a training run stopped after its step
                    return result;
                }
            }
            result.state = TrialState::Complete;
            result.value = lr * (1.0 + 1.0 / 6);
            return result;
        };
        Quiet observer;
        Result<SweepRunResult> ran = runSweep(*m_workspace, QStringLiteral("pruned"), options, observer);
        QVERIFY(ran);
        // What the store holds, read again.
        Result<SweepRecord> stored = SweepStore(*m_workspace).sweep(QStringLiteral("pruned"));
        QVERIFY(stored);
        QCOMPARE(int(stored->trials.size()), 16);
        int pruned = 0;
        for (const Trial& trial : stored->trials) {
            if (trial.number == 5) {
                QCOMPARE(trial.state, TrialState::Failed);
                QVERIFY(trial.error.contains(QLatin1String("out of cheese")));
                continue;
            }
            if (trial.state == TrialState::Pruned) {
                ++pruned;
                QVERIFY(trial.prunedEpoch >= 2 && trial.prunedEpoch < 6);
                QCOMPARE(trial.intermediate.lastKey(), trial.prunedEpoch);
            } else {
                QCOMPARE(trial.state, TrialState::Complete);
                QCOMPARE(trial.intermediate.size(), 6);
            }
        }
        QVERIFY2(pruned >= 4, qPrintable(QString::number(pruned)));
    }

    void aSecondRunnerIsRefusedAndAStopRequestStops()
    {
        const SweepSpec spec =
            test::parsedSweep("name: stoppable\ndataset: iris\nstrategy: random\nbudget: {trials: 500}\n"
                              "space: {lr: {float: [0, 1]}}\n");
        QVERIFY(createSweep(*m_workspace, spec));
        std::atomic<int> started {0};
        SweepRunOptions options;
        options.evaluator = [&](const Trial&, const QStringList&, int, TrialContext& context) {
            ++started;
            TrialResult result;
            for (int i = 0; i < 200 && !context.shouldStop(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            result.state = context.shouldStop() ? TrialState::Stopped : TrialState::Complete;
            result.value = 1;
            return result;
        };
        Quiet observer;
        std::optional<Result<SweepRunResult>> ran;
        std::thread runner(
            [&] { ran.emplace(runSweep(*m_workspace, QStringLiteral("stoppable"), options, observer)); });
        QVERIFY(QTest::qWaitFor([&] { return started.load() > 0; }, 5000));
        // This process runs it: a second claim is refused (as another process would be).
        Result<SweepRecord> second = SweepStore(*m_workspace).claim(QStringLiteral("stoppable"));
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Busy);
        QVERIFY(SweepStore(*m_workspace).requestStop(QStringLiteral("stoppable")));
        runner.join();
        QVERIFY(ran && ran->isOk());
        QCOMPARE(ran->value().status, QStringLiteral("stopped"));
        QCOMPARE(ran->value().sweep.trials.back().state, TrialState::Stopped);
        // Resumed: the stopped trial runs again with the values it had.
        const QJsonObject params = ran->value().sweep.trials.back().params;
        const int number = ran->value().sweep.trials.back().number;
        Result<SweepRecord> claimed = SweepStore(*m_workspace).claim(QStringLiteral("stoppable"));
        QVERIFY(claimed);
        QCOMPARE(claimed->trials.back().state, TrialState::Queued);
        QCOMPARE(claimed->trials.back().number, number);
        QCOMPARE(claimed->trials.back().params, params);
        QVERIFY(SweepStore(*m_workspace).finish(claimed->id, QStringLiteral("stopped"), QString()));
    }
};

QTEST_GUILESS_MAIN(TestSweepRunner)
#include "tst_sweeprunner.moc"
