// `crucible-cli data ...` as a user runs it: real processes on a real workspace.
#include "../support/CliRunner.h"
#include "../support/Files.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace crucible;

class TestDataCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Outcome = test::CliOutcome;

    Outcome cli(QStringList arguments)
    {
        return test::runCli(QStringList {QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("ws"))}
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
