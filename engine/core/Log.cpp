#include "Log.h"

namespace crucible {

Q_LOGGING_CATEGORY(lcStore, "crucible.store")
Q_LOGGING_CATEGORY(lcData, "crucible.data")
Q_LOGGING_CATEGORY(lcTrain, "crucible.train")
Q_LOGGING_CATEGORY(lcRegistry, "crucible.registry")
Q_LOGGING_CATEGORY(lcUi, "crucible.ui")

} // namespace crucible
