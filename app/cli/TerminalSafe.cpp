#include "TerminalSafe.h"

#include "engine/core/VisibleText.h"

#include <cerrno>
#include <unistd.h>

namespace crucible::cli {

namespace {

void appendEscape(QByteArray& out, unsigned code)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\u";
    out += digits[(code >> 12) & 0xf];
    out += digits[(code >> 8) & 0xf];
    out += digits[(code >> 4) & 0xf];
    out += digits[code & 0xf];
}

/// How many bytes the UTF-8 sequence led by `lead` holds, for the leads that can start a
/// character this filter escapes (C2: C1 controls; E2, EF: format characters); 0 otherwise.
int sequenceLength(unsigned char lead)
{
    return lead == 0xc2 ? 2 : (lead == 0xe2 || lead == 0xef) ? 3 : 0;
}

} // namespace

TerminalSafeDevice::TerminalSafeDevice(int fd, bool allowCarriageReturn)
    : m_fd(fd), m_allowCarriageReturn(allowCarriageReturn)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::~TerminalSafeDevice()
{
    if (!m_pending.isEmpty()) { // nothing completed the sequence: pass its bytes on
        (void)::write(m_fd, m_pending.constData(), size_t(m_pending.size()));
        m_pending.clear();
    }
}

QByteArray TerminalSafeDevice::filter(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size());
    for (const char byte : data) {
        const auto c = static_cast<unsigned char>(byte);
        if (!m_pending.isEmpty()) {
            if ((c & 0xc0) != 0x80) {
                out += m_pending; // not a continuation: the held bytes were not such a character
                m_pending.clear();
            } else {
                m_pending += byte;
                const auto lead = static_cast<unsigned char>(m_pending.at(0));
                if (m_pending.size() < sequenceLength(lead))
                    continue;
                unsigned code = 0;
                if (lead == 0xc2)
                    code = c;
                else
                    code = ((lead & 0x0fu) << 12) | ((static_cast<unsigned char>(m_pending.at(1)) & 0x3fu) << 6)
                        | (c & 0x3fu);
                if ((code >= 0x80 && code <= 0x9f) || isHidingFormat(code))
                    appendEscape(out, code);
                else
                    out += m_pending;
                m_pending.clear();
                continue;
            }
        }
        if (sequenceLength(c) > 0) {
            m_pending += byte;
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
        if (n <= 0) {
            if (m_writeError == 0)
                m_writeError = n < 0 ? errno : EIO;
            return -1;
        }
        written += n;
    }
    return size;
}

} // namespace crucible::cli
