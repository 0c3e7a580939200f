// Workspaces on PostgreSQL (#19): a private PostgreSQL 15 server on loopback, started by the test.
// The same schema and migrations as SQLite, two "machines" seeing each other's runs, metrics that
// wait in memory while the server is away and are written when it returns, `workspace copy`
// between a folder and the server both ways, and the CLI training on a server's workspace.
#include "../support/CliRunner.h"
#include "../support/PostgresServer.h"
#include "engine/core/ChangeHub.h"
#include "engine/repro/WorkspaceCopy.h"
#include "engine/store/MetricReader.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Schema.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <ctime>
#include <limits>

using namespace crucible;

namespace {

/// The error's text, or nothing when there is none (QVERIFY2 builds its message either way).
template <typename T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.error().text().toUtf8();
}

} // namespace

class TestPostgres : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresServer> m_server;
    int m_databases = 0;

    /// A new empty database on the server and the URL of a workspace in it.
    QString newWorkspaceUrl()
    {
        const QString name = QStringLiteral("ws%1").arg(++m_databases);
        if (!m_server->createDatabase(name))
            qFatal("%s", qPrintable(m_server->problem()));
        return m_server->url(name, m_dir.filePath(QStringLiteral("shared-") + name));
    }

    std::unique_ptr<Workspace> open(const QString& where)
    {
        auto opened = Workspace::open(where);
        if (!opened)
            qFatal("opening %s: %s", qPrintable(where), qPrintable(opened.error().text()));
        return std::move(opened.value());
    }

    static QString newRun(const Workspace& workspace, const QString& name)
    {
        NewRun spec;
        spec.name = name;
        spec.tags = {QStringLiteral("shared")};
        auto id = RunStore(workspace).createRun(spec);
        if (!id)
            qFatal("%s", qPrintable(id.error().text()));
        return id.value();
    }

    static test::CliOutcome cli(const QString& workspace, const QStringList& arguments)
    {
        return test::runCli(QStringList {QStringLiteral("-w"), workspace} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<test::PostgresServer>();
        QVERIFY2(m_server->waitUntilReady(), qPrintable(m_server->problem()));
    }

    void cleanupTestCase() { m_server.reset(); }

    /// A test that failed while the server was stopped leaves it running for the next.
    void init()
    {
        if (!m_server->isRunning()) {
            m_server->restart();
            QVERIFY2(m_server->waitUntilReady(), qPrintable(m_server->problem()));
        }
    }

    void opensMigratesAndRefusesANewerSchema()
    {
        const QString url = newWorkspaceUrl();
        auto opened = Workspace::open(url, Workspace::Options {.mustExist = true});
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        QVERIFY2(opened.error().message.contains(QStringLiteral("add --create")), qPrintable(opened.error().text()));

        auto workspace = open(url);
        QVERIFY(workspace->isOnServer());
        QCOMPARE(workspace->schemaVersion(), schema::currentVersion());
        QVERIFY(!workspace->databasePath().contains(QStringLiteral("password")));
        QVERIFY(QFileInfo(QDir(workspace->folder()).filePath(QStringLiteral("objects"))).isDir());
        QCOMPARE(workspace->counts()->value(QStringLiteral("experiments")), 1); // the Default experiment

        // A newer Crucible's workspace: refused, and left as it was.
        QSqlQuery raise(workspace->database());
        QVERIFY(raise.exec(QStringLiteral("UPDATE crucible_schema SET version = version + 1")));
        auto newer = Workspace::open(url);
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, ErrorCode::Incompatible);
        QVERIFY2(newer.error().message.contains(QStringLiteral("newer Crucible")), qPrintable(newer.error().text()));
        QVERIFY(raise.exec(QStringLiteral("SELECT version FROM crucible_schema")) && raise.next());
        QCOMPARE(raise.value(0).toInt(), schema::currentVersion() + 1);
        QVERIFY(raise.exec(QStringLiteral("UPDATE crucible_schema SET version = version - 1")));
    }

    void refusesAddressesItCannotUseWithTheReason()
    {
        const auto problem = [](const QString& url) {
            auto opened = Workspace::open(url);
            return opened ? QString() : opened.error().text();
        };
        // A password in the address would land in settings and shell history.
        const QString withPassword = problem(QStringLiteral("postgresql://me:s3cret@127.0.0.1/db?objects=/tmp/x"));
        QVERIFY2(withPassword.contains(QStringLiteral("~/.pgpass")), qPrintable(withPassword));
        QVERIFY2(!withPassword.contains(QStringLiteral("s3cret")), qPrintable(withPassword));
        QVERIFY(problem(QStringLiteral("postgresql://me@127.0.0.1/db")).contains(QStringLiteral("objects=")));
        QVERIFY(problem(QStringLiteral("postgresql://me@127.0.0.1/db?objects=relative/path"))
                    .contains(QStringLiteral("absolute")));
        QVERIFY(problem(QStringLiteral("postgresql://me@127.0.0.1/db?objects=/tmp/x&host=elsewhere"))
                    .contains(QStringLiteral("not 'host'")));
        QVERIFY(
            problem(QStringLiteral("postgresql://me@127.0.0.1/?objects=/tmp/x")).contains(QStringLiteral("DATABASE")));
        // No server on the port: says so and where, quickly.
        const QString away = problem(QStringLiteral("postgresql://crucible@127.0.0.1:%1/db?objects=%2")
                                         .arg(test::freePort())
                                         .arg(m_dir.filePath(QStringLiteral("away"))));
        QVERIFY2(away.contains(QStringLiteral("cannot connect to the PostgreSQL server")), qPrintable(away));
        QVERIFY2(away.contains(QStringLiteral("127.0.0.1")), qPrintable(away));
    }

    void twoMachinesSeeEachOthersRunsAndPoints()
    {
        const QString url = newWorkspaceUrl();
        auto first = open(url);
        auto second = open(url); // another process or machine: its own connections
        const QString id = newRun(*first, QStringLiteral("from-first"));
        QMap<QString, QJsonValue> params {{QStringLiteral("lr"), 0.001},
                                          {QStringLiteral("model"), QStringLiteral("mlp")}};
        QVERIFY(RunStore(*first).logParams(id, params));
        {
            auto writer = MetricWriter::open(*first, id);
            QVERIFY(writer);
            for (int step = 0; step < 5000; ++step)
                writer.value()->log(QStringLiteral("loss"), step,
                                    step == 77 ? std::numeric_limits<double>::quiet_NaN() : 1.0 / (1 + step),
                                    step / 1000, 1.8e9 + step);
            QVERIFY(writer.value()->close());
        }
        const auto seen = RunCatalog(*second).run(id);
        QVERIFY2(seen, why(seen).constData());
        QCOMPARE(seen->name, QStringLiteral("from-first"));
        QCOMPARE(seen->params.value(QStringLiteral("model")).toString(), QStringLiteral("mlp"));
        QVERIFY(seen->tags.contains(QStringLiteral("shared")));
        const MetricSummary loss = seen->metrics.value(QStringLiteral("loss"));
        QCOMPARE(loss.count, 5000);
        QCOMPARE(loss.nanCount, 1);
        QCOMPARE(loss.last, 1.0 / 5000);
        QCOMPARE(loss.max, 1.0);
        const auto points = MetricReader(*second).points(id, QStringLiteral("loss"));
        QVERIFY(points);
        QCOMPARE(points->size(), size_t(5000));
        QVERIFY(std::isnan(points->at(77).value));
        QCOMPARE(points->at(4321).value, 1.0 / 4322);
        QCOMPARE(points->at(4321).wallTime, 1.8e9 + 4321);

        // The second machine's run shows on the first, newest first.
        const QString other = newRun(*second, QStringLiteral("from-second"));
        const auto listed = RunCatalog(*first).list(RunQuery {});
        QVERIFY(listed);
        QCOMPARE(listed->size(), size_t(2));
        QCOMPARE(listed->front().id, other);
    }

    void pointsWaitWhileTheServerIsAwayAndAreWrittenWhenItReturns()
    {
        const QString url = newWorkspaceUrl();
        auto workspace = open(url);
        const QString id = newRun(*workspace, QStringLiteral("through-an-outage"));
        MetricWriter::Options options;
        options.flushIntervalMs = 100;
        options.serverWaitMs = 60000;
        auto writer = MetricWriter::open(*workspace, id, options);
        QVERIFY(writer);
        for (int step = 0; step < 1000; ++step)
            writer.value()->log(QStringLiteral("loss"), step, step);
        QVERIFY(writer.value()->flush());

        m_server->stop();
        for (int step = 1000; step < 3000; ++step) // training goes on meanwhile
            writer.value()->log(QStringLiteral("loss"), step, step);
        const Status whileAway = writer.value()->flush();
        QVERIFY(!whileAway);
        QVERIFY2(whileAway.error().message.contains(QStringLiteral("server")), qPrintable(whileAway.error().text()));
        QCOMPARE(writer.value()->committedCount(), 1000);

        m_server->restart();
        QVERIFY2(m_server->waitUntilReady(), qPrintable(m_server->problem()));
        for (int step = 3000; step < 3500; ++step)
            writer.value()->log(QStringLiteral("loss"), step, step);
        QVERIFY(writer.value()->close()); // connects again and writes what waited
        QCOMPARE(writer.value()->committedCount(), 3500);

        // This thread's own connection broke too: the next call connects again by itself.
        const auto points = MetricReader(*workspace).points(id, QStringLiteral("loss"));
        const auto again = points ? points : MetricReader(*workspace).points(id, QStringLiteral("loss"));
        QVERIFY2(again, why(again).constData());
        QCOMPARE(again->size(), size_t(3500));
        for (int step = 0; step < 3500; ++step)
            QCOMPARE(again->at(size_t(step)).step, step);
    }

    void trainingGoesOnThroughAnOutageAndKeepsEveryPoint()
    {
        const QString url = newWorkspaceUrl();
        QCOMPARE(test::runCli({QStringLiteral("-w"), url, QStringLiteral("--create"), QStringLiteral("data"),
                               QStringLiteral("samples"), QStringLiteral("iris")})
                     .exitCode,
                 0);
        const int epochs = 1500; // long enough (seconds) for the server to go away and come back meanwhile
        QProcess training;
        training.start(QStringLiteral(CRUCIBLE_CLI),
                       {QStringLiteral("-w"), url, QStringLiteral("--json"), QStringLiteral("train"),
                        QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("-e"), QString::number(epochs),
                        QStringLiteral("--set"), QStringLiteral("keep_checkpoints=0")});
        auto workspace = open(url);
        QTRY_VERIFY_WITH_TIMEOUT(RunCatalog(*workspace).list(RunQuery {}).value().size() == 1, 30000);
        QTest::qWait(500);
        m_server->stop();
        QTest::qWait(1500);
        m_server->restart();
        QVERIFY2(m_server->waitUntilReady(), qPrintable(m_server->problem()));
        QVERIFY2(training.state() == QProcess::Running, "training ended before the server came back: train longer");
        QVERIFY(training.waitForFinished(180000));
        QCOMPARE(training.exitCode(), 0);
        const QJsonObject result = QJsonDocument::fromJson(training.readAllStandardOutput()).object();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        // What could not be recorded while the server was away is said, not hidden.
        const QString warnings =
            QString::fromUtf8(QJsonDocument(result.value(QStringLiteral("warnings")).toArray()).toJson());
        QVERIFY2(warnings.contains(QStringLiteral("cannot be reached")), qPrintable(warnings));
        const QString runId = result.value(QStringLiteral("run_id")).toString();
        auto reopened = open(url);
        const auto loss = MetricReader(*reopened).points(runId, QStringLiteral("loss"));
        QVERIFY2(loss, why(loss).constData());
        QCOMPARE(loss->size(), size_t(epochs)); // one step per epoch on iris: not a point lost
        QCOMPARE(RunCatalog(*reopened).run(runId)->status, RunStatus::Finished);
        // Checkpoints saved while it was away are recorded once it is back: each file kept on
        // disk has its row (so `runs show` lists it and `workspace gc` leaves it alone).
        QStringList recorded;
        QSqlQuery rows(reopened->database());
        rows.prepare(QStringLiteral("SELECT path FROM run_artifacts WHERE run_id = ? AND kind = 'checkpoint'"));
        rows.addBindValue(runId);
        QVERIFY(rows.exec());
        while (rows.next())
            recorded << rows.value(0).toString();
        const QDir checkpoints(QDir(reopened->runsFolder()).filePath(runId + QStringLiteral("/checkpoints")));
        QStringList onDisk;
        for (const QString& file : checkpoints.entryList(QDir::Files))
            onDisk << QStringLiteral("checkpoints/") + file;
        recorded.sort();
        onDisk.sort();
        QVERIFY(!onDisk.isEmpty());
        QCOMPARE(recorded, onDisk);
    }

    void aServerThatStaysAwayEndsTheWriterWithTheReason()
    {
        const QString url = newWorkspaceUrl();
        auto workspace = open(url);
        const QString id = newRun(*workspace, QStringLiteral("lost"));
        MetricWriter::Options options;
        options.flushIntervalMs = 100;
        options.serverWaitMs = 1500;
        auto writer = MetricWriter::open(*workspace, id, options);
        QVERIFY(writer);
        m_server->stop();
        writer.value()->log(QStringLiteral("loss"), 0, 1.0);
        QElapsedTimer clock;
        clock.start();
        const std::clock_t cpuBefore = std::clock();
        const Status closed = writer.value()->close();
        const double cpuSeconds = double(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
        // Waiting for the server is waiting, not spinning: a try every half second.
        QVERIFY2(cpuSeconds < 0.3 * double(clock.elapsed()) / 1000.0, qPrintable(QString::number(cpuSeconds)));
        QVERIFY(!closed);
        QVERIFY2(closed.error().message.contains(QStringLiteral("cannot be reached")),
                 qPrintable(closed.error().text()));
        QVERIFY(clock.elapsed() >= 1400);
        QVERIFY(clock.elapsed() < 20000);
        m_server->restart();
        QVERIFY2(m_server->waitUntilReady(), qPrintable(m_server->problem()));
    }

    void copiesAFolderIntoTheServerAndBackWithIdsKept()
    {
        // A local workspace with a dataset, a trained run and a registered model, by the CLI.
        const QString local = m_dir.filePath(QStringLiteral("local"));
        QCOMPARE(test::runCli({QStringLiteral("-w"), local, QStringLiteral("--create"), QStringLiteral("data"),
                               QStringLiteral("samples"), QStringLiteral("iris")})
                     .exitCode,
                 0);
        const test::CliOutcome trained =
            cli(local,
                {QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                 QStringLiteral("-e"), QStringLiteral("2"), QStringLiteral("--register"), QStringLiteral("flowers"),
                 QStringLiteral("--alias"), QStringLiteral("production")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const QString runId = trained.json().value(QStringLiteral("run_id")).toString();
        QVERIFY(!runId.isEmpty());

        const QString url = newWorkspaceUrl();
        const test::CliOutcome copied =
            test::runCli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("copy"), local, url});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err + copied.out));
        QVERIFY(copied.json().value(QStringLiteral("rows_copied")).toInteger() > 20);
        QVERIFY(copied.json().value(QStringLiteral("files_copied")).toInteger() > 0);
        QCOMPARE(copied.json().value(QStringLiteral("model_versions_imported")).toInteger(), 1);
        const test::CliOutcome models = cli(url, {QStringLiteral("models"), QStringLiteral("list")});
        QVERIFY2(models.out.contains(QStringLiteral("flowers")) && models.out.contains(QStringLiteral("production=v1")),
                 qPrintable(models.out + models.err));
        // Again: nothing new.
        const test::CliOutcome again =
            test::runCli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("copy"), local, url});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("rows_copied")).toInteger(), 0);
        QCOMPARE(again.json().value(QStringLiteral("files_copied")).toInteger(), 0);
        QCOMPARE(again.json().value(QStringLiteral("model_versions_imported")).toInteger(), 0);
        // A second version registered on the folder since: the next copy brings it, and only it.
        QCOMPARE(cli(local,
                     {QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("-e"),
                      QStringLiteral("3"), QStringLiteral("--register"), QStringLiteral("flowers")})
                     .exitCode,
                 0);
        const test::CliOutcome newer =
            test::runCli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("copy"), local, url});
        QCOMPARE(newer.exitCode, 0);
        QCOMPARE(newer.json().value(QStringLiteral("model_versions_imported")).toInteger(), 1);
        QVERIFY(cli(url, {QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("flowers@2")}).exitCode
                == 0);

        // The run is there under its own id, with its points, and predicts from the server's workspace.
        const test::CliOutcome shown =
            cli(url, {QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("show"), runId});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QCOMPARE(shown.json().value(QStringLiteral("id")).toString(), runId);
        const auto onServer = MetricReader(*open(url)).points(runId, QStringLiteral("loss"));
        const auto onFolder = MetricReader(*open(local)).points(runId, QStringLiteral("loss"));
        QVERIFY(onServer && onFolder);
        QCOMPARE(onServer->size(), onFolder->size());
        QVERIFY(!onServer->empty());
        QCOMPARE(onServer->back().value, onFolder->back().value);
        // New rows on the server are numbered after the copied ones (the sequences moved on).
        QCOMPARE(cli(url, {QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("spirals")}).exitCode, 0);

        // And back into a new folder: the same run, the new dataset too.
        const QString back = m_dir.filePath(QStringLiteral("back"));
        const test::CliOutcome returned =
            test::runCli({QStringLiteral("workspace"), QStringLiteral("copy"), url, back});
        QVERIFY2(returned.exitCode == 0, qPrintable(returned.err));
        const test::CliOutcome listed =
            cli(back, {QStringLiteral("--json"), QStringLiteral("data"), QStringLiteral("list")});
        QVERIFY2(listed.out.contains(QStringLiteral("spirals")) && listed.out.contains(QStringLiteral("iris")),
                 qPrintable(listed.out));
        QCOMPARE(cli(back, {QStringLiteral("runs"), QStringLiteral("show"), runId}).exitCode, 0);

        // Into a workspace that numbered another dataset alike: refused, nothing written.
        const QString clash = m_dir.filePath(QStringLiteral("clash"));
        QCOMPARE(test::runCli({QStringLiteral("-w"), clash, QStringLiteral("--create"), QStringLiteral("data"),
                               QStringLiteral("samples"), QStringLiteral("wine")})
                     .exitCode,
                 0);
        const test::CliOutcome refused =
            test::runCli({QStringLiteral("workspace"), QStringLiteral("copy"), url, clash});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("already holds another row of datasets")),
                 qPrintable(refused.err));
        QCOMPARE(open(clash)->counts()->value(QStringLiteral("runs")), 0);
    }

    void hearsOtherProcessesRunsAndPointsAtOnce()
    {
        const QString url = newWorkspaceUrl();
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), url}).exitCode, 0);
        auto watching = open(url); // the GUI's view of the shared workspace
        QVERIFY(watching->listenForChanges());
        QSignalSpy datasets(&ChangeHub::instance(), &ChangeHub::datasetsChanged);
        QSignalSpy added(&ChangeHub::instance(), &ChangeHub::runAdded);
        QSignalSpy points(&ChangeHub::instance(), &ChangeHub::metricsAppended);
        // Another process (another machine, as far as the server knows) imports and trains.
        QProcess other;
        other.start(
            QStringLiteral(CRUCIBLE_CLI),
            {QStringLiteral("-w"), url, QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")});
        QVERIFY(other.waitForFinished(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!datasets.isEmpty(), 10000);
        QCOMPARE(datasets.first().at(0).toString(), watching->databasePath());
        other.start(QStringLiteral(CRUCIBLE_CLI),
                    {QStringLiteral("-w"), url, QStringLiteral("--json"), QStringLiteral("train"),
                     QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("-e"), QStringLiteral("2")});
        QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!points.isEmpty(), 30000);
        QVERIFY(other.waitForFinished(60000));
        const QString runId =
            QJsonDocument::fromJson(other.readAllStandardOutput()).object().value(QStringLiteral("run_id")).toString();
        QCOMPARE(added.first().at(0).toString(), watching->databasePath());
        QCOMPARE(added.first().at(1).toString(), runId);
        QCOMPARE(points.last().at(1).toString(), runId);
    }

    void copyRefusesClashesAndLeavesOtherProgramsTables()
    {
        // Two workspaces that each made an experiment "churn": the names clash under other ids.
        const QString folder = m_dir.filePath(QStringLiteral("churn-folder"));
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), folder}).exitCode, 0);
        const QString url = newWorkspaceUrl();
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), url}).exitCode, 0);
        {
            auto onFolder = open(folder);
            auto onServer = open(url);
            QVERIFY(QSqlQuery(onServer->database())
                        .exec(QStringLiteral("INSERT INTO experiments (name, created_at) VALUES "
                                             "('churn', '2026-01-02T00:00:00.000Z')")));
            QVERIFY(QSqlQuery(onFolder->database())
                        .exec(QStringLiteral("INSERT INTO experiments (id, name, created_at) VALUES "
                                             "(10, 'churn', '2026-01-03T00:00:00.000Z')")));
            // Another program's table in the shared database is not Crucible's: copied out without it.
            QVERIFY(QSqlQuery(onServer->database())
                        .exec(QStringLiteral("CREATE TABLE team_notes (id INTEGER PRIMARY KEY, note TEXT)")));
        }
        const test::CliOutcome clash = test::runCli({QStringLiteral("workspace"), QStringLiteral("copy"), folder, url});
        QCOMPARE(clash.exitCode, 1);
        QVERIFY2(clash.err.contains(QStringLiteral("same name as this one's (id=")), qPrintable(clash.err));
        const test::CliOutcome out = test::runCli(
            {QStringLiteral("workspace"), QStringLiteral("copy"), url, m_dir.filePath(QStringLiteral("from-shared"))});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));

        // The same database under another spelling of the address, with another shared folder.
        const QString other =
            url.section(QLatin1Char('?'), 0, 0).replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"))
            + QStringLiteral("?objects=") + m_dir.filePath(QStringLiteral("elsewhere"));
        const test::CliOutcome itself = test::runCli({QStringLiteral("workspace"), QStringLiteral("copy"), url, other});
        QCOMPARE(itself.exitCode, 1);
        QVERIFY2(itself.err.contains(QStringLiteral("cannot be copied into itself")), qPrintable(itself.err));
    }

    void addressesSayWhatIsWrongAndMakeNoFoldersForATypo()
    {
        const auto problem = [](const QString& url) {
            auto opened = Workspace::open(url);
            return opened ? QString() : opened.error().text();
        };
        const QString base = m_server->url(QStringLiteral("postgres"), m_dir.filePath(QStringLiteral("p")));
        QVERIFY(problem(base + QStringLiteral("#pasted")).contains(QStringLiteral("#fragment")));
        QVERIFY(!problem(base + QStringLiteral("#pasted")).contains(QStringLiteral("pasted")));
        QVERIFY(problem(base + QStringLiteral("&objects=/tmp/two")).contains(QStringLiteral("not two")));
        QVERIFY(problem(QStringLiteral("postgresql://crucible@127.0.0.1:0/db?objects=/tmp/x"))
                    .contains(QStringLiteral("not a port")));
        // A database that is not there: said, and no shared folder made for it.
        const QString typo = m_dir.filePath(QStringLiteral("typo folder"));
        const QString missing = problem(m_server->url(QStringLiteral("no_such_db"), typo));
        QVERIFY2(missing.contains(QStringLiteral("no_such_db")), qPrintable(missing));
        QVERIFY(!QFileInfo::exists(typo));
        // A space in the shared folder's path is taken as it is.
        const QString url = newWorkspaceUrl().section(QLatin1Char('?'), 0, 0) + QStringLiteral("?objects=")
            + m_dir.filePath(QStringLiteral("team drive"));
        QVERIFY2(problem(url).isEmpty(), qPrintable(problem(url)));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("team drive/objects"))).isDir());
        // init says whether it made the workspace or found one.
        const QString fresh = newWorkspaceUrl();
        QVERIFY(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), fresh})
                    .out.contains(QStringLiteral("Made a workspace")));
        QVERIFY(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), fresh})
                    .out.contains(QStringLiteral("already")));
    }

    void aRoleThatMayOnlyReadOpensItReadOnly()
    {
        const QString url = newWorkspaceUrl();
        QCOMPARE(test::runCli({QStringLiteral("-w"), url, QStringLiteral("--create"), QStringLiteral("data"),
                               QStringLiteral("samples"), QStringLiteral("iris")})
                     .exitCode,
                 0);
        {
            auto owner = open(url);
            QSqlQuery grant(owner->database());
            QVERIFY(grant.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                              "'reader') THEN CREATE ROLE reader LOGIN; END IF; END $$")));
            QVERIFY(grant.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")));
        }
        const QString asReader = QString(url).replace(QStringLiteral("//crucible@"), QStringLiteral("//reader@"));
        auto reader = open(asReader);
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->counts()->value(QStringLiteral("datasets")), 1);
        const test::CliOutcome listed = cli(asReader, {QStringLiteral("data"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QStringLiteral("iris")));
        const test::CliOutcome write =
            cli(asReader, {QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("wine")});
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains(QStringLiteral("read-only")), qPrintable(write.err));
    }

    void theCliTrainsAndListsOnTheServer()
    {
        const QString url = newWorkspaceUrl();
        const test::CliOutcome notYet = cli(url, {QStringLiteral("runs"), QStringLiteral("list")});
        QCOMPARE(notYet.exitCode, 1);
        QVERIFY2(notYet.err.contains(QStringLiteral("no workspace in this database")), qPrintable(notYet.err));
        QCOMPARE(test::runCli({QStringLiteral("workspace"), QStringLiteral("init"), url}).exitCode, 0);
        QCOMPARE(cli(url, {QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        const test::CliOutcome trained =
            cli(url,
                {QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                 QStringLiteral("-e"), QStringLiteral("3"), QStringLiteral("--register"), QStringLiteral("flowers")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const test::CliOutcome listed = cli(url, {QStringLiteral("runs"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("finished")), qPrintable(listed.out));
        const test::CliOutcome info = cli(url, {QStringLiteral("workspace"), QStringLiteral("info")});
        QVERIFY2(info.out.contains(url.section(QLatin1Char('?'), 0, 0)), qPrintable(info.out));
        const test::CliOutcome models = cli(url, {QStringLiteral("models"), QStringLiteral("list")});
        QVERIFY2(models.out.contains(QStringLiteral("flowers")), qPrintable(models.out));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
