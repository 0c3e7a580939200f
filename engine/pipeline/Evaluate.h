#pragma once

#include "engine/core/Error.h"
#include "engine/data/Progress.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace crucible {

class ModelRegistry;
class Workspace;

/// A model's metrics on a dataset version: accuracy and macro F1 (classification) or mse, mae and r2.
struct ModelScore {
    QString model; ///< "iris@3", or "run 0193ab..." for a run not registered
    QMap<QString, double> metrics;
    qint64 rows = 0;
    bool isClassification = true;

    QJsonObject toJson() const;
};

/// Which rows of the data to score on.
struct EvaluationData {
    QString dataset; ///< NAME or NAME@HASH
    /// "all", or "test": the rows that `splitRun`'s recipe put in its test split (when the run
    /// trained on this very version, rows it never saw), the same rows for every model scored.
    QString split = QStringLiteral("all");
    QString splitRun; ///< the run whose recipe splits; needed for "test"
};

/// Whether a larger value of `metric` is better (accuracy, f1_macro, r2) or a smaller one (mse, mae,
/// loss); an error for a metric Crucible does not compute.
Result<bool> higherIsBetter(const QString& metric);

/// Scores `model` on `data`. `model` is a registry reference (NAME@VERSION, NAME@ALIAS, NAME, a
/// bundle file) or a run ("run:ID", or a run id as train gives it), whose model is packaged on
/// the fly as registering would. Thread: any (blocking).
Result<ModelScore> scoreModel(const Workspace& workspace, ModelRegistry& registry, const QString& model,
                              const EvaluationData& data, const ProgressCallback& progress = {});

/// Scores the champion `reference` on `data`. Nothing (no error) only when the champion is not
/// there yet in a way a first deployment explains: NAME@ALIAS (or NAME) where the model has no
/// versions yet, or the alias was never set. A version that does not exist (NAME@7), a bundle
/// path, or a model name other than the challenger's (`challengerName`, when known) that has no
/// versions (a typo) is an error, so that a mistake never opens a gate. `note` says why it is absent.
Result<std::optional<ModelScore>> scoreChampion(const Workspace& workspace, ModelRegistry& registry,
                                                const QString& reference, const EvaluationData& data,
                                                const QString& challengerName, QString* note,
                                                const ProgressCallback& progress = {});

/// Whether `text` names a run rather than a registered model: "run:..." or a run id.
bool isRunReference(const QString& text);

} // namespace crucible
