#pragma once

#include "engine/core/Error.h"

#include <QLoggingCategory>

namespace crucible {

// The engine's logging categories; QT_LOGGING_RULES="crucible.*=true" shows everything,
// "crucible.store.warning=false" silences one.
Q_DECLARE_LOGGING_CATEGORY(lcStore) ///< crucible.store: the workspace database and run records
Q_DECLARE_LOGGING_CATEGORY(lcData) ///< crucible.data: datasets and their files
Q_DECLARE_LOGGING_CATEGORY(lcTrain) ///< crucible.train: training runs
Q_DECLARE_LOGGING_CATEGORY(lcRegistry) ///< crucible.registry: bundles and the model registry
Q_DECLARE_LOGGING_CATEGORY(lcUi) ///< crucible.ui: the GUI and the CLI

using LogCategory = const QLoggingCategory& (*)();

/// For a Result that the caller cannot act on (a clean-up after another error, a best-effort
/// write): a failure is logged as a warning under `category`, "while DOING: where: message",
/// instead of vanishing. Returns whether `result` succeeded. Thread: any.
template <typename T> bool logFailure(const Result<T>& result, LogCategory category, const char* doing)
{
    if (result)
        return true;
    qCWarning(category).noquote() << "while" << doing << QLatin1String(":") << result.error().text();
    return false;
}

} // namespace crucible
