#pragma once

#include "engine/core/Error.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

namespace crucible {

class Workspace;

/// What the MLflow-compatible tracking server listens on and accepts. Thread: value type.
struct TrackingServerOptions {
    QString host = QStringLiteral("127.0.0.1");
    std::uint16_t port = 5000; ///< 0: a free port
    /// When set, every request needs "Authorization: Bearer <token>" (MLFLOW_TRACKING_TOKEN).
    QString token;
    /// The model registry MLflow's registry endpoints use; empty: as resolveRegistryFolder() says
    /// ($CRUCIBLE_REGISTRY, else the workspace's registry/).
    QString registryFolder;
    /// The largest artifact one upload may carry.
    std::int64_t maxArtifactBytes = std::int64_t(1) << 30;
    /// One line per run created or ended and per failed request; from the server's worker thread.
    std::function<void(const QString&)> onEvent;
};

/// Serves the part of MLflow's REST API (api/2.0/mlflow/...) that the mlflow Python client uses
/// for tracking, into a Crucible workspace: experiments (create, get, get-by-name, search,
/// update, delete, restore), runs (create, get, update, delete, restore, search with MLflow's
/// filter and order_by translated by MlflowSearch), log-metric, log-parameter, log-batch,
/// set-tag, delete-tag, log-inputs, metrics/get-history, and artifacts through the
/// mlflow-artifacts endpoints (upload, download, list) into each run's folder, and MLflow's model
/// registry for Crucible model bundles (MlflowRegistry). MLflow's limits
/// and error format (error_code, message) are kept, so the client raises its usual exceptions.
///
/// Runs it creates are owned by this process (their leases renewed while the server runs), so
/// they appear as running in the Runs and Compare pages, live. Every write is committed before
/// the answer is sent. Requests are handled one at a time on one worker thread in arrival order,
/// so concurrent writers to one run lose nothing.
///
/// Thread: start and stop on one thread.
class TrackingServer {
public:
    ~TrackingServer();
    TrackingServer(const TrackingServer&) = delete;
    TrackingServer& operator=(const TrackingServer&) = delete;

    static Result<std::unique_ptr<TrackingServer>> start(std::shared_ptr<const Workspace> workspace,
                                                         const TrackingServerOptions& options);

    std::uint16_t port() const;
    /// "http://127.0.0.1:5000": what MLFLOW_TRACKING_URI should say.
    QString baseUrl() const;
    /// Requests answered so far.
    std::int64_t requestCount() const;
    /// Answers what is in flight, closes the runs' metric writers and stops. Runs still running
    /// stay so until their lease lapses (then "interrupted", as for any process that ended).
    void stop();

private:
    TrackingServer();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace crucible
