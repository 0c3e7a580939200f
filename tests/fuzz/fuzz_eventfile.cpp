// TensorBoard event files on arbitrary bytes: the TFRecord framing, the CRC checks and the Event
// protobuf walked by hand. Also the same bytes framed as one valid record (its CRCs right), so
// that the protobuf reading behind the CRC is fuzzed too, not only the framing.
#include "FuzzSupport.h"
#include "engine/interop/EventFile.h"

#include <cmath>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    crucible::EventFileReader raw;
    qint64 seen = 0;
    raw.read(bytes, [&](const crucible::EventScalar& scalar) {
        ++seen;
        if (scalar.key.isEmpty())
            __builtin_trap(); // a scalar always has its tag
    });
    if (seen != raw.counts().scalars)
        __builtin_trap();

    QByteArray framed;
    const quint64 length = quint64(bytes.size());
    char header[8];
    std::memcpy(header, &length, 8);
    framed.append(header, 8);
    const quint32 lengthCrc = crucible::maskedCrc32c(header, 8);
    framed.append(reinterpret_cast<const char*>(&lengthCrc), 4);
    framed.append(bytes);
    const quint32 dataCrc = crucible::maskedCrc32c(bytes.constData(), bytes.size());
    framed.append(reinterpret_cast<const char*>(&dataCrc), 4);
    crucible::EventFileReader reader;
    reader.read(framed, [](const crucible::EventScalar&) {});
    // A record whose CRCs hold is never counted corrupt, nor the file truncated.
    if (reader.counts().corruptRecords != 0 || reader.counts().truncated)
        __builtin_trap();
    return 0;
}
