#include "MetricChunk.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace crucible {

namespace {

template <typename T> void put(char* out, qsizetype index, T value)
{
    if constexpr (std::is_floating_point_v<T>) {
        using Bits = std::conditional_t<sizeof(T) == 8, quint64, quint32>;
        Bits bits;
        std::memcpy(&bits, &value, sizeof bits);
        qToLittleEndian(bits, out + index * qsizetype(sizeof bits));
    } else {
        qToLittleEndian(value, out + index * qsizetype(sizeof value));
    }
}

template <typename T> T get(const char* in, qsizetype index)
{
    if constexpr (std::is_floating_point_v<T>) {
        using Bits = std::conditional_t<sizeof(T) == 8, quint64, quint32>;
        const Bits bits = qFromLittleEndian<Bits>(in + index * qsizetype(sizeof(Bits)));
        T value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    } else {
        return qFromLittleEndian<T>(in + index * qsizetype(sizeof(T)));
    }
}

} // namespace

MetricChunk MetricChunk::encode(const MetricPoint* points, qsizetype count)
{
    MetricChunk chunk;
    chunk.pointCount = count;
    chunk.steps.resize(count * qsizetype(sizeof(qint64)));
    chunk.values.resize(count * qsizetype(sizeof(double)));
    chunk.epochs.resize(count * qsizetype(sizeof(float)));
    chunk.wallTimes.resize(count * qsizetype(sizeof(double)));
    char* steps = chunk.steps.data();
    char* values = chunk.values.data();
    char* epochs = chunk.epochs.data();
    char* walls = chunk.wallTimes.data();
    bool anyValue = false;
    for (qsizetype i = 0; i < count; ++i) {
        const MetricPoint& point = points[i];
        put<qint64>(steps, i, point.step);
        put<double>(values, i, point.value);
        put<float>(epochs, i, float(point.epoch));
        put<double>(walls, i, point.wallTime);
        if (i == 0 || point.step < chunk.minStep)
            chunk.minStep = point.step;
        if (i == 0 || point.step > chunk.maxStep)
            chunk.maxStep = point.step;
        if (std::isnan(point.value))
            continue;
        ++chunk.valueCount;
        chunk.sumValue += point.value;
        if (!anyValue || point.value < chunk.minValue)
            chunk.minValue = point.value;
        if (!anyValue || point.value > chunk.maxValue)
            chunk.maxValue = point.value;
        anyValue = true;
    }
    return chunk;
}

bool MetricChunk::decode(const QByteArray& steps, const QByteArray& values, const QByteArray& epochs,
                         const QByteArray& wallTimes, std::vector<MetricPoint>& out)
{
    const qsizetype count = countOf(steps);
    if (steps.size() != count * qsizetype(sizeof(qint64)) || values.size() != count * qsizetype(sizeof(double))
        || epochs.size() != count * qsizetype(sizeof(float)) || wallTimes.size() != count * qsizetype(sizeof(double)))
        return false;
    out.reserve(out.size() + size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        out.push_back({get<qint64>(steps.constData(), i), double(get<float>(epochs.constData(), i)),
                       get<double>(wallTimes.constData(), i), get<double>(values.constData(), i)});
    }
    return true;
}

qint64 MetricChunk::stepAt(const QByteArray& steps, qsizetype index)
{
    return get<qint64>(steps.constData(), index);
}

double MetricChunk::valueAt(const QByteArray& values, qsizetype index)
{
    return get<double>(values.constData(), index);
}

} // namespace crucible
