#pragma once

#include "engine/data/Dataset.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

/// Dates and times in delimited files: which texts are ones, and how they are stored and printed.
///
/// A time is kept exactly as microseconds since 1970-01-01 00:00 (kMissingTime when missing).
/// Wall-clock times without a zone ("2024-03-01 12:30") are kept as written, in no zone; times
/// with one ("...Z", "...+01:00") are converted to UTC. Forms read:
///   2024-03-01, 2024/03/01, 2024.03.01 (year first)
///   01/03/2024, 01.03.2024, 01-03-2024 (day or month first; one or two digits each)
/// each optionally followed by "T" or a space and a time: 12:30, 12:30:15, 12:30:15.250 (up to
/// nine digits, "." or ","), then optionally AM/PM and a zone (Z, UTC, +01, +0100, +01:00).
namespace crucible::timestamps {

constexpr std::int64_t kMissingTime = INT64_MIN;
constexpr std::int64_t kMicrosPerDay = std::int64_t(86400) * 1000000;

/// How a date with the day and month both first (03/04/2024) is read.
enum class DateOrder {
    Auto, ///< year first always; otherwise as the column's values show (a first field above 12 is a day),
          ///< day first with points (03.04.2024); a column that does not show it stays text
    DayFirst, ///< 03/04/2024 is 3 April
    MonthFirst, ///< 03/04/2024 is 4 March
    Off, ///< no column is read as dates
};

/// "auto", "day-first", "month-first", "off"; nullopt for anything else.
std::optional<DateOrder> dateOrderFromName(const QString& name);
QString dateOrderName(DateOrder order);

/// The column that a set of distinct texts makes, when every one is a date or time in one form.
struct DetectedTimes {
    ColumnType type = ColumnType::Date; ///< Date, Timestamp or TimestampUtc
    std::vector<std::int64_t> times; ///< one per text, in the order given
    DateOrder order = DateOrder::Auto; ///< how day and month were read: Auto for year first
};

/// Why a set of texts that look like dates was not read as dates, when the reason is the order
/// of day and month ("03/04/2024 could be 3 April or 4 March"); empty otherwise.
struct Detection {
    std::optional<DetectedTimes> times;
    QString ambiguity;
};

/// Reads `texts` (a column's distinct non-missing values) as dates or times, all in one form
/// (one separator, one order, zones on all or none). Thread: any.
Detection detect(const QStringList& texts, DateOrder order);

/// The text of `micros` as the column prints it: 2024-03-01, 2024-03-01 12:30:00(.25), and a
/// trailing Z for UTC.
QString format(std::int64_t micros, ColumnType type);

/// A count of days since 1970-01-01 (a profile's minimum, mean or quantile of a time column) as
/// the column prints it, to the millisecond (cut); empty when not finite.
QString formatDays(double days, ColumnType type);

/// Days since 1970-01-01 (fractional for times): what a model takes for a time.
inline double days(std::int64_t micros)
{
    return double(micros / kMicrosPerDay) + double(micros % kMicrosPerDay) / double(kMicrosPerDay);
}

/// Microseconds since 1970-01-01 of a civil date and time; nullopt when the date does not exist.
std::optional<std::int64_t> fromCivil(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
                                      int micro = 0);

} // namespace crucible::timestamps
