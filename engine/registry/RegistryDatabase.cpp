#include "RegistryDatabase.h"

#include "engine/core/Message.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace crucible::registrydb {

namespace {

const QStringList& schemaStatements()
{
    static const QStringList statements {
        QStringLiteral("CREATE TABLE models ("
                       " name TEXT PRIMARY KEY,"
                       " created_at TEXT NOT NULL,"
                       " last_version INTEGER NOT NULL DEFAULT 0)"), // numbers are never reused after a delete
        QStringLiteral("CREATE TABLE versions ("
                       " name TEXT NOT NULL REFERENCES models(name),"
                       " version INTEGER NOT NULL CHECK (version >= 1),"
                       " bundle_path TEXT NOT NULL," // relative to the registry folder
                       " bundle_sha256 TEXT NOT NULL,"
                       " source_sha256 TEXT NOT NULL," // of the imported file; equals bundle_sha256 for a copy
                       " run_id TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " metrics TEXT NOT NULL,"
                       " PRIMARY KEY (name, version))"),
        QStringLiteral("CREATE INDEX versions_by_sha ON versions(bundle_sha256)"),
        QStringLiteral("CREATE INDEX versions_by_source_sha ON versions(source_sha256)"),
        QStringLiteral("CREATE TABLE aliases ("
                       " name TEXT NOT NULL,"
                       " alias TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " PRIMARY KEY (name, alias),"
                       " FOREIGN KEY (name, version) REFERENCES versions(name, version))"),
        QStringLiteral("CREATE TABLE alias_events ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " time TEXT NOT NULL,"
                       " user TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " alias TEXT NOT NULL,"
                       " from_version INTEGER,"
                       " to_version INTEGER)"),
        QStringLiteral("CREATE INDEX alias_events_by_name ON alias_events(name, id)"),
    };
    return statements;
}

Status exec(QSqlDatabase& db, const QString& statement, const QString& where, const QString& doing)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return sqlError(query.lastError(), where, doing);
    return Ok {};
}

Result<int> scalar(QSqlDatabase& db, const QString& statement, const QString& where, const QString& doing)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return sqlError(query.lastError(), where, doing);
    return query.value(0).toInt();
}

Status createSchema(QSqlDatabase& db, const QString& path)
{
    Transaction transaction(db, path);
    if (!transaction.begun())
        return transaction.begun();
    auto version =
        scalar(db, QStringLiteral("PRAGMA user_version"), path, CRUCIBLE_MESSAGE("reading the schema version"));
    if (!version)
        return version.error();
    if (version.value() == kSchemaVersion)
        return Ok {}; // another process created it meanwhile
    auto tables =
        scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), path, CRUCIBLE_MESSAGE("listing the tables"));
    if (!tables)
        return tables.error();
    if (tables.value() > 0)
        return Error {ErrorCode::Incompatible,
                      CRUCIBLE_MESSAGE("this SQLite database belongs to another program, not a model registry"), path};
    for (const QString& statement : schemaStatements()) {
        Status created = exec(db, statement, path, CRUCIBLE_MESSAGE("creating the registry tables"));
        if (!created)
            return created;
    }
    Status versioned = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), path,
                            CRUCIBLE_MESSAGE("setting the schema version"));
    if (!versioned)
        return versioned;
    return transaction.commit();
}

} // namespace

Result<QSqlDatabase> open(const QString& path, const QString& connectionName, int busyTimeoutMs)
{
    const DatabaseFileInfo info = inspectDatabaseFile(path);
    if (info.exists && !info.isEmpty && !info.isSqlite)
        return Error {ErrorCode::Incompatible, CRUCIBLE_MESSAGE("not a SQLite database, so not a model registry"),
                      path};
    if (info.isSqlite && info.userVersion > kSchemaVersion)
        return Error {ErrorCode::Incompatible,
                      CRUCIBLE_MESSAGE("the registry has schema version %1, newer than this Crucible reads (%2); "
                                       "update Crucible")
                          .arg(info.userVersion)
                          .arg(kSchemaVersion),
                      path};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return sqlError(db.lastError(), path, CRUCIBLE_MESSAGE("opening the registry database"));
    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        Status set = exec(db, QString::fromLatin1(pragma), path, CRUCIBLE_MESSAGE("configuring the registry database"));
        if (!set)
            return set.error();
    }
    auto version =
        scalar(db, QStringLiteral("PRAGMA user_version"), path, CRUCIBLE_MESSAGE("reading the schema version"));
    if (!version)
        return version.error();
    if (version.value() != kSchemaVersion) {
        Status created = createSchema(db, path);
        if (!created)
            return created.error();
    }
    return db;
}

Transaction::Transaction(QSqlDatabase db, QString where) : m_db(std::move(db)), m_where(std::move(where))
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_open = true;
    else
        m_begun = sqlError(query.lastError(), m_where, CRUCIBLE_MESSAGE("starting a transaction"));
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return sqlError(query.lastError(), m_where, QStringLiteral("committing"));
    m_open = false;
    return Ok {};
}

} // namespace crucible::registrydb
