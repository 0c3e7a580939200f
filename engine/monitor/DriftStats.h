#pragma once

#include <cstdint>
#include <vector>

/// The statistics of drift checks, on plain numbers (no Qt): two-sample Kolmogorov-Smirnov,
/// Wasserstein distance, population stability index, chi-square test of a 2 x k table and
/// Jensen-Shannon distance. They agree with scipy.stats (ks_2samp, wasserstein_distance,
/// chi2_contingency) and scipy.spatial.distance.jensenshannon; tests check that.
/// Thread: any (pure functions).
namespace crucible::drift {

/// The result of a two-sample Kolmogorov-Smirnov test (two-sided).
struct KsTest {
    double statistic = 0; ///< the largest distance between the two empirical distribution functions
    double pvalue = 1;
    bool exact = false; ///< exact lattice-path probability, or the asymptotic one
};

/// Two-sample two-sided KS test of `a` and `b`, both sorted ascending, NaN-free. The p-value is
/// exact when both samples have at most kExactLimit values and asymptotic otherwise (the
/// distribution of the one-sample statistic at n = round(mn / (m + n))), the choice scipy's
/// ks_2samp makes by default. `weightA`: how many values `a` stands for when it is a quantile
/// sketch of a larger sample (0: a is the sample itself); such a test is always asymptotic.
KsTest ks2Sample(const std::vector<double>& a, const std::vector<double>& b, std::int64_t weightA = 0);
constexpr std::int64_t kExactLimit = 10000;

/// P(D_n >= d) for the one-sample two-sided KS statistic of n values (Simard and L'Ecuyer's
/// choice of methods: Ruben-Gambino at the ends, Durbin's matrix, Pomeranz's recursion, the
/// one-sided formula doubled, Pelz-Good's expansion).
double kolmogorovSurvival(std::int64_t n, double d);
/// P(D+_n >= d), the exact one-sided statistic (Birnbaum and Tingey).
double smirnovSurvival(std::int64_t n, double d);

/// The 1-Wasserstein (earth mover's) distance between the empirical distributions of sorted `a`
/// and `b`: the area between their distribution functions.
double wasserstein(const std::vector<double>& a, const std::vector<double>& b);

/// Population stability index of two count vectors over the same bins:
/// sum (c - r) * ln(c / r) over the bins, with r and c each bin's share of its total, floored at
/// kPsiFloor so that an empty bin does not make it infinite.
double psi(const std::vector<double>& reference, const std::vector<double>& current);
constexpr double kPsiFloor = 1e-4;

/// Chi-square test of independence of a 2 x k table (reference counts, current counts);
/// categories empty in both are left out; Yates' correction when one degree of freedom remains,
/// as scipy.stats.chi2_contingency does by default.
struct ChiSquareTest {
    double statistic = 0;
    double pvalue = 1;
    int dof = 0;
};
ChiSquareTest chiSquare(const std::vector<double>& reference, const std::vector<double>& current);

/// Jensen-Shannon distance (the square root of the divergence, base 2, so 0..1) between two count
/// vectors after normalising each to 1.
double jensenShannon(const std::vector<double>& reference, const std::vector<double>& current);

/// The upper tail of the chi-square distribution with `dof` degrees of freedom.
double chiSquareSurvival(double x, double dof);

} // namespace crucible::drift
