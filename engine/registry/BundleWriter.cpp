#include "BundleWriter.h"

#include "engine/core/OutputFile.h"

#include "engine/core/Sha256.h"

#include "engine/registry/BundleFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <utility>
#include <vector>

namespace crucible {

namespace {

/// A regular file, rw-r--r--, in the high 16 bits of the zip external attributes.
constexpr quint32 kRegularFileAttributes = quint32(0100644) << 16;

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
        return ioError(QStringLiteral("cannot add the entry %1 (zip error %2)").arg(name).arg(file.getZipError()),
                       where);
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    if (!written || file.getZipError() != ZIP_OK)
        return ioError(QStringLiteral("cannot write the entry %1 (zip error %2); is the disk full?")
                           .arg(name)
                           .arg(file.getZipError()),
                       where);
    return Ok {};
}

/// Builds the zip at `tempPath`.
Status writeZip(const BundleContents& contents, const QString& tempPath, const QString& where)
{
    BundleManifest manifest = contents.manifest;
    manifest.formatVersion = bundle::kFormatVersion;
    if (!manifest.created.isValid())
        manifest.created = QDateTime::currentDateTimeUtc();
    const std::vector<std::pair<QString, QByteArray>> entries {
        {bundle::kManifestEntry, manifest.toBytes()},
        {bundle::kModelEntry, contents.model},
        {bundle::kModelCardEntry, contents.modelCard},
        {bundle::kReferenceProfileEntry, QJsonDocument(contents.referenceProfile).toJson(QJsonDocument::Indented)},
    };
    QByteArray checksums;
    for (const auto& [name, bytes] : entries)
        checksums += Sha256::hash(bytes).toHex() + "  " + name.toUtf8() + '\n';

    QuaZip zip(tempPath);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return ioError(QStringLiteral("cannot create the bundle (zip error %1)").arg(zip.getZipError()), where);
    for (const auto& [name, bytes] : entries) {
        Status added = addEntry(zip, name, bytes, manifest.created, name != bundle::kModelEntry, where);
        if (!added)
            return added;
    }
    Status added = addEntry(zip, bundle::kChecksumsEntry, checksums, manifest.created, true, where);
    if (!added)
        return added;
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return ioError(
            QStringLiteral("cannot finish the bundle (zip error %1); is the disk full?").arg(zip.getZipError()), where);
    return Ok {};
}

} // namespace

QString BundleWriter::fileName(const QString& name, int version)
{
    return QStringLiteral("%1-v%2%3").arg(name).arg(version).arg(bundle::kSuffix);
}

Status BundleWriter::write(const BundleContents& contents, const QString& path)
{
    const QFileInfo target(path);
    if (target.exists())
        return ioError(QStringLiteral("the file exists already; bundles are never overwritten"), path);
    if (!QDir().mkpath(target.absolutePath()))
        return ioError(QStringLiteral("cannot create the folder"), target.absolutePath());
    QTemporaryFile temp(QDir(target.absolutePath()).filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temp.open())
        return ioError(QStringLiteral("cannot create a temporary file: %1").arg(temp.errorString()),
                       target.absolutePath());
    const QString tempPath = temp.fileName();
    temp.close(); // QuaZip reopens it by name; `temp` still removes it on failure
    Status written = writeZip(contents, tempPath, path);
    if (!written)
        return written;
    QFile::setPermissions(tempPath, defaultFilePermissions()); // not the temporary file's 0600
    // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE or link+unlink).
    if (!QFile::rename(tempPath, path))
        return ioError(QStringLiteral("cannot move the finished bundle into place (does it exist already?)"), path);
    temp.setAutoRemove(false);
    return Ok {};
}

Result<QString> BundleWriter::writeInto(const BundleContents& contents, const QString& folder)
{
    const QString& name = contents.manifest.name;
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QLatin1String("..")))
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("the model name must not be empty or hold '/', '\\' or '..'"), name};
    const QString path = QDir(folder).filePath(fileName(name, contents.manifest.version));
    Status written = write(contents, path);
    if (!written)
        return written.error();
    return path;
}

} // namespace crucible
