// The status bar's task list: what runs in the background, its progress, and cancel.
#include "TaskStatus.h"
#include "engine/core/BackgroundTask.h"

#include <QApplication>
#include <QMenu>
#include <QProgressBar>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <atomic>

using namespace crucible;

namespace {

/// Work that reports `fraction` and runs until cancelled or released.
auto waitingWork(std::atomic<bool>& release, double fraction)
{
    return [&release, fraction](TaskContext& context) {
        context.setProgress(fraction);
        while (!release.load() && !context.isCancelled())
            QThread::msleep(1);
        return context.isCancelled();
    };
}

/// Lets every waiting task end when a test returns, passed or failed, so none leaks into the next.
struct Release {
    std::atomic<bool>& flag;
    ~Release()
    {
        flag = true;
        TaskManager::instance().cancelAll();
        TaskManager::instance().waitForIdle(5000);
    }
};

} // namespace

class TestTaskStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hiddenWhileIdleThenShowsTheTaskAndItsProgress()
    {
        QWidget window;
        auto* status = new TaskStatus(&window);
        window.show();
        QVERIFY(!status->isVisible());

        std::atomic<bool> release {false};
        const Release guard {release};
        TaskManager::instance().start(QStringLiteral("Importing iris.csv…"), nullptr, waitingWork(release, 0.4),
                                      [](bool) {});
        QVERIFY(status->isVisible());
        QCOMPARE(status->button()->text(), QStringLiteral("Importing iris.csv…"));
        QTRY_COMPARE(status->progressBar()->value(), 400);

        // Two tasks: a count, and the bar follows the one furthest behind.
        TaskManager::instance().start(QStringLiteral("Predicting with iris@1…"), nullptr, waitingWork(release, 0.1),
                                      [](bool) {});
        QVERIFY2(status->button()->text().startsWith(QStringLiteral("2 background task")),
                 qPrintable(status->button()->text()));
        QTRY_COMPARE(status->progressBar()->value(), 100);

        release = true;
        QVERIFY(TaskManager::instance().waitForIdle(5000));
        QVERIFY(!status->isVisible());
    }

    void quietTasksAreNotShown()
    {
        QWidget window;
        auto* status = new TaskStatus(&window);
        window.show();
        std::atomic<bool> release {false};
        const Release guard {release};
        TaskManager::instance().start(
            QStringLiteral("Listing runs…"), nullptr, waitingWork(release, 0.5), [](bool) {},
            TaskManager::Options {.shown = false});
        QVERIFY(!status->isVisible());
        release = true;
        QVERIFY(TaskManager::instance().waitForIdle(5000));
    }

    void theMenuCancelsATask()
    {
        QWidget window;
        auto* status = new TaskStatus(&window);
        window.show();
        std::atomic<bool> release {false};
        const Release guard {release};
        bool cancelled = false;
        TaskManager::instance().start(QStringLiteral("Importing big.csv…"), nullptr, waitingWork(release, 0.25),
                                      [&cancelled](bool wasCancelled) { cancelled = wasCancelled; });
        TaskManager::instance().start(
            QStringLiteral("Registering iris…"), nullptr, waitingWork(release, 0.5), [](bool) {},
            TaskManager::Options {.cancellable = false});
        QTRY_COMPARE(status->progressBar()->value(), 250);
        Q_EMIT status->taskMenu()->aboutToShow();
        const QList<QAction*> actions = status->taskMenu()->actions();
        QAction* cancelImport = nullptr;
        QAction* registering = nullptr;
        QAction* cancelAll = nullptr;
        for (QAction* action : actions) {
            if (action->text().startsWith(QStringLiteral("Cancel: Importing big.csv")))
                cancelImport = action;
            else if (action->text().startsWith(QStringLiteral("Registering iris")))
                registering = action;
            else if (action->text() == QStringLiteral("Cancel All"))
                cancelAll = action;
        }
        QVERIFY(cancelImport && registering && cancelAll);
        QVERIFY(cancelImport->text().contains(QStringLiteral("25%")));
        QVERIFY(!registering->isEnabled()); // a registration runs to its end
        cancelImport->trigger();
        QTRY_VERIFY(cancelled);
        QCOMPARE(status->button()->text(), QStringLiteral("Registering iris…"));
        release = true;
        QVERIFY(TaskManager::instance().waitForIdle(5000));
    }
};

QTEST_MAIN(TestTaskStatus)
#include "tst_taskstatus.moc"
