// crucible-cli train --nproc N (local data-parallel workers) and --emit kubeflow|slurm (the same
// training as a cluster job): the launch side of data-parallel training; the workers themselves
// are plain `train` processes that read torchrun's variables (engine/train/DataParallel.h).
#include "TrainLauncher.h"

#include "Interrupt.h"
#include "ShellQuote.h"
#include "engine/core/Message.h"
#include "engine/core/OutputFile.h"
#include "engine/store/Workspace.h"
#include "engine/train/LocalWorkers.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <unistd.h>

#include <csignal>
#include <memory>
#include <optional>

namespace crucible::cli {

namespace {

/// The worker's `train` arguments: every option given except the launcher's own, in the order of
/// the command's table, values in the order given.
QStringList workerArguments(const Context& context, const Arguments& arguments)
{
    QStringList args {QStringLiteral("train")};
    for (const Option& option : context.command->options) {
        if (launcherOptions().contains(option.name) || !arguments.has(option.name))
            continue;
        if (option.isFlag()) {
            args << QStringLiteral("--") + option.name;
            continue;
        }
        for (const QString& value : arguments.values(option.name))
            args << QStringLiteral("--") + option.name << value;
    }
    return args;
}

/// The global options the workers need: the same workspace and registry.
QStringList globalArguments(const Context& context, const QString& workspace)
{
    QStringList args;
    if (!workspace.isEmpty())
        args << QStringLiteral("--workspace") << workspace;
    if (!context.registryOption.isEmpty())
        args << QStringLiteral("--registry") << context.registryOption;
    return args;
}

bool setsThreads(const Arguments& arguments)
{
    if (arguments.has(QStringLiteral("threads")))
        return true;
    for (const QString& set : arguments.values(QStringLiteral("set")))
        if (set.section(QLatin1Char('='), 0, 0).trimmed() == QLatin1String("threads"))
            return true;
    return false;
}

/// The recipe's dist_timeout when --set gives it, else its default.
int distTimeout(const Arguments& arguments)
{
    int seconds = 60;
    for (const QString& set : arguments.values(QStringLiteral("set")))
        if (set.section(QLatin1Char('='), 0, 0).trimmed() == QLatin1String("dist_timeout"))
            seconds = std::max(1, set.section(QLatin1Char('='), 1).trimmed().toInt());
    return seconds;
}

QString describeExit(const QProcess& process)
{
    if (process.exitStatus() == QProcess::CrashExit)
        return QStringLiteral("ended by a signal");
    return QStringLiteral("exited with code %1").arg(process.exitCode());
}

/// A YAML scalar in single quotes (a quote inside is doubled).
QString yamlQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

const QStringList& launcherOptions()
{
    static const QStringList names {QStringLiteral("nproc"), QStringLiteral("emit"),    QStringLiteral("image"),
                                    QStringLiteral("nodes"), QStringLiteral("cpus"),    QStringLiteral("memory"),
                                    QStringLiteral("gpus"),  QStringLiteral("job-name")};
    return names;
}

int launchLocalWorkers(Context& context, const Arguments& arguments, int processes)
{
    // The workspace is opened (and made, with --create) once here, so that every worker finds it.
    auto workspace = openWorkspace(context);
    if (!workspace)
        return context.fail(workspace.error());
    // The address as given (a server's sslmode and all), else the folder it resolved to.
    const QString location =
        context.workspaceOption.isEmpty() ? workspace.value()->location() : context.workspaceOption;
    workspace.value().reset();

    QStringList args = globalArguments(context, location) << workerArguments(context, arguments);
    // The cores shared out, as torchrun's OMP_NUM_THREADS=1 does not: each worker gets its share of
    // threads and runs on cores of its own (unless the recipe chose a thread count).
    const bool shareCores = !setsThreads(arguments);
    if (shareCores)
        args << QStringLiteral("--threads") << QString::number(std::max(1, QThread::idealThreadCount() / processes));
    const int port = freeLoopbackPort();
    std::vector<std::unique_ptr<QProcess>> workers;
    InterruptGuard guard;
    for (int rank = 0; rank < processes; ++rank) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : {QStringLiteral("SLURM_NTASKS"), QStringLiteral("SLURM_PROCID")})
            environment.remove(name);
        addWorkerEnvironment(environment, rank, processes, QStringLiteral("127.0.0.1"), port);
        environment.insert(QStringLiteral("CRUCIBLE_LAUNCHER"), QStringLiteral("crucible-cli --nproc"));
        process->setProcessEnvironment(environment);
        QStringList workerArgs = args;
        const std::vector<int> cpus = shareCores ? cpuShare(rank, processes) : std::vector<int> {};
        if (rank == 0 && context.json)
            workerArgs.prepend(QStringLiteral("--json"));
        if (rank == 0) {
            process->setProcessChannelMode(QProcess::ForwardedChannels);
            // This program's descriptor 1 points at standard error (main.cpp): rank 0's document
            // goes to the real standard output.
            const int data = standardOutputDescriptor();
            process->setChildProcessModifier([data, cpus] {
                if (data != STDOUT_FILENO)
                    ::dup2(data, STDOUT_FILENO);
                bindToCpus(cpus);
                stopWithParent();
            });
        } else {
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->setStandardOutputFile(QProcess::nullDevice());
            process->setChildProcessModifier([cpus] {
                bindToCpus(cpus);
                stopWithParent();
            });
        }
        process->start(QCoreApplication::applicationFilePath(), workerArgs);
        if (!process->waitForStarted(10000)) {
            context.err << "crucible-cli: error: worker rank " << rank << " could not start: " << process->errorString()
                        << "\n";
            return InternalError;
        }
        workers.push_back(std::move(process));
    }
    if (!context.json)
        context.err << "Started " << processes
                    << " data-parallel workers on this machine (rendezvous 127.0.0.1:" << port << ")\n";
    context.err.flush();

    // Ctrl+C or SIGTERM: every worker is asked to stop (they agree on the step, rank 0 records the
    // run stopped). A worker that fails: the others are stopped, rank 0 given time to record why.
    const int timeout = distTimeout(arguments);
    bool forwarded = false;
    bool failed = false;
    int failure = 0;
    QDeadlineTimer followersDeadline(QDeadlineTimer::Forever);
    QDeadlineTimer leaderDeadline(QDeadlineTimer::Forever);
    std::vector<bool> reported(workers.size(), false);
    std::vector<bool> stoppedHere(workers.size(), false); ///< signalled by this launcher after a failure
    auto running = [&] {
        for (const auto& worker : workers)
            if (worker->state() != QProcess::NotRunning)
                return true;
        return false;
    };
    while (running()) {
        workers.front()->waitForFinished(100);
        for (auto& worker : workers)
            if (worker->state() != QProcess::NotRunning)
                worker->waitForFinished(0);
        if (interruptSignal() != 0 && !forwarded) {
            for (const auto& worker : workers)
                if (worker->state() != QProcess::NotRunning)
                    ::kill(pid_t(worker->processId()), SIGINT);
            forwarded = true;
        }
        for (std::size_t rank = 0; rank < workers.size(); ++rank) {
            QProcess& worker = *workers[rank];
            if (worker.state() != QProcess::NotRunning || reported[rank])
                continue;
            reported[rank] = true;
            if (worker.exitStatus() == QProcess::NormalExit
                && (worker.exitCode() == 0 || (forwarded && worker.exitCode() > 128 && worker.exitCode() < 160)))
                continue; // finished, or stopped as asked
            if (stoppedHere[rank])
                continue; // stopped by this launcher after another worker failed: not news
            if (!(rank == 0 && worker.exitStatus() == QProcess::NormalExit))
                context.err << "crucible-cli: error: worker rank " << rank << " " << describeExit(worker) << "\n";
            context.err.flush();
            if (!failed) {
                failed = true;
                failure = worker.exitStatus() == QProcess::NormalExit ? worker.exitCode() : BadInput;
                followersDeadline.setRemainingTime(3000);
                leaderDeadline.setRemainingTime(qint64(timeout) * 1000 + 10000);
                for (std::size_t other = 1; other < workers.size(); ++other)
                    if (workers[other]->state() != QProcess::NotRunning) {
                        stoppedHere[other] = true;
                        ::kill(pid_t(workers[other]->processId()), SIGTERM);
                    }
            }
        }
        if (followersDeadline.hasExpired())
            for (std::size_t rank = 1; rank < workers.size(); ++rank)
                if (workers[rank]->state() != QProcess::NotRunning)
                    workers[rank]->kill();
        if (leaderDeadline.hasExpired() && workers.front()->state() != QProcess::NotRunning) {
            context.err << "crucible-cli: error: worker rank 0 did not end " << timeout + 10
                        << " s after another worker failed; killed\n";
            workers.front()->kill();
        }
    }
    const QProcess& leader = *workers.front();
    if (leader.exitStatus() == QProcess::NormalExit && leader.exitCode() != 0)
        return leader.exitCode();
    if (leader.exitStatus() != QProcess::NormalExit)
        return BadInput;
    return failed ? (failure != 0 ? failure : int(BadInput)) : int(Success);
}

int emitClusterJob(Context& context, const Arguments& arguments)
{
    const QString kind = arguments.value(QStringLiteral("emit"));
    if (kind != QLatin1String("kubeflow") && kind != QLatin1String("slurm"))
        return context.usage(QStringLiteral("--emit takes kubeflow or slurm (got '%1')").arg(kind));
    // Every value goes into a file that another program parses: whole numbers as numbers, names
    // by their rules, and nothing with a line break or other control character.
    auto count = [&](const QString& option, const QString& fallback, int low, int high) -> std::optional<int> {
        static const QRegularExpression digits(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,9}")));
        const QString text = arguments.value(option, fallback);
        if (!digits.match(text).hasMatch() || text.toInt() < low || text.toInt() > high)
            return std::nullopt;
        return text.toInt();
    };
    const auto nodes = count(QStringLiteral("nodes"), QStringLiteral("2"), 1, 4096);
    if (!nodes)
        return context.usage(
            QStringLiteral("--nodes takes 1 to 4096 (got '%1')").arg(arguments.value(QStringLiteral("nodes"))));
    const auto perNode = count(QStringLiteral("nproc"), QStringLiteral("1"), 1, 256);
    if (!perNode)
        return context.usage(
            QStringLiteral("--nproc takes 1 to 256 (got '%1')").arg(arguments.value(QStringLiteral("nproc"))));
    if (kind == QLatin1String("kubeflow") && *perNode != 1)
        return context.usage(QStringLiteral("a PyTorchJob runs one worker per pod: use --nodes for more workers, "
                                            "not --nproc"));
    const auto cpusCount = count(QStringLiteral("cpus"), QStringLiteral("1"), 1, 1024);
    const auto gpusCount = count(QStringLiteral("gpus"), QStringLiteral("0"), 0, 1024);
    if (!cpusCount || !gpusCount)
        return context.usage(QStringLiteral("--%1 takes a whole number (got '%2')")
                                 .arg(cpusCount ? QStringLiteral("gpus") : QStringLiteral("cpus"),
                                      arguments.value(cpusCount ? QStringLiteral("gpus") : QStringLiteral("cpus"))));
    const QString cpus = arguments.has(QStringLiteral("cpus")) ? QString::number(*cpusCount) : QString();
    const QString gpus = *gpusCount > 0 ? QString::number(*gpusCount) : QString();
    const QString name = arguments.value(QStringLiteral("job-name"), QStringLiteral("crucible-train"));
    static const QRegularExpression dnsLabel(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")));
    if (!dnsLabel.match(name).hasMatch())
        return context.usage(QStringLiteral("--job-name '%1' is not a valid name: lower-case letters, digits and '-', "
                                            "at most 63, starting and ending with a letter or digit")
                                 .arg(name));
    const QString image = arguments.value(QStringLiteral("image"));
    static const QRegularExpression imageName(
        QRegularExpression::anchoredPattern(QStringLiteral("[^\\s\\x00-\\x1f\\x7f]+")));
    if (kind == QLatin1String("kubeflow") && image.isEmpty())
        return context.usage(
            QStringLiteral("--emit kubeflow needs --image: a container image that holds crucible-cli"));
    if (!image.isEmpty() && !imageName.match(image).hasMatch())
        return context.usage(
            QStringLiteral("--image '%1' is not an image reference (no spaces or control characters)").arg(image));
    // Kubernetes reads a bare number as bytes and Slurm as megabytes: a unit is required.
    const QString memory = arguments.value(QStringLiteral("memory"));
    static const QRegularExpression size(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,9}(Ki|Mi|Gi|Ti)")));
    if (arguments.has(QStringLiteral("memory")) && !size.match(memory).hasMatch())
        return context.usage(QStringLiteral("--memory '%1' is not a size such as 8Gi or 512Mi").arg(memory));

    const QString workspace =
        !context.workspaceOption.isEmpty() ? context.workspaceOption : Workspace::resolveFolder(QString());
    if (!Workspace::isServerUrl(workspace))
        context.err << "crucible-cli: note: the workers use the workspace '" << workspace
                    << "': on a cluster it must be a folder every node mounts at that path, or a shared workspace "
                       "(--workspace postgresql://USER@HOST/DB?objects=/SHARED/FOLDER)\n";
    const QStringList command = QStringList {QStringLiteral("crucible-cli")} << globalArguments(context, workspace)
                                                                             << workerArguments(context, arguments);
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    for (const QString& word : command)
        if (word.contains(control))
            return context.usage(QStringLiteral("'%1' holds a line break or another control character, which the "
                                                "job file cannot carry as typed")
                                     .arg(QString(word).replace(control, QStringLiteral("?"))));
    QString text;
    QTextStream out(&text);
    if (kind == QLatin1String("slurm")) {
        out << "#!/bin/bash\n"
            << "# A data-parallel Crucible training job for Slurm: sbatch this file. Every task runs the same\n"
            << "# command; crucible-cli reads SLURM_PROCID and SLURM_NTASKS, and meets the others at MASTER_ADDR.\n"
            << "#SBATCH --job-name=" << name << "\n"
            << "#SBATCH --nodes=" << *nodes << "\n"
            << "#SBATCH --ntasks-per-node=" << *perNode << "\n";
        if (!cpus.isEmpty())
            out << "#SBATCH --cpus-per-task=" << cpus << "\n";
        if (!memory.isEmpty()) // --mem is per node: each worker's share times the workers on it
            out << "#SBATCH --mem=" << QString::number(memory.chopped(2).toLongLong() * *perNode)
                << memory.right(2).left(1) << "\n";
        if (!gpus.isEmpty())
            out << "#SBATCH --gpus-per-task=" << gpus << "\n";
        out << "set -euo pipefail\n"
            << "MASTER_ADDR=\"$(scontrol show hostnames \"$SLURM_JOB_NODELIST\" | head -n 1)\"\n"
            << "export MASTER_ADDR\n"
            << "# A port of this job's own, so that two jobs whose first node is the same do not meet.\n"
            << "export MASTER_PORT=\"${MASTER_PORT:-$((29500 + SLURM_JOB_ID % 10000))}\"\n";
        QStringList quoted;
        for (const QString& word : command)
            quoted << shellWord(word);
        out << (image.isEmpty() ? QStringLiteral("srun ")
                                : QStringLiteral("srun --container-image=%1 ").arg(shellWord(image)))
            << quoted.join(QLatin1Char(' ')) << "\n";
    } else {
        auto replica = [&](const char* role, int replicas) {
            out << "    " << role << ":\n"
                << "      replicas: " << replicas << "\n"
                << "      restartPolicy: Never\n"
                << "      template:\n"
                << "        spec:\n"
                << "          containers:\n"
                << "            - name: pytorch\n"
                << "              image: " << yamlQuote(image) << "\n"
                << "              command:\n";
            for (const QString& word : command)
                out << "                - " << yamlQuote(word) << "\n";
            if (!cpus.isEmpty() || !memory.isEmpty() || !gpus.isEmpty()) {
                out << "              resources:\n"
                    << "                limits:\n";
                if (!cpus.isEmpty())
                    out << "                  cpu: " << yamlQuote(cpus) << "\n";
                if (!memory.isEmpty())
                    out << "                  memory: " << yamlQuote(memory) << "\n";
                if (!gpus.isEmpty())
                    out << "                  nvidia.com/gpu: " << gpus << "\n";
            }
        };
        out << "# A data-parallel Crucible training job for Kubeflow's training operator: kubectl apply -f this file.\n"
            << "# The operator sets MASTER_ADDR, MASTER_PORT, WORLD_SIZE and RANK in every pod; crucible-cli reads "
               "them.\n"
            << "apiVersion: kubeflow.org/v1\n"
            << "kind: PyTorchJob\n"
            << "metadata:\n"
            << "  name: " << name << "\n"
            << "spec:\n"
            << "  runPolicy:\n"
            << "    backoffLimit: 0\n"
            << "    cleanPodPolicy: Running\n"
            << "  pytorchReplicaSpecs:\n";
        replica("Master", 1);
        if (*nodes > 1)
            replica("Worker", *nodes - 1);
    }
    out.flush();
    context.out << text;
    return Success;
}

} // namespace crucible::cli
