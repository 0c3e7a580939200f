#include "BundleWriter.h"

#include "engine/core/Message.h"
#include "engine/core/SafeZip.h"
#include "engine/registry/BundleFormat.h"

#include <QDir>
#include <QJsonDocument>

#include <utility>
#include <vector>

namespace crucible {

QString BundleWriter::fileName(const QString& name, int version)
{
    return QStringLiteral("%1-v%2%3").arg(name).arg(version).arg(bundle::kSuffix);
}

Status BundleWriter::write(const BundleContents& contents, const QString& path)
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
    return writeSafeZip(path, entries, bundle::kChecksumsEntry, manifest.created, {bundle::kModelEntry},
                        QStringLiteral("bundle"));
}

Result<QString> BundleWriter::writeInto(const BundleContents& contents, const QString& folder)
{
    const QString& name = contents.manifest.name;
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QLatin1String("..")))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the model name must not be empty or hold '/', '\\' or '..'"), name};
    const QString path = QDir(folder).filePath(fileName(name, contents.manifest.version));
    Status written = write(contents, path);
    if (!written)
        return written.error();
    return path;
}

} // namespace crucible
