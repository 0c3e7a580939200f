// Benchmark (label bench), side by side in one run on loopback with wrk (Debian):
//  - crucible-cli serve against the stack a Python user would write instead: FastAPI on uvicorn
//    (uvloop, httptools, one worker per core) with the current PyTorch, serving the same model.pt
//    of an MLP trained on Iris, one row per request and 64 rows per request, at 64 connections;
//  - p99 latency at half of Crucible's own peak rate, measured open-loop (each request has its
//    scheduled time; a late answer counts from then, so a stall is not hidden);
//  - dynamic batching: one-row requests for a CNN on 28x28 images, served rows/s against calling
//    the model's forward in a loop in-process on batches of the size the server formed (the limit);
//  - 60 s at full load: RSS at the end within 10% of RSS after warm-up, and zero errors.
// Goals (issue #14): >= 5x the peer's requests/s with one row; p99 <= 5 ms at half peak;
// batching >= 0.7x the limit; RSS flat, no errors. Prints every figure and ratio; exits 1 below a goal.
#include "../support/CliRunner.h"
#include "../support/Files.h"
#include "../support/HttpClient.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/Predictor.h"
#include "engine/torch/ScriptModel.h"
#include "engine/torch/TorchRuntime.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fcntl.h>
#include <sys/epoll.h>
#include <thread>
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

struct WrkResult {
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 requests = 0;
    qint64 errors = 0; ///< non-2xx answers and socket errors
};

double toMs(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("([0-9.]+)(us|ms|s)"));
    const auto match = pattern.match(value);
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    return unit == QLatin1String("us") ? number / 1000 : unit == QLatin1String("s") ? number * 1000 : number;
}

WrkResult runWrk(quint16 port, const QByteArray& path, const QByteArray& body, int connections, int seconds,
                 const QString& scriptFolder)
{
    const QString script = QDir(scriptFolder).filePath(QStringLiteral("post-%1.lua").arg(qHash(body)));
    test::writeFile(script,
                    "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = [[" + body
                        + "]]\n");
    QProcess wrk;
    wrk.start(QStringLiteral("wrk"),
              {QStringLiteral("-t1"), QStringLiteral("-c%1").arg(connections), QStringLiteral("-d%1s").arg(seconds),
               QStringLiteral("--latency"), QStringLiteral("-s"), script,
               QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QString::fromLatin1(path))});
    wrk.waitForFinished(seconds * 1000 + 60000);
    const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
    WrkResult result;
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("Requests/sec:")))
            result.requestsPerSecond = trimmed.section(QLatin1Char(':'), 1).trimmed().toDouble();
        else if (trimmed.startsWith(QLatin1String("50%")))
            result.p50Ms = toMs(trimmed.mid(3));
        else if (trimmed.startsWith(QLatin1String("99%")))
            result.p99Ms = toMs(trimmed.mid(3));
        else if (trimmed.contains(QLatin1String(" requests in ")))
            result.requests = trimmed.section(QLatin1Char(' '), 0, 0).toLongLong();
        else if (trimmed.startsWith(QLatin1String("Non-2xx")))
            result.errors += trimmed.section(QLatin1Char(':'), 1).trimmed().toLongLong();
        else if (trimmed.startsWith(QLatin1String("Socket errors:"))) {
            static const QRegularExpression numbers(QStringLiteral("(\\d+)"));
            for (auto it = numbers.globalMatch(trimmed); it.hasNext();)
                result.errors += it.next().captured(1).toLongLong();
        }
    }
    if (result.requestsPerSecond <= 0)
        std::fprintf(stderr, "wrk gave no figures:\n%s\n%s\n", qPrintable(out), wrk.readAllStandardError().constData());
    return result;
}

/// crucible-cli serve, started with --json on a free port; returns the port (0 when it failed).
quint16 startCrucible(QProcess& process, const QString& workspace, const QStringList& args)
{
    process.start(QStringLiteral(CRUCIBLE_CLI),
                  QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), workspace,
                               QStringLiteral("--json"), QStringLiteral("serve")}
                      + args + QStringList {QStringLiteral("--port"), QStringLiteral("0")});
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
        const QJsonObject started = QJsonDocument::fromJson(out).object();
        if (!started.isEmpty())
            return quint16(started.value(QStringLiteral("port")).toInt());
        if (process.state() == QProcess::NotRunning)
            break;
    }
    std::fprintf(stderr, "crucible-cli serve did not start: %s\n", process.readAllStandardError().constData());
    return 0;
}

qint64 rssKb(qint64 pid)
{
    const QList<QByteArray> lines = test::readFile(QStringLiteral("/proc/%1/status").arg(pid)).split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// Open-loop load, as wrk2 makes it: `rate` requests/s on a fixed schedule over `connections`
/// kept-alive connections, driven by one epoll thread (a thread per connection would itself add
/// the delays being measured). A request waits for a free connection when all are busy, and its
/// latency counts from its scheduled time, so a stall of the server is not hidden. Returns the
/// latencies in ms, -1 for a failed request.
std::vector<double> openLoop(quint16 port, const QByteArray& path, const QByteArray& body, double rate, int seconds,
                             int connections)
{
    using Clock = std::chrono::steady_clock;
    const QByteArray request = test::HttpConnection::requestBytes("POST", path, body);
    struct Slot {
        int fd = -1;
        bool busy = false;
        Clock::time_point scheduled;
        QByteArray in;
    };
    std::vector<Slot> slots;
    slots.resize(size_t(connections));
    const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
    for (size_t c = 0; c < slots.size(); ++c) {
        slots[c].fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::connect(slots[c].fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
        const int one = 1;
        ::setsockopt(slots[c].fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::fcntl(slots[c].fd, F_SETFL, O_NONBLOCK);
        epoll_event event {};
        event.events = EPOLLIN;
        event.data.u64 = c;
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, slots[c].fd, &event);
    }
    const qint64 total = qint64(rate * seconds);
    const auto start = Clock::now() + std::chrono::milliseconds(50);
    auto scheduleOf = [&](qint64 i) {
        return start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(double(i) / rate));
    };
    std::vector<double> latencies;
    latencies.reserve(size_t(total));
    qint64 next = 0;
    int busy = 0;
    std::vector<epoll_event> events;
    events.resize(size_t(connections));
    while (next < total || busy > 0) {
        const auto now = Clock::now();
        while (next < total && scheduleOf(next) <= now) {
            auto idle = std::find_if(slots.begin(), slots.end(), [](const Slot& s) { return !s.busy; });
            if (idle == slots.end())
                break; // waits for a connection; its latency still counts from its schedule
            idle->busy = true;
            idle->scheduled = scheduleOf(next++);
            ++busy;
            if (::send(idle->fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != request.size()) {
                latencies.push_back(-1);
                idle->busy = false;
                --busy;
            }
        }
        int timeout = 1;
        if (busy == 0 && next < total)
            timeout = int(std::max<qint64>(
                0, std::chrono::duration_cast<std::chrono::milliseconds>(scheduleOf(next) - Clock::now()).count()));
        const int ready = ::epoll_wait(epoll, events.data(), int(events.size()), timeout);
        for (int e = 0; e < ready; ++e) {
            Slot& slot = slots[size_t(events[size_t(e)].data.u64)];
            char chunk[65536];
            const ssize_t got = ::recv(slot.fd, chunk, sizeof chunk, 0);
            if (got <= 0) {
                if (slot.busy) {
                    latencies.push_back(-1);
                    slot.busy = false;
                    --busy;
                }
                continue;
            }
            slot.in.append(chunk, qsizetype(got));
            const qsizetype end = slot.in.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            const qsizetype lengthAt = slot.in.indexOf("Content-Length: ");
            const qsizetype length =
                slot.in.mid(lengthAt + 16, slot.in.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
            if (slot.in.size() < end + 4 + length)
                continue;
            const bool ok = slot.in.startsWith("HTTP/1.1 200");
            slot.in.remove(0, end + 4 + length);
            latencies.push_back(ok ? std::chrono::duration<double, std::milli>(Clock::now() - slot.scheduled).count()
                                   : -1);
            slot.busy = false;
            --busy;
        }
    }
    for (Slot& slot : slots)
        ::close(slot.fd);
    ::close(epoll);
    return latencies;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

QString venvVersions()
{
    QProcess python;
    python.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                 {QStringLiteral("-c"),
                  QStringLiteral("import fastapi, uvicorn, torch; print(f'FastAPI {fastapi.__version__}, uvicorn "
                                 "{uvicorn.__version__}, PyTorch {torch.__version__}')")});
    python.waitForFinished(60000);
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

double metricSum(const QByteArray& exposition, const QByteArray& prefix)
{
    double sum = 0;
    for (const QByteArray& line : exposition.split('\n')) {
        if (line.startsWith(prefix))
            sum += line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return sum;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws"));
    const int cores = QThread::idealThreadCount();
    auto cli = [&](const QStringList& args) {
        return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), workspace} + args);
    };
    if (cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode != 0)
        return 1;
    const auto trained =
        cli({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
             QStringLiteral("--model"), QStringLiteral("mlp"), QStringLiteral("--epochs"), QStringLiteral("20"),
             QStringLiteral("--register"), QStringLiteral("iris")});
    if (trained.exitCode != 0) {
        std::fprintf(stderr, "training failed: %s\n", qPrintable(trained.err));
        return 1;
    }
    const QString registryFolder = QDir(workspace).filePath(QStringLiteral("registry"));
    auto registry = ModelRegistry::open(registryFolder);
    auto iris = registry.value()->resolve(QStringLiteral("iris@1"));
    auto bundle = BundleReader::open(iris.value());
    const QString modelPt =
        test::writeFile(dir.filePath(QStringLiteral("model.pt")), bundle->entry(QStringLiteral("model.pt")).value());

    // The CNN of the batching measurement: conv32-pool-conv64-pool-fc128-fc10 on 28x28, untrained
    // (the arithmetic is the same as a trained one's).
    {
        const QJsonObject signature {
            {QStringLiteral("kind"), QStringLiteral("images")},
            {QStringLiteral("shape"), QJsonArray {1, 28, 28}},
            {QStringLiteral("mean"), QJsonArray {0.28}},
            {QStringLiteral("std"), QJsonArray {0.35}},
            {QStringLiteral("task"), QStringLiteral("classification")},
            {QStringLiteral("classes"), QJsonArray {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}}};
        auto model = exportInitialModel(ModelSpec::preset(ModelKind::Cnn), signature, 1);
        BundleContents contents;
        contents.manifest.name = QStringLiteral("cnn");
        contents.manifest.created = QDateTime::currentDateTimeUtc();
        contents.manifest.datasetName = QStringLiteral("fashion-mnist");
        contents.manifest.datasetHash = QString(64, QLatin1Char('f'));
        contents.manifest.task = QStringLiteral("classification");
        contents.manifest.inputSignature = signature;
        contents.manifest.outputSignature = {{QStringLiteral("classes"), signature.value(QStringLiteral("classes"))}};
        contents.model = model.value();
        contents.modelCard = "# cnn\n";
        if (!registry.value()->add(contents, QStringLiteral("cnn"))) {
            std::fprintf(stderr, "cannot register the CNN\n");
            return 1;
        }
    }

    QByteArray oneRow = "{\"instances\":[{\"sepal_length_cm\":5.9,\"sepal_width_cm\":3.0,\"petal_length_cm\":5.1,"
                        "\"petal_width_cm\":1.8}]}";
    QByteArray manyRows = "{\"instances\":[";
    for (int i = 0; i < 64; ++i)
        manyRows += QByteArray(i ? "," : "") + "{\"sepal_length_cm\":" + QByteArray::number(4.5 + i * 0.05)
            + ",\"sepal_width_cm\":3.0,\"petal_length_cm\":" + QByteArray::number(1.0 + i * 0.08)
            + ",\"petal_width_cm\":1.2}";
    manyRows += "]}";
    const QByteArray path = "/v1/models/iris:predict";
    const QString scripts = dir.path();
    const int seconds = 10;

    std::printf("Serving benchmark: %d cores, wrk -t1 -c64 on loopback, %d s per figure\n", cores, seconds);
    std::printf("peer: %s, %d uvicorn workers\n", qPrintable(venvVersions()), cores);

    // The peer.
    const quint16 peerPort = test::freePort();
    QProcess peer;
    QProcessEnvironment peerEnvironment = QProcessEnvironment::systemEnvironment();
    peerEnvironment.insert(QStringLiteral("MODEL_PT"), modelPt);
    peer.setProcessEnvironment(peerEnvironment);
    peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    peer.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
               {QStringLiteral("-m"), QStringLiteral("uvicorn"), QStringLiteral("serve_peer:app"),
                QStringLiteral("--app-dir"), QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/bench"),
                QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                QString::number(peerPort), QStringLiteral("--workers"), QString::number(cores),
                QStringLiteral("--log-level"), QStringLiteral("warning")});
    QElapsedTimer waited;
    waited.start();
    while (test::httpRequest(peerPort, "POST", path, oneRow).status != 200 && waited.elapsed() < 120000)
        QThread::msleep(250);
    const test::HttpReply peerAnswer = test::httpRequest(peerPort, "POST", path, oneRow);
    if (peerAnswer.status != 200) {
        std::fprintf(stderr, "the FastAPI peer did not start\n");
        return 1;
    }
    const WrkResult peerOne = runWrk(peerPort, path, oneRow, 64, seconds, scripts);
    const WrkResult peerMany = runWrk(peerPort, path, manyRows, 64, seconds, scripts);
    peer.terminate();
    peer.waitForFinished(20000);

    // Crucible, as it comes but without the prediction log (the peer keeps none); then with it.
    QProcess serve;
    const quint16 port = startCrucible(serve, workspace,
                                       {QStringLiteral("iris@1"), QStringLiteral("--log-sample"), QStringLiteral("0")});
    if (port == 0)
        return 1;
    const test::HttpReply ours = test::httpRequest(port, "POST", path, oneRow);
    // Both stacks answer the same probabilities for the same row.
    const QJsonObject peerP = peerAnswer.json().value(QStringLiteral("predictions")).toArray()[0].toObject();
    const QJsonObject ourP = ours.json().value(QStringLiteral("predictions")).toArray()[0].toObject();
    goal(
        peerP.value(QStringLiteral("class")) == ourP.value(QStringLiteral("class"))
            && std::abs(
                   peerP.value(QStringLiteral("probabilities")).toObject().value(QStringLiteral("virginica")).toDouble()
                   - ourP.value(QStringLiteral("probabilities"))
                         .toObject()
                         .value(QStringLiteral("virginica"))
                         .toDouble())
                < 1e-5,
        "same answer as the peer for the same row");
    const WrkResult one = runWrk(port, path, oneRow, 64, seconds, scripts);
    const WrkResult many = runWrk(port, path, manyRows, 64, seconds, scripts);

    std::printf("\n%-44s %14s %14s %9s\n", "64 connections", "Crucible", "FastAPI peer", "ratio");
    std::printf("%-44s %14.0f %14.0f %8.1fx\n", "1 row per request: requests/s", one.requestsPerSecond,
                peerOne.requestsPerSecond, one.requestsPerSecond / std::max(1.0, peerOne.requestsPerSecond));
    std::printf("%-44s %14.2f %14.2f\n", "  p50 latency, ms", one.p50Ms, peerOne.p50Ms);
    std::printf("%-44s %14.2f %14.2f\n", "  p99 latency, ms", one.p99Ms, peerOne.p99Ms);
    std::printf("%-44s %14.0f %14.0f %8.1fx\n", "64 rows per request: rows/s", many.requestsPerSecond * 64,
                peerMany.requestsPerSecond * 64, many.requestsPerSecond / std::max(1.0, peerMany.requestsPerSecond));
    std::printf("%-44s %14lld %14lld\n", "errors (non-2xx, socket)", one.errors + many.errors,
                peerOne.errors + peerMany.errors);

    // p99 at half of the peak, open loop.
    const double half = one.requestsPerSecond / 2;
    const std::vector<double> latencies = openLoop(port, path, oneRow, half, seconds, 32);
    const qint64 failed = std::count(latencies.begin(), latencies.end(), -1.0);
    const double p99 = percentile(latencies, 0.99);
    std::printf("%-44s %14.0f\n", "half of peak, open loop: requests/s", half);
    std::printf("%-44s %14.2f   (p50 %.2f, %lld failed of %zu)\n", "  p99 latency from scheduled time, ms", p99,
                percentile(latencies, 0.5), failed, latencies.size());
    serve.terminate();
    serve.waitForFinished(20000);

    // Dynamic batching on the CNN: one image per request (v2, FP32 [1, 1, 28, 28]).
    QByteArray image = "{\"inputs\":[{\"name\":\"image\",\"shape\":[1,1,28,28],\"datatype\":\"FP32\",\"data\":[";
    for (int i = 0; i < 784; ++i)
        image += QByteArray(i ? "," : "") + QByteArray::number((i * 37) % 256);
    image += "]}]}";
    QProcess cnnServe;
    const quint16 cnnPort = startCrucible(cnnServe, workspace,
                                          {QStringLiteral("cnn@1"), QStringLiteral("--log-sample"), QStringLiteral("0"),
                                           QStringLiteral("--max-batch"), QStringLiteral("64")});
    if (cnnPort == 0)
        return 1;
    const WrkResult batched = runWrk(cnnPort, "/v2/models/cnn/infer", image, 64, seconds, scripts);
    const QByteArray exposition = test::httpRequest(cnnPort, "GET", "/metrics").body;
    const double meanBatch = metricSum(exposition, "crucible_batch_rows_sum")
        / std::max(1.0, metricSum(exposition, "crucible_batch_rows_count"));
    cnnServe.terminate();
    cnnServe.waitForFinished(20000);
    // The limit: forward in a loop on batches of that size, one LibTorch thread per worker as the
    // server runs it, on as many threads as the server has workers.
    torchruntime::setThreadCount(1);
    const std::int64_t batch = std::max<std::int64_t>(1, std::llround(meanBatch));
    std::atomic<std::int64_t> rowsDone {0};
    {
        auto cnn = registry.value()->resolve(QStringLiteral("cnn@1"));
        auto cnnBundle = BundleReader::open(cnn.value());
        std::vector<std::thread> workers;
        for (int w = 0; w < cores; ++w) {
            workers.emplace_back([&] {
                auto predictor = Predictor::open(cnnBundle.value());
                std::vector<float> input(size_t(batch * 784), 100.0f);
                int outputs = 0;
                QElapsedTimer timer;
                timer.start();
                while (timer.elapsed() < 5000) {
                    auto answer = predictor.value()->forward(input.data(), batch, &outputs);
                    rowsDone.fetch_add(batch);
                }
            });
        }
        for (std::thread& worker : workers)
            worker.join();
    }
    const double limit = double(rowsDone.load()) / 5.0;
    std::printf("%-44s %14.0f %14.0f %8.2fx\n", "CNN, 1 image/request: rows/s vs forward loop",
                batched.requestsPerSecond, limit, batched.requestsPerSecond / limit);
    std::printf("%-44s %14.1f\n", "  mean rows per model call", meanBatch);

    // 60 s at full load: memory and errors.
    QProcess soak;
    const quint16 soakPort = startCrucible(soak, workspace, {QStringLiteral("iris@1")});
    if (soakPort == 0)
        return 1;
    runWrk(soakPort, path, oneRow, 64, 5, scripts); // warm-up
    const qint64 rssStart = rssKb(soak.processId());
    const WrkResult soakRun = runWrk(soakPort, path, oneRow, 64, 60, scripts);
    const qint64 rssEnd = rssKb(soak.processId());
    soak.terminate();
    soak.waitForFinished(20000);
    std::printf("%-44s %14.0f   (prediction log on, %lld errors)\n", "60 s at 64 connections: requests/s",
                soakRun.requestsPerSecond, soakRun.errors);
    std::printf("%-44s %8lld -> %lld KB (%+.1f%%)\n", "  RSS after warm-up -> after 60 s", rssStart, rssEnd,
                100.0 * double(rssEnd - rssStart) / double(std::max<qint64>(1, rssStart)));

    std::printf("\nGoals\n");
    goal(one.requestsPerSecond >= 5 * peerOne.requestsPerSecond, "1 row per request: >= 5x the peer's requests/s");
    goal(p99 <= 5.0 && failed == 0, "p99 <= 5 ms at half of peak (open loop), no failures");
    goal(batched.requestsPerSecond >= 0.7 * limit, "batching: served rows/s >= 0.7x the in-process forward loop");
    goal(rssEnd <= rssStart * 11 / 10 && soakRun.errors == 0 && soakRun.requests > 0,
         "60 s: RSS within 10% of warm-up, zero errors");
    goal(one.errors == 0 && many.errors == 0 && batched.errors == 0, "no errors in any Crucible run");
    return g_failures == 0 ? 0 : 1;
}
