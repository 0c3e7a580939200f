#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <mutex>
#include <tuple>
#include <vector>

namespace crucible {

/// A label value escaped as Prometheus' text format asks (backslash, quote, newline). Thread: any.
QByteArray prometheusLabel(const QString& value);

/// What a running server counts, in the Prometheus text format for GET /metrics and as totals
/// for the GUI. Thread: any (one mutex; a request takes it once).
class ServeMetrics {
public:
    /// Totals since start, for charts that difference them over time.
    struct Totals {
        std::int64_t requests = 0;
        std::int64_t errors = 0; ///< answers with status >= 400
        std::vector<double> latencyBuckets; ///< upper bounds, seconds
        std::vector<std::int64_t> latencyCounts; ///< cumulative per bucket, then +Inf last
    };

    ServeMetrics();

    /// One answered request. `model` is empty for requests that named no served model (health,
    /// metrics, unknown paths); `version` 0 when none answered.
    void countRequest(const QString& model, int version, int status, double seconds);
    void observeBatch(const QString& model, std::int64_t rows);
    /// Predicted classes (or, for regression, nothing) of one answered request.
    void countPredictions(const QString& model, int version, const QStringList& classes,
                          const std::vector<std::int64_t>& counts);
    void setLoaded(const QString& model, const QString& reference, int version, double loadSeconds);
    void countLoadFailure(const QString& model);

    /// The exposition text (version 0.0.4). `inFlight`: requests read and not yet answered.
    QByteArray exposition(std::int64_t inFlight, std::int64_t connections) const;
    Totals totals() const;

    static const std::vector<double>& latencyBounds();
    static const std::vector<double>& batchBounds();

private:
    struct Histogram {
        std::vector<std::int64_t> counts; ///< per bucket (not cumulative), +Inf last
        double sum = 0;
        std::int64_t count = 0;
        void observe(const std::vector<double>& bounds, double value);
    };
    mutable std::mutex m_mutex;
    std::map<std::tuple<QString, int, int>, std::int64_t> m_requests; ///< model, version, status
    std::map<QString, Histogram> m_latency;
    std::map<QString, Histogram> m_batches;
    std::map<std::tuple<QString, int, QString>, std::int64_t> m_predictions;
    std::map<std::pair<QString, QString>, std::pair<int, double>> m_loaded; ///< (model, reference) -> version, seconds
    std::map<QString, std::int64_t> m_loadFailures;
    Histogram m_allLatency;
    std::int64_t m_errors = 0;
};

} // namespace crucible
