#include "Split.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace crucible {

namespace {

std::uint64_t boundedRandom(std::mt19937_64& engine, std::uint64_t bound)
{
    // Rejection sampling: uniform in [0, bound) with the engine's standard output only.
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
    std::uint64_t value = engine();
    while (value >= limit)
        value = engine();
    return value % bound;
}

void assign(std::vector<std::int64_t>& rows, double validationShare, double testShare, std::vector<SplitPart>& parts)
{
    const auto n = std::int64_t(rows.size());
    std::int64_t testCount = std::llround(double(n) * testShare);
    std::int64_t validationCount = std::llround(double(n) * validationShare);
    // Keep at least one training row whenever there are rows.
    while (n > 0 && testCount + validationCount >= n && (testCount > 0 || validationCount > 0)) {
        if (testCount >= validationCount && testCount > 0)
            --testCount;
        else
            --validationCount;
    }
    for (std::int64_t i = 0; i < n; ++i) {
        const SplitPart part = i < testCount  ? SplitPart::Test
            : i < testCount + validationCount ? SplitPart::Validation
                                              : SplitPart::Train;
        parts[size_t(rows[size_t(i)])] = part;
    }
}

} // namespace

QJsonObject SplitRecipe::toJson() const
{
    return QJsonObject {{QStringLiteral("train"), train},
                        {QStringLiteral("validation"), validation},
                        {QStringLiteral("test"), test},
                        {QStringLiteral("seed"), qint64(seed)},
                        {QStringLiteral("stratified"), stratified}};
}

SplitRecipe SplitRecipe::fromJson(const QJsonObject& json)
{
    SplitRecipe recipe;
    recipe.train = json.value(QStringLiteral("train")).toDouble(recipe.train);
    recipe.validation = json.value(QStringLiteral("validation")).toDouble(recipe.validation);
    recipe.test = json.value(QStringLiteral("test")).toDouble(recipe.test);
    recipe.seed = std::uint64_t(json.value(QStringLiteral("seed")).toInteger(qint64(recipe.seed)));
    recipe.stratified = json.value(QStringLiteral("stratified")).toBool(recipe.stratified);
    return recipe;
}

void seededShuffle(std::vector<std::int64_t>& items, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    for (size_t i = items.size(); i > 1; --i) {
        const size_t j = size_t(boundedRandom(engine, i));
        std::swap(items[i - 1], items[j]);
    }
}

std::vector<SplitPart> makeSplit(std::int64_t rows, const std::vector<std::int32_t>* classes, const SplitRecipe& recipe,
                                 const std::vector<SplitPart>& predefined)
{
    std::vector<SplitPart> parts(size_t(rows), SplitPart::Train);
    const double total = std::max(recipe.train + recipe.validation + recipe.test, 1e-12);
    double validationShare = recipe.validation / total;
    double testShare = recipe.test / total;
    const bool hasPredefinedTest = !predefined.empty()
        && std::any_of(predefined.begin(), predefined.end(), [](SplitPart p) { return p == SplitPart::Test; });
    if (hasPredefinedTest) {
        // The test rows are given; divide the others between train and validation.
        validationShare = recipe.validation / std::max(recipe.train + recipe.validation, 1e-12);
        testShare = 0;
    }

    // Group rows into strata (one per class, or a single one).
    std::map<std::int32_t, std::vector<std::int64_t>> strata;
    const bool stratify = recipe.stratified && classes && std::int64_t(classes->size()) == rows;
    for (std::int64_t row = 0; row < rows; ++row) {
        if (hasPredefinedTest && predefined[size_t(row)] == SplitPart::Test) {
            parts[size_t(row)] = SplitPart::Test;
            continue;
        }
        strata[stratify ? (*classes)[size_t(row)] : 0].push_back(row);
    }
    std::uint64_t stratumSeed = recipe.seed;
    for (auto& [stratum, members] : strata) {
        seededShuffle(members, stratumSeed);
        stratumSeed = stratumSeed * 6364136223846793005ULL + 1442695040888963407ULL;
        assign(members, validationShare, testShare, parts);
    }
    return parts;
}

NormalisationStatistics normalisationStatistics(const Dataset& dataset, const std::vector<SplitPart>& split, int target)
{
    NormalisationStatistics stats;
    const std::int64_t rows = dataset.rowCount();
    auto isTrain = [&](std::int64_t row) { return split.empty() || split[size_t(row)] == SplitPart::Train; };
    auto finish = [&](double sum, double squares, std::int64_t n) {
        const double mean = n > 0 ? sum / double(n) : 0.0;
        const double variance = n > 0 ? squares / double(n) - mean * mean : 0.0;
        const double std = std::sqrt(std::max(variance, 0.0));
        stats.mean.push_back(mean);
        stats.std.push_back(std > 1e-12 ? std : 1.0);
    };
    if (dataset.kind == DatasetKind::Images) {
        const ImageBlock& images = dataset.images;
        const std::int64_t plane = std::int64_t(images.height) * images.width;
        for (int c = 0; c < images.channels; ++c) {
            double sum = 0;
            double squares = 0;
            std::int64_t n = 0;
            for (std::int64_t row = 0; row < rows; ++row) {
                if (!isTrain(row))
                    continue;
                const std::uint8_t* p = images.image(row) + c * plane;
                std::uint64_t s = 0;
                std::uint64_t q = 0;
                for (std::int64_t k = 0; k < plane; ++k) {
                    s += p[k];
                    q += std::uint64_t(p[k]) * p[k];
                }
                sum += double(s) / 255.0;
                squares += double(q) / (255.0 * 255.0);
                n += plane;
            }
            finish(sum, squares, n);
        }
        return stats;
    }
    for (size_t i = 0; i < dataset.columns.size(); ++i) {
        const Column& column = dataset.columns[i];
        if (int(i) == target || !column.hasQuantities())
            continue;
        double sum = 0;
        double squares = 0;
        std::int64_t n = 0;
        for (std::int64_t row = 0; row < rows; ++row) {
            const double v = column.hasNumbers() ? double(column.values[size_t(row)]) : column.quantity(row);
            if (!isTrain(row) || !std::isfinite(v))
                continue;
            sum += v;
            squares += v * v;
            ++n;
        }
        stats.columns.push_back(int(i));
        finish(sum, squares, n);
    }
    return stats;
}

} // namespace crucible
