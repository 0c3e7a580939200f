// Benchmark (label bench): a model bundle of about 100 MB through an OCI registry, side by side in
// one run with skopeo (Debian), all against Docker Distribution (docker-registry, Debian) on
// loopback. Push: `crucible-cli models push` (the registered bundle checked against its recorded
// SHA-256, then uploaded) against `skopeo copy oci:LAYOUT docker://...` of the same artifact, each
// into a registry of its own that has never seen the blob. Pull, like for like: the engine's
// oci::pull (what `models pull` does before importing: manifest, bundle streamed to disk, size and
// digest checked) against `skopeo copy docker://... oci:LAYOUT`, which does the same for a blob.
// Pull, end to end: `crucible-cli models pull`, which also verifies every entry of the bundle, loads
// and probes the model in LibTorch and registers it; skopeo does none of that, so that figure is
// printed beside the others without a goal. Medians of five; the goal (issue #19) is at least 0.8x
// of skopeo for the push and the transfer, and the benchmark fails below it.
#include "../support/DockerRegistry.h"
#include "../support/Timed.h"
#include "engine/registry/OciArtifact.h"
#include "engine/registry/OciRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using crucible::test::median;
using crucible::test::timed;

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString registryProgram = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
    const QString skopeo = QStandardPaths::findExecutable(QStringLiteral("skopeo"));
    if (registryProgram.isEmpty() || skopeo.isEmpty()) {
        std::fprintf(stderr, "docker-registry and skopeo are needed: run scripts/setup-debian.sh\n");
        return 1;
    }
    const QString cli = QStringLiteral(CRUCIBLE_CLI);
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws"));
    auto inWorkspace = [&](const QString& ws, const QStringList& arguments) {
        return QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), ws} + arguments;
    };

    // A model of about 100 MB: an MLP with two hidden layers of 5,000 (25 million float32 weights).
    QByteArray trained;
    if (timed(cli, inWorkspace(workspace, {QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}))
            < 0
        || timed(cli,
                 inWorkspace(workspace,
                             {QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"),
                              QStringLiteral("iris"), QStringLiteral("--model"), QStringLiteral("mlp:5000,5000"),
                              QStringLiteral("--epochs"), QStringLiteral("1")}),
                 &trained)
            < 0)
        return 1;
    const QString runId = QJsonDocument::fromJson(trained).object().value(QStringLiteral("run_id")).toString();
    QByteArray registered;
    if (timed(cli,
              inWorkspace(workspace,
                          {QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("register"), runId,
                           QStringLiteral("--name"), QStringLiteral("big")}),
              &registered)
        < 0)
        return 1;
    const qint64 bytes =
        QFileInfo(QJsonDocument::fromJson(registered).object().value(QStringLiteral("bundle")).toString()).size();
    const double megabytes = double(bytes) / 1e6;

    QByteArray version;
    timed(skopeo, {QStringLiteral("--version")}, &version);
    std::printf("bundle: %.1f MB; registry: Docker Distribution %s on loopback; peer: %s\n", megabytes,
                "(docker-registry, Debian)", version.trimmed().constData());

    constexpr int kRounds = 5;
    std::vector<double> crucibleUp, skopeoUp, crucibleDown, crucibleTransfer, skopeoDown;
    const QString layout = dir.filePath(QStringLiteral("layout"));
    for (int round = 0; round < kRounds; ++round) {
        // Every push goes to a registry of its own that has never seen the blob: skopeo remembers where it
        // saw a blob and would otherwise mount it across repositories instead of sending it.
        crucible::test::DockerRegistry oursTarget(registryProgram, dir.filePath(QStringLiteral("ours-%1").arg(round)));
        crucible::test::DockerRegistry peerTarget(registryProgram, dir.filePath(QStringLiteral("peer-%1").arg(round)));
        if (!oursTarget.waitUntilReady() || !peerTarget.waitUntilReady()) {
            std::fprintf(stderr, "docker-registry did not start\n");
            return 1;
        }
        const double up =
            timed(cli,
                  inWorkspace(workspace,
                              {QStringLiteral("models"), QStringLiteral("push"), QStringLiteral("big@1"),
                               oursTarget.url(QStringLiteral("bench/model")), QStringLiteral("--plain-http")}));
        // Pulls come from the first registry, into a fresh workspace and a fresh OCI layout.
        const QString pulledWorkspace = dir.filePath(QStringLiteral("pulled-%1").arg(round));
        const double down =
            timed(cli,
                  inWorkspace(pulledWorkspace,
                              {QStringLiteral("models"), QStringLiteral("pull"),
                               oursTarget.url(QStringLiteral("bench/model:1")), QStringLiteral("--plain-http")}));
        QTemporaryDir transferFolder;
        QElapsedTimer transferTimer;
        transferTimer.start();
        crucible::oci::ClientOptions options;
        options.plainHttp = true;
        const auto source = crucible::oci::Reference::parse(oursTarget.url(QStringLiteral("bench/model:1")));
        const auto transferred = source
            ? crucible::oci::pull(source.value(), transferFolder.path(), qint64(1) << 31, options)
            : crucible::Result<crucible::oci::PullResult>(source.error());
        const double transfer = double(transferTimer.nsecsElapsed()) / 1e9;
        if (!transferred) {
            std::fprintf(stderr, "oci::pull failed: %s\n", qPrintable(transferred.error().message));
            return 1;
        }
        const QString roundLayout = layout + QString::number(round);
        const double peerDown = timed(skopeo,
                                      {QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"),
                                       oursTarget.skopeoUrl(QStringLiteral("bench/model:1")),
                                       QStringLiteral("oci:") + roundLayout + QStringLiteral(":1")});
        const double skopeoPush = timed(skopeo,
                                        {QStringLiteral("copy"), QStringLiteral("--dest-tls-verify=false"),
                                         QStringLiteral("oci:") + roundLayout + QStringLiteral(":1"),
                                         peerTarget.skopeoUrl(QStringLiteral("bench/model:1"))});
        if (up < 0 || down < 0 || peerDown < 0 || skopeoPush < 0)
            return 1;
        crucibleUp.push_back(up);
        crucibleDown.push_back(down);
        crucibleTransfer.push_back(transfer);
        skopeoUp.push_back(skopeoPush);
        skopeoDown.push_back(peerDown);
        std::printf("round %d: push crucible %.2f s, skopeo %.2f s; pull: transfer crucible %.2f s, skopeo %.2f s; "
                    "crucible end to end %.2f s\n",
                    round + 1, up, skopeoPush, transfer, peerDown, down);
    }
    const double pushRatio = median(skopeoUp) / median(crucibleUp);
    const double pullRatio = median(skopeoDown) / median(crucibleTransfer);
    const double endToEndRatio = median(skopeoDown) / median(crucibleDown);
    std::printf("push: crucible %.0f MB/s, skopeo %.0f MB/s: %.2fx skopeo (goal 0.8x)\n",
                megabytes / median(crucibleUp), megabytes / median(skopeoUp), pushRatio);
    std::printf("pull, transfer (downloaded, size and digest checked, written): crucible %.0f MB/s, skopeo %.0f MB/s: "
                "%.2fx skopeo (goal 0.8x)\n",
                megabytes / median(crucibleTransfer), megabytes / median(skopeoDown), pullRatio);
    std::printf("pull, end to end (also every entry verified, the model loaded and probed, registered): crucible "
                "%.2f s, %.0f MB/s: %.2fx skopeo's transfer (no goal)\n",
                median(crucibleDown), megabytes / median(crucibleDown), endToEndRatio);
    return pushRatio >= 0.8 && pullRatio >= 0.8 ? 0 : 2;
}
