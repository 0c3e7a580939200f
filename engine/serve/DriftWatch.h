#pragma once

#include "engine/monitor/Drift.h"
#include "engine/serve/InputSchema.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

namespace crucible {

/// Drift of what a served version sees, for /metrics: keeps the inputs of the last `rows` rows
/// it answered (a ring) and compares them with the version's reference profile under the default
/// drift policy, at most every few seconds and only when rows came since. Tables only.
/// Thread: record() and samples() from any thread.
class DriftWatch {
public:
    /// Null when there is nothing to watch: an image model, a bundle without a reference profile,
    /// or `rows` 0.
    static std::unique_ptr<DriftWatch> create(const InputSchema& schema, const QJsonObject& referenceProfile,
                                              const QString& target, int rows);

    /// Keeps `rows` inputs in the model's layout (one value per feature; a category as its index).
    void record(const float* values, std::int64_t rows);

    /// The gauges of one family each, for `model` and `version` (label values escaped), as
    /// exposition lines without HELP and TYPE: crucible_feature_drift (the policy statistic, with
    /// a "statistic" label), crucible_feature_drift_level (0 ok, 1 warning, 2 drift),
    /// crucible_model_drift (0 or 1) and crucible_drift_window_rows. Empty until rows came.
    struct Samples {
        QByteArray value;
        QByteArray level;
        QByteArray model;
        QByteArray rows;
    };
    Samples samples(const QString& model, int version);

private:
    DriftWatch() = default;
    void recompute();

    std::mutex m_mutex;
    std::vector<InputSchema::Feature> m_features;
    DriftReference m_reference;
    int m_capacity = 0;
    std::vector<float> m_ring; ///< m_capacity x features
    std::int64_t m_recorded = 0; ///< rows recorded ever
    std::int64_t m_computedAt = -1; ///< m_recorded when the report was made
    std::chrono::steady_clock::time_point m_computedTime;
    std::unique_ptr<DriftReport> m_report;
};

} // namespace crucible
