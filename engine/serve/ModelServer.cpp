#include "ModelServer.h"

#include "DriftWatch.h"
#include "HttpServer.h"
#include "InputSchema.h"
#include "PredictionLog.h"
#include "ServeMetrics.h"

#include "engine/core/BuildInfo.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/Predictor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <charconv>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

namespace crucible {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(uchar(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

/// The shortest text that reads back as the same float, as `predict` writes it; null for NaN.
void appendFloat(QByteArray& out, float value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, qsizetype(written.ptr - buffer));
}

/// A model faster than this for one row runs on the I/O threads (see LoadedVersion::load()).
constexpr double kInlineSeconds = 0.0001;

/// What a request still queued when the server stops is answered (with 503).
constexpr char kStoppingMessage[] = "the server is stopping";

/// A request waiting for the model, and what to do with its answer.
struct Job {
    std::vector<float> values;
    std::int64_t rows = 0;
    /// Called on a worker thread with rows x perRow outputs, or with an error message.
    std::function<void(const float* outputs, int perRow, const QString& error)> done;
};

/// One loaded version of a model: its manifest and signature, one Predictor per worker thread,
/// and the queue its workers batch from. Destroyed only when idle (see Impl::reap()).
class LoadedVersion {
public:
    static Result<std::shared_ptr<LoadedVersion>> load(const RegisteredVersion& version, const ServeOptions& options,
                                                       ServeMetrics* metrics)
    {
        const Clock::time_point start = Clock::now();
        auto bundle = BundleReader::open(version);
        if (!bundle)
            return bundle.error();
        auto loaded = std::shared_ptr<LoadedVersion>(new LoadedVersion);
        loaded->version = version;
        loaded->manifest = bundle->manifest();
        loaded->schema = InputSchema::fromManifest(bundle->manifest());
        loaded->exampleInstance = loaded->schema.exampleInstance();
        loaded->drift = DriftWatch::create(
            loaded->schema, bundle->referenceProfile(),
            bundle->manifest().outputSignature.value(QStringLiteral("target")).toString(), options.driftRows);
        loaded->m_maxBatch = std::max(1, options.maxBatch);
        loaded->m_maxDelay = std::chrono::milliseconds(std::max(0, options.maxDelayMs));
        loaded->m_metrics = metrics;
        const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
        for (int i = 0; i < threads; ++i) {
            auto predictor = Predictor::open(bundle.value());
            if (!predictor)
                return predictor.error();
            loaded->m_predictors.push_back(std::move(predictor.value()));
        }
        // A model that answers a row in microseconds runs on the I/O threads, batched per turn of
        // their event loop (runPendingInline()): handing each request to a worker and back would
        // cost more than the model, and on a busy core each hand-off can wait a scheduler slice.
        const std::vector<float> probe(size_t(std::max<std::int64_t>(1, loaded->schema.inputSize())), 0.0f);
        double fastest = 1.0;
        for (int i = 0; i < 6; ++i) {
            const Clock::time_point before = Clock::now();
            int outputs = 0;
            if (!loaded->m_predictors.front()->forward(probe.data(), 1, &outputs))
                break;
            if (i > 0) // the first call warms up
                fastest = std::min(fastest, secondsSince(before));
        }
        if (fastest < kInlineSeconds) {
            const int slots = std::max({1, options.ioThreads, QThread::idealThreadCount()});
            for (int i = 0; i < slots; ++i) {
                auto predictor = Predictor::open(bundle.value());
                if (!predictor)
                    return predictor.error();
                loaded->m_inline.push_back(std::make_unique<InlineSlot>());
                loaded->m_inline.back()->predictor = std::move(predictor.value());
            }
        }
        loaded->loadSeconds = secondsSince(start);
        for (int i = 0; i < threads; ++i)
            loaded->m_workers.emplace_back([raw = loaded.get(), i] { raw->work(i); });
        return loaded;
    }

    /// True when requests run on the I/O threads (see load()).
    bool isFast() const { return !m_inline.empty(); }
    int maxBatch() const { return m_maxBatch; }
    /// A job is held for the end of this I/O thread's turn: the version is not idle until it ran.
    void holdInline()
    {
        std::lock_guard lock(m_mutex);
        ++m_heldInline;
    }
    /// Runs `jobs` (held by holdInline()) on the calling I/O thread, in batches of at most
    /// max-batch rows, and answers them.
    void runInline(std::vector<Job>& jobs)
    {
        InlineSlot* slot = nullptr;
        for (auto& candidate : m_inline) {
            if (candidate->mutex.try_lock()) {
                slot = candidate.get();
                break;
            }
        }
        if (!slot) { // more I/O threads than slots: wait for one
            slot = m_inline.front().get();
            slot->mutex.lock();
        }
        std::vector<float> joined;
        size_t next = 0;
        while (next < jobs.size()) {
            std::vector<Job> batch;
            std::int64_t rows = 0;
            while (next < jobs.size() && (batch.empty() || rows + jobs[next].rows <= m_maxBatch)) {
                rows += jobs[next].rows;
                batch.push_back(std::move(jobs[next++]));
            }
            run(*slot->predictor, batch, rows, joined);
        }
        slot->mutex.unlock();
        std::lock_guard lock(m_mutex);
        m_heldInline -= std::int64_t(jobs.size());
    }

    ~LoadedVersion()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        for (std::thread& worker : m_workers)
            worker.join();
    }

    void submit(Job&& job)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queuedRows += job.rows;
            m_queue.push_back(std::move(job));
        }
        m_wake.notify_one();
    }

    bool isIdle() const
    {
        std::lock_guard lock(m_mutex);
        return m_queue.empty() && m_running == 0 && m_heldInline == 0;
    }

    RegisteredVersion version;
    BundleManifest manifest;
    InputSchema schema;
    std::unique_ptr<DriftWatch> drift; ///< the inputs of the last rows answered, against the reference; may be null
    QString exampleInstance; ///< schema.exampleInstance(), made once
    double loadSeconds = 0;

private:
    LoadedVersion() = default;

    void work(int index)
    {
        Predictor& predictor = *m_predictors[size_t(index)];
        std::vector<Job> batch;
        std::vector<float> joined;
        std::unique_lock lock(m_mutex);
        while (true) {
            m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and nothing left to answer
            if (m_maxDelay.count() > 0 && m_queuedRows < m_maxBatch && !m_stopping) {
                m_wake.wait_for(lock, m_maxDelay, [&] { return m_stopping || m_queuedRows >= m_maxBatch; });
                if (m_queue.empty())
                    continue; // another worker took them
            }
            std::int64_t rows = 0;
            batch.clear();
            while (!m_queue.empty() && (batch.empty() || rows + m_queue.front().rows <= m_maxBatch)) {
                rows += m_queue.front().rows;
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            m_queuedRows -= rows;
            ++m_running;
            const bool stopping = m_stopping;
            if (!m_queue.empty())
                m_wake.notify_one();
            lock.unlock();

            if (stopping) {
                // The server stops: what is still queued is answered at once, not computed.
                for (Job& job : batch)
                    finish(job, nullptr, 0, QString::fromLatin1(kStoppingMessage));
            } else {
                run(predictor, batch, rows, joined);
            }
            batch.clear(); // releases what the jobs held (responders) before waiting again

            lock.lock();
            --m_running;
        }
    }

    /// Runs `batch` (`rows` rows in all) as one model call and answers each job; when a batch of
    /// several fails, each job runs alone, so that one bad request does not fail the others.
    void run(Predictor& predictor, std::vector<Job>& batch, std::int64_t rows, std::vector<float>& joined)
    {
        const float* input = batch.front().values.data();
        Result<std::vector<float>> outputs = Error {};
        int perRow = 1;
        try {
            if (batch.size() > 1) {
                joined.clear();
                for (const Job& job : batch)
                    joined.insert(joined.end(), job.values.begin(), job.values.end());
                input = joined.data();
            }
            outputs = predictor.forward(input, rows, &perRow);
        } catch (const std::exception& error) { // out of memory, most likely
            outputs = Error {ErrorCode::Internal, QString::fromLocal8Bit(error.what()), {}};
        }
        if (m_metrics)
            m_metrics->observeBatch(version.name, rows);
        if (!outputs && batch.size() > 1) {
            for (Job& job : batch) {
                std::vector<Job> alone;
                alone.push_back(std::move(job));
                run(predictor, alone, alone.front().rows, joined);
            }
            return;
        }
        std::int64_t offset = 0;
        for (Job& job : batch) {
            if (outputs)
                finish(job, outputs->data() + offset * perRow, perRow, {});
            else
                finish(job, nullptr, 0, outputs.error().message);
            offset += job.rows;
        }
    }

    static void finish(Job& job, const float* outputs, int perRow, const QString& error)
    {
        try {
            job.done(outputs, perRow, error);
        } catch (const std::exception& failure) {
            // Building the answer failed (memory): answer with the failure instead.
            job.done(nullptr, 0, QString::fromLocal8Bit(failure.what()));
        }
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    std::int64_t m_queuedRows = 0;
    int m_running = 0;
    bool m_stopping = false;
    int m_maxBatch = 64;
    std::chrono::milliseconds m_maxDelay {0};
    ServeMetrics* m_metrics = nullptr;
    std::vector<std::unique_ptr<Predictor>> m_predictors;
    std::vector<std::thread> m_workers;
    struct InlineSlot {
        std::mutex mutex;
        std::unique_ptr<Predictor> predictor;
    };
    std::vector<std::unique_ptr<InlineSlot>> m_inline; ///< for the I/O threads; empty for slow models
    std::int64_t m_heldInline = 0; ///< jobs held for an I/O thread's turn (guarded by m_mutex)
};

/// Jobs of fast models this I/O thread took during the current turn of its event loop.
thread_local std::vector<std::pair<LoadedVersion*, Job>> t_heldJobs;

/// HttpServer's afterEvents: runs what this I/O thread held, one batch per version (in the order
/// the requests came), before the loop sends the answers.
void runHeldJobs()
{
    if (t_heldJobs.empty())
        return;
    std::vector<std::pair<LoadedVersion*, Job>> held;
    held.swap(t_heldJobs);
    while (!held.empty()) {
        LoadedVersion* version = held.front().first;
        std::vector<Job> jobs;
        std::vector<std::pair<LoadedVersion*, Job>> rest;
        for (auto& [owner, job] : held) {
            if (owner == version)
                jobs.push_back(std::move(job));
            else
                rest.emplace_back(owner, std::move(job));
        }
        version->runInline(jobs);
        held.swap(rest);
    }
}

/// One reference given to the server and the version answering it now.
struct Slot {
    QString reference;
    bool follows = false;
    std::shared_ptr<LoadedVersion> current;
    QString lastProblem; ///< the last lookup failure reported, so it is told once
    QString failedSha256; ///< a version that failed to load: not loaded again until the alias moves on
};

struct Entry {
    QString name;
    std::vector<Slot> slots; ///< the first answers requests that name no version
};

/// A reference that may point elsewhere later: an alias, or a bare name (the latest version).
bool followsRegistry(const QString& reference)
{
    if (reference.contains(QLatin1Char('/')) || reference.endsWith(QLatin1String(".crucible"), Qt::CaseInsensitive))
        return false;
    const qsizetype at = reference.indexOf(QLatin1Char('@'));
    if (at < 0)
        return true;
    bool isNumber = false;
    reference.mid(at + 1).toInt(&isNumber);
    return !isNumber;
}

bool sameToken(const QByteArray& given, const QByteArray& expected)
{
    // Constant time in the token's length, so the answer's timing does not reveal a prefix.
    unsigned char difference = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= uchar(expected[i] ^ (i < given.size() ? given[i] : 0));
    return difference == 0;
}

} // namespace

struct ModelServer::Impl {
    ServeOptions options;
    QString registryFolder;
    ServeMetrics metrics;
    std::unique_ptr<PredictionLog> log;
    std::unique_ptr<HttpServer> http;
    /// The server as the handlers see it: set once it started (a request can come before `http` is).
    std::atomic<HttpServer*> live {nullptr};
    QByteArray expectedAuthorization;

    mutable std::mutex mutex; ///< guards entries' slots and retired
    std::vector<Entry> entries;
    std::vector<std::shared_ptr<LoadedVersion>> retired;

    std::mutex watchMutex;
    std::condition_variable watchWake;
    bool watchStopping = false;
    std::thread watcher;
    bool stopped = false;

    void event(const QString& line) const
    {
        if (options.onEvent)
            options.onEvent(line);
    }

    void handle(HttpRequest&& request, HttpResponder respond);
    void infer(const HttpRequest& request, const QString& name, int version, bool rowForm, Clock::time_point start,
               HttpResponder respond);
    /// The version of `name` answering `version` (0: the default slot); null when none.
    std::shared_ptr<LoadedVersion> find(const QString& name, int version, QString* problem) const;
    HttpResponse metadata(const QString& name, int version) const;
    /// Every served reference and the version answering it now.
    QList<ServedModel> servedModels() const;
    void watch();
    void reap();
    /// The drift gauges of every version answering now (DriftWatch), with HELP and TYPE once each.
    QByteArray driftExposition() const;
};

QByteArray ModelServer::Impl::driftExposition() const
{
    std::vector<std::pair<QString, std::shared_ptr<LoadedVersion>>> answering;
    {
        std::lock_guard lock(mutex);
        for (const Entry& entry : entries) {
            for (const Slot& slot : entry.slots) {
                if (slot.current && slot.current->drift
                    && std::none_of(answering.begin(), answering.end(),
                                    [&](const auto& a) { return a.second == slot.current; }))
                    answering.emplace_back(entry.name, slot.current);
            }
        }
    }
    DriftWatch::Samples all;
    for (const auto& [name, version] : answering) {
        const DriftWatch::Samples samples = version->drift->samples(name, version->version.version);
        all.value += samples.value;
        all.level += samples.level;
        all.model += samples.model;
        all.rows += samples.rows;
    }
    if (all.model.isEmpty())
        return {};
    return "# HELP crucible_feature_drift A feature's drift over the last rows served, as the default drift policy "
           "measures it (the statistic label names it)\n# TYPE crucible_feature_drift gauge\n"
        + all.value
        + "# HELP crucible_feature_drift_level A feature's drift level: 0 ok, 1 warning, 2 drift\n"
          "# TYPE crucible_feature_drift_level gauge\n"
        + all.level
        + "# HELP crucible_model_drift 1 when the last rows served drifted from the training data under the default "
          "policy\n# TYPE crucible_model_drift gauge\n"
        + all.model + "# HELP crucible_drift_window_rows Rows the drift gauges are computed from\n"
        + "# TYPE crucible_drift_window_rows gauge\n" + all.rows;
}

void ModelServer::Impl::handle(HttpRequest&& request, HttpResponder respond)
{
    const Clock::time_point start = Clock::now();
    if (!expectedAuthorization.isEmpty() && !sameToken(request.header("authorization"), expectedAuthorization)) {
        HttpResponse refused = HttpResponse::error(401,
                                                   QStringLiteral("this server needs \"Authorization: Bearer "
                                                                  "<token>\" with the token it was started with"));
        refused.addHeader("WWW-Authenticate", "Bearer");
        metrics.countRequest({}, 0, 401, secondsSince(start));
        return respond(std::move(refused));
    }
    auto answer = [&](HttpResponse response) {
        metrics.countRequest({}, 0, response.status, secondsSince(start));
        respond(std::move(response));
    };
    const QList<QByteArray> parts = request.path.split('/');
    // parts[0] is the empty text before the leading '/'.
    const bool isGet = request.method == "GET" || request.method == "HEAD";
    const bool isPost = request.method == "POST";
    auto wrongMethod = [&](const char* allowed) {
        HttpResponse response =
            HttpResponse::error(405,
                                QStringLiteral("%1 is not allowed here; use %2")
                                    .arg(QString::fromLatin1(request.method.left(20)), QString::fromLatin1(allowed)));
        response.addHeader("Allow", allowed);
        answer(std::move(response));
    };
    if (request.path == "/metrics") {
        if (!isGet)
            return wrongMethod("GET");
        HttpResponse response;
        response.contentType = "text/plain; version=0.0.4; charset=utf-8";
        HttpServer* server = live.load();
        response.body = metrics.exposition(server ? server->inFlight() : 0, server ? server->connections() : 0);
        response.body += driftExposition();
        return answer(std::move(response));
    }
    if (request.path == "/v2/health/live" || request.path == "/v2/health/ready") {
        if (!isGet)
            return wrongMethod("GET");
        const bool isLive = request.path.endsWith("live");
        return answer(HttpResponse::json(200, {{isLive ? QStringLiteral("live") : QStringLiteral("ready"), true}}));
    }
    if (request.path == "/v2" || request.path == "/v2/") {
        if (!isGet)
            return wrongMethod("GET");
        return answer(HttpResponse::json(200,
                                         {{QStringLiteral("name"), QStringLiteral("crucible")},
                                          {QStringLiteral("version"), BuildInfo::version()},
                                          {QStringLiteral("extensions"), QJsonArray {}}}));
    }
    if (request.path == "/" || request.path == "/v2/models" || request.path == "/v1/models") {
        if (!isGet)
            return wrongMethod("GET");
        QJsonArray served;
        for (const ServedModel& model : servedModels())
            served.append(
                QJsonObject {{QStringLiteral("name"), model.name},
                             {QStringLiteral("reference"), model.reference},
                             {QStringLiteral("version"), QString::number(model.version)},
                             {QStringLiteral("infer"), QStringLiteral("/v2/models/%1/infer").arg(model.name)},
                             {QStringLiteral("predict"), QStringLiteral("/v1/models/%1:predict").arg(model.name)}});
        return answer(HttpResponse::json(200, {{QStringLiteral("models"), served}}));
    }
    if (parts.size() >= 4 && parts[1] == "v1" && parts[2] == "models") {
        const QByteArray last = parts[3];
        const qsizetype colon = last.lastIndexOf(':');
        if (parts.size() == 4 && colon > 0 && last.mid(colon + 1) == "predict") {
            if (!isPost)
                return wrongMethod("POST");
            return infer(request, QString::fromUtf8(last.left(colon)), 0, true, start, respond);
        }
        if (parts.size() == 4 && colon < 0) {
            if (!isGet)
                return wrongMethod("GET");
            QString problem;
            const auto loaded = find(QString::fromUtf8(last), 0, &problem);
            if (!loaded)
                return answer(HttpResponse::error(404, problem));
            return answer(HttpResponse::json(
                200,
                {{QStringLiteral("model_version_status"),
                  QJsonArray {QJsonObject {{QStringLiteral("version"), QString::number(loaded->version.version)},
                                           {QStringLiteral("state"), QStringLiteral("AVAILABLE")}}}}}));
        }
    }
    if (parts.size() >= 4 && parts[1] == "v2" && parts[2] == "models" && !parts[3].isEmpty()) {
        const QString name = QString::fromUtf8(parts[3]);
        qsizetype next = 4;
        int version = 0;
        if (parts.size() >= 6 && parts[4] == "versions") {
            bool ok = false;
            version = parts[5].toInt(&ok);
            if (!ok || version < 1)
                return answer(HttpResponse::error(
                    400, QStringLiteral("'%1' is not a version number").arg(QString::fromUtf8(parts[5].left(40)))));
            next = 6;
        }
        const QByteArray action = next < parts.size() ? parts[next] : QByteArray();
        const qsizetype rest = parts.size() - next; // 0: the metadata; 1: an action
        if (rest == 0) {
            if (!isGet)
                return wrongMethod("GET");
            return answer(metadata(name, version));
        }
        if (rest == 1) {
            if (action == "ready") {
                if (!isGet)
                    return wrongMethod("GET");
                QString problem;
                const auto loaded = find(name, version, &problem);
                if (!loaded)
                    return answer(HttpResponse::error(404, problem));
                return answer(
                    HttpResponse::json(200, {{QStringLiteral("name"), name}, {QStringLiteral("ready"), true}}));
            }
            if (action == "infer") {
                if (!isPost)
                    return wrongMethod("POST");
                return infer(request, name, version, false, start, respond);
            }
        }
    }
    answer(HttpResponse::error(
        404,
        QStringLiteral("no such endpoint: %1 %2 (endpoints: GET /v2/health/live, "
                       "/v2/health/ready, /v2/models/NAME, /metrics; POST "
                       "/v2/models/NAME/infer, /v1/models/NAME:predict)")
            .arg(QString::fromLatin1(request.method.left(20)), QString::fromUtf8(request.path.left(200)))));
}

std::shared_ptr<LoadedVersion> ModelServer::Impl::find(const QString& name, int version, QString* problem) const
{
    std::lock_guard lock(mutex);
    QStringList names;
    for (const Entry& entry : entries) {
        names << entry.name;
        if (entry.name != name)
            continue;
        if (version == 0)
            return entry.slots.front().current;
        QStringList versions;
        for (const Slot& slot : entry.slots) {
            if (slot.current->version.version == version)
                return slot.current;
            versions << QString::number(slot.current->version.version);
        }
        *problem = QStringLiteral("version %1 of '%2' is not served here (it serves version %3)")
                       .arg(version)
                       .arg(name, versions.join(QStringLiteral(", ")));
        return nullptr;
    }
    *problem = QStringLiteral("no model '%1' is served here (it serves %2)")
                   .arg(name.left(200), names.join(QStringLiteral(", ")));
    return nullptr;
}

HttpResponse ModelServer::Impl::metadata(const QString& name, int version) const
{
    QString problem;
    const auto loaded = find(name, version, &problem);
    if (!loaded)
        return HttpResponse::error(404, problem);
    QJsonArray versions;
    {
        std::lock_guard lock(mutex);
        for (const Entry& entry : entries) {
            if (entry.name == name) {
                for (const Slot& slot : entry.slots)
                    versions.append(QString::number(slot.current->version.version));
            }
        }
    }
    return HttpResponse::json(200,
                              {{QStringLiteral("name"), name},
                               {QStringLiteral("versions"), versions},
                               {QStringLiteral("platform"), QStringLiteral("crucible_torchscript")},
                               {QStringLiteral("inputs"), loaded->schema.inputsMetadata()},
                               {QStringLiteral("outputs"), loaded->schema.outputsMetadata()},
                               {QStringLiteral("parameters"),
                                QJsonObject {{QStringLiteral("version"), QString::number(loaded->version.version)},
                                             {QStringLiteral("task"), loaded->manifest.task},
                                             {QStringLiteral("dataset"), loaded->manifest.datasetName},
                                             {QStringLiteral("run_id"), loaded->manifest.runId}}}});
}

void ModelServer::Impl::infer(const HttpRequest& request, const QString& name, int version, bool rowForm,
                              Clock::time_point start, HttpResponder respond)
{
    QString problem;
    std::shared_ptr<LoadedVersion> loaded = find(name, version, &problem);
    if (!loaded) {
        metrics.countRequest({}, 0, 404, secondsSince(start));
        return respond(HttpResponse::error(404, problem));
    }
    const int answeredVersion = loaded->version.version;
    auto refuse = [&](int status, const QString& message) {
        metrics.countRequest(name, answeredVersion, status, secondsSince(start));
        respond(HttpResponse::error(status, message));
    };
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(400,
                      QStringLiteral("the body is not valid JSON: %1 at byte %2")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    if (!document.isObject())
        return refuse(400, QStringLiteral("the body must be a JSON object"));
    auto decoded =
        rowForm ? loaded->schema.decodeInstances(document.object()) : loaded->schema.decodeV2(document.object());
    if (!decoded)
        return refuse(decoded.error().code == ErrorCode::Incompatible ? 413 : 400, decoded.error().message);
    const std::int64_t rows = decoded->rows;
    const QString requestId = decoded->id;
    // The log keeps inputs as columns; decide now so that only sampled requests pay for it.
    const bool logged = log && log->sample();
    std::vector<float> kept = logged ? decoded->values : std::vector<float>();
    if (loaded->drift)
        loaded->drift->record(decoded->values.data(), rows);
    Job job;
    job.values = std::move(decoded->values);
    job.rows = rows;
    Impl* self = this;
    // The job holds the version by address: a version is destroyed only when its queue is empty
    // and its workers idle (reap(), stop()), so it outlives every job it was given.
    LoadedVersion* target = loaded.get();
    job.done = [self, target, respond, start, rows, rowForm, requestId, name, logged,
                kept = std::move(kept)](const float* outputs, int perRow, const QString& error) {
        const LoadedVersion* served = target;
        const int answered = served->version.version;
        if (!outputs) {
            self->metrics.countRequest(name, answered, 500, secondsSince(start));
            respond(HttpResponse::error(
                500, QStringLiteral("version %1 of '%2' failed on this input: %3").arg(answered).arg(name, error)));
            return;
        }
        const QStringList& classes = served->schema.classes();
        const bool classify = !classes.isEmpty() && perRow == classes.size();
        std::vector<std::int64_t> counts(size_t(classes.size()), 0);
        std::vector<int> best(size_t(rows), 0);
        if (classify) {
            for (std::int64_t r = 0; r < rows; ++r) {
                const float* p = outputs + r * perRow;
                int top = 0;
                for (int k = 1; k < perRow; ++k) {
                    if (p[k] > p[top])
                        top = k;
                }
                best[size_t(r)] = top;
                ++counts[size_t(top)];
            }
        }
        QByteArray body;
        body.reserve(qsizetype(128 + rows * (perRow * 14 + 40)));
        body += "{\"model_name\":";
        appendJsonString(body, name);
        body += ",\"model_version\":\"" + QByteArray::number(answered) + '"';
        if (rowForm) {
            body += ",\"predictions\":[";
            for (std::int64_t r = 0; r < rows; ++r) {
                if (r > 0)
                    body += ',';
                const float* p = outputs + r * perRow;
                if (!classify) {
                    body += "{\"prediction\":";
                    appendFloat(body, p[0]);
                    body += '}';
                    continue;
                }
                body += "{\"class\":";
                appendJsonString(body, classes[best[size_t(r)]]);
                body += ",\"probabilities\":{";
                for (int k = 0; k < perRow; ++k) {
                    if (k > 0)
                        body += ',';
                    appendJsonString(body, classes[k]);
                    body += ':';
                    appendFloat(body, p[k]);
                }
                body += "}}";
            }
            body += "]}";
        } else {
            if (!requestId.isEmpty()) {
                body += ",\"id\":";
                appendJsonString(body, requestId);
            }
            body += ",\"outputs\":[{\"name\":\"";
            body += classify ? "probabilities" : "prediction";
            body += "\",\"datatype\":\"FP32\",\"shape\":[" + QByteArray::number(rows);
            if (classify)
                body += ',' + QByteArray::number(perRow);
            body += "],\"data\":[";
            const std::int64_t values = classify ? rows * perRow : rows;
            for (std::int64_t i = 0; i < values; ++i) {
                if (i > 0)
                    body += ',';
                appendFloat(body, classify ? outputs[i] : outputs[i * perRow]);
            }
            body += "]}";
            if (classify) {
                body += ",{\"name\":\"class\",\"datatype\":\"BYTES\",\"shape\":[" + QByteArray::number(rows)
                    + "],\"data\":[";
                for (std::int64_t r = 0; r < rows; ++r) {
                    if (r > 0)
                        body += ',';
                    appendJsonString(body, classes[best[size_t(r)]]);
                }
                body += "]}";
            }
            body += "]}";
        }
        const double seconds = secondsSince(start);
        if (classify)
            self->metrics.countPredictions(name, answered, classes, counts);
        self->metrics.countRequest(name, answered, 200, seconds);
        if (logged) {
            QJsonArray inputs;
            QJsonArray answers;
            for (std::int64_t r = 0; r < rows; ++r) {
                inputs.append(served->schema.loggedRow(kept, r));
                const float* p = outputs + r * perRow;
                if (classify) {
                    QJsonArray probabilities;
                    for (int k = 0; k < perRow; ++k)
                        probabilities.append(InputSchema::shortest(p[k]));
                    answers.append(QJsonObject {{QStringLiteral("class"), classes[best[size_t(r)]]},
                                                {QStringLiteral("probabilities"), probabilities}});
                } else {
                    answers.append(QJsonObject {{QStringLiteral("prediction"), InputSchema::shortest(p[0])}});
                }
            }
            QJsonObject entry {{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                               {QStringLiteral("model"), name},
                               {QStringLiteral("version"), answered},
                               {QStringLiteral("protocol"), rowForm ? QStringLiteral("v1") : QStringLiteral("v2")},
                               {QStringLiteral("latency_ms"), std::round(seconds * 1e6) / 1000.0},
                               {QStringLiteral("columns"), QJsonArray::fromStringList(served->schema.loggedColumns())},
                               {QStringLiteral("inputs"), inputs},
                               {QStringLiteral("outputs"), answers}};
            if (!requestId.isEmpty()) // what labels that arrive later join on (crucible-cli monitor)
                entry.insert(QStringLiteral("id"), requestId);
            self->log->append(name, QJsonDocument(entry).toJson(QJsonDocument::Compact));
        }
        HttpResponse response;
        response.body = std::move(body);
        response.addHeader("X-Model-Version", QByteArray::number(answered));
        respond(std::move(response));
    };
    // A large request goes to the workers even for a fast model: it would hold up this thread's
    // other connections for as long as it computes.
    if (target->isFast() && rows <= target->maxBatch()) {
        target->holdInline(); // `loaded` holds it until then; the hold keeps it from being reaped
        t_heldJobs.emplace_back(target, std::move(job));
        return;
    }
    target->submit(std::move(job)); // `loaded` holds it until then
}

void ModelServer::Impl::watch()
{
    std::unique_ptr<ModelRegistry> registry;
    std::unique_lock lock(watchMutex);
    while (!watchStopping) {
        watchWake.wait_for(lock, std::chrono::milliseconds(std::max(50, options.aliasPollMs)),
                           [&] { return watchStopping; });
        if (watchStopping)
            break;
        lock.unlock();
        reap();
        if (!registry) {
            auto opened = ModelRegistry::open(registryFolder);
            if (opened)
                registry = std::move(opened.value());
        }
        if (registry) {
            // Which slots follow the registry, and what answers them now.
            std::vector<std::tuple<size_t, size_t, QString, RegisteredVersion>> follows;
            {
                std::lock_guard guard(mutex);
                for (size_t e = 0; e < entries.size(); ++e) {
                    for (size_t s = 0; s < entries[e].slots.size(); ++s) {
                        const Slot& slot = entries[e].slots[s];
                        if (slot.follows)
                            follows.emplace_back(e, s, slot.reference, slot.current->version);
                    }
                }
            }
            for (const auto& [e, s, reference, current] : follows) {
                auto resolved = registry->resolve(reference);
                QString told; // said after the lock is released: onEvent may block (a full stderr pipe)
                if (!resolved) {
                    const QString problem = resolved.error().message;
                    std::lock_guard guard(mutex);
                    Slot& slot = entries[e].slots[s];
                    if (slot.lastProblem != problem) {
                        slot.lastProblem = problem;
                        told = QStringLiteral("%1 no longer resolves (%2); version %3 goes on answering")
                                   .arg(reference, problem)
                                   .arg(current.version);
                    }
                } else if (resolved->version != current.version || resolved->bundleSha256 != current.bundleSha256) {
                    bool failedBefore = false;
                    {
                        std::lock_guard guard(mutex);
                        failedBefore = entries[e].slots[s].failedSha256 == resolved->bundleSha256;
                    }
                    if (failedBefore)
                        continue;
                    auto loaded = LoadedVersion::load(resolved.value(), options, &metrics);
                    std::lock_guard guard(mutex);
                    Slot& slot = entries[e].slots[s];
                    if (!loaded) {
                        metrics.countLoadFailure(current.name);
                        slot.failedSha256 = resolved->bundleSha256;
                        told = QStringLiteral("%1 moved to version %2, which does not load (%3); version %4 goes on "
                                              "answering")
                                   .arg(reference)
                                   .arg(resolved->version)
                                   .arg(loaded.error().message)
                                   .arg(current.version);
                    } else {
                        retired.push_back(slot.current);
                        slot.current = loaded.value();
                        slot.lastProblem.clear();
                        slot.failedSha256.clear();
                        metrics.setLoaded(current.name, reference, resolved->version, loaded.value()->loadSeconds);
                        told = QStringLiteral("%1: version %2 answers now (was %3; loaded in %4 s)")
                                   .arg(reference)
                                   .arg(resolved->version)
                                   .arg(current.version)
                                   .arg(loaded.value()->loadSeconds, 0, 'f', 2);
                    }
                }
                if (!told.isEmpty())
                    event(told);
            }
        }
        lock.lock();
    }
}

void ModelServer::Impl::reap()
{
    std::vector<std::shared_ptr<LoadedVersion>> done;
    {
        std::lock_guard lock(mutex);
        for (auto it = retired.begin(); it != retired.end();) {
            // Only this list holds it (no request does) and its queue is empty: nothing can reach it.
            if (it->use_count() == 1 && (*it)->isIdle()) {
                done.push_back(std::move(*it));
                it = retired.erase(it);
            } else {
                ++it;
            }
        }
    }
    done.clear(); // joins its workers, outside the lock
}

ModelServer::ModelServer() : m_impl(std::make_shared<Impl>())
{ }

ModelServer::~ModelServer()
{
    stop(0);
}

Result<std::unique_ptr<ModelServer>> ModelServer::start(const QString& registryFolder, const QStringList& references,
                                                        const ServeOptions& options)
{
    if (references.isEmpty())
        return Error {ErrorCode::InvalidInput, QStringLiteral("name at least one model to serve"), {}};
    std::unique_ptr<ModelServer> server(new ModelServer);
    Impl& d = *server->m_impl;
    d.options = options;
    d.registryFolder = registryFolder;
    if (!options.token.isEmpty())
        d.expectedAuthorization = "Bearer " + options.token.toUtf8();
    auto registry = ModelRegistry::open(registryFolder);
    if (!registry)
        return registry.error();
    for (const QString& reference : references) {
        auto resolved = registry.value()->resolve(reference);
        if (!resolved)
            return Error {resolved.error().code, QStringLiteral("%1: %2").arg(reference, resolved.error().message),
                          resolved.error().where};
        auto loaded = LoadedVersion::load(resolved.value(), options, &d.metrics);
        if (!loaded)
            return Error {loaded.error().code, QStringLiteral("%1: %2").arg(reference, loaded.error().message),
                          loaded.error().where};
        const QString name = resolved->name;
        auto entry = std::find_if(d.entries.begin(), d.entries.end(), [&](const Entry& e) { return e.name == name; });
        if (entry == d.entries.end()) {
            d.entries.push_back({name, {}});
            entry = d.entries.end() - 1;
        }
        for (const Slot& slot : entry->slots) {
            if (slot.reference == reference)
                return Error {ErrorCode::InvalidInput, QStringLiteral("%1 is named twice").arg(reference), {}};
        }
        entry->slots.push_back({reference, followsRegistry(reference), loaded.value(), {}});
        d.metrics.setLoaded(name, reference, resolved->version, loaded.value()->loadSeconds);
    }
    if (!options.logFolder.isEmpty() && options.logSample > 0) {
        PredictionLog::Options logOptions;
        logOptions.folder = options.logFolder;
        logOptions.sample = std::min(1.0, options.logSample);
        logOptions.maxFileBytes = options.logMaxFileBytes;
        logOptions.onProblem = options.onEvent;
        d.log = std::make_unique<PredictionLog>(logOptions);
    }
    HttpServer::Options httpOptions;
    httpOptions.host = options.host;
    httpOptions.port = options.port;
    // Fast models run on the I/O threads: one per core then; slow ones on workers behind one.
    bool allFast = true;
    for (const Entry& entry : d.entries) {
        for (const Slot& slot : entry.slots)
            allFast = allFast && slot.current->isFast();
    }
    httpOptions.ioThreads =
        options.ioThreads > 0 ? options.ioThreads : (allFast ? std::max(1, QThread::idealThreadCount()) : 1);
    httpOptions.afterEvents = runHeldJobs;
    httpOptions.maxBodyBytes = options.maxBodyBytes;
    httpOptions.headerTimeoutMs = options.headerTimeoutMs;
    Impl* impl = &d;
    auto http = HttpServer::start(httpOptions, [impl](HttpRequest&& request, HttpResponder respond) {
        try {
            impl->handle(std::move(request), respond);
        } catch (const std::exception& error) { // out of memory, most likely: this request fails, not the server
            impl->metrics.countRequest({}, 0, 500, 0);
            respond(HttpResponse::error(500,
                                        QStringLiteral("the server could not handle this request: %1")
                                            .arg(QString::fromLocal8Bit(error.what()))));
        }
    });
    if (!http)
        return http.error();
    d.http = std::move(http.value());
    d.live.store(d.http.get());
    d.watcher = std::thread([impl] { impl->watch(); });
    return server;
}

QString ModelServer::baseUrl() const
{
    return m_impl->http ? m_impl->http->baseUrl() : QString();
}

std::uint16_t ModelServer::port() const
{
    return m_impl->http ? m_impl->http->port() : 0;
}

QList<ServedModel> ModelServer::Impl::servedModels() const
{
    QList<ServedModel> all;
    std::lock_guard lock(mutex);
    for (const Entry& entry : entries) {
        for (const Slot& slot : entry.slots) {
            if (!slot.current)
                continue; // stopped
            all << ServedModel {entry.name,
                                slot.reference,
                                slot.follows,
                                slot.current->version.version,
                                slot.current->version.bundlePath,
                                slot.current->loadSeconds,
                                slot.current->exampleInstance};
        }
    }
    return all;
}

QList<ServedModel> ModelServer::models() const
{
    return m_impl->servedModels();
}

const ServeMetrics& ModelServer::metrics() const
{
    return m_impl->metrics;
}

std::int64_t ModelServer::inFlight() const
{
    return m_impl->http ? m_impl->http->inFlight() : 0;
}

void ModelServer::stop(int drainMs)
{
    Impl& d = *m_impl;
    if (d.stopped)
        return;
    d.stopped = true;
    if (d.http)
        d.http->stop(drainMs); // answers what was taken, within the drain
    d.live.store(nullptr);
    {
        std::lock_guard lock(d.watchMutex);
        d.watchStopping = true;
    }
    d.watchWake.notify_all();
    if (d.watcher.joinable())
        d.watcher.join();
    // Workers answer what is still queued (to closed connections) and stop; then the log is written.
    {
        std::lock_guard lock(d.mutex);
        d.retired.clear();
    }
    for (Entry& entry : d.entries) {
        for (Slot& slot : entry.slots)
            slot.current.reset();
    }
    d.log.reset();
}

} // namespace crucible
