#pragma once

#include "engine/core/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>

namespace crucible {

class ServeMetrics;

/// How a ModelServer serves. Thread: a plain value type.
struct ServeOptions {
    QString host = QStringLiteral("127.0.0.1");
    std::uint16_t port = 8080; ///< 0: a free port
    int threads = 0; ///< model worker threads per served version; 0: the core count
    /// Threads reading and writing connections; 0: one per core when every served model answers
    /// a row in microseconds (they then run it too), else 1.
    int ioThreads = 0;
    int maxBatch = 64; ///< rows one model call takes at most (a larger request runs alone)
    int maxDelayMs = 0; ///< how long a batch waits for more rows; 0: takes what is waiting
    QString token; ///< when set, every request needs "Authorization: Bearer <token>"
    QString logFolder; ///< prediction log folder (WORKSPACE/serving); empty: no log
    double logSample = 1.0;
    std::int64_t logMaxFileBytes = std::int64_t(64) << 20;
    std::int64_t maxBodyBytes = std::int64_t(16) << 20;
    int headerTimeoutMs = 10000;
    int aliasPollMs = 500; ///< how often aliases and "latest" references are looked up again
    /// Rows whose inputs each served version keeps for the drift gauges of /metrics; 0: none.
    int driftRows = 1000;
    /// Told about version switches, load failures and log problems (one line each); called on
    /// the server's own threads.
    std::function<void(const QString&)> onEvent;
};

/// One served reference and what answers it now. Thread: a plain value type.
struct ServedModel {
    QString name; ///< the model name in URLs
    QString reference; ///< as given: "iris@production", "iris@2", a bundle path
    bool followsRegistry = false; ///< an alias or "latest": switches when the registry moves
    int version = 0;
    QString bundlePath;
    double loadSeconds = 0;
    /// One row of the row form that the model accepts, as compact JSON in the signature's order,
    /// for examples: each feature at its training mean (a category: the first one); images:
    /// {"image":"<base64 PNG>"}.
    QString exampleInstance;
};

/// The inference server: serves registered models (NAME@ALIAS, NAME@VERSION, NAME, or a bundle
/// path) over HTTP with the Open Inference Protocol v2 (/v2/...), a row form
/// (POST /v1/models/NAME:predict with {"instances": [...]}), Prometheus metrics (/metrics) and a
/// sampled prediction log. Concurrent requests to one version are batched and run on worker
/// threads under inference mode. Aliases are followed live: a moved alias loads the new version
/// beside the old one, then switches; requests already taken finish on the old one.
/// Thread: start and stop on one thread; everything else runs on the server's threads.
class ModelServer {
public:
    ~ModelServer(); ///< stop(0)
    ModelServer(const ModelServer&) = delete;
    ModelServer& operator=(const ModelServer&) = delete;

    /// Resolves every reference in the registry at `registryFolder`, loads and checks each model
    /// (as predict does), binds and serves. An error names the reference or address that failed.
    static Result<std::unique_ptr<ModelServer>> start(const QString& registryFolder, const QStringList& references,
                                                      const ServeOptions& options);

    /// "http://127.0.0.1:8080"
    QString baseUrl() const;
    std::uint16_t port() const;
    QList<ServedModel> models() const;
    const ServeMetrics& metrics() const;
    std::int64_t inFlight() const;

    /// Stops accepting, answers what was taken (waiting at most `drainMs`), writes the
    /// prediction log and stops every thread. Idempotent.
    void stop(int drainMs);

private:
    ModelServer();
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

} // namespace crucible
