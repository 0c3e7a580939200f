#pragma once

#include "engine/core/Error.h"
#include "engine/registry/BundleContents.h"
#include "engine/registry/BundleFormat.h"
#include "engine/registry/RegistryTypes.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace crucible {

class BundleReader;

/// A model registry: a folder (the workspace's registry/, or any folder, a shared drive
/// included) holding registry.db and models/NAME/VERSION/NAME-vVERSION.crucible. Versions are
/// numbered from 1, immutable, and their numbers are never reused; aliases point at versions
/// and every move is logged with time and user. A refused add or import writes nothing.
///
/// Thread: create and use on one thread (it owns one database connection). Blocking; other
/// processes may use the same folder at the same time (writes take SQLite's write lock).
class ModelRegistry {
public:
    struct Options {
        int busyTimeoutMs = 5000; ///< how long a write waits for another process's lock
        BundleLimits limits; ///< entry size bounds for bundles read by importBundle() and resolve()
    };

    ~ModelRegistry();
    ModelRegistry(const ModelRegistry&) = delete;
    ModelRegistry& operator=(const ModelRegistry&) = delete;

    /// Opens (creating when missing) the registry in `folder`.
    static Result<std::unique_ptr<ModelRegistry>> open(const QString& folder, Options options);
    static Result<std::unique_ptr<ModelRegistry>> open(const QString& folder);

    /// Checks a new model or alias name: names::Use::PathComponent (a model name is a folder
    /// here), no '@' or "..", not ending in ".crucible"; an alias is not a plain number.
    /// Thread: any.
    static Status validateName(const QString& name, bool isAlias = false);

    /// Writes the bundle of `version` to `target` (an OutputFile: "-", a device or FIFO, or a file
    /// replaced atomically), checking on the way that its bytes are still those registered; a
    /// bundle changed since is refused and a regular target is left as it was. Thread: any.
    static Status exportVersion(const RegisteredVersion& version, const QString& target);

    QString folder() const;
    QString databasePath() const;

    /// Builds a bundle of `contents` as the next version of `name` (the manifest's name and
    /// version are set to match).
    Result<RegisteredVersion> add(const BundleContents& contents, const QString& name);
    /// Verifies the bundle at `path` with BundleReader and copies it in as the next version of
    /// `name` (empty: the manifest's name). A bundle whose file SHA-256 was imported or stored
    /// under that name before adds nothing and gives that version back (isNew false).
    /// How importBundle() takes the file in.
    enum class ImportSource {
        Copy, ///< copied in; the file stays where it is
        Move, ///< a temporary file of the caller's (a download): moved in when it is on the same file system
    };
    /// `sha256`: with ImportSource::Move, the file's SHA-256 when the caller hashed it as it wrote it.
    /// `cancelled`, asked between the steps (verifying, loading, registering): true ends the import with
    /// ErrorCode::Cancelled and nothing registered.
    Result<RegisteredVersion> importBundle(const QString& path, const QString& name = {},
                                           ImportSource source = ImportSource::Copy, const QString& sha256 = {},
                                           const std::function<bool()>& cancelled = {});

    /// Every model, sorted by name.
    Result<QList<ModelSummary>> models() const;
    /// The versions of `name`, oldest first.
    Result<QList<RegisteredVersion>> versions(const QString& name) const;
    /// Resolves "NAME@3", "NAME@ALIAS", "NAME" (the latest version) or a bundle path (anything
    /// with a '/' or ending in ".crucible"; it is verified, and matched to a registered version
    /// by its SHA-256 when it is one).
    Result<RegisteredVersion> resolve(const QString& reference) const;

    /// Points `alias` of `name` at `version`, creating or moving it, and logs the move.
    Status setAlias(const QString& name, const QString& alias, int version);
    /// Removes an alias and logs it.
    Status removeAlias(const QString& name, const QString& alias);
    /// Every alias move of `name`, oldest first.
    Result<QList<AliasEvent>> aliasHistory(const QString& name) const;

    /// Deletes a version and its bundle; refused while an alias points at it.
    Status deleteVersion(const QString& name, int version);

private:
    /// Tells the ChangeHub that this registry changed (when `status` succeeded); returns `status`.
    Status announce(const Status& status) const;
    void announce() const;
    ModelRegistry();
    /// Writes the bundle for `version` to `targetPath`; sets `verbatim` when what it wrote is, byte
    /// for byte, the bundle that `registerBundle`'s `source` verified (so it is not verified again).
    using BundleSource = std::function<Status(const QString& targetPath, int version, bool& verbatim)>;
    Result<RegisteredVersion> registerBundle(const QString& name, const QString& sourceSha256,
                                             const BundleSource& writeBundle, const BundleReader* source = nullptr);
    Result<RegisteredVersion> findVersion(const QString& name, int version) const;
    Result<RegisteredVersion> findBySha(const QString& name, const QString& sha256) const;
    Result<QList<RegisteredVersion>> query(const QString& condition, const QVariantList& values) const;
    Result<int> aliasTarget(const QString& name, const QString& alias) const;

    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace crucible
