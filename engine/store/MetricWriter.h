#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"

#include <functional>
#include <memory>

namespace crucible {

class Workspace;

/// Records a run's metric series, batched. The training thread calls log(), which only appends
/// to a mutex-guarded buffer (well under a microsecond); a flusher thread that owns its own
/// SQLite connection writes the buffer in one transaction per flush with prepared statements,
/// at least every `flushIntervalMs`, when the buffer grows large, on flush() and on close().
/// Every committed batch survives a crash of the process (SQLite WAL). Points go into chunks
/// (see MetricChunk) and the per-key summaries are updated in the same transaction.
///
/// Thread: log(), flush(), close() and the counters from any thread (normally the training
/// thread); the Workspace must outlive the writer.
class MetricWriter {
public:
    struct Options {
        /// Longest time a logged point waits in memory before it is committed.
        int flushIntervalMs = 1000;
        /// The buffer size that triggers an early flush.
        int flushThreshold = 1 << 18;
        /// A workspace on a database server that cannot be reached: points wait in memory and
        /// are written once it can be again; close() keeps trying this long before it gives up
        /// and reports the points as not saved.
        int serverWaitMs = 60000;
        /// Called on the flusher thread after each commit with the total of points committed.
        std::function<void(qint64)> onCommit;
    };

    /// Starts a writer for run `runId` (which must exist). Continues the series the run already has.
    static Result<std::unique_ptr<MetricWriter>> open(const Workspace& workspace, const QString& runId,
                                                      Options options);
    static Result<std::unique_ptr<MetricWriter>> open(const Workspace& workspace, const QString& runId);

    /// Flushes and stops (errors are lost: call close() to see them).
    ~MetricWriter();
    MetricWriter(const MetricWriter&) = delete;
    MetricWriter& operator=(const MetricWriter&) = delete;

    /// Appends one point of series `key`; `wallTime` <= 0 means now.
    void log(const QString& key, qint64 step, double value, double epoch = 0, double wallTime = 0);
    /// Appends one point of series `key` as given.
    void log(const QString& key, const MetricPoint& point);

    /// Blocks until every point logged before the call is committed, or a write failed.
    Status flush();
    /// Flushes, stops the flusher thread and reports the error of the final write, if it failed
    /// (then the points it held are lost). Idempotent.
    Status close();

    /// Points committed to the database so far.
    qint64 committedCount() const;
    /// Points logged so far (committed or still buffered).
    qint64 loggedCount() const;
    QString runId() const;

private:
    MetricWriter();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace crucible
