#pragma once

#include <QIODevice>

namespace crucible::cli {

/// What the CLI prints goes through this device on its way to a file descriptor: control
/// characters that a terminal would act on (ESC and the rest of C0 but tab and line feed, DEL, and
/// the C1 controls U+0080..U+009F, CSI among them) and the format characters that reorder or hide
/// text (bidirectional overrides and isolates such as U+202E, zero-width characters, line and
/// paragraph separators, the BOM) are written as the six characters \uXXXX instead. Names, model cards and messages may
/// come from a hostile bundle; they cannot move the cursor, retitle the window or hide text. In JSON the replacement is
/// the same escape the document would use, so --json output stays valid and means the same. Thread: one thread at a
/// time.
class TerminalSafeDevice : public QIODevice {
public:
    /// Writes to `fd` (not closed here). `allowCarriageReturn` for standard error, where the
    /// progress bar redraws its line.
    TerminalSafeDevice(int fd, bool allowCarriageReturn);
    ~TerminalSafeDevice() override;

    /// The errno of the first write that failed (a full disk, a closed pipe), or 0.
    int writeError() const { return m_writeError; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    /// The bytes `data` become (the start of a UTF-8 sequence at the end is held back until the
    /// next call).
    QByteArray filter(const QByteArray& data);

    int m_fd;
    bool m_allowCarriageReturn;
    QByteArray m_pending; ///< the start of a UTF-8 sequence that may be one to escape
    int m_writeError = 0;
};

} // namespace crucible::cli
