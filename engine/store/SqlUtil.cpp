#include "SqlUtil.h"

#include "engine/core/Message.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace crucible {

namespace {

/// PostgreSQL reports a five-character SQLSTATE; SQLite a number of at most four digits.
bool isSqlState(const QString& code)
{
    return code.size() == 5;
}

/// The advisory lock that stands for SQLite's write lock: one writer at a time per database.
constexpr qint64 kWriteLock = 0x43727563; // "Cruc"

} // namespace

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString insertionOrder(const QSqlDatabase& db, const QString& table)
{
    return table + (isPostgres(db) ? QStringLiteral(".id") : QStringLiteral(".rowid"));
}

bool isConnectionLost(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (isSqlState(code)) // connection_exception, admin_shutdown
        return code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01");
    if (error.type() == QSqlError::ConnectionError && code.isEmpty())
        return true;
    // libpq's own words when a call finds the connection gone (there is no SQLSTATE then).
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    for (const char* phrase :
         {"no connection to the server", "connection pointer is NULL", "server closed the connection",
          "terminating connection", "could not send data", "could not receive data"}) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isBusyError(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (isSqlState(code)) // lock_not_available, serialization_failure, deadlock_detected
        return code == QLatin1String("55P03") || code == QLatin1String("40001") || code == QLatin1String("40P01");
    // SQLITE_BUSY = 5, SQLITE_LOCKED = 6, and their extended codes (5 + n * 256, 6 + n * 256).
    bool ok = false;
    const int value = code.toInt(&ok);
    if (ok && ((value & 0xff) == 5 || (value & 0xff) == 6))
        return true;
    return error.databaseText().contains(QStringLiteral("locked"), Qt::CaseInsensitive)
        || error.databaseText().contains(QStringLiteral("busy"), Qt::CaseInsensitive);
}

Error sqlError(const QSqlError& error, const QString& where, const QString& doing)
{
    if (isBusyError(error)) {
        return {ErrorCode::Busy,
                CRUCIBLE_MESSAGE("the workspace is busy: another Crucible process is writing to it (while %1). "
                                 "Try again when it has finished.")
                    .arg(doing),
                where};
    }
    if (isConnectionLost(error)) {
        const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
        return {ErrorCode::Io,
                CRUCIBLE_MESSAGE("the database server cannot be reached (while %1): %2").arg(doing, detail.trimmed()),
                where};
    }
    bool isNumber = false;
    const QString nativeCode = error.nativeErrorCode();
    const int code = isSqlState(nativeCode) ? 0 : nativeCode.toInt(&isNumber);
    if (nativeCode == QLatin1String("25006") // PostgreSQL's read_only_sql_transaction
        || (isNumber && (code & 0xff) == 8) // SQLITE_READONLY and its extended codes
        || error.databaseText().contains(QStringLiteral("readonly database"), Qt::CaseInsensitive)) {
        return {ErrorCode::Io,
                CRUCIBLE_MESSAGE("the workspace is read-only (no permission to write it, or opened read-only), so %1 "
                                 "cannot be done; listing and showing still work")
                    .arg(doing),
                where};
    }
    QString detail = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    if (detail.isEmpty())
        detail = CRUCIBLE_MESSAGE("the database gave no reason (its connection may have been lost)");
    return {ErrorCode::Io, QStringLiteral("%1 failed: %2").arg(doing, detail), where};
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::rollback()
{
    if (m_isOpen)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_isOpen = false;
}

Status Transaction::begin(const QString& where)
{
    QSqlQuery query(m_db);
    if (!query.exec(isPostgres(m_db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("locking the workspace"));
    if (isPostgres(m_db) && !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock))) {
        const Error failed = sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("locking the workspace"));
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return failed;
    }
    m_isOpen = true;
    return Ok {};
}

Status Transaction::commit(const QString& where)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return sqlError(query.lastError(), where, QStringLiteral("saving"));
    m_isOpen = false;
    return Ok {};
}

double realOrNan(const QVariant& value)
{
    return value.isNull() ? std::numeric_limits<double>::quiet_NaN() : value.toDouble();
}

MetricSummary metricSummaryAt(const QSqlQuery& query, int first)
{
    MetricSummary summary;
    summary.count = query.value(first).toLongLong();
    summary.nanCount = query.value(first + 1).toLongLong();
    summary.lastStep = query.value(first + 2).toLongLong();
    summary.last = realOrNan(query.value(first + 3));
    summary.lastWallTime = query.value(first + 4).toDouble();
    summary.minStep = query.value(first + 5).toLongLong();
    summary.min = realOrNan(query.value(first + 6));
    summary.maxStep = query.value(first + 7).toLongLong();
    summary.max = realOrNan(query.value(first + 8));
    return summary;
}

QString storedNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime storedTime(const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace crucible
