#pragma once

#include <QList>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

/// Data-parallel loops for the engine's bulk work (parsing, hashing, profiling, decoding images,
/// drift statistics).
///
/// Plain std::thread rather than QtConcurrent: ThreadSanitizer sees how these threads start and
/// are joined, so a race in the work itself is reported. QtConcurrent waits for its workers
/// inside Qt, which Debian does not build with ThreadSanitizer; every result handed back looked
/// like a race, and the real ones were lost among them.
namespace crucible::parallel {

/// Calls work(i) for every i in [0, count) on up to QThread::idealThreadCount() threads, the
/// calling one among them, and returns when every call has returned. Each thread takes the next
/// index as it finishes one, so uneven work evens out. The first exception a call throws is
/// rethrown here once the others have stopped; the indices not yet taken are skipped. When the
/// system refuses a thread, the work goes on with the threads it has (at least the calling one).
template <typename Work> void forEachIndex(qsizetype count, Work&& work)
{
    if (count <= 0)
        return;
    const qsizetype threads = std::min<qsizetype>(count, std::max(1, QThread::idealThreadCount()));
    std::atomic<qsizetype> next {0};
    std::mutex failureMutex;
    std::exception_ptr failure;
    const auto run = [&] {
        for (qsizetype i = next++; i < count; i = next++) {
            try {
                work(i);
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                next = count;
            }
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(threads - 1));
    for (qsizetype t = 1; t < threads; ++t) {
        try {
            helpers.emplace_back(run);
        } catch (const std::system_error&) {
            break; // no more threads to be had (a limit on processes): go on with those started
        }
    }
    run();
    for (std::thread& helper : helpers)
        helper.join();
    if (failure)
        std::rethrow_exception(failure);
}

/// function(item) for every item, in parallel as forEachIndex; the results in the items' order.
template <typename Item, typename Function>
auto mapped(const QList<Item>& items, Function&& function)
    -> QList<std::decay_t<std::invoke_result_t<Function&, const Item&>>>
{
    using Result = std::decay_t<std::invoke_result_t<Function&, const Item&>>;
    std::vector<std::optional<Result>> results(size_t(items.size()));
    forEachIndex(items.size(), [&](qsizetype i) { results[size_t(i)].emplace(function(items[i])); });
    QList<Result> ordered;
    ordered.reserve(items.size());
    for (std::optional<Result>& result : results)
        ordered.push_back(std::move(*result));
    return ordered;
}

} // namespace crucible::parallel
