#include "engine/data/CsvReader.h"
#include "engine/data/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

using namespace crucible;

namespace {

const QString kWine = QStringLiteral(CRUCIBLE_SOURCE_DIR "/resources/datasets/wine.csv");

/// The same statistics computed by numpy from the same file: an independent reference.
QJsonObject numpyProfile(const QString& path)
{
    const QString script = QStringLiteral(R"(
import csv, json, sys
import numpy as np
rows = list(csv.reader(open(sys.argv[1])))
header, body = rows[0], rows[1:]
out = {}
for i, name in enumerate(header[:-1]):
    v = np.array([float(r[i]) for r in body], dtype=np.float32).astype(np.float64)
    counts, edges = np.histogram(v, bins=30)
    out[name] = dict(mean=v.mean(), std=v.std(ddof=1), min=v.min(), max=v.max(),
                     q=[float(np.quantile(v, q)) for q in (0.05, 0.25, 0.5, 0.75, 0.95)],
                     distinct=int(len(np.unique(v))), hist=[int(c) for c in counts])
labels = [r[-1] for r in body]
out['classes'] = {l: labels.count(l) for l in sorted(set(labels))}
print(json.dumps(out))
)");
    QProcess python;
    python.start(QStringLiteral(CRUCIBLE_PYTHON), {QStringLiteral("-c"), script, path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        qWarning("numpy reference failed: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

bool close(double a, double b, double tolerance = 1e-4)
{
    return std::fabs(a - b) <= tolerance * std::max(1.0, std::fabs(b));
}

} // namespace

class TestProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesNumpyOnARealDataset()
    {
        auto data = readCsv(kWine);
        QVERIFY(data);
        const int target = int(data->columns.size()) - 1;
        const DatasetProfile profile = profileDataset(data.value(), target);
        const QJsonObject reference = numpyProfile(kWine);
        QVERIFY2(!reference.isEmpty(), "python3 with numpy is needed (scripts/setup-debian.sh installs it)");

        QCOMPARE(profile.rows, 178);
        for (int i = 0; i < target; ++i) {
            const ColumnProfile& column = profile.columns[i];
            const QJsonObject expected = reference.value(column.name).toObject();
            QVERIFY2(!expected.isEmpty(), qPrintable(column.name));
            QVERIFY2(close(column.mean, expected.value(QStringLiteral("mean")).toDouble()), qPrintable(column.name));
            QVERIFY2(close(column.std, expected.value(QStringLiteral("std")).toDouble()), qPrintable(column.name));
            QCOMPARE(column.min, expected.value(QStringLiteral("min")).toDouble());
            QCOMPARE(column.max, expected.value(QStringLiteral("max")).toDouble());
            QCOMPARE(column.distinct, expected.value(QStringLiteral("distinct")).toInteger());
            const QJsonArray q = expected.value(QStringLiteral("q")).toArray();
            for (int k = 0; k < 5; ++k)
                QVERIFY2(close(column.quantiles[size_t(k)], q[k].toDouble()), qPrintable(column.name));
            const QJsonArray hist = expected.value(QStringLiteral("hist")).toArray();
            QCOMPARE(column.histogram.counts.size(), size_t(hist.size()));
            qint64 total = 0;
            for (qint64 c : column.histogram.counts)
                total += c;
            QCOMPARE(total, 178);
            QCOMPARE(column.missing, 0);
        }
        const QJsonObject classes = reference.value(QStringLiteral("classes")).toObject();
        QCOMPARE(profile.target, QStringLiteral("cultivar"));
        QCOMPARE(profile.classBalance.size(), classes.size());
        for (const auto& [label, count] : profile.classBalance)
            QCOMPARE(count, classes.value(label).toInteger());
    }

    void countsMissingDistinctAndTopLabels()
    {
        Column colour {QStringLiteral("colour"),
                       ColumnType::Categorical,
                       {},
                       {0, 1, 1, -1, 1, 2},
                       {QStringLiteral("blue"), QStringLiteral("red"), QStringLiteral("teal")}};
        const ColumnProfile p = profileColumn(colour);
        QCOMPARE(p.count, 5);
        QCOMPARE(p.missing, 1);
        QCOMPARE(p.distinct, 3);
        QCOMPARE(p.top.first(), (QPair<QString, qint64> {QStringLiteral("red"), 3}));
        QVERIFY(std::isnan(p.mean));

        const float nan = std::numeric_limits<float>::quiet_NaN();
        Column numbers {QStringLiteral("n"), ColumnType::Numeric, {1, nan, 3, 3, 5}, {}, {}};
        const ColumnProfile n = profileColumn(numbers);
        QCOMPARE(n.count, 4);
        QCOMPARE(n.missing, 1);
        QCOMPARE(n.distinct, 3);
        QCOMPARE(n.mean, 3.0);
        QCOMPARE(n.quantiles[2], 3.0);
        QCOMPARE(n.histogram.counts.front(), 1);
        QCOMPARE(n.histogram.counts.back(), 1);
    }

    void roundTripsThroughJson()
    {
        auto data = readCsv(kWine);
        QVERIFY(data);
        const DatasetProfile profile = profileDataset(data.value(), int(data->columns.size()) - 1);
        const DatasetProfile back = DatasetProfile::fromJson(profile.toJson());
        QCOMPARE(back.rows, profile.rows);
        QCOMPARE(back.columns.size(), profile.columns.size());
        QCOMPARE(back.columns[3].mean, profile.columns[3].mean);
        QCOMPARE(back.columns[3].histogram.counts, profile.columns[3].histogram.counts);
        QCOMPARE(back.classBalance, profile.classBalance);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
