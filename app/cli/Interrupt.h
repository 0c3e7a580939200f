#pragma once

namespace crucible::cli {

/// The signal (SIGINT from Ctrl+C, SIGTERM from kill, systemd or a batch scheduler) that asked
/// long work to stop, or 0 while none did.
int interruptSignal();

/// Installs the SIGINT and SIGTERM handlers for the lifetime of long work (training, a pipeline):
/// both only record the signal, and the work stops cleanly where it next looks (after the current
/// step, with a checkpoint; the run recorded "stopped"). Restores the previous handlers.
class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previousInt)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
};

/// For a server's lifetime: SIGINT and SIGTERM go into a pipe (async-signal-safe), and wait()
/// blocks until one arrives and returns it, so that the server drains in order on the main
/// thread. Restores the previous handlers when destroyed.
class StopSignalWait {
public:
    StopSignalWait();
    ~StopSignalWait();
    StopSignalWait(const StopSignalWait&) = delete;
    StopSignalWait& operator=(const StopSignalWait&) = delete;

    /// False when the pipe could not be made (then wait() returns at once with 0).
    bool isReady() const;
    /// The signal that arrived (SIGINT or SIGTERM).
    int wait();
};

} // namespace crucible::cli
