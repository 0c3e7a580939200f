// Training throughput and accuracy on Fashion-MNIST, side by side with PyTorch (Debian's
// python3-torch) on the same prepared tensors, the same batching (index_select over a shuffled
// index tensor), batch 128, Adam 1e-3, at pinned thread counts. Prints peer, ours, ratio.
#include "engine/core/BlasKernels.h"
#include "engine/data/Samples.h"
#include "engine/torch/Trainer.h"
#include "engine/train/TrainingData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace crucible;

namespace {

class Collector : public TrainingObserver {
public:
    void metric(const MetricSample& sample) override
    {
        if (sample.key == QLatin1String("epoch_time_s"))
            trainSeconds += sample.value;
    }
    double trainSeconds = 0;
};

struct Figures {
    double samplesPerSecond = 0;
    double accuracy = 0;
};

bool writeRaw(const QString& path, const void* data, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(static_cast<const char*>(data), bytes) == bytes;
}

Figures ours(const TrainingData& data, const QString& model, int epochs, int threads)
{
    RunConfig config;
    config.model = ModelSpec::parse(model).value();
    config.epochs = epochs;
    config.batchSize = 128;
    config.lr = 1e-3;
    config.device = QStringLiteral("cpu");
    config.checkpointEvery = 0;
    Collector collector;
    const TrainingOutcome outcome = Trainer(data, config, {{}, {}, threads}).run(collector);
    if (outcome.state != TrainingState::Finished)
        qFatal("training failed: %s", qPrintable(outcome.error));
    return {double(data.train.rows) * epochs / collector.trainSeconds,
            outcome.finalMetrics.value(QStringLiteral("test_accuracy"))};
}

/// Runs the PyTorch peer; `kernels` configures its OpenBLAS like Crucible's (those kernels and one
/// BLAS thread, LibTorch's threads doing the parallel work); empty: OpenBLAS as it comes.
Figures peer(const QString& folder, const QString& model, int epochs, int threads, bool channelsLast = false,
             const QString& kernels = {})
{
    QProcess process;
    if (!kernels.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OPENBLAS_CORETYPE"), kernels);
        environment.insert(QStringLiteral("OPENBLAS_NUM_THREADS"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
    }
    QStringList arguments {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/bench/training/peer_training.py"), folder, model,
                           QString::number(epochs), QString::number(threads)};
    if (channelsLast)
        arguments << QStringLiteral("--channels-last");
    process.start(QStringLiteral(CRUCIBLE_PYTHON), arguments);
    process.waitForFinished(-1);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (json.isEmpty())
        qFatal("the PyTorch peer failed: %s", process.readAllStandardError().constData());
    return {json.value(QStringLiteral("samples_per_s")).toDouble(),
            json.value(QStringLiteral("test_accuracy")).toDouble()};
}

void print(const char* what, const char* threads, const Figures& theirs, const Figures& mine)
{
    std::printf("%-34s %-22s PyTorch %9.0f samples/s (acc %.4f) | Crucible %9.0f samples/s (acc %.4f) | ratio %.2fx\n",
                what, threads, theirs.samplesPerSecond, theirs.accuracy, mine.samplesPerSecond, mine.accuracy,
                mine.samplesPerSecond / theirs.samplesPerSecond);
    std::fflush(stdout);
}

} // namespace

class BenchTraining : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TrainingData m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QString source;
        auto dataset = loadSample(QStringLiteral("fashion-mnist"), &source);
        if (!dataset)
            QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
        SplitRecipe recipe;
        recipe.train = 1.0;
        recipe.validation = 0.0;
        recipe.test = 0.0;
        auto data = prepareTrainingData(dataset.value(), QStringLiteral("label"), recipe);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().text()));
        m_data = std::move(data.value());
        QCOMPARE(m_data.train.rows, 60000);
        QCOMPARE(m_data.test.rows, 10000);
        // The peer reads exactly these tensors.
        const QString folder = m_dir.path();
        QVERIFY(
            writeRaw(folder + "/train_x.f32", m_data.train.features.data(), qint64(m_data.train.features.size()) * 4));
        QVERIFY(
            writeRaw(folder + "/train_y.i64", m_data.train.classes.data(), qint64(m_data.train.classes.size()) * 8));
        QVERIFY(writeRaw(folder + "/test_x.f32", m_data.test.features.data(), qint64(m_data.test.features.size()) * 4));
        QVERIFY(writeRaw(folder + "/test_y.i64", m_data.test.classes.data(), qint64(m_data.test.classes.size()) * 8));
        std::printf("Fashion-MNIST 60000/10000, batch 128, Adam 1e-3, %d cores; ratios > 1 favour Crucible\n",
                    QThread::idealThreadCount());
    }

    void mlp()
    {
        const int epochs = 3;
        for (int threads : {1, 2}) {
            const Figures theirs = peer(m_dir.path(), QStringLiteral("mlp"), epochs, threads);
            const Figures mine = ours(m_data, QStringLiteral("mlp:256"), epochs, threads);
            print("MLP 784-256-10, 3 epochs", threads == 1 ? "1 thread each" : "2 threads each", theirs, mine);
            QVERIFY(mine.accuracy >= 0.86);
            // The peer with OpenBLAS configured as Crucible configures it, for fairness.
            const Figures sameKernels =
                peer(m_dir.path(), QStringLiteral("mlp"), epochs, threads, false, blasKernels());
            print("MLP 784-256-10, 3 epochs", threads == 1 ? "1 thread, same BLAS setup" : "2 threads, same BLAS setup",
                  sameKernels, mine);
        }
    }

    void cnn()
    {
        const int epochs = 2;
        const int cores = QThread::idealThreadCount();
        const Figures mine = ours(m_data, QStringLiteral("cnn:32,64"), epochs, cores); // the CLI's default
        std::printf("CNN conv32-64 fc128, 2 epochs: Crucible %.0f samples/s with %d threads, test accuracy %.4f\n",
                    mine.samplesPerSecond, cores, mine.accuracy);
        std::fflush(stdout);
        const Figures theirsDefault = peer(m_dir.path(), QStringLiteral("cnn"), epochs, 0);
        print("CNN conv32-64 fc128, 2 epochs", "defaults (ours all)", theirsDefault, mine);
        const Figures theirsSame = peer(m_dir.path(), QStringLiteral("cnn"), 1, cores);
        print("CNN conv32-64 fc128", "same threads", theirsSame, mine);
        QVERIFY(mine.accuracy >= 0.89);
    }
};

int main(int argc, char** argv)
{
    // A CNN epoch takes minutes on two cores: lift QtTest's 5-minute limit per function.
    qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
    std::printf("OpenBLAS kernels: %s (PyTorch's peer chooses its own unless told)\n", qPrintable(chooseBlasKernels()));
    useSingleThreadedBlas(); // as crucible and crucible-cli do; the peer keeps OpenBLAS's default pool
    QCoreApplication app(argc, argv);
    BenchTraining bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_training.moc"
