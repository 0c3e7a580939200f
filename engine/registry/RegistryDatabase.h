#pragma once

#include "engine/core/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace crucible {

/// registry.db: the registry's own SQLite database (WAL), versioned by PRAGMA user_version
/// and independent of the workspace's crucible.db. Thread: the one that opened the connection.
namespace registrydb {

/// The schema version this build writes.
inline constexpr int kSchemaVersion = 1;

/// Opens (creating when missing) the database at `path` as connection `connectionName`, turns on
/// WAL and foreign keys and creates the schema. Refuses a file that is not SQLite, a database of
/// another program and one from a newer Crucible, without writing to them.
Result<QSqlDatabase> open(const QString& path, const QString& connectionName, int busyTimeoutMs);

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db, QString where);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    /// Whether BEGIN IMMEDIATE succeeded; the error when it did not.
    Status begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_where;
    Status m_begun = Ok {};
    bool m_open = false;
};

} // namespace registrydb
} // namespace crucible
