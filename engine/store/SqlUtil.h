#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>

class QSqlQuery;

namespace crucible {

/// True for a connection to PostgreSQL (Qt's QPSQL driver); false for SQLite. The store's SQL
/// is written to mean the same on both; the few differences (column types, the schema version,
/// the write lock, an insertion order) are decided here and in Schema.cpp.
bool isPostgres(const QSqlDatabase& db);

/// The column that orders rows of `table` (or its alias) by insertion, as a tie-breaker after
/// created_at: SQLite's rowid; PostgreSQL has none, so there the primary key.
QString insertionOrder(const QSqlDatabase& db, const QString& table);

/// True when the database reported that another connection holds a lock it needs: SQLITE_BUSY
/// or SQLITE_LOCKED, or PostgreSQL's lock timeout, deadlock or serialization failure.
bool isBusyError(const QSqlError& error);

/// True when PostgreSQL reported that the server cannot be reached or the connection broke.
bool isConnectionLost(const QSqlError& error);

/// Turns a failed SQL call into an Error that says what Crucible was doing and where;
/// busy errors become ErrorCode::Busy with advice.
Error sqlError(const QSqlError& error, const QString& where, const QString& doing);

/// BEGIN IMMEDIATE ... COMMIT on a workspace connection: the write lock is taken at begin(), so
/// what is read inside stays true until commit(). Rolled back when left without commit(). On
/// PostgreSQL the same lock is a transaction-scoped advisory lock held by one writer at a time.
/// Thread: the connection's thread.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { }
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Status begin(const QString& where);
    Status commit(const QString& where);
    /// Rolls back now (nothing when not open).
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_isOpen = false;
};

/// The columns of metric_series that make a MetricSummary, in the order metricSummaryAt() reads.
inline constexpr const char* kMetricSummaryColumns =
    "point_count, nan_count, last_step, last_value, last_wall_time, min_step, min_value, max_step, max_value";

/// The MetricSummary in the current row of `query`, whose columns from `first` on are
/// kMetricSummaryColumns; NULL values (no non-NaN value yet) read as NaN.
MetricSummary metricSummaryAt(const QSqlQuery& query, int first);

/// A REAL column that may be NULL (SQLite stores no NaN): NaN for NULL.
double realOrNan(const QVariant& value);

/// The time now as the store writes times: ISO 8601 in UTC with milliseconds.
QString storedNow();
/// A time the store wrote (storedNow()'s form); invalid for NULL or an empty text.
QDateTime storedTime(const QVariant& value);
/// `object` as compact JSON text, as the store keeps JSON columns.
QString compactJson(const QJsonObject& object);

} // namespace crucible
