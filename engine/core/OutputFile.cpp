#include "OutputFile.h"

#include "engine/core/Message.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

#include <atomic>

namespace crucible {

namespace {

bool sameFile(const struct stat& a, const QString& path)
{
    struct stat b { };
    return ::stat(QFile::encodeName(path).constData(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

Error ioError(const QString& path, const QString& what)
{
    return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write: %1; is the disk full?").arg(what), path};
}

} // namespace

struct OutputFile::Impl {
    QString path;
    std::unique_ptr<QSaveFile> atomic; ///< a regular file
    std::unique_ptr<QFile> direct; ///< standard output, a device, a FIFO
};

OutputFile::OutputFile() : m_impl(std::make_unique<Impl>())
{ }
OutputFile::~OutputFile() = default;

bool OutputFile::isStandardOutput() const
{
    return m_impl->path == QLatin1String("-");
}

Status OutputFile::open(const QString& path, const QStringList& inputs, const QStringList& keepOut)
{
    m_impl->path = path;
    if (path == QLatin1String("-")) {
        m_impl->direct = std::make_unique<QFile>();
        if (!m_impl->direct->open(standardOutputDescriptor(), QIODevice::WriteOnly))
            return ioError(CRUCIBLE_MESSAGE("standard output"), m_impl->direct->errorString());
        return Ok {};
    }
    struct stat target { };
    const bool exists = ::stat(QFile::encodeName(path).constData(), &target) == 0;
    if (exists && S_ISDIR(target.st_mode))
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the output is a folder: name a file"), path};
    // Where the output is inside `folder`: by its real path, or by the path given (through a
    // linked sub-folder); empty when it is not.
    const QString output = exists ? QFileInfo(path).canonicalFilePath() : QString();
    const QString given = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const auto insideOf = [&](const QString& folder) {
        const QString real = QFileInfo(folder).canonicalFilePath();
        if (!real.isEmpty() && output.startsWith(real + QLatin1Char('/')))
            return output;
        return given.startsWith(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) + QLatin1Char('/')) ? given
                                                                                                          : QString();
    };
    if (exists) {
        for (const QString& input : inputs) {
            bool clash = sameFile(target, input);
            QString inside; // the file of a folder that the output is
            // A folder's files: walked only where the output lies inside it or has other names
            // (hard links), the only ways it can be one of them.
            if (!clash && QFileInfo(input).isDir() && (target.st_nlink > 1 || !insideOf(input).isEmpty())) {
                QDirIterator it(input, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
                while (!clash && it.hasNext()) {
                    inside = it.next();
                    clash = sameFile(target, inside);
                }
            }
            if (clash && !inside.isEmpty())
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("the output is %1, a file inside %2, which this command reads: "
                                               "writing would destroy it; name another file")
                                  .arg(inside, input),
                              path};
            if (clash)
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("the output is the input %1: writing would destroy it; name another "
                                               "file")
                                  .arg(input),
                              path};
        }
        for (const QString& folder : keepOut) {
            if (const QString inside = insideOf(folder); !inside.isEmpty())
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("the output is %1, a file of %2, which holds Crucible's own data: "
                                               "writing would destroy it; name a file outside it")
                                  .arg(inside, folder),
                              path};
        }
    }
    if (exists && !S_ISREG(target.st_mode)) { // a device, FIFO or socket: write into it, never replace it
        m_impl->direct = std::make_unique<QFile>(path);
        if (!m_impl->direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return ioError(path, m_impl->direct->errorString());
        return Ok {};
    }
    m_impl->atomic = std::make_unique<QSaveFile>(path);
    if (!m_impl->atomic->open(QIODevice::WriteOnly))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write: %1").arg(m_impl->atomic->errorString()), path};
    return Ok {};
}

Status OutputFile::write(const QByteArray& bytes)
{
    QIODevice* device = m_impl->atomic ? static_cast<QIODevice*>(m_impl->atomic.get()) : m_impl->direct.get();
    if (!device || device->write(bytes) != bytes.size())
        return ioError(m_impl->path, device ? device->errorString() : CRUCIBLE_MESSAGE("not open"));
    return Ok {};
}

Status OutputFile::commit()
{
    if (m_impl->atomic) {
        if (!m_impl->atomic->commit())
            return ioError(m_impl->path, m_impl->atomic->errorString());
        return Ok {};
    }
    if (!m_impl->direct || !m_impl->direct->flush())
        return ioError(m_impl->path, m_impl->direct ? m_impl->direct->errorString() : CRUCIBLE_MESSAGE("not open"));
    return Ok {};
}

QFileDevice::Permissions defaultFilePermissions()
{
    // umask() can only be read by setting it, which races with other threads; Linux shows it here.
    unsigned mask = 022;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const unsigned parsed = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    mask = parsed;
                break;
            }
        }
    }
    const unsigned mode = 0666u & ~mask;
    QFileDevice::Permissions permissions;
    const QList<QPair<unsigned, QFileDevice::Permission>> bits {
        {0400u, QFileDevice::ReadOwner},  {0200u, QFileDevice::WriteOwner}, {0040u, QFileDevice::ReadGroup},
        {0020u, QFileDevice::WriteGroup}, {0004u, QFileDevice::ReadOther},  {0002u, QFileDevice::WriteOther}};
    for (const auto& [bit, permission] : bits) {
        if (mode & bit)
            permissions |= permission;
    }
    if (permissions & QFileDevice::ReadOwner)
        permissions |= QFileDevice::ReadUser;
    if (permissions & QFileDevice::WriteOwner)
        permissions |= QFileDevice::WriteUser;
    return permissions;
}

namespace {
std::atomic<int> g_standardOutput {1};
} // namespace

void setStandardOutputDescriptor(int fd)
{
    g_standardOutput = fd;
}

int standardOutputDescriptor()
{
    return g_standardOutput.load();
}

} // namespace crucible
