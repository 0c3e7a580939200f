#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"

#include <QString>
#include <QStringList>

namespace crucible {

/// Checks that `data` has exactly the columns `features` (and `target`, which may be there):
/// names those missing, those it does not know, or both as a likely renaming, and what to do.
/// What predict, serve and drift say about a table that does not fit a model. Thread: any.
Status checkInputColumns(const Dataset& data, const QStringList& features, const QString& target, const QString& path);

} // namespace crucible
