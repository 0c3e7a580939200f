#pragma once

#include "engine/core/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace crucible {

/// One forward step of the workspace schema: applying it to a database at `version - 1`
/// brings it to `version`.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

/// The workspace database schema: ordered migrations keyed by PRAGMA user_version.
namespace schema {

/// Each module adds its own migrations (with the versions assigned to it) from its own file.
void appendDatasetMigrations(std::vector<Migration>& list); // engine/store/DatasetTables.cpp
void appendTrackingMigrations(std::vector<Migration>& list); // engine/store/TrackingTables.cpp
void appendPipelineMigrations(std::vector<Migration>& list); // engine/store/PipelineTables.cpp
void appendSweepMigrations(std::vector<Migration>& list); // engine/store/SweepTables.cpp
void appendInteropMigrations(std::vector<Migration>& list); // engine/store/InteropTables.cpp

/// Every migration, oldest first; versions count up from 1 without gaps.
const std::vector<Migration>& migrations();
/// The schema version this build writes (the last migration's).
int currentVersion();
/// The statements of `migration` as `db`'s database takes them (translated for PostgreSQL).
QStringList statementsFor(const QSqlDatabase& db, const Migration& migration);
/// Reads PRAGMA user_version (on PostgreSQL, the crucible_schema table; 0 when there is none).
Result<int> userVersion(QSqlDatabase& db);
/// The refusal of a workspace at schema version `found`, newer than this build knows.
Error newerVersionError(int found, const QString& where);
/// The refusal of a read-only workspace at schema version `found`, older than this build writes.
Error readOnlyNeedsUpdateError(int found, const QString& where);
/// Brings `db` to currentVersion() in one IMMEDIATE transaction. Refuses a newer database
/// without writing to it. Thread: the one that owns `db`.
Status migrate(QSqlDatabase& db, const QString& where);

} // namespace schema
} // namespace crucible
