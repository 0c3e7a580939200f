#include "HostExchange.h"

#include "engine/core/Message.h"

#include <QFile>
#include <QSysInfo>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>
#include <new>
#include <random>

#include <fcntl.h>
#include <linux/futex.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

namespace crucible {

namespace {

/// The first page of the segment; the inputs follow it.
struct Header {
    std::uint64_t nonce;
    std::uint32_t ranks;
    /// Arrivals at barriers so far, over every rank (wrapping); barrier k is passed when it
    /// reaches k * ranks. A futex word, alone on its cache line.
    alignas(64) std::atomic<std::uint32_t> arrivals;
    /// Ranks sleeping in futex_wait on `arrivals`: an arriving rank wakes them only then.
    alignas(64) std::atomic<std::uint32_t> sleepers;
};
constexpr std::size_t kHeaderBytes = 4096;
static_assert(sizeof(Header) <= kHeaderBytes);
static_assert(std::atomic<std::uint32_t>::is_always_lock_free, "a futex word must be a plain 32-bit word");

/// Spinning this long before sleeping catches a peer that arrives a little later (the usual case
/// with one worker per core) without a system call.
constexpr auto kSpin = std::chrono::microseconds(100);
/// A sleeping rank wakes at least this often to look at its peers and the clock.
constexpr long kSleepNanoseconds = 5'000'000;

Header* headerOf(void* base)
{
    return static_cast<Header*>(base);
}

void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

std::size_t roundUp(std::size_t bytes)
{
    return (bytes + 63) / 64 * 64;
}

std::size_t segmentSize(int ranks, std::size_t bytesPerRank)
{
    return kHeaderBytes + 2 * std::size_t(ranks) * roundUp(bytesPerRank);
}

QString linkTarget(const char* path)
{
    char buffer[256] = {};
    const ssize_t length = ::readlink(path, buffer, sizeof(buffer) - 1);
    return length > 0 ? QString::fromLocal8Bit(buffer, qsizetype(length)) : QString();
}

/// Sums `others` into `own`, element by element, in blocks the compiler vectorises.
template <typename T> void addInto(T* __restrict own, const T* __restrict other, std::size_t count)
{
    constexpr std::size_t kBlock = 16;
    std::size_t i = 0;
    for (; i + kBlock <= count; i += kBlock)
        for (std::size_t j = 0; j < kBlock; ++j)
            own[i + j] += other[i + j];
    for (; i < count; ++i)
        own[i] += other[i];
}

} // namespace

HostExchange::~HostExchange()
{
    for (const Watched& watched : m_watched)
        if (watched.fd >= 0)
            ::close(watched.fd);
    if (m_base != nullptr)
        ::munmap(m_base, m_size);
    unlinkName();
}

Result<std::unique_ptr<HostExchange>> HostExchange::create(int ranks, std::size_t bytesPerRank)
{
    std::unique_ptr<HostExchange> exchange(new HostExchange);
    exchange->m_rank = 0;
    exchange->m_ranks = ranks;
    exchange->m_bytesPerRank = roundUp(bytesPerRank);
    exchange->m_size = segmentSize(ranks, bytesPerRank);
    try {
        std::random_device entropy;
        exchange->m_nonce = (std::uint64_t(entropy()) << 32) ^ entropy();
    } catch (const std::exception&) {
        // no entropy source: the clock still tells this segment from an earlier one
    }
    exchange->m_nonce ^=
        std::uint64_t(std::chrono::steady_clock::now().time_since_epoch().count()) ^ (std::uint64_t(::getpid()) << 40);
    if (exchange->m_nonce == 0)
        exchange->m_nonce = 1;
    // tmpfs reserves what posix_fallocate asks even without a size limit: not more than it holds,
    // or than half the memory where it has no limit.
    struct statvfs space { };
    if (::statvfs("/dev/shm", &space) == 0) {
        const double pageBytes = double(::sysconf(_SC_PAGESIZE));
        const double available = space.f_blocks > 0 ? double(space.f_bavail) * double(space.f_frsize)
                                                    : double(::sysconf(_SC_PHYS_PAGES)) * pageBytes / 2;
        if (double(exchange->m_size) > available)
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("shared memory for the workers of this host cannot hold %1 MB: %2")
                              .arg(double(exchange->m_size) / 1e6, 0, 'f', 1)
                              .arg(systemError(ENOSPC)),
                          QStringLiteral("/dev/shm")};
    }
    exchange->m_name = QStringLiteral("/crucible-ddp-%1-%2")
                           .arg(::getpid())
                           .arg(exchange->m_nonce & 0xffffffffu, 8, 16, QLatin1Char('0'));
    const QByteArray name = exchange->m_name.toLocal8Bit();
    const int fd = ::shm_open(name.constData(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error {
            ErrorCode::Io,
            CRUCIBLE_MESSAGE("shared memory for the workers of this host cannot be made: %1").arg(systemError(errno)),
            QStringLiteral("/dev/shm")};
    exchange->m_linked = true;
    // Reserve the pages now: a tmpfs that runs full later would end the process with SIGBUS.
    const int reserved = ::posix_fallocate(fd, 0, off_t(exchange->m_size));
    void* base =
        reserved == 0 ? ::mmap(nullptr, exchange->m_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) : MAP_FAILED;
    const int mapError = reserved != 0 ? reserved : errno;
    ::close(fd);
    if (base == MAP_FAILED)
        return Error {ErrorCode::Io,
                      CRUCIBLE_MESSAGE("shared memory for the workers of this host cannot hold %1 MB: %2")
                          .arg(double(exchange->m_size) / 1e6, 0, 'f', 1)
                          .arg(systemError(mapError)),
                      QStringLiteral("/dev/shm")};
    exchange->m_base = base;
    Header* header = new (base) Header {};
    header->nonce = exchange->m_nonce;
    header->ranks = std::uint32_t(ranks);
    return exchange;
}

Result<std::unique_ptr<HostExchange>> HostExchange::open(const QString& name, std::uint64_t nonce, int rank, int ranks,
                                                         std::size_t bytesPerRank)
{
    std::unique_ptr<HostExchange> exchange(new HostExchange);
    exchange->m_name = name;
    exchange->m_nonce = nonce;
    exchange->m_rank = rank;
    exchange->m_ranks = ranks;
    exchange->m_bytesPerRank = roundUp(bytesPerRank);
    exchange->m_size = segmentSize(ranks, bytesPerRank);
    if (rank < 1 || rank >= ranks)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("worker rank %1 is outside a world of %2").arg(rank).arg(ranks), name};
    if (!name.startsWith(QLatin1String("/crucible-ddp-")) || name.indexOf(QLatin1Char('/'), 1) >= 0)
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("rank 0 named no shared memory of its workers"), name};
    const int fd = ::shm_open(name.toLocal8Bit().constData(), O_RDWR | O_CLOEXEC, 0);
    if (fd < 0)
        return Error {ErrorCode::Io,
                      CRUCIBLE_MESSAGE("rank 0's shared memory cannot be opened here: %1").arg(systemError(errno)),
                      name};
    struct stat status { };
    void* base = MAP_FAILED;
    if (::fstat(fd, &status) == 0 && std::size_t(status.st_size) == exchange->m_size)
        base = ::mmap(nullptr, exchange->m_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    ::close(fd);
    if (base == MAP_FAILED || headerOf(base)->nonce != nonce || headerOf(base)->ranks != std::uint32_t(ranks)) {
        if (base != MAP_FAILED)
            ::munmap(base, exchange->m_size);
        return Error {ErrorCode::Incompatible,
                      CRUCIBLE_MESSAGE("the shared memory found here is not rank 0's (another host's /dev/shm)"), name};
    }
    exchange->m_base = base;
    return exchange;
}

void HostExchange::unlinkName()
{
    if (m_linked) {
        ::shm_unlink(m_name.toLocal8Bit().constData());
        m_linked = false;
    }
}

void HostExchange::watch(int rank, std::int64_t pid)
{
    // A pidfd becomes readable when its process ends (a zombie included); without pidfd_open
    // (Linux before 5.3) the timeout alone finds a dead peer.
    const int fd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
    m_watched.push_back({rank, pid, fd});
}

char* HostExchange::area(int parity, int rank) const
{
    return static_cast<char*>(m_base) + kHeaderBytes
        + (std::size_t(parity & 1) * std::size_t(m_ranks) + std::size_t(rank)) * m_bytesPerRank;
}

void* HostExchange::input(int parity, std::size_t offset)
{
    return area(parity, m_rank) + offset;
}

Status HostExchange::barrier()
{
    Header* header = headerOf(m_base);
    ++m_barriers;
    const auto target = std::uint32_t(m_barriers * std::uint64_t(m_ranks));
    // Only the last arrival completes the barrier: it alone wakes those asleep.
    if (header->arrivals.fetch_add(1) + 1 == target && header->sleepers.load() > 0)
        ::syscall(SYS_futex, &header->arrivals, FUTEX_WAKE, INT_MAX, nullptr, nullptr, 0);
    auto passed = [&](std::uint32_t seen) { return std::int32_t(seen - target) >= 0; };
    const auto start = std::chrono::steady_clock::now();
    std::uint32_t spins = 0;
    while (!passed(header->arrivals.load(std::memory_order_acquire))) {
        cpuRelax();
        if ((++spins & 255) == 0 && std::chrono::steady_clock::now() - start > kSpin)
            break;
    }
    const auto deadline = start + std::chrono::seconds(m_timeoutSeconds);
    while (true) {
        header->sleepers.fetch_add(1);
        const std::uint32_t seen = header->arrivals.load();
        if (!passed(seen)) {
            const timespec nap {0, kSleepNanoseconds};
            ::syscall(SYS_futex, &header->arrivals, FUTEX_WAIT, seen, &nap, nullptr, 0);
        }
        header->sleepers.fetch_sub(1);
        if (passed(header->arrivals.load(std::memory_order_acquire)))
            return Ok {};
        for (const Watched& watched : m_watched) {
            pollfd ended {watched.fd, POLLIN, 0};
            if (watched.fd >= 0 && ::poll(&ended, 1, 0) > 0)
                return Error {ErrorCode::Internal,
                              CRUCIBLE_MESSAGE("worker rank %1 (process %2) ended").arg(watched.rank).arg(watched.pid),
                              QString()};
        }
        if (std::chrono::steady_clock::now() > deadline && !passed(header->arrivals.load(std::memory_order_acquire)))
            return Error {
                ErrorCode::Internal,
                CRUCIBLE_MESSAGE("a worker did not reach the shared-memory exchange within %1 s").arg(m_timeoutSeconds),
                QString()};
    }
}

Status HostExchange::allReduce(int parity, std::size_t offset, std::size_t count, bool isDouble, void* out)
{
    const std::size_t width = isDouble ? sizeof(double) : sizeof(float);
    const auto slice = [&](int rank) {
        return std::pair {count * std::size_t(rank) / std::size_t(m_ranks),
                          count * std::size_t(rank + 1) / std::size_t(m_ranks)};
    };
    if (Status met = barrier(); !met) // every input written
        return met;
    const auto [begin, end] = slice(m_rank);
    char* own = area(parity, m_rank) + offset + begin * width;
    for (int rank = 0; rank < m_ranks; ++rank) {
        if (rank == m_rank)
            continue;
        const char* other = area(parity, rank) + offset + begin * width;
        if (isDouble)
            addInto(reinterpret_cast<double*>(own), reinterpret_cast<const double*>(other), end - begin);
        else
            addInto(reinterpret_cast<float*>(own), reinterpret_cast<const float*>(other), end - begin);
    }
    if (Status met = barrier(); !met) // every slice summed
        return met;
    for (int rank = 0; rank < m_ranks; ++rank) {
        const auto [from, to] = slice(rank);
        std::memcpy(static_cast<char*>(out) + from * width, area(parity, rank) + offset + from * width,
                    (to - from) * width);
    }
    return Ok {};
}

QString HostExchange::hostIdentity()
{
    QFile boot(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (!boot.open(QIODevice::ReadOnly))
        return {};
    const QString bootId = QString::fromLatin1(boot.readAll().trimmed());
    const QString network = linkTarget("/proc/self/ns/net");
    if (bootId.isEmpty() || network.isEmpty())
        return {};
    return bootId + QLatin1Char(' ') + network + QLatin1Char(' ') + QSysInfo::machineHostName();
}

QString HostExchange::pidNamespace()
{
    return linkTarget("/proc/self/ns/pid");
}

} // namespace crucible
