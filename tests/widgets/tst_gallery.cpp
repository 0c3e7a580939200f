// Every page and dialog of the workbench as users see it, reviewed by machine before a person
// looks: a workspace with the samples, several runs (one of them training now, one failed),
// models with aliases, a served model, a drift check and pipeline runs; each page and dialog at
// 1280x800 and 1920x1080, in English and German, light and dark, saved as
// build/tests/screens/gallery/SIZE-LANG-THEME-PAGE.png and checked for what can be measured:
// text clipped by its widget, text widgets overlapping, widgets outside the window, and English
// left in the German screens. Real workspace, real training, a real server on loopback.
#include "../support/CliRunner.h"
#include "../support/OverviewFixture.h"
#include "../support/Require.h"
#include "AboutDialog.h"
#include "AppSettings.h"
#include "DatasetsPage.h"
#include "FieldAxis.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "MonitorPage.h"
#include "OciDialog.h"
#include "ParallelAxesDialog.h"
#include "PipelineFormDialog.h"
#include "PipelinesPage.h"
#include "PredictDialog.h"
#include "RecipeForm.h"
#include "RegisterModelDialog.h"
#include "RegistryAliasDialog.h"
#include "RunDiffDialog.h"
#include "SamplesDialog.h"
#include "ServeDialog.h"
#include "ServingPage.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SweepDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "engine/core/BackgroundTask.h"
#include "engine/repro/RunDiff.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunQuery.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"
#include "engine/torch/TorchRuntime.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <cmath>

using namespace crucible;

namespace {

QString galleryFolder()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screens/gallery"));
}

/// The German catalogue's source texts that German changes (placeholders left out): one of them
/// on a German screen is a string that was not translated or not retranslated.
QSet<QString> englishOnlyTexts()
{
    QSet<QString> texts;
    QFile file(QStringLiteral(CRUCIBLE_SOURCE_DIR "/translations/crucible_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    QString source;
    QSet<QString> german; // a German text that is also an English source ("Training") is German here
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            german.insert(translation);
            german.insert(QString(translation).remove(QLatin1Char('&')));
            if (!source.contains(QLatin1Char('%')) && translation != source && source.size() > 2)
                texts.insert(source);
        }
    }
    return texts - german;
}

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    return text;
}

QString describe(const QWidget* widget, const QString& text)
{
    const QString name =
        widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName();
    return QStringLiteral("%1 \"%2\"").arg(name, text.left(60));
}

bool isInside(const QWidget* widget, const QWidget* top, const std::function<bool(const QWidget*)>& test)
{
    for (const QWidget* parent = widget->parentWidget(); parent && parent != top; parent = parent->parentWidget()) {
        if (test(parent))
            return true;
    }
    return false;
}

/// What the widget says, for the widgets that show text themselves.
QString shownText(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return label->pixmap().isNull() ? label->text() : QString();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->text();
    if (const auto* box = qobject_cast<const QGroupBox*>(widget))
        return box->title();
    return {};
}

/// The width the widget needs for its text to show whole, or -1 when it is not measured.
int neededWidth(const QWidget* widget)
{
    const QFontMetrics metrics = widget->fontMetrics();
    const QString text = plain(shownText(widget)).remove(QLatin1Char('&'));
    if (text.isEmpty())
        return -1;
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    const QStyle* style = widget->style();
    if (const auto* label = qobject_cast<const QLabel*>(widget)) {
        if (label->wordWrap() || Qt::mightBeRichText(label->text()))
            return -1; // measured by height below
        return widest + (label->width() - label->contentsRect().width()) + 2 * label->margin();
    }
    if (qobject_cast<const QCheckBox*>(widget) || qobject_cast<const QRadioButton*>(widget))
        return widest + style->pixelMetric(QStyle::PM_IndicatorWidth)
            + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    if (const auto* button = qobject_cast<const QToolButton*>(widget)) {
        if (button->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return -1;
        if (button->toolButtonStyle() == Qt::ToolButtonTextUnderIcon)
            return widest + 4;
        return widest + (button->icon().isNull() ? 0 : button->iconSize().width() + 4) + 6;
    }
    if (const auto* button = qobject_cast<const QPushButton*>(widget))
        return widest + (button->icon().isNull() ? 0 : button->iconSize().width() + 4) + 8;
    return -1;
}

/// The defects on `top` that can be measured (see the file's comment).
QStringList defectsOf(QWidget* top, bool german, const QSet<QString>& englishOnly)
{
    QStringList defects;
    const QRect window = top->rect();
    struct Shown {
        QWidget* widget;
        QRect rect;
        QString text;
    };
    QList<Shown> texts;
    const auto inItemView = [](const QWidget* parent) { return qobject_cast<const QAbstractItemView*>(parent); };
    const auto inScrollArea = [](const QWidget* parent) { return qobject_cast<const QAbstractScrollArea*>(parent); };
    for (QWidget* widget : top->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->isWindow() || isInside(widget, top, inItemView))
            continue;
        const QRect rect(widget->mapTo(top, QPoint(0, 0)), widget->size());
        if (!isInside(widget, top, inScrollArea) && !window.adjusted(-1, -1, 1, 1).contains(rect))
            defects << QStringLiteral("outside the window: %1 at %2,%3 %4x%5")
                           .arg(describe(widget, shownText(widget)))
                           .arg(rect.x())
                           .arg(rect.y())
                           .arg(rect.width())
                           .arg(rect.height());
        const QString text = shownText(widget);
        if (text.trimmed().isEmpty())
            continue;
        texts << Shown {widget, rect, text};
        const int needed = neededWidth(widget);
        if (needed > widget->width() + 1)
            defects << QStringLiteral("clipped: %1 needs %2 px, has %3")
                           .arg(describe(widget, text))
                           .arg(needed)
                           .arg(widget->width());
        if (const auto* label = qobject_cast<const QLabel*>(widget);
            label && (label->wordWrap() || Qt::mightBeRichText(label->text()))) {
            const int height = label->heightForWidth(label->width());
            if (height > label->height() + 2 && label->sizePolicy().verticalPolicy() != QSizePolicy::Ignored)
                defects << QStringLiteral("clipped: %1 needs %2 px high, has %3")
                               .arg(describe(widget, text))
                               .arg(height)
                               .arg(label->height());
        }
        if (german && englishOnly.contains(text))
            defects << QStringLiteral("English in German: %1").arg(describe(widget, text));
    }
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype j = i + 1; j < texts.size(); ++j) {
            const Shown& a = texts[i];
            const Shown& b = texts[j];
            if (a.widget->isAncestorOf(b.widget) || b.widget->isAncestorOf(a.widget))
                continue;
            const QRect both = a.rect.intersected(b.rect);
            if (both.width() > 2 && both.height() > 2)
                defects
                    << QStringLiteral("overlap: %1 and %2").arg(describe(a.widget, a.text), describe(b.widget, b.text));
        }
    }
    if (german) {
        // Headers of tables and lists, tabs, menus.
        for (const QHeaderView* header : top->findChildren<QHeaderView*>()) {
            // Row headers hold data (the Compare table's recipe keys such as "schedule"), not words.
            if (!header->isVisible() || !header->model() || header->orientation() == Qt::Vertical)
                continue;
            for (int section = 0; section < header->count(); ++section) {
                const QString title = header->model()->headerData(section, header->orientation()).toString();
                if (englishOnly.contains(title))
                    defects << QStringLiteral("English in German: header \"%1\" of %2")
                                   .arg(title, header->parentWidget()->objectName());
            }
        }
        for (const QTabBar* tabs : top->findChildren<QTabBar*>()) {
            for (int tab = 0; tabs->isVisible() && tab < tabs->count(); ++tab) {
                if (englishOnly.contains(tabs->tabText(tab)))
                    defects << QStringLiteral("English in German: tab \"%1\"").arg(tabs->tabText(tab));
            }
        }
        if (englishOnly.contains(top->windowTitle()))
            defects << QStringLiteral("English in German: window title \"%1\"").arg(top->windowTitle());
    }
    return defects;
}

} // namespace

class TestGallery : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspaceFolder;
    std::shared_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QSet<QString> m_englishOnly;
    QStringList m_defects;
    QStringList m_runIds;

    test::CliOutcome cli(const QStringList& arguments) const
    {
        return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspaceFolder}
                            + arguments);
    }

    QString registryFolder() const { return QDir(m_workspaceFolder).filePath(QStringLiteral("registry")); }

    void train(const QString& data, const QString& model, const QString& epochs, const QString& name,
               const QStringList& more = {})
    {
        const auto trained =
            cli(QStringList {QStringLiteral("train"), QStringLiteral("--data"), data, QStringLiteral("--model"), model,
                             QStringLiteral("--epochs"), epochs, QStringLiteral("--name"), name,
                             QStringLiteral("--threads"), QStringLiteral("1")}
                + more);
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
    }

    /// Renders `widget`, checks it and saves it as gallery/NAME.png.
    void review(QWidget* widget, const QString& name, bool german)
    {
        QCoreApplication::sendPostedEvents();
        QTest::qWait(60); // layouts settle after a language or theme switch
        const QStringList defects = defectsOf(widget, german, m_englishOnly);
        for (const QString& defect : defects)
            m_defects << name + QStringLiteral(": ") + defect;
        widget->grab().save(QDir(galleryFolder()).filePath(name + QStringLiteral(".png")));
    }

    template <typename Dialog> void reviewDialog(Dialog* dialog, const QString& name, bool german)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        review(dialog, name, german);
        dialog->close();
        delete dialog;
    }

    /// A window as a user starting Crucible in `locale` gets it, with a model served, a drift
    /// check made and a pipeline listed.
    void openWindow(const QLocale& locale)
    {
        m_window.reset();
        QVERIFY(installTranslations(locale));
        // Python scripts may log here through MLflow's API (the status bar shows where).
        AppSettings::setTrackingServerEnabled(true);
        AppSettings::setTrackingServerPort(0);
        m_window = std::make_unique<MainWindow>(m_workspace, torchruntime::captureEnvironment());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto* serving = m_window->findChild<ServingPage*>();
        serving->serve(registryFolder(), QStringLiteral("iris@production"), 18731, true, QStringLiteral("127.0.0.1"));
        QVERIFY(QTest::qWaitFor([&] { return serving->endpointCount() == 1; }, 20000));
        auto* monitor = m_window->findChild<MonitorPage*>();
        monitor->setRequest(QStringLiteral("iris@production"), DriftRequest::Source::Csv,
                            m_dir.filePath(QStringLiteral("grown.csv")));
        monitor->check();
        QVERIFY(QTest::qWaitFor([&] { return !monitor->isChecking(); }, 60000));
        QVERIFY(monitor->outcome().has_value());
        auto* pipelines = m_window->findChild<PipelinesPage*>();
        pipelines->setPipelineFiles({m_dir.filePath(QStringLiteral("nightly-drift.yaml"))});
        QVERIFY(QTest::qWaitFor([&] { return pipelines->selectPipeline(QStringLiteral("nightly-drift")); }, 10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir(galleryFolder()).removeRecursively();
        QVERIFY(QDir().mkpath(galleryFolder()));
        m_englishOnly = englishOnlyTexts();
        QVERIFY(m_englishOnly.size() > 500);
        m_workspaceFolder = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris"), QStringLiteral("wine"),
                      QStringLiteral("regression")})
                     .exitCode,
                 0);
        train(QStringLiteral("iris"), QStringLiteral("mlp:16"), QStringLiteral("40"), QStringLiteral("iris-mlp16"),
              {QStringLiteral("--register"), QStringLiteral("iris"), QStringLiteral("--alias"),
               QStringLiteral("production")});
        train(QStringLiteral("iris"), QStringLiteral("mlp:32,16"), QStringLiteral("40"), QStringLiteral("iris-mlp32"),
              {QStringLiteral("--lr"), QStringLiteral("0.003")});
        train(QStringLiteral("wine"), QStringLiteral("mlp:16"), QStringLiteral("30"), QStringLiteral("wine-mlp16"),
              {QStringLiteral("--register"), QStringLiteral("wine"), QStringLiteral("--alias"),
               QStringLiteral("staging")});
        train(QStringLiteral("regression"), QStringLiteral("mlp:32"), QStringLiteral("20"), QStringLiteral("reg-mlp32"),
              {QStringLiteral("--register"), QStringLiteral("reg")});

        // A drift check by a pipeline on rows whose petals grew, and a pipeline that failed.
        QFile csv(m_dir.filePath(QStringLiteral("grown.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(test::grownIrisCsv());
        csv.close();
        QFile pipeline(m_dir.filePath(QStringLiteral("nightly-drift.yaml")));
        QVERIFY(pipeline.open(QIODevice::WriteOnly));
        pipeline.write(test::driftPipelineYaml("grown.csv"));
        pipeline.close();
        QCOMPARE(cli({QStringLiteral("pipeline"), QStringLiteral("run"), pipeline.fileName()}).exitCode, 0);
        // A finished sweep on wine with pruned trials, for the Sweeps page.
        QFile sweep(m_dir.filePath(QStringLiteral("wine-search.yaml")));
        QVERIFY(sweep.open(QIODevice::WriteOnly));
        sweep.write("name: wine-search\ndataset: wine\nrecipe: {epochs: 12, batch_size: 16}\nstrategy: tpe\n"
                    "startup_trials: 4\nseed: 5\nbudget: {trials: 10}\n"
                    "pruner: {kind: median, warmup_epochs: 3, min_trials: 3}\n"
                    "space:\n  lr: {float: [0.0001, 0.1], log: true}\n  model.width: {int: [4, 64], log: true}\n"
                    "  model.depth: {int: [1, 3]}\n  weight_decay: {float: [0.000001, 0.01], log: true}\n");
        sweep.close();
        QCOMPARE(cli({QStringLiteral("sweep"), QStringLiteral("create"), sweep.fileName()}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("sweep"), QStringLiteral("run"), QStringLiteral("wine-search"),
                      QStringLiteral("--threads"), QStringLiteral("1")})
                     .exitCode,
                 0);

        // A file that cannot be imported: the reader's reason shows in the interface's language.
        QFile empty(m_dir.filePath(QStringLiteral("leer.csv")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        QFile measured(m_dir.filePath(QStringLiteral("messung.csv")));
        QVERIFY(measured.open(QIODevice::WriteOnly));
        measured.write("Messung 7, Platte B\n\nzeitpunkt;temperatur;druck;ergebnis\n");
        for (int i = 0; i < 30; ++i)
            measured.write(QDateTime(QDate(2024, 3, 1 + i % 28), QTime(8 + i % 10, i * 7 % 60))
                               .toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                               .toUtf8()
                           + ";" + QByteArray::number(20 + i % 7) + "," + QByteArray::number(i % 10) + ";"
                           + QByteArray::number(1000 + i) + ",25;" + (i % 3 ? "gut\n" : "schlecht\n"));
        measured.close();

        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"), measured.fileName()}).exitCode, 0);

        // A run an MLflow-instrumented script logged before, imported from its mlruns folder.
        const QString mlruns = m_dir.filePath(QStringLiteral("mlruns"));
        const QString runFolder = mlruns + QStringLiteral("/3/6f1c2a9e0b7d4e5f8a9b0c1d2e3f4a5b");
        for (const char* sub : {"/metrics", "/params", "/tags", "/artifacts"})
            QVERIFY(QDir().mkpath(runFolder + QLatin1String(sub)));
        auto write = [](const QString& path, const QByteArray& bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(mlruns + QStringLiteral("/3/meta.yaml"), "experiment_id: '3'\nname: mlflow-notebooks\n"));
        QVERIFY(write(runFolder + QStringLiteral("/meta.yaml"),
                      "run_id: 6f1c2a9e0b7d4e5f8a9b0c1d2e3f4a5b\nrun_name: resnet18-baseline\nstatus: 3\n"
                      "start_time: 1795600000000\nend_time: 1795600900000\nlifecycle_stage: active\n"));
        QByteArray loss;
        QByteArray accuracy;
        for (int step = 0; step < 30; ++step) {
            const QByteArray time = QByteArray::number(1795600000000 + step * 30000);
            loss += time + ' ' + QByteArray::number(1.9 * std::exp(-step / 9.0) + 0.08, 'g', 6) + ' '
                + QByteArray::number(step) + '\n';
            accuracy += time + ' ' + QByteArray::number(0.93 - 0.6 * std::exp(-step / 7.0), 'g', 6) + ' '
                + QByteArray::number(step) + '\n';
        }
        QVERIFY(write(runFolder + QStringLiteral("/metrics/val_loss"), loss));
        QVERIFY(write(runFolder + QStringLiteral("/metrics/val_accuracy"), accuracy));
        QVERIFY(write(runFolder + QStringLiteral("/params/lr"), "0.01"));
        QVERIFY(write(runFolder + QStringLiteral("/params/optimizer"), "sgd"));
        QVERIFY(write(runFolder + QStringLiteral("/tags/team"), "vision"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("mlflow"), mlruns}).exitCode, 0);

        auto opened = Workspace::open(m_workspaceFolder);
        QVERIFY(opened);
        m_workspace = std::shared_ptr<Workspace>(std::move(opened.value()));
        // A run training now (this process owns it) and one that failed.
        test::addRunTrainingNow(*m_workspace, QStringLiteral("iris-training-now"), QStringLiteral("iris"), 4, 30, 20);
        test::addFailedRun(*m_workspace, QStringLiteral("wine-diverged"), QStringLiteral("wine"),
                           QStringLiteral("loss diverged at step 12 (epoch 2)"));
        RunQuery all;
        m_runIds.clear();
        auto listed = RunCatalog(*m_workspace).list(all);
        QVERIFY(listed);
        const std::vector<RunRecord> runs = std::move(listed.value());
        for (const RunRecord& run : runs)
            m_runIds << run.id;
    }

    void cleanupTestCase()
    {
        m_window.reset();
        TaskManager::instance().waitForIdle(10000);
        theme::apply(Theme::Light);
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void theChecksFindWhatTheyLookFor()
    {
        QWidget bad;
        bad.resize(300, 200);
        auto* clipped = new QLabel(QStringLiteral("A label far too long for the forty pixels it has"), &bad);
        clipped->setGeometry(10, 10, 40, 20);
        auto* first = new QLabel(QStringLiteral("First"), &bad);
        first->setGeometry(10, 60, 80, 20);
        auto* second = new QPushButton(QStringLiteral("Second"), &bad);
        second->setGeometry(40, 65, 100, 30);
        auto* outside = new QCheckBox(QStringLiteral("Out"), &bad);
        outside->setGeometry(260, 180, 80, 30);
        auto* english = new QLabel(QStringLiteral("Recent runs"), &bad);
        english->setGeometry(10, 120, 200, 20);
        bad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bad));
        const QStringList defects = defectsOf(&bad, true, m_englishOnly);
        const QString all = defects.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("clipped: QLabel \"A label far")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("overlap: QLabel \"First\" and QPushButton \"Second\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("outside the window: QCheckBox \"Out\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("English in German: QLabel \"Recent runs\"")), qPrintable(all));
        QCOMPARE(defects.size(), 4);
    }

    void everyPageAndDialogInBothLanguagesThemesAndSizes()
    {
        for (const bool german : {false, true}) {
            openWindow(german ? QLocale(QLocale::German, QLocale::Germany)
                              : QLocale(QLocale::English, QLocale::UnitedStates));
            for (const bool dark : {false, true}) {
                theme::apply(dark ? Theme::Dark : Theme::Light);
                const QString variant =
                    QStringLiteral("%1-%2").arg(german ? QStringLiteral("de") : QStringLiteral("en"),
                                                dark ? QStringLiteral("dark") : QStringLiteral("light"));
                for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                    m_window->resize(size);
                    for (const QString& page : MainWindow::pageKeys()) {
                        QVERIFY(m_window->showPage(page));
                        QTest::qWait(page == QLatin1String("overview") || page == QLatin1String("compare") ? 400 : 100);
                        QCOMPARE(m_window->size(), size);
                        review(m_window.get(),
                               QStringLiteral("%1x%2-%3-%4").arg(size.width()).arg(size.height()).arg(variant, page),
                               german);
                    }
                }
                m_window->resize(1280, 800);
                // The Columns tab of a dataset with dates: their range and spread as dates.
                QVERIFY(m_window->showPage(QStringLiteral("datasets")));
                auto* datasets = m_window->findChild<DatasetsPage*>();
                auto* list = datasets->findChild<QTreeWidget*>(QStringLiteral("dataset-list"));
                const QList<QTreeWidgetItem*> found = list->findItems(QStringLiteral("messung"), Qt::MatchExactly);
                QCOMPARE(found.size(), 1);
                list->setCurrentItem(found.first());
                datasets->tabs()->setCurrentIndex(1);
                QTest::qWait(300);
                review(m_window.get(), QStringLiteral("1280x800-%1-datasets-dates").arg(variant), german);
                list->setCurrentItem(list->topLevelItem(0));
                datasets->tabs()->setCurrentIndex(0);
                // The Train page's recipe with its advanced options unfolded (threads, processes, ...).
                QVERIFY(m_window->showPage(QStringLiteral("train")));
                auto* recipe = m_window->findChild<RecipeForm*>();
                QVERIFY(recipe);
                recipe->setAdvancedShown(true);
                review(recipe, QStringLiteral("1280x800-%1-train-advanced").arg(variant), german);
                recipe->setAdvancedShown(false);
                // Dialogs at the size they open with.
                reviewDialog(new SettingsDialog(m_workspaceFolder, m_window.get()),
                             QStringLiteral("dialog-%1-settings").arg(variant), german);
                reviewDialog(MainWindow::sharedWorkspaceDialog(m_window.get(),
                                                               QStringLiteral("postgresql://ana@db.example.org/crucible"
                                                                              "?objects=/mnt/team/crucible")),
                             QStringLiteral("dialog-%1-shared-workspace").arg(variant), german);
                reviewDialog(new AboutDialog(torchruntime::captureEnvironment(), m_window.get()),
                             QStringLiteral("dialog-%1-about").arg(variant), german);
                reviewDialog(new ShortcutsDialog(m_window->shortcutEntries(), m_window.get()),
                             QStringLiteral("dialog-%1-shortcuts").arg(variant), german);
                reviewDialog(new SamplesDialog(m_window.get()), QStringLiteral("dialog-%1-samples").arg(variant),
                             german);
                reviewDialog(new RegisterModelDialog(m_workspace, registryFolder(), m_runIds.last(), m_window.get()),
                             QStringLiteral("dialog-%1-register").arg(variant), german);
                reviewDialog(new PredictDialog(registryFolder(),
                                               {QStringLiteral("iris@production"), QStringLiteral("iris@1")},
                                               QStringLiteral("iris@production"), m_window.get()),
                             QStringLiteral("dialog-%1-predict").arg(variant), german);
                reviewDialog(
                    new ServeDialog(QStringLiteral("iris"), 1, {{QStringLiteral("production"), 1}}, m_window.get()),
                    QStringLiteral("dialog-%1-serve").arg(variant), german);
                reviewDialog(new RegistryAliasDialog(QStringLiteral("iris"), {1}, {{QStringLiteral("production"), 1}},
                                                     1, m_window.get()),
                             QStringLiteral("dialog-%1-alias").arg(variant), german);
                {
                    QStringList titles;
                    const QStringList fields = comparisonFields(RunCatalog(*m_workspace).list(RunQuery {}).value(),
                                                                {QStringLiteral("val_accuracy")}, &titles);
                    const QStringList chosen = defaultParallelAxes(fields, fields.last());
                    reviewDialog(new ParallelAxesDialog(fields, titles, chosen, chosen, m_window.get()),
                                 QStringLiteral("dialog-%1-parallel-axes").arg(variant), german);
                }
                reviewDialog(new PipelineFormDialog(m_window.get()),
                             QStringLiteral("dialog-%1-pipeline-form").arg(variant), german);
                const RunCatalog catalog(*m_workspace);
                const RunRecord a = catalog.run(m_runIds[m_runIds.size() - 2]).value();
                const RunRecord b = catalog.run(m_runIds.last()).value();
                reviewDialog(new RunDiffDialog(a, b, repro::diffRuns(*m_workspace, a, b).value(), m_window.get()),
                             QStringLiteral("dialog-%1-diff").arg(variant), german);
                reviewDialog(new SweepDialog({QStringLiteral("iris"), QStringLiteral("wine")}, m_window.get()),
                             QStringLiteral("dialog-%1-sweep").arg(variant), german);
                // A file as instruments write it: a title line, ';' between fields, decimal commas,
                // German dates.
                reviewDialog(new ImportDialog(m_dir.filePath(QStringLiteral("messung.csv")), m_window.get()),
                             QStringLiteral("dialog-%1-import").arg(variant), german);
                reviewDialog(new OciDialog(OciDialog::Mode::Push, QStringLiteral("iris"), 1,
                                           {{QStringLiteral("production"), 1}},
                                           QStringLiteral("oci://registry.example.com/team/iris"), m_window.get()),
                             QStringLiteral("dialog-%1-oci-push").arg(variant), german);
                reviewDialog(new OciDialog(OciDialog::Mode::Pull, {}, 0, {},
                                           QStringLiteral("oci://registry.example.com/team/iris:production"),
                                           m_window.get()),
                             QStringLiteral("dialog-%1-oci-pull").arg(variant), german);
                reviewDialog(new ImportDialog(m_dir.filePath(QStringLiteral("leer.csv")), m_window.get()),
                             QStringLiteral("dialog-%1-import-error").arg(variant), german);
            }
        }
        QFile report(QDir(galleryFolder()).filePath(QStringLiteral("defects.txt")));
        QVERIFY(report.open(QIODevice::WriteOnly | QIODevice::Text));
        report.write(m_defects.join(QLatin1Char('\n')).toUtf8());
        QVERIFY2(m_defects.isEmpty(),
                 qPrintable(QStringLiteral("%1 defects, the first: %2")
                                .arg(m_defects.size())
                                .arg(m_defects.mid(0, 15).join(QLatin1Char('\n')))));
    }
};

QTEST_MAIN(TestGallery)
#include "tst_gallery.moc"
