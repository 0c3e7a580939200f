#include "Drift.h"

#include "engine/core/Message.h"
#include "engine/data/Timestamp.h"

#include "engine/core/Parallel.h"
#include "engine/data/ColumnCheck.h"
#include "engine/monitor/DriftStats.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace crucible {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// PSI thresholds used where the policy's statistic cannot be computed (a format-1 profile).
constexpr double kFallbackPsiWarn = 0.1;
constexpr double kFallbackPsiAlarm = 0.25;

Error driftError(const QString& message, const QString& where)
{
    return Error {ErrorCode::InvalidInput, message, where};
}

/// `position` (a bin number as a real, any size or NaN) as a bin in [low, high]: clamped before it
/// becomes an int, so that a value far outside the range cannot overflow.
int clampedBin(double position, int low, int high)
{
    if (std::isnan(position))
        return low;
    return int(std::clamp(position, double(low), double(high)));
}

std::vector<double> toDoubles(const std::vector<float>& values)
{
    return std::vector<double>(values.begin(), values.end());
}

/// Counts per bin of sorted `values` for bins (-inf, e0], (e0, e1], ..., (e_last, inf).
std::vector<double> binCounts(const std::vector<double>& sorted, const std::vector<double>& edges)
{
    std::vector<double> counts;
    size_t below = 0;
    for (double edge : edges) {
        const auto upTo = size_t(std::upper_bound(sorted.begin(), sorted.end(), edge) - sorted.begin());
        counts.push_back(double(upTo - below));
        below = upTo;
    }
    counts.push_back(double(sorted.size() - below));
    return counts;
}

/// The reference's deciles as bin edges, repeated values once.
std::vector<double> decileEdges(const std::vector<double>& sample)
{
    std::vector<double> edges;
    for (int q = 1; q <= 9; ++q) {
        const auto index = size_t(std::llround(double(q) / 10.0 * double(sample.size() - 1)));
        const double edge = sample[index];
        if (edges.empty() || edge > edges.back())
            edges.push_back(edge);
    }
    return edges;
}

std::vector<double> sharesOf(const std::vector<double>& counts)
{
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    std::vector<double> shares(counts.size(), 0.0);
    for (size_t i = 0; i < counts.size() && total > 0; ++i)
        shares[i] = counts[i] / total;
    return shares;
}

/// The reference's equal-width histogram with the current values' shares over the same bins, for
/// charts: extended by whole bins (up to kExtraChartBins a side) to where current values lie
/// beyond the reference's range; farther values fall into the outermost bins.
void chartBins(const ColumnProfile& reference, const std::vector<double>& current, FeatureDrift& f)
{
    constexpr int kExtraChartBins = 30;
    const Histogram& h = reference.histogram;
    if (h.counts.empty())
        return;
    const int referenceBins = int(h.counts.size());
    const double width = (h.upper - h.lower) / referenceBins;
    int below = 0;
    int above = 0;
    if (width > 0 && !current.empty()) {
        below = clampedBin(std::ceil((h.lower - current.front()) / width), 0, kExtraChartBins);
        above = clampedBin(std::ceil((current.back() - h.upper) / width), 0, kExtraChartBins);
    }
    const int bins = below + referenceBins + above;
    const double lower = h.lower - below * width;
    std::vector<double> counts(size_t(bins), 0.0);
    for (double v : current) {
        // The reference's top edge belongs to its last bin, as in the profile.
        const int bin = width <= 0 ? below
            : v == h.upper         ? below + referenceBins - 1
                                   : clampedBin(std::floor((v - lower) / width), 0, bins - 1);
        ++counts[size_t(bin)];
    }
    std::vector<double> referenceCounts(size_t(bins), 0.0);
    for (int b = 0; b < referenceBins; ++b)
        referenceCounts[size_t(below + b)] = double(h.counts[size_t(b)]);
    f.referenceShare = sharesOf(referenceCounts);
    f.currentShare = sharesOf(counts);
    for (int b = 0; b <= bins; ++b)
        f.binEdges.push_back(lower + width * b);
}

Result<std::vector<double>> currentNumbers(const Column& column, const QString& where, qint64* missing)
{
    if (column.hasNumbers()) {
        *missing = column.missingCount();
        return toDoubles(sortedFiniteValues(column));
    }
    // Times as days since 1970-01-01, as the reference profile has them; so are dates in text form
    // (a file whose day and month order its rows did not show).
    std::optional<timestamps::Detection> read;
    if (!column.hasTimes() && !column.hasNumbers() && !column.categories.isEmpty())
        read = timestamps::detect(column.categories, timestamps::DateOrder::Auto);
    if (column.hasTimes() || (read && read->times)) {
        std::vector<double> days;
        *missing = column.missingCount();
        days.reserve(size_t(column.size() - *missing));
        for (std::int64_t row = 0; row < column.size(); ++row) {
            if (column.isMissing(row))
                continue;
            days.push_back(column.hasTimes() ? column.quantity(row)
                                             : timestamps::days(read->times->times[size_t(column.codes[size_t(row)])]));
        }
        std::sort(days.begin(), days.end());
        return days;
    }
    // A column read as text where the reference has numbers: numbers in text form are fine.
    std::vector<double> values;
    *missing = 0;
    for (std::int64_t row = 0; row < column.size(); ++row) {
        if (column.isMissing(row)) {
            ++*missing;
            continue;
        }
        bool ok = false;
        const double v = column.displayValue(row).toDouble(&ok);
        if (!ok)
            return driftError(CRUCIBLE_MESSAGE("column '%1', data row %2: '%3' is not a number, but the model's "
                                               "training data had numbers there")
                                  .arg(column.name)
                                  .arg(row + 1)
                                  .arg(column.displayValue(row).left(40)),
                              where);
        if (std::isfinite(v))
            values.push_back(v);
    }
    std::sort(values.begin(), values.end());
    return values;
}

Result<FeatureDrift> numericDrift(const ColumnProfile& reference, const Column& column, const QString& where)
{
    FeatureDrift f;
    f.name = reference.name;
    f.numeric = true;
    qint64 missing = 0;
    auto numbers = currentNumbers(column, where, &missing);
    if (!numbers)
        return numbers.error();
    const std::vector<double>& current = numbers.value();
    const qint64 referenceRows = reference.count + reference.missing;
    f.referenceCount = reference.count;
    f.currentCount = qint64(current.size());
    f.referenceMissingRate = referenceRows > 0 ? double(reference.missing) / double(referenceRows) : 0.0;
    f.currentMissingRate = column.size() > 0 ? double(missing) / double(column.size()) : 0.0;
    f.missingChange = std::abs(f.currentMissingRate - f.referenceMissingRate);
    f.referenceMean = reference.mean;
    f.referenceStd = reference.std;
    f.currentMean =
        current.empty() ? kNaN : std::accumulate(current.begin(), current.end(), 0.0) / double(current.size());
    const double scale = reference.std > 0 ? reference.std : 1.0;
    if (!(reference.std > 0))
        f.note = CRUCIBLE_MESSAGE("the reference is constant: shifts are in the column's units");
    f.meanShift = (f.currentMean - f.referenceMean) / scale;
    chartBins(reference, current, f);
    if (current.empty()) {
        f.ks = f.wasserstein = f.wassersteinStd = f.psi = kNaN;
        f.ksPValue = kNaN;
        f.note = CRUCIBLE_MESSAGE("no values in the current data");
        return f;
    }
    if (reference.sample.empty()) {
        // A format-1 profile: only its equal-width histogram to compare with; values beyond its
        // range count in its end bins.
        const Histogram& h = reference.histogram;
        std::vector<double> referenceCounts(h.counts.begin(), h.counts.end());
        std::vector<double> currentCounts(referenceCounts.size(), 0.0);
        const int bins = int(referenceCounts.size());
        const double width = bins > 0 ? (h.upper - h.lower) / bins : 0.0;
        for (double v : current) {
            if (bins > 0)
                ++currentCounts[size_t(width > 0 ? clampedBin(std::floor((v - h.lower) / width), 0, bins - 1) : 0)];
        }
        f.psi = referenceCounts.empty() ? kNaN : drift::psi(referenceCounts, currentCounts);
        f.ks = f.ksPValue = f.wasserstein = f.wassersteinStd = kNaN;
        f.note = CRUCIBLE_MESSAGE("the model's reference profile is format 1 (no sample): KS and Wasserstein need a "
                                  "bundle registered by this version");
        return f;
    }
    const std::vector<double> sample = toDoubles(reference.sample);
    const drift::KsTest ks = drift::ks2Sample(sample, current, reference.sampleIsExact() ? 0 : reference.count);
    f.ks = ks.statistic;
    f.ksPValue = ks.pvalue;
    f.ksExact = ks.exact;
    f.wasserstein = drift::wasserstein(sample, current);
    f.wassersteinStd = f.wasserstein / scale;
    const std::vector<double> edges = decileEdges(sample);
    f.psi = drift::psi(binCounts(sample, edges), binCounts(current, edges));
    return f;
}

} // namespace

FeatureDrift compareCategories(const QString& name, const QList<QPair<QString, qint64>>& reference,
                               qint64 referenceMissing, const QHash<QString, qint64>& current, qint64 currentMissing)
{
    FeatureDrift f;
    f.name = name;
    f.numeric = false;
    std::vector<double> referenceCounts;
    std::vector<double> currentCounts;
    for (const auto& [label, count] : reference) {
        f.binLabels << label;
        referenceCounts.push_back(double(count));
        currentCounts.push_back(double(current.value(label, 0)));
        f.referenceCount += count;
    }
    QList<QPair<QString, qint64>> unseen;
    for (auto it = current.begin(); it != current.end(); ++it) {
        f.currentCount += it.value();
        if (!f.binLabels.contains(it.key()))
            unseen.append({it.key(), it.value()});
    }
    std::sort(unseen.begin(), unseen.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [label, count] : unseen) {
        f.newCategoryCount += count;
        if (f.newCategories.size() < 20)
            f.newCategories << label;
    }
    if (f.newCategoryCount > 0) {
        f.binLabels << QStringLiteral("(new)");
        referenceCounts.push_back(0.0);
        currentCounts.push_back(double(f.newCategoryCount));
    }
    f.referenceShare = sharesOf(referenceCounts);
    f.currentShare = sharesOf(currentCounts);
    const qint64 referenceRows = f.referenceCount + referenceMissing;
    const qint64 currentRows = f.currentCount + currentMissing;
    f.referenceMissingRate = referenceRows > 0 ? double(referenceMissing) / double(referenceRows) : 0.0;
    f.currentMissingRate = currentRows > 0 ? double(currentMissing) / double(currentRows) : 0.0;
    f.missingChange = std::abs(f.currentMissingRate - f.referenceMissingRate);
    f.psi = drift::psi(referenceCounts, currentCounts);
    const drift::ChiSquareTest chi = drift::chiSquare(referenceCounts, currentCounts);
    f.chiSquare = chi.statistic;
    f.chiSquarePValue = chi.pvalue;
    f.chiSquareDof = chi.dof;
    f.jensenShannon = drift::jensenShannon(referenceCounts, currentCounts);
    f.ks = f.ksPValue = f.wasserstein = f.wassersteinStd = f.meanShift = kNaN;
    f.referenceMean = f.currentMean = f.referenceStd = kNaN;
    return f;
}

namespace {

FeatureDrift categoricalDrift(const ColumnProfile& reference, const Column& column)
{
    QList<QPair<QString, qint64>> categories = reference.categories;
    if (categories.isEmpty()) { // format 1: the ten most frequent, the rest as one
        categories = reference.top;
        qint64 listed = 0;
        for (const auto& entry : categories)
            listed += entry.second;
        if (reference.count > listed)
            categories.append({QStringLiteral("(other)"), reference.count - listed});
    }
    QHash<QString, qint64> current;
    qint64 missing = 0;
    if (column.hasNumbers()) {
        for (std::int64_t row = 0; row < column.size(); ++row) {
            if (column.isMissing(row))
                ++missing;
            else
                ++current[column.displayValue(row)];
        }
    } else {
        std::vector<qint64> counts(size_t(column.categories.size()), 0);
        for (std::int32_t code : column.codes) {
            if (code < 0)
                ++missing;
            else
                ++counts[size_t(code)];
        }
        for (qsizetype c = 0; c < column.categories.size(); ++c) {
            if (counts[size_t(c)] > 0)
                current[column.categories[c]] += counts[size_t(c)];
        }
    }
    return compareCategories(reference.name, categories, reference.missing, current, missing);
}

bool passes(double value, double threshold, bool isPValue)
{
    return isPValue ? value < threshold : value >= threshold;
}

} // namespace

void judgeFeature(FeatureDrift& f, const DriftPolicy& policy)
{
    DriftRule rule = policy.ruleFor(f.name, f.numeric);
    f.ignored = rule.ignore;
    if (rule.ignore)
        return;
    double value = f.statisticValue(rule.statistic);
    if (std::isnan(value)) {
        rule = DriftRule {QStringLiteral("psi"), kFallbackPsiWarn, kFallbackPsiAlarm};
        value = f.psi;
    }
    f.statistic = rule.statistic;
    f.value = value;
    if (std::isnan(value))
        return;
    // The two-sample test must also call the difference real, so that a few rows cannot alarm.
    const double p = f.numeric ? f.ksPValue : f.chiSquarePValue;
    const bool significant = rule.isPValue() || std::isnan(p) || p < policy.significance;
    if (significant && passes(value, rule.alarm, rule.isPValue()))
        f.level = DriftLevel::Alarm;
    else if (significant && passes(value, rule.warn, rule.isPValue()))
        f.level = DriftLevel::Warning;
}

QString driftLevelName(DriftLevel level)
{
    switch (level) {
    case DriftLevel::Alarm:
        return QStringLiteral("drift");
    case DriftLevel::Warning:
        return QStringLiteral("warning");
    case DriftLevel::None:
        break;
    }
    return QStringLiteral("ok");
}

double FeatureDrift::statisticValue(const QString& statisticName) const
{
    if (statisticName == QLatin1String("psi"))
        return psi;
    if (statisticName == QLatin1String("missing_change"))
        return missingChange;
    if (numeric) {
        if (statisticName == QLatin1String("ks"))
            return ks;
        if (statisticName == QLatin1String("ks_pvalue"))
            return ksPValue;
        if (statisticName == QLatin1String("wasserstein"))
            return wasserstein;
        if (statisticName == QLatin1String("wasserstein_std"))
            return wassersteinStd;
        if (statisticName == QLatin1String("mean_shift"))
            return std::abs(meanShift);
    } else {
        if (statisticName == QLatin1String("chi2_pvalue"))
            return chiSquarePValue;
        if (statisticName == QLatin1String("js"))
            return jensenShannon;
    }
    return kNaN;
}

double FeatureDrift::severity(const DriftRule& rule) const
{
    if (std::isnan(value) || ignored)
        return -1.0;
    if (rule.isPValue())
        return rule.alarm / std::max(value, 1e-300);
    return rule.alarm > 0 ? value / rule.alarm : value;
}

namespace {

/// The test split's predictions kept in a reference profile: classes with counts, or a
/// regression model's predicted values as a numeric column profile.
void readPredictions(const QJsonObject& profile, DriftReference& reference)
{
    const QJsonObject predictions = profile.value(QStringLiteral("predictions")).toObject();
    for (const QJsonValue& value : predictions.value(QStringLiteral("classes")).toArray())
        reference.predictedClasses.append({value.toArray().at(0).toString(), value.toArray().at(1).toInteger()});
    const QJsonObject values = predictions.value(QStringLiteral("values")).toObject();
    if (!values.isEmpty()) {
        ColumnProfile column = ColumnProfile::fromJson(values);
        // Only a numeric profile with counted bins can be compared; anything else is not what
        // Crucible writes and is left out rather than trusted.
        if (column.count > 0 && column.histogram.counts.size() > 0 && column.type != ColumnType::Categorical
            && column.type != ColumnType::Text) {
            column.name = CRUCIBLE_MESSAGE("predicted value");
            reference.predictedValues = std::move(column);
        }
    }
}

} // namespace

Result<DriftReference> DriftReference::fromProfile(const QJsonObject& profile, const QJsonObject& inputSignature,
                                                   const QJsonObject& outputSignature, const QString& model,
                                                   const QString& where)
{
    DriftReference reference;
    reference.profile = DatasetProfile::fromJson(profile);
    if (inputSignature.value(QStringLiteral("kind")).toString() == QLatin1String("images")) {
        // Images: the per-image channel means are the features, the histograms and the size come on top.
        if (reference.profile.imageMeans.isEmpty() || reference.profile.channelHistograms.empty())
            return Error {
                ErrorCode::Incompatible,
                CRUCIBLE_MESSAGE("the bundle of '%1' keeps no image statistics of its training data (an older "
                                 "format); register the model again from its run")
                    .arg(model),
                where};
        reference.isImage = true;
        reference.channels = reference.profile.channels;
        reference.profile.columns = reference.profile.imageMeans;
        for (const ColumnProfile& column : std::as_const(reference.profile.columns))
            reference.features << column.name;
        reference.target.clear();
        readPredictions(profile, reference);
        return reference;
    }
    if (reference.profile.columns.isEmpty())
        return Error {ErrorCode::Incompatible,
                      CRUCIBLE_MESSAGE("'%1' has no reference profile of its training data (a bundle of an older "
                                       "format, or its dataset was gone when it was registered); register the model "
                                       "again from its run, or compare with a dataset version (--reference NAME@V)")
                          .arg(model),
                      where};
    for (const QJsonValue& feature : inputSignature.value(QStringLiteral("features")).toArray())
        reference.features << feature.toObject().value(QStringLiteral("name")).toString();
    reference.target = outputSignature.value(QStringLiteral("target")).toString();
    if (reference.target.isEmpty())
        reference.target = reference.profile.target;
    readPredictions(profile, reference);
    return reference;
}

void finishReport(DriftReport& report)
{
    const DriftPolicy& policy = report.policy;
    std::stable_sort(report.features.begin(), report.features.end(), [&](const FeatureDrift& a, const FeatureDrift& b) {
        if (a.ignored != b.ignored)
            return b.ignored;
        if (a.level != b.level)
            return a.level > b.level;
        return a.severity(policy.ruleFor(a.name, a.numeric)) > b.severity(policy.ruleFor(b.name, b.numeric));
    });
    report.drifted = 0;
    report.warned = 0;
    for (const FeatureDrift& f : std::as_const(report.features)) {
        report.drifted += !f.ignored && f.level == DriftLevel::Alarm;
        report.warned += !f.ignored && f.level == DriftLevel::Warning;
    }
    report.drift = report.drifted >= policy.minDriftedFeatures;
}

Result<DriftReport> checkDrift(const DriftReference& reference, const DriftInput& input, const DriftPolicy& policy)
{
    const Dataset& data = *input.data;
    QStringList features = reference.features;
    if (features.isEmpty()) {
        for (const ColumnProfile& column : reference.profile.columns) {
            if (column.name != reference.target)
                features << column.name;
        }
    }
    if (Status columns = checkInputColumns(data, features, reference.target, input.where); !columns)
        return columns.error();
    if (data.rowCount() == 0)
        return driftError(CRUCIBLE_MESSAGE("the current data has no rows"), input.where);
    QList<QPair<const ColumnProfile*, const Column*>> pairs;
    for (const QString& name : features) {
        const auto profile = std::find_if(reference.profile.columns.begin(), reference.profile.columns.end(),
                                          [&](const ColumnProfile& c) { return c.name == name; });
        if (profile == reference.profile.columns.end())
            return Error {ErrorCode::Incompatible,
                          CRUCIBLE_MESSAGE("the reference profile has no column '%1' that the model takes").arg(name),
                          reference.description};
        pairs.append({&*profile, &data.columns[size_t(data.columnIndex(name))]});
    }
    const QList<Result<FeatureDrift>> results =
        parallel::mapped(pairs, [&](const QPair<const ColumnProfile*, const Column*>& pair) -> Result<FeatureDrift> {
            const ColumnProfile& profile = *pair.first;
            const bool numeric = profile.type != ColumnType::Categorical && profile.type != ColumnType::Text;
            if (numeric)
                return numericDrift(profile, *pair.second, input.where);
            return categoricalDrift(profile, *pair.second);
        });
    DriftReport report;
    report.reference = reference.description;
    report.current = input.description;
    report.currentRows = data.rowCount();
    report.policy = policy;
    for (const Result<FeatureDrift>& result : results) {
        if (!result)
            return result.error();
        FeatureDrift f = result.value();
        judgeFeature(f, policy);
        report.features.append(f);
    }
    finishReport(report);
    if (!reference.predictedClasses.isEmpty() && !input.predictedClasses.isEmpty()) {
        QHash<QString, qint64> current;
        for (const QString& label : input.predictedClasses)
            ++current[label];
        report.predictions =
            compareCategories(CRUCIBLE_MESSAGE("predicted class"), reference.predictedClasses, 0, current, 0);
        judgeFeature(report.predictions, policy);
        report.hasPredictionDrift = true;
    } else if (reference.predictedValues.count > 0 && !input.predictedValues.empty()) {
        Column predicted;
        predicted.name = reference.predictedValues.name;
        predicted.values.reserve(input.predictedValues.size());
        for (double v : input.predictedValues)
            predicted.values.push_back(float(v));
        auto compared = numericDrift(reference.predictedValues, predicted, input.where);
        if (!compared)
            return compared.error();
        report.predictions = compared.value();
        judgeFeature(report.predictions, policy);
        report.hasPredictionDrift = true;
    }
    return report;
}

} // namespace crucible
