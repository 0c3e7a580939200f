#pragma once

#include "engine/core/Error.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace crucible {

/// A file a command writes where the user said: "-" is standard output; a device node, FIFO or
/// socket is written as it is (never replaced by a regular file); a regular file is written beside
/// and renamed into place on commit(), so a failure leaves what was there. A path that names one of
/// the command's inputs (the same file through any name or link) is refused before anything is
/// written. Thread: one thread at a time.
class OutputFile {
public:
    OutputFile();
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// Opens `path` for writing; `inputs` are the files (or folders' files) the command reads;
    /// no file that already exists inside a folder of `keepOut` (the workspace, its registry) is
    /// written, by any name or link.
    Status open(const QString& path, const QStringList& inputs = {}, const QStringList& keepOut = {});
    Status write(const QByteArray& bytes);
    /// Finishes: renames a regular file into place, flushes the others.
    Status commit();
    /// True for "-".
    bool isStandardOutput() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The permissions a new file gets from this process's umask (0666 & ~umask: usually rw-r--r--).
/// Files made through QTemporaryFile are 0600; give them these before they become the real file,
/// so that a registry shared by a team is readable as the umask intends. Thread: any.
QFileDevice::Permissions defaultFilePermissions();

/// The file descriptor that "-" writes to: 1 unless the front end moved standard output (the CLI
/// keeps its real standard output for its own document and points descriptor 1, where libraries
/// print, at standard error). Thread: set once at start-up, before any OutputFile opens "-".
void setStandardOutputDescriptor(int fd);
int standardOutputDescriptor();

} // namespace crucible
