// Automated retraining as a user runs it from crucible-cli: real training on the shipped iris
// sample, a real registry, real processes killed and resumed. A better challenger is promoted, a
// worse one rejected (production stays), unchanged inputs are skipped, failing steps retried with
// backoff, a killed run resumes without doing anything twice, a new file in a watched folder with
// shifted data retrains and promotes, and notifications reach a real HTTP server.
#include "../support/CliRunner.h"
#include "../support/HttpClient.h"
#include "engine/serve/HttpServer.h"
#include "engine/serve/ModelServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace crucible;
using crucible::test::runCli;

namespace {

const QString kIris = QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv");

/// The iris CSV with `shift` added to every measurement (the species stay).
bool writeShiftedIris(const QString& path, double shift)
{
    QFile in(kIris);
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    out.write(in.readLine());
    while (!in.atEnd()) {
        const QList<QByteArray> fields = in.readLine().trimmed().split(',');
        if (fields.size() < 5)
            continue;
        QByteArray line;
        for (int i = 0; i < 4; ++i)
            line += QByteArray::number(fields[i].toDouble() + shift, 'f', 2) + ',';
        out.write(line + fields[4] + '\n');
    }
    return true;
}

/// Dates the file back `seconds`, as a file copied in a while ago.
bool age(const QString& path, int seconds)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(QDateTime::currentDateTime().addSecs(-seconds), QFileDevice::FileModificationTime);
}

class Fixture {
public:
    Fixture()
    {
        environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CRUCIBLE_WORKSPACE"), dir.filePath(QStringLiteral("ws")));
        environment.remove(QStringLiteral("CRUCIBLE_REGISTRY"));
        QDir(dir.path()).mkpath(QStringLiteral("incoming"));
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    bool write(const QString& name, const QByteArray& text) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }
    test::CliOutcome cli(const QStringList& arguments, int timeoutMs = 180000) const
    {
        return runCli(arguments, environment, timeoutMs);
    }
    /// What the registry says of model `name`: "versions" (a count) and "aliases" from `models list`,
    /// "alias_history" from `models show`.
    QJsonObject model(const QString& name) const
    {
        QJsonObject result;
        const auto listed = cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("list")}).json();
        for (const QJsonValue& model : listed.value(QStringLiteral("models")).toArray()) {
            if (model.toObject().value(QStringLiteral("name")).toString() == name)
                result = model.toObject();
        }
        const auto shown =
            cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("show"), name}).json();
        result.insert(QStringLiteral("alias_history"), shown.value(QStringLiteral("alias_history")));
        return result;
    }

    /// Production: the shipped iris sample imported, a model trained on it, registered as
    /// iris@1 and aliased production. Whether every command succeeded.
    bool deployIris() const
    {
        if (cli({QStringLiteral("data"), QStringLiteral("import"), kIris, QStringLiteral("--name"),
                 QStringLiteral("iris")})
                .exitCode
            != 0)
            return false;
        const auto trained =
            cli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("--model"),
                 QStringLiteral("mlp:16"), QStringLiteral("--epochs"), QStringLiteral("80"), QStringLiteral("--lr"),
                 QStringLiteral("0.01"), QStringLiteral("--register"), QStringLiteral("iris"),
                 QStringLiteral("--alias"), QStringLiteral("production")});
        if (trained.exitCode != 0)
            qWarning("%s", qPrintable(trained.err));
        return trained.exitCode == 0;
    }

    QTemporaryDir dir;
    QProcessEnvironment environment;
};

/// The retraining pipeline of docs/pipelines.md, with the recipe as a parameter.
QByteArray retrainPipeline(const QString& extraSteps = {})
{
    return QStringLiteral(
               "name: iris-retrain\n"
               "params:\n"
               "  epochs: \"80\"\n"
               "  lr: \"0.01\"\n"
               "  margin: \"0.0\"\n"
               "triggers:\n"
               "  watch: incoming\n"
               "steps:\n"
               "  - id: data\n"
               "    data: {path: \"${trigger.file}\", folder: incoming, name: iris-live, target: species}\n"
               "  - id: train\n"
               "    train:\n"
               "      data: ${steps.data.dataset}\n"
               "      recipe: {model: \"mlp:16\", epochs: \"${params.epochs}\", lr: \"${params.lr}\", seed: 7}\n"
               "      experiment: retrain\n"
               "  - id: evaluate\n"
               "    evaluate:\n"
               "      model: ${steps.train.run_id}\n"
               "      champion: iris@production\n"
               "      data: ${steps.data.dataset}\n"
               "      split: test\n"
               "  - id: gate\n"
               "    gate:\n"
               "      - challenger.accuracy >= 0.8\n"
               "      - challenger.accuracy >= champion.accuracy + ${params.margin}\n"
               "  - id: register\n"
               "    register: {run: \"${steps.train.run_id}\", name: iris, intended_use: \"iris species from "
               "measurements\"}\n"
               "  - id: promote\n"
               "    promote: {model: \"${steps.register.model}\", alias: production}\n"
               "%1")
        .arg(extraSteps)
        .toUtf8();
}

/// How many alias moves `models show` lists for `alias`.
int aliasMoves(const QJsonObject& model, const QString& alias)
{
    int moves = 0;
    for (const QJsonValue& event : model.value(QStringLiteral("alias_history")).toArray())
        moves += event.toObject().value(QStringLiteral("alias")).toString() == alias ? 1 : 0;
    return moves;
}

} // namespace

class TestPipelineCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void promotesABetterModelAndRejectsAWorseOne()
    {
        Fixture f;
        QVERIFY(QFile::copy(kIris, f.path(QStringLiteral("incoming/iris.csv"))));
        QVERIFY(f.write(QStringLiteral("retrain.yaml"), retrainPipeline()));
        const QString file = f.path(QStringLiteral("retrain.yaml"));
        QCOMPARE(f.cli({QStringLiteral("pipeline"), QStringLiteral("check"), file}).exitCode, 0);

        // First model: nothing to beat, promoted.
        auto first = f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("run"), file});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.json().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QVERIFY(first.json().value(QStringLiteral("promoted")).toBool());
        QVERIFY(first.err.contains(QLatin1String("no champion")));
        QJsonObject model = f.model(QStringLiteral("iris"));
        QCOMPARE(model.value(QStringLiteral("aliases")).toObject().value(QStringLiteral("production")).toInt(), 1);

        // The lineage: the run trained on the imported version, the version came from that run.
        const QJsonArray steps = first.json().value(QStringLiteral("steps")).toArray();
        const QString runId =
            steps[1].toObject().value(QStringLiteral("outputs")).toObject().value(QStringLiteral("run_id")).toString();
        const QString dataset =
            steps[0].toObject().value(QStringLiteral("outputs")).toObject().value(QStringLiteral("dataset")).toString();
        QCOMPARE(
            steps[1].toObject().value(QStringLiteral("outputs")).toObject().value(QStringLiteral("dataset")).toString(),
            dataset);
        auto run = f.cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("show"), runId});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("pipeline:iris-retrain")));
        QCOMPARE(
            steps[4].toObject().value(QStringLiteral("outputs")).toObject().value(QStringLiteral("model")).toString(),
            QStringLiteral("iris@1"));

        // A challenger that learned almost nothing (one epoch at a tiny rate) is rejected with the
        // reason, exit 5, and production stays where it was.
        auto worse = f.cli({QStringLiteral("pipeline"), QStringLiteral("run"), file, QStringLiteral("--param"),
                            QStringLiteral("epochs=1"), QStringLiteral("--param"), QStringLiteral("lr=0.00001")});
        QCOMPARE(worse.exitCode, 5);
        QVERIFY2(worse.out.contains(QLatin1String("rejected by gate 'gate'")), qPrintable(worse.out));
        QVERIFY(worse.out.contains(QLatin1String("challenger.accuracy = ")));
        model = f.model(QStringLiteral("iris"));
        QCOMPARE(model.value(QStringLiteral("aliases")).toObject().value(QStringLiteral("production")).toInt(), 1);
        QCOMPARE(model.value(QStringLiteral("versions")).toInt(), 1); // nothing registered
        QCOMPARE(aliasMoves(model, QStringLiteral("production")), 1);

        // An unknown parameter is refused before anything runs.
        auto unknown = f.cli({QStringLiteral("pipeline"), QStringLiteral("run"), file, QStringLiteral("--param"),
                              QStringLiteral("epoch=3")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QLatin1String("no parameter 'epoch'")));

        // The history lists both runs (the refused one never started).
        auto list = f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("list")});
        QCOMPARE(list.json().value(QStringLiteral("runs")).toArray().size(), 2);
        QCOMPARE(list.json()
                     .value(QStringLiteral("runs"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("rejected"));
    }

    void unchangedInputsSkipStepsAndPromoteOnce()
    {
        Fixture f;
        QVERIFY(QFile::copy(kIris, f.path(QStringLiteral("incoming/iris.csv"))));
        QVERIFY(f.write(QStringLiteral("retrain.yaml"), retrainPipeline()));
        const QString file = f.path(QStringLiteral("retrain.yaml"));
        QCOMPARE(f.cli({QStringLiteral("pipeline"), QStringLiteral("run"), file}).exitCode, 0);
        // The champion is now the model itself, so the evaluation runs once more; after that every
        // step whose inputs are unchanged is reused.
        QCOMPARE(f.cli({QStringLiteral("pipeline"), QStringLiteral("run"), file}).exitCode, 0);
        auto again = f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("run"), file});
        QCOMPARE(again.exitCode, 0);
        QStringList statuses;
        for (const QJsonValue& step : again.json().value(QStringLiteral("steps")).toArray())
            statuses << step.toObject().value(QStringLiteral("status")).toString();
        QCOMPARE(statuses,
                 (QStringList {QStringLiteral("cached"), QStringLiteral("cached"), QStringLiteral("cached"),
                               QStringLiteral("succeeded"), QStringLiteral("cached"), QStringLiteral("succeeded")}));
        QVERIFY(!again.json().value(QStringLiteral("promoted")).toBool());
        QVERIFY(again.json().value(QStringLiteral("message")).toString().contains(QLatin1String("already")));
        const QJsonObject model = f.model(QStringLiteral("iris"));
        QCOMPARE(model.value(QStringLiteral("versions")).toInt(), 1);
        QCOMPARE(aliasMoves(model, QStringLiteral("production")), 1);
        auto runs = f.cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list")});
        QCOMPARE(runs.json().value(QStringLiteral("runs")).toArray().size(), 1); // trained once

        // --force reruns every step: a second training run, registered as version 2 and promoted.
        auto forced = f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("run"), file,
                             QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        for (const QJsonValue& step : forced.json().value(QStringLiteral("steps")).toArray())
            QVERIFY(step.toObject().value(QStringLiteral("status")).toString() != QLatin1String("cached"));
    }

    void retriesWithBackoffThenFails()
    {
        Fixture f;
        // Fails twice, then succeeds: the counter lives in a file.
        QVERIFY(f.write(QStringLiteral("flaky.yaml"),
                        "name: flaky\n"
                        "steps:\n"
                        "  - id: fetch\n"
                        "    shell: {run: \"n=$(cat count 2>/dev/null || echo 0); n=$((n+1)); echo $n > count; echo "
                        "try $n; [ $n -ge 3 ]\"}\n"
                        "    retries: 3\n"
                        "    backoff: 200ms\n"
                        "  - id: never\n"
                        "    shell: {run: \"exit 7\"}\n"
                        "    retries: 1\n"
                        "    backoff: 100ms\n"
                        "  - id: after\n"
                        "    shell: {run: \"touch after-ran\"}\n"
                        "  - id: report\n"
                        "    if: failure\n"
                        "    notify: {log: failures.jsonl}\n"));
        auto outcome = f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("run"),
                              f.path(QStringLiteral("flaky.yaml"))});
        QCOMPARE(outcome.exitCode, 1);
        const QJsonArray steps = outcome.json().value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(steps[0].toObject().value(QStringLiteral("attempts")).toInt(), 3);
        QCOMPARE(
            steps[0].toObject().value(QStringLiteral("outputs")).toObject().value(QStringLiteral("output")).toString(),
            QStringLiteral("try 3"));
        QCOMPARE(steps[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(steps[1].toObject().value(QStringLiteral("attempts")).toInt(), 2);
        QVERIFY(
            steps[1].toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("exited with 7")));
        QCOMPARE(steps[2].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending")); // for resume
        QVERIFY(!QFile::exists(f.path(QStringLiteral("after-ran"))));
        QCOMPARE(steps[3].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QVERIFY(QFile::exists(f.path(QStringLiteral("failures.jsonl"))));

        // The log shows the waits doubling: 0.2 s, then 0.4 s.
        const QString runId = outcome.json().value(QStringLiteral("run_id")).toString();
        auto log = f.cli({QStringLiteral("pipeline"), QStringLiteral("show"), runId, QStringLiteral("--log"),
                          QStringLiteral("fetch")});
        QVERIFY2(log.out.contains(QLatin1String("retrying in 0.2 s"))
                     && log.out.contains(QLatin1String("retrying in 0.4 s")),
                 qPrintable(log.out));

        // A step over its time limit is stopped and fails, naming the limit.
        QVERIFY(f.write(QStringLiteral("slow.yaml"),
                        "name: slow\nsteps:\n  - id: wait\n    shell: {run: \"sleep 37.25 | cat\"}\n"
                        "    timeout: 1s\n"));
        QElapsedTimer clock;
        clock.start();
        auto slow = f.cli({QStringLiteral("pipeline"), QStringLiteral("run"), f.path(QStringLiteral("slow.yaml"))});
        QCOMPARE(slow.exitCode, 1);
        QVERIFY(clock.elapsed() < 15000);
        QVERIFY2(slow.out.contains(QLatin1String("timed out after")), qPrintable(slow.out));
        // What the command started ended with it.
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("sleep 37.25")});
        QVERIFY(pgrep.waitForFinished());
        QVERIFY2(pgrep.readAllStandardOutput().trimmed().isEmpty(), "the timed-out command's children still run");

        // A watched file's name (anything a stranger can write) is data for the shell, never a command.
        QVERIFY(QDir(f.path(QStringLiteral("drop"))).mkpath(QStringLiteral(".")));
        QVERIFY(f.write(QStringLiteral("drop/x;touch PWNED;.csv"), "a,b\n1,2\n"));
        QVERIFY(f.write(QStringLiteral("echo.yaml"),
                        "name: echo\ntriggers:\n  watch: drop\nsteps:\n  - id: s\n"
                        "    shell: {run: \"echo file=${trigger.file}\"}\n"));
        {
            QFile dropped(f.path(QStringLiteral("drop/x;touch PWNED;.csv")));
            QVERIFY(dropped.open(QIODevice::ReadWrite));
            QVERIFY(dropped.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        }
        auto echoed = f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("daemon"),
                             f.path(QStringLiteral("echo.yaml")), QStringLiteral("--once")});
        QVERIFY2(echoed.exitCode == 0, qPrintable(echoed.err));
        QVERIFY(!QFile::exists(f.path(QStringLiteral("PWNED"))));
        QVERIFY(!QFile::exists(f.path(QStringLiteral("drop/PWNED"))));
        QVERIFY2(echoed.out.contains(QLatin1String("x;touch PWNED;.csv")), qPrintable(echoed.out));
    }

    void killedRunResumesWithoutDoubleEffects()
    {
        Fixture f;
        QVERIFY(QFile::copy(kIris, f.path(QStringLiteral("incoming/iris.csv"))));
        // The wait step sleeps on the first attempt only (it leaves a marker), so that the test can
        // kill the process there, after the model was registered and before it is promoted.
        QVERIFY(f.write(QStringLiteral("retrain.yaml"),
                        retrainPipeline().replace("  - id: promote\n",
                                                  "  - id: wait\n    shell: {run: \"if [ -e marker ]; then echo "
                                                  "again; else touch marker; sleep 60; fi\"}\n  - id: promote\n")));
        QProcess process;
        process.setProcessEnvironment(f.environment);
        process.start(QStringLiteral(CRUCIBLE_CLI),
                      {QStringLiteral("pipeline"), QStringLiteral("run"), f.path(QStringLiteral("retrain.yaml"))});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(f.path(QStringLiteral("marker"))), 120000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        // The sleeping shell was the killed process's child; it is left to finish on its own.

        auto list = f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("list")});
        const QJsonObject killed = list.json().value(QStringLiteral("runs")).toArray()[0].toObject();
        QCOMPARE(killed.value(QStringLiteral("status")).toString(),
                 QStringLiteral("interrupted")); // its process is gone
        QVERIFY(killed.value(QStringLiteral("message")).toString().contains(QLatin1String("pipeline resume")));
        QJsonObject model = f.model(QStringLiteral("iris"));
        QCOMPARE(model.value(QStringLiteral("versions")).toInt(), 1);
        QVERIFY(model.value(QStringLiteral("aliases")).toObject().isEmpty());

        // A new run of the same pipeline sees the dead one and marks it interrupted; resume
        // continues at the step that did not finish.
        const QString runId = killed.value(QStringLiteral("run_id")).toString();
        auto resumed =
            f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("resume"), runId.left(10)});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QStringList statuses;
        QList<int> attempts;
        for (const QJsonValue& step : resumed.json().value(QStringLiteral("steps")).toArray()) {
            statuses << step.toObject().value(QStringLiteral("status")).toString();
            attempts << step.toObject().value(QStringLiteral("attempts")).toInt();
        }
        QCOMPARE(statuses.size(), 7);
        QCOMPARE(attempts.mid(0, 5), (QList<int> {1, 1, 1, 1, 1})); // not run again
        QCOMPARE(attempts[5], 2); // the step that was killed
        QCOMPARE(statuses[6], QStringLiteral("succeeded"));
        model = f.model(QStringLiteral("iris"));
        QCOMPARE(model.value(QStringLiteral("versions")).toInt(), 1); // registered once
        QCOMPARE(aliasMoves(model, QStringLiteral("production")), 1); // moved once
        auto runs = f.cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list")});
        QCOMPARE(runs.json().value(QStringLiteral("runs")).toArray().size(), 1); // trained once

        // Resuming what succeeded is refused.
        auto again = f.cli({QStringLiteral("pipeline"), QStringLiteral("resume"), runId});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QLatin1String("nothing to resume")));
    }

    void driftInAWatchedFolderRetrainsAndPromotes()
    {
        Fixture f;
        QMutex mutex;
        QList<QJsonObject> received;
        HttpServer::Options options;
        options.port = 0;
        auto server = HttpServer::start(options, [&](HttpRequest&& request, HttpResponder respond) {
            QMutexLocker lock(&mutex);
            received << QJsonDocument::fromJson(request.body).object();
            respond(HttpResponse::json(200, {{QStringLiteral("ok"), true}}));
        });
        QVERIFY(server);
        // Production: trained on the shipped sample.
        QVERIFY(f.deployIris());

        const QString pipeline =
            QStringLiteral("  - id: tell\n"
                           "    if: always\n"
                           "    notify: {url: \"http://127.0.0.1:%1/hook\", message: \"iris: ${pipeline.status}\"}\n")
                .arg(server.value()->port());
        QByteArray yaml = retrainPipeline(pipeline);
        yaml.replace("  - id: train\n",
                     "  - id: drift\n    drift: {model: iris@production, data: "
                     "\"${steps.data.dataset}\"}\n  - id: train\n    if: steps.drift.drifted\n");
        QVERIFY(f.write(QStringLiteral("retrain.yaml"), yaml));
        const QString file = f.path(QStringLiteral("retrain.yaml"));

        // The same data as production's: no drift, nothing trained, exit 0, nothing to promote.
        QVERIFY(QFile::copy(kIris, f.path(QStringLiteral("incoming/a-same.csv"))));
        QVERIFY(age(f.path(QStringLiteral("incoming/a-same.csv")), 60));
        auto calm = f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("daemon"), file,
                           QStringLiteral("--once")});
        QVERIFY2(calm.exitCode == 0, qPrintable(calm.err));
        QVERIFY2(calm.err.contains(QLatin1String("new file a-same.csv")), qPrintable(calm.err));
        QVERIFY2(calm.err.contains(QLatin1String("nothing to promote")), qPrintable(calm.err));
        QVERIFY(calm.err.contains(QLatin1String("[train] skipped: its condition does not hold")));

        // Shifted measurements: drift, a retrained model that beats production on them, promoted.
        QVERIFY(writeShiftedIris(f.path(QStringLiteral("incoming/b-shifted.csv")), 2.5));
        QVERIFY(age(f.path(QStringLiteral("incoming/b-shifted.csv")), 30));
        auto shifted = f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("daemon"), file,
                              QStringLiteral("--once")});
        QVERIFY2(shifted.exitCode == 0, qPrintable(shifted.err));
        QVERIFY2(shifted.err.contains(QLatin1String("promoted iris@2 to production")), qPrintable(shifted.err));
        const QJsonObject run = QJsonDocument::fromJson(shifted.out.trimmed().toUtf8()).object();
        QCOMPARE(run.value(QStringLiteral("trigger")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("watch"));
        const QJsonArray steps = run.value(QStringLiteral("steps")).toArray();
        QCOMPARE(
            steps[1].toObject().value(QStringLiteral("outputs")).toObject().value(QStringLiteral("drifted")).toString(),
            QStringLiteral("true"));
        const QJsonObject evaluated = steps[3].toObject().value(QStringLiteral("outputs")).toObject();
        QVERIFY(evaluated.value(QStringLiteral("challenger.accuracy")).toString().toDouble()
                > evaluated.value(QStringLiteral("champion.accuracy")).toString().toDouble());
        QCOMPARE(f.model(QStringLiteral("iris"))
                     .value(QStringLiteral("aliases"))
                     .toObject()
                     .value(QStringLiteral("production"))
                     .toInt(),
                 2);

        // Nothing new in the folder: the daemon does nothing.
        auto idle = f.cli({QStringLiteral("pipeline"), QStringLiteral("daemon"), file, QStringLiteral("--once")});
        QCOMPARE(idle.exitCode, 0);
        QVERIFY(!idle.err.contains(QLatin1String("Trigger")));

        // Both runs told the web hook how they ended.
        QMutexLocker lock(&mutex);
        QCOMPARE(received.size(), 2);
        QCOMPARE(received[1].value(QStringLiteral("message")).toString(), QStringLiteral("iris: succeeded"));
        QCOMPARE(received[1].value(QStringLiteral("pipeline")).toString(), QStringLiteral("iris-retrain"));
        QVERIFY(received[1].value(QStringLiteral("steps")).toObject().contains(QStringLiteral("promote")));
    }

    void aDriftVerdictOnTheServingLogTriggersARetrain()
    {
        Fixture f;
        QVERIFY(f.deployIris());
        QVERIFY(writeShiftedIris(f.path(QStringLiteral("shifted.csv")), 2.5));
        QByteArray yaml = retrainPipeline();
        yaml.replace("triggers:\n  watch: incoming\n",
                     "triggers:\n  drift: {model: iris@production, window: 100, every: 1h}\n");
        yaml.replace("data: {path: \"${trigger.file}\", folder: incoming,", "data: {path: shifted.csv,");
        QVERIFY(f.write(QStringLiteral("retrain.yaml"), yaml));
        const QString file = f.path(QStringLiteral("retrain.yaml"));

        // Nothing served yet: no log, no drift, nothing runs.
        auto quiet = f.cli({QStringLiteral("pipeline"), QStringLiteral("daemon"), file, QStringLiteral("--once")});
        QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.err));
        QVERIFY(!quiet.err.contains(QLatin1String("Trigger")));

        // A real server answers 100 requests of shifted flowers and logs them.
        ServeOptions options;
        options.port = 0;
        options.threads = 1;
        options.logFolder = f.path(QStringLiteral("ws/serving"));
        auto server =
            ModelServer::start(f.path(QStringLiteral("ws/registry")), {QStringLiteral("iris@production")}, options);
        QVERIFY2(server, server ? "" : qPrintable(server.error().text()));
        QFile shifted(f.path(QStringLiteral("shifted.csv")));
        QVERIFY(shifted.open(QIODevice::ReadOnly));
        shifted.readLine();
        for (int i = 0; i < 100 && !shifted.atEnd(); ++i) {
            const QList<QByteArray> v = shifted.readLine().trimmed().split(',');
            const QByteArray body = "{\"instances\":[{\"sepal_length_cm\":" + v[0] + ",\"sepal_width_cm\":" + v[1]
                + ",\"petal_length_cm\":" + v[2] + ",\"petal_width_cm\":" + v[3] + "}]}";
            QCOMPARE(test::httpRequest(server.value()->port(), "POST", "/v1/models/iris:predict", body).status, 200);
        }
        server.value()->stop(2000);
        server.value().reset();

        auto retrained = f.cli({QStringLiteral("--json"), QStringLiteral("pipeline"), QStringLiteral("daemon"), file,
                                QStringLiteral("--once")});
        QVERIFY2(retrained.exitCode == 0, qPrintable(retrained.err));
        QVERIFY2(retrained.err.contains(QLatin1String("Trigger for iris-retrain: ")), qPrintable(retrained.err));
        QVERIFY2(retrained.err.contains(QLatin1String("promoted iris@2 to production")), qPrintable(retrained.err));
        const QJsonObject run = QJsonDocument::fromJson(retrained.out.trimmed().toUtf8()).object();
        QCOMPARE(run.value(QStringLiteral("trigger")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("drift"));
        QVERIFY(run.value(QStringLiteral("trigger"))
                    .toObject()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("drifted")));
    }

    void modelsGateForCi()
    {
        Fixture f;
        QCOMPARE(f.cli({QStringLiteral("data"), QStringLiteral("import"), kIris, QStringLiteral("--name"),
                        QStringLiteral("iris")})
                     .exitCode,
                 0);
        const auto train = [&](const QString& epochs, const QString& alias) {
            QStringList arguments {QStringLiteral("train"),
                                   QStringLiteral("--data"),
                                   QStringLiteral("iris"),
                                   QStringLiteral("--model"),
                                   QStringLiteral("mlp:16"),
                                   QStringLiteral("--epochs"),
                                   epochs,
                                   QStringLiteral("--lr"),
                                   QStringLiteral("0.01"),
                                   QStringLiteral("--register"),
                                   QStringLiteral("iris")};
            if (!alias.isEmpty())
                arguments << QStringLiteral("--alias") << alias;
            return f.cli(arguments).exitCode;
        };
        QCOMPARE(train(QStringLiteral("80"), QStringLiteral("production")), 0);
        QCOMPARE(train(QStringLiteral("1"), QString()), 0);
        auto worse =
            f.cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("gate"), QStringLiteral("iris@2"),
                   QStringLiteral("--against"), QStringLiteral("iris@production"), QStringLiteral("--data"),
                   QStringLiteral("iris"), QStringLiteral("--metric"), QStringLiteral("accuracy")});
        QCOMPARE(worse.exitCode, 5);
        QVERIFY(!worse.json().value(QStringLiteral("passed")).toBool());
        QVERIFY(worse.json().value(QStringLiteral("delta")).toDouble() < 0);
        QCOMPARE(worse.json().value(QStringLiteral("challenger")).toObject().value(QStringLiteral("rows")).toInt(),
                 150);
        auto better = f.cli({QStringLiteral("models"), QStringLiteral("gate"), QStringLiteral("iris@production"),
                             QStringLiteral("--against"), QStringLiteral("iris@2"), QStringLiteral("--data"),
                             QStringLiteral("iris"), QStringLiteral("--min-delta"), QStringLiteral("0.05")});
        QVERIFY2(better.exitCode == 0, qPrintable(better.out + better.err));
        QVERIFY(better.out.contains(QLatin1String("PASSED")));
        // A champion that cannot be found only passes when it is an alias not set yet; a version
        // that does not exist, or a model name other than the challenger's, is a mistake.
        const auto against = [&](const QString& champion) {
            return f.cli({QStringLiteral("models"), QStringLiteral("gate"), QStringLiteral("iris@1"),
                          QStringLiteral("--against"), champion, QStringLiteral("--data"), QStringLiteral("iris")});
        };
        auto unset = against(QStringLiteral("iris@staging"));
        QCOMPARE(unset.exitCode, 0);
        QVERIFY2(unset.out.contains(QLatin1String("iris@staging is not set yet")), qPrintable(unset.out));
        QCOMPARE(against(QStringLiteral("iris@99")).exitCode, 1);
        auto typo = against(QStringLiteral("irsi@production"));
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains(QLatin1String("most likely a typo")), qPrintable(typo.err));
        QCOMPARE(against(QStringLiteral("../../x.crucible")).exitCode, 1);
        // A metric the task does not have, and one Crucible does not know, are refused.
        auto mse =
            f.cli({QStringLiteral("models"), QStringLiteral("gate"), QStringLiteral("iris@1"), QStringLiteral("--data"),
                   QStringLiteral("iris"), QStringLiteral("--metric"), QStringLiteral("mse")});
        QCOMPARE(mse.exitCode, 1);
        QVERIFY(mse.err.contains(QLatin1String("classification")));
        auto unknown =
            f.cli({QStringLiteral("models"), QStringLiteral("gate"), QStringLiteral("iris@1"), QStringLiteral("--data"),
                   QStringLiteral("iris"), QStringLiteral("--metric"), QStringLiteral("auc")});
        QCOMPARE(unknown.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestPipelineCli)
#include "tst_pipeline_cli.moc"
