#pragma once

#include "engine/core/Error.h"

#include <QString>

namespace crucible {

class Workspace;

namespace repro {

/// A run carried to another machine: NAME.crucible-run, a zip that holds the run's record
/// (crucible-run.json: recipe, seed, device, environment, params, tags, times, status, and the
/// dataset version it names), every metric series to compare a rerun against (metrics.json,
/// exact to the last bit), the dataset version's stored content (dataset.bin) and
/// checksums.sha256 over them, like a model bundle. Models and checkpoints stay behind.

inline constexpr QLatin1StringView kPackageSuffix {".crucible-run"};
/// The package format this build writes; a newer one is refused.
inline constexpr int kPackageFormat = 1;

/// Writes the package of run `runReference` (an id or a unique prefix) to `path` (never over an
/// existing file, atomically). Refuses a run that has not ended and one whose dataset version is
/// gone. Thread: the calling thread's workspace connection. Blocking.
Status packRun(const Workspace& workspace, const QString& runReference, const QString& path);

/// What unpacking did.
struct UnpackOutcome {
    QString runId; ///< the run's own id, kept
    QString dataset; ///< "NAME@HASH12"
    bool isNew = true; ///< false: the same run was in the workspace already (nothing changed)
    bool datasetIsNew = true; ///< false: the dataset version was there already
};

/// Verifies the package at `path` like a bundle (zip entries, sizes, checksums; a newer format,
/// names that are not safe, a run id that is not one, a dataset whose content is not the version
/// the run names, metric series that do not parse: each refused with the entry and the reason)
/// and only then adds its dataset version and its run (same id, record, params and metric
/// points) to `workspace`. Unpacking the same package again changes nothing; a different run
/// under the same id is refused. Thread: the calling thread's workspace connection. Blocking.
Result<UnpackOutcome> unpackRun(const Workspace& workspace, const QString& path);

} // namespace repro
} // namespace crucible
