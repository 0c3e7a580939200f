#pragma once

#include "engine/core/Error.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <memory>

namespace crucible {

/// How old the heartbeat of a running or paused run may be before the run counts as dead
/// (interrupted). The process that trains renews it every 10 s (RunLease); the margin covers
/// clock skew between hosts that share a workspace.
constexpr std::chrono::seconds kRunLeaseTimeout {120};

/// Where a workspace on a PostgreSQL server is: the connection (no password: libpq finds it in
/// PGPASSWORD or ~/.pgpass) and the shared folder for what is kept in files.
struct ServerAddress {
    QString host; ///< empty: libpq's default (the local socket)
    int port = 5432;
    QString user;
    QString database;
    QString objects; ///< absolute; holds objects/, runs/ and registry/ as a local workspace folder does
    QString connectOptions;
    QString display; ///< the URL as shown in messages and compared between pages
};
/// Reads postgresql://[USER@]HOST[:PORT]/DATABASE?objects=/FOLDER[&sslmode=MODE]; refuses a
/// password in it and any other parameter, with a message that says how to write it.
Result<ServerAddress> parseServerUrl(const QString& text);

/// The folder that holds everything of a user's work: crucible.db (SQLite, WAL), objects/,
/// runs/ and registry/. Opening validates and migrates the database; a database from a newer
/// Crucible, or a file that is not SQLite, is refused and left untouched.
///
/// Thread: open() and the path accessors from any thread; database() hands each calling
/// thread its own connection (connections never cross threads).
class Workspace {
public:
    struct Options {
        /// How long a call waits for another process's lock before it reports "busy".
        int busyTimeoutMs = 5000;
        /// Open without writing anything (no folders made, no migration, no recovery of
        /// interrupted runs). A workspace the user may not write is opened so anyway.
        bool readOnly = false;
        /// For a workspace on PostgreSQL: refuse a database that holds no workspace yet rather
        /// than make one in it (a mistyped address).
        bool mustExist = false;
    };

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    /// Opens (creating when missing) the workspace in `folder`.
    static Result<std::unique_ptr<Workspace>> open(const QString& folder, Options options);
    static Result<std::unique_ptr<Workspace>> open(const QString& folder);

    /// Whether `place` names a workspace on a database server (postgresql:// or postgres://)
    /// rather than a folder.
    static bool isServerUrl(const QString& place);

    /// `$XDG_DATA_HOME/crucible` (so ~/.local/share/crucible).
    static QString defaultFolder();
    /// The folder to use: `explicitFolder` when given, else $CRUCIBLE_WORKSPACE, else `fallback`
    /// when given (the GUI passes its setting), else defaultFolder().
    static QString resolveFolder(const QString& explicitFolder, const QString& fallback = {});

    QString folder() const;
    /// What a person names to open it again: the folder, or the server's URL (no password).
    QString location() const;
    /// Whether it was opened read-only (asked for, or no permission to write): reading works,
    /// every write fails with a message that says the workspace is read-only.
    bool isReadOnly() const;
    /// crucible.db in the folder; for a workspace on PostgreSQL, its URL (no password).
    QString databasePath() const;
    /// Whether the database is on a PostgreSQL server; folder() is then its shared folder.
    bool isOnServer() const;
    QString objectsFolder() const;
    QString runsFolder() const;
    QString registryFolder() const;

    /// This thread's connection to crucible.db (opened on first use, foreign keys on).
    QSqlDatabase database() const;

    /// A new connection named `name`, configured like database() (busy timeout, foreign keys,
    /// WAL sync mode), for a thread that manages its own connection (the metric writer).
    /// Thread: the calling thread owns it; close it and call QSqlDatabase::removeDatabase(name)
    /// on that thread when done.
    QSqlDatabase openConnection(const QString& name) const;

    /// For a workspace on PostgreSQL: whether `db` lost its server (a failed call found it gone),
    /// and to open it again, configured as before. database() does this by itself; a thread that
    /// keeps its own connection (the metric writer) calls these. False and Ok for SQLite.
    bool isConnectionBroken(const QSqlDatabase& db) const;
    Status reconnect(QSqlDatabase& db) const;

    /// What changed in the workspace, for the views that show it.
    enum class Change { RunAdded, RunChanged, MetricsAppended, DatasetsChanged };
    /// Says `change` (of run `runId`) to this process's views (ChangeHub) and, for a workspace on
    /// PostgreSQL, to every other process that listens (NOTIFY, sent on `via` or this thread's
    /// connection). Thread: any (`via` on its own thread).
    void announce(Change change, const QString& runId = {}, const QSqlDatabase* via = nullptr) const;
    /// For a workspace on PostgreSQL: hears what other processes and machines announce and
    /// passes it on through ChangeHub, as if it happened here (LISTEN). Nothing for SQLite, whose
    /// views poll. Thread: one with an event loop (the GUI's), whose connection listens.
    Status listenForChanges() const;

    int schemaVersion() const;
    /// Row counts of the main tables, keyed by table name ("datasets", "experiments", "runs").
    Result<QMap<QString, qint64>> counts() const;
    /// Runs marked "interrupted" when this workspace was opened (a killed process left them running).
    int recoveredRunCount() const;

private:
    Workspace();
    static Result<std::unique_ptr<Workspace>> openServer(const QString& url, Options options);
    static Result<std::unique_ptr<Workspace>> openReadOnly(const QString& absolute, Options options,
                                                           const struct DatabaseFileInfo& file);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// What the first bytes of a would-be database file say, read without opening it with SQLite.
struct DatabaseFileInfo {
    bool exists = false;
    bool isEmpty = false; ///< a zero-byte file, which SQLite treats as a new database
    bool isSqlite = false; ///< starts with the "SQLite format 3" header
    int userVersion = 0; ///< PRAGMA user_version as stored in the header
};
DatabaseFileInfo inspectDatabaseFile(const QString& path);

} // namespace crucible
