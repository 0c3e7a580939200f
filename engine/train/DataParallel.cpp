#include "DataParallel.h"

#include "engine/core/Message.h"

#include <QDir>

#include <algorithm>
#include <optional>

namespace crucible {

namespace {

Error variableError(const QString& name, const QString& value, const QString& why)
{
    return Error {ErrorCode::InvalidInput,
                  CRUCIBLE_MESSAGE("'%1' is not usable for a data-parallel run: %2").arg(value, why), name};
}

/// The integer in `name`, within [low, high]; `fallback` when it is not set.
Result<int> integerVariable(const QProcessEnvironment& environment, const QString& name, int low, int high,
                            std::optional<int> fallback = std::nullopt)
{
    if (!environment.contains(name)) {
        if (fallback)
            return *fallback;
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("is not set, but a data-parallel launch needs it"),
                      name};
    }
    const QString text = environment.value(name).trimmed();
    bool isNumber = false;
    const qlonglong value = text.toLongLong(&isNumber);
    if (!isNumber)
        return variableError(name, text, CRUCIBLE_MESSAGE("not a whole number"));
    if (value < low || value > high)
        return variableError(name, text, CRUCIBLE_MESSAGE("outside %1 to %2").arg(low).arg(high));
    return int(value);
}

} // namespace

QString DataParallel::describe() const
{
    return QStringLiteral("rank %1 of %2").arg(rank).arg(worldSize);
}

Result<DataParallel> dataParallelFromEnvironment(const QProcessEnvironment& environment)
{
    DataParallel setup;
    setup.traceFile = environment.value(QStringLiteral("CRUCIBLE_DDP_TRACE"));
    if (!setup.traceFile.isEmpty() && !QDir::isAbsolutePath(setup.traceFile))
        return variableError(QStringLiteral("CRUCIBLE_DDP_TRACE"), setup.traceFile,
                             CRUCIBLE_MESSAGE("give an absolute path (the files become PATH.rank0, PATH.rank1, ...)"));
    QString rankName, worldName, localName;
    if (environment.contains(QStringLiteral("WORLD_SIZE"))) {
        rankName = QStringLiteral("RANK");
        worldName = QStringLiteral("WORLD_SIZE");
        localName = QStringLiteral("LOCAL_RANK");
        // crucible-cli train --nproc names itself; torchrun and a PyTorchJob set the same variables.
        setup.launcher = environment.value(QStringLiteral("CRUCIBLE_LAUNCHER"), QStringLiteral("torchrun"));
    } else if (environment.contains(QStringLiteral("SLURM_NTASKS"))
               && environment.contains(QStringLiteral("SLURM_PROCID"))) {
        // srun sets both for each task; an allocation's shell has SLURM_NTASKS alone (plain training).
        rankName = QStringLiteral("SLURM_PROCID");
        worldName = QStringLiteral("SLURM_NTASKS");
        localName = QStringLiteral("SLURM_LOCALID");
        setup.launcher = QStringLiteral("slurm");
    } else {
        return setup;
    }
    auto world = integerVariable(environment, worldName, 1, 65536);
    if (!world)
        return world.error();
    if (world.value() == 1) {
        if (auto rank = integerVariable(environment, rankName, 0, 0, 0); !rank)
            return rank.error();
        return DataParallel {0, 1, 0, 0, {}, {}, 0, setup.launcher, setup.traceFile};
    }
    setup.worldSize = world.value();
    auto rank = integerVariable(environment, rankName, 0, setup.worldSize - 1);
    if (!rank)
        return rank.error();
    setup.rank = rank.value();
    auto local = integerVariable(environment, localName, 0, 65535, 0);
    if (!local)
        return local.error();
    setup.localRank = local.value();
    // "2(x3)" is Slurm's way of saying 2 on each of 3 nodes.
    const QString localWorld =
        environment
            .value(setup.launcher == QLatin1String("slurm") ? QStringLiteral("SLURM_NTASKS_PER_NODE")
                                                            : QStringLiteral("LOCAL_WORLD_SIZE"))
            .section(QLatin1Char('('), 0, 0)
            .trimmed();
    setup.localWorldSize = std::max(0, localWorld.toInt());
    setup.backend = environment.value(QStringLiteral("CRUCIBLE_DIST_BACKEND")).trimmed().toLower();
    if (!setup.backend.isEmpty() && setup.backend != QLatin1String("gloo") && setup.backend != QLatin1String("nccl"))
        return variableError(QStringLiteral("CRUCIBLE_DIST_BACKEND"), setup.backend,
                             CRUCIBLE_MESSAGE("use gloo or nccl"));
    setup.masterAddress = environment.value(QStringLiteral("MASTER_ADDR")).trimmed();
    if (setup.masterAddress.isEmpty())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("is not set: name the host of rank 0, where the workers meet (the sbatch "
                                       "script of train --emit slurm sets it)"),
                      QStringLiteral("MASTER_ADDR")};
    auto port = integerVariable(environment, QStringLiteral("MASTER_PORT"), 1, 65535, 29500);
    if (!port)
        return port.error();
    setup.masterPort = port.value();
    return setup;
}

} // namespace crucible
