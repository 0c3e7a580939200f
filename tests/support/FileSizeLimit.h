#pragma once

#include <csignal>
#include <sys/resource.h>

namespace crucible::test {

/// A full disk for this process while it lives: files cannot grow past `bytes` (RLIMIT_FSIZE),
/// so a write beyond fails as on a full disk (EFBIG instead of ENOSPC, the same failed write),
/// and SIGXFSZ is ignored instead of killing the process. Restores both when destroyed.
/// Thread: process-wide; use from a test's main thread with no other test writing.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_original);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = m_original;
        limited.rlim_cur = bytes;
        m_isActive = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_original);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

    bool isActive() const { return m_isActive; }

private:
    struct rlimit m_original { };
    void (*m_previousHandler)(int) = nullptr;
    bool m_isActive = false;
};

} // namespace crucible::test
