#pragma once

#include "engine/core/Error.h"
#include "engine/data/Progress.h"
#include "engine/interop/EventFile.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace crucible {

class Workspace;

/// How TensorBoard logs are imported. Thread: value type.
struct TensorBoardImportOptions {
    /// The experiment the imported runs go into (created when missing).
    QString experiment = QStringLiteral("tensorboard");
    /// Called with the fraction of bytes read; returning false cancels (nothing of the run being
    /// read is kept).
    ProgressCallback progress;
};

/// What importing one folder of event files did. Thread: value type.
struct TensorBoardRunImport {
    QString folder; ///< the folder holding the event files, relative to the log directory ("." for itself)
    QString runId; ///< the run made now, or the one an earlier import made; empty when no scalar was found
    bool unchanged = false; ///< imported before: nothing was added
    qint64 grownBytes = 0; ///< imported before, and its files have grown by this much since (not read)
    qint64 points = 0; ///< scalar points recorded
    QStringList keys; ///< the scalar tags, sorted
    int files = 0;
    qint64 corruptRecords = 0; ///< records whose length or data failed the CRC check, skipped
    qint64 abandonedBytes = 0; ///< bytes after a record whose length failed its check: unreadable
    bool truncated = false; ///< a file ended inside a record (a log still being written, or cut off)
    qint64 skippedValues = 0; ///< summaries that are not scalars (images, histograms, text), left out
};

/// Imports TensorBoard event files (events.out.tfevents.*) under `logDir`: every folder that holds
/// some becomes one finished run in `options.experiment`, named after the folder, with each
/// scalar tag a metric series at its steps and wall times (simple_value, or a one-element float,
/// double or integer tensor of the scalars plugin). Records are read with TFRecord's framing and
/// CRC-32C checks: a corrupt record is skipped and counted; a bad length ends that file (what
/// follows cannot be found again, and is counted). A folder without a single scalar makes no run.
/// The run records its source (tag "source=tensorboard" and the folder in its notes). Importing
/// the same folder again adds nothing: it is reported unchanged, or grown when its files grew since
/// (delete the run to import it again). Folder names are cleaned up into run names.
///
/// InvalidInput (where: the path) when `logDir` is not a folder or holds no event file; Io when a
/// file cannot be read. Thread: any (it uses the calling thread's workspace connection).
Result<std::vector<TensorBoardRunImport>> importTensorBoard(const Workspace& workspace, const QString& logDir,
                                                            const TensorBoardImportOptions& options = {});

} // namespace crucible
