#include "engine/pipeline/Schedule.h"
#include "engine/core/Message.h"

#include <QStringList>
#include <QTimeZone>

namespace crucible {

namespace {

/// Sets the bits of one field ("*", "*/5", "1-5", "1,3,5", "mon-fri", "1-10/2") in `bits`
/// from `low` to `high`; names (jan.., sun..) when `names` is given.
template <size_t N>
bool parseField(const QString& text, int low, int high, const QStringList& names, std::bitset<N>& bits,
                QString* problem, const QString& field)
{
    const auto value = [&](const QString& word, int* out) {
        bool ok = false;
        int number = word.toInt(&ok);
        if (!ok && !names.isEmpty()) {
            const qsizetype at = names.indexOf(word.toLower());
            if (at >= 0) {
                number = int(at) + low;
                ok = true;
            }
        }
        if (!ok || number < low || number > high)
            return false;
        *out = number;
        return true;
    };
    for (const QString& part : text.split(QLatin1Char(','))) {
        QString range = part;
        int step = 1;
        if (const qsizetype slash = part.indexOf(QLatin1Char('/')); slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1) {
                if (problem)
                    *problem =
                        CRUCIBLE_MESSAGE("%1 field '%2': the step after '/' is a positive number").arg(field, text);
                return false;
            }
            range = part.left(slash);
        }
        int first = low;
        int last = high;
        if (range != QLatin1String("*")) {
            const QStringList ends = range.split(QLatin1Char('-'));
            if (ends.size() > 2 || !value(ends[0], &first) || !value(ends.back(), &last) || first > last) {
                if (problem)
                    *problem = CRUCIBLE_MESSAGE("%1 field '%2': '%3' is not a value or range from %4 to %5")
                                   .arg(field, text, range)
                                   .arg(low)
                                   .arg(high);
                return false;
            }
            if (ends.size() == 1 && part.contains(QLatin1Char('/')))
                last = high; // "5/15": from 5 on, every 15
        }
        for (int v = first; v <= last; v += step)
            bits.set(size_t(v == 7 && N == 7 ? 0 : v));
    }
    return true;
}

} // namespace

std::optional<Schedule> Schedule::parse(const QString& input, QString* problem)
{
    QString text = input.simplified();
    static const QList<QPair<QString, QString>> macros {
        {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},
        {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")},
    };
    QString expanded = text;
    for (const auto& [macro, fields] : macros) {
        if (text == macro)
            expanded = fields;
    }
    const QStringList fields = expanded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        if (problem)
            *problem = CRUCIBLE_MESSAGE("'%1' is not a cron schedule: five fields (minute hour day month weekday, "
                                        "such as \"0 3 * * *\" for 03:00 daily) or @hourly, @daily, @weekly, @monthly")
                           .arg(input.left(80));
        return std::nullopt;
    }
    static const QStringList months {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                     QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                     QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                     QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList weekdays {QStringLiteral("sun"), QStringLiteral("mon"), QStringLiteral("tue"),
                                       QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("fri"),
                                       QStringLiteral("sat")};
    Schedule schedule;
    schedule.m_text = text;
    std::bitset<8> weekdayBits;
    if (!parseField(fields[0], 0, 59, {}, schedule.m_minutes, problem, QStringLiteral("minute"))
        || !parseField(fields[1], 0, 23, {}, schedule.m_hours, problem, QStringLiteral("hour"))
        || !parseField(fields[2], 1, 31, {}, schedule.m_days, problem, QStringLiteral("day-of-month"))
        || !parseField(fields[3], 1, 12, months, schedule.m_months, problem, QStringLiteral("month"))
        || !parseField(fields[4], 0, 7, weekdays, weekdayBits, problem, QStringLiteral("day-of-week")))
        return std::nullopt;
    for (size_t d = 0; d < 7; ++d)
        schedule.m_weekdays[d] = weekdayBits[d] || (d == 0 && weekdayBits[7]);
    schedule.m_anyDay = fields[2].startsWith(QLatin1Char('*'));
    schedule.m_anyWeekday = fields[4].startsWith(QLatin1Char('*'));
    return schedule;
}

bool Schedule::dayMatches(const QDate& date) const
{
    if (!m_months[size_t(date.month())])
        return false;
    const bool day = m_days[size_t(date.day())];
    const bool weekday = m_weekdays[size_t(date.dayOfWeek() % 7)];
    if (m_anyDay && m_anyWeekday)
        return true;
    if (m_anyDay)
        return weekday;
    if (m_anyWeekday)
        return day;
    return day || weekday;
}

bool Schedule::matches(const QDateTime& time) const
{
    const QTime clock = time.time();
    return m_minutes[size_t(clock.minute())] && m_hours[size_t(clock.hour())] && dayMatches(time.date());
}

QDateTime Schedule::next(const QDateTime& after) const
{
    QDateTime time = after.addSecs(60 - after.time().second());
    time.setTime(QTime(time.time().hour(), time.time().minute()));
    const QDateTime limit = after.addYears(5);
    while (time <= limit) {
        const QDate date = time.date();
        if (!dayMatches(date)) { // on to the next day's midnight
            time = QDateTime(date.addDays(1), QTime(0, 0), time.timeZone());
            continue;
        }
        if (!m_hours[size_t(time.time().hour())]) {
            time = time.addSecs(3600 - time.time().minute() * 60);
            continue;
        }
        if (matches(time))
            return time;
        time = time.addSecs(60);
    }
    return {};
}

} // namespace crucible
