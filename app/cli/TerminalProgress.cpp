#include "TerminalProgress.h"

#include "TextTable.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

#include <sys/ioctl.h>
#include <unistd.h>

namespace crucible::cli {

namespace {
bool isTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

/// The terminal's columns on standard error (80 when it does not say).
int terminalWidth()
{
    winsize size {};
    return ::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : 80;
}
} // namespace

ProgressCallback terminalProgress(QTextStream& err, const QString& label)
{
    struct State {
        QElapsedTimer sinceDraw;
        int lastTenth = -1;
    };
    auto state = std::make_shared<State>();
    state->sinceDraw.start();
    const bool terminal = isTerminal();
    return [&err, label, state, terminal](double fraction, const QString& stage) {
        const int percent = int(fraction * 100.0 + 0.5);
        if (terminal) {
            if (state->sinceDraw.elapsed() < 100 && fraction < 1.0)
                return true;
            state->sinceDraw.restart();
            // One line that never wraps, or \r could not redraw it: the bar gives way first (to
            // 10 columns), then the stage is cut; re-measured each time, so a resize is followed.
            const int columns = terminalWidth();
            const int fixed = displayWidth(label) + 9; // " [" "] " "100%" " "
            const int width = std::clamp(columns - fixed - displayWidth(stage) - 1, 10, 30);
            const QString shownStage = cutToWidth(stage, std::max(0, columns - fixed - width - 1));
            const int filled = int(fraction * width + 0.5);
            err << "\r" << label << " [" << QString(filled, QLatin1Char('#'))
                << QString(width - filled, QLatin1Char(' ')) << "] " << qSetFieldWidth(3) << percent
                << qSetFieldWidth(0) << "% " << shownStage
                << QString(std::max(0, columns - fixed - width - 1 - displayWidth(shownStage)), QLatin1Char(' '));
            err.flush();
            return true;
        }
        const int tenth = percent / 10;
        if (tenth != state->lastTenth) {
            state->lastTenth = tenth;
            err << label << ": " << percent << "% " << stage << "\n";
            err.flush();
        }
        return true;
    };
}

void finishTerminalProgress(QTextStream& err)
{
    if (isTerminal()) {
        err << "\n";
        err.flush();
    }
}

} // namespace crucible::cli
