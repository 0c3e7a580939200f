// HttpServer over real loopback sockets: keep-alive and pipelining, answers from other threads,
// every rule a hostile or broken client can break (sizes, syntax, stalls, chunked bodies), and a
// stop that drains what is in flight.
#include "../support/HttpClient.h"
#include "engine/serve/HttpServer.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace crucible;
using crucible::test::HttpConnection;
using crucible::test::HttpReply;

namespace {

/// Echoes the method, path, query and body; "/slow" answers from another thread after 300 ms.
HttpHandler echo(std::atomic<int>* handled = nullptr)
{
    return [handled](HttpRequest&& request, HttpResponder respond) {
        if (handled)
            handled->fetch_add(1);
        HttpResponse response;
        response.contentType = "text/plain";
        response.body = request.method + ' ' + request.path + '?' + request.query + '|' + request.body;
        if (request.path == "/slow") {
            std::thread([respond, response] {
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                respond(response);
            }).detach();
            return;
        }
        respond(std::move(response));
    };
}

std::unique_ptr<HttpServer> startServer(HttpServer::Options options = {}, std::atomic<int>* handled = nullptr)
{
    options.port = 0;
    auto server = HttpServer::start(options, echo(handled));
    if (!server)
        qFatal("%s", qPrintable(server.error().text()));
    return std::move(server.value());
}

} // namespace

class TestHttpServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepAliveAndPipelining()
    {
        auto server = startServer();
        QVERIFY(server->baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
        HttpConnection connection(server->port());
        QVERIFY(connection.isOpen());
        const HttpReply first = connection.request("GET", "/a%20b?x=1");
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body, QByteArray("GET /a b?x=1|"));
        const HttpReply second = connection.request("POST", "/p", "{\"k\": 1}");
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, QByteArray("POST /p?|{\"k\": 1}"));
        // Two requests in one write: both answered, in order, on the same connection.
        QVERIFY(connection.sendRaw(HttpConnection::requestBytes("GET", "/slow")
                                   + HttpConnection::requestBytes("GET", "/fast")));
        QCOMPARE(connection.readReply().body, QByteArray("GET /slow?|"));
        QCOMPARE(connection.readReply().body, QByteArray("GET /fast?|"));
        QCOMPARE(server->connections(), 1);
    }

    void headAnswersWithoutABodyAndKeepsTheConnectionInStep()
    {
        auto server = startServer();
        HttpConnection connection(server->port());
        QVERIFY(connection.sendRaw("HEAD /h HTTP/1.1\r\n\r\n"));
        // readReply() would wait for the announced body; the next answer must come right after the head.
        QVERIFY(connection.sendRaw(HttpConnection::requestBytes("GET", "/after")));
        const HttpReply head = connection.readReply();
        QCOMPARE(head.status, 200);
        QVERIFY(head.header("content-length").toInt() > 0);
        // What readReply() took as the HEAD answer's body ("HEAD /h?|" is 9 bytes long) is the start
        // of the next answer: nothing came between them.
        QCOMPARE(head.header("content-length"), QByteArray("9"));
        QCOMPARE(head.body, QByteArray("HTTP/1.1 "));
    }

    void http10KeepAliveIsConfirmed()
    {
        auto server = startServer();
        HttpConnection connection(server->port());
        QVERIFY(connection.sendRaw("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
        const HttpReply first = connection.readReply();
        QCOMPARE(first.header("connection"), QByteArray("keep-alive"));
        QVERIFY(connection.sendRaw("GET /b HTTP/1.0\r\n\r\n"));
        const HttpReply second = connection.readReply();
        QCOMPARE(second.body, QByteArray("GET /b?|"));
        QCOMPARE(second.header("connection"), QByteArray("close"));
        QVERIFY(connection.closedByServer(3000));
    }

    void anErrorAnswerSurvivesABodyTheServerDidNotRead()
    {
        HttpServer::Options options;
        options.maxBodyBytes = 1000;
        auto server = startServer(options);
        HttpConnection connection(server->port());
        // The client sends its whole oversized body at once; the answer must arrive, not a reset.
        QVERIFY(connection.sendRaw("POST /big HTTP/1.1\r\nContent-Length: 200000\r\n\r\n" + QByteArray(200000, 'x')));
        const HttpReply reply = connection.readReply();
        QCOMPARE(reply.status, 413);
    }

    void connectionCloseIsHonoured()
    {
        auto server = startServer();
        HttpConnection connection(server->port());
        const HttpReply reply = connection.request("GET", "/", {}, {{"Connection", "close"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("connection"), QByteArray("close"));
        QVERIFY(connection.closedByServer(2000));
    }

    void brokenRequestsGetClearAnswers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400 << QStringLiteral("malformed request line");
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505 << QStringLiteral("HTTP/1.1");
        QTest::newRow("not a path") << QByteArray("GET x HTTP/1.1\r\n\r\n") << 400
                                    << QStringLiteral("starting with '/'");
        QTest::newRow("bad escape") << QByteArray("GET /%zz HTTP/1.1\r\n\r\n") << 400 << QStringLiteral("percent");
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nnonsense\r\n\r\n") << 400 << QStringLiteral("malformed header");
        QTest::newRow("two lengths") << QByteArray(
            "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                     << 400 << QStringLiteral("Content-Length");
        QTest::newRow("bare LF in a header") << QByteArray("GET / HTTP/1.1\r\nX: a\nTransfer-Encoding: chunked\r\n\r\n")
                                             << 400 << QStringLiteral("bare CR or LF");
        QTest::newRow("control character")
            << QByteArray("GET / HTTP/1.1\r\nX: a\x01b\r\n\r\n") << 400 << QStringLiteral("control character");
        QTest::newRow("header name not a token")
            << QByteArray("GET / HTTP/1.1\r\nX(y): 1\r\n\r\n") << 400 << QStringLiteral("malformed header name");
        QTest::newRow("POST without length")
            << QByteArray("POST /p HTTP/1.1\r\n\r\n") << 411 << QStringLiteral("needs a Content-Length");
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << 400
                                         << QStringLiteral("Content-Length");
        QTest::newRow("chunked and a length") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n1\r\na\r\n0\r\n\r\n")
                                              << 400 << QStringLiteral("both Content-Length and Transfer-Encoding");
        QTest::newRow("gzip coding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501
                                     << QStringLiteral("only the chunked transfer coding");
        QTest::newRow("chunk size not hex")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n") << 400
            << QStringLiteral("malformed chunk size 'zz'");
        QTest::newRow("negative chunk size")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nab\r\n") << 400
            << QStringLiteral("malformed chunk size");
        QTest::newRow("chunk longer than said")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n0\r\n\r\n") << 400
            << QStringLiteral("does not end with CRLF");
        QTest::newRow("chunks over the limit") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n300\r\n" + QByteArray(0x300, 'x') + "\r\n300\r\n")
                                               << 413 << QStringLiteral("limit of 1000 bytes");
        QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2000\r\n\r\n") << 413
                                        << QStringLiteral("limit of 1000 bytes");
        QTest::newRow("headers too large") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(5000, 'a') + "\r\n\r\n")
                                           << 431 << QStringLiteral("exceed 4096 bytes");
    }

    void brokenRequestsGetClearAnswers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, says);
        HttpServer::Options options;
        options.maxBodyBytes = 1000;
        options.maxHeaderBytes = 4096;
        auto server = startServer(options);
        HttpConnection connection(server->port());
        QVERIFY(connection.sendRaw(bytes));
        const HttpReply reply = connection.readReply();
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.error().contains(says), reply.body.constData());
        QVERIFY(connection.closedByServer(2000));
        // The server goes on serving others.
        QCOMPARE(test::httpRequest(server->port(), "GET", "/ok").status, 200);
    }

    void chunkedBodiesAreDecoded()
    {
        auto server = startServer();
        HttpConnection connection(server->port());
        // In pieces that split size lines and data, with an extension and a trailer; then an empty
        // chunked body (what Python's requests sends for an empty file) and a pipelined request.
        QVERIFY(connection.sendRaw("PUT /f HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;name=x\r\nhel"));
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        QVERIFY(connection.sendRaw("lo\r\n1"));
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        QVERIFY(connection.sendRaw("0\r\n, chunked world!\r\n0\r\nX-Trailer: 1\r\n\r\n"));
        HttpReply reply = connection.readReply();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("PUT /f?|hello, chunked world!"));
        QVERIFY(connection.sendRaw("PUT /empty HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                                   + HttpConnection::requestBytes("GET", "/next")));
        reply = connection.readReply();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("PUT /empty?|"));
        QCOMPARE(connection.readReply().body, QByteArray("GET /next?|"));
    }

    void steadyUploadsOutlastTheRequestTimeout()
    {
        // 2 MiB arriving over about 3 s, with a request timeout of 300 ms: it keeps coming, so it is
        // read; a body that stops arriving still times out.
        HttpServer::Options options;
        options.headerTimeoutMs = 300;
        auto server = startServer(options);
        HttpConnection connection(server->port());
        const qsizetype size = 2 << 20;
        QVERIFY(connection.sendRaw("PUT /big HTTP/1.1\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n"));
        const QByteArray piece(64 << 10, 'u');
        for (qsizetype sent = 0; sent < size; sent += piece.size()) {
            QVERIFY(connection.sendRaw(piece));
            std::this_thread::sleep_for(std::chrono::milliseconds(90));
        }
        const HttpReply reply = connection.readReply();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), qsizetype(QByteArray("PUT /big?|").size() + size));
        HttpConnection stalled(server->port());
        QVERIFY(stalled.sendRaw("PUT /s HTTP/1.1\r\nContent-Length: 1000000\r\n\r\n" + QByteArray(100000, 'a')));
        const HttpReply late = stalled.readReply();
        QCOMPARE(late.status, 408);
        QVERIFY2(late.error().contains(QStringLiteral("stalled")), late.body.constData());
    }

    void expectContinueGetsAGoAhead()
    {
        auto server = startServer();
        HttpConnection connection(server->port());
        QVERIFY(connection.sendRaw("POST /e HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n"));
        // readReply() skips the 100; the body follows it here as curl sends it.
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        QVERIFY(connection.sendRaw("hello"));
        const HttpReply reply = connection.readReply();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("POST /e?|hello"));
    }

    void stalledClientsTimeOut()
    {
        HttpServer::Options options;
        options.headerTimeoutMs = 300;
        options.idleTimeoutMs = 600;
        std::atomic<int> handled {0};
        auto server = startServer(options, &handled);
        HttpConnection partial(server->port());
        QVERIFY(partial.sendRaw("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc")); // and then nothing
        const HttpReply reply = partial.readReply();
        QCOMPARE(reply.status, 408);
        QVERIFY(partial.closedByServer(2000));
        HttpConnection idle(server->port());
        QVERIFY(idle.isOpen());
        QVERIFY(idle.closedByServer(3000)); // a silent connection is closed after the idle timeout
        QCOMPARE(handled.load(), 0);
        QCOMPARE(test::httpRequest(server->port(), "GET", "/ok").status, 200);
    }

    void stopDrainsRequestsInFlight()
    {
        auto server = startServer();
        HttpConnection connection(server->port());
        QVERIFY(connection.sendRaw(HttpConnection::requestBytes("GET", "/slow")));
        QTRY_COMPARE(server->inFlight(), 1);
        server->stop(5000); // the answer comes after 300 ms: stop waits for it
        const HttpReply reply = connection.readReply();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("GET /slow?|"));
        QCOMPARE(HttpConnection(server->port()).isOpen(), false); // no longer accepting
    }

    void refusesAddressesItCannotUse()
    {
        HttpServer::Options options;
        options.host = QStringLiteral("not-an-address");
        auto refused = HttpServer::start(options, echo());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("not an IP address")));
        auto first = startServer();
        options.host = QStringLiteral("127.0.0.1");
        options.port = first->port();
        auto taken = HttpServer::start(options, echo());
        QVERIFY(!taken);
        QVERIFY2(taken.error().message.contains(QStringLiteral("in use")), qPrintable(taken.error().message));
    }

    void manyConcurrentClients()
    {
        HttpServer::Options options;
        options.ioThreads = 2;
        auto server = startServer(options);
        std::atomic<int> ok {0};
        std::vector<std::thread> clients;
        for (int c = 0; c < 16; ++c) {
            clients.emplace_back([&, c] {
                HttpConnection connection(server->port());
                for (int i = 0; i < 50; ++i) {
                    const QByteArray path = "/c" + QByteArray::number(c) + "/" + QByteArray::number(i);
                    if (connection.request("GET", path).body == "GET " + path + "?|")
                        ok.fetch_add(1);
                }
            });
        }
        for (std::thread& client : clients)
            client.join();
        QCOMPARE(ok.load(), 16 * 50);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
