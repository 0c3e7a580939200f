#include "../support/Files.h"
#include "engine/data/DatasetExport.h"
#include "engine/data/DatasetStore.h"
#include "engine/data/Samples.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace crucible;

class TestDatasetStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    /// Everything a refused import must leave as it was.
    QStringList snapshot() const
    {
        QStringList state = test::listFolder(m_workspace->objectsFolder());
        QSqlQuery query(m_workspace->database());
        query.exec(QStringLiteral("SELECT name, hash FROM datasets ORDER BY id"));
        while (query.next())
            state << query.value(0).toString() + QLatin1Char('@') + query.value(1).toString();
        return state;
    }

    Result<ImportOutcome> importBytes(const QString& file, const QByteArray& bytes, const QString& name = {},
                                      const QString& target = {})
    {
        ImportRequest request;
        request.path = test::writeFile(m_dir.filePath(file), bytes);
        request.name = name;
        request.target = target;
        return DatasetStore(*m_workspace).importPath(request);
    }

private Q_SLOTS:
    void init()
    {
        m_workspace.reset();
        QDir(m_dir.filePath(QStringLiteral("ws"))).removeRecursively();
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(opened);
        m_workspace = std::move(opened.value());
    }

    void aVersionRunsTrainedOnIsKeptUnlessForcedAlsoWhenItCameBack()
    {
        const QByteArray bytes("x,y\n1,a\n2,b\n3,a\n4,b\n");
        auto outcome = importBytes(QStringLiteral("used.csv"), bytes, QStringLiteral("used"));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().text()));
        NewRun spec;
        spec.name = QStringLiteral("trained");
        spec.datasetName = outcome->version.name;
        spec.datasetHash = outcome->version.hash;
        spec.datasetId = outcome->version.id;
        QVERIFY(RunStore(*m_workspace).createRun(spec));
        auto refused = deleteDatasetVersion(*m_workspace, outcome->version, false);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("1 run(s) trained on it: trained")),
                 qPrintable(refused.error().message));
        auto forced = deleteDatasetVersion(*m_workspace, outcome->version, true);
        QVERIFY(forced);
        QCOMPARE(forced.value(), 1);
        // The same data imported again: the run finds it by name and hash, so it is in use again.
        auto back = importBytes(QStringLiteral("used.csv"), bytes, QStringLiteral("used"));
        QVERIFY(back && back->isNew);
        auto again = deleteDatasetVersion(*m_workspace, back->version, false);
        QVERIFY2(!again, "a version a run names was deleted without --force");
        QVERIFY(DatasetStore(*m_workspace).find(QStringLiteral("used")));
    }

    void anEmptyNameOrHashFindsNothing()
    {
        QVERIFY(importBytes(QStringLiteral("kept.csv"), "x,y\n1,a\n2,b\n", QStringLiteral("kept")));
        // As an unset shell variable leaves them ("$NAME@$HASH"): never some other dataset.
        for (const QString& reference :
             {QString(), QStringLiteral("@"), QStringLiteral("@ab"), QStringLiteral("kept@"), QStringLiteral(" ")}) {
            auto found = DatasetStore(*m_workspace).find(reference);
            QVERIFY2(!found, qPrintable(reference));
            QCOMPARE(found.error().code, ErrorCode::InvalidInput);
        }
        QVERIFY(DatasetStore(*m_workspace).find(QStringLiteral("kept")));
    }

    void importsACsvAndReadsItBack()
    {
        auto outcome =
            importBytes(QStringLiteral("people.csv"), "age,city,bought\n31,Oslo,yes\n45,Rome,no\n22,Oslo,yes\n");
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().text()));
        QVERIFY(outcome->isNew);
        const DatasetVersion& version = outcome->version;
        QCOMPARE(version.name, QStringLiteral("people"));
        QCOMPARE(version.target, QStringLiteral("bought"));
        QCOMPARE(version.task, Task::Classification);
        QCOMPARE(version.rows, 3);
        QCOMPARE(version.hash.size(), 64);
        QVERIFY(QFile::exists(m_workspace->objectsFolder() + QLatin1Char('/') + version.hash));

        DatasetStore store(*m_workspace);
        auto found = store.find(QStringLiteral("people@") + version.hash.left(6));
        QVERIFY(found);
        auto loaded = store.load(found.value());
        QVERIFY(loaded);
        QCOMPARE(loaded->columns[1].displayValue(1), QStringLiteral("Rome"));
        QCOMPARE(loaded->contentHash(), version.hash);
        auto profile = store.profile(found.value());
        QVERIFY(profile);
        QCOMPARE(profile->columns[0].mean, 98.0 / 3.0);
        QCOMPARE(profile->classBalance.size(), 2);
    }

    void versionsByContent()
    {
        const QByteArray lf = "x,y\n1,a\n2,b\n\"3\",\"a\"\n";
        const QByteArray crlf = "x,y\r\n\"1\",a\r\n2,\"b\"\r\n3,a\r\n";
        auto first = importBytes(QStringLiteral("v.csv"), lf, QStringLiteral("v"));
        QVERIFY(first && first->isNew);
        // Same content, other line endings and quoting: the same version, nothing new.
        auto second = importBytes(QStringLiteral("v.csv"), crlf, QStringLiteral("v"));
        QVERIFY(second);
        QVERIFY(!second->isNew);
        QCOMPARE(second->version.hash, first->version.hash);
        QCOMPARE(DatasetStore(*m_workspace).versions(QStringLiteral("v"))->size(), 1);
        // A changed file under the same name is a new version; both stay listed.
        auto changed = importBytes(QStringLiteral("v.csv"), "x,y\n1,a\n2,b\n3,b\n", QStringLiteral("v"));
        QVERIFY(changed && changed->isNew);
        QVERIFY(changed->version.hash != first->version.hash);
        auto versions = DatasetStore(*m_workspace).versions(QStringLiteral("v"));
        QCOMPARE(versions->size(), 2);
        QCOMPARE(DatasetStore(*m_workspace).find(QStringLiteral("v"))->hash, changed->version.hash);
        // The stored copy keeps a version alive after its source changed or vanished.
        QFile::remove(m_dir.filePath(QStringLiteral("v.csv")));
        auto old = DatasetStore(*m_workspace).find(QStringLiteral("v@") + first->version.shortHash());
        QVERIFY(old);
        QCOMPARE(DatasetStore(*m_workspace).load(old.value())->columns[1].displayValue(2), QStringLiteral("a"));
    }

    void refusedImportsChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("words");
        QTest::newRow("ragged") << "ragged.csv" << QByteArray("a,b\n1,2\n3\n") << ""
                                << "1 fields but the header has 2";
        QTest::newRow("quote") << "quote.csv" << QByteArray("a,b\n1,\"2\n") << ""
                               << "never closed";
        QTest::newRow("utf8") << "latin1.csv" << QByteArray("a,b\n1,\xE9t\xE9\n2,x\n") << ""
                              << "not UTF-8";
        QTest::newRow("empty") << "empty.csv" << QByteArray() << ""
                               << "empty";
        QTest::newRow("header only") << "header.csv" << QByteArray("a,b\n") << ""
                                     << "no data rows";
        QTest::newRow("single class") << "one.csv" << QByteArray("a,b\n1,x\n2,x\n3,x\n") << ""
                                      << "single class (\"x\")";
        QTest::newRow("no such target") << "t.csv" << QByteArray("a,b\n1,x\n2,y\n") << "c"
                                        << "no column \"c\"";
    }

    void refusedImportsChangeNothing()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, target);
        QFETCH(QString, words);
        QVERIFY(importBytes(QStringLiteral("good.csv"), "a,b\n1,x\n2,y\n"));
        const QStringList before = snapshot();
        auto outcome = importBytes(file, bytes, {}, target);
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().text().contains(words), qPrintable(outcome.error().text()));
        QVERIFY2(outcome.error().text().contains(file), qPrintable(outcome.error().text()));
        QCOMPARE(snapshot(), before);
    }

    void importsImageFoldersAndSamples()
    {
        for (const char* name : {"a/1.png", "a/2.png", "b/3.png"}) {
            QImage image(5, 5, QImage::Format_RGB32);
            image.fill(QColor(name[0] == 'a' ? 40 : 200, 40, 40));
            QDir().mkpath(m_dir.filePath(QStringLiteral("pics/") + QString::fromLatin1(name).left(1)));
            QVERIFY(image.save(m_dir.filePath(QStringLiteral("pics/") + QLatin1String(name))));
        }
        DatasetStore store(*m_workspace);
        ImportRequest request;
        request.path = m_dir.filePath(QStringLiteral("pics"));
        QCOMPARE(DatasetStore::detectKind(request.path), QStringLiteral("images"));
        auto images = store.importPath(request);
        QVERIFY2(images, qPrintable(images ? QString() : images.error().text()));
        QCOMPARE(images->version.kind, DatasetKind::Images);
        QCOMPARE(images->version.target, QStringLiteral("label"));

        auto iris = store.importSample(QStringLiteral("iris"));
        QVERIFY2(iris, qPrintable(iris ? QString() : iris.error().text()));
        QCOMPARE(iris->version.rows, 150);
        QCOMPARE(iris->version.target, QStringLiteral("species"));
        auto moons = store.importSample(QStringLiteral("two-moons"));
        QVERIFY(moons);
        QVERIFY(!store.importSample(QStringLiteral("two-moons"))->isNew); // seeded: the same data again
        auto regression = store.importSample(QStringLiteral("regression"));
        QVERIFY(regression);
        QCOMPARE(regression->version.task, Task::Regression);
        QCOMPARE(store.versions()->size(), 4);
    }

    void reportsProgressAndCancels()
    {
        QByteArray bytes("a,b\n");
        for (int i = 0; i < 1000; ++i)
            bytes += QByteArray::number(i) + (i % 2 ? ",x\n" : ",y\n");
        ImportRequest request;
        request.path = test::writeFile(m_dir.filePath(QStringLiteral("p.csv")), bytes);
        QList<double> fractions;
        auto ok = DatasetStore(*m_workspace).importPath(request, [&](double f, const QString&) {
            fractions << f;
            return true;
        });
        QVERIFY(ok);
        QVERIFY(fractions.size() >= 3);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.last(), 1.0);

        const QStringList before = snapshot();
        request.name = QStringLiteral("cancelled");
        auto cancelled =
            DatasetStore(*m_workspace).importPath(request, [](double f, const QString&) { return f < 0.75; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(snapshot(), before);
    }

    void aLostImportRaceKeepsTheWinnersObject_data()
    {
        QTest::addColumn<bool>("loserCancels");
        QTest::newRow("loser finishes") << false;
        QTest::newRow("loser is cancelled") << true;
    }
    void aLostImportRaceKeepsTheWinnersObject()
    {
        QFETCH(bool, loserCancels);
        // Another process on the same workspace: its own connection.
        auto other = Workspace::open(m_workspace->folder());
        QVERIFY(other);
        ImportRequest request;
        request.path = test::writeFile(m_dir.filePath(QStringLiteral("shared.csv")), "x,y\n1,a\n2,b\n3,a\n4,b\n");
        std::optional<Result<ImportOutcome>> won;
        // The loser has written its object and is profiling when the winner records the same data.
        auto lost = DatasetStore(*m_workspace).importPath(request, [&](double, const QString& stage) {
            if (stage == QLatin1String("profiling") && !won) {
                won = DatasetStore(*other.value()).importPath(request);
                return !loserCancels;
            }
            return true;
        });
        QVERIFY(won.has_value());
        QVERIFY2(*won, qPrintable(*won ? QString() : won->error().text()));
        QVERIFY(won->value().isNew);
        if (loserCancels) {
            QVERIFY(!lost);
            QCOMPARE(lost.error().code, ErrorCode::Cancelled);
        } else {
            QVERIFY2(lost, qPrintable(lost ? QString() : lost.error().text()));
            QVERIFY(!lost->isNew); // "unchanged", not an error
            QCOMPARE(lost->version.id, won->value().version.id);
        }
        // The winner's dataset is whole, read through either connection.
        for (const Workspace* workspace : {m_workspace.get(), other.value().get()}) {
            DatasetStore store(*workspace);
            auto found = store.find(QStringLiteral("shared"));
            QVERIFY(found);
            auto loaded = store.load(found.value());
            QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
            QCOMPARE(loaded->rowCount(), 4);
        }
    }
};

QTEST_GUILESS_MAIN(TestDatasetStore)
#include "tst_datasetstore.moc"
