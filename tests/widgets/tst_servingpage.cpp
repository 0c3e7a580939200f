// Serving from the GUI as a user does it: in the main window, Serve on the Registry page (the
// dialog offers the version's alias), the Serving page lists the endpoint with its URL, a curl
// example that works as printed, live charts once requests come, the alias moved by another
// program followed (the event is shown, the new version answers), a port that is taken skipped,
// and Stop closing the port. Real workspace, real training, real HTTP on loopback.
#include "../support/CliRunner.h"
#include "../support/HttpClient.h"
#include "../support/Screens.h"
#include "MainWindow.h"
#include "MetricChart.h"
#include "RegistryPage.h"
#include "ServeDialog.h"
#include "ServingPage.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/Environment.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>

using namespace crucible;
using crucible::test::saveScreen;

class TestServingPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspaceFolder;
    std::unique_ptr<MainWindow> m_window;

    test::CliOutcome cli(const QStringList& arguments)
    {
        return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspaceFolder}
                            + arguments);
    }

    ServingPage* servingPage() const { return m_window->findChild<ServingPage*>(); }
    RegistryPage* registryPage() const { return m_window->findChild<RegistryPage*>(); }

    /// Serve through the Registry page's action and dialog; returns the dialog's reference.
    QString serveThroughDialog(int port, int aliasIndex)
    {
        m_window->showPage(QStringLiteral("registry"));
        registryPage()->reload();
        if (!registryPage()->selectModel(QStringLiteral("iris")) || !registryPage()->selectVersions({1}))
            return {};
        registryPage()->serveAction()->trigger();
        ServeDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<ServeDialog*>()) && dialog->isVisible(); },
                             5000))
            return {};
        dialog->findChild<QComboBox*>(QStringLiteral("serve-reference"))->setCurrentIndex(aliasIndex);
        dialog->setPort(port);
        saveScreen(dialog, QStringLiteral("serve-dialog"));
        const QString reference = dialog->reference();
        dialog->accept();
        return reference;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspaceFolder = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        for (const QString& model : {QStringLiteral("mlp:16"), QStringLiteral("linear")}) {
            const auto trained = cli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                                      QStringLiteral("--model"), model, QStringLiteral("--epochs"), QStringLiteral("5"),
                                      QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--register"),
                                      QStringLiteral("iris")});
            QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        }
        QCOMPARE(cli({QStringLiteral("models"), QStringLiteral("alias"), QStringLiteral("iris"), QStringLiteral("1"),
                      QStringLiteral("production")})
                     .exitCode,
                 0);
        auto workspace = Workspace::open(m_workspaceFolder);
        QVERIFY(workspace);
        m_window =
            std::make_unique<MainWindow>(std::shared_ptr<Workspace>(std::move(workspace.value())), Environment {});
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        TaskManager::instance().waitForIdle(10000);
    }

    void pageSaysHowToStart()
    {
        QVERIFY(m_window->showPage(QStringLiteral("serving")));
        const auto* empty = servingPage()->findChild<QLabel*>(QStringLiteral("serving-empty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Registry")));
        saveScreen(m_window.get(), QStringLiteral("serving-empty"));
    }

    void servesFromTheRegistryAndChartsRequests()
    {
        // A port someone else holds: the next free one is taken.
        const quint16 taken = test::freePort();
        const int blocker = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(taken);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(blocker, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        QCOMPARE(::listen(blocker, 1), 0);

        const QString reference = serveThroughDialog(taken, 0);
        QCOMPARE(reference, QStringLiteral("iris@production")); // the version's alias comes first
        QTRY_COMPARE_WITH_TIMEOUT(servingPage()->endpointCount(), 1, 20000);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("serving"));
        const QString url = servingPage()->endpointUrl(0);
        QVERIFY2(!url.endsWith(QStringLiteral(":%1").arg(taken)), qPrintable(url));
        ::close(blocker);
        const quint16 port = quint16(url.section(QLatin1Char(':'), -1).toInt());
        QCOMPARE(servingPage()->endpointVersion(0), 1);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("status-serving"))->text().contains(QStringLiteral("1")));

        // The curl example is a request the server answers.
        const QString curl = servingPage()->curlText();
        QVERIFY2(curl.startsWith(QStringLiteral("curl -s %1/v1/models/iris:predict -d '").arg(url)), qPrintable(curl));
        const QByteArray body = curl.section(QStringLiteral("-d '"), 1).chopped(1).toUtf8();
        const test::HttpReply reply = test::httpRequest(port, "POST", "/v1/models/iris:predict", body);
        QCOMPARE(reply.status, 200);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(test::httpRequest(port, "POST", "/v1/models/iris:predict", body).status, 200);
        QCOMPARE(test::httpRequest(port, "POST", "/v1/models/iris:predict", "{").status, 400);
        QTest::qWait(1100);
        servingPage()->sample();
        QVERIFY(servingPage()->requestsChart()->pointCount(QStringLiteral("rps")) >= 1);
        QVERIFY(servingPage()->latencyChart()->pointCount(QStringLiteral("p99")) >= 1);
        QVERIFY(servingPage()->errorsChart()->pointCount(QStringLiteral("errors")) >= 1);
        QTableWidget* table = servingPage()->endpointTable();
        QTRY_VERIFY(table->item(0, 2)->text().remove(QLatin1Char(',')).toInt() >= 41); // requests
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1")); // errors: the malformed one
        saveScreen(m_window.get(), QStringLiteral("serving-live"));

        // Another program moves the alias: the page shows the switch, the new version answers.
        QCOMPARE(cli({QStringLiteral("models"), QStringLiteral("alias"), QStringLiteral("iris"), QStringLiteral("2"),
                      QStringLiteral("production")})
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(servingPage()->endpointVersion(0), 2, 10000);
        QTRY_VERIFY(servingPage()->eventList()->count() >= 1);
        QVERIFY2(servingPage()->eventList()->item(0)->text().contains(QStringLiteral("version 2 answers now")),
                 qPrintable(servingPage()->eventList()->item(0)->text()));
        QCOMPARE(test::httpRequest(port, "POST", "/v1/models/iris:predict", body).header("x-model-version"),
                 QByteArray("2"));

        // Stop: the port closes, the page says how to start again.
        servingPage()->stopAction()->trigger();
        QCOMPARE(servingPage()->endpointCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(servingPage()->messageText().startsWith(QStringLiteral("Stopped serving")), 10000);
        QCOMPARE(test::HttpConnection(port).isOpen(), false);
        QVERIFY(servingPage()->findChild<QLabel*>(QStringLiteral("serving-empty"))->isVisible());
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("status-serving"))->isHidden());
    }

    void aReferenceThatCannotBeServedSaysWhy()
    {
        servingPage()->serve(QDir(m_workspaceFolder).filePath(QStringLiteral("registry")),
                             QStringLiteral("iris@nonexistent"), test::freePort(), false, QStringLiteral("127.0.0.1"));
        QTRY_VERIFY_WITH_TIMEOUT(!servingPage()->isStarting(), 10000);
        QVERIFY2(servingPage()->messageText().contains(QStringLiteral("Cannot serve iris@nonexistent")),
                 qPrintable(servingPage()->messageText()));
        QCOMPARE(servingPage()->endpointCount(), 0);
    }
};

QTEST_MAIN(TestServingPage)
#include "tst_servingpage.moc"
