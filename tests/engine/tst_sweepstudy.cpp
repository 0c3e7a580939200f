// Sweeps without training: the sweep file's checks, each strategy on a cheap synthetic objective
// (a shifted quadratic and Branin) including conditional keys, what the median and ASHA pruners
// stop, determinism at a fixed seed, and parameter importance.
#include "../support/SweepFiles.h"
#include "engine/sweep/Study.h"

#include <QtTest>

#include <cmath>

using namespace crucible;

namespace {

/// Runs `trials` trials of `objective` sequentially, reporting `epochs` intermediate values
/// (the objective times (1 + 1/epoch)) to the pruner; returns the study.
Study runStudy(const SweepSpec& spec, const std::function<double(const QJsonObject&)>& objective, int trials,
               int epochs = 0)
{
    Study study(spec);
    for (int n = 0; n < trials; ++n) {
        const std::optional<QJsonObject> params = study.suggest(n);
        if (!params)
            break;
        Trial trial;
        trial.number = n;
        trial.params = *params;
        trial.state = TrialState::Running;
        study.trials().push_back(trial);
        const double value = objective(*params);
        Trial& current = study.trials().back();
        bool pruned = false;
        for (int epoch = 1; epoch <= epochs; ++epoch) {
            current.intermediate.insert(epoch, value * (1.0 + 1.0 / epoch));
            if (study.shouldPrune(current, epoch)) {
                current.state = TrialState::Pruned;
                current.prunedEpoch = epoch;
                pruned = true;
                break;
            }
        }
        if (!pruned) {
            current.state = TrialState::Complete;
            current.value = value;
        }
    }
    return study;
}

double branin(const QJsonObject& p)
{
    const double x = p.value(QStringLiteral("lr")).toDouble();
    const double y = p.value(QStringLiteral("weight_decay")).toDouble(); // momentum: a dimension that does not matter
    const double a = 1, b = 5.1 / (4 * M_PI * M_PI), c = 5 / M_PI, r = 6, s = 10, t = 1 / (8 * M_PI);
    return a * std::pow(y - b * x * x + c * x - r, 2) + s * (1 - t) * std::cos(x) + s;
}

const QByteArray kBranin = "name: branin\n"
                           "dataset: none\n"
                           "strategy: %1\n"
                           "seed: %2\n"
                           "space:\n"
                           "  lr: {float: [0.001, 10]}\n"
                           "  momentum: {float: [0, 1]}\n"
                           "  weight_decay: {float: [0, 15]}\n"
                           "budget: {trials: 60}\n";

} // namespace

class TestSweepStudy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specIsChecked_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        const QByteArray head = "name: s\ndataset: iris\n";
        QTest::newRow("unknown key") << head + "spaces: {}\n"
                                     << "unknown key 'spaces'";
        QTest::newRow("no space") << head << "needs a search space";
        QTest::newRow("unknown param") << head + "space: {learning_rate: [0.1]}\n"
                                       << "not a recipe key";
        QTest::newRow("reversed range") << head + "space: {lr: {float: [1, 0.1]}}\n"
                                        << "must be below";
        QTest::newRow("log from zero") << head + "space: {lr: {float: [0, 1], log: true}}\n"
                                       << "positive low end";
        QTest::newRow("two kinds") << head + "space: {lr: {float: [0, 1], int: [1, 2]}}\n"
                                   << "exactly one of";
        QTest::newRow("bad strategy") << head + "strategy: bayes\nspace: {lr: [0.1]}\n"
                                      << "grid, random or tpe";
        QTest::newRow("condition on nothing") << head + "space: {momentum: {float: [0, 1], when: {optimizer: sgd}}}\n"
                                              << "not a parameter of the space";
        QTest::newRow("condition value") << head
                + "space: {optimizer: [adam], momentum: {float: [0, 1], when: {optimizer: sgd}}}\n"
                                         << "not one of optimizer's choices";
        QTest::newRow("invalid recipe value") << head + "space: {optimizer: [adam, lion]}\n"
                                              << "makes no valid recipe";
        QTest::newRow("pruning a test metric") << head
                + "objective: {metric: test_accuracy}\npruner: median\n"
                  "space: {lr: [0.1]}\n"
                                               << "per-epoch validation metric";
        QTest::newRow("bad yaml") << head + "space: {lr: [0.1\n"
                                  << "not valid YAML";
        QTest::newRow("duplicate key") << head + "space:\n  lr: [0.1]\n  lr: [0.2]\n"
                                       << "appears twice";
        QTest::newRow("bad name") << QByteArray("name: \"a\\u0007b\"\ndataset: iris\nspace: {lr: [0.1]}\n")
                                  << "a sweep name";
        QTest::newRow("typo in a section") << head + "budget: {trial: 5}\nspace: {lr: [0.1]}\n"
                                           << "unknown key 'trial'";
        QTest::newRow("typo in the pruner") << head + "pruner: {kind: median, warmup_epoch: 3}\nspace: {lr: [0.1]}\n"
                                            << "unknown key 'warmup_epoch'";
        QTest::newRow("recipe not a mapping") << head + "recipe: [1, 2]\nspace: {lr: [0.1]}\n"
                                              << "takes a mapping";
        QTest::newRow("seed a word") << head + "seed: abc\nspace: {lr: [0.1]}\n"
                                     << "a whole number from 0";
        QTest::newRow("width as float") << head + "space: {model.width: {float: [8.7, 16]}}\n"
                                        << "takes whole numbers";
        QTest::newRow("depth a word") << head + "space: {model.depth: [x, 2]}\n"
                                      << "'x' is not a whole number";
        QTest::newRow("batch norm maybe") << head + "space: {model.batch_norm: [true, maybe]}\n"
                                          << "not true or false";
        QTest::newRow("dropout a word") << head + "space: {model.dropout: [0.1, abc]}\n"
                                        << "not a dropout rate";
        QTest::newRow("activation") << head + "space: {model.activation: [relu, swish9]}\n"
                                    << "not an activation";
        QTest::newRow("hidden") << head + "space: {model.hidden: [\"64,x\"]}\n"
                                << "not a list of layer sizes";
        QTest::newRow("grid too large") << head
                + "strategy: grid\nspace:\n  lr: {float: [0.1, 1], grid: 100}\n  momentum: {float: [0, 1], grid: 100}\n"
                  "  weight_decay: {float: [0, 1], grid: 100}\n"
                                        << "the grid has up to 1e+06 points";
        QTest::newRow("dataset with escapes")
            << QByteArray("{\"name\": \"s\", \"dataset\": \"a\\u001b[31mb\", \"space\": {\"lr\": [0.1]}}")
            << "a dataset name";
    }
    void specIsChecked()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        Result<SweepSpec> spec = SweepSpec::parse(yaml, QStringLiteral("sweep.yaml"));
        QVERIFY(!spec);
        QVERIFY2(spec.error().text().contains(message), qPrintable(spec.error().text()));
        QVERIFY(spec.error().where.startsWith(QLatin1String("sweep.yaml")));
    }

    void scalarsReadAsWritten()
    {
        // A number as a name is that name; a condition's "8" is the choice 8; numbers print shortest.
        const SweepSpec spec = test::parsedSweep("name: 12345\ndataset: 2024\nspace:\n  batch_size: [8, 16]\n"
                                                 "  lr: {choice: [0.01, 0.1], when: {batch_size: \"8\"}}\n");
        QCOMPARE(spec.name, QStringLiteral("12345"));
        QCOMPARE(spec.dataset, QStringLiteral("2024"));
        QVERIFY(SearchSpace::isActive(*spec.space.find(QStringLiteral("lr")), {{QStringLiteral("batch_size"), 8.0}}));
        QCOMPARE(spec.space.find(QStringLiteral("lr"))->summary(), QStringLiteral("choice 0.01|0.1 if batch_size=8"));
    }

    void specRoundTripsAndBuildsRecipes()
    {
        const SweepSpec spec = test::parsedSweep("name: moons\n"
                                                 "dataset: two_moons\n"
                                                 "recipe: {epochs: 8, model: mlp}\n"
                                                 "objective: {metric: val_accuracy}\n"
                                                 "space:\n"
                                                 "  lr: {float: [1e-4, 1e-1], log: true}\n"
                                                 "  model.width: {int: [8, 64]}\n"
                                                 "  model.depth: [1, 2, 3]\n");
        QVERIFY(!spec.minimize); // accuracy: higher is better
        QCOMPARE(spec.experimentName(), QStringLiteral("sweep moons"));
        const Result<SweepSpec> again = SweepSpec::fromJson(spec.toJson(), QStringLiteral("json"));
        QVERIFY(again);
        QCOMPARE(again->toJson(), spec.toJson());
        const QStringList recipe = spec.assignments({{QStringLiteral("lr"), 0.003},
                                                     {QStringLiteral("model.width"), 16.0},
                                                     {QStringLiteral("model.depth"), 2.0}});
        QVERIFY(recipe.contains(QStringLiteral("epochs=8")));
        QVERIFY(recipe.contains(QStringLiteral("lr=0.0030000000000000001"))
                || recipe.contains(QStringLiteral("lr=0.003")));
        const QString model = recipe.filter(QStringLiteral("model=")).value(0);
        QVERIFY2(model.contains(QStringLiteral("\"hidden\":[16,16]"))
                     && model.contains(QStringLiteral("\"kind\":\"mlp\"")),
                 qPrintable(model));
    }

    void gridVisitsEveryCombinationOnce()
    {
        SweepSpec spec = test::parsedSweep("name: g\ndataset: d\nstrategy: grid\nseed: 3\n"
                                           "space:\n"
                                           "  optimizer: [sgd, adam]\n"
                                           "  momentum: {float: [0.5, 0.9], grid: 3, when: {optimizer: sgd}}\n"
                                           "  batch_size: [32, 64]\n");
        // sgd x 3 momenta x 2 batch sizes + adam x 2 batch sizes
        QCOMPARE(spec.trials, 8);
        const Study study = runStudy(
            spec, [](const QJsonObject&) { return 1.0; }, 100);
        QCOMPARE(int(study.trials().size()), 8);
        QSet<QString> seen;
        for (const Trial& trial : study.trials()) {
            const bool sgd = trial.params.value(QStringLiteral("optimizer")).toString() == QLatin1String("sgd");
            QCOMPARE(trial.params.contains(QStringLiteral("momentum")), sgd); // conditional
            seen.insert(QString::fromUtf8(QJsonDocument(trial.params).toJson(QJsonDocument::Compact)));
        }
        QCOMPARE(seen.size(), 8);
    }

    void randomRespectsRangesLogScaleAndConditions()
    {
        const SweepSpec spec = test::parsedSweep("name: r\ndataset: d\nstrategy: random\nseed: 5\n"
                                                 "space:\n"
                                                 "  lr: {float: [1e-5, 1], log: true}\n"
                                                 "  epochs: {int: [1, 4]}\n"
                                                 "  optimizer: [sgd, adam]\n"
                                                 "  momentum: {float: [0.1, 0.2], when: {optimizer: sgd}}\n");
        const Study study = runStudy(
            spec, [](const QJsonObject&) { return 0.0; }, 400);
        int belowMilli = 0;
        QSet<int> epochs;
        for (const Trial& trial : study.trials()) {
            const double lr = trial.params.value(QStringLiteral("lr")).toDouble();
            QVERIFY(lr >= 1e-5 && lr <= 1);
            belowMilli += lr < 1e-3;
            const double e = trial.params.value(QStringLiteral("epochs")).toDouble();
            QCOMPARE(e, std::round(e));
            epochs.insert(int(e));
            const bool sgd = trial.params.value(QStringLiteral("optimizer")).toString() == QLatin1String("sgd");
            QCOMPARE(trial.params.contains(QStringLiteral("momentum")), sgd);
            if (sgd) {
                const double m = trial.params.value(QStringLiteral("momentum")).toDouble();
                QVERIFY(m >= 0.1 && m <= 0.2);
            }
        }
        // Log-uniform over five decades: about 2/5 of the draws lie below 1e-3 (uniform: 0.1%).
        QVERIFY2(belowMilli > 120 && belowMilli < 200, qPrintable(QString::number(belowMilli)));
        QCOMPARE(epochs, (QSet<int> {1, 2, 3, 4})); // both ends drawn
    }

    void tpeBeatsRandomOnBranin()
    {
        // Median over seeds of the best value after 60 trials; Branin's minimum is 0.397887.
        std::vector<double> tpe;
        std::vector<double> random;
        for (int seed = 1; seed <= 7; ++seed) {
            tpe.push_back(
                runStudy(test::parsedSweep(QString::fromUtf8(kBranin).arg(QStringLiteral("tpe")).arg(seed).toUtf8()),
                         branin, 60)
                    .best()
                    ->value);
            random.push_back(
                runStudy(test::parsedSweep(QString::fromUtf8(kBranin).arg(QStringLiteral("random")).arg(seed).toUtf8()),
                         branin, 60)
                    .best()
                    ->value);
        }
        std::sort(tpe.begin(), tpe.end());
        std::sort(random.begin(), random.end());
        qInfo("median best after 60 trials: tpe %.4f, random %.4f (optimum 0.3979)", tpe[3], random[3]);
        QVERIFY(tpe[3] < random[3]);
        QVERIFY(tpe[3] < 1.0);
    }

    void tpeSearchesConditionalKeys()
    {
        // The objective is best with sgd and momentum near 0.9; adam is worse everywhere.
        const SweepSpec spec = test::parsedSweep("name: c\ndataset: d\nstrategy: tpe\nseed: 11\nstartup_trials: 8\n"
                                                 "space:\n"
                                                 "  optimizer: [sgd, adam]\n"
                                                 "  momentum: {float: [0, 1], when: {optimizer: sgd}}\n"
                                                 "  lr: {float: [0.0001, 1], log: true}\n");
        auto objective = [](const QJsonObject& p) {
            const double lr = std::log10(p.value(QStringLiteral("lr")).toDouble()) + 2;
            if (p.value(QStringLiteral("optimizer")).toString() == QLatin1String("adam"))
                return 2.0 + lr * lr;
            const double m = p.value(QStringLiteral("momentum")).toDouble() - 0.9;
            return 2 * m * m + lr * lr;
        };
        const Study study = runStudy(spec, objective, 50);
        int sgdLate = 0;
        for (const Trial& trial : study.trials()) {
            if (trial.number >= 30)
                sgdLate += trial.params.value(QStringLiteral("optimizer")).toString() == QLatin1String("sgd");
        }
        QVERIFY2(sgdLate >= 14, qPrintable(QString::number(sgdLate))); // of 20: TPE learnt the better branch
        QCOMPARE(study.best()->params.value(QStringLiteral("optimizer")).toString(), QStringLiteral("sgd"));
        QVERIFY(study.best()->value < 0.1);
    }

    void sameSeedSameTrials()
    {
        for (const char* strategy : {"grid", "random", "tpe"}) {
            const QByteArray yaml = QString::fromUtf8(kBranin).arg(QLatin1String(strategy)).arg(9).toUtf8();
            const Study a = runStudy(test::parsedSweep(yaml), branin, 30);
            const Study b = runStudy(test::parsedSweep(yaml), branin, 30);
            const QByteArray yamlOther = QString::fromUtf8(kBranin).arg(QLatin1String(strategy)).arg(10).toUtf8();
            const Study c = runStudy(test::parsedSweep(yamlOther), branin, 30);
            QCOMPARE(a.trials().size(), b.trials().size());
            bool differs = false;
            for (size_t i = 0; i < a.trials().size(); ++i) {
                QCOMPARE(a.trials()[i].params, b.trials()[i].params);
                differs = differs || a.trials()[i].params != c.trials()[i].params;
            }
            QVERIFY2(differs, strategy);
        }
    }

    void medianPrunesTrialsWorseThanTheMedian()
    {
        SweepSpec spec = test::parsedSweep("name: m\ndataset: d\nstrategy: random\nseed: 2\n"
                                           "pruner: {kind: median, warmup_epochs: 1, min_trials: 3}\n"
                                           "space: {lr: {float: [0, 1]}}\n");
        const Study study = runStudy(
            spec, [](const QJsonObject& p) { return p.value(QStringLiteral("lr")).toDouble(); }, 40, 5);
        int pruned = 0;
        for (const Trial& trial : study.trials()) {
            if (trial.state != TrialState::Pruned)
                continue;
            ++pruned;
            QVERIFY(trial.prunedEpoch >= 2); // never during the warm-up
            QVERIFY(trial.number >= 3); // not before min_trials finished
        }
        QVERIFY2(pruned >= 10, qPrintable(QString::number(pruned)));
        // Every trial better than all before it survives: the pruner never stops a new best.
        double best = 1e9;
        for (const Trial& trial : study.trials()) {
            const double lr = trial.params.value(QStringLiteral("lr")).toDouble();
            if (lr < best) {
                QCOMPARE(trial.state, TrialState::Complete);
                best = lr;
            }
        }
    }

    void ashaStopsAtRungs()
    {
        SweepSpec spec = test::parsedSweep("name: a\ndataset: d\nstrategy: random\nseed: 4\n"
                                           "pruner: {kind: asha, min_epochs: 1, reduction_factor: 3}\n"
                                           "space: {lr: {float: [0, 1]}}\n");
        const Study study = runStudy(
            spec, [](const QJsonObject& p) { return p.value(QStringLiteral("lr")).toDouble(); }, 60, 9);
        QMap<int, int> prunedAt;
        int complete = 0;
        for (const Trial& trial : study.trials()) {
            if (trial.state == TrialState::Pruned)
                prunedAt[trial.prunedEpoch]++;
            else
                ++complete;
        }
        for (int epoch : prunedAt.keys())
            QVERIFY2(epoch == 1 || epoch == 3 || epoch == 9, qPrintable(QString::number(epoch))); // rungs 1, 3, 9
        QVERIFY(prunedAt.value(1) > 20); // most stop at the first rung
        QVERIFY(complete >= 3 && complete < 20);
    }

    void importanceFindsTheParameterThatMatters()
    {
        const SweepSpec spec = test::parsedSweep("name: i\ndataset: d\nstrategy: random\nseed: 8\n"
                                                 "space:\n  lr: {float: [0, 1]}\n  momentum: {float: [0, 1]}\n"
                                                 "  optimizer: [sgd, adam]\n");
        const Study study = runStudy(
            spec,
            [](const QJsonObject& p) {
                return 10 * p.value(QStringLiteral("lr")).toDouble()
                    + 0.1 * p.value(QStringLiteral("momentum")).toDouble();
            },
            60);
        const QMap<QString, double> importance = study.importance();
        QCOMPARE(importance.size(), 3);
        QVERIFY2(importance.value(QStringLiteral("lr")) > 0.8,
                 qPrintable(QString::number(importance.value(QStringLiteral("lr")))));
        QVERIFY(std::abs(importance.value(QStringLiteral("lr")) + importance.value(QStringLiteral("momentum"))
                         + importance.value(QStringLiteral("optimizer")) - 1.0)
                < 1e-9);
        const std::vector<double> curve = study.bestSoFar();
        QCOMPARE(curve.size(), size_t(60));
        for (size_t i = 1; i < curve.size(); ++i)
            QVERIFY(curve[i] <= curve[i - 1]);
        QCOMPARE(curve.back(), study.best()->value);
    }
};

QTEST_APPLESS_MAIN(TestSweepStudy)
#include "tst_sweepstudy.moc"
