#pragma once

// A private PostgreSQL server from Debian's postgresql-15 on a loopback port, for the tests of
// workspaces on PostgreSQL: its own cluster in a temporary folder (initdb), trust for loopback,
// fsync off. Run as the postgres user when the tests run as root (PostgreSQL refuses root).
// Stopped when destroyed; a `timeout` around it ends it even if the test process is killed.
#include "HttpClient.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace crucible::test {

class PostgresServer {
public:
    PostgresServer() : m_folder(QDir::tempPath() + QStringLiteral("/crucible-pg-XXXXXX")), m_port(freePort())
    {
        const QStringList found = QDir(QStringLiteral("/usr/lib/postgresql"))
                                      .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString& version : found) {
            const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
            if (QFileInfo::exists(bin + QStringLiteral("/initdb"))) {
                m_bin = bin;
                break;
            }
        }
        if (m_bin.isEmpty()) {
            m_problem = QStringLiteral("PostgreSQL is not installed (Debian: apt install postgresql-15)");
            return;
        }
        QFile::setPermissions(m_folder.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                  | QFile::ExeOther);
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_folder.path()});
        QProcess initdb;
        initdb.setProcessChannelMode(QProcess::MergedChannels);
        start(initdb, QStringLiteral("initdb"),
              {QStringLiteral("-D"), data(), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
               QStringLiteral("crucible"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
               QStringLiteral("--no-sync")});
        if (!initdb.waitForFinished(120000) || initdb.exitCode() != 0) {
            m_problem = QStringLiteral("initdb failed: ") + QString::fromUtf8(initdb.readAll());
            return;
        }
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        // At most an hour: a test process that is killed leaves no server behind for long.
        const QStringList prefix = asPostgres();
        QStringList arguments = prefix.mid(1);
        arguments << QStringLiteral("timeout") << QStringLiteral("3600") << m_bin + QStringLiteral("/postgres")
                  << QStringLiteral("-D") << data() << QStringLiteral("-p") << QString::number(m_port)
                  << QStringLiteral("-k") << m_folder.path() << QStringLiteral("-c")
                  << QStringLiteral("listen_addresses=127.0.0.1") << QStringLiteral("-c") << QStringLiteral("fsync=off")
                  << QStringLiteral("-c") << QStringLiteral("full_page_writes=off") << QStringLiteral("-c")
                  << QStringLiteral("max_connections=60");
        m_server.start(prefix.first(), arguments);
    }

    ~PostgresServer() { stop(); }

    /// Stops the server (fast shutdown: connections are ended), as a server that goes away does.
    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        QProcess control;
        start(control, QStringLiteral("pg_ctl"),
              {QStringLiteral("stop"), QStringLiteral("-D"), data(), QStringLiteral("-m"), QStringLiteral("fast"),
               QStringLiteral("-w")});
        control.waitForFinished(30000);
        if (!m_server.waitForFinished(30000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    /// Starts it again after stop(), on the same port with the same data.
    void restart()
    {
        const QStringList prefix = asPostgres();
        m_server.start(prefix.first(), m_server.arguments());
    }

    bool isRunning() const { return m_server.state() != QProcess::NotRunning; }

    /// True once it accepts connections; otherwise problem() says why.
    bool waitUntilReady()
    {
        if (!m_problem.isEmpty())
            return false;
        for (int i = 0; i < 300; ++i) {
            if (m_server.state() == QProcess::NotRunning) {
                m_problem = QStringLiteral("the PostgreSQL server ended: ") + QString::fromUtf8(m_server.readAll());
                return false;
            }
            QProcess ready;
            ready.start(m_bin + QStringLiteral("/pg_isready"),
                        {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(m_port), QStringLiteral("-q")});
            if (ready.waitForFinished(5000) && ready.exitCode() == 0)
                return true;
            QTest::qWait(100);
        }
        m_problem =
            QStringLiteral("the PostgreSQL server did not become ready: ") + QString::fromUtf8(m_server.readAll());
        return false;
    }

    /// Makes database `name` (owned by the test's role).
    bool createDatabase(const QString& name)
    {
        QProcess create;
        create.setProcessChannelMode(QProcess::MergedChannels);
        create.start(m_bin + QStringLiteral("/createdb"),
                     {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                      QStringLiteral("-U"), QStringLiteral("crucible"), name});
        if (create.waitForFinished(30000) && create.exitCode() == 0)
            return true;
        m_problem = QStringLiteral("createdb failed: ") + QString::fromUtf8(create.readAll());
        return false;
    }

    /// A workspace URL for database `name` with its shared folder `objects`.
    QString url(const QString& name, const QString& objects) const
    {
        return QStringLiteral("postgresql://crucible@127.0.0.1:%1/%2?objects=%3").arg(m_port).arg(name, objects);
    }
    quint16 port() const { return m_port; }
    QString problem() const { return m_problem; }
    QString bin() const { return m_bin; }

private:
    QString data() const { return m_folder.path() + QStringLiteral("/data"); }

    /// The command prefix that runs a program as the postgres user when this is root.
    static QStringList asPostgres()
    {
        if (::geteuid() == 0)
            return {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")};
        return {QStringLiteral("env")};
    }

    void start(QProcess& process, const QString& program, const QStringList& arguments) const
    {
        const QStringList prefix = asPostgres();
        process.start(prefix.first(), prefix.mid(1) + QStringList {m_bin + QLatin1Char('/') + program} + arguments);
    }

    QTemporaryDir m_folder;
    quint16 m_port;
    QString m_bin;
    QString m_problem;
    QProcess m_server;
};

} // namespace crucible::test
