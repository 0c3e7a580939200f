#pragma once

#include "engine/core/Error.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace crucible {

class Workspace;

/// An experiment as the store keeps it. Thread: value type.
struct ExperimentRecord {
    qint64 id = 0;
    QString name;
    QString description;
    QDateTime createdAt;
    QDateTime deletedAt; ///< valid while deleted (MLflow's lifecycle stage "deleted")

    bool isDeleted() const { return deletedAt.isValid(); }
};

/// What tools other than Crucible need from the workspace: experiments by id with a lifecycle,
/// key-value tags of runs that have no Crucible field (MLflow's system tags), and the ledger of
/// runs imported from elsewhere that keeps imports idempotent.
///
/// Thread: create and use on one thread (it uses that thread's workspace connection).
class InteropStore {
public:
    explicit InteropStore(const Workspace& workspace);

    /// Every experiment, deleted ones included, by id.
    Result<std::vector<ExperimentRecord>> experiments() const;
    /// NotFound (where: the id) when there is none.
    Result<ExperimentRecord> experiment(qint64 id) const;
    /// nullopt when no experiment has that name.
    Result<std::optional<ExperimentRecord>> experimentNamed(const QString& name) const;
    /// A new experiment; InvalidInput when the name is not a valid label or is taken (deleted
    /// experiments keep their names, as in MLflow).
    Result<ExperimentRecord> createExperiment(const QString& name);
    /// The experiment with that name, created when missing.
    Result<ExperimentRecord> ensureExperiment(const QString& name);
    Status renameExperiment(qint64 id, const QString& name);
    /// Marks the experiment deleted (its runs stay where they are) or restores it.
    Status setExperimentDeleted(qint64 id, bool deleted);

    /// The run's key-value tags (empty for a run without any).
    Result<QMap<QString, QString>> keyTags(const QString& runId) const;
    Status setKeyTag(const QString& runId, const QString& key, const QString& value);
    /// Removing a tag that is not there is fine.
    Status removeKeyTag(const QString& runId, const QString& key);

    /// Sets when run `runId` started and ended, as another tool recorded it (invalid: unchanged).
    Status setRunTimes(const QString& runId, const QDateTime& started, const QDateTime& ended);

    /// Files run `runId` under `parentRunId` (empty: no parent), as MLflow's nested runs are.
    Status setParent(const QString& runId, const QString& parentRunId);

    /// The run imported earlier from `source` ("tensorboard", "mlflow") under `sourceKey` (a path
    /// and a run), or an empty text when none was.
    Result<QString> importedRun(const QString& source, const QString& sourceKey) const;
    Status recordImport(const QString& source, const QString& sourceKey, const QString& runId);
    /// Forgets an earlier import (its run went to the trash), so that it may be imported again.
    Status forgetImport(const QString& source, const QString& sourceKey);

private:
    const Workspace& m_workspace;
};

} // namespace crucible
