// From a training run to a registered, exported, imported bundle and predictions: every model
// kind Crucible trains round-trips with identical outputs, the preprocessing inside model.pt
// gives the same quality as training measured, and bad prediction inputs are refused clearly.
#include "../support/Files.h"
#include "../support/TestUtil.h"
#include "engine/data/DatasetStore.h"
#include "engine/data/Samples.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/Predictor.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"
#include "engine/torch/ScriptModel.h"
#include "engine/torch/Trainer.h"
#include "engine/train/TrainingSession.h"

#include <QImage>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace crucible;

namespace {

class QuietObserver : public TrainingObserver {
public:
    void metric(const MetricSample&) override { }
};

/// A table a model can learn: label "yes" when x1 plus a colour bonus is large; x1 is sometimes missing.
QByteArray mixedCsv(int rows, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList colours {QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")};
    QByteArray csv = "x1,x2,colour,label\n";
    for (int i = 0; i < rows; ++i) {
        const double x1 = random.bounded(10.0);
        const double x2 = random.bounded(100.0) + 500.0; // noise on another scale
        const int colour = int(random.bounded(3));
        const bool yes = x1 + 3.0 * colour > 7.5;
        const QString first = i % 37 == 5 ? QStringLiteral("NA") : QString::number(x1, 'f', 3);
        csv += QStringLiteral("%1,%2,%3,%4\n")
                   .arg(first, QString::number(x2, 'f', 2), colours[colour],
                        yes ? QStringLiteral("high") : QStringLiteral("low"))
                   .toUtf8();
    }
    return csv;
}

/// 8x8 grey images: "bright" ones around 200, "dark" ones around 50.
void writeImages(const QString& folder, int perClass, bool withClassFolders, quint32 seed)
{
    QRandomGenerator random(seed);
    for (const QString& kind : {QStringLiteral("bright"), QStringLiteral("dark")}) {
        for (int i = 0; i < perClass; ++i) {
            QImage image(8, 8, QImage::Format_Grayscale8);
            const int base = kind == QLatin1String("bright") ? 200 : 50;
            for (int y = 0; y < 8; ++y) {
                for (int x = 0; x < 8; ++x)
                    image.scanLine(y)[x] = uchar(base + int(random.bounded(40)) - 20);
            }
            const QString sub = withClassFolders ? kind + QLatin1Char('/') : kind + QLatin1Char('-');
            const QString path = QDir(folder).filePath(QStringLiteral("%1%2.png").arg(sub).arg(i));
            QDir().mkpath(QFileInfo(path).absolutePath());
            image.save(path);
        }
    }
}

QByteArray tableCsv(const Dataset& data)
{
    QStringList header;
    for (const Column& column : data.columns)
        header << column.name;
    QByteArray csv = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (std::int64_t row = 0; row < data.rowCount(); ++row) {
        QStringList cells;
        for (const Column& column : data.columns)
            cells << column.displayValue(row);
        csv += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return csv;
}

QStringList csvColumn(const QString& path, int column)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList values;
    file.readLine();
    while (!file.atEnd())
        values << QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(',')).value(column);
    return values;
}

} // namespace

class TestModelPackage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_mixedCsv;
    QString m_regressionCsv;
    QString m_imageInput;

    QString train(const QString& dataset, const QString& model, int epochs)
    {
        TrainingRequest request;
        request.dataset = dataset;
        request.config.model = ModelSpec::parse(model).value();
        request.config.epochs = epochs;
        request.config.batchSize = 32;
        request.config.lr = 0.02;
        request.config.device = QStringLiteral("cpu");
        request.config.threads = 1;
        QuietObserver observer;
        auto result = runTraining(*m_workspace, torchBackend(), request, observer);
        if (!result || result->status != RunStatus::Finished)
            qFatal("training %s on %s failed: %s", qPrintable(model), qPrintable(dataset),
                   qPrintable(result ? result->error : result.error().text()));
        return result->runId;
    }

    std::unique_ptr<Predictor> predictorFor(const QString& bundlePath)
    {
        auto bundle = BundleReader::open(bundlePath);
        if (!bundle)
            qFatal("%s", qPrintable(bundle.error().text()));
        auto predictor = Predictor::open(bundle.value());
        if (!predictor)
            qFatal("%s", qPrintable(predictor.error().text()));
        return std::move(predictor.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        VERIFY_OK(workspace);
        m_workspace = std::move(workspace.value());
        DatasetStore store(*m_workspace);
        m_mixedCsv = test::writeFile(m_dir.filePath(QStringLiteral("mixed.csv")), mixedCsv(400, 7));
        ImportRequest mixed;
        mixed.path = m_mixedCsv;
        VERIFY_OK(store.importPath(mixed));
        const Dataset regression = noisyRegression(400, 0.05, 3);
        m_regressionCsv = test::writeFile(m_dir.filePath(QStringLiteral("regression.csv")), tableCsv(regression));
        VERIFY_OK(store.importDataset(regression, QStringLiteral("regression"), regression.columns.back().name,
                                      QStringLiteral("test")));
        writeImages(m_dir.filePath(QStringLiteral("shades")), 40, true, 11);
        ImportRequest images;
        images.path = m_dir.filePath(QStringLiteral("shades"));
        VERIFY_OK(store.importPath(images));
        m_imageInput = m_dir.filePath(QStringLiteral("to-predict"));
        writeImages(m_imageInput, 10, false, 12);
    }

    void everyModelKindRoundTrips_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("input");
        QTest::newRow("mlp, numbers and categories")
            << "mixed"
            << R"({"kind":"mlp","hidden":[16],"activation":"gelu","batch_norm":true,"dropout":0.1})"
            << "mixed";
        QTest::newRow("linear") << "mixed"
                                << "linear"
                                << "mixed";
        QTest::newRow("mlp regression") << "regression"
                                        << R"({"kind":"mlp","hidden":[16],"activation":"tanh"})"
                                        << "regression";
        QTest::newRow("cnn")
            << "shades"
            << R"({"kind":"cnn","conv":[{"channels":4,"kernel":3,"pool":2}],"hidden":[8],"batch_norm":true})"
            << "images";
        QTest::newRow("resnet") << "shades"
                                << "resnet:4,8"
                                << "images";
    }

    void everyModelKindRoundTrips()
    {
        QFETCH(QString, dataset);
        QFETCH(QString, model);
        QFETCH(QString, input);
        const QString runId = train(dataset, model, 15);
        static int count = 0;
        const QString name = QStringLiteral("%1-%2").arg(dataset).arg(++count);

        auto registry = ModelRegistry::open(m_workspace->registryFolder());
        VERIFY_OK(registry);
        auto registered =
            RunPackager(*m_workspace).registerRun(*registry.value(), runId, name, QStringLiteral("production"));
        VERIFY_OK(registered);
        QCOMPARE(registry.value()->resolve(name + QStringLiteral("@production"))->version, registered->version);

        // Export the bundle file, import it into another workspace's registry.
        const QString exported = m_dir.filePath(QStringLiteral("exported-%1.crucible").arg(name));
        QVERIFY(QFile::copy(registered->bundlePath, exported));
        auto other = Workspace::open(m_dir.filePath(QStringLiteral("other-%1").arg(name)));
        VERIFY_OK(other);
        auto otherRegistry = ModelRegistry::open(other.value()->registryFolder());
        VERIFY_OK(otherRegistry);
        auto imported = otherRegistry.value()->importBundle(exported);
        VERIFY_OK(imported);
        QVERIFY(imported->isNew);

        const QString inputPath = input == QLatin1String("mixed") ? m_mixedCsv
            : input == QLatin1String("regression")                ? m_regressionCsv
                                                                  : m_imageInput;
        auto here = predictorFor(registered->bundlePath)->predict(inputPath);
        VERIFY_OK(here);
        auto there = predictorFor(imported->bundlePath)->predict(inputPath);
        VERIFY_OK(there);
        QVERIFY(here->rows() > 0);
        QCOMPARE(there->keys, here->keys);
        QVERIFY(there->values == here->values); // bit for bit

        // The bundle's model is the run's model: same outputs on the same raw inputs.
        auto runModel = ScriptModel::load(
            [&] {
                QFile file(QDir(RunStore(*m_workspace).runFolder(runId)).filePath(QStringLiteral("model.pt")));
                file.open(QIODevice::ReadOnly);
                return file.readAll();
            }(),
            QStringLiteral("run model"));
        VERIFY_OK(runModel);
        const auto predictor = predictorFor(registered->bundlePath);
        const std::vector<std::int64_t> shape = input == QLatin1String("images")
            ? std::vector<std::int64_t> {1, 8, 8}
            : std::vector<std::int64_t> {
                std::int64_t(predictor->manifest().inputSignature.value(QStringLiteral("features")).toArray().size())};
        std::int64_t size = 1;
        for (std::int64_t d : shape)
            size *= d;
        std::vector<float> raw(size_t(5 * size));
        for (size_t i = 0; i < raw.size(); ++i)
            raw[i] = input == QLatin1String("images") ? float((i * 37) % 256) : float(i % 3);
        int outputs = 0;
        auto fromRun = runModel.value()->forward(raw.data(), 5, shape, &outputs);
        VERIFY_OK(fromRun);
        auto fromBundle = predictor->predictArray(raw, 5);
        VERIFY_OK(fromBundle);
        QVERIFY(fromRun.value() == fromBundle->values);
    }

    void predictionsAreAsGoodAsTrainingMeasured()
    {
        // With the preprocessing inside model.pt, raw rows give the quality training reported.
        const QString runId = train(QStringLiteral("mixed"), QStringLiteral("mlp:32"), 40);
        auto registry = ModelRegistry::open(m_workspace->registryFolder());
        VERIFY_OK(registry);
        auto version = RunPackager(*m_workspace).registerRun(*registry.value(), runId, QStringLiteral("quality"));
        VERIFY_OK(version);
        auto predictions = predictorFor(version->bundlePath)->predict(m_mixedCsv);
        VERIFY_OK(predictions);
        const QStringList truth = csvColumn(m_mixedCsv, 3);
        QCOMPARE(qsizetype(predictions->rows()), truth.size());
        int correct = 0;
        for (std::int64_t row = 0; row < predictions->rows(); ++row)
            correct += predictions->predictionText(row) == truth[row] ? 1 : 0;
        const double accuracy = double(correct) / double(truth.size());
        const double testAccuracy = version->metrics.value(QStringLiteral("test_accuracy")).toDouble();
        QVERIFY2(accuracy > 0.85 && std::abs(accuracy - testAccuracy) < 0.1,
                 qPrintable(QStringLiteral("accuracy %1, test accuracy %2").arg(accuracy).arg(testAccuracy)));
        // Probabilities sum to one.
        for (std::int64_t row = 0; row < predictions->rows(); ++row)
            QVERIFY(std::abs(predictions->values[size_t(2 * row)] + predictions->values[size_t(2 * row + 1)] - 1.0f)
                    < 1e-5f);
        const QString out = m_dir.filePath(QStringLiteral("predictions.csv"));
        VERIFY_OK(Predictor::writeCsv(predictions.value(), out));
        QCOMPARE(csvColumn(out, 1).size(), truth.size());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine(), QByteArray("row,prediction,p_high,p_low\n"));
    }

    void regressionPredictsInTheTargetsUnits()
    {
        const QString runId = train(QStringLiteral("regression"), QStringLiteral("mlp:32"), 40);
        auto registry = ModelRegistry::open(m_workspace->registryFolder());
        VERIFY_OK(registry);
        auto version = RunPackager(*m_workspace).registerRun(*registry.value(), runId, QStringLiteral("units"));
        VERIFY_OK(version);
        QCOMPARE(BundleReader::open(version->bundlePath)->manifest().task, QStringLiteral("regression"));
        auto predictions = predictorFor(version->bundlePath)->predict(m_regressionCsv);
        VERIFY_OK(predictions);
        QCOMPARE(predictions->outputs, 1);
        const QStringList header = QString::fromUtf8(test::readFile(m_regressionCsv).split('\n').front()).split(',');
        const QStringList truth = csvColumn(m_regressionCsv, int(header.size() - 1));
        double mean = 0;
        for (const QString& y : truth)
            mean += y.toDouble() / double(truth.size());
        double total = 0;
        double residual = 0;
        for (qsizetype row = 0; row < truth.size(); ++row) {
            total += std::pow(truth[row].toDouble() - mean, 2);
            residual += std::pow(truth[row].toDouble() - predictions->values[size_t(row)], 2);
        }
        const double r2 = 1.0 - residual / total;
        QVERIFY2(r2 > 0.5, qPrintable(QStringLiteral("R^2 %1").arg(r2)));
    }

    void badInputIsRefusedSayingWhat_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing column") << QByteArray("x1,colour\n1,red\n") << "lacks column(s) 'x2'";
        QTest::newRow("extra column") << QByteArray("x1,x2,colour,x3\n1,2,red,4\n")
                                      << "column(s) 'x3' that the model does not take";
        QTest::newRow("renamed column") << QByteArray("x1,x_2,colour\n1,2,red\n")
                                        << "'x2', which the input lacks, and does not know 'x_2': renamed?";
        QTest::newRow("text in a number column")
            << QByteArray("x1,x2,colour\n1,2,red\n1,abc,blue\n") << "column 'x2', data row 2: 'abc' is not a number";
        QTest::newRow("unknown category") << QByteArray("x1,x2,colour\n1,2,purple\n")
                                          << "column 'colour', data row 1: 'purple' is not a category the model knows "
                                             "(it knows 'blue', 'green', 'red')";
        QTest::newRow("no rows") << QByteArray("x1,x2,colour\n") << "no data rows";
    }

    void badInputIsRefusedSayingWhat()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        static QString bundle;
        if (bundle.isEmpty()) {
            auto registry = ModelRegistry::open(m_workspace->registryFolder());
            VERIFY_OK(registry);
            auto version =
                RunPackager(*m_workspace)
                    .registerRun(*registry.value(), train(QStringLiteral("mixed"), QStringLiteral("mlp:8"), 1),
                                 QStringLiteral("strict"));
            VERIFY_OK(version);
            bundle = version->bundlePath;
        }
        const QString path = test::writeFile(m_dir.filePath(QStringLiteral("bad.csv")), csv);
        auto refused = predictorFor(bundle)->predict(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
        QCOMPARE(refused.error().where, path);
        // A label column is welcome: predicting on labelled rows is common.
        const QString labelled = test::writeFile(m_dir.filePath(QStringLiteral("labelled.csv")),
                                                 "x1,x2,colour,label\n1,2,red,high\n,3,blue,\n");
        auto fine = predictorFor(bundle)->predict(labelled);
        VERIFY_OK(fine);
        QCOMPARE(fine->rows(), 2);
    }

    void imageInputIsChecked()
    {
        auto registry = ModelRegistry::open(m_workspace->registryFolder());
        VERIFY_OK(registry);
        auto version = RunPackager(*m_workspace)
                           .registerRun(*registry.value(), train(QStringLiteral("shades"), QStringLiteral("cnn:4"), 1),
                                        QStringLiteral("shades-check"));
        VERIFY_OK(version);
        const QString folder = m_dir.filePath(QStringLiteral("wrong-size"));
        QDir().mkpath(folder);
        QImage big(16, 12, QImage::Format_Grayscale8);
        big.fill(Qt::gray);
        QVERIFY(big.save(QDir(folder).filePath(QStringLiteral("big.png"))));
        auto refused = predictorFor(version->bundlePath)->predict(folder);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("big.png is 16x12 pixels; the model takes 8x8 (resize it first)"));
        auto notAFolder = predictorFor(version->bundlePath)->predict(m_mixedCsv);
        QVERIFY(!notAFolder);
        QVERIFY(notAFolder.error().message.contains(QStringLiteral("give a folder of images")));
        auto predictions = predictorFor(version->bundlePath)->predict(m_imageInput);
        VERIFY_OK(predictions);
        QCOMPARE(predictions->rows(), 20);
        QCOMPARE(predictions->keys.front(), QStringLiteral("bright-0.png"));
        QCOMPARE(predictions->classes, QStringList({QStringLiteral("bright"), QStringLiteral("dark")}));

        // A relative folder (as typed in a shell) names the same images, each once.
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QFileInfo(m_imageInput).absolutePath()));
        auto relative = predictorFor(version->bundlePath)->predict(QFileInfo(m_imageInput).fileName());
        QDir::setCurrent(before);
        VERIFY_OK(relative);
        QCOMPARE(relative->keys, predictions->keys);
    }

    void onlyAFinishedOrStoppedRunCanBeRegistered()
    {
        RunStore store(*m_workspace);
        NewRun spec;
        spec.datasetName = QStringLiteral("mixed");
        auto runId = store.createRun(spec);
        VERIFY_OK(runId);
        VERIFY_OK(store.start(runId.value()));
        VERIFY_OK(store.fail(runId.value(), QStringLiteral("loss diverged at step 3 (epoch 1)")));
        auto refused = RunPackager(*m_workspace).package(runId.value(), QStringLiteral("nope"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("the run is failed; only a finished or stopped run's model can be registered"));
        QCOMPARE(refused.error().where, QStringLiteral("run %1").arg(runId.value()));
    }

    void theCardDescribesTheRun()
    {
        const QString runId = train(QStringLiteral("mixed"), QStringLiteral("mlp:8"), 2);
        auto contents = RunPackager(*m_workspace)
                            .package(runId, QStringLiteral("card"), QStringLiteral("Triage of test rows only."));
        VERIFY_OK(contents);
        const QString card = QString::fromUtf8(contents->modelCard);
        for (const QString& expected :
             {QStringLiteral("# card"), QStringLiteral("Dataset: **mixed**"), QStringLiteral("Split (rows): train"),
              QStringLiteral("| test_accuracy |"), QStringLiteral("## Confusion matrix (test split)"),
              QStringLiteral("## Intended use\n\nTriage of test rows only."), QStringLiteral("LibTorch")})
            QVERIFY2(card.contains(expected), qPrintable(expected));
        QVERIFY(!contents->referenceProfile.isEmpty());
        QCOMPARE(contents->manifest.inputSignature.value(QStringLiteral("input_shape")).toArray(), QJsonArray({-1, 3}));
        QCOMPARE(contents->manifest.outputSignature.value(QStringLiteral("classes")).toArray(),
                 QJsonArray({QStringLiteral("high"), QStringLiteral("low")}));
    }
};

QTEST_GUILESS_MAIN(TestModelPackage)
#include "tst_modelpackage.moc"
