// Benchmark (label bench), side by side with plain PyTorch in one run:
//  - registering a run whose model.pt is ~10 MB (an MLP 20-1600-1600-2): `crucible-cli models
//    register` as a whole process and RunPackager::registerRun in-process, against Python
//    torch.jit.load + torch.jit.save with the manifest + a zip with SHA-256 checksums;
//  - predicting 100,000 table rows (20 numbers) into a CSV with probabilities: `crucible-cli
//    predict` whole process and Predictor in-process, against Python (pandas.read_csv,
//    torch.jit.load, forward, DataFrame.to_csv) on the same model.pt and file.
// Targets (issue #7): register 10 MB <= 1 s; predict 100,000 rows <= 1 s.
#include "../support/CliRunner.h"
#include "../support/Files.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/Predictor.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace crucible;

namespace {

constexpr int kColumns = 20;

QByteArray tableCsv(int rows, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray csv;
    for (int c = 0; c < kColumns; ++c)
        csv += (c ? ",f" : "f") + QByteArray::number(c);
    csv += ",label\n";
    for (int r = 0; r < rows; ++r) {
        double sum = 0;
        for (int c = 0; c < kColumns; ++c) {
            const double v = random.generateDouble() * 2.0 - 1.0;
            sum += c % 2 ? v : -v;
            csv += QByteArray::number(v, 'f', 4) + ',';
        }
        csv += sum > 0 ? "up\n" : "down\n";
    }
    return csv;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

/// Runs `python3 -c script args`; returns the seconds it printed (its own timing) or -1.
double python(const QString& script, const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(CRUCIBLE_PYTHON), QStringList {QStringLiteral("-c"), script} + args);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        std::fprintf(stderr, "python failed: %s\n", process.readAllStandardError().constData());
        return -1;
    }
    return process.readAllStandardOutput().trimmed().toDouble();
}

QString trainedRun(const QString& workspace, const QString& dataset, const QString& model)
{
    auto trained = test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                                 QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), dataset,
                                 QStringLiteral("--model"), model, QStringLiteral("--epochs"), QStringLiteral("1")});
    if (trained.exitCode != 0)
        qFatal("training failed: %s", qPrintable(trained.err));
    return trained.json().value(QStringLiteral("run_id")).toString();
}

const char* kPythonRegister = R"PY(
import hashlib, io, json, sys, time, zipfile, torch
src, out = sys.argv[1:3]
start = time.perf_counter()
m = torch.jit.load(src)
manifest = json.dumps({"name": "peer", "version": 1}, indent=4).encode()
buf = io.BytesIO()
torch.jit.save(m, buf, _extra_files={"crucible-model.json": manifest})
model = buf.getvalue()
entries = {"crucible-model.json": manifest, "model.pt": model, "model_card.md": b"# peer\n", "reference_profile.json": b"{}"}
sums = "".join(hashlib.sha256(v).hexdigest() + "  " + k + "\n" for k, v in entries.items()).encode()
with zipfile.ZipFile(out, "w") as z:
    for k, v in entries.items():
        z.writestr(k, v, zipfile.ZIP_STORED if k == "model.pt" else zipfile.ZIP_DEFLATED)
    z.writestr("checksums.sha256", sums)
h = hashlib.sha256(open(out, "rb").read()).hexdigest()
print(time.perf_counter() - start)
)PY";

const char* kPythonPredict = R"PY(
import sys, time, torch, pandas as pd
model_path, csv, out = sys.argv[1:4]
start = time.perf_counter()
m = torch.jit.load(model_path)
df = pd.read_csv(csv)
x = torch.from_numpy(df[[f"f{i}" for i in range(20)]].to_numpy(dtype="float32"))
with torch.inference_mode():
    p = m(x).numpy()
classes = ["down", "up"]
res = pd.DataFrame({"row": range(1, len(df) + 1), "prediction": [classes[i] for i in p.argmax(1)],
                    "p_down": p[:, 0], "p_up": p[:, 1]})
res.to_csv(out, index=False)
print(time.perf_counter() - start)
)PY";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws"));
    const QString small = test::writeFile(dir.filePath(QStringLiteral("small.csv")), tableCsv(2000, 1));
    const QString big = test::writeFile(dir.filePath(QStringLiteral("rows.csv")), tableCsv(100000, 2));
    if (test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace, QStringLiteral("data"),
                      QStringLiteral("import"), small, QStringLiteral("--name"), QStringLiteral("table")})
            .exitCode
        != 0)
        return 1;
    const QString bigRun = trainedRun(workspace, QStringLiteral("table"), QStringLiteral("mlp:1600,1600"));
    const QString predictRun = trainedRun(workspace, QStringLiteral("table"), QStringLiteral("mlp:256,128"));
    const QString runModel = QDir(workspace).filePath(QStringLiteral("runs/%1/model.pt").arg(bigRun));
    std::printf("model.pt of %s: %.1f MB\n", qPrintable(bigRun), double(QFileInfo(runModel).size()) / 1e6);

    std::vector<double> cliRegister, engineRegister, peerRegister;
    auto opened = Workspace::open(workspace);
    if (!opened)
        return 1;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto cli = test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                                 QStringLiteral("models"), QStringLiteral("register"), bigRun, QStringLiteral("--name"),
                                 QStringLiteral("big")});
        cliRegister.push_back(seconds(timer));
        if (cli.exitCode != 0)
            qFatal("%s", qPrintable(cli.err));
        auto registry = ModelRegistry::open(opened.value()->registryFolder());
        timer.restart();
        auto added = RunPackager(*opened.value()).registerRun(*registry.value(), bigRun, QStringLiteral("big-engine"));
        engineRegister.push_back(seconds(timer));
        if (!added)
            qFatal("%s", qPrintable(added.error().text()));
        peerRegister.push_back(python(QString::fromUtf8(kPythonRegister),
                                      {runModel, dir.filePath(QStringLiteral("peer-%1.crucible").arg(i))}));
    }
    std::printf("register 10 MB model, median of 5: crucible-cli models register %.3f s (whole process), "
                "in-process %.3f s; Python torch.jit load+save+zip %.3f s (in-process) -> %.2fx in-process\n",
                median(cliRegister), median(engineRegister), median(peerRegister),
                median(peerRegister) / median(engineRegister));

    if (test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace, QStringLiteral("models"),
                      QStringLiteral("register"), predictRun, QStringLiteral("--name"), QStringLiteral("table")})
            .exitCode
        != 0)
        return 1;
    auto registry = ModelRegistry::open(opened.value()->registryFolder());
    const QString bundlePath = registry.value()->resolve(QStringLiteral("table"))->bundlePath;
    const QString predictModel = QDir(workspace).filePath(QStringLiteral("runs/%1/model.pt").arg(predictRun));
    std::vector<double> cliPredict, enginePredict, peerPredict;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto cli = test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                                 QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("table"),
                                 QStringLiteral("--input"), big, QStringLiteral("--output"),
                                 dir.filePath(QStringLiteral("cli.csv"))});
        cliPredict.push_back(seconds(timer));
        if (cli.exitCode != 0)
            qFatal("%s", qPrintable(cli.err));
        timer.restart();
        auto bundle = BundleReader::open(bundlePath);
        auto predictor = Predictor::open(bundle.value());
        auto predictions = predictor.value()->predict(big);
        if (!predictions || !Predictor::writeCsv(predictions.value(), dir.filePath(QStringLiteral("engine.csv"))))
            qFatal("predict failed");
        enginePredict.push_back(seconds(timer));
        peerPredict.push_back(
            python(QString::fromUtf8(kPythonPredict), {predictModel, big, dir.filePath(QStringLiteral("peer.csv"))}));
    }
    std::printf("predict 100,000 rows x 20 to CSV, median of 5: crucible-cli predict %.3f s (whole process), "
                "in-process %.3f s; Python pandas+torch.jit %.3f s (in-process) -> %.2fx in-process\n",
                median(cliPredict), median(enginePredict), median(peerPredict),
                median(peerPredict) / median(enginePredict));
    const bool met = median(engineRegister) <= 1.0 && median(enginePredict) <= 1.0;
    std::printf("targets (<= 1 s each, in-process): %s\n", met ? "met" : "NOT met");
    return met ? 0 : 1;
}
