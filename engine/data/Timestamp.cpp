#include "Timestamp.h"

#include "engine/core/Message.h"

#include <cmath>
#include <string_view>

namespace crucible::timestamps {

namespace {

/// A date or time split into its fields, before day and month are told apart.
struct Fields {
    bool yearFirst = false;
    char separator = 0;
    int year = 0;
    int first = 0; ///< the month (year first), else the first of day and month
    int second = 0; ///< the day (year first), else the second of day and month
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
    int secondOfMinute = 0;
    int micro = 0;
    int meridiem = 0; ///< 0: 24-hour clock, 1: AM, 2: PM
    bool hasZone = false;
    int offsetMinutes = 0;
};

class Cursor {
public:
    explicit Cursor(std::string_view text) : m_text(text) { }

    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_at]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }
    /// A run of `least` to `most` digits as a number; -1 (and nothing taken) otherwise.
    int digits(size_t least, size_t most, size_t* count = nullptr)
    {
        size_t n = 0;
        int value = 0;
        while (m_at + n < m_text.size() && n < most + 1 && m_text[m_at + n] >= '0' && m_text[m_at + n] <= '9') {
            if (n < 9)
                value = value * 10 + (m_text[m_at + n] - '0');
            ++n;
        }
        if (n < least || n > most)
            return -1;
        m_at += n;
        if (count)
            *count = n;
        return value;
    }
    /// Takes `word` in any case.
    bool word(std::string_view word)
    {
        if (m_text.size() - m_at < word.size())
            return false;
        for (size_t i = 0; i < word.size(); ++i) {
            char c = m_text[m_at + i];
            if (c >= 'a' && c <= 'z')
                c = char(c - 'a' + 'A');
            if (c != word[i])
                return false;
        }
        m_at += word.size();
        return true;
    }

    size_t position() const { return m_at; }
    void rewind(size_t position) { m_at = position; }

private:
    std::string_view m_text;
    size_t m_at = 0;
};

bool isSeparator(char c)
{
    return c == '-' || c == '/' || c == '.';
}

bool readTime(Cursor& in, Fields& f)
{
    f.hour = in.digits(1, 2);
    if (f.hour < 0 || !in.take(':') || (f.minute = in.digits(2, 2)) < 0)
        return false;
    if (in.take(':')) {
        if ((f.secondOfMinute = in.digits(2, 2)) < 0)
            return false;
        if (in.take('.') || in.take(',')) {
            size_t count = 0;
            const int fraction = in.digits(1, 9, &count);
            if (fraction < 0)
                return false;
            // Microseconds: the first six digits, rounded by the seventh would be a guess; cut.
            int micro = fraction;
            for (size_t n = count; n < 6; ++n)
                micro *= 10;
            for (size_t n = count; n > 6; --n)
                micro /= 10;
            f.micro = micro;
        }
    }
    const size_t afterTime = in.position();
    in.take(' ');
    if (in.word("AM"))
        f.meridiem = 1;
    else if (in.word("PM"))
        f.meridiem = 2;
    else
        in.rewind(afterTime);
    if (in.atEnd())
        return true;
    in.take(' ');
    // A zone.
    f.hasZone = true;
    if (in.word("Z") || in.word("UTC") || in.word("GMT"))
        return in.atEnd();
    const char sign = in.peek();
    if (!in.take('+') && !in.take('-'))
        return false;
    size_t count = 0;
    const int hours = in.digits(2, 4, &count);
    if (hours < 0 || count == 3)
        return false;
    int minutes = 0;
    int wholeHours = hours;
    if (count == 4) {
        wholeHours = hours / 100;
        minutes = hours % 100;
    } else if (in.take(':')) {
        if ((minutes = in.digits(2, 2)) < 0)
            return false;
    }
    if (wholeHours * 60 + minutes > 14 * 60 || minutes > 59)
        return false;
    f.offsetMinutes = (sign == '-' ? -1 : 1) * (wholeHours * 60 + minutes);
    return in.atEnd();
}

std::optional<Fields> split(const QString& text)
{
    if (text.size() < 8 || text.size() > 48)
        return std::nullopt;
    const QByteArray latin = text.toLatin1();
    if (QString::fromLatin1(latin) != text)
        return std::nullopt;
    Cursor in(std::string_view(latin.constData(), size_t(latin.size())));
    Fields f;
    size_t count = 0;
    const int lead = in.digits(1, 4, &count);
    if (lead < 0 || count == 3)
        return std::nullopt;
    f.separator = in.peek();
    if (!isSeparator(f.separator))
        return std::nullopt;
    in.take(f.separator);
    f.yearFirst = count == 4;
    if (f.yearFirst) {
        f.year = lead;
        if ((f.first = in.digits(1, 2)) < 0 || !in.take(f.separator) || (f.second = in.digits(1, 2)) < 0)
            return std::nullopt;
    } else {
        f.first = lead;
        if ((f.second = in.digits(1, 2)) < 0 || !in.take(f.separator) || (f.year = in.digits(4, 4)) < 0)
            return std::nullopt;
    }
    if (in.atEnd())
        return f;
    if (!in.take('T') && !in.take(' '))
        return std::nullopt;
    while (in.take(' ')) { } // aligned columns: 2024-03-01  9:30
    f.hasTime = true;
    if (!readTime(in, f))
        return std::nullopt;
    return f;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

std::optional<DateOrder> dateOrderFromName(const QString& name)
{
    for (DateOrder order : {DateOrder::Auto, DateOrder::DayFirst, DateOrder::MonthFirst, DateOrder::Off}) {
        if (name == dateOrderName(order))
            return order;
    }
    return std::nullopt;
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Auto:
        return QStringLiteral("auto");
    case DateOrder::DayFirst:
        return QStringLiteral("day-first");
    case DateOrder::MonthFirst:
        return QStringLiteral("month-first");
    case DateOrder::Off:
        break;
    }
    return QStringLiteral("off");
}

std::optional<std::int64_t> fromCivil(int year, int month, int day, int hour, int minute, int second, int micro)
{
    static constexpr int kDaysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59 || micro < 0 || micro > 999999)
        return std::nullopt;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDaysIn[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    // Days since 1970-01-01 in the proleptic Gregorian calendar, counting years from March so
    // that the leap day comes last.
    const std::int64_t y = std::int64_t(year) - (month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yearOfEra = y - era * 400;
    const std::int64_t dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    const std::int64_t days = era * 146097 + dayOfEra - 719468;
    return days * kMicrosPerDay + ((std::int64_t(hour) * 60 + minute) * 60 + second) * 1000000 + micro;
}

QString format(std::int64_t micros, ColumnType type)
{
    if (micros == kMissingTime)
        return {};
    const std::int64_t days = floorDiv(micros, kMicrosPerDay);
    std::int64_t rest = micros - days * kMicrosPerDay;
    // The civil date of a day number (the inverse of fromCivil).
    const std::int64_t z = days + 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t dayOfEra = z - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    const std::int64_t day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    QString text = QStringLiteral("%1-%2-%3")
                       .arg(year, 4, 10, QLatin1Char('0'))
                       .arg(month, 2, 10, QLatin1Char('0'))
                       .arg(day, 2, 10, QLatin1Char('0'));
    if (type == ColumnType::Date)
        return text;
    const std::int64_t micro = rest % 1000000;
    rest /= 1000000;
    text += QStringLiteral(" %1:%2:%3")
                .arg(rest / 3600, 2, 10, QLatin1Char('0'))
                .arg(rest / 60 % 60, 2, 10, QLatin1Char('0'))
                .arg(rest % 60, 2, 10, QLatin1Char('0'));
    if (micro != 0) {
        QString fraction = QStringLiteral("%1").arg(micro, 6, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    if (type == ColumnType::TimestampUtc)
        text += QLatin1Char('Z');
    return text;
}

QString formatDays(double days, ColumnType type)
{
    if (!std::isfinite(days) || std::fabs(days) > 4.0e6)
        return {};
    // To the millisecond, cut (never into the next second, day or year): a day count in a double
    // is good to about half a microsecond.
    const auto millis = std::int64_t(std::floor(days * 86400000.0 + 5e-4));
    return format(millis * 1000, type);
}

Detection detect(const QStringList& texts, DateOrder order)
{
    Detection result;
    if (order == DateOrder::Off || texts.isEmpty())
        return result;
    std::vector<Fields> fields;
    fields.reserve(size_t(texts.size()));
    bool firstAbove12 = false;
    bool secondAbove12 = false;
    bool anyTime = false;
    qsizetype example = -1;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        std::optional<Fields> f = split(texts[i]);
        if (!f)
            return result;
        if (!fields.empty()
            && (f->yearFirst != fields.front().yearFirst || f->separator != fields.front().separator
                || f->hasZone != fields.front().hasZone))
            return result;
        firstAbove12 = firstAbove12 || f->first > 12;
        secondAbove12 = secondAbove12 || f->second > 12;
        anyTime = anyTime || f->hasTime;
        if (example < 0 && !f->yearFirst && f->first != f->second)
            example = i;
        fields.push_back(*f);
    }
    DateOrder resolved = DateOrder::Auto;
    if (!fields.front().yearFirst) {
        resolved = order;
        if (order == DateOrder::Auto) {
            if (firstAbove12 && secondAbove12)
                return result;
            if (firstAbove12 || (!secondAbove12 && fields.front().separator == '.'))
                resolved = DateOrder::DayFirst;
            else if (secondAbove12)
                resolved = DateOrder::MonthFirst;
        }
        if (resolved == DateOrder::Auto) {
            const QString text = texts[example < 0 ? 0 : example];
            result.ambiguity = CRUCIBLE_MESSAGE("dates such as %1 could be day first or month first; choose "
                                                "which to read them as dates")
                                   .arg(text);
            return result;
        }
    }
    DetectedTimes times;
    times.order = resolved;
    times.type = fields.front().hasZone ? ColumnType::TimestampUtc : anyTime ? ColumnType::Timestamp : ColumnType::Date;
    times.times.reserve(fields.size());
    for (const Fields& f : fields) {
        const int month = f.yearFirst || resolved == DateOrder::MonthFirst ? f.first : f.second;
        const int day = f.yearFirst || resolved == DateOrder::MonthFirst ? f.second : f.first;
        int hour = f.hour;
        if (f.meridiem != 0) {
            if (hour < 1 || hour > 12)
                return result;
            hour = hour % 12 + (f.meridiem == 2 ? 12 : 0);
        }
        const std::optional<std::int64_t> micros =
            fromCivil(f.year, month, day, hour, f.minute, f.secondOfMinute, f.micro);
        if (!micros)
            return result; // a date that does not exist (2024-02-30): the column is text

        // In UTC, still within the years 1 to 9999 (0001-01-01T00:00+01:00 is not).
        const std::int64_t utc = *micros - std::int64_t(f.offsetMinutes) * 60 * 1000000;
        static const std::int64_t first = *fromCivil(1, 1, 1);
        static const std::int64_t last = *fromCivil(9999, 12, 31, 23, 59, 59, 999999);
        if (utc < first || utc > last)
            return result;
        times.times.push_back(utc);
    }
    result.times = std::move(times);
    return result;
}

} // namespace crucible::timestamps
