#pragma once

// Runs for the comparison tests, written through the engine into a real workspace.
#include "Require.h"
#include "engine/store/MetricWriter.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace crucible::test {

/// Creates a finished run named `name` with `config` as its params and `steps` points of each
/// key in `keys`, valued value(key, step); epoch = step / 100, wall time 1.7e9 + step seconds.
inline QString addRun(const Workspace& workspace, const QString& name, const QJsonObject& config,
                      const QStringList& keys, int steps, const std::function<double(const QString&, int)>& value)
{
    RunStore store(workspace);
    NewRun spec;
    spec.name = name;
    spec.config = config;
    const QString id = store.createRun(spec).value();
    REQUIRE_OK(store.start(id));
    auto writer = MetricWriter::open(workspace, id);
    if (!writer)
        qFatal("cannot open a metric writer: %s", qPrintable(writer.error().text()));
    for (int step = 0; step < steps; ++step) {
        for (const QString& key : keys)
            writer.value()->log(key, step, value(key, step), step / 100.0, 1.7e9 + step);
    }
    if (!writer.value()->close())
        qFatal("cannot write metrics");
    REQUIRE_OK(store.finish(id));
    return id;
}

} // namespace crucible::test
