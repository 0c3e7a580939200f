#include "MetricChart.h"
#include "RecipeForm.h"
#include "TrainPage.h"

#include "engine/core/BackgroundTask.h"
#include "engine/data/DatasetStore.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunQuery.h"
#include "engine/store/Workspace.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace crucible;

class TestTrainPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    std::unique_ptr<TrainPage> m_page;

    bool waitFinished(int runs = 1)
    {
        QSignalSpy finished(m_page.get(), &TrainPage::runFinished);
        while (finished.count() < runs) {
            if (!finished.wait(180000))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(opened);
        m_workspace = std::move(opened.value());
        QVERIFY(DatasetStore(*m_workspace).importSample(QStringLiteral("two-moons")));
    }

    void init()
    {
        m_page = std::make_unique<TrainPage>();
        m_page->resize(1200, 800);
        m_page->setWorkspace(m_workspace);
        m_page->show();
        QVERIFY(m_page->selectDataset(QStringLiteral("two-moons")));
        QVERIFY(m_page->setRecipeValue(QStringLiteral("model"), QStringLiteral("mlp:16")));
        QVERIFY(m_page->setRecipeValue(QStringLiteral("lr"), QStringLiteral("0.01")));
    }

    void cleanup() { m_page.reset(); }

    void trainsAndDrawsTheCurvesLive()
    {
        QVERIFY(m_page->setRecipeValue(QStringLiteral("epochs"), QStringLiteral("3")));
        QVERIFY(m_page->startAction()->isEnabled());
        QVERIFY(m_page->startTraining());
        QVERIFY(waitFinished());
        // 800 training rows in batches of 128: 7 steps an epoch, a loss point per step.
        QCOMPARE(m_page->lossChart()->pointCount(QStringLiteral("loss")), 21);
        QCOMPARE(m_page->validationChart()->pointCount(QStringLiteral("val_loss")), 3);
        QCOMPARE(m_page->validationChart()->pointCount(QStringLiteral("val_accuracy")), 3);
        QVERIFY2(m_page->statusText().startsWith(QStringLiteral("Finished")), qPrintable(m_page->statusText()));
        QVERIFY(m_page->statusText().contains(QStringLiteral("test_accuracy")));
        auto runs = RunCatalog(*m_workspace).list(RunQuery {});
        QVERIFY(runs);
        QCOMPARE(runStatusKey(runs->front().status), QStringLiteral("finished"));
        QTRY_COMPARE(m_page->findChild<QListWidget*>(QStringLiteral("train-recent"))->count(), int(runs->size()));
        QDir().mkpath(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens"));
        m_page->grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens/train.png")); // for review
    }

    void pausesResumesAndStops()
    {
        QVERIFY(m_page->setRecipeValue(QStringLiteral("epochs"), QStringLiteral("2000")));
        QVERIFY(m_page->startTraining());
        TrainingJob* job = m_page->job();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->pauseAction()->isEnabled(), 60000);
        m_page->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), TrainingState::Paused, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->pauseAction()->text(), QStringLiteral("&Resume"), 30000);
        m_page->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), TrainingState::Running, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->lossChart()->pointCount(QStringLiteral("loss")) > 0, 30000);
        m_page->stopAction()->trigger();
        QVERIFY(waitFinished());
        QCOMPARE(job->state(), TrainingState::Stopped);
        QVERIFY(m_page->statusText().startsWith(QStringLiteral("Stopped")));
        QVERIFY(m_page->startAction()->isEnabled());
    }

    void queuedRunsFollowEachOther()
    {
        QVERIFY(m_page->setRecipeValue(QStringLiteral("epochs"), QStringLiteral("2")));
        QVERIFY(m_page->enqueue()); // idle: starts at once
        QVERIFY(m_page->setRecipeValue(QStringLiteral("seed"), QStringLiteral("7")));
        QVERIFY(m_page->enqueue()); // waits for the first
        QCOMPARE(m_page->queuedCount(), 1);
        QVERIFY(waitFinished(2));
        QCOMPARE(m_page->queuedCount(), 0);
    }

    void switchingWorkspaceWhileTrainingDoesNotWaitForTheRun()
    {
        QVERIFY(m_page->setRecipeValue(QStringLiteral("epochs"), QStringLiteral("2000")));
        QVERIFY(m_page->startTraining());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->lossChart()->pointCount(QStringLiteral("loss")) > 0, 60000);
        const QString runId = m_page->job()->runId();
        QVERIFY(!runId.isEmpty());

        auto other = Workspace::open(m_dir.filePath(QStringLiteral("other")));
        QVERIFY(other);
        std::shared_ptr<Workspace> otherWorkspace = std::move(other.value());
        m_page->setWorkspace(otherWorkspace);
        // The call returned while the run was still ending: a task stops it in the background,
        // and the page already trains in the new workspace.
        const QList<BackgroundTask*> tasks = TaskManager::instance().tasks(true);
        QCOMPARE(tasks.size(), 1);
        QVERIFY2(tasks.first()->description().contains(runId), qPrintable(tasks.first()->description()));
        QVERIFY(!tasks.first()->isCancellable());
        QVERIFY(m_page->job() && !m_page->job()->isActive());
        QCOMPARE(m_page->lossChart()->pointCount(QStringLiteral("loss")), 0);

        QVERIFY(TaskManager::instance().waitForIdle(120000));
        // The old run was stopped properly: recorded "stopped" with a checkpoint to resume from.
        const auto run = RunCatalog(*m_workspace).run(runId);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Stopped);
        QVERIFY(std::any_of(run->artifacts.begin(), run->artifacts.end(),
                            [](const ArtifactRecord& a) { return a.kind == QLatin1String("checkpoint"); }));
        m_page->setWorkspace(m_workspace);
    }

    void theNextStartBeginsWithTheRecipeUsedLast()
    {
        QVERIFY(DatasetStore(*m_workspace).importSample(QStringLiteral("blobs")));
        QVERIFY(DatasetStore(*m_workspace).importSample(QStringLiteral("spirals")));
        m_page->reload();
        QVERIFY(m_page->selectDataset(QStringLiteral("spirals")));
        QVERIFY(m_page->setRecipeValue(QStringLiteral("model"), QStringLiteral("mlp:24,12")));
        QVERIFY(m_page->setRecipeValue(QStringLiteral("epochs"), QStringLiteral("2")));
        QVERIFY(m_page->setRecipeValue(QStringLiteral("weight_decay"), QStringLiteral("0.001")));
        QSignalSpy used(m_page.get(), &TrainPage::recipeUsed);
        QVERIFY(m_page->startTraining());
        QCOMPARE(used.count(), 1);
        const QJsonObject recipe = used.first().first().toJsonObject();
        QCOMPARE(recipe.value(QStringLiteral("dataset")).toString(), QStringLiteral("spirals"));
        QVERIFY(waitFinished());

        // A new page (the next start) given that recipe: not the alphabetically first dataset.
        TrainPage next;
        next.setWorkspace(m_workspace);
        next.setLastRecipe(recipe);
        const auto request = next.request();
        QVERIFY(request);
        QVERIFY2(request->dataset.startsWith(QStringLiteral("spirals@")), qPrintable(request->dataset));
        QCOMPARE(request->config.epochs, 2);
        QCOMPARE(request->config.weightDecay, 0.001);
        QCOMPARE(next.recipeForm()->modelText(), QStringLiteral("mlp:24,12"));
        // A recipe that no longer reads, or none at all (a first start), changes nothing.
        next.setLastRecipe(QJsonObject {{QStringLiteral("model"), QStringLiteral("mlp:8")},
                                        {QStringLiteral("config"), QJsonObject {{QStringLiteral("epochs"), -3}}}});
        next.setLastRecipe(QJsonObject {});
        QCOMPARE(next.request()->config.epochs, 2);
        QCOMPARE(next.recipeForm()->modelText(), QStringLiteral("mlp:24,12"));
    }

    /// Processes 2: one run trained by this program (rank 0) and a crucible-cli worker in step;
    /// Pause is off while it trains, Stop stops both, and the run records its world.
    void trainsInTwoProcessesAsOneRun()
    {
        qputenv("CRUCIBLE_CLI", CRUCIBLE_CLI);
        auto* processes = m_page->findChild<QSpinBox*>(QStringLiteral("recipe-processes"));
        QVERIFY(processes);
        processes->setValue(2);
        QVERIFY(m_page->setRecipeValue(QStringLiteral("epochs"), QStringLiteral("5000")));
        QVERIFY(m_page->startTraining());
        TrainingJob* job = m_page->job();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->lossChart()->pointCount(QStringLiteral("loss")) > 20, 60000);
        QCOMPARE(job->state(), TrainingState::Running);
        QVERIFY(!m_page->pauseAction()->isEnabled());
        QVERIFY(m_page->stopAction()->isEnabled());
        m_page->stopAction()->trigger();
        QVERIFY(waitFinished());
        QCOMPARE(job->state(), TrainingState::Stopped);
        auto run = RunCatalog(*m_workspace).run(job->runId());
        QVERIFY(run);
        QCOMPARE(run->environment.value(QStringLiteral("world_size")).toInt(), 2);
        QCOMPARE(run->params.value(QStringLiteral("distributed.launcher")).toString(),
                 QStringLiteral("crucible (Processes)"));
        QVERIFY2(job->result()->warnings.isEmpty(), qPrintable(job->result()->warnings.join(QLatin1Char('\n'))));
    }

    /// A worker that cannot start training (here a stand-in that fails at once): rank 0 stops
    /// waiting for it and says why, long before dist_timeout.
    void aFailingWorkerIsReportedAtOnce()
    {
        QTemporaryDir bin;
        const QString fake = bin.filePath(QStringLiteral("crucible-cli"));
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho 'crucible-cli: error: the disk is on fire' >&2\nexit 2\n");
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        qputenv("CRUCIBLE_CLI", fake.toUtf8());
        auto* processes = m_page->findChild<QSpinBox*>(QStringLiteral("recipe-processes"));
        processes->setValue(2);
        QElapsedTimer timer;
        timer.start();
        QSignalSpy finished(m_page->job(), &TrainingJob::finished);
        QVERIFY(m_page->startTraining());
        QVERIFY(finished.wait(60000));
        qputenv("CRUCIBLE_CLI", CRUCIBLE_CLI);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        const auto error = m_page->job()->error();
        QVERIFY(error);
        QVERIFY2(error->message.contains(
                     QStringLiteral("rank 1 exited with code 2: crucible-cli: error: the disk is on fire")),
                 qPrintable(error->message));
    }

    void theEssentialsFitWithoutScrollingAndAdvancedFolds()
    {
        // At 1440x900 the window leaves the page about 1340x800.
        m_page->resize(1340, 800);
        QTest::qWait(50);
        auto* scroll = m_page->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QVERIFY(!m_page->recipeForm()->isAdvancedShown());
        QVERIFY(!m_page->findChild<QWidget*>(QStringLiteral("train-advanced"))->isVisible());
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        m_page->recipeForm()->setAdvancedShown(true);
        QTRY_VERIFY(m_page->findChild<QWidget*>(QStringLiteral("train-advanced"))->isVisible());
        QDir().mkpath(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens"));
        m_page->grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens/train-advanced.png"));
    }

    void tabWalksTheRecipeInTheOrderItReads()
    {
        // Dataset, model (and its editor), epochs, batch size, learning rate, optimizer, then the
        // Advanced toggle: Tab follows the form top to bottom.
        QWidget* dataset = m_page->findChild<QWidget*>(QStringLiteral("train-dataset"));
        QVERIFY(dataset);
        QStringList order;
        QWidget* widget = dataset;
        for (int i = 0; i < 14 && widget; ++i) {
            // (The line edits inside combo and spin boxes are parts of them, not stops of their own.)
            const bool isPart = qobject_cast<QComboBox*>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(widget->parentWidget());
            if ((widget->focusPolicy() & Qt::TabFocus) && !isPart)
                order << QString::fromLatin1(widget->metaObject()->className());
            widget = widget->nextInFocusChain();
        }
        QCOMPARE(order.mid(0, 7),
                 (QStringList {QStringLiteral("QComboBox"), QStringLiteral("QComboBox"), QStringLiteral("QPushButton"),
                               QStringLiteral("QSpinBox"), QStringLiteral("QSpinBox"), QStringLiteral("QLineEdit"),
                               QStringLiteral("QComboBox")}));
        // The toggle comes right after the optimizer, and what it unfolds right after it.
        QWidget* toggle = m_page->findChild<QWidget*>(QStringLiteral("train-advanced-toggle"));
        QWidget* optimizer = dataset;
        for (int stops = 0; optimizer && stops < 6;) {
            optimizer = optimizer->nextInFocusChain();
            const bool isPart = qobject_cast<QComboBox*>(optimizer->parentWidget())
                || qobject_cast<QAbstractSpinBox*>(optimizer->parentWidget());
            if ((optimizer->focusPolicy() & Qt::TabFocus) && !isPart)
                ++stops;
        }
        QVERIFY(qobject_cast<QComboBox*>(optimizer));
        QWidget* next = optimizer->nextInFocusChain();
        while (next != toggle
               && (qobject_cast<QComboBox*>(next->parentWidget()) || !(next->focusPolicy() & Qt::TabFocus)))
            next = next->nextInFocusChain();
        QCOMPARE(next, toggle);
        QVERIFY(
            m_page->findChild<QWidget*>(QStringLiteral("train-advanced"))->isAncestorOf(toggle->nextInFocusChain()));
    }

    void theLearningRateIsTypedAsProgramsWriteItInEveryLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        TrainPage page;
        page.setWorkspace(m_workspace);
        QLocale::setDefault(QLocale::c());
        QVERIFY(page.selectDataset(QStringLiteral("two-moons")));
        auto* lr = page.findChild<QLineEdit*>(QStringLiteral("train-lr"));
        QVERIFY(lr);
        lr->clear();
        QTest::keyClicks(lr, QStringLiteral("0.0005"));
        QCOMPARE(lr->text(), QStringLiteral("0.0005"));
        QVERIFY(lr->hasAcceptableInput());
        const auto request = page.request();
        QVERIFY2(request, request ? "" : qPrintable(request.error().message));
        QCOMPARE(request->config.lr, 0.0005);
    }

    void refusesABadRecipeWithAReason()
    {
        QSignalSpy problems(m_page.get(), &TrainPage::problem);
        QVERIFY(!m_page->setRecipeValue(QStringLiteral("optimizer"), QStringLiteral("rmsprop")));
        QVERIFY(m_page->setRecipeValue(QStringLiteral("model"), QStringLiteral("cnn")));
        // A CNN on a table is refused before any run exists, saying that it needs images.
        const int runsBefore = int(RunCatalog(*m_workspace).list(RunQuery()).value().size());
        QVERIFY(!m_page->startTraining());
        QVERIFY(!m_page->job()->isActive());
        QCOMPARE(problems.count(), 1);
        QVERIFY2(m_page->statusText().contains(QStringLiteral("image")), qPrintable(m_page->statusText()));
        QCOMPARE(int(RunCatalog(*m_workspace).list(RunQuery()).value().size()), runsBefore);
        QVERIFY(m_page->setRecipeValue(QStringLiteral("model"), QStringLiteral("auto")));
    }
};

QTEST_MAIN(TestTrainPage)
#include "tst_trainpage.moc"
