#pragma once

#include "engine/core/Error.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace crucible {

/// True when SQLite reported SQLITE_BUSY or SQLITE_LOCKED: another connection holds a lock.
bool isBusyError(const QSqlError& error);

/// Turns a failed SQL call into an Error that says what Crucible was doing and where;
/// busy errors become ErrorCode::Busy with advice.
Error sqlError(const QSqlError& error, const QString& where, const QString& doing);

/// BEGIN IMMEDIATE ... COMMIT on a workspace connection: the write lock is taken at begin(), so
/// what is read inside stays true until commit(). Rolled back when left without commit().
/// Thread: the connection's thread.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { }
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Status begin(const QString& where);
    Status commit(const QString& where);
    /// Rolls back now (nothing when not open).
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_isOpen = false;
};

} // namespace crucible
