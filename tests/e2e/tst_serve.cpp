// The inference server as other programs use it: a model trained and registered by the CLI,
// served over real loopback HTTP; the row form answering as `predict` does; the Open Inference
// Protocol; aliases moved under load without a failed request; every kind of bad input; the
// prediction log; a bearer token; crucible-cli serve draining on SIGTERM; and a real Prometheus
// scraping /metrics.
#include "../support/CliRunner.h"
#include "../support/Files.h"
#include "../support/HttpClient.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/Predictor.h"
#include "engine/serve/ModelServer.h"
#include "engine/serve/PredictionLog.h"
#include "engine/serve/ServeMetrics.h"
#include "engine/torch/ScriptModel.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

using namespace crucible;
using crucible::test::HttpConnection;
using crucible::test::HttpReply;
using crucible::test::runCli;

namespace {

QByteArray irisRow(double a, double b, double c, double d)
{
    return QByteArray("{\"sepal_length_cm\":") + QByteArray::number(a) + ",\"sepal_width_cm\":" + QByteArray::number(b)
        + ",\"petal_length_cm\":" + QByteArray::number(c) + ",\"petal_width_cm\":" + QByteArray::number(d) + '}';
}

const QByteArray kOneRow = "{\"instances\":[" + irisRow(5.1, 3.5, 1.4, 0.2) + "]}";

QByteArray v2Body(double a, double b, double c, double d)
{
    auto input = [](const char* name, double value) {
        return QByteArray("{\"name\":\"") + name + "\",\"shape\":[1],\"datatype\":\"FP32\",\"data\":["
            + QByteArray::number(value) + "]}";
    };
    return "{\"id\":\"req-7\",\"inputs\":[" + input("sepal_length_cm", a) + ',' + input("sepal_width_cm", b) + ','
        + input("petal_length_cm", c) + ',' + input("petal_width_cm", d) + "]}";
}

/// The value of the sample of `metric` whose labels contain `labels` in an exposition text; -1 when absent.
double sampleValue(const QByteArray& exposition, const QByteArray& metric, const QByteArray& labels)
{
    for (const QByteArray& line : exposition.split('\n')) {
        if (line.startsWith(metric + '{') && line.contains(labels))
            return line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return -1;
}

/// A real TorchScript model (an untrained MLP) for `signature`, registered as `name` in `registry`.
Status registerInitialModel(ModelRegistry& registry, const QString& name, const QJsonObject& signature,
                            const QStringList& classes)
{
    ModelSpec spec = ModelSpec::preset(ModelKind::Mlp);
    spec.hidden = {8};
    auto model = exportInitialModel(spec, signature, 7);
    if (!model)
        return model.error();
    BundleContents contents;
    contents.manifest.name = name;
    contents.manifest.created = QDateTime::currentDateTimeUtc();
    contents.manifest.datasetName = name;
    contents.manifest.datasetHash = QString(64, QLatin1Char('c'));
    contents.manifest.task = QStringLiteral("classification");
    contents.manifest.inputSignature = signature;
    contents.manifest.outputSignature = {{QStringLiteral("classes"), QJsonArray::fromStringList(classes)}};
    contents.model = model.value();
    contents.modelCard = "# " + name.toUtf8() + '\n';
    auto added = registry.add(contents, name);
    if (!added)
        return added.error();
    return Ok {};
}

} // namespace

class TestServe : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_registry;
    std::unique_ptr<ModelServer> m_server;
    std::mutex m_eventsMutex;
    QStringList m_events;

    test::CliOutcome cli(const QStringList& arguments)
    {
        return runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspace} + arguments);
    }

    ServeOptions options()
    {
        ServeOptions o;
        o.port = 0;
        o.threads = 2;
        o.ioThreads = 2;
        o.aliasPollMs = 100;
        o.headerTimeoutMs = 500;
        o.maxBodyBytes = 256 << 10;
        o.logFolder = QDir(m_workspace).filePath(QStringLiteral("serving"));
        o.onEvent = [this](const QString& line) {
            std::lock_guard lock(m_eventsMutex);
            m_events << line;
        };
        return o;
    }

    QStringList events()
    {
        std::lock_guard lock(m_eventsMutex);
        return m_events;
    }

    quint16 port() const { return m_server->port(); }

    HttpReply post(const QByteArray& path, const QByteArray& body)
    {
        return test::httpRequest(port(), "POST", path, body);
    }

    void setAlias(int version)
    {
        auto registry = ModelRegistry::open(m_registry);
        QVERIFY(registry);
        QVERIFY(registry.value()->setAlias(QStringLiteral("iris"), QStringLiteral("production"), version));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        m_registry = QDir(m_workspace).filePath(QStringLiteral("registry"));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        // Two real trainings on the iris sample: version 1 (production) and version 2.
        const QList<QStringList> recipes {{QStringLiteral("mlp:16"), QStringLiteral("30")},
                                          {QStringLiteral("linear"), QStringLiteral("3")}};
        for (const QStringList& recipe : recipes) {
            const auto trained = cli({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"),
                                      QStringLiteral("iris"), QStringLiteral("--model"), recipe[0],
                                      QStringLiteral("--epochs"), recipe[1], QStringLiteral("--threads"),
                                      QStringLiteral("1"), QStringLiteral("--register"), QStringLiteral("iris")});
            QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        }
        QCOMPARE(cli({QStringLiteral("models"), QStringLiteral("alias"), QStringLiteral("iris"), QStringLiteral("1"),
                      QStringLiteral("production")})
                     .exitCode,
                 0);
        auto server = ModelServer::start(m_registry, {QStringLiteral("iris@production")}, options());
        QVERIFY2(server, server ? "" : qPrintable(server.error().text()));
        m_server = std::move(server.value());
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop(1000);
    }

    void everyEndpointAnswers()
    {
        QCOMPARE(test::httpRequest(port(), "GET", "/v2/health/live").json().value(QStringLiteral("live")).toBool(),
                 true);
        QCOMPARE(test::httpRequest(port(), "GET", "/v2/health/ready").json().value(QStringLiteral("ready")).toBool(),
                 true);
        QCOMPARE(test::httpRequest(port(), "GET", "/v2").json().value(QStringLiteral("name")).toString(),
                 QStringLiteral("crucible"));

        const HttpReply metadata = test::httpRequest(port(), "GET", "/v2/models/iris");
        QCOMPARE(metadata.status, 200);
        const QJsonObject meta = metadata.json();
        QCOMPARE(meta.value(QStringLiteral("versions")).toArray(), QJsonArray {QStringLiteral("1")});
        const QJsonArray inputs = meta.value(QStringLiteral("inputs")).toArray();
        QCOMPARE(inputs.size(), 4);
        QCOMPARE(inputs[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("sepal_length_cm"));
        QCOMPARE(inputs[3].toObject().value(QStringLiteral("datatype")).toString(), QStringLiteral("FP32"));
        const QJsonArray outputs = meta.value(QStringLiteral("outputs")).toArray();
        QCOMPARE(outputs[0].toObject().value(QStringLiteral("shape")).toArray(), (QJsonArray {-1, 3}));

        QCOMPARE(test::httpRequest(port(), "GET", "/v2/models/iris/versions/1").status, 200);
        QCOMPARE(
            test::httpRequest(port(), "GET", "/v2/models/iris/ready").json().value(QStringLiteral("ready")).toBool(),
            true);
        QCOMPARE(test::httpRequest(port(), "GET", "/v2/models/iris/versions/1/ready").status, 200);
        QCOMPARE(test::httpRequest(port(), "GET", "/v1/models/iris").status, 200);
        const HttpReply listing = test::httpRequest(port(), "GET", "/v2/models");
        QCOMPARE(listing.json().value(QStringLiteral("models")).toArray().size(), 1);

        const HttpReply v1 = post("/v1/models/iris:predict", kOneRow);
        QCOMPARE(v1.status, 200);
        QCOMPARE(v1.header("x-model-version"), QByteArray("1"));
        const QJsonObject prediction = v1.json().value(QStringLiteral("predictions")).toArray()[0].toObject();
        QCOMPARE(prediction.value(QStringLiteral("class")).toString(), QStringLiteral("setosa"));

        const HttpReply v2 = post("/v2/models/iris/infer", v2Body(5.1, 3.5, 1.4, 0.2));
        QCOMPARE(v2.status, 200);
        const QJsonObject answer = v2.json();
        QCOMPARE(answer.value(QStringLiteral("id")).toString(), QStringLiteral("req-7"));
        QCOMPARE(answer.value(QStringLiteral("model_version")).toString(), QStringLiteral("1"));
        const QJsonArray tensors = answer.value(QStringLiteral("outputs")).toArray();
        QCOMPARE(tensors[0].toObject().value(QStringLiteral("shape")).toArray(), (QJsonArray {1, 3}));
        QCOMPARE(tensors[1].toObject().value(QStringLiteral("data")).toArray()[0].toString(), QStringLiteral("setosa"));
        // Both forms give the same probabilities.
        const QJsonArray probabilities = tensors[0].toObject().value(QStringLiteral("data")).toArray();
        QCOMPARE(
            probabilities[0].toDouble(),
            prediction.value(QStringLiteral("probabilities")).toObject().value(QStringLiteral("setosa")).toDouble());
        QCOMPARE(post("/v2/models/iris/versions/1/infer", v2Body(5.1, 3.5, 1.4, 0.2)).status, 200);

        const HttpReply metrics = test::httpRequest(port(), "GET", "/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("content-type").startsWith("text/plain; version=0.0.4"));
        QVERIFY(sampleValue(metrics.body, "crucible_requests_total", "model=\"iris\",version=\"1\",code=\"200\"") >= 3);
        QCOMPARE(sampleValue(metrics.body, "crucible_model_version", "model=\"iris\""), 1.0);
        QVERIFY(sampleValue(metrics.body, "crucible_predictions_total", "class=\"setosa\"") >= 3);
        QVERIFY(sampleValue(metrics.body, "crucible_request_duration_seconds_bucket", "le=\"+Inf\"") >= 3);
        QVERIFY(sampleValue(metrics.body, "crucible_batch_rows_count", "model=\"iris\"") >= 1);
    }

    void rowFormAnswersAsPredictDoes()
    {
        // The first 30 rows of the iris CSV: `predict` writes probabilities; the server must agree.
        const QList<QByteArray> lines =
            test::readFile(QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv")).trimmed().split('\n');
        const QString input = m_dir.filePath(QStringLiteral("rows.csv"));
        QByteArray csv = lines[0] + '\n';
        for (qsizetype i = 1; i < lines.size(); i += 5)
            csv += lines[i] + '\n';
        test::writeFile(input, csv);
        const QString output = m_dir.filePath(QStringLiteral("predicted.csv"));
        const auto predicted = cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("iris@1"),
                                    QStringLiteral("--input"), input, QStringLiteral("--output"), output});
        QVERIFY2(predicted.exitCode == 0, qPrintable(predicted.err));
        const QList<QByteArray> expected = test::readFile(output).trimmed().split('\n');

        QByteArray instances = "{\"instances\":[";
        const QList<QByteArray> rows = csv.trimmed().split('\n');
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QList<QByteArray> v = rows[r].split(',');
            instances +=
                (r > 1 ? "," : "") + irisRow(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble());
        }
        instances += "]}";
        const HttpReply reply = post("/v1/models/iris:predict", instances);
        QCOMPARE(reply.status, 200);
        const QJsonArray predictions = reply.json().value(QStringLiteral("predictions")).toArray();
        QCOMPARE(predictions.size(), rows.size() - 1);
        QCOMPARE(expected.size(), rows.size());
        const QList<QByteArray> header = expected[0].split(',');
        for (qsizetype r = 1; r < expected.size(); ++r) {
            const QList<QByteArray> fields = expected[r].split(',');
            const QJsonObject answer = predictions[r - 1].toObject();
            QCOMPARE(answer.value(QStringLiteral("class")).toString().toUtf8(), fields[1]);
            for (qsizetype k = 2; k < fields.size(); ++k) {
                const QString name = QString::fromUtf8(header[k].mid(2)); // p_<class>
                const float served =
                    float(answer.value(QStringLiteral("probabilities")).toObject().value(name).toDouble());
                QVERIFY2(std::abs(served - fields[k].toFloat()) <= 1e-6f,
                         qPrintable(QStringLiteral("row %1, %2: served %3, predict wrote %4")
                                        .arg(r)
                                        .arg(name)
                                        .arg(double(served))
                                        .arg(QString::fromUtf8(fields[k]))));
            }
        }
    }

    void badInputGetsAClearAnswer_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        const QByteArray predict = "/v1/models/iris:predict";
        const QByteArray infer = "/v2/models/iris/infer";
        QTest::newRow("malformed JSON") << QByteArray("POST") << predict << QByteArray("{\"instances\": [") << 400
                                        << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("POST") << predict << QByteArray("[1,2]") << 400
                                       << QStringLiteral("JSON object");
        QTest::newRow("no instances") << QByteArray("POST") << predict << QByteArray("{\"rows\": []}") << 400
                                      << QStringLiteral("\"instances\"");
        QTest::newRow("empty instances") << QByteArray("POST") << predict << QByteArray("{\"instances\": []}") << 400
                                         << QStringLiteral("empty");
        QTest::newRow("missing column")
            << QByteArray("POST") << predict
            << QByteArray("{\"instances\":[{\"sepal_length_cm\":5.1,\"sepal_width_cm\":3.5,\"petal_length_cm\":1.4}]}")
            << 400 << QStringLiteral("lacks column(s) 'petal_width_cm'");
        QTest::newRow("extra column") << QByteArray("POST") << predict
                                      << QByteArray("{\"instances\":[{\"sepal_length_cm\":5.1,\"sepal_width_cm\":3.5,"
                                                    "\"petal_length_cm\":1.4,\"petal_width_cm\":0.2,\"colour\":1}]}")
                                      << 400 << QStringLiteral("'colour' that the model does not take");
        QTest::newRow("renamed column") << QByteArray("POST") << predict
                                        << QByteArray("{\"instances\":[{\"sepal_length\":5.1,\"sepal_width_cm\":3.5,"
                                                      "\"petal_length_cm\":1.4,\"petal_width_cm\":0.2}]}")
                                        << 400 << QStringLiteral("renamed?");
        QTest::newRow("text for a number")
            << QByteArray("POST") << predict
            << QByteArray(
                   "{\"instances\":[{\"sepal_length_cm\":\"long\",\"sepal_width_cm\":3.5,\"petal_length_cm\":1.4,"
                   "\"petal_width_cm\":0.2}]}")
            << 400 << QStringLiteral("instance 1, column 'sepal_length_cm': 'long' is not a number");
        QTest::newRow("list for a number")
            << QByteArray("POST") << predict
            << QByteArray("{\"instances\":[" + irisRow(1, 2, 3, 4)
                          + ",{\"sepal_length_cm\":[1],\"sepal_width_cm\":3.5,"
                            "\"petal_length_cm\":1.4,\"petal_width_cm\":0.2}]}")
            << 400 << QStringLiteral("instance 2, column 'sepal_length_cm': a list is not a number");
        QTest::newRow("beyond float")
            << QByteArray("POST") << predict
            << QByteArray("{\"instances\":[{\"sepal_length_cm\":1e300,\"sepal_width_cm\":3.5,\"petal_length_cm\":1.4,"
                          "\"petal_width_cm\":0.2}]}")
            << 400 << QStringLiteral("outside the range of a 32-bit float");
        QTest::newRow("row not an object") << QByteArray("POST") << predict << QByteArray("{\"instances\":[[1,2,3,4]]}")
                                           << 400 << QStringLiteral("instance 1 is a list");
        QTest::newRow("v2 wrong shape") << QByteArray("POST") << infer
                                        << QByteArray(v2Body(1, 2, 3, 4))
                                               .replace("\"shape\":[1],\"datatype\":\"FP32\",\"data\":[1]",
                                                        "\"shape\":[2,2],\"datatype\":\"FP32\",\"data\":[1]")
                                        << 400 << QStringLiteral("has shape [2, 2]; the model takes [N] or [N, 1]");
        QTest::newRow("v2 wrong count") << QByteArray("POST") << infer
                                        << QByteArray(v2Body(1, 2, 3, 4))
                                               .replace("\"shape\":[1],\"datatype\":\"FP32\",\"data\":[1]",
                                                        "\"shape\":[1],\"datatype\":\"FP32\",\"data\":[1,2]")
                                        << 400 << QStringLiteral("has 2 values; shape [1] needs 1");
        QTest::newRow("v2 wrong datatype")
            << QByteArray("POST") << infer
            << QByteArray(v2Body(1, 2, 3, 4))
                   .replace("\"datatype\":\"FP32\",\"data\":[1]", "\"datatype\":\"BYTES\",\"data\":[1]")
            << 400 << QStringLiteral("datatype 'BYTES'");
        QTest::newRow("v2 missing input") << QByteArray("POST") << infer
                                          << QByteArray("{\"inputs\":[{\"name\":\"sepal_length_cm\",\"shape\":[1],"
                                                        "\"datatype\":\"FP32\",\"data\":[1]}]}")
                                          << 400 << QStringLiteral("are missing");
        QTest::newRow("v2 unknown input")
            << QByteArray("POST") << infer << QByteArray(v2Body(1, 2, 3, 4)).replace("sepal_length_cm", "sepal") << 400
            << QStringLiteral("input 'sepal' is not one the model takes");
        QTest::newRow("v2 text in numbers")
            << QByteArray("POST") << infer
            << QByteArray(v2Body(1, 2, 3, 4)).replace("\"data\":[1]", "\"data\":[\"NaN\"]") << 400
            << QStringLiteral("text in a FP32 tensor");
        QTest::newRow("v2 no inputs") << QByteArray("POST") << infer << QByteArray("{}") << 400
                                      << QStringLiteral("needs \"inputs\"");
        QTest::newRow("unknown model") << QByteArray("POST") << QByteArray("/v1/models/tulips:predict") << kOneRow
                                       << 404 << QStringLiteral("no model 'tulips' is served here (it serves iris)");
        QTest::newRow("unknown version") << QByteArray("POST") << QByteArray("/v2/models/iris/versions/9/infer")
                                         << v2Body(1, 2, 3, 4) << 404
                                         << QStringLiteral("version 9 of 'iris' is not served here");
        QTest::newRow("not a version") << QByteArray("GET") << QByteArray("/v2/models/iris/versions/x") << QByteArray()
                                       << 400 << QStringLiteral("'x' is not a version number");
        QTest::newRow("wrong method") << QByteArray("GET") << predict << QByteArray() << 405
                                      << QStringLiteral("use POST");
        QTest::newRow("unknown endpoint") << QByteArray("GET") << QByteArray("/v3/everything") << QByteArray() << 404
                                          << QStringLiteral("no such endpoint");
        QTest::newRow("body over the limit") << QByteArray("POST") << predict << QByteArray(300 << 10, ' ') << 413
                                             << QStringLiteral("exceeds the limit");
    }

    void badInputGetsAClearAnswer()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, says);
        const HttpReply reply = test::httpRequest(port(), method, path, body);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.error().contains(says), reply.body.constData());
        // ... and the server goes on answering.
        QCOMPARE(post("/v1/models/iris:predict", kOneRow).status, 200);
    }

    void missingValuesAreAllowedAsInPredict()
    {
        const HttpReply reply =
            post("/v1/models/iris:predict",
                 "{\"instances\":[{\"sepal_length_cm\":null,\"sepal_width_cm\":\"\",\"petal_length_cm\":"
                 "\"1.4\",\"petal_width_cm\":0.2}]}");
        QCOMPARE(reply.status, 200);
    }

    void slowClientsTimeOutWithoutHarm()
    {
        HttpConnection stalled(port());
        QVERIFY(stalled.sendRaw("POST /v1/models/iris:predict HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"inst"));
        QCOMPARE(stalled.readReply().status, 408);
        QCOMPARE(post("/v1/models/iris:predict", kOneRow).status, 200);
    }

    void aliasMoveUnderLoadFailsNoRequest()
    {
        std::atomic<bool> stop {false};
        std::atomic<int> failures {0};
        std::atomic<int> answered {0};
        std::atomic<int> byVersion[3] = {0, 0, 0};
        std::vector<std::thread> clients;
        for (int c = 0; c < 4; ++c) {
            clients.emplace_back([&] {
                HttpConnection connection(port());
                while (!stop.load()) {
                    const HttpReply reply = connection.request("POST", "/v1/models/iris:predict", kOneRow);
                    const int version = reply.header("x-model-version").toInt();
                    if (reply.status != 200 || version < 1 || version > 2) {
                        failures.fetch_add(1);
                        continue;
                    }
                    byVersion[version].fetch_add(1);
                    answered.fetch_add(1);
                }
            });
        }
        QTRY_VERIFY(byVersion[1].load() > 50);
        setAlias(2);
        QTRY_VERIFY_WITH_TIMEOUT(byVersion[2].load() > 50, 10000);
        stop.store(true);
        for (std::thread& client : clients)
            client.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY(answered.load() > 100);
        QVERIFY2(
            events().join(QLatin1Char('\n')).contains(QStringLiteral("iris@production: version 2 answers now (was 1")),
            qPrintable(events().join(QLatin1Char('\n'))));
        // Version 2 answers; version 1 is gone from the server.
        QCOMPARE(test::httpRequest(port(), "GET", "/v2/models/iris").json().value(QStringLiteral("versions")).toArray(),
                 QJsonArray {QStringLiteral("2")});
        QCOMPARE(post("/v2/models/iris/versions/1/infer", v2Body(1, 2, 3, 4)).status, 404);
        const QByteArray metrics = test::httpRequest(port(), "GET", "/metrics").body;
        QCOMPARE(sampleValue(metrics, "crucible_model_version", "model=\"iris\""), 2.0);
    }

    void versionThatFailsToLoadKeepsTheOldOneServing()
    {
        // Version 3 is trained and registered, then its bundle is damaged on disk; moving the alias
        // there must not take the model down.
        const auto trained =
            cli({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                 QStringLiteral("--model"), QStringLiteral("linear"), QStringLiteral("--epochs"), QStringLiteral("1"),
                 QStringLiteral("--register"), QStringLiteral("iris")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        auto registry = ModelRegistry::open(m_registry);
        QVERIFY(registry);
        auto imported = registry.value()->resolve(QStringLiteral("iris@3"));
        QVERIFY(imported);
        const int broken = imported->version;
        QFile bundle(imported->bundlePath);
        QVERIFY(bundle.open(QIODevice::ReadWrite));
        bundle.seek(bundle.size() / 2);
        bundle.write("damaged!");
        bundle.close();
        QVERIFY(registry.value()->setAlias(QStringLiteral("iris"), QStringLiteral("production"), broken));
        QTRY_VERIFY2_WITH_TIMEOUT(events().join(QLatin1Char('\n')).contains(QStringLiteral("which does not load")),
                                  qPrintable(events().join(QLatin1Char('\n'))), 5000);
        const HttpReply reply = post("/v1/models/iris:predict", kOneRow);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("x-model-version"), QByteArray("2"));
        const QByteArray metrics = test::httpRequest(port(), "GET", "/metrics").body;
        QVERIFY(sampleValue(metrics, "crucible_model_load_failures_total", "model=\"iris\"") >= 1);
        QVERIFY(registry.value()->setAlias(QStringLiteral("iris"), QStringLiteral("production"), 2));
    }

    void predictionLogRecordsRequests()
    {
        const QString folder = m_dir.filePath(QStringLiteral("log-test"));
        ServeOptions o = options();
        o.logFolder = folder;
        auto server = ModelServer::start(m_registry, {QStringLiteral("iris@2")}, o);
        QVERIFY(server);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(test::httpRequest(server.value()->port(), "POST", "/v1/models/iris:predict",
                                       "{\"instances\":[" + irisRow(5.1, 3.5, 1.4, 0.2) + ','
                                           + irisRow(6.7, 3, 5.2, 2.3) + "]}")
                         .status,
                     200);
        server.value()->stop(1000);
        auto entries = PredictionLog::read(folder, QStringLiteral("iris"), 0);
        QVERIFY2(entries, entries ? "" : qPrintable(entries.error().text()));
        QCOMPARE(entries->size(), 3);
        const QJsonObject entry = entries->last();
        QCOMPARE(entry.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(entry.value(QStringLiteral("columns")).toArray()[0].toString(), QStringLiteral("sepal_length_cm"));
        QCOMPARE(entry.value(QStringLiteral("inputs")).toArray()[1].toArray()[2].toDouble(), 5.2);
        QCOMPARE(entry.value(QStringLiteral("outputs")).toArray().size(), 2);
        QVERIFY(entry.value(QStringLiteral("latency_ms")).toDouble() > 0);

        // No log at a sample rate of 0.
        o.logSample = 0;
        o.logFolder = m_dir.filePath(QStringLiteral("no-log"));
        auto quiet = ModelServer::start(m_registry, {QStringLiteral("iris@2")}, o);
        QVERIFY(quiet);
        QCOMPARE(test::httpRequest(quiet.value()->port(), "POST", "/v1/models/iris:predict", kOneRow).status, 200);
        quiet.value()->stop(1000);
        QVERIFY(!QFileInfo::exists(o.logFolder));
    }

    void bearerTokenGuardsEveryEndpoint()
    {
        ServeOptions o = options();
        o.token = QStringLiteral("s3cret-token");
        auto server = ModelServer::start(m_registry, {QStringLiteral("iris@2")}, o);
        QVERIFY(server);
        const quint16 guarded = server.value()->port();
        const HttpReply none = test::httpRequest(guarded, "GET", "/v2/health/ready");
        QCOMPARE(none.status, 401);
        QCOMPARE(none.header("www-authenticate"), QByteArray("Bearer"));
        QCOMPARE(test::httpRequest(guarded, "POST", "/v1/models/iris:predict", kOneRow,
                                   {{"Authorization", "Bearer s3cret-tokem"}})
                     .status,
                 401);
        QCOMPARE(test::httpRequest(guarded, "GET", "/metrics", {}, {{"Authorization", "Bearer s3cret"}}).status, 401);
        QCOMPARE(test::httpRequest(guarded, "POST", "/v1/models/iris:predict", kOneRow,
                                   {{"Authorization", "Bearer s3cret-token"}})
                     .status,
                 200);
    }

    void imagesAndCategoriesAreDecodedAsPredictDoes()
    {
        auto registry = ModelRegistry::open(m_registry);
        QVERIFY(registry);
        const QStringList digits {QStringLiteral("zero"), QStringLiteral("one")};
        QVERIFY(registerInitialModel(*registry.value(), QStringLiteral("digits"),
                                     {{QStringLiteral("kind"), QStringLiteral("images")},
                                      {QStringLiteral("shape"), QJsonArray {1, 8, 8}},
                                      {QStringLiteral("mean"), QJsonArray {0.5}},
                                      {QStringLiteral("std"), QJsonArray {0.25}},
                                      {QStringLiteral("task"), QStringLiteral("classification")},
                                      {QStringLiteral("classes"), QJsonArray::fromStringList(digits)}},
                                     digits));
        const QJsonObject number {{QStringLiteral("name"), QStringLiteral("size")},
                                  {QStringLiteral("encoding"), QStringLiteral("standardised")},
                                  {QStringLiteral("mean"), 2.0},
                                  {QStringLiteral("std"), 1.0}};
        const QJsonObject category {
            {QStringLiteral("name"), QStringLiteral("colour")},
            {QStringLiteral("encoding"), QStringLiteral("one_hot")},
            {QStringLiteral("categories"), QJsonArray {QStringLiteral("red"), QStringLiteral("green")}}};
        const QStringList fruits {QStringLiteral("apple"), QStringLiteral("pear")};
        QVERIFY(registerInitialModel(*registry.value(), QStringLiteral("fruit"),
                                     {{QStringLiteral("kind"), QStringLiteral("tabular")},
                                      {QStringLiteral("features"), QJsonArray {number, category}},
                                      {QStringLiteral("width"), 3},
                                      {QStringLiteral("task"), QStringLiteral("classification")},
                                      {QStringLiteral("classes"), QJsonArray::fromStringList(fruits)}},
                                     fruits));
        auto server = ModelServer::start(m_registry, {QStringLiteral("digits"), QStringLiteral("fruit@1")}, options());
        QVERIFY2(server, server ? "" : qPrintable(server.error().text()));
        const quint16 both = server.value()->port();

        // An 8x8 grey image: base64 PNG to the server, the same file to `predict`.
        QImage image(8, 8, QImage::Format_Grayscale8);
        for (int y = 0; y < 8; ++y) {
            for (int x = 0; x < 8; ++x)
                image.setPixel(x, y, qRgb(x * 30, x * 30, x * 30));
        }
        QDir().mkpath(m_dir.filePath(QStringLiteral("images")));
        QVERIFY(image.save(m_dir.filePath(QStringLiteral("images/a.png"))));
        const QByteArray png = test::readFile(m_dir.filePath(QStringLiteral("images/a.png")));
        const HttpReply reply = test::httpRequest(both, "POST", "/v1/models/digits:predict",
                                                  "{\"instances\":[{\"image\":\"" + png.toBase64() + "\"}]}");
        QCOMPARE(reply.status, 200);
        const QString output = m_dir.filePath(QStringLiteral("digits.csv"));
        QCOMPARE(cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("digits@1"),
                      QStringLiteral("--input"), m_dir.filePath(QStringLiteral("images")), QStringLiteral("--output"),
                      output})
                     .exitCode,
                 0);
        const QList<QByteArray> fields = test::readFile(output).trimmed().split('\n')[1].split(',');
        const QJsonObject answer = reply.json().value(QStringLiteral("predictions")).toArray()[0].toObject();
        QCOMPARE(answer.value(QStringLiteral("class")).toString().toUtf8(), fields[1]);
        QVERIFY(
            std::abs(answer.value(QStringLiteral("probabilities")).toObject().value(QStringLiteral("zero")).toDouble()
                     - fields[2].toDouble())
            < 1e-6);

        const QImage wrongSize = image.scaled(9, 9);
        QByteArray wrongPng;
        QBuffer buffer(&wrongPng);
        buffer.open(QIODevice::WriteOnly);
        wrongSize.save(&buffer, "PNG");
        const HttpReply refused = test::httpRequest(both, "POST", "/v1/models/digits:predict",
                                                    "{\"instances\":[\"" + wrongPng.toBase64() + "\"]}");
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.error().contains(QStringLiteral("instance 1: the image is 9x9 pixels; the model takes 8x8")),
                 refused.body.constData());
        QCOMPARE(test::httpRequest(both, "POST", "/v1/models/digits:predict", "{\"instances\":[\"%%%\"]}").status, 400);
        // A shape that claims more than one request may hold is refused before anything of its size is made.
        const HttpReply huge = test::httpRequest(
            both, "POST", "/v2/models/digits/infer",
            "{\"inputs\":[{\"name\":\"image\",\"shape\":[100000000,1,8,8],\"datatype\":\"FP32\",\"data\":[]}]}");
        QCOMPARE(huge.status, 413);
        QVERIFY2(huge.error().contains(QStringLiteral("send them in several")), huge.body.constData());
        QCOMPARE(test::httpRequest(both, "POST", "/v1/models/digits:predict", "{\"instances\":[\"aGVsbG8=\"]}").error(),
                 QStringLiteral("instance 1: the data is not an image (PNG, JPEG or BMP)"));

        // Categories by name, in both forms.
        QCOMPARE(test::httpRequest(both, "POST", "/v1/models/fruit:predict",
                                   "{\"instances\":[{\"size\":2.5,\"colour\":\"green\"},{\"size\":1,\"colour\":null}]}")
                     .status,
                 200);
        const HttpReply unknown = test::httpRequest(both, "POST", "/v1/models/fruit:predict",
                                                    "{\"instances\":[{\"size\":2.5,\"colour\":\"blue\"}]}");
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.error(),
                 QStringLiteral("instance 1, column 'colour': 'blue' is not a category the model "
                                "knows (it knows 'red', 'green')"));
        const HttpReply v2 = test::httpRequest(
            both, "POST", "/v2/models/fruit/infer",
            "{\"inputs\":[{\"name\":\"size\",\"shape\":[2],\"datatype\":\"INT32\",\"data\":[1,3]},"
            "{\"name\":\"colour\",\"shape\":[2,1],\"datatype\":\"BYTES\",\"data\":[[\"red\"],[\"green\"]]}]}");
        QCOMPARE(v2.status, 200);
        const QJsonArray meta =
            test::httpRequest(both, "GET", "/v2/models/fruit").json().value(QStringLiteral("inputs")).toArray();
        QCOMPARE(meta[1].toObject().value(QStringLiteral("datatype")).toString(), QStringLiteral("BYTES"));
        server.value()->stop(1000);
    }

    void cliServesAndDrainsOnSigterm()
    {
        QProcess serve;
        serve.start(QStringLiteral(CRUCIBLE_CLI),
                    {QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("--json"),
                     QStringLiteral("serve"), QStringLiteral("iris@production"), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--threads"), QStringLiteral("1")});
        QByteArray out;
        QJsonObject started;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += serve.readAllStandardOutput(), started = QJsonDocument::fromJson(out).object(), !started.isEmpty()),
            20000);
        const quint16 cliPort = quint16(started.value(QStringLiteral("port")).toInt());
        QVERIFY(cliPort > 0);
        QCOMPARE(
            started.value(QStringLiteral("models")).toArray()[0].toObject().value(QStringLiteral("version")).toInt(),
            2);
        QCOMPARE(test::httpRequest(cliPort, "POST", "/v1/models/iris:predict", kOneRow).status, 200);
        // A second server on the same port is refused with a message that says so.
        const auto clash = cli(
            {QStringLiteral("serve"), QStringLiteral("iris@2"), QStringLiteral("--port"), QString::number(cliPort)});
        QCOMPARE(clash.exitCode, 1);
        QVERIFY2(clash.err.contains(QStringLiteral("is in use")), qPrintable(clash.err));
        serve.terminate(); // SIGTERM
        QVERIFY(serve.waitForFinished(15000));
        const QString err = QString::fromUtf8(serve.readAllStandardError());
        QVERIFY2(serve.exitStatus() == QProcess::NormalExit && serve.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("SIGTERM: stopping")) && err.contains(QStringLiteral("stopped")),
                 qPrintable(err));

        // The log the CLI server wrote, through the CLI.
        const auto shown = cli({QStringLiteral("--json"), QStringLiteral("serve-log"), QStringLiteral("show"),
                                QStringLiteral("iris"), QStringLiteral("--last"), QStringLiteral("1")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(QStringLiteral("entries")).toArray().size(), 1);
        const QString exported = m_dir.filePath(QStringLiteral("log.csv"));
        const auto exportedRun = cli({QStringLiteral("serve-log"), QStringLiteral("export"), QStringLiteral("iris"),
                                      QStringLiteral("--out"), exported});
        QCOMPARE(exportedRun.exitCode, 0);
        const QList<QByteArray> csv = test::readFile(exported).trimmed().split('\n');
        QVERIFY(csv[0].startsWith("time,version,protocol,latency_ms,row,sepal_length_cm,sepal_width_cm,petal_length_cm,"
                                  "petal_width_cm,prediction,probabilities"));
        QVERIFY(csv.size() > 10);
        QVERIFY2(csv.last().contains(",5.1,3.5,1.4,0.2,"), csv.last().constData());

        const auto unknown = cli({QStringLiteral("serve"), QStringLiteral("tulips@production")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("tulips@production")), qPrintable(unknown.err));
        QCOMPARE(
            cli({QStringLiteral("serve"), QStringLiteral("iris"), QStringLiteral("--port"), QStringLiteral("70000")})
                .exitCode,
            2);
    }

    void prometheusScrapesTheMetrics()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        QVERIFY2(!prometheus.isEmpty(), "Debian's prometheus package is missing: run scripts/setup-debian.sh");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(post("/v1/models/iris:predict", kOneRow).status, 200);
        const double served = sampleValue(test::httpRequest(port(), "GET", "/metrics").body, "crucible_requests_total",
                                          "model=\"iris\",version=\"2\",code=\"200\"");
        QVERIFY(served >= 5);
        const QString folder = m_dir.filePath(QStringLiteral("prometheus"));
        QDir().mkpath(folder);
        const QString config = test::writeFile(
            QDir(folder).filePath(QStringLiteral("prometheus.yml")),
            "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: crucible\n    static_configs:\n"
            "      - targets: ['127.0.0.1:"
                + QByteArray::number(port()) + "']\n");
        const quint16 webPort = test::freePort();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(prometheus,
                     {QStringLiteral("--config.file=") + config,
                      QStringLiteral("--storage.tsdb.path=") + QDir(folder).filePath(QStringLiteral("data")),
                      QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(webPort)});
        QVERIFY(server.waitForStarted());
        const QByteArray query = "/api/v1/query?query="
            + QUrl::toPercentEncoding(QStringLiteral(
                "crucible_requests_total{model=\"iris\",version=\"2\",code=\"200\"}"));
        double scraped = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            ([&] {
                const QJsonArray result = test::httpRequest(webPort, "GET", query)
                                              .json()
                                              .value(QStringLiteral("data"))
                                              .toObject()
                                              .value(QStringLiteral("result"))
                                              .toArray();
                if (result.isEmpty())
                    return false;
                scraped = result[0].toObject().value(QStringLiteral("value")).toArray()[1].toString().toDouble();
                return scraped >= served;
            }()),
            60000);
        const QJsonObject health = test::httpRequest(webPort, "GET", "/api/v1/targets").json();
        QVERIFY2(QJsonDocument(health).toJson().contains("\"health\": \"up\""),
                 QJsonDocument(health).toJson().constData());
        server.terminate();
        QVERIFY(server.waitForFinished(15000));
        QVERIFY(scraped >= served);
    }

    void shippedAlertRulesAndDashboardFitTheMetrics()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool (Debian's prometheus package) is missing: run scripts/setup-debian.sh");
        const QString rules = QStringLiteral(CRUCIBLE_SOURCE_DIR "/packaging/monitoring/crucible-alerts.yml");
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("rules"), rules});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
        // Every metric the rules and the dashboard name is one the server exports.
        const QByteArray exposition = test::httpRequest(port(), "GET", "/metrics").body;
        QSet<QByteArray> exported;
        for (const QByteArray& line : exposition.split('\n')) {
            if (line.startsWith("# TYPE "))
                exported.insert(line.split(' ')[2]);
        }
        const QByteArray dashboard =
            test::readFile(QStringLiteral(CRUCIBLE_SOURCE_DIR "/packaging/monitoring/crucible-dashboard.json"));
        QJsonParseError error {};
        QVERIFY(QJsonDocument::fromJson(dashboard, &error).isObject());
        const QByteArray text = test::readFile(rules) + dashboard;
        int named = 0;
        for (qsizetype at = text.indexOf("crucible_"); at >= 0; at = text.indexOf("crucible_", at + 1)) {
            qsizetype end = at;
            while (end < text.size() && (std::isalnum(uchar(text[end])) || text[end] == '_'))
                ++end;
            QByteArray name = text.mid(at, end - at);
            for (const char* suffix : {"_bucket", "_sum", "_count"}) {
                if (name.endsWith(suffix) && !exported.contains(name))
                    name.chop(qsizetype(qstrlen(suffix)));
            }
            if (name == "crucible_" || name.startsWith("crucible_serving")) // the dashboard's own uid and title
                continue;
            QVERIFY2(exported.contains(name), name.constData());
            ++named;
            at = end;
        }
        QVERIFY(named >= 6);
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
