#pragma once

#include "engine/core/Environment.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <thread>

namespace crucible {

/// What LibTorch offers this process. A torch-free front for engine/torch/.
/// Thread: any; setThreadCount() affects the whole process.
namespace torchruntime {

/// LibTorch's version, for example "1.13.1".
QString version();
/// Maps LibTorch into the process (about 0.3 s here) on a thread of its own while something slow that
/// comes before its first use runs (a download), so that the first use finds it mapped. The destructor
/// waits for the thread: keep the object on the stack of the work, never past the process's end (a
/// library half-loaded while exit() runs its destructors crashes). A module that cannot load is
/// reported at the first use, as without this.
class BackgroundLoad {
public:
    BackgroundLoad();
    ~BackgroundLoad();
    BackgroundLoad(const BackgroundLoad&) = delete;
    BackgroundLoad& operator=(const BackgroundLoad&) = delete;

private:
    std::thread m_thread;
};
/// True when LibTorch was built with CUDA and a CUDA device is usable now.
bool isCudaAvailable();
/// Number of usable CUDA devices (0 on a CPU-only LibTorch).
int cudaDeviceCount();
/// Name of CUDA device `index`, or an empty string when there is none.
QString cudaDeviceName(int index);
/// CUDA runtime and cuDNN versions LibTorch was built with, empty when built without.
QString cudaVersion();
QString cudnnVersion();
/// Memory of CUDA device `index` in bytes; 0 without one.
qint64 cudaMemoryTotal(int index);
/// Bytes LibTorch's caching allocator holds on device `index` now (what training uses); 0 without one.
qint64 cudaMemoryReserved(int index);
/// "NVIDIA H200, 140 GiB": name and memory of device `index`, empty without one.
QString cudaDeviceLabel(int index);
/// True when LibTorch carries Intel MKL (the official builds do, statically linked).
bool hasMkl();
/// Devices a user can choose: "auto", "cpu", then "cuda:0", "cuda:1", ...
QStringList deviceChoices();
/// LibTorch's intra-op thread count.
int threadCount();
void setThreadCount(int threads);

/// The BLAS library LibTorch computes with in this process, and whether it is a fast one.
struct BlasInfo {
    QString name;
    bool isFast = false;
};
BlasInfo detectBlas();

/// Everything a run records about where it executes: Environment::machine() plus LibTorch's
/// version, BLAS, threads and CUDA. Thread: any; costs a few milliseconds (reads /proc).
Environment captureEnvironment();

} // namespace torchruntime
} // namespace crucible
