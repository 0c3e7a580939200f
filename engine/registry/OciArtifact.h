#pragma once

#include "engine/core/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace crucible::oci {

/// Media types of a model bundle stored as an OCI artifact: the image manifest names the artifact
/// type, its config blob is the bundle's manifest (crucible-model.json) and its one layer is the
/// .crucible file itself.
inline constexpr QLatin1StringView kArtifactType {"application/vnd.crucible.model.v1"};
inline constexpr QLatin1StringView kConfigMediaType {"application/vnd.crucible.model.config.v1+json"};
inline constexpr QLatin1StringView kLayerMediaType {"application/vnd.crucible.model.v1+zip"};
inline constexpr QLatin1StringView kManifestMediaType {"application/vnd.oci.image.manifest.v1+json"};

/// Annotation keys on the manifest, so that `skopeo inspect --raw` and `oras manifest fetch` show
/// what the artifact holds.
inline constexpr QLatin1StringView kNameAnnotation {"io.crucible.model.name"};
inline constexpr QLatin1StringView kVersionAnnotation {"io.crucible.model.version"};
inline constexpr QLatin1StringView kMetricsAnnotation {"io.crucible.model.metrics"};
inline constexpr QLatin1StringView kSha256Annotation {"io.crucible.model.sha256"};

/// oci://HOST[:PORT]/REPOSITORY[:TAG][@sha256:DIGEST], as `models push` and `models pull` take it.
/// Thread: a plain value type.
struct Reference {
    QString host; ///< "registry.example.com" or "127.0.0.1:5000"
    QString repository; ///< "team/iris": lowercase path components, as the distribution spec allows
    QString tag; ///< may be empty
    QString digest; ///< "sha256:<64 hex>", may be empty

    /// The host without its port ("127.0.0.1").
    QString hostName() const;
    /// True for localhost, 127.0.0.0/8 and ::1.
    bool isLoopback() const;
    /// The reference written back ("oci://host/repo:tag@sha256:...").
    QString text() const;
    /// Parses `text`; an InvalidInput error saying which part is wrong.
    static Result<Reference> parse(const QString& text);
};

/// A tag as the distribution spec allows it: [A-Za-z0-9_][A-Za-z0-9._-]{0,127}.
bool isValidTag(const QString& tag);
/// True for localhost, 127.0.0.0/8 and ::1 (a host name without brackets or port).
bool isLoopbackHost(const QString& name);

/// The blob descriptor of a manifest.
struct Descriptor {
    QString mediaType;
    QString digest; ///< "sha256:<64 hex>"
    qint64 size = 0;
    QMap<QString, QString> annotations;
};

/// An image manifest that holds a Crucible model. Thread: a plain value type.
struct ArtifactManifest {
    Descriptor config;
    Descriptor layer; ///< the .crucible file
    QMap<QString, QString> annotations;

    /// The manifest JSON as pushed (compact, keys in a fixed order).
    QByteArray toJson() const;
};

/// The manifest `body` checked to be a Crucible model: an OCI image manifest (schemaVersion 2)
/// whose artifactType or config media type is Crucible's, with exactly one layer of the bundle's
/// media type, digests of the sha256 form and sizes from 1 byte to `maxBundleBytes`. Anything
/// else (a container image, another tool's artifact, a damaged document) is an InvalidInput
/// error saying what it is. Thread: any.
Result<ArtifactManifest> parseManifest(const QByteArray& body, qint64 maxBundleBytes);

/// "sha256:" and the hex SHA-256 of `data`.
QString digestOf(const QByteArray& data);

} // namespace crucible::oci
