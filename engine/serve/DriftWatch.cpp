#include "DriftWatch.h"

#include "engine/core/Message.h"
#include "engine/serve/ServeMetrics.h"

#include <cmath>
#include <limits>

namespace crucible {

namespace {

/// How often the drift of a busy version is computed again, at most.
constexpr auto kRecomputeInterval = std::chrono::seconds(5);

} // namespace

std::unique_ptr<DriftWatch> DriftWatch::create(const InputSchema& schema, const QJsonObject& referenceProfile,
                                               const QString& target, int rows)
{
    if (rows <= 0 || schema.isImage() || schema.features().empty())
        return nullptr;
    auto reference = DriftReference::fromProfile(referenceProfile, {}, {}, QString(), QString());
    if (!reference)
        return nullptr;
    std::unique_ptr<DriftWatch> watch(new DriftWatch);
    watch->m_features = schema.features();
    watch->m_reference = std::move(reference.value());
    watch->m_reference.target = target;
    for (const InputSchema::Feature& feature : watch->m_features)
        watch->m_reference.features << feature.name;
    watch->m_capacity = rows;
    watch->m_ring.assign(size_t(rows) * watch->m_features.size(), 0.0F);
    return watch;
}

void DriftWatch::record(const float* values, std::int64_t rows)
{
    const size_t width = m_features.size();
    std::lock_guard lock(m_mutex);
    for (std::int64_t r = std::max<std::int64_t>(0, rows - m_capacity); r < rows; ++r) {
        const size_t slot = size_t(m_recorded % m_capacity);
        std::copy(values + r * std::int64_t(width), values + (r + 1) * std::int64_t(width),
                  m_ring.begin() + std::ptrdiff_t(slot * width));
        ++m_recorded;
    }
}

void DriftWatch::recompute()
{
    const size_t width = m_features.size();
    const auto rows = std::int64_t(std::min<std::int64_t>(m_recorded, m_capacity));
    Dataset data;
    for (size_t f = 0; f < width; ++f) {
        const InputSchema::Feature& feature = m_features[f];
        Column column;
        column.name = feature.name;
        if (feature.isCategory) {
            column.type = ColumnType::Categorical;
            column.categories = feature.categories;
            for (std::int64_t r = 0; r < rows; ++r) {
                const float v = m_ring[size_t(r) * width + f];
                column.codes.push_back(std::isnan(v) ? -1 : std::int32_t(v));
            }
        } else {
            column.type = ColumnType::Numeric;
            for (std::int64_t r = 0; r < rows; ++r)
                column.values.push_back(m_ring[size_t(r) * width + f]);
        }
        data.columns.push_back(std::move(column));
    }
    DriftInput input;
    input.data = &data;
    input.where = CRUCIBLE_MESSAGE("the last rows served");
    auto report = checkDrift(m_reference, input, DriftPolicy {});
    m_report = report ? std::make_unique<DriftReport>(std::move(report.value())) : nullptr;
    m_computedAt = m_recorded;
    m_computedTime = std::chrono::steady_clock::now();
}

DriftWatch::Samples DriftWatch::samples(const QString& model, int version)
{
    std::lock_guard lock(m_mutex);
    Samples out;
    if (m_recorded == 0)
        return out;
    if (m_recorded != m_computedAt
        && (m_computedAt < 0 || std::chrono::steady_clock::now() - m_computedTime >= kRecomputeInterval))
        recompute();
    if (!m_report)
        return out;
    const QByteArray labels = "model=\"" + prometheusLabel(model) + "\",version=\"" + QByteArray::number(version) + '"';
    for (const FeatureDrift& f : std::as_const(m_report->features)) {
        if (f.ignored || !std::isfinite(f.value))
            continue;
        const QByteArray feature = labels + ",feature=\"" + prometheusLabel(f.name) + '"';
        out.value += "crucible_feature_drift{" + feature + ",statistic=\"" + prometheusLabel(f.statistic) + "\"} "
            + QByteArray::number(f.value, 'g', 8) + '\n';
        out.level += "crucible_feature_drift_level{" + feature + "} " + QByteArray::number(int(f.level)) + '\n';
    }
    out.model = "crucible_model_drift{" + labels + "} " + (m_report->drift ? "1" : "0") + '\n';
    out.rows = "crucible_drift_window_rows{" + labels + "} "
        + QByteArray::number(std::min<std::int64_t>(m_recorded, m_capacity)) + '\n';
    return out;
}

} // namespace crucible
