// BackgroundTask and TaskManager: work off the GUI thread, completion back on it, progress,
// cancel, and a receiver that goes away before the work ends.
#include "engine/core/BackgroundTask.h"
#include "engine/core/Parallel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <set>
#include <stdexcept>

using namespace crucible;

namespace {

/// Stands for what a task's work captures (a workspace): notes where its copies are destroyed.
struct Tracer {
    struct Log {
        std::atomic<int> destroyed {0};
        std::atomic<bool> destroyedOffTheGuiThread {false};
    };
    std::shared_ptr<Log> log;
    explicit Tracer(std::shared_ptr<Log> shared) : log(std::move(shared)) { }
    Tracer(const Tracer&) = default;
    ~Tracer()
    {
        ++log->destroyed;
        if (QThread::currentThread() != QCoreApplication::instance()->thread())
            log->destroyedOffTheGuiThread = true;
    }
};

} // namespace

class TestBackgroundTask : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parallelLoopsKeepOrderUseTheCoresAndPassOnAFailure()
    {
        // Every item once, the results in the items' order, however the threads take them.
        QList<int> items;
        for (int i = 0; i < 1000; ++i)
            items << i;
        std::mutex seenMutex;
        std::set<std::thread::id> threads;
        const QList<qint64> squares = parallel::mapped(items, [&](int i) {
            const std::lock_guard lock(seenMutex);
            threads.insert(std::this_thread::get_id());
            return qint64(i) * i;
        });
        QCOMPARE(squares.size(), 1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(squares[i], qint64(i) * i);
        QVERIFY(threads.size() <= size_t(std::max(1, QThread::idealThreadCount())));
        QVERIFY(parallel::mapped(QList<int>(), [](int i) { return i; }).isEmpty());

        // A failing item ends the loop: the caller gets the exception, and the items not yet
        // taken are skipped (each takes 20 µs: all of them would take a second or more).
        std::atomic<bool> failed {false};
        std::atomic<int> startedAfter {0};
        bool thrown = false;
        try {
            parallel::forEachIndex(100000, [&](qsizetype i) {
                if (failed.load())
                    ++startedAfter;
                if (i == 10) {
                    failed = true;
                    throw std::runtime_error("item 10 is bad");
                }
                QThread::usleep(20);
            });
        } catch (const std::runtime_error& error) {
            thrown = QString::fromUtf8(error.what()) == QLatin1String("item 10 is bad");
        }
        QVERIFY(thrown);
        QVERIFY2(startedAfter.load() < 100, qPrintable(QString::number(startedAfter.load())));
    }

    void runsOffTheGuiThreadAndCompletesOnIt()
    {
        QThread* workedOn = nullptr;
        QThread* doneOn = nullptr;
        int result = 0;
        QObject receiver;
        TaskManager& manager = TaskManager::instance();
        QSignalSpy started(&manager, &TaskManager::taskStarted);
        BackgroundTask* task = manager.start(
            QStringLiteral("Adding up"), &receiver,
            [&workedOn](TaskContext&) {
                workedOn = QThread::currentThread();
                int sum = 0;
                for (int i = 1; i <= 100; ++i)
                    sum += i;
                return sum;
            },
            [&](int sum) {
                doneOn = QThread::currentThread();
                result = sum;
            });
        QCOMPARE(started.size(), 1);
        QCOMPARE(task->description(), QStringLiteral("Adding up"));
        QVERIFY(manager.tasks().contains(task));
        QPointer<BackgroundTask> watched(task);
        QTRY_COMPARE(result, 5050);
        QVERIFY(workedOn != nullptr);
        QVERIFY(workedOn != QThread::currentThread());
        QCOMPARE(doneOn, QThread::currentThread());
        QVERIFY(manager.waitForIdle(5000));
        QVERIFY(manager.tasks().isEmpty());
        QTRY_VERIFY(watched.isNull()); // it deletes itself once done
    }

    void reportsProgressWithoutFloodingTheGuiThread()
    {
        TaskManager& manager = TaskManager::instance();
        // The work waits until the test has looked: a fast worker could otherwise have reported
        // everything before the first check (a flaky failure seen in CI).
        auto go = std::make_shared<std::atomic<bool>>(false);
        BackgroundTask* task = manager.start(
            QStringLiteral("Counting"), nullptr,
            [go](TaskContext& context) {
                while (!go->load())
                    QThread::msleep(1);
                for (int i = 0; i <= 100000; ++i)
                    context.setProgress(double(i) / 100000.0);
                return true;
            },
            [](bool) {});
        QCOMPARE(task->progress(), -1.0); // nothing reported yet: an indeterminate bar
        QSignalSpy progress(task, &BackgroundTask::progressChanged);
        go->store(true);
        QVERIFY(manager.waitForIdle(10000));
        QVERIFY(!progress.isEmpty());
        QVERIFY2(progress.size() < 1000, qPrintable(QString::number(progress.size()))); // not 100,001 signals
        QCOMPARE(progress.last().first().toDouble(), 1.0);
    }

    void cancelReachesTheWorkAndTheCompletionStillRuns()
    {
        TaskManager& manager = TaskManager::instance();
        std::atomic<bool> running {false};
        bool sawCancel = false;
        bool completed = false;
        QObject receiver;
        BackgroundTask* task = manager.start(
            QStringLiteral("Waiting to be cancelled"), &receiver,
            [&running](TaskContext& context) {
                running = true;
                const auto report = context.progressCallback();
                while (report(0.5, QStringLiteral("waiting")))
                    QThread::msleep(1);
                return context.isCancelled();
            },
            [&](bool cancelled) {
                sawCancel = cancelled;
                completed = true;
            });
        QVERIFY(task->isCancellable());
        QTRY_VERIFY(running.load());
        task->cancel();
        QVERIFY(task->isCancelled());
        QVERIFY(manager.waitForIdle(5000));
        QVERIFY(completed);
        QVERIFY(sawCancel);
    }

    void cancelAllSkipsWorkThatMustFinish()
    {
        TaskManager& manager = TaskManager::instance();
        std::atomic<bool> release {false};
        bool finished = false;
        BackgroundTask* task = manager.start(
            QStringLiteral("Registering"), nullptr,
            [&release](TaskContext& context) {
                while (!release.load())
                    QThread::msleep(1);
                return !context.isCancelled();
            },
            [&finished](bool notCancelled) { finished = notCancelled; }, TaskManager::Options {.cancellable = false});
        manager.cancelAll();
        task->cancel();
        QVERIFY(!task->isCancelled());
        release = true;
        QVERIFY(manager.waitForIdle(5000));
        QVERIFY(finished);
    }

    void aReceiverThatIsGoneGetsNoCompletionAndTheWorkIsReleasedOnTheGuiThread()
    {
        TaskManager& manager = TaskManager::instance();
        auto log = std::make_shared<Tracer::Log>();
        std::atomic<bool> release {false};
        bool completed = false;
        auto receiver = std::make_unique<QObject>();
        manager.start(
            QStringLiteral("Outliving its page"), receiver.get(),
            [tracer = Tracer(log), &release](TaskContext&) {
                while (!release.load())
                    QThread::msleep(1);
                return 1;
            },
            [&completed](int) { completed = true; });
        receiver.reset(); // the page closes while its work runs
        const int copiesBefore = log->destroyed.load();
        release = true;
        QVERIFY(manager.waitForIdle(5000));
        QVERIFY(!completed);
        // What the work captured (a workspace, say) is let go after it ran, on the GUI thread.
        QVERIFY(log->destroyed.load() > copiesBefore);
        QVERIFY(!log->destroyedOffTheGuiThread.load());
    }

    void shownOnlyListsWhatTheStatusBarShows()
    {
        TaskManager& manager = TaskManager::instance();
        std::atomic<bool> release {false};
        manager.start(
            QStringLiteral("Quiet listing"), nullptr,
            [&release](TaskContext&) {
                while (!release.load())
                    QThread::msleep(1);
                return 0;
            },
            [](int) {}, TaskManager::Options {.shown = false});
        QCOMPARE(manager.tasks().size(), 1);
        QVERIFY(manager.tasks(true).isEmpty());
        release = true;
        QVERIFY(manager.waitForIdle(5000));
    }

    // Last: the manager stays shut down for the rest of the process.
    void afterShutDownEveryNewTaskStartsCancelled()
    {
        TaskManager& manager = TaskManager::instance();
        std::atomic<bool> release {false};
        bool sawCancel = false;
        manager.start(
            QStringLiteral("Running at exit"), nullptr,
            [&release](TaskContext& context) {
                while (!release.load() && !context.isCancelled())
                    QThread::msleep(1);
                return context.isCancelled();
            },
            [&sawCancel](bool cancelled) { sawCancel = cancelled; });
        manager.shutDown();
        // A completion that starts more work while the application ends gets it cancelled at once.
        bool laterCancelled = false;
        BackgroundTask* later = manager.start(
            QStringLiteral("Started while quitting"), nullptr,
            [](TaskContext& context) { return context.isCancelled(); },
            [&laterCancelled](bool cancelled) { laterCancelled = cancelled; });
        QVERIFY(later->isCancelled());
        QVERIFY(manager.waitForIdle(5000));
        QVERIFY(sawCancel);
        QVERIFY(laterCancelled);
        release = true;
    }
};

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
