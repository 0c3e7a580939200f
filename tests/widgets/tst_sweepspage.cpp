// The Sweeps page as a user meets it: reached with Ctrl+0; New Sweep checks the form as it is typed;
// a sweep made in the window trains its trials (real training on iris, two at a time) with live
// progress, marks the best, draws the best value after each trial and parameter importance;
// Compare Top 5 opens the trials on the Compare page; Register Best asks the registry; a long
// sweep stopped from the page becomes "stopped" and offers Resume; a sweep that crucible-cli runs
// shows up by itself. Screenshots in English, German and dark.
#include "../support/CliRunner.h"
#include "../support/Screens.h"
#include "../support/SweepFiles.h"
#include "CompareModel.h"
#include "ComparePage.h"
#include "MainWindow.h"
#include "MetricChart.h"
#include "RegistryPage.h"
#include "SweepDialog.h"
#include "SweepsPage.h"
#include "Theme.h"
#include "Translations.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/Environment.h"
#include "engine/store/Workspace.h"
#include "engine/sweep/Study.h"
#include "engine/sweep/SweepRunner.h"

#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace crucible;
using crucible::test::saveScreen;

namespace {

/// A random sweep on `dataset`; two-moons with small batches takes seconds per trial, iris a blink.
SweepSpec spec(const QString& name, int trials, int epochs, const QString& dataset = QStringLiteral("iris"))
{
    const QString yaml = QStringLiteral("name: %1\ndataset: %4\nrecipe: {epochs: %3, batch_size: 8, model: mlp}\n"
                                        "strategy: random\nseed: 4\nbudget: {trials: %2}\n"
                                        "space:\n  lr: {float: [0.001, 0.3], log: true}\n"
                                        "  model.width: {int: [4, 32]}\n  optimizer: [sgd, adam]\n"
                                        "  momentum: {float: [0.5, 0.95], when: {optimizer: sgd}}\n")
                             .arg(name)
                             .arg(trials)
                             .arg(epochs)
                             .arg(dataset);
    return test::parsedSweep(yaml.toUtf8());
}

QString columnText(const QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts.join(QLatin1Char('|'));
}

} // namespace

class TestSweepsPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    std::shared_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

    SweepsPage* page() const { return m_window->findChild<SweepsPage*>(); }

    bool waitForSweep(const QString& name)
    {
        return QTest::qWaitFor(
            [&] {
                page()->reload();
                QTest::qWait(100);
                return page()->selectSweep(name);
            },
            20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_folder = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(
            test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), m_folder, QStringLiteral("data"),
                          QStringLiteral("samples"), QStringLiteral("iris"), QStringLiteral("two-moons")})
                .exitCode,
            0);
        auto opened = Workspace::open(m_folder);
        QVERIFY(opened);
        m_workspace = std::shared_ptr<Workspace>(std::move(opened.value()));
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        m_window = std::make_unique<MainWindow>(m_workspace, Environment {});
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        TaskManager::instance().waitForIdle(20000);
    }

    void ctrlZeroOpensAnEmptyPageThatSaysWhatToDo()
    {
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("sweeps"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return page()
                    ->findChild<QLabel*>(QStringLiteral("sweep-summary"))
                    ->text()
                    .contains(QLatin1String("No sweeps yet"));
            },
            10000));
        QVERIFY(!page()->findChild<QPushButton*>(QStringLiteral("sweep-run"))->isEnabled());
        saveScreen(m_window.get(), QStringLiteral("sweeps-empty"));
    }

    void theDialogChecksAsItIsTyped()
    {
        SweepDialog dialog({QStringLiteral("iris")});
        dialog.show();
        QVERIFY(dialog.problem().isEmpty()); // the defaults make a valid sweep
        QCOMPARE(dialog.spec().space.params.size(), 4);
        QCOMPARE(dialog.spec().name, QStringLiteral("iris-search"));
        saveScreen(&dialog, QStringLiteral("sweep-dialog"));
        dialog.addParameter(QStringLiteral("momentum"), QStringLiteral("float"), QStringLiteral("0.9 .. 0.5"), false);
        QVERIFY2(dialog.problem().contains(QLatin1String("below")), qPrintable(dialog.problem()));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("sweep-create"))->isEnabled());
        dialog.spaceTable()->item(4, 2)->setText(QStringLiteral("0,5 .. 0,9")); // decimal commas read too
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        dialog.addParameter(QStringLiteral("optimizer"), QStringLiteral("choice"), QStringLiteral("sgd, adam"), false);
        dialog.spaceTable()->item(4, 4)->setText(QStringLiteral("optimizer=sgd"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        const SweepParam* momentum = dialog.spec().space.find(QStringLiteral("momentum"));
        QVERIFY(momentum);
        QCOMPARE(momentum->whenKey, QStringLiteral("optimizer"));
        dialog.addParameter(QStringLiteral("learning_rate"), QStringLiteral("float"), QStringLiteral("1 .. 2"), false);
        QVERIFY2(dialog.problem().contains(QLatin1String("did you mean lr?")), qPrintable(dialog.problem()));
        QVERIFY(dialog.spaceTable()->item(6, 0)->background() != QBrush()); // the row is marked
        saveScreen(&dialog, QStringLiteral("sweep-dialog-problem"));
    }

    void aSweepRunsLiveAndShowsWhyTheBestWon()
    {
        Result<SweepRecord> created =
            createSweep(*m_workspace, spec(QStringLiteral("moons-window"), 6, 30, QStringLiteral("two-moons")));
        QVERIFY(created);
        QVERIFY(waitForSweep(QStringLiteral("moons-window")));
        QSignalSpy finished(page(), &SweepsPage::sweepFinished);
        page()->run(2);
        QVERIFY(page()->isRunning());
        // Live: the progress bar counts trials while they run.
        auto* progress = page()->findChild<QProgressBar*>(QStringLiteral("sweep-progress"));
        QVERIFY(progress->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return progress->value() >= 1; }, 120000));
        saveScreen(m_window.get(), QStringLiteral("sweeps-running"));
        QVERIFY(finished.wait(240000) || finished.count() == 1);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("finished"));
        QVERIFY(QTest::qWaitFor(
            [&] { return page()->record() && page()->record()->status == QLatin1String("finished"); }, 10000));

        QTableWidget* trials = page()->trialTable();
        QCOMPARE(trials->rowCount(), 6);
        const QString states = columnText(trials, 1);
        QCOMPARE(states.count(QStringLiteral("complete")), 6);
        QCOMPARE(states.count(QStringLiteral("best")), 1);
        QVERIFY(page()
                    ->findChild<QLabel*>(QStringLiteral("sweep-summary"))
                    ->text()
                    .contains(QLatin1String("best trial #")));
        QVERIFY(page()
                    ->findChild<QLabel*>(QStringLiteral("sweep-summary"))
                    ->text()
                    .contains(QLatin1String("6 of 6 trials finished, 0 pruned")));
        // One column per parameter; momentum only for sgd trials.
        QStringList headers;
        for (int c = 0; c < trials->columnCount(); ++c)
            headers << trials->horizontalHeaderItem(c)->text();
        QVERIFY2(headers.contains(QStringLiteral("momentum")) && headers.contains(QStringLiteral("val_loss")),
                 qPrintable(headers.join(QLatin1Char(','))));
        QCOMPARE(page()->importance()->shares().size(), 4);
        QVERIFY(!page()->bestChart()->grab().isNull());
        saveScreen(m_window.get(), QStringLiteral("sweeps"));

        // Compare Top 5: the five best trials' runs on the Compare page.
        page()->findChild<QPushButton*>(QStringLiteral("sweep-compare-top"))->click();
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("compare"));
        auto* compare = m_window->findChild<ComparePage*>();
        QVERIFY(QTest::qWaitFor([&] { return compare->model()->runs().size() == 5; }, 20000));
        QVERIFY(m_window->showPage(QStringLiteral("sweeps")));

        // Register Best asks the registry to register the best trial's run.
        QSignalSpy asked(page(), &SweepsPage::registerRequested);
        QTimer::singleShot(500, [] {
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        });
        page()->findChild<QPushButton*>(QStringLiteral("sweep-register"))->click();
        QCOMPARE(asked.count(), 1);
        const SweepRecord* record = page()->record();
        const Result<SweepSpec> parsed = SweepSpec::fromJson(record->spec, record->name);
        QCOMPARE(asked.first().at(0).toString(), Study(parsed.value(), record->trials).best()->runId);
    }

    void stoppingFromThePageOffersResume()
    {
        Result<SweepRecord> created =
            createSweep(*m_workspace, spec(QStringLiteral("moons-long"), 4, 5000, QStringLiteral("two-moons")));
        QVERIFY(created);
        QVERIFY(waitForSweep(QStringLiteral("moons-long")));
        QSignalSpy finished(page(), &SweepsPage::sweepFinished);
        page()->run(1);
        QVERIFY(QTest::qWaitFor([&] { return page()->record() && !page()->record()->trials.empty(); }, 60000));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->trialTable()->setFocus();
        QCOMPARE(QApplication::focusWidget(), page()->trialTable());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY2(page()->messageText().contains(QLatin1String("Stopping")), qPrintable(page()->messageText()));
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("stopped"));
        QVERIFY(QTest::qWaitFor(
            [&] { return page()->record() && page()->record()->status == QLatin1String("stopped"); }, 10000));
        QCOMPARE(page()->findChild<QPushButton*>(QStringLiteral("sweep-run"))->text(), QStringLiteral("Resume Sweep"));
        QVERIFY(page()->findChild<QPushButton*>(QStringLiteral("sweep-run"))->isEnabled());
    }

    void aSweepRunByTheCliShowsUpWhileItRuns()
    {
        QFile file(m_dir.filePath(QStringLiteral("cli.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name: moons-cli\ndataset: two-moons\nrecipe: {epochs: 5000, batch_size: 8}\nstrategy: random\n"
                   "budget: {trials: 3}\nspace: {lr: {float: [0.001, 0.1], log: true}}\n");
        file.close();
        QCOMPARE(test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), m_folder,
                               QStringLiteral("sweep"), QStringLiteral("create"), file.fileName()})
                     .exitCode,
                 0);
        QProcess cli;
        cli.start(QStringLiteral(CRUCIBLE_CLI),
                  {QStringLiteral("--create"), QStringLiteral("--workspace"), m_folder, QStringLiteral("sweep"),
                   QStringLiteral("run"), QStringLiteral("moons-cli")});
        QVERIFY(cli.waitForStarted());
        QVERIFY(waitForSweep(QStringLiteral("moons-cli")));
        // The page follows it on its own, and its Stop asks the other process to stop.
        QVERIFY2(QTest::qWaitFor(
                     [&] { return page()->record() && page()->record()->status == QLatin1String("running"); }, 30000),
                 qPrintable(QString::fromUtf8(cli.readAllStandardError())
                            + (page()->record() ? page()->record()->status : QString()) + QStringLiteral(" msg=")
                            + page()->messageText()));
        QVERIFY(page()->findChild<QPushButton*>(QStringLiteral("sweep-stop"))->isEnabled());
        page()->stop();
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(QTest::qWaitFor(
            [&] { return page()->record() && page()->record()->status == QLatin1String("stopped"); }, 10000));
    }

    void germanAndDark()
    {
        QVERIFY(page()->selectSweep(QStringLiteral("moons-window")));
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QTest::qWait(50);
        QCOMPARE(page()->findChild<QPushButton*>(QStringLiteral("sweep-new"))->text(), QStringLiteral("Neuer Sweep…"));
        saveScreen(m_window.get(), QStringLiteral("sweeps-de"));
        SweepDialog dialog({QStringLiteral("iris")});
        dialog.show();
        saveScreen(&dialog, QStringLiteral("sweep-dialog-de"));
        theme::apply(Theme::Dark);
        QTest::qWait(50);
        saveScreen(m_window.get(), QStringLiteral("sweeps-de-dark"));
        theme::apply(Theme::Light);
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    }
};

QTEST_MAIN(TestSweepsPage)
#include "tst_sweepspage.moc"
