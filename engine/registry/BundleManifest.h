#pragma once

#include "engine/core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace crucible {

/// crucible-model.json: what a bundle holds and where it came from. Thread: a plain value type.
struct BundleManifest {
    int formatVersion = 1; ///< the manifest format; bundle::kFormatVersion when written
    QString name;
    int version = 1; ///< the registry version, from 1
    QDateTime created; ///< UTC; written as ISO 8601 with milliseconds and "Z"
    QString runId; ///< the run that trained the model; may be empty
    QString datasetName;
    QString datasetHash; ///< SHA-256 (hex) of the dataset content
    QString task; ///< "classification" or "regression"
    QJsonObject inputSignature; ///< feature names, dtype, shape, preprocessing
    QJsonObject outputSignature; ///< {"classes": [...]} or {"target": "..."}
    QMap<QString, double> metrics;
    QJsonObject params;
    QJsonObject environment;

    /// The manifest as JSON (snake_case keys). Thread: any.
    QJsonObject toJson() const;
    /// The manifest as indented UTF-8 JSON text, as the bundle stores it. Thread: any.
    QByteArray toBytes() const;
    /// Reads a manifest; an error names the missing or invalid field, and a format version newer
    /// than bundle::kFormatVersion gives ErrorCode::Incompatible. `where` goes into the error. Thread: any.
    static Result<BundleManifest> fromJson(const QJsonObject& json, const QString& where = {});
    /// Parses JSON text, then fromJson(). Thread: any.
    static Result<BundleManifest> fromBytes(const QByteArray& bytes, const QString& where = {});
};

} // namespace crucible
