// Reproducibility as a user checks it from the command line: runs rerun --check of deterministic
// runs of every model kind, another thread count named, a changed recipe caught, runs diff, and a
// packed run unpacked and rerun in another workspace; hostile packages refused, nothing added.
#include "../support/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <functional>
#include <random>

using crucible::test::CliOutcome;
using crucible::test::runCli;

namespace {

/// Gray 8x8 PNGs, `perClass` of each of two brightness classes, under FOLDER/dark and FOLDER/light.
bool writeImages(const QString& folder, int perClass)
{
    std::mt19937 random(3);
    std::normal_distribution<double> noise(0.0, 20.0);
    for (const auto& [name, level] : {std::pair {"dark", 70}, std::pair {"light", 170}}) {
        const QString classFolder = QDir(folder).filePath(QString::fromLatin1(name));
        if (!QDir().mkpath(classFolder))
            return false;
        for (int i = 0; i < perClass; ++i) {
            QImage image(8, 8, QImage::Format_Grayscale8);
            for (int y = 0; y < 8; ++y) {
                for (int x = 0; x < 8; ++x)
                    image.scanLine(y)[x] = uchar(std::clamp(level + noise(random), 0.0, 255.0));
            }
            if (!image.save(QDir(classFolder).filePath(QStringLiteral("%1.png").arg(i))))
                return false;
        }
    }
    return true;
}

/// The entries of a zip, by name, in order.
QList<std::pair<QString, QByteArray>> readEntries(const QString& path)
{
    QList<std::pair<QString, QByteArray>> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entries.append({zip.getCurrentFileName(), file.readAll()});
    }
    return entries;
}

/// Writes `entries` as a zip; with `rehash`, checksums.sha256 is made again for the others.
void writeEntries(const QString& path, QList<std::pair<QString, QByteArray>> entries, bool rehash)
{
    if (rehash) {
        QByteArray sums;
        for (const auto& [name, bytes] : entries) {
            if (name != QLatin1String("checksums.sha256"))
                sums +=
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "  " + name.toUtf8() + '\n';
        }
        for (auto& [name, bytes] : entries) {
            if (name == QLatin1String("checksums.sha256"))
                bytes = sums;
        }
    }
    QFile::remove(path);
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const auto& [name, bytes] : entries) {
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(bytes);
        file.close();
    }
    zip.close();
}

QByteArray& entry(QList<std::pair<QString, QByteArray>>& entries, const QString& name)
{
    for (auto& [entryName, bytes] : entries) {
        if (entryName == name)
            return bytes;
    }
    static QByteArray none;
    return none;
}

} // namespace

class TestReproCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_other;

    CliOutcome cli(const QStringList& arguments, const QString& workspace = {})
    {
        return runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"),
                                   workspace.isEmpty() ? m_workspace : workspace}
                      + arguments);
    }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    /// Trains a run with `arguments` on top of a small deterministic recipe; its id.
    QString train(const QStringList& arguments)
    {
        const auto trained =
            cli(QStringList {QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--epochs"),
                             QStringLiteral("3"), QStringLiteral("--set"), QStringLiteral("deterministic=true"),
                             QStringLiteral("--threads"), QStringLiteral("1")}
                + arguments);
        if (trained.exitCode != 0)
            qWarning("%s", qPrintable(trained.err));
        return trained.json().value(QStringLiteral("run_id")).toString();
    }

    int runCount(const QString& workspace)
    {
        return cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list")}, workspace)
            .json()
            .value(QStringLiteral("count"))
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        m_other = m_dir.filePath(QStringLiteral("colleague"));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        QVERIFY(writeImages(file(QStringLiteral("shades")), 24));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"), file(QStringLiteral("shades")),
                      QStringLiteral("--kind"), QStringLiteral("images")})
                     .exitCode,
                 0);
    }

    void everyModelKindReproducesBitForBit()
    {
        const QList<std::pair<QString, QString>> kinds {{QStringLiteral("iris"), QStringLiteral("mlp:16")},
                                                        {QStringLiteral("iris"), QStringLiteral("linear")},
                                                        {QStringLiteral("shades"), QStringLiteral("cnn:4")},
                                                        {QStringLiteral("shades"), QStringLiteral("resnet:4")}};
        for (const auto& [data, model] : kinds) {
            const QString run = train({QStringLiteral("--data"), data, QStringLiteral("--model"), model,
                                       QStringLiteral("--batch"), QStringLiteral("8")});
            QVERIFY2(!run.isEmpty(), qPrintable(model));
            const auto rerun = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("rerun"), run,
                                    QStringLiteral("--check")});
            QVERIFY2(rerun.exitCode == 0, qPrintable(model + rerun.out + rerun.err));
            const QJsonObject check = rerun.json().value(QStringLiteral("check")).toObject();
            QCOMPARE(check.value(QStringLiteral("verdict")).toString(), QStringLiteral("reproduced"));
            QVERIFY2(check.value(QStringLiteral("points")).toInt() >= 6, qPrintable(model));
            QCOMPARE(check.value(QStringLiteral("identical")).toInt(), check.value(QStringLiteral("points")).toInt());
            QVERIFY(check.value(QStringLiteral("keys")).toArray().contains(QStringLiteral("test_loss")));
            QCOMPARE(check.value(QStringLiteral("exact")).toBool(), true);
            // The rerun records where it came from and its verdict, as params a user sees.
            const auto shown = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("show"),
                                    check.value(QStringLiteral("rerun")).toString()});
            const QJsonObject params = shown.json().value(QStringLiteral("params")).toObject();
            QCOMPARE(params.value(QStringLiteral("rerun.of")).toString(), run);
            QCOMPARE(params.value(QStringLiteral("rerun.verdict")).toString(), QStringLiteral("reproduced"));
        }
    }

    void anotherThreadCountIsNamed()
    {
        const QString run = train({QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("--model"),
                                   QStringLiteral("mlp:16"), QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY(!run.isEmpty());
        // The environment record holds what changes numbers, as the run trained.
        const QJsonObject environment =
            cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("show"), run})
                .json()
                .value(QStringLiteral("environment"))
                .toObject();
        QCOMPARE(environment.value(QStringLiteral("threads")).toInt(), 2);
        QCOMPARE(environment.value(QStringLiteral("deterministic")).toBool(), true);
        QVERIFY(!environment.value(QStringLiteral("libtorch_version")).toString().isEmpty());
        QVERIFY(!environment.value(QStringLiteral("blas")).toString().isEmpty());
        QVERIFY(!environment.value(QStringLiteral("crucible_version")).toString().isEmpty());
        QVERIFY(environment.contains(QStringLiteral("blas_kernels"))
                && environment.contains(QStringLiteral("cpu_flags")));
        QVERIFY(!environment.value(QStringLiteral("cpu")).toString().isEmpty());
        const auto rerun = cli({QStringLiteral("runs"), QStringLiteral("rerun"), run, QStringLiteral("--check"),
                                QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(rerun.exitCode == 0 || rerun.exitCode == 6, qPrintable(rerun.err));
        QVERIFY2(rerun.out.contains(QStringLiteral("What differs in the environment (original -> rerun):"))
                     && rerun.out.contains(QRegularExpression(QStringLiteral("\\n  threads +2 -> 1\\n"))),
                 qPrintable(rerun.out));
    }

    void aChangedRecipeIsNotReproduced()
    {
        const QString run = train({QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("--model"),
                                   QStringLiteral("mlp:16"), QStringLiteral("--lr"), QStringLiteral("0.01")});
        const auto rerun = cli({QStringLiteral("runs"), QStringLiteral("rerun"), run, QStringLiteral("--check"),
                                QStringLiteral("--set"), QStringLiteral("lr=0.02")});
        QCOMPARE(rerun.exitCode, 6);
        QVERIFY2(rerun.out.contains(QRegularExpression(
                     QStringLiteral("not reproduced: [a-z_]+ at step \\d+ is [-0-9.e]+ in the original and [-0-9.e]+ "
                                    "in the rerun"))),
                 qPrintable(rerun.out));
    }

    void withoutDeterministicModeItSaysSoUpFront()
    {
        const auto trained =
            cli({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                 QStringLiteral("--model"), QStringLiteral("mlp:8"), QStringLiteral("--epochs"), QStringLiteral("2"),
                 QStringLiteral("--threads"), QStringLiteral("1")});
        QCOMPARE(trained.exitCode, 0);
        const QString run = trained.json().value(QStringLiteral("run_id")).toString();
        const auto rerun = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("rerun"), run,
                                QStringLiteral("--check")});
        QVERIFY2(rerun.err.contains(QStringLiteral("trained without deterministic mode"))
                     && rerun.err.contains(QStringLiteral("within 1 % (relative)")),
                 qPrintable(rerun.err));
        const QJsonObject check = rerun.json().value(QStringLiteral("check")).toObject();
        QCOMPARE(check.value(QStringLiteral("exact")).toBool(), false);
        QCOMPARE(check.value(QStringLiteral("tolerance")).toDouble(), 0.01);
        QCOMPARE(rerun.exitCode, check.value(QStringLiteral("verdict")).toString() == QLatin1String("differs") ? 6 : 0);
    }

    void diffListsExactlyTheChangedKeys()
    {
        const QString a = train({QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("--model"),
                                 QStringLiteral("mlp:16"), QStringLiteral("--lr"), QStringLiteral("0.01")});
        const QString b = train({QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("--model"),
                                 QStringLiteral("mlp:16"), QStringLiteral("--lr"), QStringLiteral("0.02"),
                                 QStringLiteral("--epochs"), QStringLiteral("4")});
        auto changed = [&](const QString& x, const QString& y) {
            const auto diff = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("diff"), x, y});
            QStringList keys;
            for (const QJsonValue& row : diff.json().value(QStringLiteral("rows")).toArray())
                keys << row[QStringLiteral("section")].toString() + QLatin1Char('/')
                        + row[QStringLiteral("key")].toString();
            keys.sort();
            return keys;
        };
        QCOMPARE(changed(a, b), (QStringList {QStringLiteral("recipe/epochs"), QStringLiteral("recipe/lr")}));

        // Another version of the data, one column changed: the dataset and that column, nothing else.
        QFile source(QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray csv = source.readLine();
        while (!source.atEnd()) {
            QList<QByteArray> fields = source.readLine().trimmed().split(',');
            if (fields.size() < 5)
                continue;
            fields[3] = QByteArray::number(fields[3].toDouble() + 1.0);
            csv += fields.join(',') + '\n';
        }
        QFile changedCsv(file(QStringLiteral("iris-changed.csv")));
        QVERIFY(changedCsv.open(QIODevice::WriteOnly));
        changedCsv.write(csv);
        changedCsv.close();
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"), changedCsv.fileName(), QStringLiteral("--name"),
                      QStringLiteral("iris")})
                     .exitCode,
                 0);
        const QString c = train({QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("--model"),
                                 QStringLiteral("mlp:16"), QStringLiteral("--lr"), QStringLiteral("0.01")});
        QCOMPARE(changed(a, c),
                 (QStringList {QStringLiteral("data/column petal_width_cm"), QStringLiteral("run/dataset")}));
        const auto text = cli({QStringLiteral("runs"), QStringLiteral("diff"), a, c});
        QVERIFY2(text.out.contains(QStringLiteral("2 difference(s)")), qPrintable(text.out));
    }

    void aPackRerunsIdenticallyInAnotherWorkspace()
    {
        const QString run = train({QStringLiteral("--data"), QStringLiteral("shades"), QStringLiteral("--model"),
                                   QStringLiteral("cnn:4"), QStringLiteral("--name"), QStringLiteral("to carry")});
        const QString package = file(QStringLiteral("carry.crucible-run"));
        const auto packed =
            cli({QStringLiteral("runs"), QStringLiteral("pack"), run, QStringLiteral("--out"), package});
        QVERIFY2(packed.exitCode == 0, qPrintable(packed.err));
        // Never over a file that is there.
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("pack"), run, QStringLiteral("--out"), package}).exitCode,
                 1);

        const auto unpacked =
            cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("unpack"), package}, m_other);
        QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.err));
        QCOMPARE(unpacked.json().value(QStringLiteral("run")).toString(), run);
        const auto shown =
            cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("show"), run}, m_other);
        QCOMPARE(shown.json().value(QStringLiteral("name")).toString(), QStringLiteral("to carry"));
        QCOMPARE(shown.json().value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        const auto rerun =
            cli({QStringLiteral("runs"), QStringLiteral("rerun"), run, QStringLiteral("--check")}, m_other);
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.out + rerun.err));
        QVERIFY2(rerun.out.contains(QRegularExpression(QStringLiteral("\\nreproduced: \\d+ points identical\\n"))),
                 qPrintable(rerun.out));

        // Unpacking again changes nothing.
        const int runs = runCount(m_other);
        const auto again =
            cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("unpack"), package}, m_other);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("is_new")).toBool(), false);
        QCOMPARE(runCount(m_other), runs);
    }

    void aDamagedStoredDatasetIsNamedNotTrainedOn()
    {
        const QString folder = m_dir.filePath(QStringLiteral("damaged"));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}, folder).exitCode, 0);
        const auto trained =
            cli({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                 QStringLiteral("--model"), QStringLiteral("mlp:4"), QStringLiteral("--epochs"), QStringLiteral("1"),
                 QStringLiteral("--threads"), QStringLiteral("1")},
                folder);
        QCOMPARE(trained.exitCode, 0);
        const QString run = trained.json().value(QStringLiteral("run_id")).toString();
        // A tag that would rewrite the terminal is refused here as a package would refuse it.
        const auto tagged =
            cli({QStringLiteral("runs"), QStringLiteral("tag"), run, QStringLiteral("a\x1b[2Jb")}, folder);
        QCOMPARE(tagged.exitCode, 1);
        QVERIFY2(tagged.err.contains(QStringLiteral("a tag must not contain")), qPrintable(tagged.err));
        // One bit of the stored copy flipped: rerun and pack name the damaged copy.
        const QStringList objects = QDir(QDir(folder).filePath(QStringLiteral("objects"))).entryList(QDir::Files);
        QCOMPARE(objects.size(), 1);
        QFile object(QDir(folder).filePath(QStringLiteral("objects/") + objects.first()));
        QVERIFY(object.open(QIODevice::ReadWrite));
        QByteArray bytes = object.readAll();
        bytes[bytes.size() - 700] = char(bytes[bytes.size() - 700] ^ 0x10); // a petal width, not a label
        object.seek(0);
        object.write(bytes);
        object.close();
        const int runs = runCount(folder);
        const auto rerun =
            cli({QStringLiteral("runs"), QStringLiteral("rerun"), run, QStringLiteral("--check")}, folder);
        QCOMPARE(rerun.exitCode, 1);
        QCOMPARE(runCount(folder), runs); // refused before a run is made
        QVERIFY2(rerun.err.contains(QStringLiteral("the stored copy of iris@"))
                     && rerun.err.contains(QStringLiteral("is damaged")),
                 qPrintable(rerun.err));
        const auto packed = cli({QStringLiteral("runs"), QStringLiteral("pack"), run, QStringLiteral("--out"),
                                 m_dir.filePath(QStringLiteral("damaged.crucible-run"))},
                                folder);
        QCOMPARE(packed.exitCode, 1);
        QVERIFY(packed.err.contains(QStringLiteral("is damaged")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("damaged.crucible-run"))));
    }

    void hostilePackagesAreRefusedAndAddNothing()
    {
        const QString run = train(
            {QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("--model"), QStringLiteral("mlp:4")});
        const QString other = train(
            {QStringLiteral("--data"), QStringLiteral("shades"), QStringLiteral("--model"), QStringLiteral("mlp:4")});
        const QString good = file(QStringLiteral("good.crucible-run"));
        const QString otherPackage = file(QStringLiteral("other.crucible-run"));
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("pack"), run, QStringLiteral("--out"), good}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("pack"), other, QStringLiteral("--out"), otherPackage})
                     .exitCode,
                 0);
        const auto entries = readEntries(good);
        QCOMPARE(entries.size(), 4);
        auto otherEntries = readEntries(otherPackage);
        const QString victim = m_dir.filePath(QStringLiteral("victim"));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}, victim).exitCode, 0);
        const int runsBefore = runCount(victim);
        const QByteArray dataBefore = cli({QStringLiteral("data"), QStringLiteral("list")}, victim).out.toUtf8();

        struct Case {
            const char* name;
            std::function<void(QList<std::pair<QString, QByteArray>>&)> change;
            bool rehash;
            const char* expected;
        };
        const QList<Case> cases {
            {"tampered data", [](auto& e) { entry(e, QStringLiteral("dataset.bin"))[200] ^= 1; }, false,
             "entry \"dataset.bin\": does not match its checksum"},
            {"another dataset",
             [&](auto& e) {
                 entry(e, QStringLiteral("dataset.bin")) = entry(otherEntries, QStringLiteral("dataset.bin"));
             },
             true, "not the version"},
            {"newer format",
             [](auto& e) { entry(e, QStringLiteral("crucible-run.json")).replace("\"format\": 1", "\"format\": 99"); },
             true, "written by a newer Crucible"},
            {"run id as a path",
             [&](auto& e) { entry(e, QStringLiteral("crucible-run.json")).replace(run.toUtf8(), "../../../tmp/x"); },
             true, "is not 16 lowercase hex digits"},
            {"name with a terminal escape",
             [](auto& e) {
                 QByteArray& json = entry(e, QStringLiteral("crucible-run.json"));
                 json.replace("\"experiment\": \"Default\"", "\"experiment\": \"x\\u001b[2Jy\"");
             },
             true, "the experiment"},
            {"a point that is not a number",
             [](auto& e) {
                 QByteArray& json = entry(e, QStringLiteral("metrics.json"));
                 json.replace("\"step\":[", "\"step\":[\"x\",").replace("\"epoch\":[", "\"epoch\":[0,");
                 json.replace("\"value\":[", "\"value\":[0,").replace("\"wall_time\":[", "\"wall_time\":[0,");
             },
             true, "is not a number"},
            {"dataset claiming a huge table",
             [](auto& e) {
                 QByteArray& data = entry(e, QStringLiteral("dataset.bin"));
                 data.replace("\"rows\":150", "\"rows\":9999999999");
             },
             true, "damaged"},
            {"no recipe",
             [](auto& e) {
                 QByteArray& json = entry(e, QStringLiteral("crucible-run.json"));
                 json.replace("\"config\": {", "\"config_was\": {");
             },
             true, "the run has no recipe"},
            {"steps out of order",
             [](auto& e) {
                 QByteArray& json = entry(e, QStringLiteral("metrics.json"));
                 json.replace("\"step\":[", "\"step\":[99999,").replace("\"epoch\":[", "\"epoch\":[0,");
                 json.replace("\"value\":[", "\"value\":[0,").replace("\"wall_time\":[", "\"wall_time\":[0,");
             },
             true, "does not come after the one before it"},
            {"an entry outside the folder",
             [](auto& e) {
                 e.append({QStringLiteral("../evil.sh"), QByteArrayLiteral("#!/bin/sh\n")});
             },
             true, "has a \"..\" component"},
        };
        for (const Case& c : cases) {
            auto changedEntries = entries;
            c.change(changedEntries);
            const QString path = file(QStringLiteral("hostile.crucible-run"));
            writeEntries(path, changedEntries, c.rehash);
            const auto refused = cli({QStringLiteral("runs"), QStringLiteral("unpack"), path}, victim);
            QVERIFY2(refused.exitCode == 1, c.name);
            QVERIFY2(refused.err.contains(QString::fromUtf8(c.expected)),
                     qPrintable(QString::fromUtf8(c.name) + QStringLiteral(": ") + refused.err));
        }
        QFile notZip(file(QStringLiteral("text.crucible-run")));
        QVERIFY(notZip.open(QIODevice::WriteOnly));
        notZip.write("just text\n");
        notZip.close();
        const auto text = cli({QStringLiteral("runs"), QStringLiteral("unpack"), notZip.fileName()}, victim);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.err.contains(QStringLiteral("not a zip archive")), qPrintable(text.err));
        QCOMPARE(runCount(victim), runsBefore);
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("list")}, victim).out.toUtf8(), dataBefore);
        // The good one still unpacks.
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("unpack"), good}, victim).exitCode, 0);
        QCOMPARE(runCount(victim), runsBefore + 1);
    }
};

QTEST_MAIN(TestReproCli)
#include "tst_repro_cli.moc"
