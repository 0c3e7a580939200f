#pragma once

#include "engine/core/Error.h"
#include "engine/registry/OciArtifact.h"
#include "engine/registry/RegistryTypes.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace crucible::oci {

/// How to reach a registry. Thread: a plain value type.
struct ClientOptions {
    /// Speak plain HTTP instead of HTTPS: refused unless the registry is on this machine
    /// (localhost, 127.0.0.0/8, ::1).
    bool plainHttp = false;
    /// The docker client configuration with the logins (auths, credHelpers, credsStore); empty:
    /// $DOCKER_CONFIG/config.json, else ~/.docker/config.json. A missing file means anonymous.
    QString dockerConfig;
    /// A transfer that receives or sends nothing for this long fails (stalled server).
    int stallTimeoutMs = 60000;
    /// Bytes moved so far and in all (the bundle); called on the calling thread.
    std::function<void(qint64 done, qint64 total)> progress;
    /// Asked about ten times a second; true stops the transfer: the call ends with
    /// ErrorCode::Cancelled.
    std::function<bool()> cancelled;
    /// pull(): called once the manifest is accepted, just before the bundle is downloaded.
    std::function<void()> bundleComing;
};

/// What a push stored. Thread: a plain value type.
struct PushResult {
    QString repository; ///< oci://HOST/REPOSITORY
    QStringList tags;
    QString manifestDigest; ///< "sha256:..." of the manifest: pull by @digest to get exactly this
    qint64 bundleBytes = 0;
    bool bundleUploaded = false; ///< false when the registry had the blob already
};

/// What a pull fetched: the bundle verified against the manifest's digest, at `bundlePath`.
struct PullResult {
    QString bundlePath;
    QString bundleSha256; ///< hex, as hashed while it was written and checked against the manifest
    QString manifestDigest;
    ArtifactManifest manifest;
};

/// Pushes the bundle file `bundlePath` (a verified .crucible) to `target`'s repository as an OCI
/// artifact (OciArtifact.h): the blobs the registry lacks are uploaded (HEAD, then POST and a
/// monolithic PUT with the digest), then the manifest is put under each of `tags` (at least one).
/// `bundleManifestJson` (crucible-model.json) becomes the config blob; `annotations` go on the
/// manifest. Logs in as docker does (ClientOptions::dockerConfig; Basic or the Bearer token
/// flow). Errors name the registry's answer; credentials are never part of one.
/// `bundleSha256`: the file's SHA-256 when the caller has just verified it (empty: hashed here).
/// Thread: any thread with no event loop of its own running this call (it runs a local one).
Result<PushResult> push(const QString& bundlePath, const QByteArray& bundleManifestJson,
                        const QMap<QString, QString>& annotations, const Reference& target, const QStringList& tags,
                        const ClientOptions& options, const QString& bundleSha256 = {});

/// Fetches `source` (its @digest when given, else its tag): the manifest, refused unless it is a
/// Crucible model (and, by digest, unless its bytes have that digest), then the bundle blob
/// streamed into `folder` and refused unless its size and SHA-256 are the manifest's. The
/// bundle itself is not yet verified: ModelRegistry::importBundle does that.
Result<PullResult> pull(const Reference& source, const QString& folder, qint64 maxBundleBytes,
                        const ClientOptions& options);

/// Lists the tags of `repository`'s artifacts (GET /v2/REPOSITORY/tags/list), sorted.
Result<QStringList> listTags(const Reference& repository, const ClientOptions& options);

/// The tags a push of `version` gets: `target`'s tag, else the version number; `alias` (the
/// alias a reference such as iris@production named, may be empty); then `extraTags`.
QStringList tagsFor(const RegisteredVersion& version, const QString& alias, const Reference& target,
                    const QStringList& extraTags);

/// Pushes a registered version: its bundle verified first (BundleReader), annotated with its
/// name, version, metrics, SHA-256 and creation time, under tagsFor(...).
Result<PushResult> pushVersion(const RegisteredVersion& version, const QString& alias, const Reference& target,
                               const QStringList& extraTags, const ClientOptions& options);

/// A pulled model as registered.
struct PulledVersion {
    RegisteredVersion version; ///< isNew false when the registry had this bundle already
    QString manifestDigest;
};

/// pull() into a temporary folder, then ModelRegistry::importBundle in `registryFolder` (as
/// `name`, or the bundle's own name when empty). Nothing is imported when a check fails.
Result<PulledVersion> pullVersion(const QString& registryFolder, const Reference& source, const QString& name,
                                  const ClientOptions& options);

} // namespace crucible::oci
