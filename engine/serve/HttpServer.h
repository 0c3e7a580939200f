#pragma once

#include "engine/core/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

namespace crucible {

/// One HTTP request as the server read it. Thread: a plain value type.
struct HttpRequest {
    QByteArray method; ///< "GET", "POST", ...
    QByteArray path; ///< the target's path, percent-decoded, without the query
    QByteArray query; ///< what followed '?', undecoded
    QList<QPair<QByteArray, QByteArray>> headers; ///< names in lower case, values trimmed
    QByteArray body;

    /// The value of header `lowerName`, empty when absent.
    QByteArray header(const QByteArray& lowerName) const;
};

/// One HTTP response. Thread: a plain value type.
struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers

    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append(qMakePair(name, value)); }

    static HttpResponse json(int status, const QJsonObject& document);
    /// {"error": "<message>"} with `status`: what every refusal of the server looks like.
    static HttpResponse error(int status, const QString& message);
};

/// Answers one request: call it exactly once, from any thread, now or later.
using HttpResponder = std::function<void(HttpResponse)>;
/// Handles one request: runs on one of the server's I/O threads and must not block; work that
/// takes time goes elsewhere and answers through the responder.
using HttpHandler = std::function<void(HttpRequest&&, HttpResponder)>;

/// A small HTTP/1.1 server (Linux epoll): keep-alive, pipelining (answered in order), bounded
/// header and body sizes, timeouts for slow or stalled clients, and a drain on stop. A request
/// that breaks a rule gets a 4xx answer with a JSON error and the connection closes; other
/// connections are not affected. Thread: start and stop on one thread; handlers run on the
/// server's I/O threads.
class HttpServer {
public:
    struct Options {
        QString host = QStringLiteral("127.0.0.1"); ///< an IPv4 or IPv6 address, or "localhost"
        std::uint16_t port = 8080; ///< 0: a free port (see port())
        int ioThreads = 1;
        std::int64_t maxBodyBytes = std::int64_t(16) << 20; ///< larger bodies get 413
        int maxHeaderBytes = 64 << 10; ///< request line and headers; larger get 431
        int headerTimeoutMs = 10000; ///< to receive a whole request once it began; then 408
        int idleTimeoutMs = 60000; ///< a kept-alive connection with no request is closed
        int writeTimeoutMs = 30000; ///< a client that stops reading its answer is dropped
        int maxConnections = 10000; ///< beyond, new connections are closed at once
        /// Called on each I/O thread after it handled a wake-up's events and before it sends the
        /// answers ready: work the handlers gathered (a batch) can run here and still answer in
        /// the same turn. Must not block.
        std::function<void()> afterEvents;
    };

    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    /// Binds and starts serving. An error says what failed (address in use, not an address).
    static Result<std::unique_ptr<HttpServer>> start(const Options& options, HttpHandler handler);

    std::uint16_t port() const;
    /// "http://127.0.0.1:8080" (IPv6 addresses in brackets).
    QString baseUrl() const;
    /// Requests read whose answer has not been sent yet.
    std::int64_t inFlight() const;
    /// Open connections.
    std::int64_t connections() const;

    /// Stops accepting, answers what is in flight (waiting at most `drainMs`), closes every
    /// connection and joins the I/O threads. Idempotent; the destructor calls stop(0).
    void stop(int drainMs);

private:
    HttpServer();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The reason phrase of an HTTP status code ("Not Found"). Thread: any.
const char* httpReason(int status);

} // namespace crucible
