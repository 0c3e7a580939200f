// Reproducibility in the workbench: Rerun and Check on the Runs page trains the run again from its
// record and shows "reproduced" in the strip and in the rerun's details; Compare Both overlays the
// original and the rerun; Diff shows what differs between two runs. Screenshots in English, German
// and the dark theme go to screens/.
#include "../support/CliRunner.h"
#include "ComparePage.h"
#include "MainWindow.h"
#include "MetricChart.h"
#include "RunDiffDialog.h"
#include "RunTableModel.h"
#include "RunsPage.h"
#include "Theme.h"
#include "Translations.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/Environment.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace crucible;

namespace {

void saveScreen(QWidget* widget, const QString& name)
{
    const QString folder = QStringLiteral(QT_TESTCASE_BUILDDIR "/screens");
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestReproduceGui : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspaceFolder;
    QString m_first;
    QString m_second;
    std::unique_ptr<MainWindow> m_window;

    RunsPage* page() const { return m_window->findChild<RunsPage*>(); }

    QString train(const QString& lr)
    {
        const auto trained = test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspaceFolder,
                                           QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"),
                                           QStringLiteral("iris"), QStringLiteral("--model"), QStringLiteral("mlp:16"),
                                           QStringLiteral("--epochs"), QStringLiteral("4"), QStringLiteral("--lr"), lr,
                                           QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--set"),
                                           QStringLiteral("deterministic=true")});
        return trained.json().value(QStringLiteral("run_id")).toString();
    }

    void select(const QStringList& ids)
    {
        auto* view = page()->findChild<QTableView*>(QStringLiteral("runs-table"));
        auto* model = qobject_cast<RunTableModel*>(view->model());
        QVERIFY(model);
        view->selectionModel()->clearSelection();
        for (const QString& id : ids) {
            const int row = model->rowOf(id);
            QVERIFY2(row >= 0, qPrintable(id));
            view->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspaceFolder = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspaceFolder,
                               QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")})
                     .exitCode,
                 0);
        m_first = train(QStringLiteral("0.01"));
        m_second = train(QStringLiteral("0.02"));
        QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        auto workspace = Workspace::open(m_workspaceFolder);
        QVERIFY(workspace);
        m_window =
            std::make_unique<MainWindow>(std::shared_ptr<Workspace>(std::move(workspace.value())), Environment {});
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->showPage(QStringLiteral("runs")));
        QTRY_VERIFY(page()->showRun(m_first));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        TaskManager::instance().waitForIdle(10000);
    }

    void rerunAndCheckSaysReproduced()
    {
        select({m_first});
        QVERIFY(page()->rerunCheckAction()->isEnabled());
        QVERIFY(!page()->diffAction()->isEnabled()); // a diff takes two runs
        page()->rerunCheckAction()->trigger();
        QVERIFY(page()->isRerunning() || !page()->lastRerunId().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isRerunning() && page()->rerunText().startsWith(QStringLiteral("Reproduced")),
                                 60000);
        QVERIFY2(page()->rerunText().contains(QStringLiteral(" points identical. The environment is the same.")),
                 qPrintable(page()->rerunText()));
        // The rerun is selected; its details name the original and the verdict.
        QLabel* reproduction = nullptr;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (reproduction = page()->findChild<QLabel*>(QStringLiteral("run-reproduction"))) != nullptr,
            qPrintable(QStringLiteral("selected %1, rerun %2")
                           .arg(page()->selectedRunIds().join(QLatin1Char(',')), page()->lastRerunId())),
            10000);
        QVERIFY2(reproduction->text().contains(QRegularExpression(
                     QStringLiteral("^Rerun of %1: reproduced, \\d+ points identical$").arg(m_first))),
                 qPrintable(reproduction->text()));
        saveScreen(m_window.get(), QStringLiteral("runs-rerun-checked"));

        // Compare Both: the original and the rerun overlaid on the Compare page.
        QVERIFY(page()->rerunCompareButton()->isVisible());
        page()->rerunCompareButton()->click();
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("compare"));
        auto* compare = m_window->findChild<ComparePage*>();
        QTRY_COMPARE(compare->legend()->count(), 2);
        QTRY_VERIFY(compare->chart(QStringLiteral("loss")) != nullptr
                    && compare->chart(QStringLiteral("loss"))->seriesIds().size() == 2);
        saveScreen(m_window.get(), QStringLiteral("compare-rerun"));
        QVERIFY(m_window->showPage(QStringLiteral("runs")));
    }

    void diffShowsWhatDiffers()
    {
        select({m_first, m_second});
        QVERIFY(page()->diffAction()->isEnabled());
        QVERIFY(!page()->rerunAction()->isEnabled()); // a rerun takes one run
        page()->diffAction()->trigger();
        RunDiffDialog* dialog = page()->diffDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QStringList keys;
        for (int r = 0; r < dialog->table()->rowCount(); ++r)
            keys << dialog->table()->item(r, 1)->text();
        QCOMPARE(keys, QStringList {QStringLiteral("lr")});
        QCOMPARE(dialog->table()->item(0, 2)->text(), QStringLiteral("0.01"));
        QCOMPARE(dialog->table()->item(0, 3)->text(), QStringLiteral("0.02"));
        QVERIFY(dialog->summaryText().startsWith(QStringLiteral("1 difference between")));
        saveScreen(dialog, QStringLiteral("runs-diff"));
        dialog->everythingBox()->setChecked(true);
        QVERIFY(dialog->table()->rowCount() > 20); // every recipe key, column and environment field
        dialog->everythingBox()->setChecked(false);

        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QTRY_COMPARE(page()->rerunCheckAction()->text(), QStringLiteral("Wiederholen und prüfen"));
        QTest::qWait(50); // the layout follows the longer German labels
        saveScreen(m_window.get(), QStringLiteral("runs-rerun-de"));
        dialog->close();
        select({m_first, m_second});
        page()->diffAction()->trigger();
        QTRY_VERIFY(page()->diffDialog() && page()->diffDialog()->isVisible());
        saveScreen(page()->diffDialog(), QStringLiteral("runs-diff-de"));
        page()->diffDialog()->close();
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        theme::apply(Theme::Dark);
        select({m_first});
        saveScreen(m_window.get(), QStringLiteral("runs-rerun-dark"));
        theme::apply(Theme::Light);
    }
};

QTEST_MAIN(TestReproduceGui)
#include "tst_reproducegui.moc"
