#pragma once

#include "engine/store/RunTypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace crucible {

/// One scalar of a TensorBoard event file: its tag as the metric key, its step, wall time and value.
struct EventScalar {
    QString key;
    MetricPoint point;
};

/// Reads TensorBoard event files (TFRecord framing: length, masked CRC-32C of the length, the
/// Event protobuf, masked CRC-32C of the data) with nothing but the bytes: no workspace, no
/// protobuf library. Scalars come from Summary values' simple_value, or from a one-element
/// float, double or integer tensor of a tag whose metadata names the scalars plugin (TF2 writes
/// the metadata on a tag's first value only, so the reader remembers it across the files of a
/// run). Malformed protobuf inside a record that passed its CRC ends that record, never the read.
/// Thread: one reader per thread.
class EventFileReader {
public:
    struct Counts {
        qint64 scalars = 0;
        qint64 corruptRecords = 0; ///< a length or data CRC that did not hold (a bad length ends the file)
        qint64 abandonedBytes = 0; ///< what followed a bad length in its file: not read
        bool truncated = false; ///< a file ended inside a record
        qint64 skippedValues = 0; ///< values that are not scalars (images, histograms, text, audio)
        double firstWallTime = 0; ///< seconds since 1970 of the earliest event; 0 for none
        double lastWallTime = 0;
    };

    /// Reads one whole event file; `onScalar` is called for each scalar in file order.
    void read(const QByteArray& bytes, const std::function<void(const EventScalar&)>& onScalar);
    /// What every read() so far found.
    const Counts& counts() const { return m_counts; }

private:
    QHash<QByteArray, bool> m_scalarTags; ///< tag -> whether its metadata named scalars
    Counts m_counts;
};

/// CRC-32C (Castagnoli) of `size` bytes, as TFRecord uses it (before masking). Thread: any.
quint32 crc32c(const char* data, qsizetype size);
/// TFRecord's masked form of crc32c(). Thread: any.
quint32 maskedCrc32c(const char* data, qsizetype size);

} // namespace crucible
