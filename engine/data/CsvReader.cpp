#include "CsvReader.h"

#include "engine/core/Message.h"
#include "engine/core/Parallel.h"
#include "engine/data/CsvColumns.h"
#include "engine/data/CsvDialect.h"
#include "engine/data/CsvPrepare.h"
#include "engine/data/CsvTokenizer.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cmath>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace crucible {

using namespace csv;

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
                CRUCIBLE_MESSAGE("this row has %1 fields but the header has %2").arg(fields.size()).arg(names.size()),
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
    parallel::forEachIndex(qsizetype(parts), [&](qsizetype part) {
        const size_t k = size_t(part);
        const qint64 begin = cuts[k].offset;
        const qint64 end = k + 1 < parts ? cuts[k + 1].offset : size;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(begin)) {
            statuses[k] =
                Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read the file: %1").arg(file.errorString()), path};
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
            Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the file has a header but no data rows"), path});
    if (Status ranges = checkNumberRanges(path, names, all.builders, options); !ranges)
        return Result<Dataset>(ranges.error());
    Dataset dataset = finishDataset(names, all.builders, options.dates);
    if (Status numbers = checkNotNumbers(path, dataset, options); !numbers)
        return Result<Dataset>(numbers.error());
    return Result<Dataset>(std::move(dataset));
}

} // namespace

namespace {

Result<Dataset> readPlainCsv(const QString& path, const CsvOptions& options, const ProgressCallback& progress)
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
            return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the file has no header row"), path};
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
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the file has a header but no data rows"), path};
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
    Dataset dataset = finishDataset(names, builders, options.dates);
    if (Status numbers = checkNotNumbers(path, dataset, options); !numbers)
        return numbers.error();
    return dataset;
}

Result<CsvPreview> previewPlainCsv(const QString& path, int rowLimit, const CsvOptions& options)
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
                                               CRUCIBLE_MESSAGE("this row has %1 fields but the header has %2")
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
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the file has no header row"), path};
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
    }
    Dataset columns;
    for (size_t i = 0; i < builders.size(); ++i) {
        QString note;
        columns.columns.push_back(finishColumn(preview.header[qsizetype(i)], builders[i], options.dates, &note));
        if (!note.isEmpty())
            preview.notes << note;
    }
    if (Status numbers = checkNotNumbers(path, columns, options); !numbers)
        preview.problem = numbers.error();
    for (const Column& column : columns.columns)
        preview.types << column.type;
    return preview;
}

} // namespace

Result<Dataset> readCsv(const QString& path, const CsvOptions& options, const ProgressCallback& progress)
{
    if (!QFileInfo(path).isFile())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no such file"), path};
    auto prepared = csv::prepare(path, options, progress);
    if (!prepared)
        return prepared.error();
    if (prepared->path == path)
        return readPlainCsv(path, options, progress);
    // The plain copy: read with the second half of the progress.
    const ProgressCallback rest = [&progress](double fraction, const QString& stage) {
        return reportProgress(progress, 0.5 + fraction / 2, stage);
    };
    auto dataset = readPlainCsv(prepared->path, prepared->options, rest);
    if (!dataset)
        return csv::aboutOriginal(dataset.error(), path, prepared.value());
    return dataset;
}

Result<CsvPreview> previewCsv(const QString& path, int rowLimit, const CsvOptions& options)
{
    if (!QFileInfo(path).isFile())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no such file"), path};
    auto prepared = csv::prepare(path, options, {}, qint64(1) << 20);
    if (!prepared)
        return prepared.error();
    auto preview = previewPlainCsv(prepared->path, rowLimit, prepared->options);
    if (!preview)
        return csv::aboutOriginal(preview.error(), path, prepared.value());
    if (preview->problem)
        preview->problem = csv::aboutOriginal(*preview->problem, path, prepared.value());
    preview->dialect = prepared->dialect;
    if (prepared->path == path)
        preview->dialect.delimiter = preview->delimiter;
    return preview;
}

} // namespace crucible
