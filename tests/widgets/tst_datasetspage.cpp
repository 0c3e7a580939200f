#include "../support/Files.h"
#include "../support/Screens.h"
#include "ColumnProfileView.h"
#include "DatasetTableModel.h"
#include "DatasetsPage.h"
#include "ImageGridModel.h"
#include "ImportDialog.h"

#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace crucible;

class TestDatasetsPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    std::unique_ptr<DatasetsPage> m_page;

    bool importAndWait(const ImportRequest& request, QString* message = nullptr)
    {
        QSignalSpy finished(m_page.get(), &DatasetsPage::importFinished);
        m_page->startImport(request);
        if (!finished.wait(60000))
            return false;
        if (message)
            *message = finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }

    bool waitShown()
    {
        if (m_page->isLoading()) {
            QSignalSpy shown(m_page.get(), &DatasetsPage::datasetShown);
            shown.wait(30000);
        }
        return !m_page->isLoading() && m_page->shownVersion() != nullptr;
    }

    QString csv(const QString& name, const QByteArray& bytes) { return test::writeFile(m_dir.filePath(name), bytes); }

private Q_SLOTS:
    void init()
    {
        m_page.reset();
        m_workspace.reset();
        QDir(m_dir.filePath(QStringLiteral("ws"))).removeRecursively();
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(opened);
        m_workspace = std::move(opened.value());
        m_page = std::make_unique<DatasetsPage>();
        m_page->resize(1200, 800);
        m_page->setWorkspace(m_workspace);
        m_page->show();
    }

    void startsEmptyThenImportsAndBrowses()
    {
        auto* stack = m_page->findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->currentIndex(), 0); // "No datasets yet"
        QVERIFY(m_page->importAction()->isEnabled());
        QCOMPARE(m_page->importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));

        QByteArray bytes("length,width,kind\n");
        for (int i = 0; i < 500; ++i)
            bytes +=
                QByteArray::number(i % 37 * 0.5) + "," + QByteArray::number(i % 11) + (i % 3 ? ",small\n" : ",large\n");
        ImportRequest request;
        request.path = csv(QStringLiteral("shapes.csv"), bytes);
        request.name = QStringLiteral("shapes");
        QString message;
        QVERIFY(importAndWait(request, &message));
        QVERIFY(message.contains(QStringLiteral("Imported shapes@")));
        QVERIFY(waitShown());
        QCOMPARE(stack->currentIndex(), 1);
        QCOMPARE(m_page->shownVersion()->name, QStringLiteral("shapes"));

        auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("dataset-list"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QLocale().toString(500));

        DatasetTableModel* model = m_page->tableModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 500);
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("1.5"));
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("large"));
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("kind (target)"));
        // Three columns fill the table's width instead of leaving most of it empty.
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        auto* rows = m_page->findChild<QTableView*>(QStringLiteral("dataset-rows"));
        QTRY_VERIFY(rows->horizontalHeader()->length() >= rows->viewport()->width() - 3);
        QVERIFY(rows->horizontalHeader()->sectionSize(0) > 110);
        rows->horizontalHeader()->resizeSection(0, 80); // the user's width stays
        rows->resize(rows->width() + 40, rows->height());
        QCoreApplication::processEvents();
        QCOMPARE(rows->horizontalHeader()->sectionSize(0), 80);
        // ... and is remembered: the next start (another page given the kept widths) shows it.
        QSignalSpy kept(m_page.get(), &DatasetsPage::columnWidthsChanged);
        QVERIFY(kept.wait(3000));
        const QVariantMap widths = kept.last().first().toMap();
        QVERIFY(widths.contains(QStringLiteral("shapes")));
        {
            DatasetsPage next;
            next.resize(1200, 800);
            next.setColumnWidths(widths);
            next.setWorkspace(m_workspace);
            next.show();
            QVERIFY(QTest::qWaitFor([&] { return next.shownVersion() && !next.isLoading(); }, 10000));
            auto* nextRows = next.findChild<QTableView*>(QStringLiteral("dataset-rows"));
            QTRY_COMPARE(nextRows->horizontalHeader()->sectionSize(0), 80);
        }

        // The Columns tab: statistics and a 30-bin histogram of the selected column.
        m_page->tabs()->setCurrentIndex(1);
        ColumnProfileView* profile = m_page->profileView();
        profile->showColumn(1);
        QVERIFY(profile->statisticsText().contains(QStringLiteral("width")));
        auto* series = qobject_cast<QBarSeries*>(profile->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().first()->count(), 30);
        qreal total = 0;
        for (int i = 0; i < series->barSets().first()->count(); ++i)
            total += series->barSets().first()->at(i);
        QCOMPARE(total, 500.0);
        profile->showColumn(2);
        series = qobject_cast<QBarSeries*>(profile->chart()->series().value(0));
        QCOMPARE(series->barSets().first()->count(), 2); // small, large
        QDir().mkpath(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens"));
        QCoreApplication::processEvents(); // let the chart's scene catch up before the picture
        m_page->grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens/columns.png")); // for review
    }

    void aDatasetImportedElsewhereIsListed()
    {
        auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("dataset-list"));
        QCOMPARE(list->topLevelItemCount(), 0);
        // The engine imports (as the CLI's code or the Train page's samples would in this
        // process); the page hears it from the ChangeHub and lists it without being told.
        auto import = [this](const QString& name) {
            ImportRequest request;
            request.path = csv(name + QStringLiteral(".csv"), QByteArray("x,y\n1,a\n2,b\n3,a\n4,b\n"));
            request.name = name;
            return bool(DatasetStore(*m_workspace).importPath(request, {}));
        };
        QVERIFY(import(QStringLiteral("second")));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem* first = list->topLevelItem(0);
        QCOMPARE(first->text(0), QStringLiteral("second"));
        QCOMPARE(list->currentItem(), first);

        // Another one is added as a row of its own: the row shown stays the same item, selected.
        QVERIFY(import(QStringLiteral("another")));
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("another")); // in name order
        QVERIFY(list->indexOfTopLevelItem(first) >= 0);
        QCOMPARE(list->currentItem(), first);
    }

    void reimportingIsRecognisedAndVersionsAreListed()
    {
        ImportRequest request;
        request.path = csv(QStringLiteral("v.csv"), "a,b\n1,x\n2,y\n");
        request.name = QStringLiteral("v");
        QVERIFY(importAndWait(request));
        QString message;
        QVERIFY(importAndWait(request, &message));
        QVERIFY2(message.contains(QStringLiteral("unchanged")), qPrintable(message));
        csv(QStringLiteral("v.csv"), "a,b\n1,x\n2,y\n3,y\n");
        QVERIFY(importAndWait(request, &message));
        QVERIFY2(message.startsWith(QStringLiteral("Imported v@")), qPrintable(message));
        QVERIFY(waitShown());
        auto* versions = m_page->findChild<QTableWidget*>(QStringLiteral("dataset-versions"));
        QCOMPARE(versions->rowCount(), 2);
        QCOMPARE(m_page->tableModel()->rowCount(), 3);
    }

    void exportsAndDeletesTheVersionShown()
    {
        ImportRequest request;
        request.path = csv(QStringLiteral("kept.csv"), "size,kind\n1.5,a\n2.25,\"b, c\"\n");
        request.name = QStringLiteral("kept");
        QVERIFY(importAndWait(request));
        QVERIFY(m_page->selectDataset(QStringLiteral("kept")));
        QVERIFY(waitShown());
        // The list's context menu holds both; Delete is the key on the list.
        auto* list = m_page->findChild<QTreeWidget*>(QStringLiteral("dataset-list"));
        QVERIFY(list->actions().contains(m_page->exportAction()) && list->actions().contains(m_page->deleteAction()));
        QCOMPARE(m_page->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        const QString out = m_dir.filePath(QStringLiteral("kept-out.csv"));
        m_page->exportShown(out);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->noticeText().startsWith(QStringLiteral("Exported 2 row(s) of kept@")), 10000);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("size,kind\n1.5,a\n2.25,\"b, c\"\n"));
        test::saveScreen(m_page.get(), QStringLiteral("datasets-exported"));

        // A version a run trained on is not deleted without asking; one nothing uses is.
        const QString reference = m_page->shownVersion()->reference();
        const DatasetVersion version = *m_page->shownVersion();
        {
            RunStore runs(*m_workspace);
            NewRun spec;
            spec.name = QStringLiteral("trained-on-kept");
            spec.datasetName = version.name;
            spec.datasetHash = version.hash;
            auto id = DatasetStore(*m_workspace).find(reference);
            QVERIFY(id);
            QSqlQuery query(m_workspace->database());
            QVERIFY(query.exec(QStringLiteral("SELECT id FROM datasets WHERE name = 'kept'")) && query.next());
            spec.datasetId = query.value(0).toLongLong();
            QVERIFY(runs.createRun(spec));
        }
        m_page->deleteShown(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->noticeText().contains(QStringLiteral("was not deleted")), 10000);
        QVERIFY2(m_page->noticeText().contains(QStringLiteral("trained-on-kept")), qPrintable(m_page->noticeText()));
        QVERIFY(m_page->selectDataset(reference));
        test::saveScreen(m_page.get(), QStringLiteral("datasets-delete-refused"));

        request.path = csv(QStringLiteral("unused.csv"), "x,y\n1,2\n3,4\n5,6\n");
        request.name = QStringLiteral("unused");
        QString message;
        QVERIFY2(importAndWait(request, &message), qPrintable(message));
        QVERIFY(m_page->selectDataset(QStringLiteral("unused")));
        QVERIFY(waitShown());
        m_page->deleteShown(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->noticeText().startsWith(QStringLiteral("Deleted unused@")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->selectDataset(QStringLiteral("unused")), 10000);
        QVERIFY(m_page->selectDataset(QStringLiteral("kept")));
    }

    void aRefusedImportSaysWhereAndAddsNothing()
    {
        ImportRequest request;
        request.path = csv(QStringLiteral("ragged.csv"), "a,b\n1,2\n3,4,5\n");
        QString message;
        QVERIFY(!importAndWait(request, &message));
        QVERIFY2(message.contains(QStringLiteral("ragged.csv:3")), qPrintable(message));
        QVERIFY(
            m_page->noticeText().contains(QStringLiteral("ragged.csv:3: this row has 3 fields but the header has 2")));
        QCOMPARE(m_page->findChild<QTreeWidget*>(QStringLiteral("dataset-list"))->topLevelItemCount(), 0);
        QVERIFY(test::listFolder(m_workspace->objectsFolder()).isEmpty());
    }

    void cancelStopsALongImport()
    {
        QByteArray bytes("a,b,c,d\n");
        bytes.reserve(40 << 20);
        for (int i = 0; i < 1500000; ++i)
            bytes += "1.25,2.5,3.75,x\n";
        ImportRequest request;
        request.path = csv(QStringLiteral("long.csv"), bytes);
        QSignalSpy finished(m_page.get(), &DatasetsPage::importFinished);
        m_page->startImport(request);
        QVERIFY(m_page->isImporting());
        QVERIFY(!m_page->importAction()->isEnabled());
        m_page->findChild<QPushButton*>(QStringLiteral("import-cancel"))->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
        QVERIFY(m_page->importAction()->isEnabled());
        QVERIFY(test::listFolder(m_workspace->objectsFolder()).isEmpty());
    }

    void showsImagesAsThumbnails()
    {
        for (int i = 0; i < 12; ++i) {
            QImage image(10, 8, QImage::Format_RGB32);
            image.fill(i % 2 ? QColor(30, 160, 60) : QColor(200, 60, 30));
            const QString folder = m_dir.filePath(i % 2 ? QStringLiteral("pics/leaf") : QStringLiteral("pics/brick"));
            QDir().mkpath(folder);
            QVERIFY(image.save(QStringLiteral("%1/%2.png").arg(folder).arg(i)));
        }
        ImportRequest request;
        request.path = m_dir.filePath(QStringLiteral("pics"));
        QVERIFY(importAndWait(request));
        QVERIFY(waitShown());
        QCOMPARE(m_page->tabs()->currentIndex(), 2); // Images
        ImageGridModel* model = m_page->imageModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 12);
        QCOMPARE(model->index(1).data().toString(), QStringLiteral("brick")); // class folders in name order
        QCOMPARE(model->index(6).data().toString(), QStringLiteral("leaf"));
        const QPixmap thumbnail = model->index(6).data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(thumbnail.width(), model->thumbnailSize());
        QCOMPARE(model->image(0).pixelColor(2, 2), QColor(200, 60, 30));
        m_page->grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens/images.png")); // for review
    }

    void aMillionRowsStayVirtual()
    {
        auto dataset = std::make_shared<Dataset>();
        Column x {QStringLiteral("x"), ColumnType::Numeric, std::vector<float>(1000000), {}, {}};
        for (size_t i = 0; i < x.values.size(); ++i)
            x.values[i] = float(i);
        dataset->columns.push_back(std::move(x));
        DatasetTableModel model;
        model.setDataset(dataset, {});
        QTableView view;
        view.setModel(&model);
        view.resize(600, 400);
        view.show();
        view.scrollToBottom();
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 1000000);
        QCOMPARE(model.index(999999, 0).data().toString(), QStringLiteral("999999"));
        QVERIFY(view.rowAt(view.viewport()->height() - 2) >= 999980);
    }

    void previewFindsTheDialectAndLetsOneChooseIt()
    {
        ImportDialog dialog(
            csv(QStringLiteral("messung.csv"), "Messung 7\n\nx;y;label\n1,5;2,5;a\n3,5;4,5;b\n2,5;1,0;a\n"));
        QVERIFY2(!dialog.hasProblem(), qPrintable(dialog.problemText()));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("semicolon-separated, decimal comma, header on line 3")),
                 qPrintable(dialog.summaryText()));
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(0)->text(), QStringLiteral("x\nnumeric"));
        QCOMPARE(dialog.previewTable()->item(0, 0)->text(), QStringLiteral("1.5"));
        QCOMPARE(dialog.request().name, QStringLiteral("messung"));
        // Told otherwise, it reads what it is told: 1,5 with a decimal point is text.
        dialog.decimalBox()->setCurrentIndex(1);
        QCOMPARE(dialog.request().csv.decimal, '.');
        QVERIFY(dialog.previewTable()->horizontalHeaderItem(0)->text() != QStringLiteral("x\nnumeric"));
        dialog.decimalBox()->setCurrentIndex(0);
        dialog.headerLineBox()->setValue(3);
        QCOMPARE(dialog.request().csv.headerLine, 3);
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(0)->text(), QStringLiteral("x\nnumeric"));
        QVERIFY(importAndWait(dialog.request()));
        dialog.show();
        QDir().mkpath(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens"));
        dialog.grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens/import-dialect.png")); // for review
    }

    void previewShowsTypesAndTarget()
    {
        ImportDialog dialog(
            csv(QStringLiteral("preview.csv"), "age,city,score\n31,Oslo,0.5\n45,Rome,0.75\n27,Oslo,0.25\n"));
        QCOMPARE(dialog.previewTable()->rowCount(), 3);
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(1)->text(), QStringLiteral("city\ncategorical"));
        QCOMPARE(dialog.targetBox()->currentText(), QStringLiteral("score"));
        QVERIFY(!dialog.hasProblem());
        dialog.targetBox()->setCurrentIndex(1);
        QCOMPARE(dialog.request().target, QStringLiteral("city"));
        QCOMPARE(dialog.request().name, QStringLiteral("preview"));

        // A column of numbers with a typo: the import refuses it by default and names it; the
        // dialog's choice reads it as missing instead.
        QByteArray weights("id,weight\n");
        for (int i = 1; i <= 20; ++i)
            weights += QByteArray::number(i) + ',' + (i == 7 ? QByteArray("12kg") : QByteArray::number(i)) + '\n';
        ImportDialog typo(csv(QStringLiteral("weights.csv"), weights));
        QCOMPARE(typo.notNumbersBox()->currentText(), QStringLiteral("Refuse the file"));
        QVERIFY(typo.hasProblem()); // the preview says so before the import is tried
        QVERIFY2(typo.problemText().contains(QStringLiteral("\"12kg\" in row 7")), qPrintable(typo.problemText()));
        QCOMPARE(typo.previewTable()->horizontalHeaderItem(1)->text(), QStringLiteral("weight\ntext"));
        QString message;
        QVERIFY(!importAndWait(typo.request(), &message));
        QVERIFY2(message.contains(QStringLiteral("\"12kg\" in row 7")), qPrintable(message));
        typo.notNumbersBox()->setCurrentIndex(1);
        QCOMPARE(typo.request().csv.notNumbers, CsvOptions::NotNumbers::Missing);
        QVERIFY(!typo.hasProblem());
        QCOMPARE(typo.previewTable()->horizontalHeaderItem(1)->text(), QStringLiteral("weight\ninteger"));
        typo.outOfRangeBox()->setCurrentIndex(1);
        QVERIFY(typo.request().csv.outOfRangeAsMissing);
        QVERIFY(importAndWait(typo.request(), &message));
        QVERIFY(waitShown());
        QCOMPARE(m_page->tableModel()->rowCount(), 20);

        ImportDialog bad(csv(QStringLiteral("bad.csv"), "a,b\n1,\"open\n"));
        QVERIFY(bad.hasProblem());
        QVERIFY(bad.problemText().contains(QStringLiteral("bad.csv:2:3")));
        QVERIFY(!bad.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void previewReadsDatesAndAsksTheirOrderWhereTheRowsDoNotShowIt()
    {
        ImportDialog dialog(csv(QStringLiteral("visits.csv"),
                                "seen,booked,n\n2024-03-01T10:15,03/04/2024,1\n2024-03-02T11:00,05/06/2024,2\n"));
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(0)->text(), QStringLiteral("seen\ndate and time"));
        QVERIFY(dialog.previewTable()->horizontalHeaderItem(1)->text() != QStringLiteral("booked\ndate"));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("\"booked\": dates such as 03/04/2024 could be day first "
                                                              "or month first")),
                 qPrintable(dialog.summaryText()));
        QVERIFY(!dialog.hasProblem()); // read as text, not refused
        dialog.show();
        QDir().mkpath(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens"));
        dialog.grab().save(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens/import-dates.png")); // for review
        dialog.datesBox()->setCurrentIndex(dialog.datesBox()->findData(int(timestamps::DateOrder::DayFirst)));
        QCOMPARE(dialog.request().csv.dates, timestamps::DateOrder::DayFirst);
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(1)->text(), QStringLiteral("booked\ndate"));
        QVERIFY(!dialog.summaryText().contains(QStringLiteral("could be")));
        QVERIFY(importAndWait(dialog.request()));
        QVERIFY(waitShown());
        // The rows as the import read them: 3 April, the time as stored.
        QCOMPARE(m_page->tableModel()->data(m_page->tableModel()->index(0, 1)).toString(),
                 QStringLiteral("2024-04-03"));
        QCOMPARE(m_page->tableModel()->data(m_page->tableModel()->index(0, 0)).toString(),
                 QStringLiteral("2024-03-01 10:15:00"));
        dialog.datesBox()->setCurrentIndex(dialog.datesBox()->findData(int(timestamps::DateOrder::Off)));
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(0)->text(), QStringLiteral("seen\ntext"));
    }
};

QTEST_MAIN(TestDatasetsPage)
#include "tst_datasetspage.moc"
