// The MLflow-compatible tracking server end to end: `crucible-cli tracking-server` as a real
// process, the real mlflow client (.venv) running an ordinary instrumented script against it,
// and every value read back through Crucible's own CLI. Then what MLflow refuses (its limits and
// error format), hostile artifact paths, concurrent writers, and a token.
#include "tests/support/CliRunner.h"
#include "tests/support/HttpClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace crucible;

namespace {

/// A tracking server process on a free loopback port; SIGTERM when the test ends.
class ServerProcess {
public:
    bool start(const QString& workspace, const QStringList& extra = {})
    {
        m_process.start(QStringLiteral(CRUCIBLE_CLI),
                        QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                                     QStringLiteral("--json"), QStringLiteral("tracking-server"),
                                     QStringLiteral("--port"), QStringLiteral("0")}
                            + extra);
        QByteArray out;
        QJsonObject started;
        QElapsedTimer timer;
        timer.start();
        while (started.isEmpty() && timer.elapsed() < 20000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
            started = QJsonDocument::fromJson(out).object();
        }
        m_port = quint16(started.value(QStringLiteral("port")).toInt());
        m_url = started.value(QStringLiteral("url")).toString();
        return m_port > 0;
    }
    /// SIGTERM; true when it ended on its own with exit code 0.
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished();
            return false;
        }
        m_err = QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    /// SIGKILL, as a crash or the OOM killer would.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    quint16 port() const { return m_port; }
    QString url() const { return m_url; }
    QString errors() const { return m_err; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_url;
    QString m_err;
};

bool hasMlflow()
{
    QProcess probe;
    probe.start(QStringLiteral(CRUCIBLE_VENV_PYTHON), {QStringLiteral("-c"), QStringLiteral("import mlflow")});
    probe.waitForFinished(60000);
    return probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

/// Runs tests/e2e/interop/mlflow_history.py COMMAND with the store `trackingUri`; its JSON.
QJsonObject history(const QString& command, const QString& trackingUri, const QString& outPath,
                    const QString& workingFolder = {})
{
    QProcess script;
    if (!workingFolder.isEmpty())
        script.setWorkingDirectory(workingFolder); // MLflow keeps a database's artifacts in ./mlruns
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MLFLOW_TRACKING_URI"), trackingUri);
    environment.insert(QStringLiteral("MLFLOW_ALLOW_FILE_STORE"), QStringLiteral("true"));
    environment.insert(QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("true"));
    environment.insert(QStringLiteral("DO_NOT_TRACK"), QStringLiteral("true"));
    script.setProcessEnvironment(environment);
    script.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                 {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/interop/mlflow_history.py"), command, outPath});
    if (!script.waitForFinished(300000) || script.exitCode() != 0) {
        qWarning("mlflow_history.py %s failed: %s", qPrintable(command),
                 script.readAllStandardError().right(3000).constData());
        return {};
    }
    QFile file(outPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject post(quint16 port, const QByteArray& path, const QJsonObject& body)
{
    return test::httpRequest(port, "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact)).json();
}

} // namespace

class TestMlflow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    test::CliOutcome cli(const QStringList& arguments)
    {
        return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspace,
                                         QStringLiteral("--json")}
                            + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        if (!hasMlflow())
            QSKIP("the mlflow client is not installed (scripts/setup-venv.sh installs it into .venv)");
    }

    void fluentScriptLogsIntoTheWorkspace()
    {
        ServerProcess server;
        QVERIFY(server.start(m_workspace));
        QProcess script;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MLFLOW_TRACKING_URI"), server.url());
        environment.insert(QStringLiteral("HOME"), m_dir.path()); // mlflow keeps nothing of the user's
        environment.insert(QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("true"));
        environment.insert(QStringLiteral("DO_NOT_TRACK"), QStringLiteral("true"));
        script.setProcessEnvironment(environment);
        script.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                     {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/interop/mlflow_fluent.py"),
                      m_dir.filePath(QStringLiteral("fluent.json"))});
        QVERIFY(script.waitForFinished(240000));
        const QByteArray scriptErr = script.readAllStandardError();
        QVERIFY2(script.exitCode() == 0, scriptErr.right(3000).constData());
        QFile written(m_dir.filePath(QStringLiteral("fluent.json")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject out = QJsonDocument::fromJson(written.readAll()).object();
        QVERIFY2(!out.isEmpty(), scriptErr.right(3000).constData());
        qInfo("mlflow client %s", qPrintable(out.value(QStringLiteral("mlflow")).toString()));
        QVERIFY(server.stop());
        QVERIFY2(server.errors().contains(QStringLiteral("SIGTERM: stopping")), qPrintable(server.errors()));

        const QString runId = out.value(QStringLiteral("run_id")).toString();
        // What Crucible's CLI says about the run is what the script logged.
        const auto shown = cli({QStringLiteral("runs"), QStringLiteral("show"), runId});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject run = shown.json();
        QCOMPARE(run.value(QStringLiteral("name")).toString(), QStringLiteral("baseline"));
        QCOMPARE(run.value(QStringLiteral("experiment")).toString(), QStringLiteral("mnist-python"));
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        // Where it came from, and MLflow's system tags, as `runs show` tells them.
        QCOMPARE(run.value(QStringLiteral("source")).toString(), QStringLiteral("mlflow"));
        QVERIFY(run.value(QStringLiteral("key_tags"))
                    .toObject()
                    .value(QStringLiteral("mlflow.source.name"))
                    .toString()
                    .endsWith(QStringLiteral("mlflow_fluent.py")));
        const QJsonObject params = run.value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("lr")).toString(), QStringLiteral("0.003"));
        QCOMPARE(params.value(QStringLiteral("optimizer")).toString(), QStringLiteral("adam"));
        QCOMPARE(params.value(QStringLiteral("layers")).toString(), QStringLiteral("3"));
        QStringList tags;
        for (const QJsonValue& tag : run.value(QStringLiteral("tags")).toArray())
            tags.append(tag.toString());
        QVERIFY2(tags.contains(QStringLiteral("team=vision"))
                     && tags.contains(QStringLiteral("purpose=baseline model")),
                 qPrintable(tags.join(QLatin1Char(','))));
        const QJsonObject metrics = run.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("loss")).toObject().value(QStringLiteral("count")).toInt(), 50);
        QCOMPARE(metrics.value(QStringLiteral("val_accuracy")).toObject().value(QStringLiteral("last_step")).toInt(),
                 49);
        QStringList artifacts;
        for (const QJsonValue& artifact : run.value(QStringLiteral("artifacts")).toArray())
            artifacts.append(artifact.toObject().value(QStringLiteral("path")).toString());
        QVERIFY2(artifacts.contains(QStringLiteral("artifacts/report.txt"))
                     && artifacts.contains(QStringLiteral("artifacts/reports/final/report.txt")),
                 qPrintable(artifacts.join(QLatin1Char(','))));
        QFile stored(
            QDir(m_workspace).filePath(QStringLiteral("runs/%1/artifacts/reports/final/report.txt").arg(runId)));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), QByteArray("accuracy went up\n"));

        // Every point, bit for bit, at its step.
        const auto exported = cli({QStringLiteral("runs"), QStringLiteral("export"), runId});
        QCOMPARE(exported.exitCode, 0);
        QMap<QString, QMap<qint64, double>> points;
        for (const QJsonValue& point : exported.json().value(QStringLiteral("points")).toArray()) {
            const QJsonObject p = point.toObject();
            points[p.value(QStringLiteral("key")).toString()].insert(p.value(QStringLiteral("step")).toInteger(),
                                                                     p.value(QStringLiteral("value")).toDouble());
        }
        const QJsonObject logged = out.value(QStringLiteral("logged")).toObject();
        for (const QString& key : {QStringLiteral("loss"), QStringLiteral("val_accuracy")}) {
            const QJsonArray series = logged.value(key).toArray();
            QCOMPARE(points.value(key).size(), series.size());
            for (const QJsonValue& pair : series) {
                const qint64 step = pair.toArray().at(0).toInteger();
                QCOMPARE(points.value(key).value(step), pair.toArray().at(1).toDouble());
            }
        }
        // MlflowClient.get_metric_history gives back what was logged.
        const QJsonArray history = out.value(QStringLiteral("history")).toArray();
        const QJsonArray loggedLoss = logged.value(QStringLiteral("loss")).toArray();
        QCOMPARE(history.size(), loggedLoss.size());
        for (qsizetype i = 0; i < history.size(); ++i) {
            QCOMPARE(history.at(i).toArray().at(0).toInteger(), loggedLoss.at(i).toArray().at(0).toInteger());
            QCOMPARE(history.at(i).toArray().at(1).toDouble(), loggedLoss.at(i).toArray().at(1).toDouble());
            QVERIFY(history.at(i).toArray().at(2).toDouble() > 1.7e12); // milliseconds since 1970
        }

        // Nested runs are children of the run in Crucible too; search_runs found them, by loss.
        const QJsonArray children = out.value(QStringLiteral("children")).toArray();
        QCOMPARE(children.size(), 2);
        for (const QJsonValue& child : children) {
            const auto childRun = cli({QStringLiteral("runs"), QStringLiteral("show"), child.toString()});
            QCOMPARE(childRun.json().value(QStringLiteral("parent_run_id")).toString(), runId);
        }
        QCOMPARE(out.value(QStringLiteral("search_children")).toArray(),
                 (QJsonArray {children.at(1), children.at(0)})); // loss 1.0 before 0.1
        QCOMPARE(out.value(QStringLiteral("search_filtered")).toArray(), QJsonArray {runId});
        QCOMPARE(out.value(QStringLiteral("params_back")).toObject().value(QStringLiteral("lr")).toString(),
                 QStringLiteral("0.003"));
        QCOMPARE(out.value(QStringLiteral("tags_back")).toObject(),
                 (QJsonObject {{QStringLiteral("team"), QStringLiteral("vision")},
                               {QStringLiteral("purpose"), QStringLiteral("baseline model")}}));
        QCOMPARE(out.value(QStringLiteral("status_back")).toString(), QStringLiteral("FINISHED"));
        QCOMPARE(out.value(QStringLiteral("artifacts")).toArray(),
                 (QJsonArray {QStringLiteral("report.txt"), QStringLiteral("reports")}));
        QCOMPARE(out.value(QStringLiteral("artifact_text")).toString(), QStringLiteral("accuracy went up\n"));

        // The client's usual exceptions, with MLflow's codes.
        QCOMPARE(out.value(QStringLiteral("unknown_run")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
        const QJsonObject changed = out.value(QStringLiteral("changed_param")).toObject();
        QCOMPARE(changed.value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
        QVERIFY2(changed.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("Changing param values is not allowed")),
                 qPrintable(changed.value(QStringLiteral("message")).toString()));
        QCOMPARE(out.value(QStringLiteral("bad_filter")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("INVALID_PARAMETER_VALUE"));
        QCOMPARE(out.value(QStringLiteral("history_of_nothing")).toInt(), 0); // as MLflow: no points, no error
        // Names with spaces reach the server whole; an empty file is an artifact like any other.
        QCOMPARE(out.value(QStringLiteral("spaced_experiment")).toString(), QStringLiteral("Space Exp"));
        QCOMPARE(out.value(QStringLiteral("spaced_history")).toArray(), (QJsonArray {QJsonArray {3, 0.25}}));
        QCOMPARE(out.value(QStringLiteral("spaced_artifacts")).toArray(),
                 (QJsonArray {QStringLiteral("my dir/empty.txt"), QStringLiteral("my dir/full.txt")}));

        // Four threads logging into one run at once: nothing lost.
        const auto concurrent = cli(
            {QStringLiteral("runs"), QStringLiteral("show"), out.value(QStringLiteral("concurrent_run")).toString()});
        QCOMPARE(concurrent.json()
                     .value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("shared"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 200);
    }

    void importsWhatMlflowWrote_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("mlruns folder") << QStringLiteral("mlruns");
        QTest::newRow("SQLite database") << QStringLiteral("mlflow.db");
    }

    void importsWhatMlflowWrote()
    {
        QFETCH(QString, store);
        const QString path = m_dir.filePath(store);
        const QString uri =
            store == QLatin1String("mlruns") ? QStringLiteral("file:") + path : QStringLiteral("sqlite:///") + path;
        const QJsonObject written =
            history(QStringLiteral("write"), uri, m_dir.filePath(store + QStringLiteral(".json")));
        QVERIFY(!written.isEmpty());
        const QString workspace = m_dir.filePath(QStringLiteral("imported-") + store);
        auto run = [&](const QStringList& arguments) {
            return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                                             QStringLiteral("--json")}
                                + arguments);
        };
        const auto imported = run({QStringLiteral("import"), QStringLiteral("mlflow"), path});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
        QCOMPARE(imported.json().value(QStringLiteral("added")).toInt(), 3);
        QMap<QString, QString> crucibleId; // MLflow id -> Crucible id
        for (const QJsonValue& value : imported.json().value(QStringLiteral("runs")).toArray())
            crucibleId.insert(value.toObject().value(QStringLiteral("mlflow_run_id")).toString(),
                              value.toObject().value(QStringLiteral("run_id")).toString());
        const QString parentId = crucibleId.value(written.value(QStringLiteral("parent")).toString());
        const QJsonObject parent = run({QStringLiteral("runs"), QStringLiteral("show"), parentId}).json();
        QCOMPARE(parent.value(QStringLiteral("name")).toString(), QStringLiteral("resnet-old"));
        QCOMPARE(parent.value(QStringLiteral("experiment")).toString(), QStringLiteral("legacy"));
        QCOMPARE(parent.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(parent.value(QStringLiteral("params")).toObject().value(QStringLiteral("depth")).toString(),
                 QStringLiteral("18"));
        QVERIFY(parent.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("team=vision")));
        QVERIFY(parent.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("source=mlflow")));
        const QJsonObject loss =
            parent.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("val/loss")).toObject();
        QCOMPARE(loss.value(QStringLiteral("count")).toInt(), 31);
        QCOMPARE(loss.value(QStringLiteral("nan_count")).toInt(), 1);
        QCOMPARE(loss.value(QStringLiteral("min")).toDouble(), 1.0 / 30);
        QCOMPARE(parent.value(QStringLiteral("artifacts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
                 QStringLiteral("artifacts/plots/confusion.csv"));
        const QJsonObject child = run({QStringLiteral("runs"), QStringLiteral("show"),
                                       crucibleId.value(written.value(QStringLiteral("child")).toString())})
                                      .json();
        QCOMPARE(child.value(QStringLiteral("parent_run_id")).toString(), parentId);
        QCOMPARE(child.value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("x"))
                     .toObject()
                     .value(QStringLiteral("last_step"))
                     .toInt(),
                 7);
        // The run deleted in MLflow is in the trash here.
        const QJsonObject deleted = run({QStringLiteral("runs"), QStringLiteral("show"),
                                         crucibleId.value(written.value(QStringLiteral("deleted")).toString())})
                                        .json();
        QCOMPARE(deleted.value(QStringLiteral("deleted")).toBool(), true);
        // Importing again adds nothing.
        const auto again = run({QStringLiteral("import"), QStringLiteral("mlflow"), path});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--trash")})
                     .json()
                     .value(QStringLiteral("runs"))
                     .toArray()
                     .size(),
                 1);
    }

    void exportedMlrunsReadBackByMlflow()
    {
        // Every run of the workspace the fluent script filled, out as mlruns, read by the client.
        const auto listed = cli({QStringLiteral("runs"), QStringLiteral("list")});
        QStringList ids;
        for (const QJsonValue& run : listed.json().value(QStringLiteral("runs")).toArray())
            ids.append(run.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(ids.size() >= 4);
        const QString out = m_dir.filePath(QStringLiteral("exported-mlruns"));
        const auto exported =
            cli(QStringList {QStringLiteral("runs"), QStringLiteral("export")} + ids
                + QStringList {QStringLiteral("--format"), QStringLiteral("mlflow"), QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err + exported.out));
        QCOMPARE(exported.json().value(QStringLiteral("runs")).toInt(), ids.size());
        // Exporting again replaces what is there: the same folder, read the same.
        QCOMPARE(cli(QStringList {QStringLiteral("runs"), QStringLiteral("export")} + ids
                     + QStringList {QStringLiteral("--format"), QStringLiteral("mlflow"), QStringLiteral("--out"), out})
                     .exitCode,
                 0);
        const QJsonObject read =
            history(QStringLiteral("read"), QStringLiteral("file:") + out, m_dir.filePath(QStringLiteral("read.json")));
        const QJsonObject runs = read.value(QStringLiteral("runs")).toObject();
        QCOMPARE(runs.size(), ids.size());
        for (const QString& id : ids) {
            const QJsonObject mlflowRun = runs.value(id).toObject();
            const QJsonObject shown = cli({QStringLiteral("runs"), QStringLiteral("show"), id}).json();
            QCOMPARE(mlflowRun.value(QStringLiteral("name")).toString(),
                     shown.value(QStringLiteral("name")).toString());
            QCOMPARE(mlflowRun.value(QStringLiteral("experiment")).toString(),
                     shown.value(QStringLiteral("experiment")).toString());
            QCOMPARE(mlflowRun.value(QStringLiteral("status")).toString(), QStringLiteral("FINISHED"));
            const QJsonObject params = shown.value(QStringLiteral("params")).toObject();
            for (auto it = params.constBegin(); it != params.constEnd(); ++it)
                QCOMPARE(mlflowRun.value(QStringLiteral("params")).toObject().value(it.key()).toString(),
                         it.value().toString());
            if (!shown.value(QStringLiteral("parent_run_id")).isNull())
                QCOMPARE(mlflowRun.value(QStringLiteral("tags"))
                             .toObject()
                             .value(QStringLiteral("mlflow.parentRunId"))
                             .toString(),
                         shown.value(QStringLiteral("parent_run_id")).toString());
            // Every point of every series, at its step.
            const auto points = cli({QStringLiteral("runs"), QStringLiteral("export"), id})
                                    .json()
                                    .value(QStringLiteral("points"))
                                    .toArray();
            qsizetype total = 0;
            const QJsonObject histories = mlflowRun.value(QStringLiteral("histories")).toObject();
            for (auto it = histories.constBegin(); it != histories.constEnd(); ++it)
                total += it.value().toArray().size();
            QCOMPARE(total, points.size());
            for (const QJsonValue& value : points) {
                const QJsonObject point = value.toObject();
                const QJsonArray series = histories.value(point.value(QStringLiteral("key")).toString()).toArray();
                bool found = false;
                for (const QJsonValue& pair : series)
                    found = found
                        || (pair.toArray().at(0).toInteger() == point.value(QStringLiteral("step")).toInteger()
                            && pair.toArray().at(1).toDouble() == point.value(QStringLiteral("value")).toDouble());
                QVERIFY2(found, qPrintable(QString::fromUtf8(QJsonDocument(point).toJson(QJsonDocument::Compact))));
            }
        }
        // The baseline run's artifacts came along.
        bool sawReport = false;
        for (const QJsonValue& run : runs) {
            if (run.toObject().value(QStringLiteral("name")).toString() == QLatin1String("baseline"))
                sawReport =
                    run.toObject().value(QStringLiteral("artifacts")).toArray().contains(QStringLiteral("report.txt"));
        }
        QVERIFY(sawReport);
    }

    void refusesBrokenHistories()
    {
        // A metric line that is not MLflow's: the file and line are named, nothing of that run kept.
        const QString broken = m_dir.filePath(QStringLiteral("broken-mlruns"));
        QVERIFY(QDir().mkpath(broken + QStringLiteral("/7/aaaa/metrics")));
        QVERIFY(QDir().mkpath(broken + QStringLiteral("/7/aaaa/artifacts")));
        auto write = [](const QString& path, const QByteArray& bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(broken + QStringLiteral("/7/meta.yaml"), "experiment_id: '7'\nname: broken\n"));
        QVERIFY(write(broken + QStringLiteral("/7/aaaa/meta.yaml"), "run_id: aaaa\nrun_name: bad\nstatus: 3\n"));
        QVERIFY(write(broken + QStringLiteral("/7/aaaa/metrics/loss"), "1700000000000 0.5 0\n1700000000001 zero 1\n"));
        // An artifact that is a link to a file outside is not copied.
        QVERIFY(write(m_dir.filePath(QStringLiteral("secret.txt")), "secret"));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("secret.txt")),
                            broken + QStringLiteral("/7/aaaa/artifacts/link.txt")));
        const QString workspace = m_dir.filePath(QStringLiteral("broken-ws"));
        auto outcome =
            test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                          QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("mlflow"), broken});
        QCOMPARE(outcome.exitCode, 1);
        const QJsonObject error = outcome.json().value(QStringLiteral("error")).toObject();
        QVERIFY2(error.value(QStringLiteral("where")).toString().endsWith(QStringLiteral("/7/aaaa/metrics/loss:2")),
                 qPrintable(error.value(QStringLiteral("where")).toString()));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("timestamp value step")));
        QCOMPARE(test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                               QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list")})
                     .json()
                     .value(QStringLiteral("runs"))
                     .toArray()
                     .size(),
                 0);
        // Fixed, it imports, without the link.
        QVERIFY(write(broken + QStringLiteral("/7/aaaa/metrics/loss"), "1700000000000 0.5 0\n1700000000001 0.25 1\n"));
        outcome = test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                                QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("mlflow"), broken});
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.json()
                     .value(QStringLiteral("runs"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("artifacts"))
                     .toInt(),
                 0);
        // Neither an mlruns folder nor an MLflow database.
        const QString empty = m_dir.filePath(QStringLiteral("nothing"));
        QDir().mkpath(empty);
        outcome = test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                                QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("mlflow"), empty});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(outcome.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("no MLflow runs")));
        outcome = test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                                QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("mlflow"),
                                QDir(workspace).filePath(QStringLiteral("crucible.db"))});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("not an MLflow database")),
                 qPrintable(outcome.out));
    }

    void registersCrucibleModelsThroughMlflow()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("registry-ws"));
        auto run = [&](const QStringList& arguments) {
            return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                                             QStringLiteral("--json")}
                                + arguments);
        };
        QCOMPARE(run({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        const auto trained =
            run({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"), QStringLiteral("--model"),
                 QStringLiteral("mlp:8"), QStringLiteral("--epochs"), QStringLiteral("2")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const QString runId = trained.json().value(QStringLiteral("run_id")).toString();
        QVERIFY(!runId.isEmpty());
        // A bundle as a script might ship it: registered elsewhere, exported to a file.
        QCOMPARE(run({QStringLiteral("models"), QStringLiteral("register"), runId, QStringLiteral("--name"),
                      QStringLiteral("elsewhere")})
                     .exitCode,
                 0);
        const QString bundle = m_dir.filePath(QStringLiteral("iris.crucible"));
        QCOMPARE(run({QStringLiteral("models"), QStringLiteral("export"), QStringLiteral("elsewhere@1"),
                      QStringLiteral("--out"), bundle})
                     .exitCode,
                 0);

        ServerProcess server;
        QVERIFY(server.start(workspace));
        QProcess script;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MLFLOW_TRACKING_URI"), server.url());
        environment.insert(QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("true"));
        script.setProcessEnvironment(environment);
        const QString outPath = m_dir.filePath(QStringLiteral("registry.json"));
        script.start(
            QStringLiteral(CRUCIBLE_VENV_PYTHON),
            {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/interop/mlflow_registry.py"), runId, bundle, outPath});
        QVERIFY(script.waitForFinished(240000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().right(3000).constData());
        QVERIFY(server.stop());
        QFile file(outPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject out = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(out.value(QStringLiteral("first")).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral("1"));
        QCOMPARE(out.value(QStringLiteral("first")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("READY"));
        QCOMPARE(out.value(QStringLiteral("first")).toObject().value(QStringLiteral("run_id")).toString(), runId);
        QCOMPARE(out.value(QStringLiteral("by_alias")).toString(), QStringLiteral("1"));
        QCOMPARE(out.value(QStringLiteral("second")).toString(), QStringLiteral("2"));
        QCOMPARE(out.value(QStringLiteral("latest")).toString(), QStringLiteral("2"));
        const QJsonObject refused = out.value(QStringLiteral("refused")).toObject();
        QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
        QVERIFY2(refused.value(QStringLiteral("message")).toString().contains(QStringLiteral("no Crucible model")),
                 qPrintable(refused.value(QStringLiteral("message")).toString()));
        QCOMPARE(out.value(QStringLiteral("models")).toObject().value(QStringLiteral("iris-mlflow")).toObject(),
                 (QJsonObject {{QStringLiteral("production"), QStringLiteral("1")}}));
        // Crucible's registry holds what the client registered, as Crucible bundles.
        const QJsonObject shown =
            run({QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("iris-mlflow@production")}).json();
        QCOMPARE(shown.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(shown.value(QStringLiteral("run_id")).toString(), runId);
        QCOMPARE(run({QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("iris-mlflow@2")}).exitCode, 0);
    }

    void refusesWhatMlflowRefuses()
    {
        ServerProcess server;
        QVERIFY(server.start(m_workspace));
        const quint16 port = server.port();
        const QJsonObject created =
            post(port, "/api/2.0/mlflow/runs/create", {{QStringLiteral("experiment_id"), QStringLiteral("0")}});
        const QString runId = created.value(QStringLiteral("run"))
                                  .toObject()
                                  .value(QStringLiteral("info"))
                                  .toObject()
                                  .value(QStringLiteral("run_id"))
                                  .toString();
        QVERIFY(!runId.isEmpty());

        // Malformed JSON: 400 in MLflow's format.
        auto reply = test::httpRequest(port, "POST", "/api/2.0/mlflow/runs/log-metric", "{\"run_id\": ");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("MALFORMED_REQUEST"));
        // An endpoint that does not exist.
        reply = test::httpRequest(port, "GET", "/api/2.0/mlflow/no/such/thing");
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("ENDPOINT_NOT_FOUND"));
        // A batch over MLflow's limit of 1000 metrics, with MLflow's message; nothing of it kept.
        QJsonArray metrics;
        for (int i = 0; i < 1001; ++i)
            metrics.append(QJsonObject {{QStringLiteral("key"), QStringLiteral("m")},
                                        {QStringLiteral("value"), 1.0},
                                        {QStringLiteral("timestamp"), 1700000000000.0},
                                        {QStringLiteral("step"), i}});
        const QJsonObject tooMany = post(port, "/api/2.0/mlflow/runs/log-batch",
                                         {{QStringLiteral("run_id"), runId}, {QStringLiteral("metrics"), metrics}});
        QCOMPARE(tooMany.value(QStringLiteral("error_code")).toString(), QStringLiteral("INVALID_PARAMETER_VALUE"));
        QCOMPARE(tooMany.value(QStringLiteral("message")).toString(),
                 QStringLiteral(
                     "A batch logging request can contain at most 1000 metrics. Got 1001 metrics. Please split up "
                     "metrics across multiple requests and try again."));
        // Over 100 params.
        QJsonArray params;
        for (int i = 0; i < 101; ++i)
            params.append(QJsonObject {{QStringLiteral("key"), QStringLiteral("p%1").arg(i)},
                                       {QStringLiteral("value"), QStringLiteral("x")}});
        QVERIFY(post(port, "/api/2.0/mlflow/runs/log-batch",
                     {{QStringLiteral("run_id"), runId}, {QStringLiteral("params"), params}})
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("at most 100 params")));
        // A body over MLflow's 1 MB for batches.
        QByteArray huge = "{\"run_id\": \"" + runId.toUtf8() + "\", \"tags\": [{\"key\": \"k\", \"value\": \""
            + QByteArray(1000001, 'x') + "\"}]}";
        reply = test::httpRequest(port, "POST", "/api/2.0/mlflow/runs/log-batch", huge);
        QCOMPARE(reply.status, 400);
        QVERIFY(
            reply.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("at most 1000000 bytes")));
        // A metric key that would name another file, a param value over 6000 characters.
        QCOMPARE(post(port, "/api/2.0/mlflow/runs/log-metric",
                      {{QStringLiteral("run_id"), runId},
                       {QStringLiteral("key"), QStringLiteral("../loss")},
                       {QStringLiteral("value"), 1.0},
                       {QStringLiteral("timestamp"), 1.0}})
                     .value(QStringLiteral("error_code"))
                     .toString(),
                 QStringLiteral("INVALID_PARAMETER_VALUE"));
        QVERIFY(post(port, "/api/2.0/mlflow/runs/log-parameter",
                     {{QStringLiteral("run_id"), runId},
                      {QStringLiteral("key"), QStringLiteral("long")},
                      {QStringLiteral("value"), QString(6001, QLatin1Char('v'))}})
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("exceeded length limit of 6000")));
        // NaN and infinities go through as protobuf's JSON spells them and come back the same.
        QVERIFY(post(port, "/api/2.0/mlflow/runs/log-metric",
                     {{QStringLiteral("run_id"), runId},
                      {QStringLiteral("key"), QStringLiteral("odd")},
                      {QStringLiteral("value"), QStringLiteral("NaN")},
                      {QStringLiteral("timestamp"), 1700000000000.0},
                      {QStringLiteral("step"), 1}})
                    .isEmpty());
        const QJsonObject history =
            test::httpRequest(port, "GET",
                              "/api/2.0/mlflow/metrics/get-history?run_id=" + runId.toUtf8() + "&metric_key=odd")
                .json();
        QCOMPARE(history.value(QStringLiteral("metrics"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toString(),
                 QStringLiteral("NaN"));

        // Artifact paths that leave the run's folder are refused; nothing is written outside.
        const QByteArray base = "/api/2.0/mlflow-artifacts/artifacts/0/" + runId.toUtf8() + "/artifacts/";
        for (const QByteArray& hostile :
             {QByteArray("../escape.txt"), QByteArray("a/../../escape.txt"), QByteArray("%2e%2e/escape.txt"),
              QByteArray("a//b.txt"), QByteArray("a/%5c..%5cescape.txt")}) {
            reply = test::httpRequest(port, "PUT", base + hostile, "owned");
            QVERIFY2(reply.status == 400 || reply.status == 404, hostile.constData());
        }
        reply = test::httpRequest(port, "GET",
                                  "/api/2.0/mlflow-artifacts/artifacts/0/" + runId.toUtf8() + "/../../crucible.db");
        QVERIFY(reply.status == 400 || reply.status == 404);
        QVERIFY(!QFileInfo::exists(QDir(m_workspace).filePath(QStringLiteral("runs/escape.txt"))));
        QVERIFY(!QFileInfo::exists(QDir(m_workspace).filePath(QStringLiteral("runs/%1/escape.txt").arg(runId))));
        // A link planted in the artifacts folder is not followed.
        QDir(m_workspace).mkpath(QStringLiteral("runs/%1/artifacts").arg(runId));
        QVERIFY(QFile::link(m_dir.path(),
                            QDir(m_workspace).filePath(QStringLiteral("runs/%1/artifacts/outside").arg(runId))));
        QCOMPARE(test::httpRequest(port, "PUT", base + "outside/planted.txt", "owned").status, 400);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("planted.txt"))));
        QVERIFY(server.stop());
    }

    void aRunEndsAfterTheServerRestarted()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("restart-ws"));
        QString runId;
        {
            ServerProcess first;
            QVERIFY(first.start(workspace));
            runId = post(first.port(), "/api/2.0/mlflow/runs/create", {{QStringLiteral("experiment_id"), 0}})
                        .value(QStringLiteral("run"))
                        .toObject()
                        .value(QStringLiteral("info"))
                        .toObject()
                        .value(QStringLiteral("run_id"))
                        .toString();
            QVERIFY(!runId.isEmpty());
            first.kill(); // the server dies; the script goes on and ends its run through the next one
        }
        ServerProcess second;
        QVERIFY(second.start(workspace));
        const auto ended =
            test::httpRequest(second.port(), "POST", "/api/2.0/mlflow/runs/update",
                              QJsonDocument(QJsonObject {{QStringLiteral("run_id"), runId},
                                                         {QStringLiteral("status"), QStringLiteral("FINISHED")},
                                                         {QStringLiteral("end_time"), 1800000000000.0}})
                                  .toJson());
        QVERIFY2(ended.status == 200, ended.body.constData());
        QCOMPARE(ended.json().value(QStringLiteral("run_info")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("FINISHED"));
        QCOMPARE(ended.json().value(QStringLiteral("run_info")).toObject().value(QStringLiteral("end_time")).toDouble(),
                 1800000000000.0);
        // And a finished run may be marked failed after all, as MLflow allows.
        QCOMPARE(test::httpRequest(second.port(), "POST", "/api/2.0/mlflow/runs/update",
                                   QJsonDocument(QJsonObject {{QStringLiteral("run_id"), runId},
                                                              {QStringLiteral("status"), QStringLiteral("FAILED")}})
                                       .toJson())
                     .status,
                 200);
        QVERIFY(second.stop());
        QCOMPARE(test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                               QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("show"), runId})
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("failed"));
    }

    void tokenGuardsEveryRequest()
    {
        const QString tokenFile = m_dir.filePath(QStringLiteral("token"));
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("s3cret\n");
        file.close();
        QFile::setPermissions(tokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ServerProcess server;
        QVERIFY(server.start(m_workspace, {QStringLiteral("--token-file"), tokenFile}));
        auto reply = test::httpRequest(server.port(), "GET", "/api/2.0/mlflow/experiments/get?experiment_id=0");
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("UNAUTHENTICATED"));
        reply = test::httpRequest(server.port(), "GET", "/api/2.0/mlflow/experiments/get?experiment_id=0", {},
                                  {{"Authorization", "Bearer s3cret"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("experiment")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Default"));
        QVERIFY(server.stop());
    }
};

QTEST_GUILESS_MAIN(TestMlflow)
#include "tst_mlflow.moc"
