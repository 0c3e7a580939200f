#include "engine/interop/MlflowFiles.h"
#include "engine/core/Message.h"

#include "engine/core/Names.h"
#include "engine/interop/MlflowSearch.h"
#include "engine/store/InteropStore.h"
#include "engine/store/MetricReader.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <map>
#include <unistd.h>

namespace crucible {

namespace {

const QString kSource = QStringLiteral("mlflow");
constexpr qint64 kMaxTextFileBytes = 1 << 20; ///< a param, tag or meta.yaml larger than this is not MLflow's

/// One MLflow run as read from either store, before it is written into the workspace.
struct SourceRun {
    QString id;
    QString experiment;
    QString name;
    QString status; ///< MLflow's name: FINISHED, FAILED, KILLED, RUNNING, SCHEDULED
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool deleted = false;
    QString userId;
    QMap<QString, QString> params;
    QMap<QString, QString> tags;
    std::map<QString, std::vector<MetricPoint>> metrics;
    QString artifactFolder; ///< a local folder of its artifacts, or empty
    QString artifactsOutside; ///< an artifact folder the import does not copy from (outside the database's folder)
};

Error formatError(const QString& message, const QString& where)
{
    return Error {ErrorCode::InvalidInput, message, where};
}

/// A number as MLflow writes metric values: also nan, inf, -inf (any case).
std::optional<double> readNumber(const QString& text)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("nan"))
        return std::nan("");
    if (lower == QLatin1String("inf") || lower == QLatin1String("infinity"))
        return std::numeric_limits<double>::infinity();
    if (lower == QLatin1String("-inf") || lower == QLatin1String("-infinity"))
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

/// Reads a small text file whole; InvalidInput when it is larger than anything MLflow writes.
Result<QString> readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read: %1").arg(file.errorString()), path};
    if (file.size() > kMaxTextFileBytes)
        return formatError(CRUCIBLE_MESSAGE("larger than any file MLflow writes here (%1 bytes)").arg(file.size()),
                           path);
    return QString::fromUtf8(file.readAll());
}

/// The top-level scalar values of one of MLflow's meta.yaml files, read as YAML (quoted names
/// with escapes, emoji and line breaks come back as MLflow wrote them).
Result<QMap<QString, QString>> readMeta(const QString& path)
{
    auto text = readText(path);
    if (!text)
        return text.error();
    QMap<QString, QString> meta;
    try {
        const YAML::Node root = YAML::Load(text->toStdString());
        if (!root.IsMap())
            return formatError(CRUCIBLE_MESSAGE("expected a map of 'key: value' (MLflow's meta.yaml)"), path);
        for (const auto& entry : root) {
            if (!entry.first.IsScalar() || !entry.second.IsScalar())
                continue; // lists (tags: []) and nulls
            meta.insert(QString::fromStdString(entry.first.Scalar()), QString::fromStdString(entry.second.Scalar()));
        }
    } catch (const YAML::Exception& error) {
        return formatError(CRUCIBLE_MESSAGE("not valid YAML: %1").arg(QString::fromStdString(error.msg)),
                           QStringLiteral("%1:%2").arg(path).arg(error.mark.line + 1));
    }
    return meta;
}

/// The files under `folder` as '/'-separated paths relative to it (links and special files left
/// out), for MLflow's metrics/, params/ and tags/ folders whose keys may hold '/'.
QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().isSymLink() || !it.fileInfo().isFile())
            continue;
        files.append(QDir(folder).relativeFilePath(it.filePath()));
    }
    files.sort();
    return files;
}

QString statusFromNumber(const QString& number)
{
    // MLflow's RunStatus enum, as its file store writes it.
    static const QMap<QString, QString> kNames {{QStringLiteral("1"), QStringLiteral("RUNNING")},
                                                {QStringLiteral("2"), QStringLiteral("SCHEDULED")},
                                                {QStringLiteral("3"), QStringLiteral("FINISHED")},
                                                {QStringLiteral("4"), QStringLiteral("FAILED")},
                                                {QStringLiteral("5"), QStringLiteral("KILLED")}};
    return kNames.value(number, number.toUpper());
}

int numberFromStatus(const QString& name)
{
    static const QMap<QString, int> kNumbers {{QStringLiteral("RUNNING"), 1},
                                              {QStringLiteral("SCHEDULED"), 2},
                                              {QStringLiteral("FINISHED"), 3},
                                              {QStringLiteral("FAILED"), 4},
                                              {QStringLiteral("KILLED"), 5}};
    return kNumbers.value(name, 4);
}

/// Reads one run folder of an mlruns store.
Result<SourceRun> readFileRun(const QString& folder, const QString& experiment)
{
    auto meta = readMeta(QDir(folder).filePath(QStringLiteral("meta.yaml")));
    if (!meta)
        return meta.error();
    SourceRun run;
    run.id = meta->value(QStringLiteral("run_id"), meta->value(QStringLiteral("run_uuid")));
    if (run.id.isEmpty())
        run.id = QFileInfo(folder).fileName();
    run.experiment = experiment;
    run.name = meta->value(QStringLiteral("run_name"));
    run.status = statusFromNumber(meta->value(QStringLiteral("status")));
    run.startMs = meta->value(QStringLiteral("start_time")).toLongLong();
    run.endMs = meta->value(QStringLiteral("end_time")).toLongLong();
    run.deleted = meta->value(QStringLiteral("lifecycle_stage")) == QLatin1String("deleted");
    run.userId = meta->value(QStringLiteral("user_id"));
    const QString params = QDir(folder).filePath(QStringLiteral("params"));
    for (const QString& key : filesUnder(params)) {
        auto value = readText(QDir(params).filePath(key));
        if (!value)
            return value.error();
        run.params.insert(key, value.value());
    }
    const QString tags = QDir(folder).filePath(QStringLiteral("tags"));
    for (const QString& key : filesUnder(tags)) {
        auto value = readText(QDir(tags).filePath(key));
        if (!value)
            return value.error();
        run.tags.insert(key, value.value());
    }
    const QString metrics = QDir(folder).filePath(QStringLiteral("metrics"));
    for (const QString& key : filesUnder(metrics)) {
        const QString path = QDir(metrics).filePath(key);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read: %1").arg(file.errorString()), path};
        std::vector<MetricPoint>& points = run.metrics[key];
        qint64 lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            const QList<QByteArray> parts = line.split(' ');
            const auto value = parts.size() >= 2 ? readNumber(QString::fromLatin1(parts.at(1))) : std::nullopt;
            bool timeOk = false;
            bool stepOk = parts.size() < 3;
            const qint64 timestamp = parts.isEmpty() ? 0 : parts.at(0).toLongLong(&timeOk);
            const qint64 step = parts.size() >= 3 ? parts.at(2).toLongLong(&stepOk) : 0;
            if (parts.size() < 2 || parts.size() > 3 || !value || !timeOk || !stepOk)
                return formatError(CRUCIBLE_MESSAGE("expected 'timestamp value step' (MLflow's metric line)"),
                                   QStringLiteral("%1:%2").arg(path).arg(lineNumber));
            MetricPoint point;
            point.step = step;
            point.value = *value;
            point.wallTime = double(timestamp) / 1000.0;
            points.push_back(point);
        }
    }
    const QString artifacts = QDir(folder).filePath(QStringLiteral("artifacts"));
    if (QFileInfo(artifacts).isDir() && !QFileInfo(artifacts).isSymLink())
        run.artifactFolder = artifacts;
    return run;
}

/// Every run of an mlruns folder: EXPERIMENT_ID/meta.yaml and EXPERIMENT_ID/RUN_ID/meta.yaml.
Result<std::vector<QString>> fileRunFolders(const QString& root, QMap<QString, QString>* experimentOf)
{
    std::vector<QString> folders;
    const auto experiments = QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo& experiment : experiments) {
        const QString metaPath = QDir(experiment.absoluteFilePath()).filePath(QStringLiteral("meta.yaml"));
        if (!QFileInfo(metaPath).isFile())
            continue; // .trash, models/ and anything else that is not an experiment
        auto meta = readMeta(metaPath);
        if (!meta)
            return meta.error();
        const QString name = meta->value(QStringLiteral("name"));
        if (name.isEmpty())
            return formatError(CRUCIBLE_MESSAGE("the experiment has no name"), metaPath);
        const auto runs = QDir(experiment.absoluteFilePath())
                              .entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
        for (const QFileInfo& run : runs) {
            if (!QFileInfo(QDir(run.absoluteFilePath()).filePath(QStringLiteral("meta.yaml"))).isFile())
                continue;
            folders.push_back(run.absoluteFilePath());
            experimentOf->insert(run.absoluteFilePath(), name);
        }
    }
    return folders;
}

/// Every run of an MLflow SQLite database, read only.
Result<std::vector<SourceRun>> readDatabase(const QString& path)
{
    const QString connection = QStringLiteral("mlflow-import-") + QUuid::createUuid().toString(QUuid::Id128);
    std::vector<SourceRun> runs;
    Error failure;
    bool failed = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        auto fail = [&](const QString& message) {
            failure = formatError(message, path);
            failed = true;
        };
        if (!db.open()) {
            fail(CRUCIBLE_MESSAGE("cannot open it as SQLite: %1").arg(db.lastError().text()));
        } else {
            const QStringList tables = db.tables();
            for (const char* table : {"experiments", "runs", "metrics", "params", "tags"}) {
                if (!tables.contains(QLatin1String(table))) {
                    fail(CRUCIBLE_MESSAGE("not an MLflow database: it has no table '%1'").arg(QLatin1String(table)));
                    break;
                }
            }
        }
        if (!failed) {
            QSqlQuery query(db);
            std::map<QString, std::size_t> index;
            if (!query.exec(
                    QStringLiteral("SELECT r.run_uuid, e.name, r.name, r.status, r.start_time, r.end_time,"
                                   " r.lifecycle_stage, r.user_id, r.artifact_uri FROM runs r JOIN experiments e"
                                   " ON e.experiment_id = r.experiment_id ORDER BY r.start_time, r.run_uuid")))
                fail(CRUCIBLE_MESSAGE("cannot read its runs: %1").arg(query.lastError().text()));
            while (!failed && query.next()) {
                SourceRun run;
                run.id = query.value(0).toString();
                run.experiment = query.value(1).toString();
                run.name = query.value(2).toString();
                run.status = query.value(3).toString();
                run.startMs = query.value(4).toLongLong();
                run.endMs = query.value(5).toLongLong();
                run.deleted = query.value(6).toString() == QLatin1String("deleted");
                run.userId = query.value(7).toString();
                const QString uri = query.value(8).toString();
                const QString local = uri.startsWith(QLatin1String("file:")) ? QUrl(uri).toLocalFile()
                    : uri.startsWith(QLatin1Char('/'))                       ? uri
                                                                             : QString();
                if (!local.isEmpty() && QFileInfo(local).isDir() && !QFileInfo(local).isSymLink())
                    run.artifactFolder = local;
                index.emplace(run.id, runs.size());
                runs.push_back(std::move(run));
            }
            for (const auto& [table, isTag] :
                 {std::pair {QStringLiteral("params"), false}, std::pair {QStringLiteral("tags"), true}}) {
                if (failed || !query.exec(QStringLiteral("SELECT run_uuid, key, value FROM %1").arg(table))) {
                    if (!failed)
                        fail(CRUCIBLE_MESSAGE("cannot read its %1: %2").arg(table, query.lastError().text()));
                    break;
                }
                while (query.next()) {
                    const auto found = index.find(query.value(0).toString());
                    if (found == index.end())
                        continue;
                    (isTag ? runs[found->second].tags : runs[found->second].params)
                        .insert(query.value(1).toString(), query.value(2).toString());
                }
            }
            if (!failed
                && !query.exec(QStringLiteral("SELECT run_uuid, key, value, timestamp, step, is_nan FROM metrics"
                                              " ORDER BY run_uuid, key, step, timestamp")))
                fail(CRUCIBLE_MESSAGE("cannot read its metrics: %1").arg(query.lastError().text()));
            while (!failed && query.next()) {
                const auto found = index.find(query.value(0).toString());
                if (found == index.end())
                    continue;
                MetricPoint point;
                bool isNumber = query.value(2).typeId() == QMetaType::Double
                    || query.value(2).typeId() == QMetaType::LongLong || query.value(2).typeId() == QMetaType::Int;
                if (!isNumber && !query.value(5).toBool()) {
                    fail(CRUCIBLE_MESSAGE("the metrics table holds '%1' as the value of %2 for run %3, not a number")
                             .arg(query.value(2).toString().left(40), query.value(1).toString(),
                                  query.value(0).toString()));
                    break;
                }
                point.value = query.value(5).toInt() ? std::nan("") : query.value(2).toDouble();
                point.wallTime = double(query.value(3).toLongLong()) / 1000.0;
                point.step = query.value(4).toLongLong();
                runs[found->second].metrics[query.value(1).toString()].push_back(point);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (failed)
        return failure;
    return runs;
}

/// Writes `run` into the workspace; the run made, or an error (then nothing of it is kept).
Result<MlflowRunImport> writeRun(const Workspace& workspace, const SourceRun& run, const QString& sourcePath)
{
    MlflowRunImport result;
    result.mlflowRunId = run.id;
    result.experiment = run.experiment;
    InteropStore interop(workspace);
    RunStore runs(workspace);
    const QString experiment = names::labelFrom(run.experiment, QStringLiteral("mlflow"));
    result.experiment = experiment;
    if (auto ensured = interop.ensureExperiment(experiment); !ensured)
        return ensured.error();
    NewRun spec;
    spec.experiment = experiment;
    spec.name =
        names::labelFrom(run.name.isEmpty() ? run.tags.value(QStringLiteral("mlflow.runName")) : run.name, QString());
    spec.device = QStringLiteral("unknown");
    spec.tags = {QStringLiteral("source=mlflow")};
    QMap<QString, QString> keyTags;
    for (auto it = run.tags.constBegin(); it != run.tags.constEnd(); ++it) {
        if (it.key() == QLatin1String("mlflow.runName") || it.key() == QLatin1String("mlflow.parentRunId")
            || it.key() == QLatin1String("mlflow.note.content"))
            continue;
        const QString tag = mlflow::crucibleTag(it.key(), it.value());
        if (tag.isEmpty())
            keyTags.insert(it.key(), it.value());
        else
            spec.tags.append(tag);
    }
    if (!run.userId.isEmpty() && !keyTags.contains(QStringLiteral("mlflow.user")))
        keyTags.insert(QStringLiteral("mlflow.user"), run.userId);
    keyTags.insert(QStringLiteral("crucible.source"), QStringLiteral("mlflow:") + sourcePath);
    keyTags.insert(QStringLiteral("crucible.mlflow_run_id"), run.id);
    auto created = runs.createRun(spec);
    if (!created)
        return created.error();
    const QString runId = created.value();
    result.runId = runId;
    result.name = spec.name.isEmpty() ? QStringLiteral("run-") + runId.left(6) : spec.name;
    auto discard = [&](const Error& error) -> Error {
        if (const Status discarded = runs.discardCarried(runId); !discarded)
            return discarded.error();
        return error;
    };
    if (!run.params.isEmpty()) {
        QMap<QString, QJsonValue> params;
        for (auto it = run.params.constBegin(); it != run.params.constEnd(); ++it)
            params.insert(it.key(), it.value());
        if (Status logged = runs.logParams(runId, params); !logged)
            return discard(logged.error());
        result.params = int(params.size());
    }
    for (auto it = keyTags.constBegin(); it != keyTags.constEnd(); ++it) {
        if (Status kept = interop.setKeyTag(runId, it.key(), it.value()); !kept)
            return discard(kept.error());
    }
    result.tags = int(run.tags.size());
    if (!run.metrics.empty()) {
        MetricWriter::Options options;
        options.flushIntervalMs = 5000;
        auto writer = MetricWriter::open(workspace, runId, options);
        if (!writer)
            return discard(writer.error());
        for (const auto& [key, points] : run.metrics) {
            for (const MetricPoint& point : points)
                writer.value()->log(key, point);
            result.points += qint64(points.size());
        }
        if (Status closed = writer.value()->close(); !closed)
            return discard(closed.error());
    }
    // Artifacts: regular files only, each path checked, copied into the run's folder.
    if (!run.artifactFolder.isEmpty()) {
        const QString target = QDir(runs.runFolder(runId)).filePath(QStringLiteral("artifacts"));
        for (const QString& relative : filesUnder(run.artifactFolder)) {
            const auto parts = names::relativePathParts(relative);
            if (!parts)
                continue;
            const QString to = QDir(target).filePath(relative);
            QDir().mkpath(QFileInfo(to).absolutePath());
            QFile::remove(to);
            if (!QFile::copy(QDir(run.artifactFolder).filePath(relative), to))
                return discard(Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot copy the artifact"),
                                      QDir(run.artifactFolder).filePath(relative)});
            auto recorded = runs.addArtifact(runId, QStringLiteral("artifacts/") + relative, QStringLiteral("mlflow"));
            if (!recorded)
                return discard(recorded.error());
            ++result.artifacts;
        }
    }
    result.artifactsLeftOut = run.artifactsOutside;
    RunRecord record;
    const QString key = mlflow::statusKey(run.status);
    record.status = key == QLatin1String("finished") ? RunStatus::Finished
        : key == QLatin1String("stopped")            ? RunStatus::Stopped
        : key == QLatin1String("failed")             ? RunStatus::Failed
                                                     : RunStatus::Interrupted;
    if (record.status == RunStatus::Interrupted)
        record.error = CRUCIBLE_MESSAGE("MLflow recorded the run as %1 when it was imported").arg(run.status);
    if (run.startMs > 0) {
        record.createdAt = QDateTime::fromMSecsSinceEpoch(run.startMs, Qt::UTC);
        record.startedAt = record.createdAt;
    }
    if (run.endMs > 0)
        record.endedAt = QDateTime::fromMSecsSinceEpoch(run.endMs, Qt::UTC);
    record.notes = run.tags.value(QStringLiteral("mlflow.note.content"));
    if (Status recorded = runs.recordImported(runId, record); !recorded)
        return discard(recorded.error());
    if (run.deleted) {
        if (Status trashed = runs.moveToTrash(runId); !trashed)
            return discard(trashed.error());
    }
    if (Status ledger = interop.recordImport(kSource, run.id, runId); !ledger)
        return discard(ledger.error());
    return result;
}

/// Writes `text` into `path` (its folder made), replacing what was there.
Status writeFile(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot create the folder"), QFileInfo(path).absolutePath()};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write: %1").arg(file.errorString()), path};
    return Ok {};
}

/// A YAML scalar in single quotes (MLflow's meta.yaml reads it back exactly).
QByteArray yamlText(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "'" + escaped.toUtf8() + "'";
}

QByteArray yamlMs(const QDateTime& time)
{
    return time.isValid() ? QByteArray::number(time.toMSecsSinceEpoch()) : QByteArray("null");
}

} // namespace

Result<std::vector<MlflowRunImport>> importMlflow(const Workspace& workspace, const QString& path,
                                                  const ProgressCallback& progress)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no such file or folder"), path};
    const QString absolute = info.absoluteFilePath();
    InteropStore interop(workspace);
    std::vector<MlflowRunImport> results;
    std::vector<std::pair<QString, QString>> parents; // (run id here, MLflow parent id)

    auto take = [&](const SourceRun& run) -> Status {
        auto earlier = interop.importedRun(kSource, run.id);
        if (!earlier)
            return earlier.error();
        if (!earlier->isEmpty()) {
            MlflowRunImport unchanged;
            unchanged.mlflowRunId = run.id;
            unchanged.experiment = run.experiment;
            unchanged.name = run.name;
            unchanged.runId = earlier.value();
            unchanged.unchanged = true;
            results.push_back(unchanged);
            return Ok {};
        }
        auto written = writeRun(workspace, run, absolute);
        if (!written)
            return written.error();
        if (run.tags.contains(QStringLiteral("mlflow.parentRunId")))
            parents.emplace_back(written->runId, run.tags.value(QStringLiteral("mlflow.parentRunId")));
        results.push_back(written.value());
        return Ok {};
    };

    if (info.isDir()) {
        QMap<QString, QString> experimentOf;
        auto folders = fileRunFolders(absolute, &experimentOf);
        if (!folders)
            return folders.error();
        if (folders->empty())
            return formatError(
                CRUCIBLE_MESSAGE("holds no MLflow runs (an mlruns folder has EXPERIMENT_ID/RUN_ID/meta.yaml)"), path);
        for (std::size_t i = 0; i < folders->size(); ++i) {
            auto run = readFileRun(folders->at(i), experimentOf.value(folders->at(i)));
            if (!run)
                return run.error();
            if (Status taken = take(run.value()); !taken)
                return taken.error();
            if (progress && !progress(double(i + 1) / double(folders->size()), run->name))
                return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the import was cancelled"), path};
        }
    } else {
        auto runs = readDatabase(absolute);
        if (!runs)
            return runs.error();
        if (runs->empty())
            return formatError(CRUCIBLE_MESSAGE("the MLflow database holds no runs"), path);
        for (std::size_t i = 0; i < runs->size(); ++i) {
            if (Status taken = take(runs->at(i)); !taken)
                return taken.error();
            if (progress && !progress(double(i + 1) / double(runs->size()), runs->at(i).name))
                return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the import was cancelled"), path};
        }
    }
    // Nested runs go under their parents once every run is in (a child may come first).
    for (const auto& [runId, mlflowParent] : parents) {
        auto parent = interop.importedRun(kSource, mlflowParent);
        if (!parent)
            return parent.error();
        if (!parent->isEmpty()) {
            if (Status filed = interop.setParent(runId, parent.value()); !filed)
                return filed.error();
        } else if (Status kept = interop.setKeyTag(runId, QStringLiteral("mlflow.parentRunId"), mlflowParent); !kept) {
            return kept.error();
        }
    }
    return results;
}

Result<MlflowExport> exportMlflow(const Workspace& workspace, const QStringList& runIds, const QString& folder)
{
    MlflowExport result;
    const QString root = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("is a file; mlruns is a folder"), folder};
    if (QFileInfo(QDir(root).filePath(QStringLiteral("crucible.db"))).exists())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("is a Crucible workspace; choose another folder"),
                      folder};
    RunCatalog catalog(workspace);
    InteropStore interop(workspace);
    MetricReader reader(workspace);
    RunStore store(workspace);
    auto experiments = interop.experiments();
    if (!experiments)
        return experiments.error();
    QMap<QString, ExperimentRecord> experimentByName;
    for (const ExperimentRecord& experiment : experiments.value())
        experimentByName.insert(experiment.name, experiment);
    QSet<QString> written;
    for (const QString& runId : runIds) {
        auto run = catalog.run(runId);
        if (!run)
            return run.error();
        const ExperimentRecord experiment = experimentByName.value(run->experiment);
        const QString experimentId =
            experiment.name == QLatin1String("Default") ? QStringLiteral("0") : QString::number(experiment.id);
        const QString experimentFolder = QDir(root).filePath(experimentId);
        if (!written.contains(experimentId)) {
            const QByteArray meta = "artifact_location: " + yamlText(QUrl::fromLocalFile(experimentFolder).toString())
                + "\n" + "creation_time: " + yamlMs(experiment.createdAt) + "\n" + "experiment_id: "
                + yamlText(experimentId) + "\n" + "last_update_time: " + yamlMs(experiment.createdAt) + "\n"
                + "lifecycle_stage: " + (experiment.isDeleted() ? "deleted" : "active") + "\n"
                + "name: " + yamlText(experiment.name) + "\n";
            if (Status done = writeFile(QDir(experimentFolder).filePath(QStringLiteral("meta.yaml")), meta); !done)
                return done.error();
            written.insert(experimentId);
            ++result.experiments;
        }
        const QString runFolder = QDir(experimentFolder).filePath(run->id);
        // A run exported before is replaced whole (its old metric files could hold more points).
        QDir(runFolder).removeRecursively();
        const QString status = mlflow::statusName(runStatusKey(run->status));
        const QByteArray meta = "artifact_uri: "
            + yamlText(QUrl::fromLocalFile(QDir(runFolder).filePath(QStringLiteral("artifacts"))).toString()) + "\n"
            + "end_time: " + yamlMs(run->endedAt) + "\n" + "entry_point_name: ''\n" + "experiment_id: "
            + yamlText(experimentId) + "\n" + "lifecycle_stage: " + (run->isDeleted() ? "deleted" : "active") + "\n"
            + "run_id: " + run->id.toUtf8() + "\n" + "run_name: " + yamlText(run->name) + "\n"
            + "run_uuid: " + run->id.toUtf8() + "\n" + "source_name: ''\n" + "source_type: 4\n" + "source_version: ''\n"
            + "start_time: " + yamlMs(run->startedAt.isValid() ? run->startedAt : run->createdAt) + "\n"
            + "status: " + QByteArray::number(numberFromStatus(status)) + "\n" + "tags: []\n" + "user_id: ''\n";
        if (Status done = writeFile(QDir(runFolder).filePath(QStringLiteral("meta.yaml")), meta); !done)
            return done.error();
        for (auto it = run->params.constBegin(); it != run->params.constEnd(); ++it) {
            if (!names::relativePathParts(it.key())) {
                result.skippedKeys.append(QStringLiteral("params.") + it.key());
                continue;
            }
            if (Status done = writeFile(QDir(runFolder).filePath(QStringLiteral("params/") + it.key()),
                                        mlflow::paramText(it.value()).toUtf8());
                !done)
                return done.error();
        }
        auto keyTags = interop.keyTags(run->id);
        if (!keyTags)
            return keyTags.error();
        const QMap<QString, QString> tags =
            mlflow::mlflowTags(run->name, run->parentRunId, run->notes, run->tags, keyTags.value());
        for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
            if (!names::relativePathParts(it.key())) {
                result.skippedKeys.append(QStringLiteral("tags.") + it.key());
                continue;
            }
            if (Status done =
                    writeFile(QDir(runFolder).filePath(QStringLiteral("tags/") + it.key()), it.value().toUtf8());
                !done)
                return done.error();
        }
        auto keys = reader.keys(run->id);
        if (!keys)
            return keys.error();
        for (const QString& key : keys.value()) {
            if (!names::relativePathParts(key)) {
                result.skippedKeys.append(QStringLiteral("metrics.") + key);
                continue;
            }
            auto points = reader.points(run->id, key);
            if (!points)
                return points.error();
            QByteArray lines;
            lines.reserve(qsizetype(points->size()) * 32);
            for (const MetricPoint& point : points.value()) {
                lines += QByteArray::number(std::llround(point.wallTime * 1000.0)) + ' ';
                lines += std::isnan(point.value) ? QByteArray("nan")
                    : std::isinf(point.value)    ? QByteArray(point.value > 0 ? "inf" : "-inf")
                                                 : QByteArray::number(point.value, 'g', QLocale::FloatingPointShortest);
                lines += ' ' + QByteArray::number(point.step) + '\n';
            }
            result.points += qint64(points->size());
            if (Status done = writeFile(QDir(runFolder).filePath(QStringLiteral("metrics/") + key), lines); !done)
                return done.error();
        }
        // MLflow's file store finds a run only by these folders, empty or not.
        for (const char* sub : {"artifacts", "metrics", "params", "tags"})
            QDir().mkpath(QDir(runFolder).filePath(QLatin1String(sub)));
        for (const ArtifactRecord& artifact : run->artifacts) {
            const QString from = QDir(store.runFolder(run->id)).filePath(artifact.path);
            QString relative = artifact.path;
            if (relative.startsWith(QLatin1String("artifacts/")))
                relative = relative.mid(10);
            if (!names::relativePathParts(relative) || !QFileInfo(from).isFile() || QFileInfo(from).isSymLink())
                continue;
            const QString to = QDir(runFolder).filePath(QStringLiteral("artifacts/") + relative);
            QDir().mkpath(QFileInfo(to).absolutePath());
            if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0
                && !QFile::copy(from, to))
                return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot copy the artifact"), from};
            ++result.artifacts;
        }
        ++result.runs;
    }
    return result;
}

} // namespace crucible
