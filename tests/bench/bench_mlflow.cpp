// Benchmark (label bench), side by side in one run on loopback:
//  - the real mlflow client (.venv) logging 1,000 steps x 10 metrics with log_batch (one call per
//    step, as a training loop does) into `crucible-cli tracking-server` and into `mlflow server`
//    with its SQLite backend (its defaults otherwise), three rounds each, alternating; medians;
//  - importing a TensorBoard log of 1,000,000 scalar points (10 tags x 100,000 steps, one event
//    file in TensorBoard's format) into a new workspace, beside TensorBoard's own reader
//    (EventAccumulator, every scalar kept) over the same file.
// Goals (issue #18): Crucible >= 3x the peer's points/s; the import under 2 s.
// Prints every figure, the peers' versions and the ratios; exits 1 below a goal.
#include "../support/HttpClient.h"
#include "engine/interop/TensorBoardImport.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunQuery.h"
#include "engine/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace crucible;

namespace {

int g_failures = 0;

void goal(bool met, const char* what)
{
    std::printf("  %-70s %s\n", what, met ? "met" : "NOT MET");
    if (!met)
        ++g_failures;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

const QString kPython = QStringLiteral(CRUCIBLE_VENV_PYTHON);
const QString kPeerScript = QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/bench/mlflow_peer.py");

QJsonObject runPeer(const QStringList& arguments, const QString& trackingUri = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!trackingUri.isEmpty())
        environment.insert(QStringLiteral("MLFLOW_TRACKING_URI"), trackingUri);
    environment.insert(QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("true"));
    environment.insert(QStringLiteral("DO_NOT_TRACK"), QStringLiteral("true"));
    process.setProcessEnvironment(environment);
    process.start(kPython, QStringList {kPeerScript} + arguments);
    if (!process.waitForFinished(900000) || process.exitCode() != 0) {
        std::printf("  the peer script failed: %s\n", process.readAllStandardError().right(2000).constData());
        return {};
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

/// A server process that answers GET /health with 200 once it is up.
class Server {
public:
    bool start(const QString& program, const QStringList& arguments, quint16 port)
    {
        m_port = port;
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MLFLOW_DISABLE_TELEMETRY"), QStringLiteral("true"));
        m_process.setProcessEnvironment(environment);
        m_process.start(program, arguments);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120000 && m_process.state() != QProcess::NotRunning) {
            if (test::httpRequest(port, "GET", "/health").status == 200)
                return true;
            QThread::msleep(200);
        }
        return false;
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    ~Server()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(20000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

void logging(const QString& dir)
{
    std::printf("\nLogging 1,000 steps x 10 metrics with MlflowClient.log_batch (one call per step)\n");
    const quint16 crucPort = test::freePort();
    Server crucible;
    if (!crucible.start(QStringLiteral(CRUCIBLE_CLI),
                        {QStringLiteral("--create"), QStringLiteral("--workspace"),
                         QDir(dir).filePath(QStringLiteral("ws")), QStringLiteral("tracking-server"),
                         QStringLiteral("--port"), QString::number(crucPort)},
                        crucPort)) {
        goal(false, "crucible-cli tracking-server starts");
        return;
    }
    const quint16 peerPort = test::freePort();
    Server peer;
    const QString mlflow = QFileInfo(kPython).absolutePath() + QStringLiteral("/mlflow");
    if (!peer.start(mlflow,
                    {QStringLiteral("server"), QStringLiteral("--backend-store-uri"),
                     QStringLiteral("sqlite:///") + QDir(dir).filePath(QStringLiteral("mlflow.db")),
                     QStringLiteral("--default-artifact-root"), QDir(dir).filePath(QStringLiteral("mlartifacts")),
                     QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                     QString::number(peerPort)},
                    peerPort)) {
        goal(false, "mlflow server starts");
        return;
    }
    std::vector<double> ours;
    std::vector<double> theirs;
    QString version;
    for (int round = 0; round < 3; ++round) {
        const QJsonObject a = runPeer({QStringLiteral("log")}, crucible.url());
        const QJsonObject b = runPeer({QStringLiteral("log")}, peer.url());
        if (a.isEmpty() || b.isEmpty()) {
            goal(false, "both logging runs complete");
            return;
        }
        version = b.value(QStringLiteral("mlflow")).toString();
        ours.push_back(a.value(QStringLiteral("points")).toDouble() / a.value(QStringLiteral("seconds")).toDouble());
        theirs.push_back(b.value(QStringLiteral("points")).toDouble() / b.value(QStringLiteral("seconds")).toDouble());
        std::printf("  round %d: Crucible %8.0f points/s   mlflow server %8.0f points/s\n", round + 1, ours.back(),
                    theirs.back());
    }
    const double ratio = median(ours) / median(theirs);
    std::printf("  median: Crucible %.0f points/s, mlflow server %s (SQLite backend) %.0f points/s: %.2fx\n",
                median(ours), qPrintable(version), median(theirs), ratio);
    goal(ratio >= 3.0, "Crucible's tracking server >= 3x mlflow server's points/s");
}

// ---- a TensorBoard log of 1,000,000 points ----------------------------------------------------

void putVarint(QByteArray& out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

template <typename T> void putFixed(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

void putRecord(QByteArray& file, const QByteArray& event)
{
    QByteArray length;
    putFixed<quint64>(length, quint64(event.size()));
    file.append(length);
    putFixed<quint32>(file, maskedCrc32c(length.constData(), length.size()));
    file.append(event);
    putFixed<quint32>(file, maskedCrc32c(event.constData(), event.size()));
}

/// One event file in TensorBoard's format: the version record, then one event per step and tag.
QByteArray eventFile(int tags, int steps)
{
    QByteArray file;
    QByteArray version;
    putVarint(version, (1 << 3) | 1);
    putFixed<double>(version, 1700000000.0);
    const QByteArray text = "brain.Event:2";
    putVarint(version, (3 << 3) | 2);
    putVarint(version, quint64(text.size()));
    version.append(text);
    putRecord(file, version);
    for (int step = 0; step < steps; ++step) {
        for (int tag = 0; tag < tags; ++tag) {
            const QByteArray name = "metric_" + QByteArray::number(tag);
            QByteArray value;
            putVarint(value, (1 << 3) | 2);
            putVarint(value, quint64(name.size()));
            value.append(name);
            putVarint(value, (2 << 3) | 5);
            putFixed<float>(value, float(std::sin(step * 0.001 + tag)));
            QByteArray summary;
            putVarint(summary, (1 << 3) | 2);
            putVarint(summary, quint64(value.size()));
            summary.append(value);
            QByteArray event;
            putVarint(event, (1 << 3) | 1);
            putFixed<double>(event, 1700000000.0 + step * 0.01);
            putVarint(event, (2 << 3) | 0);
            putVarint(event, quint64(step));
            putVarint(event, (5 << 3) | 2);
            putVarint(event, quint64(summary.size()));
            event.append(summary);
            putRecord(file, event);
        }
    }
    return file;
}

void tensorBoard(const QString& dir)
{
    std::printf("\nImporting a TensorBoard log of 1,000,000 scalar points (10 tags x 100,000 steps)\n");
    const QString logs = QDir(dir).filePath(QStringLiteral("tb/run"));
    QDir().mkpath(logs);
    QFile file(QDir(logs).filePath(QStringLiteral("events.out.tfevents.1700000000.bench")));
    if (!file.open(QIODevice::WriteOnly))
        return goal(false, "the event file can be written");
    const QByteArray bytes = eventFile(10, 100000);
    file.write(bytes);
    file.close();
    std::printf("  event file: %.1f MB\n", double(bytes.size()) / 1e6);
    std::vector<double> seconds;
    for (int round = 0; round < 3; ++round) {
        auto workspace = Workspace::open(QDir(dir).filePath(QStringLiteral("tbws%1").arg(round)));
        if (!workspace)
            return goal(false, "a workspace opens");
        QElapsedTimer timer;
        timer.start();
        auto imported = importTensorBoard(*workspace.value(), QDir(dir).filePath(QStringLiteral("tb")));
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (!imported || imported->size() != 1 || imported->front().points != 1000000) {
            std::printf("  import failed: %s\n", imported ? "wrong point count" : qPrintable(imported.error().text()));
            return goal(false, "the import reads every point");
        }
        auto runs = RunCatalog(*workspace.value()).list(RunQuery {});
        if (!runs || runs->size() != 1 || runs->front().metrics.value(QStringLiteral("metric_3")).count != 100000)
            return goal(false, "the imported run holds every point");
        std::printf("  round %d: %.3f s (%.2f M points/s)\n", round + 1, seconds.back(), 1.0 / seconds.back());
    }
    const QJsonObject peer = runPeer({QStringLiteral("tbload"), logs});
    if (!peer.isEmpty())
        std::printf("  TensorBoard %s EventAccumulator reading the same log (no store): %.3f s for %.0f points\n",
                    qPrintable(peer.value(QStringLiteral("tensorboard")).toString()),
                    peer.value(QStringLiteral("seconds")).toDouble(), peer.value(QStringLiteral("points")).toDouble());
    std::printf("  median: %.3f s into the workspace\n", median(seconds));
    goal(median(seconds) < 2.0, "a 1,000,000-point TensorBoard log imports in under 2 s");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    std::printf("bench_mlflow: MLflow logging and TensorBoard import, side by side\n");
    tensorBoard(dir.path());
    logging(dir.path());
    std::printf("\n%s\n", g_failures ? "Some goals were NOT met." : "Every goal was met.");
    return g_failures ? 1 : 0;
}
