#pragma once

// Shared by the libFuzzer targets: a Qt application object (some readers use the thread pool or
// QImage plugins) and a scratch file per process for readers that take a path.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace crucible::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "crucible-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

/// A folder of this process's own under the temporary folder.
inline QString scratchFolder()
{
    static const QString folder = [] {
        const QString path = QDir::temp().filePath(QStringLiteral("crucible-fuzz-%1").arg(::getpid()));
        QDir().mkpath(path);
        return path;
    }();
    return folder;
}

/// Writes the input to `name` in the scratch folder and returns its path.
inline QString writeInput(const QString& name, const std::uint8_t* data, std::size_t size)
{
    const QString path = QDir(scratchFolder()).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

} // namespace crucible::fuzz
