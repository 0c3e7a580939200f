#include "TerminalSafe.h"

#include <cerrno>
#include <unistd.h>

namespace crucible::cli {

namespace {

void appendEscape(QByteArray& out, unsigned code)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\u00";
    out += digits[(code >> 4) & 0xf];
    out += digits[code & 0xf];
}

} // namespace

TerminalSafeDevice::TerminalSafeDevice(int fd, bool allowCarriageReturn)
    : m_fd(fd), m_allowCarriageReturn(allowCarriageReturn)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::~TerminalSafeDevice()
{
    if (m_pendingLead) {
        m_pendingLead = false; // nothing followed the lead byte: pass it on
        const char lead = char(0xc2);
        (void)::write(m_fd, &lead, 1);
    }
}

QByteArray TerminalSafeDevice::filter(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size());
    for (const char byte : data) {
        const auto c = static_cast<unsigned char>(byte);
        if (m_pendingLead) {
            m_pendingLead = false;
            if (c >= 0x80 && c <= 0x9f) { // U+0080..U+009F, a C1 control
                appendEscape(out, c);
                continue;
            }
            out += char(0xc2);
        }
        if (c == 0xc2) {
            m_pendingLead = true;
            continue;
        }
        const bool control = c < 0x20 || c == 0x7f;
        if (control && c != '\n' && c != '\t' && !(c == '\r' && m_allowCarriageReturn)) {
            appendEscape(out, c);
            continue;
        }
        out += byte;
    }
    return out;
}

qint64 TerminalSafeDevice::readData(char*, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char* data, qint64 size)
{
    const QByteArray safe = filter(QByteArray::fromRawData(data, qsizetype(size)));
    qint64 written = 0;
    while (written < safe.size()) {
        const ssize_t n = ::write(m_fd, safe.constData() + written, size_t(safe.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        written += n;
    }
    return size;
}

} // namespace crucible::cli
