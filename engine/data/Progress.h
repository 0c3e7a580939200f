#pragma once

#include <QString>

#include <functional>

namespace crucible {

/// Reports progress of long engine work and asks whether to go on. Called from the thread doing
/// the work, at most a few dozen times a second; returns false to cancel. The engine knows
/// nothing of widgets: a widget maps this onto its progress bar and its cancel button.
/// `fraction` runs from 0 to 1; `stage` is English context ("reading", "profiling").
using ProgressCallback = std::function<bool(double fraction, const QString& stage)>;

/// Calls `callback` when set; true (go on) otherwise.
inline bool reportProgress(const ProgressCallback& callback, double fraction, const QString& stage)
{
    return !callback || callback(fraction, stage);
}

} // namespace crucible
