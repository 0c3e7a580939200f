#pragma once

#include "engine/core/Error.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace crucible {

/// Where this process stands in a data-parallel training job: its rank among `worldSize` workers
/// and where they meet (the rank-0 host's TCP store), as torchrun, Kubeflow's PyTorchJob and
/// Slurm tell every worker. A world of one is plain training. Thread: a plain value type.
struct DataParallel {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    /// Workers on this host (LOCAL_WORLD_SIZE, SLURM_NTASKS_PER_NODE); 0 when not told.
    int localWorldSize = 0;
    /// "gloo", "nccl", or empty: NCCL for a run on CUDA where the build has it and every local
    /// worker has a GPU of its own, else Gloo (CRUCIBLE_DIST_BACKEND). Every rank must agree.
    QString backend;
    QString masterAddress; ///< host or address of rank 0, where the rendezvous store listens
    int masterPort = 0;
    QString launcher; ///< "torchrun" (or a PyTorchJob: the same variables), "slurm", or empty
    /// A diagnostic: when set, every rank appends "STEP HASH" of all its parameters after each
    /// step to TRACE.rankN (CRUCIBLE_DDP_TRACE), so that a test can compare the ranks.
    QString traceFile;

    bool isActive() const { return worldSize > 1; }
    bool isLeader() const { return rank == 0; }
    /// "rank 1 of 2" for messages.
    QString describe() const;
};

/// Reads the launch conventions from `environment`: torchrun's RANK, WORLD_SIZE, LOCAL_RANK,
/// MASTER_ADDR and MASTER_PORT (also what Kubeflow's PyTorchJob sets), else Slurm's SLURM_PROCID,
/// SLURM_NTASKS and SLURM_LOCALID with MASTER_ADDR (MASTER_PORT defaults to 29500, as torchrun's).
/// None of them, or a world of one: plain training (worldSize 1). Values that do not fit (a rank
/// outside the world, a port outside 1-65535, a world without MASTER_ADDR) are an error that
/// names the variable. CRUCIBLE_DIST_BACKEND (gloo or nccl) chooses the collectives.
Result<DataParallel> dataParallelFromEnvironment(const QProcessEnvironment& environment);

/// The process group a data-parallel run trains in, once every worker has joined
/// (TrainingBackend::joinGroup()); the backend's implementation holds the collectives.
/// Thread: one run's training thread.
class DataParallelGroup {
public:
    virtual ~DataParallelGroup() = default;
    virtual const DataParallel& setup() const = 0;
    /// Every rank's host, "name (address)", in rank order.
    virtual QStringList hosts() const = 0;
    /// The collective backend: "gloo" (CPU tensors) or "nccl".
    virtual QString backendName() const = 0;
};

} // namespace crucible
