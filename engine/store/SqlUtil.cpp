#include "SqlUtil.h"

#include "engine/core/Message.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace crucible {

bool isBusyError(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
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
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    if ((isNumber && (code & 0xff) == 8) // SQLITE_READONLY and its extended codes
        || error.databaseText().contains(QStringLiteral("readonly database"), Qt::CaseInsensitive)) {
        return {ErrorCode::Io,
                CRUCIBLE_MESSAGE("the workspace is read-only (no permission to write it, or opened read-only), so %1 "
                                 "cannot be done; listing and showing still work")
                    .arg(doing),
                where};
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
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
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(query.lastError(), where, CRUCIBLE_MESSAGE("locking the workspace"));
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
