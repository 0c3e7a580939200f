#include "Environment.h"

#include "BlasKernels.h"
#include "BuildInfo.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

namespace crucible {

namespace {

QString firstMatch(const QString& text, const QRegularExpression& pattern)
{
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

} // namespace

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

QString cpuVectorFlags()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromLocal8Bit(cpuinfo.readAll());
    const QStringList flags = firstMatch(text,
                                         QRegularExpression(QStringLiteral("^(?:flags|Features)\\s*:\\s*(.+)$"),
                                                            QRegularExpression::MultilineOption))
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Those that change which kernels LibTorch and the BLAS pick, and so the last bits of results.
    static const QStringList relevant {
        QStringLiteral("sse4_2"),      QStringLiteral("avx"),         QStringLiteral("avx2"),
        QStringLiteral("fma"),         QStringLiteral("f16c"),        QStringLiteral("avx512f"),
        QStringLiteral("avx512bw"),    QStringLiteral("avx512vl"),    QStringLiteral("avx512_vnni"),
        QStringLiteral("avx512_bf16"), QStringLiteral("avx512_fp16"), QStringLiteral("amx_tile"),
        QStringLiteral("amx_bf16"),    QStringLiteral("asimd"),       QStringLiteral("sve")};
    QStringList present;
    for (const QString& flag : relevant) {
        if (flags.contains(flag))
            present << flag;
    }
    return present.join(QLatin1Char(' '));
}

Environment Environment::machine()
{
    Environment env;
    env.crucibleVersion = BuildInfo::version();
    env.gitCommit = BuildInfo::gitCommit();
    env.qtVersion = BuildInfo::qtVersion();
    env.cpuModel = cpuModelName();
    env.cpuFlags = cpuVectorFlags();
    env.blasKernels = crucible::blasKernels();
    env.cpuCores = QThread::idealThreadCount();
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
    QJsonObject json {
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
        {QStringLiteral("cpu_flags"), cpuFlags},
        {QStringLiteral("blas_kernels"), blasKernels},
        {QStringLiteral("cpu_cores"), cpuCores},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("deterministic"), deterministic},
        {QStringLiteral("os"), os},
        {QStringLiteral("host"), hostName},
    };
    if (worldSize > 1) {
        json.insert(QStringLiteral("world_size"), worldSize);
        json.insert(QStringLiteral("hosts"), hosts.join(QStringLiteral(", ")));
    }
    return json;
}

} // namespace crucible
