#include "BundleReader.h"

#include "engine/core/Message.h"
#include "engine/core/SafeZip.h"

#include <QJsonDocument>

namespace crucible {

namespace {

enum class ModelRead { Verify, Keep, Defer };

ZipLayout layoutFor(const BundleLimits& limits, ModelRead model = ModelRead::Verify)
{
    ZipLayout layout;
    layout.kind = CRUCIBLE_MESSAGE("a model bundle");
    layout.noun = QStringLiteral("bundle");
    for (QLatin1StringView entry : bundle::kEntries)
        layout.entries << entry;
    layout.checksumsEntry = bundle::kChecksumsEntry;
    layout.limitFor = [limits](const QString& name) { return limits.forEntry(name); };
    if (model == ModelRead::Verify)
        layout.hashedOnly = {bundle::kModelEntry};
    else if (model == ModelRead::Defer)
        layout.deferred = {bundle::kModelEntry};
    return layout;
}

Error refuse(const QString& entry, const QString& reason, const QString& path, ErrorCode code = ErrorCode::InvalidInput)
{
    return Error {code, QStringLiteral("entry \"%1\": %2").arg(entry, reason), path};
}

} // namespace

Result<BundleReader> BundleReader::open(const RegisteredVersion& version, const BundleLimits& limits)
{
    auto reader = version.isRegistered ? openZip(version.bundlePath, limits, int(ModelRead::Defer))
                                       : open(version.bundlePath, limits);
    if (!reader || !version.isRegistered || reader->sha256() == version.bundleSha256)
        return reader;
    return Error {ErrorCode::InvalidInput,
                  CRUCIBLE_MESSAGE("this file is not the bundle registered as %1: its SHA-256 is %2, the registry "
                                   "recorded %3, so it was changed or replaced after registration; it is not used. "
                                   "Restore the file from a backup, or register the model again")
                      .arg(version.reference(), reader->sha256().left(16) + QStringLiteral("…"),
                           version.bundleSha256.left(16) + QStringLiteral("…")),
                  reader->path()};
}

Result<BundleReader> BundleReader::open(const QString& bundlePath, const BundleLimits& limits, ModelEntry model,
                                        const QString& knownSha256)
{
    return openZip(bundlePath, limits, int(model == ModelEntry::Keep ? ModelRead::Keep : ModelRead::Verify),
                   knownSha256);
}

Result<BundleReader> BundleReader::openZip(const QString& bundlePath, const BundleLimits& limits, int modelRead,
                                           const QString& knownSha256)
{
    ZipLayout layout = layoutFor(limits, ModelRead(modelRead));
    layout.knownSha256 = knownSha256;
    auto zip = readSafeZip(bundlePath, layout);
    if (!zip)
        return zip.error();
    BundleReader reader;
    reader.m_path = zip->path;
    reader.m_sha256 = zip->sha256;
    reader.m_limits = limits;
    reader.m_checksums = zip->checksums;
    reader.m_entries = zip->entries;
    const QString& path = reader.m_path;
    auto manifest = BundleManifest::fromBytes(reader.m_entries.value(bundle::kManifestEntry), path);
    if (!manifest) {
        Error error = manifest.error();
        error.message = QStringLiteral("entry \"%1\": %2").arg(bundle::kManifestEntry, error.message);
        return error;
    }
    reader.m_manifest = manifest.value();
    const QJsonDocument profile = QJsonDocument::fromJson(reader.m_entries.value(bundle::kReferenceProfileEntry));
    if (!profile.isObject())
        return refuse(bundle::kReferenceProfileEntry, CRUCIBLE_MESSAGE("is not a JSON object"), path);
    reader.m_referenceProfile = profile.object();
    return reader;
}

Result<QByteArray> BundleReader::entry(const QString& name) const
{
    const ZipLayout layout = layoutFor(m_limits);
    if (!layout.entries.contains(name))
        return refuse(name, CRUCIBLE_MESSAGE("is not a bundle entry"), m_path, ErrorCode::NotFound);
    if (name != bundle::kModelEntry || m_entries.contains(name))
        return m_entries.value(name);
    return rereadSafeZipEntry(m_path, layout, name, m_checksums.value(name));
}

} // namespace crucible
