#include "Interrupt.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace crucible::cli {

namespace {

std::atomic<int> g_interrupted {0};

extern "C" void onInterrupt(int signal)
{
    g_interrupted.store(signal);
}

/// Written by the signal handler, read by the waiting thread: the self-pipe of StopSignalWait.
int g_signalPipe[2] = {-1, -1};
struct sigaction g_oldInt { };
struct sigaction g_oldTerm { };

extern "C" void onStopSignal(int signal)
{
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
    errno = saved;
}

} // namespace

StopSignalWait::StopSignalWait()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC) != 0) {
        g_signalPipe[0] = g_signalPipe[1] = -1;
        return;
    }
    struct sigaction action { };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &g_oldInt);
    ::sigaction(SIGTERM, &action, &g_oldTerm);
}

StopSignalWait::~StopSignalWait()
{
    if (!isReady())
        return;
    ::sigaction(SIGINT, &g_oldInt, nullptr);
    ::sigaction(SIGTERM, &g_oldTerm, nullptr);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    g_signalPipe[0] = g_signalPipe[1] = -1;
}

bool StopSignalWait::isReady() const
{
    return g_signalPipe[0] >= 0;
}

int StopSignalWait::wait()
{
    if (!isReady())
        return 0;
    unsigned char received = 0;
    while (::read(g_signalPipe[0], &received, 1) < 0 && errno == EINTR) { }
    return received;
}

int interruptSignal()
{
    return g_interrupted.load();
}

InterruptGuard::InterruptGuard()
{
    g_interrupted = 0;
    m_previousInt = std::signal(SIGINT, onInterrupt);
    m_previousTerm = std::signal(SIGTERM, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previousInt);
    std::signal(SIGTERM, m_previousTerm);
}

} // namespace crucible::cli
