#pragma once

// What the Overview and the screen test put into a workspace besides trained runs: rows whose
// petals grew (drift against an iris model), a pipeline that checks them, a run training now and
// a run that failed. Written through the engine into a real workspace.
#include "Require.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QByteArray>
#include <QJsonObject>

namespace crucible::test {

/// 120 iris-like rows (the iris sample's column names, no species) with petals larger than the
/// sample's: a drift check against an iris model finds drift.
inline QByteArray grownIrisCsv()
{
    QByteArray rows = "sepal_length_cm,sepal_width_cm,petal_length_cm,petal_width_cm\n";
    for (int i = 0; i < 120; ++i)
        rows += QByteArray::number(6.0 + (i % 10) * 0.2) + ",3.0," + QByteArray::number(5.5 + (i % 7) * 0.3) + ","
            + QByteArray::number(2.2 + (i % 5) * 0.15) + "\n";
    return rows;
}

/// A pipeline "nightly-drift" that checks iris@production against the CSV `csvFile` beside it.
inline QByteArray driftPipelineYaml(const QByteArray& csvFile)
{
    return "name: nightly-drift\nsteps:\n  - id: drift\n    drift: {model: iris@production, csv: " + csvFile + "}\n";
}

/// A run of `epochs` epochs on `dataset` that this process is training now: started, with
/// `steps` loss points of `stepsPerEpoch` steps an epoch (so it stands at steps / stepsPerEpoch).
inline QString addRunTrainingNow(const Workspace& workspace, const QString& name, const QString& dataset, int epochs,
                                 int steps, double stepsPerEpoch)
{
    RunStore store(workspace);
    NewRun running;
    running.name = name;
    running.datasetName = dataset;
    running.config =
        QJsonObject {{QStringLiteral("epochs"), epochs}, {QStringLiteral("model"), QStringLiteral("mlp:8")}};
    const QString id = store.createRun(running).value();
    REQUIRE_OK(store.start(id));
    auto writer = MetricWriter::open(workspace, id);
    if (!writer)
        qFatal("cannot open a metric writer: %s", qPrintable(writer.error().text()));
    for (int step = 1; step <= steps; ++step)
        writer.value()->log(QStringLiteral("loss"), step, 1.2 / (1 + step * 0.2), step / stepsPerEpoch, 1.7e9 + step);
    if (!writer.value()->close())
        qFatal("cannot write metrics");
    return id;
}

/// A run on `dataset` (may be empty) that failed with `error`.
inline QString addFailedRun(const Workspace& workspace, const QString& name, const QString& dataset,
                            const QString& error)
{
    RunStore store(workspace);
    NewRun failing;
    failing.name = name;
    failing.datasetName = dataset;
    const QString id = store.createRun(failing).value();
    REQUIRE_OK(store.start(id));
    REQUIRE_OK(store.fail(id, error));
    return id;
}

} // namespace crucible::test
