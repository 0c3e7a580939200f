#include "MetricWriter.h"

#include "engine/core/Log.h"
#include "engine/core/Message.h"

#include "engine/store/RunStore.h"

#include "engine/store/MetricChunk.h"
#include "engine/store/SqlUtil.h"
#include "engine/store/Workspace.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

namespace crucible {

namespace {

struct Pending {
    int key = 0;
    MetricPoint point;
};

/// What the flusher knows of one series: its row, the chunk it is filling and its summary.
struct SeriesState {
    QString key;
    bool isLoaded = false;
    qint64 id = -1;
    qint64 chunkIndex = 0;
    std::vector<MetricPoint> open; ///< points of the chunk being filled (rewritten whole on each flush)
    bool isOpenDirty = false;
    MetricSummary summary;
    bool isSummaryDirty = false;
};

QVariant nullable(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

double nowSeconds()
{
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

/// How often a writer whose database server is away tries to reach it again.
constexpr std::chrono::milliseconds kServerRetry {500};

struct Statements {
    QSqlQuery createSeries;
    QSqlQuery selectSeries;
    QSqlQuery lastChunk;
    QSqlQuery upsertChunk;
    QSqlQuery updateSummary;
    QSqlQuery control;

    explicit Statements(QSqlDatabase& db)
        : createSeries(db), selectSeries(db), lastChunk(db), upsertChunk(db), updateSummary(db), control(db)
    { }

    bool prepare()
    {
        return createSeries.prepare(
                   QStringLiteral("INSERT INTO metric_series (run_id, key) VALUES (?, ?) ON CONFLICT DO NOTHING"))
            && selectSeries.prepare(QStringLiteral("SELECT id, ") + QLatin1String(kMetricSummaryColumns)
                                    + QStringLiteral(" FROM metric_series WHERE run_id = ? AND key = ?"))
            && lastChunk.prepare(QStringLiteral("SELECT chunk, point_count, steps, vals, epochs, wall_times"
                                                " FROM metric_chunks WHERE series_id = ? ORDER BY chunk DESC LIMIT 1"))
            && upsertChunk.prepare(QStringLiteral(
                "INSERT INTO metric_chunks (series_id, chunk, point_count, min_step, max_step,"
                " value_count, min_value, max_value, sum_value, steps, vals, epochs, wall_times)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (series_id, chunk) DO UPDATE SET"
                " point_count = excluded.point_count, min_step = excluded.min_step, max_step = excluded.max_step,"
                " value_count = excluded.value_count, min_value = excluded.min_value,"
                " max_value = excluded.max_value, sum_value = excluded.sum_value, steps = excluded.steps,"
                " vals = excluded.vals, epochs = excluded.epochs, wall_times = excluded.wall_times"))
            && updateSummary.prepare(QStringLiteral(
                "UPDATE metric_series SET point_count = ?, nan_count = ?, last_step = ?, last_value = ?,"
                " last_wall_time = ?, min_step = ?, min_value = ?, max_step = ?, max_value = ? WHERE id = ?"));
    }
};

} // namespace

struct MetricWriter::Impl {
    const Workspace* workspace = nullptr;
    QString runId;
    Options options;
    QString where;

    // Shared between the logging threads and the flusher; guarded by `mutex`.
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable flushed;
    QHash<QString, int> keyIndex;
    QStringList keys;
    std::vector<Pending> pending;
    quint64 requested = 0; ///< flush generations asked for
    quint64 attempted = 0; ///< the last generation the flusher tried
    quint64 completed = 0; ///< the last generation it committed
    bool isStopping = false;
    bool isClosed = false;
    std::optional<Error> lastError; ///< set while the latest write failed; its points are kept for the next try
    std::atomic<qint64> logged {0};
    std::atomic<qint64> committed {0};
    std::thread thread;

    // Owned by the flusher thread.
    std::vector<Pending> batch;
    std::vector<SeriesState> series;
    QString connectionName;

    void run(std::promise<Status>& ready);
    void loop(QSqlDatabase& db);
    Status write(QSqlDatabase& db, Statements& statements);
    Status load(SeriesState& state, Statements& statements);
    Status writeChunk(SeriesState& state, Statements& statements);
    Status writeSummary(SeriesState& state, Statements& statements);
};

MetricWriter::MetricWriter() : m_impl(std::make_unique<Impl>())
{ }

MetricWriter::~MetricWriter()
{
    // An owner that wants the outcome calls close() itself; here a late failure is at least logged.
    logFailure(close(), lcStore, "saving the last metrics of a run");
}

Result<std::unique_ptr<MetricWriter>> MetricWriter::open(const Workspace& workspace, const QString& runId)
{
    return open(workspace, runId, Options {});
}

Result<std::unique_ptr<MetricWriter>> MetricWriter::open(const Workspace& workspace, const QString& runId,
                                                         Options options)
{
    if (Status known = RunStore(workspace).requireRun(runId); !known)
        return known.error();
    std::unique_ptr<MetricWriter> writer(new MetricWriter());
    Impl& impl = *writer->m_impl;
    impl.workspace = &workspace;
    impl.runId = runId;
    impl.options = std::move(options);
    impl.options.flushIntervalMs = std::max(1, impl.options.flushIntervalMs);
    impl.where = QStringLiteral("run %1").arg(runId);
    impl.connectionName = QStringLiteral("crucible-metrics-") + QUuid::createUuid().toString(QUuid::Id128);
    std::promise<Status> ready;
    std::future<Status> started = ready.get_future();
    impl.thread = std::thread([&impl, &ready] { impl.run(ready); });
    const Status status = started.get();
    if (!status) {
        impl.thread.join();
        impl.isClosed = true;
        return status.error();
    }
    return writer;
}

void MetricWriter::log(const QString& key, qint64 step, double value, double epoch, double wallTime)
{
    log(key, MetricPoint {step, epoch, wallTime > 0 ? wallTime : nowSeconds(), value});
}

void MetricWriter::log(const QString& key, const MetricPoint& point)
{
    Impl& impl = *m_impl;
    std::unique_lock lock(impl.mutex);
    if (impl.isStopping)
        return;
    // A training loop logs a handful of keys: comparing them is far cheaper than hashing.
    int index = -1;
    const qsizetype scanned = std::min<qsizetype>(impl.keys.size(), 16);
    for (qsizetype i = 0; i < scanned; ++i) {
        if (impl.keys[i] == key) {
            index = int(i);
            break;
        }
    }
    if (index < 0) {
        const auto found = impl.keyIndex.constFind(key);
        if (found != impl.keyIndex.constEnd()) {
            index = found.value();
        } else {
            index = int(impl.keys.size());
            impl.keyIndex.insert(key, index);
            impl.keys << key;
        }
    }
    impl.pending.push_back({index, point});
    const bool isFull = impl.pending.size() >= size_t(impl.options.flushThreshold);
    lock.unlock();
    impl.logged.fetch_add(1, std::memory_order_relaxed);
    if (isFull)
        impl.wake.notify_one();
}

Status MetricWriter::flush()
{
    Impl& impl = *m_impl;
    std::unique_lock lock(impl.mutex);
    if (impl.isStopping)
        return impl.lastError ? Status(*impl.lastError) : Status(Ok {});
    const quint64 generation = ++impl.requested;
    impl.wake.notify_one();
    impl.flushed.wait(lock, [&] { return impl.attempted >= generation; });
    if (impl.completed >= generation)
        return Ok {};
    return impl.lastError.value_or(
        Error {ErrorCode::Internal, CRUCIBLE_MESSAGE("the metrics were not saved"), impl.where});
}

Status MetricWriter::close()
{
    Impl& impl = *m_impl;
    {
        std::lock_guard lock(impl.mutex);
        if (!impl.isClosed) {
            impl.isStopping = true;
            ++impl.requested;
        }
    }
    impl.wake.notify_one();
    if (impl.thread.joinable())
        impl.thread.join();
    std::lock_guard lock(impl.mutex);
    impl.isClosed = true;
    return impl.lastError ? Status(*impl.lastError) : Status(Ok {});
}

qint64 MetricWriter::committedCount() const
{
    return m_impl->committed.load();
}

qint64 MetricWriter::loggedCount() const
{
    return m_impl->logged.load();
}

QString MetricWriter::runId() const
{
    return m_impl->runId;
}

void MetricWriter::Impl::run(std::promise<Status>& ready)
{
    {
        QSqlDatabase db = workspace->openConnection(connectionName);
        if (!db.isOpen()) {
            ready.set_value(
                sqlError(db.lastError(), workspace->databasePath(), CRUCIBLE_MESSAGE("opening the database")));
        } else {
            ready.set_value(Ok {});
            loop(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void MetricWriter::Impl::loop(QSqlDatabase& db)
{
    auto statements = std::make_unique<Statements>(db);
    std::optional<Error> broken;
    if (!statements->prepare())
        broken = sqlError(db.lastError(), where, CRUCIBLE_MESSAGE("preparing the metric statements"));
    const auto interval = std::chrono::milliseconds(options.flushIntervalMs);
    // Since when the database server has been out of reach (a workspace on PostgreSQL): points
    // wait in memory meanwhile, and closing waits for it at most options.serverWaitMs.
    std::optional<std::chrono::steady_clock::time_point> lostSince;
    std::unique_lock lock(mutex);
    for (;;) {
        if (lostSince) {
            // The server is away: try again every half second, whatever asks for a flush
            // meanwhile (a full buffer, a flush, the close), not as fast as the loop can turn.
            const auto retryAt = std::chrono::steady_clock::now() + kServerRetry;
            while (wake.wait_until(lock, retryAt) != std::cv_status::timeout) { }
        } else {
            wake.wait_for(lock, interval, [&] {
                return isStopping || requested > attempted || pending.size() >= size_t(options.flushThreshold);
            });
        }
        batch.clear();
        std::swap(batch, pending);
        for (qsizetype i = qsizetype(series.size()); i < keys.size(); ++i)
            series.push_back(SeriesState {keys[i]});
        const quint64 generation = requested;
        const bool stop = isStopping;
        lock.unlock();

        std::optional<Error> offline;
        if (lostSince || workspace->isConnectionBroken(db)) {
            // Connect again; the old connection's prepared statements went with it.
            statements.reset();
            const Status reconnected = workspace->reconnect(db);
            statements = std::make_unique<Statements>(db);
            if (!reconnected) {
                offline = reconnected.error();
            } else {
                broken.reset();
                if (!statements->prepare())
                    broken = sqlError(db.lastError(), where, CRUCIBLE_MESSAGE("preparing the metric statements"));
            }
        }
        const Status status = offline ? Status(*offline)
            : broken                  ? Status(*broken)
            : batch.empty()           ? Status(Ok {})
                                      : write(db, *statements);
        const bool lost = !status && workspace->isConnectionBroken(db);
        if (!lost)
            lostSince.reset();
        else if (!lostSince)
            lostSince = std::chrono::steady_clock::now();
        const bool waitForServer = lost && stop
            && std::chrono::steady_clock::now() - *lostSince < std::chrono::milliseconds(options.serverWaitMs);

        lock.lock();
        if (status) {
            completed = generation;
            committed.fetch_add(qint64(batch.size()));
            lastError.reset();
        } else {
            lastError = status.error();
            if (!stop || waitForServer) // keep the points for the next try
                pending.insert(pending.begin(), batch.begin(), batch.end());
        }
        if (!waitForServer) {
            attempted = generation;
            flushed.notify_all();
        }
        if (status && !batch.empty())
            workspace->announce(Workspace::Change::MetricsAppended, runId, &db);
        if (status && !batch.empty() && options.onCommit) {
            const qint64 total = committed.load();
            lock.unlock();
            options.onCommit(total);
            lock.lock();
        }
        if (stop && !waitForServer)
            break;
    }
}

Status MetricWriter::Impl::write(QSqlDatabase& db, Statements& statements)
{
    QSqlQuery& control = statements.control;
    // A writer writes its own run's series only: on PostgreSQL it needs no workspace-wide lock,
    // so several runs' writers commit side by side.
    if (!control.exec(isPostgres(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(control.lastError(), where, CRUCIBLE_MESSAGE("starting to save metrics"));
    auto fail = [&](Error error) -> Status {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        for (SeriesState& state : series) // reload what the database really holds
            state.isLoaded = false;
        return error;
    };
    for (const Pending& item : batch) {
        SeriesState& state = series[size_t(item.key)];
        if (!state.isLoaded) {
            const Status loaded = load(state, statements);
            if (!loaded)
                return fail(loaded.error());
        }
        state.open.push_back(item.point);
        state.summary.add(item.point);
        state.isSummaryDirty = true;
        state.isOpenDirty = true;
        if (state.open.size() == size_t(MetricChunk::capacity)) {
            const Status written = writeChunk(state, statements);
            if (!written)
                return fail(written.error());
            ++state.chunkIndex;
            state.open.clear();
            state.isOpenDirty = false;
        }
    }
    for (SeriesState& state : series) {
        if (state.isOpenDirty) {
            const Status written = writeChunk(state, statements);
            if (!written)
                return fail(written.error());
            state.isOpenDirty = false;
        }
        if (state.isSummaryDirty) {
            const Status written = writeSummary(state, statements);
            if (!written)
                return fail(written.error());
            state.isSummaryDirty = false;
        }
    }
    if (!control.exec(QStringLiteral("COMMIT")))
        return fail(sqlError(control.lastError(), where, CRUCIBLE_MESSAGE("committing metrics")));
    return Ok {};
}

Status MetricWriter::Impl::load(SeriesState& state, Statements& statements)
{
    const QString doing = CRUCIBLE_MESSAGE("reading metric series '%1'").arg(state.key);
    statements.createSeries.addBindValue(runId);
    statements.createSeries.addBindValue(state.key);
    if (!statements.createSeries.exec())
        return sqlError(statements.createSeries.lastError(), where, doing);
    QSqlQuery& select = statements.selectSeries;
    select.addBindValue(runId);
    select.addBindValue(state.key);
    if (!select.exec() || !select.next())
        return sqlError(select.lastError(), where, doing);
    state.id = select.value(0).toLongLong();
    state.summary = metricSummaryAt(select, 1);
    select.finish();

    QSqlQuery& last = statements.lastChunk;
    last.addBindValue(state.id);
    if (!last.exec())
        return sqlError(last.lastError(), where, doing);
    state.open.clear();
    state.chunkIndex = 0;
    if (last.next()) {
        const qint64 chunk = last.value(0).toLongLong();
        if (last.value(1).toLongLong() < MetricChunk::capacity) {
            state.chunkIndex = chunk;
            if (!MetricChunk::decode(last.value(2).toByteArray(), last.value(3).toByteArray(),
                                     last.value(4).toByteArray(), last.value(5).toByteArray(), state.open))
                return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("a chunk of metric '%1' is damaged").arg(state.key),
                              where};
        } else {
            state.chunkIndex = chunk + 1;
        }
    }
    last.finish();
    state.isLoaded = true;
    state.isOpenDirty = false;
    state.isSummaryDirty = false;
    return Ok {};
}

Status MetricWriter::Impl::writeChunk(SeriesState& state, Statements& statements)
{
    const MetricChunk chunk = MetricChunk::encode(state.open.data(), qsizetype(state.open.size()));
    QSqlQuery& query = statements.upsertChunk;
    const bool hasValues = chunk.valueCount > 0;
    query.bindValue(0, state.id);
    query.bindValue(1, state.chunkIndex);
    query.bindValue(2, chunk.pointCount);
    query.bindValue(3, chunk.minStep);
    query.bindValue(4, chunk.maxStep);
    query.bindValue(5, chunk.valueCount);
    query.bindValue(6, hasValues ? QVariant(chunk.minValue) : QVariant());
    query.bindValue(7, hasValues ? QVariant(chunk.maxValue) : QVariant());
    query.bindValue(8, nullable(chunk.sumValue));
    query.bindValue(9, chunk.steps);
    query.bindValue(10, chunk.values);
    query.bindValue(11, chunk.epochs);
    query.bindValue(12, chunk.wallTimes);
    if (!query.exec())
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("saving metric '%1'").arg(state.key));
    return Ok {};
}

Status MetricWriter::Impl::writeSummary(SeriesState& state, Statements& statements)
{
    const MetricSummary& summary = state.summary;
    const bool hasValues = summary.count > summary.nanCount;
    QSqlQuery& query = statements.updateSummary;
    query.bindValue(0, summary.count);
    query.bindValue(1, summary.nanCount);
    query.bindValue(2, summary.lastStep);
    query.bindValue(3, nullable(summary.last));
    query.bindValue(4, summary.lastWallTime);
    query.bindValue(5, hasValues ? QVariant(summary.minStep) : QVariant());
    query.bindValue(6, nullable(summary.min));
    query.bindValue(7, hasValues ? QVariant(summary.maxStep) : QVariant());
    query.bindValue(8, nullable(summary.max));
    query.bindValue(9, state.id);
    if (!query.exec())
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("saving the summary of metric '%1'").arg(state.key));
    return Ok {};
}

} // namespace crucible
