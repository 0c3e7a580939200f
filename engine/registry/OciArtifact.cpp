#include "OciArtifact.h"

#include "engine/core/Message.h"
#include "engine/core/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace crucible::oci {

namespace {

Error refuse(const QString& message, const QString& where = QStringLiteral("manifest"))
{
    return Error {ErrorCode::InvalidInput, message, where};
}

bool isDigest(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return pattern.match(text).hasMatch();
}

QMap<QString, QString> annotationsOf(const QJsonValue& value)
{
    QMap<QString, QString> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
    }
    return out;
}

QJsonObject annotationsJson(const QMap<QString, QString>& annotations)
{
    QJsonObject out;
    for (auto it = annotations.begin(); it != annotations.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

Result<Descriptor> descriptorOf(const QJsonValue& value, const QString& what, qint64 maxBytes)
{
    if (!value.isObject())
        return refuse(CRUCIBLE_MESSAGE("its %1 is not a descriptor object").arg(what));
    const QJsonObject object = value.toObject();
    Descriptor descriptor;
    descriptor.mediaType = object.value(QStringLiteral("mediaType")).toString();
    descriptor.digest = object.value(QStringLiteral("digest")).toString();
    const QJsonValue size = object.value(QStringLiteral("size"));
    const double bytes = size.toDouble(-1);
    if (!isDigest(descriptor.digest))
        return refuse(CRUCIBLE_MESSAGE("its %1 has no sha256 digest").arg(what));
    if (!size.isDouble() || bytes < 1 || bytes > double(maxBytes) || bytes != double(qint64(bytes)))
        return refuse(CRUCIBLE_MESSAGE("its %1 declares a size of %2 bytes, outside 1 to %3")
                          .arg(what, size.isDouble() ? QString::number(bytes, 'g', 17) : QStringLiteral("?"))
                          .arg(maxBytes));
    descriptor.size = qint64(bytes);
    descriptor.annotations = annotationsOf(object.value(QStringLiteral("annotations")));
    return descriptor;
}

} // namespace

QString Reference::hostName() const
{
    if (host.startsWith(QLatin1Char('['))) // [::1]:5000
        return host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? host : host.left(colon);
}

bool Reference::isLoopback() const
{
    return isLoopbackHost(hostName());
}

bool isLoopbackHost(const QString& name)
{
    if (name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"));
    return name == QLatin1String("::1") || ipv4Loopback.match(name).hasMatch();
}

QString Reference::text() const
{
    QString out = QStringLiteral("oci://") + host + QLatin1Char('/') + repository;
    if (!tag.isEmpty())
        out += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        out += QLatin1Char('@') + digest;
    return out;
}

bool isValidTag(const QString& tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$"));
    return pattern.match(tag).hasMatch();
}

Result<Reference> Reference::parse(const QString& text)
{
    const QString where = text;
    if (!text.startsWith(QLatin1String("oci://")))
        return refuse(CRUCIBLE_MESSAGE("a registry reference starts with oci:// (oci://HOST[:PORT]/REPOSITORY[:TAG])"),
                      where);
    QString rest = text.mid(6);
    const qsizetype hostEnd = rest.indexOf(QLatin1Char('/'));
    const qsizetype userInfo = rest.left(hostEnd < 0 ? rest.size() : hostEnd).lastIndexOf(QLatin1Char('@'));
    if (userInfo >= 0) // never repeated back: it may hold a password
        return refuse(CRUCIBLE_MESSAGE("a registry reference holds no user or password (logins come from docker's "
                                       "configuration: docker login HOST)"),
                      QStringLiteral("oci://") + rest.mid(userInfo + 1));
    Reference ref;
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest = rest.left(at);
        if (!isDigest(ref.digest))
            return refuse(
                CRUCIBLE_MESSAGE("'%1' is not a digest: write @sha256: and 64 lowercase hex digits").arg(ref.digest),
                where);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return refuse(CRUCIBLE_MESSAGE("name the registry's host and a repository: oci://HOST[:PORT]/REPOSITORY"),
                      where);
    ref.host = rest.left(slash);
    QString path = rest.mid(slash + 1);
    const qsizetype colon = path.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        ref.tag = path.mid(colon + 1);
        path = path.left(colon);
        if (!isValidTag(ref.tag))
            return refuse(CRUCIBLE_MESSAGE("'%1' is not a tag: letters, digits, '.', '_' and '-', at most 128, "
                                           "not starting with '.' or '-'")
                              .arg(ref.tag),
                          where);
    }
    static const QRegularExpression hostPattern(
        QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
                       "|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$"));
    const QRegularExpressionMatch host = hostPattern.match(ref.host);
    if (!host.hasMatch())
        return refuse(CRUCIBLE_MESSAGE("'%1' is not a registry host (a name or address, then :PORT)").arg(ref.host),
                      where);
    if (!host.captured(5).isEmpty()) {
        const int port = host.captured(5).mid(1).toInt();
        if (port < 1 || port > 65535)
            return refuse(CRUCIBLE_MESSAGE("%1 is not a port: ports go from 1 to 65535").arg(host.captured(5).mid(1)),
                          where);
    }
    static const QRegularExpression repositoryPattern(
        QStringLiteral("^[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*$"));
    if (path.size() > 255 || !repositoryPattern.match(path).hasMatch())
        return refuse(CRUCIBLE_MESSAGE("'%1' is not a repository name: lowercase letters and digits, joined by "
                                       "'.', '_', '-' or '/'")
                          .arg(path),
                      where);
    ref.repository = path;
    return ref;
}

QString digestOf(const QByteArray& data)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(Sha256::hash(data).toHex());
}

QByteArray ArtifactManifest::toJson() const
{
    auto descriptorJson = [](const Descriptor& d) {
        QJsonObject object {{QStringLiteral("mediaType"), d.mediaType},
                            {QStringLiteral("digest"), d.digest},
                            {QStringLiteral("size"), d.size}};
        if (!d.annotations.isEmpty())
            object.insert(QStringLiteral("annotations"), annotationsJson(d.annotations));
        return object;
    };
    QJsonObject manifest {{QStringLiteral("schemaVersion"), 2},
                          {QStringLiteral("mediaType"), QString(kManifestMediaType)},
                          {QStringLiteral("artifactType"), QString(kArtifactType)},
                          {QStringLiteral("config"), descriptorJson(config)},
                          {QStringLiteral("layers"), QJsonArray {descriptorJson(layer)}}};
    if (!annotations.isEmpty())
        manifest.insert(QStringLiteral("annotations"), annotationsJson(annotations));
    return QJsonDocument(manifest).toJson(QJsonDocument::Compact);
}

Result<ArtifactManifest> parseManifest(const QByteArray& body, qint64 maxBundleBytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(CRUCIBLE_MESSAGE("the registry's manifest is not a JSON object"));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("schemaVersion")).toInt() != 2)
        return refuse(CRUCIBLE_MESSAGE("the manifest is not of schema version 2"));
    const QString mediaType = object.value(QStringLiteral("mediaType")).toString();
    if (!mediaType.isEmpty() && mediaType != kManifestMediaType)
        return refuse(CRUCIBLE_MESSAGE("the manifest is a %1, not an OCI image manifest holding a model (an image "
                                       "index or a Docker image?)")
                          .arg(mediaType));
    const QJsonValue layers = object.value(QStringLiteral("layers"));
    Result<Descriptor> config = descriptorOf(object.value(QStringLiteral("config")), QStringLiteral("config"), 1 << 20);
    if (!config)
        return config.error();
    const QString artifactType = object.value(QStringLiteral("artifactType")).toString();
    // Pushed by Crucible (or by a tool that copied its manifest): the config is Crucible's, and an
    // artifact type, where there is one, is too.
    if ((object.contains(QStringLiteral("artifactType")) && artifactType != kArtifactType)
        || config->mediaType != kConfigMediaType)
        return refuse(CRUCIBLE_MESSAGE("this artifact is not a Crucible model (artifact type '%1', config '%2')")
                          .arg(artifactType.isEmpty() ? QStringLiteral("none") : artifactType, config->mediaType));
    if (!layers.isArray() || layers.toArray().size() != 1)
        return refuse(CRUCIBLE_MESSAGE("a Crucible model has exactly one layer, its bundle; this manifest has %1")
                          .arg(layers.toArray().size()));
    Result<Descriptor> layer = descriptorOf(layers.toArray().first(), QStringLiteral("layer"), maxBundleBytes);
    if (!layer)
        return layer.error();
    if (layer->mediaType != kLayerMediaType)
        return refuse(CRUCIBLE_MESSAGE("its layer is of type '%1', not a Crucible bundle (%2)")
                          .arg(layer->mediaType, QString(kLayerMediaType)));
    ArtifactManifest manifest;
    manifest.config = config.value();
    manifest.layer = layer.value();
    manifest.annotations = annotationsOf(object.value(QStringLiteral("annotations")));
    return manifest;
}

} // namespace crucible::oci
