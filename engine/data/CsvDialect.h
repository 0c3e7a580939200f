#pragma once

// Internal to the CSV reader: the file's dialect (delimiter) and header, before any row is read.
// Not an API of the engine; detectDelimiter() and isMissingToken() are, in CsvReader.h.

#include "engine/data/CsvReader.h"

#include <QFile>

#include <string_view>
#include <vector>

namespace crucible::csv {

/// Opens `path` for reading: an error when it is missing, unreadable or empty.
Result<QFile*> openForReading(QFile& file, const QString& path);
/// The delimiter `options` name, or the one detected from the file's first 64 KiB.
char delimiterFor(QFile& file, const QString& path, const CsvOptions& options);
/// Column names from the header record: trimmed, "column_N" for empty ones, "_2" for repeats.
QStringList headerNames(const std::vector<std::string_view>& fields);
/// A record that is one empty field (an empty line).
bool isBlankRecord(const std::vector<std::string_view>& fields);

} // namespace crucible::csv
