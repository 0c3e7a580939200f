#include "LocalWorkers.h"

#include "engine/core/Message.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <sched.h>

#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace crucible {

int freeLoopbackPort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 29500;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    int port = 29500;
    if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0
        && getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    close(fd);
    return port;
}

void stopWithParent()
{
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
}

std::vector<int> cpuShare(int rank, int processes)
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (qEnvironmentVariable("CRUCIBLE_BIND_CPUS") == QLatin1String("0") || processes < 1 || rank < 0
        || rank >= processes || ::sched_getaffinity(0, sizeof(allowed), &allowed) != 0)
        return {};
    // Hyper-threads of one core side by side (Linux numbers them apart on many machines), so that
    // a share is whole cores wherever there are enough.
    std::vector<std::pair<QString, int>> cpus; // core, CPU
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (!CPU_ISSET(cpu, &allowed))
            continue;
        QFile siblings(QStringLiteral("/sys/devices/system/cpu/cpu%1/topology/thread_siblings_list").arg(cpu));
        QString core = siblings.open(QIODevice::ReadOnly) ? QString::fromLatin1(siblings.readAll().trimmed())
                                                          : QString::number(cpu);
        cpus.emplace_back(core, cpu);
    }
    std::stable_sort(cpus.begin(), cpus.end(), [](const auto& a, const auto& b) {
        const int firstA = a.first.section(QRegularExpression(QStringLiteral("[,-]")), 0, 0).toInt();
        const int firstB = b.first.section(QRegularExpression(QStringLiteral("[,-]")), 0, 0).toInt();
        return firstA != firstB ? firstA < firstB : a.second < b.second;
    });
    const std::size_t each = cpus.size() / std::size_t(processes);
    if (each == 0)
        return {};
    std::vector<int> share;
    for (std::size_t i = each * std::size_t(rank); i < each * std::size_t(rank + 1); ++i)
        share.push_back(cpus[i].second);
    return share;
}

void bindToCpus(const std::vector<int>& cpus)
{
    if (cpus.empty())
        return;
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int cpu : cpus)
        CPU_SET(cpu, &set);
    ::sched_setaffinity(0, sizeof(set), &set);
}

void addWorkerEnvironment(QProcessEnvironment& environment, int rank, int processes, const QString& masterAddress,
                          int port)
{
    environment.insert(QStringLiteral("RANK"), QString::number(rank));
    environment.insert(QStringLiteral("LOCAL_RANK"), QString::number(rank));
    environment.insert(QStringLiteral("WORLD_SIZE"), QString::number(processes));
    environment.insert(QStringLiteral("LOCAL_WORLD_SIZE"), QString::number(processes));
    environment.insert(QStringLiteral("MASTER_ADDR"), masterAddress);
    environment.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
}

QString crucibleCliProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("CRUCIBLE_CLI");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("crucible-cli"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("crucible-cli"));
}

Result<std::unique_ptr<LocalWorkers>> LocalWorkers::start(const QString& location, TrainingRequest& request,
                                                          int processes)
{
    const QString program = crucibleCliProgram();
    if (program.isEmpty())
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("crucible-cli, which runs the other processes of a data-parallel run, is "
                                       "not installed beside this program or on PATH"),
                      QStringLiteral("processes")};
    // The recipe key by key, then the request's own overrides: the workers plan what rank 0 plans.
    // Each rank's share of the cores, unless the recipe names a thread count.
    const int share = std::max(1, QThread::idealThreadCount() / processes);
    request.defaultThreads = share;
    QStringList args {QStringLiteral("--workspace"), location, QStringLiteral("train")};
    if (!request.resumeRun.isEmpty()) {
        args << QStringLiteral("--resume") << request.resumeRun;
        bool threadsSet = false;
        for (const QString& assignment : std::as_const(request.overrides))
            threadsSet = threadsSet || assignment.startsWith(QLatin1String("threads="));
        if (!threadsSet)
            args << QStringLiteral("--threads") << QString::number(share);
    } else {
        args << QStringLiteral("--data") << request.dataset;
        for (const QString& key : RunConfig::keys()) {
            const QString value = key == QLatin1String("threads") && request.config.threads == 0
                ? QString::number(share)
                : request.config.value(key);
            args << QStringLiteral("--set") << key + QLatin1Char('=') + value;
        }
    }
    for (const QString& assignment : std::as_const(request.overrides))
        args << QStringLiteral("--set") << assignment;

    const int port = freeLoopbackPort();
    request.parallel = DataParallel {};
    request.parallel.worldSize = processes;
    request.parallel.masterAddress = QStringLiteral("127.0.0.1");
    request.parallel.masterPort = port;
    request.parallel.launcher = QStringLiteral("crucible (Processes)");
    request.parallel.localWorldSize = processes;
    // Gloo, also on a GPU: NCCL's watchdog ends the process on a peer's fault, and this process is
    // the application.
    request.parallel.backend = QStringLiteral("gloo");
    std::unique_ptr<LocalWorkers> workers(new LocalWorkers);
    for (int rank = 1; rank < processes; ++rank) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        addWorkerEnvironment(environment, rank, processes, request.parallel.masterAddress, port);
        environment.insert(QStringLiteral("CRUCIBLE_DIST_BACKEND"), QStringLiteral("gloo"));
        environment.remove(QStringLiteral("CRUCIBLE_DDP_TRACE"));
        process->setProcessEnvironment(environment);
        process->setStandardOutputFile(QProcess::nullDevice());
        // Standard error to a file, read at the end: nothing reads a pipe while the run trains.
        auto log = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("crucible-rank-XXXXXX.log")));
        if (!log->open())
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("cannot make a log file for rank %1: %2").arg(rank).arg(log->errorString()),
                          log->fileName()};
        process->setStandardErrorFile(log->fileName());
        workers->m_logs.push_back(std::move(log));
        process->setChildProcessModifier(stopWithParent);
        process->start(program, args);
        if (!process->waitForStarted(10000))
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("rank %1 of the data-parallel run could not start: %2")
                              .arg(rank)
                              .arg(process->errorString()),
                          program};
        workers->m_workers.push_back(std::move(process));
    }
    return workers;
}

bool LocalWorkers::anyFailed()
{
    // Looked at no more than five times a second: each look asks the system.
    if (m_lastLook.isValid() && m_lastLook.elapsed() < 200)
        return m_failed;
    m_lastLook.start();
    for (auto& worker : m_workers) {
        if (worker->state() != QProcess::NotRunning)
            worker->waitForFinished(0);
        if (worker->state() == QProcess::NotRunning
            && (worker->exitStatus() != QProcess::NormalExit || (worker->exitCode() != 0 && worker->exitCode() != 130)))
            m_failed = true;
    }
    return m_failed;
}

LocalWorkers::~LocalWorkers()
{
    for (auto& worker : m_workers) {
        if (worker->state() != QProcess::NotRunning) {
            worker->kill();
            worker->waitForFinished(5000);
        }
    }
}

QStringList LocalWorkers::finish(int milliseconds)
{
    QStringList problems;
    const QDeadlineTimer deadline(milliseconds);
    auto lastErrorLine = [this](std::size_t index) {
        QFile log(m_logs[index]->fileName());
        const QStringList lines = log.open(QIODevice::ReadOnly)
            ? QString::fromUtf8(log.readAll().right(4096)).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
            : QStringList();
        return lines.isEmpty() ? QString() : QStringLiteral(": ") + lines.last();
    };
    for (std::size_t index = 0; index < m_workers.size(); ++index) {
        QProcess& worker = *m_workers[index];
        // (waitForFinished() is false for a process already seen to end.)
        if (worker.state() != QProcess::NotRunning
            && !worker.waitForFinished(int(std::max<qint64>(deadline.remainingTime(), 0)))) {
            worker.kill();
            worker.waitForFinished(5000);
            problems << QStringLiteral("rank %1 did not end with rank 0 and was stopped").arg(index + 1);
            continue;
        }
        // 0: finished; 130: stopped with rank 0 (crucible-cli's code for a stopped run).
        if (worker.exitStatus() == QProcess::NormalExit && (worker.exitCode() == 0 || worker.exitCode() == 130))
            continue;
        problems << QStringLiteral("rank %1 %2%3")
                        .arg(index + 1)
                        .arg(worker.exitStatus() == QProcess::NormalExit
                                 ? QStringLiteral("exited with code %1").arg(worker.exitCode())
                                 : QStringLiteral("ended by a signal"))
                        .arg(lastErrorLine(index));
    }
    return problems;
}

} // namespace crucible
