#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace crucible {

/// One version of a model in a registry (or, from ModelRegistry::resolve(), a bundle file
/// outside it). Thread: a plain value type.
struct RegisteredVersion {
    QString name;
    int version = 0; ///< from 1
    QString bundlePath; ///< absolute path of the .crucible file
    QString bundleSha256; ///< SHA-256 (hex) of the bundle file
    QString runId; ///< the run that trained the model; may be empty
    QDateTime createdAt; ///< when it was registered (UTC); the manifest's time for an outside bundle
    QJsonObject metrics;
    bool isRegistered = true; ///< false for a bundle path that is not (a copy of) a registered version
    bool isNew = false; ///< true only in the answer of the add or import call that created it

    /// "NAME@VERSION". Thread: any.
    QString reference() const { return name + QLatin1Char('@') + QString::number(version); }
};

/// A model in a registry with its versions and aliases at a glance. Thread: a plain value type.
struct ModelSummary {
    QString name;
    int versionCount = 0;
    int latestVersion = 0; ///< 0 when every version was deleted
    QMap<QString, int> aliases; ///< alias -> version
};

/// One move of an alias, as the registry logged it. Thread: a plain value type.
struct AliasEvent {
    QDateTime time; ///< UTC
    QString user; ///< $USER of the process that moved it
    QString name;
    QString alias;
    std::optional<int> fromVersion; ///< empty when the alias was created
    std::optional<int> toVersion; ///< empty when the alias was removed
};

} // namespace crucible
