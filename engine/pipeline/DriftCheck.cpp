#include "DriftCheck.h"

#include "engine/core/Message.h"
#include "engine/data/CsvReader.h"
#include "engine/data/DatasetStore.h"
#include "engine/monitor/ImageDrift.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/Predictor.h"
#include "engine/serve/PredictionLog.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace crucible {

namespace {

Error cancelled()
{
    return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the drift check was cancelled"), QString()};
}

/// A dataset version of the workspace by NAME@V, and how reports name it.
Result<std::pair<Dataset, QString>> loadDataset(const Workspace& workspace, const QString& reference)
{
    const DatasetStore store(workspace);
    auto found = store.find(reference);
    if (!found)
        return found.error();
    auto loaded = store.load(found.value());
    if (!loaded)
        return loaded.error();
    return std::pair {std::move(loaded.value()), QStringLiteral("dataset %1").arg(found->reference())};
}

/// The reference: the bundle's profile, or a dataset version's profile.
Result<DriftReference> openReference(const Workspace& workspace, const BundleReader& bundle,
                                     const QString& referenceDataset, const QString& model)
{
    const BundleManifest& manifest = bundle.manifest();
    QJsonObject profile = bundle.referenceProfile();
    QString description =
        CRUCIBLE_MESSAGE("training data %1@%2").arg(manifest.datasetName, manifest.datasetHash.left(12));
    if (!referenceDataset.isEmpty()) {
        auto loaded = loadDataset(workspace, referenceDataset);
        if (!loaded)
            return loaded.error();
        const Dataset* data = &loaded->first;
        const QString target = manifest.outputSignature.value(QStringLiteral("target")).toString();
        const QJsonObject predictions = profile.value(QStringLiteral("predictions")).toObject();
        profile = profileDataset(*data, data->columnIndex(target)).toJson();
        if (!predictions.isEmpty())
            profile.insert(QStringLiteral("predictions"), predictions);
        description = loaded->second;
    }
    auto reference =
        DriftReference::fromProfile(profile, manifest.inputSignature, manifest.outputSignature, model, bundle.path());
    if (reference)
        reference->description = description;
    return reference;
}

/// The model's predictions as the drift check compares them: classes, or a regression's values.
void addPredictions(const Predictions& predictions, DriftInput& input)
{
    if (!predictions.classes.isEmpty()) {
        for (std::int64_t row = 0; row < predictions.rows(); ++row)
            input.predictedClasses << predictions.predictionText(row);
    } else {
        input.predictedValues.assign(predictions.values.begin(), predictions.values.end());
    }
}

Result<DriftOutcome> checkLog(const Workspace& workspace, const DriftRequest& request, const DriftReference& reference,
                              const QString& model, const BundleManifest& manifest)
{
    std::optional<Labels> labels;
    if (!request.labels.isEmpty()) {
        auto read = readLabels(request.labels, manifest.outputSignature.value(QStringLiteral("target")).toString());
        if (!read)
            return read.error();
        labels = std::move(read.value());
    }
    const QString folder = QDir(workspace.folder()).filePath(QStringLiteral("serving"));
    const QString where = PredictionLog::filePath(folder, request.location);
    auto entries = PredictionLog::read(folder, request.location, 0);
    if (!entries)
        return entries.error();
    auto windows = logWindows(entries.value(), request.window, where);
    if (!windows)
        return windows.error();
    DriftOutcome outcome;
    outcome.model = model;
    for (const LogWindow& w : std::as_const(windows.value())) {
        DriftInput input;
        input.data = &w.data;
        input.predictedClasses = w.predictedClasses;
        input.predictedValues = w.predictedValues;
        input.where = where;
        input.description = CRUCIBLE_MESSAGE("serving log of %1, %2 to %3")
                                .arg(request.location, w.start.toString(Qt::ISODate), w.end.toString(Qt::ISODate));
        auto report = checkDrift(reference, input, request.policy);
        if (!report)
            return report.error();
        report->model = model;
        outcome.reports << report.value();
        outcome.windows << DriftWindow {w.start, w.end, w.rows()};
        if (labels) {
            auto scored = evaluateWindow(w, *labels, manifest.task != QLatin1String("regression"), request.labels);
            if (!scored)
                return scored.error();
            outcome.performance << scored.value();
        }
    }
    outcome.isClassification = manifest.task != QLatin1String("regression");
    for (auto it = manifest.metrics.begin(); it != manifest.metrics.end(); ++it) {
        if (it.key().startsWith(QLatin1String("test_")))
            outcome.testMetrics.insert(it.key().mid(5), it.value());
    }
    return outcome;
}

/// An image model against a folder of images or an image dataset version.
Result<DriftOutcome> checkImages(const Workspace& workspace, const DriftRequest& request,
                                 const DriftReference& reference, const BundleReader& bundle, const QString& model,
                                 const ProgressCallback& progress)
{
    ImageSummary summary;
    DriftInput input;
    Dataset images; // a dataset version's images, kept to predict them
    bool sameSize = true;
    if (request.source == DriftRequest::Source::Csv) {
        if (!QFileInfo(request.location).isDir())
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("'%1' is an image model: give a folder of images").arg(model),
                          request.location};
        auto read =
            summarizeImageFolder(request.location, reference.channels, [&](double fraction, const QString& stage) {
                return reportProgress(progress, 0.7 * fraction, stage);
            });
        if (!read)
            return read.error();
        summary = std::move(read.value());
        input.where = request.location;
        input.description = QFileInfo(request.location).fileName();
        const QString trained = QStringLiteral("%1x%2").arg(reference.profile.width).arg(reference.profile.height);
        sameSize = summary.sizes.size() == 1 && summary.sizes.contains(trained);
    } else {
        auto loaded = loadDataset(workspace, request.location);
        if (!loaded)
            return loaded.error();
        images = std::move(loaded->first);
        if (images.kind != DatasetKind::Images || images.images.channels != reference.channels)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("'%1' takes images of %2 channel(s); this dataset version is not one")
                              .arg(model)
                              .arg(reference.channels),
                          loaded->second};
        summary = summarizeImages(images.images, images.rowCount());
        input.where = input.description = loaded->second;
        sameSize = images.images.height == reference.profile.height && images.images.width == reference.profile.width;
    }
    // Predictions only when every image has the size the model takes (else predict refuses them).
    if (reference.hasPredictions() && request.predictions && sameSize) {
        if (!reportProgress(progress, 0.7, QStringLiteral("predicting")))
            return cancelled();
        auto predictor = Predictor::open(bundle);
        if (!predictor)
            return predictor.error();
        auto predictions = request.source == DriftRequest::Source::Csv
            ? predictor.value()->predict(request.location)
            : predictor.value()->predictImageBlock(images.images, images.rowCount());
        if (!predictions)
            return predictions.error();
        addPredictions(predictions.value(), input);
    }
    input.data = &summary.means;
    auto report = checkDrift(reference, input, request.policy);
    if (!report)
        return report.error();
    addImageDrift(report.value(), reference.profile, summary, request.policy);
    report->model = model;
    reportProgress(progress, 1.0, QStringLiteral("done"));
    DriftOutcome outcome;
    outcome.model = model;
    outcome.reports << report.value();
    outcome.windows << DriftWindow {{}, {}, summary.images};
    return outcome;
}

} // namespace

Result<DriftOutcome> runDriftCheck(const Workspace& workspace, const DriftRequest& request,
                                   const ProgressCallback& progress)
{
    if (!reportProgress(progress, 0.0, CRUCIBLE_MESSAGE("opening the model")))
        return cancelled();
    auto registry = ModelRegistry::open(request.registryFolder);
    if (!registry)
        return registry.error();
    auto version = registry.value()->resolve(request.model);
    if (!version)
        return version.error();
    auto bundle = BundleReader::open(version.value());
    if (!bundle)
        return bundle.error();
    const QString model = version->reference();
    auto reference = openReference(workspace, bundle.value(), request.referenceDataset, model);
    if (!reference)
        return reference.error();
    if (request.source == DriftRequest::Source::Log)
        return checkLog(workspace, request, reference.value(), model, bundle->manifest());

    if (reference->isImage)
        return checkImages(workspace, request, reference.value(), bundle.value(), model, progress);
    Dataset data;
    DriftInput input;
    if (request.source == DriftRequest::Source::Csv) {
        input.where = request.location;
        input.description = QFileInfo(request.location).fileName();
        CsvOptions options;
        options.notNumbers = CsvOptions::NotNumbers::Text; // the check names a word among numbers itself
        auto read = readCsv(request.location, options, [&](double fraction, const QString& stage) {
            return reportProgress(progress, 0.7 * fraction, stage);
        });
        if (!read)
            return read.error();
        data = std::move(read.value());
    } else {
        auto loaded = loadDataset(workspace, request.location);
        if (!loaded)
            return loaded.error();
        data = std::move(loaded->first);
        input.where = input.description = loaded->second;
    }
    if (!reportProgress(progress, 0.7, QStringLiteral("comparing")))
        return cancelled();
    if (reference->hasPredictions() && request.predictions) {
        auto predictor = Predictor::open(bundle.value());
        if (!predictor)
            return predictor.error();
        auto predictions = predictor.value()->predictDataset(data, input.where);
        if (!predictions)
            return predictions.error();
        addPredictions(predictions.value(), input);
    }
    input.data = &data;
    auto report = checkDrift(reference.value(), input, request.policy);
    if (!report)
        return report.error();
    report->model = model;
    reportProgress(progress, 1.0, QStringLiteral("done"));
    DriftOutcome outcome;
    outcome.model = model;
    outcome.reports << report.value();
    outcome.windows << DriftWindow {{}, {}, data.rowCount()};
    return outcome;
}

} // namespace crucible
