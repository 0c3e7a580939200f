#include "Duration.h"

#include <cmath>

namespace crucible {

namespace {

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString clock(qint64 total)
{
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3").arg(total / 3600).arg(twoDigits(total / 60 % 60), twoDigits(total % 60));
    return QStringLiteral("%1:%2").arg(total / 60).arg(twoDigits(total % 60));
}

QString units(double seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    const double magnitude = std::abs(seconds);
    if (magnitude < 59.95) {
        const double tenths = std::round(magnitude * 10) / 10;
        const bool whole = tenths == std::floor(tenths);
        return sign + QStringLiteral("%1s").arg(tenths, 0, 'f', whole ? 0 : 1);
    }
    const auto total = qint64(std::llround(magnitude));
    const qint64 days = total / 86400;
    const qint64 hours = total % 86400 / 3600;
    const qint64 minutes = total % 3600 / 60;
    const qint64 secs = total % 60;
    if (days > 0)
        return sign + QStringLiteral("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return sign + QStringLiteral("%1h %2m").arg(QString::number(hours), twoDigits(minutes));
    return sign + QStringLiteral("%1m %2s").arg(QString::number(minutes), twoDigits(secs));
}

} // namespace

QString formatDuration(double seconds, DurationStyle style, const QLocale& locale)
{
    if (!std::isfinite(seconds))
        return {};
    switch (style) {
    case DurationStyle::Units:
        return units(seconds);
    case DurationStyle::Table:
        if (seconds >= 0 && seconds < 59.95)
            return QStringLiteral("%1 s").arg(locale.toString(seconds, 'f', 1));
        [[fallthrough]];
    case DurationStyle::Clock:
        return seconds < 0 ? QString() : clock(qint64(std::llround(seconds)));
    }
    return {};
}

} // namespace crucible
