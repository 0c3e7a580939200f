// The Overview page as a user meets it on start: the window opens on it; it lists the model
// behind "production" with the drift a pipeline found, the run training now with its progress,
// the newest runs with their key metric, and alerts (drift, a failed run, a failed pipeline);
// each row opens its page; a run that ends leaves "Running now" by itself. Real workspace, real
// training and registry, real pipeline runs through crucible-cli.
#include "../support/CliRunner.h"
#include "../support/OverviewFixture.h"
#include "../support/Require.h"
#include "../support/Screens.h"
#include "ComparePage.h"
#include "MainWindow.h"
#include "MonitorPage.h"
#include "OverviewPage.h"
#include "PipelinesPage.h"
#include "RegistryPage.h"
#include "RunsPage.h"
#include "Theme.h"
#include "Translations.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/Environment.h"
#include "engine/overview/Overview.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace crucible;
using crucible::test::saveScreen;

namespace {

QStringList columnTexts(const QTreeWidget* list, int column)
{
    QStringList texts;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        texts << list->topLevelItem(row)->text(column);
    return texts;
}

QTreeWidgetItem* rowContaining(const QTreeWidget* list, const QString& text)
{
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(0).contains(text))
            return list->topLevelItem(row);
    }
    return nullptr;
}

} // namespace

class TestOverviewPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspaceFolder;
    std::shared_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_runningId;
    QString m_failedId;

    OverviewPage* page() const { return m_window->findChild<OverviewPage*>(); }

    test::CliOutcome cli(const QStringList& arguments) const
    {
        return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspaceFolder}
                            + arguments);
    }

    void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile out(m_dir.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    bool reloadAndWait()
    {
        page()->reload();
        return QTest::qWaitFor([&] { return !page()->isLoading(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspaceFolder = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        const auto trained = cli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                                  QStringLiteral("--model"), QStringLiteral("mlp:16"), QStringLiteral("--epochs"),
                                  QStringLiteral("30"), QStringLiteral("--name"), QStringLiteral("iris-first"),
                                  QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--register"),
                                  QStringLiteral("iris"), QStringLiteral("--alias"), QStringLiteral("production")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));

        // A pipeline finds drift in rows whose petals grew; another fails on a dataset that is not there.
        writeFile(QStringLiteral("grown.csv"), test::grownIrisCsv());
        writeFile(QStringLiteral("drift.yaml"), test::driftPipelineYaml("grown.csv"));
        writeFile(QStringLiteral("broken.yaml"),
                  "name: retrain-missing\nsteps:\n  - id: train\n    train:\n"
                  "      data: no-such-data\n      recipe: {model: \"mlp:8\", epochs: 2}\n");
        const auto drift = cli({QStringLiteral("pipeline"), QStringLiteral("run"), m_dir.filePath("drift.yaml")});
        QVERIFY2(drift.exitCode == 0, qPrintable(drift.err));
        QVERIFY(cli({QStringLiteral("pipeline"), QStringLiteral("run"), m_dir.filePath("broken.yaml")}).exitCode != 0);

        auto opened = Workspace::open(m_workspaceFolder);
        QVERIFY(opened);
        m_workspace = std::shared_ptr<Workspace>(std::move(opened.value()));
        // A run training now (this process owns it), half way through its second of four epochs.
        m_runningId =
            test::addRunTrainingNow(*m_workspace, QStringLiteral("iris-training-now"), QStringLiteral("iris"), 4, 6, 4);
        m_failedId = test::addFailedRun(*m_workspace, QStringLiteral("iris-diverged"), QString(),
                                        QStringLiteral("loss diverged at step 12 (epoch 2)"));
        RunStore store(*m_workspace);
        // A run marked running whose process is gone (killed): interrupted, not work going on.
        NewRun orphan;
        orphan.name = QStringLiteral("iris-orphan");
        const QString orphanId = store.createRun(orphan).value();
        REQUIRE_OK(store.start(orphanId));
        QSqlQuery kill(m_workspace->database());
        QVERIFY(kill.exec(QStringLiteral("UPDATE runs SET owner_pid = 2147483646 WHERE id = '%1'").arg(orphanId)));

        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        m_window = std::make_unique<MainWindow>(m_workspace, Environment {});
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QTest::qWaitFor([&] { return !page()->isLoading() && !page()->snapshot().readAt.isNull(); }, 20000));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        TaskManager::instance().waitForIdle(10000);
    }

    void theWindowOpensOnTheOverview()
    {
        QCOMPARE(MainWindow::pageKeys().first(), QStringLiteral("overview"));
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("overview"));
        QCOMPARE(m_window->pageAction(QStringLiteral("overview"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        saveScreen(m_window.get(), QStringLiteral("overview"));
    }

    void productionShowsAliasVersionAndTheDriftAPipelineFound()
    {
        QTreeWidget* list = page()->productionList();
        QTreeWidgetItem* iris = rowContaining(list, QStringLiteral("iris@production"));
        QVERIFY2(iris, qPrintable(columnTexts(list, 0).join(QLatin1Char('|'))));
        QCOMPARE(iris->text(1), QStringLiteral("version 1"));
        QCOMPARE(iris->text(2), QStringLiteral("not served"));
        QCOMPARE(iris->text(3), QStringLiteral("drifted"));
        QVERIFY2(iris->toolTip(3).contains(QStringLiteral("petal")), qPrintable(iris->toolTip(3)));
    }

    void runningShowsTheTrainingRunWithItsProgress()
    {
        QTreeWidget* list = page()->runningList();
        QTreeWidgetItem* row = rowContaining(list, QStringLiteral("iris-training-now"));
        QVERIFY2(row, qPrintable(columnTexts(list, 0).join(QLatin1Char('|'))));
        auto* bar = qobject_cast<QProgressBar*>(list->itemWidget(row, 1));
        QVERIFY(bar);
        QCOMPARE(bar->value(), 38); // epoch 1.5 of 4
        QVERIFY2(row->text(2).contains(QStringLiteral("epoch 2/4")), qPrintable(row->text(2)));
        QVERIFY(row->text(2).contains(QStringLiteral("iris")));
    }

    void recentRunsShowTheirKeyMetric()
    {
        QTreeWidget* list = page()->recentList();
        QTreeWidgetItem* first = rowContaining(list, QStringLiteral("iris-first"));
        QVERIFY2(first, qPrintable(columnTexts(list, 0).join(QLatin1Char('|'))));
        QVERIFY2(first->text(2).startsWith(QStringLiteral("val_accuracy 0")), qPrintable(first->text(2)));
        QCOMPARE(first->text(3), QStringLiteral("iris"));
        // Newest first: the orphan was created last, the failed run before it.
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("iris-orphan"));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("iris-diverged"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Failed"));
    }

    void alertsNameDriftAndFailures()
    {
        const QStringList titles = columnTexts(page()->alertList(), 0);
        QVERIFY2(titles.contains(QStringLiteral("Drift: iris")), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY(titles.contains(QStringLiteral("Run failed: iris-diverged")));
        QVERIFY(titles.contains(QStringLiteral("Pipeline failed: retrain-missing")));
        QVERIFY(titles.contains(QStringLiteral("Run interrupted: iris-orphan")));
        QVERIFY(!rowContaining(page()->runningList(), QStringLiteral("iris-orphan")));
        QVERIFY(!titles.contains(QStringLiteral("Pipeline failed: nightly-drift")));
        QTreeWidgetItem* failed = rowContaining(page()->alertList(), QStringLiteral("Run failed"));
        QVERIFY(failed->text(2).contains(QStringLiteral("diverged at step 12")));
    }

    void eachRowOpensItsPage()
    {
        auto activate = [&](QTreeWidget* list, QTreeWidgetItem* item, int column) {
            m_window->showPage(QStringLiteral("overview"));
            list->setCurrentItem(item, column);
            Q_EMIT list->itemActivated(item, column);
        };
        activate(page()->recentList(), rowContaining(page()->recentList(), QStringLiteral("iris-first")), 0);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("runs"));
        auto* runs = m_window->findChild<RunsPage*>();
        QVERIFY(QTest::qWaitFor([&] { return runs->selectedRunIds().size() == 1; }, 10000));

        activate(page()->productionList(), rowContaining(page()->productionList(), QStringLiteral("iris")), 0);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("registry"));
        QTRY_COMPARE(m_window->findChild<RegistryPage*>()->currentModel(), QStringLiteral("iris"));

        activate(page()->productionList(), rowContaining(page()->productionList(), QStringLiteral("iris")), 3);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("monitor"));
        QCOMPARE(m_window->findChild<MonitorPage*>()->modelBox()->currentText(), QStringLiteral("iris@production"));

        activate(page()->alertList(), rowContaining(page()->alertList(), QStringLiteral("Pipeline failed")), 0);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("pipelines"));
        auto* pipelines = m_window->findChild<PipelinesPage*>();
        QTRY_VERIFY(!pipelines->currentRun().isEmpty());
        QCOMPARE(pipelines->currentPipeline(), QStringLiteral("retrain-missing"));

        activate(page()->alertList(), rowContaining(page()->alertList(), QStringLiteral("Run failed")), 0);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("runs"));
        QTRY_COMPARE(runs->selectedRunIds(), QStringList {m_failedId});
        m_window->showPage(QStringLiteral("overview"));
    }

    void aRunThatEndsLeavesRunningNowByItself()
    {
        REQUIRE_OK(RunStore(*m_workspace).finish(m_runningId));
        // The store announces it; the page reads again without being asked.
        QTRY_VERIFY_WITH_TIMEOUT(!rowContaining(page()->runningList(), QStringLiteral("iris-training-now")), 10000);
        QVERIFY(page()->runningList()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Nothing is running")));
    }

    void readingNeverCreatesARegistry()
    {
        QTemporaryDir empty;
        auto workspace = Workspace::open(empty.filePath(QStringLiteral("ws")));
        QVERIFY(workspace);
        const OverviewSnapshot snapshot = readOverview(*workspace.value(), QString());
        QVERIFY(snapshot.problems.isEmpty());
        QVERIFY(snapshot.production.isEmpty() && snapshot.recent.isEmpty() && snapshot.alerts.isEmpty());
        QVERIFY(!QFileInfo::exists(empty.filePath(QStringLiteral("ws/registry/registry.db"))));
    }

    void hostileNamesAndManyFailuresStayReadable()
    {
        QTemporaryDir other;
        auto opened = Workspace::open(other.filePath(QStringLiteral("ws")));
        QVERIFY(opened);
        std::shared_ptr<Workspace> workspace(std::move(opened.value()));
        RunStore store(*workspace);
        for (int i = 0; i < 25; ++i)
            test::addFailedRun(*workspace, QStringLiteral("failing-%1").arg(i), QString(),
                               QStringLiteral("loss diverged"));
        // A name that reverses what follows it and breaks the line, written past the CLI's checks.
        NewRun spoof;
        spoof.name = QStringLiteral("plain");
        const QString spoofId = store.createRun(spoof).value();
        QSqlQuery rename(workspace->database());
        rename.prepare(QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"));
        rename.addBindValue(QStringLiteral("evil") + QChar(0x202e) + QStringLiteral("gnp.exe\nline2"));
        rename.addBindValue(spoofId);
        QVERIFY(rename.exec());

        OverviewPage overview;
        overview.resize(1280, 760);
        overview.setWorkspace(workspace);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        QVERIFY(QTest::qWaitFor([&] { return !overview.isLoading() && !overview.snapshot().readAt.isNull(); }, 20000));
        QTreeWidgetItem* shown = overview.recentList()->topLevelItem(0);
        QCOMPARE(shown->text(0), QStringLiteral("evil\\u202egnp.exe\\u000aline2"));
        // Twenty failures are named; a last row counts the rest and opens them on the Runs page.
        const QTreeWidget* alerts = overview.alertList();
        QCOMPARE(alerts->topLevelItemCount(), 21);
        QTreeWidgetItem* more = alerts->topLevelItem(20);
        QCOMPARE(more->text(0), QStringLiteral("…and 5 more failed or interrupted runs"));
        QSignalSpy filtered(&overview, &OverviewPage::openRunsFilteredRequested);
        Q_EMIT overview.alertList()->itemActivated(more, 0);
        QCOMPARE(filtered.count(), 1);
        QVERIFY(filtered.first().first().toString().contains(QStringLiteral("failed")));
        // No column grows past a third of its list for a long name.
        for (int column = 0; column < 2; ++column)
            QVERIFY(alerts->columnWidth(column) <= std::max(120, alerts->viewport()->width() / 3));

        // An empty registry.db is reported, and left as it is: looking writes nothing.
        QFile empty(QDir(workspace->registryFolder()).filePath(QStringLiteral("registry.db")));
        QDir().mkpath(workspace->registryFolder());
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const OverviewSnapshot snapshot = readOverview(*workspace, QString());
        QVERIFY2(!snapshot.problems.isEmpty() && snapshot.problems.first().contains(QStringLiteral("empty")),
                 qPrintable(snapshot.problems.join(QLatin1Char('|'))));
        QCOMPARE(QFileInfo(empty.fileName()).size(), 0);
    }

    void germanAndDark()
    {
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        theme::apply(Theme::Dark);
        QVERIFY(reloadAndWait());
        QTest::qWait(50);
        QCOMPARE(page()->alertList()->headerItem()->text(0), QStringLiteral("Meldung"));
        saveScreen(m_window.get(), QStringLiteral("overview-de-dark"));
        theme::apply(Theme::Light);
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
