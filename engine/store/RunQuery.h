#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace crucible {

/// Which runs RunStore::list() returns and in which order. Thread: value type.
struct RunQuery {
    enum class Trash { Exclude, Only, Include };

    QString experiment; ///< empty: every experiment
    QString filter; ///< a FilterExpression; empty: every run
    /// A RunField name; a leading '-' (or a trailing " desc") sorts descending. Empty: newest first.
    QString sort;
    Trash trash = Trash::Exclude;
    /// Only these runs (full ids); empty: no restriction by id.
    QStringList ids;
    /// At most this many runs, the first ones in the query's order; 0: all. Without a filter and
    /// with the default order the database reads only those (a page of 20 out of 10,000 runs).
    int limit = 0;

    /// Sorts `runs` by `sortKey` (see `sort`); ties keep the newest first. Missing values go last
    /// in both directions. InvalidInput (where "sort") when the key names no field.
    static Status sortRuns(std::vector<RunRecord>& runs, const QString& sortKey);
};

} // namespace crucible
