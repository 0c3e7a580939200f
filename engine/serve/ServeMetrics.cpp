#include "ServeMetrics.h"

#include <cmath>

namespace crucible {

QByteArray prometheusLabel(const QString& value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

namespace {

QByteArray label(const QString& value)
{
    return prometheusLabel(value);
}

QByteArray number(double value)
{
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    return QByteArray::number(value, 'g', 12);
}

void writeHistogram(QByteArray& out, const char* name, const QByteArray& labels, const std::vector<double>& bounds,
                    const std::vector<std::int64_t>& counts, double sum, std::int64_t count)
{
    std::int64_t cumulative = 0;
    for (size_t i = 0; i <= bounds.size(); ++i) {
        cumulative += i < counts.size() ? counts[i] : 0;
        out += name;
        out += "_bucket{";
        out += labels;
        if (!labels.isEmpty())
            out += ',';
        out += "le=\"";
        out += i < bounds.size() ? number(bounds[i]) : QByteArray("+Inf");
        out += "\"} ";
        out += QByteArray::number(cumulative);
        out += '\n';
    }
    out += name;
    out += "_sum{" + labels + "} " + number(sum) + '\n';
    out += name;
    out += "_count{" + labels + "} " + QByteArray::number(count) + '\n';
}

} // namespace

ServeMetrics::ServeMetrics()
{
    m_allLatency.counts.assign(latencyBounds().size() + 1, 0);
}

const std::vector<double>& ServeMetrics::latencyBounds()
{
    static const std::vector<double> bounds {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                             0.05,   0.1,     0.25,   0.5,   1,      2.5,   5,    10};
    return bounds;
}

const std::vector<double>& ServeMetrics::batchBounds()
{
    static const std::vector<double> bounds {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024};
    return bounds;
}

void ServeMetrics::Histogram::observe(const std::vector<double>& bounds, double value)
{
    if (counts.empty())
        counts.assign(bounds.size() + 1, 0);
    size_t bucket = 0;
    while (bucket < bounds.size() && value > bounds[bucket])
        ++bucket;
    ++counts[bucket];
    sum += value;
    ++count;
}

void ServeMetrics::countRequest(const QString& model, int version, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{model, version, status}];
    if (!model.isEmpty())
        m_latency[model].observe(latencyBounds(), seconds);
    m_allLatency.observe(latencyBounds(), seconds);
    if (status >= 400)
        ++m_errors;
}

void ServeMetrics::observeBatch(const QString& model, std::int64_t rows)
{
    std::lock_guard lock(m_mutex);
    m_batches[model].observe(batchBounds(), double(rows));
}

void ServeMetrics::countPredictions(const QString& model, int version, const QStringList& classes,
                                    const std::vector<std::int64_t>& counts)
{
    std::lock_guard lock(m_mutex);
    for (size_t k = 0; k < counts.size() && qsizetype(k) < classes.size(); ++k) {
        if (counts[k] > 0)
            m_predictions[{model, version, classes[qsizetype(k)]}] += counts[k];
    }
}

void ServeMetrics::setLoaded(const QString& model, const QString& reference, int version, double loadSeconds)
{
    std::lock_guard lock(m_mutex);
    m_loaded[{model, reference}] = {version, loadSeconds};
}

void ServeMetrics::countLoadFailure(const QString& model)
{
    std::lock_guard lock(m_mutex);
    ++m_loadFailures[model];
}

QByteArray ServeMetrics::exposition(std::int64_t inFlight, std::int64_t connections) const
{
    std::lock_guard lock(m_mutex);
    QByteArray out;
    out.reserve(8192);
    out += "# HELP crucible_requests_total Requests answered, by model, version and HTTP status.\n"
           "# TYPE crucible_requests_total counter\n";
    for (const auto& [key, count] : m_requests) {
        const auto& [model, version, status] = key;
        out += "crucible_requests_total{model=\"" + label(model) + "\",version=\""
            + (version > 0 ? QByteArray::number(version) : QByteArray()) + "\",code=\"" + QByteArray::number(status)
            + "\"} " + QByteArray::number(count) + '\n';
    }
    out += "# HELP crucible_request_duration_seconds Time from a request's last byte to its answer, by model.\n"
           "# TYPE crucible_request_duration_seconds histogram\n";
    for (const auto& [model, histogram] : m_latency)
        writeHistogram(out, "crucible_request_duration_seconds", "model=\"" + label(model) + '"', latencyBounds(),
                       histogram.counts, histogram.sum, histogram.count);
    out += "# HELP crucible_batch_rows Rows per batch the model ran, by model.\n"
           "# TYPE crucible_batch_rows histogram\n";
    for (const auto& [model, histogram] : m_batches)
        writeHistogram(out, "crucible_batch_rows", "model=\"" + label(model) + '"', batchBounds(), histogram.counts,
                       histogram.sum, histogram.count);
    out += "# HELP crucible_requests_in_flight Requests read and not yet answered.\n"
           "# TYPE crucible_requests_in_flight gauge\n"
           "crucible_requests_in_flight "
        + QByteArray::number(inFlight) + '\n';
    out += "# HELP crucible_open_connections Open client connections.\n"
           "# TYPE crucible_open_connections gauge\n"
           "crucible_open_connections "
        + QByteArray::number(connections) + '\n';
    out += "# HELP crucible_model_version The version each served model answers with now.\n"
           "# TYPE crucible_model_version gauge\n";
    for (const auto& [key, loaded] : m_loaded)
        out += "crucible_model_version{model=\"" + label(key.first) + "\",reference=\"" + label(key.second) + "\"} "
            + QByteArray::number(loaded.first) + '\n';
    out += "# HELP crucible_model_load_seconds Time the served version took to load and check.\n"
           "# TYPE crucible_model_load_seconds gauge\n";
    for (const auto& [key, loaded] : m_loaded)
        out += "crucible_model_load_seconds{model=\"" + label(key.first) + "\",reference=\"" + label(key.second)
            + "\",version=\"" + QByteArray::number(loaded.first) + "\"} " + number(loaded.second) + '\n';
    out += "# HELP crucible_model_load_failures_total Versions that an alias moved to but that failed to load.\n"
           "# TYPE crucible_model_load_failures_total counter\n";
    for (const auto& [model, count] : m_loadFailures)
        out += "crucible_model_load_failures_total{model=\"" + label(model) + "\"} " + QByteArray::number(count) + '\n';
    out += "# HELP crucible_predictions_total Predicted classes, by model, version and class.\n"
           "# TYPE crucible_predictions_total counter\n";
    for (const auto& [key, count] : m_predictions) {
        const auto& [model, version, name] = key;
        out += "crucible_predictions_total{model=\"" + label(model) + "\",version=\"" + QByteArray::number(version)
            + "\",class=\"" + label(name) + "\"} " + QByteArray::number(count) + '\n';
    }
    return out;
}

ServeMetrics::Totals ServeMetrics::totals() const
{
    std::lock_guard lock(m_mutex);
    Totals totals;
    totals.requests = m_allLatency.count;
    totals.errors = m_errors;
    totals.latencyBuckets = latencyBounds();
    std::int64_t cumulative = 0;
    for (const std::int64_t count : m_allLatency.counts) {
        cumulative += count;
        totals.latencyCounts.push_back(cumulative);
    }
    return totals;
}

} // namespace crucible
