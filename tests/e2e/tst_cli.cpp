// crucible-cli as a user runs it: a real process, real workspace folders, real exit codes.
#include "../support/CliRunner.h"
#include "../support/TestUtil.h"
#include "engine/store/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace crucible;

using Outcome = test::CliOutcome;
using test::runCli;

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void printsVersions()
    {
        const Outcome result = runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("crucible-cli 0.")), qPrintable(result.out));
        for (const char* word : {"commit", "Qt", "LibTorch", "BLAS", "CUDA"})
            QVERIFY2(result.out.contains(QLatin1String(word)), word);
    }

    void printsVersionsAsJson()
    {
        const Outcome result = runCli({QStringLiteral("--json"), QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        QVERIFY2(!json.isEmpty(), qPrintable(result.out));
        QVERIFY(json.value(QStringLiteral("crucible")).toString().startsWith(QStringLiteral("0.")));
        QCOMPARE(json.value(QStringLiteral("qt_version")).toString(), QString::fromLatin1(qVersion()));
        QVERIFY(!json.value(QStringLiteral("libtorch_version")).toString().isEmpty());
        QVERIFY(json.value(QStringLiteral("blas")).toString().contains(QStringLiteral(CRUCIBLE_EXPECTED_BLAS)));
        QVERIFY(json.value(QStringLiteral("cuda_available")).isBool());
    }

    void describesAWorkspace()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ws"));
        const Outcome result = runCli({QStringLiteral("--workspace"), folder, QStringLiteral("--json"),
                                       QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QStringLiteral("path")).toString(), folder);
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), schema::currentVersion());
        const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("experiments")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("runs")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("datasets")).toInt(), 0);

        const Outcome human =
            runCli({QStringLiteral("--workspace=") + folder, QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains(folder));
        QVERIFY(human.out.contains(QStringLiteral("Schema version  %1").arg(schema::currentVersion())));
    }

    void findsTheWorkspaceFromTheEnvironmentAndTheDefault()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        environment.remove(QStringLiteral("CRUCIBLE_WORKSPACE"));
        Outcome result =
            runCli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")}, environment);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value(QStringLiteral("path")).toString(), dir.filePath(QStringLiteral("data/crucible")));

        environment.insert(QStringLiteral("CRUCIBLE_WORKSPACE"), dir.filePath(QStringLiteral("chosen")));
        result = runCli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("info")}, environment);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json().value(QStringLiteral("path")).toString(), dir.filePath(QStringLiteral("chosen")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("chosen/crucible.db"))));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        const Outcome unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        QCOMPARE(runCli({QStringLiteral("workspace")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--workspace")}).exitCode, 2);
        // With --json, standard output carries the usage error as the one document.
        const Outcome asJson = runCli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("rerun")});
        QCOMPARE(asJson.exitCode, 2);
        QJsonParseError parsed {};
        const QJsonObject document = QJsonDocument::fromJson(asJson.out.toUtf8(), &parsed).object();
        QCOMPARE(parsed.error, QJsonParseError::NoError);
        QCOMPARE(document.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("usage"));
        QVERIFY(document.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("runs rerun takes one RUN")));
        const Outcome help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("workspace info")));
    }

    void refusesANewerWorkspaceWithExitOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crucible.db"));
        QVERIFY(test::writeSqliteFile(path, schema::currentVersion() + 1));
        const QByteArray before = test::sha256OfFile(path);
        const Outcome result = runCli({QStringLiteral("--workspace"), dir.path(), QStringLiteral("--json"),
                                       QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("newer Crucible")), qPrintable(result.err));
        QVERIFY(result.err.contains(path));
        QCOMPARE(result.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("incompatible"));
        QCOMPARE(test::sha256OfFile(path), before);
    }

    void refusesAFileThatIsNotSqliteWithExitOne()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("crucible.db")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x7f'));
        file.close();
        const Outcome result =
            runCli({QStringLiteral("--workspace"), dir.path(), QStringLiteral("workspace"), QStringLiteral("info")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("not a SQLite database")));
    }

    void aSecondProcessWaitsForTheLockThenWorks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crucible.db"));
        QVERIFY(test::writeSqliteFile(path, 0)); // opening must migrate, so it needs the write lock
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        // Past its busy timeout the second process says plainly that the workspace is busy.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CRUCIBLE_BUSY_TIMEOUT_MS"), QStringLiteral("300"));
        const Outcome refused =
            runCli({QStringLiteral("--workspace"), dir.path(), QStringLiteral("workspace"), QStringLiteral("info")},
                   environment);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("workspace is busy")), qPrintable(refused.err));

        // Within its timeout it waits for the lock and then succeeds.
        environment.insert(QStringLiteral("CRUCIBLE_BUSY_TIMEOUT_MS"), QStringLiteral("20000"));
        QProcess waiting;
        waiting.setProcessEnvironment(environment);
        waiting.start(QStringLiteral(CRUCIBLE_CLI),
                      {QStringLiteral("--workspace"), dir.path(), QStringLiteral("--json"), QStringLiteral("workspace"),
                       QStringLiteral("info")});
        QVERIFY(waiting.waitForStarted());
        // It has reached the database when the file is among its open descriptors; still running
        // a while after that, it is waiting for the lock (not merely slow to start).
        const QString fdFolder = QStringLiteral("/proc/%1/fd").arg(waiting.processId());
        auto hasDatabaseOpen = [&] {
            const QStringList fds = QDir(fdFolder).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
            for (const QString& fd : fds)
                if (QFileInfo(QDir(fdFolder).filePath(fd)).symLinkTarget() == QFileInfo(path).canonicalFilePath())
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasDatabaseOpen(), 15000);
        QVERIFY(!waiting.waitForFinished(500));
        QCOMPARE(waiting.state(), QProcess::Running);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(waiting.waitForFinished(30000));
        QCOMPARE(waiting.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(waiting.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), schema::currentVersion());
        lock.finish();
        holder.close();
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
