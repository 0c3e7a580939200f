#include "engine/data/WorkspaceGc.h"
#include "engine/core/Message.h"

#include "engine/core/Names.h"
#include "engine/store/RunStore.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

namespace crucible {

namespace {

/// Files (not links) under `folder` with their sizes.
void sizeOf(const QString& folder, qint64* files, qint64* bytes)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++*files;
        *bytes += it.fileInfo().size();
    }
}

/// The newest change under `path` (itself included).
QDateTime newestChange(const QString& path)
{
    QDateTime newest = QFileInfo(path).lastModified();
    if (!QFileInfo(path).isDir())
        return newest;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().lastModified() > newest)
            newest = it.fileInfo().lastModified();
    }
    return newest;
}

Result<QSet<QString>> column(const Workspace& workspace, const QString& statement)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(statement))
        return sqlError(query.lastError(), workspace.databasePath(),
                        CRUCIBLE_MESSAGE("reading what the workspace references"));
    QSet<QString> values;
    while (query.next())
        values.insert(query.value(0).toString());
    return values;
}

} // namespace

Result<Reclaimed> emptyTrash(const Workspace& workspace)
{
    // As RunStore::emptyTrash: a run in the trash that is still active stays until it ends.
    auto trashed = column(
        workspace,
        QStringLiteral("SELECT id FROM runs WHERE deleted_at IS NOT NULL AND status NOT IN ('running', 'paused')"));
    if (!trashed)
        return trashed.error();
    Reclaimed reclaimed;
    for (const QString& id : trashed.value()) {
        if (!names::staysInside(id))
            continue;
        const QString folder = QDir(workspace.runsFolder()).filePath(id);
        sizeOf(folder, &reclaimed.files, &reclaimed.bytes);
        if (QFileInfo::exists(folder))
            reclaimed.paths.append(QStringLiteral("runs/") + id);
    }
    auto removed = RunStore(workspace).emptyTrash();
    if (!removed)
        return removed.error();
    reclaimed.runs = removed.value();
    reclaimed.paths.sort();
    return reclaimed;
}

Result<Reclaimed> collectGarbage(const Workspace& workspace, bool dryRun)
{
    // Under the write lock: an import or a run that commits now waits, and what is read stays true.
    Transaction transaction(workspace.database());
    if (Status begun = transaction.begin(workspace.databasePath()); !begun)
        return begun.error();
    auto hashes = column(workspace, QStringLiteral("SELECT hash FROM datasets"));
    auto runs = column(workspace, QStringLiteral("SELECT id FROM runs"));
    // (the trash is left as it is: restoring a run gives it back whole)
    auto ended = column(workspace,
                        QStringLiteral("SELECT id FROM runs WHERE status NOT IN ('queued', 'running', "
                                       "'paused') AND deleted_at IS NULL"));
    auto artifacts = column(workspace, QStringLiteral("SELECT run_id || '/' || path FROM run_artifacts"));
    for (const auto* result : {&hashes, &runs, &ended, &artifacts}) {
        if (!*result)
            return result->error();
    }
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDir root(workspace.folder());
    Reclaimed reclaimed;
    QStringList doomed;
    auto take = [&](const QString& path) {
        qint64 files = 0;
        qint64 bytes = 0;
        if (QFileInfo(path).isDir())
            sizeOf(path, &files, &bytes);
        else {
            files = 1;
            bytes = QFileInfo(path).size();
        }
        reclaimed.files += files;
        reclaimed.bytes += bytes;
        reclaimed.paths.append(root.relativeFilePath(path));
        doomed.append(path);
    };
    // Dataset objects no version names.
    const auto objects = QDir(workspace.objectsFolder()).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo& object : objects) {
        if (!hashes->contains(object.fileName()) && object.lastModified() < settled)
            take(object.absoluteFilePath());
    }
    // Run folders of runs that are gone; unrecorded files in the folders of runs that ended.
    const auto folders =
        QDir(workspace.runsFolder()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo& folder : folders) {
        const QString id = folder.fileName();
        if (!runs->contains(id)) {
            if (newestChange(folder.absoluteFilePath()) < settled)
                take(folder.absoluteFilePath());
            continue;
        }
        if (!ended->contains(id))
            continue;
        QDirIterator it(folder.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QString relative = QDir(folder.absoluteFilePath()).relativeFilePath(it.filePath());
            if (!artifacts->contains(id + QLatin1Char('/') + relative) && it.fileInfo().lastModified() < settled)
                take(it.filePath());
        }
    }
    reclaimed.paths.sort();
    if (dryRun)
        return reclaimed;
    for (const QString& path : std::as_const(doomed)) {
        if (QFileInfo(path).isDir())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
    // Folders the removals left empty, inside the folders of runs that ended.
    for (const QFileInfo& folder : folders) {
        if (!ended->contains(folder.fileName()))
            continue;
        QDirIterator it(folder.absoluteFilePath(), QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        QStringList subfolders;
        while (it.hasNext())
            subfolders.prepend(it.next()); // deepest first
        for (const QString& subfolder : std::as_const(subfolders))
            QDir().rmdir(subfolder); // only when empty
    }
    if (Status committed = transaction.commit(workspace.databasePath()); !committed)
        return committed.error();
    return reclaimed;
}

} // namespace crucible
