#include "../support/FileSizeLimit.h"
#include "../support/Files.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/BundleWriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "../support/TestUtil.h"

#include <quazip/quacrc32.h>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace crucible;

namespace {

/// One zip entry as a hostile test writes it. declaredSize >= 0 writes it raw with that size.
struct RawEntry {
    QString name;
    QByteArray bytes;
    int method = Z_DEFLATED;
    quint32 attributes = quint32(0100644) << 16;
    qint64 declaredSize = -1;
};

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

BundleContents sampleContents()
{
    BundleContents contents;
    BundleManifest& m = contents.manifest;
    m.name = QStringLiteral("iris");
    m.version = 1;
    m.created = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
    m.runId = QStringLiteral("0190a1b2c3d4e5f6");
    m.datasetName = QStringLiteral("iris");
    m.datasetHash = QString(64, QLatin1Char('a'));
    m.task = QStringLiteral("classification");
    m.inputSignature = QJsonObject {{QStringLiteral("features"), QJsonArray {QStringLiteral("sepal_length")}}};
    m.outputSignature = QJsonObject {{QStringLiteral("classes"), QJsonArray {QStringLiteral("setosa")}}};
    m.metrics = {{QStringLiteral("accuracy"), 0.96}};
    m.params = QJsonObject {{QStringLiteral("epochs"), 10}};
    m.environment = QJsonObject {{QStringLiteral("os"), QStringLiteral("linux")}};
    contents.model = randomBytes(64 * 1024);
    contents.modelCard = "# iris\n";
    contents.referenceProfile = QJsonObject {{QStringLiteral("columns"), QJsonArray {}}};
    return contents;
}

QByteArray checksumsFor(const QList<RawEntry>& entries)
{
    QByteArray text;
    for (const RawEntry& entry : entries)
        text += QCryptographicHash::hash(entry.bytes, QCryptographicHash::Sha256).toHex() + "  " + entry.name.toUtf8()
            + '\n';
    return text;
}

/// A valid bundle's entries, checksums.sha256 excluded.
QList<RawEntry> validEntries(const BundleManifest& manifest)
{
    return {{QStringLiteral("crucible-model.json"), manifest.toBytes()},
            {QStringLiteral("model.pt"), randomBytes(4096), 0},
            {QStringLiteral("model_card.md"), "# card\n"},
            {QStringLiteral("reference_profile.json"), "{}"}};
}

void writeZip(const QString& path, const QList<RawEntry>& entries)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const RawEntry& entry : entries) {
        QuaZipNewInfo info(entry.name);
        info.externalAttr = entry.attributes;
        QuaZipFile file(&zip);
        const bool raw = entry.declaredSize >= 0;
        if (raw)
            info.uncompressedSize = ulong(entry.declaredSize);
        const quint32 crc = QuaCrc32().calculate(entry.bytes);
        QVERIFY(file.open(QIODevice::WriteOnly, info, nullptr, crc, entry.method, entry.method ? 6 : 0, raw));
        QCOMPARE(file.write(entry.bytes), entry.bytes.size());
        file.close();
        QCOMPARE(file.getZipError(), ZIP_OK);
    }
    zip.close();
    QCOMPARE(zip.getZipError(), ZIP_OK);
}

} // namespace

class TestBundle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void manifestRoundTrip()
    {
        const BundleManifest manifest = sampleContents().manifest;
        auto back = BundleManifest::fromBytes(manifest.toBytes());
        VERIFY_OK(back);
        QCOMPARE(back->toJson(), manifest.toJson());
        QCOMPARE(back->created, manifest.created);
        QCOMPARE(back->metrics.value(QStringLiteral("accuracy")), 0.96);
        QCOMPARE(manifest.toJson().value(QStringLiteral("created")).toString(),
                 QStringLiteral("2024-05-06T07:08:09.123Z"));
    }

    void manifestErrorsNameTheField()
    {
        QJsonObject json = sampleContents().manifest.toJson();
        json.remove(QStringLiteral("run_id"));
        auto missing = BundleManifest::fromJson(json, QStringLiteral("here"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("\"run_id\" is missing")),
                 qPrintable(missing.error().message));
        QCOMPARE(missing.error().where, QStringLiteral("here"));
        json = sampleContents().manifest.toJson();
        json.insert(QStringLiteral("version"), QStringLiteral("three"));
        auto invalid = BundleManifest::fromJson(json);
        QVERIFY(!invalid);
        QVERIFY(invalid.error().message.contains(QStringLiteral("\"version\"")));
        json = sampleContents().manifest.toJson();
        json.insert(QStringLiteral("format_version"), 2);
        auto newer = BundleManifest::fromJson(json);
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, ErrorCode::Incompatible);
    }

    void writeAndReadBack()
    {
        const BundleContents contents = sampleContents();
        const QString folder = m_dir.filePath(QStringLiteral("round"));
        auto path = BundleWriter::writeInto(contents, folder);
        VERIFY_OK(path);
        QCOMPARE(QFileInfo(path.value()).fileName(), QStringLiteral("iris-v1.crucible"));
        QCOMPARE(test::listFolder(folder), QStringList {QStringLiteral("iris-v1.crucible")}); // no temp file left

        auto reader = BundleReader::open(path.value());
        VERIFY_OK(reader);
        QCOMPARE(reader->manifest().toJson(), contents.manifest.toJson());
        QCOMPARE(reader->modelCard(), contents.modelCard);
        QCOMPARE(reader->referenceProfile(), contents.referenceProfile);
        auto model = reader->entry(QStringLiteral("model.pt"));
        QVERIFY(model);
        QCOMPARE(model.value(), contents.model);
        const QByteArray sums = reader->entry(QStringLiteral("checksums.sha256")).value();
        QVERIFY(sums.contains(QCryptographicHash::hash(contents.model, QCryptographicHash::Sha256).toHex()
                              + "  model.pt\n"));
        QCOMPARE(sums.count('\n'), 4);
        QCOMPARE(reader->sha256(),
                 QString::fromLatin1(QCryptographicHash::hash(
                                         [&] {
                                             QFile f(path.value());
                                             f.open(QIODevice::ReadOnly);
                                             return f.readAll();
                                         }(),
                                         QCryptographicHash::Sha256)
                                         .toHex()));

        // Never overwritten.
        auto again = BundleWriter::writeInto(contents, folder);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Io);
        QCOMPARE(test::listFolder(folder), QStringList {QStringLiteral("iris-v1.crucible")});
    }

    void aFullDiskLeavesNoBundleBehind()
    {
        // The bundle grows past what the disk allows: the write fails naming the file, and neither
        // the bundle nor its temporary file is left in the folder.
        const QString folder = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        BundleContents contents = sampleContents();
        contents.model = randomBytes(512 * 1024);
        Status written = Error {};
        {
            test::FileSizeLimit full(128 * 1024);
            QVERIFY(full.isActive());
            written = BundleWriter::write(contents, QDir(folder).filePath(QStringLiteral("iris-v1.crucible")));
        }
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Io);
        QVERIFY2(written.error().text().contains(QStringLiteral("iris-v1.crucible")),
                 qPrintable(written.error().text()));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
        // With room again the same bundle is written whole.
        VERIFY_OK(BundleWriter::write(contents, QDir(folder).filePath(QStringLiteral("iris-v1.crucible"))));
        VERIFY_OK(BundleReader::open(QDir(folder).filePath(QStringLiteral("iris-v1.crucible"))));
    }

    void modelIsStoredUncompressed()
    {
        auto path = BundleWriter::writeInto(sampleContents(), m_dir.filePath(QStringLiteral("stored")));
        QVERIFY(path);
        QuaZip zip(path.value());
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QuaZipFileInfo64 info;
        QVERIFY(zip.setCurrentFile(QStringLiteral("model.pt")));
        QVERIFY(zip.getCurrentFileInfo(&info));
        QCOMPARE(info.method, quint16(0));
        QCOMPARE(info.compressedSize, info.uncompressedSize);
        QVERIFY(zip.setCurrentFile(QStringLiteral("crucible-model.json")));
        QVERIFY(zip.getCurrentFileInfo(&info));
        QCOMPARE(info.method, quint16(Z_DEFLATED));
    }

    void hostileBundleIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("reason");
        QTest::newRow("absolute path") << "absolute"
                                       << "/etc/evil"
                                       << "absolute path";
        QTest::newRow("dot-dot entry") << "dotdot"
                                       << "../evil"
                                       << "\"..\" component";
        QTest::newRow("symbolic link") << "symlink"
                                       << "model_card.md"
                                       << "symbolic link";
        QTest::newRow("duplicate names") << "duplicate"
                                         << "model.pt"
                                         << "more than once";
        QTest::newRow("oversized declared entry") << "oversized"
                                                  << "model_card.md"
                                                  << "declares 104857600 bytes";
        QTest::newRow("lying size (zip bomb)") << "bomb"
                                               << "model_card.md"
                                               << "";
        QTest::newRow("missing entry") << "missing"
                                       << "reference_profile.json"
                                       << "is missing";
        QTest::newRow("extra entry") << "extra"
                                     << "notes.txt"
                                     << "not part of a model bundle";
        QTest::newRow("bad checksum") << "badsum"
                                      << "model.pt"
                                      << "does not match its checksum";
        QTest::newRow("entry not in checksums") << "unlisted"
                                                << "model_card.md"
                                                << "not listed";
        QTest::newRow("newer format") << "newer"
                                      << "crucible-model.json"
                                      << "newer than this Crucible";
    }

    void hostileBundleIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, entry);
        QFETCH(QString, reason);
        BundleManifest manifest = sampleContents().manifest;
        if (kind == QLatin1String("newer")) {
            manifest.formatVersion = 2;
        }
        QList<RawEntry> entries = validEntries(manifest);
        RawEntry& card = entries[2];
        if (kind == QLatin1String("absolute"))
            entries.append({entry, "x"});
        else if (kind == QLatin1String("dotdot"))
            entries.append({entry, "x"});
        else if (kind == QLatin1String("symlink"))
            card.attributes = quint32(0120777) << 16;
        else if (kind == QLatin1String("oversized"))
            card = {card.name, card.bytes, 0, card.attributes, qint64(100) << 20};
        else if (kind == QLatin1String("missing"))
            entries.removeLast();
        else if (kind == QLatin1String("extra"))
            entries.append({entry, "notes"});
        QByteArray sums = checksumsFor(entries);
        if (kind == QLatin1String("unlisted"))
            sums = checksumsFor({entries[0], entries[1], entries[3]});
        if (kind == QLatin1String("duplicate"))
            entries.append(entries[1]);
        if (kind == QLatin1String("badsum"))
            entries[1].bytes[0] = char(entries[1].bytes[0] ^ 0x5a);
        if (kind == QLatin1String("bomb")) {
            // Declares 7 bytes, inflates to 1 MiB: raw deflate data cut out of qCompress's zlib stream.
            const QByteArray zlib = qCompress(QByteArray(1 << 20, 'z'), 9);
            card = {card.name, zlib.mid(6, zlib.size() - 10), Z_DEFLATED, card.attributes, 7};
        }
        entries.append({QStringLiteral("checksums.sha256"), sums});

        const QString folder = m_dir.filePath(QStringLiteral("hostile-") + kind);
        const QString path = QDir(folder).filePath(QStringLiteral("evil.crucible"));
        QDir().mkpath(folder);
        writeZip(path, entries);
        if (QTest::currentTestFailed())
            return;
        auto reader = BundleReader::open(path);
        QVERIFY(!reader);
        const Error& error = reader.error();
        QCOMPARE(error.where, QFileInfo(path).absoluteFilePath());
        QVERIFY2(error.message.contains(QStringLiteral("entry \"%1\"").arg(entry)), qPrintable(error.message));
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
        if (kind == QLatin1String("newer"))
            QCOMPARE(error.code, ErrorCode::Incompatible);
        QCOMPARE(test::listFolder(folder), QStringList {QStringLiteral("evil.crucible")}); // reading wrote nothing
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
    }

    void notAZipIsRefused()
    {
        const QString path = test::writeFile(m_dir.filePath(QStringLiteral("plain/model.crucible")), "hello, world\n");
        auto reader = BundleReader::open(path);
        QVERIFY(!reader);
        QCOMPARE(reader.error().where, QFileInfo(path).absoluteFilePath());
        QVERIFY(reader.error().message.contains(QStringLiteral("not a zip")));
        auto missing = BundleReader::open(m_dir.filePath(QStringLiteral("nowhere.crucible")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void sizeLimitIsConfigurable()
    {
        auto path = BundleWriter::writeInto(sampleContents(), m_dir.filePath(QStringLiteral("limits")));
        QVERIFY(path);
        BundleLimits limits;
        limits.modelBytes = 1000;
        auto reader = BundleReader::open(path.value(), limits);
        QVERIFY(!reader);
        QVERIFY2(reader.error().message.startsWith(QStringLiteral("entry \"model.pt\": declares 65536 bytes")),
                 qPrintable(reader.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
