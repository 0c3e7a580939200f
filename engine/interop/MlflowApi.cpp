#include "engine/interop/MlflowApi.h"

#include <QJsonObject>

#include <cmath>

namespace crucible::mlflow {

ApiError invalid(const QString& message)
{
    return {400, QStringLiteral("INVALID_PARAMETER_VALUE"), message};
}

ApiError missing(const QString& message)
{
    return {404, QStringLiteral("RESOURCE_DOES_NOT_EXIST"), message};
}

ApiError fromError(const Error& error)
{
    const QString message =
        error.where.isEmpty() ? error.message : error.message + QStringLiteral(" (") + error.where + QLatin1Char(')');
    switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::Incompatible:
        return invalid(message);
    case ErrorCode::NotFound:
        return missing(message);
    case ErrorCode::Busy:
        return {503, QStringLiteral("TEMPORARILY_UNAVAILABLE"), message};
    default:
        return {500, QStringLiteral("INTERNAL_ERROR"), message};
    }
}

HttpResponse errorResponse(const ApiError& error)
{
    return HttpResponse::json(
        error.status,
        QJsonObject {{QStringLiteral("error_code"), error.code}, {QStringLiteral("message"), error.message}});
}

/// An int64 from a request: a number or a decimal string (protobuf writes int64 as strings).
std::optional<qint64> readInt(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) != number || std::abs(number) > 9.0e18)
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(parsed) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace crucible::mlflow
