// Parallel coordinates: axes over run fields, brushing ranges with the mouse, and which runs
// a brush keeps.
#include "FieldAxis.h"
#include "ParallelCoordinatesModel.h"
#include "ParallelCoordinatesView.h"

#include <QJsonValue>
#include <QSignalSpy>
#include <QTest>

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

private Q_SLOTS:
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
