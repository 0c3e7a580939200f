// crucible: the desktop workbench.
#include "AppSettings.h"
#include "EngineText.h"
#include "GuiResources.h"
#include "MainWindow.h"
#include "Translations.h"
#include "engine/core/BackgroundTask.h"
#include "engine/core/BuildInfo.h"
#include "engine/core/Environment.h"
#include "engine/store/Workspace.h"
#include "engine/torch/TorchRuntime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

using namespace crucible;

namespace {

/// True when the command line asks for something that shows no window: a screenshot rendered
/// offscreen, or the help or version text. Those run without a display.
bool needsNoDisplay(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--") == 0)
            break;
        for (const char* option : {"--screenshot", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
        if (qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

void printError(const QString& text)
{
    std::fprintf(stderr, "crucible: %s\n", qPrintable(text));
}

/// Opens `folder`; on failure asks the user for another folder until one opens or they quit.
std::unique_ptr<Workspace> openWorkspaceInteractively(QString folder)
{
    for (;;) {
        auto opened = Workspace::open(folder);
        if (opened)
            return std::move(opened.value());
        QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("main", "Cannot open workspace"),
                        QCoreApplication::translate("main", "Crucible cannot open its workspace.\n\n%1")
                            .arg(errorText(opened.error())));
        QPushButton* choose =
            box.addButton(QCoreApplication::translate("main", "Choose Another Folder…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != choose)
            return nullptr;
        folder = QFileDialog::getExistingDirectory(nullptr, QCoreApplication::translate("main", "Open Workspace"));
        if (folder.isEmpty())
            return nullptr;
        AppSettings::setWorkspaceFolder(folder);
    }
}

} // namespace

int main(int argc, char** argv)
{
    // `crucible --help` on a server without a display prints its help instead of aborting.
    if (needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Crucible"));
    QApplication::setApplicationName(QStringLiteral("Crucible"));
    QApplication::setApplicationVersion(BuildInfo::versionWithCommit());
    QApplication::setDesktopFileName(QStringLiteral("io.github.crucible_ml.crucible"));
    initGuiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/crucible.svg")));
    installTranslations(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Crucible, a workbench for ML experiments"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QCoreApplication::translate("main", "Open the workspace in <folder>."),
                                             QCoreApplication::translate("main", "folder"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window offscreen to <file> (PNG) and exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Page to show: %1.").arg(MainWindow::pageKeys().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size for --screenshot."),
                                        QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1440x900"));
    parser.addOptions({workspaceOption, screenshotOption, pageOption, sizeOption});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main",
                                    "Model bundles (.crucible) to import into the registry, or data files "
                                    "(CSV, TSV, IDX, image folders) to import, each after asking."),
        QStringLiteral("[FILE...]"));
    parser.process(app); // --help and --version print and exit here
    const bool screenshotMode = parser.isSet(screenshotOption);

    QSize size;
    const QRegularExpressionMatch sizeMatch =
        QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(sizeOption));
    if (!sizeMatch.hasMatch()) {
        printError(QStringLiteral("--size takes WIDTHxHEIGHT, for example 1440x900"));
        return 2;
    }
    size = QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
    const QString page = parser.value(pageOption);
    if (!page.isEmpty() && !MainWindow::pageKeys().contains(page.toLower())) {
        printError(QStringLiteral("no page \"%1\"; pages are %2")
                       .arg(page, MainWindow::pageKeys().join(QStringLiteral(", "))));
        return 2;
    }

    theme::apply(AppSettings::theme());
    torchruntime::setThreadCount(AppSettings::trainingThreads());

    const QString folder = Workspace::resolveFolder(parser.value(workspaceOption), AppSettings::workspaceFolder());
    std::unique_ptr<Workspace> workspace;
    if (screenshotMode) {
        auto opened = Workspace::open(folder);
        if (!opened) {
            printError(errorText(opened.error()));
            return 1;
        }
        workspace = std::move(opened.value());
    } else {
        workspace = openWorkspaceInteractively(folder);
        if (!workspace)
            return 1;
    }

    MainWindow window(std::move(workspace), torchruntime::captureEnvironment());
    if (screenshotMode) {
        window.resize(size);
        if (!page.isEmpty())
            window.showPage(page);
        window.show();
        // Let pages finish loading in the background (bounded), then lay out once more.
        QElapsedTimer waited;
        waited.start();
        do {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        } while (window.isBusy() && waited.elapsed() < 20000);
        QCoreApplication::processEvents();
        const QString file = parser.value(screenshotOption);
        const bool saved = window.grab().save(file, "PNG");
        TaskManager::instance().shutDown();
        TaskManager::instance().waitForIdle(20000);
        if (!saved) {
            printError(QStringLiteral("cannot write the screenshot to %1").arg(file));
            return 1;
        }
        return 0;
    }
    window.restoreFromSettings();
    if (!page.isEmpty())
        window.showPage(page);
    window.show();
    // Files from the command line or the desktop (the .desktop file's %F): asked about once the
    // window is up.
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        QTimer::singleShot(0, &window, [&window, files] { window.openFiles(files); });
    const int code = app.exec();
    // Imports and predictions stop at their next progress report; registrations and runs being
    // stopped finish. Nothing is left half-written.
    TaskManager::instance().shutDown();
    if (!TaskManager::instance().waitForIdle(60000))
        printError(QStringLiteral("background work did not end within a minute; quitting anyway"));
    return code;
}
