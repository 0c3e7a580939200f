#include "RunPackager.h"

#include "engine/core/Message.h"
#include "engine/data/DatasetStore.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace crucible {

namespace {

Result<QByteArray> readArtifact(const RunStore& store, const RunRecord& run, const QString& kind)
{
    for (const ArtifactRecord& artifact : run.artifacts) {
        if (artifact.kind != kind)
            continue;
        QFile file(QDir(store.runFolder(run.id)).filePath(artifact.path));
        if (!file.open(QIODevice::ReadOnly))
            return Error {ErrorCode::NotFound,
                          CRUCIBLE_MESSAGE("cannot read the run's %1: %2").arg(kind, file.errorString()),
                          file.fileName()};
        return file.readAll();
    }
    return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("the run has no %1").arg(kind),
                  QStringLiteral("run %1").arg(run.id)};
}

/// What forward() of model.pt takes, for people and for `predict`: the training encoding plus
/// the input's dtype and shape.
QJsonObject inputSignature(const QJsonObject& encoding)
{
    QJsonObject signature = encoding;
    signature.remove(QStringLiteral("classes"));
    signature.remove(QStringLiteral("target"));
    signature.remove(QStringLiteral("target_mean"));
    signature.remove(QStringLiteral("target_std"));
    if (encoding.value(QStringLiteral("kind")).toString() == QLatin1String("images")) {
        QJsonArray shape {-1};
        for (const QJsonValue& dim : encoding.value(QStringLiteral("shape")).toArray())
            shape.append(dim);
        signature.insert(QStringLiteral("input_shape"), shape);
        signature.insert(QStringLiteral("input_range"), QJsonArray {0, 255});
    } else {
        const QJsonArray features = encoding.value(QStringLiteral("features")).toArray();
        signature.insert(QStringLiteral("input_shape"), QJsonArray {-1, features.size()});
        signature.insert(QStringLiteral("categories_as"), QStringLiteral("index into the feature's categories"));
        signature.insert(QStringLiteral("missing_as"), QStringLiteral("NaN"));
    }
    signature.insert(QStringLiteral("input_dtype"), QStringLiteral("float32"));
    signature.insert(QStringLiteral("preprocessing"), QStringLiteral("inside model.pt"));
    return signature;
}

QJsonObject outputSignature(const QJsonObject& encoding)
{
    if (encoding.contains(QStringLiteral("classes")))
        return {{QStringLiteral("classes"), encoding.value(QStringLiteral("classes"))},
                {QStringLiteral("target"), encoding.value(QStringLiteral("target"))},
                {QStringLiteral("output"), QStringLiteral("class probabilities [N, K]")}};
    return {{QStringLiteral("target"), encoding.value(QStringLiteral("target"))},
            {QStringLiteral("output"), QStringLiteral("predictions [N]")}};
}

QJsonObject paramsJson(const RunRecord& run)
{
    QJsonObject params;
    for (auto it = run.params.begin(); it != run.params.end(); ++it)
        params.insert(it.key(), it.value());
    return params;
}

QString value(const QJsonObject& json, const QString& key)
{
    const QJsonValue v = json.value(key);
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 6);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace

QString resolveRegistryFolder(const Workspace& workspace, const QString& explicitFolder, const QString& setting)
{
    if (!explicitFolder.isEmpty())
        return QDir(explicitFolder).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("CRUCIBLE_REGISTRY");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    if (!setting.isEmpty())
        return QDir(setting).absolutePath();
    return workspace.registryFolder();
}

RunPackager::RunPackager(const Workspace& workspace) : m_workspace(workspace)
{ }

Result<BundleContents> RunPackager::package(const QString& runReference, const QString& name,
                                            const QString& intendedUse) const
{
    RunCatalog catalog(m_workspace);
    auto id = catalog.resolve(runReference);
    if (!id)
        return id.error();
    auto run = catalog.run(id.value());
    if (!run)
        return run.error();
    const RunRecord& r = run.value();
    if (r.status != RunStatus::Finished && r.status != RunStatus::Stopped)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the run is %1; only a finished or stopped run's model can be registered")
                          .arg(runStatusKey(r.status)),
                      QStringLiteral("run %1").arg(r.id)};
    RunStore store(m_workspace);
    auto model = readArtifact(store, r, QStringLiteral("model"));
    if (!model)
        return Error {ErrorCode::NotFound,
                      CRUCIBLE_MESSAGE("the run has no exported model.pt (runs trained before models were exported "
                                       "have none; train it again)"),
                      QStringLiteral("run %1").arg(r.id)};
    auto signature = readArtifact(store, r, QStringLiteral("input_signature"));
    if (!signature)
        return signature.error();
    const QJsonObject encoding = QJsonDocument::fromJson(signature.value()).object();
    auto confusion = readArtifact(store, r, QStringLiteral("confusion_matrix"));

    BundleContents contents;
    BundleManifest& m = contents.manifest;
    m.name = name;
    m.created = QDateTime::currentDateTimeUtc();
    m.runId = r.id;
    m.datasetName = r.datasetName;
    m.datasetHash = r.datasetHash;
    m.task = encoding.value(QStringLiteral("task")).toString();
    m.inputSignature = inputSignature(encoding);
    m.outputSignature = outputSignature(encoding);
    for (auto it = r.metrics.begin(); it != r.metrics.end(); ++it) {
        if ((it.key().startsWith(QLatin1String("test_")) || it.key().startsWith(QLatin1String("val_")))
            && std::isfinite(it.value().last))
            m.metrics.insert(it.key(), it.value().last);
    }
    m.params = paramsJson(r);
    m.environment = r.environment;
    contents.model = model.value();
    contents.modelCard =
        modelCard(m, confusion ? QJsonDocument::fromJson(confusion.value()).object() : QJsonObject(), intendedUse);
    auto testPredictions = readArtifact(store, r, QStringLiteral("test_predictions"));
    contents.referenceProfile =
        referenceProfile(r, confusion ? QJsonDocument::fromJson(confusion.value()).object() : QJsonObject(),
                         testPredictions ? QJsonDocument::fromJson(testPredictions.value()).object() : QJsonObject());
    return contents;
}

QJsonObject RunPackager::referenceProfile(const RunRecord& r, const QJsonObject& confusion,
                                          const QJsonObject& testPredictions) const
{
    const DatasetStore store(m_workspace);
    auto version = store.find(r.datasetName + QLatin1Char('@') + r.datasetHash);
    if (!version)
        return {};
    auto profile = store.profile(version.value());
    if (!profile)
        return {};
    // A dataset imported before profiles kept samples: profile it again, so that the bundle can
    // answer KS and Wasserstein drift checks.
    if (profile->format < kProfileFormat || (profile->channels > 0 && profile->channelHistograms.empty())) {
        if (auto data = store.load(version.value())) {
            const int target = data->columnIndex(profile->target);
            profile = profileDataset(data.value(), target);
        }
    }
    QJsonObject json = profile->toJson();
    // What the model predicted on the test split: the columns of its confusion matrix.
    const QJsonArray classes = confusion.value(QStringLiteral("classes")).toArray();
    const QJsonArray matrix = confusion.value(QStringLiteral("matrix")).toArray();
    if (!classes.isEmpty() && matrix.size() == classes.size()) {
        QJsonArray predicted;
        for (qsizetype j = 0; j < classes.size(); ++j) {
            qint64 count = 0;
            for (const QJsonValue& row : matrix)
                count += row.toArray().at(j).toInteger();
            predicted.append(QJsonArray {classes[j].toString(), count});
        }
        json.insert(
            QStringLiteral("predictions"),
            QJsonObject {{QStringLiteral("split"), QStringLiteral("test")}, {QStringLiteral("classes"), predicted}});
    }
    // A regression model: the profile of its predicted values on the test split (runs trained
    // before these were kept have none, and their bundles check no prediction drift).
    const QJsonObject values = testPredictions.value(QStringLiteral("profile")).toObject();
    if (classes.isEmpty() && !values.isEmpty())
        json.insert(
            QStringLiteral("predictions"),
            QJsonObject {{QStringLiteral("split"), QStringLiteral("test")}, {QStringLiteral("values"), values}});
    return json;
}

Result<RegisteredVersion> RunPackager::registerRun(ModelRegistry& registry, const QString& runReference,
                                                   const QString& name, const QString& alias,
                                                   const QString& intendedUse) const
{
    if (!alias.isEmpty()) {
        if (Status valid = ModelRegistry::validateName(alias, true); !valid)
            return valid.error();
    }
    auto contents = package(runReference, name, intendedUse);
    if (!contents)
        return contents.error();
    auto added = registry.add(contents.value(), name);
    if (!added || alias.isEmpty())
        return added;
    if (Status moved = registry.setAlias(name, alias, added->version); !moved)
        return moved.error();
    return added;
}

QByteArray RunPackager::modelCard(const BundleManifest& m, const QJsonObject& confusion, const QString& intendedUse)
{
    QStringList md;
    const QJsonObject& p = m.params;
    md << QStringLiteral("# %1").arg(m.name) << QString();
    md << QStringLiteral("A %1 model trained by Crucible from run `%2`.").arg(m.task, m.runId) << QString();
    md << QStringLiteral("## Data") << QString();
    md << QStringLiteral("- Dataset: **%1**, version `%2`").arg(m.datasetName, m.datasetHash.left(12));
    md << QStringLiteral("- Target: `%1`").arg(m.outputSignature.value(QStringLiteral("target")).toString());
    md << QStringLiteral("- Split (rows): train %1, validation %2, test %3 (seed %4)")
              .arg(value(p, QStringLiteral("data.train_rows")), value(p, QStringLiteral("data.validation_rows")),
                   value(p, QStringLiteral("data.test_rows")), value(p, QStringLiteral("split_seed")));
    md << QString() << QStringLiteral("## Model") << QString();
    QStringList spec;
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.key().startsWith(QLatin1String("model.")) && it.key() != QLatin1String("model.parameter_count"))
            spec << QStringLiteral("%1 %2").arg(it.key().mid(6), value(p, it.key()));
    }
    md << QStringLiteral("- Model: %1; %2 parameters")
              .arg(spec.join(QStringLiteral(", ")), value(p, QStringLiteral("model.parameter_count")));
    md << QStringLiteral("- Recipe: %1 epochs, batch %2, %3 at learning rate %4, weight decay %5, seed %6")
              .arg(value(p, QStringLiteral("epochs")), value(p, QStringLiteral("batch_size")),
                   value(p, QStringLiteral("optimizer")), value(p, QStringLiteral("lr")),
                   value(p, QStringLiteral("weight_decay")), value(p, QStringLiteral("seed")));
    md << QStringLiteral("- Input: %1; the preprocessing is inside model.pt")
              .arg(m.inputSignature.value(QStringLiteral("kind")).toString() == QLatin1String("images")
                       ? QStringLiteral("images, pixel values 0..255")
                       : QStringLiteral("%1 table columns")
                             .arg(m.inputSignature.value(QStringLiteral("features")).toArray().size()));
    md << QString() << QStringLiteral("## Metrics") << QString() << QStringLiteral("| metric | value |")
       << QStringLiteral("| --- | --- |");
    for (auto it = m.metrics.begin(); it != m.metrics.end(); ++it)
        md << QStringLiteral("| %1 | %2 |").arg(it.key(), QString::number(it.value(), 'g', 5));
    const QJsonArray classes = confusion.value(QStringLiteral("classes")).toArray();
    const QJsonArray matrix = confusion.value(QStringLiteral("matrix")).toArray();
    if (!classes.isEmpty() && matrix.size() == classes.size()) {
        md << QString() << QStringLiteral("## Confusion matrix (test split)") << QString()
           << QStringLiteral("| class | recall | most often taken for |") << QStringLiteral("| --- | --- | --- |");
        for (qsizetype i = 0; i < classes.size(); ++i) {
            const QJsonArray row = matrix[i].toArray();
            double total = 0;
            qsizetype worst = -1;
            for (qsizetype j = 0; j < row.size(); ++j) {
                total += row[j].toDouble();
                if (j != i && row[j].toDouble() > 0 && (worst < 0 || row[j].toDouble() > row[worst].toDouble()))
                    worst = j;
            }
            const QString recall = total > 0 ? QString::number(row[i].toDouble() / total, 'f', 3) : QStringLiteral("-");
            const QString confused = worst < 0
                ? QStringLiteral("-")
                : QStringLiteral("%1 (%2)").arg(classes[worst].toString()).arg(row[worst].toDouble());
            md << QStringLiteral("| %1 | %2 | %3 |").arg(classes[i].toString(), recall, confused);
        }
    }
    const QJsonObject& e = m.environment;
    md << QString() << QStringLiteral("## Environment") << QString();
    md << QStringLiteral("Crucible %1 (%2), LibTorch %3, Qt %4, %5; %6 on %7")
              .arg(value(e, QStringLiteral("crucible_version")), value(e, QStringLiteral("git_commit")),
                   value(e, QStringLiteral("libtorch_version")), value(e, QStringLiteral("qt_version")),
                   value(e, QStringLiteral("blas")), value(p, QStringLiteral("runtime.device")),
                   value(e, QStringLiteral("os")));
    md << QString() << QStringLiteral("## Intended use") << QString();
    md << (intendedUse.trimmed().isEmpty()
               ? QStringLiteral("*Not stated yet: say who should use this model, for what, and for what not.*")
               : intendedUse.trimmed());
    md << QString() << QStringLiteral("## Limits") << QString();
    md << QStringLiteral("- It has seen only data like version `%1` of %2; inputs outside the ranges in "
                         "reference_profile.json are extrapolation.")
              .arg(m.datasetHash.left(12), m.datasetName);
    md << QStringLiteral("- The test metrics come from %1 held-out rows of that same dataset.")
              .arg(value(p, QStringLiteral("data.test_rows")));
    md << QString();
    return md.join(QLatin1Char('\n')).toUtf8();
}

} // namespace crucible
