#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace crucible {

/// The machine and libraries a run executes on, recorded with every run and shown in the
/// status bar and by `crucible-cli --version`.
struct Environment {
    QString crucibleVersion;
    QString gitCommit;
    QString qtVersion;
    QString torchVersion;
    QString blas; ///< for example "OpenBLAS 0.3.21 (pthread)" or "reference BLAS (slow)"
    bool isBlasFast = false; ///< false for the reference BLAS, which trains about 10x slower
    bool isCudaAvailable = false;
    QString cudaVersion;
    QString cudnnVersion;
    QString gpuName; ///< first CUDA device, empty without one
    QString cpuModel;
    /// The CPU's vector extensions that decide which kernels run (sse4_2 avx avx2 fma avx512f
    /// avx512_bf16 amx_tile ...), as /proc/cpuinfo names them, space-separated.
    QString cpuFlags;
    QString blasKernels; ///< OpenBLAS's kernel choice ("Haswell", "SkylakeX"); empty without OpenBLAS
    int cpuCores = 0; ///< logical cores
    int threads = 0; ///< LibTorch intra-op threads: at capture time, or those a run trains with
    bool deterministic = false; ///< a run's deterministic algorithms flag (recorded with the run)
    QString os;
    QString hostName;
    /// A data-parallel run's workers (1 for a run in one process) and each rank's host,
    /// "name (address)" in rank order; recorded only for a world of two or more.
    int worldSize = 1;
    QStringList hosts;

    /// The machine and Crucible's own versions; the LibTorch fields (version, BLAS, CUDA, threads)
    /// stay empty. torchruntime::captureEnvironment() (engine/torch/TorchRuntime.h) fills them too.
    /// Thread: any; costs about a millisecond (reads /proc/cpuinfo).
    static Environment machine();

    /// "NVIDIA H100" when a GPU is usable, otherwise the CPU model.
    QString deviceSummary() const;
    QJsonObject toJson() const;
};

/// The CPU's model name from /proc/cpuinfo (or the architecture when it cannot be read).
QString cpuModelName();
/// The vector extensions of Environment::cpuFlags that this CPU has.
QString cpuVectorFlags();

} // namespace crucible
