#include "SafeZip.h"

#include "engine/core/Message.h"
#include "engine/core/OutputFile.h"
#include "engine/core/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <optional>

namespace crucible {

namespace {

constexpr qint64 kChunkBytes = qint64(1) << 20;
constexpr quint32 kFileTypeMask = 0170000;
constexpr quint32 kSymbolicLinkType = 0120000;
/// A regular file, rw-r--r--, in the high 16 bits of the zip external attributes.
constexpr quint32 kRegularFileAttributes = quint32(0100644) << 16;

struct EntryInfo {
    QString name;
    qint64 declaredSize = 0;
    qint64 compressedSize = 0;
};

/// Deflate expands at most about 1032 to 1: what an entry can really hold, whatever it declares.
constexpr qint64 kMostExpansion = 1032;

Error refuse(const QString& entry, const QString& reason, const QString& path, ErrorCode code = ErrorCode::InvalidInput)
{
    const QString message = entry.isNull() ? reason : QStringLiteral("entry \"%1\": %2").arg(entry, reason);
    return Error {code, message, path};
}

/// "a, b and c".
QString listed(const QStringList& names)
{
    if (names.size() < 2)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + names.last();
}

/// Why the entry described by `info` may not be in the zip, or nothing when it may.
std::optional<QString> entryProblem(const QuaZipFileInfo64& info, const ZipLayout& layout)
{
    const QString& name = info.name;
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.isEmpty())
        return CRUCIBLE_MESSAGE("an entry has an empty name");
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) || drive.match(name).hasMatch())
        return CRUCIBLE_MESSAGE("is an absolute path");
    const QStringList parts = name.split(QRegularExpression(QStringLiteral("[/\\\\]")));
    if (parts.contains(QStringLiteral("..")))
        return CRUCIBLE_MESSAGE("has a \"..\" component");
    if (((info.externalAttr >> 16) & kFileTypeMask) == kSymbolicLinkType)
        return CRUCIBLE_MESSAGE("is a symbolic link");
    if (info.flags & 1)
        return CRUCIBLE_MESSAGE("is encrypted");
    if (!layout.entries.contains(name))
        return CRUCIBLE_MESSAGE("is not part of %1 (expected only %2)").arg(layout.kind, listed(layout.entries));
    const qint64 limit = layout.limitFor(name);
    if (info.uncompressedSize > quint64(limit))
        return CRUCIBLE_MESSAGE("declares %1 bytes, more than the %2 allowed").arg(info.uncompressedSize).arg(limit);
    return std::nullopt;
}

/// Reads the current entry of `zip`, counting bytes against what it declared (a zip bomb lies
/// about its size) and hashing them. Keeps the bytes only when `keep` is set.
Result<QByteArray> readCurrent(QuaZip& zip, const EntryInfo& entry, Sha256& hash, bool keep, const QString& path,
                               const QString& noun)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(entry.name, CRUCIBLE_MESSAGE("cannot be opened (zip error %1)").arg(file.getZipError()), path);
    QByteArray bytes;
    if (keep) // room for what it declares, unless its compressed size cannot hold that much (a lie)
        bytes.reserve(std::min(entry.declaredSize, entry.compressedSize * kMostExpansion + 65536));
    qint64 total = 0;
    while (true) {
        const QByteArray chunk = file.read(kChunkBytes);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > entry.declaredSize)
            return refuse(entry.name,
                          CRUCIBLE_MESSAGE("holds more than the %1 bytes it declares; the %2 is damaged or hostile")
                              .arg(entry.declaredSize)
                              .arg(noun),
                          path);
        hash.addData(chunk);
        if (keep)
            bytes += chunk;
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return refuse(entry.name, CRUCIBLE_MESSAGE("is damaged (zip error %1)").arg(file.getZipError()), path);
    if (total != entry.declaredSize)
        return refuse(entry.name, CRUCIBLE_MESSAGE("holds %1 bytes but declares %2").arg(total).arg(entry.declaredSize),
                      path);
    return bytes;
}

/// Parses the checksums entry (sha256sum format: "<64 hex>  <name>" or "<64 hex> *<name>" per line).
Result<QMap<QString, QByteArray>> parseChecksums(const QByteArray& text, const ZipLayout& layout, const QString& path)
{
    static const QRegularExpression line(QStringLiteral("^([0-9a-fA-F]{64}) [ *](.+)$"));
    QMap<QString, QByteArray> sums;
    const QList<QByteArray> lines = text.split('\n');
    const QString& entry = layout.checksumsEntry;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const auto match = line.match(QString::fromUtf8(lines[i]));
        if (!match.hasMatch())
            return refuse(entry, CRUCIBLE_MESSAGE("line %1 is not in sha256sum format").arg(i + 1), path);
        const QString name = match.captured(2);
        if (sums.contains(name))
            return refuse(entry, CRUCIBLE_MESSAGE("line %1 lists \"%2\" a second time").arg(i + 1).arg(name), path);
        if (!layout.entries.contains(name) || name == entry)
            return refuse(
                entry,
                CRUCIBLE_MESSAGE("line %1 lists \"%2\", which is not a %3 entry").arg(i + 1).arg(name, layout.noun),
                path);
        sums.insert(name, match.captured(1).toLower().toLatin1());
    }
    return sums;
}

/// Lists the entries from the central directory and checks each before anything is extracted.
Result<QList<EntryInfo>> listEntries(QuaZip& zip, const ZipLayout& layout, const QString& path)
{
    QList<EntryInfo> entries;
    QSet<QString> seen;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return refuse({}, CRUCIBLE_MESSAGE("the zip directory is damaged (zip error %1)").arg(zip.getZipError()),
                          path);
        if (auto problem = entryProblem(info, layout))
            return refuse(info.name, *problem, path);
        if (seen.contains(info.name))
            return refuse(info.name, CRUCIBLE_MESSAGE("appears more than once"), path);
        seen.insert(info.name);
        entries.append({info.name, qint64(info.uncompressedSize), qint64(info.compressedSize)});
    }
    if (zip.getZipError() != UNZ_OK)
        return refuse({}, CRUCIBLE_MESSAGE("the zip directory is damaged (zip error %1)").arg(zip.getZipError()), path);
    for (const QString& required : layout.entries) {
        if (!seen.contains(required))
            return refuse(required, CRUCIBLE_MESSAGE("is missing"), path);
    }
    return entries;
}

Error ioError(const QString& message, const QString& where)
{
    return Error {ErrorCode::Io, message, where};
}

Status addEntry(QuaZip& zip, const QString& name, const QByteArray& bytes, const QDateTime& time, bool compress,
                const QString& where)
{
    QuaZipNewInfo info(name);
    info.dateTime = time.toLocalTime();
    info.externalAttr = kRegularFileAttributes;
    QuaZipFile file(&zip);
    const int method = compress ? Z_DEFLATED : 0;
    const int level = compress ? Z_DEFAULT_COMPRESSION : 0;
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, method, level))
        return ioError(CRUCIBLE_MESSAGE("cannot add the entry %1 (zip error %2)").arg(name).arg(file.getZipError()),
                       where);
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    if (!written || file.getZipError() != ZIP_OK)
        return ioError(CRUCIBLE_MESSAGE("cannot write the entry %1 (zip error %2); is the disk full?")
                           .arg(name)
                           .arg(file.getZipError()),
                       where);
    return Ok {};
}

Status writeZip(const QString& tempPath, const std::vector<std::pair<QString, QByteArray>>& entries,
                const QString& checksumsEntry, const QDateTime& time, const QStringList& stored, const QString& noun,
                const QString& where)
{
    QByteArray checksums;
    for (const auto& [name, bytes] : entries)
        checksums += Sha256::hash(bytes).toHex() + "  " + name.toUtf8() + '\n';
    QuaZip zip(tempPath);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return ioError(CRUCIBLE_MESSAGE("cannot create the %1 (zip error %2)").arg(noun).arg(zip.getZipError()), where);
    for (const auto& [name, bytes] : entries) {
        if (Status added = addEntry(zip, name, bytes, time, !stored.contains(name), where); !added)
            return added;
    }
    if (Status added = addEntry(zip, checksumsEntry, checksums, time, true, where); !added)
        return added;
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return ioError(
            CRUCIBLE_MESSAGE("cannot finish the %1 (zip error %2); is the disk full?").arg(noun).arg(zip.getZipError()),
            where);
    return Ok {};
}

} // namespace

Result<SafeZipContents> readSafeZip(const QString& zipPath, const ZipLayout& layout)
{
    const QFileInfo fileInfo(zipPath);
    const QString path = fileInfo.absoluteFilePath();
    if (!fileInfo.isFile())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no such %1 file").arg(layout.noun), path};
    auto sha = layout.knownSha256.isEmpty() ? sha256OfFile(path) : Result<QString>(layout.knownSha256);
    if (!sha)
        return sha.error();

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return refuse({}, CRUCIBLE_MESSAGE("not a zip archive (or a damaged one), so not %1").arg(layout.kind), path);
    auto entries = listEntries(zip, layout, path);
    if (!entries)
        return entries.error();

    SafeZipContents contents;
    contents.path = path;
    contents.sha256 = sha.value();
    Sha256 ignored;
    const QString& checksumsName = layout.checksumsEntry;
    const auto checksumsInfo =
        std::find_if(entries->begin(), entries->end(), [&](const EntryInfo& e) { return e.name == checksumsName; });
    if (checksumsInfo == entries->end() || !zip.setCurrentFile(checksumsName, QuaZip::csSensitive))
        return refuse(checksumsName, CRUCIBLE_MESSAGE("cannot be found in the zip"), path);
    auto checksumsText = readCurrent(zip, *checksumsInfo, ignored, true, path, layout.noun);
    if (!checksumsText)
        return checksumsText.error();
    auto sums = parseChecksums(checksumsText.value(), layout, path);
    if (!sums)
        return sums.error();
    contents.checksums = sums.value();

    for (const EntryInfo& entry : entries.value()) {
        if (entry.name == checksumsName)
            continue;
        if (!contents.checksums.contains(entry.name))
            return refuse(entry.name, CRUCIBLE_MESSAGE("is not listed in %1").arg(checksumsName), path);
        if (layout.deferred.contains(entry.name))
            continue;
        if (!zip.setCurrentFile(entry.name, QuaZip::csSensitive))
            return refuse(entry.name, CRUCIBLE_MESSAGE("cannot be found in the zip"), path);
        Sha256 hash;
        const bool keep = !layout.hashedOnly.contains(entry.name);
        auto bytes = readCurrent(zip, entry, hash, keep, path, layout.noun);
        if (!bytes)
            return bytes.error();
        if (hash.result().toHex() != contents.checksums.value(entry.name))
            return refuse(entry.name, CRUCIBLE_MESSAGE("does not match its checksum in %1").arg(checksumsName), path);
        if (keep)
            contents.entries.insert(entry.name, bytes.value());
    }
    contents.entries.insert(checksumsName, checksumsText.value());
    return contents;
}

Result<QByteArray> rereadSafeZipEntry(const QString& path, const ZipLayout& layout, const QString& name,
                                      const QByteArray& checksum)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name, QuaZip::csSensitive))
        return refuse(name, CRUCIBLE_MESSAGE("cannot be read again; was the %1 changed or removed?").arg(layout.noun),
                      path, ErrorCode::Io);
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return refuse(name, CRUCIBLE_MESSAGE("cannot be read again (zip error %1)").arg(zip.getZipError()), path);
    if (auto problem = entryProblem(info, layout))
        return refuse(name, *problem, path);
    Sha256 hash;
    auto bytes = readCurrent(zip, {name, qint64(info.uncompressedSize), qint64(info.compressedSize)}, hash, true, path,
                             layout.noun);
    if (!bytes)
        return bytes.error();
    if (hash.result().toHex() != checksum)
        return refuse(
            name, CRUCIBLE_MESSAGE("does not match its checksum any more; was the %1 changed?").arg(layout.noun), path);
    return bytes;
}

Status writeSafeZip(const QString& path, const std::vector<std::pair<QString, QByteArray>>& entries,
                    const QString& checksumsEntry, const QDateTime& time, const QStringList& stored,
                    const QString& noun)
{
    const QFileInfo target(path);
    if (target.exists())
        return ioError(CRUCIBLE_MESSAGE("the file exists already; %1s are never overwritten").arg(noun), path);
    if (!QDir().mkpath(target.absolutePath()))
        return ioError(CRUCIBLE_MESSAGE("cannot create the folder"), target.absolutePath());
    QTemporaryFile temp(QDir(target.absolutePath()).filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temp.open())
        return ioError(CRUCIBLE_MESSAGE("cannot create a temporary file: %1").arg(temp.errorString()),
                       target.absolutePath());
    const QString tempPath = temp.fileName();
    temp.close(); // QuaZip reopens it by name; `temp` still removes it on failure
    if (Status written = writeZip(tempPath, entries, checksumsEntry, time, stored, noun, path); !written)
        return written;
    QFile::setPermissions(tempPath, defaultFilePermissions()); // not the temporary file's 0600
    // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE or link+unlink).
    if (!QFile::rename(tempPath, path))
        return ioError(QStringLiteral("cannot move the finished %1 into place (does it exist already?)").arg(noun),
                       path);
    temp.setAutoRemove(false);
    return Ok {};
}

} // namespace crucible
