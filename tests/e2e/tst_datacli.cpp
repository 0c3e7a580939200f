// `crucible-cli data ...` as a user runs it: real processes on a real workspace.
#include "../support/CliRunner.h"
#include "../support/Files.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace crucible;

class TestDataCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Outcome = test::CliOutcome;

    Outcome cli(QStringList arguments)
    {
        return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"),
                                         m_dir.filePath(QStringLiteral("ws"))}
                            + arguments);
    }

private Q_SLOTS:
    void importsListsAndShows()
    {
        const QString file =
            test::writeFile(m_dir.filePath(QStringLiteral("flowers.csv")),
                            "petal,sepal,colour,kind\n1.5,3,red,a\n2.5,4,blue,b\n3.5,5,red,a\n4.5,6,red,b\n");
        Outcome imported = cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("import"), file,
                                QStringLiteral("--target"), QStringLiteral("kind")});
        QCOMPARE(imported.exitCode, 0);
        QJsonObject json = imported.json();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("flowers"));
        QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("task")).toString(), QStringLiteral("classification"));
        QVERIFY(json.value(QStringLiteral("is_new")).toBool());
        const QString hash = json.value(QStringLiteral("hash")).toString();

        Outcome again = cli({QStringLiteral("data"), QStringLiteral("import"), file, QStringLiteral("--target"),
                             QStringLiteral("kind")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Unchanged")), qPrintable(again.out));

        Outcome list = cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray datasets = list.json().value(QStringLiteral("datasets")).toArray();
        QCOMPARE(datasets.size(), 1);
        QCOMPARE(datasets.first().toObject().value(QStringLiteral("hash")).toString(), hash);
        Outcome table = cli({QStringLiteral("data"), QStringLiteral("list")});
        QVERIFY(table.out.contains(QStringLiteral("flowers")));
        QVERIFY(table.out.contains(hash.left(12)));

        Outcome show = cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("show"),
                            QStringLiteral("flowers@") + hash.left(8)});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject profile = show.json().value(QStringLiteral("profile")).toObject();
        const QJsonObject petal = profile.value(QStringLiteral("columns")).toArray().first().toObject();
        QCOMPARE(petal.value(QStringLiteral("mean")).toDouble(), 3.0);
        QCOMPARE(petal.value(QStringLiteral("max")).toDouble(), 4.5);
        QCOMPARE(profile.value(QStringLiteral("class_balance")).toArray().size(), 2);
        Outcome human = cli({QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("flowers")});
        QVERIFY(human.out.contains(QStringLiteral("class balance of kind")));
    }

    void addsSamples()
    {
        Outcome list = cli({QStringLiteral("data"), QStringLiteral("samples")});
        QCOMPARE(list.exitCode, 0);
        for (const char* key :
             {"iris", "wine", "breast-cancer", "two-moons", "spirals", "blobs", "regression", "fashion-mnist"})
            QVERIFY2(list.out.contains(QLatin1String(key)), key);
        Outcome add = cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("samples"),
                           QStringLiteral("iris"), QStringLiteral("spirals")});
        QCOMPARE(add.exitCode, 0);
        const QJsonArray imported = add.json().value(QStringLiteral("imported")).toArray();
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported[0].toObject().value(QStringLiteral("rows")).toInt(), 150);
        QCOMPARE(imported[1].toObject().value(QStringLiteral("rows")).toInt(), 1500);
        Outcome unknown = cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("nonesuch")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no sample called \"nonesuch\"")));
    }

    void exportsWhatImportsBackUnchanged()
    {
        // A table with every kind of column, quotes and missing values: exported, it imports back as
        // the same version (the content hash covers names, types and every value).
        const QString file = test::writeFile(m_dir.filePath(QStringLiteral("mixed.csv")),
                                             "width,count,ok,colour,note\n"
                                             "0.1,3,true,red,\"a, b\"\n"
                                             "1e-7,,false,blue,\"say \"\"hi\"\"\"\n"
                                             "123456.7,-4,true,,plain\n"
                                             "3.3333333,8,false,red,\n");
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"), file, QStringLiteral("--name"),
                      QStringLiteral("mixed")})
                     .exitCode,
                 0);
        const QString exported = m_dir.filePath(QStringLiteral("mixed-out.csv"));
        Outcome out = cli({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("mixed"),
                           QStringLiteral("--out"), exported});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        Outcome back = cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("import"), exported,
                            QStringLiteral("--name"), QStringLiteral("mixed")});
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(back.json().value(QStringLiteral("is_new")).toBool(true), false);
        // To standard output, the same bytes.
        Outcome piped = cli({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("mixed"),
                             QStringLiteral("--out"), QStringLiteral("-")});
        QFile written(exported);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(piped.out.toUtf8(), written.readAll());

        // Images: a folder per label, and back to the same version.
        const QString images = m_dir.filePath(QStringLiteral("shapes"));
        for (const char* label : {"dark", "light"}) {
            QDir().mkpath(QDir(images).filePath(QLatin1String(label)));
            for (int i = 0; i < 3; ++i) {
                QImage image(5, 4, QImage::Format_Grayscale8);
                image.fill(QLatin1String(label) == QLatin1String("dark") ? 20 + i : 200 + i);
                image.setPixel(1, 1, qRgb(i * 40, i * 40, i * 40));
                QVERIFY(
                    image.save(QDir(images).filePath(QStringLiteral("%1/%2.png").arg(QLatin1String(label)).arg(i))));
            }
        }
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"), images, QStringLiteral("--name"),
                      QStringLiteral("shapes")})
                     .exitCode,
                 0);
        const QString folder = m_dir.filePath(QStringLiteral("shapes-out"));
        out = cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("shapes"),
                   QStringLiteral("--out"), folder});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QCOMPARE(out.json().value(QStringLiteral("rows")).toInt(), 6);
        back = cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("import"), folder,
                    QStringLiteral("--name"), QStringLiteral("shapes")});
        QCOMPARE(back.json().value(QStringLiteral("is_new")).toBool(true), false);
        // Never over the workspace's own files, by any name; nor an image folder to standard output.
        const QString workspace = m_dir.filePath(QStringLiteral("ws"));
        QFile::link(workspace + QStringLiteral("/crucible.db"), m_dir.filePath(QStringLiteral("link.db")));
        for (const QString& inside :
             {workspace + QStringLiteral("/crucible.db"), m_dir.filePath(QStringLiteral("link.db")),
              workspace + QStringLiteral("/objects/")
                  + QDir(workspace + QStringLiteral("/objects")).entryList(QDir::Files).value(0)}) {
            out = cli({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("mixed"),
                       QStringLiteral("--out"), inside});
            QCOMPARE(out.exitCode, 1);
            QVERIFY2(out.err.contains(QStringLiteral("which holds Crucible's own data: writing would destroy it")),
                     qPrintable(out.err));
        }
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("mixed")}).exitCode, 0);
        out = cli({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("shapes"), QStringLiteral("--out"),
                   QStringLiteral("-")});
        QCOMPARE(out.exitCode, 1);
        QVERIFY2(out.err.contains(QStringLiteral("not to standard output")), qPrintable(out.err));
        // Not over a folder that holds something.
        out = cli({QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("shapes"), QStringLiteral("--out"),
                   folder});
        QCOMPARE(out.exitCode, 1);
        QVERIFY2(out.err.contains(QStringLiteral("does not exist yet, or an empty one")), qPrintable(out.err));
    }

    void deletesAVersionNothingUses()
    {
        const QString file = test::writeFile(m_dir.filePath(QStringLiteral("doomed.csv")), "x,y\n1,2\n3,4\n");
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"), file, QStringLiteral("--name"),
                      QStringLiteral("doomed")})
                     .exitCode,
                 0);
        Outcome deleted =
            cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("delete"), QStringLiteral("doomed")});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QCOMPARE(deleted.json().value(QStringLiteral("runs_unlinked")).toInt(), 0);
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("doomed")}).exitCode, 1);
        // Its stored object is gone too: importing the file again stores it anew.
        Outcome again = cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("import"), file,
                             QStringLiteral("--name"), QStringLiteral("doomed")});
        QCOMPARE(again.json().value(QStringLiteral("is_new")).toBool(), true);
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("delete"), QStringLiteral("nonesuch")}).exitCode, 1);
        // An empty name or hash (an unset variable in a script) deletes nothing.
        for (const QString& reference : {QString(), QStringLiteral("@"), QStringLiteral("doomed@")}) {
            Outcome refused = cli({QStringLiteral("data"), QStringLiteral("delete"), reference});
            QCOMPARE(refused.exitCode, 1);
        }
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("doomed")}).exitCode, 0);
    }

    void eachDialectImportsWithoutOptionsAsPandasReadsIt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("pandas"); // read_csv's options for the same file
        // Forty rows of numbers with fractions, negative ones and thousands among them.
        QByteArray plain = "x,y,label\n";
        QByteArray whitespace = "\"x\" \"y\" \"label\"\n"; // R's write.table, row names included
        QByteArray single = "'x','y','label'\n";
        QByteArray comma = "x;y;label\n";
        for (int i = 0; i < 40; ++i) {
            const double x = i * 0.37 - 5.125;
            const double y = (i - 17) * 1234.75 + 0.5 * (i % 3);
            const QByteArray xs = QByteArray::number(x, 'f', 3);
            const QByteArray ys = QByteArray::number(y, 'f', 2);
            const QByteArray label = i % 3 ? "a" : "b c";
            plain += xs + ',' + ys + ',' + label + '\n';
            whitespace += '"' + QByteArray::number(i + 1) + "\"  " + xs + "\t" + ys + " \"" + label + "\"\n";
            single += '\'' + xs + "','" + ys + "','" + label + "'\n";
            comma += QLocale(QLocale::German).toString(x, 'f', 3).toUtf8() + ';'
                + QLocale(QLocale::German).toString(y, 'f', 2).toUtf8() + ';' + label + '\n';
        }
        QTest::newRow("whitespace table with row names") << "table.dat" << whitespace << "{\"sep\": \"\\\\s+\"}";
        QTest::newRow("single quotes") << "single.csv" << single << "{\"quotechar\": \"'\"}";
        QTest::newRow("decimal comma") << "comma.csv" << comma
                                       << "{\"sep\": \";\", \"decimal\": \",\", \"thousands\": \".\"}";
        QTest::newRow("title lines") << "titled.csv"
                                     << "# exported by a lab instrument\nplate B, run 7\n\n" + plain
                                     << "{\"skiprows\": 3}";
        QTest::newRow("gzip") << "packed.csv.gz" << plain << "{}";
        QTest::newRow("zstd") << "packed.csv.zst" << plain << "{}";
    }

    void eachDialectImportsWithoutOptionsAsPandasReadsIt()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, pandas);
        QString path = m_dir.filePath(file);
        if (file.endsWith(QStringLiteral(".gz")) || file.endsWith(QStringLiteral(".zst"))) {
            const QString tool = file.endsWith(QStringLiteral(".gz")) ? QStringLiteral("gzip") : QStringLiteral("zstd");
            path.chop(file.endsWith(QStringLiteral(".gz")) ? 3 : 4);
            test::writeFile(path, text);
            QProcess packer;
            packer.start(tool, {QStringLiteral("-qf"), path});
            QVERIFY2(packer.waitForFinished(30000) && packer.exitCode() == 0, qPrintable(tool));
            path = m_dir.filePath(file);
        } else {
            test::writeFile(path, text);
        }
        const QString name = QString(file).replace(QLatin1Char('.'), QLatin1Char('-'));
        Outcome imported =
            cli({QStringLiteral("data"), QStringLiteral("import"), path, QStringLiteral("--name"), name});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        Outcome show = cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("show"), name});
        QCOMPARE(show.exitCode, 0);
        QJsonObject ours;
        for (const QJsonValue& column :
             show.json().value(QStringLiteral("profile")).toObject().value(QStringLiteral("columns")).toArray())
            ours.insert(column.toObject().value(QStringLiteral("name")).toString(),
                        column.toObject().value(QStringLiteral("mean")));
        QCOMPARE(show.json().value(QStringLiteral("rows")).toInt(), 40);

        QProcess reference;
        reference.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                        {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/pandas_means.py"), path, pandas});
        QVERIFY(reference.waitForFinished(60000));
        QVERIFY2(reference.exitCode() == 0, reference.readAllStandardError().constData());
        const QJsonObject theirs = QJsonDocument::fromJson(reference.readAllStandardOutput()).object();
        for (const QString& column : {QStringLiteral("x"), QStringLiteral("y")}) {
            QVERIFY2(theirs.contains(column) && ours.contains(column), qPrintable(column));
            const double expected = theirs.value(column).toDouble();
            const double actual = ours.value(column).toDouble();
            QVERIFY2(std::fabs(actual - expected) <= 1e-5 * std::max(1.0, std::fabs(expected)),
                     qPrintable(QStringLiteral("%1: crucible %2, pandas %3").arg(column).arg(actual).arg(expected)));
        }
    }

    void datesImportWithoutOptionsAsPandasParsesThem()
    {
        // Forty rows of dates and times in the forms seen in exports: ISO, with a zone, German, US.
        QByteArray text = "day,stamp,zoned,german,us,x\n";
        for (int i = 0; i < 40; ++i) {
            const QDateTime t = QDateTime(QDate(2023, 11, 28), QTime(9, 15), Qt::UTC)
                                    .addSecs(qint64(i) * 86400 * 3 + i * 3671)
                                    .addMSecs(i * 125);
            text += t.toString(QStringLiteral("yyyy-MM-dd")).toUtf8() + ','
                + t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toUtf8() + ','
                + t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toUtf8() + (i % 2 ? "+02:00," : "Z,")
                + t.toString(QStringLiteral("dd.MM.yyyy HH:mm")).toUtf8() + ','
                + t.toString(QStringLiteral("M/d/yyyy h:mm AP")).toUtf8() + ',' + QByteArray::number(i) + '\n';
        }
        const QString path = test::writeFile(m_dir.filePath(QStringLiteral("dates.csv")), text);
        Outcome imported = cli({QStringLiteral("data"), QStringLiteral("import"), path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        Outcome show =
            cli({QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("dates")});
        QCOMPARE(show.exitCode, 0);
        QJsonObject means;
        QJsonObject types;
        for (const QJsonValue& value :
             show.json().value(QStringLiteral("profile")).toObject().value(QStringLiteral("columns")).toArray()) {
            const QJsonObject column = value.toObject();
            means.insert(column.value(QStringLiteral("name")).toString(), column.value(QStringLiteral("mean")));
            types.insert(column.value(QStringLiteral("name")).toString(), column.value(QStringLiteral("type")));
        }
        QCOMPARE(types.value(QStringLiteral("day")).toString(), QStringLiteral("date"));
        QCOMPARE(types.value(QStringLiteral("stamp")).toString(), QStringLiteral("timestamp"));
        QCOMPARE(types.value(QStringLiteral("zoned")).toString(), QStringLiteral("timestamp_utc"));
        QCOMPARE(types.value(QStringLiteral("german")).toString(), QStringLiteral("timestamp"));
        QCOMPARE(types.value(QStringLiteral("us")).toString(), QStringLiteral("timestamp"));

        const char* dates = "{\"day\": {\"format\": \"%Y-%m-%d\"}, \"stamp\": {\"format\": \"ISO8601\"}, "
                            "\"zoned\": {\"format\": \"ISO8601\", \"utc\": true}, "
                            "\"german\": {\"format\": \"%d.%m.%Y %H:%M\"}, "
                            "\"us\": {\"format\": \"%m/%d/%Y %I:%M %p\"}}";
        QProcess reference;
        reference.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                        {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/pandas_means.py"), path, QStringLiteral("{}"),
                         QString::fromLatin1(dates)});
        QVERIFY(reference.waitForFinished(60000));
        QVERIFY2(reference.exitCode() == 0, reference.readAllStandardError().constData());
        const QJsonObject theirs = QJsonDocument::fromJson(reference.readAllStandardOutput()).object();
        for (const char* name : {"day", "stamp", "zoned", "german", "us", "x"}) {
            const QString column = QString::fromLatin1(name);
            QVERIFY2(theirs.contains(column) && means.contains(column), name);
            const double expected = theirs.value(column).toDouble();
            const double actual = means.value(column).toDouble();
            // Days: a microsecond is about 1.2e-11 of one.
            QVERIFY2(std::fabs(actual - expected) <= 1e-9,
                     qPrintable(QStringLiteral("%1: crucible %2, pandas %3")
                                    .arg(column)
                                    .arg(actual, 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
        }
    }

    void aModelLearnsFromDatesAndPredictsFromThem()
    {
        // The class is the half of the year: only the date tells it.
        QByteArray text = "when,noise,half\n";
        for (int i = 0; i < 300; ++i) {
            const QDateTime t = QDateTime(QDate(2023, 1, 1), QTime(0, 0)).addSecs(qint64(i) * 104729);
            text += t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8() + ','
                + QByteArray::number((i * 37) % 11 - 5) + ',' + (t.date().month() > 6 ? "second" : "first") + '\n';
        }
        QVERIFY(cli({QStringLiteral("data"), QStringLiteral("import"),
                     test::writeFile(m_dir.filePath(QStringLiteral("halves.csv")), text)})
                    .exitCode
                == 0);
        Outcome trained =
            cli({QStringLiteral("train"), QStringLiteral("-d"), QStringLiteral("halves"), QStringLiteral("-m"),
                 QStringLiteral("mlp:32"), QStringLiteral("-e"), QStringLiteral("60"), QStringLiteral("--seed"),
                 QStringLiteral("3"), QStringLiteral("--register"), QStringLiteral("halves")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const QString input = test::writeFile(m_dir.filePath(QStringLiteral("when.csv")),
                                              "when,noise\n2023-02-10 08:00:00,0\n2023-10-02 17:45:00,1\n"
                                              "2023-03-01,2\n2023-12-01T06:00,-1\n");
        Outcome predicted = cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("halves@1"),
                                 QStringLiteral("--input"), input, QStringLiteral("--output"), QStringLiteral("-")});
        QVERIFY2(predicted.exitCode == 0, qPrintable(predicted.err));
        const QStringList lines = predicted.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[1].startsWith(QStringLiteral("1,first,")), qPrintable(predicted.out));
        QVERIFY2(lines[2].startsWith(QStringLiteral("2,second,")), qPrintable(predicted.out));
        QVERIFY2(lines[3].startsWith(QStringLiteral("3,first,")), qPrintable(predicted.out));
        QVERIFY2(lines[4].startsWith(QStringLiteral("4,second,")), qPrintable(predicted.out));
        // Dates whose order of day and month the file does not show are refused, saying so.
        const QString ambiguous = test::writeFile(m_dir.filePath(QStringLiteral("ambiguous.csv")),
                                                  "when,noise\n03/04/2024 10:00,0\n05/06/2024 11:00,1\n");
        Outcome refused = cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("halves@1"),
                               QStringLiteral("--input"), ambiguous, QStringLiteral("--output"), QStringLiteral("-")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("day first or month first") && refused.err.contains("year first"),
                 qPrintable(refused.err));
        // The import says why a column of such dates stayed text; a date cannot be the target.
        Outcome noted = cli({QStringLiteral("data"), QStringLiteral("import"), ambiguous});
        QCOMPARE(noted.exitCode, 0);
        QVERIFY2(noted.err.contains("note: column \"when\": dates such as 03/04/2024 10:00 could be day first")
                     && noted.err.contains("--dates"),
                 qPrintable(noted.err));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"),
                      test::writeFile(m_dir.filePath(QStringLiteral("dated.csv")),
                                      "x,when\n1,2024-01-01\n2,2024-01-02\n"
                                      "3,2024-01-03\n")})
                     .exitCode,
                 0);
        Outcome dateTarget =
            cli({QStringLiteral("train"), QStringLiteral("-d"), QStringLiteral("dated"), QStringLiteral("-m"),
                 QStringLiteral("mlp:4"), QStringLiteral("-e"), QStringLiteral("1")});
        QCOMPARE(dateTarget.exitCode, 1);
        QVERIFY2(dateTarget.err.contains("holds dates or times") && dateTarget.err.contains("another target"),
                 qPrintable(dateTarget.err));
        // Numbers where the model takes dates: refused, naming the column.
        const QString numbers =
            test::writeFile(m_dir.filePath(QStringLiteral("numbers.csv")), "when,noise\n20240210,0\n20241002,1\n");
        Outcome wrong = cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("halves@1"),
                             QStringLiteral("--input"), numbers, QStringLiteral("--output"), QStringLiteral("-")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("'when'") && wrong.err.contains("not a date"), qPrintable(wrong.err));
    }

    void badInputSaysWhereAndExitsWithOne()
    {
        const QString file = test::writeFile(m_dir.filePath(QStringLiteral("broken.csv")), "a,b\n1,2\n3,\"4\n");
        Outcome result = cli({QStringLiteral("data"), QStringLiteral("import"), file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(file + QStringLiteral(":3:3")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("never closed")));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"), file, QStringLiteral("--bogus")}).exitCode, 2);
        Outcome missing = cli({QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("nothing")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no dataset called \"nothing\"")));
    }
};

QTEST_GUILESS_MAIN(TestDataCli)
#include "tst_datacli.moc"
