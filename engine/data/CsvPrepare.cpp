#include "CsvPrepare.h"

#include "engine/core/Message.h"
#include "engine/data/CsvTokenizer.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStorageInfo>

#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <vector>

namespace crucible {

QString CsvDialect::describe() const
{
    QStringList parts;
    if (!compression.isEmpty())
        parts << compression;
    if (delimiter == ' ')
        parts << QStringLiteral("whitespace-separated");
    else if (delimiter == '\t')
        parts << QStringLiteral("tab-separated");
    else if (delimiter != ',')
        parts << QStringLiteral("'%1'-separated").arg(QLatin1Char(delimiter));
    if (quote == '\'')
        parts << CRUCIBLE_MESSAGE("single quotes");
    if (decimal == ',')
        parts << CRUCIBLE_MESSAGE("decimal comma");
    if (headerLine > 1)
        parts << CRUCIBLE_MESSAGE("header on line %1").arg(headerLine);
    return parts.isEmpty() ? QStringLiteral("CSV") : parts.join(QStringLiteral(", "));
}

bool CsvDialect::isPlain() const
{
    return compression.isEmpty() && delimiter != ' ' && quote == '"' && decimal == '.' && headerLine <= 1;
}

namespace csv {

namespace {

bool isZeros(QByteArrayView bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == '\0'; });
}

/// What other packer's magic bytes start the file ("an xz file"), or nothing.
QString otherCompression(const QByteArray& magic)
{
    if (magic.startsWith("\xfd"
                         "7zXZ"))
        return CRUCIBLE_MESSAGE("an xz file");
    if (magic.startsWith("BZh") && magic.mid(4, 6) == "1AY&SY")
        return CRUCIBLE_MESSAGE("a bzip2 file");
    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06"))
        return CRUCIBLE_MESSAGE("a zip archive");
    if (magic.startsWith("7z\xbc\xaf\x27\x1c"))
        return CRUCIBLE_MESSAGE("a 7-Zip archive");
    if (magic.startsWith("\x04\x22\x4d\x18"))
        return CRUCIBLE_MESSAGE("an lz4 file");
    if (magic.startsWith("\x1f\x9d"))
        return CRUCIBLE_MESSAGE("a compress (.Z) file");
    return {};
}

/// The file's bytes, decompressed when it is gzip (any number of members) or zstd.
class TextSource {
public:
    ~TextSource()
    {
        if (m_compression == QLatin1String("gzip"))
            inflateEnd(&m_zlib);
        if (m_zstd)
            ZSTD_freeDCtx(m_zstd);
    }

    Status open(const QString& path)
    {
        m_path = path;
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot open the file: %1").arg(m_file.errorString()), path};
        const QByteArray magic = m_file.peek(4);
        if (magic.startsWith("\x1f\x8b")) {
            m_compression = QStringLiteral("gzip");
            m_zlib = {};
            if (inflateInit2(&m_zlib, 15 + 32) != Z_OK)
                return Error {ErrorCode::Internal, CRUCIBLE_MESSAGE("cannot start zlib"), path};
        } else if (magic == QByteArray("\x28\xb5\x2f\xfd", 4)
                   || (magic.size() == 4 && (uchar(magic[0]) & 0xF0) == 0x50 && magic.endsWith("\x2a\x4d\x18"))) {
            // zstd, also when it starts with a skippable frame (as pzstd writes its files)
            m_compression = QStringLiteral("zstd");
            m_zstd = ZSTD_createDCtx();
            if (!m_zstd)
                return Error {ErrorCode::Internal, CRUCIBLE_MESSAGE("cannot start zstd"), path};
        } else if (const QString other = otherCompression(m_file.peek(10)); !other.isEmpty()) {
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("this is %1, which Crucible does not read; it reads plain text, gzip (.gz) "
                                           "and zstd (.zst): unpack it and import the CSV file inside")
                              .arg(other),
                          path};
        }
        return Ok {};
    }

    QString compression() const { return m_compression; }
    double fraction() const { return m_file.size() > 0 ? double(m_file.pos()) / double(m_file.size()) : 1.0; }

    /// Up to `room` bytes of text; 0 at the end.
    Result<qint64> read(char* out, qint64 room)
    {
        if (m_compression.isEmpty()) {
            const qint64 got = m_file.read(out, room);
            if (got < 0)
                return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read the file: %1").arg(m_file.errorString()),
                              m_path};
            return got;
        }
        qint64 produced = 0;
        while (produced == 0) {
            if (m_inputPos >= m_input.size()) {
                if (m_file.atEnd()) {
                    if (!m_finished)
                        return Error {
                            ErrorCode::InvalidInput,
                            QStringLiteral("the %1 file ends before its data does (cut short?)").arg(m_compression),
                            m_path};
                    return qint64(0);
                }
                m_input = m_file.read(1 << 20);
                m_inputPos = 0;
                if (m_input.isEmpty())
                    return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read the file: %1").arg(m_file.errorString()),
                                  m_path};
            }
            if (m_compression == QLatin1String("gzip")) {
                if (m_finished && isZeros(QByteArrayView(m_input).sliced(m_inputPos))) {
                    m_inputPos = m_input.size(); // padding after the last member, as tape and some tools leave
                    continue;
                }
                if (m_finished) { // another gzip member follows
                    inflateReset(&m_zlib);
                    m_finished = false;
                }
                m_zlib.next_in = reinterpret_cast<Bytef*>(m_input.data() + m_inputPos);
                m_zlib.avail_in = uInt(m_input.size() - m_inputPos);
                m_zlib.next_out = reinterpret_cast<Bytef*>(out);
                m_zlib.avail_out = uInt(std::min<qint64>(room, 1 << 30));
                const int status = inflate(&m_zlib, Z_NO_FLUSH);
                if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
                    return Error {ErrorCode::InvalidInput,
                                  CRUCIBLE_MESSAGE("the gzip data is damaged: %1")
                                      .arg(QString::fromLatin1(m_zlib.msg ? m_zlib.msg : "unknown error")),
                                  m_path};
                m_inputPos = m_input.size() - m_zlib.avail_in;
                produced = qint64(reinterpret_cast<char*>(m_zlib.next_out) - out);
                m_finished = status == Z_STREAM_END;
            } else {
                ZSTD_inBuffer input {m_input.constData(), size_t(m_input.size()), size_t(m_inputPos)};
                ZSTD_outBuffer output {out, size_t(room), 0};
                const size_t status = ZSTD_decompressStream(m_zstd, &output, &input);
                if (ZSTD_getErrorCode(status) == ZSTD_error_frameParameter_windowTooLarge)
                    return Error {ErrorCode::InvalidInput,
                                  CRUCIBLE_MESSAGE("the zstd data was packed with a window larger than 128 MiB "
                                                   "(zstd --long); unpack it with zstd -d --long=31 and import the "
                                                   "result"),
                                  m_path};
                if (ZSTD_isError(status))
                    return Error {ErrorCode::InvalidInput,
                                  CRUCIBLE_MESSAGE("the zstd data is damaged: %1")
                                      .arg(QString::fromLatin1(ZSTD_getErrorName(status))),
                                  m_path};
                m_inputPos = qsizetype(input.pos);
                produced = qint64(output.pos);
                m_finished = status == 0;
            }
        }
        return produced;
    }

private:
    QString m_path;
    QFile m_file;
    QString m_compression;
    z_stream m_zlib {};
    ZSTD_DCtx* m_zstd = nullptr;
    QByteArray m_input;
    qsizetype m_inputPos = 0;
    bool m_finished = false;
};

/// The fields of one line of text (no quoted line breaks in a sample line), unquoted.
QList<QByteArray> splitLine(const QByteArray& line, char delimiter, char quote)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    bool hadField = false;
    const bool whitespace = delimiter == ' ';
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == quote && i + 1 < line.size() && line[i + 1] == quote) {
                field += c;
                ++i;
            } else if (c == quote) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == quote && field.isEmpty()) {
            quoted = true;
            hadField = true;
        } else if (whitespace ? (c == ' ' || c == '\t') : c == delimiter) {
            if (whitespace && !hadField && field.isEmpty())
                continue; // runs of whitespace are one separator; leading ones none
            fields << field;
            field.clear();
            hadField = false;
        } else {
            field += c;
            hadField = true;
        }
    }
    if (!whitespace || hadField || !field.isEmpty())
        fields << field;
    return fields;
}

/// The records of a sample, split at line ends (\n, \r\n or a lone \r) outside quotes, without
/// the \r; the last (maybe cut) one left out unless the sample is the whole file. A quote opens a
/// quoted field only at the start of a line or after a possible delimiter or a space (the
/// converter, knowing the delimiter, is stricter), so that one in a title line (5" disk) is text.
QList<QByteArray> sampleLines(const QByteArray& sample, bool whole, char quote)
{
    QList<QByteArray> lines;
    qsizetype start = sample.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    bool quoted = false;
    for (qsizetype i = start; i < sample.size(); ++i) {
        const char c = sample[i];
        if (quoted) {
            if (c == quote && i + 1 < sample.size() && sample[i + 1] == quote)
                ++i; // a doubled quote inside the field
            else if (c == quote)
                quoted = false;
        } else if (c == quote) {
            quoted = i == start || (sample[i - 1] != '\0' && std::strchr(",;\t| ", sample[i - 1]) != nullptr);
        } else if (c == '\n' || (c == '\r' && i + 1 < sample.size() && sample[i + 1] != '\n')) {
            lines << sample.mid(start, i - start);
            start = i + 1;
        }
    }
    if (whole && start < sample.size())
        lines << sample.mid(start);
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

/// How the lines split with one delimiter: the data's number of fields, the 1-based line of the
/// header, and how many lines from there have that shape. The header is the first line only
/// unless every line before it is a title (fewer fields), a # comment or blank, and at least
/// two lines from it on all have the data's shape.
struct Shape {
    int fields = 0;
    int headerLine = 1;
    int consistent = 0;
};

Shape shapeOf(const QList<QByteArray>& lines, char delimiter, char quote)
{
    Shape shape;
    if (lines.isEmpty())
        return shape;
    QList<int> counts;
    for (const QByteArray& line : lines)
        counts << (line.trimmed().isEmpty() ? 0 : int(splitLine(line, delimiter, quote).size()));
    // The data's shape: the most common number of fields in the later half (blank lines aside).
    std::map<int, int> frequency;
    for (qsizetype i = counts.size() / 2; i < counts.size(); ++i) {
        if (counts[i] > 0)
            ++frequency[counts[i]];
    }
    for (const auto& [fields, times] : frequency) {
        if (shape.fields == 0 || times > frequency[shape.fields])
            shape.fields = fields;
    }
    // The header: the first line of that shape, when every line before it is a title.
    qsizetype start = 0;
    while (start < counts.size() && counts[start] != shape.fields)
        ++start;
    // Titles: lines of one field, # comments, or a block of shorter lines that a blank line
    // separates from the table (a header shorter than its rows right above them is no title).
    const bool separated = start > 0 && counts[start - 1] == 0;
    bool titlesBefore = true;
    for (qsizetype i = 0; i < start && titlesBefore; ++i)
        titlesBefore = counts[i] <= 1 || lines[i].trimmed().startsWith('#') || (separated && counts[i] < shape.fields);
    if (!titlesBefore)
        start = 0;
    shape.headerLine = int(start) + 1;
    for (qsizetype i = start; i < counts.size(); ++i)
        shape.consistent += int(counts[i] == shape.fields);
    return shape;
}

/// Single quotes only where a line of names (the header) is written in them ('x','y' or 'x' 'y') and no
/// double quote appears: an apostrophe in the text ("Rock 'n' roll") is text.
char detectQuote(const QList<QByteArray>& lines)
{
    static const QRegularExpression quotedHeader(
        QStringLiteral("^\\s*'[^']*'(?>\\s*[,;\\t|]\\s*'[^']*'|\\s+'[^']*')+\\s*$"));
    for (const QByteArray& line : lines) {
        if (line.contains('"'))
            return '"';
    }
    // The header may follow title lines: any of the first lines written so.
    int looked = 0;
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
            continue;
        if (quotedHeader.match(QString::fromUtf8(line)).hasMatch())
            return '\'';
        if (++looked == 20)
            break;
    }
    return '"';
}

/// A number grouped in thousands with points (1.234 or 3.645.000): with one point it may also be a
/// decimal point, with more only a grouping.
const QRegularExpression& groupedNumber()
{
    static const QRegularExpression grouped(QStringLiteral("^[-+]?[1-9]\\d{0,2}(\\.\\d{3})+$"));
    return grouped;
}

const QRegularExpression& commaNumber()
{
    static const QRegularExpression comma(QStringLiteral("^[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+),\\d+([eE][-+]?\\d+)?$"));
    return comma;
}

const QRegularExpression& pointNumber()
{
    static const QRegularExpression point(QStringLiteral("^[-+]?\\d*\\.\\d+([eE][-+]?\\d+)?$"));
    return point;
}

/// Numbers written with a decimal comma (1,5 or -1.234,5) and none with a decimal point: ','.
/// Where thousands are grouped with points (3.645.000), 327.258 is grouped too, not a decimal.
char detectDecimal(const QList<QByteArray>& lines, int headerLine, char delimiter, char quote)
{
    if (delimiter == ',')
        return '.';
    int commas = 0;
    int points = 0;
    int groupings = 0; // numbers with more than one point: 3.645.000
    int eitherWay = 0; // 327.258
    for (qsizetype i = headerLine; i < std::min<qsizetype>(lines.size(), headerLine + 200); ++i) {
        for (const QByteArray& field : splitLine(lines[i], delimiter, quote)) {
            if (!field.contains(',') && !field.contains('.'))
                continue;
            const QString text = QString::fromUtf8(field.trimmed());
            if (commaNumber().match(text).hasMatch())
                ++commas;
            else if (groupedNumber().match(text).hasMatch())
                ++(text.count(QLatin1Char('.')) > 1 ? groupings : eitherWay);
            else if (pointNumber().match(text).hasMatch())
                ++points;
        }
    }
    return commas > 0 && points == 0 && (eitherWay == 0 || groupings > 0) ? ',' : '.';
}

/// The 1-based line of the name over one column of decimal-comma numbers (price, then 1,25 and
/// 2,5 on the lines below: no delimiter at all), or 0 when the lines are not that. Not where every
/// number has three digits after the comma (1,234 may be a thousand), nor under a # comment.
int oneCommaColumn(const QList<QByteArray>& lines)
{
    static const QRegularExpression thousand(QStringLiteral("^[-+]?\\d{1,3},\\d{3}$"));
    qsizetype first = lines.size();
    bool thousands = true;
    while (first > 0) {
        const QString text = QString::fromUtf8(lines[first - 1].trimmed());
        if (!text.isEmpty() && !commaNumber().match(text).hasMatch())
            break;
        thousands = thousands && (text.isEmpty() || thousand.match(text).hasMatch());
        --first;
    }
    int numbers = 0;
    for (qsizetype i = first; i < lines.size(); ++i)
        numbers += int(!lines[i].trimmed().isEmpty());
    if (first == 0 || numbers < 2 || thousands)
        return 0;
    const QByteArray name = lines[first - 1].trimmed();
    if (name.startsWith('#'))
        return 0;
    for (const char delimiter : {',', ';', '\t', '|'}) {
        if (name.contains(delimiter))
            return 0;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(';') || lines[i].contains('\t'))
            return 0;
    }
    return int(first);
}

/// Whether the first line has one field fewer than the data: R's write.table header over row names.
bool rowNamesHeader(const QList<QByteArray>& lines, char quote, int fields)
{
    return !lines.isEmpty() && fields > 1 && splitLine(lines.first(), ' ', quote).size() == fields - 1;
}

CsvDialect detect(const QByteArray& sample, bool whole, const QString& path, const CsvOptions& options,
                  const QString& compression)
{
    CsvDialect dialect;
    dialect.compression = compression;
    dialect.quote = options.quote != '\0' ? options.quote : detectQuote(sampleLines(sample, whole, '"'));
    const QList<QByteArray> lines = sampleLines(sample, whole, dialect.quote);
    if (options.delimiter != '\0') {
        dialect.delimiter = options.delimiter;
    } else {
        // The delimiter that splits the most lines alike into more than one field; runs of
        // whitespace only when no single character does.
        dialect.delimiter = detectDelimiter(sample.left(1 << 16), path);
        Shape chosen = shapeOf(lines, dialect.delimiter, dialect.quote);
        for (const char candidate : {',', '\t', ';', '|'}) {
            const Shape shape = shapeOf(lines, candidate, dialect.quote);
            if (shape.fields > 1
                && (chosen.fields <= 1 || shape.consistent > chosen.consistent
                    || (shape.consistent == chosen.consistent && shape.fields > chosen.fields))) {
                chosen = shape;
                dialect.delimiter = candidate;
            }
        }
        // ";" with decimal commas also splits at every comma alike: prefer ";" (or tab) then.
        if (dialect.delimiter == ',') {
            for (const char other : {';', '\t'}) {
                const Shape shape = shapeOf(lines, other, dialect.quote);
                if (shape.fields > 1 && shape.consistent >= chosen.consistent
                    && detectDecimal(lines, shape.headerLine, other, dialect.quote) == ',') {
                    dialect.delimiter = other;
                    chosen = shape;
                    break;
                }
            }
        }
        // Runs of whitespace: where more lines split alike with them (a header with one name
        // fewer is R's row names), and never after title lines.
        const Shape spaces = shapeOf(lines, ' ', dialect.quote);
        const int spacesAgreeing =
            spaces.consistent + int(spaces.headerLine == 1 && rowNamesHeader(lines, dialect.quote, spaces.fields));
        if (spaces.fields > 1 && spaces.headerLine == 1 && (chosen.fields <= 1 || spacesAgreeing > chosen.consistent))
            dialect.delimiter = ' ';
        // One column of decimal-comma numbers under its name: the commas are decimal marks.
        if (dialect.delimiter == ',' && options.decimal != '.') {
            if (const int name = oneCommaColumn(lines); name > 0) {
                dialect.delimiter = ';';
                dialect.decimal = ',';
                dialect.headerLine = options.headerLine > 0 ? options.headerLine : name;
                return dialect;
            }
        }
    }
    dialect.headerLine =
        options.headerLine > 0 ? options.headerLine : shapeOf(lines, dialect.delimiter, dialect.quote).headerLine;
    dialect.decimal = options.decimal != '\0'
        ? options.decimal
        : detectDecimal(lines, dialect.headerLine, dialect.delimiter, dialect.quote);
    return dialect;
}

/// One field in RFC 4180 form.
void appendField(QByteArray& out, const QByteArray& field)
{
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
        out += '"';
        out += QByteArray(field).replace("\"", "\"\"");
        out += '"';
    } else {
        out += field;
    }
}

/// Rewrites `source` from the header on as plain CSV into `target`, a record at a time.
Status convert(TextSource& source, QFile& target, const CsvDialect& dialect, int dataFields, qint64 maxBytes,
               qint64 reserve, const ProgressCallback& progress, qint64 byteLimit, const QString& path)
{
    std::vector<char> buffer(size_t(1) << 20);
    QByteArray out;
    QByteArray field;
    QList<QByteArray> record;
    bool quoted = false;
    bool hadField = false;
    bool afterQuote = false; // a quote that may be the first of a doubled pair
    bool closedQuote = false; // a quoted field ended: only a delimiter or a line end may follow
    bool first = true;
    bool pendingCr = false; // a \r outside quotes: a line end, with or without a \n after it
    int line = 1;
    qint64 physicalLine = 1;
    qint64 fieldLine = 1; // the line where the field now ending is
    qint64 quoteLine = 1; // where the open quoted field began
    // With decimal commas, where each column first held a decimal-comma number and one with a
    // decimal point: a column with both is refused, not read 1000 times too large or small.
    QList<QByteArray> names;
    std::vector<qint64> commaLine;
    std::vector<std::pair<qint64, QByteArray>> pointAt;
    std::optional<Error> mixed;
    const QString stage = source.compression().isEmpty() ? QStringLiteral("reading") : QStringLiteral("decompressing");
    qint64 consumed = 0;
    const bool whitespace = dialect.delimiter == ' ';
    qint64 written = 0;
    const auto tooLarge = [&] {
        const auto size = [](qint64 bytes) {
            return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
        };
        // The temporary folder (TMPDIR), not the copy's own folder inside it, which goes with it.
        QString room = CRUCIBLE_MESSAGE("the room its text may take in %1").arg(QDir::tempPath());
        if (reserve > 0)
            room += QStringLiteral(" (what is free there, less %1 kept for everything else)").arg(size(reserve));
        return Error {
            ErrorCode::InvalidInput,
            source.compression().isEmpty()
                ? CRUCIBLE_MESSAGE("the file's plain copy would be larger than %1, %2; set TMPDIR to a folder "
                                   "with more room")
                      .arg(size(maxBytes), room)
                : CRUCIBLE_MESSAGE("the %1 data expands to more than %2, %3; decompress it where there is room "
                                   "and import that file, or set TMPDIR to a folder with more room")
                      .arg(source.compression(), size(maxBytes), room),
            path};
    };
    const auto endField = [&] {
        if (dialect.decimal == ',' && line > dialect.headerLine && (field.contains(',') || field.contains('.'))) {
            const QString text = QString::fromUtf8(field.trimmed());
            const auto column = size_t(record.size());
            if (commaLine.size() <= column) {
                commaLine.resize(column + 1, 0);
                pointAt.resize(column + 1);
            }
            if (commaNumber().match(text).hasMatch()) {
                field = text.toUtf8().replace(".", "").replace(",", ".");
                if (commaLine[column] == 0)
                    commaLine[column] = fieldLine;
            } else if (groupedNumber().match(text).hasMatch()) { // 1.234 is a thousand and more here
                field = text.toUtf8().replace(".", "");
            } else if (pointAt[column].first == 0 && pointNumber().match(text).hasMatch()) {
                pointAt[column] = {fieldLine, field.trimmed()};
            }
            if (!mixed && commaLine[column] > 0 && pointAt[column].first > 0) {
                const QByteArray name = names.value(qsizetype(column));
                mixed = Error {
                    ErrorCode::InvalidInput,
                    CRUCIBLE_MESSAGE("column %1 holds numbers with a decimal comma (from line %2) and with a "
                                     "decimal point (%3 on line %4); write them all one way, or choose the "
                                     "decimal mark (--decimal, or in the import preview)")
                        .arg(name.isEmpty() ? QString::number(column + 1)
                                            : QString(QLatin1Char('"') + QString::fromUtf8(name) + QLatin1Char('"')),
                             QString::number(commaLine[column]), QString::fromUtf8(pointAt[column].second),
                             QString::number(pointAt[column].first)),
                    location(path, std::max(commaLine[column], pointAt[column].first), qint64(column) + 1)};
            }
        }
        record << field;
        field.clear();
        hadField = false;
    };
    const auto endRecord = [&] {
        // a trailing delimiter ends an empty last field; trailing whitespace ends none
        if (!whitespace || hadField || !field.isEmpty())
            endField();
        // R's write.table: a header with one name fewer than the rows, over their row names.
        if (line == dialect.headerLine && whitespace && dataFields > 1 && record.size() == dataFields - 1)
            record.prepend(QByteArray());
        const bool blank = record.isEmpty() || (record.size() == 1 && record.first().isEmpty());
        if (line == dialect.headerLine)
            names = record;
        if (line > dialect.headerLine && blank) {
            out += '\n'; // kept, so that line numbers in errors stay the file's
        } else if (line >= dialect.headerLine && !blank) {
            for (qsizetype i = 0; i < record.size(); ++i) {
                if (i > 0)
                    out += ',';
                appendField(out, record[i]);
            }
            out += '\n';
        }
        record.clear();
        ++line;
    };
    for (;;) {
        const Result<qint64> got = source.read(buffer.data(), qint64(buffer.size()));
        if (!got)
            return got.error();
        if (got.value() == 0)
            break;
        qint64 begin = 0;
        if (first && got.value() >= 3 && std::memcmp(buffer.data(), "\xEF\xBB\xBF", 3) == 0)
            begin = 3; // a byte-order mark
        first = false;
        for (qint64 i = begin; i < got.value(); ++i) {
            const char c = buffer[size_t(i)];
            if (pendingCr) {
                pendingCr = false;
                if (c != '\n') { // a lone \r ends a line, as old Mac files have them
                    fieldLine = physicalLine;
                    ++physicalLine;
                    endRecord();
                }
            }
            if (afterQuote) {
                afterQuote = false;
                if (c == dialect.quote) { // a doubled quote: one quote in the text
                    field += c;
                    continue;
                }
                quoted = false;
                closedQuote = true;
            }
            if (closedQuote) {
                closedQuote = false;
                const bool separates =
                    c == '\n' || c == '\r' || (whitespace ? (c == ' ' || c == '\t') : c == dialect.delimiter);
                if (!separates)
                    return Error {ErrorCode::InvalidInput,
                                  CRUCIBLE_MESSAGE("unexpected text after a closing quote; inside a quoted field write "
                                                   "a quote as %1%1")
                                      .arg(QLatin1Char(dialect.quote)),
                                  location(path, physicalLine)};
            }
            fieldLine = physicalLine;
            if (c == '\n')
                ++physicalLine;
            if (quoted) {
                if (c == dialect.quote)
                    afterQuote = true;
                else
                    field += c;
                continue;
            }
            if (c == dialect.quote && field.isEmpty()) {
                quoted = true;
                hadField = true;
                quoteLine = physicalLine;
            } else if (c == '\r') {
                pendingCr = true;
            } else if (c == '\n') {
                endRecord();
            } else if (whitespace ? (c == ' ' || c == '\t') : c == dialect.delimiter) {
                if (whitespace && !hadField && field.isEmpty())
                    continue;
                endField();
            } else {
                field += c;
                hadField = true;
            }
        }
        if (mixed)
            return *mixed;
        consumed += got.value();
        if (out.size() > (1 << 20)) {
            if (written + out.size() > maxBytes)
                return tooLarge();
            written += out.size();
            if (target.write(out) != out.size())
                return Error {ErrorCode::Io,
                              CRUCIBLE_MESSAGE("cannot write a plain copy: %1").arg(target.errorString()),
                              target.fileName()};
            out.clear();
        }
        if (byteLimit > 0 && consumed >= byteLimit) {
            // A preview: up to the last complete record.
            const qsizetype lastLine = out.lastIndexOf('\n');
            out.truncate(lastLine + 1);
            record.clear();
            field.clear();
            quoted = false;
            pendingCr = false;
            hadField = false;
            afterQuote = false;
            closedQuote = false;
            break;
        }
        if (!reportProgress(progress, source.fraction() * 0.5, stage))
            return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the import was cancelled"), path};
    }
    if (afterQuote) { // the file ends right after a closing quote
        afterQuote = false;
        quoted = false;
    }
    if (quoted)
        return Error {
            ErrorCode::InvalidInput,
            CRUCIBLE_MESSAGE("a quoted field is never closed (a %1 is missing)").arg(QLatin1Char(dialect.quote)),
            location(path, quoteLine)};
    fieldLine = physicalLine;
    if (pendingCr || !field.isEmpty() || !record.isEmpty() || hadField)
        endRecord();
    if (mixed)
        return *mixed;
    if (line <= dialect.headerLine)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the header was to be on line %1, but the file has %2 line(s)")
                          .arg(dialect.headerLine)
                          .arg(line - 1),
                      path};
    if (written + out.size() > maxBytes)
        return tooLarge();
    if (target.write(out) != out.size() || !target.flush())
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write a plain copy: %1").arg(target.errorString()),
                      target.fileName()};
    return Ok {};
}

} // namespace

Result<Prepared> prepare(const QString& path, const CsvOptions& options, const ProgressCallback& progress,
                         qint64 byteLimit)
{
    Prepared prepared;
    prepared.path = path;
    prepared.options = options;
    TextSource source;
    if (Status opened = source.open(path); !opened)
        return opened.error();
    // The dialect, from the start of the text: 64 KiB, or more where lines are that long (up to
    // 1 MiB, the longest header the reader takes), so that the sample holds a few whole lines.
    QByteArray sample(1 << 16, '\0');
    qint64 filled = 0;
    bool whole = false;
    for (;;) {
        const Result<qint64> got = source.read(sample.data() + filled, sample.size() - filled);
        if (!got)
            return got.error();
        if (got.value() == 0) {
            whole = true;
            break;
        }
        filled += got.value();
        if (filled == sample.size()) {
            const QByteArrayView seen(sample.constData(), filled);
            if (sample.size() >= (1 << 20) || seen.count('\n') + seen.count('\r') >= 16)
                break;
            sample.resize(sample.size() * 2);
        }
    }
    sample.truncate(filled);
    prepared.dialect = detect(sample, whole, path, options, source.compression());
    if (prepared.dialect.decimal == ',' && prepared.dialect.delimiter == ',')
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("a decimal comma needs another delimiter than the comma (; or tab)"), path};
    if (prepared.dialect.isPlain()) { // read where it is, as always
        prepared.dialect.delimiter = options.delimiter != '\0' ? options.delimiter : detectDelimiter(sample, path);
        return prepared;
    }
    // Not plain: a plain copy for the reader.
    TextSource again;
    if (Status opened = again.open(path); !opened)
        return opened.error();
    prepared.folder = std::make_shared<QTemporaryDir>();
    if (!prepared.folder->isValid())
        return Error {ErrorCode::Io,
                      CRUCIBLE_MESSAGE("cannot make a temporary folder for the file's plain copy in %1 (TMPDIR): %2")
                          .arg(QDir::tempPath(), prepared.folder->errorString()),
                      path};
    prepared.path = prepared.folder->filePath(QStringLiteral("plain.csv"));
    QFile target(prepared.path);
    if (!target.open(QIODevice::WriteOnly))
        return Error {ErrorCode::Io, target.errorString(), prepared.path};
    const Shape shape =
        shapeOf(sampleLines(sample, whole, prepared.dialect.quote), prepared.dialect.delimiter, prepared.dialect.quote);
    // A small compressed file may expand to far more than the disk holds: the copy keeps to the
    // room the temporary folder has, less some for everything else.
    qint64 maxBytes = options.maxTextBytes;
    qint64 reserve = 0;
    if (maxBytes <= 0) {
        const QStorageInfo storage(prepared.folder->path());
        // A folder whose room cannot be read leaves the copy unbounded (a full disk is still
        // reported as such) rather than refusing every file.
        maxBytes = std::numeric_limits<qint64>::max();
        if (storage.isValid() && storage.bytesAvailable() >= 0) {
            reserve = std::min<qint64>(qint64(1) << 30, storage.bytesTotal() / 20);
            maxBytes = std::max<qint64>(storage.bytesAvailable() - reserve, 0);
        }
    }
    if (Status converted =
            convert(again, target, prepared.dialect, shape.fields, maxBytes, reserve, progress, byteLimit, path);
        !converted)
        return converted.error();
    target.close();
    prepared.options.delimiter = ',';
    prepared.options.quote = '"';
    prepared.options.decimal = '.';
    prepared.options.headerLine = 1;
    prepared.linesBefore = prepared.dialect.headerLine - 1;
    return prepared;
}

Error aboutOriginal(const Error& error, const QString& originalPath, const Prepared& prepared)
{
    if (prepared.path == originalPath)
        return error;
    Error told = error;
    // "copy:LINE[:COLUMN]" is "original:LINE+skipped" (the column of a rewritten line may differ).
    static const QRegularExpression located(QStringLiteral("^(\\d+)(:\\d+)?$"));
    const QString prefix = prepared.path + QLatin1Char(':');
    const QRegularExpressionMatch match =
        told.where.startsWith(prefix) ? located.match(told.where.mid(prefix.size())) : QRegularExpressionMatch();
    if (match.hasMatch())
        told.where =
            QStringLiteral("%1:%2").arg(originalPath).arg(match.captured(1).toLongLong() + prepared.linesBefore);
    told.where.replace(prepared.path, originalPath);
    told.message.replace(prepared.path, originalPath);
    return told;
}

} // namespace csv

} // namespace crucible
