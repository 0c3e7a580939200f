#include "WorkspaceCopy.h"

#include "engine/core/Message.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>

#include <cmath>

namespace crucible {

namespace {

/// Tables in an order that puts every row after those it references.
const QStringList kTableOrder {
    QStringLiteral("workspace_meta"), QStringLiteral("experiments"),         QStringLiteral("datasets"),
    QStringLiteral("runs"),           QStringLiteral("run_params"),          QStringLiteral("run_tags"),
    QStringLiteral("run_key_tags"),   QStringLiteral("run_sources"),         QStringLiteral("run_artifacts"),
    QStringLiteral("metric_series"),  QStringLiteral("metric_chunks"),       QStringLiteral("pipeline_runs"),
    QStringLiteral("pipeline_steps"), QStringLiteral("pipeline_seen_files"), QStringLiteral("sweeps"),
    QStringLiteral("sweep_trials")};

QStringList tablesOf(const QSqlDatabase& db)
{
    QStringList tables;
    for (const QString& table : db.tables(QSql::Tables)) {
        if (!table.startsWith(QLatin1String("sqlite_")) && table != QLatin1String("crucible_schema"))
            tables << table;
    }
    std::sort(tables.begin(), tables.end(), [](const QString& a, const QString& b) {
        const qsizetype ia = kTableOrder.indexOf(a) < 0 ? kTableOrder.size() : kTableOrder.indexOf(a);
        const qsizetype ib = kTableOrder.indexOf(b) < 0 ? kTableOrder.size() : kTableOrder.indexOf(b);
        return ia != ib ? ia < ib : a < b;
    });
    return tables;
}

/// Whether two stored values mean the same, whichever database read them: SQLite keeps NaN as
/// NULL and integers and texts may come back as other QVariant types.
bool sameValue(const QVariant& a, const QVariant& b)
{
    const auto isNothing = [](const QVariant& v) {
        return v.isNull() || (v.typeId() == QMetaType::Double && std::isnan(v.toDouble()));
    };
    if (isNothing(a) || isNothing(b))
        return isNothing(a) && isNothing(b);
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

struct TableCopy {
    QString table;
    QStringList columns;
    QStringList key;
};

Result<qint64> countRows(const QSqlDatabase& db, const QString& table, const QString& where)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("counting the rows of %1").arg(table));
    return query.value(0).toLongLong();
}

/// Copies one file by way of a temporary name beside it, so a copy cut short leaves no partial file.
Status copyFile(const QString& source, const QString& target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read this file to copy it"), source};
    in.close();
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString partial = target + QStringLiteral(".copying");
    QFile::remove(partial);
    if (!QFile::copy(source, partial)) {
        QFile::remove(partial);
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write this file (check permissions and free space)"),
                      target};
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot put the copied file in place"), target};
    }
    return Ok {};
}

/// The plain files under `folder`, relative to it (links are not followed nor copied).
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileInfo().isSymLink())
            files << QDir(folder).relativeFilePath(it.filePath());
    }
    files.sort();
    return files;
}

/// Which database a workspace on a server is, whatever its address calls the host: the server's
/// port and start time with the database's name (empty when it cannot be read).
QString serverIdentity(const Workspace& workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT current_database(), inet_server_port(), pg_postmaster_start_time()::text"))
        || !query.next())
        return {};
    return query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|')
        + query.value(2).toString();
}

/// Imports into the registry `to` every version of `from` it lacks (matched by name and the
/// bundle's SHA-256; each verified as an import is), then the aliases it has not set; says how
/// many versions came. An alias the destination points elsewhere is its own decision: left.
Result<int> mergeRegistry(const QString& from, const QString& to)
{
    if (!QFileInfo::exists(QDir(from).filePath(QStringLiteral("registry.db"))))
        return 0;
    auto source = ModelRegistry::open(from);
    if (!source)
        return source.error();
    auto target = ModelRegistry::open(to);
    if (!target)
        return target.error();
    const auto models = source.value()->models();
    if (!models)
        return models.error();
    int imported = 0;
    for (const ModelSummary& model : models.value()) {
        const auto versions = source.value()->versions(model.name);
        if (!versions)
            return versions.error();
        QMap<int, int> numbers; // source version -> destination version
        for (const RegisteredVersion& version : versions.value()) {
            const auto added = target.value()->importBundle(version.bundlePath, model.name);
            if (!added)
                return added.error();
            numbers.insert(version.version, added->version);
            imported += added->isNew ? 1 : 0;
        }
        const auto present = target.value()->models();
        if (!present)
            return present.error();
        QMap<QString, int> taken;
        for (const ModelSummary& there : present.value()) {
            if (there.name == model.name)
                taken = there.aliases;
        }
        for (auto it = model.aliases.cbegin(); it != model.aliases.cend(); ++it) {
            if (!taken.contains(it.key()) && numbers.contains(it.value())) {
                if (Status set = target.value()->setAlias(model.name, it.key(), numbers.value(it.value())); !set)
                    return set.error();
            }
        }
    }
    return imported;
}

} // namespace

Result<CopyOutcome> copyWorkspace(const Workspace& from, const Workspace& to, const ProgressCallback& progress)
{
    const QString source = from.databasePath();
    const QString target = to.databasePath();
    if (source == target || QFileInfo(from.folder()).canonicalFilePath() == QFileInfo(to.folder()).canonicalFilePath()
        || (from.isOnServer() && to.isOnServer() && serverIdentity(from) == serverIdentity(to)))
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("a workspace cannot be copied into itself"), target};
    if (to.isReadOnly())
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("the workspace to copy into is read-only"), target};
    if (from.schemaVersion() != to.schemaVersion())
        return Error {ErrorCode::Incompatible,
                      CRUCIBLE_MESSAGE("the two workspaces have different schema versions (%1 and %2); open both with "
                                       "this Crucible first")
                          .arg(from.schemaVersion())
                          .arg(to.schemaVersion()),
                      target};
    QSqlDatabase in = from.database();
    QSqlDatabase out = to.database();

    // Which tables and columns, and how many rows in all (for progress).
    std::vector<TableCopy> tables;
    qint64 total = 0;
    // Names go into SQL as they are: only plain ones (a hostile database may hold others).
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    for (const QString& table : tablesOf(in)) {
        if (!kTableOrder.contains(table)) {
            // Crucible's own table that this copy does not know would be lost: a bug, said as one.
            if (plainName.match(table).hasMatch() && !out.record(table).isEmpty())
                return Error {
                    ErrorCode::Internal,
                    CRUCIBLE_MESSAGE("copying does not know the workspace table %1; nothing was copied").arg(table),
                    source};
            continue; // another program's table in a shared database: not Crucible's, not copied
        }
        const QSqlRecord inRecord = in.record(table);
        const QSqlRecord outRecord = out.record(table);
        if (outRecord.isEmpty())
            return Error {ErrorCode::Incompatible,
                          CRUCIBLE_MESSAGE("the workspace to copy into has no table %1").arg(table), target};
        TableCopy copy {table, {}, {}};
        for (int i = 0; i < inRecord.count(); ++i) {
            if (!plainName.match(inRecord.fieldName(i)).hasMatch() || !outRecord.contains(inRecord.fieldName(i)))
                return Error {ErrorCode::Incompatible,
                              CRUCIBLE_MESSAGE("the workspace to copy into has no column %1.%2")
                                  .arg(table, inRecord.fieldName(i)),
                              target};
            copy.columns << inRecord.fieldName(i);
        }
        const QSqlIndex key = out.primaryIndex(table);
        for (int i = 0; i < key.count(); ++i)
            copy.key << key.fieldName(i);
        if (copy.key.isEmpty())
            return Error {ErrorCode::Incompatible, CRUCIBLE_MESSAGE("table %1 has no primary key").arg(table), target};
        const Result<qint64> rows = countRows(in, table, source);
        if (!rows)
            return rows.error();
        total += rows.value();
        tables.push_back(copy);
    }
    // The destination's folders must take files before any record goes in: records without
    // their files would send every machine to data it does not have.
    const QStringList fileFolders {QStringLiteral("objects"), QStringLiteral("runs"), QStringLiteral("registry")};
    for (const QString& sub : fileFolders) {
        const QString folder = QDir(to.folder()).filePath(sub);
        QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".copy-probe-XXXXXX")));
        if (!QDir().mkpath(folder) || !probe.open())
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("cannot write in this folder of the workspace to copy into (check "
                                           "permissions and free space); nothing was copied"),
                          folder};
    }
    // The registry's own files (a SQLite database with its write-ahead log) are not copied as
    // files: its versions are imported one by one after the records.
    QList<QPair<QString, QString>> files; // (source, target)
    for (const QString& sub : {QStringLiteral("objects"), QStringLiteral("runs")}) {
        const QString inFolder = QDir(from.folder()).filePath(sub);
        const QString outFolder = QDir(to.folder()).filePath(sub);
        for (const QString& relative : filesUnder(inFolder))
            files.append({QDir(inFolder).filePath(relative), QDir(outFolder).filePath(relative)});
    }
    total += files.size();

    CopyOutcome outcome;
    qint64 done = 0;
    Transaction transaction(out);
    if (Status begun = transaction.begin(target); !begun)
        return begun.error();
    for (const TableCopy& copy : tables) {
        const QStringList& columns = copy.columns;
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        // A run names its parent run: runs go in without it first, and get it once all are in.
        const qsizetype parentColumn =
            copy.table == QLatin1String("runs") ? columns.indexOf(QStringLiteral("parent_run_id")) : -1;
        QSqlQuery read(in);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(columns.join(QStringLiteral(", ")), copy.table, copy.key.join(QStringLiteral(", ")))))
            return sqlError(read.lastError(), source, CRUCIBLE_MESSAGE("reading %1").arg(copy.table));
        QSqlQuery insert(out);
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING")
                                .arg(copy.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
            return sqlError(insert.lastError(), target, CRUCIBLE_MESSAGE("writing %1").arg(copy.table));
        QStringList keyConditions;
        for (const QString& column : copy.key)
            keyConditions << column + QStringLiteral(" = ?");
        QSqlQuery existing(out);
        if (!existing.prepare(
                QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                    .arg(columns.join(QStringLiteral(", ")), copy.table, keyConditions.join(QStringLiteral(" AND ")))))
            return sqlError(existing.lastError(), target, CRUCIBLE_MESSAGE("reading %1").arg(copy.table));
        QList<QPair<QVariant, QVariant>> parents;
        while (read.next()) {
            QVariantList row;
            for (int i = 0; i < columns.size(); ++i)
                row << read.value(i);
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, i == parentColumn ? QVariant(QMetaType(QMetaType::QString)) : row.at(i));
            if (!insert.exec())
                return sqlError(insert.lastError(), target, CRUCIBLE_MESSAGE("writing %1").arg(copy.table));
            if (insert.numRowsAffected() > 0) {
                ++outcome.rowsCopied;
                if (parentColumn >= 0 && !row.at(parentColumn).isNull() && !row.at(parentColumn).toString().isEmpty())
                    parents.append({row.at(columns.indexOf(QStringLiteral("id"))), row.at(parentColumn)});
            } else {
                // Already there: the same row, or another that happens to have its key.
                for (int i = 0; i < copy.key.size(); ++i)
                    existing.bindValue(i, row.at(columns.indexOf(copy.key.at(i))));
                if (!existing.exec())
                    return sqlError(existing.lastError(), target, CRUCIBLE_MESSAGE("reading %1").arg(copy.table));
                QStringList keyText; // "id=3", for the messages
                for (const QString& column : copy.key)
                    keyText << column + QLatin1Char('=') + row.at(columns.indexOf(column)).toString();
                if (!existing.next()) {
                    // Not its key, then another unique column (a name) that a row of its own has.
                    return Error {ErrorCode::InvalidInput,
                                  CRUCIBLE_MESSAGE("the workspace to copy into already holds a row of %1 with the same "
                                                   "name as this one's (%2) under another id; nothing was copied. "
                                                   "Rename one of the two, or copy into an empty workspace.")
                                      .arg(copy.table, keyText.join(QStringLiteral(", "))),
                                  target};
                }
                for (int i = 0; i < columns.size(); ++i) {
                    // The Default experiment each workspace makes for itself differs only in when.
                    if (columns.at(i) == QLatin1String("created_at") && copy.table == QLatin1String("experiments"))
                        continue;
                    if (!sameValue(existing.value(i), row.at(i))) {
                        return Error {ErrorCode::InvalidInput,
                                      CRUCIBLE_MESSAGE("the workspace to copy into already holds another row of %1 "
                                                       "with %2 (its %3 differs); nothing was copied. Copy into an "
                                                       "empty workspace, or into one copied from this one.")
                                          .arg(copy.table, keyText.join(QStringLiteral(", ")), columns.at(i)),
                                      target};
                    }
                }
                existing.finish();
                ++outcome.rowsPresent;
            }
            if ((++done % 256 == 0) && !reportProgress(progress, double(done) / double(total), copy.table))
                return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("copying was cancelled; nothing was copied"),
                              target};
        }
        if (!parents.isEmpty()) {
            QSqlQuery link(out);
            link.prepare(QStringLiteral("UPDATE runs SET parent_run_id = ? WHERE id = ?"));
            for (const auto& [id, parent] : parents) {
                link.bindValue(0, parent);
                link.bindValue(1, id);
                if (!link.exec())
                    return sqlError(link.lastError(), target, CRUCIBLE_MESSAGE("linking runs to their parents"));
            }
        }
        // PostgreSQL numbers new rows from a sequence that the copied ids did not advance.
        const QMetaType idType = out.record(copy.table).field(QStringLiteral("id")).metaType();
        if (isPostgres(out) && (idType.id() == QMetaType::LongLong || idType.id() == QMetaType::Int)) {
            QSqlQuery advance(out);
            if (!advance.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                             " (SELECT COALESCE(max(id), 0) + 1 FROM %1), false)")
                                  .arg(copy.table)))
                return sqlError(advance.lastError(), target,
                                CRUCIBLE_MESSAGE("numbering new rows of %1").arg(copy.table));
        }
    }
    if (Status committed = transaction.commit(target); !committed)
        return committed.error();

    for (const auto& [sourceFile, targetFile] : files) {
        const QFileInfo present(targetFile);
        if (!present.exists() || present.size() != QFileInfo(sourceFile).size()) {
            if (Status copied = copyFile(sourceFile, targetFile); !copied)
                return Error {copied.error().code,
                              CRUCIBLE_MESSAGE("%1 The records are copied; copy again once it can be, to bring the "
                                               "rest of the files.")
                                  .arg(copied.error().text()),
                              target};
            ++outcome.filesCopied;
            outcome.bytesCopied += QFileInfo(targetFile).size();
        }
        if (!reportProgress(progress, double(++done) / double(total), QStringLiteral("files")))
            return Error {ErrorCode::Cancelled,
                          CRUCIBLE_MESSAGE("copying was cancelled after the records; copy again to bring the rest of "
                                           "the files"),
                          target};
    }
    const Result<int> merged = mergeRegistry(from.registryFolder(), to.registryFolder());
    if (!merged)
        return Error {merged.error().code,
                      CRUCIBLE_MESSAGE("%1 The records and files are copied; 'models list' on each side shows which "
                                       "models were not.")
                          .arg(merged.error().text()),
                      target};
    outcome.versionsImported = merged.value();
    return outcome;
}

} // namespace crucible
