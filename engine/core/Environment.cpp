#include "Environment.h"

#include "BlasKernels.h"
#include "BuildInfo.h"
#include "engine/torch/TorchRuntime.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <dlfcn.h>

namespace crucible {

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
        return {QStringLiteral("reference BLAS (slow: install libopenblas0-pthread)"), false};
    // The official LibTorch links MKL statically: no symbol to find, but LibTorch knows.
    if (torchruntime::hasMkl())
        return {QStringLiteral("Intel MKL (linked into LibTorch)"), true};
    return {QStringLiteral("LibTorch built-in"), true};
}

QString cpuModelName()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromLocal8Bit(cpuinfo.readAll());
        const QString model = firstMatch(
            text, QRegularExpression(QStringLiteral("^model name\\s*:\\s*(.+)$"), QRegularExpression::MultilineOption));
        if (!model.isEmpty())
            return model.simplified();
    }
    return QSysInfo::currentCpuArchitecture();
}

Environment Environment::capture()
{
    Environment env;
    env.crucibleVersion = BuildInfo::version();
    env.gitCommit = BuildInfo::gitCommit();
    env.qtVersion = BuildInfo::qtVersion();
    env.torchVersion = torchruntime::version();
    const BlasInfo blas = detectBlas();
    env.blas = blas.name;
    env.isBlasFast = blas.isFast;
    env.isCudaAvailable = torchruntime::isCudaAvailable();
    env.cudaVersion = torchruntime::cudaVersion();
    env.cudnnVersion = torchruntime::cudnnVersion();
    if (env.isCudaAvailable)
        env.gpuName = torchruntime::cudaDeviceName(0);
    env.cpuModel = cpuModelName();
    env.cpuCores = QThread::idealThreadCount();
    env.threads = torchruntime::threadCount();
    env.os = QSysInfo::prettyProductName();
    env.hostName = QSysInfo::machineHostName();
    return env;
}

QString Environment::deviceSummary() const
{
    return gpuName.isEmpty() ? cpuModel : gpuName;
}

QJsonObject Environment::toJson() const
{
    return QJsonObject {
        {QStringLiteral("crucible_version"), crucibleVersion},
        {QStringLiteral("git_commit"), gitCommit},
        {QStringLiteral("qt_version"), qtVersion},
        {QStringLiteral("libtorch_version"), torchVersion},
        {QStringLiteral("blas"), blas},
        {QStringLiteral("cuda_available"), isCudaAvailable},
        {QStringLiteral("cuda_version"), cudaVersion},
        {QStringLiteral("cudnn_version"), cudnnVersion},
        {QStringLiteral("gpu"), gpuName},
        {QStringLiteral("cpu"), cpuModel},
        {QStringLiteral("cpu_cores"), cpuCores},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("os"), os},
        {QStringLiteral("host"), hostName},
    };
}

} // namespace crucible
