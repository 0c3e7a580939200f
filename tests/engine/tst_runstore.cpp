// RunStore and RunCatalog: the lifecycle, interrupted runs, params, tags, notes, trash,
// artifacts, prefixes, listing with filters and sorting, and a workspace locked by another process.
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunLease.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "../support/TestUtil.h"

using namespace crucible;

class TestRunStore : public QObject {
    Q_OBJECT

private:
    static std::unique_ptr<Workspace> openWorkspace(const QString& folder, int busyTimeoutMs = 5000)
    {
        auto opened = Workspace::open(folder, Workspace::Options {busyTimeoutMs});
        if (!opened)
            qFatal("cannot open the workspace: %s", qPrintable(opened.error().text()));
        return std::move(opened.value());
    }

    static QString makeRun(RunStore& store, const QString& name, const QJsonObject& config = {},
                           const QString& experiment = QStringLiteral("Default"), const QStringList& tags = {})
    {
        NewRun spec;
        spec.name = name;
        spec.config = config;
        spec.experiment = experiment;
        spec.tags = tags;
        const auto id = store.createRun(spec);
        if (!id)
            qFatal("cannot create a run: %s", qPrintable(id.error().text()));
        return id.value();
    }

    static void logMetric(const Workspace& workspace, const QString& runId, const QString& key,
                          const std::vector<double>& values)
    {
        auto writer = MetricWriter::open(workspace, runId);
        QVERIFY(writer);
        for (size_t i = 0; i < values.size(); ++i)
            writer.value()->log(key, qint64(i), values[i]);
        QVERIFY(writer.value()->close());
    }

private Q_SLOTS:
    void createsARunWithItsRecipe()
    {
        QTemporaryDir dir;
        auto workspace = openWorkspace(dir.path());
        RunStore store(*workspace);
        NewRun spec;
        spec.experiment = QStringLiteral("mnist");
        spec.name = QStringLiteral("first");
        spec.seed = 7;
        spec.datasetName = QStringLiteral("fashion");
        spec.datasetHash = QStringLiteral("abc123");
        spec.config = QJsonObject {{QStringLiteral("lr"), 0.001},
                                   {QStringLiteral("optimizer"), QStringLiteral("adam")},
                                   {QStringLiteral("split"), QJsonObject {{QStringLiteral("train"), 0.8}}},
                                   {QStringLiteral("layers"), QJsonArray {256, 128}}};
        spec.tags = {QStringLiteral(" keep "), QStringLiteral(""), QStringLiteral("keep")};
        const auto id = store.createRun(spec);
        QVERIFY(id);
        QCOMPARE(id.value().size(), 16);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(id.value()).hasMatch());

        const auto run = RunCatalog(*workspace).run(id.value());
        QVERIFY(run);
        QCOMPARE(run->experiment, QStringLiteral("mnist"));
        QCOMPARE(run->name, QStringLiteral("first"));
        QCOMPARE(run->status, RunStatus::Queued);
        QCOMPARE(run->seed.value_or(-1), 7);
        QCOMPARE(run->datasetName, QStringLiteral("fashion"));
        QCOMPARE(run->datasetHash, QStringLiteral("abc123"));
        QCOMPARE(run->config, spec.config);
        QCOMPARE(run->configHash, RunStore::configHash(spec.config));
        QCOMPARE(run->configHash.size(), 64);
        QCOMPARE(run->params.value(QStringLiteral("lr")).toDouble(), 0.001);
        QCOMPARE(run->params.value(QStringLiteral("optimizer")).toString(), QStringLiteral("adam"));
        QCOMPARE(run->params.value(QStringLiteral("split.train")).toDouble(), 0.8);
        QCOMPARE(run->params.value(QStringLiteral("layers")).toString(), QStringLiteral("[256,128]"));
        QCOMPARE(run->tags, QStringList {QStringLiteral("keep")});
        QVERIFY(run->createdAt.isValid());
        QVERIFY(!run->startedAt.isValid());
    }

    void walksThroughTheLifecycle()
    {
        QTemporaryDir dir;
        auto workspace = openWorkspace(dir.path());
        RunStore store(*workspace);
        RunCatalog catalog(*workspace);
        const QString id = makeRun(store, QStringLiteral("life"));
        Environment environment = Environment::machine();
        environment.blas = QStringLiteral("OpenBLAS 0.3.21 (pthread)");
        environment.torchVersion = QStringLiteral("1.13.1");
        QVERIFY(store.start(id, environment));
        auto run = catalog.run(id);
        QCOMPARE(run->status, RunStatus::Running);
        QVERIFY(run->startedAt.isValid());
        QVERIFY(!run->environment.value(QStringLiteral("crucible_version")).toString().isEmpty());
        QCOMPARE(run->environment.value(QStringLiteral("blas")).toString(), environment.blas);
        QCOMPARE(run->environment.value(QStringLiteral("libtorch_version")).toString(), environment.torchVersion);
        QCOMPARE(run->environment.value(QStringLiteral("cpu")).toString(), cpuModelName());
        QCOMPARE(run->device, QStringLiteral("cpu"));

        QVERIFY(store.pause(id));
        QCOMPARE(catalog.run(id)->status, RunStatus::Paused);
        QVERIFY(store.resume(id));
        QVERIFY(store.finish(id));
        run = catalog.run(id);
        QCOMPARE(run->status, RunStatus::Finished);
        QVERIFY(run->endedAt >= run->startedAt);

        // A finished run stays finished, and the message says why.
        const Status again = store.start(id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
        QVERIFY2(again.error().message.contains(QStringLiteral("finished run cannot become running")),
                 qPrintable(again.error().message));

        const QString failing = makeRun(store, QStringLiteral("failing"));
        QVERIFY(store.start(failing));
        QVERIFY(store.fail(failing, QStringLiteral("loss became NaN at step 12")));
        run = catalog.run(failing);
        QCOMPARE(run->status, RunStatus::Failed);
        QCOMPARE(run->error, QStringLiteral("loss became NaN at step 12"));

        const QString stopped = makeRun(store, QStringLiteral("stopped"));
        QVERIFY(store.start(stopped));
        QVERIFY(store.stop(stopped));
        QCOMPARE(catalog.run(stopped)->status, RunStatus::Stopped);

        const Status missing = store.finish(QStringLiteral("0000000000000000"));
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void marksRunsOfAKilledProcessInterrupted()
    {
        QTemporaryDir dir;
        QString running;
        QString finished;
        {
            auto workspace = openWorkspace(dir.path());
            RunStore store(*workspace);
            running = makeRun(store, QStringLiteral("left running"));
            finished = makeRun(store, QStringLiteral("done"));
            QVERIFY(store.start(running));
            QVERIFY(store.start(finished));
            QVERIFY(store.finish(finished));
            // Pretend another, now dead, process owned the running one.
            QSqlQuery query(workspace->database());
            QVERIFY(query.exec(QStringLiteral("UPDATE runs SET owner_pid = 2147483000 WHERE id = '%1'").arg(running)));
        }
        auto workspace = openWorkspace(dir.path());
        QCOMPARE(workspace->recoveredRunCount(), 1);
        RunCatalog catalog(*workspace);
        const auto run = catalog.run(running);
        QCOMPARE(run->status, RunStatus::Interrupted);
        QVERIFY(run->endedAt.isValid());
        QVERIFY(!run->error.isEmpty());
        QCOMPARE(catalog.run(finished)->status, RunStatus::Finished);
    }

    void livenessIsALeaseNotAHostName()
    {
        QTemporaryDir dir;
        QString remoteAlive;
        QString remoteDead;
        QString mine;
        const QString fresh = QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODateWithMs);
        const QString old =
            QDateTime::currentDateTimeUtc().addSecs(-qint64(kRunLeaseTimeout.count()) - 60).toString(Qt::ISODateWithMs);
        auto workspace = openWorkspace(dir.path());
        RunStore store(*workspace);
        remoteAlive = makeRun(store, QStringLiteral("training on another host"));
        remoteDead = makeRun(store, QStringLiteral("died on another host"));
        mine = makeRun(store, QStringLiteral("training here"));
        for (const QString& id : {remoteAlive, remoteDead, mine})
            QVERIFY(store.start(id));
        QSqlQuery query(workspace->database());
        const QString edit =
            QStringLiteral("UPDATE runs SET owner_host = 'gpu-box-7', owner_pid = 4242, heartbeat_at = '%1' "
                           "WHERE id = '%2'");
        QVERIFY(query.exec(edit.arg(fresh, remoteAlive)));
        QVERIFY(query.exec(edit.arg(old, remoteDead)));

        // Another process of this host opens the workspace while all three train.
        {
            auto other = openWorkspace(dir.path());
            QCOMPARE(other->recoveredRunCount(), 1);
            RunCatalog catalog(*other);
            QCOMPARE(catalog.run(remoteAlive)->status, RunStatus::Running);
            QCOMPARE(catalog.run(remoteDead)->status, RunStatus::Interrupted);
            QCOMPARE(catalog.run(mine)->status, RunStatus::Running); // fresh lease, and this process lives
        }

        // Taken for dead by mistake (a stale clock elsewhere): the owner's lease brings it back,
        // and its own final status wins.
        QVERIFY(query.exec(QStringLiteral("UPDATE runs SET status = 'interrupted', error = 'taken for dead' "
                                          "WHERE id = '%1'")
                               .arg(mine)));
        {
            RunLease lease(*workspace, mine, std::chrono::milliseconds(20));
            QTRY_COMPARE_WITH_TIMEOUT(RunCatalog(*workspace).run(mine)->status, RunStatus::Running, 5000);
        }
        QVERIFY(RunCatalog(*workspace).run(mine)->error.isEmpty());
        QVERIFY(query.exec(QStringLiteral("UPDATE runs SET status = 'interrupted' WHERE id = '%1'").arg(mine)));
        const Status finished = store.finish(mine);
        VERIFY_OK(finished);
        QCOMPARE(RunCatalog(*workspace).run(mine)->status, RunStatus::Finished);
        // Nobody else ends a run it does not own once it is interrupted.
        const Status foreign = store.finish(remoteDead);
        QVERIFY(!foreign);
        QCOMPARE(RunCatalog(*workspace).run(remoteDead)->status, RunStatus::Interrupted);
    }

    void aLeaseRenewsTheHeartbeatAlsoWhilePaused()
    {
        QTemporaryDir dir;
        auto workspace = openWorkspace(dir.path());
        RunStore store(*workspace);
        const QString id = makeRun(store, QStringLiteral("leased"));
        QVERIFY(store.start(id));
        QVERIFY(store.pause(id));
        auto heartbeat = [&] {
            QSqlQuery query(workspace->database());
            query.exec(QStringLiteral("SELECT heartbeat_at FROM runs WHERE id = '%1'").arg(id));
            return query.next() ? query.value(0).toString() : QString();
        };
        const QString first = heartbeat();
        QVERIFY(QDateTime::fromString(first, Qt::ISODateWithMs).isValid());
        {
            RunLease lease(*workspace, id, std::chrono::milliseconds(20));
            lease.setPaused(true);
            QTRY_VERIFY_WITH_TIMEOUT(heartbeat() > first, 5000);
        }
        QCOMPARE(RunCatalog(*workspace).run(id)->status, RunStatus::Paused);
        const QString last = heartbeat();
        QTest::qWait(100);
        QCOMPARE(heartbeat(), last); // a destroyed lease renews no more
    }

    void editsNamesNotesTagsAndParams()
    {
        QTemporaryDir dir;
        auto workspace = openWorkspace(dir.path());
        RunStore store(*workspace);
        RunCatalog catalog(*workspace);
        const QString id = makeRun(store, QStringLiteral("old"));
        QVERIFY(store.rename(id, QStringLiteral("  new name ")));
        QVERIFY(!store.rename(id, QStringLiteral("   ")));
        QVERIFY(store.setNotes(id, QStringLiteral("line one\nline two")));
        QVERIFY(store.addTags(id, {QStringLiteral("b"), QStringLiteral("a")}));
        QVERIFY(store.removeTags(id, {QStringLiteral("b")}));
        QVERIFY(
            store.logParams(id, {{QStringLiteral("best_epoch"), 3}, {QStringLiteral("note"), QStringLiteral("x")}}));
        auto run = catalog.run(id);
        QCOMPARE(run->name, QStringLiteral("new name"));
        QCOMPARE(run->notes, QStringLiteral("line one\nline two"));
        QCOMPARE(run->tags, QStringList {QStringLiteral("a")});
        QCOMPARE(run->params.value(QStringLiteral("best_epoch")).toInt(), 3);
        QVERIFY(store.setTags(id, {QStringLiteral("z"), QStringLiteral("y")}));
        QCOMPARE(catalog.run(id)->tags, (QStringList {QStringLiteral("y"), QStringLiteral("z")}));
    }

    void trashHidesAndRestores()
    {
        QTemporaryDir dir;
        auto workspace = openWorkspace(dir.path());
        RunStore store(*workspace);
        RunCatalog catalog(*workspace);
        const QString keep = makeRun(store, QStringLiteral("keep"));
        const QString bin = makeRun(store, QStringLiteral("bin"));
        logMetric(*workspace, bin, QStringLiteral("loss"), {1, 2, 3});
        QFile file(QDir(store.runFolder(bin)).filePath(QStringLiteral("log.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();

        QVERIFY(store.moveToTrash(bin));
        QCOMPARE(catalog.list({})->size(), size_t(1));
        RunQuery trash;
        trash.trash = RunQuery::Trash::Only;
        QCOMPARE(catalog.list(trash)->size(), size_t(1));
        QCOMPARE(catalog.list(trash)->front().id, bin);
        QVERIFY(catalog.list(trash)->front().isDeleted());

        QVERIFY(store.restore(bin));
        QCOMPARE(catalog.list({})->size(), size_t(2));

        QVERIFY(store.moveToTrash(bin));
        const auto emptied = store.emptyTrash();
        QVERIFY(emptied);
        QCOMPARE(emptied.value(), 1);
        QCOMPARE(catalog.run(bin).error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(file.fileName()));
        QSqlQuery query(workspace->database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM metric_chunks")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(catalog.run(keep));
    }

    void recordsArtifactsWithTheirDigest()
    {
        QTemporaryDir dir;
        auto workspace = openWorkspace(dir.path());
        RunStore store(*workspace);
        const QString id = makeRun(store, QStringLiteral("artifacts"));
        QVERIFY(QDir(store.runFolder(id)).mkpath(QStringLiteral("checkpoints")));
        QFile file(QDir(store.runFolder(id)).filePath(QStringLiteral("checkpoints/epoch-1.pt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc");
        file.close();
        const auto artifact =
            store.addArtifact(id, QStringLiteral("checkpoints/epoch-1.pt"), QStringLiteral("checkpoint"));
        QVERIFY2(artifact, qPrintable(artifact ? QString() : artifact.error().text()));
        QCOMPARE(artifact->size, 3);
        QCOMPARE(artifact->sha256, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const auto run = RunCatalog(*workspace).run(id);
        QCOMPARE(run->artifacts.size(), size_t(1));
        QCOMPARE(run->artifacts.front().path, QStringLiteral("checkpoints/epoch-1.pt"));
        QCOMPARE(run->artifacts.front().kind, QStringLiteral("checkpoint"));

        QCOMPARE(store.addArtifact(id, QStringLiteral("../escape"), QStringLiteral("log")).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(store.addArtifact(id, QStringLiteral("/etc/passwd"), QStringLiteral("log")).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(store.addArtifact(id, QStringLiteral("missing.bin"), QStringLiteral("log")).error().code,
                 ErrorCode::NotFound);
    }

    void resolvesUnambiguousPrefixes()
    {
        QTemporaryDir dir;
        auto workspace = openWorkspace(dir.path());
        RunStore store(*workspace);
        RunCatalog catalog(*workspace);
        const QString a = makeRun(store, QStringLiteral("a"));
        const QString b = makeRun(store, QStringLiteral("b"));
        QCOMPARE(catalog.resolve(a).value(), a);
        QCOMPARE(catalog.resolve(a.toUpper()).value(), a);
        int common = 0;
        while (a[common] == b[common])
            ++common;
        QCOMPARE(catalog.resolve(a.left(common + 1)).value(), a);
        if (common > 0) {
            const auto ambiguous = catalog.resolve(a.left(common));
            QCOMPARE(ambiguous.error().code, ErrorCode::InvalidInput);
            QVERIFY(ambiguous.error().message.contains(a));
            QVERIFY(ambiguous.error().message.contains(b));
        }
        QCOMPARE(catalog.resolve(QStringLiteral("zzzz")).error().code, ErrorCode::NotFound);
    }

    void listsAPageOrChosenIds()
    {
        QTemporaryDir dir;
        auto workspace = openWorkspace(dir.path());
        RunStore store(*workspace);
        RunCatalog catalog(*workspace);
        QStringList ids; // oldest first
        for (int i = 0; i < 30; ++i) {
            ids << makeRun(store, QStringLiteral("run-%1").arg(i), {{QStringLiteral("lr"), 0.001 * (i + 1)}},
                           i % 2 ? QStringLiteral("odd") : QStringLiteral("even"));
            QThread::msleep(2); // distinct creation times: "newest first" is then one order
        }
        logMetric(*workspace, ids.last(), QStringLiteral("loss"), {1.0, 0.5});

        // A page of the newest runs, with their params and metrics, in the default order.
        RunQuery query;
        query.limit = 5;
        auto page = catalog.list(query);
        VERIFY_OK(page);
        QCOMPARE(page->size(), size_t(5));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(page->at(size_t(i)).id, ids.at(29 - i));
        QCOMPARE(page->front().params.value(QStringLiteral("lr")).toDouble(), 0.03);
        QCOMPARE(page->front().metrics.value(QStringLiteral("loss")).last, 0.5);
        // The limit applies after an experiment, a filter or a sort, never before.
        query.experiment = QStringLiteral("even");
        page = catalog.list(query);
        QCOMPARE(page->size(), size_t(5));
        QCOMPARE(page->front().id, ids.at(28));
        query = {};
        query.limit = 3;
        query.sort = QStringLiteral("params.lr");
        page = catalog.list(query);
        QCOMPARE(page->size(), size_t(3));
        QCOMPARE(page->front().id, ids.first());
        query.sort.clear();
        query.filter = QStringLiteral("params.lr < 0.0025");
        QCOMPARE(catalog.list(query)->size(), size_t(2));

        // Only the runs asked for, whatever their position.
        query = {};
        query.ids = {ids.at(3), ids.at(17)};
        page = catalog.list(query);
        QCOMPARE(page->size(), size_t(2));
        QCOMPARE(page->at(0).id, ids.at(17));
        QCOMPARE(page->at(1).id, ids.at(3));
    }

    void listsFiltersAndSorts()
    {
        QTemporaryDir dir;
        auto workspace = openWorkspace(dir.path());
        RunStore store(*workspace);
        RunCatalog catalog(*workspace);
        const QString adam =
            makeRun(store, QStringLiteral("adam-run"),
                    {{QStringLiteral("optimizer"), QStringLiteral("adam")}, {QStringLiteral("lr"), 0.001}},
                    QStringLiteral("sweep"), {QStringLiteral("best")});
        const QString sgd = makeRun(store, QStringLiteral("sgd-run"),
                                    {{QStringLiteral("optimizer"), QStringLiteral("sgd")}, {QStringLiteral("lr"), 0.1}},
                                    QStringLiteral("sweep"));
        const QString other =
            makeRun(store, QStringLiteral("other"), {{QStringLiteral("optimizer"), QStringLiteral("adam")}});
        logMetric(*workspace, adam, QStringLiteral("val_accuracy"), {0.5, 0.95, 0.93});
        logMetric(*workspace, sgd, QStringLiteral("val_accuracy"), {0.4, 0.7, 0.8});
        QVERIFY(store.start(sgd));

        RunQuery query;
        query.filter = QStringLiteral("metrics.val_accuracy > 0.9 and params.optimizer = \"adam\"");
        auto runs = catalog.list(query);
        QVERIFY(runs);
        QCOMPARE(runs->size(), size_t(1));
        QCOMPARE(runs->front().id, adam);
        QCOMPARE(runs->front().metrics.value(QStringLiteral("val_accuracy")).last, 0.93);
        QCOMPARE(runs->front().metrics.value(QStringLiteral("val_accuracy")).max, 0.95);
        QCOMPARE(runs->front().metrics.value(QStringLiteral("val_accuracy")).maxStep, 1);

        query.filter = QStringLiteral("metrics.val_accuracy.max >= 0.8 or tag = \"best\"");
        query.sort = QStringLiteral("-metrics.val_accuracy");
        runs = catalog.list(query);
        QCOMPARE(runs->size(), size_t(2));
        QCOMPARE(runs->at(0).id, adam);
        QCOMPARE(runs->at(1).id, sgd);

        query = {};
        query.filter = QStringLiteral("status = \"running\"");
        QCOMPARE(catalog.list(query)->front().id, sgd);

        query = {};
        query.experiment = QStringLiteral("sweep");
        query.sort = QStringLiteral("params.lr");
        runs = catalog.list(query);
        QCOMPARE(runs->size(), size_t(2));
        QCOMPARE(runs->at(0).id, adam);
        query.sort = QStringLiteral("name");
        QCOMPARE(catalog.list(query)->at(0).id, adam);
        query.experiment.clear();
        query.sort = QStringLiteral("-params.lr"); // runs without lr go last either way
        runs = catalog.list(query);
        QCOMPARE(runs->at(0).id, sgd);
        QCOMPARE(runs->at(2).id, other);

        query = {};
        query.filter = QStringLiteral("metrics.val_accuracy >");
        const auto bad = catalog.list(query);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(bad.error().where, QStringLiteral("filter, column 23"));
        query = {};
        query.sort = QStringLiteral("nonsense");
        QCOMPARE(catalog.list(query).error().where, QStringLiteral("sort"));

        QCOMPARE(catalog.paramKeys().value(), (QStringList {QStringLiteral("lr"), QStringLiteral("optimizer")}));
        QCOMPARE(catalog.metricKeys().value(), QStringList {QStringLiteral("val_accuracy")});
        QVERIFY(catalog.experiments().value().contains(QStringLiteral("sweep")));
    }

    void aLockedWorkspaceWaitsThenReportsBusy()
    {
        QTemporaryDir dir;
        auto workspace = openWorkspace(dir.path(), 400);
        RunStore store(*workspace);
        const QString id = makeRun(store, QStringLiteral("locked"));
        auto writer = MetricWriter::open(*workspace, id);
        QVERIFY(writer);

        QProcess holder;
        holder.start(QStringLiteral(TRACKING_CHILD), {QStringLiteral("lock"), dir.path()});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        QElapsedTimer timer;
        timer.start();
        const Status renamed = store.rename(id, QStringLiteral("new"));
        QVERIFY(timer.elapsed() >= 350); // it waited for the lock before giving up
        QVERIFY(!renamed);
        QCOMPARE(renamed.error().code, ErrorCode::Busy);
        QVERIFY2(renamed.error().message.contains(QStringLiteral("busy")), qPrintable(renamed.error().message));
        QCOMPARE(renamed.error().where, id);

        writer.value()->log(QStringLiteral("loss"), 0, 1.5);
        const Status flushed = writer.value()->flush();
        QVERIFY(!flushed);
        QCOMPARE(flushed.error().code, ErrorCode::Busy);

        holder.closeWriteChannel(); // the holder lets go
        QVERIFY(holder.waitForFinished(30000));
        QVERIFY(writer.value()->flush()); // the buffered point was kept and is now saved
        QVERIFY(writer.value()->close());
        QCOMPARE(RunCatalog(*workspace).run(id)->metrics.value(QStringLiteral("loss")).count, 1);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
