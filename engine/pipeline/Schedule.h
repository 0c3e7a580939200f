#pragma once

#include <QDateTime>
#include <QString>

#include <bitset>
#include <optional>

namespace crucible {

/// A cron schedule: five fields (minute hour day-of-month month day-of-week) with *, lists,
/// ranges and steps ("*/15", "1-5", "0,30"), month and day names (jan, mon), or @hourly, @daily,
/// @midnight, @weekly, @monthly, @yearly. As in cron, when both day fields are restricted a day
/// matching either counts. Times are in the local time zone of the machine. Thread: value type.
class Schedule {
public:
    /// Parses `text`; on failure returns nothing and says why in `problem`.
    static std::optional<Schedule> parse(const QString& text, QString* problem = nullptr);

    /// The first whole minute strictly after `after` that matches; invalid when none within
    /// five years (such as 30 February).
    QDateTime next(const QDateTime& after) const;
    bool matches(const QDateTime& time) const;
    QString text() const { return m_text; }

private:
    bool dayMatches(const QDate& date) const;

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days; ///< 1..31
    std::bitset<13> m_months; ///< 1..12
    std::bitset<7> m_weekdays; ///< 0 = Sunday
    bool m_anyDay = true;
    bool m_anyWeekday = true;
};

} // namespace crucible
