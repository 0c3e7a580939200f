#include "TorchRuntime.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#ifdef CRUCIBLE_WITH_CUDA
#include <ATen/cuda/CUDAContext.h>
#include <cuda_runtime_api.h>
#include <cudnn.h>
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
    return QStringLiteral("%1.%2.%3").arg(CUDNN_MAJOR).arg(CUDNN_MINOR).arg(CUDNN_PATCHLEVEL);
#else
    return {};
#endif
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
