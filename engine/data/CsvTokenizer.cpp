#include "CsvTokenizer.h"

#include "engine/core/Message.h"

namespace crucible::csv {

QString location(const QString& path, qint64 line, qint64 column)
{
    return column > 0 ? QStringLiteral("%1:%2:%3").arg(path).arg(line).arg(column)
                      : QStringLiteral("%1:%2").arg(path).arg(line);
}

bool isUtf8(const char* begin, const char* end, qint64* badOffset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(begin);
    const auto* e = reinterpret_cast<const unsigned char*>(end);
    const auto* start = p;
    while (p < e) {
        const unsigned char c = *p;
        int extra = 0;
        if (c < 0x80) {
            ++p;
            continue;
        }
        if ((c & 0xe0) == 0xc0 && c >= 0xc2)
            extra = 1;
        else if ((c & 0xf0) == 0xe0)
            extra = 2;
        else if ((c & 0xf8) == 0xf0 && c <= 0xf4)
            extra = 3;
        else {
            *badOffset = p - start;
            return false;
        }
        if (e - p <= extra) {
            *badOffset = p - start;
            return false;
        }
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xc0) != 0x80) {
                *badOffset = p - start;
                return false;
            }
        }
        p += extra + 1;
    }
    return true;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

Status checkUtf8(std::string_view token, const QString& path, qint64 line, int field)
{
    qint64 bad = 0;
    if (!isUtf8(token.data(), token.data() + token.size(), &bad)) {
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("bytes that are not UTF-8 (byte %1 of field %2); save the file as UTF-8")
                          .arg(bad + 1)
                          .arg(field),
                      location(path, line, field)};
    }
    return Ok {};
}

} // namespace crucible::csv
