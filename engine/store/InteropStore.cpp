#include "engine/store/InteropStore.h"
#include "engine/core/Message.h"

#include "engine/core/Names.h"
#include "engine/store/RunStore.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QSqlQuery>
#include <QVariant>

namespace crucible {

namespace {

ExperimentRecord experimentAt(const QSqlQuery& query)
{
    ExperimentRecord record;
    record.id = query.value(0).toLongLong();
    record.name = query.value(1).toString();
    record.description = query.value(2).toString();
    record.createdAt = storedTime(query.value(3));
    record.deletedAt = storedTime(query.value(4));
    return record;
}

const QString kExperimentColumns =
    QStringLiteral("SELECT id, name, description, created_at, deleted_at FROM experiments");

} // namespace

InteropStore::InteropStore(const Workspace& workspace) : m_workspace(workspace)
{ }

Result<std::vector<ExperimentRecord>> InteropStore::experiments() const
{
    QSqlQuery query(m_workspace.database());
    if (!query.exec(kExperimentColumns + QStringLiteral(" ORDER BY id")))
        return sqlError(query.lastError(), m_workspace.databasePath(), CRUCIBLE_MESSAGE("listing experiments"));
    std::vector<ExperimentRecord> list;
    while (query.next())
        list.push_back(experimentAt(query));
    return list;
}

Result<ExperimentRecord> InteropStore::experiment(qint64 id) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(kExperimentColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError(), QString::number(id), CRUCIBLE_MESSAGE("looking up the experiment"));
    if (!query.next())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("there is no experiment with this id"),
                      QString::number(id)};
    return experimentAt(query);
}

Result<std::optional<ExperimentRecord>> InteropStore::experimentNamed(const QString& name) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(kExperimentColumns + QStringLiteral(" WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query.lastError(), name, CRUCIBLE_MESSAGE("looking up the experiment"));
    if (!query.next())
        return std::optional<ExperimentRecord> {};
    return std::optional<ExperimentRecord> {experimentAt(query)};
}

Result<ExperimentRecord> InteropStore::createExperiment(const QString& name)
{
    if (Status valid = names::check(name, CRUCIBLE_MESSAGE("an experiment name"), names::Use::Label); !valid)
        return valid.error();
    auto existing = experimentNamed(name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error {ErrorCode::InvalidInput,
                      existing.value()->isDeleted()
                          ? CRUCIBLE_MESSAGE("a deleted experiment has this name; restore it or choose another name")
                          : CRUCIBLE_MESSAGE("an experiment with this name already exists"),
                      name};
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("INSERT INTO experiments (name, created_at) VALUES (?, ?) RETURNING id"));
    query.addBindValue(name);
    query.addBindValue(storedNow());
    if (!query.exec() || !query.next())
        return sqlError(query.lastError(), name, CRUCIBLE_MESSAGE("creating the experiment"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return experiment(id);
}

Result<ExperimentRecord> InteropStore::ensureExperiment(const QString& name)
{
    auto existing = experimentNamed(name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    return createExperiment(name);
}

Status InteropStore::renameExperiment(qint64 id, const QString& name)
{
    if (Status valid = names::check(name, CRUCIBLE_MESSAGE("an experiment name"), names::Use::Label); !valid)
        return valid;
    auto current = experiment(id);
    if (!current)
        return current.error();
    if (current->isDeleted())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("a deleted experiment cannot be renamed; restore it first"), current->name};
    if (current->name == name)
        return Ok {};
    auto taken = experimentNamed(name);
    if (!taken)
        return taken.error();
    if (taken.value())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("an experiment with this name already exists"), name};
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE experiments SET name = ? WHERE id = ?"));
    query.addBindValue(name);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError(), name, CRUCIBLE_MESSAGE("renaming the experiment"));
    return Ok {};
}

Status InteropStore::setExperimentDeleted(qint64 id, bool deleted)
{
    if (auto current = experiment(id); !current)
        return current.error();
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE experiments SET deleted_at = ? WHERE id = ?"));
    query.addBindValue(deleted ? QVariant(storedNow()) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query.lastError(), QString::number(id),
                        deleted ? CRUCIBLE_MESSAGE("deleting the experiment")
                                : CRUCIBLE_MESSAGE("restoring the experiment"));
    return Ok {};
}

Result<QMap<QString, QString>> InteropStore::keyTags(const QString& runId) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT key, value FROM run_key_tags WHERE run_id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("reading the run's tags"));
    QMap<QString, QString> tags;
    while (query.next())
        tags.insert(query.value(0).toString(), query.value(1).toString());
    return tags;
}

Status InteropStore::setKeyTag(const QString& runId, const QString& key, const QString& value)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("INSERT INTO run_key_tags (run_id, key, value) VALUES (?, ?, ?)"
                                 " ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(runId);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("setting the tag %1").arg(key));
    m_workspace.announce(Workspace::Change::RunChanged, runId);
    return Ok {};
}

Status InteropStore::removeKeyTag(const QString& runId, const QString& key)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("DELETE FROM run_key_tags WHERE run_id = ? AND key = ?"));
    query.addBindValue(runId);
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("removing the tag %1").arg(key));
    return Ok {};
}

Status InteropStore::setRunTimes(const QString& runId, const QDateTime& started, const QDateTime& ended)
{
    auto iso = [](const QDateTime& time) {
        return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                              : QVariant(QMetaType(QMetaType::QString));
    };
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("UPDATE runs SET started_at = COALESCE(?, started_at), ended_at = COALESCE(?, ended_at)"
                       " WHERE id = ?"));
    query.addBindValue(iso(started));
    query.addBindValue(iso(ended));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("recording the run's times"));
    m_workspace.announce(Workspace::Change::RunChanged, runId);
    return Ok {};
}

Status InteropStore::setParent(const QString& runId, const QString& parentRunId)
{
    if (parentRunId == runId)
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("a run cannot be its own parent"), runId};
    if (!parentRunId.isEmpty()) {
        if (Status found = RunStore(m_workspace).requireRun(parentRunId); !found)
            return found.error().code == ErrorCode::NotFound
                ? Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("the parent run is not in this workspace"), parentRunId}
                : found.error();
    }
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("UPDATE runs SET parent_run_id = ? WHERE id = ?"));
    query.addBindValue(parentRunId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(parentRunId));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(query.lastError(), runId, CRUCIBLE_MESSAGE("filing the run under its parent"));
    m_workspace.announce(Workspace::Change::RunChanged, runId);
    return Ok {};
}

Result<QString> InteropStore::importedRun(const QString& source, const QString& sourceKey) const
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("SELECT run_id FROM run_sources WHERE source = ? AND source_key = ?"));
    query.addBindValue(source);
    query.addBindValue(sourceKey);
    if (!query.exec())
        return sqlError(query.lastError(), sourceKey, CRUCIBLE_MESSAGE("looking up an earlier import"));
    return query.next() ? query.value(0).toString() : QString();
}

Status InteropStore::recordImport(const QString& source, const QString& sourceKey, const QString& runId)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(
        QStringLiteral("INSERT INTO run_sources (source, source_key, run_id, imported_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(source);
    query.addBindValue(sourceKey);
    query.addBindValue(runId);
    query.addBindValue(storedNow());
    if (!query.exec())
        return sqlError(query.lastError(), sourceKey, CRUCIBLE_MESSAGE("recording the import"));
    return Ok {};
}

Status InteropStore::forgetImport(const QString& source, const QString& sourceKey)
{
    QSqlQuery query(m_workspace.database());
    query.prepare(QStringLiteral("DELETE FROM run_sources WHERE source = ? AND source_key = ?"));
    query.addBindValue(source);
    query.addBindValue(sourceKey);
    if (!query.exec())
        return sqlError(query.lastError(), sourceKey, CRUCIBLE_MESSAGE("forgetting an earlier import"));
    return Ok {};
}

} // namespace crucible
