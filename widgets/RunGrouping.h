#pragma once

#include "engine/store/RunTypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace crucible {

/// Runs that share the values of the grouping params. Thread: value type.
struct RunGroup {
    QString label; ///< "lr=0.01, optimizer=adam"; "(all runs)" when grouped by nothing
    QStringList runIds; ///< in the order the runs were given
};

/// One group member's curve on a shared bucket grid. Thread: value type (borrows the vectors).
struct GroupMember {
    const std::vector<int>* index = nullptr; ///< bucket index of each point, ascending
    const std::vector<double>* x = nullptr;
    const std::vector<double>* y = nullptr;
};

/// Per bucket where at least one member has a finite value: the mean x, and the mean, sample
/// standard deviation (n - 1; 0 for one member), minimum and maximum of the members' y.
/// Thread: value type.
struct GroupStats {
    std::vector<double> x;
    std::vector<double> mean;
    std::vector<double> std;
    std::vector<double> min;
    std::vector<double> max;
    std::vector<int> count; ///< members with a value in the bucket
};

/// Groups runs and computes group statistics for comparison charts. Thread: any (pure functions).
namespace grouping {

/// Groups `runs` by the values of `params` (keys without "params."), first-seen order; a run
/// without a param groups under "—". Empty `params`: one group per run.
std::vector<RunGroup> groupRuns(const std::vector<RunRecord>& runs, const QStringList& params);
/// The param keys whose values are not the same in every run, sorted.
QStringList differingParams(const std::vector<RunRecord>& runs);
/// differingParams() without the seeds ("seed", "split_seed" and keys ending in ".seed"): groups
/// whose runs differ only by their seed.
QStringList allButSeed(const std::vector<RunRecord>& runs);
/// The statistics of `members` over buckets [0, bucketCount).
GroupStats aggregate(const std::vector<GroupMember>& members, int bucketCount);

} // namespace grouping

} // namespace crucible
