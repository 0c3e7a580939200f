#include "engine/pipeline/Evaluate.h"
#include "engine/core/Message.h"

#include "engine/data/DatasetStore.h"
#include "engine/monitor/Performance.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/BundleWriter.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/Predictor.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/Workspace.h"
#include "engine/train/RunConfig.h"
#include "engine/train/TrainingData.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

namespace crucible {

namespace {

/// `data` reduced to the rows where `keep` is true.
Dataset selectRows(const Dataset& data, const std::vector<bool>& keep)
{
    Dataset result;
    result.kind = data.kind;
    for (const Column& column : data.columns) {
        Column copy;
        copy.name = column.name;
        copy.type = column.type;
        copy.categories = column.categories;
        for (size_t row = 0; row < keep.size(); ++row) {
            if (!keep[row])
                continue;
            if (column.hasNumbers())
                copy.values.push_back(column.values[row]);
            else if (column.hasTimes())
                copy.times.push_back(column.times[row]);
            else
                copy.codes.push_back(column.codes[row]);
        }
        result.columns.push_back(std::move(copy));
    }
    if (data.kind == DatasetKind::Images) {
        result.images.channels = data.images.channels;
        result.images.height = data.images.height;
        result.images.width = data.images.width;
        const std::int64_t bytes = data.images.imageBytes();
        for (size_t row = 0; row < keep.size(); ++row) {
            if (keep[row])
                result.images.pixels.insert(result.images.pixels.end(), data.images.image(std::int64_t(row)),
                                            data.images.image(std::int64_t(row)) + bytes);
        }
    }
    return result;
}

} // namespace

QJsonObject ModelScore::toJson() const
{
    QJsonObject metricsJson;
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        metricsJson.insert(it.key(), std::isfinite(it.value()) ? QJsonValue(it.value()) : QJsonValue());
    return {
        {QStringLiteral("model"), model},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("task"), isClassification ? QStringLiteral("classification") : QStringLiteral("regression")},
        {QStringLiteral("metrics"), metricsJson}};
}

Result<bool> higherIsBetter(const QString& metric)
{
    static const QStringList higher {QStringLiteral("accuracy"), QStringLiteral("f1_macro"), QStringLiteral("r2")};
    static const QStringList lower {QStringLiteral("mse"), QStringLiteral("mae")};
    if (higher.contains(metric))
        return true;
    if (lower.contains(metric))
        return false;
    return Error {
        ErrorCode::InvalidInput,
        CRUCIBLE_MESSAGE("'%1' is not a metric Crucible scores; use accuracy, f1_macro (classification) or mse, "
                         "mae, r2 (regression)")
            .arg(metric.left(40)),
        QStringLiteral("metric")};
}

bool isRunReference(const QString& text)
{
    static const QRegularExpression runId(QStringLiteral("^[0-9a-f]{16}$"));
    return text.startsWith(QLatin1String("run:")) || runId.match(text).hasMatch();
}

Result<ModelScore> scoreModel(const Workspace& workspace, ModelRegistry& registry, const QString& model,
                              const EvaluationData& request, const ProgressCallback& progress)
{
    const DatasetStore store(workspace);
    auto version = store.find(request.dataset);
    if (!version)
        return version.error();
    auto loaded = store.load(version.value());
    if (!loaded)
        return loaded.error();
    Dataset data = std::move(loaded.value());
    const int target = data.columnIndex(version->target);
    if (target < 0)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the dataset has no target column '%1' to score against").arg(version->target),
                      version->reference()};
    const TargetView view = targetView(data, target);

    // The rows to score on: every row with a target, or the test split of the run's recipe.
    std::vector<bool> keep(size_t(data.rowCount()), true);
    if (request.split == QLatin1String("test")) {
        const RunCatalog catalog(workspace);
        auto id = catalog.resolve(request.splitRun.startsWith(QLatin1String("run:")) ? request.splitRun.mid(4)
                                                                                     : request.splitRun);
        if (!id)
            return id.error();
        auto run = catalog.run(id.value());
        if (!run)
            return run.error();
        if (run->datasetHash != version->hash)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("split: test scores on the test rows of run %1, which trained on %2@%3, not "
                                           "on this version; evaluate on that version or use split: all")
                              .arg(run->id, run->datasetName, run->datasetHash.left(12)),
                          version->reference()};
        auto config = RunConfig::fromJson(run->config);
        if (!config)
            return config.error();
        const std::vector<SplitPart> parts = assignSplit(data, view, config->splitRecipe());
        for (size_t row = 0; row < keep.size(); ++row)
            keep[row] = parts[row] == SplitPart::Test;
    } else if (request.split != QLatin1String("all")) {
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("split is 'all' or 'test'"), QStringLiteral("split")};
    }
    for (size_t row = 0; row < keep.size(); ++row) {
        if (view.task == Task::Classification ? view.classes[row] < 0 : !std::isfinite(view.values[row]))
            keep[row] = false;
    }
    Dataset rows = selectRows(data, keep);
    data = Dataset {};
    if (rows.rowCount() == 0)
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("no rows with a target to score on"),
                      version->reference()};

    // The model: a registered version, a bundle, or a run packaged into a temporary bundle.
    QTemporaryDir scratch;
    std::optional<BundleReader> bundle;
    ModelScore score;
    if (isRunReference(model)) {
        const QString runId = model.startsWith(QLatin1String("run:")) ? model.mid(4) : model;
        auto contents = RunPackager(workspace).package(runId, QStringLiteral("candidate"));
        if (!contents)
            return contents.error();
        if (!scratch.isValid())
            return Error {ErrorCode::Io,
                          CRUCIBLE_MESSAGE("cannot make a temporary folder: %1").arg(scratch.errorString()), runId};
        const QString path = scratch.filePath(QStringLiteral("candidate.crucible"));
        if (Status written = BundleWriter::write(contents.value(), path); !written)
            return written.error();
        auto opened = BundleReader::open(path);
        if (!opened)
            return opened.error();
        bundle = std::move(opened.value());
        score.model = QStringLiteral("run ") + runId;
    } else {
        auto resolved = registry.resolve(model);
        if (!resolved)
            return resolved.error();
        auto opened = BundleReader::open(resolved.value());
        if (!opened)
            return opened.error();
        bundle = std::move(opened.value());
        score.model = resolved->isRegistered ? resolved->reference() : resolved->bundlePath;
    }
    auto predictor = Predictor::open(*bundle);
    if (!predictor)
        return predictor.error();

    Result<Predictions> predictions = Error {ErrorCode::Internal, {}, {}};
    if (rows.kind == DatasetKind::Images) {
        std::vector<float> input(rows.images.pixels.begin(), rows.images.pixels.end());
        predictions = predictor.value()->predictArray(input, rows.rowCount(), progress);
    } else {
        predictions = predictor.value()->predictDataset(rows, version->reference(), progress);
    }
    if (!predictions)
        return predictions.error();
    const Column& truth = rows.columns[size_t(target)];
    Scorer scorer;
    score.isClassification = !predictions->classes.isEmpty();
    if (score.isClassification != (view.task == Task::Classification))
        return Error {
            ErrorCode::InvalidInput,
            CRUCIBLE_MESSAGE("%1 predicts %2, but the target '%3' of %4 is %5")
                .arg(score.model, score.isClassification ? QStringLiteral("classes") : QStringLiteral("numbers"),
                     version->target, version->reference(),
                     view.task == Task::Classification ? QStringLiteral("classes") : QStringLiteral("numbers")),
            version->reference()};
    for (std::int64_t row = 0; row < predictions->rows(); ++row) {
        if (score.isClassification)
            scorer.addClass(predictions->predictionText(row), truth.displayValue(row));
        else
            scorer.addValue(double(predictions->values[size_t(row)]), double(truth.values[size_t(row)]));
    }
    score.rows = scorer.count();
    score.metrics = scorer.metrics();
    return score;
}

Result<std::optional<ModelScore>> scoreChampion(const Workspace& workspace, ModelRegistry& registry,
                                                const QString& reference, const EvaluationData& data,
                                                const QString& challengerName, QString* note,
                                                const ProgressCallback& progress)
{
    auto resolved = registry.resolve(reference);
    if (resolved) {
        auto score = scoreModel(workspace, registry, reference, data, progress);
        if (!score)
            return score.error();
        return std::optional<ModelScore>(score.value());
    }
    if (resolved.error().code != ErrorCode::NotFound || reference.contains(QLatin1Char('/'))
        || reference.endsWith(QLatin1String(".crucible")))
        return resolved.error();
    const QString name = reference.section(QLatin1Char('@'), 0, 0);
    const QString alias = reference.section(QLatin1Char('@'), 1);
    bool isNumber = false;
    (void)alias.toInt(&isNumber);
    if (isNumber) // a version that does not exist is a mistake, not a first deployment
        return resolved.error();
    auto versions = registry.versions(name);
    const bool hasVersions = versions && !versions->isEmpty();
    if (!hasVersions && !challengerName.isEmpty() && challengerName != name)
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("there is no model '%1' (the challenger is '%2'); a champion of another name "
                                       "is most likely a typo")
                          .arg(name, challengerName),
                      reference};
    if (note)
        *note = hasVersions ? CRUCIBLE_MESSAGE("%1 is not set yet: nothing to beat").arg(reference)
                            : CRUCIBLE_MESSAGE("%1 has no versions yet: nothing to beat").arg(name);
    return std::optional<ModelScore>();
}

} // namespace crucible
