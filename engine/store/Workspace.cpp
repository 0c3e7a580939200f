#include "Workspace.h"

#include "RunLease.h"

#include "engine/core/ChangeHub.h"
#include "engine/core/Log.h"
#include "engine/core/Message.h"

#include "engine/store/Schema.h"
#include "engine/store/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <dlfcn.h>
#include <optional>
#include <unistd.h>
#include <vector>

namespace crucible {

namespace {

/// A number for the calling thread, never given to another thread in this process. Unlike the
/// address of its QThread, which the next thread may get once the first has ended.
quint64 threadKey()
{
    static std::atomic<quint64> last {0};
    thread_local const quint64 key = ++last;
    return key;
}

/// A workspace's connections, one per thread that used it, by threadKey().
struct Connections {
    QMutex mutex;
    QHash<quint64, QString> names;
    int created = 0;

    /// Closes the calling thread's connection, if it has one.
    void closeForThisThread()
    {
        QMutexLocker guard(&mutex);
        const QString ended = names.take(threadKey());
        if (ended.isEmpty())
            return;
        QSqlDatabase::database(ended, false).close();
        QSqlDatabase::removeDatabase(ended);
    }
};

/// The workspaces a thread has a connection to, whose connections it closes as it ends: a C++
/// thread_local's destructor runs on the ending thread, with every kind of thread (for a
/// QThread, just after its wait() has returned).
struct ThreadEnd {
    std::vector<std::weak_ptr<Connections>> used;
    ~ThreadEnd()
    {
        for (const std::weak_ptr<Connections>& weak : used) {
            if (const auto connections = weak.lock())
                connections->closeForThisThread();
        }
    }
    /// Adds a workspace, dropping those that are gone (a pool thread serves many).
    void add(const std::shared_ptr<Connections>& connections)
    {
        std::erase_if(used, [](const std::weak_ptr<Connections>& weak) { return weak.expired(); });
        used.push_back(connections);
    }
};

ThreadEnd& threadEnd()
{
    thread_local ThreadEnd end;
    return end;
}

const QString kDatabaseFile = QStringLiteral("crucible.db");

/// The PostgreSQL channel on which workspaces on one server tell each other of changes.
const QString kChannel = QStringLiteral("crucible");

QString databaseLocation(const QString& folder)
{
    return QDir(folder).filePath(kDatabaseFile);
}

} // namespace

DatabaseFileInfo inspectDatabaseFile(const QString& path)
{
    DatabaseFileInfo info;
    const QFileInfo file(path);
    if (!file.exists())
        return info;
    info.exists = true;
    info.isEmpty = file.size() == 0;
    if (info.isEmpty)
        return info;
    // Read the header through SQLite, never by opening the file ourselves: closing any other
    // descriptor of a database file drops every POSIX lock this process's SQLite connections hold
    // on it, and another process may then delete a WAL still in use (stale reads, lost writes;
    // SQLite's "How To Corrupt" 2.2). SQLite defers closing its own descriptors while locks are
    // held. "immutable" reads the main file alone, takes no locks and creates no -wal or -shm.
    const QString name = QStringLiteral("crucible-inspect-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl url = QUrl::fromLocalFile(file.absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
                info.isSqlite = true;
                info.userVersion = query.value(0).toInt();
            } else {
                // SQLITE_NOTADB (26): not a database. Anything else (unreadable) is left for the
                // real open to report with its own message.
                info.isSqlite = query.lastError().nativeErrorCode() != QLatin1String("26");
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return info;
}

struct Workspace::Impl {
    QString folder;
    Options options;
    /// Set for a workspace on a PostgreSQL server: where it is, and the URL shown for it.
    std::optional<ServerAddress> server;
    /// The connection that listens for other processes' changes (listenForChanges()), if any.
    QString listening;
    int schemaVersion = 0;
    int recoveredRuns = 0;
    QString connectionPrefix = QStringLiteral("crucible-") + QUuid::createUuid().toString(QUuid::Id128);
    /// Shared with the threads that use the workspace, which close their connection as they end
    /// (pool threads come and go).
    std::shared_ptr<Connections> connections = std::make_shared<Connections>();

    QSqlDatabase openConnection(const QString& name) const
    {
        if (server) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(server->host);
            if (server->port > 0)
                db.setPort(server->port);
            db.setUserName(server->user);
            db.setDatabaseName(server->database);
            // No password here: libpq reads PGPASSWORD or ~/.pgpass itself.
            db.setConnectOptions(server->connectOptions);
            db.open();
            return db;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly) {
            // A WAL database in a folder we cannot write has no -shm file to share: then read it as
            // immutable (nothing may change it meanwhile, which no permission to write implies here).
            const QString path = QUrl::fromLocalFile(databaseLocation(folder)).toString(QUrl::FullyEncoded);
            const bool shared =
                QFileInfo::exists(databaseLocation(folder) + QStringLiteral("-shm")) || QFileInfo(folder).isWritable();
            db.setDatabaseName(path + (shared ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1")));
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(databaseLocation(folder));
        }
        db.setConnectOptions(connectOptions);
        db.open();
        return db;
    }

    Status configure(QSqlDatabase& db) const
    {
        QSqlQuery query(db);
        const QString where = db.databaseName();
        if (server) {
            // A lock wait ends as "busy" after the same time as SQLite's busy timeout.
            if (!query.exec(QStringLiteral("SET lock_timeout = %1").arg(options.busyTimeoutMs))
                || !query.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
                return sqlError(query.lastError(), server->display, CRUCIBLE_MESSAGE("configuring the connection"));
            if (options.readOnly && !query.exec(QStringLiteral("SET default_transaction_read_only = on")))
                return sqlError(query.lastError(), server->display, CRUCIBLE_MESSAGE("configuring the connection"));
            return Ok {};
        }
        if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("turning on foreign keys"));
        if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
            return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("setting the sync mode"));
        return Ok {};
    }
};

namespace {

/// Marks the runs that a crash or a kill left "running" as interrupted; says how many.
Result<int> recoverInterruptedRuns(QSqlDatabase& db, const QString& where)
{
    // Liveness is the run's lease (a heartbeat renewed while it trains), so a run trained on another host that
    // shares this workspace is left alone while its lease is fresh; on this host a process that
    // is gone also ends the run at once. Runs of an older Crucible have no heartbeat: those of
    // this host are judged by their process alone, those of another host are left alone.
    QSqlQuery stale(db);
    stale.prepare(QStringLiteral(
        "SELECT id, owner_host, owner_pid, heartbeat_at FROM runs WHERE status IN ('running', 'paused')"));
    if (!stale.exec())
        return sqlError(stale.lastError(), where, CRUCIBLE_MESSAGE("looking for interrupted runs"));
    QStringList orphaned;
    while (stale.next()) {
        if (isRunOrphaned(stale.value(1).toString(), stale.value(2).toLongLong(), stale.value(3).toString()))
            orphaned << stale.value(0).toString();
    }
    for (const QString& id : orphaned) {
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE runs SET status = 'interrupted',"
                                    " ended_at = COALESCE(ended_at, ?),"
                                    " error = 'the process running it ended before it finished' WHERE id = ?"));
        mark.addBindValue(storedNow());
        mark.addBindValue(id);
        if (!mark.exec())
            return sqlError(mark.lastError(), id, CRUCIBLE_MESSAGE("marking an interrupted run"));
    }
    return int(orphaned.size());
}

} // namespace

Workspace::Workspace() : m_impl(std::make_unique<Impl>())
{ }

Workspace::~Workspace()
{
    QMutexLocker lock(&m_impl->connections->mutex);
    for (auto it = m_impl->connections->names.cbegin(); it != m_impl->connections->names.cend(); ++it) {
        if (it.key() == threadKey()) {
            QSqlDatabase db = QSqlDatabase::database(it.value(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(it.value());
    }
    m_impl->connections->names.clear();
}

QString Workspace::defaultFolder()
{
    // GenericDataLocation honours $XDG_DATA_HOME and falls back to ~/.local/share.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("crucible"));
}

QString Workspace::resolveFolder(const QString& explicitFolder, const QString& fallback)
{
    const auto absolute = [](const QString& place) {
        return isServerUrl(place) ? place : QFileInfo(place).absoluteFilePath();
    };
    if (!explicitFolder.isEmpty())
        return absolute(explicitFolder);
    const QString fromEnvironment = qEnvironmentVariable("CRUCIBLE_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return absolute(fromEnvironment);
    if (!fallback.isEmpty())
        return absolute(fallback);
    return defaultFolder();
}

bool Workspace::isServerUrl(const QString& place)
{
    return place.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || place.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> parseServerUrl(const QString& text)
{
    // Tolerant: a space in the shared folder's path ("/mnt/team drive") is written as it is.
    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid() || !Workspace::isServerUrl(text))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("this is not a workspace address of the form "
                                       "postgresql://USER@HOST[:PORT]/DATABASE?objects=/SHARED/FOLDER"),
                      url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : QString()};
    ServerAddress address;
    if (!url.password().isEmpty()) {
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("a workspace address must not hold a password, which would be kept in settings "
                                       "and shell history: put it in ~/.pgpass or PGPASSWORD instead"),
                      url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery)};
    }
    if (url.hasFragment())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("a workspace address has no #fragment (a # in the shared folder's path is "
                                       "written %23)"),
                      url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment)};
    address.host = url.host();
    address.port = url.port(5432);
    if (address.port < 1 || address.port > 65535)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("%1 is not a port: ports go from 1 to 65535").arg(address.port),
                      url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery)};
    address.user = url.userName();
    address.database = url.path().mid(1);
    const QString plain = url.toDisplayString(QUrl::RemoveQuery);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("a workspace address names one database after the host, as in "
                                       "postgresql://USER@HOST/DATABASE?objects=/SHARED/FOLDER"),
                      plain};
    const QUrlQuery query(url);
    QStringList options {QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=crucible")};
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("objects")) {
            if (!address.objects.isEmpty())
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("a workspace address names one shared folder (objects=), not two"),
                              plain};
            address.objects = QDir::cleanPath(value);
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes {QStringLiteral("disable"),   QStringLiteral("allow"),
                                            QStringLiteral("prefer"),    QStringLiteral("require"),
                                            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("sslmode is one of: %1").arg(modes.join(QStringLiteral(", "))), plain};
            options << QStringLiteral("sslmode=") + value;
        } else {
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("a workspace address takes only objects= and sslmode=, not '%1'").arg(key),
                          plain};
        }
    }
    if (address.objects.isEmpty() || !QDir::isAbsolutePath(address.objects))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("a workspace on PostgreSQL needs ?objects=/SHARED/FOLDER, an absolute path to "
                                       "the folder every machine sees for datasets, checkpoints, models and artifacts"),
                      plain};
    address.connectOptions = options.join(QLatin1Char(';'));
    address.display = plain + QStringLiteral("?objects=") + address.objects;
    return address;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& folder)
{
    return open(folder, Options {});
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& folder, Options options)
{
    if (isServerUrl(folder))
        return openServer(folder, options);
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QString dbPath = databaseLocation(absolute);

    QFileInfo folderInfo(absolute);
    if (folderInfo.exists() && !folderInfo.isDir())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("this is a file, not a workspace folder"), absolute};

    // Validate an existing database before anything writes to it or next to it.
    const DatabaseFileInfo file = inspectDatabaseFile(dbPath);
    if (file.exists && !file.isEmpty && !file.isSqlite) {
        return Error {ErrorCode::Incompatible,
                      CRUCIBLE_MESSAGE("this is not a SQLite database, so it cannot be a Crucible workspace. It was "
                                       "left unchanged: move it away or choose another workspace folder."),
                      dbPath};
    }
    if (file.isSqlite && file.userVersion > schema::currentVersion())
        return schema::newerVersionError(file.userVersion, dbPath);

    // No permission to write an existing workspace: open it read-only rather than fail.
    if (file.exists && (!QFileInfo(dbPath).isWritable() || !folderInfo.isWritable()))
        options.readOnly = true;
    if (options.readOnly)
        return openReadOnly(absolute, options, file);

    for (const QString& sub :
         {QString(), QStringLiteral("objects"), QStringLiteral("runs"), QStringLiteral("registry")}) {
        if (!QDir().mkpath(QDir(absolute).filePath(sub)))
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("cannot create this folder (check permissions and free space)"),
                          QDir(absolute).filePath(sub)};
    }

    std::unique_ptr<Workspace> workspace(new Workspace());
    workspace->m_impl->folder = absolute;
    workspace->m_impl->options = options;

    QSqlDatabase db = workspace->database();
    if (!db.isOpen())
        return sqlError(db.lastError(), dbPath, CRUCIBLE_MESSAGE("opening the database"));

    QSqlQuery query(db);
    // WAL lets readers (the GUI, a second process) go on while a training thread writes.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlError(query.lastError(), dbPath, CRUCIBLE_MESSAGE("switching the database to WAL mode"));
    query.finish(); // an unfinished statement would keep a read lock open across the migration

    const Result<int> version = schema::userVersion(db);
    if (!version)
        return version.error();
    if (version.value() != schema::currentVersion()) {
        const Status migrated = schema::migrate(db, dbPath);
        if (!migrated)
            return migrated.error();
    }
    workspace->m_impl->schemaVersion = schema::currentVersion();

    const Result<int> recovered = recoverInterruptedRuns(db, dbPath);
    if (!recovered)
        return recovered.error();
    workspace->m_impl->recoveredRuns = recovered.value();
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const QString& url, Options options)
{
    const Result<ServerAddress> address = parseServerUrl(url);
    if (!address)
        return address.error();
    const QString& where = address->display;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error {ErrorCode::Incompatible,
                      CRUCIBLE_MESSAGE("this Crucible cannot reach PostgreSQL: Qt's PostgreSQL driver is not installed "
                                       "(Debian: apt install libqt6sql6-psql)"),
                      where};
    std::unique_ptr<Workspace> workspace(new Workspace());
    workspace->m_impl->folder = address->objects;
    workspace->m_impl->options = options;
    workspace->m_impl->server = address.value();

    QSqlDatabase db = workspace->database();
    if (!db.isOpen()) {
        const QSqlError failed = db.lastError();
        const QString detail =
            (failed.databaseText().isEmpty() ? failed.driverText() : failed.databaseText()).trimmed();
        return Error {ErrorCode::Io,
                      CRUCIBLE_MESSAGE("cannot connect to the PostgreSQL server: %1 (a password goes in ~/.pgpass or "
                                       "PGPASSWORD)")
                          .arg(detail),
                      where};
    }
    const Result<int> version = schema::userVersion(db);
    if (!version)
        return version.error();
    if (version.value() > schema::currentVersion())
        return schema::newerVersionError(version.value(), where);
    if (version.value() == 0 && options.mustExist)
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("no workspace in this database yet (add --create to make one, or run "
                                       "'crucible-cli workspace init' with this address)"),
                      where};
    // A role that may read the workspace but not write it opens it read-only, as a folder one
    // may not write does: listing works, and a write says why it cannot be done.
    if (!options.readOnly) {
        QSqlQuery rights(db);
        if (rights.exec(QStringLiteral("SELECT has_table_privilege('runs', 'INSERT')")) && rights.next()
            && !rights.value(0).toBool()) {
            options.readOnly = true;
            workspace->m_impl->options.readOnly = true;
            rights.finish();
            if (!rights.exec(QStringLiteral("SET default_transaction_read_only = on")))
                return sqlError(rights.lastError(), where, CRUCIBLE_MESSAGE("configuring the connection"));
        }
    }
    // The shared folder once the server has answered: a mistyped address makes no folders.
    if (!options.readOnly) {
        for (const QString& sub :
             {QString(), QStringLiteral("objects"), QStringLiteral("runs"), QStringLiteral("registry")}) {
            if (!QDir().mkpath(QDir(address->objects).filePath(sub)))
                return Error {ErrorCode::Io,
                              CRUCIBLE_MESSAGE("cannot create this folder (check permissions, free space and the "
                                               "length of its name)"),
                              QDir(address->objects).filePath(sub)};
        }
    }
    if (version.value() < schema::currentVersion()) {
        if (options.readOnly)
            return schema::readOnlyNeedsUpdateError(version.value(), where);
        if (const Status migrated = schema::migrate(db, where); !migrated)
            return migrated.error();
    }
    workspace->m_impl->schemaVersion = schema::currentVersion();
    if (options.readOnly)
        return workspace;
    // A role that may read but not write the runs still lists them; another process marks them.
    const Result<int> recovered = recoverInterruptedRuns(db, where);
    if (logFailure(recovered, lcStore, "marking runs whose process ended as interrupted"))
        workspace->m_impl->recoveredRuns = recovered.value();
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::openReadOnly(const QString& absolute, Options options,
                                                           const DatabaseFileInfo& file)
{
    const QString dbPath = databaseLocation(absolute);
    if (!file.exists)
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("there is no workspace here to open read-only"), absolute};
    if (file.userVersion < schema::currentVersion())
        return schema::readOnlyNeedsUpdateError(file.userVersion, dbPath);
    std::unique_ptr<Workspace> workspace(new Workspace());
    workspace->m_impl->folder = absolute;
    workspace->m_impl->options = options;
    workspace->m_impl->options.readOnly = true;
    QSqlDatabase db = workspace->database();
    if (!db.isOpen())
        return sqlError(db.lastError(), dbPath, CRUCIBLE_MESSAGE("opening the read-only database"));
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return sqlError(probe.lastError(), dbPath, CRUCIBLE_MESSAGE("reading the read-only database"));
    workspace->m_impl->schemaVersion = file.userVersion;
    return workspace;
}

bool Workspace::isReadOnly() const
{
    return m_impl->options.readOnly;
}

QString Workspace::folder() const
{
    return m_impl->folder;
}

QString Workspace::databasePath() const
{
    return m_impl->server ? m_impl->server->display : databaseLocation(m_impl->folder);
}

QString Workspace::location() const
{
    return m_impl->server ? m_impl->server->display : m_impl->folder;
}

bool Workspace::isOnServer() const
{
    return m_impl->server.has_value();
}

QString Workspace::objectsFolder() const
{
    return QDir(m_impl->folder).filePath(QStringLiteral("objects"));
}

QString Workspace::runsFolder() const
{
    return QDir(m_impl->folder).filePath(QStringLiteral("runs"));
}

QString Workspace::registryFolder() const
{
    return QDir(m_impl->folder).filePath(QStringLiteral("registry"));
}

QSqlDatabase Workspace::database() const
{
    const quint64 thread = threadKey();
    const std::shared_ptr<Connections> connections = m_impl->connections;
    QMutexLocker lock(&connections->mutex);
    auto found = connections->names.constFind(thread);
    if (found != connections->names.constEnd()) {
        QSqlDatabase db = QSqlDatabase::database(found.value());
        // A server that went away and came back: the first call after it failed; this one
        // connects again (nothing waits here while it is still away: connect_timeout bounds it).
        if (m_impl->server && isConnectionBroken(db))
            logFailure(reconnect(db), lcStore, "connecting to the workspace's server again");
        return db;
    }
    const QString name = m_impl->connectionPrefix + QStringLiteral("-%1").arg(++connections->created);
    QSqlDatabase db = m_impl->openConnection(name);
    if (db.isOpen())
        logFailure(m_impl->configure(db), lcStore, "configuring a workspace connection");
    connections->names.insert(thread, name);
    // Closed when the thread ends, on the thread itself, by a C++ thread_local: those end with
    // every kind of thread (QThread, std::thread, a pool's). A connection to QThread::finished
    // (as before) kept Qt's record of each thread Qt did not start (std::thread) to the end of
    // the process, and closed nothing for them (LeakSanitizer). For a QThread this runs just
    // after its wait() has returned; the workspace's destructor closes what is still open. The
    // main thread's connection is closed with the workspace.
    const QCoreApplication* app = QCoreApplication::instance();
    if (app && QThread::currentThread() != app->thread()) {
        threadEnd().add(connections);
    }
    return db;
}

QSqlDatabase Workspace::openConnection(const QString& name) const
{
    QSqlDatabase db = m_impl->openConnection(name);
    if (db.isOpen())
        logFailure(m_impl->configure(db), lcStore, "configuring a workspace connection");
    return db;
}

bool Workspace::isConnectionBroken(const QSqlDatabase& db) const
{
    if (!m_impl->server)
        return false;
    if (!db.isOpen())
        return true;
    // libpq's PQstatus(), looked up in the process rather than linked: Qt's PostgreSQL driver
    // brought libpq in when it loaded, and the engine then needs neither libpq's headers nor a
    // link to it. CONNECTION_OK is 0 in libpq's ConnStatusType.
    using ConnectionStatus = int (*)(const void*);
    static const auto status = reinterpret_cast<ConnectionStatus>(dlsym(RTLD_DEFAULT, "PQstatus"));
    const QVariant handle = db.driver()->handle();
    const void* connection = handle.isValid() ? *static_cast<void* const*>(handle.constData()) : nullptr;
    return !connection || (status && status(connection) != 0);
}

Status Workspace::reconnect(QSqlDatabase& db) const
{
    if (!m_impl->server)
        return Ok {};
    db.close();
    if (!db.open())
        return sqlError(db.lastError(), m_impl->server->display, CRUCIBLE_MESSAGE("connecting to the server again"));
    if (Status configured = m_impl->configure(db); !configured)
        return configured;
    if (db.connectionName() == m_impl->listening && !db.driver()->subscribeToNotification(kChannel))
        return sqlError(db.driver()->lastError(), m_impl->server->display,
                        CRUCIBLE_MESSAGE("listening for other machines' changes"));
    return Ok {};
}

namespace {

QString changeWord(Workspace::Change change)
{
    switch (change) {
    case Workspace::Change::RunAdded:
        return QStringLiteral("run-added");
    case Workspace::Change::RunChanged:
        return QStringLiteral("run-changed");
    case Workspace::Change::MetricsAppended:
        return QStringLiteral("metrics");
    case Workspace::Change::DatasetsChanged:
        break;
    }
    return QStringLiteral("datasets");
}

void emitChange(const QString& database, const QString& word, const QString& runId)
{
    ChangeHub& hub = ChangeHub::instance();
    if (word == QLatin1String("run-added"))
        Q_EMIT hub.runAdded(database, runId);
    else if (word == QLatin1String("run-changed"))
        Q_EMIT hub.runChanged(database, runId);
    else if (word == QLatin1String("metrics"))
        Q_EMIT hub.metricsAppended(database, runId);
    else if (word == QLatin1String("datasets"))
        Q_EMIT hub.datasetsChanged(database);
}

} // namespace

void Workspace::announce(Change change, const QString& runId, const QSqlDatabase* via) const
{
    const QString word = changeWord(change);
    emitChange(databasePath(), word, runId);
    if (!m_impl->server)
        return;
    QSqlQuery notify(via ? *via : database());
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(kChannel);
    notify.addBindValue(QString(word + QLatin1Char(' ') + runId));
    if (!notify.exec()) // the change itself is saved; other machines' views see it when they next look
        logFailure(Status(sqlError(notify.lastError(), databasePath(), CRUCIBLE_MESSAGE("telling others of a change"))),
                   lcStore, "announcing a change");
}

Status Workspace::listenForChanges() const
{
    if (!m_impl->server)
        return Ok {};
    QSqlDatabase db = database();
    m_impl->listening = db.connectionName();
    QSqlDriver* driver = db.driver();
    if (!driver->subscribedToNotifications().contains(kChannel) && !driver->subscribeToNotification(kChannel))
        return sqlError(driver->lastError(), databasePath(), CRUCIBLE_MESSAGE("listening for other machines' changes"));
    const QString database = databasePath();
    QObject::disconnect(driver, &QSqlDriver::notification, nullptr, nullptr);
    QObject::connect(
        driver, &QSqlDriver::notification, driver,
        [database](const QString& channel, QSqlDriver::NotificationSource source, const QVariant& payload) {
            if (channel != kChannel || source == QSqlDriver::SelfSource)
                return;
            const QString text = payload.toString();
            emitChange(database, text.section(QLatin1Char(' '), 0, 0), text.section(QLatin1Char(' '), 1));
        });
    return Ok {};
}

int Workspace::schemaVersion() const
{
    return m_impl->schemaVersion;
}

int Workspace::recoveredRunCount() const
{
    return m_impl->recoveredRuns;
}

Result<QMap<QString, qint64>> Workspace::counts() const
{
    QSqlDatabase db = database();
    QMap<QString, qint64> result;
    for (const QString& table : {QStringLiteral("datasets"), QStringLiteral("experiments"), QStringLiteral("runs")}) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
            return sqlError(query.lastError(), databasePath(), QStringLiteral("counting %1").arg(table));
        result.insert(table, query.value(0).toLongLong());
    }
    return result;
}

} // namespace crucible
