#pragma once

// What the MLflow-compatible server's parts share (TrackingServer, MlflowRegistry): MLflow's error
// format and reading its JSON. Internal to engine/interop/.
#include "engine/core/Error.h"
#include "engine/serve/HttpServer.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace crucible::mlflow {

/// A refusal in MLflow's error format: the client turns error_code into its exception.
struct ApiError {
    int status = 400;
    QString code = QStringLiteral("INVALID_PARAMETER_VALUE");
    QString message;
};

/// 400 INVALID_PARAMETER_VALUE.
ApiError invalid(const QString& message);
/// 404 RESOURCE_DOES_NOT_EXIST.
ApiError missing(const QString& message);
/// An engine error as MLflow's: InvalidInput 400, NotFound 404, Busy 503, others 500.
ApiError fromError(const Error& error);
/// {"error_code", "message"} with the error's status.
HttpResponse errorResponse(const ApiError& error);
/// An int64 from a request: a number or a decimal string (protobuf writes int64 as strings).
std::optional<qint64> readInt(const QJsonValue& value);

} // namespace crucible::mlflow
