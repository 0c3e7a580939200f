#pragma once

// Internal to the CSV reader: type inference. Each column is built while the file streams by
// (numbers until a field is not one, then labels), then finished as integer, numeric, boolean,
// categorical or text. Not an API of the engine.

#include "engine/data/CsvReader.h"
#include "engine/data/CsvTokenizer.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crucible::csv {

struct TransparentHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
};

/// What a field is as a number.
enum class NumberParse {
    Number, ///< the whole text is a finite number (tiny ones round to zero)
    NotNumber, ///< not a number, or a number followed by other text ("1e39xyz", "12kg")
    OutOfRange, ///< a whole number literal beyond float (1e39, 1e400, 400 digits) or infinite
};

/// Reads `text` (already trimmed) as a float, the whole of it or nothing.
NumberParse parseNumber(std::string_view text, float* value);

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

/// true/false, yes/no, t/f, y/n in any case; `truth` says which.
bool isBooleanWord(const QString& word, bool* truth);
/// Orders labels so that numbers come in numeric order and words alphabetically.
bool naturalLess(const std::string& a, const std::string& b);
/// The finished column of `builder`, its type inferred; dates and times read as `dates` says.
/// `note` (when given) is set to why a column that looks like dates was not read as dates.
Column finishColumn(const QString& name, ColumnBuilder& builder, timestamps::DateOrder dates, QString* note = nullptr);
/// Appends `part`'s column to `into`; false when they cannot be joined without a second pass.
bool joinColumn(ColumnBuilder& into, ColumnBuilder& part, qint64 intoRows, qint64 partRows);
/// Refuses a numeric column that held a value beyond float's range (unless `options` read such
/// values as missing).
Status checkNumberRanges(const QString& path, const QStringList& names, const std::vector<ColumnBuilder>& builders,
                         const CsvOptions& options);
/// Refuses a column of numbers but for a few values (or reads those as missing, or keeps the
/// column as text, as `options` say); see CsvOptions::notNumbers.
Status checkNotNumbers(const QString& path, Dataset& dataset, const CsvOptions& options);
/// The dataset of the finished columns.
Dataset finishDataset(const QStringList& names, std::vector<ColumnBuilder>& builders, timestamps::DateOrder dates);

} // namespace crucible::csv
