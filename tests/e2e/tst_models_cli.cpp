// crucible-cli models ... and predict as a user runs them: train, register with an alias, move
// it, export, import into a second workspace, predict in both, and Python's torch.jit.load
// of the exported model.pt giving the same outputs as `predict`.
#include "../support/CliRunner.h"
#include "../support/Files.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/BundleWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace crucible;
using crucible::test::runCli;

namespace {

QString firstLines(const QString& path, int count)
{
    return QString::fromUtf8(test::readFile(path)).section(QLatin1Char('\n'), 0, count - 1);
}

} // namespace

class TestModelsCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_other;
    QString m_runId;
    QString m_irisCsv;

    test::CliOutcome cli(const QStringList& arguments, const QString& workspace = {})
    {
        return runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"),
                                   workspace.isEmpty() ? m_workspace : workspace}
                      + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        m_other = m_dir.filePath(QStringLiteral("other"));
        m_irisCsv = QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv");
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        const auto trained =
            cli({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("iris"),
                 QStringLiteral("--model"), QStringLiteral("mlp:16"), QStringLiteral("--epochs"), QStringLiteral("30"),
                 QStringLiteral("--batch"), QStringLiteral("16"), QStringLiteral("--lr"), QStringLiteral("0.02"),
                 QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        m_runId = trained.json().value(QStringLiteral("run_id")).toString();
        QVERIFY(!m_runId.isEmpty());
    }

    void registerListShowAndMoveAliases()
    {
        auto first =
            cli({QStringLiteral("models"), QStringLiteral("register"), m_runId.left(8), QStringLiteral("--name"),
                 QStringLiteral("iris-mlp"), QStringLiteral("--alias"), QStringLiteral("production")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.startsWith(QStringLiteral("Registered iris-mlp@1 ")), qPrintable(first.out));
        auto second = cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("register"), m_runId,
                           QStringLiteral("--name"), QStringLiteral("iris-mlp")});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json().value(QStringLiteral("version")).toInt(), 2);

        auto list = cli({QStringLiteral("models"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("iris-mlp  2         v2      production=v1")), qPrintable(list.out));

        QCOMPARE(cli({QStringLiteral("models"), QStringLiteral("alias"), QStringLiteral("iris-mlp"),
                      QStringLiteral("2"), QStringLiteral("production")})
                     .exitCode,
                 0);
        auto shown = cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("show"),
                          QStringLiteral("iris-mlp@production")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(QStringLiteral("version")).toInt(), 2);
        const QJsonArray history = shown.json().value(QStringLiteral("alias_history")).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[1].toObject().value(QStringLiteral("from")).toInt(), 1);
        QCOMPARE(history[1].toObject().value(QStringLiteral("to")).toInt(), 2);
        QVERIFY(!history[1].toObject().value(QStringLiteral("user")).toString().isEmpty());

        auto card = cli(
            {QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("iris-mlp@1"), QStringLiteral("--card")});
        QVERIFY(card.out.startsWith(QStringLiteral("# iris-mlp\n")));
        QVERIFY(card.out.contains(QStringLiteral("Dataset: **iris**")));

        // An aliased version cannot be deleted; nothing is lost.
        auto refused = cli({QStringLiteral("models"), QStringLiteral("delete"), QStringLiteral("iris-mlp@2")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("production")), qPrintable(refused.err));
        QCOMPARE(cli({QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("iris-mlp@2")}).exitCode, 0);
    }

    void trainingCanRegisterItsModel()
    {
        const auto trained = cli({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"),
                                  QStringLiteral("iris"), QStringLiteral("--model"), QStringLiteral("linear"),
                                  QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--register"),
                                  QStringLiteral("iris-linear"), QStringLiteral("--alias"), QStringLiteral("staging")});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        QCOMPARE(trained.json().value(QStringLiteral("registered")).toString(), QStringLiteral("iris-linear@1"));
        auto shown = cli({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("show"),
                          QStringLiteral("iris-linear@staging")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().value(QStringLiteral("run_id")).toString(),
                 trained.json().value(QStringLiteral("run_id")).toString());
    }

    void bundleRoundTripsBetweenWorkspaces()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("iris-mlp-v2.crucible"));
        auto exported = cli({QStringLiteral("models"), QStringLiteral("export"), QStringLiteral("iris-mlp@production"),
                             QStringLiteral("--out"), bundle});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        // "--out -" is standard output, even where the current folder holds a folder named "-".
        QDir(m_dir.path()).mkpath(QStringLiteral("-"));
        QProcess piped;
        piped.setWorkingDirectory(m_dir.path());
        piped.setStandardOutputFile(m_dir.filePath(QStringLiteral("piped.crucible")));
        piped.start(QStringLiteral(CRUCIBLE_CLI),
                    {QStringLiteral("--workspace"), m_workspace, QStringLiteral("models"), QStringLiteral("export"),
                     QStringLiteral("iris-mlp@production"), QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY(piped.waitForFinished(60000));
        QCOMPARE(piped.exitCode(), 0);
        QCOMPARE(test::readFile(m_dir.filePath(QStringLiteral("piped.crucible"))), test::readFile(bundle));
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("-"))).isEmpty());
        auto imported = cli({QStringLiteral("models"), QStringLiteral("import"), bundle}, m_other);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.startsWith(QStringLiteral("Imported iris-mlp@1 ")), qPrintable(imported.out));
        auto again = cli({QStringLiteral("models"), QStringLiteral("import"), bundle}, m_other);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith(QStringLiteral("Unchanged")), qPrintable(again.out));

        const QString here = m_dir.filePath(QStringLiteral("here.csv"));
        const QString there = m_dir.filePath(QStringLiteral("there.csv"));
        auto predicted =
            cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("iris-mlp@production"),
                 QStringLiteral("--input"), m_irisCsv, QStringLiteral("--output"), here});
        QVERIFY2(predicted.exitCode == 0, qPrintable(predicted.err));
        QVERIFY(predicted.out.startsWith(QStringLiteral("Predicted 150 rows with iris-mlp@2")));
        QCOMPARE(cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("iris-mlp"),
                      QStringLiteral("--input"), m_irisCsv, QStringLiteral("--output"), there},
                     m_other)
                     .exitCode,
                 0);
        QCOMPARE(test::readFile(there), test::readFile(here));
        QCOMPARE(firstLines(here, 1), QStringLiteral("row,prediction,p_setosa,p_versicolor,p_virginica"));
        // Trained for 30 epochs, the model gets most iris flowers right.
        const QStringList lines = QString::fromUtf8(test::readFile(here)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList truth =
            QString::fromUtf8(test::readFile(m_irisCsv)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int correct = 0;
        for (int i = 1; i < lines.size(); ++i)
            correct += lines[i].section(QLatin1Char(','), 1, 1) == truth[i].section(QLatin1Char(','), 4, 4) ? 1 : 0;
        QVERIFY2(correct > 120, qPrintable(QString::number(correct)));
    }

    void badPredictionInputFailsWithoutOutput()
    {
        const QString renamed =
            test::writeFile(m_dir.filePath(QStringLiteral("renamed.csv")),
                            "sepal_length,sepal_width_cm,petal_length_cm,petal_width_cm\n5.1,3.5,1.4,0.2\n");
        const QString out = m_dir.filePath(QStringLiteral("never.csv"));
        auto refused = cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("iris-mlp@1"),
                            QStringLiteral("--input"), renamed, QStringLiteral("--output"), out});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("'sepal_length_cm', which the input lacks, and does not know "
                                                     "'sepal_length': renamed?")),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(out));
        auto unknown = cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("iris-mlp@staging"),
                            QStringLiteral("--input"), m_irisCsv, QStringLiteral("--output"), out});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(!QFileInfo::exists(out));
    }

    void classNamesFromTheDataStayOneFieldAndNoFormula();
    void outputNeverDestroysTheInputOrADevice();

    void untrustedTextNeverReachesTheTerminalRaw();
    void stdoutCarriesTheDocumentAloneWhenTheModelPrints();

    void plainPyTorchRunsTheExportedModel_data()
    {
        QTest::addColumn<QString>("python");
        QTest::newRow("Debian's PyTorch 1.13") << QStringLiteral(CRUCIBLE_PYTHON);
        QTest::newRow("current PyTorch (.venv)") << QStringLiteral(CRUCIBLE_VENV_PYTHON);
    }

    void plainPyTorchRunsTheExportedModel()
    {
        QFETCH(QString, python);
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import torch")});
        probe.waitForFinished(60000);
        if (probe.exitCode() != 0)
            QSKIP("this PyTorch is not installed (scripts/setup-debian.sh and scripts/setup-venv.sh install them)");
        const QString bundle = m_dir.filePath(QStringLiteral("iris-mlp-v2.crucible"));
        const QString predictions = m_dir.filePath(QStringLiteral("here.csv"));
        QVERIFY(QFileInfo::exists(bundle) && QFileInfo::exists(predictions));
        // Plain PyTorch and the standard library only: unzip model.pt, read the manifest embedded
        // in it, feed the raw CSV columns in the signature's order, compare with `predict`.
        const QString script = QStringLiteral(R"PY(
import csv, io, json, sys, zipfile, torch
bundle, rows_csv, predicted_csv = sys.argv[1:4]
files = {"crucible-model.json": ""}
model = torch.jit.load(io.BytesIO(zipfile.ZipFile(bundle).read("model.pt")), _extra_files=files)
manifest = json.loads(files["crucible-model.json"])
names = [f["name"] for f in manifest["input_signature"]["features"]]
rows = list(csv.DictReader(open(rows_csv)))
x = torch.tensor([[float(r[n]) for n in names] for r in rows], dtype=torch.float32)
with torch.no_grad():
    p = model(x)
mine = [[float(v) for v in r[2:]] for r in list(csv.reader(open(predicted_csv)))[1:]]
worst = (p - torch.tensor(mine)).abs().max().item()
classes = manifest["output_signature"]["classes"]
labels = [classes[i] for i in p.argmax(1).tolist()]
same = labels == [r[1] for r in list(csv.reader(open(predicted_csv)))[1:]]
print(json.dumps({"name": manifest["name"], "version": manifest["version"], "worst": worst, "same_labels": same}))
)PY");
        QProcess process;
        process.start(python, {QStringLiteral("-c"), script, bundle, m_irisCsv, predictions});
        QVERIFY(process.waitForFinished(120000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QStringLiteral("name")).toString(), QStringLiteral("iris-mlp"));
        QCOMPARE(result.value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(result.value(QStringLiteral("same_labels")).toBool());
        QVERIFY2(result.value(QStringLiteral("worst")).toDouble() < 1e-6, out.constData());
    }
};

void TestModelsCli::classNamesFromTheDataStayOneFieldAndNoFormula()
{
    // Class names are the data's text: a comma or a quote must not split the header, and a name a
    // spreadsheet would run as a formula must not arrive as one.
    const QStringList classes {QStringLiteral("\"large, blue\""), QStringLiteral("=SUM(A1)"),
                               QStringLiteral("\"say \"\"hi\"\"\"")};
    QString table = QStringLiteral("x1,x2,label\n");
    QString inputs = QStringLiteral("x1,x2\n");
    for (int i = 0; i < 60; ++i) {
        const int k = i % 3;
        const QString row = QStringLiteral("%1,%2").arg(k * 2.0 + (i % 7) * 0.05).arg(-k + (i % 5) * 0.03);
        table += row + QLatin1Char(',') + classes[k] + QLatin1Char('\n');
        inputs += row + QLatin1Char('\n');
    }
    const QString tablePath = m_dir.filePath(QStringLiteral("hostile.csv"));
    const QString inputPath = m_dir.filePath(QStringLiteral("hostile-inputs.csv"));
    test::writeFile(tablePath, table.toUtf8());
    test::writeFile(inputPath, inputs.toUtf8());
    QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("import"), tablePath, QStringLiteral("--name"),
                  QStringLiteral("hostile"), QStringLiteral("--target"), QStringLiteral("label")})
                 .exitCode,
             0);
    const auto trained =
        cli({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--data"), QStringLiteral("hostile"),
             QStringLiteral("--model"), QStringLiteral("mlp:8"), QStringLiteral("--epochs"), QStringLiteral("2"),
             QStringLiteral("--threads"), QStringLiteral("1")});
    QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
    const QString run = trained.json().value(QStringLiteral("run_id")).toString();
    QCOMPARE(cli({QStringLiteral("models"), QStringLiteral("register"), run, QStringLiteral("--name"),
                  QStringLiteral("hostile")})
                 .exitCode,
             0);
    const QString out = m_dir.filePath(QStringLiteral("hostile-predictions.csv"));
    const auto predicted = cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("hostile"),
                                QStringLiteral("--input"), inputPath, QStringLiteral("--output"), out});
    QVERIFY2(predicted.exitCode == 0, qPrintable(predicted.err));
    // Python's csv module reads what a spreadsheet or pandas would.
    QProcess python;
    python.start(QStringLiteral(CRUCIBLE_PYTHON),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys; rows = list(csv.reader(open(sys.argv[1], newline=''))); "
                                 "print(json.dumps({'header': rows[0], 'width': sorted({len(r) for r in rows}), "
                                 "'predicted': sorted({r[1] for r in rows[1:]})}))"),
                  out});
    QVERIFY(python.waitForFinished(60000));
    const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    const QJsonArray header = read.value(QStringLiteral("header")).toArray();
    QCOMPARE(header.size(), 5);
    QStringList probabilities;
    for (int i = 2; i < header.size(); ++i)
        probabilities << header[i].toString();
    probabilities.sort();
    QCOMPARE(
        probabilities,
        (QStringList {QStringLiteral("p_=SUM(A1)"), QStringLiteral("p_large, blue"), QStringLiteral("p_say \"hi\"")}));
    QCOMPARE(read.value(QStringLiteral("width")).toArray(), QJsonArray {5});
    for (const QJsonValue value : read.value(QStringLiteral("predicted")).toArray())
        QVERIFY2(
            (QStringList {QStringLiteral("'=SUM(A1)"), QStringLiteral("large, blue"), QStringLiteral("say \"hi\"")})
                .contains(value.toString()),
            qPrintable(value.toString()));
}

void TestModelsCli::outputNeverDestroysTheInputOrADevice()
{
    const QString input = m_dir.filePath(QStringLiteral("rows.csv"));
    QVERIFY(QFile::copy(m_irisCsv, input));
    const QByteArray original = test::readFile(input);
    const QString alias = m_dir.filePath(QStringLiteral("alias.csv"));
    QVERIFY(QFile::link(input, alias));
    for (const QString& output : {input, alias}) {
        const auto refused = cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("iris-mlp"),
                                  QStringLiteral("--input"), input, QStringLiteral("--output"), output});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("the output is the input")), qPrintable(refused.err));
        QCOMPARE(test::readFile(input), original);
    }

    const auto piped = cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("iris-mlp"),
                            QStringLiteral("--input"), input, QStringLiteral("--output"), QStringLiteral("-")});
    QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
    QVERIFY2(piped.out.startsWith(QStringLiteral("row,prediction,p_"))
                 || piped.out.contains(QStringLiteral(",prediction,p_")),
             qPrintable(piped.out.left(200)));
    QCOMPARE(piped.out.count(QLatin1Char('\n')), original.count('\n')); // a header and a line a row
    QVERIFY(piped.err.contains(QStringLiteral("standard output")));

    // A FIFO stays a FIFO and receives the predictions (as root, the old code replaced device nodes).
    const QString fifo = m_dir.filePath(QStringLiteral("predictions.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    QVERIFY(reader.waitForStarted());
    const auto streamed = cli({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("iris-mlp"),
                               QStringLiteral("--input"), input, QStringLiteral("--output"), fifo});
    QVERIFY2(streamed.exitCode == 0, qPrintable(streamed.err));
    QVERIFY(reader.waitForFinished(30000));
    const QByteArray received = reader.readAllStandardOutput();
    QCOMPARE(received.count('\n'), original.count('\n'));
    QCOMPARE(QString::fromUtf8(received), piped.out);
    struct stat info { };
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
}

void TestModelsCli::untrustedTextNeverReachesTheTerminalRaw()
{
    const QString source = m_dir.filePath(QStringLiteral("iris-mlp-v2.crucible"));
    auto reader = BundleReader::open(source);
    QVERIFY(reader);
    BundleContents contents {reader->manifest(), reader->entry(QStringLiteral("model.pt")).value(), reader->modelCard(),
                             reader->referenceProfile()};
    // Retitles the window, clears the screen, and a C1 CSI (U+009B) that some terminals act on.
    contents.modelCard = QByteArray("# Card\n\x1b]0;pwned\x07\x1b[2J") + QString(QChar(0x9b)).toUtf8() + "31m\n"
        + "evil" + QString(QChar(0x202e)).toUtf8() + "txt.exe" + QString(QChar(0x200b)).toUtf8() + "\n";
    contents.manifest.params.insert(QStringLiteral("note\x1b[8m"), QStringLiteral("hidden\x1b[0m"));
    const QString hostile = m_dir.filePath(QStringLiteral("hostile-card.crucible"));
    QVERIFY(BundleWriter::write(contents, hostile));
    for (const QStringList& arguments :
         {QStringList {QStringLiteral("models"), QStringLiteral("show"), hostile, QStringLiteral("--card")},
          QStringList {QStringLiteral("models"), QStringLiteral("show"), hostile},
          QStringList {QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("show"), hostile}}) {
        const auto shown = cli(arguments);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QByteArray out = shown.out.toUtf8();
        // The bidirectional override (U+202E) and the zero-width space reorder or hide text: escaped too.
        QVERIFY2(!out.contains('\x1b') && !out.contains('\x07') && !out.contains("\xc2\x9b")
                     && !out.contains("\xe2\x80\xae") && !out.contains("\xe2\x80\x8b"),
                 qPrintable(arguments.join(' ')));
        if (arguments.contains(QStringLiteral("--card"))) {
            QVERIFY2(out.contains("\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m"), out.constData());
            QVERIFY2(out.contains("evil\\u202etxt.exe\\u200b"), out.constData());
        }
        if (arguments.first() == QLatin1String("--json")) {
            QJsonParseError error {};
            QJsonDocument::fromJson(out, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    }
}

void TestModelsCli::stdoutCarriesTheDocumentAloneWhenTheModelPrints()
{
    QProcess probe;
    probe.start(QStringLiteral(CRUCIBLE_VENV_PYTHON), {QStringLiteral("-c"), QStringLiteral("import torch")});
    probe.waitForFinished(60000);
    if (probe.exitCode() != 0)
        QSKIP("the current PyTorch is not installed (scripts/setup-venv.sh installs it)");
    // The registered model wrapped by plain PyTorch in a module whose forward() prints.
    const QString source = m_dir.filePath(QStringLiteral("iris-mlp-v2.crucible"));
    auto reader = BundleReader::open(source);
    QVERIFY(reader);
    const QString inner = m_dir.filePath(QStringLiteral("inner.pt"));
    const QString loud = m_dir.filePath(QStringLiteral("loud.pt"));
    QVERIFY(test::writeFile(inner, reader->entry(QStringLiteral("model.pt")).value()) == inner);
    const QString script = QStringLiteral(R"PY(
import sys, torch
files = {"crucible-model.json": ""}
inner = torch.jit.load(sys.argv[1], _extra_files=files)
class Loud(torch.nn.Module):
    def __init__(self, inner):
        super().__init__()
        self.inner = inner
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        print("model says hello")
        return self.inner(x)
torch.jit.save(torch.jit.script(Loud(inner)), sys.argv[2], _extra_files=files)
)PY");
    const QString scriptPath = test::writeFile(m_dir.filePath(QStringLiteral("loud.py")), script.toUtf8());
    QProcess python;
    python.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                 {QStringLiteral("-W"), QStringLiteral("ignore"), scriptPath, inner, loud});
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    BundleContents contents {reader->manifest(), test::readFile(loud), reader->modelCard(), reader->referenceProfile()};
    const QString bundle = m_dir.filePath(QStringLiteral("loud.crucible"));
    QVERIFY(BundleWriter::write(contents, bundle));

    const auto json = cli({QStringLiteral("--json"), QStringLiteral("predict"), QStringLiteral("--model"), bundle,
                           QStringLiteral("--input"), m_irisCsv, QStringLiteral("--output"),
                           m_dir.filePath(QStringLiteral("loud.csv"))});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QJsonParseError error {};
    QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json.out));
    QVERIFY2(json.err.contains(QStringLiteral("model says hello")), qPrintable(json.err));

    const auto csv = cli({QStringLiteral("predict"), QStringLiteral("--model"), bundle, QStringLiteral("--input"),
                          m_irisCsv, QStringLiteral("--output"), QStringLiteral("-")});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY2(csv.out.startsWith(QStringLiteral("row,prediction,")), qPrintable(csv.out.left(200)));
    QVERIFY(!csv.out.contains(QStringLiteral("model says hello")));
    QCOMPARE(csv.out.count(QLatin1Char('\n')), 151); // the header and 150 rows
}

QTEST_GUILESS_MAIN(TestModelsCli)
#include "tst_models_cli.moc"
