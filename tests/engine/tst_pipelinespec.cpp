// Pipeline files as a user writes them: every mistake named with its line and key before anything
// runs; references, conditions and cron schedules; triggers polled with an injected clock (a
// schedule and a watched folder on a real workspace); run records that survive a dead process.
#include "engine/pipeline/PipelineSpec.h"
#include "engine/pipeline/Schedule.h"
#include "engine/pipeline/Triggers.h"
#include "engine/store/PipelineStore.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace crucible;

namespace {

const QByteArray kValid = R"(name: iris-retrain
params:
  min_accuracy: 0.9
triggers:
  schedule: "0 3 * * *"
  watch: {folder: incoming, pattern: "*.csv"}
steps:
  - id: data
    data: {path: "${trigger.file}", folder: incoming, name: iris-live}
  - id: train
    train:
      data: ${steps.data.dataset}
      recipe: {model: "mlp:16", epochs: 20}
    retries: 2
    backoff: 5s
    timeout: 10m
  - id: evaluate
    evaluate: {model: "${steps.train.run_id}", champion: iris@production, data: "${steps.data.dataset}", split: test}
  - id: gate
    gate:
      - challenger.accuracy >= ${params.min_accuracy}
      - challenger.accuracy >= champion.accuracy + 0.01
  - id: register
    register: {run: "${steps.train.run_id}", name: iris}
  - id: promote
    promote: {model: "${steps.register.model}", alias: [staging, production]}
)";

/// The problems of a pipeline text, one per line of the error ("FILE:LINE: KEY: message").
QStringList problems(const QByteArray& yaml)
{
    auto spec = PipelineSpec::parse(yaml, QStringLiteral("p.yaml"));
    if (spec)
        return {};
    QStringList lines {spec.error().where + QStringLiteral(": ")
                       + spec.error().message.section(QLatin1Char('\n'), 0, 0)};
    for (const QString& line : spec.error().message.split(QLatin1Char('\n')).mid(1)) {
        if (line.startsWith(QLatin1String("  ")))
            lines << line.trimmed();
    }
    return lines;
}

QByteArray replaced(const QByteArray& text, const QByteArray& from, const QByteArray& to)
{
    QByteArray copy = text;
    copy.replace(from, to);
    return copy;
}

} // namespace

class TestPipelineSpec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsAValidPipeline()
    {
        auto spec = PipelineSpec::parse(kValid, QStringLiteral("/data/p.yaml"));
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().text()));
        QCOMPARE(spec->name, QStringLiteral("iris-retrain"));
        QCOMPARE(spec->steps.size(), 6);
        QCOMPARE(spec->steps[1].kind, QStringLiteral("train"));
        QCOMPARE(spec->steps[1].retries, 2);
        QCOMPARE(spec->steps[1].backoffSeconds, 5.0);
        QCOMPARE(spec->steps[1].timeoutSeconds, 600.0);
        QCOMPARE(spec->steps[1].line, 10);
        QCOMPARE(spec->params.value(QStringLiteral("min_accuracy")), QStringLiteral("0.9"));
        // Relative folders are relative to the pipeline file, as in dvc.yaml.
        QCOMPARE(spec->triggers.watchFolder, QStringLiteral("/data/incoming"));
        QCOMPARE(spec->steps[0].body.value(QStringLiteral("folder")).toString(), QStringLiteral("/data/incoming"));
        // Gates and promotions act every time; the rest are cached by default.
        QVERIFY(spec->steps[1].cache);
        QVERIFY(!spec->steps[3].cache);
        QVERIFY(!spec->steps[5].cache);
    }

    void theDocumentedExampleIsValid()
    {
        auto spec = PipelineSpec::load(QStringLiteral(CRUCIBLE_SOURCE_DIR "/docs/examples/iris-retrain.yaml"));
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().text()));
        QCOMPARE(spec->steps.size(), 8);
        QCOMPARE(spec->triggers.schedule, QStringLiteral("0 3 * * *"));
    }

    void namesLineAndKeyOfEveryMistake_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown top key") << replaced(kValid, "params:", "parms:")
                                         << QStringLiteral(
                                                "p.yaml:2: parms: unknown key 'parms' (did you mean 'params'?)");
        QTest::newRow("misspelt recipe key")
            << replaced(kValid, "epochs: 20", "epoch: 20")
            << QStringLiteral(
                   "p.yaml:13: steps.train.train.recipe.epoch: unknown key 'epoch' (did you mean 'epochs'?)");
        QTest::newRow("bad recipe value") << replaced(kValid, "epochs: 20", "epochs: -3")
                                          << QStringLiteral("p.yaml:13: steps.train.train.recipe.epochs:");
        QTest::newRow("unknown step key")
            << replaced(kValid, "retries: 2", "retry: 2")
            << QStringLiteral("p.yaml:14: steps.train.retry: unknown key 'retry' (did you "
                              "mean 'retries'?)");
        QTest::newRow("bad duration") << replaced(kValid, "backoff: 5s", "backoff: soon")
                                      << QStringLiteral("p.yaml:15: steps.train.backoff: 'soon' is not a duration");
        QTest::newRow("unknown step output")
            << replaced(kValid, "${steps.train.run_id}\", champion", "${steps.train.runid}\", champion")
            << QStringLiteral("p.yaml:18: steps.evaluate.evaluate.model: a train step has no output 'runid'");
        QTest::newRow("later step referenced")
            << replaced(kValid, "data: ${steps.data.dataset}", "data: ${steps.gate.passed}")
            << QStringLiteral("p.yaml:12: steps.train.train.data: 'steps.gate.passed' names no earlier step");
        QTest::newRow("undeclared parameter") << replaced(kValid, "${params.min_accuracy}", "${params.min_acc}")
                                              << QStringLiteral("p.yaml:21: steps.gate.gate: 'params.min_acc' is not a "
                                                                "parameter");
        QTest::newRow("bad condition") << replaced(kValid, "champion.accuracy + 0.01", "champion.accuracy +")
                                       << QStringLiteral("p.yaml:22: steps.gate.gate: condition");
        QTest::newRow("duplicate id") << replaced(kValid, "id: register", "id: train")
                                      << QStringLiteral(
                                             "p.yaml:23: steps.train.id: another step (line 10) has this id");
        QTest::newRow("missing required key")
            << replaced(kValid, "{run: \"${steps.train.run_id}\", name: iris}", "{run: \"${steps.train.run_id}\"}")
            << QStringLiteral("p.yaml:24: steps.register.register: 'register' needs 'name'");
        QTest::newRow("two kinds") << replaced(kValid, "  - id: gate\n", "  - id: gate\n    shell: {run: ls}\n")
                                   << QStringLiteral("p.yaml:21: steps.gate.gate: a step has one kind; this one is "
                                                     "already 'shell'");
        QTest::newRow("bad cron") << replaced(kValid, "0 3 * * *", "0 25 * * *")
                                  << QStringLiteral("p.yaml:5: triggers.schedule: hour field '25'");
        QTest::newRow("bad split") << replaced(kValid, "split: test", "split: holdout")
                                   << QStringLiteral("p.yaml:18: steps.evaluate.evaluate.split: split is 'test'");
        QTest::newRow("yaml syntax") << replaced(kValid, "steps:\n", "steps: [\n") << QStringLiteral("p.yaml:");
        QTest::newRow("bare word as condition")
            << replaced(kValid, "    retries: 2\n", "    if: never\n    retries: 2\n")
            << QStringLiteral("p.yaml:14: steps.train.if: condition \"never\": 'never' is not a condition");
        QTest::newRow("gate that does not compare")
            << replaced(kValid, "      - challenger.accuracy >= champion.accuracy + 0.01\n",
                        "      - challenger.accuracy\n")
            << QStringLiteral("p.yaml:22: steps.gate.gate: a gate's condition compares");
        QTest::newRow("unknown metric") << replaced(kValid, "champion.accuracy + 0.01", "champion.auc + 0.01")
                                        << QStringLiteral("p.yaml:22: steps.gate.gate: 'auc' is not a metric");
        QTest::newRow("numeric alias") << replaced(kValid, "alias: [staging, production]", "alias: [staging, \"7\"]")
                                       << QStringLiteral("p.yaml:26: steps.promote.promote.alias:");
        QTest::newRow("https notification")
            << replaced(kValid, "steps:\n", "steps:\n  - id: tell\n    notify: {url: \"https://example.com/hook\"}\n")
            << QStringLiteral("p.yaml:9: steps.tell.notify.url: notify speaks http only");
        QTest::newRow("duplicate key") << replaced(kValid, "name: iris-retrain\n", "name: iris-retrain\nname: other\n")
                                       << QStringLiteral("p.yaml:2: name: the key appears twice (first on line 1)");
        QTest::newRow("two documents") << (kValid + "---\nname: x\n")
                                       << QStringLiteral("p.yaml:28: the file holds 2 YAML documents");
        QTest::newRow("cron that never comes")
            << replaced(kValid, "0 3 * * *", "0 0 30 2 *")
            << QStringLiteral("p.yaml:5: triggers.schedule: '0 0 30 2 *' never comes");
        QTest::newRow("zero timeout") << replaced(kValid, "timeout: 10m", "timeout: 0")
                                      << QStringLiteral("p.yaml:16: steps.train.timeout: a timeout is more than 0");
        QTest::newRow("not utf-8") << replaced(kValid, "name: iris-retrain", "name: iris-retrain # \xff\xfe")
                                   << QStringLiteral("p.yaml:1: the file is not UTF-8 text");
        QTest::newRow("no steps") << QByteArray("name: x\n")
                                  << QStringLiteral("p.yaml:1: steps: a pipeline needs a list of steps");
        QTest::newRow("bad name") << QByteArray("name: ../etc\nsteps: [{id: a, shell: {run: ls}}]\n")
                                  << QStringLiteral("p.yaml:1: name: '../etc' is not a pipeline name");
    }

    void namesLineAndKeyOfEveryMistake()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const QStringList found = problems(yaml);
        QVERIFY2(!found.isEmpty(), "the mistake was accepted");
        bool matched = false;
        for (const QString& problem : found)
            matched = matched || problem.startsWith(expected);
        QVERIFY2(matched, qPrintable(QStringLiteral("expected '%1...', got:\n%2").arg(expected, found.join('\n'))));
    }

    void aliasesThatRepeatAliasesAreRefusedQuickly()
    {
        // Ten levels of ten: 10^10 values if expanded.
        QByteArray yaml = "name: bomb\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int level = 1; level < 10; ++level) {
            yaml += "a" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [";
            for (int i = 0; i < 10; ++i)
                yaml += (i ? ", *a" : "*a") + QByteArray::number(level - 1);
            yaml += "]\n";
        }
        yaml += "steps:\n  - id: s\n    shell: {run: *a9}\n";
        QElapsedTimer clock;
        clock.start();
        auto spec = PipelineSpec::parse(yaml, QStringLiteral("bomb.yaml"));
        QVERIFY(!spec);
        QVERIFY2(spec.error().message.contains(QLatin1String("expands to more than")), qPrintable(spec.error().text()));
        QVERIFY(clock.elapsed() < 5000);
    }

    void reportsEveryProblemAtOnce()
    {
        const QByteArray yaml = replaced(replaced(kValid, "epochs: 20", "epoch: 20"), "retries: 2", "retries: many");
        const QStringList found = problems(yaml);
        QCOMPARE(found.size(), 2);
        QVERIFY(found[0].startsWith(QLatin1String("p.yaml:13:")));
        QVERIFY(found[1].startsWith(QLatin1String("p.yaml:14:")));
    }

    void interpolatesAndRefusesUnknownNames()
    {
        const Scope scope {{QStringLiteral("steps.train.run_id"), QStringLiteral("abc")},
                           {QStringLiteral("params.n"), QStringLiteral("3")}};
        QCOMPARE(interpolate(QStringLiteral("run:${steps.train.run_id}/${ params.n }"), scope).value(),
                 QStringLiteral("run:abc/3"));
        auto unknown = interpolate(QStringLiteral("${steps.gone.x}"), scope);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QLatin1String("steps.gone.x")));
    }

    void evaluatesConditions()
    {
        const Scope scope {{QStringLiteral("challenger.accuracy"), QStringLiteral("0.93")},
                           {QStringLiteral("champion.accuracy"), QStringLiteral("0.92")},
                           {QStringLiteral("steps.drift.drifted"), QStringLiteral("false")},
                           {QStringLiteral("params.min"), QStringLiteral("0.9")}};
        QVERIFY(evaluateCondition(QStringLiteral("challenger.accuracy >= ${params.min}"), scope).value());
        QVERIFY(evaluateCondition(QStringLiteral("challenger.accuracy >= champion.accuracy + 0.01"), scope).value());
        QVERIFY(!evaluateCondition(QStringLiteral("challenger.accuracy >= champion.accuracy + 0.02"), scope).value());
        QVERIFY(evaluateCondition(QStringLiteral("challenger.accuracy - 0.5 < 0.5"), scope).value());
        QVERIFY(!evaluateCondition(QStringLiteral("steps.drift.drifted"), scope).value());
        QVERIFY(evaluateCondition(QStringLiteral("steps.drift.drifted == false"), scope).value());
        // A first model has no champion: comparing with it holds, and says so. A challenger
        // without the value is an error, never a pass.
        QStringList missing;
        QVERIFY(evaluateCondition(QStringLiteral("challenger.accuracy >= champion.f1_macro"), scope, &missing).value());
        QCOMPARE(missing, QStringList {QStringLiteral("champion.f1_macro")});
        auto unevaluated = evaluateCondition(QStringLiteral("challenger.mse <= 0.5"), scope);
        QVERIFY(!unevaluated);
        QVERIFY(unevaluated.error().message.contains(QLatin1String("'challenger.mse' has no value")));
        // "and" binds tighter than "or".
        QVERIFY(evaluateCondition(QStringLiteral("steps.drift.drifted or challenger.accuracy > 0.9"), scope).value());
        QVERIFY(!evaluateCondition(QStringLiteral("steps.drift.drifted or challenger.accuracy > 0.9 and 1 > 2"), scope)
                     .value());
        QVERIFY(evaluateCondition(QStringLiteral("1 > 2 and 1 > 0 or 2 > 1"), scope).value());
        QVERIFY(!evaluateCondition(QStringLiteral("challenger.accuracy >="), scope));
        QVERIFY(!evaluateCondition(QStringLiteral("steps.drift.drifted > 1 + x"), scope));
        QVERIFY(!evaluateCondition(QStringLiteral("never"), scope)); // a bare word is a typo, not "true"
        QVERIFY(evaluateCondition(QStringLiteral("true"), scope).value());
        // "$${" is a literal "${".
        QCOMPARE(interpolate(QStringLiteral("cost $${params.min} is ${params.min}"), scope).value(),
                 QStringLiteral("cost ${params.min} is 0.9"));
    }

    void cronSchedules()
    {
        const QDateTime monday(QDate(2026, 11, 30), QTime(10, 17, 30), Qt::UTC);
        auto daily = Schedule::parse(QStringLiteral("0 3 * * *"));
        QVERIFY(daily);
        QCOMPARE(daily->next(monday), QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC));
        auto quarter = Schedule::parse(QStringLiteral("*/15 * * * *"));
        QCOMPARE(quarter->next(monday), QDateTime(QDate(2026, 11, 30), QTime(10, 30), Qt::UTC));
        QCOMPARE(quarter->next(QDateTime(QDate(2026, 11, 30), QTime(10, 30), Qt::UTC)),
                 QDateTime(QDate(2026, 11, 30), QTime(10, 45), Qt::UTC));
        auto weekdays = Schedule::parse(QStringLiteral("30 9 * * mon-fri"));
        QCOMPARE(weekdays->next(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC)), // a Friday after 09:30
                 QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC));
        auto monthly = Schedule::parse(QStringLiteral("@monthly"));
        QCOMPARE(monthly->next(monday), QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
        // Both day fields restricted: either matches, as in cron.
        auto either = Schedule::parse(QStringLiteral("0 0 13 * fri"));
        QCOMPARE(either->next(monday), QDateTime(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC));
        QVERIFY(!Schedule::parse(QStringLiteral("0 0 30 2 *"))->next(monday).isValid());
        QString problem;
        QVERIFY(!Schedule::parse(QStringLiteral("61 * * * *"), &problem));
        QVERIFY(problem.contains(QLatin1String("minute")));
        QVERIFY(!Schedule::parse(QStringLiteral("* * *"), &problem));
    }

    void scheduleAndWatchedFolderTriggerWithInjectedTime()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(workspace);
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("in")));
        const QByteArray yaml = "name: p\ntriggers:\n  schedule: \"0 * * * *\"\n  watch: " + dir.filePath("in").toUtf8()
            + "\nsteps:\n  - id: s\n    shell: {run: \"true\"}\n";
        auto spec = PipelineSpec::parse(yaml, {});
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().text()));
        TriggerWatcher watcher(*workspace.value(), spec.value(), dir.filePath(QStringLiteral("registry")));
        const QDateTime start = QDateTime::currentDateTime().addSecs(60);
        QDateTime now(start.date(), QTime(start.time().hour(), 10));
        QCOMPARE(watcher.poll(now).value().size(), 0); // the first poll only starts the clock
        QCOMPARE(watcher.poll(now.addSecs(30 * 60)).value().size(), 0);
        auto fired = watcher.poll(now.addSecs(51 * 60)); // past the next full hour
        QCOMPARE(fired.value().size(), 1);
        QCOMPARE(fired.value().first().kind, QStringLiteral("schedule"));
        QCOMPARE(watcher.poll(now.addSecs(52 * 60)).value().size(), 0); // once per matching minute
        // Missed hours count once, not once each.
        QCOMPARE(watcher.poll(now.addSecs(5 * 3600)).value().size(), 1);

        // A new file triggers once it has settled; a restarted watcher does not act on it again.
        const QString path = dir.filePath(QStringLiteral("in/new.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b\n1,2\n");
        file.close();
        now = QDateTime::currentDateTime();
        watcher.settleSeconds = 30;
        QCOMPARE(watcher.poll(now).value().size(), 0); // written just now: maybe still being copied
        auto seen = watcher.poll(now.addSecs(1)); // unchanged since the last poll: settled
        QCOMPARE(seen.value().size(), 1);
        QCOMPARE(seen.value().first().kind, QStringLiteral("watch"));
        QCOMPARE(seen.value().first().file, QFileInfo(path).absoluteFilePath());
        QCOMPARE(seen.value().first().toJson().value(QStringLiteral("file")).toString(),
                 QFileInfo(path).absoluteFilePath());
        QCOMPARE(watcher.poll(now.addSecs(2)).value().size(), 0); // returned, not acknowledged: not again
        // Until its run exists, a restarted watcher would act on it again (nothing is lost in a crash).
        {
            TriggerWatcher beforeTheRun(*workspace.value(), spec.value(), dir.filePath(QStringLiteral("registry")));
            beforeTheRun.settleSeconds = 0;
            QCOMPARE(beforeTheRun.poll(now.addSecs(2)).value().size(), 1);
        }
        QVERIFY(watcher.acknowledge(seen.value().first()));
        TriggerWatcher restarted(*workspace.value(), spec.value(), dir.filePath(QStringLiteral("registry")));
        restarted.settleSeconds = 0;
        QCOMPARE(restarted.poll(now.addSecs(3)).value().size(), 0);
        // The same name with new content is new data.
        QVERIFY(file.open(QIODevice::Append));
        file.write("3,4\n");
        file.close();
        QCOMPARE(restarted.poll(now.addSecs(4)).value().size(), 1);

        // A watched folder that is gone is an error, not silence.
        QVERIFY(QDir(dir.filePath(QStringLiteral("in"))).removeRecursively());
        auto missing = restarted.poll(now.addSecs(5));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("does not exist")));
    }

    void aScheduleFiresAcrossProcesses()
    {
        // `daemon --once` from cron: each poll is a new watcher; the last poll's time is in the workspace.
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.path());
        QVERIFY(workspace);
        auto spec = PipelineSpec::parse("name: p\ntriggers:\n  schedule: \"*/5 * * * *\"\nsteps:\n  - id: s\n"
                                        "    shell: {run: \"true\"}\n",
                                        {});
        QVERIFY(spec);
        const QDateTime start(QDate(2026, 11, 30), QTime(10, 1), Qt::UTC);
        QCOMPARE(TriggerWatcher(*workspace.value(), spec.value(), {}).poll(start).value().size(), 0);
        QCOMPARE(TriggerWatcher(*workspace.value(), spec.value(), {}).poll(start.addSecs(120)).value().size(), 0);
        QCOMPARE(TriggerWatcher(*workspace.value(), spec.value(), {}).poll(start.addSecs(300)).value().size(), 1);
        // Down for an hour: the missed times count once.
        QCOMPARE(TriggerWatcher(*workspace.value(), spec.value(), {}).poll(start.addSecs(3900)).value().size(), 1);
        QCOMPARE(TriggerWatcher(*workspace.value(), spec.value(), {}).poll(start.addSecs(3960)).value().size(), 0);
    }

    void oneLiveRunPerPipelineAndDeadRunsResume()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.path());
        QVERIFY(workspace);
        const PipelineStore store(*workspace.value());
        const QList<QPair<QString, QString>> steps {{QStringLiteral("a"), QStringLiteral("shell")}};
        auto first = store.create(QStringLiteral("p"), {}, "name: p", {}, {}, steps);
        QVERIFY(first);
        auto second = store.create(QStringLiteral("p"), {}, "name: p", {}, {}, steps);
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Busy);
        QVERIFY(second.error().message.contains(first->id.left(12)));
        QVERIFY(store.create(QStringLiteral("other"), {}, "name: other", {}, {}, steps)); // other pipelines may run

        // A run whose process is gone is interrupted, and may be resumed by another process.
        QProcess gone;
        gone.start(QStringLiteral("true"), QStringList());
        QVERIFY(gone.waitForFinished());
        QSqlQuery query(workspace.value()->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE pipeline_runs SET owner_pid = %1 WHERE id = '%2'")
                               .arg(gone.processId())
                               .arg(first->id)));
        QVERIFY(store.startStep(first->id, QStringLiteral("a"), QStringLiteral("h")));
        auto third = store.create(QStringLiteral("p"), {}, "name: p", {}, {}, steps);
        QVERIFY2(third, qPrintable(third ? QString() : third.error().text()));
        auto interrupted = store.run(first->id);
        QCOMPARE(interrupted->status, QStringLiteral("interrupted"));
        QCOMPARE(interrupted->steps.first().status, QStringLiteral("interrupted"));
        QVERIFY(interrupted->message.contains(QLatin1String("pipeline resume")));
        auto busy = store.claim(first->id.left(8)); // the third run is live
        QVERIFY(!busy);
        QVERIFY(store.finishRun(third->id, QStringLiteral("succeeded"), {}));
        auto claimed = store.claim(first->id.left(8));
        QVERIFY2(claimed, qPrintable(claimed ? QString() : claimed.error().text()));
        QCOMPARE(claimed->status, QStringLiteral("running"));
        auto done = store.claim(third->id);
        QVERIFY(!done);
        QVERIFY(done.error().message.contains(QLatin1String("nothing to resume")));
    }
};

QTEST_GUILESS_MAIN(TestPipelineSpec)
#include "tst_pipelinespec.moc"
