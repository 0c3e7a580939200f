#pragma once

#include "engine/data/Progress.h"

#include <QTextStream>

namespace crucible::cli {

/// A ProgressCallback that draws a progress bar on a terminal (stderr) and prints plain lines at
/// every tenth otherwise (logs, CI). Thread: the one running the work.
ProgressCallback terminalProgress(QTextStream& err, const QString& label);

/// Ends the bar's line on a terminal.
void finishTerminalProgress(QTextStream& err);

} // namespace crucible::cli
