#include "CsvDialect.h"

#include "engine/core/Message.h"
#include "engine/data/CsvTokenizer.h"

#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace crucible {

namespace csv {

Result<QFile*> openForReading(QFile& file, const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no such file"), path};
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot open the file: %1").arg(file.errorString()), path};
    if (file.size() == 0)
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the file is empty"), path};
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

} // namespace csv

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
        || std::strcmp(lower, "-nan") == 0 || std::strcmp(lower, "+nan") == 0 || std::strcmp(lower, "null") == 0
        || std::strcmp(lower, "none") == 0 || std::strcmp(lower, "?") == 0;
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

} // namespace crucible
