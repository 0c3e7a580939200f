// Parallel coordinates: axes over run fields, brushing ranges with the mouse, and which runs
// a brush keeps.
#include "FieldAxis.h"
#include "ParallelCoordinatesModel.h"
#include "ParallelCoordinatesView.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QJsonValue>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace crucible;

namespace {

RunRecord makeRun(const QString& id, double lr, const QString& optimizer, std::optional<double> accuracy)
{
    RunRecord run;
    run.id = id;
    run.name = id;
    run.params.insert(QStringLiteral("lr"), lr);
    run.params.insert(QStringLiteral("optimizer"), optimizer);
    if (accuracy) {
        MetricSummary summary;
        summary.add({0, 0, 0, *accuracy});
        run.metrics.insert(QStringLiteral("val_accuracy"), summary);
    }
    return run;
}

} // namespace

class TestParallelCoordinates : public QObject {
    Q_OBJECT

private:
    std::vector<RunRecord> m_runs {makeRun(QStringLiteral("a"), 0.1, QStringLiteral("sgd"), 0.7),
                                   makeRun(QStringLiteral("b"), 0.01, QStringLiteral("adam"), 0.9),
                                   makeRun(QStringLiteral("c"), 0.001, QStringLiteral("adam"), 0.95),
                                   makeRun(QStringLiteral("d"), 0.05, QStringLiteral("sgd"), std::nullopt)};

    /// Eight runs differing in 17 params and logging 8 metrics: 25 fields with long names.
    static std::vector<RunRecord> crowdedRuns()
    {
        std::vector<RunRecord> runs;
        for (int r = 0; r < 8; ++r) {
            RunRecord run;
            run.id = QStringLiteral("run-%1").arg(r);
            for (int p = 0; p < 17; ++p)
                run.params.insert(QStringLiteral("model.layer_%1.hidden_units_after_dropout").arg(p),
                                  (r + 1) * (p + 1) * 12345.678);
            for (int m = 0; m < 8; ++m) {
                MetricSummary summary;
                summary.add({0, 0, 0, 0.5 + r * 0.01 + m});
                run.metrics.insert(QStringLiteral("validation_metric_number_%1").arg(m), summary);
            }
            runs.push_back(run);
        }
        return runs;
    }

private Q_SLOTS:
    void crowdedAxesNeverDrawOverlappingText_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800 page") << QSize(1150, 560);
        QTest::newRow("narrow") << QSize(640, 400);
        QTest::newRow("short") << QSize(1150, 130);
        QTest::newRow("three axes, wide") << QSize(1800, 600);
    }

    void crowdedAxesNeverDrawOverlappingText()
    {
        QFETCH(QSize, size);
        const std::vector<RunRecord> runs = crowdedRuns();
        QStringList titles;
        QStringList metrics;
        for (int m = 0; m < 8; ++m)
            metrics << QStringLiteral("validation_metric_number_%1").arg(m);
        QStringList fields = comparisonFields(runs, metrics, &titles);
        QCOMPARE(fields.size(), 25);
        if (size.width() > 1700) {
            fields = fields.mid(0, 3);
            titles = titles.mid(0, 3);
        }
        ParallelCoordinatesModel model;
        model.setRuns(runs, fields, titles);
        ParallelCoordinatesView view(&model);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QList<ParallelCoordinatesView::Label> labels = view.labels();
        int shownTitles = 0;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const auto& label = labels[i];
            QVERIFY2(QRectF(view.rect()).adjusted(-1, -1, 1, 1).contains(label.rect),
                     qPrintable(QStringLiteral("%1 outside the view").arg(label.text)));
            // The text fits its rectangle, and no two rectangles meet.
            QVERIFY(view.fontMetrics().horizontalAdvance(label.text) <= label.rect.width() + 1);
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!label.rect.intersects(labels[j].rect),
                         qPrintable(QStringLiteral("\"%1\" and \"%2\" overlap").arg(label.text, labels[j].text)));
            if (label.isTitle) {
                ++shownTitles;
                QCOMPARE(label.full, titles[label.axis]);
            }
        }
        // Crowded titles are elided or staggered, not dropped wholesale.
        QVERIFY2(shownTitles >= std::min(int(fields.size()), size.width() / 60),
                 qPrintable(QString::number(shownTitles)));
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const auto& l) { return !l.isTitle; }));
        QDir().mkpath(QStringLiteral(QT_TESTCASE_BUILDDIR "/screens"));
        view.grab().save(
            QStringLiteral(QT_TESTCASE_BUILDDIR "/screens/parallel-%1x%2.png").arg(size.width()).arg(size.height()));
        // An axis's tool tip gives the whole title.
        QHelpEvent help(QEvent::ToolTip, QPoint(int(view.axisX(1)), int(view.axisTop()) + 20),
                        view.mapToGlobal(QPoint(int(view.axisX(1)), int(view.axisTop()) + 20)));
        QApplication::sendEvent(&view, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(titles[1]), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void axesPlaceNumbersAndCategories()
    {
        QStringList titles;
        const QStringList fields = comparisonFields(m_runs, {QStringLiteral("val_accuracy")}, &titles);
        QCOMPARE(
            titles,
            (QStringList {QStringLiteral("lr"), QStringLiteral("optimizer"), QStringLiteral("val_accuracy (best)")}));
        const FieldAxis lr = FieldAxis::make(fields[0], m_runs);
        QVERIFY(!lr.isCategorical);
        QCOMPARE(lr.low, 0.001);
        QCOMPARE(lr.high, 0.1);
        const FieldAxis optimizer = FieldAxis::make(fields[1], m_runs);
        QVERIFY(optimizer.isCategorical);
        QCOMPARE(optimizer.categories, (QStringList {QStringLiteral("adam"), QStringLiteral("sgd")}));
        QCOMPARE(optimizer.values, (std::vector<double> {1, 0, 0, 1}));
        const FieldAxis accuracy = FieldAxis::make(fields[2], m_runs);
        QVERIFY(std::isnan(accuracy.values[3])); // d logged no accuracy
    }

    void brushesKeepOnlyTheRunsInsideEveryRange()
    {
        ParallelCoordinatesModel model;
        QStringList titles;
        model.setRuns(m_runs, comparisonFields(m_runs, {QStringLiteral("val_accuracy")}, &titles), titles);
        QVERIFY(model.filteredOut().isEmpty());
        model.setBrush(2, 0.95, 0.8); // accuracy in [0.8, 0.95]: b and c; d has none
        QCOMPARE(model.filteredOut(), (QSet<QString> {QStringLiteral("a"), QStringLiteral("d")}));
        model.setBrush(0, 0.005, 0.2); // and lr in [0.005, 0.2]: b only
        QCOMPARE(model.filteredOut(), (QSet<QString> {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
        // New runs keep the brushes of fields that remain.
        model.setRuns(m_runs, {QStringLiteral("params.`lr`")}, {QStringLiteral("lr")});
        QCOMPARE(model.filteredOut(), (QSet<QString> {QStringLiteral("c")}));
        model.clearBrushes();
        QVERIFY(model.filteredOut().isEmpty());
    }

    void draggingAlongAnAxisBrushesIt()
    {
        ParallelCoordinatesModel model;
        QStringList titles;
        model.setRuns(m_runs, comparisonFields(m_runs, {QStringLiteral("val_accuracy")}, &titles), titles);
        ParallelCoordinatesView view(&model);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy changed(&view, &ParallelCoordinatesView::brushesChanged);
        // Drag on the optimizer axis over its upper half: "sgd" sits at the top.
        const int x = int(view.axisX(1));
        const int top = int(view.axisTop());
        const int middle = int((view.axisTop() + view.axisBottom()) / 2);
        QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(x + 2, top - 4));
        QTest::mouseMove(&view, QPoint(x + 2, top + 20));
        QTest::mouseMove(&view, QPoint(x + 2, middle));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(x + 2, middle));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.filteredOut(), (QSet<QString> {QStringLiteral("b"), QStringLiteral("c")}));
        // A click on the axis clears its brush.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(x, middle));
        QVERIFY(model.filteredOut().isEmpty());
    }
};

QTEST_MAIN(TestParallelCoordinates)
#include "tst_parallelcoordinates.moc"
