#include "RunGrouping.h"

#include "engine/store/RunField.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <limits>

namespace crucible::grouping {

namespace {

QString paramText(const RunRecord& run, const QString& key)
{
    const auto it = run.params.constFind(key);
    return it == run.params.constEnd() ? QStringLiteral("—") : FieldValue::fromJson(it.value()).display(QLocale());
}

bool isSeedKey(const QString& key)
{
    return key == QLatin1String("seed") || key == QLatin1String("split_seed") || key.endsWith(QLatin1String(".seed"));
}

} // namespace

std::vector<RunGroup> groupRuns(const std::vector<RunRecord>& runs, const QStringList& params)
{
    std::vector<RunGroup> groups;
    QHash<QString, size_t> byLabel;
    for (const RunRecord& run : runs) {
        QStringList parts;
        for (const QString& key : params)
            parts << QStringLiteral("%1=%2").arg(key, paramText(run, key));
        const QString label = params.isEmpty() ? run.id : parts.join(QStringLiteral(", "));
        const auto it = byLabel.constFind(label);
        if (it == byLabel.constEnd()) {
            byLabel.insert(label, groups.size());
            groups.push_back({label, {run.id}});
        } else {
            groups[*it].runIds << run.id;
        }
    }
    return groups;
}

QStringList differingParams(const std::vector<RunRecord>& runs)
{
    QSet<QString> keys;
    for (const RunRecord& run : runs) {
        for (auto it = run.params.constBegin(); it != run.params.constEnd(); ++it)
            keys.insert(it.key());
    }
    QStringList differing;
    for (const QString& key : std::as_const(keys)) {
        QSet<QString> values;
        for (const RunRecord& run : runs)
            values.insert(paramText(run, key));
        if (values.size() > 1)
            differing << key;
    }
    differing.sort();
    return differing;
}

QStringList allButSeed(const std::vector<RunRecord>& runs)
{
    QStringList keys = differingParams(runs);
    keys.removeIf(isSeedKey);
    return keys;
}

GroupStats aggregate(const std::vector<GroupMember>& members, int bucketCount)
{
    const size_t buckets = size_t(std::max(0, bucketCount));
    std::vector<double> sumX(buckets, 0.0);
    std::vector<double> sumY(buckets, 0.0);
    std::vector<double> low(buckets, std::numeric_limits<double>::infinity());
    std::vector<double> high(buckets, -std::numeric_limits<double>::infinity());
    std::vector<int> count(buckets, 0);
    for (const GroupMember& member : members) {
        const size_t n = std::min({member.index->size(), member.x->size(), member.y->size()});
        for (size_t i = 0; i < n; ++i) {
            const int bucket = (*member.index)[i];
            const double value = (*member.y)[i];
            if (bucket < 0 || size_t(bucket) >= buckets || !std::isfinite(value))
                continue;
            sumX[size_t(bucket)] += (*member.x)[i];
            sumY[size_t(bucket)] += value;
            low[size_t(bucket)] = std::min(low[size_t(bucket)], value);
            high[size_t(bucket)] = std::max(high[size_t(bucket)], value);
            ++count[size_t(bucket)];
        }
    }
    // Second pass for the deviation: two passes stay exact where sum-of-squares cancels.
    std::vector<double> squares(buckets, 0.0);
    for (const GroupMember& member : members) {
        const size_t n = std::min({member.index->size(), member.x->size(), member.y->size()});
        for (size_t i = 0; i < n; ++i) {
            const int bucket = (*member.index)[i];
            const double value = (*member.y)[i];
            if (bucket < 0 || size_t(bucket) >= buckets || !std::isfinite(value))
                continue;
            const double delta = value - sumY[size_t(bucket)] / count[size_t(bucket)];
            squares[size_t(bucket)] += delta * delta;
        }
    }
    GroupStats stats;
    for (size_t b = 0; b < buckets; ++b) {
        const int n = count[b];
        if (n == 0)
            continue;
        stats.x.push_back(sumX[b] / n);
        stats.mean.push_back(sumY[b] / n);
        stats.std.push_back(n > 1 ? std::sqrt(squares[b] / (n - 1)) : 0.0);
        stats.min.push_back(low[b]);
        stats.max.push_back(high[b]);
        stats.count.push_back(n);
    }
    return stats;
}

} // namespace crucible::grouping
