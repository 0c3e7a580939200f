#include "TorchRuntime.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#ifdef CRUCIBLE_WITH_CUDA
#include <ATen/cuda/CUDAContext.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <c10/cuda/CUDACachingAllocator.h>
#include <cuda_runtime_api.h>
#endif

namespace crucible::torchruntime {

QString version()
{
    return QStringLiteral(TORCH_VERSION);
}

bool isCudaAvailable()
{
    return torch::cuda::is_available();
}

int cudaDeviceCount()
{
    return isCudaAvailable() ? static_cast<int>(torch::cuda::device_count()) : 0;
}

QString cudaDeviceName(int index)
{
#ifdef CRUCIBLE_WITH_CUDA
    if (index >= 0 && index < cudaDeviceCount())
        return QString::fromUtf8(at::cuda::getDeviceProperties(index)->name);
#else
    Q_UNUSED(index);
#endif
    return {};
}

QString cudaVersion()
{
#ifdef CRUCIBLE_WITH_CUDA
    return QStringLiteral("%1.%2").arg(CUDART_VERSION / 1000).arg((CUDART_VERSION % 1000) / 10);
#else
    return {};
#endif
}

QString cudnnVersion()
{
#ifdef CRUCIBLE_WITH_CUDA
    // The cuDNN LibTorch loaded, as a number like 92600 (9.26.0); no cuDNN headers needed.
    const long number = at::detail::getCUDAHooks().hasCuDNN() ? at::detail::getCUDAHooks().versionCuDNN() : 0;
    if (number <= 0)
        return {};
    return QStringLiteral("%1.%2.%3").arg(number / 10000).arg((number / 100) % 100).arg(number % 100);
#else
    return {};
#endif
}

qint64 cudaMemoryTotal(int index)
{
#ifdef CRUCIBLE_WITH_CUDA
    if (index >= 0 && index < cudaDeviceCount())
        return qint64(at::cuda::getDeviceProperties(index)->totalGlobalMem);
#endif
    Q_UNUSED(index);
    return 0;
}

qint64 cudaMemoryReserved(int index)
{
#ifdef CRUCIBLE_WITH_CUDA
    if (index >= 0 && index < cudaDeviceCount()) {
        const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(static_cast<c10::DeviceIndex>(index));
        return qint64(stats.reserved_bytes[0].current); // [0]: the aggregate over pool kinds
    }
#endif
    Q_UNUSED(index);
    return 0;
}

QString cudaDeviceLabel(int index)
{
    const QString name = cudaDeviceName(index);
    if (name.isEmpty())
        return {};
    return QStringLiteral("%1, %2 GiB").arg(name).arg(double(cudaMemoryTotal(index)) / double(1LL << 30), 0, 'f', 0);
}

bool hasMkl()
{
    return at::hasMKL();
}

QStringList deviceChoices()
{
    QStringList choices {QStringLiteral("auto"), QStringLiteral("cpu")};
    for (int i = 0; i < cudaDeviceCount(); ++i)
        choices << QStringLiteral("cuda:%1").arg(i);
    return choices;
}

int threadCount()
{
    return at::get_num_threads();
}

void setThreadCount(int threads)
{
    if (threads > 0)
        at::set_num_threads(threads);
}

} // namespace crucible::torchruntime
