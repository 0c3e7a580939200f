// Drift from the GUI as a newcomer does it: in the main window, the Monitor page (Ctrl+8) lists
// the registered model, a shifted CSV is checked against it, the verdict names the feature and
// how far it moved, the table is sorted by drift with its histogram, the report is exported as
// HTML and PDF; bad input is named; a real server's log drifts window by window on a chart with
// the policy's thresholds, and its accuracy per window once labels arrive. Real workspace, real training, real HTTP on
// loopback.
#include "../support/CliRunner.h"
#include "../support/HttpClient.h"
#include "../support/Screens.h"
#include "DriftHistogram.h"
#include "MainWindow.h"
#include "MetricChart.h"
#include "MonitorPage.h"
#include "PipelineFormDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/Environment.h"
#include "engine/serve/ModelServer.h"
#include "engine/store/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <random>

using namespace crucible;
using crucible::test::saveScreen;

namespace {

/// The iris sample's rows (without species) with `shift` added to petal_width_cm, as CSV text.
QByteArray irisCsv(double shift, const QByteArray& header)
{
    QFile file(QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.readLine();
    QByteArray out = header + '\n';
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() >= 4)
            out += f[0] + ',' + f[1] + ',' + f[2] + ',' + QByteArray::number(f[3].toDouble() + shift) + '\n';
    }
    return out;
}

} // namespace

class TestMonitorPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspaceFolder;
    std::unique_ptr<MainWindow> m_window;

    MonitorPage* page() const { return m_window->findChild<MonitorPage*>(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile out(file(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    /// Runs the page's check through its shortcut action and waits for it to end.
    bool checkAndWait()
    {
        page()->checkAction()->trigger();
        return QTest::qWaitFor([&] { return !page()->isChecking(); }, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspaceFolder = m_dir.filePath(QStringLiteral("ws"));
        auto cli = [&](const QStringList& arguments) {
            return test::runCli(
                QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspaceFolder} + arguments);
        };
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        const auto trained =
            cli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("--model"),
                 QStringLiteral("mlp:16"), QStringLiteral("--epochs"), QStringLiteral("30"),
                 QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--register"), QStringLiteral("iris"),
                 QStringLiteral("--alias"), QStringLiteral("production")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const QByteArray header = "sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm";
        writeFile(QStringLiteral("shifted.csv"), irisCsv(0.9, header));
        writeFile(QStringLiteral("same.csv"), irisCsv(0.0, header));
        writeFile(QStringLiteral("renamed.csv"),
                  irisCsv(0.0, "sepal_length_cm,sepal_width_cm,petal_length,petal_width"));
        // A regression model (y = 3 x1 - 2 x2 + ...) and rows whose x1 moved up by 1.
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("regression")}).exitCode, 0);
        const auto regression = cli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("regression"),
                                     QStringLiteral("--model"), QStringLiteral("mlp:16"), QStringLiteral("--epochs"),
                                     QStringLiteral("20"), QStringLiteral("--threads"), QStringLiteral("1"),
                                     QStringLiteral("--register"), QStringLiteral("reg")});
        QVERIFY2(regression.exitCode == 0, qPrintable(regression.err));
        QByteArray rows = "x1,x2,x3,x4,x5\n";
        std::mt19937 random(5);
        std::uniform_real_distribution<double> uniform(-2.0, 2.0);
        for (int r = 0; r < 300; ++r) {
            for (int c = 0; c < 5; ++c)
                rows += QByteArray::number(uniform(random) + (c == 0 ? 1.0 : 0.0)) + (c < 4 ? "," : "\n");
        }
        writeFile(QStringLiteral("reg-shifted.csv"), rows);

        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates))); // plural forms
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

    void theModelIsListedOnThePage()
    {
        QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("monitor"));
        QVERIFY(QTest::qWaitFor([&] { return page()->modelBox()->findText(QStringLiteral("iris@1")) >= 0; }, 10000));
        QVERIFY(page()->modelBox()->findText(QStringLiteral("iris@production")) >= 0);
        QVERIFY(page()->verdictText().contains(QStringLiteral("Check Drift")));
        saveScreen(m_window.get(), QStringLiteral("monitor-empty"));
    }

    void aShiftedCsvShowsWhichFeatureDriftedAndHowMuch()
    {
        page()->setRequest(QStringLiteral("iris@production"), DriftRequest::Source::Csv,
                           file(QStringLiteral("shifted.csv")));
        QVERIFY(checkAndWait());
        QVERIFY2(page()->outcome().has_value(), qPrintable(page()->messageText()));
        QVERIFY2(page()->verdictText().startsWith(QStringLiteral("1 of 4 features drifted; petal_width_cm moved")),
                 qPrintable(page()->verdictText()));
        QTableWidget* table = page()->featureTable();
        QCOMPARE(table->rowCount(), 5); // four features and the predicted class
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("petal_width_cm"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("drift"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("ok"));
        QCOMPARE(table->item(4, 0)->text(), QStringLiteral("predicted class"));
        QVERIFY(page()->histogramView()->hasFeature());
        QVERIFY(!page()->timeChart()->isVisible()); // one CSV: no series
        saveScreen(m_window.get(), QStringLiteral("monitor-csv"));

        // Drift offers Retrain: the Pipelines page's form, filled in from this model.
        QVERIFY(page()->retrainButton()->isVisible());
        const auto form = page()->retrainForm();
        QVERIFY(form.has_value());
        QCOMPARE(form->model, QStringLiteral("iris"));
        QCOMPARE(form->name, QStringLiteral("retrain-iris"));
        QCOMPARE(form->dataset, QStringLiteral("iris"));
        QCOMPARE(form->target, QStringLiteral("species"));
        QCOMPARE(form->modelSpec, QStringLiteral("mlp:16"));
        QCOMPARE(form->epochs, 30);
        QCOMPARE(form->metric, QStringLiteral("accuracy"));
        QVERIFY(form->minimum > 0.5 && form->minimum <= 1.0);
        QString shownModel;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<PipelineFormDialog*>(QApplication::activeModalWidget()) != nullptr);
            auto* dialog = qobject_cast<PipelineFormDialog*>(QApplication::activeModalWidget());
            shownModel = dialog->form().model;
            saveScreen(dialog, QStringLiteral("monitor-retrain-form"));
            dialog->reject();
        });
        page()->retrainButton()->click();
        QCOMPARE(shownModel, QStringLiteral("iris"));
        QCOMPARE(m_window->currentPageKey(), QStringLiteral("pipelines"));
        QVERIFY(m_window->showPage(QStringLiteral("monitor")));

        // Another feature's histograms and statistics on a click.
        table->setCurrentCell(2, 0);
        QVERIFY(page()->exportAction()->isEnabled());
        const QString html = file(QStringLiteral("report.html"));
        QVERIFY(page()->exportReport(html));
        QFile page1(html);
        QVERIFY(page1.open(QIODevice::ReadOnly));
        QVERIFY(page1.readAll().contains("petal_width_cm moved"));
        const QString pdf = file(QStringLiteral("report.pdf"));
        QVERIFY(page()->exportReport(pdf));
        QFile page2(pdf);
        QVERIFY(page2.open(QIODevice::ReadOnly));
        QCOMPARE(page2.read(5), QByteArray("%PDF-"));

        // In German the verdict, levels and the prediction row speak German at once.
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QTRY_VERIFY2(
            page()->verdictText().startsWith(QStringLiteral("1 von 4 Merkmalen gedriftet; petal_width_cm hat sich um")),
            qPrintable(page()->verdictText()));
        QCOMPARE(table->item(4, 0)->text(), QStringLiteral("vorhergesagte Klasse"));
        saveScreen(m_window.get(), QStringLiteral("monitor-csv-de"));
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTRY_VERIFY(page()->verdictText().startsWith(QStringLiteral("1 of 4 features drifted")));
    }

    void badInputIsNamedAndTheLastReportStays()
    {
        page()->setRequest(QStringLiteral("iris@1"), DriftRequest::Source::Csv, file(QStringLiteral("renamed.csv")));
        QVERIFY(checkAndWait());
        QVERIFY2(page()->messageText().contains(QStringLiteral("'petal_length'"))
                     && page()->messageText().contains(QStringLiteral("renamed.csv")),
                 qPrintable(page()->messageText()));
        QCOMPARE(page()->featureTable()->item(0, 0)->text(), QStringLiteral("petal_width_cm"));
        saveScreen(m_window.get(), QStringLiteral("monitor-error"));

        page()->setRequest(QStringLiteral("iris@1"), DriftRequest::Source::Csv, file(QStringLiteral("same.csv")));
        QVERIFY(checkAndWait());
        QVERIFY2(page()->verdictText().startsWith(QStringLiteral("No drift: 0 of 4 features drifted")),
                 qPrintable(page()->verdictText()));
        QVERIFY(!page()->retrainButton()->isVisible()); // nothing to retrain for
    }

    void theServingLogDriftsWindowByWindow()
    {
        ServeOptions options;
        options.port = 0;
        options.threads = 1;
        options.logFolder = QDir(m_workspaceFolder).filePath(QStringLiteral("serving"));
        auto server = ModelServer::start(QDir(m_workspaceFolder).filePath(QStringLiteral("registry")),
                                         {QStringLiteral("iris@1")}, options);
        QVERIFY2(server, server ? "" : qPrintable(server.error().text()));
        const QList<QByteArray> same = irisCsv(0.0, "").trimmed().split('\n');
        const QList<QByteArray> shifted = irisCsv(0.9, "").trimmed().split('\n');
        for (int i = 0; i < 180; ++i) {
            const QList<QByteArray> v = (i < 120 ? same : shifted)[(i * 53) % same.size()].split(',');
            const QByteArray body = "{\"id\":\"req-" + QByteArray::number(i)
                + "\",\"instances\":[{\"sepal_length_cm\":" + v[0] + ",\"sepal_width_cm\":" + v[1]
                + ",\"petal_length_cm\":" + v[2] + ",\"petal_width_cm\":" + v[3] + "}]}";
            QCOMPARE(test::httpRequest(server.value()->port(), "POST", "/v1/models/iris:predict", body).status, 200);
        }
        server.value()->stop(2000);
        server.value().reset();

        // Labels for every request: the species of the row it sent.
        QStringList species;
        QFile iris(QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv"));
        QVERIFY(iris.open(QIODevice::ReadOnly));
        iris.readLine();
        while (!iris.atEnd())
            species << QString::fromUtf8(iris.readLine().trimmed().split(',').value(4));
        QByteArray labels = "id,species\n";
        for (int i = 0; i < 180; ++i)
            labels += "req-" + QByteArray::number(i) + ',' + species[(i * 53) % same.size()].toUtf8() + '\n';
        writeFile(QStringLiteral("labels.csv"), labels);

        page()->reload();
        page()->setRequest(QStringLiteral("iris@1"), DriftRequest::Source::Log, QStringLiteral("iris"),
                           QStringLiteral("60"));
        page()->setLabelsFile(file(QStringLiteral("labels.csv")));
        QVERIFY(checkAndWait());
        QVERIFY2(page()->outcome().has_value(), qPrintable(page()->messageText()));
        QCOMPARE(page()->outcome()->reports.size(), 3);
        QVERIFY(!page()->outcome()->reports[0].drift);
        QVERIFY(page()->outcome()->reports[2].drift);
        QVERIFY(page()->timeChart()->isVisible());
        const QStringList ids = page()->timeChart()->seriesIds();
        QVERIFY2(ids.contains(QStringLiteral("petal_width_cm")) && ids.contains(QStringLiteral("alarm")),
                 qPrintable(ids.join(QLatin1Char(','))));
        // Performance per window once labels arrived, beside the test split's accuracy.
        QCOMPARE(page()->outcome()->performance.size(), 3);
        QCOMPARE(page()->outcome()->performance[0].labelled, 60);
        QVERIFY(page()->performanceChart()->isVisible());
        const QStringList scored = page()->performanceChart()->seriesIds();
        QVERIFY2(scored.contains(QStringLiteral("accuracy")) && scored.contains(QStringLiteral("test_accuracy")),
                 qPrintable(scored.join(QLatin1Char(','))));
        saveScreen(m_window.get(), QStringLiteral("monitor-log"));
    }

    void aRegressionModelShowsItsPredictedValues()
    {
        page()->setRequest(QStringLiteral("reg@1"), DriftRequest::Source::Csv, file(QStringLiteral("reg-shifted.csv")));
        QVERIFY(checkAndWait());
        QVERIFY2(page()->outcome().has_value(), qPrintable(page()->messageText()));
        QTableWidget* table = page()->featureTable();
        QCOMPARE(table->rowCount(), 6); // five features and the predicted value
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("x1"));
        QCOMPARE(table->item(5, 0)->text(), QStringLiteral("predicted value"));
        QCOMPARE(table->item(5, 1)->text(), QStringLiteral("drift"));
        QVERIFY2(page()->verdictText().startsWith(QStringLiteral("1 of 5 features drifted; x1 moved"))
                     && page()->verdictText().contains(
                         QStringLiteral(". The predictions drifted too: the predicted value moved 0.")),
                 qPrintable(page()->verdictText()));
        // Its histograms, reference (test split) against current, on a click.
        table->setCurrentCell(5, 0);
        QVERIFY(page()->histogramView()->hasFeature());
        saveScreen(m_window.get(), QStringLiteral("monitor-regression"));

        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
        QTRY_COMPARE(table->item(5, 0)->text(), QStringLiteral("vorhergesagter Wert"));
        table->setCurrentCell(5, 0);
        saveScreen(m_window.get(), QStringLiteral("monitor-regression-de"));
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        theme::apply(Theme::Dark);
        table->setCurrentCell(5, 0);
        saveScreen(m_window.get(), QStringLiteral("monitor-regression-dark"));
        theme::apply(Theme::Light);
    }
};

QTEST_MAIN(TestMonitorPage)
#include "tst_monitorpage.moc"
