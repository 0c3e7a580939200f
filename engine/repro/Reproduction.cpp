#include "Reproduction.h"

#include "engine/core/Message.h"
#include "engine/core/Names.h"
#include "engine/data/DatasetStore.h"
#include "engine/store/MetricReader.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"
#include "engine/train/RunConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace crucible::repro {

namespace {

/// The environment fields that can change a run's numbers, in the order they are reported.
const QStringList& numericEnvironmentKeys()
{
    static const QStringList keys {QStringLiteral("crucible_version"), QStringLiteral("git_commit"),
                                   QStringLiteral("libtorch_version"), QStringLiteral("blas"),
                                   QStringLiteral("blas_kernels"),     QStringLiteral("cpu"),
                                   QStringLiteral("cpu_flags"),        QStringLiteral("threads"),
                                   QStringLiteral("deterministic"),    QStringLiteral("cuda_version"),
                                   QStringLiteral("cudnn_version"),    QStringLiteral("gpu")};
    return keys;
}

QString valueText(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("(not recorded)");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isString())
        return value.toString().isEmpty() ? QStringLiteral("(none)") : value.toString();
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

/// Bit for bit, with every NaN equal to every NaN.
bool identical(double a, double b)
{
    if (std::isnan(a) && std::isnan(b))
        return true;
    return std::memcmp(&a, &b, sizeof a) == 0;
}

bool withinTolerance(double a, double b)
{
    if (identical(a, b))
        return true;
    if (!std::isfinite(a) || !std::isfinite(b))
        return false;
    return std::abs(a - b) <= kTolerance * std::max(std::abs(a), std::abs(b)) + 1e-12;
}

QString exactNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest); // reads back exactly
}

} // namespace

bool isTimingMetric(const QString& key)
{
    return key == QLatin1String("samples_per_s") || key == QLatin1String("epoch_time_s")
        || key.endsWith(QLatin1String("_time_s")) || key.endsWith(QLatin1String("_per_s"));
}

Result<TrainingRequest> rerunRequest(const Workspace& workspace, const RunRecord& original,
                                     const QStringList& overrides)
{
    const QString where = QStringLiteral("run %1").arg(original.id);
    if (!isTerminal(original.status))
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the run is %1; rerun it once it has ended").arg(runStatusKey(original.status)),
                      where};
    auto config = RunConfig::fromJson(original.config);
    if (!config)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("its recorded recipe cannot be read: %1").arg(config.error().text()), where};
    const QString dataset = original.datasetName + QLatin1Char('@') + original.datasetHash;
    if (original.datasetName.isEmpty() || original.datasetHash.isEmpty())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("the run records no dataset version to train on again"),
                      where};
    const DatasetStore store(workspace);
    auto found = store.find(dataset);
    if (!found)
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("the dataset version it trained on (%1@%2) is not in this workspace any more; "
                                       "import the same data again, or unpack a package of the run "
                                       "(crucible-cli runs pack) that carries it")
                          .arg(original.datasetName, original.datasetHash.left(12)),
                      where};
    // The stored copy must still be the version the run names (a damaged copy is named here,
    // before a run is made that could only fail or train on other data).
    if (auto loaded = store.load(found.value()); !loaded)
        return loaded.error();
    TrainingRequest request;
    request.dataset = dataset;
    request.config = config.value();
    // What the recipe left to the machine, as the run had it: the threads and the device it used.
    QStringList fixed;
    const QJsonValue usedThreads = original.params.value(QStringLiteral("runtime.threads"));
    if (request.config.threads == 0 && usedThreads.toInt() > 0)
        fixed << QStringLiteral("threads=%1").arg(usedThreads.toInt());
    if (request.config.device == QLatin1String("auto") && !original.device.isEmpty())
        fixed << QStringLiteral("device=%1").arg(original.device);
    request.overrides = fixed + overrides;
    request.experiment = original.experiment;
    const QString suffix = QStringLiteral(" (rerun)");
    request.name = original.name.left(names::kMaxLabelLength - int(suffix.size())).trimmed() + suffix;
    // Its own tags, but not a pipeline's: the pipeline did not train the rerun.
    for (const QString& tag : original.tags) {
        if (!tag.startsWith(QLatin1String("pipeline:")))
            request.tags << tag;
    }
    request.params.insert(kRerunOf, original.id);
    return request;
}

QList<EnvironmentChange> environmentChanges(const QJsonObject& original, const QJsonObject& rerun)
{
    QList<EnvironmentChange> changes;
    for (const QString& key : numericEnvironmentKeys()) {
        const QString a = valueText(original.value(key));
        const QString b = valueText(rerun.value(key));
        if (a != b)
            changes.append({key, a, b});
    }
    return changes;
}

bool ReproductionCheck::reproduced() const
{
    return !firstDifference && seriesProblems.isEmpty() && points > 0;
}

QString ReproductionCheck::verdict() const
{
    if (!reproduced())
        return QStringLiteral("differs");
    return identical == points ? QStringLiteral("reproduced") : QStringLiteral("approximately");
}

QString ReproductionCheck::summary() const
{
    QString text;
    if (points == 0 && seriesProblems.isEmpty() && !firstDifference)
        return CRUCIBLE_MESSAGE("not reproduced: the original run has no metric points to compare");
    if (reproduced() && identical == points)
        text = CRUCIBLE_MESSAGE("reproduced: %1 points identical").arg(points);
    else if (reproduced())
        text = CRUCIBLE_MESSAGE("reproduced approximately: %1 points within %2 %, %3 of them identical")
                   .arg(points)
                   .arg(kTolerance * 100)
                   .arg(identical);
    else if (firstDifference && firstDifference->rerunStep != firstDifference->step)
        text = CRUCIBLE_MESSAGE("not reproduced: %1 is logged at step %2 in the original and at step %3 in the rerun")
                   .arg(firstDifference->key)
                   .arg(firstDifference->step)
                   .arg(firstDifference->rerunStep);
    else if (firstDifference)
        text = CRUCIBLE_MESSAGE("not reproduced: %1 at step %2 is %3 in the original and %4 in the rerun")
                   .arg(firstDifference->key)
                   .arg(firstDifference->step)
                   .arg(exactNumber(firstDifference->original), exactNumber(firstDifference->rerun));
    else
        text = CRUCIBLE_MESSAGE("not reproduced");
    if (!seriesProblems.isEmpty())
        text += QStringLiteral("; ") + seriesProblems.join(QStringLiteral("; "));
    return text;
}

QJsonObject ReproductionCheck::toJson() const
{
    QJsonArray changes;
    for (const EnvironmentChange& change : environment)
        changes.append(QJsonObject {{QStringLiteral("key"), change.key},
                                    {QStringLiteral("original"), change.original},
                                    {QStringLiteral("rerun"), change.rerun}});
    QJsonObject json {{QStringLiteral("original"), originalId},
                      {QStringLiteral("rerun"), rerunId},
                      {QStringLiteral("verdict"), verdict()},
                      {QStringLiteral("summary"), summary()},
                      {QStringLiteral("exact"), exact},
                      {QStringLiteral("tolerance"), exact ? 0.0 : kTolerance},
                      {QStringLiteral("points"), points},
                      {QStringLiteral("identical"), identical},
                      {QStringLiteral("keys"), QJsonArray::fromStringList(keys)},
                      {QStringLiteral("skipped_keys"), QJsonArray::fromStringList(skippedKeys)},
                      {QStringLiteral("series_problems"), QJsonArray::fromStringList(seriesProblems)},
                      {QStringLiteral("environment_changes"), changes}};
    if (firstDifference) {
        // Exact decimal text: a JSON number would round away the last bits that differ.
        json.insert(QStringLiteral("first_difference"),
                    QJsonObject {{QStringLiteral("key"), firstDifference->key},
                                 {QStringLiteral("step"), firstDifference->step},
                                 {QStringLiteral("rerun_step"), firstDifference->rerunStep},
                                 {QStringLiteral("original"), exactNumber(firstDifference->original)},
                                 {QStringLiteral("rerun"), exactNumber(firstDifference->rerun)}});
    }
    return json;
}

Result<ReproductionCheck> compareRuns(const Workspace& workspace, const QString& originalId, const QString& rerunId)
{
    RunCatalog catalog(workspace);
    auto original = catalog.run(originalId);
    if (!original)
        return original.error();
    auto rerun = catalog.run(rerunId);
    if (!rerun)
        return rerun.error();
    ReproductionCheck check;
    check.originalId = originalId;
    check.rerunId = rerunId;
    check.exact = original->config.value(QStringLiteral("deterministic")).toBool();
    check.environment = environmentChanges(original->environment, rerun->environment);

    MetricReader reader(workspace);
    auto originalKeys = reader.keys(originalId);
    if (!originalKeys)
        return originalKeys.error();
    auto rerunKeys = reader.keys(rerunId);
    if (!rerunKeys)
        return rerunKeys.error();
    QStringList keys = originalKeys.value();
    for (const QString& key : rerunKeys.value()) {
        if (!keys.contains(key))
            keys << key;
    }
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        if (isTimingMetric(key)) {
            check.skippedKeys << key;
            continue;
        }
        if (!originalKeys->contains(key) || !rerunKeys->contains(key)) {
            check.seriesProblems << CRUCIBLE_MESSAGE("%1 is only in the %2")
                                        .arg(key,
                                             originalKeys->contains(key) ? QStringLiteral("original")
                                                                         : QStringLiteral("rerun"));
            continue;
        }
        check.keys << key;
        auto pointsA = reader.points(originalId, key);
        if (!pointsA)
            return pointsA.error();
        auto pointsB = reader.points(rerunId, key);
        if (!pointsB)
            return pointsB.error();
        const std::vector<MetricPoint>* a = &pointsA.value();
        const std::vector<MetricPoint>* b = &pointsB.value();
        if (a->size() != b->size())
            check.seriesProblems << CRUCIBLE_MESSAGE("%1 has %2 points in the original and %3 in the rerun")
                                        .arg(key)
                                        .arg(a->size())
                                        .arg(b->size());
        const size_t n = std::min(a->size(), b->size());
        for (size_t i = 0; i < n; ++i) {
            const MetricPoint& p = (*a)[i];
            const MetricPoint& q = (*b)[i];
            ++check.points;
            const bool same = p.step == q.step && identical(p.value, q.value);
            check.identical += same;
            if (same || (!check.exact && p.step == q.step && withinTolerance(p.value, q.value)))
                continue;
            const bool earlier = !check.firstDifference || p.step < check.firstDifference->step;
            if (earlier)
                check.firstDifference = PointDifference {key, p.step, p.value, q.value, q.step};
            // The rest of this series is counted, not searched: its first difference is known.
            for (size_t j = i + 1; j < n; ++j) {
                ++check.points;
                check.identical += (*a)[j].step == (*b)[j].step && identical((*a)[j].value, (*b)[j].value);
            }
            break;
        }
    }
    return check;
}

Status recordCheck(const Workspace& workspace, const ReproductionCheck& check)
{
    RunStore store(workspace);
    return store.logParams(check.rerunId,
                           {{kVerdict, check.verdict()},
                            {kSummary, check.summary()},
                            {kPoints, check.points},
                            {kIdentical, check.identical}});
}

} // namespace crucible::repro
