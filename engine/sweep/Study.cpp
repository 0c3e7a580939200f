#include "engine/sweep/Study.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace crucible {

namespace {

/// SplitMix64: a small, fully specified generator, so that a seed gives the same trials with
/// every compiler and standard library.
class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed) { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform in [0, n).
    int below(int n) { return int(uniform() * n); }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    quint64 m_state;
};

quint64 trialSeed(quint64 seed, int number, quint64 salt)
{
    Rng mix(seed * 0x2545F4914F6CDD1DULL + quint64(number) * 0x9E3779B97F4A7C15ULL + salt);
    return mix.next();
}

/// The search dimension of a numeric parameter: log space where asked.
double toInternal(const SweepParam& param, double value)
{
    return param.log ? std::log(value) : value;
}

double fromInternal(const SweepParam& param, double internal)
{
    double value = param.log ? std::exp(internal) : internal;
    value = std::clamp(value, param.low, param.high);
    if (param.type == SweepParam::Type::Int)
        value = std::clamp(std::round(value), param.low, param.high);
    return value;
}

double internalLow(const SweepParam& param)
{
    // Integers cover [low - 0.5, high + 0.5] so that the ends are drawn as often as the middle.
    const double low = param.type == SweepParam::Type::Int ? param.low - 0.5 : param.low;
    return param.log ? std::log(std::max(low, param.low * 0.5)) : low;
}

double internalHigh(const SweepParam& param)
{
    const double high = param.type == SweepParam::Type::Int ? param.high + 0.5 : param.high;
    return param.log ? std::log(high) : high;
}

QJsonValue drawUniform(const SweepParam& param, Rng& rng)
{
    if (param.type == SweepParam::Type::Choice)
        return param.choices.at(rng.below(int(param.choices.size())));
    const double low = internalLow(param);
    const double high = internalHigh(param);
    return fromInternal(param, low + rng.uniform() * (high - low));
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

constexpr int kCandidates = 24;
constexpr double kPriorWeight = 1.0;

qsizetype choiceIndex(const QJsonArray& choices, const QJsonValue& value)
{
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (choices.at(i) == value)
            return i;
    }
    return 0;
}

/// The bandwidth of each observation's kernel: the larger distance to its neighbours (the range's
/// ends count as neighbours, except beside the outermost observations), clipped to
/// [range / min(100, kernels + 1), range].
std::vector<double> bandwidths(const std::vector<double>& mus, double low, double high)
{
    const size_t n = mus.size();
    std::vector<double> sigmas(n, high - low);
    if (n == 0)
        return sigmas;
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return mus[a] < mus[b]; });
    std::vector<double> sorted {low};
    for (size_t i : order)
        sorted.push_back(mus[i]);
    sorted.push_back(high);
    std::vector<double> sortedSigma(n);
    for (size_t k = 0; k < n; ++k)
        sortedSigma[k] = std::max(sorted[k + 1] - sorted[k], sorted[k + 2] - sorted[k + 1]);
    if (n >= 2) {
        sortedSigma[0] = sorted[2] - sorted[1];
        sortedSigma[n - 1] = sorted[n] - sorted[n - 1];
    }
    const double range = high - low;
    const double minSigma = range / std::min(100.0, 1.0 + double(n + 1));
    for (size_t k = 0; k < n; ++k)
        sigmas[order[k]] = std::clamp(sortedSigma[k], minSigma, range);
    return sigmas;
}

/// Mixture weights of `n` observations (oldest first) and the prior: equal up to 25, then the
/// older ones ramp down, so that the search follows what it learnt lately; normalised.
std::vector<double> mixtureWeights(size_t n)
{
    std::vector<double> weights(n, 1.0);
    if (n > 25) {
        const size_t ramp = n - 25;
        for (size_t i = 0; i < ramp; ++i)
            weights[i] = 1.0 / double(n) + (1.0 - 1.0 / double(n)) * double(i) / double(std::max<size_t>(1, ramp - 1));
    }
    weights.push_back(kPriorWeight);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (double& w : weights)
        w /= sum;
    return weights;
}

/// One dimension of a Parzen estimator: a kernel per observation plus the prior (last).
struct Dimension {
    const SweepParam* param = nullptr;
    // numeric, in the search's internal (log where asked) space
    double low = 0;
    double high = 1;
    std::vector<double> mus;
    std::vector<double> sigmas;
    std::vector<double> masses;
    // choice: a distribution over the choices per kernel
    std::vector<std::vector<double>> probabilities;

    bool isChoice() const { return param->type == SweepParam::Type::Choice; }

    double logDensity(size_t kernel, double x) const
    {
        if (isChoice())
            return std::log(std::max(probabilities[kernel][size_t(x)], 1e-300));
        const double z = (x - mus[kernel]) / sigmas[kernel];
        return -0.5 * z * z - std::log(sigmas[kernel] * 2.5066282746310002 * std::max(masses[kernel], 1e-12));
    }

    double sample(size_t kernel, Rng& rng) const
    {
        if (isChoice()) {
            double u = rng.uniform();
            const std::vector<double>& p = probabilities[kernel];
            for (size_t c = 0; c + 1 < p.size(); ++c) {
                if (u < p[c])
                    return double(c);
                u -= p[c];
            }
            return double(p.size() - 1);
        }
        for (int attempt = 0; attempt < 100; ++attempt) {
            const double x = mus[kernel] + sigmas[kernel] * rng.normal();
            if (x >= low && x <= high)
                return x;
        }
        return std::clamp(mus[kernel], low, high);
    }
};

/// A Parzen estimator over several parameters at once: kernel k is the product over dimensions
/// of observation k's kernels (the last kernel is the prior), so that values that worked together
/// are proposed together.
struct JointParzen {
    std::vector<Dimension> dims;
    std::vector<double> weights;

    /// `rows[i][d]`: observation i's value in dimension d (internal space, or a choice's index).
    static JointParzen fit(const std::vector<const SweepParam*>& params, const std::vector<std::vector<double>>& rows)
    {
        JointParzen p;
        const size_t n = rows.size();
        p.weights = mixtureWeights(n);
        for (size_t d = 0; d < params.size(); ++d) {
            Dimension dim;
            dim.param = params[d];
            if (dim.isChoice()) {
                const size_t k = size_t(params[d]->choices.size());
                for (size_t i = 0; i <= n; ++i) {
                    std::vector<double> probability(k, kPriorWeight / double(k));
                    if (i < n)
                        probability[size_t(rows[i][d])] += 1.0;
                    const double sum = std::accumulate(probability.begin(), probability.end(), 0.0);
                    for (double& v : probability)
                        v /= sum;
                    dim.probabilities.push_back(probability);
                }
            } else {
                dim.low = internalLow(*params[d]);
                dim.high = internalHigh(*params[d]);
                for (const std::vector<double>& row : rows)
                    dim.mus.push_back(row[d]);
                dim.sigmas = bandwidths(dim.mus, dim.low, dim.high);
                dim.mus.push_back(0.5 * (dim.low + dim.high));
                dim.sigmas.push_back(dim.high - dim.low);
                for (size_t i = 0; i < dim.mus.size(); ++i)
                    dim.masses.push_back(normalCdf((dim.high - dim.mus[i]) / dim.sigmas[i])
                                         - normalCdf((dim.low - dim.mus[i]) / dim.sigmas[i]));
            }
            p.dims.push_back(std::move(dim));
        }
        return p;
    }

    std::vector<double> sample(Rng& rng) const
    {
        double u = rng.uniform();
        size_t kernel = weights.size() - 1;
        for (size_t k = 0; k < weights.size(); ++k) {
            if (u < weights[k]) {
                kernel = k;
                break;
            }
            u -= weights[k];
        }
        std::vector<double> x;
        for (const Dimension& dim : dims)
            x.push_back(dim.sample(kernel, rng));
        return x;
    }

    double logDensity(const std::vector<double>& x) const
    {
        // log-sum-exp over the kernels of log weight + the dimensions' log densities
        std::vector<double> terms;
        double top = -std::numeric_limits<double>::infinity();
        for (size_t k = 0; k < weights.size(); ++k) {
            double term = std::log(weights[k]);
            for (size_t d = 0; d < dims.size(); ++d)
                term += dims[d].logDensity(k, x[d]);
            terms.push_back(term);
            top = std::max(top, term);
        }
        double sum = 0;
        for (double term : terms)
            sum += std::exp(term - top);
        return top + std::log(sum);
    }
};

/// The internal value of a parameter's JSON value: log space where asked, a choice's index.
double internalValue(const SweepParam& param, const QJsonValue& value)
{
    if (param.type == SweepParam::Type::Choice)
        return double(choiceIndex(param.choices, value));
    return toInternal(param, value.toDouble());
}

QJsonValue externalValue(const SweepParam& param, double internal)
{
    if (param.type == SweepParam::Type::Choice)
        return param.choices.at(qsizetype(internal));
    return fromInternal(param, internal);
}

/// TPE over `params` from the good and bad observations (rows of internal values, oldest first):
/// the candidate among 24 drawn from l(x) with the largest l(x) / g(x).
std::vector<double> tpe(const std::vector<const SweepParam*>& params, const std::vector<std::vector<double>>& good,
                        const std::vector<std::vector<double>>& bad, Rng& rng)
{
    const JointParzen l = JointParzen::fit(params, good);
    const JointParzen g = JointParzen::fit(params, bad);
    std::vector<double> best;
    double bestScore = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < kCandidates; ++i) {
        std::vector<double> x = l.sample(rng);
        const double score = l.logDensity(x) - g.logDensity(x);
        if (best.empty() || score > bestScore) {
            bestScore = score;
            best = std::move(x);
        }
    }
    return best;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

} // namespace

Study::Study(SweepSpec spec, std::vector<Trial> trials) : m_spec(std::move(spec)), m_trials(std::move(trials))
{
    if (m_spec.strategy == QLatin1String("grid")) {
        m_grid = m_spec.space.grid();
        Rng rng(trialSeed(m_spec.seed, -1, 0x6772696400ULL));
        for (qsizetype i = m_grid.size() - 1; i > 0; --i)
            std::swap(m_grid[i], m_grid[rng.below(int(i + 1))]);
    }
}

std::optional<QJsonObject> Study::suggest(int number) const
{
    if (m_spec.strategy == QLatin1String("grid")) {
        if (number < 0 || number >= m_grid.size())
            return std::nullopt;
        return m_grid.at(number);
    }
    Rng rng(trialSeed(m_spec.seed, number, 0x7472ULL));
    // Finished trials, best first; pruned and failed ones rank below every complete one.
    std::vector<const Trial*> ranked;
    int complete = 0;
    for (const Trial& trial : m_trials) {
        if (trial.number >= number)
            continue; // only what was known before this trial, so that a seed replays exactly
        if (trial.state == TrialState::Complete && std::isfinite(trial.value)) {
            ranked.push_back(&trial);
            ++complete;
        } else if (trial.state == TrialState::Pruned) {
            ranked.push_back(&trial);
        }
    }
    const bool useTpe = m_spec.strategy == QLatin1String("tpe") && complete >= m_spec.startupTrials;
    QJsonObject values;
    if (!useTpe) {
        for (const SweepParam& param : m_spec.space.params) {
            if (SearchSpace::isActive(param, values))
                values.insert(param.name, drawUniform(param, rng));
        }
        return values;
    }
    auto rank = [&](const Trial* trial) {
        if (trial->state == TrialState::Complete)
            return std::make_pair(0, score(trial->value));
        // Pruned: later epochs first, then by the last value reported.
        const double last = trial->intermediate.isEmpty() ? 0.0 : score(trial->intermediate.last());
        return std::make_pair(1, -double(trial->prunedEpoch) * 1e12 + (std::isfinite(last) ? last : 1e300));
    };
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Trial* a, const Trial* b) { return rank(a) < rank(b); });
    const size_t goodCount = std::min<size_t>(25, size_t(std::ceil(0.1 * double(ranked.size()))));
    // Observations oldest first within each group, as the mixture's weights expect.
    auto split = [&](const std::vector<const SweepParam*>& params, std::vector<std::vector<double>>& good,
                     std::vector<std::vector<double>>& bad) {
        std::vector<std::pair<int, std::vector<double>>> goodRows;
        std::vector<std::pair<int, std::vector<double>>> badRows;
        for (size_t i = 0; i < ranked.size(); ++i) {
            std::vector<double> row;
            for (const SweepParam* param : params) {
                if (!ranked[i]->params.contains(param->name))
                    break;
                row.push_back(internalValue(*param, ranked[i]->params.value(param->name)));
            }
            if (row.size() != params.size())
                continue; // a conditional parameter this trial did not have
            (i < goodCount ? goodRows : badRows).emplace_back(ranked[i]->number, std::move(row));
        }
        for (auto* rows : {&goodRows, &badRows})
            std::sort(rows->begin(), rows->end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [n, row] : goodRows)
            good.push_back(std::move(row));
        for (auto& [n, row] : badRows)
            bad.push_back(std::move(row));
    };
    // Parameters without a condition are searched together (one joint estimator); each
    // conditional one on its own, over the trials that had it.
    std::vector<const SweepParam*> joint;
    for (const SweepParam& param : m_spec.space.params) {
        if (param.whenKey.isEmpty())
            joint.push_back(&param);
    }
    if (!joint.empty()) {
        std::vector<std::vector<double>> good;
        std::vector<std::vector<double>> bad;
        split(joint, good, bad);
        const std::vector<double> x = tpe(joint, good, bad, rng);
        for (size_t d = 0; d < joint.size(); ++d)
            values.insert(joint[d]->name, externalValue(*joint[d], x[d]));
    }
    for (const SweepParam& param : m_spec.space.params) {
        if (param.whenKey.isEmpty() || !SearchSpace::isActive(param, values))
            continue;
        std::vector<std::vector<double>> good;
        std::vector<std::vector<double>> bad;
        split({&param}, good, bad);
        values.insert(param.name, externalValue(param, tpe({&param}, good, bad, rng)[0]));
    }
    return values;
}

bool Study::shouldPrune(const Trial& trial, int epoch) const
{
    if (!trial.intermediate.contains(epoch) || !std::isfinite(trial.intermediate.value(epoch)))
        return !trial.intermediate.isEmpty() && trial.intermediate.contains(epoch); // NaN: nothing to learn from
    const double current = score(trial.intermediate.value(epoch));
    if (m_spec.pruner == QLatin1String("median")) {
        if (epoch <= m_spec.warmupEpochs)
            return false;
        // The median stopping rule: against the trials that completed (pruned ones stopped short).
        int finished = 0;
        std::vector<double> others;
        for (const Trial& other : m_trials) {
            if (other.number == trial.number || other.state != TrialState::Complete)
                continue;
            ++finished;
            if (other.intermediate.contains(epoch) && std::isfinite(other.intermediate.value(epoch)))
                others.push_back(score(other.intermediate.value(epoch)));
        }
        if (finished < m_spec.minTrials || others.empty())
            return false;
        double bestSoFar = current;
        for (auto it = trial.intermediate.begin(); it != trial.intermediate.end() && it.key() <= epoch; ++it) {
            if (std::isfinite(it.value()))
                bestSoFar = std::min(bestSoFar, score(it.value()));
        }
        return bestSoFar > median(others);
    }
    if (m_spec.pruner == QLatin1String("asha")) {
        // Rungs at min_epochs * eta^k.
        qint64 rung = m_spec.minEpochs;
        while (rung < epoch)
            rung *= m_spec.reductionFactor;
        if (rung != epoch)
            return false;
        std::vector<double> competing {current};
        for (const Trial& other : m_trials) {
            if (other.number == trial.number)
                continue;
            if (other.intermediate.contains(epoch) && std::isfinite(other.intermediate.value(epoch)))
                competing.push_back(score(other.intermediate.value(epoch)));
        }
        std::sort(competing.begin(), competing.end());
        qsizetype promotable = qsizetype(competing.size()) / m_spec.reductionFactor - 1;
        if (promotable < 0)
            promotable = 0;
        return current > competing[size_t(promotable)];
    }
    return false;
}

const Trial* Study::best() const
{
    const Trial* best = nullptr;
    for (const Trial& trial : m_trials) {
        if (trial.state != TrialState::Complete || !std::isfinite(trial.value))
            continue;
        if (!best || score(trial.value) < score(best->value))
            best = &trial;
    }
    return best;
}

std::vector<double> Study::bestSoFar() const
{
    std::vector<const Trial*> finished;
    for (const Trial& trial : m_trials) {
        if (trial.isFinished())
            finished.push_back(&trial);
    }
    std::sort(finished.begin(), finished.end(), [](const Trial* a, const Trial* b) { return a->number < b->number; });
    std::vector<double> curve;
    double best = std::numeric_limits<double>::quiet_NaN();
    for (const Trial* trial : finished) {
        if (trial->state == TrialState::Complete && std::isfinite(trial->value)
            && (!std::isfinite(best) || score(trial->value) < score(best)))
            best = trial->value;
        curve.push_back(best);
    }
    return curve;
}

QMap<QString, double> Study::importance() const
{
    std::vector<const Trial*> complete;
    for (const Trial& trial : m_trials) {
        if (trial.state == TrialState::Complete && std::isfinite(trial.value))
            complete.push_back(&trial);
    }
    QMap<QString, double> shares;
    if (complete.size() < 4)
        return shares;
    double mean = 0;
    for (const Trial* trial : complete)
        mean += trial->value;
    mean /= double(complete.size());
    double total = 0;
    for (const Trial* trial : complete)
        total += (trial->value - mean) * (trial->value - mean);
    if (!(total > 0))
        return shares;
    for (const SweepParam& param : m_spec.space.params) {
        // Groups: a choice's values; a range's quantile bins; "inactive" for trials without it.
        QMap<QString, std::vector<double>> groups;
        std::vector<std::pair<double, double>> numeric; // (parameter value, objective)
        for (const Trial* trial : complete) {
            if (!trial->params.contains(param.name))
                groups[QStringLiteral("\x01inactive")].push_back(trial->value);
            else if (param.type == SweepParam::Type::Choice)
                groups[sweepValueText(trial->params.value(param.name))].push_back(trial->value);
            else
                numeric.emplace_back(trial->params.value(param.name).toDouble(), trial->value);
        }
        if (!numeric.empty()) {
            std::sort(numeric.begin(), numeric.end());
            const int bins = int(std::min<size_t>(4, numeric.size()));
            for (size_t i = 0; i < numeric.size(); ++i) {
                // Equal values share a bin, so the bins follow the parameter, not the order of ties.
                size_t first = i;
                while (first > 0 && numeric[first - 1].first == numeric[i].first)
                    --first;
                const int bin = int(first * size_t(bins) / numeric.size());
                groups[QString::number(bin)].push_back(numeric[i].second);
            }
        }
        double between = 0;
        for (const std::vector<double>& group : groups) {
            double groupMean = 0;
            for (double v : group)
                groupMean += v;
            groupMean /= double(group.size());
            between += double(group.size()) * (groupMean - mean) * (groupMean - mean);
        }
        shares.insert(param.name, between / total);
    }
    double sum = 0;
    for (double share : shares)
        sum += share;
    if (sum > 0) {
        for (auto it = shares.begin(); it != shares.end(); ++it)
            it.value() /= sum;
    }
    return shares;
}

} // namespace crucible
