#pragma once

#include "engine/core/Error.h"

#include <QSqlError>

namespace crucible {

/// True when SQLite reported SQLITE_BUSY or SQLITE_LOCKED: another connection holds a lock.
bool isBusyError(const QSqlError& error);

/// Turns a failed SQL call into an Error that says what Crucible was doing and where;
/// busy errors become ErrorCode::Busy with advice.
Error sqlError(const QSqlError& error, const QString& where, const QString& doing);

} // namespace crucible
