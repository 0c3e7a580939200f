#include "WorkspaceCopy.h"

#include "engine/core/Message.h"
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
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString partial = target + QStringLiteral(".copying");
    QFile::remove(partial);
    if (!QFile::copy(source, partial)) {
        QFile::remove(partial);
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot copy this file (check permissions and free space)"),
                      source};
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

} // namespace

Result<CopyOutcome> copyWorkspace(const Workspace& from, const Workspace& to, const ProgressCallback& progress)
{
    const QString source = from.databasePath();
    const QString target = to.databasePath();
    if (source == target || QFileInfo(from.folder()).canonicalFilePath() == QFileInfo(to.folder()).canonicalFilePath())
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
        if (!plainName.match(table).hasMatch())
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the workspace holds a table whose name is not a plain one; nothing was "
                                           "copied"),
                          source};
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
    const QStringList fileFolders {QStringLiteral("objects"), QStringLiteral("runs"), QStringLiteral("registry")};
    const bool copyRegistry = !QFileInfo::exists(QDir(to.registryFolder()).filePath(QStringLiteral("registry.db")));
    QList<QPair<QString, QString>> files; // (source, target)
    for (const QString& sub : fileFolders) {
        if (sub == QLatin1String("registry") && !copyRegistry)
            continue;
        const QString inFolder = QDir(from.folder()).filePath(sub);
        const QString outFolder = QDir(to.folder()).filePath(sub);
        for (const QString& relative : filesUnder(inFolder))
            files.append({QDir(inFolder).filePath(relative), QDir(outFolder).filePath(relative)});
    }
    total += files.size();

    CopyOutcome outcome;
    outcome.registryCopied = copyRegistry;
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
                if (!existing.exec() || !existing.next())
                    return sqlError(existing.lastError(), target, CRUCIBLE_MESSAGE("reading %1").arg(copy.table));
                for (int i = 0; i < columns.size(); ++i) {
                    // The Default experiment each workspace makes for itself differs only in when.
                    if (columns.at(i) == QLatin1String("created_at") && copy.table == QLatin1String("experiments"))
                        continue;
                    if (!sameValue(existing.value(i), row.at(i))) {
                        QStringList keyText;
                        for (const QString& column : copy.key)
                            keyText << column + QLatin1Char('=') + row.at(columns.indexOf(column)).toString();
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
                return copied.error();
            ++outcome.filesCopied;
            outcome.bytesCopied += QFileInfo(targetFile).size();
        }
        if (!reportProgress(progress, double(++done) / double(total), QStringLiteral("files")))
            return Error {ErrorCode::Cancelled,
                          CRUCIBLE_MESSAGE("copying was cancelled after the records; copy again to bring the rest of "
                                           "the files"),
                          target};
    }
    return outcome;
}

} // namespace crucible
