#pragma once

#include "engine/core/Error.h"

#include <QString>
#include <QStringList>

namespace crucible {

class Workspace;

/// What emptying the trash or collecting garbage removed (or, in a dry run, would remove).
/// Thread: value type.
struct Reclaimed {
    int runs = 0; ///< runs deleted for good (emptyTrash)
    qint64 files = 0;
    qint64 bytes = 0;
    QStringList paths; ///< what was removed, relative to the workspace folder, sorted
};

/// Deletes the runs in the trash for good, with everything recorded of them and their folders
/// (checkpoints, models, artifacts); says how many and how many bytes that freed. A run in the
/// trash that is still running or paused stays there until it ends.
/// Thread: the calling thread's workspace connection.
Result<Reclaimed> emptyTrash(const Workspace& workspace);

/// Removes what nothing in the workspace references:
/// - dataset objects (objects/) that no dataset version names;
/// - run folders (runs/) whose run is gone;
/// - in the folders of runs that ended, files no artifact record names (checkpoints that
///   retention forgot, leftovers of a crash), and folders left empty.
/// Anything changed in the last hour is left alone (an import or a run may be writing it). Runs
/// still running or paused, the trash, the registry and the database are never touched. With
/// `dryRun`, only says what would go. Thread: the calling thread's workspace connection.
Result<Reclaimed> collectGarbage(const Workspace& workspace, bool dryRun);

} // namespace crucible
