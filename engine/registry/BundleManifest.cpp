#include "BundleManifest.h"

#include "engine/core/Message.h"
#include "engine/registry/BundleFormat.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <limits>
#include <optional>

namespace crucible {

namespace {

Error invalid(const QString& message, const QString& where)
{
    return Error {ErrorCode::InvalidInput, message, where};
}

/// A whole number stored as a JSON number, or -1 when it is not one.
qint64 wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (number < 0 || number > 1e15 || number != double(qint64(number)))
        return -1;
    return qint64(number);
}

/// Reads the field `key` of `json` as a string into `out`; an error names the field.
std::optional<Error> readString(const QJsonObject& json, const QString& key, QString& out, const QString& where,
                                bool allowEmpty)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return invalid(CRUCIBLE_MESSAGE("the field \"%1\" is missing").arg(key), where);
    if (!value.isString() || (!allowEmpty && value.toString().isEmpty()))
        return invalid((allowEmpty ? CRUCIBLE_MESSAGE("the field \"%1\" must be a string")
                                   : CRUCIBLE_MESSAGE("the field \"%1\" must be a non-empty string"))
                           .arg(key),
                       where);
    out = value.toString();
    return std::nullopt;
}

std::optional<Error> readObject(const QJsonObject& json, const QString& key, QJsonObject& out, const QString& where)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return invalid(CRUCIBLE_MESSAGE("the field \"%1\" is missing").arg(key), where);
    if (!value.isObject())
        return invalid(CRUCIBLE_MESSAGE("the field \"%1\" must be a JSON object").arg(key), where);
    out = value.toObject();
    return std::nullopt;
}

std::optional<Error> readFields(const QJsonObject& json, BundleManifest& manifest, const QString& where)
{
    const qint64 version = wholeNumber(json.value(QStringLiteral("version")));
    if (json.value(QStringLiteral("version")).isUndefined())
        return invalid(CRUCIBLE_MESSAGE("the field \"version\" is missing"), where);
    if (version < 1 || version > std::numeric_limits<int>::max())
        return invalid(CRUCIBLE_MESSAGE("the field \"version\" must be a whole number from 1"), where);
    manifest.version = int(version);
    QString created;
    QJsonObject dataset;
    QJsonObject metrics;
    std::optional<Error> error;
    if ((error = readString(json, QStringLiteral("name"), manifest.name, where, false))
        || (error = readString(json, QStringLiteral("created"), created, where, false))
        || (error = readString(json, QStringLiteral("run_id"), manifest.runId, where, true))
        || (error = readObject(json, QStringLiteral("dataset"), dataset, where))
        || (error = readString(dataset, QStringLiteral("name"), manifest.datasetName, where, true))
        || (error = readString(dataset, QStringLiteral("hash"), manifest.datasetHash, where, true))
        || (error = readString(json, QStringLiteral("task"), manifest.task, where, false))
        || (error = readObject(json, QStringLiteral("input_signature"), manifest.inputSignature, where))
        || (error = readObject(json, QStringLiteral("output_signature"), manifest.outputSignature, where))
        || (error = readObject(json, QStringLiteral("metrics"), metrics, where))
        || (error = readObject(json, QStringLiteral("params"), manifest.params, where))
        || (error = readObject(json, QStringLiteral("environment"), manifest.environment, where)))
        return error;
    manifest.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!manifest.created.isValid())
        return invalid(CRUCIBLE_MESSAGE("the field \"created\" is not an ISO 8601 time: \"%1\"").arg(created), where);
    manifest.created = manifest.created.toUTC();
    if (manifest.task != QLatin1String("classification") && manifest.task != QLatin1String("regression"))
        return invalid(CRUCIBLE_MESSAGE("the field \"task\" must be \"classification\" or \"regression\", not \"%1\"")
                           .arg(manifest.task),
                       where);
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it) {
        if (!it.value().isDouble())
            return invalid(CRUCIBLE_MESSAGE("the metric \"%1\" must be a number").arg(it.key()), where);
        manifest.metrics.insert(it.key(), it.value().toDouble());
    }
    return std::nullopt;
}

} // namespace

QJsonObject BundleManifest::toJson() const
{
    QJsonObject metricsJson;
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it)
        metricsJson.insert(it.key(), it.value());
    return QJsonObject {
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), version},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("run_id"), runId},
        {QStringLiteral("dataset"),
         QJsonObject {{QStringLiteral("name"), datasetName}, {QStringLiteral("hash"), datasetHash}}},
        {QStringLiteral("task"), task},
        {QStringLiteral("input_signature"), inputSignature},
        {QStringLiteral("output_signature"), outputSignature},
        {QStringLiteral("metrics"), metricsJson},
        {QStringLiteral("params"), params},
        {QStringLiteral("environment"), environment},
    };
}

QByteArray BundleManifest::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<BundleManifest> BundleManifest::fromJson(const QJsonObject& json, const QString& where)
{
    BundleManifest manifest;
    const QJsonValue format = json.value(QStringLiteral("format_version"));
    if (format.isUndefined())
        return invalid(CRUCIBLE_MESSAGE("the field \"format_version\" is missing"), where);
    const qint64 formatVersion = wholeNumber(format);
    if (formatVersion < 1)
        return invalid(CRUCIBLE_MESSAGE("the field \"format_version\" must be a whole number from 1"), where);
    if (formatVersion > bundle::kFormatVersion)
        return Error {ErrorCode::Incompatible,
                      CRUCIBLE_MESSAGE("format version %1 is newer than this Crucible reads (%2); update Crucible to "
                                       "open this bundle")
                          .arg(formatVersion)
                          .arg(bundle::kFormatVersion),
                      where};
    manifest.formatVersion = int(formatVersion);
    if (auto error = readFields(json, manifest, where))
        return *error;
    return manifest;
}

Result<BundleManifest> BundleManifest::fromBytes(const QByteArray& bytes, const QString& where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(
            CRUCIBLE_MESSAGE("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()),
            where);
    if (!document.isObject())
        return invalid(CRUCIBLE_MESSAGE("the manifest must be a JSON object"), where);
    return fromJson(document.object(), where);
}

} // namespace crucible
