#pragma once

#include "engine/core/Error.h"
#include "engine/data/Progress.h"

#include <QString>

namespace crucible {

class Workspace;

/// What copying a workspace into another did.
struct CopyOutcome {
    qint64 rowsCopied = 0; ///< rows new to the destination
    qint64 rowsPresent = 0; ///< rows it already held, the same as the source's
    qint64 filesCopied = 0;
    qint64 bytesCopied = 0;
    int versionsImported = 0; ///< model versions the destination's registry lacked, imported one by one
};

/// Copies everything of `from` into `to` (SQLite to PostgreSQL, back, or any pair): every table's
/// rows with their ids, then the files under objects/ and runs/, then the registered model
/// versions that `to`'s registry lacks (each imported and verified as `models import` does; into
/// an empty registry they keep their numbers unless the source deleted some) and the aliases it
/// has not set. Idempotent: rows, files and versions already there are left alone, so a second
/// copy copies nothing. Tables of other programs in a shared database are not Crucible's: left. A row of `to` with the
/// same key but other content (two workspaces that numbered different datasets alike) is refused with nothing written:
/// the rows go in one transaction. `progress` hears the fraction done and the table or "files"; false cancels. Thread:
/// the calling thread's connections of both workspaces.
Result<CopyOutcome> copyWorkspace(const Workspace& from, const Workspace& to, const ProgressCallback& progress = {});

} // namespace crucible
