#include "CsvColumns.h"

#include "engine/core/Message.h"

#include <algorithm>
#include <charconv>

namespace crucible::csv {

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

Column finishColumn(const QString& name, ColumnBuilder& builder, timestamps::DateOrder dates, QString* note)
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
    timestamps::Detection detection = timestamps::detect(labels, dates);
    if (detection.times) {
        column.type = detection.times->type;
        column.times.reserve(builder.codes.size());
        for (std::int32_t code : builder.codes)
            column.times.push_back(code < 0 ? timestamps::kMissingTime
                                            : detection.times->times[size_t(remap[size_t(code)])]);
        return column;
    }
    if (note && !detection.ambiguity.isEmpty())
        *note = QStringLiteral("column \"%1\": %2").arg(name, detection.ambiguity);
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
                      CRUCIBLE_MESSAGE("column \"%1\": %2 is beyond what a 32-bit float holds (about ±3.4e38) or "
                                       "infinite; correct it, or read such values as missing (data import "
                                       "--out-of-range missing)")
                          .arg(names.value(qsizetype(i)), QString::fromUtf8(builder.outOfRangeText)),
                      location(path, builder.outOfRangeLine, qint64(i) + 1)};
    }
    return Ok {};
}

Status checkNotNumbers(const QString& path, Dataset& dataset, const CsvOptions& options)
{
    if (options.notNumbers == CsvOptions::NotNumbers::Text)
        return Ok {};
    for (size_t c = 0; c < dataset.columns.size(); ++c) {
        Column& column = dataset.columns[c];
        if (column.type != ColumnType::Categorical && column.type != ColumnType::Text)
            continue;
        std::vector<float> numberOf(size_t(column.categories.size()), std::numeric_limits<float>::quiet_NaN());
        std::vector<bool> isNumber(size_t(column.categories.size()), false);
        for (qsizetype k = 0; k < column.categories.size(); ++k) {
            const QByteArray label = column.categories[k].toUtf8();
            float value = 0;
            isNumber[size_t(k)] =
                parseNumber(std::string_view(label.constData(), size_t(label.size())), &value) == NumberParse::Number;
            numberOf[size_t(k)] = value;
        }
        qint64 numbers = 0;
        qint64 others = 0;
        qint64 firstOther = -1;
        for (size_t row = 0; row < column.codes.size(); ++row) {
            const std::int32_t code = column.codes[row];
            if (code < 0)
                continue;
            if (isNumber[size_t(code)]) {
                ++numbers;
            } else {
                ++others;
                if (firstOther < 0)
                    firstOther = qint64(row);
            }
        }
        if (numbers < 10 || others * 20 > numbers + others) // not a column of numbers
            continue;
        if (options.notNumbers == CsvOptions::NotNumbers::Error) {
            const QString example = column.categories[column.codes[size_t(firstOther)]].left(40);
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("column \"%1\" holds numbers but for %2 value(s) such as \"%3\" in row %4; "
                                           "correct them, read them as missing (data import --not-numbers missing) or "
                                           "keep the column as text (--not-numbers text)")
                              .arg(column.name)
                              .arg(others)
                              .arg(example)
                              .arg(firstOther + 1),
                          CRUCIBLE_MESSAGE("%1: row %2, column %3").arg(path).arg(firstOther + 1).arg(c + 1)};
        }
        std::vector<float> values(column.codes.size(), std::numeric_limits<float>::quiet_NaN());
        bool integral = true;
        for (size_t row = 0; row < column.codes.size(); ++row) {
            const std::int32_t code = column.codes[row];
            if (code < 0 || !isNumber[size_t(code)])
                continue;
            values[row] = numberOf[size_t(code)];
            integral = integral && values[row] == std::floor(values[row]) && std::fabs(values[row]) <= 16777216.0f;
        }
        column.type = integral ? ColumnType::Integer : ColumnType::Numeric;
        column.values = std::move(values);
        column.codes.clear();
        column.codes.shrink_to_fit();
        column.categories.clear();
    }
    return Ok {};
}

Dataset finishDataset(const QStringList& names, std::vector<ColumnBuilder>& builders, timestamps::DateOrder dates)
{
    Dataset dataset;
    dataset.kind = DatasetKind::Tabular;
    dataset.columns.reserve(builders.size());
    for (size_t i = 0; i < builders.size(); ++i) {
        QString note;
        dataset.columns.push_back(finishColumn(names[qsizetype(i)], builders[i], dates, &note));
        if (!note.isEmpty())
            dataset.notes << note;
    }
    return dataset;
}

} // namespace crucible::csv
