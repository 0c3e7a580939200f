// FilterExpression: parsing, evaluation against runs, and errors that point at their column.
#include "engine/store/FilterExpression.h"

#include <QDateTime>
#include <QTest>

#include <limits>

using namespace crucible;

class TestFilterExpression : public QObject {
    Q_OBJECT

private:
    static RunRecord sampleRun()
    {
        RunRecord run;
        run.id = QStringLiteral("0190aa00bb11cc22");
        run.name = QStringLiteral("adam-sweep-3");
        run.experiment = QStringLiteral("fashion");
        run.status = RunStatus::Finished;
        run.tags = {QStringLiteral("baseline"), QStringLiteral("keep"), QStringLiteral("owner=ana")};
        // Local time, as the tables print it; ended is left unset (a run still running).
        run.createdAt = QDateTime(QDate(2026, 3, 14), QTime(23, 30, 15));
        run.startedAt = run.createdAt.addSecs(2);
        run.seed = 42;
        run.datasetName = QStringLiteral("fashion-mnist");
        run.params.insert(QStringLiteral("optimizer"), QStringLiteral("adam"));
        run.params.insert(QStringLiteral("lr"), 0.001);
        run.params.insert(QStringLiteral("nesterov"), true);
        run.params.insert(QStringLiteral("folder"), QStringLiteral("C:\\tmp\\new \"x\""));
        run.params.insert(QStringLiteral("precise"), 0.001234561);
        run.params.insert(QStringLiteral("split.train"), 0.8);
        MetricSummary accuracy;
        accuracy.add({0, 0, 0, 0.5});
        accuracy.add({1, 0, 0, 0.95});
        accuracy.add({2, 0, 0, 0.93});
        run.metrics.insert(QStringLiteral("val_accuracy"), accuracy);
        MetricSummary loss;
        loss.add({0, 0, 0, std::numeric_limits<double>::quiet_NaN()});
        run.metrics.insert(QStringLiteral("loss"), loss);
        MetricSummary odd;
        odd.add({0, 0, 0, 3});
        run.metrics.insert(QStringLiteral("train/loss"), odd);
        return run;
    }

private Q_SLOTS:
    void evaluates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("issue example") << "metrics.val_accuracy > 0.9 and params.optimizer = \"adam\"" << true;
        QTest::newRow("last value") << "metrics.val_accuracy < 0.94" << true;
        QTest::newRow("max") << "metrics.val_accuracy.max >= 0.95" << true;
        QTest::newRow("min") << "metrics.val_accuracy.min = 0.5" << true;
        QTest::newRow("best step") << "metrics.val_accuracy.best_step = 1" << true;
        QTest::newRow("count") << "metrics.val_accuracy.count == 3" << true;
        QTest::newRow("single quotes") << "params.optimizer = 'adam'" << true;
        QTest::newRow("other optimizer") << "params.optimizer = \"sgd\"" << false;
        QTest::newRow("not equal") << "params.optimizer != \"sgd\"" << true;
        QTest::newRow("scientific") << "params.lr = 1e-3" << true;
        QTest::newRow("negative") << "params.lr > -1" << true;
        QTest::newRow("bool") << "params.nesterov = true" << true;
        QTest::newRow("nested param") << "params.split.train >= 0.8" << true;
        QTest::newRow("missing param") << "params.momentum > 0" << false;
        QTest::newRow("missing param not equal") << "params.momentum != 0.9" << true;
        QTest::newRow("missing metric") << "metrics.val_loss < 1" << false;
        QTest::newRow("nan compares false") << "metrics.loss < 1 or metrics.loss >= 1" << false;
        QTest::newRow("nan not equal") << "metrics.loss != 1" << true;
        QTest::newRow("backquoted key") << "metrics.`train/loss` = 3" << true;
        QTest::newRow("slash key") << "metrics.train/loss = 3" << true;
        QTest::newRow("status") << "status = \"finished\"" << true;
        QTest::newRow("tag") << "tag = \"keep\"" << true;
        QTest::newRow("tags contains") << "tags contains \"BASE\"" << true;
        QTest::newRow("missing tag") << "tag = \"nope\"" << false;
        QTest::newRow("name contains") << "name contains \"Sweep\"" << true;
        QTest::newRow("seed") << "seed = 42" << true;
        QTest::newRow("or") << "params.optimizer = \"sgd\" or seed = 42" << true;
        QTest::newRow("and binds tighter") << "seed = 1 and seed = 2 or seed = 42" << true;
        QTest::newRow("parentheses") << "seed = 1 and (seed = 2 or seed = 42)" << false;
        QTest::newRow("not") << "not status = \"failed\"" << true;
        QTest::newRow("keywords any case") << "NOT status = \"failed\" AND seed = 42" << true;
        QTest::newRow("experiment") << "experiment = \"fashion\" and dataset = \"fashion-mnist\"" << true;
        QTest::newRow("id prefix") << "id contains \"0190aa\"" << true;
        QTest::newRow("empty") << "   " << true;
        // in, like, ilike, glob, and their negations
        QTest::newRow("in") << "params.optimizer in (\"sgd\", \"adam\")" << true;
        QTest::newRow("not in") << "params.optimizer not in (\"sgd\", \"adam\")" << false;
        QTest::newRow("in numbers") << "seed IN (1, 42)" << true;
        QTest::newRow("in one") << "seed in (7)" << false;
        QTest::newRow("status any case") << "status = \"FINISHED\"" << true;
        QTest::newRow("status in any case") << "status in (\"Failed\", \"Finished\")" << true;
        QTest::newRow("like") << "name like \"adam-%\"" << true;
        // Patterns see numbers as they read back, not cut to 6 digits.
        QTest::newRow("like a precise number") << "params.precise like '0.001234561'" << true;
        QTest::newRow("contains its last digits") << "params.precise contains '34561'" << true;
        // A time in like/contains: as the tables print it, or as --json writes it (UTC, with Z).
        QTest::newRow("created like as printed") << "created like '2026-03-14 23:30%'" << true;
        QTest::newRow("created contains as in JSON") << "created contains 'Z'" << true;
        QTest::newRow("created in days") << "created in ('2026-03-13', '2026-03-14')" << true;
        QTest::newRow("created in other days") << "created in ('2026-03-13')" << false;
        // A backslash is text, except before the quote or another backslash.
        QTest::newRow("backslashes as text") << "params.folder = 'C:\\tmp\\new \"x\"'" << true;
        QTest::newRow("escaped backslashes") << "params.folder = \"C:\\\\tmp\\\\new \\\"x\\\"\"" << true;
        QTest::newRow("like is case-sensitive") << "name like \"Adam-%\"" << false;
        QTest::newRow("like one character") << "name like \"adam-sweep-_\"" << true;
        QTest::newRow("like whole value") << "name like \"adam\"" << false;
        QTest::newRow("ilike") << "name ILIKE \"ADAM-%-3\"" << true;
        QTest::newRow("not like") << "name not like \"%sweep%\"" << false;
        QTest::newRow("like dot is literal") << "name like \"adam.sweep%\"" << false;
        QTest::newRow("glob") << "name glob \"adam-*-[0-9]\"" << true;
        QTest::newRow("glob excluded class") << "name glob \"adam-*-[!0-9]\"" << false;
        QTest::newRow("glob question mark") << "experiment glob \"fash?on\"" << true;
        QTest::newRow("tags like") << "tags like \"base%\"" << true;
        // tags.KEY: the value of a KEY=value tag
        QTest::newRow("tag value") << "tags.owner = \"ana\"" << true;
        QTest::newRow("other tag value") << "tags.owner = \"bob\"" << false;
        QTest::newRow("plain tag has an empty value") << "tags.keep = \"\"" << true;
        QTest::newRow("absent tag key") << "tags.team = \"ml\"" << false;
        QTest::newRow("absent tag key not equal") << "tags.team != \"ml\"" << true;
        QTest::newRow("tag value in") << "tags.owner in (\"bob\", \"ana\")" << true;
        // created, started, ended: moments, compared with dates in local time
        QTest::newRow("created that day") << "created = \"2026-03-14\"" << true;
        QTest::newRow("created after that day") << "created > \"2026-03-14\"" << false;
        QTest::newRow("created from that day") << "created >= \"2026-03-14\"" << true;
        QTest::newRow("created before the next day") << "created < \"2026-03-15\"" << true;
        QTest::newRow("created before that day") << "created < \"2026-03-14\"" << false;
        QTest::newRow("created that minute") << "created = \"2026-03-14 23:30\"" << true;
        QTest::newRow("created after the second before") << "created > \"2026-03-14 23:30:14\"" << true;
        QTest::newRow("created by the minute before") << "created <= \"2026-03-14 23:29\"" << false;
        QTest::newRow("started with T") << "started = \"2026-03-14T23:30:17\"" << true;
        QTest::newRow("milliseconds since 1970") << "created > 1000000000000" << true;
        QTest::newRow("not ended") << "ended = \"2026-03-14\"" << false;
        QTest::newRow("not ended not equal") << "ended != \"2026-03-14\"" << true;
    }

    void evaluates()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        const FilterExpression filter = FilterExpression::parse(text);
        QVERIFY2(filter.isValid(), qPrintable(filter.errorMessage()));
        QCOMPARE(filter.matches(sampleRun()), expected);
    }

    void pointsAtErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing value") << "metrics.val_accuracy >" << 22 << "expected a number";
        QTest::newRow("missing operator") << "metrics.val_accuracy 0.9" << 21 << "expected =, !=";
        QTest::newRow("unknown field") << "seed = 1 and colour = \"red\"" << 13 << "unknown field 'colour'";
        QTest::newRow("unquoted text") << "params.optimizer = adam" << 19 << "put text in quotes";
        QTest::newRow("unclosed string") << "name = \"abc" << 7 << "no closing \"";
        QTest::newRow("unclosed paren") << "(seed = 1 or seed = 2" << 21 << "expected ')'";
        QTest::newRow("stray paren") << "seed = 1)" << 8 << "no matching '('";
        QTest::newRow("bad character") << "seed = 1 & seed = 2" << 9 << "unexpected character '&'";
        QTest::newRow("dangling and") << "seed = 1 and" << 12 << "expected a condition";
        QTest::newRow("two conditions") << "seed = 1 seed = 2" << 9 << "join conditions with 'and' or 'or'";
        QTest::newRow("unknown status") << "status = \"done\"" << 9 << "unknown status 'done'";
        QTest::newRow("bad number") << "seed = 1.2.3" << 7 << "not a number";
        QTest::newRow("contains number") << "name contains 3" << 14 << "needs a quoted string";
        QTest::newRow("empty param key") << "params. = 1" << 0 << "not a field name";
        QTest::newRow("in without a list") << "seed in 3" << 8 << "expected a list after 'in'";
        QTest::newRow("unclosed list") << "seed in (1, 2" << 13 << "expected ',' or ')'";
        QTest::newRow("unknown status in a list")
            << "status in (\"finished\", \"done\")" << 23 << "unknown status 'done'";
        QTest::newRow("like number") << "name like 3" << 10 << "'like' needs a quoted string";
        QTest::newRow("not a date") << "created > \"yesterday\"" << 10 << "not a date";
        // Hostile depth: refused with the limit named, not a stack overflow.
        const QString condition = QStringLiteral("seed = 7");
        QTest::newRow("12,000 parentheses")
            << QString(12000, QLatin1Char('(')) + condition + QString(12000, QLatin1Char(')')) << 100
            << "more than 100 levels deep";
        QTest::newRow("12,000 nots") << QStringLiteral("not ").repeated(12000) + condition << 400
                                     << "more than 100 levels deep";
        QTest::newRow("5,000 conditions")
            << QStringList(5000, condition).join(QStringLiteral(" and ")) << 1000 * 13 << "more than 1000 conditions";
    }

    void pointsAtErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, message);
        const FilterExpression filter = FilterExpression::parse(text);
        QVERIFY(!filter.isValid());
        QVERIFY2(filter.errorMessage().contains(message), qPrintable(filter.errorMessage()));
        QCOMPARE(filter.errorPosition(), position);
        QCOMPARE(filter.error().code, ErrorCode::InvalidInput);
        QCOMPARE(filter.error().where, QStringLiteral("filter, column %1").arg(position + 1));
        QVERIFY(filter.matches(sampleRun())); // an invalid filter hides nothing
    }

    void deepButReasonableFiltersStillWork()
    {
        const QString nested =
            QString(100, QLatin1Char('(')) + QStringLiteral("seed = 7") + QString(100, QLatin1Char(')'));
        QVERIFY2(FilterExpression::parse(nested).isValid(), qPrintable(FilterExpression::parse(nested).errorMessage()));
        const QString negated = QStringLiteral("not not ").repeated(50) + QStringLiteral("seed = 7");
        const FilterExpression filter = FilterExpression::parse(negated);
        QVERIFY2(filter.isValid(), qPrintable(filter.errorMessage()));
        QCOMPARE(filter.matches(sampleRun()), FilterExpression::parse(QStringLiteral("seed = 7")).matches(sampleRun()));
        QVERIFY(FilterExpression::parse(QStringList(1000, QStringLiteral("seed = 7")).join(QStringLiteral(" or ")))
                    .isValid());
    }
};

QTEST_GUILESS_MAIN(TestFilterExpression)
#include "tst_filterexpression.moc"
