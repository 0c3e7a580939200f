#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <charconv>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace crucible {

namespace {

constexpr qint64 kBlockSize = qint64(1) << 22; // 4 MiB reads

QString location(const QString& path, qint64 line, qint64 column = 0)
{
    return column > 0 ? QStringLiteral("%1:%2:%3").arg(path).arg(line).arg(column)
                      : QStringLiteral("%1:%2").arg(path).arg(line);
}

struct TransparentHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
};

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

/// What a field is as a number.
enum class NumberParse {
    Number, ///< the whole text is a finite number (tiny ones round to zero)
    NotNumber, ///< not a number, or a number followed by other text ("1e39xyz", "12kg")
    OutOfRange, ///< a whole number literal beyond float (1e39, 1e400, 400 digits) or infinite
};

NumberParse parseNumber(std::string_view text, float* value)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return NumberParse::NotNumber;
    const char* last = text.data() + text.size();
    const auto [end, error] = std::from_chars(text.data(), last, *value);
    if (end != last)
        return NumberParse::NotNumber; // trailing text: never a number read from its start
    if (error == std::errc())
        return std::isfinite(*value) ? NumberParse::Number : NumberParse::OutOfRange;
    if (error != std::errc::result_out_of_range)
        return NumberParse::NotNumber;
    // Too large, or too small: the wider type tells which (a tiny value becomes zero).
    long double wide = 0;
    const auto [wideEnd, wideError] = std::from_chars(text.data(), last, wide);
    if (wideError == std::errc() && wideEnd == last && std::fabs(wide) < 1.0L) {
        *value = static_cast<float>(wide);
        return NumberParse::Number;
    }
    if (wideError == std::errc::result_out_of_range) {
        // Beyond long double as well: an exponent below zero means tiny, anything else huge.
        const std::string_view digits(text);
        const size_t e = digits.find_first_of("eE");
        if (e != std::string_view::npos && e + 1 < digits.size() && digits[e + 1] == '-') {
            *value = 0.0f;
            return NumberParse::Number;
        }
    }
    return NumberParse::OutOfRange;
}

bool isBooleanWord(const QString& word, bool* truth)
{
    const QString lower = word.toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("t")
        || lower == QLatin1String("y")) {
        *truth = true;
        return true;
    }
    if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("f")
        || lower == QLatin1String("n")) {
        *truth = false;
        return true;
    }
    return false;
}

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

/// Accumulates one column while the file streams by.
struct ColumnBuilder {
    std::vector<float> values;
    std::vector<std::int32_t> codes;
    std::unordered_map<std::string, std::int32_t, TransparentHash, std::equal_to<>> dictionary;
    std::vector<std::string> categories;
    bool numeric = true;
    bool integral = true;
    qint64 flipRow = -1; // first row that was not a number; earlier rows need a second pass
    qint64 nonMissing = 0;
    // The first value beyond float's range while the column reads as numbers: an error when the
    // column stays numeric (unless such values are to be read as missing), plain text otherwise.
    qint64 outOfRangeLine = -1;
    std::string outOfRangeText;

    std::int32_t code(std::string_view token)
    {
        auto found = dictionary.find(token);
        if (found != dictionary.end())
            return found->second;
        const auto next = std::int32_t(categories.size());
        categories.emplace_back(token);
        dictionary.emplace(std::string(token), next);
        return next;
    }

    void add(std::string_view raw, qint64 row, qint64 line = 0)
    {
        const std::string_view token = trimmed(raw);
        const bool missing = isMissingToken(token.data(), token.data() + token.size());
        if (numeric) {
            float value = std::numeric_limits<float>::quiet_NaN();
            const NumberParse parsed = missing ? NumberParse::Number : parseNumber(token, &value);
            if (parsed == NumberParse::OutOfRange) {
                if (outOfRangeLine < 0) {
                    outOfRangeLine = line;
                    outOfRangeText.assign(token.substr(0, 40));
                }
                values.push_back(std::numeric_limits<float>::quiet_NaN());
                return;
            }
            if (parsed == NumberParse::Number) {
                values.push_back(value);
                if (!missing) {
                    ++nonMissing;
                    if (integral && (value != std::floor(value) || std::fabs(value) > 16777216.0f))
                        integral = false;
                }
                return;
            }
            numeric = false;
            flipRow = row;
            codes.assign(size_t(row), -2); // filled by the second pass
        }
        if (missing) {
            codes.push_back(-1);
        } else {
            codes.push_back(code(token));
            ++nonMissing;
        }
    }
};

Status checkUtf8(std::string_view token, const QString& path, qint64 line, int field)
{
    qint64 bad = 0;
    if (!isUtf8(token.data(), token.data() + token.size(), &bad)) {
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("bytes that are not UTF-8 (byte %1 of field %2); save the file as UTF-8")
                          .arg(bad + 1)
                          .arg(field),
                      location(path, line, field)};
    }
    return Ok {};
}

/// Sorts labels so that numbers come in numeric order and words alphabetically.
bool naturalLess(const std::string& a, const std::string& b)
{
    float x = 0;
    float y = 0;
    const bool aNumber = parseNumber(a, &x) == NumberParse::Number;
    const bool bNumber = parseNumber(b, &y) == NumberParse::Number;
    if (aNumber && bNumber && x != y)
        return x < y;
    if (aNumber != bNumber)
        return aNumber;
    return a < b;
}

Column finishColumn(const QString& name, ColumnBuilder& builder)
{
    Column column;
    column.name = name;
    if (builder.numeric) {
        column.type = builder.integral && builder.nonMissing > 0 ? ColumnType::Integer : ColumnType::Numeric;
        column.values = std::move(builder.values);
        return column;
    }
    // Order labels canonically, so the order of rows does not change the categories.
    std::vector<std::int32_t> order(builder.categories.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = std::int32_t(i);
    std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        return naturalLess(builder.categories[size_t(a)], builder.categories[size_t(b)]);
    });
    std::vector<std::int32_t> remap(order.size());
    QStringList labels;
    for (size_t i = 0; i < order.size(); ++i) {
        remap[size_t(order[i])] = std::int32_t(i);
        labels << QString::fromUtf8(builder.categories[size_t(order[i])]);
    }
    bool allBoolean = !labels.isEmpty() && labels.size() <= 8; // true/false, yes/no, t/f, y/n in any mix
    std::vector<bool> truth(size_t(labels.size()));
    for (int i = 0; allBoolean && i < labels.size(); ++i) {
        bool value = false;
        allBoolean = isBooleanWord(labels[i], &value);
        truth[size_t(i)] = value;
    }
    if (allBoolean) {
        column.type = ColumnType::Boolean;
        column.values.reserve(builder.codes.size());
        for (std::int32_t code : builder.codes)
            column.values.push_back(code < 0 ? std::numeric_limits<float>::quiet_NaN()
                                             : (truth[size_t(remap[size_t(code)])] ? 1.0f : 0.0f));
        return column;
    }
    const qint64 distinct = labels.size();
    const bool categorical = distinct <= 1000
        && (distinct * 2 <= builder.nonMissing || (builder.nonMissing <= 20 && distinct < builder.nonMissing));
    column.type = categorical ? ColumnType::Categorical : ColumnType::Text;
    column.categories = labels;
    column.codes = std::move(builder.codes);
    for (std::int32_t& code : column.codes) {
        if (code >= 0)
            code = remap[size_t(code)];
    }
    return column;
}

Result<QFile*> openForReading(QFile& file, const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error {ErrorCode::NotFound, QStringLiteral("no such file"), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io, QStringLiteral("cannot open the file: %1").arg(file.errorString()), path};
    if (file.size() == 0)
        return Error {ErrorCode::InvalidInput, QStringLiteral("the file is empty"), path};
    return &file;
}

char delimiterFor(QFile& file, const QString& path, const CsvOptions& options)
{
    if (options.delimiter != '\0')
        return options.delimiter;
    const QByteArray sample = file.peek(1 << 16);
    return detectDelimiter(sample, path);
}

QStringList headerNames(const std::vector<std::string_view>& fields)
{
    QStringList names;
    for (size_t i = 0; i < fields.size(); ++i) {
        QString name = QString::fromUtf8(trimmed(fields[i]).data(), qsizetype(trimmed(fields[i]).size()));
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        QString unique = name;
        for (int n = 2; names.contains(unique); ++n)
            unique = QStringLiteral("%1_%2").arg(name).arg(n);
        names << unique;
    }
    return names;
}

bool isBlankRecord(const std::vector<std::string_view>& fields)
{
    return fields.size() == 1 && trimmed(fields[0]).empty();
}

} // namespace

bool isMissingToken(const char* begin, const char* end)
{
    const size_t length = size_t(end - begin);
    if (length == 0)
        return true;
    if (length > 4)
        return false;
    char lower[5] = {0, 0, 0, 0, 0};
    for (size_t i = 0; i < length; ++i)
        lower[i] = char(std::tolower(static_cast<unsigned char>(begin[i])));
    return std::strcmp(lower, "na") == 0 || std::strcmp(lower, "n/a") == 0 || std::strcmp(lower, "nan") == 0
        || std::strcmp(lower, "null") == 0 || std::strcmp(lower, "none") == 0 || std::strcmp(lower, "?") == 0;
}

char detectDelimiter(const QByteArray& sample, const QString& fileName)
{
    const char candidates[] = {',', '\t', ';', '|'};
    char best = fileName.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive)
            || fileName.endsWith(QLatin1String(".tab"), Qt::CaseInsensitive)
        ? '\t'
        : ',';
    int bestScore = 0;
    for (char candidate : candidates) {
        // Count fields per line outside quotes over the first complete lines.
        QList<int> counts;
        int fields = 1;
        bool quoted = false;
        for (int i = 0; i < sample.size() && counts.size() < 20; ++i) {
            const char c = sample[i];
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == candidate)
                ++fields;
            else if (!quoted && c == '\n') {
                counts << fields;
                fields = 1;
            }
        }
        if (counts.isEmpty())
            counts << fields;
        const int first = counts.first();
        const bool consistent = std::all_of(counts.begin(), counts.end(), [&](int n) { return n == first; });
        const int score = consistent && first > 1 ? first : 0;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

namespace {

/// Collects data rows into column builders, checking their shape; the first problem stops it.
struct RowSink {
    const QString& path;
    const QStringList& names;
    std::vector<ColumnBuilder> builders;
    qint64 rows = 0;
    std::optional<Error> failure;

    RowSink(const QString& filePath, const QStringList& columnNames) : path(filePath), names(columnNames)
    {
        builders.resize(size_t(columnNames.size()));
    }

    bool add(const std::vector<std::string_view>& fields, qint64 line)
    {
        if (isBlankRecord(fields) && names.size() > 1)
            return true;
        if (qsizetype(fields.size()) != names.size()) {
            failure = Error {
                ErrorCode::InvalidInput,
                QStringLiteral("this row has %1 fields but the header has %2").arg(fields.size()).arg(names.size()),
                location(path, line)};
            return false;
        }
        for (size_t i = 0; i < fields.size(); ++i) {
            ColumnBuilder& builder = builders[i];
            const size_t before = builder.categories.size();
            builder.add(fields[i], rows, line);
            if (builder.categories.size() != before) {
                if (Status ok = checkUtf8(builder.categories.back(), path, line, int(i) + 1); !ok) {
                    failure = ok.error();
                    return false;
                }
            }
        }
        ++rows;
        return true;
    }

    void reserve(qint64 estimate)
    {
        for (ColumnBuilder& builder : builders)
            builder.values.reserve(size_t(std::clamp<qint64>(estimate, 16, qint64(1) << 31)));
    }
};

/// Where to cut a file's data rows into `parts` stretches for parallel parsing, with the line
/// number each starts at. Only files without a quote character qualify (a quoted field may hold
/// a line end, so a cut could fall inside a record); empty when the file does not.
struct Cut {
    qint64 offset = 0;
    qint64 line = 1;
};
std::vector<Cut> findCuts(const QString& path, qint64 dataStart, qint64 firstDataLine, int parts)
{
    QFile file(path);
    if (parts < 2 || !file.open(QIODevice::ReadOnly) || file.size() - dataStart < (qint64(8) << 20))
        return {};
    const qint64 size = file.size();
    std::vector<qint64> targets;
    for (int k = 1; k < parts; ++k)
        targets.push_back(dataStart + (size - dataStart) * k / parts);
    std::vector<Cut> cuts {{dataStart, firstDataLine}};
    std::vector<char> block(static_cast<size_t>(kBlockSize));
    qint64 offset = 0;
    qint64 newlines = 0; // before `offset`
    size_t next = 0;
    while (offset < size) {
        const qint64 got = file.read(block.data(), kBlockSize);
        if (got <= 0)
            return {};
        const char* data = block.data();
        if (std::memchr(data, '"', size_t(got)))
            return {};
        while (next < targets.size() && targets[next] < offset + got) {
            const qint64 from = std::max<qint64>(targets[next], offset) - offset;
            const char* end = static_cast<const char*>(std::memchr(data + from, '\n', size_t(got - from)));
            if (!end)
                break; // the cut lies in a later block
            const qint64 cut = offset + (end - data) + 1;
            const qint64 line = newlines + std::count(data, end + 1, '\n') + 1;
            if (cut < size && cut > cuts.back().offset)
                cuts.push_back({cut, line});
            ++next;
        }
        if (next < targets.size() && targets[next] < offset + got)
            targets[next] = offset + got;
        newlines += std::count(data, data + got, '\n');
        offset += got;
    }
    return cuts.size() > 1 ? cuts : std::vector<Cut> {};
}

/// Appends `part`'s column to `into`; false when they cannot be joined without a second pass
/// (a column that is numbers in one stretch and labels in another, or turns mid-stretch).
bool joinColumn(ColumnBuilder& into, ColumnBuilder& part, qint64 intoRows, qint64 partRows)
{
    if (partRows == 0)
        return true;
    if (intoRows == 0) {
        into = std::move(part);
        return true;
    }
    if (into.numeric && part.numeric) {
        if (into.outOfRangeLine < 0) {
            into.outOfRangeLine = part.outOfRangeLine;
            into.outOfRangeText = part.outOfRangeText;
        }
        into.values.insert(into.values.end(), part.values.begin(), part.values.end());
        std::vector<float>().swap(part.values); // give the memory back now: one column at a time
        into.integral = into.integral && part.integral;
        into.nonMissing += part.nonMissing;
        return true;
    }
    if (into.numeric || part.numeric || into.flipRow != 0 || part.flipRow != 0)
        return false;
    std::vector<std::int32_t> remap(part.categories.size());
    for (size_t i = 0; i < part.categories.size(); ++i)
        remap[i] = into.code(part.categories[i]);
    into.codes.reserve(into.codes.size() + part.codes.size());
    for (std::int32_t code : part.codes)
        into.codes.push_back(code < 0 ? code : remap[size_t(code)]);
    into.nonMissing += part.nonMissing;
    return true;
}

/// Refuses a numeric column that held a value beyond float's range (unless the options read such
/// values as missing, which they then are).
Status checkNumberRanges(const QString& path, const QStringList& names, const std::vector<ColumnBuilder>& builders,
                         const CsvOptions& options)
{
    if (options.outOfRangeAsMissing)
        return Ok {};
    for (size_t i = 0; i < builders.size(); ++i) {
        const ColumnBuilder& builder = builders[i];
        if (!builder.numeric || builder.outOfRangeLine < 0)
            continue;
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("column \"%1\": %2 is beyond what a 32-bit float holds (about ±3.4e38) or "
                                     "infinite; correct it, or read such values as missing (data import "
                                     "--out-of-range missing)")
                          .arg(names.value(qsizetype(i)), QString::fromUtf8(builder.outOfRangeText)),
                      location(path, builder.outOfRangeLine, qint64(i) + 1)};
    }
    return Ok {};
}

Dataset finishDataset(const QStringList& names, std::vector<ColumnBuilder>& builders)
{
    Dataset dataset;
    dataset.kind = DatasetKind::Tabular;
    dataset.columns.reserve(builders.size());
    for (size_t i = 0; i < builders.size(); ++i)
        dataset.columns.push_back(finishColumn(names[qsizetype(i)], builders[i]));
    return dataset;
}

/// Parses quote-free data rows in parallel stretches. An empty result means "read it serially".
std::optional<Result<Dataset>> readStretches(const QString& path, char delimiter, const QStringList& names,
                                             const std::vector<Cut>& cuts, qint64 size, qint64 bytesPerLine,
                                             const CsvOptions& options, const ProgressCallback& progress)
{
    const size_t parts = cuts.size();
    std::vector<std::unique_ptr<RowSink>> sinks;
    std::vector<std::atomic<qint64>> done(parts);
    std::atomic<bool> cancelled {false};
    for (size_t k = 0; k < parts; ++k)
        sinks.push_back(std::make_unique<RowSink>(path, names));
    std::vector<Status> statuses(parts, Status(Ok {}));
    QList<size_t> indices;
    for (size_t k = 0; k < parts; ++k)
        indices << k;
    QtConcurrent::blockingMap(indices, [&](size_t k) {
        const qint64 begin = cuts[k].offset;
        const qint64 end = k + 1 < parts ? cuts[k + 1].offset : size;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(begin)) {
            statuses[k] =
                Error {ErrorCode::Io, QStringLiteral("cannot read the file: %1").arg(file.errorString()), path};
            return;
        }
        RowSink& sink = *sinks[k];
        sink.reserve((end - begin) / std::max<qint64>(1, bytesPerLine) + 16);
        CsvTokenizer tokenizer(path, delimiter);
        // Only the first stretch's thread reports progress, so the callback is never called concurrently.
        const ProgressCallback stretchProgress = [&, k, begin, end](double fraction, const QString& stage) {
            done[k] = qint64(fraction * double(end - begin));
            if (k == 0) {
                qint64 total = 0;
                for (const auto& bytes : done)
                    total += bytes.load();
                if (!reportProgress(progress, double(total) / double(std::max<qint64>(1, size)), stage))
                    cancelled = true;
            }
            return !cancelled.load();
        };
        statuses[k] = tokenizer.run(
            file, [&](const std::vector<std::string_view>& fields, qint64 line) { return sink.add(fields, line); },
            stretchProgress, end - begin, cuts[k].line);
    });
    for (size_t k = 0; k < parts; ++k) {
        if (sinks[k]->failure)
            return Result<Dataset>(*sinks[k]->failure);
        if (!statuses[k])
            return Result<Dataset>(statuses[k].error());
    }
    // Join the stretches column by column, in file order.
    RowSink& all = *sinks[0];
    qint64 totalRows = 0;
    for (const auto& sink : sinks)
        totalRows += sink->rows;
    for (size_t c = 0; c < all.builders.size(); ++c) {
        if (all.builders[c].numeric)
            all.builders[c].values.reserve(size_t(totalRows));
        qint64 joined = all.rows;
        for (size_t k = 1; k < parts; ++k) {
            if (!joinColumn(all.builders[c], sinks[k]->builders[c], joined, sinks[k]->rows))
                return std::nullopt;
            joined += sinks[k]->rows;
        }
#ifdef __GLIBC__
        // Hand the joined stretches' memory back column by column, or glibc keeps it and the
        // import briefly holds twice the data's size.
        malloc_trim(0);
#endif
    }
    all.rows = totalRows;
    sinks.resize(1);
    if (all.rows == 0)
        return Result<Dataset>(
            Error {ErrorCode::InvalidInput, QStringLiteral("the file has a header but no data rows"), path});
    if (Status ranges = checkNumberRanges(path, names, all.builders, options); !ranges)
        return Result<Dataset>(ranges.error());
    return Result<Dataset>(finishDataset(names, all.builders));
}

} // namespace

Result<Dataset> readCsv(const QString& path, const CsvOptions& options, const ProgressCallback& progress)
{
    QFile file(path);
    if (auto opened = openForReading(file, path); !opened)
        return opened.error();
    const char delimiter = delimiterFor(file, path, options);

    // The header first: its names, and where the data rows start.
    QStringList names;
    std::optional<Error> failure;
    {
        const QByteArray start = file.peek(1 << 20);
        QFile header(path);
        header.open(QIODevice::ReadOnly);
        CsvTokenizer tokenizer(path, delimiter);
        const Status status = tokenizer.run(
            header,
            [&](const std::vector<std::string_view>& fields, qint64 line) {
                for (size_t i = 0; i < fields.size(); ++i) {
                    if (Status ok = checkUtf8(fields[i], path, line, int(i) + 1); !ok) {
                        failure = ok.error();
                        return false;
                    }
                }
                names = headerNames(fields);
                return false;
            },
            {}, start.size());
        if (failure)
            return *failure;
        if (!status)
            return status.error();
        if (names.isEmpty())
            return Error {ErrorCode::InvalidInput, QStringLiteral("the file has no header row"), path};
        // Large files without quotes are parsed in parallel stretches that start after the header line.
        const qsizetype headerEnd = start.indexOf('\n');
        if (headerEnd >= 0) {
            const std::vector<Cut> cuts = findCuts(path, headerEnd + 1, 2, QThread::idealThreadCount());
            if (!cuts.empty()) {
                const qint64 bytesPerLine = start.size() / std::max<qsizetype>(1, start.count('\n'));
                if (auto parallel =
                        readStretches(path, delimiter, names, cuts, file.size(), bytesPerLine, options, progress))
                    return std::move(*parallel);
            }
        }
    }

    RowSink sink(path, names);
    {
        // Reserve for the rows the file probably holds (from the first lines' length).
        const QByteArray start = file.peek(1 << 16);
        const qsizetype lines = std::max<qsizetype>(1, start.count('\n'));
        sink.reserve(file.size() / std::max<qint64>(1, start.size() / lines) + 16);
    }
    bool headerSeen = false;
    CsvTokenizer tokenizer(path, delimiter);
    Status status = tokenizer.run(
        file,
        [&](const std::vector<std::string_view>& fields, qint64 line) {
            if (!headerSeen) {
                headerSeen = true;
                return true;
            }
            return sink.add(fields, line);
        },
        progress);
    if (sink.failure)
        return *sink.failure;
    if (!status)
        return status.error();
    if (sink.rows == 0)
        return Error {ErrorCode::InvalidInput, QStringLiteral("the file has a header but no data rows"), path};
    std::vector<ColumnBuilder>& builders = sink.builders;

    // Columns that turned out to hold text after their first rows: read those rows again.
    qint64 needed = 0;
    for (const ColumnBuilder& builder : builders)
        needed = std::max(needed, builder.flipRow);
    if (needed > 0) {
        file.seek(0);
        qint64 secondRow = -1; // the header comes first
        CsvTokenizer again(path, delimiter);
        status = again.run(file,
                           [&](const std::vector<std::string_view>& fields, qint64) {
                               if (secondRow >= 0 && isBlankRecord(fields) && names.size() > 1)
                                   return true;
                               if (secondRow >= 0) {
                                   for (size_t i = 0; i < fields.size(); ++i) {
                                       ColumnBuilder& builder = builders[i];
                                       if (builder.numeric || secondRow >= builder.flipRow)
                                           continue;
                                       const std::string_view token = trimmed(fields[i]);
                                       builder.codes[size_t(secondRow)] =
                                           isMissingToken(token.data(), token.data() + token.size())
                                           ? -1
                                           : builder.code(token);
                                   }
                               }
                               ++secondRow;
                               return secondRow < needed;
                           },
                           {});
        if (!status)
            return status.error();
    }
    if (Status ranges = checkNumberRanges(path, names, builders, options); !ranges)
        return ranges.error();
    return finishDataset(names, builders);
}

Result<CsvPreview> previewCsv(const QString& path, int rowLimit, const CsvOptions& options)
{
    QFile file(path);
    if (auto opened = openForReading(file, path); !opened)
        return opened.error();
    CsvPreview preview;
    preview.delimiter = delimiterFor(file, path, options);
    std::vector<ColumnBuilder> builders;
    Error failure;
    bool failed = false;
    qint64 row = 0;
    CsvTokenizer tokenizer(path, preview.delimiter);
    const Status status =
        tokenizer.run(file,
                      [&](const std::vector<std::string_view>& fields, qint64 line) {
                          for (size_t i = 0; i < fields.size(); ++i) {
                              if (Status ok = checkUtf8(fields[i], path, line, int(i) + 1); !ok) {
                                  failure = ok.error();
                                  failed = true;
                                  return false;
                              }
                          }
                          if (preview.header.isEmpty()) {
                              preview.header = headerNames(fields);
                              builders.resize(size_t(preview.header.size()));
                              return true;
                          }
                          if (isBlankRecord(fields) && preview.header.size() > 1)
                              return true;
                          if (qsizetype(fields.size()) != preview.header.size()) {
                              failure = Error {ErrorCode::InvalidInput,
                                               QStringLiteral("this row has %1 fields but the header has %2")
                                                   .arg(fields.size())
                                                   .arg(preview.header.size()),
                                               location(path, line)};
                              failed = true;
                              return false;
                          }
                          QStringList values;
                          for (size_t i = 0; i < fields.size(); ++i) {
                              values << QString::fromUtf8(fields[i].data(), qsizetype(fields[i].size()));
                              builders[i].add(fields[i], row);
                          }
                          preview.rows << values;
                          ++row;
                          return row < rowLimit;
                      },
                      {});
    if (failed)
        return failure;
    if (!status)
        return status.error();
    if (preview.header.isEmpty())
        return Error {ErrorCode::InvalidInput, QStringLiteral("the file has no header row"), path};
    for (size_t i = 0; i < builders.size(); ++i) {
        ColumnBuilder& builder = builders[i];
        if (!builder.numeric && builder.flipRow > 0) {
            // Fill the rows before the first text value from the preview's own strings.
            for (qint64 r = 0; r < builder.flipRow; ++r) {
                const QByteArray token = preview.rows[r][qsizetype(i)].trimmed().toUtf8();
                builder.codes[size_t(r)] = isMissingToken(token.constData(), token.constData() + token.size())
                    ? -1
                    : builder.code(std::string_view(token.constData(), size_t(token.size())));
            }
        }
        preview.types << finishColumn(preview.header[qsizetype(i)], builder).type;
    }
    return preview;
}

} // namespace crucible
