#pragma once

#include "engine/core/Error.h"
#include "engine/train/TrainingSession.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>
#include <vector>

class QProcess;
class QTemporaryFile;

namespace crucible {

/// A TCP port on loopback that nothing listens on now (the kernel's choice): where a local
/// data-parallel group meets. Thread: any.
int freeLoopbackPort();

/// For a worker process, between fork and exec (QProcess::setChildProcessModifier): SIGTERM when
/// the process that started it ends, even by SIGKILL, so that no worker trains on unsupervised
/// (the ranks then stop at one step, and rank 0 records the run stopped).
void stopWithParent();

/// The CPUs that worker `rank` of `processes` on this machine runs on: its own share of those this
/// process may use (sched_getaffinity), hyper-threads of one core kept together, so that the kernel
/// does not put two workers on one core while another idles. Empty (run anywhere) when there are
/// fewer CPUs than workers or CRUCIBLE_BIND_CPUS=0 (several launches sharing one machine).
std::vector<int> cpuShare(int rank, int processes);
/// Between fork and exec: binds the process to `cpus` (cpuShare()); nothing when empty.
/// Async-signal-safe.
void bindToCpus(const std::vector<int>& cpus);

/// Adds torchrun's variables for rank `rank` of `processes` workers on this machine, meeting at
/// `masterAddress`:`port` (RANK, LOCAL_RANK, WORLD_SIZE, LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT).
void addWorkerEnvironment(QProcessEnvironment& environment, int rank, int processes, const QString& masterAddress,
                          int port);

/// The crucible-cli program that runs the other ranks of a local data-parallel run:
/// $CRUCIBLE_CLI when set, else the one beside this program, else the one on PATH; empty when none.
QString crucibleCliProgram();

/// The other ranks (1 to N-1) of a data-parallel run that this process trains as rank 0: plain
/// `crucible-cli train` processes on this machine with torchrun's variables, given the same recipe
/// key by key (the GUI's Processes field; the CLI's --nproc starts every rank itself).
/// Thread: the thread that trains.
class LocalWorkers {
public:
    /// Starts ranks 1.. of `processes` for `request` on the workspace at `location`, and makes
    /// `request` rank 0 of that world (its parallel setup, and each rank's share of the cores when
    /// the recipe names no thread count).
    static Result<std::unique_ptr<LocalWorkers>> start(const QString& location, TrainingRequest& request,
                                                       int processes);
    ~LocalWorkers(); ///< kills a worker still running
    LocalWorkers(const LocalWorkers&) = delete;
    LocalWorkers& operator=(const LocalWorkers&) = delete;

    /// Waits up to `milliseconds` for every worker to end, kills those still running, and returns
    /// what went wrong with each ("rank 1 exited with code 1: ...", with its last error line).
    QStringList finish(int milliseconds);
    /// True once a worker has ended with an error (looked at no more than five times a second):
    /// rank 0 stops waiting for it.
    bool anyFailed();

private:
    LocalWorkers() = default;
    std::vector<std::unique_ptr<QProcess>> m_workers;
    std::vector<std::unique_ptr<QTemporaryFile>> m_logs; ///< each worker's standard error
    QElapsedTimer m_lastLook;
    bool m_failed = false;
};

} // namespace crucible
