#pragma once

#include <QLocale>

namespace crucible {

/// Installs Qt's own and Crucible's translations for `locale`, replacing any installed before.
/// Returns true when Crucible's catalogue for that language was found (English has one that
/// holds only plural forms: "1 run", "2 runs"; the C locale uses the source texts). Numbers and
/// dates on every screen follow the same locale (QLocale's default): 1.234,5 in German.
/// Thread: GUI.
bool installTranslations(const QLocale& locale);

} // namespace crucible
