// Data-parallel training on this machine, side by side in one run: the Fashion-MNIST MLP
// 784-256-10 (global batch 128, Adam 1e-3, 3 epochs) in 1 process x 2 threads and in 2 processes x
// 1 thread through crucible-cli, and the same job in PyTorch's DistributedDataParallel launched by
// torchrun (the current PyTorch of the project's .venv; Debian's python3-torch 1.13 beside it).
// Samples/s are the best epoch's, training loop only, for the whole job; Crucible's two layouts
// run five times each, alternating, and count by their median run. Prints each figure, the
// peer's version and the ratios, and fails below a goal of issue #20.
#include "../../support/CliRunner.h"
#include "../../support/PeerTensors.h"
#include "engine/data/Samples.h"
#include "engine/train/TrainingData.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace crucible;
using crucible::test::runCli;

namespace {

struct Figure {
    double samplesPerSecond = 0;
    double accuracy = 0;
    QString version;
};

constexpr int kRounds = 5;

/// The run with the median samples/s.
Figure median(std::vector<Figure> figures)
{
    std::sort(figures.begin(), figures.end(),
              [](const Figure& a, const Figure& b) { return a.samplesPerSecond < b.samplesPerSecond; });
    return figures[figures.size() / 2];
}

QString runs(const std::vector<Figure>& figures)
{
    QStringList each;
    for (const Figure& figure : figures)
        each << QString::number(qint64(figure.samplesPerSecond));
    return each.join(QStringLiteral(", "));
}

} // namespace

class BenchDistributed : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    /// crucible-cli train with `extra` (threads or --nproc): the best epoch's samples/s.
    Figure crucible(const QStringList& extra)
    {
        const auto trained =
            runCli(QStringList {QStringLiteral("--workspace"), m_workspace, QStringLiteral("--json"),
                                QStringLiteral("train"), QStringLiteral("-d"), QStringLiteral("fashion-mnist"),
                                QStringLiteral("-m"), QStringLiteral("mlp:256"), QStringLiteral("-e"),
                                QStringLiteral("3"), QStringLiteral("-b"), QStringLiteral("128")}
                       << extra,
                   QProcessEnvironment::systemEnvironment(), 600000);
        if (trained.exitCode != 0) {
            std::printf("crucible-cli failed: %s\n", qPrintable(trained.err));
            return {};
        }
        const auto shown =
            runCli({QStringLiteral("--workspace"), m_workspace, QStringLiteral("--json"), QStringLiteral("runs"),
                    QStringLiteral("show"), trained.json().value(QStringLiteral("run_id")).toString()});
        const QJsonObject metrics = shown.json().value(QStringLiteral("metrics")).toObject();
        return {metrics.value(QStringLiteral("samples_per_s")).toObject().value(QStringLiteral("max")).toDouble(),
                metrics.value(QStringLiteral("test_accuracy")).toObject().value(QStringLiteral("last")).toDouble(),
                QString()};
    }

    /// The DDP peer with `python`, 2 processes x 1 thread: under torchrun, or (Debian's 1.13,
    /// whose torchrun fails on Python 3.11) started here with the variables torchrun sets.
    Figure peer(const QString& python, bool underTorchrun)
    {
        const QStringList script {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/bench/training/peer_ddp.py"), m_dir.path(),
                                  QStringLiteral("3"), QStringLiteral("1")};
        std::vector<std::unique_ptr<QProcess>> processes;
        const int port = 29400 + int(QCoreApplication::applicationPid() % 500);
        for (int rank = 0; rank < (underTorchrun ? 1 : 2); ++rank) {
            auto process = std::make_unique<QProcess>();
            if (underTorchrun) {
                process->start(python,
                               QStringList {QStringLiteral("-m"), QStringLiteral("torch.distributed.run"),
                                            QStringLiteral("--standalone"), QStringLiteral("--nproc_per_node"),
                                            QStringLiteral("2")}
                                   << script);
            } else {
                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                environment.insert(QStringLiteral("RANK"), QString::number(rank));
                environment.insert(QStringLiteral("WORLD_SIZE"), QStringLiteral("2"));
                environment.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
                environment.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
                environment.insert(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1"));
                process->setProcessEnvironment(environment);
                process->start(python, script);
            }
            processes.push_back(std::move(process));
        }
        for (auto& process : processes) {
            if (!process->waitForFinished(600000) || process->exitCode() != 0) {
                std::printf("the peer under %s failed: %s\n", qPrintable(python),
                            process->readAllStandardError().right(2000).constData());
                return {};
            }
        }
        const QList<QByteArray> lines = processes.front()->readAllStandardOutput().trimmed().split('\n');
        const QJsonObject json = QJsonDocument::fromJson(lines.last()).object();
        return {json.value(QStringLiteral("samples_per_s")).toDouble(), 0,
                json.value(QStringLiteral("version")).toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto data = test::fashionMnistAsGiven();
        if (!data)
            QSKIP("Fashion-MNIST is not installed (dataset-fashion-mnist)");
        QVERIFY(test::writePeerTensors(data.value(), m_dir.path()));
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        const auto imported =
            runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspace, QStringLiteral("data"),
                    QStringLiteral("samples"), QStringLiteral("fashion-mnist")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void mlpInTwoProcesses()
    {
        QVERIFY2(QFile::exists(QStringLiteral(CRUCIBLE_VENV_PYTHON)),
                 "the current PyTorch is missing: scripts/setup-venv.sh");
        std::printf("Fashion-MNIST MLP 784-256-10, global batch 128, Adam 1e-3, best of 3 epochs, %d cores; "
                    "samples/s of the whole job\n",
                    QThread::idealThreadCount());
        // This machine's speed drifts by 10 % or more from minute to minute (a shared virtual
        // machine): the two layouts alternate five times and each is judged by its median run.
        std::vector<Figure> ones, twos;
        for (int round = 0; round < kRounds; ++round) {
            ones.push_back(crucible({QStringLiteral("--threads"), QStringLiteral("2")}));
            twos.push_back(crucible({QStringLiteral("--nproc"), QStringLiteral("2")}));
        }
        const Figure one = median(ones), two = median(twos);
        const Figure current = peer(QStringLiteral(CRUCIBLE_VENV_PYTHON), true);
        const Figure debian = peer(QStringLiteral(CRUCIBLE_PYTHON), false);
        std::printf("  Crucible 1 process x 2 threads      %8.0f samples/s  test accuracy %.4f  (median; runs %s)\n",
                    one.samplesPerSecond, one.accuracy, qPrintable(runs(ones)));
        std::printf("  Crucible 2 processes x 1 thread     %8.0f samples/s  test accuracy %.4f  (median; runs %s)\n",
                    two.samplesPerSecond, two.accuracy, qPrintable(runs(twos)));
        std::printf("  PyTorch %s DDP (torchrun), 2 x 1  %8.0f samples/s\n", qPrintable(current.version),
                    current.samplesPerSecond);
        if (debian.samplesPerSecond > 0)
            std::printf("  PyTorch %s DDP (torchrun's variables), 2 x 1  %8.0f samples/s (Debian's python3-torch)\n",
                        qPrintable(debian.version), debian.samplesPerSecond);
        const double scaling = one.samplesPerSecond > 0 ? two.samplesPerSecond / one.samplesPerSecond : 0;
        const double againstPeer = current.samplesPerSecond > 0 ? two.samplesPerSecond / current.samplesPerSecond : 0;
        std::printf("  2 x 1 against 1 x 2 (the cost of communication): %.2fx (goal 0.90x)\n", scaling);
        std::printf("  Crucible 2 x 1 against PyTorch %s DDP 2 x 1: %.2fx (goal 1.00x)\n", qPrintable(current.version),
                    againstPeer);
        if (debian.samplesPerSecond > 0)
            std::printf("  Crucible 2 x 1 against PyTorch %s DDP 2 x 1: %.2fx\n", qPrintable(debian.version),
                        two.samplesPerSecond / debian.samplesPerSecond);
        std::fflush(stdout);
        QVERIFY2(two.accuracy >= 0.86, qPrintable(QString::number(two.accuracy)));
        QVERIFY2(againstPeer >= 1.0, "goal: at least 1.0x PyTorch's DDP under torchrun");
        QVERIFY2(scaling >= 0.9, "goal: 2 processes x 1 thread at least 0.9x of 1 process x 2 threads");
    }
};

int main(int argc, char** argv)
{
    qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QCoreApplication app(argc, argv);
    BenchDistributed bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_distributed.moc"
