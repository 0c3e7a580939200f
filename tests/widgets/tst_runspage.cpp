// The Runs page and its table model, on a real workspace filled through the engine.
#include "../support/Require.h"
#include "../support/Screens.h"
#include "../support/TestUtil.h"
#include "RunDetailsPanel.h"
#include "RunTableModel.h"
#include "RunsPage.h"
#include "Translations.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace crucible;

class TestRunsPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    QStringList m_ids; // adam-1 (0.95), sgd-2 (0.7), adam-3 (0.85, failed)

    static QStringList column(const QAbstractItemModel& model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }

    static int headerColumn(const QAbstractItemModel& model, const QString& title)
    {
        for (int i = 0; i < model.columnCount(); ++i) {
            if (model.headerData(i, Qt::Horizontal).toString() == title)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Workspace::open(m_dir.path());
        QVERIFY(opened);
        m_workspace = std::move(opened.value());
        RunStore store(*m_workspace);
        const QList<std::pair<QString, double>> specs {
            {QStringLiteral("adam"), 0.95}, {QStringLiteral("sgd"), 0.7}, {QStringLiteral("adam"), 0.85}};
        for (int i = 0; i < specs.size(); ++i) {
            NewRun spec;
            spec.name = QStringLiteral("%1-%2").arg(specs[i].first).arg(i + 1);
            spec.config =
                QJsonObject {{QStringLiteral("optimizer"), specs[i].first}, {QStringLiteral("lr"), 0.01 * (i + 1)}};
            const QString id = store.createRun(spec).value();
            QVERIFY(store.start(id));
            auto writer = MetricWriter::open(*m_workspace, id);
            writer.value()->log(QStringLiteral("val_accuracy"), 0, specs[i].second);
            writer.value()->log(QStringLiteral("loss"), 0, 1.0 - specs[i].second);
            QVERIFY(writer.value()->close());
            QVERIFY(i == 2 ? store.fail(id, QStringLiteral("out of memory")) : store.finish(id));
            m_ids << id;
        }
    }

    void showsRunsWithMetricColumns()
    {
        RunsPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setWorkspace(m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 3);
        const int accuracy = headerColumn(*page.model(), QStringLiteral("val_accuracy"));
        QVERIFY(accuracy > 0);
        QVERIFY(headerColumn(*page.model(), QStringLiteral("loss")) > 0);
        QCOMPARE(column(*page.model(), 0),
                 (QStringList {QStringLiteral("adam-3"), QStringLiteral("sgd-2"), QStringLiteral("adam-1")}));
        QCOMPARE(column(*page.model(), 2).first(), QStringLiteral("Failed"));
        QVERIFY(!page.model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(page.model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("out of memory")));

        page.view()->sortByColumn(accuracy, Qt::DescendingOrder);
        QCOMPARE(column(*page.model(), accuracy),
                 (QStringList {QStringLiteral("0.95"), QStringLiteral("0.85"), QStringLiteral("0.7")}));
        page.view()->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(column(*page.model(), 0).first(), QStringLiteral("adam-1"));

        page.setExtraColumns({QStringLiteral("params.optimizer"), QStringLiteral("metrics.val_accuracy.max")});
        QCOMPARE(page.model()->columnCount(), 5 + 2);
        QCOMPARE(page.model()->headerData(5, Qt::Horizontal).toString(), QStringLiteral("params.optimizer"));
        QCOMPARE(column(*page.model(), 5),
                 (QStringList {QStringLiteral("adam"), QStringLiteral("adam"), QStringLiteral("sgd")}));
    }

    void filtersAndShowsErrorsInline()
    {
        RunsPage page;
        page.setWorkspace(m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        page.setFilterText(QStringLiteral("metrics.val_accuracy > 0.8 and params.optimizer = \"adam\""));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.filterError(), QString());
        QCOMPARE(page.model()->rowCount(), 2);

        page.setFilterText(QStringLiteral("metrics.val_accuracy > 0.8 and params.optimizer = adam"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.filterError(), QStringLiteral("Column 51: put text in quotes: \"adam\""));
        QCOMPARE(page.model()->rowCount(), 2); // the last good result stays

        // Typing applies the filter after a short pause, without pressing Enter.
        page.findChild<QLineEdit*>(QStringLiteral("runs-filter"))->setText(QStringLiteral("status = \"failed\""));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.filterError(), QString());
        QCOMPARE(page.model()->runAt(0)->id, m_ids[2]);
    }

    void detailsShowTheRunAndSaveNotesAndTags()
    {
        RunsPage page;
        page.setWorkspace(m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        const int row = page.model()->rowOf(m_ids[0]);
        page.view()->selectionModel()->setCurrentIndex(page.model()->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(page.details()->runId(), m_ids[0]);
        QCOMPARE(page.details()->findChild<QLabel*>(QStringLiteral("run-title"))->text(), QStringLiteral("adam-1"));
        QCOMPARE(page.details()->findChild<QLabel*>(QStringLiteral("run-status"))->text(), QStringLiteral("Finished"));

        auto* save = page.details()->findChild<QPushButton*>(QStringLiteral("run-save"));
        QVERIFY(!save->isEnabled());
        page.details()->setNotes(QStringLiteral("the best so far"));
        page.details()->setTagsText(QStringLiteral("keep, paper"));
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        const auto run = RunCatalog(*m_workspace).run(m_ids[0]);
        QCOMPARE(run->notes, QStringLiteral("the best so far"));
        QCOMPARE(run->tags, (QStringList {QStringLiteral("keep"), QStringLiteral("paper")}));
        QCOMPARE(page.details()->runId(), m_ids[0]); // still selected after the reload
        page.setFilterText(QStringLiteral("tag = \"paper\""));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 1);
    }

    /// A data-parallel run's Environment tab names its world size and every rank's host.
    void theEnvironmentTabShowsADataParallelRunsWorld()
    {
        RunStore store(*m_workspace);
        NewRun spec;
        spec.name = QStringLiteral("two-ranks");
        const QString id = store.createRun(spec).value();
        Environment environment = Environment::machine();
        environment.worldSize = 2;
        environment.hosts = {QStringLiteral("node-a (10.0.0.1)"), QStringLiteral("node-b (10.0.0.2)")};
        QVERIFY(store.start(id, environment));
        QVERIFY(store.finish(id));
        RunsPage page;
        page.resize(1280, 700);
        page.setWorkspace(m_workspace);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        page.view()->selectionModel()->setCurrentIndex(page.model()->index(page.model()->rowOf(id), 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto* tabs = page.details()->findChild<QTabWidget*>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QStringLiteral("Environment"))
                tabs->setCurrentIndex(i);
        auto* table = qobject_cast<QTableWidget*>(tabs->currentWidget());
        QVERIFY(table);
        QMap<QString, QString> rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
        QCOMPARE(rows.value(QStringLiteral("world_size")), QStringLiteral("2"));
        QCOMPARE(rows.value(QStringLiteral("hosts")), QStringLiteral("node-a (10.0.0.1), node-b (10.0.0.2)"));
        QDir().mkpath(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens"));
        page.grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens/runs-environment.png")); // for review
        QVERIFY(store.moveToTrash(id));
        QCOMPARE(store.emptyTrash().value(), 1);
    }

    void movesSelectedRunsToTheTrashAndBack()
    {
        RunsPage page;
        page.setWorkspace(m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        auto* selection = page.view()->selectionModel();
        selection->clearSelection();
        for (const QString& id : {m_ids[1], m_ids[2]})
            selection->select(page.model()->index(page.model()->rowOf(id), 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page.selectedRunIds().size(), 2);
        page.trashOrRestoreSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 1);
        page.setShowingTrash(true);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 2);
        page.view()->selectAll();
        page.trashOrRestoreSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 0);
        page.setShowingTrash(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 3);
    }

    void emptiesTheTrashForGood()
    {
        QTemporaryDir folder;
        auto opened = Workspace::open(folder.path());
        QVERIFY(opened);
        std::shared_ptr<Workspace> workspace = std::move(opened.value());
        RunStore store(*workspace);
        QStringList ids;
        for (const char* name : {"kept", "discarded", "also-discarded"}) {
            NewRun spec;
            spec.name = QLatin1String(name);
            ids << store.createRun(spec).value();
            QVERIFY(store.start(ids.last()));
            QVERIFY(store.finish(ids.last()));
        }
        QFile checkpoint(QDir(store.runFolder(ids[1])).filePath(QStringLiteral("model.pt")));
        QVERIFY(checkpoint.open(QIODevice::WriteOnly) && checkpoint.write(QByteArray(2500, 'x')) == 2500);
        checkpoint.close();
        QVERIFY(store.moveToTrash(ids[1]));
        QVERIFY(store.moveToTrash(ids[2]));
        RunsPage page;
        page.resize(1100, 500);
        page.setWorkspace(workspace);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QVERIFY(page.emptyTrashButton()->isHidden()); // only where the trash is shown
        page.setShowingTrash(true);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(!page.emptyTrashButton()->isHidden());
        test::saveScreen(&page, QStringLiteral("runs-trash"));
        QSignalSpy notices(&page, &RunsPage::notice);
        page.emptyTrash(false);
        QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 1, 10000);
        QCOMPARE(notices.first().first().toString(), QStringLiteral("Deleted 2 run(s) for good; 2.5 kB freed."));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.model()->rowCount() == 0, 10000);
        QVERIFY(!QFileInfo::exists(QDir(workspace->runsFolder()).filePath(ids[1])));
        page.setShowingTrash(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->runAt(0)->id, ids[0]);
        QVERIFY(page.emptyTrashButton()->isHidden());
    }

    void aNewerReloadReplacesAnOlderOne()
    {
        RunsPage page;
        QSignalSpy loaded(&page, &RunsPage::loaded);
        page.setWorkspace(m_workspace);
        QVERIFY(page.isLoading()); // the listing runs in the background; the call returned at once
        page.setFilterText(QStringLiteral("status = \"failed\""));
        page.setFilterText(QStringLiteral("params.optimizer = \"adam\""));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(loaded.size(), 1); // the two replaced listings were dropped, not shown in turn
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.matchingRunIds().size(), 2);

        // A workspace switched away while its listing runs never shows up afterwards.
        page.setFilterText(QString());
        page.setWorkspace(nullptr);
        QVERIFY(!page.isLoading());
        QTest::qWait(300);
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void showRunSelectsARunHiddenByTheFilterOnceTheListingIsIn()
    {
        RunsPage page;
        page.setWorkspace(m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        page.setFilterText(QStringLiteral("status = \"failed\""));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QVERIFY(page.showRun(m_ids[0]));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.selectedRunIds(), QStringList {m_ids[0]});
        QCOMPARE(page.details()->runId(), m_ids[0]);
        QVERIFY(!page.showRun(QStringLiteral("0000000000000000"))); // no such run: refused at once
    }

    void appliesChangesFromTheStoreWithoutAReset()
    {
        RunsPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setWorkspace(m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QVERIFY(page.showRun(m_ids[0]));
        RunTableModel* model = page.model();
        const int before = model->rowCount();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

        // A run started elsewhere in the program (the Train page, a pipeline) appears, is
        // updated as it trains, and goes when it is trashed; the user's selection stays.
        RunStore store(*m_workspace);
        NewRun spec;
        spec.name = QStringLiteral("live-4");
        spec.config = QJsonObject {{QStringLiteral("optimizer"), QStringLiteral("adam")}};
        const QString id = REQUIRE_OK(store.createRun(spec));
        QTRY_COMPARE(model->rowCount(), before + 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model->runAt(0)->id, id); // newest first
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Queued"));
        QTRY_COMPARE(page.findChild<QLabel*>(QStringLiteral("runs-count"))->text(), QStringLiteral("4 run(s)"));

        VERIFY_OK(store.start(id));
        QTRY_COMPARE(model->index(model->rowOf(id), 2).data().toString(), QStringLiteral("Running"));
        auto writer = REQUIRE_OK(MetricWriter::open(*m_workspace, id));
        writer->log(QStringLiteral("val_accuracy"), 0, 0.42);
        VERIFY_OK(writer->close());
        const int accuracy = headerColumn(*model, QStringLiteral("val_accuracy"));
        QTRY_COMPARE(model->index(model->rowOf(id), accuracy).data().toString(), QStringLiteral("0.42"));
        QCOMPARE(page.selectedRunIds(), QStringList {m_ids[0]});

        // Sorted by accuracy, a better value moves the row; the moved run stays selected.
        page.view()->sortByColumn(accuracy, Qt::DescendingOrder);
        QVERIFY(page.showRun(id));
        QCOMPARE(model->runAt(model->rowCount() - 1)->id, id); // 0.42 is the lowest
        QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
        auto better = REQUIRE_OK(MetricWriter::open(*m_workspace, id));
        better->log(QStringLiteral("val_accuracy"), 1, 0.99);
        VERIFY_OK(better->close());
        QTRY_COMPARE(model->runAt(0)->id, id);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(page.selectedRunIds(), QStringList {id});

        VERIFY_OK(store.moveToTrash(id));
        QTRY_COMPARE(model->rowCount(), before);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(resets.size(), 0); // never a reset: scroll position and selection survive
        REQUIRE_OK(store.emptyTrash());
        page.view()->sortByColumn(3, Qt::DescendingOrder);
    }

    void numbersFollowTheLanguage()
    {
        RunsPage page;
        page.setWorkspace(m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        page.setExtraColumns({QStringLiteral("metrics.val_accuracy"), QStringLiteral("params.lr")});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        const int accuracy = headerColumn(*page.model(), QStringLiteral("val_accuracy"));
        const int lr = headerColumn(*page.model(), QStringLiteral("params.lr"));
        page.view()->sortByColumn(accuracy, Qt::DescendingOrder);
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(column(*page.model(), accuracy),
                 (QStringList {QStringLiteral("0,95"), QStringLiteral("0,85"), QStringLiteral("0,7")}));
        QCOMPARE(column(*page.model(), lr),
                 (QStringList {QStringLiteral("0,01"), QStringLiteral("0,03"), QStringLiteral("0,02")}));
        installTranslations(QLocale::c()); // the source texts and numbers as the tests expect them
        QCOMPARE(column(*page.model(), accuracy).first(), QStringLiteral("0.95"));
    }

    void worksWithoutAWorkspace()
    {
        RunsPage page;
        page.setWorkspace(nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 0);
        page.setFilterText(QStringLiteral("seed = 1"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        QCOMPARE(page.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestRunsPage)
#include "tst_runspage.moc"
