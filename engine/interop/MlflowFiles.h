#pragma once

#include "engine/core/Error.h"
#include "engine/data/Progress.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace crucible {

class Workspace;

/// What importing one MLflow run did. Thread: value type.
struct MlflowRunImport {
    QString mlflowRunId;
    QString experiment;
    QString name;
    QString runId; ///< the Crucible run made now, or the one an earlier import made
    bool unchanged = false; ///< imported before (from this or another copy of the history)
    qint64 points = 0;
    int params = 0;
    int tags = 0;
    int artifacts = 0;
    QString artifactsLeftOut; ///< an artifact folder not copied: it lies outside the database's folder
};

/// Imports MLflow's history: an mlruns folder (MLflow's file store: EXPERIMENT/RUN/meta.yaml,
/// metrics, params, tags, artifacts) or an MLflow SQLite database (sqlite:///mlflow.db), read
/// only. Each MLflow run becomes a run of the experiment with the same name, with its params,
/// tags (user tags as Crucible tags "key=value", MLflow's system tags kept by key), every metric
/// point with its step and time, its status and times, nested runs under their parents, and
/// its artifacts copied into the run's folder (links and special files skipped; from a database,
/// only artifact folders inside the database's own folder, so that a database cannot make Crucible
/// copy other files of the machine); names another tool allows and Crucible does not (control
/// characters, spaces at the ends, very long) are cleaned up; a deleted run
/// goes to the trash. The run records where it came from (tag "source=mlflow" and its MLflow id).
/// Importing the same runs again adds nothing: they are reported unchanged.
///
/// InvalidInput (where: the file and line) for a path that is neither, or a file that breaks
/// MLflow's format; the run being read is then not kept, runs imported before it are.
/// Thread: any (the calling thread's workspace connection).
Result<std::vector<MlflowRunImport>> importMlflow(const Workspace& workspace, const QString& path,
                                                  const ProgressCallback& progress = {});

/// What exporting did. Thread: value type.
struct MlflowExport {
    int runs = 0;
    int experiments = 0;
    qint64 points = 0;
    int artifacts = 0;
    QStringList skippedKeys; ///< metric or param keys MLflow's file store cannot hold as files
};

/// Writes the runs `runIds` as an mlruns folder under `folder` (created when missing; runs there
/// already are replaced): what `mlflow ui --backend-store-uri DIR` and the mlflow client read
/// (MLflow 3 asks for MLFLOW_ALLOW_FILE_STORE=true, or `mlflow migrate-filestore` to move it into
/// a database). Experiments keep their names (Default as id 0); runs keep their ids, params,
/// tags, every metric point, status, times, parents and artifacts (hard links when possible).
/// Thread: any (the calling thread's workspace connection).
Result<MlflowExport> exportMlflow(const Workspace& workspace, const QStringList& runIds, const QString& folder);

} // namespace crucible
