#include "SeriesMath.h"

#include <algorithm>
#include <cmath>

namespace crucible {

std::vector<QPointF> decimateMinMax(const std::vector<double>& x, const std::vector<double>& y, double xMin,
                                    double xMax, int columns)
{
    std::vector<QPointF> out;
    const size_t n = std::min(x.size(), y.size());
    if (n == 0 || columns <= 0 || !(xMax >= xMin))
        return out;
    // One point on each side of the range keeps lines running to the edges.
    size_t begin = size_t(std::lower_bound(x.begin(), x.begin() + std::ptrdiff_t(n), xMin) - x.begin());
    size_t end = size_t(std::upper_bound(x.begin(), x.begin() + std::ptrdiff_t(n), xMax) - x.begin());
    begin = begin > 0 ? begin - 1 : 0;
    end = std::min(end + 1, n);
    if (end <= begin)
        return out;
    if (end - begin <= size_t(columns) * 2) {
        out.reserve(end - begin);
        for (size_t i = begin; i < end; ++i) {
            if (std::isfinite(y[i]))
                out.emplace_back(x[i], y[i]);
        }
        return out;
    }
    out.reserve(size_t(columns) * 4 + 4);
    const double width = (xMax - xMin) / double(columns);
    // Points left of the range share column -1, right of it column `columns`; xMax itself
    // belongs to the last column.
    auto columnOf = [&](double value) -> long long {
        if (value < xMin)
            return -1;
        if (value > xMax)
            return columns;
        return width > 0 ? std::min<long long>(static_cast<long long>(std::floor((value - xMin) / width)), columns - 1)
                         : 0;
    };
    size_t i = begin;
    while (i < end) {
        const long long column = columnOf(x[i]);
        size_t first = end;
        size_t last = end;
        size_t lowest = end;
        size_t highest = end;
        for (; i < end; ++i) {
            if (columnOf(x[i]) != column)
                break;
            if (!std::isfinite(y[i]))
                continue;
            if (first == end)
                first = i;
            last = i;
            if (lowest == end || y[i] < y[lowest])
                lowest = i;
            if (highest == end || y[i] > y[highest])
                highest = i;
        }
        if (first == end)
            continue;
        // Emit in x order, without repeats.
        size_t picks[4] = {first, std::min(lowest, highest), std::max(lowest, highest), last};
        size_t previous = end;
        for (size_t pick : picks) {
            if (pick != previous) {
                out.emplace_back(x[pick], y[pick]);
                previous = pick;
            }
        }
    }
    return out;
}

double DebiasedSmoother::next(double value)
{
    if (!std::isfinite(value) || m_weight <= 0.0)
        return value;
    m_last = m_last * m_weight + (1.0 - m_weight) * value;
    ++m_count;
    const double debias = 1.0 - std::pow(m_weight, double(m_count));
    return debias > 0 ? m_last / debias : value;
}

std::vector<double> smoothDebiased(const std::vector<double>& y, double weight)
{
    DebiasedSmoother smoother(weight);
    std::vector<double> out;
    out.reserve(y.size());
    for (double value : y)
        out.push_back(smoother.next(value));
    return out;
}

std::vector<double> smoothWeighted(const std::vector<double>& y, const std::vector<double>& weights, double weight)
{
    std::vector<double> out;
    out.reserve(y.size());
    if (weight <= 0.0)
        return y;
    double last = 0;
    double total = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        const double count = i < weights.size() ? std::max(1.0, weights[i]) : 1.0;
        if (!std::isfinite(y[i])) {
            out.push_back(y[i]);
            continue;
        }
        const double decay = std::pow(weight, count);
        last = last * decay + (1.0 - decay) * y[i];
        total += count;
        const double debias = 1.0 - std::pow(weight, total);
        out.push_back(debias > 0 ? last / debias : y[i]);
    }
    return out;
}

std::vector<double> niceTicks(double low, double high, int wanted, int minimum)
{
    std::vector<double> ticks;
    if (!std::isfinite(low) || !std::isfinite(high) || high <= low || wanted < 1)
        return ticks;
    const double raw = (high - low) / wanted;
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    int factor = 1;
    for (int f : {1, 2, 5, 10}) {
        factor = f;
        if (f * magnitude >= raw)
            break;
    }
    // A short range can hold fewer ticks than asked for at the chosen step: take the next finer
    // nice step (5 -> 2 -> 1 -> 0.5 ...) until `minimum` fit.
    for (int attempt = 0; attempt < 12; ++attempt) {
        const double step = factor * magnitude;
        ticks.clear();
        for (double tick = std::ceil(low / step) * step; tick <= high + step * 1e-9; tick += step)
            ticks.push_back(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
        if (int(ticks.size()) >= minimum)
            break;
        if (factor == 10)
            factor = 5;
        else if (factor == 5)
            factor = 2;
        else if (factor == 2)
            factor = 1;
        else {
            factor = 5;
            magnitude /= 10.0;
        }
    }
    return ticks;
}

} // namespace crucible
