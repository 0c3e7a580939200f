// crucible-cli runs ... as a user runs it: a real process on a workspace the engine filled.
#include "../support/CliRunner.h"
#include "../support/Files.h"
#include "../support/Require.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "engine/store/Workspace.h"
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace crucible;

using Outcome = test::CliOutcome;

class TestRunsCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_adam;
    QString m_sgd;
    QString m_third;

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    /// Dates `path` two hours back, as a leftover of an earlier day would be.
    static bool makeOld(const QString& path)
    {
        const timespec old {std::time(nullptr) - 7200, 0};
        const timespec times[2] {old, old};
        return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
    }

    Outcome cli(const QStringList& arguments) const
    {
        return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), m_dir.path()}
                            + arguments);
    }

    static QString addRun(const Workspace& workspace, const QString& name, const QString& optimizer, double lr,
                          const std::vector<double>& accuracy)
    {
        RunStore store(workspace);
        NewRun spec;
        spec.name = name;
        spec.experiment = QStringLiteral("sweep");
        spec.seed = 1;
        spec.config = QJsonObject {
            {QStringLiteral("optimizer"), optimizer}, {QStringLiteral("lr"), lr}, {QStringLiteral("epochs"), 3}};
        const QString id = store.createRun(spec).value();
        Environment environment = Environment::machine(); // as training records it, with LibTorch's version
        environment.torchVersion = QStringLiteral("2.15.0");
        REQUIRE_OK(store.start(id, environment));
        auto writer = MetricWriter::open(workspace, id);
        for (size_t i = 0; i < accuracy.size(); ++i) {
            writer.value()->log(QStringLiteral("val_accuracy"), qint64(i), accuracy[i], double(i), 1.7e9 + double(i));
            writer.value()->log(QStringLiteral("loss"), qint64(i),
                                i == 1 ? std::numeric_limits<double>::quiet_NaN() : 1.0 / (1.0 + double(i)), double(i),
                                1.7e9 + double(i));
        }
        REQUIRE_OK(writer.value()->close());
        REQUIRE_OK(store.finish(id));
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto workspace = Workspace::open(m_dir.path());
        QVERIFY(workspace);
        m_adam =
            addRun(*workspace.value(), QStringLiteral("adam-run"), QStringLiteral("adam"), 0.001, {0.5, 0.8, 0.95});
        m_sgd = addRun(*workspace.value(), QStringLiteral("sgd-run"), QStringLiteral("sgd"), 0.001, {0.4, 0.6, 0.7});
        m_third = addRun(*workspace.value(), QStringLiteral("adam-slow"), QStringLiteral("adam"), 0.0001, {0.3, 0.5});
    }

    void listsRunsAsATable()
    {
        const Outcome result = cli({QStringLiteral("runs"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("ID")));
        QVERIFY(lines[0].contains(QStringLiteral("METRICS.VAL_ACCURACY")));
        QVERIFY(lines[1].startsWith(m_third)); // newest first
        QVERIFY(lines[3].contains(QStringLiteral("adam-run")));
        QVERIFY(lines[3].contains(QStringLiteral("finished")));
        QVERIFY(lines[3].contains(QStringLiteral("0.95")));
    }

    void filtersAndSortsAsCsvAndJson()
    {
        Outcome result =
            cli({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--filter"),
                 QStringLiteral("metrics.val_accuracy > 0.6 and params.optimizer = \"adam\" or params.lr < 0.001"),
                 QStringLiteral("--sort"), QStringLiteral("-metrics.val_accuracy"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--columns"),
                 QStringLiteral("id,name,params.lr,metrics.val_accuracy.max")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out,
                 QStringLiteral(
                     "id,name,params.lr,metrics.val_accuracy.max\n%1,adam-run,0.001,0.95\n%2,adam-slow,0.0001,0.5\n")
                     .arg(m_adam, m_third));

        result = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list"),
                      QStringLiteral("--experiment"), QStringLiteral("sweep"), QStringLiteral("--sort"),
                      QStringLiteral("name")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QStringLiteral("count")).toInt(), 3);
        const QJsonObject first = json.value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("adam-run"));
        QCOMPARE(first.value(QStringLiteral("params")).toObject().value(QStringLiteral("optimizer")).toString(),
                 QStringLiteral("adam"));
        const QJsonObject accuracy =
            first.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("val_accuracy")).toObject();
        QCOMPARE(accuracy.value(QStringLiteral("last")).toDouble(), 0.95);
        QCOMPARE(accuracy.value(QStringLiteral("best_step")).toInt(), 2);

        result = cli({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--experiment"),
                      QStringLiteral("nowhere")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("No runs")));
    }

    void filtersByDateListPatternAndMlflowSyntax()
    {
        const auto ids = [&](const QString& filter) {
            const Outcome result = cli({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("-f"), filter,
                                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--columns"),
                                        QStringLiteral("name"), QStringLiteral("-s"), QStringLiteral("name")});
            return result.exitCode == 0
                ? result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1).join(QLatin1Char(' '))
                : QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err);
        };
        // A date is the whole day, in local time, as the table prints it: the day the runs were made.
        const Outcome listed = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list")});
        const QDate made = QDateTime::fromString(listed.json()
                                                     .value(QStringLiteral("runs"))
                                                     .toArray()
                                                     .at(0)
                                                     .toObject()
                                                     .value(QStringLiteral("created_at"))
                                                     .toString(),
                                                 Qt::ISODateWithMs)
                               .toLocalTime()
                               .date();
        QVERIFY(made.isValid());
        const QString today = made.toString(Qt::ISODate);
        const QString tomorrow = made.addDays(1).toString(Qt::ISODate);
        QCOMPARE(ids(QStringLiteral("created = \"%1\"").arg(today)), QStringLiteral("adam-run adam-slow sgd-run"));
        QCOMPARE(ids(QStringLiteral("created >= \"%1\" and created < \"%2\"").arg(today, tomorrow)),
                 QStringLiteral("adam-run adam-slow sgd-run"));
        QCOMPARE(ids(QStringLiteral("created > \"%1\"").arg(today)), QString());
        QCOMPARE(ids(QStringLiteral("created in ('%1', '%2')").arg(tomorrow, today)),
                 QStringLiteral("adam-run adam-slow sgd-run"));
        QCOMPARE(ids(QStringLiteral("created like '%1 %'").arg(today)), QStringLiteral("adam-run adam-slow sgd-run"));
        QCOMPARE(ids(QStringLiteral("created in ('%1')").arg(tomorrow)), QString());
        QCOMPARE(ids(QStringLiteral("params.optimizer in ('sgd', 'rmsprop')")), QStringLiteral("sgd-run"));
        QCOMPARE(ids(QStringLiteral("name like 'adam-%' and status = 'FINISHED'")),
                 QStringLiteral("adam-run adam-slow"));
        QCOMPARE(ids(QStringLiteral("name glob '*-run'")), QStringLiteral("adam-run sgd-run"));
        QCOMPARE(ids(QStringLiteral("name glob '[^a]*'")), QStringLiteral("sgd-run")); // as [!a]*
        QCOMPARE(ids(QStringLiteral("name like '%\U0001F389%'")), QString()); // a character beyond the BMP
        // MLflow's search syntax, where it is not Crucible's, is understood as well.
        QCOMPARE(ids(QStringLiteral("attributes.status = 'FINISHED' AND params.optimizer = 'adam' AND "
                                    "metrics.val_accuracy > 0.6")),
                 QStringLiteral("adam-run"));
        QVERIFY(ids(QStringLiteral("created > \"last week\"")).contains(QStringLiteral("not a date")));
    }

    void aBadFilterPointsAtItsColumn()
    {
        const QString expression = QStringLiteral("metrics.val_accuracy > 0.9 and params.optimizer = adam");
        const Outcome result =
            cli({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--filter"), expression});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("filter, column 51: put text in quotes: \"adam\"")),
                 qPrintable(result.err));
        const QStringList lines = result.err.split(QLatin1Char('\n'));
        const qsizetype at = lines.indexOf(QStringLiteral("  ") + expression);
        QVERIFY2(at > 0, qPrintable(result.err));
        QCOMPARE(lines[at + 1], QString(2 + 50, QLatin1Char(' ')) + QLatin1Char('^'));

        const Outcome sort =
            cli({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("colour")});
        QCOMPARE(sort.exitCode, 1);
        QVERIFY(sort.err.contains(QStringLiteral("sort: unknown field 'colour'")));
    }

    void showsARunByPrefix()
    {
        int common = 0;
        while (m_adam[common] == m_sgd[common])
            ++common;
        const QString prefix = m_adam.left(common + 1);
        Outcome result = cli({QStringLiteral("runs"), QStringLiteral("show"), prefix});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(m_adam));
        QVERIFY(result.out.contains(QStringLiteral("adam-run")));
        QVERIFY(result.out.contains(QStringLiteral("finished")));
        QVERIFY(result.out.contains(QStringLiteral("Environment")));
        QVERIFY(result.out.contains(QStringLiteral("val_accuracy")));

        result = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("show"), m_adam});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = result.json();
        QCOMPARE(json.value(QStringLiteral("config")).toObject().value(QStringLiteral("lr")).toDouble(), 0.001);
        QCOMPARE(
            json.value(QStringLiteral("environment")).toObject().value(QStringLiteral("libtorch_version")).toString(),
            QStringLiteral("2.15.0"));
        QCOMPARE(json.value(QStringLiteral("config_hash")).toString().size(), 64);
        QCOMPARE(json.value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("loss"))
                     .toObject()
                     .value(QStringLiteral("nan_count"))
                     .toInt(),
                 1);

        if (common > 0) {
            result = cli({QStringLiteral("runs"), QStringLiteral("show"), m_adam.left(common)});
            QCOMPARE(result.exitCode, 1);
            QVERIFY(result.err.contains(QStringLiteral("more than one run matches")));
        }
        result = cli({QStringLiteral("runs"), QStringLiteral("show"), QStringLiteral("ffffffff")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("ffffffff")));
    }

    void exportsMetricsInLongFormat()
    {
        const QString file = m_dir.filePath(QStringLiteral("export.csv"));
        const Outcome result =
            cli({QStringLiteral("runs"), QStringLiteral("export"), m_adam, QStringLiteral("--out"), file});
        QCOMPARE(result.exitCode, 0);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1 + 6);
        QCOMPARE(lines[0], QStringLiteral("run_id,key,step,epoch,wall_time,value"));
        QCOMPARE(lines[1], QStringLiteral("%1,loss,0,0,1700000000.000000,1").arg(m_adam));
        QCOMPARE(lines[2], QStringLiteral("%1,loss,1,1,1700000001.000000,nan").arg(m_adam));
        QCOMPARE(lines[6], QStringLiteral("%1,val_accuracy,2,2,1700000002.000000,0.95").arg(m_adam));

        const Outcome json = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("export"), m_adam,
                                  QStringLiteral("--key"), QStringLiteral("loss")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray points = json.json().value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("nan"));
        // --key again adds a key.
        const Outcome both =
            cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("export"), m_adam,
                 QStringLiteral("-k"), QStringLiteral("loss"), QStringLiteral("-k"), QStringLiteral("val_accuracy")});
        QCOMPARE(both.exitCode, 0);
        QCOMPARE(both.json().value(QStringLiteral("points")).toArray().size(), 6);

        // "-" is standard output, exactly the file's bytes; the workspace's own database is never
        // an output, whatever name reaches it.
        const Outcome piped = cli(
            {QStringLiteral("runs"), QStringLiteral("export"), m_adam, QStringLiteral("--out"), QStringLiteral("-")});
        QCOMPARE(piped.exitCode, 0);
        csv.seek(0);
        QCOMPARE(piped.out.toUtf8(), csv.readAll());
        QVERIFY(!QFileInfo::exists(QStringLiteral("-")));
        const QString database = QDir(m_dir.path()).filePath(QStringLiteral("crucible.db"));
        const QByteArray before = test::readFile(database);
        const Outcome refused =
            cli({QStringLiteral("runs"), QStringLiteral("export"), m_adam, QStringLiteral("--out"), database});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("the output is the input")), qPrintable(refused.err));
        QCOMPARE(test::readFile(database), before);
    }

    void tablesFitTheTerminalAndAlignWideCharacters()
    {
        QTemporaryDir dir;
        {
            auto workspace = Workspace::open(dir.path());
            QVERIFY(workspace);
            addRun(*workspace.value(), QStringLiteral("训练一号"), QStringLiteral("adam"), 0.001, {0.5, 0.9});
            addRun(*workspace.value(), QStringLiteral("a-run-whose-name-goes-on-and-on-past-any-table-column"),
                   QStringLiteral("sgd"), 0.01, {0.25});
            addRun(*workspace.value(), QStringLiteral("\U0001F680 launch \u2705"), QStringLiteral("sgd"), 0.1, {0.75});
        }
        const auto width = [](const QString& line) { // as a terminal draws them: CJK and these emoji two wide
            int columns = 0;
            for (const char32_t c : line.toUcs4())
                columns += (c >= 0x4e00 && c <= 0x9fff) || c == 0x1F680 || c == 0x2705 ? 2 : 1;
            return columns;
        };
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COLUMNS"), QStringLiteral("64"));
        const Outcome narrow = test::runCli(
            {QStringLiteral("-w"), dir.path(), QStringLiteral("runs"), QStringLiteral("list")}, environment);
        QCOMPARE(narrow.exitCode, 0);
        QStringList lines = narrow.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 5, qPrintable(narrow.out));
        for (const QString& line : lines)
            QVERIFY2(width(line) <= 64, qPrintable(line));
        // What did not fit is named, not dropped in silence (wrapped to the same width).
        const QStringList footer = lines.mid(4);
        lines = lines.mid(0, 4);
        QVERIFY2(footer.join(QLatin1Char(' ')).contains(QStringLiteral("left out to fit 64 columns")),
                 qPrintable(narrow.out));
        // The status column starts at the same column on every line, wide characters or not.
        const auto statusColumn = [&](const QString& line, const QString& word) {
            const qsizetype at = line.indexOf(word);
            return at < 0 ? -1 : width(line.left(at));
        };
        const int header = statusColumn(lines[0], QStringLiteral("STATUS"));
        QVERIFY(header > 0);
        QVERIFY2(statusColumn(lines[1], QStringLiteral("finished")) == header, qPrintable(narrow.out));
        QVERIFY2(statusColumn(lines[2], QStringLiteral("finished")) == header, qPrintable(narrow.out));
        QVERIFY2(statusColumn(lines[3], QStringLiteral("finished")) == header, qPrintable(narrow.out));
        QVERIFY2(narrow.out.contains(QStringLiteral("训练一号")), qPrintable(narrow.out));
        QVERIFY2(narrow.out.contains(QChar(0x2026)), qPrintable(narrow.out)); // the long name, cut
        // Emoji in patterns: found, and _ is one of them.
        for (const QString& filter :
             {QStringLiteral("name like '%\U0001F680%'"), QStringLiteral("name like '_ launch%'")}) {
            const Outcome found =
                test::runCli({QStringLiteral("-w"), dir.path(), QStringLiteral("runs"), QStringLiteral("list"),
                              QStringLiteral("-f"), filter, QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--columns"), QStringLiteral("name")},
                             environment);
            QCOMPARE(found.out, QStringLiteral("name\n\U0001F680 launch \u2705\n"));
        }

        // A pipe without $COLUMNS gets every character.
        environment.remove(QStringLiteral("COLUMNS"));
        const Outcome piped = test::runCli(
            {QStringLiteral("-w"), dir.path(), QStringLiteral("runs"), QStringLiteral("list")}, environment);
        QVERIFY(piped.out.contains(QStringLiteral("a-run-whose-name-goes-on-and-on-past-any-table-column")));
    }

    void comparesRuns()
    {
        Outcome result =
            cli({QStringLiteral("runs"), QStringLiteral("compare"), m_adam, m_sgd, m_third, QStringLiteral("--diff")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("optimizer")));
        QVERIFY(result.out.contains(QStringLiteral("lr")));
        QVERIFY(!result.out.contains(QStringLiteral("epochs"))); // the same in every run
        QVERIFY(result.out.contains(QStringLiteral("0.95 (best 0.95 @2)")));

        result = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("compare"), m_adam, m_sgd});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject params = result.json().value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(QStringLiteral("epochs")).toArray(), (QJsonArray {3, 3}));
        QCOMPARE(params.value(QStringLiteral("optimizer")).toArray(),
                 (QJsonArray {QStringLiteral("adam"), QStringLiteral("sgd")}));
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("compare"), m_adam}).exitCode, 2);
    }

    void tellsApartWhatDiffersBeyondSixDigits()
    {
        const QString folder = m_dir.filePath(QStringLiteral("close"));
        QString a;
        QString b;
        {
            auto workspace = Workspace::open(folder);
            QVERIFY(workspace);
            a = addRun(*workspace.value(), QStringLiteral("lr-a"), QStringLiteral("adam"), 0.001234561, {0.5, 0.7});
            b = addRun(*workspace.value(), QStringLiteral("lr-b"), QStringLiteral("adam"), 0.001234562, {0.5, 0.6});
            addRun(*workspace.value(), QStringLiteral("diverged"), QStringLiteral("adam"), 1.0,
                   {std::numeric_limits<double>::quiet_NaN()});
        }
        const auto close = [&](const QStringList& arguments) {
            return test::runCli(QStringList {QStringLiteral("--workspace"), folder} + arguments);
        };
        Outcome diff = close({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("diff"), a, b});
        QCOMPARE(diff.exitCode, 0);
        bool lrDiffers = false;
        for (const QJsonValue& row : diff.json().value(QStringLiteral("rows")).toArray()) {
            if (row.toObject().value(QStringLiteral("key")).toString() == QLatin1String("lr"))
                lrDiffers = row.toObject().value(QStringLiteral("differs")).toBool()
                    && row.toObject().value(QStringLiteral("a")).toString() == QLatin1String("0.001234561");
        }
        QVERIFY2(lrDiffers, qPrintable(diff.out));
        Outcome compared = close({QStringLiteral("runs"), QStringLiteral("compare"), a, b, QStringLiteral("--diff")});
        QCOMPARE(compared.exitCode, 0);
        QVERIFY2(compared.out.contains(QStringLiteral("0.001234562")), qPrintable(compared.out));
        // CSV is for programs: numbers that read back exactly, durations in seconds.
        Outcome csv = close({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--columns"),
                             QStringLiteral("name,params.lr,duration"), QStringLiteral("-s"), QStringLiteral("name")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[2].startsWith(QStringLiteral("lr-a,0.001234561,")), qPrintable(lines[2]));
        bool isNumber = false;
        lines[2].section(QLatin1Char(','), 2).toDouble(&isNumber);
        QVERIFY2(isNumber, qPrintable(lines[2]));
        // Best first never starts with a diverged (NaN) run.
        Outcome best = close({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--columns"), QStringLiteral("name"),
                              QStringLiteral("-s"), QStringLiteral("-metrics.val_accuracy")});
        QCOMPARE(best.out, QStringLiteral("name\nlr-a\nlr-b\ndiverged\n"));
    }

    void renamesTagsAndTrashesRuns()
    {
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("rename"), m_sgd, QStringLiteral("sgd-renamed")}).exitCode,
                 0);
        QCOMPARE(
            cli({QStringLiteral("runs"), QStringLiteral("tag"), m_sgd, QStringLiteral("keep"), QStringLiteral("paper")})
                .exitCode,
            0);
        QCOMPARE(
            cli({QStringLiteral("runs"), QStringLiteral("note"), m_sgd, QStringLiteral("worse than adam")}).exitCode,
            0);
        Outcome result = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list"),
                              QStringLiteral("--filter"), QStringLiteral("tag = \"paper\"")});
        QJsonObject run = result.json().value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("name")).toString(), QStringLiteral("sgd-renamed"));
        QCOMPARE(run.value(QStringLiteral("notes")).toString(), QStringLiteral("worse than adam"));

        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("delete"), m_sgd}).exitCode, 0);
        result = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list")});
        QCOMPARE(result.json().value(QStringLiteral("count")).toInt(), 2);
        result =
            cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--trash")});
        QCOMPARE(result.json().value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("restore"), m_sgd}).exitCode, 0);
        result = cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list")});
        QCOMPARE(result.json().value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("tag"), m_sgd, QStringLiteral("paper"),
                      QStringLiteral("--remove")})
                     .exitCode,
                 0);
    }

    void trashEmptyAndGcReclaimExactlyWhatNothingReferences()
    {
        const QString folder = m_dir.filePath(QStringLiteral("lifecycle"));
        auto lifecycle = [&](const QStringList& arguments) {
            return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), folder,
                                             QStringLiteral("--json")}
                                + arguments);
        };
        QCOMPARE(lifecycle({QStringLiteral("data"), QStringLiteral("samples"), QStringLiteral("iris")}).exitCode, 0);
        QString keep;
        QString doomed;
        QString live;
        QString binned;
        {
            auto workspace = Workspace::open(folder);
            QVERIFY(workspace);
            keep = addRun(*workspace.value(), QStringLiteral("keep"), QStringLiteral("adam"), 0.01, {0.5});
            doomed = addRun(*workspace.value(), QStringLiteral("doomed"), QStringLiteral("sgd"), 0.01, {0.4});
            binned = addRun(*workspace.value(), QStringLiteral("binned"), QStringLiteral("sgd"), 0.1, {0.3});
            RunStore store(*workspace.value());
            // A run still training (this process owns it) and a file it is writing.
            NewRun training;
            training.name = QStringLiteral("live");
            live = store.createRun(training).value();
            QVERIFY(store.start(live));
            QVERIFY(writeFile(QDir(store.runFolder(live)).filePath(QStringLiteral("checkpoints/step-2.pt")),
                              QByteArray(400, 'l')));
            // A file of the user's in a run that will be in the trash.
            QVERIFY(writeFile(QDir(store.runFolder(binned)).filePath(QStringLiteral("notes.txt")), "mine"));
            QVERIFY(writeFile(QDir(store.runFolder(keep)).filePath(QStringLiteral("model.pt")), QByteArray(700, 'm')));
            QVERIFY(store.addArtifact(keep, QStringLiteral("model.pt"), QStringLiteral("model")));
            QVERIFY(writeFile(QDir(store.runFolder(doomed)).filePath(QStringLiteral("checkpoints/step-1.pt")),
                              QByteArray(1234, 'c')));
        }
        // Leftovers: an object no dataset names, a run folder whose run is gone, a checkpoint no
        // record names; all old enough to be settled. And an object written just now (an import).
        const QString strayObject = folder + QStringLiteral("/objects/") + QString(64, QLatin1Char('a'));
        const QString strayFolder = folder + QStringLiteral("/runs/00000000deadbeef");
        const QString strayFile = folder + QStringLiteral("/runs/") + keep + QStringLiteral("/checkpoints/step-9.pt");
        const QString freshObject = folder + QStringLiteral("/objects/") + QString(64, QLatin1Char('b'));
        QVERIFY(writeFile(strayObject, QByteArray(100, 'o')));
        QVERIFY(writeFile(strayFolder + QStringLiteral("/model.pt"), QByteArray(200, 'f')));
        QVERIFY(writeFile(strayFile, QByteArray(300, 's')));
        QVERIFY(writeFile(freshObject, QByteArray(50, 'n')));
        const QString userNotes = folder + QStringLiteral("/runs/") + binned + QStringLiteral("/notes.txt");
        for (const QString& path :
             {strayObject, strayFolder + QStringLiteral("/model.pt"), strayFolder, strayFile, userNotes})
            QVERIFY(makeOld(path));

        // Emptying the trash deletes the trashed run, its folder and says what that freed; a run
        // in the trash that is still training stays there with its files until it ends.
        QCOMPARE(lifecycle({QStringLiteral("runs"), QStringLiteral("delete"), doomed}).exitCode, 0);
        QCOMPARE(lifecycle({QStringLiteral("runs"), QStringLiteral("delete"), live}).exitCode, 0);
        auto emptied = lifecycle({QStringLiteral("trash"), QStringLiteral("empty")});
        QCOMPARE(emptied.exitCode, 0);
        QCOMPARE(emptied.json().value(QStringLiteral("runs")).toInt(), 1);
        QCOMPARE(emptied.json().value(QStringLiteral("bytes")).toInt(), 1234);
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/runs/") + doomed));
        QCOMPARE(lifecycle({QStringLiteral("runs"), QStringLiteral("show"), doomed}).exitCode, 1);
        QCOMPARE(lifecycle({QStringLiteral("runs"), QStringLiteral("show"), live}).exitCode, 0);
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/runs/") + live + QStringLiteral("/checkpoints/step-2.pt")));
        // gc leaves the trash as it is: restoring a run gives it back whole.
        QCOMPARE(lifecycle({QStringLiteral("runs"), QStringLiteral("delete"), binned}).exitCode, 0);

        // gc: a dry run names exactly the leftovers and removes nothing; then they go, nothing else.
        const QJsonArray expected {QStringLiteral("objects/") + QString(64, QLatin1Char('a')),
                                   QStringLiteral("runs/00000000deadbeef"),
                                   QStringLiteral("runs/") + keep + QStringLiteral("/checkpoints/step-9.pt")};
        auto dry = lifecycle({QStringLiteral("workspace"), QStringLiteral("gc"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.json().value(QStringLiteral("paths")).toArray(), expected);
        QCOMPARE(dry.json().value(QStringLiteral("bytes")).toInt(), 600);
        QVERIFY(QFileInfo::exists(strayObject) && QFileInfo::exists(strayFile));
        auto collected = lifecycle({QStringLiteral("workspace"), QStringLiteral("gc")});
        QCOMPARE(collected.exitCode, 0);
        QCOMPARE(collected.json().value(QStringLiteral("paths")).toArray(), expected);
        QVERIFY(!QFileInfo::exists(strayObject));
        QVERIFY(!QFileInfo::exists(strayFolder));
        QVERIFY(!QFileInfo::exists(strayFile));
        QVERIFY(!QFileInfo::exists(QFileInfo(strayFile).absolutePath())); // the folder it left empty
        QVERIFY(QFileInfo::exists(freshObject)); // too new: an import may be writing it
        QVERIFY(QFileInfo::exists(userNotes));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/runs/") + keep + QStringLiteral("/model.pt")));
        QCOMPARE(lifecycle({QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("iris")}).exitCode, 0);
        QCOMPARE(lifecycle({QStringLiteral("workspace"), QStringLiteral("gc")})
                     .json()
                     .value(QStringLiteral("files"))
                     .toInt(),
                 0);
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("extra")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")})
                .exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("show")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("runs")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRunsCli)
#include "tst_runscli.moc"
