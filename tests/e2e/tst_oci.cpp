// Models through an OCI registry as a team shares them: crucible-cli models push and pull against
// Debian's docker-registry (Docker Distribution) started on loopback, skopeo reading and copying
// what Crucible pushed, a registry with logins (htpasswd, docker's config.json), and a registry
// that serves damaged blobs or other tools' artifacts.
#include "../support/CliRunner.h"
#include "../support/DockerRegistry.h"
#include "../support/Files.h"
#include "../support/HttpClient.h"
#include "engine/registry/OciArtifact.h"
#include "engine/registry/OciRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace crucible;
using crucible::test::runCli;

namespace {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

/// tests/e2e/hostile_registry.py (see there) on a free port; stopped when destroyed. `target`: where it
/// sends requests on (empty: the "other host", 127.0.0.2, on the same port).
struct HostileRegistry {
    quint16 port = test::freePort();
    QProcess process;

    HostileRegistry(const QString& log, const QString& mode = {}, const QString& target = {})
    {
        QStringList arguments {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/hostile_registry.py"),
                               QString::number(port),
                               target.isEmpty() ? QStringLiteral("http://127.0.0.2:%1").arg(port) : target, log};
        if (!mode.isEmpty())
            arguments << mode;
        process.start(QStringLiteral("python3"), arguments);
    }
    ~HostileRegistry()
    {
        process.kill();
        process.waitForFinished();
    }
    bool ready() { return process.waitForReadyRead(10000); }
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(port); }
};

class TestOci : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_skopeo;
    std::unique_ptr<test::DockerRegistry> m_registry;
    QString m_irisCsv;

    QStringList m_documents; ///< "schema<TAB>file" of each --json push and pull, for validate_json.py

    test::CliOutcome cli(const QStringList& arguments, const QString& workspace = {},
                         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        const test::CliOutcome outcome = runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"),
                                                             workspace.isEmpty() ? m_workspace : workspace}
                                                    + arguments,
                                                environment);
        const qsizetype models = arguments.indexOf(QStringLiteral("models"));
        if (arguments.contains(QStringLiteral("--json")) && models >= 0 && models + 1 < arguments.size()) {
            const QString file = m_dir.filePath(QStringLiteral("document-%1.json").arg(m_documents.size()));
            test::writeFile(file, outcome.out.toUtf8());
            m_documents << QStringLiteral("models-%1.schema.json\t%2").arg(arguments.at(models + 1), file);
        }
        return outcome;
    }

    QString workspace(const QString& name) const { return m_dir.filePath(name); }

    /// The CSV that `reference` predicts for iris.csv in `workspace`.
    QByteArray predictions(const QString& workspace, const QString& reference)
    {
        const QString out =
            m_dir.filePath(QStringLiteral("predicted-%1.csv").arg(sha256Hex(workspace.toUtf8()).left(8)));
        const auto predicted = cli({QStringLiteral("predict"), QStringLiteral("-m"), reference, QStringLiteral("-i"),
                                    m_irisCsv, QStringLiteral("-o"), out},
                                   workspace);
        if (predicted.exitCode != 0)
            return "failed: " + predicted.err.toUtf8();
        return test::readFile(out);
    }

    /// An environment whose docker configuration (DOCKER_CONFIG) logs `user` in with `password` at `host`.
    QProcessEnvironment loggedIn(const QString& host, const QByteArray& user, const QByteArray& password)
    {
        const QString folder = m_dir.filePath(QStringLiteral("docker-") + QString::fromLatin1(user + password.toHex()));
        QDir().mkpath(folder);
        test::writeFile(QDir(folder).filePath(QStringLiteral("config.json")),
                        "{\"auths\": {\"" + host.toUtf8() + "\": {\"auth\": \"" + (user + ':' + password).toBase64()
                            + "\"}}}");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOCKER_CONFIG"), folder);
        return environment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString registry = QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
        QVERIFY2(!registry.isEmpty(), "Debian's docker-registry package is missing: run scripts/setup-debian.sh");
        m_skopeo = QStandardPaths::findExecutable(QStringLiteral("skopeo"));
        QVERIFY2(!m_skopeo.isEmpty(), "Debian's skopeo package is missing: run scripts/setup-debian.sh");
        m_registry = std::make_unique<test::DockerRegistry>(registry, m_dir.filePath(QStringLiteral("registry")));
        QVERIFY2(m_registry->waitUntilReady(), qPrintable(m_registry->output()));

        m_workspace = workspace(QStringLiteral("ws"));
        m_irisCsv = QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv");
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        const auto trained =
            cli({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                 QStringLiteral("--model"), QStringLiteral("mlp:8"), QStringLiteral("--epochs"), QStringLiteral("5"),
                 QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const auto registered =
            cli({QStringLiteral("models"), QStringLiteral("register"),
                 trained.json().value(QStringLiteral("run_id")).toString(), QStringLiteral("--name"),
                 QStringLiteral("iris"), QStringLiteral("--alias"), QStringLiteral("production")});
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
    }

    void cleanupTestCase() { m_registry.reset(); }

    void pushedOnOneMachinePullsAndPredictsOnAnother()
    {
        const auto pushed = cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("push"),
                                 QStringLiteral("iris@production"), m_registry->url(QStringLiteral("team/iris")),
                                 QStringLiteral("--plain-http")});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        const QJsonObject document = pushed.json();
        QCOMPARE(document.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray {QStringLiteral("1"), QStringLiteral("production")}));
        QVERIFY(document.value(QStringLiteral("uploaded")).toBool());
        const QString digest = document.value(QStringLiteral("digest")).toString();
        QVERIFY(digest.startsWith(QStringLiteral("sha256:")));

        // Another workspace (another machine's) pulls the alias's tag: the same model, same answers.
        const QString other = workspace(QStringLiteral("other"));
        const auto pulled =
            cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("pull"),
                 m_registry->url(QStringLiteral("team/iris:production")), QStringLiteral("--plain-http")},
                other);
        QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
        QCOMPARE(pulled.json().value(QStringLiteral("reference")).toString(), QStringLiteral("iris@1"));
        QCOMPARE(pulled.json().value(QStringLiteral("digest")).toString(), digest);
        const QByteArray here = predictions(m_workspace, QStringLiteral("iris@production"));
        QVERIFY2(here.count('\n') > 100, here.constData());
        QCOMPARE(predictions(other, QStringLiteral("iris@1")), here);

        // By digest: exactly that manifest; the same bundle again is not a second version.
        const auto again = cli({QStringLiteral("models"), QStringLiteral("pull"),
                                m_registry->url(QStringLiteral("team/iris@")) + digest, QStringLiteral("--plain-http")},
                               other);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("already registered")), qPrintable(again.out));

        // Pushing again uploads nothing new; --tag adds tags.
        const auto repeated = cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("push"),
                                   QStringLiteral("iris@1"), m_registry->url(QStringLiteral("team/iris")),
                                   QStringLiteral("--tag"), QStringLiteral("stable"), QStringLiteral("--plain-http")});
        QVERIFY2(repeated.exitCode == 0, qPrintable(repeated.err));
        QVERIFY(!repeated.json().value(QStringLiteral("uploaded")).toBool());
        QCOMPARE(repeated.json().value(QStringLiteral("tags")).toArray(),
                 (QJsonArray {QStringLiteral("1"), QStringLiteral("stable")}));
        QCOMPARE(repeated.json().value(QStringLiteral("digest")).toString(), digest);
    }

    void skopeoReadsWhatCruciblePushedAndCrucibleTakesWhatSkopeoCopied()
    {
        QProcess inspect;
        inspect.start(m_skopeo,
                      {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                       m_registry->skopeoUrl(QStringLiteral("team/iris:production"))});
        QVERIFY(inspect.waitForFinished(60000));
        const QByteArray raw = inspect.readAllStandardOutput();
        QVERIFY2(inspect.exitCode() == 0, inspect.readAllStandardError().constData());
        const QJsonObject manifest = QJsonDocument::fromJson(raw).object();
        QCOMPARE(manifest.value(QStringLiteral("artifactType")).toString(),
                 QStringLiteral("application/vnd.crucible.model.v1"));
        const QJsonObject annotations = manifest.value(QStringLiteral("annotations")).toObject();
        QCOMPARE(annotations.value(QStringLiteral("io.crucible.model.name")).toString(), QStringLiteral("iris"));
        QCOMPARE(annotations.value(QStringLiteral("io.crucible.model.version")).toString(), QStringLiteral("1"));
        QVERIFY(
            QJsonDocument::fromJson(annotations.value(QStringLiteral("io.crucible.model.metrics")).toString().toUtf8())
                .object()
                .contains(QStringLiteral("test_accuracy")));
        QCOMPARE(
            manifest.value(QStringLiteral("layers")).toArray().first().toObject().value(QStringLiteral("mediaType")),
            QStringLiteral("application/vnd.crucible.model.v1+zip"));

        QProcess copy;
        copy.start(m_skopeo,
                   {QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"),
                    QStringLiteral("--dest-tls-verify=false"),
                    m_registry->skopeoUrl(QStringLiteral("team/iris:production")),
                    m_registry->skopeoUrl(QStringLiteral("mirror/iris:v1"))});
        QVERIFY(copy.waitForFinished(60000));
        QVERIFY2(copy.exitCode() == 0, copy.readAllStandardError().constData());
        const QString third = workspace(QStringLiteral("third"));
        const auto pulled =
            cli({QStringLiteral("models"), QStringLiteral("pull"), m_registry->url(QStringLiteral("mirror/iris:v1")),
                 QStringLiteral("--plain-http"), QStringLiteral("--name"), QStringLiteral("iris-mirror")},
                third);
        QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
        QVERIFY2(pulled.out.startsWith(QStringLiteral("Pulled iris-mirror@1 ")), qPrintable(pulled.out));
        QCOMPARE(predictions(third, QStringLiteral("iris-mirror@1")),
                 predictions(m_workspace, QStringLiteral("iris@production")));
    }

    void aDamagedBlobOrAnotherArtifactIsRefusedAndNothingImported()
    {
        // Another tool's artifact: an OCI image (config and a layer of its own types), copied in by skopeo.
        const QString layout = m_dir.filePath(QStringLiteral("layout"));
        QDir().mkpath(layout + QStringLiteral("/blobs/sha256"));
        auto blob = [&](const QByteArray& bytes) {
            test::writeFile(layout + QStringLiteral("/blobs/sha256/") + sha256Hex(bytes), bytes);
            return QStringLiteral("sha256:") + sha256Hex(bytes);
        };
        const QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\","
                                  "\"diff_ids\":[]}}";
        const QByteArray layer = "not a model, just some bytes";
        const QByteArray manifest =
            QJsonDocument(
                QJsonObject {
                    {QStringLiteral("schemaVersion"), 2},
                    {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                    {QStringLiteral("config"),
                     QJsonObject {
                         {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.config.v1+json")},
                         {QStringLiteral("digest"), blob(config)},
                         {QStringLiteral("size"), config.size()}}},
                    {QStringLiteral("layers"),
                     QJsonArray {QJsonObject {
                         {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.layer.v1.tar")},
                         {QStringLiteral("digest"), blob(layer)},
                         {QStringLiteral("size"), layer.size()}}}}})
                .toJson(QJsonDocument::Compact);
        const QString manifestDigest = blob(manifest);
        test::writeFile(layout + QStringLiteral("/oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        test::writeFile(
            layout + QStringLiteral("/index.json"),
            "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
            "\"digest\":\""
                + manifestDigest.toUtf8() + "\",\"size\":" + QByteArray::number(manifest.size())
                + ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"v1\"}}]}");
        QProcess copy;
        copy.start(m_skopeo,
                   {QStringLiteral("copy"), QStringLiteral("--dest-tls-verify=false"),
                    QStringLiteral("oci:") + layout + QStringLiteral(":v1"),
                    m_registry->skopeoUrl(QStringLiteral("other/image:v1"))});
        QVERIFY(copy.waitForFinished(60000));
        QVERIFY2(copy.exitCode() == 0, copy.readAllStandardError().constData());
        const QString fresh = workspace(QStringLiteral("fresh"));
        const auto image = cli({QStringLiteral("models"), QStringLiteral("pull"),
                                m_registry->url(QStringLiteral("other/image:v1")), QStringLiteral("--plain-http")},
                               fresh);
        QCOMPARE(image.exitCode, 1);
        QVERIFY2(image.err.contains(QStringLiteral("not a Crucible model")), qPrintable(image.err));

        // A registry whose stored bundle was damaged (same size, one byte changed) serves it as it is.
        const auto pushed =
            cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("push"), QStringLiteral("iris@1"),
                 m_registry->url(QStringLiteral("damaged/iris")), QStringLiteral("--plain-http")});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        QProcess inspect;
        inspect.start(m_skopeo,
                      {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--tls-verify=false"),
                       m_registry->skopeoUrl(QStringLiteral("damaged/iris:1"))});
        QVERIFY(inspect.waitForFinished(60000));
        const QString layerDigest = QJsonDocument::fromJson(inspect.readAllStandardOutput())
                                        .object()
                                        .value(QStringLiteral("layers"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("digest"))
                                        .toString();
        QFile stored(m_registry->blobFile(layerDigest));
        QVERIFY2(stored.open(QIODevice::ReadWrite), qPrintable(stored.fileName()));
        QByteArray bytes = stored.readAll();
        const QByteArray original = bytes;
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
        QVERIFY(stored.seek(0));
        QCOMPARE(stored.write(bytes), bytes.size());
        stored.close();
        const auto damaged = cli({QStringLiteral("models"), QStringLiteral("pull"),
                                  m_registry->url(QStringLiteral("damaged/iris:1")), QStringLiteral("--plain-http")},
                                 fresh);
        test::writeFile(stored.fileName(), original); // the registry is shared with the other tests
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains(QStringLiteral("nothing was imported")), qPrintable(damaged.err));
        QVERIFY2(damaged.err.contains(layerDigest), qPrintable(damaged.err));

        const auto listed = cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("list")}, fresh);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.json().value(QStringLiteral("models")).toArray().isEmpty(), qPrintable(listed.out));
    }

    void badAddressesAndAbsentRegistriesGetClearMessages()
    {
        struct Case {
            QStringList arguments;
            QString says;
        };
        const QList<Case> cases {
            {{QStringLiteral("push"), QStringLiteral("iris@1"), QStringLiteral("oci://registry.example.com/team/iris"),
              QStringLiteral("--plain-http")},
             QStringLiteral("only for a registry on this machine")},
            {{QStringLiteral("push"), QStringLiteral("iris@1"), QStringLiteral("https://127.0.0.1:5000/team/iris")},
             QStringLiteral("starts with oci://")},
            {{QStringLiteral("push"), QStringLiteral("iris@1"), m_registry->url(QStringLiteral("Team/Iris"))},
             QStringLiteral("not a repository name")},
            {{QStringLiteral("pull"), m_registry->url(QStringLiteral("team/iris:-bad"))},
             QStringLiteral("is not a tag")},
            {{QStringLiteral("pull"), m_registry->url(QStringLiteral("team/iris@sha256:1234"))},
             QStringLiteral("is not a digest")},
            {{QStringLiteral("pull"), m_registry->url(QStringLiteral("team/iris:missing")),
              QStringLiteral("--plain-http")},
             QStringLiteral("has no missing in team/iris")},
            {{QStringLiteral("pull"), QStringLiteral("oci://127.0.0.1:%1/team/iris:1").arg(test::freePort()),
              QStringLiteral("--plain-http")},
             QStringLiteral("cannot reach the registry")},
            {{QStringLiteral("pull"), QStringLiteral("oci://127.0.0.1:99999/team/iris:1"),
              QStringLiteral("--plain-http")},
             QStringLiteral("99999 is not a port")},
            {{QStringLiteral("pull"), QStringLiteral("oci://alice:s3cret@127.0.0.1:5000/team/iris:1"),
              QStringLiteral("--plain-http")},
             QStringLiteral("holds no user or password")},
            {{QStringLiteral("pull"), QStringLiteral("oci://alice:p@s3cret@127.0.0.1:5000/team/iris:1"),
              QStringLiteral("--plain-http")},
             QStringLiteral("holds no user or password")},
        };
        for (const Case& c : cases) {
            const auto outcome = cli(QStringList {QStringLiteral("models")} + c.arguments);
            QVERIFY2(outcome.exitCode == 1,
                     qPrintable(c.arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + outcome.err));
            QVERIFY2(outcome.err.contains(c.says),
                     qPrintable(c.arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + outcome.err));
            QVERIFY2(!outcome.err.contains(QStringLiteral("s3cret")), qPrintable(outcome.err));
        }
    }

    /// A registry that sends Crucible on elsewhere once it has the login: to another host on this
    /// machine the request goes without the login; to a plain-HTTP address off this machine nothing goes.
    void aRegistrysLoginNeverGoesToAnotherHost()
    {
        const QString log = m_dir.filePath(QStringLiteral("other-host.jsonl"));
        HostileRegistry hostile(log);
        QVERIFY2(hostile.ready(), qPrintable(hostile.process.readAllStandardError()));
        const QString host = hostile.host();
        const auto environment = loggedIn(host, "alice", "s3cret");
        const auto pulled = cli({QStringLiteral("models"), QStringLiteral("pull"),
                                 QStringLiteral("oci://%1/team/iris:1").arg(host), QStringLiteral("--plain-http")},
                                workspace(QStringLiteral("redirected")), environment);
        QCOMPARE(pulled.exitCode, 1);
        const auto pushed = cli({QStringLiteral("models"), QStringLiteral("push"), QStringLiteral("iris@1"),
                                 QStringLiteral("oci://%1/team/iris").arg(host), QStringLiteral("--plain-http")},
                                {}, environment);
        QCOMPARE(pushed.exitCode, 1);
        const QList<QByteArray> requests = test::readFile(log).trimmed().split('\n');
        QVERIFY2(requests.size() >= 2, "the other host was asked nothing"); // the manifest, and an upload
        for (const QByteArray& line : requests) {
            const QJsonObject request = QJsonDocument::fromJson(line).object();
            QVERIFY2(request.value(QStringLiteral("authorization")).isNull(), line.constData());
        }
        QVERIFY(!pulled.err.contains(QStringLiteral("s3cret")) && !pushed.err.contains(QStringLiteral("s3cret")));

        // Off this machine, plain HTTP is refused before anything is sent.
        HostileRegistry offMachine(m_dir.filePath(QStringLiteral("unused.jsonl")), {},
                                   QStringLiteral("http://192.0.2.1:80"));
        QVERIFY(offMachine.ready());
        const auto refused =
            cli({QStringLiteral("models"), QStringLiteral("pull"),
                 QStringLiteral("oci://%1/team/iris:1").arg(offMachine.host()), QStringLiteral("--plain-http")},
                workspace(QStringLiteral("redirected")), loggedIn(offMachine.host(), "alice", "s3cret"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("http://192.0.2.1:80/v2/team/iris/manifests/1"))
                     && refused.err.contains(QStringLiteral("nothing was sent there")),
                 qPrintable(refused.err));

        // A registry that says back the login it got, at the end of a long text: blotted out before it is cut.
        HostileRegistry echoing(m_dir.filePath(QStringLiteral("e.jsonl")), QStringLiteral("echo"));
        QVERIFY(echoing.ready());
        const auto echoed =
            cli({QStringLiteral("models"), QStringLiteral("pull"),
                 QStringLiteral("oci://%1/team/iris:1").arg(echoing.host()), QStringLiteral("--plain-http")},
                workspace(QStringLiteral("redirected")), loggedIn(echoing.host(), "alice", "s3cret"));
        QCOMPARE(echoed.exitCode, 1);
        const QString base64 = QString::fromLatin1(QByteArray("alice:s3cret").toBase64());
        QVERIFY2(echoed.err.contains(QStringLiteral("you sent Basic ***")), qPrintable(echoed.err));
        QVERIFY2(!echoed.err.contains(base64.left(8)), qPrintable(echoed.err));
    }

    /// A server that sends a byte now and then never stalls, but is given up as too slow all the same.
    void aTricklingRegistryIsGivenUp()
    {
        HostileRegistry trickling(m_dir.filePath(QStringLiteral("t.jsonl")), QStringLiteral("trickle"));
        QVERIFY(trickling.ready());
        const quint16 port = trickling.port;
        oci::ClientOptions options;
        options.plainHttp = true;
        options.stallTimeoutMs = 2000; // the CLI waits 60 s; the rule is the same
        const auto source = oci::Reference::parse(QStringLiteral("oci://127.0.0.1:%1/team/iris:1").arg(port));
        QVERIFY(source);
        QElapsedTimer timer;
        timer.start();
        const auto pulled = oci::pull(source.value(), m_dir.filePath(QStringLiteral("trickled")), 1 << 30, options);
        QVERIFY(!pulled);
        QVERIFY2(pulled.error().message.contains(QStringLiteral("given up as too slow")),
                 qPrintable(pulled.error().message));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void aRegistryWithLoginsTakesDockersLogin()
    {
        const QString htpasswd = QStandardPaths::findExecutable(QStringLiteral("htpasswd"));
        QVERIFY2(!htpasswd.isEmpty(), "Debian's apache2-utils (htpasswd) is missing: run scripts/setup-debian.sh");
        const QString folder = m_dir.filePath(QStringLiteral("private"));
        QDir().mkpath(folder);
        const QString users = QDir(folder).filePath(QStringLiteral("htpasswd"));
        QProcess make;
        make.start(htpasswd, {QStringLiteral("-Bbc"), users, QStringLiteral("alice"), QStringLiteral("s3cret-Pw-77")});
        QVERIFY(make.waitForFinished(30000));
        QCOMPARE(make.exitCode(), 0);
        test::DockerRegistry registry(QStandardPaths::findExecutable(QStringLiteral("docker-registry")), folder,
                                      "auth:\n  htpasswd:\n    realm: crucible-test\n    path: " + users.toUtf8()
                                          + "\n");
        QVERIFY2(registry.waitUntilReady(), qPrintable(registry.output()));
        const QString host = registry.url(QString()).mid(6).chopped(1);
        const QStringList push {QStringLiteral("models"), QStringLiteral("push"), QStringLiteral("iris@1"),
                                registry.url(QStringLiteral("private/iris")), QStringLiteral("--plain-http")};

        QProcessEnvironment anonymous = QProcessEnvironment::systemEnvironment();
        anonymous.insert(QStringLiteral("DOCKER_CONFIG"), m_dir.filePath(QStringLiteral("no-docker-config")));
        const auto refused = cli(push, {}, anonymous);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("asks for a login")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("docker login ") + host), qPrintable(refused.err));

        const auto wrong = cli(push, {}, loggedIn(host, "alice", "not-the-password"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("refused the login")), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(QStringLiteral("not-the-password"))
                && !wrong.out.contains(QStringLiteral("not-the-password")));

        const QProcessEnvironment alice = loggedIn(host, "alice", "s3cret-Pw-77");
        const auto pushed = cli(push, {}, alice);
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        QVERIFY(!pushed.err.contains(QStringLiteral("s3cret")) && !pushed.out.contains(QStringLiteral("s3cret")));
        const auto pulled = cli({QStringLiteral("models"), QStringLiteral("pull"),
                                 registry.url(QStringLiteral("private/iris:1")), QStringLiteral("--plain-http")},
                                workspace(QStringLiteral("alices")), alice);
        QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
    }

    /// Every --json document of push and pull above, refusals included, against docs/json.
    void theDocumentsMatchTheirSchemas()
    {
        const auto refused =
            cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("pull"),
                 m_registry->url(QStringLiteral("team/iris:missing")), QStringLiteral("--plain-http")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_found"));
        QVERIFY(m_documents.size() >= 4);
        const QString list = test::writeFile(m_dir.filePath(QStringLiteral("documents.tsv")),
                                             m_documents.join(QLatin1Char('\n')).toUtf8());
        QVERIFY2(QFileInfo::exists(QStringLiteral(CRUCIBLE_VENV_PYTHON)),
                 "the project's .venv (jsonschema) is missing: run scripts/setup-venv.sh");
        QProcess validator;
        validator.setProcessChannelMode(QProcess::MergedChannels);
        validator.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                        {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/validate_json.py"),
                         QStringLiteral(CRUCIBLE_SOURCE_DIR "/docs/json"), list});
        QVERIFY2(validator.waitForFinished(120000), "the validator did not finish");
        const QString report = QString::fromUtf8(validator.readAll());
        QVERIFY2(validator.exitCode() == 0, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("checked %1 document(s), 0 failed").arg(m_documents.size())),
                 qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestOci)
#include "tst_oci.moc"
