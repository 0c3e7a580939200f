#include "DriftPolicy.h"

#include "engine/core/Message.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <cmath>

namespace crucible {

namespace {

const QStringList kNumericStatistics {QStringLiteral("psi"),
                                      QStringLiteral("ks"),
                                      QStringLiteral("ks_pvalue"),
                                      QStringLiteral("wasserstein"),
                                      QStringLiteral("wasserstein_std"),
                                      QStringLiteral("mean_shift"),
                                      QStringLiteral("missing_change")};
const QStringList kCategoricalStatistics {QStringLiteral("psi"), QStringLiteral("chi2_pvalue"), QStringLiteral("js"),
                                          QStringLiteral("missing_change")};

Error policyError(const QString& message, const QString& where)
{
    return Error {ErrorCode::InvalidInput, message, where};
}

QJsonObject ruleJson(const DriftRule& rule)
{
    if (rule.ignore)
        return QJsonObject {{QStringLiteral("ignore"), true}};
    return QJsonObject {{QStringLiteral("statistic"), rule.statistic},
                        {QStringLiteral("warn"), rule.warn},
                        {QStringLiteral("alarm"), rule.alarm}};
}

/// Reads `json` over `rule`; `allowed`: the statistics that apply (both kinds for a feature).
Status readRule(const QJsonObject& json, const QString& key, const QStringList& allowed, bool mayIgnore,
                DriftRule& rule, const QString& where)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString name = it.key();
        if (name == QLatin1String("statistic")) {
            const QString statistic = it.value().toString();
            if (!allowed.contains(statistic))
                return policyError(CRUCIBLE_MESSAGE("%1.statistic: '%2' is not one of %3")
                                       .arg(key, statistic, allowed.join(QStringLiteral(", "))),
                                   where);
            if (statistic != rule.statistic && !json.contains(QStringLiteral("alarm")))
                return policyError(CRUCIBLE_MESSAGE("%1: a new statistic needs its own \"alarm\" threshold").arg(key),
                                   where);
            rule.statistic = statistic;
        } else if (name == QLatin1String("warn") || name == QLatin1String("alarm")) {
            if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()) || it.value().toDouble() < 0)
                return policyError(CRUCIBLE_MESSAGE("%1.%2 must be a number of at least 0").arg(key, name), where);
            (name == QLatin1String("warn") ? rule.warn : rule.alarm) = it.value().toDouble();
        } else if (name == QLatin1String("ignore") && mayIgnore) {
            if (!it.value().isBool())
                return policyError(CRUCIBLE_MESSAGE("%1.ignore must be true or false").arg(key), where);
            rule.ignore = it.value().toBool();
        } else {
            return policyError(CRUCIBLE_MESSAGE("%1: unknown key '%2' (known: statistic, warn, alarm%3)")
                                   .arg(key, name, mayIgnore ? QStringLiteral(", ignore") : QString()),
                               where);
        }
    }
    if (!json.contains(QStringLiteral("warn")) && json.contains(QStringLiteral("alarm")))
        rule.warn = rule.alarm;
    const bool ordered = rule.isPValue() ? rule.warn >= rule.alarm : rule.warn <= rule.alarm;
    if (!ordered)
        return policyError(CRUCIBLE_MESSAGE("%1: the warning threshold %2 must come before the alarm %3 (%4)")
                               .arg(key)
                               .arg(rule.warn)
                               .arg(rule.alarm)
                               .arg(rule.isPValue() ? CRUCIBLE_MESSAGE("p-values warn at the larger value")
                                                    : CRUCIBLE_MESSAGE("warn at the smaller value")),
                           where);
    return Ok {};
}

} // namespace

DriftRule DriftPolicy::ruleFor(const QString& feature, bool isNumeric) const
{
    DriftRule rule = features.value(feature, isNumeric ? numeric : categorical);
    // A per-feature rule written for the other kind (psi on a column that became a category)
    // falls back to the kind's own rule.
    const QStringList& allowed = isNumeric ? kNumericStatistics : kCategoricalStatistics;
    if (!rule.ignore && !allowed.contains(rule.statistic))
        return isNumeric ? numeric : categorical;
    return rule;
}

QJsonObject DriftPolicy::toJson() const
{
    QJsonObject perFeature;
    for (auto it = features.begin(); it != features.end(); ++it)
        perFeature.insert(it.key(), ruleJson(it.value()));
    return QJsonObject {{QStringLiteral("numeric"), ruleJson(numeric)},
                        {QStringLiteral("categorical"), ruleJson(categorical)},
                        {QStringLiteral("significance"), significance},
                        {QStringLiteral("min_drifted_features"), minDriftedFeatures},
                        {QStringLiteral("features"), perFeature}};
}

Result<DriftPolicy> DriftPolicy::fromJson(const QByteArray& bytes, const QString& where)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError)
        return policyError(CRUCIBLE_MESSAGE("not valid JSON at byte %1: %2").arg(parse.offset).arg(parse.errorString()),
                           where);
    if (!document.isObject())
        return policyError(CRUCIBLE_MESSAGE("a drift policy is a JSON object"), where);
    DriftPolicy policy;
    const QJsonObject json = document.object();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("numeric") || key == QLatin1String("categorical")) {
            const bool numeric = key == QLatin1String("numeric");
            if (!it.value().isObject())
                return policyError(CRUCIBLE_MESSAGE("%1 must be an object").arg(key), where);
            if (Status read =
                    readRule(it.value().toObject(), key, numeric ? kNumericStatistics : kCategoricalStatistics, false,
                             numeric ? policy.numeric : policy.categorical, where);
                !read)
                return read.error();
        } else if (key == QLatin1String("significance")) {
            const double value = it.value().toDouble(-1);
            if (!(value > 0 && value <= 1))
                return policyError(CRUCIBLE_MESSAGE("significance must be a number above 0 and at most 1"), where);
            policy.significance = value;
        } else if (key == QLatin1String("min_drifted_features")) {
            const double value = it.value().toDouble(-1);
            if (value < 1 || value != std::floor(value) || value > 1e6)
                return policyError(CRUCIBLE_MESSAGE("min_drifted_features must be a whole number of at least 1"),
                                   where);
            policy.minDriftedFeatures = int(value);
        } else if (key == QLatin1String("features")) {
            if (!it.value().isObject())
                return policyError(CRUCIBLE_MESSAGE("features must be an object: feature name -> rule"), where);
            const QJsonObject perFeature = it.value().toObject();
            QStringList both = kNumericStatistics;
            for (const QString& s : kCategoricalStatistics) {
                if (!both.contains(s))
                    both << s;
            }
            for (auto f = perFeature.begin(); f != perFeature.end(); ++f) {
                if (!f.value().isObject())
                    return policyError(CRUCIBLE_MESSAGE("features.%1 must be an object").arg(f.key()), where);
                const QJsonObject ruleJson = f.value().toObject();
                DriftRule rule = ruleJson.value(QStringLiteral("statistic")).toString() == policy.categorical.statistic
                    ? policy.categorical
                    : policy.numeric;
                if (Status read = readRule(ruleJson, QStringLiteral("features.") + f.key(), both, true, rule, where);
                    !read)
                    return read.error();
                policy.features.insert(f.key(), rule);
            }
        } else {
            return policyError(CRUCIBLE_MESSAGE("unknown key '%1' (known: numeric, categorical, significance, "
                                                "min_drifted_features, features)")
                                   .arg(key),
                               where);
        }
    }
    return policy;
}

Result<DriftPolicy> DriftPolicy::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("cannot read the drift policy: %1").arg(file.errorString()),
                      path};
    if (file.size() > (1 << 20))
        return policyError(CRUCIBLE_MESSAGE("a drift policy of more than 1 MB is not one"), path);
    return fromJson(file.readAll(), path);
}

} // namespace crucible
