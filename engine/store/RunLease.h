#pragma once

#include <QString>

#include <chrono>
#include <memory>

namespace crucible {

class Workspace;

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
