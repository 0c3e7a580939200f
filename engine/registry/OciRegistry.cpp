#include "OciRegistry.h"

#include "engine/core/Message.h"
#include "engine/core/Sha256.h"
#include "engine/registry/BundleFormat.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/torch/TorchRuntime.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <optional>

namespace crucible::oci {

namespace {

constexpr qint64 kMaxManifestBytes = 4 << 20;
constexpr qint64 kMaxTokenBytes = 1 << 20;
/// The least a transfer must move in each stall period (ClientOptions::stallTimeoutMs), unless it ends.
constexpr qint64 kSlowestBytes = 64 << 10;

/// A login for one registry host, from the docker configuration. Never printed.
struct Login {
    QByteArray user;
    QByteArray secret;
};

/// The docker client's configuration file as ClientOptions names it.
QString dockerConfigPath(const ClientOptions& options)
{
    if (!options.dockerConfig.isEmpty())
        return options.dockerConfig;
    const QString folder = qEnvironmentVariable("DOCKER_CONFIG");
    if (!folder.isEmpty())
        return QDir(folder).filePath(QStringLiteral("config.json"));
    return QDir::home().filePath(QStringLiteral(".docker/config.json"));
}

/// The login for `host` from the docker configuration: a credential helper (credHelpers for the
/// host, else credsStore), else auths' "auth" (base64 of user:password) or username and
/// password. No file or no entry: no login (anonymous).
Result<std::optional<Login>> loginFor(const QString& host, const ClientOptions& options)
{
    const QString path = dockerConfigPath(options);
    QFile file(path);
    if (!file.exists())
        return std::optional<Login> {};
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read: %1").arg(file.errorString()), path};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(4 << 20), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error {
            ErrorCode::InvalidInput,
            CRUCIBLE_MESSAGE("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()),
            path};
    const QJsonObject config = document.object();
    QString helper = config.value(QStringLiteral("credHelpers")).toObject().value(host).toString();
    const QJsonObject auths = config.value(QStringLiteral("auths")).toObject();
    QJsonObject entry;
    for (const QString& key : QStringList {host, QStringLiteral("https://") + host, QStringLiteral("http://") + host}) {
        if (auths.contains(key)) {
            entry = auths.value(key).toObject();
            break;
        }
    }
    if (helper.isEmpty() && entry.isEmpty())
        helper = config.value(QStringLiteral("credsStore")).toString();
    if (!helper.isEmpty()) {
        static const QRegularExpression helperName(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (!helperName.match(helper).hasMatch())
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("'%1' is not a credential helper's name").arg(helper), path};
        QProcess process;
        const QString program = QStringLiteral("docker-credential-") + helper;
        process.start(program, {QStringLiteral("get")});
        if (!process.waitForStarted(10000))
            return Error {ErrorCode::NotFound,
                          CRUCIBLE_MESSAGE("the credential helper %1 that %2 names for %3 cannot be started: %4")
                              .arg(program, path, host, process.errorString()),
                          host};
        process.write(host.toUtf8());
        process.closeWriteChannel();
        // Waited for in short steps, so that Ctrl+C (ClientOptions::cancelled) ends a helper that hangs.
        bool finished = false;
        for (int waited = 0; waited < 30000 && !finished; waited += 100) {
            if (options.cancelled && options.cancelled()) {
                process.kill();
                process.waitForFinished(1000);
                return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the transfer was cancelled"), host};
            }
            finished = process.waitForFinished(100);
        }
        if (!finished) {
            process.kill();
            process.waitForFinished(1000);
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("the credential helper %1 did not answer within 30 s").arg(program), host};
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return std::optional<Login> {}; // the helper has no login for this host
        const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        return std::optional<Login> {Login {answer.value(QStringLiteral("Username")).toString().toUtf8(),
                                            answer.value(QStringLiteral("Secret")).toString().toUtf8()}};
    }
    if (entry.isEmpty())
        return std::optional<Login> {};
    const QByteArray encoded = entry.value(QStringLiteral("auth")).toString().toLatin1();
    if (!encoded.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(encoded);
        const qsizetype colon = decoded.indexOf(':');
        if (colon <= 0)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the login for %1 is not base64 of USER:PASSWORD").arg(host), path};
        return std::optional<Login> {Login {decoded.left(colon), decoded.mid(colon + 1)}};
    }
    return std::optional<Login> {Login {entry.value(QStringLiteral("username")).toString().toUtf8(),
                                        entry.value(QStringLiteral("password")).toString().toUtf8()}};
}

/// The parameters of a WWW-Authenticate challenge: scheme (lowercase) and key="value" pairs.
struct Challenge {
    QString scheme;
    QMap<QString, QString> parameters;
};

Challenge parseChallenge(const QByteArray& header)
{
    Challenge challenge;
    const QString text = QString::fromLatin1(header).trimmed();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    challenge.scheme = (space < 0 ? text : text.left(space)).toLower();
    static const QRegularExpression pair(QStringLiteral("([A-Za-z_]+)=(\"([^\"]*)\"|[^,\\s]*)"));
    for (auto it = pair.globalMatch(text.mid(space + 1)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        challenge.parameters.insert(match.captured(1).toLower(),
                                    match.capturedStart(3) >= 0 ? match.captured(3) : match.captured(2));
    }
    return challenge;
}

/// One answer of the registry.
struct Answer {
    int status = 0;
    QByteArray body; ///< empty when streamed into a file
    QMap<QByteArray, QByteArray> headers; ///< names in lowercase
};

/// A short text of the registry's error document ({"errors": [{"code", "message"}]}), or of the body.
QString registrySays(const QByteArray& body)
{
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(QStringLiteral("errors")).toArray();
    QStringList parts;
    for (const QJsonValue& error : errors) {
        const QJsonObject object = error.toObject();
        const QString part = object.value(QStringLiteral("code")).toString() + QStringLiteral(" ")
            + object.value(QStringLiteral("message")).toString();
        parts << part.trimmed();
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; ")).left(500);
    return QString::fromUtf8(body.left(200)).simplified();
}

/// Requests to one registry with the login docker would use; the calling thread's local event
/// loop runs each request to its end.
class Session {
public:
    Session(const Reference& ref, const ClientOptions& options) : m_ref(ref), m_options(options) { }

    Status check() const
    {
        if (m_options.plainHttp && !m_ref.isLoopback())
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("plain HTTP is only for a registry on this machine (localhost, 127.0.0.1, "
                                           "::1); %1 is reached over HTTPS")
                              .arg(m_ref.host),
                          m_ref.text()};
        return Ok {};
    }

    QUrl url(const QString& path) const
    {
        return QUrl((m_options.plainHttp ? QStringLiteral("http://") : QStringLiteral("https://")) + m_ref.host
                    + QStringLiteral("/v2/") + m_ref.repository + path);
    }

    /// Sends one request, following the registry's redirects (at most five; its login goes only to the
    /// registry itself, never to another host, and plain HTTP only to this machine when asked for); a 401
    /// is answered with the login the challenge asks for and the request sent again. `upload`: a device
    /// read from its start each time; `download`: a file the body streams into (with `hash`), emptied
    /// before a second try; `limit`: the most bytes accepted.
    /// Every error it gives has the logins sent blotted out (a registry controls the addresses and texts
    /// that go into one).
    Result<Answer> send(const QByteArray& verb, const QUrl& url, const QMap<QByteArray, QByteArray>& headers,
                        const QByteArray& body = {}, QIODevice* upload = nullptr, QFile* download = nullptr,
                        std::unique_ptr<Sha256>* hash = nullptr, qint64 limit = kMaxManifestBytes)
    {
        Result<Answer> answer = sendFollowing(verb, url, headers, body, upload, download, hash, limit);
        if (answer)
            return answer;
        Error error = answer.error();
        error.message = blot(error.message);
        error.where = blot(error.where);
        return error;
    }

    /// An error for an answer that is not what the step expected.
    Error unexpected(const Answer& answer, const QString& doing) const
    {
        return Error {answer.status == 404 ? ErrorCode::NotFound : ErrorCode::Io,
                      blot(CRUCIBLE_MESSAGE("the registry answered HTTP %1 while %2: %3")
                               .arg(answer.status)
                               .arg(doing, says(answer.body))),
                      m_ref.text()};
    }

private:
    Result<Answer> sendFollowing(const QByteArray& verb, const QUrl& url, const QMap<QByteArray, QByteArray>& headers,
                                 const QByteArray& body, QIODevice* upload, QFile* download,
                                 std::unique_ptr<Sha256>* hash, qint64 limit)
    {
        QUrl target = url;
        int redirects = 0;
        int logins = 0;
        while (true) {
            if (Status ok = allowed(target); !ok)
                return ok.error();
            Result<Answer> answer = exchange(verb, target, headers, body, upload, download, hash, limit,
                                             isRegistry(target) ? m_authorization : QByteArray());
            if (!answer)
                return answer.error();
            const int status = answer->status;
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                const QByteArray location = answer->headers.value("location");
                if (location.isEmpty() || ++redirects > 5)
                    return unexpected(answer.value(),
                                      location.isEmpty() ? CRUCIBLE_MESSAGE("following a redirect without a Location")
                                                         : CRUCIBLE_MESSAGE("following more than five redirects"));
                target = target.resolved(QUrl(QString::fromLatin1(location)));
                continue;
            }
            if (status == 401 && logins < 2 && isRegistry(target)) {
                ++logins;
                if (Status logged = logIn(answer->headers.value("www-authenticate")); !logged)
                    return logged.error();
                continue;
            }
            if (status == 401 || status == 403)
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("the registry refused access to %1 (HTTP %2: %3); log in with docker "
                                               "login %4 or check the repository's permissions")
                                  .arg(m_ref.repository)
                                  .arg(status)
                                  .arg(says(answer->body), m_ref.host),
                              m_ref.text()};
            return answer;
        }
    }

    /// May a request go to `url`? HTTPS anywhere; plain HTTP only when asked for, and only on this machine
    /// (a redirect, an upload address or a token service elsewhere is refused before anything is sent).
    Status allowed(const QUrl& url) const
    {
        // With plain HTTP (a registry on this machine) nothing leaves the machine, over HTTPS either.
        if (m_options.plainHttp ? (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
                    && isLoopbackHost(url.host())
                                : url.scheme() == QLatin1String("https"))
            return Ok {};
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the registry sent Crucible on to %1, which is not %2; nothing was sent there")
                          .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), allowedPlaces()),
                      m_ref.text()};
    }

    /// Where allowed() lets requests go, for refusals.
    QString allowedPlaces() const
    {
        return m_options.plainHttp ? CRUCIBLE_MESSAGE("on this machine (--plain-http keeps every request on it)")
                                   : CRUCIBLE_MESSAGE("an https:// address");
    }

    /// True when `url` is the registry itself (host and port): only there does its login go.
    bool isRegistry(const QUrl& url) const
    {
        const QUrl registry = this->url(QString());
        const auto port = [](const QUrl& u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
        return url.host().compare(registry.host(), Qt::CaseInsensitive) == 0 && port(url) == port(registry)
            && url.scheme() == registry.scheme();
    }

    /// The forms a secret can take in what a registry sends back: as sent, in a JSON string, in a URL.
    QList<QByteArray> secretForms() const
    {
        QList<QByteArray> forms;
        for (const QByteArray& secret : m_secrets) {
            if (secret.size() < 4) // too short to blot without blotting ordinary words
                continue;
            forms << secret << QByteArray(secret).replace("/", "\\/") << secret.toPercentEncoding();
        }
        return forms;
    }

    /// `text` with every login or token Crucible sent replaced by ***.
    QString blot(QString text) const
    {
        for (const QByteArray& form : secretForms())
            text.replace(QString::fromLatin1(form), QStringLiteral("***"));
        return text;
    }

    /// The registry's words about an error, the logins blotted out before they are cut short.
    QString says(QByteArray body) const
    {
        for (const QByteArray& form : secretForms())
            body.replace(form, "***");
        return blot(registrySays(body));
    }

    /// One request and its answer, without redirects or logins: cancelled within 0.1 s, ended when
    /// nothing moves for the stall timeout, and refused past `limit` bytes.
    Result<Answer> exchange(const QByteArray& verb, const QUrl& url, const QMap<QByteArray, QByteArray>& headers,
                            const QByteArray& body, QIODevice* upload, QFile* download, std::unique_ptr<Sha256>* hash,
                            qint64 limit, const QByteArray& authorization)
    {
        if (m_options.cancelled && m_options.cancelled())
            return cancelled();
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_options.stallTimeoutMs);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("crucible"));
        for (auto it = headers.begin(); it != headers.end(); ++it)
            request.setRawHeader(it.key(), it.value());
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (upload)
            upload->seek(0);
        if (download) {
            download->resize(0);
            download->seek(0);
            *hash = std::make_unique<Sha256>();
        }
        // HEAD through head(): as a custom verb Qt would wait for the body its Content-Length names.
        QNetworkReply* reply = verb == "HEAD" ? m_network.head(request)
            : upload                          ? m_network.sendCustomRequest(request, verb, upload)
                                              : m_network.sendCustomRequest(request, verb, body);
        reply->setReadBufferSize(4 << 20); // what Qt holds before readyRead: bounded, as is what is kept
        QByteArray received;
        qint64 receivedBytes = 0;
        bool tooLarge = false;
        bool writeFailed = false;
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
            const QByteArray chunk = reply->readAll();
            receivedBytes += chunk.size();
            if (receivedBytes > limit) {
                tooLarge = true;
                reply->abort();
                return;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (download && status >= 200 && status < 300) {
                if (download->write(chunk) != chunk.size()) {
                    writeFailed = true;
                    reply->abort();
                    return;
                }
                (*hash)->addData(chunk);
            } else {
                received += chunk;
            }
        });
        if (m_options.progress) {
            QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64 total) {
                if (upload && total > 0)
                    m_options.progress(sent, total);
            });
            QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 got, qint64 total) {
                if (download && total > 0)
                    m_options.progress(got, total);
            });
        }
        // A server that trickles (a few bytes now and then) never stalls; it must still move at least
        // kSlowestBytes in every stall period, or it is given up as a stalled one is.
        qint64 moved = 0;
        QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64) { moved = sent; });
        QObject::connect(reply, &QNetworkReply::downloadProgress, &loop,
                         [&](qint64 got, qint64) { moved = std::max(moved, got); });
        QTimer pace;
        qint64 movedBefore = 0;
        bool tooSlow = false;
        QObject::connect(&pace, &QTimer::timeout, &loop, [&] {
            if (moved - movedBefore < kSlowestBytes) {
                tooSlow = true;
                reply->abort();
            }
            movedBefore = moved;
        });
        pace.start(std::max(1000, m_options.stallTimeoutMs));
        QTimer poll;
        bool wasCancelled = false;
        if (m_options.cancelled) {
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (m_options.cancelled()) {
                    wasCancelled = true;
                    reply->abort();
                }
            });
            poll.start(100);
        }
        if (!reply->isFinished())
            loop.exec();
        poll.stop();
        pace.stop();
        const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply*)> owned(
            reply, [](QNetworkReply* r) { r->deleteLater(); });
        const QString server =
            url.port() < 0 ? url.host() : url.host() + QLatin1Char(':') + QString::number(url.port());
        if (wasCancelled)
            return cancelled();
        if (tooSlow)
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("%1 moved less than %2 KiB in %3 s for %4; it was given up as too slow")
                              .arg(server)
                              .arg(kSlowestBytes / 1024)
                              .arg(std::max(1000, m_options.stallTimeoutMs) / 1000.0)
                              .arg(url.path()),
                          m_ref.text()};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (tooLarge && (status < 200 || status >= 300) && status != 0) {
            Answer refusal; // an error page without end: its status says enough
            refusal.status = status;
            refusal.body = received.left(4096);
            return refusal;
        }
        if (tooLarge)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the registry sent more than %1 bytes for %2").arg(limit).arg(url.path()),
                          m_ref.text()};
        if (writeFailed)
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("cannot write: %1; is the disk full?").arg(download->errorString()),
                          download->fileName()};
        if (reply->error() == QNetworkReply::OperationCanceledError) // Qt's transfer timeout
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("%1 sent nothing for %2 s while Crucible waited for %3; it was given up")
                              .arg(server)
                              .arg(m_options.stallTimeoutMs / 1000.0)
                              .arg(url.path()),
                          m_ref.text()};
        if (status == 0)
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("cannot reach the registry %1: %2").arg(server, reply->errorString()),
                          m_ref.text()};
        if (download && status >= 200 && status < 300 && reply->error() != QNetworkReply::NoError)
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("the download from %1 broke off: %2").arg(server, reply->errorString()),
                          m_ref.text()};
        Answer answer;
        answer.status = status;
        answer.body = received;
        for (const auto& [name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        return answer;
    }

    Error cancelled() const
    {
        return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the transfer was cancelled"), m_ref.text()};
    }

    Status logIn(const QByteArray& header)
    {
        const Challenge challenge = parseChallenge(header);
        if (!m_login) {
            Result<std::optional<Login>> login = loginFor(m_ref.host, m_options);
            if (!login)
                return login.error();
            m_login = login.value();
        }
        const std::optional<Login>& login = *m_login;
        const QByteArray basic =
            login ? "Basic " + QByteArray(login->user + ':' + login->secret).toBase64() : QByteArray();
        if (login) // blotted out of anything the registry says back
            m_secrets << basic.mid(6) << login->secret;
        if (challenge.scheme == QLatin1String("basic")) {
            if (!login)
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("the registry %1 asks for a login; log in with docker login %1 (the "
                                               "login is read from %2)")
                                  .arg(m_ref.host, dockerConfigPath(m_options)),
                              m_ref.text()};
            if (m_authorization == basic)
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("the registry %1 refused the login of %2")
                                  .arg(m_ref.host, dockerConfigPath(m_options)),
                              m_ref.text()};
            m_authorization = basic;
            return Ok {};
        }
        if (challenge.scheme != QLatin1String("bearer")
            || challenge.parameters.value(QStringLiteral("realm")).isEmpty())
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the registry asks for a login of a kind Crucible does not speak ('%1')")
                              .arg(QString::fromLatin1(header.left(100))),
                          m_ref.text()};
        // The token flow: the realm hands out a token for the scope the registry named.
        QUrl realm(challenge.parameters.value(QStringLiteral("realm")));
        if (Status ok = allowed(realm); !ok)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the registry's token service %1 is not %2")
                              .arg(realm.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), allowedPlaces()),
                          m_ref.text()};
        QUrlQuery query;
        for (const QString& key : {QStringLiteral("service"), QStringLiteral("scope")}) {
            if (challenge.parameters.contains(key))
                query.addQueryItem(key, challenge.parameters.value(key));
        }
        realm.setQuery(query);
        // The token service gets the login (as docker sends it), but is never followed elsewhere.
        const QString service = realm.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        Result<Answer> answered = exchange("GET", realm, {}, {}, nullptr, nullptr, nullptr, kMaxTokenBytes, basic);
        if (!answered)
            return Error {answered.error().code,
                          CRUCIBLE_MESSAGE("the registry's token service %1 gave no token: %2")
                              .arg(service, answered.error().message),
                          m_ref.text()};
        const int status = answered->status;
        const QJsonObject answer = QJsonDocument::fromJson(answered->body).object();
        QString token = answer.value(QStringLiteral("token")).toString();
        if (token.isEmpty())
            token = answer.value(QStringLiteral("access_token")).toString();
        if (status != 200 || token.isEmpty())
            return Error {
                ErrorCode::InvalidInput,
                CRUCIBLE_MESSAGE("the registry's token service %1 gave no token (HTTP %2)%3")
                    .arg(service)
                    .arg(status)
                    .arg(login ? QString() : CRUCIBLE_MESSAGE("; log in with docker login %1").arg(m_ref.host)),
                m_ref.text()};
        m_secrets << token.toLatin1();
        const QByteArray bearer = "Bearer " + token.toLatin1();
        if (m_authorization == bearer)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the registry refused its own token for %1").arg(m_ref.repository),
                          m_ref.text()};
        m_authorization = bearer;
        return Ok {};
    }

    Reference m_ref;
    ClientOptions m_options;
    QNetworkAccessManager m_network;
    QByteArray m_authorization;
    QList<QByteArray> m_secrets; ///< logins and tokens sent, never shown
    std::optional<std::optional<Login>> m_login; ///< read once, when the registry first asks
};

/// Uploads one blob unless the registry has it; true when it was uploaded.
Result<bool> putBlob(Session& session, const Reference& ref, const QString& digest, qint64 size,
                     const QByteArray& bytes, QIODevice* device)
{
    Result<Answer> head = session.send("HEAD", session.url(QStringLiteral("/blobs/") + digest), {});
    if (!head)
        return head.error();
    if (head->status == 200)
        return false;
    Result<Answer> started = session.send("POST", session.url(QStringLiteral("/blobs/uploads/")), {});
    if (!started)
        return started.error();
    if (started->status != 202 || started->headers.value("location").isEmpty())
        return session.unexpected(started.value(), CRUCIBLE_MESSAGE("starting an upload"));
    QUrl location = session.url(QString()).resolved(QUrl(QString::fromLatin1(started->headers.value("location"))));
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("digest"), digest);
    location.setQuery(query);
    Result<Answer> put = session.send(
        "PUT", location, {{"Content-Type", "application/octet-stream"}, {"Content-Length", QByteArray::number(size)}},
        bytes, device);
    if (!put)
        return put.error();
    if (put->status != 201)
        return session.unexpected(put.value(),
                                  CRUCIBLE_MESSAGE("uploading the blob %1 to %2").arg(digest, ref.repository));
    return true;
}

} // namespace

Result<PushResult> push(const QString& bundlePath, const QByteArray& bundleManifestJson,
                        const QMap<QString, QString>& annotations, const Reference& target, const QStringList& tags,
                        const ClientOptions& options, const QString& bundleSha256)
{
    Session session(target, options);
    if (Status ok = session.check(); !ok)
        return ok.error();
    if (tags.isEmpty())
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("name a tag to push to"), target.text()};
    for (const QString& tag : tags) {
        if (!isValidTag(tag))
            return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("'%1' is not a tag").arg(tag), target.text()};
    }
    Result<QString> sha = bundleSha256.isEmpty() ? sha256OfFile(bundlePath) : Result<QString>(bundleSha256);
    if (!sha)
        return sha.error();
    QFile bundle(bundlePath);
    if (!bundle.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read: %1").arg(bundle.errorString()), bundlePath};

    ArtifactManifest manifest;
    manifest.config = {QString(kConfigMediaType), digestOf(bundleManifestJson), bundleManifestJson.size(), {}};
    manifest.layer = {QString(kLayerMediaType),
                      QStringLiteral("sha256:") + sha.value(),
                      bundle.size(),
                      {{QStringLiteral("org.opencontainers.image.title"), QFileInfo(bundlePath).fileName()}}};
    manifest.annotations = annotations;

    Result<bool> config =
        putBlob(session, target, manifest.config.digest, manifest.config.size, bundleManifestJson, nullptr);
    if (!config)
        return config.error();
    Result<bool> layer = putBlob(session, target, manifest.layer.digest, manifest.layer.size, {}, &bundle);
    if (!layer)
        return layer.error();

    const QByteArray body = manifest.toJson();
    PushResult result;
    result.repository = QStringLiteral("oci://") + target.host + QLatin1Char('/') + target.repository;
    result.manifestDigest = digestOf(body);
    result.bundleBytes = manifest.layer.size;
    result.bundleUploaded = layer.value();
    for (const QString& tag : tags) {
        Result<Answer> put = session.send("PUT", session.url(QStringLiteral("/manifests/") + tag),
                                          {{"Content-Type", QByteArray(kManifestMediaType.data())}}, body);
        if (!put)
            return put.error();
        if (put->status != 201)
            return session.unexpected(put.value(), CRUCIBLE_MESSAGE("storing the manifest as %1").arg(tag));
        const QByteArray stored = put->headers.value("docker-content-digest");
        if (!stored.isEmpty() && QString::fromLatin1(stored) != result.manifestDigest)
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("the registry stored the manifest under the digest %1, not %2")
                              .arg(QString::fromLatin1(stored), result.manifestDigest),
                          target.text()};
        result.tags << tag;
    }
    return result;
}

Result<PullResult> pull(const Reference& source, const QString& folder, qint64 maxBundleBytes,
                        const ClientOptions& options)
{
    Session session(source, options);
    if (Status ok = session.check(); !ok)
        return ok.error();
    const QString wanted =
        source.digest.isEmpty() ? (source.tag.isEmpty() ? QStringLiteral("latest") : source.tag) : source.digest;
    Result<Answer> fetched =
        session.send("GET", session.url(QStringLiteral("/manifests/") + wanted),
                     {{"Accept",
                       "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, "
                       "application/vnd.docker.distribution.manifest.v2+json, "
                       "application/vnd.docker.distribution.manifest.list.v2+json"}});
    if (!fetched)
        return fetched.error();
    if (fetched->status == 404)
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("the registry has no %1 in %2").arg(wanted, source.repository), source.text()};
    if (fetched->status != 200)
        return session.unexpected(fetched.value(), CRUCIBLE_MESSAGE("reading the manifest %1").arg(wanted));
    const QString digest = digestOf(fetched->body);
    if (!source.digest.isEmpty() && digest != source.digest)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the registry sent a manifest whose digest is %1, not the %2 asked for; "
                                       "nothing was imported")
                          .arg(digest, source.digest),
                      source.text()};
    Result<ArtifactManifest> manifest = parseManifest(fetched->body, maxBundleBytes);
    if (!manifest)
        return Error {manifest.error().code, manifest.error().message, source.text()};

    if (!QDir().mkpath(folder))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot create the folder"), folder};
    const QString path = QDir(folder).filePath(QStringLiteral("pulled.crucible"));
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write: %1").arg(file.errorString()), path};
    if (options.bundleComing)
        options.bundleComing();
    std::unique_ptr<Sha256> hash;
    Result<Answer> blob = session.send("GET", session.url(QStringLiteral("/blobs/") + manifest->layer.digest), {}, {},
                                       nullptr, &file, &hash, manifest->layer.size);
    if (!blob)
        return blob.error();
    if (blob->status != 200)
        return session.unexpected(blob.value(), CRUCIBLE_MESSAGE("reading the bundle %1").arg(manifest->layer.digest));
    if (!file.flush())
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot write: %1; is the disk full?").arg(file.errorString()),
                      path};
    const QString got = QStringLiteral("sha256:") + QString::fromLatin1(hash->result().toHex());
    const qint64 size = file.size();
    if (size != manifest->layer.size || got != manifest->layer.digest) {
        file.remove();
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the registry sent %1 bytes with the digest %2, but the manifest names %3 "
                                       "bytes with %4; nothing was imported")
                          .arg(size)
                          .arg(got)
                          .arg(manifest->layer.size)
                          .arg(manifest->layer.digest),
                      source.text()};
    }
    file.close();
    return PullResult {path, got.mid(7), digest, manifest.value()};
}

Result<QStringList> listTags(const Reference& repository, const ClientOptions& options)
{
    Session session(repository, options);
    if (Status ok = session.check(); !ok)
        return ok.error();
    Result<Answer> listed = session.send("GET", session.url(QStringLiteral("/tags/list?n=1000")), {});
    if (!listed)
        return listed.error();
    if (listed->status == 404)
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("the registry has no repository %1").arg(repository.repository),
                      repository.text()};
    if (listed->status != 200)
        return session.unexpected(listed.value(), CRUCIBLE_MESSAGE("listing the tags"));
    QStringList tags;
    for (const QJsonValue& tag :
         QJsonDocument::fromJson(listed->body).object().value(QStringLiteral("tags")).toArray()) {
        if (isValidTag(tag.toString()))
            tags << tag.toString();
    }
    tags.sort();
    return tags;
}

QStringList tagsFor(const RegisteredVersion& version, const QString& alias, const Reference& target,
                    const QStringList& extraTags)
{
    QStringList tags {target.tag.isEmpty() ? QString::number(version.version) : target.tag};
    if (!alias.isEmpty())
        tags << alias;
    tags << extraTags;
    tags.removeDuplicates();
    return tags;
}

Result<PushResult> pushVersion(const RegisteredVersion& version, const QString& alias, const Reference& target,
                               const QStringList& extraTags, const ClientOptions& options)
{
    if (!target.digest.isEmpty())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("push to a tag (oci://HOST/REPOSITORY:TAG), not to a digest"), target.text()};
    if (Status valid = ModelRegistry::validateName(version.name); !valid) // a bundle file names itself
        return Error {valid.error().code,
                      CRUCIBLE_MESSAGE("the bundle's name cannot be pushed: %1").arg(valid.error().message),
                      version.bundlePath};
    Result<BundleReader> bundle = BundleReader::open(version);
    if (!bundle)
        return bundle.error();
    Result<QByteArray> manifestJson = bundle->entry(bundle::kManifestEntry);
    if (!manifestJson)
        return manifestJson.error();
    const BundleManifest& manifest = bundle->manifest();
    const QMap<QString, QString> annotations {
        {QString(kNameAnnotation), version.name},
        {QString(kVersionAnnotation), QString::number(version.version)},
        {QString(kMetricsAnnotation), QString::fromUtf8(QJsonDocument(version.metrics).toJson(QJsonDocument::Compact))},
        {QString(kSha256Annotation), bundle->sha256()},
        {QStringLiteral("org.opencontainers.image.created"), manifest.created.toString(Qt::ISODate)},
        {QStringLiteral("org.opencontainers.image.title"), version.reference()},
        {QStringLiteral("org.opencontainers.image.description"),
         manifest.task + QStringLiteral(" model from Crucible")}};
    return push(bundle->path(), manifestJson.value(), annotations, target, tagsFor(version, alias, target, extraTags),
                options, bundle->sha256());
}

Result<PulledVersion> pullVersion(const QString& registryFolder, const Reference& source, const QString& name,
                                  const ClientOptions& options)
{
    Result<std::unique_ptr<ModelRegistry>> registry = ModelRegistry::open(registryFolder);
    if (!registry)
        return registry.error();
    // Downloaded next to where it will be registered, so that it is renamed into place, not copied; what
    // a pull that was killed left there is removed once it is an hour old.
    for (const QFileInfo& left :
         QDir(registryFolder)
             .entryInfoList({QStringLiteral(".pull-*")}, QDir::Dirs | QDir::Hidden | QDir::NoSymLinks)) {
        if (left.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QDir(left.absoluteFilePath()).removeRecursively();
    }
    QTemporaryDir folder(QDir(registryFolder).filePath(QStringLiteral(".pull-XXXXXX")));
    if (!folder.isValid())
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot make a temporary folder: %1").arg(folder.errorString()),
                      registryFolder};
    if (!name.isEmpty()) { // before anything is downloaded
        if (Status valid = ModelRegistry::validateName(name); !valid)
            return valid.error();
    }
    const BundleLimits limits;
    ClientOptions pulling = options;
    std::optional<torchruntime::BackgroundLoad> preparing; // waited for before this returns
    pulling.bundleComing = [&options, &preparing] {
        if (options.bundleComing)
            options.bundleComing();
        preparing.emplace(); // the import loads the model: LibTorch gets ready during the download
    };
    Result<PullResult> pulled =
        pull(source, folder.path(), limits.modelBytes + 4 * limits.otherBytes + (1 << 20), pulling);
    if (!pulled)
        return pulled.error();
    if (options.cancelled && options.cancelled())
        return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the transfer was cancelled; nothing was imported"),
                      source.text()};
    Result<RegisteredVersion> imported = registry.value()->importBundle(
        pulled->bundlePath, name, ModelRegistry::ImportSource::Move, pulled->bundleSha256, options.cancelled);
    if (!imported)
        return Error {imported.error().code, imported.error().message, source.text()};
    return PulledVersion {imported.value(), pulled->manifestDigest};
}

} // namespace crucible::oci
