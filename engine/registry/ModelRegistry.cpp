#include "ModelRegistry.h"

#include "engine/core/ChangeHub.h"
#include "engine/core/Message.h"
#include "engine/core/Names.h"
#include "engine/core/OutputFile.h"
#include "engine/core/Sha256.h"

#include "engine/torch/ScriptModel.h"

#include "engine/registry/BundleReader.h"
#include "engine/registry/BundleWriter.h"
#include "engine/registry/Predictor.h"
#include "engine/registry/RegistryDatabase.h"
#include "engine/store/SqlUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

#include <cstdio>
#include <pwd.h>
#include <unistd.h>

namespace crucible {

namespace {

/// Writes a version's bundle with its final manifest also embedded in model.pt, so the .pt alone
/// describes itself.
Status writeVersion(BundleContents contents, const QString& target)
{
    contents.manifest.formatVersion = bundle::kFormatVersion;
    if (!contents.manifest.created.isValid())
        contents.manifest.created = QDateTime::currentDateTimeUtc();
    auto embedded = embedManifest(contents.model, contents.manifest.toBytes(), QStringLiteral("model.pt"));
    if (!embedded)
        return embedded.error();
    contents.model = embedded.value();
    return BundleWriter::write(contents, target);
}

/// Refuses a bundle whose model.pt TorchScript cannot load, whose tensors reach outside their
/// storage, or that does not take and answer its signature's shapes (what predict checks too).
Status checkModelLoads(const BundleReader& reader)
{
    auto predictor = Predictor::open(reader);
    if (!predictor) {
        const QString message = predictor.error().message;
        return Error {ErrorCode::InvalidInput,
                      message.startsWith(QLatin1String("entry "))
                          ? message
                          : CRUCIBLE_MESSAGE("entry \"model.pt\": %1").arg(message),
                      reader.path()};
    }
    return Ok {};
}

const QString kVersionColumns =
    QStringLiteral("name, version, bundle_path, bundle_sha256, run_id, created_at, metrics");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString currentUser()
{
    for (const char* variable : {"USER", "LOGNAME"}) {
        const QString user = QString::fromLocal8Bit(qgetenv(variable));
        if (!user.isEmpty())
            return user;
    }
    // Services and containers often run without $USER: ask the password database.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("uid %1").arg(geteuid());
}

QVariant optionalVersion(std::optional<int> version)
{
    return version ? QVariant(*version) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> versionFromVariant(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

/// Copies `source` to `target` through a temporary file in the target folder, never replacing.
Status copyAtomically(const QString& source, const QString& target)
{
    QTemporaryFile temp(QFileInfo(target).absolutePath() + QStringLiteral("/.import.XXXXXX"));
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read the bundle: %1").arg(in.errorString()), source};
    if (!temp.open())
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot create a temporary file: %1").arg(temp.errorString()),
                      target};
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(qint64(1) << 20);
        if (chunk.isEmpty() || temp.write(chunk) != chunk.size())
            return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot copy the bundle; is the disk full?"), target};
    }
    if (!temp.flush())
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot copy the bundle; is the disk full?"), target};
    temp.close();
    QFile::setPermissions(temp.fileName(), defaultFilePermissions()); // not the temporary file's 0600
    if (!QFile::rename(temp.fileName(), target))
        return Error {ErrorCode::Io, QStringLiteral("cannot move the bundle into place (does it exist already?)"),
                      target};
    temp.setAutoRemove(false);
    return Ok {};
}

} // namespace

struct ModelRegistry::Impl {
    QString folder;
    QString databasePath;
    QString connectionName = QStringLiteral("crucible-registry-") + QUuid::createUuid().toString(QUuid::Id128);
    Options options;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    /// Records an alias move (from or to may be absent: set for the first time, removed).
    Status logAliasEvent(const QString& name, const QString& alias, std::optional<int> from,
                         std::optional<int> to) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("INSERT INTO alias_events (time, user, name, alias, from_version, to_version) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant& value :
             QVariantList {now(), currentUser(), name, alias, optionalVersion(from), optionalVersion(to)})
            query.addBindValue(value);
        if (!query.exec())
            return sqlError(query.lastError(), databasePath, CRUCIBLE_MESSAGE("logging the alias change"));
        return Ok {};
    }
    /// Refuses a new model name that differs from an existing one only in case or Unicode form:
    /// both would share one folder on a case-insensitive or normalising file system.
    Status checkNoCollision(const QString& name)
    {
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("SELECT name FROM models")))
            return sqlError(query.lastError(), databasePath, CRUCIBLE_MESSAGE("reading model names"));
        const QString key = names::collisionKey(name);
        while (query.next()) {
            const QString existing = query.value(0).toString();
            if (existing != name && names::collisionKey(existing) == key)
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("the registry has a model \"%1\"; a name that differs from it only in "
                                               "case or Unicode form would share its folder on some file systems")
                                  .arg(existing),
                              name};
        }
        return Ok {};
    }
    QString versionFolder(const QString& name, int version) const
    {
        Q_ASSERT(names::staysInside(name));
        return QDir(folder).filePath(QStringLiteral("models/%1/%2").arg(name).arg(version));
    }
    /// Whether `path` is models/NAME/VERSION inside this registry, after resolving "." and "..".
    bool isVersionFolder(const QString& path) const
    {
        const QString models = QDir::cleanPath(QDir(folder).filePath(QStringLiteral("models")));
        const QString clean = QDir::cleanPath(path);
        if (!clean.startsWith(models + QLatin1Char('/')))
            return false;
        const QStringList parts = clean.mid(models.size() + 1).split(QLatin1Char('/'));
        bool isNumber = false;
        parts.value(1).toInt(&isNumber);
        return parts.size() == 2 && names::staysInside(parts.at(0)) && isNumber;
    }
    RegisteredVersion fromQuery(const QSqlQuery& query) const
    {
        RegisteredVersion version;
        version.name = query.value(0).toString();
        version.version = query.value(1).toInt();
        version.bundlePath = QDir(folder).filePath(query.value(2).toString());
        version.bundleSha256 = query.value(3).toString();
        version.runId = query.value(4).toString();
        version.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        version.metrics = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
        return version;
    }
};

ModelRegistry::ModelRegistry() : m_impl(std::make_unique<Impl>())
{ }

ModelRegistry::~ModelRegistry()
{
    {
        QSqlDatabase db = m_impl->db();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_impl->connectionName);
}

Status ModelRegistry::announce(const Status& status) const
{
    if (status)
        Q_EMIT ChangeHub::instance().registryChanged(folder());
    return status;
}

void ModelRegistry::announce() const
{
    Q_EMIT ChangeHub::instance().registryChanged(folder());
}

Result<std::unique_ptr<ModelRegistry>> ModelRegistry::open(const QString& folder)
{
    return open(folder, Options {});
}

Result<std::unique_ptr<ModelRegistry>> ModelRegistry::open(const QString& folder, Options options)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (!QDir().mkpath(absolute))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot create the registry folder"), absolute};
    std::unique_ptr<ModelRegistry> registry(new ModelRegistry);
    registry->m_impl->folder = absolute;
    registry->m_impl->databasePath = QDir(absolute).filePath(QStringLiteral("registry.db"));
    registry->m_impl->options = options;
    auto db = registrydb::open(registry->m_impl->databasePath, registry->m_impl->connectionName, options.busyTimeoutMs);
    if (!db)
        return db.error(); // the destructor removes the connection
    return registry;
}

Status ModelRegistry::validateName(const QString& name, bool isAlias)
{
    const QString what = isAlias ? CRUCIBLE_MESSAGE("an alias") : CRUCIBLE_MESSAGE("a model name");
    // A model name is a folder of the registry; an alias is not, but follows the same rule so that
    // both read the same in references (NAME@ALIAS) and on every terminal.
    if (Status valid = names::check(name, what, names::Use::PathComponent); !valid)
        return valid;
    auto refuse = [&](const QString& why) {
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("%1 must not %2").arg(what, why), name};
    };
    if (name.contains(QLatin1Char('@')))
        return refuse(CRUCIBLE_MESSAGE("contain '@' (it separates a name from its version or alias)"));
    if (name.contains(QLatin1String("..")))
        return refuse(QStringLiteral("contain \"..\""));
    if (name.endsWith(bundle::kSuffix, Qt::CaseInsensitive))
        return refuse(CRUCIBLE_MESSAGE("end in \".crucible\""));
    bool isNumber = false;
    name.toLong(&isNumber);
    if (isAlias && isNumber)
        return refuse(CRUCIBLE_MESSAGE("be a plain number (NAME@3 means version 3)"));
    return Ok {};
}

Status ModelRegistry::exportVersion(const RegisteredVersion& version, const QString& target)
{
    QFile source(version.bundlePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("cannot read the bundle: %1").arg(source.errorString()),
                      version.bundlePath};
    OutputFile output;
    if (Status opened = output.open(target, {version.bundlePath}); !opened)
        return opened;
    Sha256 hash;
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        hash.addData(chunk);
        if (Status written = output.write(chunk); !written)
            return written;
    }
    if (source.error() != QFileDevice::NoError)
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("reading the bundle failed: %1").arg(source.errorString()),
                      version.bundlePath};
    const QString sha = QString::fromLatin1(hash.result().toHex());
    if (version.isRegistered && sha != version.bundleSha256)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("this file is not the bundle registered as %1 (its SHA-256 differs from the "
                                       "one recorded at registration), so it was not exported")
                          .arg(version.reference()),
                      version.bundlePath};
    return output.commit();
}

QString ModelRegistry::folder() const
{
    return m_impl->folder;
}

QString ModelRegistry::databasePath() const
{
    return m_impl->databasePath;
}

Result<RegisteredVersion> ModelRegistry::add(const BundleContents& contents, const QString& name)
{
    Status valid = validateName(name);
    if (!valid)
        return valid.error();
    return registerBundle(name, {}, [&](const QString& target, int version, bool&) {
        BundleContents copy = contents;
        copy.manifest.name = name;
        copy.manifest.version = version;
        return writeVersion(copy, target);
    });
}

Result<RegisteredVersion> ModelRegistry::importBundle(const QString& path, const QString& requestedName,
                                                      ImportSource source, const QString& sha256,
                                                      const std::function<bool()>& cancelled)
{
    auto reader = BundleReader::open(path, m_impl->options.limits, BundleReader::ModelEntry::Keep,
                                     source == ImportSource::Move ? sha256 : QString());
    if (!reader)
        return reader.error();
    const auto stopped = [&] {
        return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the import was cancelled; nothing was registered"), path};
    };
    if (cancelled && cancelled())
        return stopped();
    if (Status loadable = checkModelLoads(reader.value()); !loadable)
        return loadable.error();
    if (cancelled && cancelled())
        return stopped();
    const BundleManifest& manifest = reader->manifest();
    const QString name = requestedName.isEmpty() ? manifest.name : requestedName;
    Status valid = validateName(name);
    if (!valid && requestedName.isEmpty())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the name in the bundle's manifest cannot be used (%1); register it under "
                                       "another name")
                          .arg(valid.error().message),
                      reader->path()};
    if (!valid)
        return valid.error();
    auto existing = findBySha(name, reader->sha256());
    if (existing || existing.error().code != ErrorCode::NotFound)
        return existing;
    const auto write = [&](const QString& target, int version, bool& verbatim) -> Status {
        if (manifest.name == name && manifest.version == version) {
            // A download of ours is renamed into place (rename(2) itself: QFile::rename would copy across
            // file systems): no one else can have written to it since it was verified.
            if (source == ImportSource::Move
                && std::rename(QFile::encodeName(reader->path()).constData(), QFile::encodeName(target).constData())
                    == 0) {
                QFile::setPermissions(target, defaultFilePermissions());
                verbatim = true;
                return Ok {};
            }
            // A copy is verified again where it lands (registerBundle): the source could have been changed
            // between being hashed and being read.
            Status copied = copyAtomically(reader->path(), target);
            if (!copied)
                return copied;
            auto sha = sha256OfFile(target);
            if (sha && sha.value() == reader->sha256())
                return Ok {};
            QFile::remove(target);
            return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("the bundle changed while it was imported; try again"),
                          reader->path()};
        }
        // Another name or version: rebuild it so its manifest matches where it is registered.
        auto model = reader->entry(bundle::kModelEntry);
        if (!model)
            return model.error();
        BundleContents contents {manifest, model.value(), reader->modelCard(), reader->referenceProfile()};
        contents.manifest.name = name;
        contents.manifest.version = version;
        return writeVersion(contents, target);
    };
    return registerBundle(name, reader->sha256(), write, &reader.value());
}

Result<RegisteredVersion> ModelRegistry::registerBundle(const QString& name, const QString& sourceSha256,
                                                        const BundleSource& writeBundle, const BundleReader* source)
{
    QSqlDatabase db = m_impl->db();
    const QString& where = m_impl->databasePath;
    registrydb::Transaction transaction(db, where);
    if (!transaction.begun())
        return transaction.begun().error();
    if (!sourceSha256.isEmpty()) { // checked again under the write lock: another process may have won
        auto existing = findBySha(name, sourceSha256);
        if (existing || existing.error().code != ErrorCode::NotFound)
            return existing;
    }
    QSqlQuery query(db);
    if (Status distinct = m_impl->checkNoCollision(name); !distinct)
        return distinct.error();
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO models (name, created_at) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(now());
    if (!query.exec())
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("adding the model"));
    query.prepare(QStringLiteral("SELECT last_version FROM models WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("numbering the version"));
    const int version = query.value(0).toInt() + 1;

    // Numbers are never reused, so a folder for `version` can only be what a crash left behind;
    // the write lock we hold keeps other processes out while it is replaced.
    const QString folder = m_impl->versionFolder(name, version);
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot create the version folder"), folder};
    auto cleanUp = qScopeGuard([&] {
        QDir(folder).removeRecursively();
        QDir().rmdir(QFileInfo(folder).absolutePath()); // the model's folder, when this left it empty
    });
    const QString target = QDir(folder).filePath(BundleWriter::fileName(name, version));
    bool verbatim = false;
    Status written = writeBundle(target, version, verbatim);
    if (!written)
        return written.error();
    std::optional<BundleReader> reopened;
    if (!verbatim || !source) { // what was written is verified as a reader of the registry would
        auto opened = BundleReader::open(target, m_impl->options.limits);
        if (!opened)
            return opened.error();
        reopened.emplace(std::move(opened.value()));
    }
    const BundleReader* reader = reopened ? &*reopened : source;
    const QString sha = reader->sha256();

    RegisteredVersion registered;
    registered.name = name;
    registered.version = version;
    registered.bundlePath = target;
    registered.bundleSha256 = sha;
    registered.runId = reader->manifest().runId;
    registered.createdAt = QDateTime::fromString(now(), Qt::ISODateWithMs);
    for (auto it = reader->manifest().metrics.constBegin(); it != reader->manifest().metrics.constEnd(); ++it)
        registered.metrics.insert(it.key(), it.value());
    registered.isNew = true;

    query.prepare(QStringLiteral("INSERT INTO versions (name, version, bundle_path, bundle_sha256, source_sha256, "
                                 "run_id, created_at, metrics) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         QVariantList {name, version, QDir(m_impl->folder).relativeFilePath(target), registered.bundleSha256,
                       sourceSha256.isEmpty() ? registered.bundleSha256 : sourceSha256, registered.runId,
                       registered.createdAt.toString(Qt::ISODateWithMs),
                       QString::fromUtf8(QJsonDocument(registered.metrics).toJson(QJsonDocument::Compact))})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("recording the version"));
    query.prepare(QStringLiteral("UPDATE models SET last_version = ? WHERE name = ?"));
    query.addBindValue(version);
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("numbering the version"));
    Status committed = transaction.commit();
    if (!committed)
        return committed.error();
    cleanUp.dismiss();
    announce();
    return registered;
}

Result<QList<RegisteredVersion>> ModelRegistry::query(const QString& condition, const QVariantList& values) const
{
    QSqlQuery query(m_impl->db());
    query.prepare(
        QStringLiteral("SELECT %1 FROM versions WHERE %2 ORDER BY name, version").arg(kVersionColumns, condition));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), m_impl->databasePath, CRUCIBLE_MESSAGE("reading versions"));
    QList<RegisteredVersion> found;
    while (query.next())
        found.append(m_impl->fromQuery(query));
    return found;
}

Result<RegisteredVersion> ModelRegistry::findVersion(const QString& name, int version) const
{
    auto found = query(QStringLiteral("name = ? AND version = ?"), {name, version});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        auto all = versions(name);
        if (!all)
            return all.error();
        QStringList numbers;
        for (const RegisteredVersion& v : all.value())
            numbers << QString::number(v.version);
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("\"%1\" has no version %2; %3")
                          .arg(name)
                          .arg(version)
                          .arg(numbers.isEmpty()
                                   ? CRUCIBLE_MESSAGE("it has no versions")
                                   : CRUCIBLE_MESSAGE("its versions are ") + numbers.join(QStringLiteral(", "))),
                      m_impl->folder};
    }
    return found->first();
}

Result<RegisteredVersion> ModelRegistry::findBySha(const QString& name, const QString& sha256) const
{
    const QString condition = QStringLiteral("(bundle_sha256 = ? OR source_sha256 = ?)");
    auto found = name.isEmpty() ? query(condition, {sha256, sha256})
                                : query(QStringLiteral("name = ? AND ") + condition, {name, sha256, sha256});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no registered version has this SHA-256"), sha256};
    return found->first();
}

Result<QList<RegisteredVersion>> ModelRegistry::versions(const QString& name) const
{
    return query(QStringLiteral("name = ?"), {name});
}

Result<QList<ModelSummary>> ModelRegistry::models() const
{
    QSqlQuery query(m_impl->db());
    if (!query.exec(QStringLiteral("SELECT m.name, count(v.version), coalesce(max(v.version), 0) FROM models m "
                                   "LEFT JOIN versions v ON v.name = m.name GROUP BY m.name ORDER BY m.name")))
        return sqlError(query.lastError(), m_impl->databasePath, CRUCIBLE_MESSAGE("listing models"));
    QList<ModelSummary> models;
    while (query.next())
        models.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(), {}});
    if (!query.exec(QStringLiteral("SELECT name, alias, version FROM aliases")))
        return sqlError(query.lastError(), m_impl->databasePath, CRUCIBLE_MESSAGE("listing aliases"));
    while (query.next()) {
        for (ModelSummary& model : models) {
            if (model.name == query.value(0).toString())
                model.aliases.insert(query.value(1).toString(), query.value(2).toInt());
        }
    }
    return models;
}

Result<int> ModelRegistry::aliasTarget(const QString& name, const QString& alias) const
{
    QSqlQuery query(m_impl->db());
    query.prepare(QStringLiteral("SELECT version FROM aliases WHERE name = ? AND alias = ?"));
    query.addBindValue(name);
    query.addBindValue(alias);
    if (!query.exec())
        return sqlError(query.lastError(), m_impl->databasePath, CRUCIBLE_MESSAGE("reading aliases"));
    if (!query.next())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("\"%1\" has no alias \"%2\"").arg(name, alias),
                      m_impl->folder};
    return query.value(0).toInt();
}

Result<RegisteredVersion> ModelRegistry::resolve(const QString& reference) const
{
    if (reference.contains(QLatin1Char('/')) || reference.endsWith(bundle::kSuffix, Qt::CaseInsensitive)) {
        auto reader = BundleReader::open(reference, m_impl->options.limits);
        if (!reader)
            return reader.error();
        auto registered = findBySha({}, reader->sha256());
        if (registered || registered.error().code != ErrorCode::NotFound)
            return registered;
        RegisteredVersion outside;
        outside.name = reader->manifest().name;
        outside.version = reader->manifest().version;
        outside.bundlePath = reader->path();
        outside.bundleSha256 = reader->sha256();
        outside.runId = reader->manifest().runId;
        outside.createdAt = reader->manifest().created;
        for (auto it = reader->manifest().metrics.constBegin(); it != reader->manifest().metrics.constEnd(); ++it)
            outside.metrics.insert(it.key(), it.value());
        outside.isRegistered = false;
        return outside;
    }
    const qsizetype at = reference.indexOf(QLatin1Char('@'));
    const QString name = at < 0 ? reference : reference.left(at);
    const QString selector = at < 0 ? QString() : reference.mid(at + 1);
    // Looking up needs no path rule (and names registered under older rules stay reachable).
    if (Status valid = names::check(name, CRUCIBLE_MESSAGE("a model name"), names::Use::Label); !valid)
        return valid.error();
    auto all = versions(name);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("the registry has no versions of \"%1\"").arg(name),
                      m_impl->folder};
    if (selector.isEmpty())
        return all->last();
    bool isNumber = false;
    const int version = selector.toInt(&isNumber);
    if (isNumber)
        return findVersion(name, version);
    auto target = aliasTarget(name, selector);
    if (!target)
        return target.error();
    return findVersion(name, target.value());
}

Status ModelRegistry::setAlias(const QString& name, const QString& alias, int version)
{
    Status valid = validateName(alias, true);
    if (!valid)
        return valid;
    registrydb::Transaction transaction(m_impl->db(), m_impl->databasePath);
    if (!transaction.begun())
        return transaction.begun();
    auto found = findVersion(name, version);
    if (!found)
        return found.error();
    auto current = aliasTarget(name, alias);
    if (!current && current.error().code != ErrorCode::NotFound)
        return current.error();
    const std::optional<int> from = current ? std::optional<int>(current.value()) : std::nullopt;
    if (from == version)
        return Ok {}; // already there: nothing moved, nothing to log
    QSqlQuery query(m_impl->db());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO aliases (name, alias, version) VALUES (?, ?, ?)"));
    for (const QVariant& value : QVariantList {name, alias, version})
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), m_impl->databasePath, CRUCIBLE_MESSAGE("setting the alias"));
    if (Status logged = m_impl->logAliasEvent(name, alias, from, version); !logged)
        return logged;
    return announce(transaction.commit());
}

Status ModelRegistry::removeAlias(const QString& name, const QString& alias)
{
    registrydb::Transaction transaction(m_impl->db(), m_impl->databasePath);
    if (!transaction.begun())
        return transaction.begun();
    auto current = aliasTarget(name, alias);
    if (!current)
        return current.error();
    QSqlQuery query(m_impl->db());
    query.prepare(QStringLiteral("DELETE FROM aliases WHERE name = ? AND alias = ?"));
    query.addBindValue(name);
    query.addBindValue(alias);
    if (!query.exec())
        return sqlError(query.lastError(), m_impl->databasePath, CRUCIBLE_MESSAGE("removing the alias"));
    if (Status logged = m_impl->logAliasEvent(name, alias, current.value(), std::nullopt); !logged)
        return logged;
    return announce(transaction.commit());
}

Result<QList<AliasEvent>> ModelRegistry::aliasHistory(const QString& name) const
{
    QSqlQuery query(m_impl->db());
    query.prepare(QStringLiteral("SELECT time, user, name, alias, from_version, to_version FROM alias_events "
                                 "WHERE name = ? ORDER BY id"));
    query.addBindValue(name);
    if (!query.exec())
        return sqlError(query.lastError(), m_impl->databasePath, CRUCIBLE_MESSAGE("reading the alias history"));
    QList<AliasEvent> events;
    while (query.next()) {
        events.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(), versionFromVariant(query.value(4)),
                       versionFromVariant(query.value(5))});
    }
    return events;
}

Status ModelRegistry::deleteVersion(const QString& name, int version)
{
    registrydb::Transaction transaction(m_impl->db(), m_impl->databasePath);
    if (!transaction.begun())
        return transaction.begun();
    auto found = findVersion(name, version);
    if (!found)
        return found.error();
    QSqlQuery query(m_impl->db());
    query.prepare(QStringLiteral("SELECT alias FROM aliases WHERE name = ? AND version = ? ORDER BY alias"));
    query.addBindValue(name);
    query.addBindValue(version);
    if (!query.exec())
        return sqlError(query.lastError(), m_impl->databasePath, CRUCIBLE_MESSAGE("reading aliases"));
    QStringList aliases;
    while (query.next())
        aliases << query.value(0).toString();
    if (!aliases.isEmpty())
        return Error {
            ErrorCode::InvalidInput,
            CRUCIBLE_MESSAGE("version %1 of \"%2\" is what alias %3 points at; move or remove the alias first")
                .arg(version)
                .arg(name, aliases.join(QStringLiteral(", "))),
            m_impl->folder};
    // The folder removed is the one the row names, and only when it is a version folder here.
    const QString folder = QFileInfo(found->bundlePath).absolutePath();
    if (!m_impl->isVersionFolder(folder))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the version's row names a bundle outside the registry's model folders; "
                                       "nothing was deleted"),
                      found->bundlePath};
    query.prepare(QStringLiteral("DELETE FROM versions WHERE name = ? AND version = ?"));
    query.addBindValue(name);
    query.addBindValue(version);
    if (!query.exec())
        return sqlError(query.lastError(), m_impl->databasePath, CRUCIBLE_MESSAGE("deleting the version"));
    Status committed = transaction.commit();
    if (!committed)
        return committed;
    announce();
    // Files go only after the row: a crash in between leaves an orphan folder, never a dangling row.
    if (!QDir(folder).removeRecursively())
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("the version was deleted but its files could not be removed"),
                      folder};
    return Ok {};
}

} // namespace crucible
