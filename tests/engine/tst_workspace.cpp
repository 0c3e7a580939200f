#include "../support/TestUtil.h"
#include "engine/store/Schema.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace crucible;

class TestWorkspace : public QObject {
    Q_OBJECT

private:
    static QString pragma(const Workspace& workspace, const QString& name)
    {
        QSqlQuery query(workspace.database());
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            return {};
        return query.value(0).toString();
    }

private Q_SLOTS:
    void createsTheWorkspaceLayout()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("fresh/workspace"));
        auto opened = Workspace::open(folder);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        const Workspace& workspace = *opened.value();
        QCOMPARE(workspace.folder(), folder);
        QVERIFY(QFile::exists(folder + QStringLiteral("/crucible.db")));
        for (const char* sub : {"objects", "runs", "registry"})
            QVERIFY2(QFileInfo(folder + QLatin1Char('/') + QLatin1String(sub)).isDir(), sub);
        QCOMPARE(pragma(workspace, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(workspace, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(workspace.schemaVersion(), schema::currentVersion());
        QCOMPARE(pragma(workspace, QStringLiteral("user_version")).toInt(), schema::currentVersion());
        const auto counts = workspace.counts();
        QVERIFY(counts);
        QCOMPARE(counts.value().value(QStringLiteral("experiments")), 1); // "Default"
        QCOMPARE(counts.value().value(QStringLiteral("runs")), 0);
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        {
            auto opened = Workspace::open(dir.path());
            QVERIFY(opened);
            QSqlQuery query(opened.value()->database());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO experiments (name, created_at) VALUES ('second', '2026-01-01T00:00:00Z')")));
        }
        auto again = Workspace::open(dir.path());
        QVERIFY(again);
        QCOMPARE(again.value()->counts().value().value(QStringLiteral("experiments")), 2);
    }

    void migrationsAreOrderedWithoutGaps()
    {
        int expected = 1;
        for (const Migration& migration : schema::migrations()) {
            QCOMPARE(migration.version, expected++);
            QVERIFY(!migration.statements.isEmpty());
            QVERIFY(!migration.description.isEmpty());
        }
        QCOMPARE(schema::currentVersion(), expected - 1);
    }

    void migratesAnOlderDatabaseAndKeepsItsTables()
    {
        QTemporaryDir dir;
        QVERIFY(test::writeSqliteFile(dir.filePath(QStringLiteral("crucible.db")), 0));
        auto opened = Workspace::open(dir.path());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        QCOMPARE(pragma(*opened.value(), QStringLiteral("user_version")).toInt(), schema::currentVersion());
        QSqlQuery query(opened.value()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM keepsake")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("precious"));
    }

    void refusesANewerDatabaseAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crucible.db"));
        QVERIFY(test::writeSqliteFile(path, schema::currentVersion() + 7));
        const QByteArray before = test::sha256OfFile(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

        auto opened = Workspace::open(dir.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Incompatible);
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer Crucible")), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QString::number(schema::currentVersion() + 7)));
        QCOMPARE(opened.error().where, path);
        QCOMPARE(test::sha256OfFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crucible.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,value\nalpha,1\nbeta,2\n" + QByteArray(200, 'x'));
        file.close();
        const QByteArray before = test::sha256OfFile(path);

        auto opened = Workspace::open(dir.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Incompatible);
        QVERIFY(opened.error().message.contains(QStringLiteral("not a SQLite database")));
        QCOMPARE(test::sha256OfFile(path), before);
    }

    void refusesAFileWhereTheFolderShouldBe()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain-file"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        auto opened = Workspace::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
        QCOMPARE(opened.error().where, path);
    }

    void opensReadOnlyAndSaysSoOnEveryWrite()
    {
        QTemporaryDir dir;
        {
            auto opened = Workspace::open(dir.path());
            QVERIFY(opened);
            QSqlQuery query(opened.value()->database());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO experiments (name, created_at) VALUES ('kept', 'x')")));
        }
        const QString dbPath = QDir(dir.path()).filePath(QStringLiteral("crucible.db"));
        const QByteArray before = test::sha256OfFile(dbPath);
        {
            Workspace::Options options;
            options.readOnly = true;
            auto opened = Workspace::open(dir.path(), options);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
            const Workspace& workspace = *opened.value();
            QVERIFY(workspace.isReadOnly());
            QCOMPARE(workspace.schemaVersion(), schema::currentVersion());
            auto counts = workspace.counts();
            QVERIFY(counts);
            QCOMPARE(counts->value(QStringLiteral("experiments")), 2);
            QSqlQuery query(workspace.database());
            QVERIFY(!query.exec(QStringLiteral("INSERT INTO experiments (name, created_at) VALUES ('new', 'x')")));
            const Error refused = sqlError(query.lastError(), dbPath, QStringLiteral("adding an experiment"));
            QVERIFY2(refused.message.startsWith(QStringLiteral("the workspace is read-only")),
                     qPrintable(refused.message));
            QVERIFY(refused.message.contains(QStringLiteral("adding an experiment cannot be done")));
        }
        QCOMPARE(test::sha256OfFile(dbPath), before);

        // Without permission to write, it opens read-only by itself (root may write anyway).
        QVERIFY(QFile::setPermissions(dbPath, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        auto restore = qScopeGuard([&] {
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QFile::setPermissions(dbPath, QFile::ReadOwner | QFile::WriteOwner);
        });
        auto opened = Workspace::open(dir.path());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        QCOMPARE(opened.value()->isReadOnly(), ::geteuid() != 0);
        QCOMPARE(opened.value()->counts()->value(QStringLiteral("experiments")), 2);
    }

    void marksRunsOfEndedProcessesInterrupted()
    {
        QTemporaryDir dir;
        QProcess finished;
        qint64 deadPid = 0;
        connect(&finished, &QProcess::started, this, [&] { deadPid = finished.processId(); });
        finished.start(QStringLiteral("true"));
        QVERIFY(finished.waitForFinished());
        QVERIFY(deadPid > 0);
        {
            auto opened = Workspace::open(dir.path());
            QVERIFY(opened);
            QSqlQuery query(opened.value()->database());
            const QString insert =
                QStringLiteral("INSERT INTO runs (id, experiment_id, name, status, created_at, owner_host, owner_pid)"
                               " VALUES ('%1', 1, '%1', '%2', '2026-01-01T00:00:00Z', '%3', %4)");
            const QString host = QSysInfo::machineHostName();
            QVERIFY(query.exec(insert.arg(QStringLiteral("killed"), QStringLiteral("running"), host).arg(deadPid)));
            QVERIFY(query.exec(insert.arg(QStringLiteral("alive"), QStringLiteral("running"), host).arg(getppid())));
            QVERIFY(query.exec(insert.arg(QStringLiteral("done"), QStringLiteral("finished"), host).arg(deadPid)));
        }
        auto reopened = Workspace::open(dir.path());
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->recoveredRunCount(), 1);
        QSqlQuery query(reopened.value()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id, status, error FROM runs ORDER BY id")));
        QMap<QString, QString> status;
        while (query.next()) {
            status.insert(query.value(0).toString(), query.value(1).toString());
            if (query.value(0).toString() == QLatin1String("killed"))
                QVERIFY(!query.value(2).toString().isEmpty());
        }
        QCOMPARE(status.value(QStringLiteral("killed")), QStringLiteral("interrupted"));
        QCOMPARE(status.value(QStringLiteral("alive")), QStringLiteral("running"));
        QCOMPARE(status.value(QStringLiteral("done")), QStringLiteral("finished"));
    }

    void reportsABusyWorkspaceClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crucible.db"));
        QVERIFY(test::writeSqliteFile(path, 0)); // needs a migration, so opening must write
        const QString name = QStringLiteral("holder");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

            auto opened = Workspace::open(dir.path(), Workspace::Options {200});
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, ErrorCode::Busy);
            QVERIFY2(opened.error().message.contains(QStringLiteral("busy")), qPrintable(opened.error().message));

            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(name);
        auto afterwards = Workspace::open(dir.path(), Workspace::Options {200});
        QVERIFY2(afterwards, qPrintable(afterwards ? QString() : afterwards.error().text()));
    }

    void resolvesTheFolderInOrderOfPrecedence()
    {
        const QByteArray saved = qgetenv("CRUCIBLE_WORKSPACE");
        qunsetenv("CRUCIBLE_WORKSPACE");
        QCOMPARE(Workspace::resolveFolder(QString()),
                 QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("crucible")));
        QCOMPARE(Workspace::resolveFolder(QString(), QStringLiteral("/from/settings")),
                 QStringLiteral("/from/settings"));
        qputenv("CRUCIBLE_WORKSPACE", "/from/environment");
        QCOMPARE(Workspace::resolveFolder(QString(), QStringLiteral("/from/settings")),
                 QStringLiteral("/from/environment"));
        QCOMPARE(Workspace::resolveFolder(QStringLiteral("/from/option"), QStringLiteral("/from/settings")),
                 QStringLiteral("/from/option"));
        qputenv("CRUCIBLE_WORKSPACE", saved);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
