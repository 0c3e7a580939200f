#pragma once

#include <QString>

#include <chrono>
#include <memory>

namespace crucible {

class Workspace;

/// Whether a run stored as running or paused has lost its owner: its lease (heartbeat, an ISO
/// time in UTC) expired, or its process (`ownerPid` on `ownerHost`) is gone from this host. A run
/// of an older Crucible without a heartbeat is judged by its process alone on this host, and left
/// alone on another. The one rule for opening a workspace and for views that look. Thread: any.
bool isRunOrphaned(const QString& ownerHost, qint64 ownerPid, const QString& heartbeatAt);

/// Keeps a training run alive in the workspace's eyes: a thread of its own renews the run's
/// heartbeat every `interval` (RunStore::heartbeat), also while the run is paused or a step takes
/// long. A run whose heartbeat is older than kRunLeaseTimeout (Workspace.h) is taken for dead by
/// any process that opens the workspace, on any host.
///
/// Thread: create, setPaused() and destroy on one thread; the renewals run on their own.
class RunLease {
public:
    RunLease(const Workspace& workspace, QString runId, std::chrono::milliseconds interval = std::chrono::seconds(10));
    ~RunLease(); ///< stops renewing (the run's final status follows)
    RunLease(const RunLease&) = delete;
    RunLease& operator=(const RunLease&) = delete;

    /// Whether the run is paused (a revived run comes back as paused, not running).
    void setPaused(bool isPaused);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace crucible
