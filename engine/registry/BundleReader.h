#pragma once

#include "engine/core/Error.h"
#include "engine/registry/BundleFormat.h"
#include "engine/registry/BundleManifest.h"
#include "engine/registry/RegistryTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace crucible {

/// Opens a model bundle and verifies it before anything is used: refuses a file that is not a
/// zip, entries with absolute paths, ".." components, symbolic links, encryption, duplicate or
/// unknown names, sizes above the limits (declared sizes are checked before extracting and
/// counted again while reading), missing entries, checksum mismatches, entries missing from
/// checksums.sha256 and manifests of a newer format. Every refusal is an Error whose `where`
/// is the bundle path and whose message names the entry and the reason. Reading never writes.
///
/// Thread: open() from any thread; a reader is a value, use it on one thread at a time. Blocking.
class BundleReader {
public:
    /// What open() does with model.pt, the one large entry.
    enum class ModelEntry {
        Verify, ///< read and check it against its checksum, then drop it (entry() reads it again)
        Keep, ///< read, check and keep it, for a caller that loads the model next
    };
    /// Opens and verifies the bundle at `path`.
    /// `knownSha256`: the file's SHA-256 when the caller hashed it while writing it (ZipLayout::knownSha256).
    static Result<BundleReader> open(const QString& path, const BundleLimits& limits = {},
                                     ModelEntry model = ModelEntry::Verify, const QString& knownSha256 = {});
    /// open() for a version resolved from a registry: also refuses the file when its SHA-256 is not
    /// the one recorded at registration (the file was replaced or changed since). A version that is
    /// an outside bundle (not registered) is opened as it is. A registered file whose SHA-256 matches
    /// was verified in full when it was registered, so model.pt is checked only when entry() reads it.
    static Result<BundleReader> open(const RegisteredVersion& version, const BundleLimits& limits = {});

    /// The bundle file's absolute path.
    QString path() const { return m_path; }
    /// SHA-256 (hex) of the whole bundle file, as verified.
    QString sha256() const { return m_sha256; }
    /// The verified manifest.
    const BundleManifest& manifest() const { return m_manifest; }
    /// model_card.md as verified.
    QByteArray modelCard() const { return m_entries.value(bundle::kModelCardEntry); }
    /// reference_profile.json as verified.
    QJsonObject referenceProfile() const { return m_referenceProfile; }
    /// The bytes of the entry `name` (any of bundle::kEntries). model.pt is not kept in memory
    /// (unless opened with ModelEntry::Keep): it is read again here and checked against its checksum.
    Result<QByteArray> entry(const QString& name) const;

private:
    BundleReader() = default;
    /// open() with how model.pt is read (an enum private to the .cpp).
    static Result<BundleReader> openZip(const QString& path, const BundleLimits& limits, int modelRead,
                                        const QString& knownSha256 = {});

    QString m_path;
    QString m_sha256;
    BundleLimits m_limits;
    BundleManifest m_manifest;
    QJsonObject m_referenceProfile;
    QMap<QString, QByteArray> m_entries; ///< every verified entry; model.pt only with ModelEntry::Keep
    QMap<QString, QByteArray> m_checksums; ///< entry name -> SHA-256 (hex) from checksums.sha256
};

} // namespace crucible
