#include "ModelSpec.h"

#include "engine/core/Message.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace crucible {

namespace {

constexpr const char* kForms = "a preset (mlp, cnn, resnet, linear, logistic, auto), a compact form (mlp:256,128, "
                               "cnn:32,64, resnet:16,32,64), JSON, or the path of a JSON file";

Error specError(const QString& message, const QString& where = QStringLiteral("model"))
{
    return Error {ErrorCode::InvalidInput, message, where};
}

std::optional<ModelKind> kindFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("auto"))
        return ModelKind::Auto;
    if (lower == QLatin1String("mlp"))
        return ModelKind::Mlp;
    if (lower == QLatin1String("cnn"))
        return ModelKind::Cnn;
    if (lower == QLatin1String("resnet"))
        return ModelKind::ResNet;
    if (lower == QLatin1String("linear") || lower == QLatin1String("logistic"))
        return ModelKind::Linear;
    return std::nullopt;
}

Result<std::vector<int>> positiveSizes(const QJsonArray& array, const QString& key)
{
    std::vector<int> sizes;
    for (const QJsonValue& value : array) {
        const int size = value.toInt(0);
        if (size <= 0 || size > 65536)
            return specError(CRUCIBLE_MESSAGE("'%1' takes whole numbers from 1 to 65536").arg(key));
        sizes.push_back(size);
    }
    return sizes;
}

QJsonArray sizesJson(const std::vector<int>& sizes)
{
    QJsonArray array;
    for (int size : sizes)
        array.append(size);
    return array;
}

QString joinSizes(const std::vector<int>& sizes)
{
    QStringList parts;
    for (int size : sizes)
        parts << QString::number(size);
    return parts.join(QLatin1Char('-'));
}

Result<ModelSpec> parseCompact(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const auto kind = kindFromName(text.left(colon));
    if (!kind || *kind == ModelKind::Auto || *kind == ModelKind::Linear)
        return specError(CRUCIBLE_MESSAGE("unknown model '%1': use %2").arg(text, QLatin1String(kForms)));
    std::vector<int> sizes;
    for (const QString& part : text.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int size = part.trimmed().toInt(&ok);
        if (!ok || size <= 0 || size > 65536)
            return specError(
                CRUCIBLE_MESSAGE("'%1' in '%2' is not a layer size (a whole number from 1 to 65536)").arg(part, text));
        sizes.push_back(size);
    }
    ModelSpec spec = ModelSpec::preset(*kind);
    if (*kind == ModelKind::Mlp) {
        spec.hidden = sizes;
    } else if (*kind == ModelKind::Cnn) {
        spec.conv.clear();
        for (int channels : sizes)
            spec.conv.push_back({channels, 3, 2});
    } else {
        spec.stages = sizes;
    }
    if ((*kind == ModelKind::Cnn && spec.conv.empty()) || (*kind == ModelKind::ResNet && spec.stages.empty()))
        return specError(CRUCIBLE_MESSAGE("'%1' names no channels: write for example cnn:32,64").arg(text));
    return spec;
}

} // namespace

QString modelKindName(ModelKind kind)
{
    switch (kind) {
    case ModelKind::Auto:
        return QStringLiteral("auto");
    case ModelKind::Mlp:
        return QStringLiteral("mlp");
    case ModelKind::Cnn:
        return QStringLiteral("cnn");
    case ModelKind::ResNet:
        return QStringLiteral("resnet");
    case ModelKind::Linear:
        break;
    }
    return QStringLiteral("linear");
}

QStringList modelActivations()
{
    return {QStringLiteral("relu"), QStringLiteral("gelu"), QStringLiteral("tanh")};
}

ModelSpec ModelSpec::preset(ModelKind kind)
{
    ModelSpec spec;
    spec.kind = kind;
    switch (kind) {
    case ModelKind::Mlp:
        spec.hidden = {256, 128};
        break;
    case ModelKind::Cnn:
        spec.conv = {{32, 3, 2}, {64, 3, 2}};
        spec.hidden = {128};
        break;
    case ModelKind::ResNet:
        spec.stages = {16, 32, 64};
        spec.blocks = 1;
        spec.batchNorm = true;
        break;
    case ModelKind::Auto:
    case ModelKind::Linear:
        break;
    }
    return spec;
}

ModelSpec ModelSpec::presetFor(DatasetKind kind)
{
    return preset(kind == DatasetKind::Images ? ModelKind::Cnn : ModelKind::Mlp);
}

ModelSpec ModelSpec::resolvedFor(DatasetKind datasetKind) const
{
    return kind == ModelKind::Auto ? presetFor(datasetKind) : *this;
}

Status ModelSpec::checkFor(DatasetKind datasetKind) const
{
    if (datasetKind == DatasetKind::Tabular && (kind == ModelKind::Cnn || kind == ModelKind::ResNet))
        return specError(
            CRUCIBLE_MESSAGE("a %1 needs an image dataset; use mlp or linear for a table").arg(modelKindName(kind)));
    return Ok {};
}

QString ModelSpec::summary() const
{
    switch (kind) {
    case ModelKind::Auto:
        return CRUCIBLE_MESSAGE("auto (preset for the dataset)");
    case ModelKind::Linear:
        return QStringLiteral("linear");
    case ModelKind::Mlp:
        return QStringLiteral("mlp %1 %2")
            .arg(hidden.empty() ? QStringLiteral("(no hidden layer)") : joinSizes(hidden), activation);
    case ModelKind::Cnn: {
        std::vector<int> channels;
        for (const ConvBlock& block : conv)
            channels.push_back(block.channels);
        return QStringLiteral("cnn %1 | fc %2")
            .arg(joinSizes(channels), hidden.empty() ? QStringLiteral("-") : joinSizes(hidden));
    }
    case ModelKind::ResNet:
        return QStringLiteral("resnet %1 x%2").arg(joinSizes(stages)).arg(blocks);
    }
    return {};
}

Result<ModelSpec> ModelSpec::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return specError(CRUCIBLE_MESSAGE("no model given: use %1").arg(QLatin1String(kForms)));
    if (text.startsWith(QLatin1Char('{'))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (!document.isObject())
            return specError(CRUCIBLE_MESSAGE("the model JSON does not parse: %1 at offset %2")
                                 .arg(error.errorString())
                                 .arg(error.offset));
        return fromJson(document.object());
    }
    if (const auto kind = kindFromName(text))
        return preset(*kind);
    if (text.contains(QLatin1Char(':')) && !QFileInfo::exists(text))
        return parseCompact(text);
    QFile file(text);
    if (!QFileInfo(text).isFile() || !file.open(QIODevice::ReadOnly))
        return specError(CRUCIBLE_MESSAGE("unknown model '%1': use %2").arg(text, QLatin1String(kForms)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return specError(
            CRUCIBLE_MESSAGE("not a JSON model spec: %1 at offset %2").arg(error.errorString()).arg(error.offset),
            text);
    auto spec = fromJson(document.object());
    if (!spec)
        return Error {spec.error().code, spec.error().message, text};
    return spec;
}

Result<ModelSpec> ModelSpec::fromJson(const QJsonObject& json)
{
    static const QStringList known {
        QStringLiteral("kind"),       QStringLiteral("hidden"), QStringLiteral("activation"), QStringLiteral("dropout"),
        QStringLiteral("batch_norm"), QStringLiteral("conv"),   QStringLiteral("stages"),     QStringLiteral("blocks")};
    for (const QString& key : json.keys()) {
        if (!known.contains(key))
            return specError(CRUCIBLE_MESSAGE("unknown key '%1' in the model spec; known keys: %2")
                                 .arg(key, known.join(QStringLiteral(", "))));
    }
    const auto kind = kindFromName(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return specError(CRUCIBLE_MESSAGE("'kind' must be one of auto, mlp, cnn, resnet, linear"));
    ModelSpec spec = preset(*kind);
    if (json.contains(QStringLiteral("hidden"))) {
        auto sizes = positiveSizes(json.value(QStringLiteral("hidden")).toArray(), QStringLiteral("hidden"));
        if (!sizes)
            return sizes.error();
        spec.hidden = sizes.value();
    }
    spec.activation = json.value(QStringLiteral("activation")).toString(spec.activation).toLower();
    if (!modelActivations().contains(spec.activation))
        return specError(CRUCIBLE_MESSAGE("'activation' must be one of %1, not '%2'")
                             .arg(modelActivations().join(QStringLiteral(", ")), spec.activation));
    spec.dropout = json.value(QStringLiteral("dropout")).toDouble(spec.dropout);
    if (!(spec.dropout >= 0.0 && spec.dropout < 1.0))
        return specError(CRUCIBLE_MESSAGE("'dropout' must be at least 0 and below 1"));
    spec.batchNorm = json.value(QStringLiteral("batch_norm")).toBool(spec.batchNorm);
    if (json.contains(QStringLiteral("conv"))) {
        spec.conv.clear();
        for (const QJsonValue& value : json.value(QStringLiteral("conv")).toArray()) {
            const QJsonObject block = value.toObject();
            ConvBlock conv {block.value(QStringLiteral("channels")).toInt(0),
                            block.value(QStringLiteral("kernel")).toInt(3),
                            block.value(QStringLiteral("pool")).toInt(2)};
            if (conv.channels <= 0 || conv.kernel <= 0 || conv.kernel > 15 || conv.pool <= 0)
                return specError(CRUCIBLE_MESSAGE("each 'conv' block needs channels > 0, kernel 1-15 and pool >= 1"));
            spec.conv.push_back(conv);
        }
    }
    if (json.contains(QStringLiteral("stages"))) {
        auto sizes = positiveSizes(json.value(QStringLiteral("stages")).toArray(), QStringLiteral("stages"));
        if (!sizes)
            return sizes.error();
        spec.stages = sizes.value();
    }
    spec.blocks = json.value(QStringLiteral("blocks")).toInt(spec.blocks);
    if (spec.blocks < 1 || spec.blocks > 16)
        return specError(CRUCIBLE_MESSAGE("'blocks' must be from 1 to 16"));
    if ((spec.kind == ModelKind::Cnn && spec.conv.empty()) || (spec.kind == ModelKind::ResNet && spec.stages.empty()))
        return specError(
            CRUCIBLE_MESSAGE("a %1 needs at least one %2")
                .arg(modelKindName(spec.kind),
                     spec.kind == ModelKind::Cnn ? CRUCIBLE_MESSAGE("conv block") : QStringLiteral("stage")));
    return spec;
}

QJsonObject ModelSpec::toJson() const
{
    QJsonObject json {{QStringLiteral("kind"), modelKindName(kind)}};
    if (kind == ModelKind::Auto || kind == ModelKind::Linear)
        return json;
    json.insert(QStringLiteral("hidden"), sizesJson(hidden));
    json.insert(QStringLiteral("activation"), activation);
    json.insert(QStringLiteral("dropout"), dropout);
    json.insert(QStringLiteral("batch_norm"), batchNorm);
    if (kind == ModelKind::Cnn) {
        QJsonArray blockArray;
        for (const ConvBlock& block : conv)
            blockArray.append(QJsonObject {{QStringLiteral("channels"), block.channels},
                                           {QStringLiteral("kernel"), block.kernel},
                                           {QStringLiteral("pool"), block.pool}});
        json.insert(QStringLiteral("conv"), blockArray);
    }
    if (kind == ModelKind::ResNet) {
        json.insert(QStringLiteral("stages"), sizesJson(stages));
        json.insert(QStringLiteral("blocks"), this->blocks);
    }
    return json;
}

} // namespace crucible
