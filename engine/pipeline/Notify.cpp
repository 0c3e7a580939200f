#include "engine/pipeline/Notify.h"
#include "engine/core/Message.h"

#include <QElapsedTimer>
#include <QFile>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace crucible {

namespace {

/// Closes a socket when it goes out of scope.
struct SocketGuard {
    int fd = -1;
    ~SocketGuard()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

Error urlError(const QString& url, const QString& message)
{
    return {ErrorCode::Io, message, url};
}

} // namespace

Status appendLine(const QString& path, const QString& line)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot append: %1").arg(file.errorString()), path};
    const QByteArray bytes = line.toUtf8() + '\n';
    if (file.write(bytes) != bytes.size())
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot append: %1").arg(file.errorString()), path};
    return Ok {};
}

Result<int> postJson(const QString& text, const QByteArray& json, int timeoutMs)
{
    const QUrl url(text);
    if (url.scheme() == QLatin1String("https"))
        return urlError(text,
                        CRUCIBLE_MESSAGE("https is not spoken by notify; post through a shell step "
                                         "(curl -d @- URL) or a local relay on http"));
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty())
        return urlError(text, CRUCIBLE_MESSAGE("not an http:// URL"));
    const QByteArray host = url.host().toUtf8();
    const QByteArray port = QByteArray::number(url.port(80));
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* addresses = nullptr;
    if (const int failed = ::getaddrinfo(host.constData(), port.constData(), &hints, &addresses); failed != 0)
        return urlError(
            text,
            CRUCIBLE_MESSAGE("cannot resolve %1: %2").arg(url.host(), QString::fromLocal8Bit(gai_strerror(failed))));
    SocketGuard socket;
    QString lastError;
    for (addrinfo* address = addresses; address; address = address->ai_next) {
        socket.fd = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
        if (socket.fd < 0)
            continue;
        if (::connect(socket.fd, address->ai_addr, address->ai_addrlen) == 0)
            break;
        lastError = QString::fromLocal8Bit(std::strerror(errno));
        ::close(socket.fd);
        socket.fd = -1;
    }
    ::freeaddrinfo(addresses);
    if (socket.fd < 0)
        return urlError(text, CRUCIBLE_MESSAGE("cannot connect: %1").arg(lastError));
    const QByteArray path = url.path(QUrl::FullyEncoded).isEmpty() ? QByteArray("/")
                                                                   : url.path(QUrl::FullyEncoded).toUtf8()
            + (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toUtf8() : QByteArray());
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nContent-Type: application/json\r\nUser-Agent: crucible\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    QElapsedTimer clock;
    clock.start();
    qsizetype sent = 0;
    while (sent < request.size()) {
        const ssize_t wrote =
            ::send(socket.fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
        if (wrote < 0) {
            if (errno == EINTR)
                continue;
            return urlError(text,
                            CRUCIBLE_MESSAGE("sending failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        sent += wrote;
    }
    QByteArray answer;
    while (!answer.contains("\r\n")) {
        const int left = timeoutMs - int(clock.elapsed());
        if (left <= 0)
            return urlError(text, CRUCIBLE_MESSAGE("no answer within %1 ms").arg(timeoutMs));
        pollfd wait {socket.fd, POLLIN, 0};
        const int ready = ::poll(&wait, 1, left);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return urlError(text, CRUCIBLE_MESSAGE("no answer within %1 ms").arg(timeoutMs));
        char buffer[1024];
        const ssize_t got = ::recv(socket.fd, buffer, sizeof buffer, 0);
        if (got <= 0)
            break;
        answer.append(buffer, got);
        if (answer.size() > 8192)
            break;
    }
    const QList<QByteArray> status = answer.left(answer.indexOf("\r\n")).split(' ');
    bool ok = false;
    const int code = status.size() >= 2 ? status[1].toInt(&ok) : 0;
    if (!ok || !status[0].startsWith("HTTP/"))
        return urlError(text, CRUCIBLE_MESSAGE("the server did not answer with HTTP"));
    if (code < 200 || code > 299)
        return urlError(text, CRUCIBLE_MESSAGE("the server answered HTTP %1").arg(code));
    return code;
}

} // namespace crucible
