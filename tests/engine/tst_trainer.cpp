// The training loop on tiny seeded data: every model kind, determinism, divergence, LibTorch
// errors, stop and resume from a checkpoint.
#include "../support/FileSizeLimit.h"
#include "engine/data/Samples.h"
#include "engine/torch/Trainer.h"
#include "engine/train/TrainingData.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace crucible;

namespace {

/// Collects every metric; stops after `stopAfter` steps when given.
class Recorder : public TrainingObserver {
public:
    void metric(const MetricSample& sample) override
    {
        samples.push_back(sample);
        if (sample.key == QLatin1String("loss"))
            lastStep = sample.step;
    }
    bool isStopRequested() override { return stopAfter > 0 && lastStep >= stopAfter; }
    void checkpointSaved(const QString& path, int, qint64) override { checkpoints << path; }

    std::vector<double> values(const QString& key) const
    {
        std::vector<double> out;
        for (const MetricSample& sample : samples) {
            if (sample.key == key)
                out.push_back(sample.value);
        }
        return out;
    }
    std::vector<qint64> steps(const QString& key) const
    {
        std::vector<qint64> out;
        for (const MetricSample& sample : samples) {
            if (sample.key == key)
                out.push_back(sample.step);
        }
        return out;
    }

    std::vector<MetricSample> samples;
    QStringList checkpoints;
    qint64 lastStep = 0;
    qint64 stopAfter = 0;
};

/// 64 8x8 grey images: class 0 bright on the left, class 1 bright on the right, with noise.
Dataset tinyImages()
{
    Dataset dataset;
    dataset.kind = DatasetKind::Images;
    dataset.images.channels = 1;
    dataset.images.height = 8;
    dataset.images.width = 8;
    Column label;
    label.name = QStringLiteral("label");
    label.type = ColumnType::Categorical;
    label.categories = {QStringLiteral("left"), QStringLiteral("right")};
    std::mt19937 engine(7);
    for (int i = 0; i < 64; ++i) {
        const int cls = i % 2;
        for (int y = 0; y < 8; ++y) {
            for (int x = 0; x < 8; ++x) {
                const bool bright = (x < 4) == (cls == 0);
                dataset.images.pixels.push_back(std::uint8_t((bright ? 180 : 40) + int(engine() % 50)));
            }
        }
        label.codes.push_back(cls);
    }
    dataset.columns.push_back(label);
    return dataset;
}

TrainingData prepared(const Dataset& dataset, const QString& target)
{
    auto data = prepareTrainingData(dataset, target, SplitRecipe {});
    if (!data)
        qFatal("%s", qPrintable(data.error().text()));
    return data.value();
}

RunConfig tinyConfig(const QString& model, int epochs = 2)
{
    RunConfig config;
    config.model = ModelSpec::parse(model).value();
    config.epochs = epochs;
    config.batchSize = 16;
    config.lr = 0.01;
    config.threads = 1;
    config.device = QStringLiteral("cpu");
    return config;
}

} // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyModelKindTrains_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("images");
        QTest::addColumn<bool>("regression");
        QTest::newRow("mlp") << "mlp:16,8" << false << false;
        QTest::newRow("mlp-json")
            << R"({"kind":"mlp","hidden":[8],"activation":"gelu","dropout":0.1,"batch_norm":true})" << false << false;
        QTest::newRow("logistic") << "linear" << false << false;
        QTest::newRow("linear-regression") << "linear" << false << true;
        QTest::newRow("mlp-regression") << "mlp:8" << false << true;
        QTest::newRow("cnn") << "cnn:4,8" << true << false;
        QTest::newRow("cnn-bn")
            << R"({"kind":"cnn","conv":[{"channels":4,"kernel":3,"pool":2}],"batch_norm":true,"dropout":0.1,"hidden":[8]})"
            << true << false;
        QTest::newRow("resnet") << "resnet:4,8" << true << false;
        QTest::newRow("mlp-on-images") << "mlp:8" << true << false;
    }

    void everyModelKindTrains()
    {
        QFETCH(QString, model);
        QFETCH(bool, images);
        QFETCH(bool, regression);
        const TrainingData data = images ? prepared(tinyImages(), QStringLiteral("label"))
            : regression                 ? prepared(noisyRegression(200, 0.1, 3), QStringLiteral("y"))
                                         : prepared(twoMoons(200, 0.1, 3), QStringLiteral("class"));
        Recorder recorder;
        const TrainingOutcome outcome = Trainer(data, tinyConfig(model)).run(recorder);
        QVERIFY2(outcome.state == TrainingState::Finished, qPrintable(outcome.error));
        QCOMPARE(outcome.epochs, 2);
        QVERIFY(outcome.parameterCount > 0);
        QVERIFY(!recorder.values(QStringLiteral("loss")).empty());
        QCOMPARE(recorder.values(QStringLiteral("epoch_time_s")).size(), size_t(2));
        if (regression) {
            QCOMPARE(recorder.values(QStringLiteral("val_r2")).size(), size_t(2));
            QVERIFY(outcome.finalMetrics.contains(QStringLiteral("test_mse")));
            QVERIFY(outcome.finalMetrics.contains(QStringLiteral("test_mae")));
            QVERIFY(outcome.confusionMatrix.isEmpty());
        } else {
            QCOMPARE(recorder.values(QStringLiteral("val_accuracy")).size(), size_t(2));
            QVERIFY(outcome.finalMetrics.contains(QStringLiteral("test_accuracy")));
            QVERIFY(outcome.confusionMatrix.contains(QStringLiteral("matrix")));
        }
        auto count = countParameters(ModelSpec::parse(model).value(), data.inputShape, data.outputs);
        QVERIFY(count);
        QCOMPARE(count.value(), outcome.parameterCount);
    }

    void learnsTwoMoons()
    {
        const TrainingData data = prepared(twoMoons(1000, 0.1, 5), QStringLiteral("class"));
        RunConfig config = tinyConfig(QStringLiteral("mlp:32,32"), 15);
        config.batchSize = 32;
        Recorder recorder;
        const TrainingOutcome outcome = Trainer(data, config).run(recorder);
        QVERIFY2(outcome.state == TrainingState::Finished, qPrintable(outcome.error));
        QVERIFY2(outcome.finalMetrics.value(QStringLiteral("test_accuracy")) > 0.95,
                 qPrintable(QString::number(outcome.finalMetrics.value(QStringLiteral("test_accuracy")))));
    }

    void sameSeedDeterministicGivesIdenticalMetrics()
    {
        const TrainingData data = prepared(tinyImages(), QStringLiteral("label"));
        RunConfig config =
            tinyConfig(QStringLiteral(R"({"kind":"cnn","conv":[{"channels":4}],"dropout":0.2,"hidden":[8]})"), 3);
        config.deterministic = true;
        config.seed = 1234;
        Recorder first;
        Recorder second;
        QVERIFY(Trainer(data, config).run(first).state == TrainingState::Finished);
        QVERIFY(Trainer(data, config).run(second).state == TrainingState::Finished);
        for (const QString& key : {QStringLiteral("loss"), QStringLiteral("val_loss"), QStringLiteral("val_accuracy"),
                                   QStringLiteral("test_loss")}) {
            const std::vector<double> a = first.values(key);
            const std::vector<double> b = second.values(key);
            QVERIFY2(!a.empty(), qPrintable(key));
            QCOMPARE(a.size(), b.size());
            QVERIFY2(std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0, qPrintable(key));
        }
        config.seed = 99;
        Recorder other;
        QVERIFY(Trainer(data, config).run(other).state == TrainingState::Finished);
        QVERIFY(other.values(QStringLiteral("loss")) != first.values(QStringLiteral("loss")));
    }

    // The CPU's pooling of the trainer (with the ReLU before it folded in) must train exactly as
    // LibTorch's own layers do: same losses to the bit, step by step, and the same evaluation.
    void fastPoolingTrainsExactlyAsLibTorchLayersDo_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("threads");
        QTest::newRow("relu-pool, 1 thread") << "cnn:4,8" << 1;
        QTest::newRow("relu-pool, 2 threads") << "cnn:4,8" << 2;
        QTest::newRow("bn-relu-pool") << R"({"kind":"cnn","conv":[{"channels":4}],"batch_norm":true,"hidden":[8]})"
                                      << 2;
        QTest::newRow("tanh-pool (pool alone)")
            << R"({"kind":"cnn","conv":[{"channels":4}],"activation":"tanh","hidden":[8]})" << 2;
        QTest::newRow("3x3 windows, 8 pixels (a row and column left over)")
            << R"({"kind":"cnn","conv":[{"channels":3,"kernel":5,"pool":3}],"hidden":[8]})" << 2;
    }

    void fastPoolingTrainsExactlyAsLibTorchLayersDo()
    {
        QFETCH(QString, model);
        QFETCH(int, threads);
        const TrainingData data = prepared(tinyImages(), QStringLiteral("label"));
        RunConfig config = tinyConfig(model, 3);
        config.threads = threads;
        config.deterministic = true;
        config.seed = 77;
        const auto train = [&](const char* fastLayers) {
            qputenv("CRUCIBLE_FAST_LAYERS", fastLayers);
            Recorder recorder;
            const TrainingOutcome outcome = Trainer(data, config).run(recorder);
            qunsetenv("CRUCIBLE_FAST_LAYERS");
            if (outcome.state != TrainingState::Finished)
                qFatal("training failed: %s", qPrintable(outcome.error));
            return recorder;
        };
        const Recorder libtorch = train("0");
        const Recorder fast = train("1");
        for (const QString& key : {QStringLiteral("loss"), QStringLiteral("val_loss"), QStringLiteral("val_accuracy"),
                                   QStringLiteral("test_loss"), QStringLiteral("test_accuracy")}) {
            const std::vector<double> a = libtorch.values(key);
            const std::vector<double> b = fast.values(key);
            QVERIFY2(!a.empty(), qPrintable(key));
            QCOMPARE(a.size(), b.size());
            for (size_t i = 0; i < a.size(); ++i)
                QVERIFY2(std::memcmp(&a[i], &b[i], sizeof(double)) == 0,
                         qPrintable(QStringLiteral("%1 at %2: %3 (LibTorch's layers) against %4")
                                        .arg(key)
                                        .arg(i)
                                        .arg(a[i], 0, 'g', 17)
                                        .arg(b[i], 0, 'g', 17)));
        }
    }

    void divergenceFailsTheRun()
    {
        const TrainingData data = prepared(noisyRegression(200, 0.1, 3), QStringLiteral("y"));
        RunConfig config = tinyConfig(QStringLiteral("mlp:16"), 20);
        config.optimizer = QStringLiteral("sgd");
        config.lr = 1e5;
        Recorder recorder;
        const TrainingOutcome outcome = Trainer(data, config).run(recorder);
        QCOMPARE(outcome.state, TrainingState::Failed);
        QVERIFY2(outcome.error.startsWith(QStringLiteral("loss diverged at step ")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("(epoch ")), qPrintable(outcome.error));
        const qint64 step = outcome.error.section(QLatin1Char(' '), 4, 4).toLongLong();
        QCOMPARE(step, recorder.lastStep);
        QVERIFY(!std::isfinite(recorder.values(QStringLiteral("loss")).back()));
    }

    void libTorchErrorFailsTheRun()
    {
        // Four 2x2 poolings take an 8x8 image below 1x1: LibTorch refuses, the run fails with its message.
        const QString model =
            QStringLiteral(R"({"kind":"cnn","conv":[{"channels":2},{"channels":2},{"channels":2},{"channels":2}]})");
        const TrainingData data = prepared(tinyImages(), QStringLiteral("label"));
        Recorder recorder;
        const TrainingOutcome outcome = Trainer(data, tinyConfig(model)).run(recorder);
        QCOMPARE(outcome.state, TrainingState::Failed);
        QVERIFY2(outcome.error.contains(QStringLiteral("size"), Qt::CaseInsensitive), qPrintable(outcome.error));
        QVERIFY(!countParameters(ModelSpec::parse(model).value(), data.inputShape, data.outputs));
    }

    void unusableDeviceFailsTheRun()
    {
        if (resolveDevice(QStringLiteral("cuda:0")))
            QSKIP("a CUDA device is usable here");
        const TrainingData data = prepared(twoMoons(100, 0.1, 3), QStringLiteral("class"));
        RunConfig config = tinyConfig(QStringLiteral("mlp:8"));
        config.device = QStringLiteral("cuda:0");
        Recorder recorder;
        const TrainingOutcome outcome = Trainer(data, config).run(recorder);
        QCOMPARE(outcome.state, TrainingState::Failed);
        QVERIFY2(outcome.error.contains(QStringLiteral("CUDA")), qPrintable(outcome.error));
    }

    void aFullDiskFailsTheRunInsteadOfTheProcess()
    {
        // A file size limit makes writes fail like a full disk (EFBIG instead of ENOSPC, the same
        // failed write); LibTorch's own file writer ended the process with std::terminate here.
        QTemporaryDir dir;
        const TrainingData data = prepared(twoMoons(200, 0.1, 3), QStringLiteral("class"));
        const RunConfig config = tinyConfig(QStringLiteral("mlp:256,256"), 2); // checkpoints of ~800 KB
        Recorder recorder;
        const TrainerOptions options {dir.filePath(QStringLiteral("checkpoints")), {}, 1};
        TrainingOutcome outcome;
        {
            test::FileSizeLimit full(64 * 1024);
            QVERIFY(full.isActive());
            outcome = Trainer(data, config, options).run(recorder);
        }
        QCOMPARE(outcome.state, TrainingState::Failed);
        QVERIFY2(outcome.error.startsWith(QStringLiteral("cannot write the checkpoint ")), qPrintable(outcome.error));
        QVERIFY(recorder.checkpoints.isEmpty());
        // Nothing torn is left behind: no checkpoint, no partial file.
        QCOMPARE(QDir(options.checkpointFolder).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void stopCheckpointsAndResumeContinuesTheCurve()
    {
        QTemporaryDir dir;
        const TrainingData data = prepared(twoMoons(200, 0.1, 3), QStringLiteral("class"));
        RunConfig config = tinyConfig(QStringLiteral("mlp:8"), 3); // 160 train rows: 10 steps an epoch
        config.deterministic = true;
        Recorder whole;
        QVERIFY(Trainer(data, config).run(whole).state == TrainingState::Finished);

        Recorder first;
        first.stopAfter = 13;
        TrainerOptions options {dir.filePath(QStringLiteral("a")), {}, 1};
        const TrainingOutcome stopped = Trainer(data, config, options).run(first);
        QCOMPARE(stopped.state, TrainingState::Stopped);
        QCOMPARE(stopped.steps, qint64(13));
        QVERIFY(QFile::exists(stopped.lastCheckpoint));

        Recorder second;
        options = {dir.filePath(QStringLiteral("b")), stopped.lastCheckpoint, 1};
        const TrainingOutcome resumed = Trainer(data, config, options).run(second);
        QVERIFY2(resumed.state == TrainingState::Finished, qPrintable(resumed.error));
        QCOMPARE(resumed.steps, qint64(30));
        const std::vector<qint64> steps = second.steps(QStringLiteral("loss"));
        QCOMPARE(steps.front(), qint64(14));
        QCOMPARE(steps.back(), qint64(30));
        // Model, optimizer, order and RNG all came back: the curve is the uninterrupted one.
        std::vector<double> joined = first.values(QStringLiteral("loss"));
        const std::vector<double> rest = second.values(QStringLiteral("loss"));
        joined.insert(joined.end(), rest.begin(), rest.end());
        QCOMPARE(joined, whole.values(QStringLiteral("loss")));
    }

    void schedulesShapeTheLearningRate()
    {
        const TrainingData data = prepared(twoMoons(200, 0.1, 3), QStringLiteral("class"));
        RunConfig config = tinyConfig(QStringLiteral("linear"), 4);
        config.lr = 0.1;
        config.warmupEpochs = 1;
        config.schedule = QStringLiteral("cosine");
        Recorder recorder;
        QVERIFY(Trainer(data, config).run(recorder).state == TrainingState::Finished);
        const std::vector<double> lr = recorder.values(QStringLiteral("lr"));
        QCOMPARE(lr.size(), size_t(40));
        QCOMPARE(lr[0], 0.01);
        QCOMPARE(lr[9], 0.1);
        QVERIFY(lr[39] < 0.01);
        config.schedule = QStringLiteral("step");
        config.warmupEpochs = 0;
        config.stepSize = 2;
        config.stepGamma = 0.5;
        Recorder stepped;
        QVERIFY(Trainer(data, config).run(stepped).state == TrainingState::Finished);
        QCOMPARE(stepped.values(QStringLiteral("lr"))[19], 0.1);
        QCOMPARE(stepped.values(QStringLiteral("lr"))[20], 0.05);
    }

    void earlyStoppingEndsTheRun()
    {
        const TrainingData data = prepared(twoMoons(200, 0.1, 3), QStringLiteral("class"));
        RunConfig config = tinyConfig(QStringLiteral("linear"), 200);
        config.lr = 0.0; // nothing improves
        config.earlyStoppingPatience = 2;
        Recorder recorder;
        const TrainingOutcome outcome = Trainer(data, config).run(recorder);
        QCOMPARE(outcome.state, TrainingState::Finished);
        QVERIFY(outcome.stoppedEarly);
        QCOMPARE(outcome.epochs, 3);
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
