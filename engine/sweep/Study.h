#pragma once

#include "engine/store/SweepStore.h"
#include "engine/sweep/SweepSpec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace crucible {

/// The sampler and pruner of a sweep over its trials so far: what to try next and whether a
/// trial should stop. Pure and deterministic: the same spec and history give the same answer.
/// Thread: value type; the runner serialises calls.
class Study {
public:
    explicit Study(SweepSpec spec, std::vector<Trial> trials = {});

    const SweepSpec& spec() const { return m_spec; }
    const std::vector<Trial>& trials() const { return m_trials; }
    std::vector<Trial>& trials() { return m_trials; }

    /// The values for trial `number`, from the strategy: grid (the grid in an order shuffled by
    /// the seed), random (uniform, log-uniform where asked), or tpe (random for the first
    /// startup_trials, then the tree-structured Parzen estimator over finished trials).
    /// nullopt when the grid is exhausted.
    std::optional<QJsonObject> suggest(int number) const;
    /// Whether a trial whose metric after `epoch` was `value` should stop, by the pruner:
    /// median (its best so far worse than the median of the completed trials at that epoch, after
    /// warmup_epochs and once min_trials trials completed) or asha (at rung epochs min_epochs * eta^k, not in the top
    /// 1/eta of the values seen at that rung). `trial` holds the values reported so far.
    bool shouldPrune(const Trial& trial, int epoch) const;

    /// The best complete trial, if any.
    const Trial* best() const;
    /// The best value after each finished trial in number order (NaN until one completed).
    std::vector<double> bestSoFar() const;
    /// For each parameter, the share of the objective's variance over complete trials that the
    /// parameter explains alone (one-way ANOVA, eta squared: values binned in up to four quantile
    /// bins, choices by value), normalised to sum to 1. Empty with fewer than 4 complete trials.
    QMap<QString, double> importance() const;

    /// The objective in "lower is better" form.
    double score(double value) const { return m_spec.minimize ? value : -value; }

private:
    SweepSpec m_spec;
    std::vector<Trial> m_trials;
    QList<QJsonObject> m_grid;
};

} // namespace crucible
