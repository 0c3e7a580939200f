#include "Schema.h"

#include "engine/core/Message.h"
#include "engine/store/SqlUtil.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace crucible::schema {

namespace {

std::vector<Migration> buildMigrations()
{
    std::vector<Migration> list;
    list.push_back({1,
                    CRUCIBLE_MESSAGE("workspace, experiments, datasets and runs"),
                    {
                        QStringLiteral("CREATE TABLE workspace_meta ("
                                       " key TEXT PRIMARY KEY,"
                                       " value TEXT NOT NULL)"),
                        QStringLiteral("CREATE TABLE experiments ("
                                       " id INTEGER PRIMARY KEY,"
                                       " name TEXT NOT NULL UNIQUE,"
                                       " description TEXT NOT NULL DEFAULT '',"
                                       " created_at TEXT NOT NULL)"),
                        QStringLiteral("CREATE TABLE datasets ("
                                       " id INTEGER PRIMARY KEY,"
                                       " name TEXT NOT NULL,"
                                       " hash TEXT NOT NULL,"
                                       " kind TEXT NOT NULL,"
                                       " source_path TEXT NOT NULL DEFAULT '',"
                                       " row_count INTEGER NOT NULL DEFAULT 0,"
                                       " column_count INTEGER NOT NULL DEFAULT 0,"
                                       " created_at TEXT NOT NULL,"
                                       " UNIQUE (name, hash))"),
                        QStringLiteral("CREATE TABLE runs ("
                                       " id TEXT PRIMARY KEY,"
                                       " experiment_id INTEGER NOT NULL REFERENCES experiments(id),"
                                       " name TEXT NOT NULL,"
                                       " status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'paused',"
                                       "   'finished', 'failed', 'stopped', 'interrupted')),"
                                       " created_at TEXT NOT NULL,"
                                       " started_at TEXT,"
                                       " ended_at TEXT,"
                                       " dataset_id INTEGER REFERENCES datasets(id),"
                                       " config_json TEXT NOT NULL DEFAULT '{}',"
                                       " config_hash TEXT NOT NULL DEFAULT '',"
                                       " seed INTEGER,"
                                       " device TEXT NOT NULL DEFAULT '',"
                                       " environment_json TEXT NOT NULL DEFAULT '{}',"
                                       " parent_run_id TEXT REFERENCES runs(id),"
                                       " error TEXT NOT NULL DEFAULT '',"
                                       " notes TEXT NOT NULL DEFAULT '',"
                                       " owner_host TEXT NOT NULL DEFAULT '',"
                                       " owner_pid INTEGER NOT NULL DEFAULT 0,"
                                       " deleted_at TEXT)"),
                        QStringLiteral("CREATE INDEX runs_by_experiment ON runs (experiment_id, created_at)"),
                        QStringLiteral("INSERT INTO experiments (name, description, created_at)"
                                       " VALUES ('Default', 'Runs not filed under another experiment',"
                                       " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
                    }});
    appendDatasetMigrations(list);
    appendTrackingMigrations(list);
    appendPipelineMigrations(list);
    appendSweepMigrations(list);
    appendInteropMigrations(list);
    std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

/// Where PostgreSQL keeps what SQLite keeps in PRAGMA user_version.
const QString kVersionTable = QStringLiteral("crucible_schema");

/// The advisory lock two processes take to migrate one PostgreSQL database in turn.
constexpr qint64 kMigrationLock = 0x4372756d; // "Crum"

/// A migration's statement as PostgreSQL takes it: SQLite's storage classes become PostgreSQL's
/// types (64-bit integers, doubles, bytea; an INTEGER PRIMARY KEY numbers new rows itself as
/// SQLite's rowid alias does), and the two SQLite-only phrases are dropped or rewritten.
QString forPostgres(QString statement)
{
    static const QRegularExpression rowidKey(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    static const QRegularExpression withoutRowid(QStringLiteral("\\s*WITHOUT ROWID\\b"));
    statement.replace(rowidKey, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    statement.replace(integer, QStringLiteral("BIGINT"));
    statement.replace(real, QStringLiteral("DOUBLE PRECISION"));
    statement.replace(blob, QStringLiteral("BYTEA"));
    statement.replace(withoutRowid, QString());
    statement.replace(QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),
                      QStringLiteral("to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
    return statement;
}

Result<int> postgresVersion(QSqlDatabase& db)
{
    const QString where = QStringLiteral("postgresql://%1/%2").arg(db.hostName(), db.databaseName());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(kVersionTable)) || !query.next())
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("reading the schema version"));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM %1").arg(kVersionTable)) || !query.next())
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("reading the schema version"));
    const int version = query.value(0).toInt();
    query.finish();
    return version;
}

} // namespace

QStringList statementsFor(const QSqlDatabase& db, const Migration& migration)
{
    if (!isPostgres(db))
        return migration.statements;
    QStringList translated;
    for (const QString& statement : migration.statements) {
        translated << forPostgres(statement);
        // Points are packed already and compress little: PostgreSQL's default compression of
        // large values (pglz) halved the rate of writing them. Kept as they are, as in SQLite.
        if (statement.startsWith(QLatin1String("CREATE TABLE metric_chunks"))) {
            for (const char* column : {"steps", "vals", "epochs", "wall_times"})
                translated << QStringLiteral("ALTER TABLE metric_chunks ALTER COLUMN %1 SET STORAGE EXTERNAL")
                                  .arg(QLatin1String(column));
        }
    }
    return translated;
}

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = buildMigrations();
    return list;
}

int currentVersion()
{
    return migrations().back().version;
}

Result<int> userVersion(QSqlDatabase& db)
{
    if (isPostgres(db))
        return postgresVersion(db);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(query.lastError(), db.databaseName(), CRUCIBLE_MESSAGE("reading the schema version"));
    const int version = query.value(0).toInt();
    query.finish();
    return version;
}

Error newerVersionError(int found, const QString& where)
{
    return {ErrorCode::Incompatible,
            CRUCIBLE_MESSAGE("the workspace was written by a newer Crucible (schema version %1; this build knows up "
                             "to %2). It was left unchanged: open it with a newer Crucible or choose another "
                             "workspace.")
                .arg(found)
                .arg(currentVersion()),
            where};
}

Error readOnlyNeedsUpdateError(int found, const QString& where)
{
    return {ErrorCode::Incompatible,
            CRUCIBLE_MESSAGE("the workspace has schema version %1 and needs an update to version %2, but it is "
                             "read-only; open it once with permission to write")
                .arg(found)
                .arg(currentVersion()),
            where};
}

Status migrate(QSqlDatabase& db, const QString& where)
{
    QSqlQuery query(db);
    const bool postgres = isPostgres(db);
    // IMMEDIATE takes the write lock up front, so two processes never migrate at once;
    // the second waits for the busy timeout, then sees the first one's result. PostgreSQL's
    // schema changes are transactional too; an advisory lock makes the second process wait.
    if (!query.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))
        || (postgres && !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))) {
        const QSqlError failed = query.lastError();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return sqlError(failed, where, CRUCIBLE_MESSAGE("locking the workspace to update its schema"));
    }
    if (postgres
        && !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (version INTEGER NOT NULL)").arg(kVersionTable))) {
        const QSqlError failed = query.lastError();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return sqlError(failed, where,
                        CRUCIBLE_MESSAGE("creating the workspace's tables (the database role needs the right to "
                                         "create tables in it)"));
    }

    auto rollback = [&](Error error) -> Status {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };

    const Result<int> found = userVersion(db);
    if (!found)
        return rollback(found.error());
    const int from = found.value();
    if (from > currentVersion())
        return rollback(newerVersionError(from, where));
    for (const Migration& migration : migrations()) {
        if (migration.version <= from)
            continue;
        for (const QString& statement : statementsFor(db, migration)) {
            if (!query.exec(statement)) {
                return rollback(sqlError(query.lastError(), where,
                                         CRUCIBLE_MESSAGE("updating the schema to version %1 (%2)")
                                             .arg(migration.version)
                                             .arg(migration.description)));
            }
        }
        const QString recordVersion = postgres ? QStringLiteral("DELETE FROM %1; INSERT INTO %1 (version) VALUES (%2)")
                                                     .arg(kVersionTable)
                                                     .arg(migration.version)
                                               : QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        if (!query.exec(recordVersion))
            return rollback(sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("recording the schema version")));
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollback(sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("saving the schema update")));
    return Ok {};
}

} // namespace crucible::schema
