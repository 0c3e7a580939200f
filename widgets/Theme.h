#pragma once

#include <QString>

class QApplication;

namespace crucible {

/// The application's colour theme. Thread: GUI.
enum class Theme { System, Light, Dark };

namespace theme {
/// "system", "light" or "dark" (settings keys and CLI values; not translated).
QString toKey(Theme theme);
Theme fromKey(const QString& key);
/// Applies the theme to the whole application (Fusion style with a light or dark palette;
/// System keeps the platform's style and palette).
void apply(Theme theme);
/// True when the palette in force is dark (text lighter than the window).
bool isDark();
} // namespace theme

} // namespace crucible
