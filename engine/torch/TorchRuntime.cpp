#include "TorchRuntime.h"
#include "engine/core/Message.h"
#include "engine/torch/TorchApi.h"

#include "engine/core/BlasKernels.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <QFile>
#include <QRegularExpression>

#include <dlfcn.h>

#ifdef CRUCIBLE_WITH_CUDA
#include <ATen/cuda/CUDAContext.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <c10/cuda/CUDACachingAllocator.h>
#include <cuda_runtime_api.h>
#endif

namespace crucible::torchimpl {

using torchruntime::BlasInfo;

namespace {

QString firstMatch(const QString& text, const QRegularExpression& pattern)
{
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString mappedLibraries()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(maps.readAll());
}

} // namespace

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
        return QString::fromUtf8(at::cuda::getDeviceProperties(static_cast<c10::DeviceIndex>(index))->name);
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
        return qint64(at::cuda::getDeviceProperties(static_cast<c10::DeviceIndex>(index))->totalGlobalMem);
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

BlasInfo detectBlas()
{
    // OpenBLAS exports its configuration string; the symbol exists only when it is loaded.
    using ConfigFunction = char* (*)();
    if (auto config = reinterpret_cast<ConfigFunction>(dlsym(RTLD_DEFAULT, "openblas_get_config"))) {
        QString text = QString::fromLatin1(config()).trimmed();
        const QString maps = mappedLibraries();
        QString flavour;
        if (maps.contains(QStringLiteral("openblas-pthread")))
            flavour = QStringLiteral(" (pthread)");
        else if (maps.contains(QStringLiteral("openblas-openmp")))
            flavour = QStringLiteral(" (OpenMP)");
        else if (maps.contains(QStringLiteral("openblas-serial")))
            flavour = QStringLiteral(" (serial)");
        const QString version = firstMatch(text, QRegularExpression(QStringLiteral("OpenBLAS\\s+([0-9.]+)")));
        const QString kernels = blasKernels();
        return {QStringLiteral("OpenBLAS %1%2%3")
                    .arg(version.isEmpty() ? text : version, flavour,
                         kernels.isEmpty() ? QString() : QStringLiteral(", %1 kernels").arg(kernels)),
                true};
    }
    if (dlsym(RTLD_DEFAULT, "mkl_get_version") || dlsym(RTLD_DEFAULT, "MKL_Get_Version"))
        return {QStringLiteral("Intel MKL"), true};
    const QString maps = mappedLibraries();
    if (maps.contains(QStringLiteral("libblis")))
        return {QStringLiteral("BLIS"), true};
    if (maps.contains(QStringLiteral("atlas")))
        return {QStringLiteral("ATLAS"), true};
    if (maps.contains(QStringLiteral("/blas/libblas.so")))
        return {CRUCIBLE_MESSAGE("reference BLAS (slow: install libopenblas0-pthread)"), false};
    // The official LibTorch links MKL statically: no symbol to find, but LibTorch knows.
    if (hasMkl())
        return {QStringLiteral("Intel MKL (linked into LibTorch)"), true};
    return {QStringLiteral("LibTorch built-in"), true};
}

Environment captureEnvironment()
{
    Environment env = Environment::machine();
    env.torchVersion = version();
    const BlasInfo blas = detectBlas();
    env.blas = blas.name;
    env.isBlasFast = blas.isFast;
    env.isCudaAvailable = isCudaAvailable();
    env.cudaVersion = cudaVersion();
    env.cudnnVersion = cudnnVersion();
    if (env.isCudaAvailable)
        env.gpuName = cudaDeviceName(0);
    env.threads = threadCount();
    return env;
}

} // namespace crucible::torchimpl
