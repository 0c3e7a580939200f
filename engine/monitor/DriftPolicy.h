#pragma once

#include "engine/core/Error.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace crucible {

/// Which statistic decides that a feature drifted, and at which values. Statistics (see
/// FeatureDrift): "psi", "ks", "ks_pvalue", "wasserstein", "wasserstein_std", "mean_shift",
/// "missing_change" for numbers; "psi", "chi2_pvalue", "js", "missing_change" for categories.
/// A p-value warns and alarms below its thresholds, every other statistic at or above them.
struct DriftRule {
    QString statistic;
    double warn = 0;
    double alarm = 0;
    bool ignore = false; ///< leave the feature out of the verdict (an id, a timestamp)

    bool isPValue() const { return statistic.endsWith(QLatin1String("_pvalue")); }
};

/// A drift policy: the rule per kind of feature, per-feature overrides, the significance level
/// that a statistic's test must also reach (so that a handful of rows cannot alarm by chance),
/// and how many features must drift for the verdict "drift".
/// Defaults: numbers drift when the Wasserstein distance reaches 0.2 reference standard deviations
/// (warning at 0.1), categories when PSI reaches 0.25 (warning at 0.1); in both cases only
/// where the two-sample test (KS, chi-square) has p < 0.05; one drifted feature means drift.
/// Thread: a plain value type.
struct DriftPolicy {
    DriftRule numeric {QStringLiteral("wasserstein_std"), 0.1, 0.2};
    DriftRule categorical {QStringLiteral("psi"), 0.1, 0.25};
    double significance = 0.05;
    int minDriftedFeatures = 1;
    QMap<QString, DriftRule> features; ///< by feature name

    /// The rule for `feature` of kind numeric (true) or categorical.
    DriftRule ruleFor(const QString& feature, bool isNumeric) const;

    QJsonObject toJson() const;
    /// Reads a policy file's JSON: keys left out keep their defaults; unknown keys, statistics
    /// that do not apply and thresholds in the wrong order are errors naming the key.
    static Result<DriftPolicy> fromJson(const QByteArray& json, const QString& where);
    static Result<DriftPolicy> load(const QString& path);
};

} // namespace crucible
