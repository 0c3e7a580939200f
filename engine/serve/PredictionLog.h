#pragma once

#include "engine/core/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace crucible {

/// The serving prediction log: one JSON object per line (time, model, version, reference,
/// protocol, latency, "columns" and one array of "inputs" per row, "outputs") in
/// FOLDER/MODEL/predictions.jsonl, rotated at a
/// size bound into predictions.1.jsonl (the newest old one) ... predictions.K.jsonl. Requests
/// hand lines over; one writer thread appends them. A full disk or a write error drops lines
/// (counted, reported once), never a request.
/// Thread: append() and sample() from any thread.
class PredictionLog {
public:
    struct Options {
        QString folder; ///< usually WORKSPACE/serving
        double sample = 1.0; ///< fraction of requests logged, 0..1
        std::int64_t maxFileBytes = std::int64_t(64) << 20;
        int keepFiles = 4; ///< rotated files kept besides the current one
        int maxQueuedLines = 100000; ///< beyond, lines are dropped (and counted)
        std::int64_t maxQueuedBytes = std::int64_t(64) << 20; ///< likewise for the bytes waiting
        std::function<void(const QString&)> onProblem; ///< told once per kind of write failure
    };

    explicit PredictionLog(Options options);
    ~PredictionLog(); ///< writes what is queued, then stops
    PredictionLog(const PredictionLog&) = delete;
    PredictionLog& operator=(const PredictionLog&) = delete;

    /// True for the share of calls the sample rate asks for.
    bool sample() const;
    /// Queues `line` (a compact JSON object, without the newline) for `model`'s log.
    void append(const QString& model, QByteArray line);
    /// Waits until every line queued so far is written (tests, shutdown).
    void flush();
    std::int64_t dropped() const { return m_dropped.load(); }

    /// The log file of `model` under `folder`; `rotation` 0 is the current one.
    static QString filePath(const QString& folder, const QString& model, int rotation = 0);
    /// The last `last` entries of `model` (all when `last` <= 0), oldest first, across the rotated
    /// files. Lines that are not JSON objects (a line cut by a crash) are skipped.
    static Result<QList<QJsonObject>> read(const QString& folder, const QString& model, std::int64_t last);

private:
    void run();
    bool write(const QString& model, const QByteArray& lines);

    Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::pair<QString, QByteArray>> m_queue;
    bool m_stopping = false;
    bool m_writing = false;
    std::int64_t m_queuedBytes = 0;
    std::atomic<std::int64_t> m_dropped {0};
    bool m_reportedFailure = false;
    std::thread m_thread;
};

} // namespace crucible
