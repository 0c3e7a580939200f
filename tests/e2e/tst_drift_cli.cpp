// crucible-cli drift as a script or cron job uses it: a model trained and registered by the CLI,
// checked against CSVs, a dataset version and the windows of a real serving log; exit codes 0, 4
// and 1; JSON, HTML and PDF reports.
#include "../support/CliRunner.h"
#include "../support/HttpClient.h"
#include "engine/serve/ModelServer.h"
#include "engine/serve/PredictionLog.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace crucible;
using crucible::test::runCli;

namespace {

const QString kIris = QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv");

/// The iris rows (without the species) with `shift` added to petal_width_cm.
QList<QList<double>> irisRows(double shift)
{
    QFile file(kIris);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QList<double>> rows;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() < 4)
            continue;
        rows.append({fields[0].toDouble(), fields[1].toDouble(), fields[2].toDouble(), fields[3].toDouble() + shift});
    }
    return rows;
}

/// The species of each iris row, in the order of irisRows().
QStringList irisSpecies()
{
    QFile file(kIris);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList species;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() >= 5)
            species << QString::fromUtf8(fields[4]);
    }
    return species;
}

/// `perClass` gray 8x8 PNGs per class under FOLDER/dark and FOLDER/light, about `offset` brighter
/// than the training images; `size` other than 8 makes them that size.
bool writeImages(const QString& folder, int perClass, int offset, int size, unsigned seed)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0.0, 15.0);
    for (const auto& [name, level] : {std::pair {"dark", 60}, std::pair {"light", 170}}) {
        const QString classFolder = QDir(folder).filePath(QString::fromLatin1(name));
        if (!QDir().mkpath(classFolder))
            return false;
        for (int i = 0; i < perClass; ++i) {
            QImage image(size, size, QImage::Format_Grayscale8);
            for (int y = 0; y < size; ++y) {
                for (int x = 0; x < size; ++x)
                    image.scanLine(y)[x] = uchar(std::clamp(level + offset + noise(random), 0.0, 255.0));
            }
            if (!image.save(QDir(classFolder).filePath(QStringLiteral("%1.png").arg(i))))
                return false;
        }
    }
    return true;
}

void writeCsv(const QString& path, const QList<QList<double>>& rows, const QByteArray& header)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(header + '\n');
    for (const QList<double>& row : rows) {
        QByteArrayList cells;
        for (double v : row)
            cells << QByteArray::number(v);
        file.write(cells.join(',') + '\n');
    }
}

/// `count` rows of the regression sample's five features (uniform in -2..2, as it draws them),
/// with `shift` added to x1.
QList<QList<double>> regressionRows(int count, double shift, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> uniform(-2.0, 2.0);
    QList<QList<double>> rows;
    for (int i = 0; i < count; ++i) {
        QList<double> row;
        for (int c = 0; c < 5; ++c)
            row << uniform(random) + (c == 0 ? shift : 0.0);
        rows << row;
    }
    return rows;
}

} // namespace

class TestDriftCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    test::CliOutcome cli(const QStringList& arguments)
    {
        return runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspace} + arguments);
    }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        const auto trained = cli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                                  QStringLiteral("--model"), QStringLiteral("mlp:16"), QStringLiteral("--epochs"),
                                  QStringLiteral("30"), QStringLiteral("--threads"), QStringLiteral("1"),
                                  QStringLiteral("--register"), QStringLiteral("iris")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const QByteArray header = "sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm";
        writeCsv(file(QStringLiteral("same.csv")), irisRows(0.0), header);
        writeCsv(file(QStringLiteral("shifted.csv")), irisRows(0.9), header);
        writeCsv(file(QStringLiteral("renamed.csv")), irisRows(0.0),
                 "sepal_length_cm,sepal_width_cm,petal_length,petal_width");
    }

    void theTrainingDataDoesNotDrift()
    {
        const auto same = cli({QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("iris@1"),
                               QStringLiteral("--input"), file(QStringLiteral("same.csv"))});
        QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
        QVERIFY2(same.out.contains(QStringLiteral("No drift: 0 of 4 features drifted")), qPrintable(same.out));
        // The same from the dataset version in the workspace, named as everywhere else.
        const auto version = cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"),
                                  QStringLiteral("iris@1"), QStringLiteral("--data"), QStringLiteral("iris")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("no_drift"));
        QCOMPARE(version.json().value(QStringLiteral("rows")).toInt(), 150);
    }

    void aShiftedCsvDriftsWithExitCodeFour()
    {
        const QString html = file(QStringLiteral("report.html"));
        const QString pdf = file(QStringLiteral("report.pdf"));
        const auto shifted =
            cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("iris@1"),
                 QStringLiteral("--input"), file(QStringLiteral("shifted.csv")), QStringLiteral("--report"), html});
        QCOMPARE(shifted.exitCode, 4);
        const QJsonObject json = shifted.json();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("drift"));
        QCOMPARE(json.value(QStringLiteral("drifted")).toInt(), 1);
        const QJsonObject top = json.value(QStringLiteral("features")).toArray().first().toObject();
        QCOMPARE(top.value(QStringLiteral("name")).toString(), QStringLiteral("petal_width_cm"));
        QCOMPARE(top.value(QStringLiteral("level")).toString(), QStringLiteral("drift"));
        QVERIFY(top.value(QStringLiteral("mean_shift")).toDouble() > 1.0);
        QCOMPARE(top.value(QStringLiteral("ks_method")).toString(), QStringLiteral("exact"));
        QVERIFY(json.value(QStringLiteral("summary")).toString().contains(QStringLiteral("petal_width_cm moved")));
        // Prediction drift: the classes the model gives the shifted flowers, against its test split.
        QVERIFY(json.value(QStringLiteral("predictions")).toObject().contains(QStringLiteral("chi2_pvalue")));

        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray text = page.readAll();
        QVERIFY(text.contains("petal_width_cm") && text.contains("<svg") && text.contains("Drift report: iris@1"));

        const auto table =
            cli({QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("iris@1"),
                 QStringLiteral("--input"), file(QStringLiteral("shifted.csv")), QStringLiteral("--report"), pdf});
        QCOMPARE(table.exitCode, 4);
        QVERIFY2(table.out.contains(QStringLiteral("DRIFT: 1 of 4 features drifted; petal_width_cm moved")),
                 qPrintable(table.out));
        QFile document(pdf);
        QVERIFY(document.open(QIODevice::ReadOnly));
        QVERIFY(document.read(5) == "%PDF-");
        QVERIFY(document.size() > 5000);
    }

    void badInputSaysWhatAndWhere()
    {
        const auto renamed = cli({QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("iris@1"),
                                  QStringLiteral("--input"), file(QStringLiteral("renamed.csv"))});
        QCOMPARE(renamed.exitCode, 1);
        QVERIFY2(renamed.err.contains(QStringLiteral("renamed.csv"))
                     && renamed.err.contains(QStringLiteral("'petal_length'"))
                     && renamed.err.contains(QStringLiteral("'petal_length_cm'")),
                 qPrintable(renamed.err));

        QFile policy(file(QStringLiteral("policy.json")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write(R"({"numeric": {"statistic": "wasserstein_sd", "alarm": 1}})");
        policy.close();
        const auto badPolicy = cli({QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("iris@1"),
                                    QStringLiteral("--input"), file(QStringLiteral("same.csv")),
                                    QStringLiteral("--policy"), policy.fileName()});
        QCOMPARE(badPolicy.exitCode, 1);
        QVERIFY2(badPolicy.err.contains(QStringLiteral("numeric.statistic: 'wasserstein_sd'")),
                 qPrintable(badPolicy.err));

        const auto noLog = cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"),
                                QStringLiteral("iris@1"), QStringLiteral("--log"), QStringLiteral("iris")});
        QCOMPARE(noLog.exitCode, 1);
        QVERIFY(noLog.json().contains(QStringLiteral("error")));

        const auto twoSources = cli({QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("iris@1"),
                                     QStringLiteral("--input"), file(QStringLiteral("same.csv")),
                                     QStringLiteral("--data"), QStringLiteral("iris")});
        QCOMPARE(twoSources.exitCode, 2);
        const auto windowWithoutLog = cli({QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("iris@1"),
                                           QStringLiteral("--input"), file(QStringLiteral("same.csv")),
                                           QStringLiteral("--window"), QStringLiteral("1h")});
        QCOMPARE(windowWithoutLog.exitCode, 2);
    }

    void anImageModelDriftsOnBrighterOrLargerImages()
    {
        // A real image model: a folder of 8x8 PNGs imported, trained and registered by the CLI.
        QVERIFY(writeImages(file(QStringLiteral("train-images")), 40, 0, 8, 1));
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"), file(QStringLiteral("train-images")),
                      QStringLiteral("--kind"), QStringLiteral("images"), QStringLiteral("--name"),
                      QStringLiteral("shades")})
                     .exitCode,
                 0);
        const auto trained =
            cli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("shades"), QStringLiteral("--model"),
                 QStringLiteral("mlp:8"), QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--threads"),
                 QStringLiteral("1"), QStringLiteral("--register"), QStringLiteral("shades")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        QVERIFY(writeImages(file(QStringLiteral("same-images")), 30, 0, 8, 2));
        QVERIFY(writeImages(file(QStringLiteral("bright-images")), 30, 50, 8, 3));
        QVERIFY(writeImages(file(QStringLiteral("large-images")), 30, 0, 12, 4));

        const auto same =
            cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"),
                 QStringLiteral("shades@1"), QStringLiteral("--input"), file(QStringLiteral("same-images"))});
        QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
        QCOMPARE(same.json().value(QStringLiteral("rows")).toInt(), 60);
        QVERIFY(same.json().contains(QStringLiteral("predictions"))); // the predicted classes, too

        const auto bright =
            cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"),
                 QStringLiteral("shades@1"), QStringLiteral("--input"), file(QStringLiteral("bright-images"))});
        QCOMPARE(bright.exitCode, 4);
        QStringList drifted;
        for (const QJsonValue& f : bright.json().value(QStringLiteral("features")).toArray()) {
            if (f.toObject().value(QStringLiteral("level")).toString() == QLatin1String("drift"))
                drifted << f.toObject().value(QStringLiteral("name")).toString();
        }
        drifted.sort();
        QCOMPARE(drifted, (QStringList {QStringLiteral("intensity"), QStringLiteral("mean_c0")}));

        // The same images as a dataset version: the model runs on them too, and its predicted
        // classes count the same as from the folder.
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"), file(QStringLiteral("bright-images")),
                      QStringLiteral("--kind"), QStringLiteral("images"), QStringLiteral("--name"),
                      QStringLiteral("shades-bright")})
                     .exitCode,
                 0);
        const auto version =
            cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"),
                 QStringLiteral("shades@1"), QStringLiteral("--data"), QStringLiteral("shades-bright")});
        QCOMPARE(version.exitCode, 4);
        const QJsonObject fromFolder = bright.json().value(QStringLiteral("predictions")).toObject();
        const QJsonObject fromVersion = version.json().value(QStringLiteral("predictions")).toObject();
        QCOMPARE(fromVersion.value(QStringLiteral("name")).toString(), QStringLiteral("predicted class"));
        QCOMPARE(fromVersion.value(QStringLiteral("current_count")).toInt(), 60);
        QCOMPARE(fromVersion.value(QStringLiteral("psi")).toDouble(),
                 fromFolder.value(QStringLiteral("psi")).toDouble());

        const auto large = cli({QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("shades@1"),
                                QStringLiteral("--input"), file(QStringLiteral("large-images"))});
        QCOMPARE(large.exitCode, 4);
        QVERIFY2(large.out.contains(QStringLiteral("image size changed"))
                     && large.out.contains(QStringLiteral("12x12")),
                 qPrintable(large.out));

        // A table for an image model, and images for a table model, say what is wrong.
        const auto table = cli({QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("shades@1"),
                                QStringLiteral("--input"), file(QStringLiteral("same.csv"))});
        QCOMPARE(table.exitCode, 1);
        QVERIFY2(table.err.contains(QStringLiteral("give a folder of images")), qPrintable(table.err));
    }

    void aRegressionModelsPredictedValuesDrift()
    {
        // y = 3 x1 - 2 x2 + ...: a model trained on it predicts higher values when x1 moves up.
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("regression")}).exitCode, 0);
        const auto trained = cli({QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("regression"),
                                  QStringLiteral("--model"), QStringLiteral("mlp:16"), QStringLiteral("--epochs"),
                                  QStringLiteral("20"), QStringLiteral("--threads"), QStringLiteral("1"),
                                  QStringLiteral("--register"), QStringLiteral("reg")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const QByteArray header = "x1,x2,x3,x4,x5";
        writeCsv(file(QStringLiteral("reg-same.csv")), regressionRows(400, 0.0, 7), header);
        writeCsv(file(QStringLiteral("reg-shifted.csv")), regressionRows(400, 1.0, 8), header);

        const auto same =
            cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("reg@1"),
                 QStringLiteral("--input"), file(QStringLiteral("reg-same.csv"))});
        QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
        const QJsonObject samePredictions = same.json().value(QStringLiteral("predictions")).toObject();
        QCOMPARE(samePredictions.value(QStringLiteral("name")).toString(), QStringLiteral("predicted value"));
        QVERIFY2(samePredictions.value(QStringLiteral("level")).toString() != QLatin1String("drift"),
                 qPrintable(same.out));
        QVERIFY(samePredictions.contains(QStringLiteral("ks_pvalue")));

        const auto shifted =
            cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("reg@1"),
                 QStringLiteral("--input"), file(QStringLiteral("reg-shifted.csv"))});
        QCOMPARE(shifted.exitCode, 4);
        QCOMPARE(shifted.json().value(QStringLiteral("drifted")).toInt(), 1);
        const QJsonObject moved = shifted.json().value(QStringLiteral("predictions")).toObject();
        QCOMPARE(moved.value(QStringLiteral("level")).toString(), QStringLiteral("drift"));
        QVERIFY2(moved.value(QStringLiteral("mean_shift")).toDouble() > 0.4, qPrintable(shifted.out));

        // The table names the row, and the dataset version (the model runs on it) answers too.
        const auto table = cli({QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("reg@1"),
                                QStringLiteral("--input"), file(QStringLiteral("reg-shifted.csv"))});
        QVERIFY2(table.out.contains(QRegularExpression(QStringLiteral("\\npredicted value +drift "))),
                 qPrintable(table.out));
        const auto version = cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"),
                                  QStringLiteral("reg@1"), QStringLiteral("--data"), QStringLiteral("regression")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(
            version.json().value(QStringLiteral("predictions")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("predicted value"));

        // A served regression model logs its predictions; the log's windows compare them as well.
        ServeOptions options;
        options.port = 0;
        options.threads = 1;
        options.logFolder = QDir(m_workspace).filePath(QStringLiteral("serving"));
        auto server = ModelServer::start(QDir(m_workspace).filePath(QStringLiteral("registry")),
                                         {QStringLiteral("reg@1")}, options);
        QVERIFY2(server, server ? "" : qPrintable(server.error().text()));
        const QList<QList<double>> normal = regressionRows(100, 0.0, 9);
        const QList<QList<double>> high = regressionRows(100, 1.0, 10);
        for (int i = 0; i < 200; ++i) {
            const QList<double>& row = i < 100 ? normal[i] : high[i - 100];
            QByteArray body = "{\"instances\":[{";
            for (int c = 0; c < 5; ++c)
                body += (c > 0 ? "," : "") + QByteArray("\"x") + QByteArray::number(c + 1)
                    + "\":" + QByteArray::number(row[c]);
            body += "}]}";
            QCOMPARE(test::httpRequest(server.value()->port(), "POST", "/v1/models/reg:predict", body).status, 200);
        }
        server.value()->stop(2000);
        server.value().reset();
        const auto windows =
            cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("reg@1"),
                 QStringLiteral("--log"), QStringLiteral("reg"), QStringLiteral("--window"), QStringLiteral("100")});
        QVERIFY2(windows.exitCode == 4, qPrintable(windows.out + windows.err));
        const QJsonArray series = windows.json().value(QStringLiteral("windows")).toArray();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series[0].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("no_drift"));
        QCOMPARE(
            windows.json().value(QStringLiteral("predictions")).toObject().value(QStringLiteral("level")).toString(),
            QStringLiteral("drift"));
    }

    void theServingLogDriftsWindowByWindow()
    {
        // A real server logs 60 requests of iris flowers, then 60 with petal_width_cm shifted.
        ServeOptions options;
        options.port = 0;
        options.threads = 1;
        options.logFolder = QDir(m_workspace).filePath(QStringLiteral("serving"));
        auto server = ModelServer::start(QDir(m_workspace).filePath(QStringLiteral("registry")),
                                         {QStringLiteral("iris@1")}, options);
        QVERIFY2(server, server ? "" : qPrintable(server.error().text()));
        const QList<QList<double>> normal = irisRows(0.0);
        const QList<QList<double>> shifted = irisRows(0.9);
        for (int i = 0; i < 120; ++i) {
            const QList<double>& row = i < 60 ? normal[(i * 53) % normal.size()] : shifted[(i * 53) % shifted.size()];
            const QByteArray body = "{\"id\":\"req-" + QByteArray::number(i) + "\",\"instances\":[{\"sepal_length_cm\":"
                + QByteArray::number(row[0]) + ",\"sepal_width_cm\":" + QByteArray::number(row[1])
                + ",\"petal_length_cm\":" + QByteArray::number(row[2])
                + ",\"petal_width_cm\":" + QByteArray::number(row[3]) + "}]}";
            QCOMPARE(test::httpRequest(server.value()->port(), "POST", "/v1/models/iris:predict", body).status, 200);
        }
        // /metrics carries the drift of the last rows served, computed by the same engine.
        const QByteArray exposition = test::httpRequest(server.value()->port(), "GET", "/metrics").body;
        QVERIFY2(exposition.contains("crucible_model_drift{model=\"iris\",version=\"1\"} 1\n"), exposition.constData());
        QVERIFY(exposition.contains(
            "crucible_feature_drift_level{model=\"iris\",version=\"1\",feature=\"petal_width_cm\"} 2\n"));
        QVERIFY(exposition.contains("crucible_feature_drift{model=\"iris\",version=\"1\",feature=\"petal_width_cm\","
                                    "statistic=\"wasserstein_std\"} "));
        QVERIFY(exposition.contains("crucible_drift_window_rows{model=\"iris\",version=\"1\"} 120\n"));
        QVERIFY(exposition.contains("# TYPE crucible_model_drift gauge\n"));
        server.value()->stop(2000);
        server.value().reset();

        const auto windows =
            cli({QStringLiteral("--json"), QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("iris@1"),
                 QStringLiteral("--log"), QStringLiteral("iris"), QStringLiteral("--window"), QStringLiteral("60")});
        QVERIFY2(windows.exitCode == 4, qPrintable(windows.out + windows.err));
        const QJsonArray series = windows.json().value(QStringLiteral("windows")).toArray();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series[0].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("no_drift"));
        QCOMPARE(series[0].toObject().value(QStringLiteral("rows")).toInt(), 60);
        QCOMPARE(series[1].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("drift"));
        QCOMPARE(windows.json()
                     .value(QStringLiteral("features"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("petal_width_cm"));

        // The row form's request ids are logged: what labels that arrive later join on.
        auto entries = PredictionLog::read(options.logFolder, QStringLiteral("iris"), 1);
        QVERIFY(entries && entries->size() == 1);
        QCOMPARE(entries->first().value(QStringLiteral("id")).toString(), QStringLiteral("req-119"));

        const auto text =
            cli({QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("iris@1"), QStringLiteral("--log"),
                 QStringLiteral("iris"), QStringLiteral("--window"), QStringLiteral("60")});
        QCOMPARE(text.exitCode, 4);
        QVERIFY2(text.out.contains(QStringLiteral("Windows (60 rows), oldest first:")), qPrintable(text.out));

        // Labels arrive later, for 100 of the 120 requests: accuracy per window, joined by id.
        const QStringList species = irisSpecies();
        QFile labels(file(QStringLiteral("labels.csv")));
        QVERIFY(labels.open(QIODevice::WriteOnly));
        labels.write("id,species\n");
        QHash<QString, QString> truth;
        for (int i = 0; i < 120; ++i) {
            if (i % 6 == 5)
                continue;
            const QString label = species[(i * 53) % species.size()];
            truth.insert(QStringLiteral("req-%1").arg(i), label);
            labels.write(QStringLiteral("req-%1,%2\n").arg(i).arg(label).toUtf8());
        }
        labels.close();
        // The expected accuracy per window, from the log's own predictions.
        auto all = PredictionLog::read(options.logFolder, QStringLiteral("iris"), 0);
        QVERIFY(all && all->size() == 120);
        double correct[2] = {0, 0};
        for (int i = 0; i < 120; ++i) {
            const QJsonObject entry = all->at(i);
            const QString id = entry.value(QStringLiteral("id")).toString();
            const QString predicted = entry.value(QStringLiteral("outputs"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("class"))
                                          .toString();
            if (truth.contains(id) && truth.value(id) == predicted)
                correct[i / 60] += 1;
        }
        const auto monitor =
            cli({QStringLiteral("--json"), QStringLiteral("monitor"), QStringLiteral("--model"),
                 QStringLiteral("iris@1"), QStringLiteral("--log"), QStringLiteral("iris"), QStringLiteral("--labels"),
                 labels.fileName(), QStringLiteral("--window"), QStringLiteral("60")});
        QVERIFY2(monitor.exitCode == 0, qPrintable(monitor.err));
        const QJsonArray performance = monitor.json().value(QStringLiteral("windows")).toArray();
        QCOMPARE(performance.size(), 2);
        for (int w = 0; w < 2; ++w) {
            const QJsonObject window = performance[w].toObject();
            QCOMPARE(window.value(QStringLiteral("labelled")).toInt(), 50);
            const QJsonObject metrics = window.value(QStringLiteral("metrics")).toObject();
            QCOMPARE(metrics.value(QStringLiteral("accuracy")).toDouble(), correct[w] / 50.0);
            QVERIFY(metrics.value(QStringLiteral("f1_macro")).toDouble() >= 0.0);
        }
        QVERIFY(monitor.json().value(QStringLiteral("test_metrics")).toObject().contains(QStringLiteral("accuracy")));

        const auto unmatched = cli({QStringLiteral("monitor"), QStringLiteral("--model"), QStringLiteral("iris@1"),
                                    QStringLiteral("--log"), QStringLiteral("iris"), QStringLiteral("--labels"),
                                    file(QStringLiteral("same.csv"))});
        QCOMPARE(unmatched.exitCode, 1);
        QVERIFY2(unmatched.err.contains(QStringLiteral("'id'")), qPrintable(unmatched.err));
    }
};

QTEST_GUILESS_MAIN(TestDriftCli)
#include "tst_drift_cli.moc"
