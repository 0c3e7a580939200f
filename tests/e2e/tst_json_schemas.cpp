// Every crucible-cli command's --json document, as a script would read it, checked against its
// JSON Schema in docs/json by the real jsonschema validator (the project's .venv): a real
// workspace with a sample, real training, a registered and exported model, a sweep, a pipeline,
// and the failures (usage errors, unknown runs) that print the error document.
#include "../support/CliRunner.h"
#include "../support/OverviewFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace crucible;

class TestJsonSchemas : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QStringList m_list; ///< "schema<TAB>document file" lines for the validator
    QSet<QString> m_exercised;
    int m_count = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Runs `crucible-cli --json ARGS` and keeps its standard output for `schema`'s check.
    QJsonObject run(const QString& schema, const QStringList& arguments, const QString& workspace = {})
    {
        const test::CliOutcome outcome =
            test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("-w"),
                                      workspace.isEmpty() ? m_workspace : workspace, QStringLiteral("--json")}
                         + arguments);
        const QString file = path(QStringLiteral("out-%1.json").arg(++m_count, 3, 10, QLatin1Char('0')));
        QFile saved(file);
        if (saved.open(QIODevice::WriteOnly))
            saved.write(outcome.out.toUtf8());
        m_list << schema + QStringLiteral(".schema.json\t") + file;
        m_exercised.insert(schema);
        if (outcome.exitCode < 0)
            qWarning("crashed: %s\n%s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(outcome.err));
        return outcome.json();
    }

private Q_SLOTS:
    void everyCommandsDocumentMatchesItsSchema()
    {
        m_workspace = path(QStringLiteral("ws"));
        const QString other = path(QStringLiteral("other"));
        QFile csv(path(QStringLiteral("grown.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(test::grownIrisCsv());
        csv.close();
        QFile small(path(QStringLiteral("small.csv")));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("x;y;label\n1,5;2;a\n2,5;3;b\n3,5;1;a\n4,5;0;b\n");
        small.close();

        run(QStringLiteral("version"), {QStringLiteral("version")});
        run(QStringLiteral("help"), {QStringLiteral("help"), QStringLiteral("data"), QStringLiteral("import")});
        run(QStringLiteral("help"), {QStringLiteral("help")});
        run(QStringLiteral("workspace-init"), {QStringLiteral("workspace"), QStringLiteral("init"), other});
        run(QStringLiteral("workspace-info"), {QStringLiteral("workspace"), QStringLiteral("info")});
        run(QStringLiteral("data-samples"), {QStringLiteral("data"), QStringLiteral("samples")});
        run(QStringLiteral("data-samples"),
            {QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")});
        const QJsonObject imported =
            run(QStringLiteral("data-import"), {QStringLiteral("data"), QStringLiteral("import"), small.fileName()});
        run(QStringLiteral("data-list"), {QStringLiteral("data"), QStringLiteral("list")});
        run(QStringLiteral("data-show"), {QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("iris")});
        run(QStringLiteral("data-export"),
            {QStringLiteral("data"), QStringLiteral("export"), QStringLiteral("iris"), QStringLiteral("-o"),
             path(QStringLiteral("iris.csv"))});

        // Two runs, one registered as iris@production.
        const QJsonObject trained =
            run(QStringLiteral("train"),
                {QStringLiteral("train"), QStringLiteral("-d"), QStringLiteral("iris"), QStringLiteral("-m"),
                 QStringLiteral("mlp:8"), QStringLiteral("-e"), QStringLiteral("2"), QStringLiteral("--register"),
                 QStringLiteral("iris"), QStringLiteral("--alias"), QStringLiteral("production")});
        const QString first = trained.value(QStringLiteral("run_id")).toString();
        QVERIFY2(!first.isEmpty(), "training failed");
        const QString second =
            run(QStringLiteral("train"),
                {QStringLiteral("train"), QStringLiteral("-d"), QStringLiteral("iris"), QStringLiteral("-m"),
                 QStringLiteral("mlp:4"), QStringLiteral("-e"), QStringLiteral("1")})
                .value(QStringLiteral("run_id"))
                .toString();
        run(QStringLiteral("data-delete"),
            {QStringLiteral("data"), QStringLiteral("delete"), imported.value(QStringLiteral("reference")).toString()});

        run(QStringLiteral("runs-list"), {QStringLiteral("runs"), QStringLiteral("list")});
        run(QStringLiteral("runs-show"), {QStringLiteral("runs"), QStringLiteral("show"), first});
        run(QStringLiteral("runs-export"),
            {QStringLiteral("runs"), QStringLiteral("export"), first, QStringLiteral("-o"),
             path(QStringLiteral("points.csv"))});
        run(QStringLiteral("runs-compare"), {QStringLiteral("runs"), QStringLiteral("compare"), first, second});
        run(QStringLiteral("runs-diff"), {QStringLiteral("runs"), QStringLiteral("diff"), first, second});
        run(QStringLiteral("runs-rename"),
            {QStringLiteral("runs"), QStringLiteral("rename"), second, QStringLiteral("small")});
        run(QStringLiteral("runs-note"),
            {QStringLiteral("runs"), QStringLiteral("note"), second, QStringLiteral("tiny")});
        run(QStringLiteral("runs-tag"),
            {QStringLiteral("runs"), QStringLiteral("tag"), second, QStringLiteral("keep")});
        run(QStringLiteral("runs-pack"),
            {QStringLiteral("runs"), QStringLiteral("pack"), first, QStringLiteral("-o"),
             path(QStringLiteral("first.crucible-run"))});
        run(QStringLiteral("runs-unpack"),
            {QStringLiteral("runs"), QStringLiteral("unpack"), path(QStringLiteral("first.crucible-run"))}, other);
        run(QStringLiteral("runs-rerun"), {QStringLiteral("runs"), QStringLiteral("rerun"), second});
        run(QStringLiteral("runs-delete"), {QStringLiteral("runs"), QStringLiteral("delete"), second});
        run(QStringLiteral("runs-restore"), {QStringLiteral("runs"), QStringLiteral("restore"), second});

        run(QStringLiteral("models-list"), {QStringLiteral("models"), QStringLiteral("list")});
        run(QStringLiteral("models-show"), {QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("iris")});
        run(QStringLiteral("models-register"),
            {QStringLiteral("models"), QStringLiteral("register"), second, QStringLiteral("--name"),
             QStringLiteral("iris")});
        run(QStringLiteral("models-alias"),
            {QStringLiteral("models"), QStringLiteral("alias"), QStringLiteral("iris"), QStringLiteral("2"),
             QStringLiteral("staging")});
        run(QStringLiteral("models-export"),
            {QStringLiteral("models"), QStringLiteral("export"), QStringLiteral("iris@1"), QStringLiteral("-o"),
             path(QStringLiteral("iris.crucible"))});
        run(QStringLiteral("models-import"),
            {QStringLiteral("models"), QStringLiteral("import"), path(QStringLiteral("iris.crucible")),
             QStringLiteral("-n"), QStringLiteral("copy")});
        run(QStringLiteral("models-delete"),
            {QStringLiteral("models"), QStringLiteral("delete"), QStringLiteral("copy@1")});
        run(QStringLiteral("models-gate"),
            {QStringLiteral("models"), QStringLiteral("gate"), QStringLiteral("iris@staging"),
             QStringLiteral("--against"), QStringLiteral("iris@production"), QStringLiteral("-d"),
             QStringLiteral("iris")});
        run(QStringLiteral("predict"),
            {QStringLiteral("predict"), QStringLiteral("-m"), QStringLiteral("iris@production"), QStringLiteral("-i"),
             path(QStringLiteral("iris.csv")), QStringLiteral("-o"), path(QStringLiteral("predictions.csv"))});
        run(QStringLiteral("drift"),
            {QStringLiteral("drift"), QStringLiteral("-m"), QStringLiteral("iris@production"), QStringLiteral("-i"),
             csv.fileName()});

        // A sweep of two short trials, and a pipeline that checks drift.
        QFile sweep(path(QStringLiteral("search.yaml")));
        QVERIFY(sweep.open(QIODevice::WriteOnly));
        sweep.write("name: search\ndataset: iris\nrecipe: {epochs: 1, batch_size: 16}\nstrategy: random\nseed: 3\n"
                    "budget: {trials: 2}\nspace:\n  lr: {float: [0.001, 0.1], log: true}\n");
        sweep.close();
        run(QStringLiteral("sweep-create"), {QStringLiteral("sweep"), QStringLiteral("create"), sweep.fileName()});
        run(QStringLiteral("sweep-run"),
            {QStringLiteral("sweep"), QStringLiteral("run"), QStringLiteral("search"), QStringLiteral("--threads"),
             QStringLiteral("1")});
        run(QStringLiteral("sweep-resume"),
            {QStringLiteral("sweep"), QStringLiteral("resume"), QStringLiteral("search"), QStringLiteral("--threads"),
             QStringLiteral("1")});
        run(QStringLiteral("sweep-show"), {QStringLiteral("sweep"), QStringLiteral("show"), QStringLiteral("search")});
        run(QStringLiteral("sweep-list"), {QStringLiteral("sweep"), QStringLiteral("list")});
        run(QStringLiteral("sweep-stop"), {QStringLiteral("sweep"), QStringLiteral("stop"), QStringLiteral("search")});
        QFile pipeline(path(QStringLiteral("nightly-drift.yaml")));
        QVERIFY(pipeline.open(QIODevice::WriteOnly));
        pipeline.write(test::driftPipelineYaml("grown.csv"));
        pipeline.close();
        run(QStringLiteral("pipeline-new"),
            {QStringLiteral("pipeline"), QStringLiteral("new"), path(QStringLiteral("new.yaml"))});
        run(QStringLiteral("pipeline-check"),
            {QStringLiteral("pipeline"), QStringLiteral("check"), pipeline.fileName()});
        const QJsonObject ran = run(QStringLiteral("pipeline-run"),
                                    {QStringLiteral("pipeline"), QStringLiteral("run"), pipeline.fileName()});
        run(QStringLiteral("pipeline-list"), {QStringLiteral("pipeline"), QStringLiteral("list")});
        const QString pipelineRun = ran.value(QStringLiteral("run_id")).toString();
        run(QStringLiteral("pipeline-show"), {QStringLiteral("pipeline"), QStringLiteral("show"), pipelineRun});
        const QJsonObject log = run(QStringLiteral("pipeline-show"),
                                    {QStringLiteral("pipeline"), QStringLiteral("show"), pipelineRun,
                                     QStringLiteral("--log"), QStringLiteral("drift")});
        QCOMPARE(log.value(QStringLiteral("step")).toString(), QStringLiteral("drift"));
        run(QStringLiteral("pipeline-resume"), {QStringLiteral("pipeline"), QStringLiteral("resume"), pipelineRun});
        run(QStringLiteral("pipeline-daemon"),
            {QStringLiteral("pipeline"), QStringLiteral("daemon"), pipeline.fileName(), QStringLiteral("--once")});

        run(QStringLiteral("workspace-gc"),
            {QStringLiteral("workspace"), QStringLiteral("gc"), QStringLiteral("--dry-run")});
        const QJsonObject copied =
            run(QStringLiteral("workspace-copy"),
                {QStringLiteral("workspace"), QStringLiteral("copy"), m_workspace, path(QStringLiteral("copied"))});
        QVERIFY(copied.value(QStringLiteral("rows_copied")).toInteger() > 0);
        run(QStringLiteral("runs-delete"), {QStringLiteral("runs"), QStringLiteral("delete"), second});
        run(QStringLiteral("trash-empty"), {QStringLiteral("trash"), QStringLiteral("empty")});

        // Failures print the error document through the same schemas.
        run(QStringLiteral("runs-show"), {QStringLiteral("runs"), QStringLiteral("show"), QStringLiteral("nope")});
        run(QStringLiteral("train"), {QStringLiteral("train"), QStringLiteral("--epoch"), QStringLiteral("3")});
        run(QStringLiteral("data-import"),
            {QStringLiteral("data"), QStringLiteral("import"), path(QStringLiteral("none.csv"))});

        // Every schema in docs/json is one this test exercises, or one it says it leaves out.
        const QString schemas = QStringLiteral(CRUCIBLE_SOURCE_DIR "/docs/json");
        const QSet<QString> leftOut {
            // servers and followers that run until stopped: tst_serve, tst_mlflow, tst_drift_cli
            QStringLiteral("serve"), QStringLiteral("tracking-server"), QStringLiteral("serve-log-show"),
            QStringLiteral("serve-log-export"), QStringLiteral("monitor"),
            // imports of other tools' files, which tst_mlflow and tst_tensorboard make with those tools
            QStringLiteral("import-mlflow"), QStringLiteral("import-tensorboard"),
            // prints a shell script, never JSON
            QStringLiteral("completion"),
            // need a registry: tst_oci starts Docker Distribution and checks their documents
            QStringLiteral("models-push"), QStringLiteral("models-pull")};
        QSet<QString> missing;
        for (const QString& file : QDir(schemas).entryList({QStringLiteral("*.schema.json")}, QDir::Files)) {
            const QString name = file.chopped(QStringLiteral(".schema.json").size());
            if (name != QLatin1String("error") && name != QLatin1String("common") && !m_exercised.contains(name)
                && !leftOut.contains(name))
                missing.insert(name);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.values()).join(QLatin1Char(' '))));

        QFile list(path(QStringLiteral("documents.tsv")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(m_list.join(QLatin1Char('\n')).toUtf8());
        list.close();
        QProcess validator;
        validator.setProcessChannelMode(QProcess::MergedChannels);
        validator.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                        {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/validate_json.py"), schemas, list.fileName()});
        QVERIFY2(validator.waitForFinished(120000), "the validator did not finish");
        const QString report = QString::fromUtf8(validator.readAll());
        QVERIFY2(validator.exitCode() == 0, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("checked %1 document(s), 0 failed").arg(m_list.size())),
                 qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchemas)
#include "tst_json_schemas.moc"
