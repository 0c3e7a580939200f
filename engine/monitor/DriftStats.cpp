#include "DriftStats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace crucible::drift {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kPi = 3.14159265358979323846;

double clip01(double p)
{
    return std::clamp(p, 0.0, 1.0);
}

/// log(n! / n^n)
double logFactorialOverPower(std::int64_t n)
{
    const double x = double(n);
    return std::lgamma(x + 1.0) - x * std::log(x);
}

/// P(the largest |F_a - F_b| along a random monotone lattice path from (0,0) to (m,n) reaches
/// h / lcm): every path is equally likely under the null hypothesis. Walks the band of cells
/// still inside, as probabilities (never path counts, which overflow), and adds up the mass
/// that steps out of it, so a tiny p-value keeps its precision.
double exactOutside(std::int64_t m, std::int64_t n, std::int64_t h, std::int64_t ua, std::int64_t ub)
{
    auto inside = [&](std::int64_t i, std::int64_t j) {
        const std::int64_t diff = i * ua - j * ub;
        return (diff < 0 ? -diff : diff) < h;
    };
    std::vector<double> row(size_t(n) + 2, 0.0);
    std::vector<double> next(size_t(n) + 2, 0.0);
    row[0] = 1.0;
    double outside = 0.0;
    for (std::int64_t i = 0; i <= m; ++i) {
        const std::int64_t low = i * ua - h;
        const std::int64_t jlo = low < 0 ? 0 : low / ub + 1;
        const std::int64_t jhi = std::min(n, (i * ua + h - 1) / ub);
        for (std::int64_t j = jlo; j <= jhi; ++j) {
            const double mass = row[size_t(j)];
            if (mass == 0.0)
                continue;
            const double remaining = double((m - i) + (n - j));
            if (remaining == 0.0)
                continue;
            if (j < n) {
                const double right = mass * double(n - j) / remaining;
                if (inside(i, j + 1))
                    row[size_t(j) + 1] += right;
                else
                    outside += right;
            }
            if (i < m) {
                const double down = mass * double(m - i) / remaining;
                if (inside(i + 1, j))
                    next[size_t(j)] += down;
                else
                    outside += down;
            }
        }
        for (std::int64_t j = jlo; j <= jhi + 1 && j <= n; ++j)
            row[size_t(j)] = 0.0;
        row.swap(next);
    }
    return clip01(outside);
}

using Matrix = std::vector<double>; // square, row-major

Matrix multiply(const Matrix& a, const Matrix& b, int size)
{
    Matrix c(size_t(size) * size, 0.0);
    for (int i = 0; i < size; ++i) {
        for (int k = 0; k < size; ++k) {
            const double aik = a[size_t(i) * size + k];
            if (aik == 0.0)
                continue;
            const double* bk = b.data() + size_t(k) * size;
            double* ci = c.data() + size_t(i) * size;
            for (int j = 0; j < size; ++j)
                ci[j] += aik * bk[j];
        }
    }
    return c;
}

/// Keeps a matrix power in range: divides by its largest entry and adds that to `logScale`.
void rescale(Matrix& matrix, double& logScale)
{
    double largest = 0.0;
    for (double v : matrix)
        largest = std::max(largest, std::abs(v));
    if (largest > 1e100 || (largest > 0.0 && largest < 1e-100)) {
        for (double& v : matrix)
            v /= largest;
        logScale += std::log(largest);
    }
}

/// P(D_n < d) by Durbin's matrix as Marsaglia, Tsang and Wang compute it: n!/n^n times one
/// entry of the n-th power of a (2k-1)-square matrix, k = floor(nd) + 1.
double durbinCdf(std::int64_t n, double d)
{
    const double nd = double(n) * d;
    const int k = int(std::floor(nd)) + 1;
    const int size = 2 * k - 1;
    const double h = double(k) - nd;
    std::vector<double> factorial(size_t(size) + 2, 1.0);
    for (int i = 1; i <= size + 1; ++i)
        factorial[size_t(i)] = factorial[size_t(i) - 1] * i;
    Matrix H(size_t(size) * size, 0.0);
    for (int i = 0; i < size; ++i) {
        for (int j = 0; j < size; ++j) {
            if (i - j + 1 >= 0)
                H[size_t(i) * size + j] = 1.0 / factorial[size_t(i - j + 1)];
        }
    }
    for (int i = 0; i < size; ++i) {
        H[size_t(i) * size] -= std::pow(h, i + 1) / factorial[size_t(i) + 1];
        H[size_t(size - 1) * size + i] -= std::pow(h, size - i) / factorial[size_t(size - i)];
    }
    if (2.0 * h - 1.0 > 0.0)
        H[size_t(size - 1) * size] += std::pow(2.0 * h - 1.0, size) / factorial[size_t(size)];

    Matrix result(size_t(size) * size, 0.0);
    for (int i = 0; i < size; ++i)
        result[size_t(i) * size + i] = 1.0;
    double resultScale = 0.0;
    Matrix base = H;
    double baseScale = 0.0;
    for (std::int64_t e = n; e > 0; e >>= 1) {
        if (e & 1) {
            result = multiply(result, base, size);
            resultScale += baseScale;
            rescale(result, resultScale);
        }
        if (e > 1) {
            base = multiply(base, base, size);
            baseScale *= 2.0;
            rescale(base, baseScale);
        }
    }
    const double entry = result[size_t(k - 1) * size + (k - 1)];
    if (entry <= 0.0)
        return 0.0;
    return clip01(std::exp(std::log(entry) + resultScale + logFactorialOverPower(n)));
}

/// P(D_n < d) by Pelz and Good's expansion in powers of 1/sqrt(n) (four terms).
double pelzGoodCdf(std::int64_t n, double d)
{
    const double sqrtN = std::sqrt(double(n));
    const double z = d * sqrtN;
    const double z2 = z * z;
    const double z4 = z2 * z2;
    const double z6 = z4 * z2;
    const double z8 = z4 * z4;
    const double pi2 = kPi * kPi;
    const double pi4 = pi2 * pi2;
    const double pi6 = pi4 * pi2;
    const double root = std::sqrt(kPi / 2.0);

    double k0 = 0.0;
    for (int k = 1; k < 200; ++k) {
        const double term = std::exp(-double((2 * k - 1) * (2 * k - 1)) * pi2 / (8.0 * z2));
        k0 += term;
        if (term < 1e-20 * k0)
            break;
    }
    k0 *= std::sqrt(2.0 * kPi) / z;

    // Sums over all integers k of functions of (k + 1/2)^2: twice the sum over k >= 0.
    double s1 = 0.0;
    double s2 = 0.0;
    double s3 = 0.0;
    for (int k = 0; k < 200; ++k) {
        const double half = double(k) + 0.5;
        const double h2 = half * half;
        const double w = std::exp(-pi2 * h2 / (2.0 * z2));
        s1 += (pi2 * h2 - z2) * w;
        s2 += (6.0 * z6 + 2.0 * z4 + pi2 * (2.0 * z4 - 5.0 * z2) * h2 + pi4 * (1.0 - 2.0 * z2) * h2 * h2) * w;
        s3 += (pi6 * h2 * h2 * h2 * (5.0 - 30.0 * z2) + pi4 * h2 * h2 * (-60.0 * z2 + 212.0 * z4)
               + pi2 * h2 * (135.0 * z4 - 96.0 * z6) - 30.0 * z6 - 90.0 * z8)
            * w;
        if (w < 1e-30)
            break;
    }
    s1 *= 2.0;
    s2 *= 2.0;
    s3 *= 2.0;
    // Sums over all integers k of functions of k^2 (the k = 0 term is zero).
    double t2 = 0.0;
    double t3 = 0.0;
    for (int k = 1; k < 200; ++k) {
        const double k2 = double(k) * double(k);
        const double w = std::exp(-pi2 * k2 / (2.0 * z2));
        t2 += pi2 * k2 * w;
        t3 += (-pi4 * k2 * k2 + 3.0 * pi2 * k2 * z2) * w;
        if (w < 1e-30)
            break;
    }
    t2 *= 2.0;
    t3 *= 2.0;

    const double k1 = root / (6.0 * z4) * s1;
    const double k2 = root / (72.0 * z6 * z) * s2 - root / (36.0 * z2 * z) * t2;
    const double k3 = root / (6480.0 * z8 * z2) * s3 + root / (216.0 * z6) * t3;
    return clip01(k0 + k1 / sqrtN + k2 / double(n) + k3 / (double(n) * sqrtN));
}

/// Regularised lower incomplete gamma P(a, x) by its series (x < a + 1).
double gammaSeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < 10000; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::abs(term) < std::abs(sum) * 1e-17)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

/// Regularised upper incomplete gamma Q(a, x) by its continued fraction (x >= a + 1), Lentz's method.
double gammaFraction(double a, double x)
{
    constexpr double tiny = 1e-300;
    double b = x + 1.0 - a;
    double c = 1.0 / tiny;
    double d = 1.0 / b;
    double f = d;
    for (int i = 1; i < 10000; ++i) {
        const double an = -double(i) * (double(i) - a);
        b += 2.0;
        d = an * d + b;
        if (std::abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = d * c;
        f *= delta;
        if (std::abs(delta - 1.0) < 1e-16)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * f;
}

std::vector<double> shares(const std::vector<double>& counts)
{
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    std::vector<double> out(counts.size(), 0.0);
    if (total > 0) {
        for (size_t i = 0; i < counts.size(); ++i)
            out[i] = counts[i] / total;
    }
    return out;
}

} // namespace

double smirnovSurvival(std::int64_t n, double d)
{
    if (n <= 0 || std::isnan(d))
        return kNaN;
    if (d <= 0.0)
        return 1.0;
    if (d >= 1.0)
        return 0.0;
    const double nn = double(n);
    const auto last = std::int64_t(std::floor(nn * (1.0 - d)));
    const double logN = std::lgamma(nn + 1.0);
    double sum = 0.0;
    for (std::int64_t j = 0; j <= last; ++j) {
        const double jj = double(j);
        const double below = 1.0 - d - jj / nn;
        if (below <= 0.0 && n - j > 0)
            continue;
        double logTerm = logN - std::lgamma(jj + 1.0) - std::lgamma(nn - jj + 1.0);
        if (n - j > 0)
            logTerm += (nn - jj) * std::log(below);
        logTerm += (jj - 1.0) * std::log(d + jj / nn);
        sum += std::exp(logTerm);
    }
    return clip01(d * sum);
}

double kolmogorovSurvival(std::int64_t n, double d)
{
    if (n <= 0 || std::isnan(d))
        return kNaN;
    if (d >= 1.0)
        return 0.0;
    if (d <= 0.0)
        return 1.0;
    const double nn = double(n);
    const double t = nn * d;
    if (t <= 1.0) { // Ruben and Gambino: P(D_n < d) = n!/n^n (2t - 1)^n
        if (t <= 0.5)
            return 1.0;
        return clip01(1.0 - std::exp(logFactorialOverPower(n) + nn * std::log(2.0 * t - 1.0)));
    }
    if (t >= nn - 1.0)
        return clip01(2.0 * std::pow(1.0 - d, nn));
    if (d >= 0.5)
        return clip01(2.0 * smirnovSurvival(n, d));
    const double nd2 = t * d;
    if (n <= 140) {
        if (nd2 <= 4.0)
            return clip01(1.0 - durbinCdf(n, d));
        return clip01(2.0 * smirnovSurvival(n, d));
    }
    if (nd2 >= 370.0)
        return 0.0;
    if (nd2 >= 2.2)
        return clip01(2.0 * smirnovSurvival(n, d));
    if (n <= 100000 && nn * std::pow(d, 1.5) <= 1.4)
        return clip01(1.0 - durbinCdf(n, d));
    return clip01(1.0 - pelzGoodCdf(n, d));
}

KsTest ks2Sample(const std::vector<double>& a, const std::vector<double>& b, std::int64_t weightA)
{
    KsTest result;
    const auto m = std::int64_t(a.size());
    const auto n = std::int64_t(b.size());
    if (m == 0 || n == 0) {
        result.statistic = result.pvalue = kNaN;
        return result;
    }
    const bool exact = weightA <= 0 && std::max(m, n) <= kExactLimit;
    // The statistic on the lattice of lcm(m, n) when exact, so that the path count compares integers.
    const std::int64_t g = std::gcd(m, n);
    const std::int64_t lcm = m / g * n;
    const std::int64_t ua = lcm / m;
    const std::int64_t ub = lcm / n;
    std::int64_t i = 0;
    std::int64_t j = 0;
    std::int64_t h = 0;
    double largest = 0.0;
    while (i < m && j < n) {
        const double v = std::min(a[size_t(i)], b[size_t(j)]);
        while (i < m && a[size_t(i)] == v)
            ++i;
        while (j < n && b[size_t(j)] == v)
            ++j;
        if (exact) {
            const std::int64_t diff = i * ua - j * ub;
            h = std::max(h, diff < 0 ? -diff : diff);
        } else {
            largest = std::max(largest, std::abs(double(i) / double(m) - double(j) / double(n)));
        }
    }
    if (exact) {
        result.exact = true;
        result.statistic = double(h) / double(lcm);
        result.pvalue = h == 0 ? 1.0 : exactOutside(m, n, h, ua, ub);
        return result;
    }
    result.statistic = largest;
    const double ma = double(weightA > 0 ? weightA : m);
    const double nb = double(n);
    const auto en = std::int64_t(std::nearbyint(ma * nb / (ma + nb)));
    result.pvalue = kolmogorovSurvival(std::max<std::int64_t>(en, 1), largest);
    return result;
}

double wasserstein(const std::vector<double>& a, const std::vector<double>& b)
{
    const size_t m = a.size();
    const size_t n = b.size();
    if (m == 0 || n == 0)
        return kNaN;
    size_t i = 0;
    size_t j = 0;
    double previous = std::min(a.front(), b.front());
    double area = 0.0;
    while (i < m || j < n) {
        double v;
        if (i == m)
            v = b[j];
        else if (j == n)
            v = a[i];
        else
            v = std::min(a[i], b[j]);
        area += std::abs(double(i) / double(m) - double(j) / double(n)) * (v - previous);
        while (i < m && a[i] == v)
            ++i;
        while (j < n && b[j] == v)
            ++j;
        previous = v;
    }
    return area;
}

double psi(const std::vector<double>& reference, const std::vector<double>& current)
{
    const std::vector<double> r = shares(reference);
    const std::vector<double> c = shares(current);
    double sum = 0.0;
    for (size_t k = 0; k < r.size() && k < c.size(); ++k) {
        const double rk = std::max(r[k], kPsiFloor);
        const double ck = std::max(c[k], kPsiFloor);
        sum += (ck - rk) * std::log(ck / rk);
    }
    return sum;
}

double chiSquareSurvival(double x, double dof)
{
    if (std::isnan(x) || dof <= 0)
        return kNaN;
    if (x <= 0.0)
        return 1.0;
    const double a = dof / 2.0;
    const double y = x / 2.0;
    if (y < a + 1.0)
        return clip01(1.0 - gammaSeries(a, y));
    return clip01(gammaFraction(a, y));
}

ChiSquareTest chiSquare(const std::vector<double>& reference, const std::vector<double>& current)
{
    std::vector<double> r;
    std::vector<double> c;
    for (size_t k = 0; k < reference.size() && k < current.size(); ++k) {
        if (reference[k] + current[k] > 0) {
            r.push_back(reference[k]);
            c.push_back(current[k]);
        }
    }
    ChiSquareTest result;
    const double rowR = std::accumulate(r.begin(), r.end(), 0.0);
    const double rowC = std::accumulate(c.begin(), c.end(), 0.0);
    const double total = rowR + rowC;
    if (r.size() < 2 || rowR <= 0 || rowC <= 0)
        return result; // nothing to compare: no evidence of a difference
    result.dof = int(r.size()) - 1;
    double statistic = 0.0;
    for (size_t k = 0; k < r.size(); ++k) {
        const double column = r[k] + c[k];
        for (const auto& [observed, rowTotal] : {std::pair {r[k], rowR}, std::pair {c[k], rowC}}) {
            const double expected = rowTotal * column / total;
            double o = observed;
            if (result.dof == 1) { // Yates: move each count half a unit towards what is expected
                const double diff = expected - o;
                o += std::copysign(std::min(0.5, std::abs(diff)), diff);
            }
            statistic += (o - expected) * (o - expected) / expected;
        }
    }
    result.statistic = statistic;
    result.pvalue = chiSquareSurvival(statistic, result.dof);
    return result;
}

double jensenShannon(const std::vector<double>& reference, const std::vector<double>& current)
{
    const std::vector<double> p = shares(reference);
    const std::vector<double> q = shares(current);
    double divergence = 0.0;
    for (size_t k = 0; k < p.size() && k < q.size(); ++k) {
        const double mid = (p[k] + q[k]) / 2.0;
        if (p[k] > 0)
            divergence += p[k] * std::log(p[k] / mid);
        if (q[k] > 0)
            divergence += q[k] * std::log(q[k] / mid);
    }
    divergence = std::max(0.0, divergence / 2.0 / std::log(2.0));
    return std::sqrt(divergence);
}

} // namespace crucible::drift
