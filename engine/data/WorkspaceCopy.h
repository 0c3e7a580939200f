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
    bool registryCopied = false; ///< false when the destination had a model registry of its own
};

/// Copies everything of `from` into `to` (SQLite to PostgreSQL, back, or any pair): every table's
/// rows with their ids, then the files under objects/ and runs/, and registry/ when `to` has no
/// registry yet. Idempotent: rows and files already there are left alone, so a second copy
/// copies nothing. A row of `to` with the same key but other content (two workspaces that
/// numbered different datasets alike) is refused with nothing written: the rows go in one
/// transaction. `progress` hears the fraction done and the table or "files"; false cancels.
/// Thread: the calling thread's connections of both workspaces.
Result<CopyOutcome> copyWorkspace(const Workspace& from, const Workspace& to, const ProgressCallback& progress = {});

} // namespace crucible
