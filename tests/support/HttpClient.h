#pragma once

// A plain blocking HTTP/1.1 client over POSIX sockets, for talking to Crucible's servers in tests
// exactly as other programs do: real TCP on loopback, keep-alive, and raw bytes when a test wants
// to send what no well-behaved client would.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstring>

namespace crucible::test {

struct HttpReply {
    int status = 0; ///< 0: no answer (connection refused, closed or timed out)
    QList<QPair<QByteArray, QByteArray>> headers; ///< names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerName) const
    {
        for (const auto& [name, value] : headers) {
            if (name == lowerName)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
};

/// One connection to 127.0.0.1:port.
class HttpConnection {
public:
    explicit HttpConnection(quint16 port, int timeoutMs = 10000) : m_timeoutMs(timeoutMs)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
        const int one = 1;
        if (m_fd >= 0)
            ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~HttpConnection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    bool isOpen() const { return m_fd >= 0; }

    /// Sends bytes as they are.
    bool sendRaw(const QByteArray& bytes)
    {
        qsizetype sent = 0;
        while (m_fd >= 0 && sent < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += qsizetype(n);
        }
        return m_fd >= 0;
    }

    static QByteArray requestBytes(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                                   const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto& [name, value] : headers)
            request += name + ": " + value + "\r\n";
        if (!body.isEmpty() || method == "POST")
            request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        return request + "\r\n" + body;
    }

    HttpReply request(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                      const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        if (!sendRaw(requestBytes(method, path, body, headers)))
            return {};
        return readReply();
    }

    /// Reads one answer (skipping a 100 Continue); status 0 when none came in time.
    HttpReply readReply()
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_timeoutMs);
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                HttpReply reply;
                const QList<QByteArray> lines = m_buffer.left(end).split('\n');
                const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
                reply.status = status.value(1).toInt();
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = lines[i].left(colon).trimmed().toLower();
                    const QByteArray value = lines[i].mid(colon + 1).trimmed();
                    reply.headers.append({name, value});
                    if (name == "content-length")
                        length = value.toLongLong();
                }
                if (reply.status == 100) {
                    m_buffer.remove(0, end + 4);
                    continue;
                }
                if (m_buffer.size() >= end + 4 + length) {
                    reply.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return reply;
                }
            }
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now())
                    .count();
            if (left <= 0 || m_fd < 0)
                return {};
            pollfd waiting {m_fd, POLLIN, 0};
            if (::poll(&waiting, 1, int(left)) <= 0)
                return {};
            char chunk[65536];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                return {};
            m_buffer.append(chunk, qsizetype(n));
        }
    }

    /// True when the server closed the connection (within `timeoutMs`).
    bool closedByServer(int timeoutMs)
    {
        pollfd waiting {m_fd, POLLIN, 0};
        if (::poll(&waiting, 1, timeoutMs) <= 0)
            return false;
        char byte = 0;
        return ::recv(m_fd, &byte, 1, MSG_PEEK) == 0;
    }

private:
    int m_fd = -1;
    int m_timeoutMs;
    QByteArray m_buffer;
};

/// One request on a connection of its own.
inline HttpReply httpRequest(quint16 port, const QByteArray& method, const QByteArray& path,
                             const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    HttpConnection connection(port);
    return connection.request(method, path, body, headers);
}

/// A free TCP port on loopback (bound and released; good enough for a test that starts a server next).
inline quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace crucible::test
