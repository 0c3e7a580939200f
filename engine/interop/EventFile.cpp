#include "engine/interop/EventFile.h"

#include <array>
#include <cstring>
#include <optional>

namespace crucible {

namespace {

std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
        table[i] = crc;
    }
    return table;
}

quint32 readU32(const char* p)
{
    quint32 value;
    std::memcpy(&value, p, 4);
    return value; // little-endian machines only, as LibTorch's are
}

quint64 readU64(const char* p)
{
    quint64 value;
    std::memcpy(&value, p, 8);
    return value;
}

/// A protobuf message being read field by field. Malformed input ends the read (ok() false).
class ProtoReader {
public:
    ProtoReader(const char* data, qsizetype size) : m_p(data), m_end(data + size) { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p >= m_end || !m_ok; }

    /// The next field's number and wire type; false at the end or on malformed input.
    bool next(quint32* field, quint32* wireType)
    {
        if (atEnd())
            return false;
        quint64 key = 0;
        if (!varint(&key))
            return false;
        *field = quint32(key >> 3);
        *wireType = quint32(key & 7);
        return true;
    }
    bool varint(quint64* value)
    {
        quint64 result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                return fail();
            const quint8 byte = quint8(*m_p++);
            result |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                *value = result;
                return true;
            }
        }
        return fail();
    }
    bool fixed64(quint64* value)
    {
        if (m_end - m_p < 8)
            return fail();
        *value = readU64(m_p);
        m_p += 8;
        return true;
    }
    bool fixed32(quint32* value)
    {
        if (m_end - m_p < 4)
            return fail();
        *value = readU32(m_p);
        m_p += 4;
        return true;
    }
    bool bytes(const char** data, qsizetype* size)
    {
        quint64 length = 0;
        if (!varint(&length) || length > quint64(m_end - m_p))
            return fail();
        *data = m_p;
        *size = qsizetype(length);
        m_p += length;
        return true;
    }
    bool skip(quint32 wireType)
    {
        quint64 ignored = 0;
        quint32 small = 0;
        const char* data = nullptr;
        qsizetype size = 0;
        switch (wireType) {
        case 0:
            return varint(&ignored);
        case 1:
            return fixed64(&ignored);
        case 2:
            return bytes(&data, &size);
        case 5:
            return fixed32(&small);
        default:
            return fail();
        }
    }

private:
    bool fail()
    {
        m_ok = false;
        return false;
    }
    const char* m_p;
    const char* m_end;
    bool m_ok = true;
};

double asDouble(quint64 bits)
{
    double value;
    std::memcpy(&value, &bits, 8);
    return value;
}

float asFloat(quint32 bits)
{
    float value;
    std::memcpy(&value, &bits, 4);
    return value;
}

/// The plugin a SummaryMetadata names ("scalars", "images", ...), and whether its data class is scalar.
void readMetadata(const char* data, qsizetype size, QByteArray* plugin, bool* scalarClass)
{
    ProtoReader reader(data, size);
    quint32 field = 0;
    quint32 wire = 0;
    while (reader.next(&field, &wire)) {
        if (field == 1 && wire == 2) {
            const char* pluginData = nullptr;
            qsizetype pluginSize = 0;
            if (!reader.bytes(&pluginData, &pluginSize))
                return;
            ProtoReader inner(pluginData, pluginSize);
            quint32 f = 0;
            quint32 w = 0;
            while (inner.next(&f, &w)) {
                if (f == 1 && w == 2) {
                    const char* name = nullptr;
                    qsizetype nameSize = 0;
                    if (!inner.bytes(&name, &nameSize))
                        return;
                    *plugin = QByteArray(name, nameSize);
                } else if (!inner.skip(w)) {
                    return;
                }
            }
        } else if (field == 4 && wire == 0) {
            quint64 dataClass = 0;
            if (!reader.varint(&dataClass))
                return;
            *scalarClass = dataClass == 1;
        } else if (!reader.skip(wire)) {
            return;
        }
    }
}

/// The single number a TensorProto holds, when it is one float, double or integer.
std::optional<double> tensorScalar(const char* data, qsizetype size)
{
    ProtoReader reader(data, size);
    quint32 field = 0;
    quint32 wire = 0;
    quint64 dtype = 0;
    bool hasShapeDims = false;
    std::optional<double> value;
    int values = 0;
    QByteArray content;
    while (reader.next(&field, &wire)) {
        if (field == 1 && wire == 0) {
            if (!reader.varint(&dtype))
                return std::nullopt;
        } else if (field == 2 && wire == 2) {
            const char* shape = nullptr;
            qsizetype shapeSize = 0;
            if (!reader.bytes(&shape, &shapeSize))
                return std::nullopt;
            // TensorShapeProto: repeated Dim dim = 2; a dimension of size 1 is still one value.
            ProtoReader dims(shape, shapeSize);
            quint32 f = 0;
            quint32 w = 0;
            while (dims.next(&f, &w)) {
                if (f == 2 && w == 2) {
                    const char* dim = nullptr;
                    qsizetype dimSize = 0;
                    if (!dims.bytes(&dim, &dimSize))
                        return std::nullopt;
                    ProtoReader d(dim, dimSize);
                    quint32 df = 0;
                    quint32 dw = 0;
                    while (d.next(&df, &dw)) {
                        quint64 extent = 0;
                        if (df == 1 && dw == 0) {
                            if (!d.varint(&extent))
                                return std::nullopt;
                            if (extent != 1)
                                hasShapeDims = true;
                        } else if (!d.skip(dw)) {
                            return std::nullopt;
                        }
                    }
                } else if (!dims.skip(w)) {
                    return std::nullopt;
                }
            }
        } else if (field == 4 && wire == 2) {
            const char* bytes = nullptr;
            qsizetype byteCount = 0;
            if (!reader.bytes(&bytes, &byteCount))
                return std::nullopt;
            content = QByteArray(bytes, byteCount);
        } else if (field == 5 && (wire == 2 || wire == 5)) { // float_val
            if (wire == 5) {
                quint32 bits = 0;
                if (!reader.fixed32(&bits))
                    return std::nullopt;
                value = double(asFloat(bits));
                ++values;
            } else {
                const char* packed = nullptr;
                qsizetype packedSize = 0;
                if (!reader.bytes(&packed, &packedSize) || packedSize % 4)
                    return std::nullopt;
                values += int(packedSize / 4);
                if (packedSize >= 4)
                    value = double(asFloat(readU32(packed)));
            }
        } else if (field == 6 && (wire == 2 || wire == 1)) { // double_val
            if (wire == 1) {
                quint64 bits = 0;
                if (!reader.fixed64(&bits))
                    return std::nullopt;
                value = asDouble(bits);
                ++values;
            } else {
                const char* packed = nullptr;
                qsizetype packedSize = 0;
                if (!reader.bytes(&packed, &packedSize) || packedSize % 8)
                    return std::nullopt;
                values += int(packedSize / 8);
                if (packedSize >= 8)
                    value = asDouble(readU64(packed));
            }
        } else if ((field == 7 || field == 10) && (wire == 0 || wire == 2)) { // int_val, int64_val
            if (wire == 0) {
                quint64 raw = 0;
                if (!reader.varint(&raw))
                    return std::nullopt;
                value = double(qint64(raw));
                ++values;
            } else {
                const char* packed = nullptr;
                qsizetype packedSize = 0;
                if (!reader.bytes(&packed, &packedSize))
                    return std::nullopt;
                ProtoReader ints(packed, packedSize);
                quint64 raw = 0;
                while (!ints.atEnd() && ints.varint(&raw)) {
                    value = double(qint64(raw));
                    ++values;
                }
            }
        } else if (!reader.skip(wire)) {
            return std::nullopt;
        }
    }
    if (!reader.ok() || hasShapeDims)
        return std::nullopt;
    if (!content.isEmpty()) {
        if (dtype == 1 && content.size() == 4)
            return double(asFloat(readU32(content.constData())));
        if (dtype == 2 && content.size() == 8)
            return asDouble(readU64(content.constData()));
        if (dtype == 3 && content.size() == 4)
            return double(qint32(readU32(content.constData())));
        if (dtype == 9 && content.size() == 8)
            return double(qint64(readU64(content.constData())));
        return std::nullopt;
    }
    if (values != 1)
        return std::nullopt;
    return value;
}

/// Reads one Event record: its scalars go to `out`; non-scalar values are counted.
void readEvent(const char* data, qsizetype size, QHash<QByteArray, bool>& scalarTags, std::vector<EventScalar>& out,
               qint64* skipped, double* firstWall, double* lastWall)
{
    ProtoReader reader(data, size);
    quint32 field = 0;
    quint32 wire = 0;
    double wallTime = 0;
    qint64 step = 0;
    const char* summary = nullptr;
    qsizetype summarySize = 0;
    while (reader.next(&field, &wire)) {
        if (field == 1 && wire == 1) {
            quint64 bits = 0;
            if (!reader.fixed64(&bits))
                return;
            wallTime = asDouble(bits);
        } else if (field == 2 && wire == 0) {
            quint64 raw = 0;
            if (!reader.varint(&raw))
                return;
            step = qint64(raw);
        } else if (field == 5 && wire == 2) {
            if (!reader.bytes(&summary, &summarySize))
                return;
        } else if (!reader.skip(wire)) {
            return;
        }
    }
    if (wallTime > 0) {
        if (*firstWall == 0 || wallTime < *firstWall)
            *firstWall = wallTime;
        *lastWall = std::max(*lastWall, wallTime);
    }
    if (!summary)
        return;
    ProtoReader values(summary, summarySize);
    while (values.next(&field, &wire)) {
        if (field != 1 || wire != 2) {
            if (!values.skip(wire))
                return;
            continue;
        }
        const char* valueData = nullptr;
        qsizetype valueSize = 0;
        if (!values.bytes(&valueData, &valueSize))
            return;
        ProtoReader value(valueData, valueSize);
        QByteArray tag;
        std::optional<double> simple;
        const char* tensor = nullptr;
        qsizetype tensorSize = 0;
        QByteArray plugin;
        bool scalarClass = false;
        bool hasMetadata = false;
        bool other = false;
        quint32 f = 0;
        quint32 w = 0;
        while (value.next(&f, &w)) {
            if (f == 1 && w == 2) {
                const char* t = nullptr;
                qsizetype tSize = 0;
                if (!value.bytes(&t, &tSize))
                    break;
                tag = QByteArray(t, tSize);
            } else if (f == 2 && w == 5) {
                quint32 bits = 0;
                if (!value.fixed32(&bits))
                    break;
                simple = double(asFloat(bits));
            } else if (f == 8 && w == 2) {
                if (!value.bytes(&tensor, &tensorSize))
                    break;
            } else if (f == 9 && w == 2) {
                const char* m = nullptr;
                qsizetype mSize = 0;
                if (!value.bytes(&m, &mSize))
                    break;
                readMetadata(m, mSize, &plugin, &scalarClass);
                hasMetadata = true;
            } else {
                if (f >= 3 && f <= 6)
                    other = true; // a histogram, image or audio
                if (!value.skip(w))
                    break;
            }
        }
        if (!value.ok() || tag.isEmpty()) {
            ++*skipped;
            continue;
        }
        if (hasMetadata)
            scalarTags.insert(tag, plugin == "scalars" || scalarClass);
        std::optional<double> number = simple;
        if (!number && tensor && scalarTags.value(tag, false))
            number = tensorScalar(tensor, tensorSize);
        if (!number || other) {
            ++*skipped;
            continue;
        }
        EventScalar scalar;
        scalar.key = QString::fromUtf8(tag);
        scalar.point.step = step;
        scalar.point.wallTime = wallTime;
        scalar.point.value = *number;
        out.push_back(scalar);
    }
}

} // namespace

quint32 crc32c(const char* data, qsizetype size)
{
    static const std::array<quint32, 256> table = makeCrcTable();
    quint32 crc = 0xFFFFFFFFu;
    const auto* p = reinterpret_cast<const quint8*>(data);
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

quint32 maskedCrc32c(const char* data, qsizetype size)
{
    const quint32 crc = crc32c(data, size);
    return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

void EventFileReader::read(const QByteArray& bytes, const std::function<void(const EventScalar&)>& onScalar)
{
    const char* p = bytes.constData();
    const char* end = p + bytes.size();
    std::vector<EventScalar> scalars;
    while (p < end) {
        if (end - p < 12) {
            m_counts.truncated = true;
            break;
        }
        const quint64 length = readU64(p);
        if (maskedCrc32c(p, 8) != readU32(p + 8)) {
            ++m_counts.corruptRecords; // the framing is lost: nothing after can be found again
            m_counts.abandonedBytes += qint64(end - p);
            break;
        }
        if (length > quint64(end - p - 12) || quint64(end - p - 12) - length < 4) {
            m_counts.truncated = true;
            break;
        }
        const char* data = p + 12;
        if (maskedCrc32c(data, qsizetype(length)) != readU32(data + length)) {
            ++m_counts.corruptRecords;
        } else {
            scalars.clear();
            readEvent(data, qsizetype(length), m_scalarTags, scalars, &m_counts.skippedValues, &m_counts.firstWallTime,
                      &m_counts.lastWallTime);
            for (const EventScalar& scalar : scalars)
                onScalar(scalar);
            m_counts.scalars += qint64(scalars.size());
        }
        p = data + length + 4;
    }
}

} // namespace crucible
