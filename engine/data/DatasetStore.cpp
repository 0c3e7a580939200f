#include "DatasetStore.h"

#include "engine/core/Message.h"
#include "engine/core/Names.h"

#include "engine/data/DatasetFile.h"
#include "engine/data/IdxReader.h"
#include "engine/data/Samples.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace crucible {

namespace {

const char* const kVersionColumns = "id, name, hash, kind, target, task, source_path, row_count, column_count, "
                                    "byte_size, created_at";

DatasetVersion versionFromQuery(const QSqlQuery& query)
{
    DatasetVersion version;
    version.id = query.value(0).toLongLong();
    version.name = query.value(1).toString();
    version.hash = query.value(2).toString();
    version.kind = query.value(3).toString() == QLatin1String("images") ? DatasetKind::Images : DatasetKind::Tabular;
    version.target = query.value(4).toString();
    version.task = query.value(5).toString() == QLatin1String("regression") ? Task::Regression : Task::Classification;
    version.source = query.value(6).toString();
    version.rows = query.value(7).toLongLong();
    version.columns = query.value(8).toInt();
    version.byteSize = query.value(9).toLongLong();
    version.createdAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    return version;
}

QString stripExtensions(const QString& fileName)
{
    QString name = fileName;
    for (const char* suffix : {".gz", ".zst", ".csv", ".tsv", ".tab", ".txt", ".dat"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            name.chop(int(qstrlen(suffix)));
    }
    return name;
}

/// Scales a progress callback into [from, to] of the overall work.
ProgressCallback scaled(const ProgressCallback& progress, double from, double to)
{
    if (!progress)
        return {};
    return [=](double fraction, const QString& stage) { return progress(from + (to - from) * fraction, stage); };
}

} // namespace

DatasetStore::DatasetStore(const Workspace& workspace) : m_workspace(workspace)
{ }

QString DatasetStore::detectKind(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().toLower();
    if (name.contains(QLatin1String("idx1-ubyte")) || name.contains(QLatin1String("idx3-ubyte")))
        return QStringLiteral("idx");
    if (info.isDir()) {
        if (!QDir(path).entryList({QStringLiteral("*idx3-ubyte*")}, QDir::Files).isEmpty())
            return QStringLiteral("idx");
        return looksLikeImageFolder(path) ? QStringLiteral("images") : QString();
    }
    if (info.isFile())
        return QStringLiteral("csv");
    return {};
}

Result<std::optional<DatasetVersion>> DatasetStore::findVersion(const QString& name, const QString& hash) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM datasets WHERE name = ? AND hash = ?").arg(QLatin1String(kVersionColumns)));
    query.addBindValue(name);
    query.addBindValue(hash);
    if (!query.exec())
        return sqlError(query.lastError(), m_workspace.databasePath(), CRUCIBLE_MESSAGE("looking up the dataset"));
    if (query.next())
        return std::optional<DatasetVersion>(versionFromQuery(query));
    return std::optional<DatasetVersion>();
}

void DatasetStore::removeObjectIfUnreferenced(const QString& hash) const
{
    Transaction transaction(m_workspace.database());
    if (!transaction.begin(m_workspace.databasePath()))
        return; // the lock is busy: keep the object
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT 1 FROM datasets WHERE hash = ? LIMIT 1"));
    query.addBindValue(hash);
    if (!query.exec() || query.next())
        return; // referenced, or unknown: keep it
    query.finish();
    QFile::remove(objectPath(hash));
}

QString DatasetStore::objectPath(const QString& hash) const
{
    return QDir(m_workspace.objectsFolder()).filePath(hash);
}

Result<ImportOutcome> DatasetStore::importPath(const ImportRequest& request, const ProgressCallback& progress) const
{
    const QFileInfo info(request.path);
    if (!info.exists())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no such file or folder"), request.path};
    const QString kind = request.kind.isEmpty() ? detectKind(request.path) : request.kind;
    const ProgressCallback reading = scaled(progress, 0.0, 0.7);
    Result<Dataset> parsed = Error {ErrorCode::InvalidInput, {}, {}};
    if (kind == QLatin1String("csv")) {
        parsed = readCsv(info.absoluteFilePath(), request.csv, reading);
    } else if (kind == QLatin1String("images")) {
        parsed = readImageFolder(info.absoluteFilePath(), request.images, reading);
    } else if (kind == QLatin1String("idx")) {
        auto pairs = findIdxPairs(info.absoluteFilePath());
        if (!pairs)
            return pairs.error();
        parsed = readIdx(pairs.value(), reading);
    } else {
        return Error {ErrorCode::InvalidInput,
                      kind.isEmpty() ? CRUCIBLE_MESSAGE("cannot tell what this is: give a CSV/TSV file, a folder of "
                                                        "class subfolders with images, or IDX files")
                                     : CRUCIBLE_MESSAGE("unknown kind \"%1\" (use csv, images or idx)").arg(kind),
                      request.path};
    }
    if (!parsed)
        return parsed.error();
    QString name = request.name;
    if (name.isEmpty()) {
        name = kind == QLatin1String("idx") && info.isFile() ? info.dir().dirName() : stripExtensions(info.fileName());
    }
    const QStringList notes = parsed->notes;
    auto outcome =
        importDataset(std::move(parsed.value()), name, request.target,
                      request.source.isEmpty() ? info.absoluteFilePath() : request.source, scaled(progress, 0.7, 1.0));
    if (outcome)
        outcome->notes = notes;
    return outcome;
}

Result<ImportOutcome> DatasetStore::importSample(const QString& key, const ProgressCallback& progress) const
{
    QString source;
    auto dataset = loadSample(key, &source, scaled(progress, 0.0, 0.7));
    if (!dataset)
        return dataset.error();
    QString target;
    for (const SampleInfo& info : sampleCatalogue()) {
        if (info.key == key)
            target = info.target;
    }
    return importDataset(std::move(dataset.value()), key, target, source, scaled(progress, 0.7, 1.0));
}

Result<ImportOutcome> DatasetStore::importDataset(Dataset dataset, const QString& name, const QString& requestedTarget,
                                                  const QString& source, const ProgressCallback& progress) const
{
    if (Status valid = names::check(name, CRUCIBLE_MESSAGE("a dataset name"), names::Use::Label); !valid)
        return valid.error();
    if (name.contains(QLatin1Char('@')))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("a dataset name must not contain '@' (it separates a name from its version)"),
                      name};
    if (dataset.rowCount() == 0)
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the dataset has no rows"), source};

    // The target: named, or the last column (tabular) / "label" (images).
    QString target = requestedTarget;
    if (target.isEmpty())
        target = dataset.kind == DatasetKind::Images ? QStringLiteral("label") : dataset.columns.back().name;
    const int targetIndex = dataset.columnIndex(target);
    if (targetIndex < 0) {
        QStringList names;
        for (const Column& column : dataset.columns)
            names << column.name;
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("there is no column \"%1\"; the columns are %2")
                          .arg(target, names.join(QStringLiteral(", "))),
                      source};
    }
    if (dataset.kind == DatasetKind::Tabular && dataset.columns.size() < 2)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the file has only one column: nothing to learn the target from"), source};
    const TargetView view = targetView(dataset, targetIndex);
    if (view.task == Task::Classification) {
        std::vector<qint64> counts(size_t(view.classNames.size()), 0);
        for (std::int32_t c : view.classes) {
            if (c >= 0)
                ++counts[size_t(c)];
        }
        const auto present = std::count_if(counts.begin(), counts.end(), [](qint64 c) { return c > 0; });
        if (present < 2) {
            return Error {
                ErrorCode::InvalidInput,
                CRUCIBLE_MESSAGE("the target column \"%1\" holds a single class%2; a classifier needs at least two")
                    .arg(target,
                         present == 1 ? QStringLiteral(" (\"%1\")")
                                            .arg(view.classNames.value(int(std::find_if(counts.begin(), counts.end(),
                                                                                        [](qint64 c) { return c > 0; })
                                                                           - counts.begin())))
                                      : QString()),
                source};
        }
    }
    if (!reportProgress(progress, 0.05, QStringLiteral("hashing")))
        return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the import was cancelled"), source};

    const QString hash = dataset.contentHash();
    QSqlDatabase db = m_workspace.database();
    const QString where = m_workspace.databasePath();
    auto existing = findVersion(name, hash);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return ImportOutcome {*existing.value(), false};

    if (!reportProgress(progress, 0.3, QStringLiteral("storing")))
        return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the import was cancelled"), source};
    // Objects are written whole (a rename into place) and named by their content, so a concurrent
    // import of the same data writes the same bytes. Only a failed import removes an object, under
    // the write lock and only while no row references it.
    const QString object = objectPath(hash);
    const bool wroteObject = !QFileInfo::exists(object);
    if (wroteObject) {
        if (Status written = datasetfile::write(dataset, object); !written)
            return written.error();
    }
    auto undo = [&](Error error) -> Result<ImportOutcome> {
        if (wroteObject)
            removeObjectIfUnreferenced(hash);
        return error;
    };

    if (!reportProgress(progress, 0.6, QStringLiteral("profiling")))
        return undo(Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the import was cancelled"), source});
    const DatasetProfile profile = profileDataset(dataset, targetIndex);

    DatasetVersion version;
    version.name = name;
    version.hash = hash;
    version.kind = dataset.kind;
    version.target = target;
    version.task = view.task;
    version.source = source;
    version.rows = dataset.rowCount();
    version.columns =
        dataset.kind == DatasetKind::Images ? int(dataset.images.imageBytes()) : int(dataset.columns.size());
    version.createdAt = QDateTime::currentDateTimeUtc();

    Transaction transaction(db);
    if (Status begun = transaction.begin(where); !begun)
        return undo(begun.error());
    // Under the write lock: another process may have recorded the same data meanwhile (then this
    // import changed nothing), or removed the object after a failure of its own (write it again).
    auto raced = findVersion(name, hash);
    if (!raced) {
        transaction.rollback();
        return undo(raced.error());
    }
    if (raced->has_value())
        return ImportOutcome {*raced.value(), false};
    if (!QFileInfo::exists(object)) {
        if (Status written = datasetfile::write(dataset, object); !written)
            return written.error();
    }
    version.byteSize = QFileInfo(object).size();

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO datasets (name, hash, kind, source_path, row_count, column_count, "
        "created_at, target, task, profile_json, byte_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(version.name);
    insert.addBindValue(version.hash);
    insert.addBindValue(datasetKindName(version.kind));
    insert.addBindValue(version.source);
    insert.addBindValue(version.rows);
    insert.addBindValue(version.columns);
    insert.addBindValue(version.createdAt.toString(Qt::ISODateWithMs));
    insert.addBindValue(version.target);
    insert.addBindValue(taskName(version.task));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
    insert.addBindValue(version.byteSize);
    if (!insert.exec()) {
        const Error failed = sqlError(insert.lastError(), where, CRUCIBLE_MESSAGE("recording the dataset"));
        insert.finish();
        transaction.rollback(); // before undo() takes the lock again
        return undo(failed);
    }
    version.id = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    if (Status committed = transaction.commit(where); !committed) {
        transaction.rollback();
        return undo(committed.error());
    }
    reportProgress(progress, 1.0, QStringLiteral("done"));
    m_workspace.announce(Workspace::Change::DatasetsChanged);
    return ImportOutcome {version, true};
}

Result<QList<DatasetVersion>> DatasetStore::versions() const
{
    return versions(QString());
}

Result<QList<DatasetVersion>> DatasetStore::versions(const QString& name) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM datasets %2 ORDER BY created_at DESC, id DESC")
            .arg(QLatin1String(kVersionColumns), name.isEmpty() ? QString() : QStringLiteral("WHERE name = ?")));
    if (!name.isEmpty())
        query.addBindValue(name);
    if (!query.exec())
        return sqlError(query.lastError(), m_workspace.databasePath(), CRUCIBLE_MESSAGE("listing datasets"));
    QList<DatasetVersion> list;
    while (query.next())
        list << versionFromQuery(query);
    return list;
}

Result<DatasetVersion> DatasetStore::find(const QString& reference) const
{
    const qsizetype at = reference.indexOf(QLatin1Char('@'));
    const QString name = at < 0 ? reference : reference.left(at);
    const QString prefix = at < 0 ? QString() : reference.mid(at + 1).toLower();
    // An unset shell variable ("$NAME@$HASH") must not pick some other dataset's version.
    if (name.trimmed().isEmpty())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("no dataset named: give NAME or NAME@HASH (see: crucible-cli data list)"),
                      reference};
    if (at >= 0 && prefix.isEmpty())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("nothing after @: give the start of a version's hash, or only the name for its "
                                       "newest version"),
                      reference};
    auto list = versions(name);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("no dataset called \"%1\" (see: crucible-cli data list)").arg(name), reference};
    if (prefix.isEmpty())
        return list->first();
    QList<DatasetVersion> matches;
    for (const DatasetVersion& version : list.value()) {
        if (version.hash.startsWith(prefix))
            matches << version;
    }
    if (matches.isEmpty())
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("\"%1\" has no version whose hash starts with %2").arg(name, prefix), reference};
    if (matches.size() > 1)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("%1 versions match %2: give more of the hash").arg(matches.size()).arg(prefix),
                      reference};
    return matches.first();
}

Result<Dataset> DatasetStore::load(const DatasetVersion& version) const
{
    auto dataset = datasetfile::read(objectPath(version.hash));
    if (!dataset)
        return dataset;
    // The stored copy is named by its content: a copy changed since (a bad disk, a hand edit)
    // would train or compare on other data than the run records; it is refused instead.
    if (const QString hash = dataset->contentHash(); hash != version.hash)
        return Error {ErrorCode::Incompatible,
                      CRUCIBLE_MESSAGE("the stored copy of %1 is damaged: its content hash is %2, not %3; import the "
                                       "data again")
                          .arg(version.reference(), hash.left(12), version.shortHash()),
                      objectPath(version.hash)};
    return dataset;
}

Result<DatasetProfile> DatasetStore::profile(const DatasetVersion& version) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT profile_json FROM datasets WHERE id = ?"));
    query.addBindValue(version.id);
    if (!query.exec() || !query.next())
        return sqlError(query.lastError(), version.reference(), CRUCIBLE_MESSAGE("reading the profile"));
    return DatasetProfile::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

} // namespace crucible
