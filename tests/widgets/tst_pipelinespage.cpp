// The Pipelines page as a user drives it in the real main window (offscreen): open a pipeline
// file, run it with Ctrl+R and watch its steps end, follow a step's output to the registry, find
// the pipeline run from the registry's lineage, fix a typo the Check lists with its line, stop
// a run and resume it, and let a watched folder start a run while the page is open. Screenshots
// in English, German and the dark theme go to screens/.
#include "../support/CliRunner.h"
#include "../support/Screens.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "PipelineFormDialog.h"
#include "PipelineGraph.h"
#include "PipelinesPage.h"
#include "RegistryPage.h"
#include "Theme.h"
#include "Translations.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/Environment.h"
#include "engine/pipeline/PipelineSpec.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace crucible;
using crucible::test::saveScreen;

namespace {

const QByteArray kPipeline =
    "name: iris-retrain\n"
    "triggers:\n"
    "  watch: incoming\n"
    "steps:\n"
    "  - id: data\n"
    "    data: {path: \"${trigger.file}\", folder: incoming, name: iris-live, target: species}\n"
    "  - id: train\n"
    "    train:\n"
    "      data: ${steps.data.dataset}\n"
    "      recipe: {model: \"mlp:16\", epochs: 60, lr: 0.01, seed: 3, threads: 1}\n"
    "  - id: evaluate\n"
    "    evaluate: {model: \"${steps.train.run_id}\", champion: iris@production, data: "
    "\"${steps.data.dataset}\", split: test}\n"
    "  - id: gate\n"
    "    gate:\n"
    "      - challenger.accuracy >= 0.8\n"
    "      - challenger.accuracy >= champion.accuracy\n"
    "  - id: register\n"
    "    register: {run: \"${steps.train.run_id}\", name: iris}\n"
    "  - id: promote\n"
    "    promote: {model: \"${steps.register.model}\", alias: production}\n";

} // namespace

class TestPipelinesPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    PipelinesPage* page() const { return m_window->findChild<PipelinesPage*>(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile out(file(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    /// Waits for the run the page started to end; its status.
    QString waitForRun()
    {
        QSignalSpy finished(page(), &PipelinesPage::runFinished);
        if (!page()->isRunning() && finished.isEmpty())
            return QStringLiteral("(not running)");
        if (!finished.wait(120000))
            return QStringLiteral("(timed out)");
        TaskManager::instance().waitForIdle(10000);
        return finished.first().first().toString();
    }

    /// The statuses of the graph's steps, in order.
    QStringList stepStatuses() const
    {
        QStringList statuses;
        for (const PipelineStepRecord& step : page()->graph()->steps())
            statuses << step.status;
        return statuses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("incoming"));
        QVERIFY(QFile::copy(QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv"),
                            file(QStringLiteral("incoming/iris.csv"))));
        writeFile(QStringLiteral("retrain.yaml"), kPipeline);
        AppSettings::setPipelineFiles({}); // what an earlier run of this test listed is gone
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        auto workspace = Workspace::open(file(QStringLiteral("ws")));
        QVERIFY(workspace);
        m_window =
            std::make_unique<MainWindow>(std::shared_ptr<Workspace>(std::move(workspace.value())), Environment {});
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        TaskManager::instance().waitForIdle(10000);
    }

    void anOpenedFileShowsItsStepsBeforeAnyRun()
    {
        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("pipelines"));
        QSignalSpy saved(page(), &PipelinesPage::pipelineFilesChanged);
        page()->openPipelineFile(file(QStringLiteral("retrain.yaml")));
        QCOMPARE(saved.size(), 1);
        QTRY_COMPARE(page()->currentPipeline(), QStringLiteral("iris-retrain"));
        QCOMPARE(stepStatuses(), QStringList(6, QStringLiteral("pending")));
        QCOMPARE(page()->pipelineTable()->item(0, 1)->text(), QStringLiteral("never run"));
        QCOMPARE(page()->pipelineTable()->item(0, 3)->text(), QStringLiteral("new file in incoming"));
        QVERIFY(page()->editor()->toPlainText().startsWith(QStringLiteral("name: iris-retrain")));
        QVERIFY(page()->runAction()->isEnabled());
        saveScreen(m_window.get(), QStringLiteral("pipelines-new"));
    }

    void ctrlRRunsItAndTheStepsEndPromoted()
    {
        QTest::keyClick(page()->graph(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(page()->isRunning());
        QCOMPARE(waitForRun(), QStringLiteral("succeeded"));
        QTRY_COMPARE(stepStatuses(), QStringList(6, QStringLiteral("succeeded")));
        QTRY_COMPARE(page()->runTable()->rowCount(), 1);
        QCOMPARE(page()->runTable()->item(0, 1)->text(), QStringLiteral("succeeded"));
        QVERIFY(page()->messageText().contains(QStringLiteral("promoted iris@1 to production")));
        // The step boxes do not overlap, and each holds its id.
        for (int i = 0; i + 1 < page()->graph()->steps().size(); ++i)
            QVERIFY(!page()->graph()->stepRect(i).intersects(page()->graph()->stepRect(i + 1)));
        page()->selectStep(QStringLiteral("register"));
        QVERIFY(page()->stepDetails()->text().contains(QStringLiteral("href='model:iris@1'")));
        page()->selectStep(QStringLiteral("train"));
        QVERIFY(page()->stepDetails()->text().contains(QStringLiteral("href='run:")));
        QVERIFY(page()->stepLog()->toPlainText().contains(QStringLiteral("epoch 60/60")));
        saveScreen(m_window.get(), QStringLiteral("pipelines-run"));
    }

    void lineageLeadsBothWays()
    {
        page()->selectStep(QStringLiteral("promote"));
        const QString details = page()->stepDetails()->text();
        QVERIFY(details.contains(QStringLiteral("href='model:iris@1'")));
        // Step output -> the Registry page with that version.
        QMetaObject::invokeMethod(page()->stepDetails(), "linkActivated",
                                  Q_ARG(QString, QStringLiteral("model:iris@1")));
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("registry"));
        // Registry lineage -> back to the pipeline run that trained it.
        page()->selectStep(QStringLiteral("train"));
        const QString trainingRun = page()->graph()->steps()[1].outputs.value(QStringLiteral("run_id")).toString();
        QVERIFY(!trainingRun.isEmpty());
        auto* registry = m_window->findChild<RegistryPage*>();
        QTRY_VERIFY(registry->findChild<QLabel*>(QStringLiteral("registry-lineage"))
                        ->text()
                        .contains(QStringLiteral("pipeline:") + trainingRun));
        for (QTabWidget* tabs : registry->findChildren<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).remove(QLatin1Char('&')) == QLatin1String("Lineage"))
                    tabs->setCurrentIndex(i);
            }
        }
        saveScreen(m_window.get(), QStringLiteral("pipelines-registry-lineage"));
        page()->selectStep(QStringLiteral("data"));
        Q_EMIT registry->openPipelineRunRequested(trainingRun);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("pipelines"));
        QCOMPARE(page()->graph()->currentStep(), QStringLiteral("train"));
        // The run's details on the Runs page lead there too.
        page()->selectStep(QStringLiteral("data"));
        QMetaObject::invokeMethod(page()->stepDetails(), "linkActivated",
                                  Q_ARG(QString, QStringLiteral("run:") + trainingRun));
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("runs"));
        QLabel* pipelineLink = nullptr;
        QTRY_VERIFY((pipelineLink = m_window->findChild<QLabel*>(QStringLiteral("run-pipeline"))) != nullptr);
        QVERIFY(pipelineLink->text().contains(QStringLiteral("iris-retrain")));
        saveScreen(m_window.get(), QStringLiteral("pipelines-runs-lineage"));
        QMetaObject::invokeMethod(pipelineLink, "linkActivated",
                                  Q_ARG(QString, QStringLiteral("pipeline:") + trainingRun));
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("pipelines"));
        QCOMPARE(page()->graph()->currentStep(), QStringLiteral("train"));
    }

    void checkListsProblemsWithTheirLines()
    {
        page()->tabs()->setCurrentIndex(1);
        QString text = page()->editor()->toPlainText();
        text.replace(QStringLiteral("epochs: 60"), QStringLiteral("epoch: 60"));
        page()->editor()->setPlainText(text);
        page()->editor()->document()->setModified(true); // as typing does
        QVERIFY(!page()->checkEditor());
        QCOMPARE(page()->problemList()->count(), 1);
        QVERIFY2(page()->problemList()->item(0)->text().contains(
                     QStringLiteral("retrain.yaml:10: steps.train.train.recipe.epoch: unknown key 'epoch' (did you "
                                    "mean 'epochs'?)")),
                 qPrintable(page()->problemList()->item(0)->text()));
        Q_EMIT page()->problemList()->itemActivated(page()->problemList()->item(0));
        QCOMPARE(page()->editor()->textCursor().blockNumber(), 9);
        saveScreen(m_window.get(), QStringLiteral("pipelines-check"));
        // Run saves the file first, so it would run the typo: the run is refused with the problem.
        QTest::keyClick(page()->editor(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(!page()->isRunning());
        QVERIFY(page()->messageText().contains(QStringLiteral("epoch")));
        text.replace(QStringLiteral("epoch: 60"), QStringLiteral("epochs: 60"));
        page()->editor()->setPlainText(text);
        page()->editor()->document()->setModified(true);
        QTest::keyClick(page()->editor(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(page()->messageText().startsWith(QStringLiteral("Saved")));
        QCOMPARE(page()->problemList()->item(0)->text(), QStringLiteral("No problems: 6 steps."));
    }

    void stopThenResume()
    {
        // A slow shell step to stop in.
        writeFile(QStringLiteral("slow.yaml"),
                  "name: slow\nsteps:\n  - id: first\n    shell: {run: \"echo one\"}\n"
                  "  - id: wait\n    shell: {run: \"[ -e again ] || (touch again; sleep "
                  "30)\"}\n  - id: last\n    shell: {run: \"echo done\"}\n");
        page()->openPipelineFile(file(QStringLiteral("slow.yaml")));
        QTRY_COMPARE(page()->currentPipeline(), QStringLiteral("slow"));
        page()->run();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file(QStringLiteral("again"))), 20000);
        QTest::keyClick(page()->graph(), Qt::Key_Escape);
        QCOMPARE(waitForRun(), QStringLiteral("stopped"));
        QTRY_COMPARE(stepStatuses(),
                     (QStringList {QStringLiteral("succeeded"), QStringLiteral("stopped"), QStringLiteral("pending")}));
        QTRY_VERIFY(page()->findChild<QPushButton*>(QStringLiteral("pipeline-run-button"))->isEnabled());
        saveScreen(m_window.get(), QStringLiteral("pipelines-stopped"));
        QTest::keyClick(page()->graph(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(waitForRun(), QStringLiteral("succeeded"));
        QTRY_COMPARE(stepStatuses(), QStringList(3, QStringLiteral("succeeded")));
        QCOMPARE(page()->runTable()->rowCount(), 1); // the same run, continued
        QCOMPARE(page()->graph()->steps()[0].attempts, 1);
        QCOMPARE(page()->graph()->steps()[1].attempts, 2);
    }

    void aWatchedFolderStartsARunWhileOpen()
    {
        QVERIFY(page()->selectPipeline(QStringLiteral("iris-retrain")));
        QFile copy(file(QStringLiteral("incoming/more.csv")));
        QVERIFY(QFile::copy(QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv"), copy.fileName()));
        QVERIFY(copy.open(QIODevice::ReadWrite));
        QVERIFY(copy.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        copy.close();
        QSignalSpy finished(page(), &PipelinesPage::runFinished);
        page()->setTriggersEnabled(true);
        // Both files are new to the watcher: two runs, one after the other.
        QTRY_VERIFY2_WITH_TIMEOUT(finished.size() == 2, qPrintable(page()->messageText()), 120000);
        QCOMPARE(finished[0][0].toString(), QStringLiteral("succeeded"));
        QCOMPARE(finished[1][0].toString(), QStringLiteral("succeeded"));
        page()->setTriggersEnabled(false);
        QTRY_COMPARE(page()->runTable()->rowCount(), 3);
        QCOMPARE(page()->runTable()->item(0, 2)->text(), QStringLiteral("new file"));
        saveScreen(m_window.get(), QStringLiteral("pipelines-history"));
    }

    void deleteRemovesAPipelineFromTheList()
    {
        QVERIFY(page()->selectPipeline(QStringLiteral("slow")));
        QSignalSpy saved(page(), &PipelinesPage::pipelineFilesChanged);
        QApplication::setActiveWindow(m_window.get());
        page()->pipelineTable()->setFocus();
        QTRY_VERIFY(page()->pipelineTable()->hasFocus());
        QTest::keyClick(page()->pipelineTable(), Qt::Key_Delete);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toStringList(), QStringList {file(QStringLiteral("retrain.yaml"))});
        // Its runs stay in the workspace, so it stays listed by them, without a file to run.
        QTRY_VERIFY(page()->selectPipeline(QStringLiteral("slow")));
        QTRY_COMPARE(page()->pipelineTable()->item(1, 3)->text(), QStringLiteral("(file not listed)"));
    }

    void theFormWritesAValidPipelineThatRuns()
    {
        PipelineFormDialog dialog(m_window.get());
        PipelineForm form;
        form.name = QStringLiteral("from-form");
        form.dataset = QStringLiteral("iris-form");
        form.target = QStringLiteral("species");
        form.model = QStringLiteral("irisform");
        form.epochs = 60;
        form.minimum = 0.8;
        form.notifyLog = QStringLiteral("form-notes.jsonl");
        dialog.setForm(form);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems()));
        QVERIFY(
            dialog.yamlText().contains(QStringLiteral("challenger.accuracy >= champion.accuracy + ${params.margin}")));
        // Every field shows in the file beside it as the user types.
        dialog.findChild<QLineEdit*>(QStringLiteral("form-model-spec"))->setText(QStringLiteral("mlp:8"));
        QVERIFY(dialog.yamlText().contains(QStringLiteral("model: \"mlp:8\"")));
        // A field that makes the pipeline invalid is named, and Save is off.
        dialog.findChild<QLineEdit*>(QStringLiteral("form-schedule"))->setText(QStringLiteral("0 25 * * *"));
        QVERIFY(dialog.problems().contains(QStringLiteral("triggers.schedule: hour field '25'")));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
        dialog.resize(1100, 640);
        dialog.show();
        saveScreen(&dialog, QStringLiteral("pipelines-form-invalid"));
        dialog.findChild<QLineEdit*>(QStringLiteral("form-schedule"))->clear();
        QVERIFY(dialog.problems().isEmpty());
        saveScreen(&dialog, QStringLiteral("pipelines-form"));
        QVERIFY(dialog.saveTo(file(QStringLiteral("from-form.yaml"))).isEmpty());
        dialog.close();

        // The form reads back what it wrote (and a file beyond its shape is left to the YAML).
        auto written = PipelineSpec::load(file(QStringLiteral("from-form.yaml")));
        QVERIFY(written);
        const auto readBack = PipelineForm::fromSpec(written.value());
        QVERIFY(readBack);
        QCOMPARE(readBack->toYaml(), dialog.form().toYaml());
        auto other = PipelineSpec::load(file(QStringLiteral("slow.yaml")));
        QVERIFY(other && !PipelineForm::fromSpec(other.value()));

        page()->openPipelineFile(file(QStringLiteral("from-form.yaml")));
        QTRY_COMPARE(page()->currentPipeline(), QStringLiteral("from-form"));
        QVERIFY(page()->editInForm(false));
        page()->run();
        QCOMPARE(waitForRun(), QStringLiteral("succeeded"));
        QTRY_VERIFY(page()->messageText().contains(QStringLiteral("promoted irisform@1 to staging,production")));
        QVERIFY(QFile::exists(file(QStringLiteral("form-notes.jsonl"))));
    }

    void germanAndDark()
    {
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QTRY_COMPARE(page()->runAction()->text(), QStringLiteral("&Ausführen"));
        page()->tabs()->setCurrentIndex(0);
        saveScreen(m_window.get(), QStringLiteral("pipelines-de"));
        {
            PipelineFormDialog dialog(m_window.get());
            dialog.show();
            saveScreen(&dialog, QStringLiteral("pipelines-form-de"));
        }
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        theme::apply(Theme::Dark);
        saveScreen(m_window.get(), QStringLiteral("pipelines-dark"));
        {
            PipelineFormDialog dialog(m_window.get());
            dialog.show();
            saveScreen(&dialog, QStringLiteral("pipelines-form-dark"));
        }
        theme::apply(Theme::Light);
    }
};

QTEST_MAIN(TestPipelinesPage)
#include "tst_pipelinespage.moc"
