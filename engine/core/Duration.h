#pragma once

#include <QLocale>
#include <QString>

namespace crucible {

/// How a duration reads; one helper for every place that shows one.
enum class DurationStyle {
    Clock, ///< "0:45", "1:05", "1:02:03" (whole seconds): progress and time left
    Table, ///< "4.2 s" under a minute, then as Clock: how long a run took, in tables
    Units, ///< "45s", "4.2s", "1m 05s", "1h 02m", "2d 3h": chart axes and the CLI; "-1m 05s" before zero
};

/// `seconds` in `style`. Clock and Table show a negative duration (not known yet) as an empty
/// string; Units signs it. `locale` writes Table's decimal ("4,2 s" in German); the CLI keeps C.
/// Thread: any.
QString formatDuration(double seconds, DurationStyle style, const QLocale& locale = QLocale::c());

} // namespace crucible
