#pragma once

// Internal to the CSV reader (CsvReader.cpp, CsvColumns.cpp, CsvDialect.cpp): streaming records
// out of a delimited file, and the text checks every part shares. Not an API of the engine.

#include "engine/core/Error.h"
#include "engine/data/Progress.h"

#include <QFile>
#include <QString>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace crucible::csv {

constexpr qint64 kBlockSize = qint64(1) << 22; // 4 MiB reads

/// "path:line" or "path:line:column" for error messages.
QString location(const QString& path, qint64 line, qint64 column = 0);
/// True when [begin, end) is valid UTF-8; otherwise `badOffset` is the first bad byte's offset.
bool isUtf8(const char* begin, const char* end, qint64* badOffset);
/// `text` without leading and trailing spaces and tabs.
std::string_view trimmed(std::string_view text);
/// An error naming line and field when `token` is not UTF-8.
Status checkUtf8(std::string_view token, const QString& path, qint64 line, int field);

/// One field of the record being parsed: a slice of the read buffer, or of the unescape arena
/// when the field was quoted.
struct FieldRef {
    qint64 offset = 0;
    qint64 length = 0;
    bool inArena = false;
};

/// Streams records of a delimited file. `onRecord(fields, line)` gets string_views that are
/// valid during the call; returning false stops the parse.
class CsvTokenizer {
public:
    CsvTokenizer(const QString& path, char delimiter) : m_path(path), m_delimiter(delimiter) { }

    /// Parses from the file's current position: to its end, or `limit` bytes when given, numbering
    /// lines from `firstLine`.
    template <typename OnRecord>
    Status run(QFile& file, OnRecord&& onRecord, const ProgressCallback& progress, qint64 limit = -1,
               qint64 firstLine = 1)
    {
        const qint64 total = std::max<qint64>(1, limit >= 0 ? limit : file.size());
        qint64 remaining = limit >= 0 ? limit : std::numeric_limits<qint64>::max();
        std::vector<char> buffer;
        qint64 filled = 0;
        qint64 consumedBytes = 0;
        bool atEnd = false;
        bool first = firstLine == 1;
        qint64 line = firstLine;
        while (!atEnd || filled > 0) {
            if (!atEnd) {
                buffer.resize(size_t(filled + kBlockSize));
                const qint64 got =
                    remaining > 0 ? file.read(buffer.data() + filled, std::min(kBlockSize, remaining)) : 0;
                if (got > 0)
                    remaining -= got;
                if (got < 0)
                    return Error {ErrorCode::Io, QStringLiteral("cannot read the file: %1").arg(file.errorString()),
                                  m_path};
                atEnd = got == 0;
                filled += got;
                if (got == 0 && filled == 0)
                    break;
            }
            const char* data = buffer.data();
            qint64 start = 0;
            if (first && filled >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0)
                start = 3;
            first = false;
            bool stop = false;
            const Result<qint64> used = parseBlock(data, start, filled, atEnd, line, onRecord, &stop);
            if (!used)
                return used.error();
            consumedBytes += used.value();
            // Keep the incomplete last record for the next read.
            std::memmove(buffer.data(), buffer.data() + used.value(), size_t(filled - used.value()));
            filled -= used.value();
            if (stop)
                return Ok {};
            if (!reportProgress(progress, double(consumedBytes) / double(total), QStringLiteral("reading")))
                return Error {ErrorCode::Cancelled, QStringLiteral("the import was cancelled"), m_path};
            if (atEnd && filled > 0 && used.value() == 0)
                return Error {ErrorCode::Internal, QStringLiteral("the parser made no progress"), m_path};
        }
        return Ok {};
    }

private:
    template <typename OnRecord>
    Result<qint64> parseBlock(const char* data, qint64 begin, qint64 end, bool atEnd, qint64& line, OnRecord& onRecord,
                              bool* stop)
    {
        qint64 recordStart = begin;
        qint64 p = begin;
        std::vector<std::string_view> views;
        while (recordStart < end) {
            m_fields.clear();
            m_arena.clear();
            p = recordStart;
            qint64 recordLine = line;
            qint64 linesInRecord = 0;
            qint64 lineStart = recordStart;
            bool complete = false;
            for (;;) {
                // One field starts at p.
                if (p < end && data[p] == '"') {
                    const qint64 quoteColumn = p - lineStart + 1;
                    const qint64 quoteLine = recordLine + linesInRecord;
                    FieldRef field {qint64(m_arena.size()), 0, true};
                    ++p;
                    bool closed = false;
                    while (p < end) {
                        const char c = data[p];
                        if (c == '"') {
                            if (p + 1 < end && data[p + 1] == '"') {
                                m_arena.push_back('"');
                                p += 2;
                                continue;
                            }
                            if (p + 1 >= end && !atEnd)
                                break; // cannot tell "" from " yet
                            closed = true;
                            ++p;
                            break;
                        }
                        if (c == '\n') {
                            ++linesInRecord;
                            lineStart = p + 1;
                        }
                        m_arena.push_back(c);
                        ++p;
                    }
                    if (!closed) {
                        if (!atEnd)
                            return recordStart; // need more data
                        return Error {
                            ErrorCode::InvalidInput,
                            QStringLiteral("a quoted field starts here and is never closed (a \" is missing)"),
                            location(m_path, quoteLine, quoteColumn)};
                    }
                    field.length = qint64(m_arena.size()) - field.offset;
                    m_fields.push_back(field);
                    if (p < end && data[p] != m_delimiter && data[p] != '\n' && data[p] != '\r') {
                        return Error {ErrorCode::InvalidInput,
                                      QStringLiteral("unexpected text after a closing quote; inside a quoted field "
                                                     "write a quote as \"\""),
                                      location(m_path, recordLine + linesInRecord, p - lineStart + 1)};
                    }
                } else {
                    const qint64 fieldStart = p;
                    while (p < end) {
                        const char c = data[p];
                        if (c == m_delimiter || c == '\n' || c == '\r')
                            break;
                        ++p;
                    }
                    m_fields.push_back(FieldRef {fieldStart, p - fieldStart, false});
                }
                if (p >= end) {
                    if (!atEnd)
                        break; // incomplete record
                    complete = true;
                    break;
                }
                const char c = data[p];
                if (c == m_delimiter) {
                    ++p;
                    continue;
                }
                // End of line: \n, \r\n or a lone \r.
                if (c == '\r') {
                    if (p + 1 >= end && !atEnd)
                        break;
                    ++p;
                    if (p < end && data[p] == '\n')
                        ++p;
                } else {
                    ++p;
                }
                ++linesInRecord;
                complete = true;
                break;
            }
            if (!complete)
                return recordStart;
            views.clear();
            for (const FieldRef& field : m_fields) {
                views.emplace_back(field.inArena ? m_arena.data() + field.offset : data + field.offset,
                                   size_t(field.length));
            }
            line = recordLine + std::max<qint64>(linesInRecord, 1);
            recordStart = p;
            if (!onRecord(views, recordLine)) {
                *stop = true;
                return recordStart;
            }
            if (p >= end)
                break;
        }
        return recordStart;
    }

    QString m_path;
    char m_delimiter;
    std::vector<FieldRef> m_fields;
    std::string m_arena;
};

} // namespace crucible::csv
