#pragma once

// Internal to the CSV reader: the dialects of delimited text seen in the wild that the fast reader
// (RFC 4180, one delimiter character, double quotes) does not read as they are. prepare() finds
// the dialect of a file and, when it is one of those, writes the file once as plain CSV into a
// temporary folder for the reader; a plain CSV file is read where it is.

#include "engine/data/CsvReader.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace crucible::csv {

/// A file prepared for the reader.
struct Prepared {
    QString path; ///< what the reader reads: the file itself, or its plain copy
    CsvOptions options; ///< the options for that (the delimiter of the copy, for one)
    CsvDialect dialect; ///< what the file is, as found or as asked
    qint64 linesBefore = 0; ///< lines before the header that the copy leaves out
    std::shared_ptr<QTemporaryDir> folder; ///< holds the copy while it is read
};

/// Finds the dialect of `path` (or takes it from `options`) and prepares the file. `byteLimit`
/// (> 0) copies only about that many bytes of text, for a preview.
Result<Prepared> prepare(const QString& path, const CsvOptions& options, const ProgressCallback& progress,
                         qint64 byteLimit = 0);

/// An error about the copy, told about the original: its path, and its line numbers.
Error aboutOriginal(const Error& error, const QString& originalPath, const Prepared& prepared);

} // namespace crucible::csv
