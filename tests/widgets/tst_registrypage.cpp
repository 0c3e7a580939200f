// The Registry page as a user meets it: an empty registry that says how to fill it, a run's
// model registered twice through the Register Model dialog (live name check, card preview),
// versions with metrics and alias badges, the alias history, the rendered card and lineage,
// two versions compared, a refused delete, export and import (a damaged bundle refused), and
// the Predict dialog writing one row per input row. Real workspace, real training, real bundles.
#include "../support/DockerRegistry.h"
#include "../support/Files.h"
#include "OciDialog.h"
#include "PredictDialog.h"
#include "RegisterModelDialog.h"
#include "RegistryAliasDialog.h"
#include "RegistryModelView.h"
#include "RegistryPage.h"
#include "RegistryVersionModel.h"
#include "RegistryVersionPanel.h"
#include "RunsPage.h"
#include "engine/data/DatasetStore.h"
#include "engine/data/Samples.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"
#include "engine/torch/Trainer.h"
#include "engine/train/TrainingSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "../support/TestUtil.h"

using namespace crucible;

namespace {

class SilentObserver : public TrainingObserver {
public:
    void metric(const MetricSample&) override { }
};

QString trainTinyRun(const Workspace& workspace, int seed)
{
    TrainingRequest request;
    request.dataset = QStringLiteral("moons");
    request.config.model = ModelSpec::parse(QStringLiteral("mlp:8")).value();
    request.config.epochs = 2;
    request.config.batchSize = 16;
    request.config.lr = 0.05;
    request.config.seed = seed;
    request.config.device = QStringLiteral("cpu");
    request.config.threads = 1;
    SilentObserver observer;
    auto result = runTraining(workspace, torchBackend(), request, observer);
    if (!result || result->status != RunStatus::Finished)
        qFatal("training failed: %s", qPrintable(result ? result->error : result.error().text()));
    return result->runId;
}

/// Saves what the user sees, for a person to look at (build folder, screens/).
void saveScreen(QWidget* widget, const QString& name)
{
    const QString folder = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screens"));
    QDir().mkpath(folder);
    QCoreApplication::sendPostedEvents(); // pending layout requests, as a painted window would have them
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

template <typename T> T* waitForDialog(QWidget* parent)
{
    T* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = parent->findChild<T*>()) != nullptr && dialog->isVisible(); }, 5000))
        return nullptr;
    return dialog;
}

} // namespace

class TestRegistryPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    std::unique_ptr<RegistryPage> m_page;
    QString m_firstRun;
    QString m_secondRun;

    /// Registers `runId` through the page's dialog, as a user would.
    void registerThroughDialog(const QString& runId, const QString& alias, const QString& intendedUse)
    {
        m_page->registerRun(runId);
        auto* dialog = waitForDialog<RegisterModelDialog>(m_page.get());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000); // the run is packaged
        QCOMPARE(dialog->name(), QStringLiteral("moons-mlp")); // dataset and model kind
        dialog->setAlias(alias);
        dialog->setIntendedUse(intendedUse);
        QVERIFY(dialog->canRegister());
        QSignalSpy registered(dialog, &RegisterModelDialog::registered);
        QSignalSpy destroyed(dialog, &QObject::destroyed);
        dialog->registerModel();
        QVERIFY(registered.wait(30000));
        QVERIFY(destroyed.wait(5000)); // accepted and closed
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        VERIFY_OK(workspace);
        m_workspace = std::move(workspace.value());
        auto imported = DatasetStore(*m_workspace)
                            .importDataset(twoMoons(240, 0.1, 1), QStringLiteral("moons"), QStringLiteral("class"),
                                           QStringLiteral("test"));
        VERIFY_OK(imported);
        m_firstRun = trainTinyRun(*m_workspace, 1);
        m_secondRun = trainTinyRun(*m_workspace, 2);
        m_page = std::make_unique<RegistryPage>();
        m_page->resize(1300, 860);
        m_page->setWorkspace(m_workspace);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_workspace.reset();
    }

    void emptyRegistrySaysHowToRegister()
    {
        QCOMPARE(m_page->registryFolder(), m_workspace->registryFolder());
        QVERIFY(m_page->isShowingEmptyState());
        QVERIFY(m_page->emptyStateText().contains(QStringLiteral("Register Model")));
        QVERIFY(m_page->emptyStateText().contains(QStringLiteral("Runs")));
        QVERIFY(!m_page->predictAction()->isEnabled());
        saveScreen(m_page.get(), QStringLiteral("registry-empty"));
    }

    void runsPageOffersRegisteringAFinishedRun()
    {
        RunsPage runs;
        runs.setWorkspace(m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(!runs.isLoading(), 10000);
        QVERIFY(runs.showRun(m_firstRun));
        QCOMPARE(runs.selectedRunIds(), QStringList {m_firstRun});
        QVERIFY(runs.registerAction()->isEnabled());
        QSignalSpy requested(&runs, &RunsPage::registerModelRequested);
        runs.registerAction()->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), m_firstRun);
        runs.setFilterText(QStringLiteral("name = \"nothing like this\""));
        QVERIFY(runs.showRun(m_secondRun)); // the filter that hid it is cleared
        QTRY_VERIFY_WITH_TIMEOUT(!runs.isLoading(), 10000);
        QCOMPARE(runs.selectedRunIds(), QStringList {m_secondRun});
    }

    void dialogChecksTheNameAndPreviewsTheCard()
    {
        m_page->registerRun(m_firstRun);
        auto* dialog = waitForDialog<RegisterModelDialog>(m_page.get());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000); // the run is packaged
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        dialog->setName(QStringLiteral("bad/name"));
        QVERIFY(!dialog->canRegister());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("register-name-hint"))->text().contains(QLatin1Char('/')));
        dialog->setName(QStringLiteral("moons-mlp"));
        dialog->setAlias(QStringLiteral("42"));
        QVERIFY(!dialog->canRegister()); // an alias is not a plain number
        dialog->setAlias(QString());
        QVERIFY(dialog->canRegister());
        dialog->setIntendedUse(QStringLiteral("Separating the two moons in tests; not for real moons."));
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("not for real moons")));
        QVERIFY(dialog->preview()->toPlainText().contains(QStringLiteral("moons")));
        saveScreen(dialog, QStringLiteral("register-dialog"));
        QSignalSpy destroyed(dialog, &QObject::destroyed);
        dialog->reject();
        QVERIFY(!dialog->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // deleteLater() outside an event loop
        QCOMPARE(destroyed.count(), 1);
        QVERIFY(m_page->isShowingEmptyState()); // cancelled: nothing registered
    }

    void aRunWithoutAModelIsRefusedInTheDialog()
    {
        NewRun spec;
        spec.datasetName = QStringLiteral("moons");
        auto queued = RunStore(*m_workspace).createRun(spec);
        VERIFY_OK(queued);
        m_page->registerRun(queued.value());
        auto* dialog = waitForDialog<RegisterModelDialog>(m_page.get());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
        QVERIFY(dialog->errorText().contains(QStringLiteral("cannot be registered")));
        QVERIFY(dialog->errorText().contains(QStringLiteral("queued"))); // the engine says why
        QVERIFY(!dialog->canRegister());
        saveScreen(dialog, QStringLiteral("register-dialog-refused"));
        dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        VERIFY_OK(RunStore(*m_workspace).moveToTrash(queued.value()));
    }

    void registersTwoVersions()
    {
        QAbstractItemModelTester tester(m_page->modelView()->versionModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        registerThroughDialog(m_firstRun, QStringLiteral("staging"), QStringLiteral("Only for the registry tests."));
        registerThroughDialog(m_secondRun, QString(), QString());
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->modelList()->count(), 1);
        QCOMPARE(m_page->currentModel(), QStringLiteral("moons-mlp"));
        RegistryVersionModel* versions = m_page->modelView()->versionModel();
        QCOMPARE(versions->rowCount(), 2);
        QCOMPARE(versions->data(versions->index(0, 0)).toString(), QStringLiteral("v2")); // newest first
        QCOMPARE(versions->data(versions->index(1, 2)).toString(), m_firstRun);
        QVERIFY(versions->metricColumns().contains(QStringLiteral("test_accuracy")));
        QCOMPARE(m_page->selectedVersions(), QList<int> {2}); // the new version is selected
        QVERIFY(m_page->messageText().contains(QStringLiteral("moons-mlp@2")));
        QVERIFY(m_page->modelView()->aliasBadges()->text().contains(QStringLiteral("staging → v1")));
    }

    void aliasesShowAsBadgesWithTheirHistory()
    {
        VERIFY_OK(m_page->setAlias(QStringLiteral("production"), 2));
        VERIFY_OK(m_page->setAlias(QStringLiteral("staging"), 2)); // moved from v1
        RegistryVersionModel* versions = m_page->modelView()->versionModel();
        QCOMPARE(versions->data(versions->index(0, 0), RegistryVersionModel::AliasesRole).toStringList(),
                 (QStringList {QStringLiteral("production"), QStringLiteral("staging")}));
        QVERIFY(versions->data(versions->index(1, 0), RegistryVersionModel::AliasesRole).toStringList().isEmpty());
        const QString badges = m_page->modelView()->aliasBadges()->text();
        QVERIFY(badges.contains(QStringLiteral("production → v2")));
        QVERIFY(badges.contains(QStringLiteral("staging → v2")));
        QVERIFY(m_page->modelList()->item(0)->text().contains(QStringLiteral("production → v2")));

        QTableWidget* history = m_page->modelView()->panel()->historyTable();
        QCOMPARE(history->rowCount(), 3); // staging created, production created, staging moved
        QCOMPARE(history->item(0, 2)->text(), QStringLiteral("staging")); // newest first
        QCOMPARE(history->item(0, 3)->text(), QStringLiteral("v1"));
        QCOMPARE(history->item(0, 4)->text(), QStringLiteral("v2"));
        QVERIFY(!history->item(0, 1)->text().isEmpty()); // the user who moved it

        const Status refused = m_page->setAlias(QStringLiteral("7"), 1);
        QVERIFY(!refused);
        QVERIFY(m_page->isMessageError());
        QVERIFY(m_page->messageText().contains(QStringLiteral("Cannot set the alias 7")));
    }

    void aliasDialogSaysWhatItWillDo()
    {
        RegistryAliasDialog dialog(QStringLiteral("moons-mlp"), {1, 2},
                                   {{QStringLiteral("production"), 2}, {QStringLiteral("staging"), 2}}, 1);
        dialog.setAlias(QStringLiteral("production"));
        auto* effect = dialog.findChild<QLabel*>(QStringLiteral("alias-effect"));
        QVERIFY(effect->text().contains(QStringLiteral("from v2 to v1")));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("alias-remove"))->isEnabled());
        dialog.setAlias(QStringLiteral("champion"));
        QVERIFY(effect->text().contains(QStringLiteral("Creates")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("alias-remove"))->isEnabled());
        dialog.setAlias(QStringLiteral("production"));
        dialog.show();
        saveScreen(&dialog, QStringLiteral("alias-dialog"));
    }

    void cardAndLineageOfAVersion()
    {
        RegistryVersionPanel* panel = m_page->modelView()->panel();
        QSignalSpy loaded(panel, &RegistryVersionPanel::cardLoaded);
        QVERIFY(m_page->selectVersions({1}));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.last().first().toString(), QStringLiteral("moons-mlp@1"));
        const QString card = panel->cardView()->toPlainText();
        QVERIFY(card.contains(QStringLiteral("moons-mlp")));
        QVERIFY(card.contains(QStringLiteral("Dataset: moons")));
        QVERIFY(card.contains(QStringLiteral("Only for the registry tests.")));
        QVERIFY(!panel->cardView()->toHtml().contains(QStringLiteral("## Data"))); // rendered, not raw Markdown

        const QString lineage = panel->lineageLabel()->text();
        QVERIFY(lineage.contains(QStringLiteral("run:") + m_firstRun));
        QVERIFY(lineage.contains(QStringLiteral("dataset:moons@")));
        QSignalSpy openRun(m_page.get(), &RegistryPage::openRunRequested);
        Q_EMIT panel->lineageLabel()->linkActivated(QStringLiteral("run:") + m_firstRun);
        QCOMPARE(openRun.count(), 1);
        QCOMPARE(openRun.first().first().toString(), m_firstRun);
        panel->tabs()->setCurrentIndex(0);
        saveScreen(m_page.get(), QStringLiteral("registry-card"));
        panel->tabs()->setCurrentIndex(1);
        saveScreen(m_page.get(), QStringLiteral("registry-lineage"));
        panel->tabs()->setCurrentIndex(3);
        saveScreen(m_page.get(), QStringLiteral("registry-history"));
    }

    void twoVersionsSideBySide()
    {
        QVERIFY(m_page->selectVersions({2, 1}));
        QTableWidget* table = m_page->modelView()->panel()->comparisonTable();
        QCOMPARE(m_page->modelView()->panel()->tabs()->currentIndex(), 2);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("v1"));
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("v2"));
        int accuracyRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("test_accuracy"))
                accuracyRow = row;
        }
        QVERIFY(accuracyRow >= 0);
        const QList<RegisteredVersion> versions = m_page->versions();
        const double a = versions[0].metrics.value(QStringLiteral("test_accuracy")).toDouble();
        const double b = versions[1].metrics.value(QStringLiteral("test_accuracy")).toDouble();
        QCOMPARE(table->item(accuracyRow, 3)->text(), b == a ? QStringLiteral("0") : QString::asprintf("%+.4f", b - a));
        saveScreen(m_page.get(), QStringLiteral("registry-compare"));
    }

    void deletingAnAliasedVersionIsRefused()
    {
        QVERIFY(m_page->selectVersions({2}));
        const Status refused = m_page->deleteVersion(2);
        QVERIFY(!refused);
        QVERIFY(m_page->isMessageError());
        QVERIFY(m_page->messageText().contains(QStringLiteral("Cannot delete moons-mlp@2")));
        QVERIFY(m_page->messageText().contains(QStringLiteral("production")) // the engine says which alias
                || m_page->messageText().contains(QStringLiteral("alias")));
        QCOMPARE(m_page->modelView()->versionModel()->rowCount(), 2);
        saveScreen(m_page.get(), QStringLiteral("registry-delete-refused"));
    }

    void exportsAndImportsBundles()
    {
        const QString exported = m_dir.filePath(QStringLiteral("out/moons-mlp-v1.crucible"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        QSignalSpy finished(m_page.get(), &RegistryPage::taskFinished);
        m_page->exportVersion(1, exported);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(QFileInfo(exported).size() > 0);

        m_page->importBundle(exported); // the same bytes: nothing added
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().at(0).toBool());
        QVERIFY(m_page->messageText().contains(QStringLiteral("already")));
        QCOMPARE(m_page->modelView()->versionModel()->rowCount(), 2);

        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype at = bytes.indexOf("data.pkl"); // inside model.pt, which is stored uncompressed
        QVERIFY(at > 0);
        bytes[at] = 'D';
        const QString damaged = test::writeFile(m_dir.filePath(QStringLiteral("out/damaged.crucible")), bytes);
        m_page->importBundle(damaged);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY(m_page->isMessageError());
        QVERIFY(m_page->messageText().contains(QStringLiteral("Cannot import")));
        QVERIFY(m_page->messageText().contains(QStringLiteral("model.pt"))); // which entry, and why
        saveScreen(m_page.get(), QStringLiteral("registry-import-refused"));
    }

    void predictWritesOneRowPerInputRow()
    {
        QByteArray csv = "x,y\n";
        for (int i = 0; i < 25; ++i)
            csv += QByteArray::number(-1.0 + 0.1 * i) + ',' + QByteArray::number(0.5 - 0.04 * i) + '\n';
        const QString input = test::writeFile(m_dir.filePath(QStringLiteral("predict/input.csv")), csv);
        const QString output = m_dir.filePath(QStringLiteral("predict/out.csv"));

        QVERIFY(m_page->selectVersions({2}));
        m_page->predictAction()->trigger();
        auto* dialog = waitForDialog<PredictDialog>(m_page.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->reference(), QStringLiteral("moons-mlp@2"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
        QVERIFY(!dialog->isImageModel());
        dialog->setInputPath(input);
        QCOMPARE(dialog->outputPath(), m_dir.filePath(QStringLiteral("predict/input-predictions.csv")));
        dialog->setOutputPath(output);
        QSignalSpy finished(dialog, &PredictDialog::finished);
        dialog->run();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(dialog->resultText().contains(QStringLiteral("Predicted 25 row")));
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 26); // header + one per input row
        QVERIFY(lines.first().startsWith("row,prediction,p_"));
        QCOMPARE(dialog->previewTable()->rowCount(), 20); // the first rows
        saveScreen(dialog, QStringLiteral("predict-dialog"));

        const QString renamed =
            test::writeFile(m_dir.filePath(QStringLiteral("predict/renamed.csv")), "x,why\n0.1,0.2\n");
        dialog->setInputPath(renamed);
        dialog->setOutputPath(m_dir.filePath(QStringLiteral("predict/renamed-out.csv")));
        dialog->run();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY(dialog->hasError());
        QVERIFY(dialog->resultText().contains(QStringLiteral("Cannot predict")));
        QVERIFY(dialog->resultText().contains(QStringLiteral("'y'"))); // names the missing column
        QVERIFY(dialog->resultText().contains(QStringLiteral("'why'"))); // and the one it does not know
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("predict/renamed-out.csv"))));
        saveScreen(dialog, QStringLiteral("predict-dialog-error"));
        dialog->close();
    }

    void registryFolderFollowsSettings()
    {
        const QString other = m_dir.filePath(QStringLiteral("shared-registry"));
        m_page->setRegistrySetting(other);
        QCOMPARE(m_page->registryFolder(), QDir(other).absolutePath());
        QVERIFY(m_page->isShowingEmptyState());
        QVERIFY(m_page->emptyStateText().contains(QDir(other).absolutePath()));
        m_page->setRegistrySetting(QString());
        QCOMPARE(m_page->registryFolder(), m_workspace->registryFolder());
        QCOMPARE(m_page->modelList()->count(), 1);
    }

    void aVersionRegisteredElsewhereAppearsWithoutAReset()
    {
        RegistryVersionModel* versions = m_page->modelView()->versionModel();
        QAbstractItemModelTester tester(versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->currentModel(), QStringLiteral("moons-mlp"));
        m_page->selectVersions({1});
        const int before = versions->rowCount();
        QSignalSpy resets(versions, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(versions, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(versions, &QAbstractItemModel::rowsRemoved);

        // Another part of the program (a pipeline, the CLI's code in-process) registers a version.
        auto contents = RunPackager(*m_workspace).package(m_secondRun, QStringLiteral("model"));
        VERIFY_OK(contents);
        contents->modelCard = QByteArrayLiteral("# Registered elsewhere\n");
        auto registry = ModelRegistry::open(m_workspace->registryFolder());
        VERIFY_OK(registry);
        auto added = registry.value()->add(contents.value(), QStringLiteral("moons-mlp"));
        VERIFY_OK(added);
        QTRY_COMPARE(versions->rowCount(), before + 1);
        QCOMPARE(versions->data(versions->index(0, 0)).toString(), QStringLiteral("v%1").arg(added->version));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(m_page->selectedVersions(), QList<int> {1}); // the user's selection stayed

        VERIFY_OK(registry.value()->deleteVersion(QStringLiteral("moons-mlp"), added->version));
        QTRY_COMPARE(versions->rowCount(), before);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(m_page->selectedVersions(), QList<int> {1});
    }

    void pushesAndPullsThroughAnOciRegistry()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
        QVERIFY2(!program.isEmpty(), "Debian's docker-registry package is missing: run scripts/setup-debian.sh");
        test::DockerRegistry registry(program, m_dir.filePath(QStringLiteral("oci")));
        QVERIFY2(registry.waitUntilReady(), qPrintable(registry.output()));
        QVERIFY(m_page->selectModel(QStringLiteral("moons-mlp")));
        m_page->selectVersions({1});
        QVERIFY(m_page->pushAction()->isEnabled());

        // Push: the dialog refuses plain HTTP to another machine before anything is sent.
        m_page->pushAction()->trigger();
        auto* push = waitForDialog<OciDialog>(m_page.get());
        QVERIFY(push);
        auto* address = push->findChild<QLineEdit*>(QStringLiteral("oci-address"));
        auto* plainHttp = push->findChild<QCheckBox*>(QStringLiteral("oci-plain-http"));
        auto* problem = push->findChild<QLabel*>(QStringLiteral("oci-problem"));
        auto* ok = push->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed
        address->setText(QStringLiteral("oci://registry.example.com/team/moons"));
        plainHttp->setChecked(true);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("only for a registry on this computer")),
                 qPrintable(problem->text()));
        address->setText(QStringLiteral("oci://127.0.0.1/Team"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("not a repository name")), qPrintable(problem->text()));
        address->setText(registry.url(QStringLiteral("team/moons")));
        push->findChild<QLineEdit*>(QStringLiteral("oci-tags"))->setText(QStringLiteral("stable"));
        QVERIFY(ok->isEnabled());
        saveScreen(push, QStringLiteral("registry-push-dialog"));
        QSignalSpy finished(m_page.get(), &RegistryPage::taskFinished);
        ok->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY2(m_page->messageText().contains(QStringLiteral("Pushed moons-mlp@1")),
                 qPrintable(m_page->messageText()));
        QVERIFY2(m_page->messageText().contains(QStringLiteral(":stable")), qPrintable(m_page->messageText()));

        // Pull into another registry folder: the tags are listed, one is picked, the model arrives.
        m_page->setRegistrySetting(m_dir.filePath(QStringLiteral("pulled-registry")));
        QVERIFY(m_page->isShowingEmptyState());
        m_page->pullAction()->trigger();
        auto* pull = waitForDialog<OciDialog>(m_page.get());
        QVERIFY(pull);
        QCOMPARE(pull->address(), registry.url(QStringLiteral("team/moons"))); // the address used last
        pull->findChild<QCheckBox*>(QStringLiteral("oci-plain-http"))->setChecked(true);
        auto* tags = pull->findChild<QListWidget*>(QStringLiteral("oci-remote-tags"));
        pull->findChild<QPushButton*>(QStringLiteral("oci-list-tags"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(tags->count(), 2, 20000);
        QCOMPARE(tags->item(0)->text(), QStringLiteral("1"));
        QCOMPARE(tags->item(1)->text(), QStringLiteral("stable"));
        tags->setCurrentRow(1);
        QCOMPARE(pull->address(), registry.url(QStringLiteral("team/moons:stable")));
        pull->findChild<QLineEdit*>(QStringLiteral("oci-name"))->setText(QStringLiteral("moons-shared"));
        saveScreen(pull, QStringLiteral("registry-pull-dialog"));
        pull->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(m_page->currentModel(), QStringLiteral("moons-shared"));
        QCOMPARE(m_page->modelView()->versionModel()->rowCount(), 1);
        saveScreen(m_page.get(), QStringLiteral("registry-pulled"));

        // A tag that is not there: the reason on the page, nothing added.
        m_page->pullAction()->trigger();
        pull = waitForDialog<OciDialog>(m_page.get());
        QVERIFY(pull);
        pull->findChild<QLineEdit*>(QStringLiteral("oci-address"))
            ->setText(registry.url(QStringLiteral("team/moons:gone")));
        pull->findChild<QCheckBox*>(QStringLiteral("oci-plain-http"))->setChecked(true);
        pull->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY(m_page->isMessageError());
        QVERIFY2(m_page->messageText().contains(QStringLiteral("has no gone in team/moons")),
                 qPrintable(m_page->messageText()));
        QCOMPARE(m_page->modelList()->count(), 1);

        // The remote registry beside the local one: the repository pushed to is named there, List
        // shows its tags, and a double-click on one pulls it.
        auto* remote = m_page->findChild<QLineEdit*>(QStringLiteral("registry-remote-address"));
        auto* remoteTags = m_page->findChild<QListWidget*>(QStringLiteral("registry-remote-tags"));
        QVERIFY(remote && remoteTags);
        QCOMPARE(remote->text(), registry.url(QStringLiteral("team/moons")));
        QVERIFY(m_page->findChild<QCheckBox*>(QStringLiteral("registry-remote-plain-http"))->isChecked());
        m_page->findChild<QPushButton*>(QStringLiteral("registry-remote-list"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(remoteTags->count(), 2, 20000);
        QCOMPARE(remoteTags->item(0)->text(), QStringLiteral("1"));
        QCOMPARE(remoteTags->item(1)->text(), QStringLiteral("stable"));
        saveScreen(m_page.get(), QStringLiteral("registry-remote"));
        Q_EMIT remoteTags->itemActivated(remoteTags->item(0));
        pull = waitForDialog<OciDialog>(m_page.get());
        QVERIFY(pull);
        QCOMPARE(pull->address(), registry.url(QStringLiteral("team/moons:1")));
        QVERIFY(pull->plainHttp());
        pull->findChild<QLineEdit*>(QStringLiteral("oci-name"))->setText(QStringLiteral("moons-one"));
        pull->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(m_page->currentModel(), QStringLiteral("moons-one"));
        QCOMPARE(m_page->modelList()->count(), 2);

        // A repository that is not there: the reason in the list, in red.
        remote->setText(registry.url(QStringLiteral("team/nothing-here")));
        m_page->findChild<QPushButton*>(QStringLiteral("registry-remote-list"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            remoteTags->count() == 1 && !remoteTags->item(0)->text().startsWith(QStringLiteral("Reading")), 20000);
        QVERIFY(!remoteTags->item(0)->data(Qt::UserRole).toBool());
        m_page->setRegistrySetting(QString());
    }
};

QTEST_MAIN(TestRegistryPage)
#include "tst_registrypage.moc"
