#pragma once

#include "engine/core/Error.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace crucible {

/// Where the data-parallel workers of one host sum their gradients: a POSIX shared-memory segment
/// that every rank maps, instead of Gloo's TCP over loopback (which takes about 2.4 ms for the
/// 0.8 MB of an MLP's gradients on two cores, more than the step itself).
///
/// Each rank writes its input into its own area (input()); allReduce() then meets the others at a
/// barrier, sums one slice of every rank's input (a reduce-scatter: rank r sums slice r, in place
/// in its own area), meets them again and copies every slice's sum (an all-gather). Every rank
/// ends with the same bytes. Inputs are kept in two sets (`parity`), so that a rank may write the
/// next step's input while a slower rank still reads this step's.
///
/// A rank that waits longer than the timeout, or whose peer process ends (watched through pidfds),
/// gets an Error instead of hanging. The segment's name is removed as soon as every rank has it
/// mapped (unlinkName()), so nothing stays in /dev/shm when a worker is killed.
/// Thread: one training thread per process.
class HostExchange {
public:
    ~HostExchange();
    HostExchange(const HostExchange&) = delete;
    HostExchange& operator=(const HostExchange&) = delete;

    /// Rank 0: makes a fresh segment for `ranks` workers, each with `bytesPerRank` bytes of input
    /// per parity. Fails (nothing left behind) when /dev/shm cannot hold it.
    static Result<std::unique_ptr<HostExchange>> create(int ranks, std::size_t bytesPerRank);
    /// Rank `rank` (not 0): maps the segment rank 0 made, checked by its size and `nonce`.
    static Result<std::unique_ptr<HostExchange>> open(const QString& name, std::uint64_t nonce, int rank, int ranks,
                                                      std::size_t bytesPerRank);

    QString name() const { return m_name; }
    std::uint64_t nonce() const { return m_nonce; }
    /// Removes the segment's name; the mappings stay. Rank 0, once every rank has mapped it.
    void unlinkName();
    /// A wait fails at once, naming `rank`, when process `pid` (in this process's PID namespace)
    /// ends.
    void watch(int rank, std::int64_t pid);
    /// How long a rank waits for the others at a barrier; `seconds` also goes into the message.
    void setTimeout(int seconds) { m_timeoutSeconds = seconds; }

    /// This rank's input of `parity` (0 or 1), `offset` bytes in.
    void* input(int parity, std::size_t offset);
    /// Sums `count` elements (float, or double when `isDouble`) at `offset` of every rank's input
    /// of `parity` into `out` (count elements). Every rank calls it in the same order.
    Status allReduce(int parity, std::size_t offset, std::size_t count, bool isDouble, void* out);

    /// The identity of this host as data-parallel workers share it: the kernel's boot id and this
    /// process's network namespace and host name. Ranks with equal identities may share memory
    /// (the segment's nonce confirms it); empty when it cannot be read.
    static QString hostIdentity();
    /// This process's PID namespace ("pid:[4026531836]"), to tell whether a peer's pid means the
    /// same process here.
    static QString pidNamespace();

private:
    HostExchange() = default;
    Status barrier();
    char* area(int parity, int rank) const;

    QString m_name;
    std::uint64_t m_nonce = 0;
    int m_rank = 0;
    int m_ranks = 1;
    std::size_t m_bytesPerRank = 0;
    std::size_t m_size = 0;
    void* m_base = nullptr;
    bool m_linked = false;
    std::uint64_t m_barriers = 0;
    int m_timeoutSeconds = 60;
    struct Watched {
        int rank;
        std::int64_t pid;
        int fd;
    };
    std::vector<Watched> m_watched;
};

} // namespace crucible
