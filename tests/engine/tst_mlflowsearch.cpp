// MLflow's search syntax as the tracking server's runs/search receives it, translated into
// Crucible's filter language and checked against real runs' records.
#include "engine/interop/MlflowSearch.h"
#include "engine/store/FilterExpression.h"

#include <QTest>

using namespace crucible;

class TestMlflowSearch : public QObject {
    Q_OBJECT

private:
    static RunRecord run(const QString& name, double accuracy, const QString& optimizer, RunStatus status)
    {
        RunRecord record;
        record.id = QStringLiteral("01a2%1").arg(name);
        record.name = name;
        record.status = status;
        record.params.insert(QStringLiteral("optimizer"), optimizer);
        MetricSummary summary;
        summary.add({0, 0, 0, accuracy});
        record.metrics.insert(QStringLiteral("val accuracy"), summary);
        record.tags = {QStringLiteral("team=vision")};
        return record;
    }

private Q_SLOTS:
    void translatesWhatScriptsWrite_data()
    {
        QTest::addColumn<QString>("mlflow");
        QTest::addColumn<QString>("crucible");
        QTest::newRow("metric and param") << QStringLiteral("metrics.acc > 0.9 and params.lr = '0.01'")
                                          << QStringLiteral("metrics.`acc` > 0.9 and params.`lr` = \"0.01\"");
        QTest::newRow("back-quoted key") << QStringLiteral("metrics.`val loss` <= 1e-3")
                                         << QStringLiteral("metrics.`val loss` <= 1e-3");
        QTest::newRow("double-quoted key")
            << QStringLiteral("params.\"model.depth\" != \"3\"") << QStringLiteral("params.`model.depth` != \"3\"");
        QTest::newRow("status") << QStringLiteral("attributes.status = 'KILLED'")
                                << QStringLiteral("status = \"stopped\"");
        QTest::newRow("run name like") << QStringLiteral("attributes.run_name LIKE '%base%'")
                                       << QStringLiteral("name like \"%base%\"");
        QTest::newRow("prefix like") << QStringLiteral("params.a LIKE 'x%'")
                                     << QStringLiteral("params.`a` like \"x%\"");
        QTest::newRow("tag ilike") << QStringLiteral("tags.team ILIKE 'VIS%'")
                                   << QStringLiteral("tags.`team` ilike \"VIS%\"");
        QTest::newRow("tag") << QStringLiteral("tags.team = 'vision'") << QStringLiteral("tag = \"team=vision\"");
        QTest::newRow("not tag") << QStringLiteral("tags.team != 'nlp'") << QStringLiteral("not tag = \"team=nlp\"");
        QTest::newRow("parent") << QStringLiteral("tags.mlflow.parentRunId = 'abc'")
                                << QStringLiteral("parent = \"abc\"");
        QTest::newRow("in list") << QStringLiteral("attributes.run_id IN ('a', 'b')")
                                 << QStringLiteral("(id = \"a\" or id = \"b\")");
        QTest::newRow("not in") << QStringLiteral("params.optimizer NOT IN ('sgd')")
                                << QStringLiteral("not (params.`optimizer` = \"sgd\")");
        QTest::newRow("or and parentheses")
            << QStringLiteral("(metrics.a < 1 OR metrics.b > 2) AND status = 'FINISHED'")
            << QStringLiteral("(metrics.`a` < 1 or metrics.`b` > 2) and status = \"finished\"");
        QTest::newRow("quotes and backslashes") << QStringLiteral("params.path = 'C:\\data \"raw\"'")
                                                << QStringLiteral("params.`path` = \"C:\\\\data \\\"raw\\\"\"");
        QTest::newRow("empty") << QString() << QString();
    }

    void translatesWhatScriptsWrite()
    {
        QFETCH(QString, mlflow);
        QFETCH(QString, crucible);
        const auto translated = mlflow::translateFilter(mlflow);
        QVERIFY2(translated, qPrintable(translated ? QString() : translated.error().text()));
        QCOMPARE(translated.value(), crucible);
        QVERIFY2(FilterExpression::parse(translated.value()).isValid(),
                 qPrintable(FilterExpression::parse(translated.value()).errorMessage()));
    }

    void translatedFiltersSelectTheRightRuns()
    {
        const std::vector<RunRecord> runs {run(QStringLiteral("a"), 0.95, QStringLiteral("adam"), RunStatus::Finished),
                                           run(QStringLiteral("b"), 0.80, QStringLiteral("adam"), RunStatus::Running),
                                           run(QStringLiteral("c"), 0.97, QStringLiteral("sgd"), RunStatus::Stopped)};
        const auto select = [&](const QString& filter) {
            const auto translated = mlflow::translateFilter(filter);
            QStringList names;
            if (!translated)
                return QStringList {translated.error().message};
            const FilterExpression expression = FilterExpression::parse(translated.value());
            for (const RunRecord& record : runs) {
                if (expression.matches(record))
                    names.append(record.name);
            }
            return names;
        };
        QCOMPARE(select(QStringLiteral("metrics.`val accuracy` > 0.9")),
                 (QStringList {QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(select(QStringLiteral("metrics.`val accuracy` > 0.9 and params.optimizer = 'adam'")),
                 QStringList {QStringLiteral("a")});
        QCOMPARE(select(QStringLiteral("attributes.status != 'RUNNING'")),
                 (QStringList {QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(select(QStringLiteral("attributes.status = 'KILLED'")), QStringList {QStringLiteral("c")});
        QCOMPARE(select(QStringLiteral("tags.team = 'vision' and run_name IN ('b', 'c')")),
                 (QStringList {QStringLiteral("b"), QStringLiteral("c")}));
        // LIKE minds case as MLflow's does, ILIKE does not; system tags are the run's own fields.
        QCOMPARE(select(QStringLiteral("params.optimizer LIKE 'AD%'")), QStringList {});
        QCOMPARE(select(QStringLiteral("params.optimizer ILIKE 'AD%'")),
                 (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(select(QStringLiteral("tags.team LIKE 'vis%'")),
                 (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        const FilterExpression byName =
            FilterExpression::parse(mlflow::filterFromEitherSyntax(QStringLiteral("tags.mlflow.runName = 'c'")));
        QVERIFY(byName.isValid());
        QVERIFY(byName.matches(runs[2]) && !byName.matches(runs[0]));
        const FilterExpression quoted =
            FilterExpression::parse(mlflow::filterFromEitherSyntax(QStringLiteral("tags.`mlflow.runName` = 'c'")));
        QVERIFY(quoted.isValid());
        QVERIFY(quoted.matches(runs[2]) && !quoted.matches(runs[0]));
    }

    void refusesWithWhereAndWhy_data()
    {
        QTest::addColumn<QString>("mlflow");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("where");
        QTest::newRow("unclosed quote") << QStringLiteral("params.a = 'x") << QStringLiteral("not closed")
                                        << QStringLiteral("filter, column 12");
        QTest::newRow("metric vs text") << QStringLiteral("metrics.a > 'x'") << QStringLiteral("compared with numbers")
                                        << QStringLiteral("filter, column 13");
        QTest::newRow("like a number") << QStringLiteral("params.a LIKE 5") << QStringLiteral("pattern in quotes")
                                       << QStringLiteral("filter, column 15");
        QTest::newRow("unknown entity") << QStringLiteral("foo.a = 1")
                                        << QStringLiteral("not metrics, params, tags or attributes")
                                        << QStringLiteral("filter, column 1");
        QTest::newRow("bad status") << QStringLiteral("status = 'DONE'") << QStringLiteral("is not a status")
                                    << QStringLiteral("filter, column 10");
        QTest::newRow("system tag") << QStringLiteral("tags.mlflow.user = 'me'")
                                    << QStringLiteral("system tag mlflow.user") << QStringLiteral("filter, column 1");
        QTest::newRow("dangling and") << QStringLiteral("metrics.a > 1 and") << QStringLiteral("expected a key")
                                      << QStringLiteral("filter, column 18");
        QTest::newRow("operator") << QStringLiteral("metrics.a >>> 1") << QStringLiteral("expected a value")
                                  << QStringLiteral("filter, column 12");
        QTest::newRow("too deep") << QString(QString(91, QLatin1Char('(')) + QStringLiteral("metrics.a > 1")
                                             + QString(91, QLatin1Char(')')))
                                  << QStringLiteral("more than 90 levels") << QStringLiteral("filter, column 91");
        QTest::newRow("control character in a key")
            << QStringLiteral("params.`a\u0001b` = '1'") << QStringLiteral("control characters")
            << QStringLiteral("filter, column 1");
        QTest::newRow("time attribute") << QStringLiteral("attributes.start_time > 5")
                                        << QStringLiteral("not supported") << QStringLiteral("filter, column 1");
    }

    void refusesWithWhereAndWhy()
    {
        QFETCH(QString, mlflow);
        QFETCH(QString, message);
        QFETCH(QString, where);
        const auto translated = mlflow::translateFilter(mlflow);
        QVERIFY(!translated);
        QVERIFY2(translated.error().message.contains(message), qPrintable(translated.error().message));
        QCOMPARE(translated.error().where, where);
    }

    void ordersAsAsked()
    {
        QCOMPARE(mlflow::translateOrderBy({QStringLiteral("metrics.loss DESC")}).value(),
                 QStringLiteral("-metrics.`loss`"));
        QCOMPARE(mlflow::translateOrderBy({QStringLiteral("attributes.start_time")}).value(),
                 QStringLiteral("started"));
        QCOMPARE(mlflow::translateOrderBy({QStringLiteral("params.lr asc"), QStringLiteral("metrics.a")}).value(),
                 QStringLiteral("params.`lr`"));
        QCOMPARE(mlflow::translateOrderBy({}).value(), QString());
        QVERIFY(!mlflow::translateOrderBy({QStringLiteral("metrics.loss sideways")}));
        QVERIFY(!mlflow::translateOrderBy({QStringLiteral("tags.team")}));
    }
};

QTEST_GUILESS_MAIN(TestMlflowSearch)
#include "tst_mlflowsearch.moc"
