#include "../support/CliRunner.h"
#include "../support/HttpClient.h"
#include "../support/Screens.h"
#include "AboutDialog.h"
#include "AppSettings.h"
#include "CompareModel.h"
#include "ComparePage.h"
#include "MainWindow.h"
#include "RunTableModel.h"
#include "RunsPage.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "engine/interop/TrackingServer.h"
#include "engine/store/Workspace.h"
#include "engine/torch/TorchRuntime.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

using namespace crucible;
using crucible::test::saveScreen;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        if (!opened)
            qFatal("cannot open the test workspace: %s", qPrintable(opened.error().text()));
        return std::make_unique<MainWindow>(std::move(opened.value()), torchruntime::captureEnvironment());
    }

    static QString labelText(const QWidget& window, const char* name)
    {
        auto* label = window.findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QString();
    }

    static QStringList menuTitles(const MainWindow& window)
    {
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CrucibleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void everyPageIsReachable()
    {
        // Every page's signals reach the page that acts on them (a connect to a page not made yet
        // would leave a button that does nothing).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QObject::connect")));
        auto window = makeWindow();
        window->show();
        auto* pages = qobject_cast<QStackedWidget*>(window->centralWidget());
        QVERIFY(pages);
        QCOMPARE(pages->count(), MainWindow::pageKeys().size());
        // Each page is its own widget class; those still to come show a placeholder.
        const QStringList classes {QStringLiteral("crucible::OverviewPage"),  QStringLiteral("crucible::DatasetsPage"),
                                   QStringLiteral("crucible::TrainPage"),     QStringLiteral("crucible::RunsPage"),
                                   QStringLiteral("crucible::ComparePage"),   QStringLiteral("crucible::RegistryPage"),
                                   QStringLiteral("crucible::ServingPage"),   QStringLiteral("crucible::MonitorPage"),
                                   QStringLiteral("crucible::PipelinesPage"), QStringLiteral("crucible::SweepsPage")};
        for (int i = 0; i < MainWindow::pageKeys().size(); ++i) {
            const QString key = MainWindow::pageKeys()[i];
            QAction* action = window->pageAction(key);
            QVERIFY(action);
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
            action->trigger();
            QCOMPARE(window->currentPageKey(), key);
            QCOMPARE(QString::fromLatin1(pages->currentWidget()->metaObject()->className()), classes[i]);
            QVERIFY(pages->currentWidget()->isVisible());
        }
        QVERIFY(!window->showPage(QStringLiteral("nonsense")));
        QCOMPARE(window->currentPageKey(), QStringLiteral("sweeps"));
    }

    void statusBarShowsDeviceLibTorchBlasAndWorkspace()
    {
        auto window = makeWindow();
        const Environment env = torchruntime::captureEnvironment();
        QVERIFY(labelText(*window, "status-device").contains(env.cpuModel));
        QVERIFY(labelText(*window, "status-libtorch").contains(env.torchVersion));
        QVERIFY(labelText(*window, "status-blas").contains(QStringLiteral(CRUCIBLE_EXPECTED_BLAS)));
        QVERIFY(labelText(*window, "status-workspace").contains(window->workspace()->folder()));
        QVERIFY(window->windowTitle().contains(window->workspace()->folder()));
    }

    void menusHoldTheCommands()
    {
        auto window = makeWindow();
        QCOMPARE(menuTitles(*window),
                 (QStringList {QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        auto* settings = window->findChild<QAction*>(QStringLiteral("settings"));
        QVERIFY(settings);
        QVERIFY(settings->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    }

    void mlflowScriptsLogIntoTheOpenWorkspaceLive()
    {
        AppSettings::setTrackingServerEnabled(true);
        AppSettings::setTrackingServerPort(0);
        auto window = makeWindow();
        window->show();
        const QString url = window->trackingServerUrl();
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(labelText(*window, "status-tracking").contains(url));
        const quint16 port = quint16(QUrl(url).port());
        // What the mlflow client sends for mlflow.start_run() and mlflow.log_metrics().
        const QJsonObject created =
            test::httpRequest(
                port, "POST", "/api/2.0/mlflow/runs/create",
                R"({"experiment_id": "0", "run_name": "from-python", "tags": [{"key": "team", "value": "nlp"}]})")
                .json();
        const QString runId = created.value(QStringLiteral("run"))
                                  .toObject()
                                  .value(QStringLiteral("info"))
                                  .toObject()
                                  .value(QStringLiteral("run_id"))
                                  .toString();
        QVERIFY(!runId.isEmpty());
        auto logSteps = [&](int from, int to) {
            for (int step = from; step < to; ++step) {
                const QByteArray body =
                    QStringLiteral(
                        R"({"run_id": "%1", "metrics": [{"key": "loss", "value": %2, "timestamp": %3, "step": %4}]})")
                        .arg(runId)
                        .arg(1.0 / (step + 1))
                        .arg(1700000000000.0 + step * 1000, 0, 'f', 0)
                        .arg(step)
                        .toUtf8();
                QCOMPARE(test::httpRequest(port, "POST", "/api/2.0/mlflow/runs/log-batch", body).status, 200);
            }
        };
        logSteps(0, 10);
        // The Runs page lists the run as soon as it was made, running, with its tag.
        QVERIFY(window->showPage(QStringLiteral("runs")));
        auto* runs = window->findChild<RunsPage*>();
        QVERIFY(runs);
        QTRY_VERIFY_WITH_TIMEOUT(runs->model()->rowOf(runId) >= 0, 10000);
        const RunRecord* listed = runs->model()->runAt(runs->model()->rowOf(runId));
        QCOMPARE(listed->name, QStringLiteral("from-python"));
        QCOMPARE(listed->status, RunStatus::Running);
        QVERIFY(listed->tags.contains(QStringLiteral("team=nlp")));
        // Compare follows the running run's curve as the script logs more.
        auto* compare = window->findChild<ComparePage*>();
        compare->compareRuns({runId});
        QVERIFY(window->showPage(QStringLiteral("compare")));
        QTRY_VERIFY_WITH_TIMEOUT(compare->model()->run(runId)
                                     && compare->model()->run(runId)->metrics.value(QStringLiteral("loss")).count == 10,
                                 10000);
        logSteps(10, 25);
        QTRY_COMPARE_WITH_TIMEOUT(compare->model()->run(runId)->metrics.value(QStringLiteral("loss")).count, qint64(25),
                                  15000);
        saveScreen(window.get(), QStringLiteral("mainwindow-mlflow-compare"));
        // The script ends the run: the Runs page shows it finished.
        QCOMPARE(test::httpRequest(port, "POST", "/api/2.0/mlflow/runs/update",
                                   QStringLiteral(R"({"run_id": "%1", "status": "FINISHED"})").arg(runId).toUtf8())
                     .status,
                 200);
        QVERIFY(window->showPage(QStringLiteral("runs")));
        QTRY_COMPARE_WITH_TIMEOUT(runs->model()->runAt(runs->model()->rowOf(runId))->status, RunStatus::Finished,
                                  10000);
        saveScreen(window.get(), QStringLiteral("mainwindow-mlflow-runs"));

        // A port another server holds: the status bar says the server is not serving, and why.
        auto other = Workspace::open(m_dir.filePath(QStringLiteral("other-ws")));
        QVERIFY(other);
        TrackingServerOptions options;
        options.port = 0;
        auto blocker = TrackingServer::start(std::shared_ptr<const Workspace>(std::move(other.value())), options);
        QVERIFY(blocker);
        AppSettings::setTrackingServerPort(blocker.value()->port());
        window->updateTrackingServer();
        QVERIFY(window->trackingServerUrl().isEmpty());
        auto* label = window->findChild<QLabel*>(QStringLiteral("status-tracking"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->toolTip().contains(QStringLiteral("in use")), qPrintable(label->toolTip()));
        QCOMPARE(test::httpRequest(port, "GET", "/health").status, 0); // the old one stopped
        // Switched off: no label, nothing listening.
        AppSettings::setTrackingServerEnabled(false);
        window->updateTrackingServer();
        QVERIFY(!label->isVisible());
        QSettings().clear();
    }

    void runsAnotherProcessWritesAppear()
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(window->showPage(QStringLiteral("runs")));
        auto* runs = window->findChild<RunsPage*>();
        QTRY_VERIFY_WITH_TIMEOUT(!runs->isLoading(), 10000);
        const int before = runs->model()->rowCount();
        // Another process (crucible-cli, as a cron job or a script would run it) adds a run.
        const QString mlruns = m_dir.filePath(QStringLiteral("other-process-mlruns"));
        const QString runFolder = mlruns + QStringLiteral("/4/0123456789abcdef0123456789abcdef");
        for (const char* sub : {"/metrics", "/params", "/artifacts"})
            QVERIFY(QDir().mkpath(runFolder + QLatin1String(sub)));
        auto write = [](const QString& path, const QByteArray& bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(mlruns + QStringLiteral("/4/meta.yaml"), "experiment_id: '4'\nname: elsewhere\n"));
        QVERIFY(write(runFolder + QStringLiteral("/meta.yaml"),
                      "run_id: 0123456789abcdef0123456789abcdef\nrun_name: from-cron\nstatus: 3\n"));
        QVERIFY(write(runFolder + QStringLiteral("/metrics/loss"), "1700000000000 0.5 0\n"));
        const auto imported = test::runCli({QStringLiteral("--workspace"), window->workspace()->folder(),
                                            QStringLiteral("import"), QStringLiteral("mlflow"), mlruns});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        // The page finds it without being reloaded or shown again.
        QTRY_COMPARE_WITH_TIMEOUT(runs->model()->rowCount(), before + 1, 10000);
        bool found = false;
        for (int row = 0; row < runs->model()->rowCount(); ++row)
            found = found || runs->model()->runAt(row)->name == QLatin1String("from-cron");
        QVERIFY(found);
    }

    void firstStartFillsMostOfTheScreen()
    {
        AppSettings::setWindowGeometry({}, {});
        auto window = makeWindow();
        window->restoreFromSettings();
        const QRect available = window->screen()->availableGeometry();
        QVERIFY2(std::abs(window->width() - int(available.width() * 0.85)) <= 1
                     && std::abs(window->height() - int(available.height() * 0.85)) <= 1,
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window->width())
                                .arg(window->height())
                                .arg(available.width())
                                .arg(available.height())));
        QVERIFY(std::abs(window->geometry().center().x() - available.center().x()) <= 2);
    }

    void geometryIsRestoredAndTheOverviewShown()
    {
        {
            auto window = makeWindow();
            window->resize(1000, 700);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->showPage(QStringLiteral("runs"));
            window->close();
        }
        auto window = makeWindow();
        window->restoreFromSettings();
        // Every start opens on the Overview, whichever page was shown last.
        QCOMPARE(window->currentPageKey(), QStringLiteral("overview"));
        QCOMPARE(window->size(), QSize(1000, 700));
        // A splitter the user moved is where they left it on the next start.
        auto* splitter = window->findChild<QWidget*>(QStringLiteral("runs-table"))->parentWidget();
        auto* runsSplitter = qobject_cast<QSplitter*>(splitter);
        QVERIFY(runsSplitter);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        runsSplitter->setSizes({300, 700});
        const QList<int> moved = runsSplitter->sizes();
        window->close();
        auto again = makeWindow();
        again->restoreFromSettings();
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.get()));
        auto* restored =
            qobject_cast<QSplitter*>(again->findChild<QWidget*>(QStringLiteral("runs-table"))->parentWidget());
        QCOMPARE(restored->sizes(), moved);
    }

    void settingsDialogSavesAndRestoresDefaults()
    {
        SettingsDialog dialog(m_dir.filePath(QStringLiteral("ws")));
        dialog.setWorkspaceFolder(m_dir.filePath(QStringLiteral("other")));
        dialog.setTrainingThreads(1);
        dialog.setDevice(QStringLiteral("cpu"));
        dialog.setThemeKey(QStringLiteral("dark"));
        dialog.save();
        QCOMPARE(AppSettings::workspaceFolder(), m_dir.filePath(QStringLiteral("other")));
        QCOMPARE(AppSettings::trainingThreads(), 1);
        QCOMPARE(AppSettings::device(), QStringLiteral("cpu"));
        QCOMPARE(AppSettings::theme(), Theme::Dark);

        SettingsDialog reopened(QString {});
        QCOMPARE(reopened.workspaceFolder(), m_dir.filePath(QStringLiteral("other")));
        QCOMPARE(reopened.themeKey(), QStringLiteral("dark"));
        QCOMPARE(reopened.device(), QStringLiteral("cpu"));

        auto* defaults = reopened.findChild<QDialogButtonBox*>();
        QVERIFY(defaults);
        defaults->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(reopened.workspaceFolder(), QString());
        QCOMPARE(reopened.trainingThreads(), AppSettings::defaultTrainingThreads());
        QCOMPARE(reopened.device(), QStringLiteral("auto"));
        QCOMPARE(reopened.themeKey(), QStringLiteral("system"));
        QSettings().clear();
    }

    void darkThemeDarkensThePalette()
    {
        theme::apply(Theme::Dark);
        QVERIFY(theme::isDark());
        theme::apply(Theme::Light);
        QVERIFY(!theme::isDark());
        theme::apply(Theme::System);
    }

    void aboutDialogReportsVersions()
    {
        const Environment env = torchruntime::captureEnvironment();
        AboutDialog dialog(env);
        const QString report = dialog.versionReport();
        QVERIFY(report.contains(QStringLiteral("Crucible ") + env.crucibleVersion));
        QVERIFY(report.contains(QStringLiteral("LibTorch ") + env.torchVersion));
        QVERIFY(report.contains(env.blas));
    }

    void everyShortcutIsListedShownInItsTipAndUnambiguous()
    {
        auto window = makeWindow();
        window->show();
        const QList<ShortcutEntry> entries = window->shortcutEntries();
        // Global commands, then each page's main actions.
        QStringList contexts;
        for (const ShortcutEntry& entry : entries) {
            if (!contexts.contains(entry.context))
                contexts << entry.context;
        }
        for (const char* where : {"Everywhere", "Train", "Runs", "Registry", "Serving", "Monitor", "Pipelines"})
            QVERIFY2(contexts.contains(QLatin1String(where)), where);
        const auto find = [&](const QString& context, const QString& command) -> const ShortcutEntry* {
            for (const ShortcutEntry& entry : entries) {
                if (entry.context == context && entry.command == command)
                    return &entry;
            }
            return nullptr;
        };
        const ShortcutEntry* start = find(QStringLiteral("Train"), QStringLiteral("Start"));
        QVERIFY(start);
        QVERIFY(start->keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QVERIFY(find(QStringLiteral("Everywhere"), QStringLiteral("Keyboard Shortcuts")));
        const ShortcutEntry* quit = find(QStringLiteral("Everywhere"), QStringLiteral("Quit"));
        QVERIFY(quit);
        QVERIFY(quit->keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));

        // A key means one thing wherever it works: a page's keys and the global ones never collide.
        QHash<QString, QString> global;
        for (const ShortcutEntry& entry : entries) {
            for (const QKeySequence& key : entry.keys) {
                if (entry.context == QLatin1String("Everywhere")) {
                    QVERIFY2(!global.contains(key.toString()),
                             qPrintable(key.toString() + QLatin1String(": ") + global.value(key.toString())
                                        + QLatin1String(" and ") + entry.command));
                    global.insert(key.toString(), entry.command);
                }
            }
        }
        QHash<QString, QString> perPage;
        for (const ShortcutEntry& entry : entries) {
            if (entry.context == QLatin1String("Everywhere"))
                continue;
            for (const QKeySequence& key : entry.keys) {
                const QString where = entry.context + QLatin1Char('/') + key.toString();
                QVERIFY2(!global.contains(key.toString()),
                         qPrintable(entry.context + QLatin1String(": ") + entry.command + QLatin1String(" takes ")
                                    + key.toString() + QLatin1String(" from ") + global.value(key.toString())));
                QVERIFY2(!perPage.contains(where),
                         qPrintable(where + QLatin1String(": ") + perPage.value(where) + QLatin1String(" and ")
                                    + entry.command));
                perPage.insert(where, entry.command);
            }
            // The tip says the key, so that a mouse user learns it.
            const QString keys = entry.keys.first().toString(QKeySequence::NativeText);
            QVERIFY2(entry.action->toolTip().contains(keys),
                     qPrintable(entry.command + QLatin1String(": ") + entry.action->toolTip()));
        }

        // Help › Keyboard Shortcuts lists them all and finds one by its key.
        ShortcutsDialog dialog(entries, window.get());
        QCOMPARE(dialog.table()->topLevelItemCount(), entries.size());
        QTest::keyClicks(dialog.searchField(), QStringLiteral("pause"));
        int shown = 0;
        for (int row = 0; row < dialog.table()->topLevelItemCount(); ++row) {
            if (!dialog.table()->topLevelItem(row)->isHidden()) {
                ++shown;
                QCOMPARE(dialog.table()->topLevelItem(row)->text(0), QStringLiteral("Train"));
            }
        }
        QVERIFY(shown >= 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.searchField()->clear();
        saveScreen(&dialog, QStringLiteral("shortcuts-dialog"));
    }

    void filesFromTheCommandLineAreOfferedForImport()
    {
        // A bundle made elsewhere: trained, registered and exported in another workspace.
        const QString source = m_dir.filePath(QStringLiteral("elsewhere"));
        const auto cli = [&](QStringList arguments) {
            arguments.prepend(source);
            arguments.prepend(QStringLiteral("--workspace"));
            arguments.prepend(QStringLiteral("--create"));
            return test::runCli(arguments);
        };
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        const auto trained =
            cli({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                 QStringLiteral("--model"), QStringLiteral("mlp:8"), QStringLiteral("--epochs"), QStringLiteral("1")});
        QCOMPARE(trained.exitCode, 0);
        const QString runId = trained.json().value(QStringLiteral("run_id")).toString();
        QCOMPARE(cli({QStringLiteral("models"), QStringLiteral("register"), runId, QStringLiteral("--name"),
                      QStringLiteral("flowers")})
                     .exitCode,
                 0);
        const QString bundle = m_dir.filePath(QStringLiteral("flowers.crucible"));
        QCOMPARE(cli({QStringLiteral("models"), QStringLiteral("export"), QStringLiteral("flowers@1"),
                      QStringLiteral("--out"), bundle})
                     .exitCode,
                 0);
        const QString csv = m_dir.filePath(QStringLiteral("measurements.csv"));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::WriteOnly));
        csvFile.write("width,height,kind\n1.5,2,a\n2.5,3,b\n3.5,4,a\n4.5,5,b\n");
        csvFile.close();
        const QString moreCsv = m_dir.filePath(QStringLiteral("more.csv"));
        QFile moreFile(moreCsv);
        QVERIFY(moreFile.open(QIODevice::WriteOnly));
        moreFile.write("width,height,kind\n5.5,6,a\n6.5,7,b\n7.5,8,a\n8.5,9,b\n");
        moreFile.close();

        auto window = makeWindow();
        window->show();
        // `crucible flowers.crucible measurements.csv more.csv missing.csv`: the bundle is offered
        // for import (the Registry page shown), each CSV opens the import dialog with its preview,
        // one after the other as the imports end, and a missing file is named.
        QStringList asked;
        std::function<void()> answer = [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal) {
                QTimer::singleShot(20, this, answer);
                return;
            }
            asked << QString::fromUtf8(modal->metaObject()->className()) + QLatin1Char(':') + window->currentPageKey();
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                asked.last() += QLatin1Char(':') + box->text().section(QLatin1Char('\n'), 0, 0);
                saveScreen(box, QStringLiteral("open-file-") + QString::number(asked.size()));
                if (QAbstractButton* yes = box->button(QMessageBox::Yes))
                    yes->click();
                else
                    box->accept();
            } else if (auto* dialog = qobject_cast<QDialog*>(modal)) {
                saveScreen(dialog, QStringLiteral("open-file-import"));
                dialog->accept();
            }
            if (asked.size() < 4)
                QTimer::singleShot(20, this, answer);
        };
        QTimer::singleShot(0, this, answer);
        window->openFiles({bundle, csv, moreCsv, m_dir.filePath(QStringLiteral("missing.csv"))});
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 4, 60000);
        QVERIFY2(asked[0].startsWith(QStringLiteral(
                     "QMessageBox:registry:Import the model bundle “flowers.crucible” into the registry?")),
                 qPrintable(asked[0]));
        QCOMPARE(asked[1], QStringLiteral("crucible::ImportDialog:datasets"));
        QCOMPARE(asked[2], QStringLiteral("crucible::ImportDialog:datasets"));
        QVERIFY2(asked[3].contains(QStringLiteral("There is no file or folder")), qPrintable(asked[3]));
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 60000);

        // Both landed in the window's workspace: the model in its registry, the data as a dataset.
        const QStringList here {QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("ws")),
                                QStringLiteral("--json")};
        const auto models = test::runCli(here + QStringList {QStringLiteral("models"), QStringLiteral("list")});
        QCOMPARE(models.exitCode, 0);
        QVERIFY2(models.out.contains(QStringLiteral("\"flowers\"")), qPrintable(models.out));
        const auto data = test::runCli(here + QStringList {QStringLiteral("data"), QStringLiteral("list")});
        QCOMPARE(data.exitCode, 0);
        QVERIFY2(data.out.contains(QStringLiteral("\"measurements\"")), qPrintable(data.out));
        QVERIFY2(data.out.contains(QStringLiteral("\"more\"")), qPrintable(data.out));

        // In German and the dark theme the offer reads German; cancelling it imports nothing.
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        theme::apply(Theme::Dark);
        QString germanText;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr);
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            germanText = box->text();
            saveScreen(box, QStringLiteral("open-file-de-dark"));
            box->button(QMessageBox::Cancel)->click();
        });
        window->openFiles({bundle});
        theme::apply(Theme::Light);
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY2(germanText.startsWith(QStringLiteral("Das Modellpaket „flowers.crucible“")), qPrintable(germanText));
        QVERIFY(!window->isBusy());
    }

    void germanTranslationLoads()
    {
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        auto window = makeWindow();
        QCOMPARE(menuTitles(*window),
                 (QStringList {QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        QCOMPARE(window->pageAction(QStringLiteral("datasets"))->text(), QStringLiteral("&Datensätze"));
        QCOMPARE(window->pageAction(QStringLiteral("runs"))->text(), QStringLiteral("&Läufe"));
        QVERIFY(labelText(*window, "status-workspace").startsWith(QStringLiteral("Arbeitsbereich")));

        // Switching back at run time retranslates the open window; English has plural forms only.
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTRY_COMPARE(menuTitles(*window),
                     (QStringList {QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        QCOMPARE(QCoreApplication::translate("crucible::RunsPage", "%n run(s)", nullptr, 1), QStringLiteral("1 run"));
        QCOMPARE(QCoreApplication::translate("crucible::RunsPage", "%n run(s)", nullptr, 9), QStringLiteral("9 runs"));
        QCOMPARE(window->pageAction(QStringLiteral("runs"))->text(), QStringLiteral("&Runs"));
        QVERIFY(!installTranslations(QLocale::c()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
