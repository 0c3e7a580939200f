#pragma once

// Screenshots that GUI tests leave for a person to look at: build/tests/screens/NAME.png.
#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace crucible::test {

/// Renders `widget` (after pending events) into screens/NAME.png beside the test program.
inline void saveScreen(QWidget* widget, const QString& name)
{
    const QString folder = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screens"));
    QDir().mkpath(folder);
    QCoreApplication::sendPostedEvents();
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace crucible::test
