#pragma once

// Small helpers shared by the tests: file digests and a SQLite file built by hand.
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

// QVERIFY2 evaluates its message even on success, so a Result's error is only read on failure.
#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        if (!(result))                                                                                                 \
            QFAIL(qPrintable((result).error().text()));                                                                \
    } while (false)

namespace crucible::test {

inline QByteArray sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/// Creates a SQLite file at `path` (rollback journal, not WAL) with a table of one row and the
/// given user_version, as another program or a newer Crucible might have left it.
inline bool writeSqliteFile(const QString& path, int userVersion)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("CREATE TABLE keepsake (value TEXT)"))
                && query.exec(QStringLiteral("INSERT INTO keepsake VALUES ('precious')"))
                && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace crucible::test
