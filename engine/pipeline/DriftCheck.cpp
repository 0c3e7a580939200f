#include "DriftCheck.h"

#include "engine/data/CsvReader.h"
#include "engine/data/DatasetStore.h"
#include "engine/registry/BundleReader.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/Predictor.h"
#include "engine/serve/PredictionLog.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace crucible {

namespace {

Error cancelled()
{
    return Error {ErrorCode::Cancelled, QStringLiteral("the drift check was cancelled"), QString()};
}

/// The reference: the bundle's profile, or a dataset version's profile.
Result<DriftReference> openReference(const Workspace& workspace, const BundleReader& bundle,
                                     const QString& referenceDataset, const QString& model)
{
    const BundleManifest& manifest = bundle.manifest();
    QJsonObject profile = bundle.referenceProfile();
    QString description =
        QStringLiteral("training data %1@%2").arg(manifest.datasetName, manifest.datasetHash.left(12));
    if (!referenceDataset.isEmpty()) {
        const DatasetStore store(workspace);
        auto version = store.find(referenceDataset);
        if (!version)
            return version.error();
        auto data = store.load(version.value());
        if (!data)
            return data.error();
        const QString target = manifest.outputSignature.value(QStringLiteral("target")).toString();
        const QJsonObject predictions = profile.value(QStringLiteral("predictions")).toObject();
        profile = profileDataset(data.value(), data->columnIndex(target)).toJson();
        if (!predictions.isEmpty())
            profile.insert(QStringLiteral("predictions"), predictions);
        description = QStringLiteral("dataset %1").arg(version->reference());
    }
    auto reference =
        DriftReference::fromProfile(profile, manifest.inputSignature, manifest.outputSignature, model, bundle.path());
    if (reference)
        reference->description = description;
    return reference;
}

Result<DriftOutcome> checkLog(const Workspace& workspace, const DriftRequest& request, const DriftReference& reference,
                              const QString& model)
{
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
        input.where = where;
        input.description = QStringLiteral("serving log of %1, %2 to %3")
                                .arg(request.location, w.start.toString(Qt::ISODate), w.end.toString(Qt::ISODate));
        auto report = checkDrift(reference, input, request.policy);
        if (!report)
            return report.error();
        report->model = model;
        outcome.reports << report.value();
        outcome.windows << DriftWindow {w.start, w.end, w.rows()};
    }
    return outcome;
}

} // namespace

Result<DriftOutcome> runDriftCheck(const Workspace& workspace, const DriftRequest& request,
                                   const ProgressCallback& progress)
{
    if (!reportProgress(progress, 0.0, QStringLiteral("opening the model")))
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
        return checkLog(workspace, request, reference.value(), model);

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
        const DatasetStore store(workspace);
        auto found = store.find(request.location);
        if (!found)
            return found.error();
        auto loaded = store.load(found.value());
        if (!loaded)
            return loaded.error();
        data = std::move(loaded.value());
        input.where = input.description = QStringLiteral("dataset %1").arg(found->reference());
    }
    if (!reportProgress(progress, 0.7, QStringLiteral("comparing")))
        return cancelled();
    if (!reference->predictedClasses.isEmpty() && request.predictions) {
        auto predictor = Predictor::open(bundle.value());
        if (!predictor)
            return predictor.error();
        auto predictions = predictor.value()->predictDataset(data, input.where);
        if (!predictions)
            return predictions.error();
        for (std::int64_t row = 0; row < predictions->rows(); ++row)
            input.predictedClasses << predictions->predictionText(row);
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
