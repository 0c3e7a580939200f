#pragma once

#include "engine/core/Error.h"
#include "engine/data/Dataset.h"
#include "engine/data/Profile.h"
#include "engine/monitor/DriftPolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace crucible {

/// How far a feature is from its reference.
enum class DriftLevel { None = 0, Warning = 1, Alarm = 2 };
QString driftLevelName(DriftLevel level); ///< "ok", "warning", "drift"

/// One feature's comparison of current data with the reference. Statistics that do not apply to
/// the feature's kind, or that the reference cannot give (a format-1 profile keeps no sample),
/// are NaN. Thread: a plain value type.
struct FeatureDrift {
    QString name;
    bool numeric = true;
    qint64 referenceCount = 0; ///< values present in the reference
    qint64 currentCount = 0;
    double referenceMissingRate = 0;
    double currentMissingRate = 0;
    double missingChange = 0; ///< |current - reference missing rate|
    double psi = 0; ///< on the reference's deciles (numbers) or categories
    // Numbers
    double ks = 0; ///< two-sample Kolmogorov-Smirnov statistic
    double ksPValue = 1;
    bool ksExact = false;
    double wasserstein = 0;
    double wassersteinStd = 0; ///< Wasserstein distance in reference standard deviations
    double referenceMean = 0;
    double currentMean = 0;
    double referenceStd = 0;
    double meanShift = 0; ///< (current - reference mean) / reference standard deviation
    // Categories
    double chiSquare = 0;
    double chiSquarePValue = 1;
    int chiSquareDof = 0;
    double jensenShannon = 0; ///< base 2, 0..1
    QStringList newCategories; ///< seen now, never in the reference (at most 20 named)
    qint64 newCategoryCount = 0; ///< values in categories never seen in the reference
    // For charts: the reference's histogram bins (numbers) or categories, with both shares.
    QStringList binLabels;
    std::vector<double> binEdges; ///< numbers: bins + 1 edges
    std::vector<double> referenceShare;
    std::vector<double> currentShare;
    // The verdict under the policy
    QString statistic; ///< the policy's statistic for this feature
    double value = 0; ///< its value
    DriftLevel level = DriftLevel::None;
    bool ignored = false;
    QString note; ///< why a statistic is missing, or empty

    /// A statistic by its policy name ("psi", "ks_pvalue", ...); NaN when unknown.
    double statisticValue(const QString& name) const;
    /// How far past its alarm threshold, for sorting: value / alarm, or alarm / p for p-values.
    double severity(const DriftRule& rule) const;
    QJsonObject toJson() const;
};

/// What a drift check compares against: a bundle's reference profile (the training data) or a
/// dataset version's profile, the model's features, and what the model predicted on the test
/// split (classes, or the profile of the predicted values). Thread: a plain value type.
struct DriftReference {
    QString description; ///< "iris v3 (training data of run 12)", shown in reports
    DatasetProfile profile;
    QStringList features; ///< the model's input columns, in signature order
    QString target;
    QList<QPair<QString, qint64>> predictedClasses; ///< test split, from the confusion matrix; may be empty
    /// Regression: the predicted values on the test split as a numeric column profile (count 0: none).
    ColumnProfile predictedValues;
    bool hasPredictions() const { return !predictedClasses.isEmpty() || predictedValues.count > 0; }
    bool isImage = false; ///< an image model: features are the per-image channel means (mean_c0...)
    int channels = 0; ///< images: the channels the model takes

    /// From a bundle's reference_profile.json and its manifest's signatures; `model` names it in
    /// errors. Refuses a bundle without a profile and image models. `description` is left to the caller.
    static Result<DriftReference> fromProfile(const QJsonObject& profile, const QJsonObject& inputSignature,
                                              const QJsonObject& outputSignature, const QString& model,
                                              const QString& where);
};

/// The current data: a table with (at least) the reference's features, and optionally what the
/// model predicted for it (classes, or values of a regression model).
struct DriftInput {
    QString description; ///< "new.csv", "serving log of iris, 2026-11-30 10:00 to 11:00"
    const Dataset* data = nullptr;
    QStringList predictedClasses; ///< one per row, or empty
    std::vector<double> predictedValues; ///< regression: one per row, or empty
    QString where; ///< for errors: the file or log
};

/// The result of a drift check. Thread: a plain value type.
struct DriftReport {
    QString model; ///< "iris v3"
    QString reference;
    QString current;
    qint64 currentRows = 0;
    QList<FeatureDrift> features; ///< most drifted first
    bool hasPredictionDrift = false;
    FeatureDrift predictions; ///< the predicted classes or values against the test split's
    DriftPolicy policy;
    int drifted = 0;
    int warned = 0;
    bool drift = false;

    /// One sentence: "2 of 4 features drifted; petal_width moved 1.8 standard deviations".
    QString summary() const;
    QJsonObject toJson() const;
    /// A self-contained HTML page (tables, and an SVG histogram per feature).
    QString toHtml() const;
    /// Writes the report as HTML (.html/.htm) or PDF (.pdf), atomically; never over one of `inputs`.
    Status write(const QString& path, const QStringList& inputs = {}) const;
};

/// Compares category counts (the reference's labels with their counts, the current ones by label):
/// what categorical features, the predicted classes and image histograms use. Thread: any.
FeatureDrift compareCategories(const QString& name, const QList<QPair<QString, qint64>>& reference,
                               qint64 referenceMissing, const QHash<QString, qint64>& current, qint64 currentMissing);
/// Applies the policy's rule to `feature`: its statistic, value and level.
void judgeFeature(FeatureDrift& feature, const DriftPolicy& policy);
/// Sorts the report's features (most drifted first, by its policy) and counts the verdict again.
void finishReport(DriftReport& report);

/// Compares `input` with `reference` under `policy`: checks the columns (the model's features,
/// the target allowed, nothing else; named when wrong), then every feature in parallel.
/// Thread: any (blocking).
Result<DriftReport> checkDrift(const DriftReference& reference, const DriftInput& input, const DriftPolicy& policy);

} // namespace crucible
