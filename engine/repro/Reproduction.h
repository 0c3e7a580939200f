#pragma once

#include "engine/core/Error.h"
#include "engine/store/RunTypes.h"
#include "engine/train/TrainingSession.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crucible {

class Workspace;

/// Rerunning a run from its own record and checking that the numbers come out the same.
namespace repro {

/// The param that names the run a rerun reproduces ("rerun.of" = its id), and those that keep the
/// check's verdict on the rerun (shown in the run's details in the workbench).
inline const QString kRerunOf = QStringLiteral("rerun.of");
inline const QString kVerdict = QStringLiteral("rerun.verdict"); ///< "reproduced", "approximately", "differs"
inline const QString kSummary = QStringLiteral("rerun.summary"); ///< the verdict's sentence
inline const QString kPoints = QStringLiteral("rerun.points"); ///< points compared
inline const QString kIdentical = QStringLiteral("rerun.identical"); ///< of them bit for bit the same

/// Relative tolerance for runs trained without deterministic mode: |a - b| <= kTolerance * max(|a|, |b|)
/// (plus 1e-12 for values near zero) counts as agreement.
constexpr double kTolerance = 0.01;

/// Metrics that measure time, not the model: never compared (they differ on every run).
bool isTimingMetric(const QString& key);

/// A rerun of `original`: its dataset version (which must be in this workspace's content store),
/// its recipe with the seed, deterministic flag, device and the thread count it trained with,
/// `overrides` on top ("threads=1"), in its experiment, named "<name> (rerun)", with param
/// rerun.of = its id. Refuses a run that has not ended or whose recipe or data are gone, saying
/// what to do. Thread: the calling thread's workspace connection.
Result<TrainingRequest> rerunRequest(const Workspace& workspace, const RunRecord& original,
                                     const QStringList& overrides = {});

/// One environment field that differs between two runs ("threads": "2" -> "1").
struct EnvironmentChange {
    QString key;
    QString original;
    QString rerun;
};

/// What differs between two runs' environment records that can change numbers (versions of
/// Crucible, LibTorch, BLAS and its kernels, CPU and its flags, threads, deterministic flag,
/// CUDA, cuDNN, GPU); the host name and OS are not among them. Thread: any.
QList<EnvironmentChange> environmentChanges(const QJsonObject& original, const QJsonObject& rerun);

/// A metric series point that differs between the original run and its rerun.
struct PointDifference {
    QString key;
    qint64 step = 0; ///< the original's step
    double original = 0;
    double rerun = 0;
    qint64 rerunStep = 0; ///< the rerun's step at the same position: differs when the series are logged at other steps
};

/// The outcome of comparing a rerun with its original point by point. Thread: a plain value type.
struct ReproductionCheck {
    QString originalId;
    QString rerunId;
    bool exact = true; ///< the original trained in deterministic mode: every bit must agree
    qint64 points = 0; ///< points compared
    qint64 identical = 0; ///< of them bit for bit the same (NaN equals NaN)
    QStringList keys; ///< metric keys compared
    QStringList skippedKeys; ///< timings, not compared
    std::optional<PointDifference> firstDifference; ///< the earliest (by step, then key) beyond tolerance
    QStringList seriesProblems; ///< "val_loss: 30 points in the original, 12 in the rerun", a key only one has
    QList<EnvironmentChange> environment;

    /// Identical (exact) or within kTolerance (not exact), same keys and lengths.
    bool reproduced() const;
    /// "reproduced", "approximately" (not exact, within tolerance, not identical) or "differs".
    QString verdict() const;
    /// "reproduced: 1,234 points identical" or "not reproduced: loss at step 40: 0.51 (original)
    /// against 0.52 (rerun)" and the like.
    QString summary() const;
    QJsonObject toJson() const;
};

/// Compares every metric series of `originalId` and `rerunId` point by point. Thread: the
/// calling thread's workspace connection.
Result<ReproductionCheck> compareRuns(const Workspace& workspace, const QString& originalId, const QString& rerunId);

/// Keeps the check's verdict on the rerun as params (kVerdict, kSummary, kPoints, kIdentical).
Status recordCheck(const Workspace& workspace, const ReproductionCheck& check);

} // namespace repro
} // namespace crucible
