#include "TerminalProgress.h"

#include <QElapsedTimer>

#include <memory>
#include <unistd.h>

namespace crucible::cli {

namespace {
bool isTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
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
            constexpr int width = 30;
            const int filled = int(fraction * width + 0.5);
            err << "\r" << label << " [" << QString(filled, QLatin1Char('#'))
                << QString(width - filled, QLatin1Char(' ')) << "] " << qSetFieldWidth(3) << percent
                << qSetFieldWidth(0) << "% " << stage << "   ";
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
