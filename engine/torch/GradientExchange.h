#pragma once

// Internal to engine/torch/: included only by Trainer.cpp and GradientExchange.cpp (LibTorch
// translation units). The c10d headers stay inside GradientExchange.cpp.
#include "engine/train/DataParallel.h"

#include <torch/types.h>

#include <memory>
#include <utility>
#include <vector>

namespace crucible::detail {

/// Joins the group `setup` describes over c10d: a TCPStore at the master's address (rank 0 serves
/// it) and a process group: NCCL when `nccl` (a run on CUDA) and the build has it (hasNccl()),
/// else Gloo on the interface that reaches the master (or GLOO_SOCKET_IFNAME).
/// Throws std::runtime_error with a message that names the address and the rank.
std::shared_ptr<DataParallelGroup> joinGroup(const DataParallel& setup, int timeoutSeconds, bool nccl);
/// True when this build has c10d's NCCL backend (a CUDA build of LibTorch).
bool hasNccl();

/// Data-parallel gradient averaging for one run, as DistributedDataParallel does it: parameters
/// are grouped into buckets in reverse order (the order backward produces their gradients), and
/// a bucket is all-reduced as soon as its last gradient arrives, while backward goes on with the
/// layers before it. Each rank's gradient is weighted by its share of the global batch, so that
/// the sum is the gradient of the global batch's mean loss. The last bucket also carries the
/// weighted loss and whether any rank asks to stop. Collectives are issued in one fixed order on
/// every rank. When every rank runs on this host and the gradients are CPU tensors, the buckets are
/// summed in shared memory (HostExchange) instead of over Gloo's TCP; broadcasts stay on c10d.
/// Thread: the training thread.
class GradientExchange {
public:
    GradientExchange(DataParallelGroup& group, const std::vector<torch::Tensor>& parameters);
    ~GradientExchange();
    GradientExchange(const GradientExchange&) = delete;
    GradientExchange& operator=(const GradientExchange&) = delete;

    /// Makes every rank's parameters rank 0's (after building or loading a checkpoint).
    void broadcastParameters();
    /// Before backward: this rank's share of the global batch's rows (0 when it has none this
    /// step), its mean loss (undefined when none) and whether it asks to stop.
    void beginStep(double weight, const torch::Tensor& loss, bool stopAsked);
    /// After backward: waits for every exchange and sets each parameter's gradient to the sum of
    /// the ranks' weighted gradients. Returns the global batch's mean loss (a CPU scalar) and
    /// whether any rank asked to stop. Throws with the rank and the collective's message when a
    /// worker died, hung past the timeout, or the network failed.
    std::pair<torch::Tensor, bool> finishStep();
    /// Makes every rank's `buffers` (batch norm's running statistics) rank 0's.
    void broadcastBuffers(const std::vector<torch::Tensor>& buffers);
    /// Rank 0's `decision`, on every rank.
    bool agree(bool decision);
    /// How the gradients travel: "shm" (shared memory, every rank on this host), "gloo" or "nccl".
    QString transport() const;
    /// A hash of every parameter's bytes (hex), for CRUCIBLE_DDP_TRACE.
    std::string parameterHash() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace crucible::detail
