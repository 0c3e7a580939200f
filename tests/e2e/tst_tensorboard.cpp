// TensorBoard logs imported as runs: event files written by the real SummaryWriter (PyTorch in
// .venv) through `crucible-cli import tensorboard`, read back through the CLI point by point; then
// importing again (nothing added), a corrupt record (skipped and counted, the rest kept), a file
// cut inside a record, and what is not a log directory.
#include "engine/interop/TensorBoardImport.h"
#include "tests/support/CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace crucible;

class TestTensorBoard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_logs;
    QJsonObject m_logged;

    test::CliOutcome cli(const QStringList& arguments)
    {
        return test::runCli(QStringList {QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspace,
                                         QStringLiteral("--json")}
                            + arguments);
    }

    /// The event files under `folder`.
    static QStringList eventFiles(const QString& folder)
    {
        QStringList files;
        QDirIterator it(folder, {QStringLiteral("events.out.tfevents.*")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        return files;
    }

    /// Copies the adam run's log into a new log directory named `name`; returns the copied file.
    QString copyOfAdam(const QString& name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        const QString source = eventFiles(QDir(m_logs).filePath(QStringLiteral("adam"))).first();
        const QString target = QDir(folder).filePath(QFileInfo(source).fileName());
        QFile::copy(source, target);
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return target;
    }

    /// The points of `key` in run `runId`, by step, as the CLI exports them.
    QMap<qint64, QPair<double, double>> points(const QString& runId, const QString& key)
    {
        QMap<qint64, QPair<double, double>> byStep;
        const auto exported =
            cli({QStringLiteral("runs"), QStringLiteral("export"), runId, QStringLiteral("--key"), key});
        for (const QJsonValue& value : exported.json().value(QStringLiteral("points")).toArray()) {
            const QJsonObject point = value.toObject();
            byStep.insert(
                point.value(QStringLiteral("step")).toInteger(),
                {point.value(QStringLiteral("value")).toDouble(), point.value(QStringLiteral("wall_time")).toDouble()});
        }
        return byStep;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        m_logs = m_dir.filePath(QStringLiteral("runs"));
        QProcess writer;
        writer.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                     {QStringLiteral("-c"), QStringLiteral("import torch.utils.tensorboard")});
        writer.waitForFinished(120000);
        if (writer.exitCode() != 0)
            QSKIP("PyTorch with tensorboard is not installed (scripts/setup-venv.sh installs both into .venv)");
        const QString logged = m_dir.filePath(QStringLiteral("logged.json"));
        writer.start(QStringLiteral(CRUCIBLE_VENV_PYTHON),
                     {QStringLiteral(CRUCIBLE_SOURCE_DIR "/tests/e2e/interop/tensorboard_writer.py"), m_logs, logged});
        QVERIFY(writer.waitForFinished(180000));
        QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().right(2000).constData());
        QFile file(logged);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_logged = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(m_logged.size(), 3);
    }

    void summaryWriterScalarsArriveExactly()
    {
        const auto imported = cli({QStringLiteral("import"), QStringLiteral("tensorboard"), m_logs});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonArray runs = imported.json().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 3);
        for (const QJsonValue& value : runs) {
            const QJsonObject run = value.toObject();
            const QString folder = run.value(QStringLiteral("folder")).toString();
            QVERIFY(m_logged.contains(folder));
            QCOMPARE(run.value(QStringLiteral("unchanged")).toBool(), false);
            QCOMPARE(run.value(QStringLiteral("corrupt_records")).toInt(), 0);
            const bool tf2 = folder == QLatin1String("tf2");
            const QJsonArray keys = tf2 ? QJsonArray {QStringLiteral("epoch_loss")}
                                        : QJsonArray {QStringLiteral("Loss/train"), QStringLiteral("accuracy")};
            QCOMPARE(run.value(QStringLiteral("keys")).toArray(), keys);
            QCOMPARE(run.value(QStringLiteral("points")).toInt(), tf2 ? 40 : 200);
            if (!tf2)
                QVERIFY(run.value(QStringLiteral("skipped_values")).toInt() >= 2); // the histogram and the image

            const QString runId = run.value(QStringLiteral("run_id")).toString();
            const QJsonObject shown = cli({QStringLiteral("runs"), QStringLiteral("show"), runId}).json();
            QCOMPARE(shown.value(QStringLiteral("name")).toString(), folder);
            QCOMPARE(shown.value(QStringLiteral("experiment")).toString(), QStringLiteral("tensorboard"));
            QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
            QVERIFY(shown.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("source=tensorboard")));
            QCOMPARE(shown.value(QStringLiteral("source")).toString(),
                     QStringLiteral("tensorboard:") + QDir(m_logs).filePath(folder));
            QVERIFY2(
                shown.value(QStringLiteral("notes")).toString().contains(QStringLiteral("Imported from TensorBoard")),
                qPrintable(shown.value(QStringLiteral("notes")).toString()));
            // The run's times are the log's: it started at its earliest event.
            QCOMPARE(shown.value(QStringLiteral("started_at")).toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));
            for (const QString& key : m_logged.value(folder).toObject().keys()) {
                const auto stored = points(runId, key);
                const QJsonArray series = m_logged.value(folder).toObject().value(key).toArray();
                QCOMPARE(stored.size(), series.size());
                for (const QJsonValue& item : series) {
                    const QJsonArray logged = item.toArray();
                    const qint64 step = logged.at(0).toInteger();
                    QVERIFY2(stored.contains(step), qPrintable(QString::number(step)));
                    // SummaryWriter keeps scalars as 32-bit floats; the script says what it stored.
                    QCOMPARE(stored.value(step).first,
                             tf2 ? logged.at(1).toDouble() : double(float(logged.at(1).toDouble())));
                    QCOMPARE(stored.value(step).second, logged.at(2).toDouble());
                }
            }
        }
    }

    void importingAgainAddsNothing()
    {
        const auto before =
            cli({QStringLiteral("runs"), QStringLiteral("list")}).json().value(QStringLiteral("runs")).toArray().size();
        const auto again = cli({QStringLiteral("import"), QStringLiteral("tensorboard"), m_logs});
        QCOMPARE(again.exitCode, 0);
        for (const QJsonValue& run : again.json().value(QStringLiteral("runs")).toArray())
            QVERIFY(run.toObject().value(QStringLiteral("unchanged")).toBool());
        QCOMPARE(again.json().value(QStringLiteral("points")).toInt(), 0);
        QCOMPARE(
            cli({QStringLiteral("runs"), QStringLiteral("list")}).json().value(QStringLiteral("runs")).toArray().size(),
            before);
        const auto text = test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspace,
                                        QStringLiteral("import"), QStringLiteral("tensorboard"), m_logs});
        QVERIFY2(text.out.contains(QStringLiteral("unchanged  adam")), qPrintable(text.out));
    }

    void aLogThatGrewIsReportedAndCanBeImportedAgain()
    {
        const QString first = copyOfAdam(QStringLiteral("growing"));
        const QString folder = QFileInfo(first).absolutePath();
        auto imported = cli({QStringLiteral("import"), QStringLiteral("tensorboard"), folder});
        QCOMPARE(imported.exitCode, 0);
        const QString runId = imported.json()
                                  .value(QStringLiteral("runs"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("run_id"))
                                  .toString();
        // Training went on: a second event file (TensorBoard starts one per writer).
        const QString sgd = eventFiles(QDir(m_logs).filePath(QStringLiteral("sgd"))).first();
        QVERIFY(QFile::copy(sgd, QDir(folder).filePath(QStringLiteral("events.out.tfevents.9999999999.host"))));
        const auto text = test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspace,
                                        QStringLiteral("import"), QStringLiteral("tensorboard"), folder});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("grown")) && text.out.contains(runId), qPrintable(text.out));
        // Once its run is in the trash, the folder imports again, whole.
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("delete"), runId}).exitCode, 0);
        imported = cli({QStringLiteral("import"), QStringLiteral("tensorboard"), folder});
        const QJsonObject again = imported.json().value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(again.value(QStringLiteral("unchanged")).toBool(), false);
        QVERIFY(again.value(QStringLiteral("run_id")).toString() != runId);
        QCOMPARE(again.value(QStringLiteral("points")).toInt(), 400);
    }

    void corruptRecordIsSkippedAndCounted()
    {
        const QString file = copyOfAdam(QStringLiteral("corrupt"));
        // Flip one byte inside the data of a record in the middle: its data CRC no longer holds.
        QFile events(file);
        QVERIFY(events.open(QIODevice::ReadWrite));
        QByteArray bytes = events.readAll();
        const qsizetype middle = bytes.size() / 2;
        // Find the start of a record near the middle by walking the framing from the start.
        qsizetype at = 0;
        while (at < middle) {
            quint64 length = 0;
            std::memcpy(&length, bytes.constData() + at, 8);
            at += 12 + qsizetype(length) + 4;
        }
        bytes[at + 12 + 3] = char(bytes[at + 12 + 3] ^ 0x5a);
        events.seek(0);
        events.write(bytes);
        events.close();
        const auto imported =
            cli({QStringLiteral("import"), QStringLiteral("tensorboard"), m_dir.filePath(QStringLiteral("corrupt"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonObject run = imported.json().value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("corrupt_records")).toInt(), 1);
        QCOMPARE(run.value(QStringLiteral("truncated")).toBool(), false);
        // One event held one scalar: the other 199 are there.
        QCOMPARE(run.value(QStringLiteral("points")).toInt(), 199);
        const QJsonObject shown =
            cli({QStringLiteral("runs"), QStringLiteral("show"), run.value(QStringLiteral("run_id")).toString()})
                .json();
        QVERIFY(shown.value(QStringLiteral("notes")).toString().contains(QStringLiteral("1 corrupt record(s)")));
    }

    void fileCutInsideARecordKeepsWhatCameBefore()
    {
        const QString file = copyOfAdam(QStringLiteral("cut"));
        QFile events(file);
        const qint64 size = events.size();
        QVERIFY(events.resize(size - 7));
        const auto imported = test::runCli({QStringLiteral("--create"), QStringLiteral("--workspace"), m_workspace,
                                            QStringLiteral("import"), QStringLiteral("tensorboard"),
                                            m_dir.filePath(QStringLiteral("cut"))});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("a file ended inside a record")), qPrintable(imported.out));
    }

    void refusesWhatIsNoLog()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QDir().mkpath(empty);
        auto outcome = cli({QStringLiteral("import"), QStringLiteral("tensorboard"), empty});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("no TensorBoard event files")),
                 qPrintable(outcome.out));
        outcome =
            cli({QStringLiteral("import"), QStringLiteral("tensorboard"), m_dir.filePath(QStringLiteral("missing"))});
        QCOMPARE(outcome.exitCode, 1);
        // A file of garbage named like an event file: its first record's length fails the CRC.
        const QString garbage = m_dir.filePath(QStringLiteral("garbage"));
        QDir().mkpath(garbage);
        QFile file(QDir(garbage).filePath(QStringLiteral("events.out.tfevents.1.host")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        outcome = cli({QStringLiteral("import"), QStringLiteral("tensorboard"), garbage});
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject run = outcome.json().value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("corrupt_records")).toInt(), 1);
        QCOMPARE(run.value(QStringLiteral("abandoned_bytes")).toInt(), 4096);
        QCOMPARE(run.value(QStringLiteral("points")).toInt(), 0);
        QCOMPARE(run.value(QStringLiteral("run_id")).toString(), QString()); // nothing to show, no run
        // A folder whose name holds a line break becomes a run named without it.
        const QString odd = m_dir.filePath(QStringLiteral("odd-logs/two\nlines"));
        QVERIFY(QDir().mkpath(odd));
        QVERIFY(QFile::copy(eventFiles(QDir(m_logs).filePath(QStringLiteral("tf2"))).first(),
                            QDir(odd).filePath(QStringLiteral("events.out.tfevents.1.host"))));
        outcome =
            cli({QStringLiteral("import"), QStringLiteral("tensorboard"), m_dir.filePath(QStringLiteral("odd-logs"))});
        QCOMPARE(outcome.exitCode, 0);
        const QString oddRun = outcome.json()
                                   .value(QStringLiteral("runs"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("run_id"))
                                   .toString();
        QCOMPARE(cli({QStringLiteral("runs"), QStringLiteral("show"), oddRun})
                     .json()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("two lines"));
    }

    void crcIsCastagnoli()
    {
        // The check value of CRC-32C: "123456789" gives 0xE3069283.
        QCOMPARE(crc32c("123456789", 9), quint32(0xE3069283u));
    }
};

QTEST_GUILESS_MAIN(TestTensorBoard)
#include "tst_tensorboard.moc"
