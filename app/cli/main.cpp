// crucible-cli: the headless twin of the workbench. Links no Qt Widgets.
#include "Cli.h"
#include "TerminalSafe.h"

#include "engine/core/BuildInfo.h"
#include "engine/core/OutputFile.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <string_view>

#include <unistd.h>

int main(int argc, char** argv)
{
    // A reader that goes away (train ... 2>&1 | head) makes a write fail with EPIPE, which is
    // handled, instead of killing the process in the middle of a run and leaving it interrupted.
    std::signal(SIGPIPE, SIG_IGN);

    // A PDF report lays out text with the GUI library's fonts, which need a QGuiApplication: made
    // (without a display) only for such a command, so that every other one starts as fast as before.
    const bool wantsPdf = std::any_of(argv + 1, argv + argc, [](const char* arg) {
        const std::string_view text(arg);
        return text.size() > 4 && text.substr(text.size() - 4) == ".pdf";
    });
    if (wantsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(wantsPdf ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Crucible"));
    QCoreApplication::setApplicationName(QStringLiteral("crucible-cli"));
    QCoreApplication::setApplicationVersion(crucible::BuildInfo::versionWithCommit());

    // Standard output carries the command's document alone (a table, --json, a CSV or bundle for
    // "-"): keep it on a descriptor of our own, and point descriptor 1, where LibTorch and a model's
    // print() write, at standard error.
    int dataFd = ::dup(STDOUT_FILENO);
    if (dataFd >= 0 && ::dup2(STDERR_FILENO, STDOUT_FILENO) >= 0)
        crucible::setStandardOutputDescriptor(dataFd);
    else
        dataFd = STDOUT_FILENO;
    crucible::cli::TerminalSafeDevice outDevice(dataFd, false);
    crucible::cli::TerminalSafeDevice errDevice(STDERR_FILENO, true);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    const int code = crucible::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    // A full disk or a closed pipe under standard output: what was asked for did not arrive.
    if (const int failure = outDevice.writeError(); failure != 0 && failure != EPIPE) {
        err << "crucible-cli: error: could not write standard output: "
            << QString::fromLocal8Bit(std::strerror(failure)) << "\n";
        err.flush();
        return code == 0 ? 1 : code;
    }
    err.flush();
    return code;
}
