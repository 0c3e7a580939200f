// The serving prediction log on a real folder: rotation keeps the newest lines within the size
// bound and reads back oldest first across files; a name that is no folder writes nothing; a line
// cut by a crash is skipped; a full disk drops the batch whole and says why; the sample rate is
// honoured.
#include "../support/FileSizeLimit.h"
#include "engine/serve/PredictionLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace crucible;

class TestPredictionLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rotatesWithinItsBoundAndReadsOldestFirst()
    {
        QTemporaryDir dir;
        PredictionLog::Options options;
        options.folder = dir.path();
        options.maxFileBytes = 2000;
        options.keepFiles = 2;
        {
            PredictionLog log(options);
            for (int i = 0; i < 200; ++i) {
                log.append(QStringLiteral("iris"),
                           QByteArray("{\"n\":") + QByteArray::number(i) + ",\"pad\":\"xxxxxxxxxxxxxxxxxxxx\"}");
                if (i % 10 == 9)
                    log.flush(); // several batches, as a server writes them
            }
        } // the destructor writes what is queued
        const QString current = PredictionLog::filePath(dir.path(), QStringLiteral("iris"));
        QVERIFY(QFileInfo::exists(current));
        QVERIFY(QFileInfo::exists(PredictionLog::filePath(dir.path(), QStringLiteral("iris"), 1)));
        QVERIFY(QFileInfo::exists(PredictionLog::filePath(dir.path(), QStringLiteral("iris"), 2)));
        QVERIFY(!QFileInfo::exists(PredictionLog::filePath(dir.path(), QStringLiteral("iris"), 3)));
        qint64 total = 0;
        for (int r = 0; r <= 2; ++r) {
            const qint64 size = QFileInfo(PredictionLog::filePath(dir.path(), QStringLiteral("iris"), r)).size();
            QVERIFY2(size <= options.maxFileBytes, qPrintable(QString::number(size)));
            total += size;
        }
        auto all = PredictionLog::read(dir.path(), QStringLiteral("iris"), 0);
        QVERIFY(all);
        QVERIFY(all->size() > 50 && all->size() < 200); // the oldest were rotated away
        QCOMPARE(all->last().value(QStringLiteral("n")).toInt(), 199);
        for (qsizetype i = 1; i < all->size(); ++i) // consecutive and in order across the files
            QCOMPARE(all->at(i).value(QStringLiteral("n")).toInt(),
                     all->at(i - 1).value(QStringLiteral("n")).toInt() + 1);
        auto last = PredictionLog::read(dir.path(), QStringLiteral("iris"), 5);
        QVERIFY(last);
        QCOMPARE(last->size(), 5);
        QCOMPARE(last->first().value(QStringLiteral("n")).toInt(), 195);
    }

    void aCutLineIsSkipped()
    {
        QTemporaryDir dir;
        const QString path = PredictionLog::filePath(dir.path(), QStringLiteral("m"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"n\":1}\n{\"n\":2}\n{\"n\":3, \"cut");
        file.close();
        auto read = PredictionLog::read(dir.path(), QStringLiteral("m"), 0);
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->last().value(QStringLiteral("n")).toInt(), 2);
    }

    void aNameThatIsNoFolderWritesNothing()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("logs")));
        QStringList problems;
        PredictionLog::Options options;
        options.folder = dir.filePath(QStringLiteral("logs"));
        options.onProblem = [&problems](const QString& message) { problems << message; };
        {
            PredictionLog log(options);
            for (const QString& name : {QStringLiteral(".."), QStringLiteral("../escape"), QStringLiteral("a/b")})
                log.append(name, "{}");
            log.flush();
            QCOMPARE(log.dropped(), 3);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("logs")});
        QVERIFY(QDir(dir.filePath(QStringLiteral("logs"))).isEmpty());
        QCOMPARE(problems.size(), 1); // told once, not per line
        QVERIFY2(problems.front().contains(QStringLiteral("model name")), qPrintable(problems.front()));
        auto refused = PredictionLog::read(dir.filePath(QStringLiteral("logs")), QStringLiteral("../escape"), 0);
        QVERIFY(!refused);
        auto missing = PredictionLog::read(dir.filePath(QStringLiteral("logs")), QStringLiteral("iris"), 0);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("no prediction log for model 'iris'")));
    }

    void aFullDiskDropsTheBatchSaysWhyAndKeepsWholeLines()
    {
        QTemporaryDir dir;
        PredictionLog::Options options;
        options.folder = dir.path();
        QStringList problems;
        std::mutex problemsMutex;
        options.onProblem = [&](const QString& message) {
            std::lock_guard lock(problemsMutex);
            problems << message;
        };
        PredictionLog log(options);
        const QByteArray line = "{\"n\":1,\"pad\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}";
        for (int i = 0; i < 5; ++i)
            log.append(QStringLiteral("iris"), line);
        log.flush();
        const QString path = PredictionLog::filePath(dir.path(), QStringLiteral("iris"));
        const qint64 before = QFileInfo(path).size();
        QCOMPARE(before, 5 * (line.size() + 1));
        {
            // Room for half a line more: the next batch cannot be written whole.
            test::FileSizeLimit full(rlim_t(before + line.size() / 2));
            QVERIFY(full.isActive());
            for (int i = 0; i < 3; ++i)
                log.append(QStringLiteral("iris"), line);
            log.flush();
        }
        QCOMPARE(log.dropped(), 3);
        {
            std::lock_guard lock(problemsMutex);
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(QStringLiteral("File too large")), qPrintable(problems.first()));
            QVERIFY(!problems.first().contains(QStringLiteral("Unknown error")));
        }
        QCOMPARE(QFileInfo(path).size(), before); // no half line left behind
        log.append(QStringLiteral("iris"), line); // space again: logging goes on
        log.flush();
        auto entries = PredictionLog::read(dir.path(), QStringLiteral("iris"), 0);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 6);
    }

    void theSampleRateIsHonoured()
    {
        PredictionLog::Options options;
        options.folder = QDir::tempPath();
        options.sample = 0.0;
        int logged = 0;
        {
            PredictionLog none(options);
            for (int i = 0; i < 1000; ++i)
                logged += none.sample() ? 1 : 0;
        }
        QCOMPARE(logged, 0);
        options.sample = 0.25;
        {
            PredictionLog quarter(options);
            for (int i = 0; i < 20000; ++i)
                logged += quarter.sample() ? 1 : 0;
        }
        QVERIFY2(logged > 4500 && logged < 5500, qPrintable(QString::number(logged)));
    }
};

QTEST_GUILESS_MAIN(TestPredictionLog)
#include "tst_predictionlog.moc"
