#include "HttpServer.h"

#include <QByteArrayView>
#include <QJsonDocument>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace crucible {

QByteArray HttpRequest::header(const QByteArray& lowerName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject& document)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(document).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString& message)
{
    return json(status, {{QStringLiteral("error"), message}});
}

const char* httpReason(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch()).count();
}

QByteArray percentDecoded(QByteArrayView text, bool* ok)
{
    *ok = true;
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '%') {
            out += c;
            continue;
        }
        auto hex = [](char h) {
            if (h >= '0' && h <= '9')
                return h - '0';
            if (h >= 'a' && h <= 'f')
                return h - 'a' + 10;
            if (h >= 'A' && h <= 'F')
                return h - 'A' + 10;
            return -1;
        };
        const int high = i + 2 < text.size() ? hex(text[i + 1]) : -1;
        const int low = i + 2 < text.size() ? hex(text[i + 2]) : -1;
        if (high < 0 || low < 0) {
            *ok = false;
            return {};
        }
        out += char(high * 16 + low);
        i += 2;
    }
    return out;
}

QByteArray serialise(const HttpResponse& response, bool close, bool headOnly, bool keepAliveHeader)
{
    QByteArray out;
    out.reserve(response.body.size() + 160);
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += httpReason(response.status);
    out += "\r\nContent-Type: ";
    out += response.contentType;
    out += "\r\nContent-Length: ";
    out += QByteArray::number(response.body.size());
    for (const auto& [name, value] : response.headers) {
        out += "\r\n";
        out += name;
        out += ": ";
        out += value;
    }
    if (close)
        out += "\r\nConnection: close";
    else if (keepAliveHeader)
        out += "\r\nConnection: keep-alive";
    out += "\r\n\r\n";
    if (!headOnly) // a HEAD answer names the length of the body it leaves out
        out += response.body;
    return out;
}

/// Where a connection is in its request/answer cycle.
enum class Phase {
    Reading, ///< waiting for (the rest of) a request
    Handling, ///< the handler has it; no reading until it answers
    Writing, ///< sending an answer
    Closing, ///< answered and shut for writing; reading what the client still sends, then closed
};

/// How long a closing connection reads what the client still sends: closing a socket with unread
/// data makes the kernel send a reset, and the client would lose the answer it was just sent.
constexpr int kLingerMs = 1000;

struct Connection {
    int fd = -1;
    std::uint64_t serial = 0;
    Phase phase = Phase::Reading;
    QByteArray in;
    QByteArray out;
    qsizetype outSent = 0;
    bool closeAfterWrite = false;
    bool continueSent = false;
    std::int64_t deadline = 0; ///< ms on the steady clock; 0: none
    qsizetype requestBytes = 0; ///< bytes of `in` the request being handled takes
    bool isHead = false; ///< the request being answered is HEAD: headers only
    bool http10KeepAlive = false; ///< an HTTP/1.0 client asked to keep the connection
    qsizetype chunkScan = 0; ///< a chunked body: offset in `in` of the next chunk's size line; 0 before one
    QByteArray chunkBody; ///< a chunked body: the chunks decoded so far
    qsizetype bodyMark = 0; ///< size of `in` when the deadline was last moved for a body arriving
};

struct Completion {
    int fd;
    std::uint64_t serial;
    HttpResponse response;
};

} // namespace

namespace {

/// What the I/O threads share: the options, the handler and the counters.
struct Shared {
    HttpServer::Options options;
    HttpHandler handler;
    std::atomic<bool> stopping {false};
    std::atomic<std::int64_t> drainDeadline {0};
    std::atomic<std::int64_t> inFlight {0};
    std::atomic<std::int64_t> connections {0};
};

/// One I/O thread: its own epoll set, connections and completion queue.
class Loop : public std::enable_shared_from_this<Loop> {
public:
    Loop(Shared& server, int index) : m_server(server), m_index(index) { }
    ~Loop()
    {
        if (m_epoll >= 0)
            ::close(m_epoll);
        if (m_wake >= 0)
            ::close(m_wake);
    }

    bool init(int listenFd);
    void run();
    void post(int fd, std::uint64_t serial, HttpResponse&& response);
    void wake()
    {
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
    }

    std::thread thread;

private:
    void accept();
    void onEvent(Connection& c, std::uint32_t events);
    void readFrom(Connection& c);
    void parse(Connection& c);
    void respond(Connection& c, const HttpResponse& response, bool close);
    void flush(Connection& c);
    void finishWrite(Connection& c);
    void watch(Connection& c, std::uint32_t events);
    void drop(Connection& c);
    void drainCompletions();
    void sweep();

    Shared& m_server;
    int m_index;
    int m_epoll = -1;
    int m_wake = -1;
    int m_listen = -1;
    std::unordered_map<int, Connection> m_connections;
    std::uint64_t m_nextSerial = 1;
    std::mutex m_mutex;
    std::vector<Completion> m_completions;
    std::atomic<bool> m_hasCompletions {false};
    std::atomic<std::thread::id> m_threadId {};
    std::int64_t m_lastSweep = 0;
    bool m_listening = true;
    std::int64_t m_resumeAcceptAt = 0; ///< when accepting paused for want of descriptors resumes
};

} // namespace

struct HttpServer::Impl {
    Shared shared;
    int listenFd = -1;
    std::uint16_t port = 0;
    QString baseUrl;
    std::vector<std::shared_ptr<Loop>> loops;
    bool stopped = false;
};

namespace {

bool Loop::init(int listenFd)
{
    m_listen = listenFd;
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wake < 0)
        return false;
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = m_wake;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event) != 0)
        return false;
    event.events = EPOLLIN | EPOLLEXCLUSIVE;
    event.data.fd = m_listen;
    return ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listen, &event) == 0;
}

void Loop::post(int fd, std::uint64_t serial, HttpResponse&& response)
{
    {
        std::lock_guard lock(m_mutex);
        m_completions.push_back({fd, serial, std::move(response)});
    }
    m_hasCompletions.store(true, std::memory_order_release);
    if (std::this_thread::get_id() != m_threadId.load(std::memory_order_relaxed))
        wake();
}

void Loop::run()
{
    m_threadId.store(std::this_thread::get_id());
    std::vector<epoll_event> events(256);
    while (true) {
        if (m_server.stopping.load()) {
            if (m_listening) {
                ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listen, nullptr);
                m_listening = false;
            }
            // Close what waits for a request; keep what is being answered until the drain ends.
            std::vector<int> idle;
            for (auto& [fd, c] : m_connections) {
                if (c.phase == Phase::Reading || c.phase == Phase::Closing)
                    idle.push_back(fd);
            }
            for (int fd : idle)
                drop(m_connections.at(fd));
            if (m_connections.empty() || nowMs() >= m_server.drainDeadline.load())
                break;
        }
        const int timeout = m_hasCompletions.load(std::memory_order_acquire) ? 0 : (m_resumeAcceptAt > 0 ? 50 : 250);
        const int ready = ::epoll_wait(m_epoll, events.data(), int(events.size()), timeout);
        for (int i = 0; i < ready; ++i) {
            const int fd = events[size_t(i)].data.fd;
            if (fd == m_wake) {
                std::uint64_t count = 0;
                [[maybe_unused]] const auto got = ::read(m_wake, &count, sizeof count);
                continue;
            }
            if (fd == m_listen) {
                accept();
                continue;
            }
            const auto found = m_connections.find(fd);
            if (found != m_connections.end())
                onEvent(found->second, events[size_t(i)].events);
        }
        if (m_server.options.afterEvents)
            m_server.options.afterEvents();
        drainCompletions();
        if (!m_listening && m_resumeAcceptAt > 0 && nowMs() >= m_resumeAcceptAt && !m_server.stopping.load()) {
            epoll_event event {};
            event.events = EPOLLIN | EPOLLEXCLUSIVE;
            event.data.fd = m_listen;
            if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_listen, &event) == 0)
                m_listening = true;
            m_resumeAcceptAt = m_listening ? 0 : nowMs() + 100;
        }
        if (nowMs() - m_lastSweep >= 250)
            sweep();
    }
    std::vector<int> rest;
    for (auto& [fd, c] : m_connections)
        rest.push_back(fd);
    for (int fd : rest)
        drop(m_connections.at(fd));
}

void Loop::accept()
{
    while (true) {
        const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                // Out of descriptors: the listening socket stays readable, and taking it again at
                // once would spin. Pause accepting a moment; open connections go on.
                ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_listen, nullptr);
                m_listening = false;
                m_resumeAcceptAt = nowMs() + 100;
            }
            return; // EAGAIN, or a connection that went away before we took it
        }
        if (m_server.stopping.load() || m_server.connections.load() >= m_server.options.maxConnections) {
            ::close(fd);
            continue;
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        Connection& c = m_connections[fd];
        c = Connection {};
        c.fd = fd;
        c.serial = m_nextSerial++;
        c.deadline = nowMs() + m_server.options.idleTimeoutMs;
        m_server.connections.fetch_add(1);
        epoll_event event {};
        event.events = EPOLLIN | EPOLLRDHUP;
        event.data.fd = fd;
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0)
            drop(c);
    }
}

void Loop::watch(Connection& c, std::uint32_t events)
{
    epoll_event event {};
    event.events = events;
    event.data.fd = c.fd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &event);
}

void Loop::drop(Connection& c)
{
    if (c.phase == Phase::Handling || (c.phase == Phase::Writing && c.requestBytes > 0))
        m_server.inFlight.fetch_sub(1);
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
    ::close(c.fd);
    m_server.connections.fetch_sub(1);
    m_connections.erase(c.fd);
}

void Loop::onEvent(Connection& c, std::uint32_t events)
{
    if (events & (EPOLLERR | EPOLLHUP)) {
        drop(c);
        return;
    }
    if (c.phase == Phase::Writing && (events & EPOLLOUT)) {
        flush(c);
        return;
    }
    if (c.phase == Phase::Closing) {
        char discard[16384];
        ssize_t got = 0;
        while ((got = ::recv(c.fd, discard, sizeof discard, 0)) > 0) { }
        if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
            drop(c);
        return;
    }
    if (c.phase == Phase::Reading && (events & (EPOLLIN | EPOLLRDHUP)))
        readFrom(c);
}

void Loop::readFrom(Connection& c)
{
    const std::int64_t limit = std::int64_t(m_server.options.maxHeaderBytes) + m_server.options.maxBodyBytes + 4096;
    char buffer[65536];
    bool closed = false;
    while (true) {
        const ssize_t got = ::recv(c.fd, buffer, sizeof buffer, 0);
        if (got > 0) {
            if (c.in.isEmpty())
                c.deadline = nowMs() + m_server.options.headerTimeoutMs;
            c.in.append(buffer, qsizetype(got));
            // A body that keeps arriving (64 KiB more since the deadline moved) gets more time: a
            // large upload is limited by how steadily it comes, not by its size.
            if (c.bodyMark > 0 && c.in.size() - c.bodyMark >= (64 << 10)) {
                c.deadline = nowMs() + m_server.options.headerTimeoutMs;
                c.bodyMark = c.in.size();
            }
            if (c.in.size() > limit)
                break; // parse() refuses it
            continue;
        }
        if (got == 0)
            closed = true;
        else if (errno == EINTR)
            continue;
        else if (errno != EAGAIN && errno != EWOULDBLOCK)
            closed = true;
        break;
    }
    if (closed && c.in.isEmpty()) {
        drop(c);
        return;
    }
    const std::uint64_t serial = c.serial;
    const int fd = c.fd;
    parse(c);
    // A client that sent its request and closed its side still gets the answer; one that closed
    // in the middle of a request is gone.
    const auto found = m_connections.find(fd);
    if (closed && found != m_connections.end() && found->second.serial == serial
        && found->second.phase == Phase::Reading)
        drop(found->second);
}

void Loop::parse(Connection& c)
{
    const HttpServer::Options& options = m_server.options;
    const qsizetype headerEnd = c.in.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (c.in.size() > options.maxHeaderBytes)
            respond(
                c,
                HttpResponse::error(
                    431, QStringLiteral("the request line and headers exceed %1 bytes").arg(options.maxHeaderBytes)),
                true);
        return;
    }
    if (headerEnd > options.maxHeaderBytes) {
        respond(c,
                HttpResponse::error(
                    431, QStringLiteral("the request line and headers exceed %1 bytes").arg(options.maxHeaderBytes)),
                true);
        return;
    }
    const QByteArrayView head(c.in.constData(), headerEnd);
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> pieces;
        qsizetype start = 0;
        while (start <= requestLine.size()) {
            qsizetype space = requestLine.indexOf(' ', start);
            if (space < 0)
                space = requestLine.size();
            pieces << requestLine.sliced(start, space - start);
            start = space + 1;
        }
        return pieces;
    }();
    auto bad = [&](const QString& message) { respond(c, HttpResponse::error(400, message), true); };
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return bad(QStringLiteral("malformed request line: expected 'METHOD /path HTTP/1.1'"));
    // A bare CR or LF, NUL or another control character inside the head would let a proxy in front
    // read the request differently (request smuggling): refused.
    for (const char ch : head) {
        if ((uchar(ch) < 0x20 && ch != '\t' && ch != '\r' && ch != '\n') || ch == 0x7f)
            return bad(QStringLiteral("the request line or a header holds a control character"));
    }
    for (qsizetype i = 0; i < head.size(); ++i) {
        if ((head[i] == '\r') != (i + 1 < head.size() && head[i + 1] == '\n'))
            return bad(QStringLiteral("the request line or a header holds a bare CR or LF; lines end with CRLF"));
        if (head[i] == '\n' && (i == 0 || head[i - 1] != '\r'))
            return bad(QStringLiteral("the request line or a header holds a bare CR or LF; lines end with CRLF"));
    }
    const QByteArrayView version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return respond(c, HttpResponse::error(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are served")), true);
        return bad(QStringLiteral("malformed request line: expected 'METHOD /path HTTP/1.1'"));
    }
    HttpRequest request;
    request.method = parts[0].toByteArray();
    const QByteArrayView target = parts[1];
    if (!target.startsWith('/'))
        return bad(QStringLiteral("the request target must be a path starting with '/'"));
    const qsizetype question = target.indexOf('?');
    bool decoded = false;
    request.path = percentDecoded(question < 0 ? target : target.first(question), &decoded);
    if (!decoded || request.path.contains('\0'))
        return bad(QStringLiteral("the request path has a malformed percent escape"));
    if (question >= 0)
        request.query = target.sliced(question + 1).toByteArray();
    bool keepAlive = version == "HTTP/1.1";
    std::int64_t contentLength = -1;
    bool chunked = false;
    bool expectContinue = false;
    qsizetype start = lineEnd < 0 ? head.size() : lineEnd + 2;
    while (start < head.size()) {
        qsizetype end = head.indexOf("\r\n", start);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(start, end - start);
        start = end + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return bad(QStringLiteral("malformed header line (no 'Name: value')"));
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const bool isToken = std::all_of(name.begin(), name.end(), [](char ch) {
            return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')
                || std::strchr("!#$%&'*+-.^_`|~", ch) != nullptr;
        });
        if (!isToken)
            return bad(QStringLiteral("malformed header name '%1'").arg(QString::fromLatin1(name.left(100))));
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name == "content-length") {
            bool ok = false;
            const std::int64_t length = value.toLongLong(&ok);
            const bool digits = !value.isEmpty()
                && std::all_of(value.begin(), value.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
            if (!ok || !digits || (contentLength >= 0 && contentLength != length))
                return bad(QStringLiteral("invalid or conflicting Content-Length"));
            contentLength = length;
        } else if (name == "transfer-encoding") {
            if (value.toLower() != "chunked")
                return respond(
                    c, HttpResponse::error(501, QStringLiteral("only the chunked transfer coding is accepted")), true);
            chunked = true;
        } else if (name == "connection") {
            const QByteArray lower = value.toLower();
            if (lower.contains("close"))
                keepAlive = false;
            else if (lower.contains("keep-alive"))
                keepAlive = true;
        } else if (name == "expect") {
            if (value.toLower() != "100-continue")
                return respond(c, HttpResponse::error(417, QStringLiteral("unsupported Expect header")), true);
            expectContinue = true;
        }
        request.headers.append({name, value});
    }
    if (chunked && contentLength >= 0)
        return bad(QStringLiteral("a request may not carry both Content-Length and Transfer-Encoding"));
    if (!chunked && contentLength < 0
        && (request.method == "POST" || request.method == "PUT" || request.method == "PATCH"))
        return respond(
            c,
            HttpResponse::error(
                411,
                QStringLiteral("a %1 request needs a Content-Length header").arg(QString::fromLatin1(request.method))),
            true);
    auto tooLarge = [&](std::int64_t bytes) {
        respond(c,
                HttpResponse::error(413,
                                    QStringLiteral("the request body of %1 bytes exceeds the limit of %2 bytes")
                                        .arg(bytes)
                                        .arg(options.maxBodyBytes)),
                true);
    };
    if (contentLength > options.maxBodyBytes)
        return tooLarge(contentLength);
    const qsizetype bodyStart = headerEnd + 4;
    auto waitForBody = [&] {
        if (expectContinue && !c.continueSent) {
            c.continueSent = true;
            static const char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";
            [[maybe_unused]] const auto sent = ::send(c.fd, kContinue, sizeof kContinue - 1, MSG_NOSIGNAL);
        }
        if (c.bodyMark == 0)
            c.bodyMark = c.in.size();
    };
    if (chunked) {
        // Chunks as they come (size in hex, CRLF, data, CRLF; a zero size and trailers end it),
        // decoded once each: where the next size line starts is kept between reads.
        if (c.chunkScan == 0) {
            c.chunkScan = bodyStart;
            c.chunkBody.clear();
        }
        if (c.in.size() - bodyStart > 2 * options.maxBodyBytes + (1 << 20))
            return tooLarge(c.in.size() - bodyStart);
        while (true) {
            const qsizetype sizeEnd = c.in.indexOf("\r\n", c.chunkScan);
            if (sizeEnd < 0) {
                if (c.in.size() - c.chunkScan > 1024)
                    return bad(QStringLiteral("malformed chunk size line"));
                return waitForBody();
            }
            QByteArray sizeText = c.in.mid(c.chunkScan, sizeEnd - c.chunkScan);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                sizeText.truncate(semicolon); // chunk extensions are ignored
            sizeText = sizeText.trimmed();
            bool ok = false;
            const std::int64_t size = sizeText.toLongLong(&ok, 16);
            if (!ok || size < 0 || sizeText.isEmpty() || sizeText.size() > 15 || sizeText.startsWith('-')
                || sizeText.startsWith('+'))
                return bad(QStringLiteral("malformed chunk size '%1'").arg(QString::fromLatin1(sizeText.left(20))));
            if (size == 0) {
                qsizetype position = sizeEnd + 2;
                while (true) { // trailer lines, ignored, until an empty line
                    const qsizetype end = c.in.indexOf("\r\n", position);
                    if (end < 0) {
                        if (c.in.size() - position > options.maxHeaderBytes)
                            return bad(QStringLiteral("the chunked body's trailers are too long"));
                        return waitForBody();
                    }
                    const bool empty = end == position;
                    position = end + 2;
                    if (empty)
                        break;
                }
                request.body = std::move(c.chunkBody);
                c.chunkBody = QByteArray();
                c.requestBytes = position;
                c.chunkScan = 0;
                break;
            }
            if (std::int64_t(c.chunkBody.size()) + size > options.maxBodyBytes)
                return tooLarge(std::int64_t(c.chunkBody.size()) + size);
            if (c.in.size() < sizeEnd + 2 + size + 2)
                return waitForBody();
            if (c.in.at(sizeEnd + 2 + qsizetype(size)) != '\r' || c.in.at(sizeEnd + 3 + qsizetype(size)) != '\n')
                return bad(QStringLiteral("a chunk does not end with CRLF"));
            c.chunkBody.append(c.in.constData() + sizeEnd + 2, qsizetype(size));
            c.chunkScan = sizeEnd + 2 + qsizetype(size) + 2;
        }
    } else {
        const std::int64_t bodyLength = std::max<std::int64_t>(contentLength, 0);
        if (c.in.size() - bodyStart < bodyLength)
            return waitForBody(); // the rest of the body is still coming
        request.body = c.in.mid(bodyStart, qsizetype(bodyLength));
        c.requestBytes = bodyStart + qsizetype(bodyLength);
    }
    c.bodyMark = 0;
    c.phase = Phase::Handling;
    c.closeAfterWrite = !keepAlive || m_server.stopping.load();
    c.isHead = request.method == "HEAD";
    c.http10KeepAlive = keepAlive && version == "HTTP/1.0";
    c.deadline = 0;
    watch(c, 0);
    m_server.inFlight.fetch_add(1);
    const int fd = c.fd;
    const std::uint64_t serial = c.serial;
    // The responder keeps this loop's queue alive: a late answer after stop() goes nowhere.
    std::shared_ptr<Loop> self = shared_from_this();
    m_server.handler(std::move(request),
                     [self, fd, serial](HttpResponse response) { self->post(fd, serial, std::move(response)); });
}

void Loop::respond(Connection& c, const HttpResponse& response, bool close)
{
    c.closeAfterWrite = c.closeAfterWrite || close || m_server.stopping.load();
    c.out = serialise(response, c.closeAfterWrite, c.isHead, c.http10KeepAlive);
    c.outSent = 0;
    c.phase = Phase::Writing;
    c.deadline = nowMs() + m_server.options.writeTimeoutMs;
    flush(c);
}

void Loop::flush(Connection& c)
{
    while (c.outSent < c.out.size()) {
        const ssize_t sent =
            ::send(c.fd, c.out.constData() + c.outSent, size_t(c.out.size() - c.outSent), MSG_NOSIGNAL);
        if (sent > 0) {
            c.outSent += qsizetype(sent);
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            watch(c, EPOLLOUT);
            return;
        }
        drop(c); // the client went away
        return;
    }
    finishWrite(c);
}

void Loop::finishWrite(Connection& c)
{
    const qsizetype consumed = c.requestBytes;
    c.requestBytes = 0;
    if (consumed > 0)
        m_server.inFlight.fetch_sub(1);
    if (c.closeAfterWrite) {
        ::shutdown(c.fd, SHUT_WR);
        c.phase = Phase::Closing;
        c.in.clear();
        c.deadline = nowMs() + kLingerMs;
        watch(c, EPOLLIN | EPOLLRDHUP);
        return;
    }
    c.in.remove(0, consumed);
    c.out.clear();
    c.outSent = 0;
    c.continueSent = false;
    c.isHead = false;
    c.chunkScan = 0;
    c.chunkBody.clear();
    c.bodyMark = 0;
    c.phase = Phase::Reading;
    c.deadline = nowMs() + (c.in.isEmpty() ? m_server.options.idleTimeoutMs : m_server.options.headerTimeoutMs);
    watch(c, EPOLLIN | EPOLLRDHUP);
    if (!c.in.isEmpty())
        parse(c); // a pipelined request
}

void Loop::drainCompletions()
{
    if (!m_hasCompletions.exchange(false, std::memory_order_acq_rel))
        return;
    std::vector<Completion> ready;
    {
        std::lock_guard lock(m_mutex);
        ready.swap(m_completions);
    }
    for (Completion& done : ready) {
        const auto found = m_connections.find(done.fd);
        if (found == m_connections.end() || found->second.serial != done.serial
            || found->second.phase != Phase::Handling)
            continue; // the connection went away while its request was handled (drop() counted it)
        respond(found->second, done.response, false);
    }
}

void Loop::sweep()
{
    const std::int64_t now = nowMs();
    m_lastSweep = now;
    std::vector<int> expired;
    for (auto& [fd, c] : m_connections) {
        if (c.deadline > 0 && now >= c.deadline)
            expired.push_back(fd);
    }
    for (int fd : expired) {
        Connection& c = m_connections.at(fd);
        if (c.phase == Phase::Reading && !c.in.isEmpty())
            respond(c,
                    HttpResponse::error(
                        408,
                        c.bodyMark > 0 ? QStringLiteral("the request body stalled: less than 64 KiB arrived in %1 ms")
                                             .arg(m_server.options.headerTimeoutMs)
                                       : QStringLiteral("the request did not arrive within %1 ms")
                                             .arg(m_server.options.headerTimeoutMs)),
                    true);
        else
            drop(c);
    }
}

} // namespace

HttpServer::HttpServer() : m_impl(std::make_unique<Impl>())
{ }

HttpServer::~HttpServer()
{
    stop(0);
}

Result<std::unique_ptr<HttpServer>> HttpServer::start(const Options& options, HttpHandler handler)
{
    const QString where = QStringLiteral("%1:%2").arg(options.host).arg(options.port);
    const QString host = options.host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : options.host;
    in_addr v4 {};
    in6_addr v6address {};
    const QByteArray hostBytes = host.toLatin1();
    const bool v6 = host.contains(QLatin1Char(':'));
    if (v6 ? ::inet_pton(AF_INET6, hostBytes.constData(), &v6address) != 1
           : ::inet_pton(AF_INET, hostBytes.constData(), &v4) != 1)
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("'%1' is not an IP address to listen on (for example 127.0.0.1, 0.0.0.0 or ::1)")
                          .arg(options.host),
                      where};
    std::unique_ptr<HttpServer> server(new HttpServer);
    Impl& d = *server->m_impl;
    d.shared.options = options;
    d.shared.options.ioThreads = std::max(1, options.ioThreads);
    // More connections than descriptors would end in failed accepts: keep 64 for files and models.
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        d.shared.options.maxConnections = int(
            std::min<rlim_t>(rlim_t(std::max(1, options.maxConnections)), std::max<rlim_t>(16, files.rlim_cur - 64)));
    d.shared.handler = std::move(handler);
    d.listenFd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (d.listenFd < 0)
        return Error {ErrorCode::Io,
                      QStringLiteral("cannot create a socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                      where};
    const int one = 1;
    ::setsockopt(d.listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    int bound = -1;
    if (v6) {
        sockaddr_in6 socketAddress {};
        socketAddress.sin6_family = AF_INET6;
        socketAddress.sin6_port = htons(options.port);
        socketAddress.sin6_addr = v6address;
        bound = ::bind(d.listenFd, reinterpret_cast<sockaddr*>(&socketAddress), sizeof socketAddress);
    } else {
        sockaddr_in socketAddress {};
        socketAddress.sin_family = AF_INET;
        socketAddress.sin_port = htons(options.port);
        socketAddress.sin_addr = v4;
        bound = ::bind(d.listenFd, reinterpret_cast<sockaddr*>(&socketAddress), sizeof socketAddress);
    }
    if (bound != 0 || ::listen(d.listenFd, 1024) != 0) {
        const int problem = errno;
        ::close(d.listenFd);
        d.listenFd = -1;
        QString message = QString::fromLocal8Bit(std::strerror(problem));
        if (problem == EADDRINUSE)
            message =
                QStringLiteral("port %1 is in use by another program; choose another with --port").arg(options.port);
        else if (problem == EACCES)
            message = QStringLiteral("port %1 needs privileges; choose one above 1023").arg(options.port);
        else if (problem == EADDRNOTAVAIL)
            message = QStringLiteral("%1 is not an address of this machine").arg(options.host);
        // Busy: another program holds the port (the GUI then tries the next one when asked to).
        return Error {problem == EADDRINUSE ? ErrorCode::Busy : ErrorCode::Io,
                      QStringLiteral("cannot listen: %1").arg(message), where};
    }
    sockaddr_storage actual {};
    socklen_t length = sizeof actual;
    ::getsockname(d.listenFd, reinterpret_cast<sockaddr*>(&actual), &length);
    d.port = v6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&actual)->sin6_port)
                : ntohs(reinterpret_cast<sockaddr_in*>(&actual)->sin_port);
    d.baseUrl = QStringLiteral("http://%1:%2").arg(v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host).arg(d.port);
    for (int i = 0; i < d.shared.options.ioThreads; ++i) {
        auto loop = std::make_shared<Loop>(d.shared, i);
        if (!loop->init(d.listenFd))
            return Error {ErrorCode::Io,
                          QStringLiteral("cannot set up epoll: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                          where};
        d.loops.push_back(std::move(loop));
    }
    for (auto& loop : d.loops) {
        Loop* l = loop.get();
        l->thread = std::thread([l] { l->run(); });
    }
    return server;
}

std::uint16_t HttpServer::port() const
{
    return m_impl->port;
}

QString HttpServer::baseUrl() const
{
    return m_impl->baseUrl;
}

std::int64_t HttpServer::inFlight() const
{
    return m_impl->shared.inFlight.load();
}

std::int64_t HttpServer::connections() const
{
    return m_impl->shared.connections.load();
}

void HttpServer::stop(int drainMs)
{
    Impl& d = *m_impl;
    if (d.stopped)
        return;
    d.stopped = true;
    d.shared.drainDeadline.store(nowMs() + std::max(0, drainMs));
    d.shared.stopping.store(true);
    for (auto& loop : d.loops)
        loop->wake();
    for (auto& loop : d.loops) {
        if (loop->thread.joinable())
            loop->thread.join();
    }
    d.loops.clear();
    if (d.listenFd >= 0)
        ::close(d.listenFd);
    d.listenFd = -1;
}

} // namespace crucible
