#include "RunStore.h"

#include "engine/core/Message.h"
#include "engine/core/Sha256.h"

#include "engine/core/Environment.h"
#include "engine/core/Names.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

namespace crucible {

namespace {

/// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, so bind "" instead.
QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QString jsonText(const QJsonValue& value)
{
    // A scalar as JSON: wrap it in an array, then strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void flattenInto(const QJsonObject& object, const QString& prefix, QMap<QString, QJsonValue>& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flattenInto(it.value().toObject(), key, out);
        else if (it.value().isArray())
            out.insert(key, QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact)));
        else
            out.insert(key, it.value());
    }
}

QStringList cleanTags(const QStringList& tags)
{
    QStringList result;
    for (const QString& tag : tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result << trimmed;
    }
    return result;
}

/// `relativePath` cleaned, or an error when it is absolute or leaves the run's folder.
Result<QString> cleanArtifactPath(const QString& relativePath)
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(relativePath));
    if (clean.isEmpty() || QDir::isAbsolutePath(clean) || clean == QLatin1String("..")
        || clean.startsWith(QLatin1String("../")))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("an artifact path must be relative to the run's folder and stay inside it"),
                      relativePath};
    return clean;
}

Status insertParams(QSqlDatabase db, const QString& runId, const QMap<QString, QJsonValue>& params)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO run_params (run_id, key, value_json) VALUES (?, ?, ?)"
                                 " ON CONFLICT (run_id, key) DO UPDATE SET value_json = excluded.value_json"));
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        query.bindValue(0, runId);
        query.bindValue(1, it.key());
        query.bindValue(2, jsonText(it.value()));
        if (!query.exec())
            return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("saving param '%1'").arg(it.key()));
    }
    return Ok {};
}

Status insertTags(QSqlDatabase db, const QString& runId, const QStringList& tags)
{
    // A tag is a label like a run's name: nothing that rewrites a terminal or hides text (a
    // package carrying it to another workspace checks the same rule).
    for (const QString& tag : cleanTags(tags)) {
        if (Status valid = names::check(tag, QStringLiteral("a tag"), names::Use::Label); !valid)
            return valid;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO run_tags (run_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString& tag : cleanTags(tags)) {
        query.bindValue(0, runId);
        query.bindValue(1, tag);
        if (!query.exec())
            return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("saving tag '%1'").arg(tag));
    }
    return Ok {};
}

} // namespace

RunStore::RunStore(const Workspace& workspace) : m_workspace(workspace)
{ }

QString RunStore::newRunId()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xffffffffffffULL;
    const quint32 random = QRandomGenerator::global()->bounded(0x10000u);
    return QStringLiteral("%1%2").arg(ms, 12, 16, QLatin1Char('0')).arg(random, 4, 16, QLatin1Char('0'));
}

QMap<QString, QJsonValue> RunStore::flattenConfig(const QJsonObject& config)
{
    QMap<QString, QJsonValue> params;
    flattenInto(config, QString(), params);
    return params;
}

QString RunStore::configHash(const QJsonObject& config)
{
    return QString::fromLatin1(Sha256::hash(QJsonDocument(config).toJson(QJsonDocument::Compact)).toHex());
}

Result<QString> RunStore::createRun(const NewRun& spec)
{
    QSqlDatabase db = m_workspace.database();
    const QString experiment =
        spec.experiment.trimmed().isEmpty() ? QStringLiteral("Default") : spec.experiment.trimmed();
    if (Status valid = names::check(experiment, CRUCIBLE_MESSAGE("an experiment name"), names::Use::Label); !valid)
        return valid.error();
    if (!spec.name.trimmed().isEmpty()) {
        if (Status valid = names::check(spec.name.trimmed(), CRUCIBLE_MESSAGE("a run name"), names::Use::Label); !valid)
            return valid.error();
    }
    Transaction transaction(db);
    if (const Status begun = transaction.begin(experiment); !begun)
        return begun.error();

    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO experiments (name, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    query.addBindValue(experiment);
    query.addBindValue(storedNow());
    if (!query.exec())
        return sqlError(query.lastError(), experiment, CRUCIBLE_MESSAGE("creating the experiment"));
    query.prepare(QStringLiteral("SELECT id FROM experiments WHERE name = ?"));
    query.addBindValue(experiment);
    if (!query.exec() || !query.next())
        return sqlError(query.lastError(), experiment, CRUCIBLE_MESSAGE("looking up the experiment"));
    const qint64 experimentId = query.value(0).toLongLong();
    query.finish();

    // The write lock is ours (BEGIN IMMEDIATE), so an id found free here stays free until we insert it.
    QString id;
    if (!spec.id.isEmpty()) {
        static const QRegularExpression form(QStringLiteral("^[0-9a-f]{16}$"));
        if (!form.match(spec.id).hasMatch())
            return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("a run id is 16 lowercase hex digits"), spec.id};
        query.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = ?"));
        query.addBindValue(spec.id);
        if (!query.exec())
            return sqlError(query.lastError(), spec.id, CRUCIBLE_MESSAGE("looking up the run id"));
        if (query.next())
            return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("a run with this id is in the workspace already"),
                          spec.id};
        query.finish();
        id = spec.id;
    }
    for (int attempt = 0; attempt < 8 && id.isEmpty(); ++attempt) {
        const QString candidate = newRunId();
        query.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = ?"));
        query.addBindValue(candidate);
        if (!query.exec())
            return sqlError(query.lastError(), experiment, CRUCIBLE_MESSAGE("drawing a run id"));
        if (!query.next())
            id = candidate;
        query.finish();
    }
    if (id.isEmpty())
        return Error {ErrorCode::Internal, CRUCIBLE_MESSAGE("could not draw a unique run id"), experiment};
    query.prepare(
        QStringLiteral("INSERT INTO runs (id, experiment_id, name, status, created_at, dataset_id, config_json,"
                       " config_hash, seed, device, parent_run_id, dataset_name, dataset_hash)"
                       " VALUES (?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values {
        id,
        experimentId,
        spec.name.trimmed().isEmpty() ? QStringLiteral("run-") + id.right(6) : spec.name.trimmed(),
        storedNow(),
        spec.datasetId ? QVariant(*spec.datasetId) : QVariant(),
        QString::fromUtf8(QJsonDocument(spec.config).toJson(QJsonDocument::Compact)),
        configHash(spec.config),
        spec.seed ? QVariant(*spec.seed) : QVariant(),
        spec.device,
        spec.parentRunId.isEmpty() ? QVariant() : QVariant(spec.parentRunId),
        spec.datasetName,
        spec.datasetHash,
    };
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return sqlError(query.lastError(), experiment, CRUCIBLE_MESSAGE("creating the run"));
    if (const Status saved = insertParams(db, id, flattenConfig(spec.config)); !saved)
        return saved.error();
    if (const Status saved = insertTags(db, id, spec.tags); !saved)
        return saved.error();
    if (const Status committed = transaction.commit(id); !committed)
        return committed.error();
    m_workspace.announce(Workspace::Change::RunAdded, id);
    return id;
}

Status RunStore::announce(const Status& status, const QString& runId) const
{
    if (status)
        m_workspace.announce(Workspace::Change::RunChanged, runId);
    return status;
}

Status RunStore::transition(const QString& runId, RunStatus to, const QStringList& from, const QString& error)
{
    QSqlDatabase db = m_workspace.database();
    QSqlQuery query(db);
    const bool ends = isTerminal(to);
    QString statement = QStringLiteral("UPDATE runs SET status = ?");
    QVariantList values {runStatusKey(to)};
    if (to == RunStatus::Running) {
        statement +=
            QStringLiteral(", started_at = COALESCE(started_at, ?), owner_host = ?, owner_pid = ?, heartbeat_at = ?");
        values << storedNow() << QSysInfo::machineHostName() << QCoreApplication::applicationPid() << storedNow();
    }
    if (ends) {
        statement += QStringLiteral(", ended_at = ?, error = ?");
        values << storedNow() << error;
    }
    statement += QStringLiteral(" WHERE id = ? AND status IN ('%1')").arg(from.join(QStringLiteral("', '")));
    values << runId;
    if (from.contains(QLatin1String("interrupted"))) { // only the owner ends an interrupted run
        statement += QStringLiteral(" AND (status <> 'interrupted' OR (owner_host = ? AND owner_pid = ?))");
        values << QSysInfo::machineHostName() << QCoreApplication::applicationPid();
    }
    query.prepare(statement);
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("changing the run's status"));
    if (query.numRowsAffected() == 1)
        return announce(Ok {}, runId);

    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT status FROM runs WHERE id = ?"));
    current.addBindValue(runId);
    if (!current.exec())
        return sqlError(current.lastError(), runId, CRUCIBLE_MESSAGE("reading the run's status"));
    if (!current.next())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("there is no such run in this workspace"), runId};
    return Error {ErrorCode::InvalidInput,
                  CRUCIBLE_MESSAGE("a %1 run cannot become %2 (only a %3 one can)")
                      .arg(current.value(0).toString(), runStatusKey(to), from.join(QStringLiteral(" or "))),
                  runId};
}

Status RunStore::start(const QString& runId, const Environment& environment)
{
    const Status started = transition(runId, RunStatus::Running, {QStringLiteral("queued")});
    if (!started)
        return started;
    return execute(runId, CRUCIBLE_MESSAGE("recording the environment"),
                   QStringLiteral("UPDATE runs SET environment_json = ?,"
                                  " device = CASE WHEN device = '' THEN ? ELSE device END WHERE id = ?"),
                   {QString::fromUtf8(QJsonDocument(environment.toJson()).toJson(QJsonDocument::Compact)),
                    environment.isCudaAvailable ? QStringLiteral("cuda:0") : QStringLiteral("cpu"), runId});
}

Status RunStore::recordImported(const QString& runId, const RunRecord& record)
{
    if (!isTerminal(record.status))
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("only a run that ended can be carried over"), runId};
    auto iso = [](const QDateTime& time) {
        return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
    };
    return announce(
        execute(runId, CRUCIBLE_MESSAGE("recording the carried run"),
                QStringLiteral("UPDATE runs SET status = ?, created_at = COALESCE(?, created_at), started_at = ?,"
                               " ended_at = ?, environment_json = ?, error = ?, notes = ? WHERE id = ? AND status = "
                               "'queued'"),
                {runStatusKey(record.status), iso(record.createdAt), iso(record.startedAt), iso(record.endedAt),
                 QString::fromUtf8(QJsonDocument(record.environment).toJson(QJsonDocument::Compact)), record.error,
                 record.notes, runId}),
        runId);
}

Status RunStore::pause(const QString& runId)
{
    return transition(runId, RunStatus::Paused, {QStringLiteral("running")});
}

Status RunStore::resume(const QString& runId)
{
    return transition(runId, RunStatus::Running, {QStringLiteral("paused")});
}

// A run's own final status wins: a run that another process took for dead ("interrupted") can
// still be finished, failed or stopped by the process that owns it.
Status RunStore::finish(const QString& runId)
{
    return transition(runId, RunStatus::Finished,
                      {QStringLiteral("running"), QStringLiteral("paused"), QStringLiteral("interrupted")});
}

Status RunStore::fail(const QString& runId, const QString& error)
{
    return transition(
        runId, RunStatus::Failed,
        {QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("paused"), QStringLiteral("interrupted")},
        error);
}

Status RunStore::stop(const QString& runId)
{
    return transition(
        runId, RunStatus::Stopped,
        {QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("paused"), QStringLiteral("interrupted")});
}

Status RunStore::heartbeat(const QString& runId, bool isPaused)
{
    // Renews the lease of a run this process owns; one taken for dead meanwhile comes back.
    return execute(runId, CRUCIBLE_MESSAGE("renewing the run's lease"),
                   QStringLiteral("UPDATE runs SET heartbeat_at = ?,"
                                  " status = CASE WHEN status = 'interrupted' THEN ? ELSE status END,"
                                  " ended_at = CASE WHEN status = 'interrupted' THEN NULL ELSE ended_at END,"
                                  " error = CASE WHEN status = 'interrupted' THEN '' ELSE error END"
                                  " WHERE id = ? AND owner_host = ? AND owner_pid = ?"
                                  " AND status IN ('running', 'paused', 'interrupted')"),
                   {storedNow(), isPaused ? QStringLiteral("paused") : QStringLiteral("running"), runId,
                    QSysInfo::machineHostName(), QCoreApplication::applicationPid()});
}

Status RunStore::reopen(const QString& runId)
{
    return announce(
        execute(runId, CRUCIBLE_MESSAGE("taking the run over"),
                QStringLiteral("UPDATE runs SET status = 'running', ended_at = NULL, error = '',"
                               " started_at = COALESCE(started_at, ?), owner_host = ?, owner_pid = ?,"
                               " heartbeat_at = ? WHERE id = ?"
                               " AND status IN ('stopped', 'interrupted', 'finished', 'failed')"),
                {storedNow(), QSysInfo::machineHostName(), QCoreApplication::applicationPid(), storedNow(), runId}),
        runId);
}

Status RunStore::execute(const QString& runId, const QString& doing, const QString& statement,
                         const QVariantList& values)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(statement);
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return sqlError(query.lastError(), runId, doing);
    return Ok {};
}

Status RunStore::requireRun(const QString& runId) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("looking up the run"));
    if (!query.next())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("there is no such run in this workspace"), runId};
    return Ok {};
}

Status RunStore::logParams(const QString& runId, const QMap<QString, QJsonValue>& params)
{
    if (const Status found = requireRun(runId); !found)
        return found;
    Transaction transaction(m_workspace.database());
    if (const Status begun = transaction.begin(runId); !begun)
        return begun;
    if (const Status saved = insertParams(m_workspace.database(), runId, params); !saved)
        return saved;
    return announce(transaction.commit(runId), runId);
}

Status RunStore::rename(const QString& runId, const QString& name)
{
    if (Status valid = names::check(name.trimmed(), CRUCIBLE_MESSAGE("a run name"), names::Use::Label); !valid)
        return valid;
    if (const Status found = requireRun(runId); !found)
        return found;
    return announce(execute(runId, CRUCIBLE_MESSAGE("renaming the run"),
                            QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"), {name.trimmed(), runId}),
                    runId);
}

Status RunStore::setNotes(const QString& runId, const QString& notes)
{
    if (const Status found = requireRun(runId); !found)
        return found;
    return announce(execute(runId, CRUCIBLE_MESSAGE("saving the notes"),
                            QStringLiteral("UPDATE runs SET notes = ? WHERE id = ?"), {notes, runId}),
                    runId);
}

Status RunStore::addTags(const QString& runId, const QStringList& tags)
{
    if (const Status found = requireRun(runId); !found)
        return found;
    return announce(insertTags(m_workspace.database(), runId, tags), runId);
}

Status RunStore::removeTags(const QString& runId, const QStringList& tags)
{
    if (const Status found = requireRun(runId); !found)
        return found;
    for (const QString& tag : cleanTags(tags)) {
        const Status removed =
            execute(runId, CRUCIBLE_MESSAGE("removing tag '%1'").arg(tag),
                    QStringLiteral("DELETE FROM run_tags WHERE run_id = ? AND tag = ?"), {runId, tag});
        if (!removed)
            return removed;
    }
    return announce(Ok {}, runId);
}

Status RunStore::setTags(const QString& runId, const QStringList& tags)
{
    if (const Status found = requireRun(runId); !found)
        return found;
    Transaction transaction(m_workspace.database());
    if (const Status begun = transaction.begin(runId); !begun)
        return begun;
    const Status cleared = execute(runId, CRUCIBLE_MESSAGE("replacing the tags"),
                                   QStringLiteral("DELETE FROM run_tags WHERE run_id = ?"), {runId});
    if (!cleared)
        return cleared;
    if (const Status saved = insertTags(m_workspace.database(), runId, tags); !saved)
        return saved;
    return announce(transaction.commit(runId), runId);
}

Status RunStore::moveToTrash(const QString& runId)
{
    if (const Status found = requireRun(runId); !found)
        return found;
    return announce(execute(runId, CRUCIBLE_MESSAGE("moving the run to the trash"),
                            QStringLiteral("UPDATE runs SET deleted_at = COALESCE(deleted_at, ?) WHERE id = ?"),
                            {storedNow(), runId}),
                    runId);
}

Status RunStore::restore(const QString& runId)
{
    if (const Status found = requireRun(runId); !found)
        return found;
    return announce(execute(runId, CRUCIBLE_MESSAGE("restoring the run"),
                            QStringLiteral("UPDATE runs SET deleted_at = NULL WHERE id = ?"), {runId}),
                    runId);
}

Status RunStore::discardCarried(const QString& runId)
{
    QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (const Status begun = transaction.begin(runId); !begun)
        return begun;
    QSqlQuery query(db);
    for (const char* statement :
         {"UPDATE runs SET parent_run_id = NULL WHERE parent_run_id = ?", "DELETE FROM runs WHERE id = ?"}) {
        query.prepare(QString::fromLatin1(statement));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("removing the half-carried run"));
    }
    if (const Status committed = transaction.commit(runId); !committed)
        return committed;
    if (names::staysInside(runId))
        QDir(QDir(m_workspace.runsFolder()).filePath(runId)).removeRecursively();
    m_workspace.announce(Workspace::Change::RunChanged, runId);
    return Ok {};
}

Result<int> RunStore::emptyTrash()
{
    QSqlDatabase db = m_workspace.database();
    const QString where = m_workspace.databasePath();
    Transaction transaction(db);
    if (const Status begun = transaction.begin(where); !begun)
        return begun.error();
    QSqlQuery query(db);
    // A run still running or paused stays in the trash until it ends: its process is still
    // writing its metrics and files (MLflow lets a client delete an active run). A process that
    // died leaves it "interrupted" when the workspace is next opened.
    if (!query.exec(
            QStringLiteral("SELECT id FROM runs WHERE deleted_at IS NOT NULL AND status NOT IN ('running', 'paused')")))
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("listing the trash"));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    query.finish();
    for (const char* statement :
         {"UPDATE runs SET parent_run_id = NULL WHERE parent_run_id IN (SELECT id FROM runs WHERE deleted_at IS NOT "
          "NULL AND status NOT IN ('running', 'paused'))",
          "DELETE FROM runs WHERE deleted_at IS NOT NULL AND status NOT IN ('running', 'paused')"}) {
        if (!query.exec(QString::fromLatin1(statement)))
            return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("emptying the trash"));
    }
    if (const Status committed = transaction.commit(where); !committed)
        return committed.error();
    for (const QString& id : std::as_const(ids)) {
        if (names::staysInside(id)) // (an id from a hostile database never names a folder outside runs/)
            QDir(QDir(m_workspace.runsFolder()).filePath(id)).removeRecursively();
        m_workspace.announce(Workspace::Change::RunChanged, id);
    }
    return int(ids.size());
}

QString RunStore::runFolder(const QString& runId) const
{
    // Run ids are drawn here (hex digits); one from elsewhere (a hostile database) must not lead
    // out of the runs folder, so it gets a folder that cannot exist instead.
    if (!names::staysInside(runId))
        return QDir(m_workspace.runsFolder()).filePath(QStringLiteral("invalid-run-id")); // not created
    const QString folder = QDir(m_workspace.runsFolder()).filePath(runId);
    QDir().mkpath(folder);
    return folder;
}

Result<ArtifactRecord> RunStore::addArtifact(const QString& runId, const QString& relativePath, const QString& kind)
{
    const auto cleaned = cleanArtifactPath(relativePath);
    if (!cleaned)
        return cleaned.error();
    const QString& clean = cleaned.value();
    if (const Status found = requireRun(runId); !found)
        return found.error();
    const QString path = QDir(runFolder(runId)).filePath(clean);
    const QFileInfo file(path);
    if (!file.isFile())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("there is no such artifact file"), path};
    auto sha = sha256OfFile(path); // a read error is refused, never recorded as a digest
    if (!sha)
        return sha.error();
    ArtifactRecord record {clean, kind, file.size(), sha.value(), QDateTime::currentDateTimeUtc()};
    const Status saved = execute(
        runId, CRUCIBLE_MESSAGE("recording artifact '%1'").arg(clean),
        QStringLiteral("INSERT INTO run_artifacts (run_id, path, kind, size, sha256, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, path) DO UPDATE SET kind = excluded.kind,"
                       " size = excluded.size, sha256 = excluded.sha256, created_at = excluded.created_at"),
        {runId, record.path, record.kind, record.size, record.sha256, record.createdAt.toString(Qt::ISODateWithMs)});
    if (!saved)
        return saved.error();
    m_workspace.announce(Workspace::Change::RunChanged, runId);
    return record;
}

Status RunStore::removeArtifact(const QString& runId, const QString& relativePath)
{
    const auto cleaned = cleanArtifactPath(relativePath);
    if (!cleaned)
        return cleaned.error();
    const QString& clean = cleaned.value();
    if (const Status forgotten =
            execute(runId, CRUCIBLE_MESSAGE("forgetting artifact '%1'").arg(clean),
                    QStringLiteral("DELETE FROM run_artifacts WHERE run_id = ? AND path = ?"), {runId, clean});
        !forgotten)
        return forgotten;
    const QString path = QDir(runFolder(runId)).filePath(clean);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot remove the file"), path};
    return announce(Ok {}, runId);
}

} // namespace crucible
