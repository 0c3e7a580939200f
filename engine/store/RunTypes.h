#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace crucible {

/// Where a run is in its life. "Queued" is the created, not yet started state. Thread: value type.
enum class RunStatus { Queued, Running, Paused, Finished, Failed, Stopped, Interrupted };

/// The status as stored and typed in filters: "queued", "running", ... Thread: any.
QString runStatusKey(RunStatus status);
/// The status for a stored key; nullopt for an unknown one. Thread: any.
std::optional<RunStatus> runStatusFromKey(const QString& key);
/// Every status key, in lifecycle order. Thread: any.
QStringList runStatusKeys();
/// True for finished, failed, stopped and interrupted: no further transitions. Thread: any.
bool isTerminal(RunStatus status);

/// One logged metric value. `wallTime` is seconds since the Unix epoch; NaN and Inf values are
/// kept as such. Thread: value type.
struct MetricPoint {
    qint64 step = 0;
    double epoch = 0;
    double wallTime = 0;
    double value = 0;
};

/// True when smaller values of metric `key` are better (loss, error, mse, mae, time, ...).
/// Decides which extreme is a run's "best". Thread: any.
bool isLowerBetter(const QString& key);

/// A series' summary, kept current by the writer. Extremes ignore NaN; they are NaN when the
/// series has no non-NaN value. Thread: value type.
struct MetricSummary {
    qint64 count = 0;
    qint64 nanCount = 0;
    qint64 lastStep = 0;
    double last = std::numeric_limits<double>::quiet_NaN();
    double lastWallTime = 0;
    qint64 minStep = 0;
    double min = std::numeric_limits<double>::quiet_NaN();
    qint64 maxStep = 0;
    double max = std::numeric_limits<double>::quiet_NaN();

    /// min or max, whichever is better for `key` (see isLowerBetter()).
    double best(const QString& key) const { return isLowerBetter(key) ? min : max; }
    /// The step at which best(key) was logged.
    qint64 bestStep(const QString& key) const { return isLowerBetter(key) ? minStep : maxStep; }
    /// Folds one point in (as the writer does). NaN counts but never becomes an extreme.
    void add(const MetricPoint& point);
};

/// A file of a run, under runs/<run-id>/. Thread: value type.
struct ArtifactRecord {
    QString path; ///< relative to the run's folder, '/'-separated
    QString kind; ///< "checkpoint", "confusion_matrix", "log", "model", ...
    qint64 size = 0;
    QString sha256; ///< lowercase hex
    QDateTime createdAt;
};

/// Everything recorded about a run. list() fills all but config, environment and artifacts;
/// RunStore::run() fills everything. Thread: value type.
struct RunRecord {
    QString id;
    QString experiment;
    QString name;
    RunStatus status = RunStatus::Queued;
    QDateTime createdAt;
    QDateTime startedAt; ///< invalid until started
    QDateTime endedAt; ///< invalid until it ended
    QString datasetName;
    QString datasetHash;
    QJsonObject config; ///< the recipe (RunConfig as JSON)
    QString configHash; ///< SHA-256 of the compact JSON of `config`
    std::optional<qint64> seed;
    QString device;
    QJsonObject environment; ///< Environment::toJson() at start
    QString parentRunId;
    QString error; ///< why it failed or was interrupted
    QString notes;
    QStringList tags; ///< sorted
    QDateTime deletedAt; ///< valid while the run is in the trash
    QMap<QString, QJsonValue> params; ///< flattened recipe and logged params
    QMap<QString, MetricSummary> metrics; ///< by metric key
    std::vector<ArtifactRecord> artifacts;

    bool isDeleted() const { return deletedAt.isValid(); }
    /// Seconds from start to end (or to now while it runs); -1 before it started.
    double durationSeconds() const;
};

/// What creating a run needs; everything but the name is optional. Thread: value type.
struct NewRun {
    QString experiment = QStringLiteral("Default"); ///< created when missing
    QString name; ///< empty: "run-<first 6 characters of the id>"
    QJsonObject config;
    std::optional<qint64> seed;
    QString datasetName;
    QString datasetHash;
    std::optional<qint64> datasetId; ///< the datasets row, when the data is in this workspace
    QString device;
    QString parentRunId;
    QStringList tags;
    /// Empty: a new id is drawn. Unpacking a run keeps its own (16 lowercase hex digits), refused
    /// when a run of this workspace has it.
    QString id;
};

} // namespace crucible
