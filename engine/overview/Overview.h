#pragma once

#include "engine/core/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>

namespace crucible {

class Workspace;

/// A model version that an alias points at ("production", "staging", ...), with the newest drift
/// verdict recorded for the model. Thread: value type.
struct OverviewModel {
    QString name;
    QString alias;
    int version = 0;
    /// "drift", "warning" or "none" from the newest recorded drift check; empty when none was.
    QString driftLevel;
    QString driftSummary;
    QDateTime driftCheckedAt;
    QString driftPipelineRun; ///< the pipeline run whose drift step checked it

    QString reference() const { return name + QLatin1Char('@') + alias; }
};

/// Work going on now. Thread: value type.
struct OverviewActivity {
    enum class Kind { Training, Pipeline };
    Kind kind = Kind::Training;
    QString id; ///< the run's or the pipeline run's id
    QString title; ///< the run's name, the pipeline's name
    QString status; ///< "running", "paused"
    int done = 0; ///< training: the epoch under way (1-based); pipeline: the steps done
    int total = 0; ///< training: the recipe's epochs; pipeline: its steps; 0 when unknown
    QString dataset; ///< training: the dataset's name
    QString step; ///< pipeline: the step running now
    double progress = -1; ///< 0..1; negative when unknown
    QDateTime since;
};

/// A recent run with the metric that says how good it is. Thread: value type.
struct OverviewRun {
    QString id;
    QString name;
    QString status;
    QString dataset;
    QString metric; ///< the key, e.g. "val_accuracy"; empty when the run logged none of the usual ones
    double value = std::numeric_limits<double>::quiet_NaN(); ///< the metric's best value
    QDateTime createdAt;
};

/// Something that needs a look. Thread: value type.
struct OverviewAlert {
    enum class Kind { Drift, DriftWarning, FailedRun, InterruptedRun, FailedPipeline };
    Kind kind = Kind::FailedRun;
    QString target; ///< a run id, a pipeline run id or a model name
    QString title;
    QString message;
    QDateTime when;
};

/// The workbench at a glance, read from the workspace and its registry. Parts that could not be
/// read are left empty and explained in `problems`; the rest is still shown. Thread: value type.
struct OverviewSnapshot {
    QList<OverviewModel> production;
    QList<OverviewActivity> running;
    QList<OverviewRun> recent;
    QList<OverviewAlert> alerts;
    /// Failed or interrupted runs of the alert period beyond those in `alerts`.
    int moreFailedRuns = 0;
    QStringList problems;
    QDateTime readAt;
};

/// The metric a run is judged by: the first of val_accuracy, val_r2, val_loss, test_accuracy,
/// test_r2, test_loss, loss that it logged; empty when none. Thread: any.
QString keyMetricOf(const QStringList& metricKeys);

/// Reads the snapshot: aliased model versions of the registry (found as every command finds it:
/// $CRUCIBLE_REGISTRY, else `registrySetting`, the GUI's choice, else the workspace's registry/),
/// runs training or paused with their epoch progress, the `recentCount` newest runs, pipeline
/// runs going on, and alerts from the last `alertDays` days, newest first: failed and
/// interrupted runs, a pipeline whose newest ended run failed, drift found by a pipeline's drift
/// step. Blocking; call it in a background task. Thread: any (the calling thread's connection).
OverviewSnapshot readOverview(const Workspace& workspace, const QString& registrySetting, int recentCount = 8,
                              int alertDays = 7);

} // namespace crucible
