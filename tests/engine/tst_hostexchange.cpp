// The shared-memory exchange of data-parallel workers on one host (HostExchange): real POSIX
// shared memory, ranks on threads and in a forked process, sums checked element by element.
#include "engine/train/HostExchange.h"
#include "engine/train/LocalWorkers.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sched.h>

#include <cstring>
#include <memory>
#include <set>
#include <thread>
#include <type_traits>
#include <vector>

using namespace crucible;

namespace {

bool inDevShm(const QString& name)
{
    return QFileInfo::exists(QStringLiteral("/dev/shm") + name);
}

/// Ranks 1.. of the segment `leader` made, opened as another process would.
std::vector<std::unique_ptr<HostExchange>> openOthers(const HostExchange& leader, int ranks, std::size_t bytes)
{
    std::vector<std::unique_ptr<HostExchange>> others;
    for (int rank = 1; rank < ranks; ++rank) {
        auto opened = HostExchange::open(leader.name(), leader.nonce(), rank, ranks, bytes);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().text()));
        others.push_back(std::move(opened.value()));
    }
    return others;
}

/// Each rank on its own thread: for every step (alternating parity) and every bucket, writes
/// value(rank, step, i) into its input, sums, and checks each element against the exact sum.
template <typename T> QString sumOnThreads(int ranks, const std::vector<std::size_t>& bucketSizes, int steps)
{
    std::vector<std::size_t> offsets;
    std::size_t bytes = 0;
    for (std::size_t size : bucketSizes) {
        offsets.push_back(bytes);
        bytes += (size * sizeof(T) + 63) / 64 * 64;
    }
    auto made = HostExchange::create(ranks, bytes);
    if (!made)
        return made.error().text();
    std::vector<std::unique_ptr<HostExchange>> exchanges;
    exchanges.push_back(std::move(made.value()));
    for (auto& other : openOthers(*exchanges.front(), ranks, bytes))
        exchanges.push_back(std::move(other));
    exchanges.front()->unlinkName();
    auto value = [](int rank, int step, std::size_t i) { return T(rank + 1) * T(0.5) + T(step) - T(i % 97) * T(0.25); };
    std::vector<QString> failures(static_cast<std::size_t>(ranks));
    std::vector<std::thread> threads;
    for (int rank = 0; rank < ranks; ++rank) {
        threads.emplace_back([&, rank] {
            HostExchange& exchange = *exchanges[std::size_t(rank)];
            exchange.setTimeout(30);
            for (int step = 0; step < steps && failures[std::size_t(rank)].isEmpty(); ++step) {
                for (std::size_t b = 0; b < bucketSizes.size(); ++b) {
                    T* input = static_cast<T*>(exchange.input(step & 1, offsets[b]));
                    for (std::size_t i = 0; i < bucketSizes[b]; ++i)
                        input[i] = value(rank, step, i);
                }
                for (std::size_t b = 0; b < bucketSizes.size(); ++b) {
                    std::vector<T> out(bucketSizes[b], T(-1));
                    const Status summed =
                        exchange.allReduce(step & 1, offsets[b], out.size(), std::is_same_v<T, double>, out.data());
                    if (!summed) {
                        failures[std::size_t(rank)] = summed.error().text();
                        return;
                    }
                    for (std::size_t i = 0; i < out.size(); ++i) {
                        T expected = 0;
                        for (int r = 0; r < ranks; ++r)
                            expected += value(r, step, i);
                        if (out[i] != expected) {
                            failures[std::size_t(rank)] = QStringLiteral("rank %1, step %2, bucket %3, element %4: "
                                                                         "%5, not %6")
                                                              .arg(rank)
                                                              .arg(step)
                                                              .arg(b)
                                                              .arg(i)
                                                              .arg(double(out[i]))
                                                              .arg(double(expected));
                            return;
                        }
                    }
                }
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (const QString& failure : failures)
        if (!failure.isEmpty())
            return failure;
    return {};
}

/// Rank 1 in a forked process that runs `body` and exits, watched by `leader`.
template <typename Body> pid_t forkWatchedPeer(HostExchange& leader, Body body)
{
    const pid_t child = ::fork();
    if (child == 0) {
        body();
        ::_exit(0);
    }
    if (child > 0)
        leader.watch(1, child);
    return child;
}

/// Rank 0's sum of four floats, and how long it took.
std::pair<Status, qint64> timedSum(HostExchange& leader, int parity, float* values)
{
    QElapsedTimer timer;
    timer.start();
    Status summed = leader.allReduce(parity, 0, 4, false, values);
    return {std::move(summed), timer.elapsed()};
}

} // namespace

class TestHostExchange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    /// Two ranks, floats, buckets of odd sizes (slices that do not fall on a block), many steps:
    /// every element is the exact sum on both ranks.
    void twoRanksGetTheSumOfTheirInputs()
    {
        const QString failure = sumOnThreads<float>(2, {1001, 203530, 3}, 60);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    /// Three and four ranks (slices of unequal length), doubles.
    void moreRanksAndDoubles()
    {
        QString failure = sumOnThreads<double>(3, {7, 4096, 333}, 40);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = sumOnThreads<float>(4, {1, 2, 50000}, 40);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    /// The segment's name is gone once every rank has it (a killed worker leaves nothing behind),
    /// and a segment that is not rank 0's (another nonce, a name of another program) is refused.
    void nothingStaysInDevShmAndOnlyRankZerosSegmentOpens()
    {
        auto made = HostExchange::create(2, 4096);
        QVERIFY2(made, made ? "" : qPrintable(made.error().text()));
        const QString name = made.value()->name();
        QVERIFY(name.startsWith(QStringLiteral("/crucible-ddp-")));
        QVERIFY(inDevShm(name));
        auto wrongNonce = HostExchange::open(name, made.value()->nonce() + 1, 1, 2, 4096);
        QVERIFY(!wrongNonce);
        QVERIFY2(wrongNonce.error().message.contains(QStringLiteral("not rank 0's")),
                 qPrintable(wrongNonce.error().text()));
        auto wrongSize = HostExchange::open(name, made.value()->nonce(), 1, 2, 8192);
        QVERIFY(!wrongSize);
        auto foreign = HostExchange::open(QStringLiteral("/../../etc/passwd"), 1, 1, 2, 4096);
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().message.contains(QStringLiteral("named no shared memory")),
                 qPrintable(foreign.error().text()));
        auto right = HostExchange::open(name, made.value()->nonce(), 1, 2, 4096);
        QVERIFY2(right, right ? "" : qPrintable(right.error().text()));
        made.value()->unlinkName();
        QVERIFY(!inDevShm(name));

        // A rank 0 that ends before unlinking removes the name too.
        auto another = HostExchange::create(2, 64);
        QVERIFY(another);
        const QString second = another.value()->name();
        QVERIFY(inDevShm(second));
        another = Error {};
        QVERIFY(!inDevShm(second));
    }

    /// More than /dev/shm can hold: refused with the size and the reason, nothing left behind.
    void aSegmentTooLargeIsRefused()
    {
        auto huge = HostExchange::create(2, std::size_t(1) << 46);
        QVERIFY(!huge);
        QVERIFY2(huge.error().message.contains(QStringLiteral("cannot hold")), qPrintable(huge.error().text()));
        QCOMPARE(huge.error().where, QStringLiteral("/dev/shm"));
    }

    /// A peer process that ends (here: a forked rank that exits without summing) is seen at the
    /// next wait, long before the timeout, and named by rank and pid.
    void aPeerThatEndsIsSeenAtOnce()
    {
        const long own = ::syscall(SYS_pidfd_open, ::getpid(), 0);
        if (own < 0)
            QSKIP("this kernel (or its seccomp filter) has no pidfd_open: a dead peer is found by the timeout");
        ::close(int(own));
        auto made = HostExchange::create(2, 4096);
        QVERIFY(made);
        HostExchange& leader = *made.value();
        const pid_t child = forkWatchedPeer(leader, [&] {
            auto opened = HostExchange::open(leader.name(), leader.nonce(), 1, 2, 4096);
            ::usleep(300 * 1000);
            if (!opened)
                ::_exit(3);
        });
        QVERIFY(child > 0);
        leader.setTimeout(60);
        float values[4] = {1, 2, 3, 4};
        const auto [summed, waited] = timedSum(leader, 0, values);
        QVERIFY(!summed);
        QVERIFY2(waited < 5000, qPrintable(QString::number(waited)));
        QVERIFY2(summed.error().message == QStringLiteral("worker rank 1 (process %1) ended").arg(child),
                 qPrintable(summed.error().text()));
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }

    /// A peer that never arrives (alive, but stopped): the wait ends after the timeout, saying so.
    void aPeerThatNeverArrivesTimesOut()
    {
        auto made = HostExchange::create(2, 4096);
        QVERIFY(made);
        HostExchange& leader = *made.value();
        const pid_t child = forkWatchedPeer(leader, [] { ::pause(); });
        QVERIFY(child > 0);
        leader.setTimeout(1);
        float values[4] = {1, 2, 3, 4};
        const auto [summed, waited] = timedSum(leader, 1, values);
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        QVERIFY(!summed);
        QVERIFY2(waited >= 1000 && waited < 4000, qPrintable(QString::number(waited)));
        QVERIFY2(summed.error().message.contains(QStringLiteral("within 1 s")), qPrintable(summed.error().text()));
        QCOMPARE(values[0], 1.0f); // the caller's buffer is untouched
    }

    /// --nproc's workers each get their own, equal share of the CPUs this process may use; none
    /// when there are fewer CPUs than workers or CRUCIBLE_BIND_CPUS=0 says so.
    void workersGetDisjointSharesOfTheCpus()
    {
        cpu_set_t allowed;
        QCOMPARE(::sched_getaffinity(0, sizeof(allowed), &allowed), 0);
        const int cpus = CPU_COUNT(&allowed);
        for (int processes = 1; processes <= cpus; ++processes) {
            std::set<int> seen;
            for (int rank = 0; rank < processes; ++rank) {
                const std::vector<int> share = cpuShare(rank, processes);
                QCOMPARE(int(share.size()), cpus / processes);
                for (int cpu : share) {
                    QVERIFY(CPU_ISSET(cpu, &allowed));
                    QVERIFY2(seen.insert(cpu).second, qPrintable(QStringLiteral("CPU %1 given twice").arg(cpu)));
                }
            }
        }
        QVERIFY(cpuShare(0, cpus + 1).empty());
        qputenv("CRUCIBLE_BIND_CPUS", "0");
        const bool unbound = cpuShare(0, 1).empty();
        qunsetenv("CRUCIBLE_BIND_CPUS");
        QVERIFY(unbound);
    }

    /// Ranks on one host share an identity; it names the boot, the network namespace and the host.
    void theHostIdentityIsReadable()
    {
        const QString identity = HostExchange::hostIdentity();
        QVERIFY2(identity.contains(QStringLiteral("net:[")), qPrintable(identity));
        QCOMPARE(HostExchange::hostIdentity(), identity);
        QVERIFY(HostExchange::pidNamespace().startsWith(QStringLiteral("pid:[")));
    }
};

QTEST_GUILESS_MAIN(TestHostExchange)
#include "tst_hostexchange.moc"
