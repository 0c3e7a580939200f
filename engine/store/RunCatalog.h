#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunQuery.h"
#include "engine/store/RunTypes.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace crucible {

class Workspace;

/// Reads runs: one with everything, or lists filtered and sorted by a RunQuery, loading params,
/// tags and metric summaries of all listed runs in a few set-wise queries.
///
/// Thread: create and use on one thread (it uses that thread's workspace connection); the
/// Workspace must outlive it.
class RunCatalog {
public:
    explicit RunCatalog(const Workspace& workspace);

    /// The id of the run whose id is `idOrPrefix` or starts with it; an error names the
    /// candidates when the prefix is ambiguous.
    Result<QString> resolve(const QString& idOrPrefix) const;
    /// Everything about one run (recipe, environment and artifacts included).
    Result<RunRecord> run(const QString& runId) const;
    /// Runs matching `query`, sorted. A bad filter or sort key gives InvalidInput whose `where`
    /// says "filter, column N" or "sort".
    Result<std::vector<RunRecord>> list(const RunQuery& query) const;
    /// The runs another process may have changed since a view read the workspace: those created
    /// after `createdAfter` (invalid: none) and those running or paused now. Cheap (an index-free
    /// scan of one table), for views that follow writers in other processes.
    Result<QStringList> recentOrActive(const QDateTime& createdAfter) const;
    /// Experiment names, sorted.
    Result<QStringList> experiments() const;
    /// Every param key and every metric key used by runs outside the trash, sorted.
    Result<QStringList> paramKeys() const;
    Result<QStringList> metricKeys() const;

private:
    Result<std::vector<RunRecord>> load(const QString& condition, const QVariantList& values, bool full) const;
    Result<QStringList> column(const QString& statement) const;

    const Workspace& m_workspace;
};

} // namespace crucible
