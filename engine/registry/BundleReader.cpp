#include "BundleReader.h"

#include "engine/core/Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <optional>

namespace crucible {

namespace {

constexpr qint64 kChunkBytes = qint64(1) << 20;
constexpr quint32 kFileTypeMask = 0170000;
constexpr quint32 kSymbolicLinkType = 0120000;

struct EntryInfo {
    QString name;
    qint64 declaredSize = 0;
};

Error refuse(const QString& entry, const QString& reason, const QString& path, ErrorCode code = ErrorCode::InvalidInput)
{
    const QString message = entry.isNull() ? reason : QStringLiteral("entry \"%1\": %2").arg(entry, reason);
    return Error {code, message, path};
}

bool isKnownEntry(const QString& name)
{
    return std::any_of(bundle::kEntries.begin(), bundle::kEntries.end(),
                       [&](QLatin1StringView known) { return name == known; });
}

/// Why the entry described by `info` may not be in a bundle, or nothing when it may.
std::optional<QString> entryProblem(const QuaZipFileInfo64& info, const BundleLimits& limits)
{
    const QString& name = info.name;
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.isEmpty())
        return QStringLiteral("an entry has an empty name");
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) || drive.match(name).hasMatch())
        return QStringLiteral("is an absolute path");
    const QStringList parts = name.split(QRegularExpression(QStringLiteral("[/\\\\]")));
    if (parts.contains(QStringLiteral("..")))
        return QStringLiteral("has a \"..\" component");
    if (((info.externalAttr >> 16) & kFileTypeMask) == kSymbolicLinkType)
        return QStringLiteral("is a symbolic link");
    if (info.flags & 1)
        return QStringLiteral("is encrypted");
    if (!isKnownEntry(name))
        return QStringLiteral("is not part of a model bundle (expected only crucible-model.json, model.pt, "
                              "model_card.md, reference_profile.json and checksums.sha256)");
    const qint64 limit = limits.forEntry(name);
    if (info.uncompressedSize > quint64(limit))
        return QStringLiteral("declares %1 bytes, more than the %2 allowed").arg(info.uncompressedSize).arg(limit);
    return std::nullopt;
}

/// Reads the current entry of `zip`, counting bytes against what it declared (a zip bomb lies
/// about its size) and hashing them. Keeps the bytes only when `keep` is set.
Result<QByteArray> readCurrent(QuaZip& zip, const EntryInfo& entry, Sha256& hash, bool keep, const QString& path)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(entry.name, QStringLiteral("cannot be opened (zip error %1)").arg(file.getZipError()), path);
    QByteArray bytes;
    qint64 total = 0;
    while (true) {
        const QByteArray chunk = file.read(kChunkBytes);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > entry.declaredSize)
            return refuse(entry.name,
                          QStringLiteral("holds more than the %1 bytes it declares; the bundle is damaged or hostile")
                              .arg(entry.declaredSize),
                          path);
        hash.addData(chunk);
        if (keep)
            bytes += chunk;
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return refuse(entry.name, QStringLiteral("is damaged (zip error %1)").arg(file.getZipError()), path);
    if (total != entry.declaredSize)
        return refuse(entry.name, QStringLiteral("holds %1 bytes but declares %2").arg(total).arg(entry.declaredSize),
                      path);
    return bytes;
}

/// Parses checksums.sha256 (sha256sum format: "<64 hex>  <name>" or "<64 hex> *<name>" per line).
Result<QMap<QString, QByteArray>> parseChecksums(const QByteArray& text, const QString& path)
{
    static const QRegularExpression line(QStringLiteral("^([0-9a-fA-F]{64}) [ *](.+)$"));
    QMap<QString, QByteArray> sums;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const auto match = line.match(QString::fromUtf8(lines[i]));
        const QString entry = bundle::kChecksumsEntry;
        if (!match.hasMatch())
            return refuse(entry, QStringLiteral("line %1 is not in sha256sum format").arg(i + 1), path);
        const QString name = match.captured(2);
        if (sums.contains(name))
            return refuse(entry, QStringLiteral("line %1 lists \"%2\" a second time").arg(i + 1).arg(name), path);
        if (!isKnownEntry(name) || name == entry)
            return refuse(
                entry, QStringLiteral("line %1 lists \"%2\", which is not a bundle entry").arg(i + 1).arg(name), path);
        sums.insert(name, match.captured(1).toLower().toLatin1());
    }
    return sums;
}

/// Lists the entries from the central directory and checks each before anything is extracted.
Result<QList<EntryInfo>> listEntries(QuaZip& zip, const BundleLimits& limits, const QString& path)
{
    QList<EntryInfo> entries;
    QSet<QString> seen;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return refuse({}, QStringLiteral("the zip directory is damaged (zip error %1)").arg(zip.getZipError()),
                          path);
        if (auto problem = entryProblem(info, limits))
            return refuse(info.name, *problem, path);
        if (seen.contains(info.name))
            return refuse(info.name, QStringLiteral("appears more than once"), path);
        seen.insert(info.name);
        entries.append({info.name, qint64(info.uncompressedSize)});
    }
    if (zip.getZipError() != UNZ_OK)
        return refuse({}, QStringLiteral("the zip directory is damaged (zip error %1)").arg(zip.getZipError()), path);
    for (QLatin1StringView required : bundle::kEntries) {
        if (!seen.contains(required))
            return refuse(required, QStringLiteral("is missing"), path);
    }
    return entries;
}

} // namespace

Result<BundleReader> BundleReader::open(const RegisteredVersion& version, const BundleLimits& limits)
{
    auto reader = open(version.bundlePath, limits);
    if (!reader || !version.isRegistered || reader->sha256() == version.bundleSha256)
        return reader;
    return Error {ErrorCode::InvalidInput,
                  QStringLiteral("this file is not the bundle registered as %1: its SHA-256 is %2, the registry "
                                 "recorded %3, so it was changed or replaced after registration; it is not used. "
                                 "Restore the file from a backup, or register the model again")
                      .arg(version.reference(), reader->sha256().left(16) + QStringLiteral("…"),
                           version.bundleSha256.left(16) + QStringLiteral("…")),
                  reader->path()};
}

Result<BundleReader> BundleReader::open(const QString& bundlePath, const BundleLimits& limits)
{
    const QFileInfo fileInfo(bundlePath);
    const QString path = fileInfo.absoluteFilePath();
    if (!fileInfo.isFile())
        return Error {ErrorCode::NotFound, QStringLiteral("no such bundle file"), path};
    auto sha = sha256OfFile(path);
    if (!sha)
        return sha.error();

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return refuse({}, QStringLiteral("not a zip archive (or a damaged one), so not a model bundle"), path);
    auto entries = listEntries(zip, limits, path);
    if (!entries)
        return entries.error();

    BundleReader reader;
    reader.m_path = path;
    reader.m_sha256 = sha.value();
    reader.m_limits = limits;
    Sha256 ignored;
    const QString checksumsName = bundle::kChecksumsEntry;
    const auto checksumsInfo =
        std::find_if(entries->begin(), entries->end(), [&](const EntryInfo& e) { return e.name == checksumsName; });
    if (!zip.setCurrentFile(checksumsName, QuaZip::csSensitive))
        return refuse(checksumsName, QStringLiteral("cannot be found in the zip"), path);
    auto checksumsText = readCurrent(zip, *checksumsInfo, ignored, true, path);
    if (!checksumsText)
        return checksumsText.error();
    auto sums = parseChecksums(checksumsText.value(), path);
    if (!sums)
        return sums.error();
    reader.m_checksums = sums.value();

    for (const EntryInfo& entry : entries.value()) {
        if (entry.name == checksumsName)
            continue;
        if (!reader.m_checksums.contains(entry.name))
            return refuse(entry.name, QStringLiteral("is not listed in checksums.sha256"), path);
        if (!zip.setCurrentFile(entry.name, QuaZip::csSensitive))
            return refuse(entry.name, QStringLiteral("cannot be found in the zip"), path);
        Sha256 hash;
        const bool keep = entry.name != bundle::kModelEntry;
        auto bytes = readCurrent(zip, entry, hash, keep, path);
        if (!bytes)
            return bytes.error();
        if (hash.result().toHex() != reader.m_checksums.value(entry.name))
            return refuse(entry.name, QStringLiteral("does not match its checksum in checksums.sha256"), path);
        if (keep)
            reader.m_entries.insert(entry.name, bytes.value());
    }
    reader.m_entries.insert(checksumsName, checksumsText.value());

    auto manifest = BundleManifest::fromBytes(reader.m_entries.value(bundle::kManifestEntry), path);
    if (!manifest) {
        Error error = manifest.error();
        error.message = QStringLiteral("entry \"%1\": %2").arg(bundle::kManifestEntry, error.message);
        return error;
    }
    reader.m_manifest = manifest.value();
    const QJsonDocument profile = QJsonDocument::fromJson(reader.m_entries.value(bundle::kReferenceProfileEntry));
    if (!profile.isObject())
        return refuse(bundle::kReferenceProfileEntry, QStringLiteral("is not a JSON object"), path);
    reader.m_referenceProfile = profile.object();
    return reader;
}

Result<QByteArray> BundleReader::entry(const QString& name) const
{
    if (!isKnownEntry(name))
        return refuse(name, QStringLiteral("is not a bundle entry"), m_path, ErrorCode::NotFound);
    if (name != bundle::kModelEntry)
        return m_entries.value(name);
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name, QuaZip::csSensitive))
        return refuse(name, QStringLiteral("cannot be read again; was the bundle changed or removed?"), m_path,
                      ErrorCode::Io);
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return refuse(name, QStringLiteral("cannot be read again (zip error %1)").arg(zip.getZipError()), m_path);
    if (auto problem = entryProblem(info, m_limits))
        return refuse(name, *problem, m_path);
    Sha256 hash;
    auto bytes = readCurrent(zip, {name, qint64(info.uncompressedSize)}, hash, true, m_path);
    if (!bytes)
        return bytes.error();
    if (hash.result().toHex() != m_checksums.value(name))
        return refuse(name, QStringLiteral("does not match its checksum any more; was the bundle changed?"), m_path);
    return bytes;
}

} // namespace crucible
