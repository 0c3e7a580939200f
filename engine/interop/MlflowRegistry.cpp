#include "engine/interop/MlflowRegistry.h"

#include "engine/interop/MlflowApi.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace crucible::mlflow {

namespace {

double ms(const QDateTime& time)
{
    return time.isValid() ? double(time.toMSecsSinceEpoch()) : 0.0;
}

QJsonObject versionJson(const RegisteredVersion& version, const QMap<QString, int>& aliases)
{
    QJsonArray pointing;
    for (auto it = aliases.constBegin(); it != aliases.constEnd(); ++it) {
        if (it.value() == version.version)
            pointing.append(it.key());
    }
    return QJsonObject {
        {QStringLiteral("name"), version.name},
        {QStringLiteral("version"), QString::number(version.version)},
        {QStringLiteral("creation_timestamp"), ms(version.createdAt)},
        {QStringLiteral("last_updated_timestamp"), ms(version.createdAt)},
        {QStringLiteral("current_stage"), QStringLiteral("None")},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("source"), version.bundlePath},
        {QStringLiteral("run_id"), version.runId},
        {QStringLiteral("status"), QStringLiteral("READY")},
        {QStringLiteral("aliases"), pointing},
    };
}

class Registry {
public:
    Registry(const Workspace& workspace, ModelRegistry& registry) : m_workspace(workspace), m_registry(registry) { }

    Result<ModelSummary> summary(const QString& name) const
    {
        auto models = m_registry.models();
        if (!models)
            return models.error();
        for (const ModelSummary& model : models.value()) {
            if (model.name == name && model.versionCount > 0)
                return model;
        }
        return Error {ErrorCode::NotFound, QStringLiteral("Registered Model with name=%1 not found").arg(name), {}};
    }

    Result<QJsonObject> modelJson(const ModelSummary& model) const
    {
        auto versions = m_registry.versions(model.name);
        if (!versions)
            return versions.error();
        QDateTime created;
        QDateTime updated;
        for (const RegisteredVersion& version : versions.value()) {
            if (!created.isValid() || version.createdAt < created)
                created = version.createdAt;
            if (!updated.isValid() || version.createdAt > updated)
                updated = version.createdAt;
        }
        QJsonArray latest;
        for (const RegisteredVersion& version : versions.value()) {
            if (version.version == model.latestVersion)
                latest.append(versionJson(version, model.aliases));
        }
        QJsonArray aliases;
        for (auto it = model.aliases.constBegin(); it != model.aliases.constEnd(); ++it)
            aliases.append(QJsonObject {{QStringLiteral("alias"), it.key()},
                                        {QStringLiteral("version"), QString::number(it.value())}});
        return QJsonObject {{QStringLiteral("name"), model.name},
                            {QStringLiteral("creation_timestamp"), ms(created)},
                            {QStringLiteral("last_updated_timestamp"), ms(updated)},
                            {QStringLiteral("latest_versions"), latest},
                            {QStringLiteral("aliases"), aliases}};
    }

    Result<QJsonObject> versionOf(const QString& name, int version) const
    {
        auto model = summary(name);
        if (!model)
            return model.error();
        auto versions = m_registry.versions(name);
        if (!versions)
            return versions.error();
        for (const RegisteredVersion& candidate : versions.value()) {
            if (candidate.version == version)
                return versionJson(candidate, model->aliases);
        }
        return Error {ErrorCode::NotFound,
                      QStringLiteral("Model Version (name=%1, version=%2) not found").arg(name).arg(version),
                      {}};
    }

    /// model-versions/create: the source named, registered when it is a Crucible model.
    Result<QJsonObject> createVersion(const QString& name, const QString& source, const QString& runIdGiven) const
    {
        if (Status valid = ModelRegistry::validateName(name); !valid)
            return valid.error();
        QString runId = runIdGiven;
        QString artifact;
        static const QRegularExpression runsUri(QStringLiteral("^runs:/([^/]+)(?:/(.*))?$"));
        static const QRegularExpression artifactsUri(
            QStringLiteral("^mlflow-artifacts:/+[^/]+/([^/]+)/artifacts(?:/(.*))?$"));
        if (const auto match = runsUri.match(source); match.hasMatch()) {
            runId = match.captured(1);
            artifact = match.captured(2);
        } else if (const auto artifactMatch = artifactsUri.match(source); artifactMatch.hasMatch()) {
            runId = artifactMatch.captured(1);
            artifact = artifactMatch.captured(2);
        } else {
            return Error {
                ErrorCode::InvalidInput,
                QStringLiteral("Crucible registers a model from a run: give the source as runs:/RUN_ID/PATH (a run "
                               "Crucible trained, or a Crucible bundle the run logged as an artifact), not '%1'")
                    .arg(source),
                {}};
        }
        RunStore runs(m_workspace);
        if (Status found = runs.requireRun(runId); !found)
            return Error {ErrorCode::NotFound, QStringLiteral("Run with id=%1 not found").arg(runId), {}};
        // A bundle the run logged as an artifact (the file, or a folder holding one).
        if (!artifact.isEmpty()) {
            const QStringList parts = artifact.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            if (parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral(".")))
                return Error {ErrorCode::InvalidInput,
                              QStringLiteral("the artifact path may not leave the run's artifacts"), artifact};
            QString path =
                QDir(runs.runFolder(runId)).filePath(QStringLiteral("artifacts/") + parts.join(QLatin1Char('/')));
            if (QFileInfo(path).isDir()) {
                const QStringList bundles = QDir(path).entryList({QStringLiteral("*.crucible")}, QDir::Files);
                path = bundles.size() == 1 ? QDir(path).filePath(bundles.first()) : QString();
            }
            if (!path.isEmpty() && QFileInfo(path).isFile() && !QFileInfo(path).isSymLink()) {
                auto imported = m_registry.importBundle(path, name);
                if (!imported)
                    return Error {ErrorCode::InvalidInput,
                                  QStringLiteral("the artifact %1 of run %2 is not a Crucible model bundle that can be "
                                                 "registered: %3")
                                      .arg(artifact, runId, imported.error().message),
                                  {}};
                return versionOf(name, imported->version);
            }
        }
        // A run Crucible trained: its model, packaged as `crucible-cli models register` does.
        auto record = RunCatalog(m_workspace).run(runId);
        if (!record)
            return record.error();
        if (record->config.isEmpty())
            return Error {
                ErrorCode::InvalidInput,
                QStringLiteral("run %1 has no Crucible model: it was logged through MLflow, and Crucible's registry "
                               "holds model bundles (a run Crucible trained, or a .crucible file the run logged as "
                               "an artifact and names in the source)")
                    .arg(runId),
                {}};
        auto registered = RunPackager(m_workspace).registerRun(m_registry, runId, name);
        if (!registered)
            return registered.error();
        return versionOf(name, registered->version);
    }

private:
    const Workspace& m_workspace;
    ModelRegistry& m_registry;
};

/// "name = 'x'" or "name LIKE '%x%'" (the filters MLflow's clients send here); -> (equals, contains).
Result<std::pair<QString, QString>> nameFilter(QString filter)
{
    // MLflow 3's clients add "tag.`mlflow.prompt.is_prompt` != 'true'" (models, not prompts):
    // Crucible's registry holds no prompts, so every model meets it.
    static const QRegularExpression notPrompt(
        QStringLiteral("(\\s+and\\s+)?tags?\\.`?mlflow\\.prompt\\.is_prompt`?\\s*!=\\s*(['\"])true\\2(\\s+and\\s+)?"),
        QRegularExpression::CaseInsensitiveOption);
    filter.replace(notPrompt, QStringLiteral(" "));
    if (filter.trimmed().isEmpty())
        return std::pair<QString, QString> {};
    static const QRegularExpression equals(QStringLiteral("^\\s*name\\s*=\\s*(['\"])(.*)\\1\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression like(QStringLiteral("^\\s*name\\s+i?like\\s*(['\"])%([^%_]*)%\\1\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto match = equals.match(filter); match.hasMatch())
        return std::pair<QString, QString> {match.captured(2), {}};
    if (const auto match = like.match(filter); match.hasMatch())
        return std::pair<QString, QString> {{}, match.captured(2)};
    return Error {
        ErrorCode::InvalidInput,
        QStringLiteral("models can be searched by name only (name = 'x' or name LIKE '%x%'), not by: %1").arg(filter),
        {}};
}

std::optional<int> versionNumber(const QJsonValue& value)
{
    const auto number = readInt(value);
    if (!number || *number < 1 || *number > 1000000000)
        return std::nullopt;
    return int(*number);
}

} // namespace

HttpResponse handleRegistry(const Workspace& workspace, const QString& registryFolder, const QString& endpoint,
                            const QByteArray& method, const QJsonObject& body)
{
    auto opened = ModelRegistry::open(registryFolder);
    if (!opened)
        return errorResponse(fromError(opened.error()));
    ModelRegistry& modelRegistry = *opened.value();
    const Registry registry(workspace, modelRegistry);
    const QString name = body.value(QStringLiteral("name")).toString();
    auto answer = [](const char* key, const Result<QJsonObject>& value) {
        return value ? HttpResponse::json(200, {{QLatin1String(key), value.value()}})
                     : errorResponse(fromError(value.error()));
    };
    auto needName = [&]() -> std::optional<HttpResponse> {
        if (name.isEmpty())
            return errorResponse(invalid(QStringLiteral("Missing value for required parameter 'name'.")));
        return std::nullopt;
    };

    if (endpoint == QLatin1String("registered-models/create")) {
        if (auto refused = needName())
            return *refused;
        if (Status valid = ModelRegistry::validateName(name); !valid)
            return errorResponse(fromError(valid.error()));
        if (auto existing = registry.summary(name))
            return errorResponse({400, QStringLiteral("RESOURCE_ALREADY_EXISTS"),
                                  QStringLiteral("Registered Model (name=%1) already exists.").arg(name)});
        // Crucible's registry holds a model once it has a version: the first one makes it.
        const double now = double(QDateTime::currentMSecsSinceEpoch());
        return HttpResponse::json(200,
                                  {{QStringLiteral("registered_model"),
                                    QJsonObject {{QStringLiteral("name"), name},
                                                 {QStringLiteral("creation_timestamp"), now},
                                                 {QStringLiteral("last_updated_timestamp"), now}}}});
    }
    if (endpoint == QLatin1String("registered-models/get")) {
        if (auto refused = needName())
            return *refused;
        auto model = registry.summary(name);
        return answer("registered_model",
                      model ? registry.modelJson(model.value()) : Result<QJsonObject>(model.error()));
    }
    if (endpoint == QLatin1String("registered-models/search") || endpoint == QLatin1String("model-versions/search")) {
        const bool versions = endpoint.startsWith(QLatin1String("model-versions"));
        auto filter = nameFilter(body.value(QStringLiteral("filter")).toString());
        if (!filter)
            return errorResponse(fromError(filter.error()));
        auto models = modelRegistry.models();
        if (!models)
            return errorResponse(fromError(models.error()));
        QJsonArray list;
        for (const ModelSummary& model : models.value()) {
            if (model.versionCount == 0 || (!filter->first.isEmpty() && model.name != filter->first)
                || (!filter->second.isEmpty() && !model.name.contains(filter->second, Qt::CaseInsensitive)))
                continue;
            if (!versions) {
                auto json = registry.modelJson(model);
                if (!json)
                    return errorResponse(fromError(json.error()));
                list.append(json.value());
                continue;
            }
            auto all = modelRegistry.versions(model.name);
            if (!all)
                return errorResponse(fromError(all.error()));
            for (const RegisteredVersion& version : all.value())
                list.append(versionJson(version, model.aliases));
        }
        return HttpResponse::json(
            200, {{versions ? QStringLiteral("model_versions") : QStringLiteral("registered_models"), list}});
    }
    if (endpoint == QLatin1String("registered-models/get-latest-versions")) {
        if (auto refused = needName())
            return *refused;
        auto model = registry.summary(name);
        if (!model)
            return errorResponse(fromError(model.error()));
        auto latest = registry.versionOf(name, model->latestVersion);
        if (!latest)
            return errorResponse(fromError(latest.error()));
        return HttpResponse::json(200, {{QStringLiteral("model_versions"), QJsonArray {latest.value()}}});
    }
    if (endpoint == QLatin1String("registered-models/alias")) {
        if (auto refused = needName())
            return *refused;
        const QString alias = body.value(QStringLiteral("alias")).toString();
        if (alias.isEmpty())
            return errorResponse(invalid(QStringLiteral("Missing value for required parameter 'alias'.")));
        if (method == "GET") {
            auto target = modelRegistry.resolve(name + QLatin1Char('@') + alias);
            if (!target)
                return errorResponse(missing(QStringLiteral("Registered model alias %1 not found.").arg(alias)));
            return answer("model_version", registry.versionOf(name, target->version));
        }
        if (method == "DELETE") {
            if (Status removed = modelRegistry.removeAlias(name, alias); !removed)
                return errorResponse(fromError(removed.error()));
            return HttpResponse::json(200, {});
        }
        const auto version = versionNumber(body.value(QStringLiteral("version")));
        if (!version)
            return errorResponse(invalid(QStringLiteral("'version' must be a version number")));
        if (Status set = modelRegistry.setAlias(name, alias, *version); !set)
            return errorResponse(fromError(set.error()));
        return HttpResponse::json(200, {});
    }
    if (endpoint == QLatin1String("model-versions/create")) {
        if (auto refused = needName())
            return *refused;
        return answer("model_version",
                      registry.createVersion(name, body.value(QStringLiteral("source")).toString(),
                                             body.value(QStringLiteral("run_id")).toString()));
    }
    if (endpoint == QLatin1String("model-versions/get") || endpoint == QLatin1String("model-versions/delete")) {
        if (auto refused = needName())
            return *refused;
        const auto version = versionNumber(body.value(QStringLiteral("version")));
        if (!version)
            return errorResponse(invalid(QStringLiteral("'version' must be a version number")));
        if (endpoint.endsWith(QLatin1String("get")))
            return answer("model_version", registry.versionOf(name, *version));
        if (Status deleted = modelRegistry.deleteVersion(name, *version); !deleted)
            return errorResponse(fromError(deleted.error()));
        return HttpResponse::json(200, {});
    }
    return errorResponse(
        invalid(QStringLiteral("Crucible's registry does not support %1: models are renamed, deleted "
                               "whole or given stages and tags with crucible-cli models (aliases replace "
                               "stages)")
                    .arg(endpoint)));
}

} // namespace crucible::mlflow
