#pragma once

#include "engine/core/Error.h"
#include "engine/registry/BundleContents.h"
#include "engine/registry/RegistryTypes.h"

#include <QJsonObject>
#include <QString>

namespace crucible {

struct RunRecord;

class ModelRegistry;
class Workspace;

/// The registry folder to use: `explicitFolder` when given, else $CRUCIBLE_REGISTRY, else
/// `setting` (the GUI's Settings choice) when given, else the workspace's registry/. Thread: any.
QString resolveRegistryFolder(const Workspace& workspace, const QString& explicitFolder, const QString& setting = {});

/// Turns a training run into what a registry version holds: the run's TorchScript model.pt
/// (preprocessing inside), a manifest (dataset and hash, task, input and output signature, test
/// and validation metrics, params, environment), a Markdown model card and the training data's
/// column profiles. Thread: the calling thread's workspace connection. Blocking (reads files).
class RunPackager {
public:
    explicit RunPackager(const Workspace& workspace);

    /// Packages the run `runReference` (an id or an unambiguous prefix) under `name`. The run
    /// must have ended finished or stopped with a model; an error says which it is not.
    /// `intendedUse` fills the card's "Intended use" section (a reminder to write one when empty).
    Result<BundleContents> package(const QString& runReference, const QString& name,
                                   const QString& intendedUse = {}) const;

    /// package(), then ModelRegistry::add(), then, when `alias` is given, points it at the new version.
    Result<RegisteredVersion> registerRun(ModelRegistry& registry, const QString& runReference, const QString& name,
                                          const QString& alias = {}, const QString& intendedUse = {}) const;

    /// The model card for `manifest`: data, split sizes, model, recipe, test metrics, the
    /// confusion matrix in brief, environment, intended use and limits. Thread: any.
    static QByteArray modelCard(const BundleManifest& manifest, const QJsonObject& confusionMatrix,
                                const QString& intendedUse);

private:
    /// The training data's profile (profiled again when stored in format 1) with what the model
    /// predicted on the test split (the classes, or the profile of the predicted values):
    /// reference_profile.json. Empty when the dataset is gone.
    QJsonObject referenceProfile(const RunRecord& run, const QJsonObject& confusionMatrix,
                                 const QJsonObject& testPredictions) const;

    const Workspace& m_workspace;
};

} // namespace crucible
