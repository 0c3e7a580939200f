// Benchmark (label bench): training from the GUI with live charts against the headless CLI, same
// data, recipe and thread count, side by side in one run. Throughput is each run's own recorded
// samples_per_s (training steps only), the mean over its epochs; the median of three alternating
// pairs is reported with the ratio (issue target: GUI at least 0.95x the CLI).
#include "../support/Require.h"
#include "MetricChart.h"
#include "TrainPage.h"

#include "engine/core/BlasKernels.h"
#include "engine/data/DatasetStore.h"
#include "engine/data/Samples.h"
#include "engine/store/MetricReader.h"
#include "engine/store/Workspace.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace crucible;

namespace {

double meanSamplesPerSecond(const Workspace& workspace, const QString& runId)
{
    auto points = MetricReader(workspace).points(runId, QStringLiteral("samples_per_s"));
    if (!points || points->empty())
        return -1;
    double sum = 0;
    for (const auto& point : points.value())
        sum += point.value;
    return sum / double(points->size());
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    // The BLAS set-up of both programs' main(): the GUI side here must train as `crucible` does.
    crucible::chooseBlasKernels();
    crucible::useSingleThreadedBlas();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (!sampleCatalogue().first().isAvailable) {
        std::printf("SKIP: Fashion-MNIST is not installed (dataset-fashion-mnist)\n");
        return 0;
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ws"));
    auto opened = Workspace::open(folder);
    if (!opened || !DatasetStore(*opened.value()).importSample(QStringLiteral("fashion-mnist")))
        return 1;
    const std::shared_ptr<const Workspace> shared = std::move(opened.value());
    const Workspace& workspace = *shared;
    const QString threads = QStringLiteral("1"); // the GUI's default on this 2-core machine: cores - 1
    const QStringList recipe {QStringLiteral("epochs=2"), QStringLiteral("batch_size=128"), QStringLiteral("lr=0.001"),
                              QStringLiteral("threads=") + threads, QStringLiteral("checkpoint_every=0")};

    std::vector<double> gui;
    std::vector<double> cli;
    for (int round = 0; round < 3; ++round) {
        // Headless: the CLI as a separate process.
        QProcess process;
        QStringList arguments {QStringLiteral("--create"),      QStringLiteral("--workspace"), folder,
                               QStringLiteral("--json"),        QStringLiteral("train"),       QStringLiteral("--data"),
                               QStringLiteral("fashion-mnist"), QStringLiteral("--model"),     QStringLiteral("mlp")};
        for (const QString& assignment : recipe)
            arguments << QStringLiteral("--set") << assignment;
        process.start(QStringLiteral(CRUCIBLE_CLI), arguments);
        process.waitForFinished(-1);
        const QByteArray output = process.readAllStandardOutput();
        const qsizetype at = output.indexOf("\"run_id\": \"");
        if (process.exitCode() != 0 || at < 0) {
            std::fprintf(stderr, "the CLI run failed: %s\n", process.readAllStandardError().constData());
            return 1;
        }
        const QString cliRun = QString::fromLatin1(output.mid(at + 11, 16));

        // The GUI: the Train page with its live charts drawing.
        TrainPage page;
        page.resize(1400, 900);
        page.setWorkspace(shared);
        page.show();
        page.selectDataset(QStringLiteral("fashion-mnist"));
        REQUIRE_OK(page.setRecipeValue(QStringLiteral("model"), QStringLiteral("mlp")));
        for (const QString& assignment : recipe)
            REQUIRE_OK(page.setRecipeValue(assignment.section(QLatin1Char('='), 0, 0),
                                           assignment.section(QLatin1Char('='), 1)));
        QSignalSpy finished(&page, &TrainPage::runFinished);
        page.startTraining();
        if (!finished.wait(600000))
            return 1;
        const QString guiRun = finished.first().first().toString();
        cli.push_back(meanSamplesPerSecond(workspace, cliRun));
        gui.push_back(meanSamplesPerSecond(workspace, guiRun));
        std::printf("round %d: CLI %.0f samples/s, GUI %.0f samples/s (chart drew %lld points last frame)\n", round + 1,
                    cli.back(), gui.back(), static_cast<long long>(page.lossChart()->lastDrawnPointCount()));
        std::fflush(stdout);
    }
    std::printf("MLP 784-256-10 on Fashion-MNIST, %s thread(s) each: headless CLI %.0f samples/s, GUI with live charts "
                "%.0f samples/s, ratio GUI/CLI %.3fx (target >= 0.95x)\n",
                qPrintable(threads), median(cli), median(gui), median(gui) / median(cli));
    return median(gui) / median(cli) >= 0.95 ? 0 : 1;
}
