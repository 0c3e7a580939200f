#pragma once

#include <QPointF>

#include <cstddef>
#include <vector>

namespace crucible {

/// The points that draw a series within [xMin, xMax] on `columns` pixel columns: every point
/// when there are few, else per column its first, lowest, highest and last point in x order
/// (so a one-step spike stays visible at every zoom, and never more than four points a column).
/// `x` must be ascending. Non-finite y values are skipped. Thread: any.
std::vector<QPointF> decimateMinMax(const std::vector<double>& x, const std::vector<double>& y, double xMin,
                                    double xMax, int columns);

/// TensorBoard's debiased exponential moving average: last = last * w + (1 - w) * y, divided by
/// 1 - w^n for the n finite values so far; non-finite values pass through unsmoothed.
/// `weight` is in [0, 1). Thread: any.
std::vector<double> smoothDebiased(const std::vector<double>& y, double weight);

/// The same EMA over a reduced series: value i stands for `weights[i]` equal points (a bucket's
/// mean and its point count), so the weight means the same at every bucket width:
/// last = last * w^k + (1 - w^k) * mean, debiased by 1 - w^n for the n points so far. Exact when
/// every bucket holds one point; non-finite values pass through. Thread: any.
std::vector<double> smoothWeighted(const std::vector<double>& y, const std::vector<double>& weights, double weight);

/// Continues a debiased EMA over appended values; keeps its state between calls.
class DebiasedSmoother {
public:
    explicit DebiasedSmoother(double weight = 0.0) : m_weight(weight) { }
    double weight() const { return m_weight; }
    double next(double value);

private:
    double m_weight = 0.0;
    double m_last = 0.0;
    long long m_count = 0;
};

/// "Nice" tick positions covering [low, high] with about `wanted` ticks (steps of 1, 2 or 5
/// times a power of ten), and at least `minimum` of them: a finer nice step when a short range
/// would hold fewer. Thread: any.
std::vector<double> niceTicks(double low, double high, int wanted, int minimum = 0);

} // namespace crucible
