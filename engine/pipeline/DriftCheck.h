#pragma once

#include "engine/core/Error.h"
#include "engine/data/Progress.h"
#include "engine/monitor/Drift.h"
#include "engine/monitor/LogWindows.h"
#include "engine/monitor/Performance.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace crucible {

class Workspace;

/// What to check for drift: a registered model against current data from one source.
struct DriftRequest {
    enum class Source { Csv, Dataset, Log };
    QString registryFolder;
    QString model; ///< REF: NAME@VERSION, NAME@ALIAS, NAME or a bundle file
    Source source = Source::Csv;
    QString location; ///< the CSV's path, the dataset's NAME@V, or the served model's name
    WindowSpec window; ///< Log only
    QString referenceDataset; ///< empty: the bundle's reference profile; else a dataset version
    DriftPolicy policy;
    bool predictions = true; ///< also compare the predicted classes or values (CSV and dataset run the model)
    QString labels; ///< Log only: a labels CSV (id, label) to score each window with; empty: none
};

/// One window of a log check (or the single check of a CSV or dataset).
struct DriftWindow {
    QDateTime start;
    QDateTime end;
    qint64 rows = 0;
};

/// The outcome: one report per window, oldest first (one for a CSV or a dataset).
struct DriftOutcome {
    QString model; ///< the version checked, "iris@3"
    QList<DriftReport> reports;
    QList<DriftWindow> windows; ///< as many as reports; for a log, their spans
    QList<WindowPerformance> performance; ///< with labels: one per window
    QMap<QString, double> testMetrics; ///< the bundle's test_ metrics, without the prefix
    bool isClassification = true;
    const DriftReport& latest() const { return reports.last(); }
};

/// Runs a drift check as `crucible-cli drift` and the Monitor page do: resolves the model, takes
/// its reference (the bundle's profile or a dataset version), reads the current data, runs the model
/// for prediction drift, and compares. Thread: any (blocking); `progress` may cancel.
Result<DriftOutcome> runDriftCheck(const Workspace& workspace, const DriftRequest& request,
                                   const ProgressCallback& progress = {});

} // namespace crucible
