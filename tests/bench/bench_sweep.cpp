// Benchmark (label bench), side by side in one run with Optuna (TPE with median pruning, from the
// project's .venv; its version printed):
//  1. quality on a synthetic objective with a known optimum: the sum of two Branin functions over
//     4 parameters (optimum 0.795775), 100 trials, 40 seeds; Crucible's sampler (the one `sweep run`
//     uses) against Optuna's TPESampler. Goal (issue #17): Crucible's median best within 5% of
//     Optuna's.
//  2. the two-moons MLP over learning rate, width, depth and weight decay, 30 trials, median pruning,
//     one trial at a time with one thread each: `crucible-cli sweep run` against Optuna driving the
//     current PyTorch on exactly the split Crucible trains on (written out for it). Goals: best
//     validation loss within 2% of Optuna's (median over 9 seeds) and wall time no more than
//     Optuna's (the whole process each, start-up included).
// Prints every figure and ratio; exits 1 below a goal.
#include "../support/CliRunner.h"
#include "engine/data/CsvReader.h"
#include "engine/data/Samples.h"
#include "engine/sweep/Study.h"
#include "engine/train/RunConfig.h"
#include "engine/train/TrainingData.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <optional>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace crucible;

namespace {

int g_failures = 0;
// Synthetic objective: seeds per side (CRUCIBLE_SWEEP_SEEDS overrides). The issue asks for 10; the
// median of 10 moves by about 15% from one set of seeds to the next (both samplers), so 40.
int g_seeds = 40;
// Two moons: seeds per side (each about 7 s for both).
constexpr int kMoonSeeds = 9;

void goal(bool met, const char* what)
{
    std::printf("  %-72s %s\n", what, met ? "met" : "NOT MET");
    if (!met)
        ++g_failures;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

double branin(double x, double y)
{
    const double b = 5.1 / (4 * M_PI * M_PI), c = 5 / M_PI, t = 1 / (8 * M_PI);
    return std::pow(y - b * x * x + c * x - 6, 2) + 10 * (1 - t) * std::cos(x) + 10;
}

struct Peer {
    QJsonObject json;
    double seconds = 0;
    QString error;
};

Peer python(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                  QStringList {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/bench/sweep_peer.py")} + arguments);
    process.waitForFinished(timeoutMs);
    Peer peer;
    peer.seconds = double(clock.elapsed()) / 1000.0;
    peer.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (process.exitCode() != 0 || peer.json.isEmpty())
        peer.error = QString::fromUtf8(process.readAllStandardError()).right(2000);
    return peer;
}

void synthetic()
{
    std::printf("\n1. Two Branin functions over 4 parameters (optimum 0.795775), 100 trials x %d seeds, TPE\n",
                g_seeds);
    // A sweep searches recipe keys: x1 and x2 (each -5..10) are momentum and weight_decay (0..1)
    // stretched, y1 and y2 (0..15) are warmup_epochs and grad_clip as they are. Uniform ranges
    // mapped linearly: the same search as Optuna's over [-5, 10] x [0, 15] twice.
    const QByteArray yaml = "name: branin\ndataset: none\nstrategy: tpe\nseed: %1\nbudget: {trials: 100}\n"
                            "space:\n  momentum: {float: [0, 1]}\n  warmup_epochs: {float: [0, 15]}\n"
                            "  weight_decay: {float: [0, 1]}\n  grad_clip: {float: [0, 15]}\n";
    std::vector<double> ours;
    QElapsedTimer clock;
    clock.start();
    for (int seed = 1; seed <= g_seeds; ++seed) {
        Result<SweepSpec> spec = SweepSpec::parse(QString::fromUtf8(yaml).arg(seed).toUtf8(), QStringLiteral("bench"));
        if (!spec) {
            std::printf("  the sweep file is refused: %s\n", qPrintable(spec.error().text()));
            ++g_failures;
            return;
        }
        Study study(spec.value());
        for (int n = 0; n < 100; ++n) {
            const QJsonObject p = *study.suggest(n);
            Trial trial;
            trial.number = n;
            trial.params = p;
            trial.state = TrialState::Complete;
            trial.value = branin(-5 + 15 * p.value(QStringLiteral("momentum")).toDouble(),
                                 p.value(QStringLiteral("warmup_epochs")).toDouble())
                + branin(-5 + 15 * p.value(QStringLiteral("weight_decay")).toDouble(),
                         p.value(QStringLiteral("grad_clip")).toDouble());
            study.trials().push_back(trial);
        }
        ours.push_back(study.best()->value);
    }
    const double ourSeconds = double(clock.elapsed()) / 1000.0;
    const Peer peer = python({QStringLiteral("synthetic"), QStringLiteral("--trials"), QStringLiteral("100"),
                              QStringLiteral("--seeds"), QString::number(g_seeds)},
                             600000);
    if (!peer.error.isEmpty()) {
        std::printf("  Optuna did not run: %s\n", qPrintable(peer.error));
        ++g_failures;
        return;
    }
    std::vector<double> theirs;
    for (const QJsonValue& value : peer.json.value(QStringLiteral("bests")).toArray())
        theirs.push_back(value.toDouble());
    const double a = median(ours);
    const double b = median(theirs);
    std::printf("  Crucible TPE: median best %.4f (min %.4f, max %.4f), sampling %.2f s for %d trials\n", a,
                *std::min_element(ours.begin(), ours.end()), *std::max_element(ours.begin(), ours.end()), ourSeconds,
                100 * g_seeds);
    std::printf("  Optuna %s TPE: median best %.4f (min %.4f, max %.4f), %.2f s including start-up\n",
                qPrintable(peer.json.value(QStringLiteral("optuna")).toString()), b,
                *std::min_element(theirs.begin(), theirs.end()), *std::max_element(theirs.begin(), theirs.end()),
                peer.seconds);
    std::printf("  ratio (Crucible / Optuna, lower is better): %.3f\n", a / b);
    goal(a <= 1.05 * b, "median best value within 5% of Optuna's (or better)");
}

bool writeCsv(const QString& path, const Dataset& dataset, const std::vector<SplitPart>* parts, SplitPart keep)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QStringList header;
    for (const Column& column : dataset.columns)
        header << column.name;
    file.write(header.join(QLatin1Char(',')).toUtf8() + '\n');
    for (std::int64_t row = 0; row < dataset.rowCount(); ++row) {
        if (parts && (*parts)[size_t(row)] != keep)
            continue;
        QStringList cells;
        for (const Column& column : dataset.columns)
            cells << column.displayValue(row);
        file.write(cells.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    return true;
}

void moons(const QString& folder)
{
    std::printf("\n2. Two-moons MLP (1,000 points, noise 0.3): lr, width, depth, weight decay; 30 trials,\n"
                "   median pruning, 20 epochs,\n"
                "   one trial at a time, one thread; %d seeds\n",
                kMoonSeeds);
    // Two moons with noise 0.3: the halves overlap, so the best validation loss is well above 0
    // and the searches can be told apart (the shipped sample, noise 0.1, is separated at once).
    const std::optional<Dataset> data = twoMoons(1000, 0.3, 42);
    const QString all = QDir(folder).filePath(QStringLiteral("moons.csv"));
    if (!writeCsv(all, data.value(), nullptr, SplitPart::Train)) {
        std::printf("  cannot write the data\n");
        ++g_failures;
        return;
    }
    // The split Crucible trains on: computed, as training does, on the file as it reads it.
    Result<Dataset> read = readCsv(all, {}, {});
    if (!read) {
        std::printf("  cannot read the data back: %s\n", qPrintable(read.error().text()));
        ++g_failures;
        return;
    }
    const TargetView view = targetView(read.value(), read->columnIndex(QStringLiteral("class")));
    const std::vector<SplitPart> parts = assignSplit(read.value(), view, RunConfig().splitRecipe());
    const QString train = QDir(folder).filePath(QStringLiteral("train.csv"));
    const QString val = QDir(folder).filePath(QStringLiteral("val.csv"));
    if (!writeCsv(train, read.value(), &parts, SplitPart::Train)
        || !writeCsv(val, read.value(), &parts, SplitPart::Validation)) {
        std::printf("  cannot write the data\n");
        ++g_failures;
        return;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CRUCIBLE_WORKSPACE"), QDir(folder).filePath(QStringLiteral("ws")));
    if (test::runCli({QStringLiteral("data"), QStringLiteral("import"), all, QStringLiteral("--name"),
                      QStringLiteral("moons"), QStringLiteral("--target"), QStringLiteral("class")},
                     environment)
            .exitCode
        != 0) {
        std::printf("  the import failed\n");
        ++g_failures;
        return;
    }
    std::vector<double> ourBest, theirBest, ourSeconds, theirSeconds;
    int ourPruned = 0, theirPruned = 0;
    QString versions;
    for (int seed = 1; seed <= kMoonSeeds; ++seed) {
        const QString name = QStringLiteral("moons-%1").arg(seed);
        const QString spec = QDir(folder).filePath(name + QStringLiteral(".yaml"));
        QFile file(spec);
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(QStringLiteral("name: %1\ndataset: moons\nrecipe: {epochs: 20, batch_size: 128, optimizer: adam}\n"
                                  "objective: {metric: val_loss}\nstrategy: tpe\nseed: %2\nbudget: {trials: 30}\n"
                                  "pruner: {kind: median, warmup_epochs: 5, min_trials: 5}\n"
                                  "space:\n  lr: {float: [0.0001, 0.3], log: true}\n"
                                  "  model.width: {int: [4, 128], log: true}\n  model.depth: {int: [1, 3]}\n"
                                  "  weight_decay: {float: [0.000001, 0.01], log: true}\n")
                       .arg(name)
                       .arg(seed)
                       .toUtf8());
        file.close();
        test::runCli({QStringLiteral("sweep"), QStringLiteral("create"), spec}, environment);
        QElapsedTimer clock;
        clock.start();
        const test::CliOutcome ran =
            test::runCli({QStringLiteral("--json"), QStringLiteral("sweep"), QStringLiteral("run"), name,
                          QStringLiteral("--threads"), QStringLiteral("1")},
                         environment, 1800000);
        ourSeconds.push_back(double(clock.elapsed()) / 1000.0);
        const QJsonObject result = ran.json();
        if (ran.exitCode != 0 || !result.contains(QStringLiteral("best"))) {
            std::printf("  crucible-cli sweep run failed: %s\n", qPrintable(ran.err.right(2000)));
            ++g_failures;
            return;
        }
        ourBest.push_back(result.value(QStringLiteral("best")).toObject().value(QStringLiteral("value")).toDouble());
        for (const QJsonValue& trial : result.value(QStringLiteral("trials")).toArray())
            ourPruned += trial.toObject().value(QStringLiteral("state")).toString() == QLatin1String("pruned");

        const Peer peer = python({QStringLiteral("moons"), QStringLiteral("--train"), train, QStringLiteral("--val"),
                                  val, QStringLiteral("--trials"), QStringLiteral("30"), QStringLiteral("--epochs"),
                                  QStringLiteral("20"), QStringLiteral("--seed"), QString::number(seed)},
                                 1800000);
        if (!peer.error.isEmpty()) {
            std::printf("  Optuna did not run: %s\n", qPrintable(peer.error));
            ++g_failures;
            return;
        }
        theirSeconds.push_back(peer.seconds);
        theirBest.push_back(peer.json.value(QStringLiteral("best")).toDouble());
        theirPruned += peer.json.value(QStringLiteral("pruned")).toInt();
        versions = QStringLiteral("Optuna %1 with PyTorch %2")
                       .arg(peer.json.value(QStringLiteral("optuna")).toString(),
                            peer.json.value(QStringLiteral("torch")).toString());
        std::printf("  seed %d: Crucible best val_loss %.4f in %.1f s; Optuna best %.4f in %.1f s\n", seed,
                    ourBest.back(), ourSeconds.back(), theirBest.back(), theirSeconds.back());
        std::fflush(stdout);
    }
    const double a = median(ourBest), b = median(theirBest);
    const double ta = median(ourSeconds), tb = median(theirSeconds);
    std::printf("  Crucible: median best val_loss %.4f, median wall %.1f s, %d of %d trials pruned\n", a, ta, ourPruned,
                30 * kMoonSeeds);
    std::printf("  %s: median best val_loss %.4f, median wall %.1f s, %d of %d trials pruned\n", qPrintable(versions),
                b, tb, theirPruned, 30 * kMoonSeeds);
    std::printf("  ratios (Crucible / Optuna): best value %.3f, wall time %.3f (%.1fx faster)\n", a / b, ta / tb,
                tb / ta);
    goal(a <= 1.02 * b, "best validation loss within 2% of Optuna's (or better)");
    goal(ta <= tb, "wall time no more than Optuna's at the same parallelism");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    g_seeds = std::max(1, qEnvironmentVariableIntValue("CRUCIBLE_SWEEP_SEEDS"));
    if (!qEnvironmentVariableIsSet("CRUCIBLE_SWEEP_SEEDS"))
        g_seeds = 40;
    const bool syntheticOnly = qEnvironmentVariableIsSet("CRUCIBLE_SWEEP_SYNTHETIC_ONLY");
    QTemporaryDir dir;
    std::printf("bench_sweep: sweeps against Optuna, side by side\n");
    synthetic();
    if (!syntheticOnly)
        moons(dir.path());
    std::printf("\n%s\n", g_failures ? "Some goals were NOT met." : "Every goal was met.");
    return g_failures ? 1 : 0;
}
