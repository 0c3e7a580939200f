#pragma once

#include "engine/serve/HttpServer.h"

#include <QJsonObject>
#include <QString>

namespace crucible {

class Workspace;

namespace mlflow {

/// MLflow's model registry endpoints (registered-models/..., model-versions/...) over Crucible's
/// registry in `registryFolder`, for what is a Crucible model bundle:
///
/// - `mlflow.register_model("runs:/RUN/...", NAME)` on a run that Crucible trained registers its
///   model as `crucible-cli models register` does;
/// - a run's artifact that is a bundle file (logged with `mlflow.log_artifact`) is imported as
///   `models import` does.
///
/// Anything else (a model MLflow logged in one of its flavors, a path outside the run) is refused
/// with a message that says what Crucible's registry holds. Models, versions (READY at once,
/// stage None), latest versions, search by name, aliases (set, get, delete) and deleting a
/// version are served. Renaming, stages, model tags and deleting a whole model are refused.
/// `endpoint` is the path after api/2.0/mlflow/. Thread: the calling thread's workspace connection.
HttpResponse handleRegistry(const Workspace& workspace, const QString& registryFolder, const QString& endpoint,
                            const QByteArray& method, const QJsonObject& body);

} // namespace mlflow
} // namespace crucible
