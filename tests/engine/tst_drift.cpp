// Drift statistics against scipy (Debian's python3-scipy), the drift check's verdicts calibrated on
// synthetic data, policies and the prediction log's windows.
#include "engine/data/Profile.h"
#include "engine/monitor/Drift.h"
#include "engine/monitor/DriftStats.h"
#include "engine/monitor/ImageDrift.h"
#include "engine/monitor/LogWindows.h"
#include "engine/monitor/Performance.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace crucible;

namespace {

/// Runs `script` with Debian's Python (numpy, scipy) on `input` (JSON on stdin); its JSON answer.
QJsonValue python(const QString& script, const QJsonDocument& input)
{
    QProcess process;
    process.start(QStringLiteral(CRUCIBLE_PYTHON), {QStringLiteral("-c"), script});
    process.write(input.toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        qWarning("python failed: %s", process.readAllStandardError().constData());
    const QByteArray out = process.readAllStandardOutput();
    const QJsonDocument document = QJsonDocument::fromJson(out);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

std::vector<double> normalSample(std::mt19937_64& random, int n, double mean, double roundTo = 0)
{
    std::normal_distribution<double> normal(mean, 1.0);
    std::vector<double> values(static_cast<size_t>(n));
    for (double& v : values) {
        v = normal(random);
        if (roundTo > 0)
            v = std::round(v / roundTo) * roundTo;
    }
    return values;
}

QJsonArray toJson(const std::vector<double>& values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

Dataset table(const std::vector<std::vector<float>>& columns)
{
    Dataset data;
    for (size_t c = 0; c < columns.size(); ++c) {
        Column column;
        column.name = QStringLiteral("f%1").arg(c);
        column.type = ColumnType::Numeric;
        column.values = columns[c];
        data.columns.push_back(std::move(column));
    }
    return data;
}

/// `count` gray 8x8 images whose pixels are about `brightness` (sd 20), labelled a or b.
Dataset grayImages(std::mt19937_64& random, int count, double brightness)
{
    std::normal_distribution<double> normal(brightness, 20.0);
    Dataset data;
    data.kind = DatasetKind::Images;
    data.images.channels = 1;
    data.images.height = 8;
    data.images.width = 8;
    Column label;
    label.name = QStringLiteral("label");
    label.type = ColumnType::Categorical;
    label.categories = {QStringLiteral("a"), QStringLiteral("b")};
    for (int i = 0; i < count; ++i) {
        for (int p = 0; p < 64; ++p)
            data.images.pixels.push_back(std::uint8_t(std::clamp(normal(random), 0.0, 255.0)));
        label.codes.push_back(i % 2);
    }
    data.columns.push_back(label);
    return data;
}

/// `features` columns of `rows` standard normal values; feature 0 shifted by `shift`.
Dataset normalTable(std::mt19937_64& random, int rows, int features, double shift)
{
    std::normal_distribution<float> normal(0.0F, 1.0F);
    std::vector<std::vector<float>> columns(static_cast<size_t>(features),
                                            std::vector<float>(static_cast<size_t>(rows)));
    for (int c = 0; c < features; ++c) {
        for (float& v : columns[size_t(c)])
            v = normal(random) + (c == 0 ? float(shift) : 0.0F);
    }
    return table(columns);
}

DriftReference referenceOf(const Dataset& data)
{
    DriftReference reference;
    reference.profile = profileDataset(data, -1);
    reference.description = QStringLiteral("synthetic");
    return reference;
}

Result<DriftReport> check(const DriftReference& reference, const Dataset& current, const DriftPolicy& policy = {})
{
    DriftInput input;
    input.data = &current;
    input.where = QStringLiteral("current.csv");
    return checkDrift(reference, input, policy);
}

} // namespace

class TestDrift : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kolmogorovSmirnovAndWassersteinEqualScipy()
    {
        struct Case {
            int m, n;
            double shift, roundTo;
        };
        // Exact p-values (both samples at most 10,000 values, ties among them), then asymptotic
        // ones from every region of the one-sample distribution scipy's kstwo uses.
        const QList<Case> cases {{20, 30, 0.0, 0},        {100, 100, 0.2, 0.1},   {300, 500, 0.1, 0},
                                 {1000, 2000, 0.05, 0},   {5000, 7000, 0.03, 0},  {10000, 9000, 0.02, 0},
                                 {10001, 20000, 0.01, 0}, {20000, 20000, 0.0, 0}, {15000, 50, 0.3, 0},
                                 {60000, 30000, 0.01, 0}, {12000, 300, 0.1, 0},   {30000, 200, 0.5, 0},
                                 {40000, 40000, 0.0, 1.0}};
        std::mt19937_64 random(7);
        QJsonArray input;
        QList<std::pair<std::vector<double>, std::vector<double>>> samples;
        for (const Case& c : cases) {
            auto a = normalSample(random, c.m, 0.0, c.roundTo);
            auto b = normalSample(random, c.n, c.shift, c.roundTo);
            input.append(QJsonArray {toJson(a), toJson(b)});
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            samples.append({std::move(a), std::move(b)});
        }
        const QJsonArray expected = python(QStringLiteral(R"(
import json, sys
from scipy import stats
out = []
for a, b in json.load(sys.stdin):
    r = stats.ks_2samp(a, b)
    out.append([float(r.statistic), float(r.pvalue), float(stats.wasserstein_distance(a, b))])
print(json.dumps(out))
)"),
                                           QJsonDocument(input))
                                        .toArray();
        QVERIFY2(expected.size() == cases.size(), "python3 with scipy is needed (scripts/setup-debian.sh installs it)");
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const auto& [a, b] = samples[i];
            const drift::KsTest ks = drift::ks2Sample(a, b);
            const QJsonArray want = expected[i].toArray();
            const QByteArray label = QStringLiteral("m=%1 n=%2").arg(cases[i].m).arg(cases[i].n).toUtf8();
            QVERIFY2(std::abs(ks.statistic - want[0].toDouble()) <= 1e-9, label.constData());
            QVERIFY2(std::abs(ks.pvalue - want[1].toDouble()) <= 1e-6,
                     qPrintable(QStringLiteral("%1: p %2, scipy %3")
                                    .arg(QString::fromUtf8(label))
                                    .arg(ks.pvalue, 0, 'g', 17)
                                    .arg(want[1].toDouble(), 0, 'g', 17)));
            QCOMPARE(ks.exact, std::max(cases[i].m, cases[i].n) <= 10000);
            const double w = drift::wasserstein(a, b);
            QVERIFY2(std::abs(w - want[2].toDouble()) <= 1e-9 * std::max(1.0, want[2].toDouble()), label.constData());
        }
        // A clear shift gets a tiny p-value, not zero, and equal samples p = 1.
        QCOMPARE(drift::ks2Sample(samples[0].first, samples[0].first).pvalue, 1.0);
    }

    void chiSquareAndJensenShannonEqualScipy()
    {
        const QList<std::pair<std::vector<double>, std::vector<double>>> tables {
            {{30, 12}, {25, 20}}, // one degree of freedom: Yates' correction
            {{50, 30, 20}, {40, 35, 30}},
            {{10, 0, 7, 3, 90}, {12, 0, 1, 9, 60}}, // an empty category is left out
            {{400, 300, 200, 100}, {100, 200, 300, 400}}};
        QJsonArray input;
        for (const auto& [r, c] : tables)
            input.append(QJsonArray {toJson(r), toJson(c)});
        const QJsonArray expected = python(QStringLiteral(R"(
import json, sys
import numpy as np
from scipy import stats
from scipy.spatial.distance import jensenshannon
out = []
for r, c in json.load(sys.stdin):
    t = np.array([r, c], dtype=float)
    t = t[:, t.sum(axis=0) > 0]
    chi2, p, dof, _ = stats.chi2_contingency(t)
    out.append([float(chi2), float(p), int(dof), float(jensenshannon(r, c, base=2))])
print(json.dumps(out))
)"),
                                           QJsonDocument(input))
                                        .toArray();
        QVERIFY2(expected.size() == tables.size(),
                 "python3 with scipy is needed (scripts/setup-debian.sh installs it)");
        for (qsizetype i = 0; i < tables.size(); ++i) {
            const drift::ChiSquareTest chi = drift::chiSquare(tables[i].first, tables[i].second);
            const QJsonArray want = expected[i].toArray();
            QVERIFY(std::abs(chi.statistic - want[0].toDouble()) <= 1e-9 * std::max(1.0, want[0].toDouble()));
            QVERIFY2(std::abs(chi.pvalue - want[1].toDouble()) <= 1e-9,
                     qPrintable(QStringLiteral("p %1, scipy %2").arg(chi.pvalue).arg(want[1].toDouble())));
            QCOMPARE(chi.dof, want[2].toInt());
            QVERIFY(std::abs(drift::jensenShannon(tables[i].first, tables[i].second) - want[3].toDouble()) <= 1e-12);
        }
    }

    void psiEqualsNumpyOnTheReferenceDeciles()
    {
        // Through the whole check: the reference kept as a profile's sample, the current data as
        // read; numpy bins both on the reference's deciles (repeated edges once) as documented.
        std::mt19937_64 random(11);
        std::vector<std::vector<float>> reference(2);
        std::vector<std::vector<float>> current(2);
        std::normal_distribution<float> normal(0.0F, 1.0F);
        std::poisson_distribution<int> counts(2.0);
        for (int i = 0; i < 3000; ++i) {
            reference[0].push_back(normal(random));
            reference[1].push_back(float(counts(random))); // many ties: repeated deciles
        }
        for (int i = 0; i < 2000; ++i) {
            current[0].push_back(normal(random) * 1.3F + 0.2F);
            current[1].push_back(float(counts(random) + (i % 5 == 0)));
        }
        auto report = check(referenceOf(table(reference)), table(current));
        QVERIFY2(report, report ? "" : qPrintable(report.error().text()));
        QJsonArray input;
        for (int c = 0; c < 2; ++c) {
            input.append(
                QJsonArray {toJson(std::vector<double>(reference[size_t(c)].begin(), reference[size_t(c)].end())),
                            toJson(std::vector<double>(current[size_t(c)].begin(), current[size_t(c)].end()))});
        }
        const QJsonArray expected = python(QStringLiteral(R"(
import json, math, sys
import numpy as np
out = []
for ref, cur in json.load(sys.stdin):
    ref = np.sort(np.array(ref)); cur = np.array(cur)
    n = len(ref)
    edges = np.unique([ref[int(math.floor(q / 10 * (n - 1) + 0.5))] for q in range(1, 10)])
    def shares(v):
        c = np.bincount(np.searchsorted(edges, v, side='left'), minlength=len(edges) + 1)
        return np.maximum(c / c.sum(), 1e-4)
    r, c = shares(ref), shares(cur)
    out.append(float(np.sum((c - r) * np.log(c / r))))
print(json.dumps(out))
)"),
                                           QJsonDocument(input))
                                        .toArray();
        QVERIFY2(expected.size() == 2, "python3 with numpy is needed");
        for (const FeatureDrift& f : report->features) {
            const double want = expected[f.name == QLatin1String("f0") ? 0 : 1].toDouble();
            QVERIFY2(std::abs(f.psi - want) <= 1e-9,
                     qPrintable(QStringLiteral("%1: PSI %2, numpy %3").arg(f.name).arg(f.psi).arg(want)));
            QVERIFY(f.psi > 0.01);
        }
    }

    void defaultPolicyIsCalibrated()
    {
        // 100 seeds of 5,000 rows x 4 features against a reference of 5,000 from the same
        // distribution: at most 5 false alarms. The same with feature 0 shifted by half a
        // standard deviation: caught at least 95 times, and named as the drifted feature.
        int falseAlarms = 0;
        int caught = 0;
        for (int seed = 0; seed < 100; ++seed) {
            std::mt19937_64 random(quint64(seed) * 7919 + 1);
            const DriftReference reference = referenceOf(normalTable(random, 5000, 4, 0.0));
            auto same = check(reference, normalTable(random, 5000, 4, 0.0));
            auto shifted = check(reference, normalTable(random, 5000, 4, 0.5));
            QVERIFY(same && shifted);
            falseAlarms += same->drift;
            caught += shifted->drift && shifted->features.front().name == QLatin1String("f0");
        }
        QVERIFY2(falseAlarms <= 5, qPrintable(QStringLiteral("%1 false alarms in 100").arg(falseAlarms)));
        QVERIFY2(caught >= 95, qPrintable(QStringLiteral("caught %1 of 100").arg(caught)));
    }

    void reportSaysWhatMovedAndHowFar()
    {
        std::mt19937_64 random(5);
        const DriftReference reference = referenceOf(normalTable(random, 4000, 3, 0.0));
        auto report = check(reference, normalTable(random, 4000, 3, 1.8));
        QVERIFY(report);
        QVERIFY(report->drift);
        QCOMPARE(report->drifted, 1);
        QCOMPARE(report->features.front().name, QStringLiteral("f0"));
        QCOMPARE(report->features.front().level, DriftLevel::Alarm);
        QVERIFY2(
            report->summary().startsWith(QStringLiteral("1 of 3 features drifted; f0 moved 1.8 standard deviations")),
            qPrintable(report->summary()));
        const QJsonObject json = report->toJson();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("drift"));
        QCOMPARE(json.value(QStringLiteral("features")).toArray().size(), 3);
        const QString html = report->toHtml();
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("f0 moved 1.8 standard deviations")));

        // A policy can ignore the feature, or demand two drifted features for the verdict.
        auto ignoring = DriftPolicy::fromJson(R"({"features": {"f0": {"ignore": true}}})", QStringLiteral("p.json"));
        QVERIFY(ignoring);
        auto calm = check(reference, normalTable(random, 4000, 3, 1.8), ignoring.value());
        QVERIFY(calm && !calm->drift);
        QCOMPARE(calm->features.back().name, QStringLiteral("f0"));
        auto two = DriftPolicy::fromJson(R"({"min_drifted_features": 2})", QStringLiteral("p.json"));
        QVERIFY(two);
        auto one = check(reference, normalTable(random, 4000, 3, 1.8), two.value());
        QVERIFY(one && !one->drift && one->drifted == 1);
    }

    void categoriesCountNewOnesAndShares()
    {
        auto labels = [](const QStringList& categories, const std::vector<int>& counts) {
            Column column;
            column.name = QStringLiteral("colour");
            column.type = ColumnType::Categorical;
            column.categories = categories;
            for (size_t c = 0; c < counts.size(); ++c)
                column.codes.insert(column.codes.end(), size_t(counts[c]), std::int32_t(c));
            column.codes.push_back(-1); // one missing
            Dataset data;
            data.columns.push_back(column);
            return data;
        };
        const DriftReference reference = referenceOf(
            labels({QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("blue")}, {500, 300, 200}));
        auto report =
            check(reference,
                  labels({QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("violet")}, {200, 300, 500}));
        QVERIFY(report);
        const FeatureDrift& f = report->features.front();
        QVERIFY(!f.numeric);
        QCOMPARE(f.newCategories, QStringList {QStringLiteral("violet")});
        QCOMPARE(f.newCategoryCount, 500);
        QCOMPARE(f.binLabels.last(), QStringLiteral("(new)"));
        QCOMPARE(f.level, DriftLevel::Alarm);
        QVERIFY(f.chiSquarePValue < 1e-10);
        QVERIFY(report->summary().contains(QStringLiteral("1 new category")));
    }

    void badInputIsNamed()
    {
        std::mt19937_64 random(3);
        const DriftReference reference = referenceOf(normalTable(random, 100, 2, 0.0));
        Dataset renamed = normalTable(random, 100, 2, 0.0);
        renamed.columns[1].name = QStringLiteral("F1");
        auto wrong = check(reference, renamed);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QStringLiteral("'f1'"))
                     && wrong.error().message.contains(QStringLiteral("'F1'")),
                 qPrintable(wrong.error().message));
        QCOMPARE(wrong.error().where, QStringLiteral("current.csv"));

        auto empty =
            DriftReference::fromProfile({}, {}, {}, QStringLiteral("iris@1"), QStringLiteral("iris-1.crucible"));
        QVERIFY(!empty);
        QVERIFY(empty.error().message.contains(QStringLiteral("no reference profile")));

        const QList<QPair<QByteArray, QString>> policies {
            {"{\"numeric\": {\"statistic\": \"chi2_pvalue\", \"alarm\": 0.01}}", QStringLiteral("numeric.statistic")},
            {"{\"numeric\": {\"warn\": 0.5, \"alarm\": 0.2}}", QStringLiteral("must come before")},
            {"{\"thresholds\": {}}", QStringLiteral("unknown key 'thresholds'")},
            {"{\"significance\": 2}", QStringLiteral("significance")},
            {"[1,", QStringLiteral("not valid JSON")}};
        for (const auto& [json, expected] : policies) {
            auto policy = DriftPolicy::fromJson(json, QStringLiteral("policy.json"));
            QVERIFY(!policy);
            QVERIFY2(policy.error().message.contains(expected), qPrintable(policy.error().message));
            QCOMPARE(policy.error().where, QStringLiteral("policy.json"));
        }
    }

    void valuesFarOutsideTheReferenceStayInItsEndBins()
    {
        // 1e30 and -3e38 against a reference of -3..3: bin numbers far beyond an int (found by
        // fuzz_drift). The chart extends by at most 30 bins a side; PSI, KS and the rest stay finite.
        std::mt19937_64 random(4);
        const DriftReference reference = referenceOf(normalTable(random, 500, 1, 0.0));
        Dataset current = normalTable(random, 500, 1, 0.0);
        current.columns[0].values[0] = 1e30F;
        current.columns[0].values[1] = -3e38F;
        auto report = check(reference, current);
        QVERIFY(report);
        const FeatureDrift& f = report->features.front();
        QCOMPARE(f.binEdges.size(), f.currentShare.size() + 1);
        QCOMPARE(f.currentShare.size(), size_t(30 + 30 + 30));
        QVERIFY(f.currentShare.front() > 0 && f.currentShare.back() > 0);
        QVERIFY(std::isfinite(f.psi) && std::isfinite(f.ks) && std::isfinite(f.ksPValue));
        DriftReference old = reference;
        old.profile.columns[0].sample.clear(); // the format-1 path bins them too
        auto fromOld = check(old, current);
        QVERIFY(fromOld && std::isfinite(fromOld->features.front().psi));
    }

    void formatOneProfilesStillWork()
    {
        // A bundle registered before samples were kept: PSI on its histogram, and a note.
        std::mt19937_64 random(9);
        DriftReference reference = referenceOf(normalTable(random, 2000, 1, 0.0));
        QJsonObject old = reference.profile.toJson();
        old.remove(QStringLiteral("format"));
        QJsonArray columns = old.value(QStringLiteral("columns")).toArray();
        QJsonObject column = columns[0].toObject();
        column.remove(QStringLiteral("sample"));
        columns[0] = column;
        old.insert(QStringLiteral("columns"), columns);
        auto fromOld = DriftReference::fromProfile(old, {}, {}, QStringLiteral("m@1"), QStringLiteral("m.crucible"));
        QVERIFY(fromOld);
        QCOMPARE(fromOld->profile.format, 1);
        auto report = check(fromOld.value(), normalTable(random, 2000, 1, 1.0));
        QVERIFY(report);
        const FeatureDrift& f = report->features.front();
        QVERIFY(std::isnan(f.ks));
        QCOMPARE(f.statistic, QStringLiteral("psi"));
        QVERIFY(f.psi > 0.25);
        QCOMPARE(f.level, DriftLevel::Alarm);
        QVERIFY(f.note.contains(QStringLiteral("format 1")));
    }

    void imagesDriftByChannelMeansIntensityAndSize()
    {
        std::mt19937_64 random(21);
        const Dataset training = grayImages(random, 400, 100.0);
        const QJsonObject profile = profileDataset(training, 0).toJson();
        const QJsonObject signature {{QStringLiteral("kind"), QStringLiteral("images")}};
        auto reference =
            DriftReference::fromProfile(profile, signature, {}, QStringLiteral("digits@1"), QStringLiteral("b"));
        QVERIFY2(reference, reference ? "" : qPrintable(reference.error().text()));
        QVERIFY(reference->isImage);
        QCOMPARE(reference->features, QStringList {QStringLiteral("mean_c0")});

        auto compare = [&](const ImageSummary& summary) {
            DriftInput input;
            input.data = &summary.means;
            input.where = QStringLiteral("images");
            auto report = checkDrift(reference.value(), input, DriftPolicy {});
            if (report)
                addImageDrift(report.value(), reference->profile, summary, DriftPolicy {});
            return report;
        };
        const Dataset same = grayImages(random, 300, 100.0);
        auto calm = compare(summarizeImages(same.images, same.rowCount()));
        QVERIFY(calm);
        QVERIFY2(!calm->drift, qPrintable(calm->summary()));
        QCOMPARE(calm->features.size(), 3); // mean_c0, intensity, image size

        const Dataset brighter = grayImages(random, 300, 140.0);
        auto bright = compare(summarizeImages(brighter.images, brighter.rowCount()));
        QVERIFY(bright && bright->drift);
        QStringList drifted;
        for (const FeatureDrift& f : bright->features) {
            if (f.level == DriftLevel::Alarm)
                drifted << f.name;
        }
        drifted.sort();
        QCOMPARE(drifted, (QStringList {QStringLiteral("intensity"), QStringLiteral("mean_c0")}));

        // A folder: two images at the training size, two larger ones, one that is not an image.
        QTemporaryDir folder;
        for (int i = 0; i < 4; ++i) {
            QImage image(i < 2 ? 8 : 12, i < 2 ? 8 : 12, QImage::Format_Grayscale8);
            image.fill(100);
            QVERIFY(image.save(folder.filePath(QStringLiteral("img%1.png").arg(i))));
        }
        auto summary = summarizeImageFolder(folder.path(), 1);
        QVERIFY(summary);
        QCOMPARE(summary->images, 4);
        QCOMPARE(summary->sizes.value(QStringLiteral("12x12")), 2);
        auto sized = compare(summary.value());
        QVERIFY(sized);
        const auto size = std::find_if(sized->features.begin(), sized->features.end(),
                                       [](const FeatureDrift& f) { return f.name == QLatin1String("image size"); });
        QVERIFY(size != sized->features.end());
        QCOMPARE(size->newCategories, QStringList {QStringLiteral("12x12")});
        QCOMPARE(size->level, DriftLevel::Alarm);
        QFile broken(folder.filePath(QStringLiteral("broken.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a png");
        broken.close();
        auto refused = summarizeImageFolder(folder.path(), 1);
        QVERIFY(!refused);
        QVERIFY(refused.error().where.endsWith(QStringLiteral("broken.png")));

        // Format-1 image bundles say what to do.
        QJsonObject old = profile;
        QJsonObject image = old.value(QStringLiteral("image")).toObject();
        image.remove(QStringLiteral("image_means"));
        old.insert(QStringLiteral("image"), image);
        auto oldReference =
            DriftReference::fromProfile(old, signature, {}, QStringLiteral("digits@1"), QStringLiteral("b"));
        QVERIFY(!oldReference);
        QVERIFY(oldReference.error().message.contains(QStringLiteral("register the model again")));
    }

    void predictedValuesDriftAgainstTheTestSplit()
    {
        // A regression bundle keeps the profile of its test-split predictions; predictions for new
        // rows compare as a numeric feature would, with the same statistics.
        std::mt19937_64 random(21);
        DriftReference reference = referenceOf(normalTable(random, 500, 2, 0.0));
        const std::vector<double> testPredictions = normalSample(random, 300, 10.0);
        Column predicted;
        predicted.name = QStringLiteral("prediction");
        for (double v : testPredictions)
            predicted.values.push_back(float(v));
        QJsonObject json = reference.profile.toJson();
        json.insert(QStringLiteral("predictions"),
                    QJsonObject {{QStringLiteral("split"), QStringLiteral("test")},
                                 {QStringLiteral("values"), profileColumn(predicted).toJson()}});
        auto withValues = DriftReference::fromProfile(json, {}, {}, QStringLiteral("reg@1"), QStringLiteral("b"));
        QVERIFY(withValues && withValues->hasPredictions());
        QCOMPARE(withValues->predictedValues.count, 300);

        const Dataset current = normalTable(random, 400, 2, 0.0);
        DriftInput input;
        input.data = &current;
        input.description = input.where = QStringLiteral("new.csv");
        std::vector<double> same = normalSample(random, 400, 10.0);
        input.predictedValues = same;
        auto calm = checkDrift(withValues.value(), input, DriftPolicy {});
        QVERIFY(calm && calm->hasPredictionDrift);
        QCOMPARE(calm->predictions.name, QStringLiteral("predicted value"));
        QVERIFY(calm->predictions.numeric);
        QCOMPARE(calm->predictions.level, DriftLevel::None);
        // The statistic is the one numeric features get: KS against the kept (exact) sample.
        std::vector<double> a;
        for (float v : predicted.values)
            a.push_back(double(v));
        std::vector<double> b;
        for (double v : same)
            b.push_back(double(float(v)));
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        QVERIFY(std::abs(calm->predictions.ks - drift::ks2Sample(a, b).statistic) < 1e-12);

        std::vector<double> higher = normalSample(random, 400, 11.0);
        input.predictedValues = higher;
        auto moved = checkDrift(withValues.value(), input, DriftPolicy {});
        QVERIFY(moved);
        QCOMPARE(moved->predictions.level, DriftLevel::Alarm);
        QVERIFY(moved->predictions.meanShift > 0.7);
        QVERIFY2(moved->summary().contains(QStringLiteral("the predictions drifted too: predicted value moved ")),
                 qPrintable(moved->summary()));
        QVERIFY(!calm->summary().contains(QStringLiteral("predictions")));
        // The feature verdict is the features' alone: the predictions are reported beside them.
        QCOMPARE(moved->drifted, 0);

        // What Crucible never writes is not trusted: a categorical profile or one without counts
        // gives no prediction drift (and no crash); a bundle without it checks features only.
        QJsonObject odd = profileColumn(predicted).toJson();
        odd.insert(QStringLiteral("type"), QStringLiteral("categorical"));
        json.insert(QStringLiteral("predictions"), QJsonObject {{QStringLiteral("values"), odd}});
        auto categorical = DriftReference::fromProfile(json, {}, {}, QStringLiteral("reg@1"), QStringLiteral("b"));
        QVERIFY(categorical && !categorical->hasPredictions());
        json.insert(QStringLiteral("predictions"),
                    QJsonObject {{QStringLiteral("values"), QJsonObject {{QStringLiteral("count"), 5}}}});
        auto empty = DriftReference::fromProfile(json, {}, {}, QStringLiteral("reg@1"), QStringLiteral("b"));
        QVERIFY(empty && !empty->hasPredictions());
        auto plain = checkDrift(empty.value(), input, DriftPolicy {});
        QVERIFY(plain && !plain->hasPredictionDrift);
    }

    void logWindowsByRowsAndTime()
    {
        QList<QJsonObject> entries;
        const QDateTime start(QDate(2026, 11, 30), QTime(9, 50), Qt::UTC);
        for (int i = 0; i < 30; ++i) {
            entries.append(QJsonObject {
                {QStringLiteral("time"), start.addSecs(i * 120).toString(Qt::ISODateWithMs)},
                {QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
                {QStringLiteral("columns"), QJsonArray {QStringLiteral("x"), QStringLiteral("colour")}},
                {QStringLiteral("inputs"),
                 QJsonArray {QJsonArray {double(i), i % 2 ? QStringLiteral("red") : QStringLiteral("blue")}}},
                {QStringLiteral("outputs"),
                 QJsonArray {QJsonObject {{QStringLiteral("class"), QStringLiteral("a")}}}}});
        }
        QString problem;
        auto byRows = logWindows(entries, WindowSpec::parse(QStringLiteral("12"), &problem), QStringLiteral("log"));
        QVERIFY(problem.isEmpty() && byRows);
        QCOMPARE(byRows->size(), 3);
        QCOMPARE(byRows->first().rows(), 6); // the oldest is what is left over
        QCOMPARE(byRows->last().rows(), 12);
        QCOMPARE(byRows->last().data.columns[0].values.back(), 29.0F);
        QCOMPARE(byRows->last().data.columns[1].type, ColumnType::Categorical);
        QCOMPARE(byRows->last().predictedClasses.size(), 12);
        QCOMPARE(byRows->last().requestIds.last(), QStringLiteral("r29"));

        auto byHour = logWindows(entries, WindowSpec::parse(QStringLiteral("1h"), &problem), QStringLiteral("log"));
        QVERIFY(byHour);
        QCOMPARE(byHour->size(), 2); // 09:50-10:00 and 10:00-10:48
        QCOMPARE(byHour->first().rows(), 5);
        QCOMPARE(byHour->last().start, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));

        WindowSpec::parse(QStringLiteral("1w"), &problem);
        QVERIFY(problem.contains(QStringLiteral("--window")));
        auto none = logWindows({}, {}, QStringLiteral("serving/iris/predictions.jsonl"));
        QVERIFY(!none);
        QCOMPARE(none.error().where, QStringLiteral("serving/iris/predictions.jsonl"));
    }

    void performanceJoinsLabelsById()
    {
        // Six requests, five labelled; predicted a a b b c a, true a b b b c (one without a label).
        LogWindow window;
        window.predictedClasses = {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b"),
                                   QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")};
        window.requestIds = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                             QStringLiteral("4"), QStringLiteral("5"), QString()};
        Column x;
        x.name = QStringLiteral("x");
        x.values.assign(6, 1.0F);
        window.data.columns.push_back(x);
        Labels labels;
        labels.byId = {{QStringLiteral("1"), QStringLiteral("a")},
                       {QStringLiteral("2"), QStringLiteral("b")},
                       {QStringLiteral("3"), QStringLiteral("b")},
                       {QStringLiteral("4"), QStringLiteral("b")},
                       {QStringLiteral("5"), QStringLiteral("c")}};
        auto result = evaluateWindow(window, labels, true, QStringLiteral("labels.csv"));
        QVERIFY(result);
        QCOMPARE(result->rows, 6);
        QCOMPARE(result->labelled, 5);
        QCOMPARE(result->metrics.value(QStringLiteral("accuracy")), 0.8);
        // F1: a 2/3, b 0.8, c 1 (as sklearn's f1_score, average=None); macro their mean.
        QVERIFY(std::abs(result->f1PerClass.value(QStringLiteral("a")) - 2.0 / 3.0) < 1e-12);
        QVERIFY(std::abs(result->f1PerClass.value(QStringLiteral("b")) - 0.8) < 1e-12);
        QCOMPARE(result->f1PerClass.value(QStringLiteral("c")), 1.0);
        QVERIFY(std::abs(result->metrics.value(QStringLiteral("f1_macro")) - (2.0 / 3.0 + 0.8 + 1.0) / 3.0) < 1e-12);

        window.predictedClasses.clear();
        window.predictedValues = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0};
        labels.byId = {{QStringLiteral("1"), QStringLiteral("1.5")},
                       {QStringLiteral("2"), QStringLiteral("2")},
                       {QStringLiteral("3"), QStringLiteral("2.5")},
                       {QStringLiteral("4"), QStringLiteral("four")}};
        auto notNumber = evaluateWindow(window, labels, false, QStringLiteral("labels.csv"));
        QVERIFY(!notNumber);
        QVERIFY(notNumber.error().message.contains(QStringLiteral("'four'")));
        labels.byId.remove(QStringLiteral("4"));
        auto regression = evaluateWindow(window, labels, false, QStringLiteral("labels.csv"));
        QVERIFY(regression);
        QCOMPARE(regression->metrics.value(QStringLiteral("mae")), 1.0 / 3.0);
        QVERIFY(std::abs(regression->metrics.value(QStringLiteral("mse")) - 0.5 / 3.0) < 1e-12);
        QVERIFY(std::abs(regression->metrics.value(QStringLiteral("r2")) - (1.0 - 0.5 / 0.5)) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
