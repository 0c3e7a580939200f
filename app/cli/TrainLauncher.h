#pragma once

#include "Arguments.h"
#include "Cli.h"

namespace crucible::cli {

/// Options of `train` that the launcher and --emit take and the workers do not get.
const QStringList& launcherOptions();

/// train --nproc N: starts N workers of this program on this machine (torchrun's variables, a
/// free loopback port, the cores shared out unless --threads says), forwards Ctrl+C and SIGTERM to
/// them, stops the rest when one fails, and returns rank 0's exit code (or a failed worker's).
/// Rank 0 prints as a plain run does; the others print only their errors.
int launchLocalWorkers(Context& context, const Arguments& arguments, int processes);

/// train --emit kubeflow|slurm: prints a PyTorchJob manifest or an sbatch script that runs the
/// same training command on a cluster.
int emitClusterJob(Context& context, const Arguments& arguments);

} // namespace crucible::cli
