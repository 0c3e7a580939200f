// Sweeps as a user runs them from crucible-cli: real training on the shipped iris sample, trials
// two at a time, the median pruner stopping poor trials, the best trial registered; a sweep
// stopped from another process, then one killed with SIGKILL and resumed, ending with the same
// trials as a sweep that was never interrupted; and the refusals a user meets.
#include "../support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <csignal>

using namespace crucible;
using crucible::test::runCli;

namespace {

const QString kIris = QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/iris.csv");

class Fixture {
public:
    Fixture()
    {
        environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CRUCIBLE_WORKSPACE"), dir.filePath(QStringLiteral("ws")));
        environment.remove(QStringLiteral("CRUCIBLE_REGISTRY"));
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    bool write(const QString& name, const QByteArray& text) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }
    test::CliOutcome cli(const QStringList& arguments, int timeoutMs = 300000) const
    {
        return runCli(arguments, environment, timeoutMs);
    }
    QJsonObject show(const QString& sweep) const
    {
        return cli({QStringLiteral("--json"), QStringLiteral("sweep"), QStringLiteral("show"), sweep}).json();
    }
    QJsonObject run(const QString& id) const
    {
        return cli({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("show"), id}).json();
    }
    /// Starts `sweep run` (or resume) in the background.
    void start(QProcess& process, const QStringList& arguments) const
    {
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CRUCIBLE_CLI), arguments);
        process.waitForStarted();
    }

    QTemporaryDir dir;
    QProcessEnvironment environment;
};

/// A sweep over learning rate, width and optimizer (momentum only with sgd) on iris.
QByteArray spec(const QString& name, const QString& strategy, int trials, int epochs, const QString& pruner)
{
    return QStringLiteral("name: %1\n"
                          "dataset: iris\n"
                          "recipe: {epochs: %4, batch_size: 16, model: mlp, seed: 3}\n"
                          "objective: {metric: val_loss, goal: minimize}\n"
                          "strategy: %2\n"
                          "startup_trials: 3\n"
                          "seed: 21\n"
                          "budget: {trials: %3}\n"
                          "pruner: %5\n"
                          "space:\n"
                          "  lr: {float: [0.0003, 0.3], log: true}\n"
                          "  model.width: {int: [4, 32], log: true}\n"
                          "  optimizer: [sgd, adam]\n"
                          "  momentum: {float: [0.5, 0.95], when: {optimizer: sgd}}\n")
        .arg(name, strategy)
        .arg(trials)
        .arg(epochs)
        .arg(pruner)
        .toUtf8();
}

int finishedTrials(const QJsonObject& sweep)
{
    int finished = 0;
    for (const QJsonValue& trial : sweep.value(QStringLiteral("trials")).toArray()) {
        const QString state = trial.toObject().value(QStringLiteral("state")).toString();
        finished += state == QLatin1String("complete") || state == QLatin1String("pruned");
    }
    return finished;
}

/// Waits until `process` runs the sweep (it is "running") and its trials include `count` finished
/// ones, or the process ended.
bool waitForFinishedTrials(const Fixture& f, const QString& sweep, int count, QProcess& process, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && process.state() == QProcess::Running) {
        const QJsonObject shown = f.show(sweep);
        if (shown.value(QStringLiteral("status")).toString() == QLatin1String("running")
            && finishedTrials(shown) >= count)
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TestSweepCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.dir.isValid());
        QCOMPARE(m_f.cli({QStringLiteral("data"), QStringLiteral("import"), kIris, QStringLiteral("--name"),
                          QStringLiteral("iris")})
                     .exitCode,
                 0);
    }

    void sweepPrunesAndRegistersTheBest()
    {
        QVERIFY(m_f.write(QStringLiteral("tpe.yaml"),
                          spec(QStringLiteral("iris-tpe"), QStringLiteral("tpe"), 8, 8,
                               QStringLiteral("{kind: median, warmup_epochs: 2, min_trials: 2}"))));
        const test::CliOutcome created =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("create"), m_f.path(QStringLiteral("tpe.yaml"))});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains(QLatin1String("sweep run iris-tpe")), qPrintable(created.out));

        const test::CliOutcome ran =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("run"), QStringLiteral("iris-tpe"),
                     QStringLiteral("--parallel"), QStringLiteral("2"), QStringLiteral("--register"),
                     QStringLiteral("iris-best"), QStringLiteral("--alias"), QStringLiteral("candidate")});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err + ran.out));
        QVERIFY2(ran.err.contains(QLatin1String("2 at once, 1 thread(s) each"))
                     || ran.err.contains(QLatin1String("2 at once")),
                 qPrintable(ran.err));
        QVERIFY(ran.out.contains(QLatin1String("Best: trial #")));
        QVERIFY(ran.out.contains(QLatin1String("Parameter importance")));

        const QJsonObject sweep = m_f.show(QStringLiteral("iris-tpe"));
        QCOMPARE(sweep.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        const QJsonArray trials = sweep.value(QStringLiteral("trials")).toArray();
        QCOMPARE(trials.size(), 8);
        const QString sweepRun = sweep.value(QStringLiteral("run_id")).toString();
        int pruned = 0;
        int complete = 0;
        for (const QJsonValue& value : trials) {
            const QJsonObject trial = value.toObject();
            const QJsonObject params = trial.value(QStringLiteral("params")).toObject();
            QCOMPARE(params.contains(QStringLiteral("momentum")),
                     params.value(QStringLiteral("optimizer")).toString() == QLatin1String("sgd"));
            const QJsonObject run = m_f.run(trial.value(QStringLiteral("run_id")).toString());
            QCOMPARE(run.value(QStringLiteral("parent_run_id")).toString(), sweepRun); // filed under the sweep
            QCOMPARE(run.value(QStringLiteral("experiment")).toString(), QStringLiteral("sweep iris-tpe"));
            // Two trials at once share the cores: neither takes more than its half.
            QCOMPARE(run.value(QStringLiteral("params")).toObject().value(QStringLiteral("runtime.threads")).toInt(),
                     std::max(1, QThread::idealThreadCount() / 2));
            // The trial's values are the run's recipe.
            QCOMPARE(run.value(QStringLiteral("params")).toObject().value(QStringLiteral("lr")).toDouble(),
                     params.value(QStringLiteral("lr")).toDouble());
            const double lastLoss = run.value(QStringLiteral("metrics"))
                                        .toObject()
                                        .value(QStringLiteral("val_loss"))
                                        .toObject()
                                        .value(QStringLiteral("last"))
                                        .toDouble();
            const QString state = trial.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("pruned")) {
                ++pruned;
                const int epoch = trial.value(QStringLiteral("pruned_at_epoch")).toInt();
                QVERIFY(epoch > 2 && epoch < 8); // after the warm-up, before the end
                QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
                QVERIFY(run.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("pruned")));
                QCOMPARE(run.value(QStringLiteral("params"))
                             .toObject()
                             .value(QStringLiteral("sweep.pruned_at_epoch"))
                             .toInt(),
                         epoch);
                // ... and the step where it stopped: after that epoch's 8 steps (120 rows, batches of 16).
                const qint64 step = run.value(QStringLiteral("params"))
                                        .toObject()
                                        .value(QStringLiteral("sweep.pruned_at_step"))
                                        .toInteger();
                QVERIFY2(step >= 8 * epoch && step <= 8 * epoch + 1, qPrintable(QString::number(step)));
            } else {
                QCOMPARE(state, QStringLiteral("complete"));
                ++complete;
                QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
                QCOMPARE(trial.value(QStringLiteral("value")).toDouble(), lastLoss); // the objective is the run's
            }
        }
        QVERIFY2(pruned >= 1, "the median pruner stopped no trial");
        QVERIFY(complete >= 2);

        // The best is the lowest val_loss of the complete trials, and it was registered.
        const QJsonObject best = sweep.value(QStringLiteral("best")).toObject();
        for (const QJsonValue& value : trials) {
            if (value.toObject().value(QStringLiteral("state")).toString() == QLatin1String("complete"))
                QVERIFY(best.value(QStringLiteral("value")).toDouble()
                        <= value.toObject().value(QStringLiteral("value")).toDouble());
        }
        const test::CliOutcome models = m_f.cli({QStringLiteral("--json"), QStringLiteral("models"),
                                                 QStringLiteral("show"), QStringLiteral("iris-best@candidate")});
        QVERIFY2(models.exitCode == 0, qPrintable(models.err));
        QVERIFY2(models.out.contains(best.value(QStringLiteral("run_id")).toString()), qPrintable(models.out));

        // The sweep's run holds the best value after each trial; importance covers every parameter.
        const QJsonObject parent = m_f.run(sweepRun);
        QCOMPARE(parent.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(parent.value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("best_val_loss"))
                     .toObject()
                     .value(QStringLiteral("last"))
                     .toDouble(),
                 best.value(QStringLiteral("value")).toDouble());
        QCOMPARE(sweep.value(QStringLiteral("importance")).toObject().size(), 4);

        // The list shows it with its best.
        const test::CliOutcome listed = m_f.cli({QStringLiteral("sweep"), QStringLiteral("list")});
        QVERIFY(listed.out.contains(QLatin1String("iris-tpe")) && listed.out.contains(QLatin1String("8/8")));
    }

    void stoppedThenKilledSweepResumesToTheSameTrials()
    {
        // A random sweep suggests by seed and trial number alone, so an interrupted one must end with
        // exactly the trials of one never interrupted.
        const QByteArray text =
            spec(QStringLiteral("iris-kill"), QStringLiteral("random"), 6, 150, QStringLiteral("none"));
        QVERIFY(m_f.write(QStringLiteral("kill.yaml"), text));
        QVERIFY(m_f.write(QStringLiteral("calm.yaml"), QByteArray(text).replace("iris-kill", "iris-calm")));
        QCOMPARE(m_f.cli({QStringLiteral("sweep"), QStringLiteral("create"), m_f.path(QStringLiteral("kill.yaml"))})
                     .exitCode,
                 0);
        QCOMPARE(m_f.cli({QStringLiteral("sweep"), QStringLiteral("create"), m_f.path(QStringLiteral("calm.yaml"))})
                     .exitCode,
                 0);

        // Stopped from another process: the running trial stops after its step, the sweep is "stopped".
        {
            QProcess process;
            m_f.start(process, {QStringLiteral("sweep"), QStringLiteral("run"), QStringLiteral("iris-kill")});
            QVERIFY(waitForFinishedTrials(m_f, QStringLiteral("iris-kill"), 1, process, 120000));
            // A second runner is refused while the first lives.
            const test::CliOutcome second =
                m_f.cli({QStringLiteral("sweep"), QStringLiteral("run"), QStringLiteral("iris-kill")});
            QCOMPARE(second.exitCode, 1);
            QVERIFY2(second.err.contains(QLatin1String("is running in process")), qPrintable(second.err));
            const test::CliOutcome stop =
                m_f.cli({QStringLiteral("sweep"), QStringLiteral("stop"), QStringLiteral("iris-kill")});
            QCOMPARE(stop.exitCode, 0);
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            QCOMPARE(m_f.show(QStringLiteral("iris-kill")).value(QStringLiteral("status")).toString(),
                     QStringLiteral("stopped"));
        }
        // Resumed, then killed with SIGKILL during a trial.
        {
            QProcess process;
            const int before = finishedTrials(m_f.show(QStringLiteral("iris-kill")));
            QVERIFY(before < 5); // trials are left to run when it resumes
            m_f.start(process, {QStringLiteral("sweep"), QStringLiteral("resume"), QStringLiteral("iris-kill")});
            QVERIFY(waitForFinishedTrials(m_f, QStringLiteral("iris-kill"), before + 1, process, 120000));
            QTest::qWait(500);
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(10000));
        }
        const QJsonObject killed = m_f.show(QStringLiteral("iris-kill"));
        QCOMPARE(killed.value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
        QVERIFY(killed.value(QStringLiteral("message")).toString().contains(QLatin1String("sweep resume iris-kill")));

        const test::CliOutcome resumed =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("resume"), QStringLiteral("iris-kill")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const test::CliOutcome calm =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("run"), QStringLiteral("iris-calm")});
        QVERIFY2(calm.exitCode == 0, qPrintable(calm.err));

        const QJsonArray a = m_f.show(QStringLiteral("iris-kill")).value(QStringLiteral("trials")).toArray();
        const QJsonArray b = m_f.show(QStringLiteral("iris-calm")).value(QStringLiteral("trials")).toArray();
        QCOMPARE(a.size(), 6);
        QCOMPARE(b.size(), 6);
        QSet<QString> runs;
        for (int i = 0; i < 6; ++i) {
            const QJsonObject x = a[i].toObject();
            QCOMPARE(x.value(QStringLiteral("number")).toInt(), i);
            QCOMPARE(x.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
            QCOMPARE(x.value(QStringLiteral("params")).toObject(),
                     b[i].toObject().value(QStringLiteral("params")).toObject());
            runs.insert(x.value(QStringLiteral("run_id")).toString());
        }
        QCOMPARE(runs.size(), 6); // each trial's final run is its own
        QCOMPARE(m_f.show(QStringLiteral("iris-kill")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("finished"));
    }

    void refusals()
    {
        QVERIFY(m_f.write(QStringLiteral("bad.yaml"), "name: bad\ndataset: iris\nspace: {lr: {float: [0.1, 0.01]}}\n"));
        const test::CliOutcome bad =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("create"), m_f.path(QStringLiteral("bad.yaml"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("bad.yaml: space.lr")) && bad.err.contains(QLatin1String("below")),
                 qPrintable(bad.err));
        const test::CliOutcome json = m_f.cli({QStringLiteral("--json"), QStringLiteral("sweep"),
                                               QStringLiteral("create"), m_f.path(QStringLiteral("bad.yaml"))});
        QCOMPARE(json.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_input"));
        const test::CliOutcome missing =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("show"), QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("no sweep is named 'nope'")));
        QVERIFY(m_f.write(QStringLiteral("dup.yaml"),
                          spec(QStringLiteral("iris-tpe"), QStringLiteral("random"), 2, 2, QStringLiteral("none"))));
        const test::CliOutcome duplicate =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("create"), m_f.path(QStringLiteral("dup.yaml"))});
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY(duplicate.err.contains(QLatin1String("a sweep named 'iris-tpe' exists")));
        // A sweep on data that is not there is refused when it is made.
        QVERIFY(
            m_f.write(QStringLiteral("nodata.yaml"),
                      QByteArray(spec(QStringLiteral("nodata"), QStringLiteral("random"), 2, 2, QStringLiteral("none")))
                          .replace("dataset: iris", "dataset: missing")));
        const test::CliOutcome nodata =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("create"), m_f.path(QStringLiteral("nodata.yaml"))});
        QCOMPARE(nodata.exitCode, 1);
        QVERIFY2(nodata.err.contains(QLatin1String("missing")), qPrintable(nodata.err));
        // One whose every trial fails (a CNN on a table) fails with the reason, exit 1.
        QVERIFY(m_f.write(QStringLiteral("cnn.yaml"),
                          "name: cnn-on-iris\ndataset: iris\nstrategy: random\n"
                          "budget: {trials: 2}\nspace: {model.kind: [cnn]}\n"));
        QCOMPARE(
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("create"), m_f.path(QStringLiteral("cnn.yaml"))}).exitCode,
            0);
        const test::CliOutcome failed =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("run"), QStringLiteral("cnn-on-iris")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QLatin1String("[#0] failed")), qPrintable(failed.err));
        QVERIFY2(failed.out.contains(QLatin1String("every trial failed")), qPrintable(failed.out));
        // --register is checked before any trial trains; a finished sweep is not run again.
        const test::CliOutcome badName =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("run"), QStringLiteral("iris-tpe"),
                     QStringLiteral("--register"), QStringLiteral("bad/name")});
        QCOMPARE(badName.exitCode, 1);
        QVERIFY(badName.err.contains(QLatin1String("a model name")));
        const test::CliOutcome finished =
            m_f.cli({QStringLiteral("sweep"), QStringLiteral("resume"), QStringLiteral("iris-tpe")});
        QCOMPARE(finished.exitCode, 1);
        QVERIFY(finished.err.contains(QLatin1String("has finished")));
    }

private:
    Fixture m_f;
};

QTEST_GUILESS_MAIN(TestSweepCli)
#include "tst_sweep_cli.moc"
