#include "MetricSampleBuffer.h"

namespace crucible {

bool MetricSampleBuffer::append(MetricSample sample)
{
    std::lock_guard lock(m_mutex);
    m_samples.push_back(std::move(sample));
    if (m_isNotified)
        return false;
    m_isNotified = true;
    return true;
}

std::vector<MetricSample> MetricSampleBuffer::drain()
{
    std::vector<MetricSample> taken;
    std::lock_guard lock(m_mutex);
    taken.swap(m_samples);
    m_isNotified = false;
    return taken;
}

size_t MetricSampleBuffer::size() const
{
    std::lock_guard lock(m_mutex);
    return m_samples.size();
}

} // namespace crucible
