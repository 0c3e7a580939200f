#include "Interrupt.h"

#include <atomic>
#include <csignal>

namespace crucible::cli {

namespace {

std::atomic<int> g_interrupted {0};

extern "C" void onInterrupt(int signal)
{
    g_interrupted.store(signal);
}

} // namespace

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
