#include "engine/interop/TensorBoardImport.h"
#include "engine/core/Message.h"

#include "engine/interop/EventFile.h"

#include "engine/core/Names.h"
#include "engine/store/InteropStore.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <map>

namespace crucible {

namespace {

const QString kSource = QStringLiteral("tensorboard");

bool isEventFile(const QString& name)
{
    return name.contains(QLatin1String("tfevents"));
}

} // namespace

Result<std::vector<TensorBoardRunImport>> importTensorBoard(const Workspace& workspace, const QString& logDir,
                                                            const TensorBoardImportOptions& options)
{
    const QFileInfo root(logDir);
    if (!root.isDir())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("not a folder of TensorBoard logs"), logDir};
    // Every folder with event files, and those files in name order (their names begin with the
    // time they were started, so a resumed run's files follow the first).
    std::map<QString, QStringList> folders;
    qint64 totalBytes = 0;
    QDirIterator it(root.absoluteFilePath(), QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (!isEventFile(info.fileName()))
            continue;
        folders[info.absolutePath()].append(path);
        totalBytes += info.size();
    }
    if (folders.empty())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("holds no TensorBoard event files (events.out.tfevents.*), in it or below it"),
                      logDir};
    InteropStore interop(workspace);
    RunStore runs(workspace);
    std::vector<TensorBoardRunImport> results;
    qint64 bytesRead = 0;
    for (auto& [folder, files] : folders) {
        files.sort();
        TensorBoardRunImport result;
        result.folder = QDir(root.absoluteFilePath()).relativeFilePath(folder);
        if (result.folder.isEmpty())
            result.folder = QStringLiteral(".");
        result.files = int(files.size());
        const QString sourceKey = QFileInfo(folder).canonicalFilePath();
        qint64 folderBytes = 0;
        for (const QString& file : files)
            folderBytes += QFileInfo(file).size();
        auto earlier = interop.importedRun(kSource, sourceKey);
        if (!earlier)
            return earlier.error();
        if (!earlier.value().isEmpty()) {
            // Imported before: unchanged, or grown since (a log still being written then). A run
            // moved to the trash since may be imported again.
            auto tags = interop.keyTags(earlier.value());
            if (!tags)
                return tags.error();
            auto previous = RunCatalog(workspace).run(earlier.value());
            if (previous && previous->isDeleted()) {
                if (Status forgotten = interop.forgetImport(kSource, sourceKey); !forgotten)
                    return forgotten.error();
            } else {
                result.runId = earlier.value();
                result.unchanged = true;
                const qint64 importedBytes = tags->value(QStringLiteral("crucible.tensorboard_bytes")).toLongLong();
                result.grownBytes = importedBytes > 0 && folderBytes > importedBytes ? folderBytes - importedBytes : 0;
                bytesRead += folderBytes;
                results.push_back(result);
                continue;
            }
        }
        NewRun spec;
        spec.experiment = options.experiment;
        const QString folderName =
            result.folder == QLatin1String(".") ? QFileInfo(root.absoluteFilePath()).fileName() : result.folder;
        spec.name = names::labelFrom(folderName, QStringLiteral("tensorboard"));
        spec.device = QStringLiteral("unknown");
        spec.tags = {QStringLiteral("source=tensorboard")};
        auto created = runs.createRun(spec);
        if (!created)
            return created.error();
        const QString runId = created.value();
        result.runId = runId;
        auto discard = [&](const Error& error) -> Error {
            if (const Status discarded = runs.discardCarried(runId); !discarded)
                return discarded.error();
            return error;
        };
        MetricWriter::Options writerOptions;
        writerOptions.flushIntervalMs = 5000;
        auto writer = MetricWriter::open(workspace, runId, writerOptions);
        if (!writer)
            return discard(writer.error());
        EventFileReader reader;
        QMap<QString, bool> keys;
        for (const QString& path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return discard(Error {
                    ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read the event file: %1").arg(file.errorString()), path});
            const QByteArray bytes = file.readAll();
            reader.read(bytes, [&](const EventScalar& scalar) {
                writer.value()->log(scalar.key, scalar.point);
                keys.insert(scalar.key, true);
            });
            bytesRead += bytes.size();
            if (options.progress
                && !options.progress(totalBytes > 0 ? double(bytesRead) / double(totalBytes) : 1.0,
                                     QStringLiteral("reading %1").arg(QFileInfo(path).fileName()))) {
                writer.value().reset();
                return discard(Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the import was cancelled"), logDir});
            }
        }
        const EventFileReader::Counts& counts = reader.counts();
        result.points = counts.scalars;
        result.corruptRecords = counts.corruptRecords;
        result.truncated = counts.truncated;
        result.skippedValues = counts.skippedValues;
        result.abandonedBytes = counts.abandonedBytes;
        if (result.points == 0) {
            // Nothing to show: no run is made, and the folder is reported as holding no scalars.
            writer.value().reset();
            if (Status discarded = runs.discardCarried(runId); !discarded)
                return discarded.error();
            result.runId.clear();
            results.push_back(result);
            continue;
        }
        const double firstWall = counts.firstWallTime;
        const double lastWall = counts.lastWallTime;
        if (Status closed = writer.value()->close(); !closed)
            return discard(closed.error());
        result.keys = keys.keys();
        RunRecord record;
        record.status = RunStatus::Finished;
        if (firstWall > 0) {
            record.createdAt = QDateTime::fromMSecsSinceEpoch(qint64(firstWall * 1000.0), Qt::UTC);
            record.startedAt = record.createdAt;
            record.endedAt = QDateTime::fromMSecsSinceEpoch(qint64(lastWall * 1000.0), Qt::UTC);
        }
        QStringList notes {
            CRUCIBLE_MESSAGE("Imported from TensorBoard event files in %1 (%2 file(s), %3 scalar point(s)).")
                .arg(QDir::toNativeSeparators(folder))
                .arg(result.files)
                .arg(result.points)};
        if (result.corruptRecords > 0)
            notes.append(CRUCIBLE_MESSAGE("%1 corrupt record(s) failed the CRC check and were skipped.")
                             .arg(result.corruptRecords));
        if (result.truncated)
            notes.append(CRUCIBLE_MESSAGE("A file ended inside a record; its last record was left out."));
        record.notes = notes.join(QLatin1Char(' '));
        if (Status recorded = runs.recordImported(runId, record); !recorded)
            return discard(recorded.error());
        if (Status source =
                interop.setKeyTag(runId, QStringLiteral("crucible.source"), QStringLiteral("tensorboard:") + folder);
            !source)
            return source.error();
        if (Status size =
                interop.setKeyTag(runId, QStringLiteral("crucible.tensorboard_bytes"), QString::number(folderBytes));
            !size)
            return size.error();
        if (Status ledger = interop.recordImport(kSource, sourceKey, runId); !ledger)
            return ledger.error();
        results.push_back(result);
    }
    return results;
}

} // namespace crucible
