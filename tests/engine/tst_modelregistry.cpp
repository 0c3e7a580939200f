#include "../support/Files.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/BundleWriter.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/Predictor.h"
#include "engine/torch/ScriptModel.h"
#include "engine/torch/TorchRuntime.h"

#include <QBuffer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <sys/stat.h>

#include "../support/TestUtil.h"

using namespace crucible;

namespace {

/// A real TorchScript model.pt (an untrained 4-8-3 MLP) with weights from a random seed, so that
/// every call gives different bytes.
QJsonObject tinySignature();

QByteArray tinyModel()
{
    auto model = exportInitialModel(
        [] {
            ModelSpec spec = ModelSpec::preset(ModelKind::Mlp);
            spec.hidden = {8};
            return spec;
        }(),
        tinySignature(), QRandomGenerator::global()->generate64());
    return model ? model.value() : QByteArray();
}

QJsonObject tinySignature()
{
    const QJsonObject feature {{QStringLiteral("name"), QStringLiteral("x")},
                               {QStringLiteral("encoding"), QStringLiteral("standardised")},
                               {QStringLiteral("mean"), 0.0},
                               {QStringLiteral("std"), 1.0}};
    const QJsonObject signature {
        {QStringLiteral("kind"), QStringLiteral("tabular")},
        {QStringLiteral("features"), QJsonArray {feature, feature, feature, feature}},
        {QStringLiteral("width"), 4},
        {QStringLiteral("task"), QStringLiteral("classification")},
        {QStringLiteral("classes"), QJsonArray {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}};
    return signature;
}

/// `archive` (a TorchScript zip) with the storage offset of its first tensor set to 2^28
/// elements: checksums of the bundle around it stay right, only the model lies.
QByteArray withHostileStorageOffset(const QByteArray& archive)
{
    QBuffer in;
    in.setData(archive);
    QuaZip source(&in);
    if (!source.open(QuaZip::mdUnzip))
        return {};
    QList<QPair<QString, QByteArray>> entries;
    for (bool more = source.goToFirstFile(); more; more = source.goToNextFile()) {
        QuaZipFile file(&source);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entries.append({source.getCurrentFileName(), file.readAll()});
    }
    bool patched = false;
    for (auto& [name, bytes] : entries) {
        if (!name.endsWith(QLatin1String("/data.pkl")))
            continue;
        // A tensor is rebuilt from (storage) BINPERSID, BINPUT n, then its offset: K\x00 (BININT1 0),
        // followed by the MARK of its sizes. Offset 0 becomes J 0x10000000 (BININT).
        for (qsizetype i = 0; i + 6 < bytes.size() && !patched; ++i) {
            if (bytes[i] == 'Q' && bytes[i + 1] == 'q' && bytes[i + 3] == 'K' && bytes[i + 4] == '\0'
                && bytes[i + 5] == '(') {
                bytes.replace(i + 3, 2, QByteArray("J\x00\x00\x00\x10", 5));
                patched = true;
            }
        }
    }
    if (!patched)
        return {};
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QuaZip target(&out);
    if (!target.open(QuaZip::mdCreate))
        return {};
    for (const auto& [name, bytes] : entries) {
        QuaZipFile file(&target);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0, 0)
            || file.write(bytes) != bytes.size())
            return {};
        file.close();
    }
    target.close();
    return out.data();
}

BundleContents contents(const QString& name = QStringLiteral("iris"), double accuracy = 0.9)
{
    BundleContents c;
    c.manifest.name = name;
    c.manifest.created = QDateTime::currentDateTimeUtc();
    c.manifest.runId = QStringLiteral("0190a1b2c3d4e5f6");
    c.manifest.datasetName = QStringLiteral("iris");
    c.manifest.datasetHash = QString(64, QLatin1Char('b'));
    c.manifest.task = QStringLiteral("classification");
    c.manifest.metrics = {{QStringLiteral("accuracy"), accuracy}};
    c.model = tinyModel();
    c.manifest.inputSignature = tinySignature();
    c.manifest.outputSignature = {
        {QStringLiteral("classes"), QJsonArray {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}};
    c.modelCard = "# " + name.toUtf8() + '\n';
    return c;
}

/// Every file under `folder`, relative, sorted.
QStringList tree(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

class TestModelRegistry : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ModelRegistry> m_registry;

    RegisteredVersion addIris(double accuracy = 0.9)
    {
        auto added = m_registry->add(contents(QStringLiteral("iris"), accuracy), QStringLiteral("iris"));
        if (!added)
            qFatal("add failed: %s", qPrintable(added.error().text()));
        return added.value();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
        auto registry = ModelRegistry::open(folder);
        VERIFY_OK(registry);
        m_registry = std::move(registry.value());
    }
    void cleanup() { m_registry.reset(); }

    void anotherOpenInThisProcessKeepsAConnectionCurrent()
    {
        // Opening a registry (or workspace) checks its database file first. Reading that file by
        // any means but SQLite drops the POSIX locks of every connection this process holds on it;
        // another process closing its last connection then deletes the WAL under them, and they
        // read an old snapshot for ever (a server kept answering with a moved alias's old version).
        addIris();
        addIris();
        QVERIFY(m_registry->setAlias(QStringLiteral("iris"), QStringLiteral("production"), 1));
        QCOMPARE(m_registry->resolve(QStringLiteral("iris@production"))->version, 1);
        for (int i = 0; i < 2; ++i)
            VERIFY_OK(ModelRegistry::open(m_registry->folder())); // opened and closed beside it
        const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqlite.isEmpty(), "the sqlite3 command is missing: run scripts/setup-debian.sh");
        QProcess other; // another program moves the alias, then closes its connection
        other.start(sqlite,
                    {m_registry->databasePath(),
                     QStringLiteral("UPDATE aliases SET version = 2 WHERE name = 'iris' AND alias = 'production'")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        QCOMPARE(m_registry->resolve(QStringLiteral("iris@production"))->version, 2);
        QVERIFY(QFileInfo::exists(m_registry->databasePath() + QStringLiteral("-wal")));
    }

    void versionsCountUpFromOne()
    {
        for (int expected = 1; expected <= 3; ++expected) {
            const RegisteredVersion added = addIris(0.8 + expected / 100.0);
            QCOMPARE(added.version, expected);
            QVERIFY(added.isNew);
            QCOMPARE(
                added.bundlePath,
                QDir(m_registry->folder()).filePath(QStringLiteral("models/iris/%1/iris-v%1.crucible").arg(expected)));
            auto reader = BundleReader::open(added.bundlePath);
            VERIFY_OK(reader);
            QCOMPARE(reader->manifest().version, expected);
            QCOMPARE(reader->manifest().name, QStringLiteral("iris"));
            QCOMPARE(reader->sha256(), added.bundleSha256);
        }
        auto versions = m_registry->versions(QStringLiteral("iris"));
        QVERIFY(versions);
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->at(1).metrics.value(QStringLiteral("accuracy")).toDouble(), 0.82);
        auto models = m_registry->models();
        QVERIFY(models);
        QCOMPARE(models->size(), 1);
        QCOMPARE(models->first().versionCount, 3);
        QCOMPARE(models->first().latestVersion, 3);
    }

    void versionsAreImmutable()
    {
        const RegisteredVersion first = addIris();
        addIris();
        const RegisteredVersion third = addIris();
        QVERIFY(m_registry->deleteVersion(QStringLiteral("iris"), 3));
        QVERIFY(!QFileInfo::exists(third.bundlePath));
        QCOMPARE(addIris().version, 4); // a deleted number is never reused
        auto again = m_registry->resolve(QStringLiteral("iris@1"));
        QVERIFY(again);
        QCOMPARE(again->bundleSha256, first.bundleSha256);
        QCOMPARE(BundleReader::open(first.bundlePath)->sha256(), first.bundleSha256);
        // An existing bundle file is never replaced.
        QVERIFY(!BundleWriter::write(contents(), first.bundlePath));
        QCOMPARE(BundleReader::open(first.bundlePath)->sha256(), first.bundleSha256);
    }

    void aliasesAreLoggedInOrder()
    {
        addIris();
        addIris();
        const QString name = QStringLiteral("iris");
        QVERIFY(m_registry->setAlias(name, QStringLiteral("production"), 1));
        QVERIFY(m_registry->setAlias(name, QStringLiteral("production"), 2));
        QVERIFY(m_registry->setAlias(name, QStringLiteral("production"), 2)); // unchanged: not logged
        QVERIFY(m_registry->setAlias(name, QStringLiteral("staging"), 2));
        QVERIFY(m_registry->removeAlias(name, QStringLiteral("production")));
        QVERIFY(!m_registry->setAlias(name, QStringLiteral("staging"), 9));
        QVERIFY(!m_registry->setAlias(name, QStringLiteral("7"), 1));
        QCOMPARE(m_registry->removeAlias(name, QStringLiteral("production")).error().code, ErrorCode::NotFound);

        auto history = m_registry->aliasHistory(name);
        QVERIFY(history);
        QCOMPARE(history->size(), 4);
        using V = std::optional<int>;
        const QList<std::tuple<QString, V, V>> expected {{QStringLiteral("production"), std::nullopt, 1},
                                                         {QStringLiteral("production"), 1, 2},
                                                         {QStringLiteral("staging"), std::nullopt, 2},
                                                         {QStringLiteral("production"), 2, std::nullopt}};
        for (int i = 0; i < 4; ++i) {
            const AliasEvent& event = history->at(i);
            QCOMPARE(event.alias, std::get<0>(expected[i]));
            QCOMPARE(event.fromVersion, std::get<1>(expected[i]));
            QCOMPARE(event.toVersion, std::get<2>(expected[i]));
            QCOMPARE(event.name, name);
            QVERIFY(event.time.isValid());
            QVERIFY(!event.user.isEmpty());
            if (!qEnvironmentVariableIsEmpty("USER"))
                QCOMPARE(event.user, qEnvironmentVariable("USER"));
        }
        QCOMPARE(m_registry->models()->first().aliases, (QMap<QString, int> {{QStringLiteral("staging"), 2}}));
    }

    void resolvesReferences()
    {
        addIris();
        const RegisteredVersion second = addIris();
        addIris();
        QVERIFY(m_registry->setAlias(QStringLiteral("iris"), QStringLiteral("production"), 2));
        QCOMPARE(m_registry->resolve(QStringLiteral("iris"))->version, 3);
        QCOMPARE(m_registry->resolve(QStringLiteral("iris@2"))->version, 2);
        QCOMPARE(m_registry->resolve(QStringLiteral("iris@production"))->version, 2);
        auto byPath = m_registry->resolve(second.bundlePath);
        VERIFY_OK(byPath);
        QVERIFY(byPath->isRegistered);
        QCOMPARE(byPath->version, 2);

        auto outside = BundleWriter::writeInto(contents(QStringLiteral("wine")), m_dir.filePath(QStringLiteral("out")));
        QVERIFY(outside);
        auto unregistered = m_registry->resolve(outside.value());
        QVERIFY(unregistered);
        QVERIFY(!unregistered->isRegistered);
        QCOMPARE(unregistered->name, QStringLiteral("wine"));

        for (const char* bad : {"nope", "iris@9", "iris@canary"}) {
            auto missing = m_registry->resolve(QString::fromLatin1(bad));
            QVERIFY2(!missing, bad);
            QCOMPARE(missing.error().code, ErrorCode::NotFound);
        }
        QVERIFY(m_registry->resolve(QStringLiteral("iris@9")).error().message.contains(QStringLiteral("1, 2, 3")));
    }

    void deleteIsRefusedWhileAnAliasPoints()
    {
        addIris();
        const RegisteredVersion second = addIris();
        QVERIFY(m_registry->setAlias(QStringLiteral("iris"), QStringLiteral("production"), 2));
        Status refused = m_registry->deleteVersion(QStringLiteral("iris"), 2);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("production")), qPrintable(refused.error().message));
        QVERIFY(QFileInfo::exists(second.bundlePath));
        QCOMPARE(m_registry->versions(QStringLiteral("iris"))->size(), 2);
        QVERIFY(m_registry->removeAlias(QStringLiteral("iris"), QStringLiteral("production")));
        QVERIFY(m_registry->deleteVersion(QStringLiteral("iris"), 2));
        QVERIFY(!QFileInfo::exists(second.bundlePath));
        QCOMPARE(m_registry->versions(QStringLiteral("iris"))->size(), 1);
        QCOMPARE(m_registry->deleteVersion(QStringLiteral("iris"), 2).error().code, ErrorCode::NotFound);
    }

    void reimportIsRecognisedBySha256()
    {
        BundleContents c = contents();
        c.manifest.version = 5; // exported elsewhere as version 5
        auto exported = BundleWriter::writeInto(c, m_dir.filePath(QStringLiteral("export")));
        QVERIFY(exported);
        auto first = m_registry->importBundle(exported.value());
        VERIFY_OK(first);
        QVERIFY(first->isNew);
        QCOMPARE(first->version, 1);
        QCOMPARE(BundleReader::open(first->bundlePath)->manifest().version, 1); // rebuilt to match
        // The same model, its embedded manifest rewritten for version 1.
        auto rebuilt = ScriptModel::load(
            BundleReader::open(first->bundlePath)->entry(QStringLiteral("model.pt")).value(), first->bundlePath);
        VERIFY_OK(rebuilt);
        auto original = ScriptModel::load(c.model, QStringLiteral("original"));
        VERIFY_OK(original);
        QCOMPARE(QJsonDocument::fromJson(rebuilt.value()->embeddedManifest()).object().value(QStringLiteral("version")),
                 QJsonValue(1));
        const std::vector<float> x {0.5f, -1.0f, 2.0f, 0.0f, 1.5f, 3.0f, -2.0f, 0.25f};
        int outputs = 0;
        QVERIFY(rebuilt.value()->forward(x.data(), 2, {4}, &outputs).value()
                == original.value()->forward(x.data(), 2, {4}, &outputs).value());

        auto second = m_registry->importBundle(exported.value());
        QVERIFY(second);
        QVERIFY(!second->isNew);
        QCOMPARE(second->version, 1);
        auto stored = m_registry->importBundle(first->bundlePath); // the registry's own copy
        QVERIFY(stored);
        QVERIFY(!stored->isNew);
        QCOMPARE(m_registry->versions(QStringLiteral("iris"))->size(), 1);
    }

    void importIntoAFreshRegistry()
    {
        addIris();
        const RegisteredVersion source = addIris();
        auto fresh = ModelRegistry::open(m_dir.filePath(QStringLiteral("fresh")));
        QVERIFY(fresh);
        auto imported = fresh.value()->importBundle(source.bundlePath, QStringLiteral("flowers"));
        VERIFY_OK(imported);
        QCOMPARE(imported->version, 1);
        QCOMPARE(imported->name, QStringLiteral("flowers"));
        QCOMPARE(fresh.value()->resolve(QStringLiteral("flowers@1"))->bundleSha256, imported->bundleSha256);
        auto verbatim = ModelRegistry::open(m_dir.filePath(QStringLiteral("verbatim")));
        QVERIFY(verbatim);
        auto first = verbatim.value()->importBundle(m_registry->resolve(QStringLiteral("iris@1"))->bundlePath);
        QVERIFY(first);
        QCOMPARE(first->bundleSha256, m_registry->resolve(QStringLiteral("iris@1"))->bundleSha256); // copied as is
    }

    void refusedImportWritesNothing()
    {
        addIris();
        const QStringList before = tree(QDir(m_registry->folder()).filePath(QStringLiteral("models")));
        const QString junk = test::writeFile(m_dir.filePath(QStringLiteral("junk.crucible")), "not a zip");
        auto refused = m_registry->importBundle(junk);
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, QFileInfo(junk).absoluteFilePath());
        QCOMPARE(tree(QDir(m_registry->folder()).filePath(QStringLiteral("models"))), before);
        QCOMPARE(m_registry->versions(QStringLiteral("iris"))->size(), 1);
    }

    void modelPtCarriesItsManifest()
    {
        const RegisteredVersion added = addIris();
        auto bundle = BundleReader::open(added.bundlePath);
        VERIFY_OK(bundle);
        auto model = ScriptModel::load(bundle->entry(QStringLiteral("model.pt")).value(), added.bundlePath);
        VERIFY_OK(model);
        // The .pt alone says what it is: the same manifest as the bundle's crucible-model.json.
        QCOMPARE(model.value()->embeddedManifest(), bundle->entry(QStringLiteral("crucible-model.json")).value());
        QCOMPARE(QJsonDocument::fromJson(model.value()->embeddedManifest()).object().value(QStringLiteral("version")),
                 QJsonValue(added.version));
    }

    void importRefusesAModelTorchScriptCannotLoad()
    {
        addIris();
        const QStringList before = tree(QDir(m_registry->folder()).filePath(QStringLiteral("models")));
        BundleContents broken = contents(QStringLiteral("broken"));
        broken.model = QByteArray("PK\x03\x04 this is no TorchScript archive");
        const QString path = m_dir.filePath(QStringLiteral("broken-v1.crucible"));
        VERIFY_OK(BundleWriter::write(broken, path)); // checksums are right: only the model is bad
        auto refused = m_registry->importBundle(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("entry \"model.pt\": TorchScript cannot load it")),
                 qPrintable(refused.error().message));
        QCOMPARE(tree(QDir(m_registry->folder()).filePath(QStringLiteral("models"))), before);
        QVERIFY(!m_registry->resolve(QStringLiteral("broken")));
    }

    void tensorsOutsideTheirStorageAreRefusedAtImportAndLoad()
    {
        addIris();
        const QStringList before = tree(QDir(m_registry->folder()).filePath(QStringLiteral("models")));
        BundleContents hostile = contents(QStringLiteral("hostile"));
        hostile.model = withHostileStorageOffset(hostile.model);
        QVERIFY(!hostile.model.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("hostile-v1.crucible"));
        VERIFY_OK(BundleWriter::write(hostile, path)); // every checksum is right
        // LibTorch 1.13 loads such a tensor, and Crucible's own check refuses it ("reaches byte ...
        // of a storage of N bytes"); LibTorch 2.x refuses it itself while loading ("out of bounds
        // for storage"). Refused, naming the storage, nothing registered, no crash.
        const bool libTorchChecks = !torchruntime::captureEnvironment().torchVersion.startsWith(QLatin1String("1."));
        auto namesTheStorage = [libTorchChecks](const QString& message) {
            return message.contains(libTorchChecks ? QStringLiteral("out of bounds for storage")
                                                   : QStringLiteral("of a storage of"));
        };
        auto refused = m_registry->importBundle(path);
        QVERIFY(!refused);
        QVERIFY2(namesTheStorage(refused.error().message), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("model.pt")), qPrintable(refused.error().message));
        QCOMPARE(tree(QDir(m_registry->folder()).filePath(QStringLiteral("models"))), before);
        // Every load checks, not only import: predict on the file itself is refused too.
        auto reader = BundleReader::open(path);
        VERIFY_OK(reader);
        auto predictor = Predictor::open(reader.value());
        QVERIFY(!predictor);
        QVERIFY2(namesTheStorage(predictor.error().message), qPrintable(predictor.error().message));
    }

    void aModelThatDoesNotFitItsSignatureIsRefused()
    {
        BundleContents mismatched = contents(QStringLiteral("mismatched"));
        mismatched.manifest.outputSignature = {
            {QStringLiteral("classes"), QJsonArray {QStringLiteral("only"), QStringLiteral("two")}}};
        const QString path = m_dir.filePath(QStringLiteral("mismatched-v1.crucible"));
        VERIFY_OK(BundleWriter::write(mismatched, path));
        auto refused = m_registry->importBundle(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(
                     QStringLiteral("returns 3 values per input but its signature names 2 classes")),
                 qPrintable(refused.error().message));
    }

    void bundlesAreReadableAsTheUmaskSays()
    {
        // A registry shared by a team: bundles get 0666 & ~umask like any new file, not the 0600 of
        // the temporary file they are written as.
        const mode_t previous = ::umask(022);
        auto restore = qScopeGuard([&] { ::umask(previous); });
        const RegisteredVersion added = addIris();
        const QString path = m_dir.filePath(QStringLiteral("to-import.crucible"));
        VERIFY_OK(BundleWriter::write(contents(QStringLiteral("other")), path));
        auto imported = m_registry->importBundle(path);
        VERIFY_OK(imported);
        for (const QString& file : {added.bundlePath, imported->bundlePath, path}) {
            const QFileDevice::Permissions permissions = QFileInfo(file).permissions();
            QVERIFY2(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                           | QFileDevice::ReadOther),
                     qPrintable(file));
            QVERIFY(!permissions.testAnyFlags(QFileDevice::WriteGroup | QFileDevice::WriteOther));
        }
        ::umask(077);
        const RegisteredVersion secret = addIris();
        QVERIFY(
            !QFileInfo(secret.bundlePath).permissions().testAnyFlags(QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }

    void namesAreValidated()
    {
        for (const char* bad :
             {"", "a/b", "a@b", "..", ".", ".x", "x.", "x..y", " iris", "model.crucible", "a:b", "NUL", "a\x1b[2Jb"}) {
            auto added = m_registry->add(contents(), QString::fromLatin1(bad));
            QVERIFY2(!added, bad);
            QCOMPARE(added.error().code, ErrorCode::InvalidInput);
        }
        QVERIFY(!QFileInfo::exists(QDir(m_registry->folder()).filePath(QStringLiteral("models"))));
    }

    void aNameNeverReachesAnotherModelsFolder()
    {
        addIris();
        addIris();
        const QString models = QDir(m_registry->folder()).filePath(QStringLiteral("models"));
        const QStringList before = tree(models);
        // "." was models/./1, the folder of every model: registering it removed version 1 of each.
        for (const QString& bad : {QStringLiteral("."), QStringLiteral("Iris"), QStringLiteral("IRIS")}) {
            auto added = m_registry->add(contents(bad), bad);
            QVERIFY2(!added, qPrintable(bad));
            QCOMPARE(added.error().code, ErrorCode::InvalidInput);
        }
        auto collided = m_registry->add(contents(QStringLiteral("Iris")), QStringLiteral("Iris"));
        QVERIFY(collided.error().message.contains(QStringLiteral("differs from it only in case")));
        QCOMPARE(tree(models), before);
        auto versions = m_registry->versions(QStringLiteral("iris"));
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
        for (const RegisteredVersion& version : versions.value())
            QVERIFY2(QFileInfo::exists(version.bundlePath), qPrintable(version.bundlePath));
    }

    void importRefusesAManifestNameThatIsNoFolder()
    {
        addIris();
        const QString models = QDir(m_registry->folder()).filePath(QStringLiteral("models"));
        const QStringList before = tree(models);
        const QString path = m_dir.filePath(QStringLiteral("dot.crucible"));
        VERIFY_OK(BundleWriter::write(contents(QStringLiteral(".")), path));
        auto refused = m_registry->importBundle(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("the name in the bundle's manifest cannot be used")),
                 qPrintable(refused.error().message));
        QCOMPARE(refused.error().where, path);
        QCOMPARE(tree(models), before);
        // Under a name of the user's choosing it registers.
        auto renamed = m_registry->importBundle(path, QStringLiteral("dot"));
        VERIFY_OK(renamed);
        QCOMPARE(renamed->name, QStringLiteral("dot"));
    }

    void aBundleReplacedAfterRegistrationIsRefused()
    {
        const RegisteredVersion registered = addIris();
        VERIFY_OK(BundleReader::open(registered));
        // Another valid bundle, with right inner checksums and the same name and version, put in
        // its place: only the SHA-256 recorded at registration tells them apart.
        BundleContents other = contents(QStringLiteral("iris"), 0.99);
        other.manifest.version = registered.version;
        const QString replacement = m_dir.filePath(QStringLiteral("replacement.crucible"));
        VERIFY_OK(BundleWriter::write(other, replacement));
        QVERIFY(QFile::remove(registered.bundlePath));
        QVERIFY(QFile::copy(replacement, registered.bundlePath));
        VERIFY_OK(BundleReader::open(registered.bundlePath)); // in itself it is a fine bundle
        auto resolved = m_registry->resolve(QStringLiteral("iris@1"));
        VERIFY_OK(resolved);
        auto refused = BundleReader::open(resolved.value());
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, registered.bundlePath);
        QVERIFY2(refused.error().message.contains(QStringLiteral("not the bundle registered as iris@1")),
                 qPrintable(refused.error().message));

        const QString target = m_dir.filePath(QStringLiteral("exported.crucible"));
        const Status exported = ModelRegistry::exportVersion(resolved.value(), target);
        QVERIFY(!exported);
        QVERIFY2(exported.error().message.contains(QStringLiteral("not exported")),
                 qPrintable(exported.error().message));
        QVERIFY(!QFileInfo::exists(target));
    }

    void exportWritesTheRegisteredBytesAndNeverOverItsSource()
    {
        const RegisteredVersion registered = addIris();
        const QString target = m_dir.filePath(QStringLiteral("copy.crucible"));
        VERIFY_OK(ModelRegistry::exportVersion(registered, target));
        auto copy = BundleReader::open(target);
        VERIFY_OK(copy);
        QCOMPARE(copy->sha256(), registered.bundleSha256);
        const Status ontoItself = ModelRegistry::exportVersion(registered, registered.bundlePath);
        QVERIFY(!ontoItself);
        VERIFY_OK(BundleReader::open(registered));
    }

    void deleteRemovesOnlyAVersionFolderOfTheRegistry()
    {
        const RegisteredVersion first = addIris();
        addIris();
        // A row edited to name a folder outside (a hostile or damaged registry.db).
        const QString outside = m_dir.filePath(QStringLiteral("precious"));
        QVERIFY(QDir().mkpath(outside));
        QFile keep(QDir(outside).filePath(QStringLiteral("keep.txt")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(m_registry->databasePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE versions SET bundle_path = '../precious/x.crucible' "
                                              "WHERE name = 'iris' AND version = 1")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        const Status refused = m_registry->deleteVersion(QStringLiteral("iris"), 1);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("outside the registry's model folders")),
                 qPrintable(refused.error().message));
        QVERIFY(QFileInfo::exists(keep.fileName()));
        QVERIFY(QFileInfo::exists(first.bundlePath));
        auto versions = m_registry->versions(QStringLiteral("iris"));
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
        VERIFY_OK(m_registry->deleteVersion(QStringLiteral("iris"), 2));
    }
};

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "tst_modelregistry.moc"
