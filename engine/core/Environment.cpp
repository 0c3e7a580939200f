#include "Environment.h"

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

Environment Environment::machine()
{
    Environment env;
    env.crucibleVersion = BuildInfo::version();
    env.gitCommit = BuildInfo::gitCommit();
    env.qtVersion = BuildInfo::qtVersion();
    env.cpuModel = cpuModelName();
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
