#pragma once

#include "engine/train/TrainingTypes.h"

#include <mutex>
#include <vector>

namespace crucible {

/// Metric samples on their way from the training thread to the GUI. The producer appends;
/// append() returns true only for the first sample since the last drain, so the producer
/// notifies the consumer once per batch, never per sample. Thread: any (mutex-guarded).
class MetricSampleBuffer {
public:
    /// Adds one sample; true when the consumer should be told that samples are waiting.
    bool append(MetricSample sample);
    /// Takes every waiting sample, oldest first, and re-arms the notification.
    std::vector<MetricSample> drain();
    /// Samples waiting now.
    size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::vector<MetricSample> m_samples;
    bool m_isNotified = false;
};

} // namespace crucible
