#include "engine/interop/TrackingServer.h"

#include "engine/core/BuildInfo.h"
#include "engine/core/Environment.h"
#include "engine/core/Log.h"
#include "engine/core/Names.h"
#include "engine/interop/MlflowApi.h"
#include "engine/interop/MlflowRegistry.h"
#include "engine/interop/MlflowSearch.h"
#include "engine/registry/RunPackager.h"
#include "engine/serve/HttpServer.h"
#include "engine/store/InteropStore.h"
#include "engine/store/MetricReader.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunQuery.h"
#include "engine/store/RunStore.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <set>

namespace crucible {

using namespace mlflow;

namespace {

// MLflow's own limits (mlflow/utils/validation.py), kept so that a script that works against
// MLflow works here and one that MLflow refuses is refused here with the same message.
constexpr int kMaxMetricsPerBatch = 1000;
constexpr int kMaxParamsTagsPerBatch = 100;
constexpr int kMaxEntitiesPerBatch = 1000;
constexpr int kMaxBatchRequestBytes = 1000000;
constexpr int kMaxParamValueLength = 6000;
constexpr int kMaxTagValueLength = 8000;
constexpr int kMaxKeyLength = 250;
constexpr int kMaxResultsPerPage = 50000;

const QString kDefaultExperiment = QStringLiteral("Default");
const QByteArray kApiPrefix = "/api/2.0/mlflow/";
const QByteArray kAjaxPrefix = "/ajax-api/2.0/mlflow/";
const QByteArray kArtifactsRoot = "/api/2.0/mlflow-artifacts/artifacts";

/// A double as protobuf's JSON writes it: NaN and the infinities as strings.
QJsonValue jsonDouble(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    return value;
}

/// A double from a request: a number, or the strings protobuf's JSON uses ("NaN", "Infinity",
/// "-Infinity"), or a number in a string. nullopt for anything else.
std::optional<double> readDouble(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text == QLatin1String("NaN"))
        return std::nan("");
    if (text == QLatin1String("Infinity"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-Infinity"))
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double parsed = text.toDouble(&ok);
    return ok ? std::optional<double>(parsed) : std::nullopt;
}

qint64 msSinceEpoch(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

/// MLflow's rule for metric and param keys: slashes, letters, digits, _ . - : and spaces; and a
/// key that is a normalized relative path.
std::optional<ApiError> checkKey(const QString& key, const QString& what)
{
    if (key.isEmpty())
        return invalid(QStringLiteral("Missing value for required parameter '%1'.").arg(what));
    static const QRegularExpression allowed(QStringLiteral("^[/\\w.\\- :]*$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!allowed.match(key).hasMatch())
        return invalid(QStringLiteral("Invalid value \"%1\" for parameter '%2' supplied: Names may only contain "
                                      "alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colons (:) "
                                      "and slashes (/).")
                           .arg(key, what));
    const QStringList parts = key.split(QLatin1Char('/'));
    if (key.startsWith(QLatin1Char('/')) || key.endsWith(QLatin1Char('/')) || parts.contains(QStringLiteral("."))
        || parts.contains(QStringLiteral("..")) || parts.contains(QString()))
        return invalid(
            QStringLiteral("Invalid value \"%1\" for parameter '%2' supplied: Names may be treated as files in "
                           "certain cases, and must not resolve to other names when treated as such.")
                .arg(key, what));
    if (key.size() > kMaxKeyLength)
        return invalid(QStringLiteral("'%1' exceeds the maximum length of %2 characters").arg(what).arg(kMaxKeyLength));
    return std::nullopt;
}

std::optional<ApiError> checkBatchLimit(const QString& entity, int limit, qsizetype length)
{
    if (length <= limit)
        return std::nullopt;
    return invalid(QStringLiteral("A batch logging request can contain at most %1 %2. Got %3 %2. Please split up %2 "
                                  "across multiple requests and try again.")
                       .arg(limit)
                       .arg(entity)
                       .arg(length));
}

/// A query string as browsers and Python's requests encode it: '+' is a space.
QString formDecoded(const QByteArray& query)
{
    return QString::fromUtf8(QByteArray(query).replace('+', "%20"));
}

/// An id as the client may send it: a string, or (from hand-written requests) a whole number.
QString idText(const QJsonValue& value, const QString& fallback = {})
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()) && value.toDouble() >= 0)
        return QString::number(qint64(value.toDouble()));
    return value.isUndefined() || value.isNull() ? fallback : QStringLiteral("(not an id)");
}

/// A page token this server handed out (an offset); nullopt for anything else.
std::optional<qint64> pageOffset(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull() || value.toString().isEmpty())
        return 0;
    bool ok = false;
    const qint64 offset = value.toString().toLongLong(&ok);
    return ok && offset >= 0 ? std::optional<qint64>(offset) : std::nullopt;
}

ApiError badPageToken()
{
    return invalid(QStringLiteral("Invalid page_token: use the next_page_token of the previous answer"));
}

/// ACTIVE_ONLY (the default), DELETED_ONLY or ALL; empty for anything else.
QString viewType(const QJsonValue& value)
{
    const QString view =
        value.isUndefined() || value.isNull() ? QStringLiteral("ACTIVE_ONLY") : value.toString().toUpper();
    return view == QLatin1String("ACTIVE_ONLY") || view == QLatin1String("DELETED_ONLY") || view == QLatin1String("ALL")
        ? view
        : QString();
}

/// The list `name` of a request: absent is empty; anything but a list is refused.
std::optional<QJsonArray> listField(const QJsonObject& body, const QString& name, ApiError* error)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return QJsonArray {};
    if (!value.isArray()) {
        *error = invalid(QStringLiteral("'%1' must be a list").arg(name));
        return std::nullopt;
    }
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isObject()) {
            *error = invalid(QStringLiteral("each item of '%1' must be an object with a key and a value").arg(name));
            return std::nullopt;
        }
    }
    return value.toArray();
}

/// The run a request names: run_id, or the older run_uuid.
QString runIdOf(const QJsonObject& body)
{
    return idText(body.value(QStringLiteral("run_id")), idText(body.value(QStringLiteral("run_uuid"))));
}

struct Job {
    HttpRequest request;
    HttpResponder respond;
};

} // namespace

struct TrackingServer::Impl {
    std::shared_ptr<const Workspace> workspace;
    TrackingServerOptions options;
    QString registryFolder;
    std::unique_ptr<HttpServer> http;
    QThread* worker = nullptr;

    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> jobs;
    bool stopping = false;
    std::atomic<std::int64_t> answered {0};

    // Owned by the worker thread.
    struct Writer {
        std::unique_ptr<MetricWriter> writer;
        std::chrono::steady_clock::time_point lastUsed;
    };
    std::map<QString, Writer> writers;
    std::set<QString> owned; ///< runs this server started and has not ended: their leases
    std::chrono::steady_clock::time_point lastHeartbeat;

    void event(const QString& line) const
    {
        if (options.onEvent)
            options.onEvent(line);
    }

    void workerLoop();
    HttpResponse handle(HttpRequest& request);
    HttpResponse handleApi(const QString& endpoint, const QByteArray& method, const QJsonObject& body);
    HttpResponse handleArtifacts(HttpRequest& request);
    void heartbeats();
    void closeIdleWriters(bool all);
    Result<MetricWriter*> writerFor(const QString& runId);

    // The API, each answering its endpoint.
    QJsonObject experimentJson(const ExperimentRecord& record) const;
    Result<ExperimentRecord> experimentById(const QString& id) const;
    QString experimentIdText(const ExperimentRecord& record) const;
    Result<QJsonObject> runJson(const QString& runId) const;
    QJsonObject runJson(const RunRecord& run, const QMap<QString, QString>& keyTags, const QString& experimentId) const;
    QJsonObject runInfoJson(const RunRecord& run, const QMap<QString, QString>& keyTags,
                            const QString& experimentId) const;
    std::optional<ApiError> activeRun(const QString& runId, RunRecord* record = nullptr) const;
    std::optional<ApiError> logParams(const QString& runId, const QJsonArray& params);
    std::optional<ApiError> setTag(const QString& runId, const QString& key, const QString& value);
    std::optional<ApiError> deleteTag(const QString& runId, const QString& key);
    std::optional<ApiError> logMetrics(const QString& runId, const QJsonArray& metrics);

    HttpResponse createExperiment(const QJsonObject& body);
    HttpResponse getExperiment(const QJsonObject& body);
    HttpResponse getExperimentByName(const QJsonObject& body);
    HttpResponse searchExperiments(const QJsonObject& body);
    HttpResponse updateExperiment(const QJsonObject& body);
    HttpResponse setExperimentDeleted(const QJsonObject& body, bool deleted);
    HttpResponse setExperimentTag(const QJsonObject& body);
    HttpResponse createRun(const QJsonObject& body);
    HttpResponse getRun(const QJsonObject& body);
    HttpResponse updateRun(const QJsonObject& body);
    HttpResponse setRunDeleted(const QJsonObject& body, bool deleted);
    HttpResponse searchRuns(const QJsonObject& body);
    HttpResponse logMetric(const QJsonObject& body);
    HttpResponse logParameter(const QJsonObject& body);
    HttpResponse logBatch(const QJsonObject& body);
    HttpResponse setTagEndpoint(const QJsonObject& body);
    HttpResponse deleteTagEndpoint(const QJsonObject& body);
    HttpResponse logInputs(const QJsonObject& body);
    HttpResponse metricHistory(const QJsonObject& body);
};

TrackingServer::TrackingServer() : m_impl(std::make_unique<Impl>())
{ }

TrackingServer::~TrackingServer()
{
    stop();
}

Result<std::unique_ptr<TrackingServer>> TrackingServer::start(std::shared_ptr<const Workspace> workspace,
                                                              const TrackingServerOptions& options)
{
    if (!workspace)
        return Error {ErrorCode::Internal, QStringLiteral("the tracking server needs a workspace"), {}};
    if (workspace->isReadOnly())
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("the workspace is read-only; the tracking server writes runs into it"),
                      workspace->folder()};
    std::unique_ptr<TrackingServer> server(new TrackingServer());
    Impl* impl = server->m_impl.get();
    impl->workspace = std::move(workspace);
    impl->options = options;
    impl->registryFolder = resolveRegistryFolder(*impl->workspace, options.registryFolder);
    impl->lastHeartbeat = std::chrono::steady_clock::now();

    HttpServer::Options http;
    http.host = options.host;
    http.port = options.port;
    http.maxBodyBytes = std::max<std::int64_t>(options.maxArtifactBytes, kMaxBatchRequestBytes * 2);
    http.idleTimeoutMs = 120000;
    const QByteArray expected = options.token.isEmpty() ? QByteArray() : QByteArray("Bearer ") + options.token.toUtf8();
    auto started = HttpServer::start(http, [impl, expected](HttpRequest&& request, HttpResponder respond) {
        if (!expected.isEmpty() && request.header("authorization") != expected) {
            HttpResponse refused =
                errorResponse({401, QStringLiteral("UNAUTHENTICATED"),
                               QStringLiteral("this tracking server needs a token: set MLFLOW_TRACKING_TOKEN")});
            refused.addHeader("WWW-Authenticate", "Bearer");
            respond(std::move(refused));
            return;
        }
        {
            std::lock_guard lock(impl->mutex);
            if (impl->stopping) {
                respond(errorResponse(
                    {503, QStringLiteral("TEMPORARILY_UNAVAILABLE"), QStringLiteral("the server is stopping")}));
                return;
            }
            impl->jobs.push_back(Job {std::move(request), std::move(respond)});
        }
        impl->wake.notify_one();
    });
    if (!started)
        return started.error();
    impl->http = std::move(started.value());
    impl->worker = QThread::create([impl] { impl->workerLoop(); });
    impl->worker->setObjectName(QStringLiteral("mlflow-tracking"));
    impl->worker->start();
    return server;
}

std::uint16_t TrackingServer::port() const
{
    return m_impl->http ? m_impl->http->port() : 0;
}

QString TrackingServer::baseUrl() const
{
    return m_impl->http ? m_impl->http->baseUrl() : QString();
}

std::int64_t TrackingServer::requestCount() const
{
    return m_impl->answered.load();
}

void TrackingServer::stop()
{
    if (!m_impl->worker)
        return;
    // Stop accepting and answer what came in; then the worker drains its queue and ends.
    if (m_impl->http)
        m_impl->http->stop(5000);
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopping = true;
    }
    m_impl->wake.notify_all();
    m_impl->worker->wait();
    delete m_impl->worker;
    m_impl->worker = nullptr;
    m_impl->http.reset();
}

void TrackingServer::Impl::workerLoop()
{
    while (true) {
        Job job;
        {
            std::unique_lock lock(mutex);
            wake.wait_for(lock, std::chrono::seconds(2), [this] { return stopping || !jobs.empty(); });
            if (jobs.empty()) {
                if (stopping)
                    break;
                lock.unlock();
                heartbeats();
                closeIdleWriters(false);
                continue;
            }
            job = std::move(jobs.front());
            jobs.pop_front();
        }
        HttpResponse response = handle(job.request);
        job.respond(std::move(response));
        answered.fetch_add(1);
        heartbeats();
    }
    closeIdleWriters(true);
}

void TrackingServer::Impl::heartbeats()
{
    const auto now = std::chrono::steady_clock::now();
    if (now - lastHeartbeat < std::chrono::seconds(5))
        return;
    lastHeartbeat = now;
    RunStore store(*workspace);
    for (const QString& runId : owned) {
        if (Status renewed = store.heartbeat(runId); !renewed)
            event(QStringLiteral("could not renew the lease of run %1: %2").arg(runId, renewed.error().message));
    }
}

void TrackingServer::Impl::closeIdleWriters(bool all)
{
    const auto now = std::chrono::steady_clock::now();
    for (auto it = writers.begin(); it != writers.end();) {
        if (all || now - it->second.lastUsed > std::chrono::seconds(60)) {
            if (Status closed = it->second.writer->close(); !closed)
                event(QStringLiteral("metrics of run %1 could not be written: %2")
                          .arg(it->first, closed.error().message));
            it = writers.erase(it);
        } else {
            ++it;
        }
    }
}

Result<MetricWriter*> TrackingServer::Impl::writerFor(const QString& runId)
{
    auto found = writers.find(runId);
    if (found == writers.end()) {
        MetricWriter::Options writerOptions;
        writerOptions.flushIntervalMs = 200;
        auto opened = MetricWriter::open(*workspace, runId, writerOptions);
        if (!opened)
            return opened.error();
        found = writers.emplace(runId, Writer {std::move(opened.value()), {}}).first;
    }
    found->second.lastUsed = std::chrono::steady_clock::now();
    return found->second.writer.get();
}

HttpResponse TrackingServer::Impl::handle(HttpRequest& request)
{
    const QByteArray& path = request.path;
    if (path == "/health")
        return HttpResponse {200, "text/plain", "OK", {}};
    if (path == "/version")
        return HttpResponse {200, "text/plain", BuildInfo::version().toUtf8(), {}};
    if (path == kArtifactsRoot || path.startsWith(QByteArray(kArtifactsRoot + '/')))
        return handleArtifacts(request);
    QByteArray endpoint;
    if (path.startsWith(kApiPrefix))
        endpoint = path.mid(kApiPrefix.size());
    else if (path.startsWith(kAjaxPrefix))
        endpoint = path.mid(kAjaxPrefix.size());
    else
        return errorResponse(
            {404, QStringLiteral("ENDPOINT_NOT_FOUND"),
             QStringLiteral("No API endpoint %1 %2 on this server (Crucible's MLflow-compatible tracking server)")
                 .arg(QString::fromUtf8(request.method), QString::fromUtf8(path))});
    QJsonObject body;
    if (request.method == "GET" || request.method == "HEAD"
        || (request.method == "DELETE" && !request.query.isEmpty())) {
        const QUrlQuery query(formDecoded(request.query));
        QJsonObject params;
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            const QJsonValue existing = params.value(key);
            if (existing.isUndefined())
                params.insert(key, value);
            else {
                QJsonArray list = existing.isArray() ? existing.toArray() : QJsonArray {existing};
                list.append(value);
                params.insert(key, list);
            }
        }
        body = params;
    } else if (!request.body.trimmed().isEmpty()) {
        if (endpoint == "runs/log-batch" && request.body.size() > kMaxBatchRequestBytes)
            return errorResponse(
                invalid(QStringLiteral("Batched logging API requests must be at most %1 bytes, got a request of "
                                       "size %2.")
                            .arg(kMaxBatchRequestBytes)
                            .arg(request.body.size())));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return errorResponse({400, QStringLiteral("MALFORMED_REQUEST"),
                                  parseError.error != QJsonParseError::NoError
                                      ? QStringLiteral("the request body is not valid JSON: %1 at byte %2")
                                            .arg(parseError.errorString())
                                            .arg(parseError.offset)
                                      : QStringLiteral("the request body must be a JSON object")});
        body = document.object();
    }
    return handleApi(QString::fromUtf8(endpoint), request.method, body);
}

HttpResponse TrackingServer::Impl::handleApi(const QString& endpoint, const QByteArray& method, const QJsonObject& body)
{
    using Handler = HttpResponse (Impl::*)(const QJsonObject&);
    static const std::map<QString, std::pair<const char*, Handler>> kRoutes {
        {QStringLiteral("experiments/create"), {"POST", &Impl::createExperiment}},
        {QStringLiteral("experiments/get"), {"GET", &Impl::getExperiment}},
        {QStringLiteral("experiments/get-by-name"), {"GET", &Impl::getExperimentByName}},
        {QStringLiteral("experiments/search"), {"*", &Impl::searchExperiments}},
        {QStringLiteral("experiments/update"), {"POST", &Impl::updateExperiment}},
        {QStringLiteral("experiments/set-experiment-tag"), {"POST", &Impl::setExperimentTag}},
        {QStringLiteral("runs/create"), {"POST", &Impl::createRun}},
        {QStringLiteral("runs/get"), {"GET", &Impl::getRun}},
        {QStringLiteral("runs/update"), {"POST", &Impl::updateRun}},
        {QStringLiteral("runs/search"), {"POST", &Impl::searchRuns}},
        {QStringLiteral("runs/log-metric"), {"POST", &Impl::logMetric}},
        {QStringLiteral("runs/log-batch"), {"POST", &Impl::logBatch}},
        {QStringLiteral("runs/log-parameter"), {"POST", &Impl::logParameter}},
        {QStringLiteral("runs/set-tag"), {"POST", &Impl::setTagEndpoint}},
        {QStringLiteral("runs/delete-tag"), {"POST", &Impl::deleteTagEndpoint}},
        {QStringLiteral("runs/log-inputs"), {"POST", &Impl::logInputs}},
        {QStringLiteral("metrics/get-history"), {"GET", &Impl::metricHistory}},
    };
    if (endpoint == QLatin1String("experiments/delete") || endpoint == QLatin1String("experiments/restore")) {
        if (method != "POST")
            return errorResponse(
                {405, QStringLiteral("ENDPOINT_NOT_FOUND"), QStringLiteral("%1 takes POST").arg(endpoint)});
        return setExperimentDeleted(body, endpoint.endsWith(QLatin1String("delete")));
    }
    if (endpoint == QLatin1String("runs/delete") || endpoint == QLatin1String("runs/restore")) {
        if (method != "POST")
            return errorResponse(
                {405, QStringLiteral("ENDPOINT_NOT_FOUND"), QStringLiteral("%1 takes POST").arg(endpoint)});
        return setRunDeleted(body, endpoint.endsWith(QLatin1String("delete")));
    }
    if (endpoint.startsWith(QLatin1String("registered-models/"))
        || endpoint.startsWith(QLatin1String("model-versions/")))
        return handleRegistry(*workspace, registryFolder, endpoint, method, body);
    if (endpoint == QLatin1String("logged-models/search")) {
        // MLflow 3's search_runs also asks for the models logged with the runs: Crucible keeps
        // none in MLflow's form (its models are bundles in its own registry), so there are none.
        return HttpResponse::json(200, {{QStringLiteral("models"), QJsonArray {}}});
    }
    if (endpoint.startsWith(QLatin1String("logged-models")))
        return errorResponse(invalid(
            QStringLiteral(
                "Crucible's tracking server keeps runs, metrics, params, tags and artifacts but not MLflow logged "
                "models; save the model as an artifact (mlflow.log_artifact) or train it with Crucible to register "
                "it (endpoint %1)")
                .arg(endpoint)));
    const auto route = kRoutes.find(endpoint);
    if (route == kRoutes.end())
        return errorResponse(
            {404, QStringLiteral("ENDPOINT_NOT_FOUND"),
             QStringLiteral("No API endpoint %1 on this server (Crucible's MLflow-compatible tracking server "
                            "serves tracking: experiments, runs, metrics, params, tags, artifacts)")
                 .arg(endpoint)});
    const QByteArray wanted = route->second.first;
    if (wanted != "*" && method != wanted)
        return errorResponse({405, QStringLiteral("ENDPOINT_NOT_FOUND"),
                              QStringLiteral("%1 takes %2, not %3")
                                  .arg(endpoint, QString::fromLatin1(wanted), QString::fromLatin1(method))});
    return (this->*(route->second.second))(body);
}

// ---- experiments -------------------------------------------------------------------------

QString TrackingServer::Impl::experimentIdText(const ExperimentRecord& record) const
{
    return record.name == kDefaultExperiment ? QStringLiteral("0") : QString::number(record.id);
}

Result<ExperimentRecord> TrackingServer::Impl::experimentById(const QString& id) const
{
    InteropStore store(*workspace);
    if (id == QLatin1String("0"))
        return store.ensureExperiment(kDefaultExperiment);
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || number <= 0)
        return Error {ErrorCode::NotFound, QStringLiteral("No Experiment with id=%1 exists").arg(id), {}};
    auto found = store.experiment(number);
    if (!found && found.error().code == ErrorCode::NotFound)
        return Error {ErrorCode::NotFound, QStringLiteral("No Experiment with id=%1 exists").arg(id), {}};
    return found;
}

QJsonObject TrackingServer::Impl::experimentJson(const ExperimentRecord& record) const
{
    const QString id = experimentIdText(record);
    QJsonArray tags;
    if (!record.description.isEmpty())
        tags.append(QJsonObject {{QStringLiteral("key"), QStringLiteral("mlflow.note.content")},
                                 {QStringLiteral("value"), record.description}});
    return QJsonObject {
        {QStringLiteral("experiment_id"), id},
        {QStringLiteral("name"), record.name},
        {QStringLiteral("artifact_location"), QString(QStringLiteral("mlflow-artifacts:/") + id)},
        {QStringLiteral("lifecycle_stage"), record.isDeleted() ? QStringLiteral("deleted") : QStringLiteral("active")},
        {QStringLiteral("creation_time"), double(msSinceEpoch(record.createdAt))},
        {QStringLiteral("last_update_time"),
         double(msSinceEpoch(record.isDeleted() ? record.deletedAt : record.createdAt))},
        {QStringLiteral("tags"), tags},
    };
}

HttpResponse TrackingServer::Impl::createExperiment(const QJsonObject& body)
{
    const QString name = body.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return errorResponse(invalid(QStringLiteral("Missing value for required parameter 'name'.")));
    InteropStore store(*workspace);
    auto existing = store.experimentNamed(name);
    if (!existing)
        return errorResponse(fromError(existing.error()));
    if (existing.value())
        return errorResponse({400, QStringLiteral("RESOURCE_ALREADY_EXISTS"),
                              QStringLiteral("Experiment '%1' already exists.").arg(name)});
    auto created = store.createExperiment(name);
    if (!created)
        return errorResponse(fromError(created.error()));
    event(QStringLiteral("experiment %1 created").arg(name));
    return HttpResponse::json(200, {{QStringLiteral("experiment_id"), experimentIdText(created.value())}});
}

HttpResponse TrackingServer::Impl::getExperiment(const QJsonObject& body)
{
    const QString id = idText(body.value(QStringLiteral("experiment_id")));
    if (id.isEmpty())
        return errorResponse(invalid(QStringLiteral("Missing value for required parameter 'experiment_id'.")));
    auto found = experimentById(id);
    if (!found)
        return errorResponse(fromError(found.error()));
    return HttpResponse::json(200, {{QStringLiteral("experiment"), experimentJson(found.value())}});
}

HttpResponse TrackingServer::Impl::getExperimentByName(const QJsonObject& body)
{
    const QString name = body.value(QStringLiteral("experiment_name")).toString();
    if (name.isEmpty())
        return errorResponse(invalid(QStringLiteral("Missing value for required parameter 'experiment_name'.")));
    InteropStore store(*workspace);
    auto found = name == kDefaultExperiment
        ? Result<std::optional<ExperimentRecord>>(store.ensureExperiment(name).value())
        : store.experimentNamed(name);
    if (!found)
        return errorResponse(fromError(found.error()));
    if (!found.value())
        return errorResponse(missing(QStringLiteral("Could not find experiment with name '%1'").arg(name)));
    return HttpResponse::json(200, {{QStringLiteral("experiment"), experimentJson(*found.value())}});
}

HttpResponse TrackingServer::Impl::searchExperiments(const QJsonObject& body)
{
    InteropStore store(*workspace);
    if (auto ensured = store.ensureExperiment(kDefaultExperiment); !ensured)
        return errorResponse(fromError(ensured.error()));
    auto all = store.experiments();
    if (!all)
        return errorResponse(fromError(all.error()));
    const QString view = viewType(body.value(QStringLiteral("view_type")));
    if (view.isEmpty())
        return errorResponse(invalid(QStringLiteral("Invalid view_type: ACTIVE_ONLY, DELETED_ONLY or ALL")));
    QString filter = body.value(QStringLiteral("filter")).toString().trimmed();
    // The only filter MLflow's clients send here in practice: name = 'x' (or LIKE '%x%').
    QString nameEquals;
    QString nameContains;
    if (!filter.isEmpty()) {
        static const QRegularExpression equals(QStringLiteral("^(?:attributes?\\.)?name\\s*=\\s*(['\"])(.*)\\1$"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression like(
            QStringLiteral("^(?:attributes?\\.)?name\\s+i?like\\s*(['\"])%([^%_]*)%\\1$"),
            QRegularExpression::CaseInsensitiveOption);
        if (const auto match = equals.match(filter); match.hasMatch())
            nameEquals = match.captured(2);
        else if (const auto likeMatch = like.match(filter); likeMatch.hasMatch())
            nameContains = likeMatch.captured(2);
        else
            return errorResponse(
                invalid(QStringLiteral("experiments can be filtered by name only (name = 'x' or name LIKE "
                                       "'%x%'), not by: %1")
                            .arg(filter)));
    }
    const auto maxResults = readInt(body.value(QStringLiteral("max_results")));
    const qint64 limit = maxResults ? *maxResults : 1000;
    if (limit < 1 || limit > kMaxResultsPerPage)
        return errorResponse(
            invalid(QStringLiteral("Invalid value for max_results: must be between 1 and %1").arg(kMaxResultsPerPage)));
    const auto pageStart = pageOffset(body.value(QStringLiteral("page_token")));
    if (!pageStart)
        return errorResponse(badPageToken());
    const qint64 offset = *pageStart;
    QJsonArray list;
    qint64 index = 0;
    bool more = false;
    for (const ExperimentRecord& record : all.value()) {
        if ((view == QLatin1String("ACTIVE_ONLY") && record.isDeleted())
            || (view == QLatin1String("DELETED_ONLY") && !record.isDeleted()))
            continue;
        if (!nameEquals.isEmpty() && record.name != nameEquals)
            continue;
        if (!nameContains.isEmpty() && !record.name.contains(nameContains, Qt::CaseInsensitive))
            continue;
        if (index++ < offset)
            continue;
        if (list.size() >= limit) {
            more = true;
            break;
        }
        list.append(experimentJson(record));
    }
    QJsonObject answer {{QStringLiteral("experiments"), list}};
    if (more)
        answer.insert(QStringLiteral("next_page_token"), QString::number(offset + list.size()));
    return HttpResponse::json(200, answer);
}

HttpResponse TrackingServer::Impl::updateExperiment(const QJsonObject& body)
{
    auto found = experimentById(idText(body.value(QStringLiteral("experiment_id"))));
    if (!found)
        return errorResponse(fromError(found.error()));
    const QString name = body.value(QStringLiteral("new_name")).toString();
    if (name.isEmpty())
        return errorResponse(invalid(QStringLiteral("Missing value for required parameter 'new_name'.")));
    if (found->name == kDefaultExperiment && name != kDefaultExperiment)
        return errorResponse(invalid(QStringLiteral("the Default experiment (id 0) keeps its name in Crucible")));
    if (Status renamed = InteropStore(*workspace).renameExperiment(found->id, name); !renamed)
        return errorResponse(fromError(renamed.error()));
    return HttpResponse::json(200, {});
}

HttpResponse TrackingServer::Impl::setExperimentDeleted(const QJsonObject& body, bool deleted)
{
    auto found = experimentById(idText(body.value(QStringLiteral("experiment_id"))));
    if (!found)
        return errorResponse(fromError(found.error()));
    if (deleted && found->name == kDefaultExperiment)
        return errorResponse(invalid(
            QStringLiteral("Cannot delete the default experiment '0'. This is an internally reserved experiment.")));
    if (Status changed = InteropStore(*workspace).setExperimentDeleted(found->id, deleted); !changed)
        return errorResponse(fromError(changed.error()));
    return HttpResponse::json(200, {});
}

HttpResponse TrackingServer::Impl::setExperimentTag(const QJsonObject& body)
{
    auto found = experimentById(idText(body.value(QStringLiteral("experiment_id"))));
    if (!found)
        return errorResponse(fromError(found.error()));
    const QString key = body.value(QStringLiteral("key")).toString();
    if (key != QLatin1String("mlflow.note.content"))
        return errorResponse(
            invalid(QStringLiteral("Crucible keeps an experiment's description (the tag mlflow.note.content) "
                                   "but no other experiment tags; '%1' was not set")
                        .arg(key)));
    QSqlQuery query(workspace->database());
    query.prepare(QStringLiteral("UPDATE experiments SET description = ? WHERE id = ?"));
    query.addBindValue(body.value(QStringLiteral("value")).toString());
    query.addBindValue(found->id);
    if (!query.exec())
        return errorResponse(fromError(Error {ErrorCode::Io, query.lastError().text(), found->name}));
    return HttpResponse::json(200, {});
}

// ---- runs --------------------------------------------------------------------------------

QJsonObject TrackingServer::Impl::runInfoJson(const RunRecord& run, const QMap<QString, QString>& keyTags,
                                              const QString& experimentId) const
{
    QJsonObject info {
        {QStringLiteral("run_id"), run.id},
        {QStringLiteral("run_uuid"), run.id},
        {QStringLiteral("run_name"), run.name},
        {QStringLiteral("experiment_id"), experimentId},
        {QStringLiteral("user_id"), keyTags.value(QStringLiteral("mlflow.user"))},
        {QStringLiteral("status"), mlflow::statusName(runStatusKey(run.status))},
        {QStringLiteral("start_time"), double(msSinceEpoch(run.startedAt.isValid() ? run.startedAt : run.createdAt))},
        {QStringLiteral("artifact_uri"), QStringLiteral("mlflow-artifacts:/%1/%2/artifacts").arg(experimentId, run.id)},
        {QStringLiteral("lifecycle_stage"), run.isDeleted() ? QStringLiteral("deleted") : QStringLiteral("active")},
    };
    if (run.endedAt.isValid())
        info.insert(QStringLiteral("end_time"), double(msSinceEpoch(run.endedAt)));
    return info;
}

QJsonObject TrackingServer::Impl::runJson(const RunRecord& run, const QMap<QString, QString>& keyTags,
                                          const QString& experimentId) const
{
    QJsonArray metrics;
    for (auto it = run.metrics.constBegin(); it != run.metrics.constEnd(); ++it) {
        if (it->count == 0)
            continue;
        metrics.append(QJsonObject {{QStringLiteral("key"), it.key()},
                                    {QStringLiteral("value"), jsonDouble(it->last)},
                                    {QStringLiteral("timestamp"), double(std::llround(it->lastWallTime * 1000.0))},
                                    {QStringLiteral("step"), double(it->lastStep)}});
    }
    QJsonArray params;
    for (auto it = run.params.constBegin(); it != run.params.constEnd(); ++it)
        params.append(
            QJsonObject {{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), mlflow::paramText(it.value())}});
    QJsonArray inputs;
    for (auto it = keyTags.constBegin(); it != keyTags.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("crucible.input.")))
            inputs.append(QJsonDocument::fromJson(it.value().toUtf8()).object());
    }
    const QMap<QString, QString> tags = mlflow::mlflowTags(run.name, run.parentRunId, run.notes, run.tags, keyTags);
    QJsonArray tagList;
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        tagList.append(QJsonObject {{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value()}});
    return QJsonObject {
        {QStringLiteral("info"), runInfoJson(run, keyTags, experimentId)},
        {QStringLiteral("data"),
         QJsonObject {{QStringLiteral("metrics"), metrics},
                      {QStringLiteral("params"), params},
                      {QStringLiteral("tags"), tagList}}},
        {QStringLiteral("inputs"), QJsonObject {{QStringLiteral("dataset_inputs"), inputs}}},
    };
}

Result<QJsonObject> TrackingServer::Impl::runJson(const QString& runId) const
{
    auto run = RunCatalog(*workspace).run(runId);
    if (!run)
        return run.error();
    auto keyTags = InteropStore(*workspace).keyTags(runId);
    if (!keyTags)
        return keyTags.error();
    auto experiment = InteropStore(*workspace).experimentNamed(run->experiment);
    const QString experimentId =
        experiment && experiment.value() ? experimentIdText(*experiment.value()) : QStringLiteral("0");
    return runJson(run.value(), keyTags.value(), experimentId);
}

/// Refuses a run that is not in this workspace or is in the trash (MLflow's "active" lifecycle).
std::optional<ApiError> TrackingServer::Impl::activeRun(const QString& runId, RunRecord* record) const
{
    if (runId.isEmpty())
        return invalid(QStringLiteral("Missing value for required parameter 'run_id'."));
    const auto gone = [&] { return missing(QStringLiteral("Run with id=%1 not found").arg(runId)); };
    const auto deleted = [&] {
        return invalid(
            QStringLiteral("The run %1 must be in the 'active' state. Current state is deleted.").arg(runId));
    };
    if (!record) {
        // Every logging call asks this: one row's trash mark, not the whole record.
        QSqlQuery query(workspace->database());
        query.prepare(QStringLiteral("SELECT deleted_at IS NOT NULL FROM runs WHERE id = ?"));
        query.addBindValue(runId);
        if (!query.exec())
            return fromError(sqlError(query.lastError(), runId, QStringLiteral("looking up the run")));
        if (!query.next())
            return gone();
        if (query.value(0).toBool())
            return deleted();
        return std::nullopt;
    }
    auto run = RunCatalog(*workspace).run(runId);
    if (!run)
        return run.error().code == ErrorCode::NotFound ? gone() : fromError(run.error());
    if (run->isDeleted())
        return deleted();
    *record = std::move(run.value());
    return std::nullopt;
}

HttpResponse TrackingServer::Impl::createRun(const QJsonObject& body)
{
    const QString experimentId = idText(body.value(QStringLiteral("experiment_id")), QStringLiteral("0"));
    auto experiment = experimentById(experimentId.isEmpty() ? QStringLiteral("0") : experimentId);
    if (!experiment)
        return errorResponse(fromError(experiment.error()));
    if (experiment->isDeleted())
        return errorResponse(
            invalid(QStringLiteral("The experiment %1 must be in the 'active' state. Current state is deleted.")
                        .arg(experimentId)));
    ApiError listError;
    const auto tagList = listField(body, QStringLiteral("tags"), &listError);
    if (!tagList)
        return errorResponse(listError);
    const QJsonValue startValue = body.value(QStringLiteral("start_time"));
    const auto startTime = readInt(startValue);
    if (!startValue.isUndefined() && !startValue.isNull() && (!startTime || *startTime < 0))
        return errorResponse(invalid(QStringLiteral("'start_time' must be milliseconds since 1970")));
    QMap<QString, QString> tags;
    for (const QJsonValue& tag : *tagList) {
        const QString key = tag.toObject().value(QStringLiteral("key")).toString();
        if (!tag.toObject().value(QStringLiteral("value")).isString())
            return errorResponse(invalid(QStringLiteral("the value of tag '%1' must be a string").arg(key)));
        const QString value = tag.toObject().value(QStringLiteral("value")).toString();
        if (auto bad = checkKey(key, QStringLiteral("key")))
            return errorResponse(*bad);
        if (value.size() > kMaxTagValueLength)
            return errorResponse(
                invalid(QStringLiteral("Tag value '%1...' had length %2, which exceeded length limit of %3")
                            .arg(value.left(40))
                            .arg(value.size())
                            .arg(kMaxTagValueLength)));
        tags.insert(key, value);
    }
    NewRun spec;
    spec.experiment = experiment->name;
    spec.name = body.value(QStringLiteral("run_name")).toString();
    if (spec.name.isEmpty())
        spec.name = tags.value(QStringLiteral("mlflow.runName"));
    spec.name = spec.name.trimmed();
    spec.parentRunId = tags.take(QStringLiteral("mlflow.parentRunId"));
    tags.remove(QStringLiteral("mlflow.runName"));
    const QString user = body.value(QStringLiteral("user_id")).toString();
    if (!user.isEmpty() && !tags.contains(QStringLiteral("mlflow.user")))
        tags.insert(QStringLiteral("mlflow.user"), user);
    if (!spec.parentRunId.isEmpty()) {
        if (auto bad = activeRun(spec.parentRunId))
            return errorResponse(
                invalid(QStringLiteral("the parent run %1 (tag mlflow.parentRunId) is not in this workspace")
                            .arg(spec.parentRunId)));
    }
    RunStore store(*workspace);
    auto created = store.createRun(spec);
    if (!created)
        return errorResponse(fromError(created.error()));
    const QString runId = created.value();
    Environment environment = Environment::machine();
    if (Status started = store.start(runId, environment); !started)
        return errorResponse(fromError(started.error()));
    owned.insert(runId);
    InteropStore interop(*workspace);
    if (startTime) {
        if (Status timed = interop.setRunTimes(runId, QDateTime::fromMSecsSinceEpoch(*startTime, Qt::UTC), {}); !timed)
            return errorResponse(fromError(timed.error()));
    }
    if (Status source = interop.setKeyTag(runId, QStringLiteral("crucible.source"), QStringLiteral("mlflow")); !source)
        return errorResponse(fromError(source.error()));
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        if (auto bad = setTag(runId, it.key(), it.value()))
            return errorResponse(*bad);
    }
    auto json = runJson(runId);
    if (!json)
        return errorResponse(fromError(json.error()));
    event(QStringLiteral("run %1 (%2) started in %3")
              .arg(runId, json->value(QStringLiteral("info")).toObject().value(QStringLiteral("run_name")).toString(),
                   experiment->name));
    return HttpResponse::json(200, {{QStringLiteral("run"), json.value()}});
}

HttpResponse TrackingServer::Impl::getRun(const QJsonObject& body)
{
    const QString runId = runIdOf(body);
    if (runId.isEmpty())
        return errorResponse(invalid(QStringLiteral("Missing value for required parameter 'run_id'.")));
    auto json = runJson(runId);
    if (!json) {
        if (json.error().code == ErrorCode::NotFound)
            return errorResponse(missing(QStringLiteral("Run with id=%1 not found").arg(runId)));
        return errorResponse(fromError(json.error()));
    }
    return HttpResponse::json(200, {{QStringLiteral("run"), json.value()}});
}

HttpResponse TrackingServer::Impl::updateRun(const QJsonObject& body)
{
    const QString runId = runIdOf(body);
    RunRecord run;
    if (auto bad = activeRun(runId, &run))
        return errorResponse(*bad);
    RunStore store(*workspace);
    const QString name = body.value(QStringLiteral("run_name")).toString().trimmed();
    if (!name.isEmpty() && name != run.name) {
        if (Status renamed = store.rename(runId, name); !renamed)
            return errorResponse(fromError(renamed.error()));
    }
    const QJsonValue statusValue = body.value(QStringLiteral("status"));
    if (!statusValue.isUndefined() && !statusValue.isNull() && !statusValue.isString())
        return errorResponse(
            invalid(QStringLiteral("'status' must be a status name (RUNNING, FINISHED, FAILED, KILLED)")));
    const QJsonValue endValue = body.value(QStringLiteral("end_time"));
    const auto endTime = readInt(endValue);
    if (!endValue.isUndefined() && !endValue.isNull() && (!endTime || *endTime < 0))
        return errorResponse(invalid(QStringLiteral("'end_time' must be milliseconds since 1970")));
    const QString statusText = statusValue.toString();
    if (!statusText.isEmpty()) {
        const QString wanted = mlflow::statusKey(statusText);
        if (wanted.isEmpty())
            return errorResponse(
                invalid(QStringLiteral("Invalid value \"%1\" for parameter 'status' (RUNNING, SCHEDULED, "
                                       "FINISHED, FAILED or KILLED)")
                            .arg(statusText)));
        const QString current = runStatusKey(run.status);
        if (wanted != current && !(wanted == QLatin1String("running") && current == QLatin1String("paused"))) {
            // Everything logged so far is committed before the run ends.
            if (auto found = writers.find(runId); found != writers.end()) {
                if (Status closed = found->second.writer->close(); !closed)
                    return errorResponse(fromError(closed.error()));
                writers.erase(found);
            }
            Status changed = Ok {};
            // A run that ended (or that another process left, now interrupted) may end again as the
            // client says, as MLflow allows: this server takes it over first.
            if (isTerminal(run.status) && wanted != QLatin1String("running")) {
                changed = store.reopen(runId);
                if (!changed)
                    return errorResponse(fromError(changed.error()));
            }
            if (wanted == QLatin1String("finished"))
                changed = store.finish(runId);
            else if (wanted == QLatin1String("failed"))
                changed = store.fail(runId, QStringLiteral("the MLflow client ended the run as failed"));
            else if (wanted == QLatin1String("stopped"))
                changed = store.stop(runId);
            else if (wanted == QLatin1String("running")) {
                changed = store.reopen(runId);
                if (changed)
                    owned.insert(runId);
            } else
                changed = Error {ErrorCode::InvalidInput, QStringLiteral("a run cannot go back to SCHEDULED"), runId};
            if (!changed)
                return errorResponse(fromError(changed.error()));
            if (wanted != QLatin1String("running")) {
                owned.erase(runId);
                event(QStringLiteral("run %1 (%2) ended: %3").arg(runId, run.name, statusText.toUpper()));
            }
        }
    }
    if (endTime && !statusText.isEmpty() && mlflow::statusKey(statusText) != QLatin1String("running")) {
        if (Status timed =
                InteropStore(*workspace).setRunTimes(runId, {}, QDateTime::fromMSecsSinceEpoch(*endTime, Qt::UTC));
            !timed)
            return errorResponse(fromError(timed.error()));
    }
    auto refreshed = RunCatalog(*workspace).run(runId);
    if (!refreshed)
        return errorResponse(fromError(refreshed.error()));
    auto keyTags = InteropStore(*workspace).keyTags(runId);
    auto experiment = InteropStore(*workspace).experimentNamed(refreshed->experiment);
    const QString experimentId =
        experiment && experiment.value() ? experimentIdText(*experiment.value()) : QStringLiteral("0");
    return HttpResponse::json(
        200,
        {{QStringLiteral("run_info"),
          runInfoJson(refreshed.value(), keyTags ? keyTags.value() : QMap<QString, QString>(), experimentId)}});
}

HttpResponse TrackingServer::Impl::setRunDeleted(const QJsonObject& body, bool deleted)
{
    const QString runId = runIdOf(body);
    if (runId.isEmpty())
        return errorResponse(invalid(QStringLiteral("Missing value for required parameter 'run_id'.")));
    RunStore store(*workspace);
    if (Status found = store.requireRun(runId); !found)
        return errorResponse(missing(QStringLiteral("Run with id=%1 not found").arg(runId)));
    if (Status changed = deleted ? store.moveToTrash(runId) : store.restore(runId); !changed)
        return errorResponse(fromError(changed.error()));
    return HttpResponse::json(200, {});
}

HttpResponse TrackingServer::Impl::searchRuns(const QJsonObject& body)
{
    InteropStore interop(*workspace);
    QJsonArray experimentIds = body.value(QStringLiteral("experiment_ids")).toArray();
    if (body.value(QStringLiteral("experiment_ids")).isString())
        experimentIds.append(body.value(QStringLiteral("experiment_ids")));
    QMap<QString, QString> experimentNames; // name -> MLflow id
    for (const QJsonValue& id : experimentIds) {
        auto found = experimentById(id.toString());
        if (!found)
            return errorResponse(fromError(found.error()));
        experimentNames.insert(found->name, experimentIdText(found.value()));
    }
    auto filter = mlflow::translateFilter(body.value(QStringLiteral("filter")).toString());
    if (!filter)
        return errorResponse(
            invalid(QStringLiteral("Invalid filter: %1 (%2)").arg(filter.error().message, filter.error().where)));
    QStringList orderBy;
    for (const QJsonValue& clause : body.value(QStringLiteral("order_by")).toArray())
        orderBy.append(clause.toString());
    auto sort = mlflow::translateOrderBy(orderBy);
    if (!sort)
        return errorResponse(invalid(QStringLiteral("Invalid order_by: %1").arg(sort.error().message)));
    const auto maxResults = readInt(body.value(QStringLiteral("max_results")));
    const qint64 limit = maxResults ? *maxResults : 1000;
    if (limit < 1 || limit > kMaxResultsPerPage)
        return errorResponse(
            invalid(QStringLiteral("Invalid value for max_results: must be between 1 and %1").arg(kMaxResultsPerPage)));
    RunQuery query;
    query.filter = filter.value();
    query.sort = sort.value();
    const QString view = viewType(body.value(QStringLiteral("run_view_type")));
    if (view.isEmpty())
        return errorResponse(invalid(QStringLiteral("Invalid run_view_type: ACTIVE_ONLY, DELETED_ONLY or ALL")));
    query.trash = view == QLatin1String("DELETED_ONLY") ? RunQuery::Trash::Only
        : view == QLatin1String("ALL")                  ? RunQuery::Trash::Include
                                                        : RunQuery::Trash::Exclude;
    if (experimentNames.size() == 1)
        query.experiment = experimentNames.firstKey();
    auto runs = RunCatalog(*workspace).list(query);
    if (!runs)
        return errorResponse(fromError(runs.error()));
    const auto pageStart = pageOffset(body.value(QStringLiteral("page_token")));
    if (!pageStart)
        return errorResponse(badPageToken());
    const qint64 offset = *pageStart;
    QJsonArray list;
    qint64 index = 0;
    bool more = false;
    for (const RunRecord& run : runs.value()) {
        if (!experimentNames.isEmpty() && !experimentNames.contains(run.experiment))
            continue;
        if (index++ < offset)
            continue;
        if (list.size() >= limit) {
            more = true;
            break;
        }
        auto keyTags = interop.keyTags(run.id);
        if (!keyTags)
            return errorResponse(fromError(keyTags.error()));
        list.append(runJson(run, keyTags.value(), experimentNames.value(run.experiment, QStringLiteral("0"))));
    }
    QJsonObject answer {{QStringLiteral("runs"), list}};
    if (more)
        answer.insert(QStringLiteral("next_page_token"), QString::number(offset + list.size()));
    return HttpResponse::json(200, answer);
}

// ---- logging -----------------------------------------------------------------------------

std::optional<ApiError> TrackingServer::Impl::logParams(const QString& runId, const QJsonArray& params)
{
    QMap<QString, QJsonValue> values;
    for (const QJsonValue& item : params) {
        const QJsonObject param = item.toObject();
        const QString key = param.value(QStringLiteral("key")).toString();
        if (auto bad = checkKey(key, QStringLiteral("key")))
            return bad;
        const QJsonValue raw = param.value(QStringLiteral("value"));
        const QString value = raw.isString() ? raw.toString() : mlflow::paramText(raw);
        if (value.size() > kMaxParamValueLength)
            return invalid(QStringLiteral("Param value '%1...' had length %2, which exceeded length limit of %3")
                               .arg(value.left(40))
                               .arg(value.size())
                               .arg(kMaxParamValueLength));
        if (values.contains(key) && values.value(key).toString() != value)
            return invalid(
                QStringLiteral("Duplicate parameter keys have been submitted: [%1]. Please ensure the request "
                               "contains only one param value per param key.")
                    .arg(key));
        values.insert(key, value);
    }
    if (values.isEmpty())
        return std::nullopt;
    QSqlQuery query(workspace->database());
    query.prepare(QStringLiteral("SELECT key, value_json FROM run_params WHERE run_id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return fromError(Error {ErrorCode::Io, query.lastError().text(), runId});
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (!values.contains(key))
            continue;
        const QJsonDocument stored = QJsonDocument::fromJson("[" + query.value(1).toString().toUtf8() + "]");
        const QString old = mlflow::paramText(stored.array().at(0));
        if (old != values.value(key).toString())
            return invalid(
                QStringLiteral("Changing param values is not allowed. Param with key='%1' was already logged with "
                               "value='%2' for run ID='%3'. Attempted logging new value '%4'.")
                    .arg(key, old, runId, values.value(key).toString()));
        values.remove(key);
    }
    if (values.isEmpty())
        return std::nullopt;
    if (Status logged = RunStore(*workspace).logParams(runId, values); !logged)
        return fromError(logged.error());
    return std::nullopt;
}

std::optional<ApiError> TrackingServer::Impl::setTag(const QString& runId, const QString& key, const QString& value)
{
    if (auto bad = checkKey(key, QStringLiteral("key")))
        return bad;
    if (value.size() > kMaxTagValueLength)
        return invalid(QStringLiteral("Tag value '%1...' had length %2, which exceeded length limit of %3")
                           .arg(value.left(40))
                           .arg(value.size())
                           .arg(kMaxTagValueLength));
    RunStore store(*workspace);
    InteropStore interop(*workspace);
    Status done = Ok {};
    if (key == QLatin1String("mlflow.runName")) {
        done = value.trimmed().isEmpty() ? Status(Ok {}) : store.rename(runId, value.trimmed());
    } else if (key == QLatin1String("mlflow.note.content")) {
        done = store.setNotes(runId, value);
    } else if (key == QLatin1String("mlflow.parentRunId")) {
        done = interop.setParent(runId, value);
    } else {
        // A user's tag becomes a Crucible tag "key=value" (shown and filtered like any tag) when
        // it reads as one; MLflow's system tags and values no tag can hold are kept by key.
        const QString asTag = mlflow::crucibleTag(key, value);
        const bool plain = !asTag.isEmpty();
        auto current = RunCatalog(*workspace).run(runId);
        if (!current)
            return fromError(current.error());
        QStringList stale;
        for (const QString& tag : current->tags) {
            if (tag.startsWith(key + QLatin1Char('=')) && (!plain || tag != asTag))
                stale.append(tag);
            if (tag == key && !plain)
                stale.append(tag);
        }
        if (!stale.isEmpty())
            done = store.removeTags(runId, stale);
        if (done && plain) {
            if (Status removed = interop.removeKeyTag(runId, key); !removed)
                return fromError(removed.error());
            if (!current->tags.contains(asTag))
                done = store.addTags(runId, {asTag});
        } else if (done) {
            done = interop.setKeyTag(runId, key, value);
        }
    }
    if (!done)
        return fromError(done.error());
    return std::nullopt;
}

std::optional<ApiError> TrackingServer::Impl::deleteTag(const QString& runId, const QString& key)
{
    auto current = RunCatalog(*workspace).run(runId);
    if (!current)
        return fromError(current.error());
    auto keyTags = InteropStore(*workspace).keyTags(runId);
    if (!keyTags)
        return fromError(keyTags.error());
    QStringList matching;
    for (const QString& tag : current->tags) {
        if (tag == key || tag.startsWith(key + QLatin1Char('=')))
            matching.append(tag);
    }
    if (matching.isEmpty() && !keyTags->contains(key))
        return missing(QStringLiteral("No tag with name: %1 in run with id %2").arg(key, runId));
    if (!matching.isEmpty()) {
        if (Status removed = RunStore(*workspace).removeTags(runId, matching); !removed)
            return fromError(removed.error());
    }
    if (Status removed = InteropStore(*workspace).removeKeyTag(runId, key); !removed)
        return fromError(removed.error());
    return std::nullopt;
}

std::optional<ApiError> TrackingServer::Impl::logMetrics(const QString& runId, const QJsonArray& metrics)
{
    if (metrics.isEmpty())
        return std::nullopt;
    struct Point {
        QString key;
        MetricPoint point;
    };
    std::vector<Point> points;
    points.reserve(std::size_t(metrics.size()));
    for (const QJsonValue& item : metrics) {
        const QJsonObject metric = item.toObject();
        const QString key = metric.value(QStringLiteral("key")).toString();
        if (auto bad = checkKey(key, QStringLiteral("key")))
            return bad;
        const auto value = readDouble(metric.value(QStringLiteral("value")));
        if (!value)
            return invalid(
                QStringLiteral(
                    "Got invalid value %1 for metric '%2' (timestamp=%3). Please specify value as a valid double "
                    "(64-bit floating point)")
                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray {metric.value(QStringLiteral("value"))})
                                               .toJson(QJsonDocument::Compact)),
                         key, metric.value(QStringLiteral("timestamp")).toVariant().toString()));
        const QJsonValue timestampValue = metric.value(QStringLiteral("timestamp"));
        const auto timestamp = timestampValue.isUndefined() ? std::optional<qint64>(QDateTime::currentMSecsSinceEpoch())
                                                            : readInt(timestampValue);
        if (!timestamp)
            return invalid(
                QStringLiteral(
                    "Got invalid timestamp for metric '%1'. Timestamp must be a nonnegative long (64-bit integer)")
                    .arg(key));
        const QJsonValue stepValue = metric.value(QStringLiteral("step"));
        const auto step = stepValue.isUndefined() ? std::optional<qint64>(0) : readInt(stepValue);
        if (!step)
            return invalid(
                QStringLiteral("Got invalid step for metric '%1'. Step must be a valid long (64-bit integer).")
                    .arg(key));
        Point point;
        point.key = key;
        point.point.step = *step;
        point.point.value = *value;
        point.point.wallTime = double(*timestamp) / 1000.0;
        points.push_back(point);
    }
    auto writer = writerFor(runId);
    if (!writer)
        return fromError(writer.error());
    for (const Point& point : points)
        writer.value()->log(point.key, point.point);
    if (Status flushed = writer.value()->flush(); !flushed)
        return fromError(flushed.error());
    return std::nullopt;
}

HttpResponse TrackingServer::Impl::logMetric(const QJsonObject& body)
{
    return logBatch({{QStringLiteral("run_id"), runIdOf(body)}, {QStringLiteral("metrics"), QJsonArray {body}}});
}

HttpResponse TrackingServer::Impl::logParameter(const QJsonObject& body)
{
    return logBatch({{QStringLiteral("run_id"), runIdOf(body)}, {QStringLiteral("params"), QJsonArray {body}}});
}

HttpResponse TrackingServer::Impl::logBatch(const QJsonObject& body)
{
    const QString runId = runIdOf(body);
    ApiError listError;
    const auto metricList = listField(body, QStringLiteral("metrics"), &listError);
    const auto paramList = metricList ? listField(body, QStringLiteral("params"), &listError) : std::nullopt;
    const auto tagList = paramList ? listField(body, QStringLiteral("tags"), &listError) : std::nullopt;
    if (!tagList)
        return errorResponse(listError);
    const QJsonArray& metrics = *metricList;
    const QJsonArray& params = *paramList;
    const QJsonArray& tags = *tagList;
    for (const QJsonValue& item : params) {
        const QJsonValue value = item.toObject().value(QStringLiteral("value"));
        if (!value.isString() && !value.isDouble() && !value.isBool())
            return errorResponse(invalid(QStringLiteral("the value of param '%1' must be a string")
                                             .arg(item.toObject().value(QStringLiteral("key")).toString())));
    }
    for (const QJsonValue& item : tags) {
        if (!item.toObject().value(QStringLiteral("value")).isString())
            return errorResponse(invalid(QStringLiteral("the value of tag '%1' must be a string")
                                             .arg(item.toObject().value(QStringLiteral("key")).toString())));
    }
    for (const auto& bad : {checkBatchLimit(QStringLiteral("metrics"), kMaxMetricsPerBatch, metrics.size()),
                            checkBatchLimit(QStringLiteral("params"), kMaxParamsTagsPerBatch, params.size()),
                            checkBatchLimit(QStringLiteral("tags"), kMaxParamsTagsPerBatch, tags.size()),
                            checkBatchLimit(QStringLiteral("metrics, params, and tags"), kMaxEntitiesPerBatch,
                                            metrics.size() + params.size() + tags.size())}) {
        if (bad)
            return errorResponse(*bad);
    }
    if (auto bad = activeRun(runId))
        return errorResponse(*bad);
    if (auto bad = logParams(runId, params))
        return errorResponse(*bad);
    for (const QJsonValue& item : tags) {
        const QJsonObject tag = item.toObject();
        if (auto bad = setTag(runId, tag.value(QStringLiteral("key")).toString(),
                              tag.value(QStringLiteral("value")).toString()))
            return errorResponse(*bad);
    }
    if (auto bad = logMetrics(runId, metrics))
        return errorResponse(*bad);
    return HttpResponse::json(200, {});
}

HttpResponse TrackingServer::Impl::setTagEndpoint(const QJsonObject& body)
{
    return logBatch({{QStringLiteral("run_id"), runIdOf(body)}, {QStringLiteral("tags"), QJsonArray {body}}});
}

HttpResponse TrackingServer::Impl::deleteTagEndpoint(const QJsonObject& body)
{
    const QString runId = runIdOf(body);
    if (auto bad = activeRun(runId))
        return errorResponse(*bad);
    if (auto bad = deleteTag(runId, body.value(QStringLiteral("key")).toString()))
        return errorResponse(*bad);
    return HttpResponse::json(200, {});
}

HttpResponse TrackingServer::Impl::logInputs(const QJsonObject& body)
{
    const QString runId = runIdOf(body);
    if (auto bad = activeRun(runId))
        return errorResponse(*bad);
    InteropStore interop(*workspace);
    for (const QJsonValue& item : body.value(QStringLiteral("datasets")).toArray()) {
        const QJsonObject input = item.toObject();
        const QJsonObject dataset = input.value(QStringLiteral("dataset")).toObject();
        const QString name = dataset.value(QStringLiteral("name")).toString();
        const QString digest = dataset.value(QStringLiteral("digest")).toString();
        if (name.isEmpty() || digest.isEmpty())
            return errorResponse(invalid(QStringLiteral("a dataset input needs a name and a digest")));
        if (name.size() > 500 || digest.size() > 36)
            return errorResponse(
                invalid(QStringLiteral("a dataset's name is at most 500 characters and its digest at most 36")));
        // The dataset of this workspace whose content hash starts with the digest, if any,
        // becomes the run's dataset, as if Crucible had trained on it.
        QSqlQuery query(workspace->database());
        query.prepare(
            QStringLiteral("SELECT id FROM datasets WHERE name = ? AND hash LIKE ? ORDER BY id DESC LIMIT 1"));
        query.addBindValue(name);
        query.addBindValue(QString(digest.toLower() + QLatin1Char('%')));
        if (query.exec() && query.next() && digest.size() >= 8) {
            QSqlQuery link(workspace->database());
            link.prepare(QStringLiteral("UPDATE runs SET dataset_id = ? WHERE id = ? AND dataset_id IS NULL"));
            link.addBindValue(query.value(0));
            link.addBindValue(runId);
            if (!link.exec())
                return errorResponse(fromError(Error {ErrorCode::Io, link.lastError().text(), runId}));
        }
        const QString record = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
        if (Status kept = interop.setKeyTag(runId, QStringLiteral("crucible.input.%1.%2").arg(name, digest), record);
            !kept)
            return errorResponse(fromError(kept.error()));
    }
    return HttpResponse::json(200, {});
}

HttpResponse TrackingServer::Impl::metricHistory(const QJsonObject& body)
{
    const QString runId = runIdOf(body);
    const QString key = body.value(QStringLiteral("metric_key")).toString();
    if (runId.isEmpty() || key.isEmpty())
        return errorResponse(invalid(QStringLiteral("Missing value for required parameter 'run_id' or 'metric_key'.")));
    if (Status found = RunStore(*workspace).requireRun(runId); !found)
        return errorResponse(missing(QStringLiteral("Run with id=%1 not found").arg(runId)));
    if (auto writer = writers.find(runId); writer != writers.end())
        logFailure(writer->second.writer->flush(), lcStore, "flushing metrics before reading them");
    auto keys = MetricReader(*workspace).keys(runId);
    if (!keys)
        return errorResponse(fromError(keys.error()));
    if (!keys->contains(key)) // MLflow answers a key the run never logged with no points
        return HttpResponse::json(200, {{QStringLiteral("metrics"), QJsonArray {}}});
    auto points = MetricReader(*workspace).points(runId, key);
    if (!points)
        return errorResponse(fromError(points.error()));
    const QJsonValue maxValue = body.value(QStringLiteral("max_results"));
    const auto maxResults = readInt(maxValue);
    if (!maxValue.isUndefined() && (!maxResults || *maxResults < 1))
        return errorResponse(invalid(QStringLiteral("Invalid value for max_results: a whole number of at least 1")));
    const qint64 limit = maxResults ? *maxResults : std::numeric_limits<qint64>::max();
    const auto pageStart = pageOffset(body.value(QStringLiteral("page_token")));
    if (!pageStart)
        return errorResponse(badPageToken());
    const qint64 offset = *pageStart;
    QJsonArray list;
    const qint64 total = qint64(points->size());
    qint64 index = std::max<qint64>(0, offset);
    for (; index < total && list.size() < limit; ++index) {
        const MetricPoint& point = points->at(std::size_t(index));
        list.append(QJsonObject {{QStringLiteral("key"), key},
                                 {QStringLiteral("value"), jsonDouble(point.value)},
                                 {QStringLiteral("timestamp"), double(std::llround(point.wallTime * 1000.0))},
                                 {QStringLiteral("step"), double(point.step)}});
    }
    QJsonObject answer {{QStringLiteral("metrics"), list}};
    if (index < total)
        answer.insert(QStringLiteral("next_page_token"), QString::number(index));
    return HttpResponse::json(200, answer);
}

// ---- artifacts ---------------------------------------------------------------------------

HttpResponse TrackingServer::Impl::handleArtifacts(HttpRequest& request)
{
    QString relative;
    bool listing = false;
    if (request.path == kArtifactsRoot) {
        if (request.method != "GET")
            return errorResponse(
                {405, QStringLiteral("ENDPOINT_NOT_FOUND"), QStringLiteral("listing artifacts takes GET")});
        listing = true;
        relative = QUrlQuery(formDecoded(request.query)).queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    } else {
        relative = QString::fromUtf8(request.path.mid(kArtifactsRoot.size() + 1));
    }
    // EXPERIMENT/RUN/artifacts[/PATH]
    const QStringList head = relative.split(QLatin1Char('/'));
    if (head.size() < 3 || head.at(2) != QLatin1String("artifacts"))
        return errorResponse(invalid(
            QStringLiteral("artifact paths read EXPERIMENT_ID/RUN_ID/artifacts/PATH; '%1' does not").arg(relative)));
    const QString runId = head.at(1);
    RunRecord run;
    if (auto bad = activeRun(runId, &run))
        return errorResponse(*bad);
    const QString inner = head.mid(3).join(QLatin1Char('/'));
    QStringList parts;
    if (!inner.isEmpty()) {
        const auto checked = names::relativePathParts(inner);
        if (!checked)
            return errorResponse(
                invalid(QStringLiteral("Invalid artifact path: '%1' (parts may not be empty, '.' or '..', "
                                       "nor hold backslashes or control characters)")
                            .arg(inner)));
        parts = *checked;
    }
    RunStore store(*workspace);
    const QString root = QDir(store.runFolder(runId)).filePath(QStringLiteral("artifacts"));
    const QString target = parts.isEmpty() ? root : QDir(root).filePath(parts.join(QLatin1Char('/')));
    // Nothing on the way may be a link that leads elsewhere, the run's own folders included; and
    // no folder on the way may be a file.
    if (QFileInfo(store.runFolder(runId)).isSymLink() || QFileInfo(root).isSymLink())
        return errorResponse(
            invalid(QStringLiteral("the run's artifact folder is a link; Crucible does not follow it")));
    {
        QString walk = root;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            walk = QDir(walk).filePath(parts.at(i));
            if (i + 1 < parts.size() && QFileInfo(walk).isFile())
                return errorResponse(invalid(QStringLiteral("Invalid artifact path: '%1' is a file, not a folder")
                                                 .arg(parts.mid(0, i + 1).join(QLatin1Char('/')))));
            if (QFileInfo(walk).isSymLink())
                return errorResponse(
                    invalid(QStringLiteral("Invalid artifact path: '%1' passes through a link").arg(inner)));
        }
    }
    // MLflow's register_model() looks for an MLmodel file where the model is: a run Crucible
    // trained shows its model as model/MLmodel, and a folder holding one Crucible bundle shows one
    // beside it, naming the crucible flavor (Crucible's registry then takes the model itself).
    const bool trained = std::any_of(run.artifacts.begin(), run.artifacts.end(), [](const ArtifactRecord& artifact) {
        return artifact.kind == QLatin1String("model") && artifact.path == QLatin1String("model.pt");
    });
    auto describedModel = [&](const QStringList& folder) -> QByteArray {
        const QString real = folder.isEmpty() ? root : QDir(root).filePath(folder.join(QLatin1Char('/')));
        if (QFileInfo::exists(QDir(real).filePath(QStringLiteral("MLmodel"))))
            return {};
        QString bundle;
        if (folder == QStringList {QStringLiteral("model")} && trained && !QFileInfo(real).exists())
            bundle = QStringLiteral("the model of run %1, packaged when it is registered").arg(runId);
        else if (QFileInfo(real).isDir()) {
            const QStringList bundles = QDir(real).entryList({QStringLiteral("*.crucible")}, QDir::Files);
            if (bundles.size() == 1)
                bundle = bundles.first();
        }
        if (bundle.isEmpty())
            return {};
        return QStringLiteral("artifact_path: %1\nflavors:\n  crucible:\n    bundle: '%2'\n    registry: crucible-cli "
                              "models, or mlflow.register_model()\nrun_id: %3\n")
            .arg(folder.join(QLatin1Char('/')), QString(bundle).replace(QLatin1Char('\''), QStringLiteral("''")), runId)
            .toUtf8();
    };
    if (listing) {
        QJsonArray files;
        const QFileInfo info(target);
        if (info.isDir()) {
            const auto entries =
                QDir(target).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
            for (const QFileInfo& entry : entries) {
                if (entry.isSymLink())
                    continue;
                QJsonObject file {{QStringLiteral("path"), entry.fileName()},
                                  {QStringLiteral("is_dir"), entry.isDir()}};
                if (!entry.isDir())
                    file.insert(QStringLiteral("file_size"), double(entry.size()));
                files.append(file);
            }
        } else if (info.isFile()) {
            files.append(QJsonObject {{QStringLiteral("path"), info.fileName()},
                                      {QStringLiteral("is_dir"), false},
                                      {QStringLiteral("file_size"), double(info.size())}});
        }
        if (parts.isEmpty() && trained && !QFileInfo::exists(QDir(root).filePath(QStringLiteral("model"))))
            files.append(
                QJsonObject {{QStringLiteral("path"), QStringLiteral("model")}, {QStringLiteral("is_dir"), true}});
        if (const QByteArray described = describedModel(parts); !described.isEmpty())
            files.append(QJsonObject {{QStringLiteral("path"), QStringLiteral("MLmodel")},
                                      {QStringLiteral("is_dir"), false},
                                      {QStringLiteral("file_size"), double(described.size())}});
        return HttpResponse::json(200, {{QStringLiteral("files"), files}});
    }
    if (parts.isEmpty())
        return errorResponse(invalid(QStringLiteral("an artifact path names a file under the run's artifacts")));
    if (request.method == "GET") {
        if (parts.last() == QLatin1String("MLmodel") && !QFileInfo::exists(target)) {
            if (const QByteArray described = describedModel(parts.mid(0, parts.size() - 1)); !described.isEmpty())
                return HttpResponse {200, "text/yaml", described, {}};
        }
        QFile file(target);
        if (!QFileInfo(target).isFile() || !file.open(QIODevice::ReadOnly))
            return errorResponse(missing(QStringLiteral("No artifact %1 in run %2").arg(inner, runId)));
        HttpResponse response;
        response.contentType = "application/octet-stream";
        response.body = file.readAll();
        return response;
    }
    if (request.method != "PUT" && request.method != "POST")
        return errorResponse({405, QStringLiteral("ENDPOINT_NOT_FOUND"),
                              QStringLiteral("artifacts take GET to read and PUT to upload")});
    if (QFileInfo(target).isDir())
        return errorResponse(
            invalid(QStringLiteral("'%1' is a folder of artifacts; upload a file under it").arg(inner)));
    if (request.body.size() > options.maxArtifactBytes)
        return errorResponse({413, QStringLiteral("INVALID_PARAMETER_VALUE"),
                              QStringLiteral("the artifact of %1 bytes exceeds this server's limit of %2 bytes "
                                             "(crucible-cli tracking-server --max-artifact-mb)")
                                  .arg(request.body.size())
                                  .arg(options.maxArtifactBytes)});
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return errorResponse(fromError(Error {ErrorCode::Io, QStringLiteral("cannot create the artifact's folder"),
                                              QFileInfo(target).absolutePath()}));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(request.body) != request.body.size() || !file.commit())
        return errorResponse(fromError(
            Error {ErrorCode::Io, QStringLiteral("cannot write the artifact: %1").arg(file.errorString()), target}));
    auto recorded =
        store.addArtifact(runId, QStringLiteral("artifacts/") + parts.join(QLatin1Char('/')), QStringLiteral("mlflow"));
    if (!recorded)
        return errorResponse(fromError(recorded.error()));
    return HttpResponse::json(200, {});
}

} // namespace crucible
