#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"
#include "engine/data/Progress.h"
#include "engine/data/Timestamp.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crucible {

/// How to read a delimited text file (CSV, TSV).
struct CsvOptions {
    /// The field delimiter; '\0' detects it from the first lines (',' '\t' ';' '|', or runs of
    /// spaces and tabs as in R's and statistics packages' .dat/.txt tables); ' ' means such runs.
    char delimiter = '\0';
    /// The quote character: '\0' detects it ('"', or '\'' where fields are quoted so).
    char quote = '\0';
    /// The decimal mark: '\0' detects it ('.', or ',' where numbers are written 1,5 in a file
    /// delimited otherwise, with '.' then read as a thousands separator in 1.234,5).
    char decimal = '\0';
    /// The 1-based line of the header: 0 finds it, after title or comment lines that do not have
    /// the data's columns.
    int headerLine = 0;
    /// A number beyond a 32-bit float's range (1e39, 1e400, a 400-digit integer) or infinite in a
    /// numeric column: an error naming its line and column (false), or read as missing (true).
    bool outOfRangeAsMissing = false;
    /// What a column of numbers but for a few values (at least 95% numbers, 10 or more) does
    /// with those few ("12kg", "n.a.", "1,5"): refuse the file naming the first one's row and
    /// column (Error), read them as missing (Missing), or keep the column as text (Text).
    enum class NotNumbers { Error, Missing, Text };
    NotNumbers notNumbers = NotNumbers::Error;
    /// The most bytes of text a compressed file (or any file that is rewritten as plain CSV) may
    /// hold: 0 is what its temporary folder has room for, keeping 1 GiB (or a twentieth of that
    /// disk, if less) free. A file that holds more is refused, so that a small file cannot fill
    /// the disk as it is decompressed.
    qint64 maxTextBytes = 0;
    /// Which columns are read as dates and times, and how 03/04/2024 is read: see DateOrder.
    timestamps::DateOrder dates = timestamps::DateOrder::Auto;
};

/// What a delimited file turned out to be, as found or as asked: compression (gzip, .gz; zstd,
/// .zst), delimiter (' ' for runs of whitespace), quote, decimal mark and the header's line.
struct CsvDialect {
    QString compression; ///< "", "gzip" or "zstd"
    char delimiter = ',';
    char quote = '"';
    char decimal = '.';
    int headerLine = 1;

    /// "gzip, ';'-separated, decimal comma, header on line 3": what is not plain CSV, or "CSV".
    QString describe() const;
    /// Whether the fast reader reads the file as it is (no conversion needed).
    bool isPlain() const;
};

/// The first rows of a file as text, with the types the whole-file import would infer from them.
struct CsvPreview {
    CsvDialect dialect;
    char delimiter = ',';
    QStringList header;
    QList<QStringList> rows;
    QList<ColumnType> types;
    /// What the import will refuse in these rows with these options (a few words in a column of
    /// numbers), or nothing.
    std::optional<Error> problem;
    /// What the import reads otherwise than it might be meant (a column of dates with day and
    /// month in an order these rows do not show), one sentence each.
    QStringList notes;
};

/// Reads RFC 4180 CSV/TSV: a header row, quoted fields with delimiters, quotes and newlines
/// inside, UTF-8 with or without a byte-order mark, CRLF or LF line ends, and missing values
/// written as nothing, NA, NaN, null or ?. Also the dialects of CsvDialect, found by themselves
/// where the file is unambiguous (or named in `options`): gzip or zstd compression, runs of
/// whitespace as the delimiter, single quotes, decimal commas, and a header after title lines. A field is a number only
/// when the whole of it is one
/// ("1e39xyz" and "12kg" are text); such text in a column of numbers is refused unless the
/// options say otherwise (CsvOptions::notNumbers). Streams the file: memory holds the parsed columns,
/// not the text. Errors say "file:line:column" and what is wrong.
/// Thread: any (blocking; run it on a worker).
Result<Dataset> readCsv(const QString& path, const CsvOptions& options = {}, const ProgressCallback& progress = {});

/// Parses the first `rowLimit` data rows for a preview before import. Thread: any.
Result<CsvPreview> previewCsv(const QString& path, int rowLimit, const CsvOptions& options = {});

/// Guesses the delimiter from the start of a file; `fileName` breaks ties (.tsv means tab).
char detectDelimiter(const QByteArray& sample, const QString& fileName);

/// True for the tokens that mean "no value": empty, NA, N/A, NaN (also -nan, +nan), null, None, ?
/// (any case).
bool isMissingToken(const char* begin, const char* end);

} // namespace crucible
