#pragma once

// Debian's docker-registry (Docker Distribution) on a loopback port, for the OCI tests.
#include "Files.h"
#include "HttpClient.h"

#include <QDir>
#include <QProcess>
#include <QTest>

namespace crucible::test {

/// One docker-registry process on a loopback port with its storage in `folder`; stopped when destroyed.
class DockerRegistry {
public:
    DockerRegistry(const QString& program, const QString& folder, const QByteArray& authSection = {})
        : m_folder(folder), m_port(freePort())
    {
        QDir().mkpath(folder);
        const QString config =
            writeFile(QDir(folder).filePath(QStringLiteral("config.yml")),
                      "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n"
                      "    rootdirectory: "
                          + QDir(folder).filePath(QStringLiteral("data")).toUtf8()
                          + "\nhttp:\n  addr: 127.0.0.1:" + QByteArray::number(m_port) + "\n" + authSection);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, {QStringLiteral("serve"), config});
    }
    ~DockerRegistry()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    /// True once it answers /v2/ (200, or 401 when it wants a login).
    bool waitUntilReady()
    {
        for (int i = 0; i < 100; ++i) {
            const int status = httpRequest(m_port, "GET", "/v2/").status;
            if (status == 200 || status == 401)
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    QString url(const QString& repository) const
    {
        return QStringLiteral("oci://127.0.0.1:%1/%2").arg(m_port).arg(repository);
    }
    QString skopeoUrl(const QString& repository) const
    {
        return QStringLiteral("docker://127.0.0.1:%1/%2").arg(m_port).arg(repository);
    }
    /// The file in which the registry keeps the blob `digest` (sha256:...).
    QString blobFile(const QString& digest) const
    {
        const QString hex = digest.mid(7);
        return QDir(m_folder).filePath(
            QStringLiteral("data/docker/registry/v2/blobs/sha256/%1/%2/data").arg(hex.left(2), hex));
    }
    QString output() { return QString::fromUtf8(m_process.readAll()); }

private:
    QString m_folder;
    quint16 m_port;
    QProcess m_process;
};

} // namespace crucible::test
