#include "RunConfig.h"

#include "engine/core/Message.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace crucible {

namespace {

const QStringList kOptimizers {QStringLiteral("sgd"), QStringLiteral("adam"), QStringLiteral("adamw")};
const QStringList kSchedules {QStringLiteral("constant"), QStringLiteral("step"), QStringLiteral("cosine")};
const QStringList kAmpModes {QStringLiteral("off"), QStringLiteral("bf16"), QStringLiteral("fp16")};

Error keyError(const QString& key, const QString& message)
{
    return Error {ErrorCode::InvalidInput, message, CRUCIBLE_MESSAGE("recipe key '%1'").arg(key)};
}

Result<bool> parseBool(const QString& key, const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("1") || lower == QLatin1String("yes")
        || lower == QLatin1String("on"))
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("0") || lower == QLatin1String("no")
        || lower == QLatin1String("off"))
        return false;
    return keyError(key, CRUCIBLE_MESSAGE("'%1' is not a boolean: use true or false").arg(text));
}

Result<double> parseNumber(const QString& key, const QString& text, double low, double high)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < low || value > high)
        return keyError(key, CRUCIBLE_MESSAGE("'%1' is not a number from %2 to %3").arg(text).arg(low).arg(high));
    return value;
}

Result<qint64> parseInteger(const QString& key, const QString& text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < low || value > high)
        return keyError(key, CRUCIBLE_MESSAGE("'%1' is not a whole number from %2 to %3").arg(text).arg(low).arg(high));
    return value;
}

Result<QString> parseChoice(const QString& key, const QString& text, const QStringList& choices)
{
    const QString lower = text.trimmed().toLower();
    if (!choices.contains(lower))
        return keyError(key,
                        CRUCIBLE_MESSAGE("'%1' is not allowed: use %2").arg(text, choices.join(QStringLiteral(", "))));
    return lower;
}

bool isDevice(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(auto|cpu|cuda(:[0-9]+)?)$"));
    return pattern.match(text).hasMatch();
}

QString number(double value)
{
    // Whole numbers as whole numbers (a seed of 1000000 is not "1e+06", which integer keys refuse).
    if (value == std::floor(value) && std::abs(value) < 9e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest); // reads back exactly
}

} // namespace

QStringList RunConfig::keys()
{
    return {QStringLiteral("model"),
            QStringLiteral("epochs"),
            QStringLiteral("batch_size"),
            QStringLiteral("lr"),
            QStringLiteral("optimizer"),
            QStringLiteral("momentum"),
            QStringLiteral("nesterov"),
            QStringLiteral("weight_decay"),
            QStringLiteral("schedule"),
            QStringLiteral("step_size"),
            QStringLiteral("step_gamma"),
            QStringLiteral("warmup_epochs"),
            QStringLiteral("early_stopping_patience"),
            QStringLiteral("early_stopping_metric"),
            QStringLiteral("grad_clip"),
            QStringLiteral("seed"),
            QStringLiteral("deterministic"),
            QStringLiteral("device"),
            QStringLiteral("amp"),
            QStringLiteral("cudnn_benchmark"),
            QStringLiteral("threads"),
            QStringLiteral("checkpoint_every"),
            QStringLiteral("keep_checkpoints"),
            QStringLiteral("dist_timeout"),
            QStringLiteral("split"),
            QStringLiteral("split_seed")};
}

Status RunConfig::set(const QString& key, const QString& text)
{
    auto assign = [](auto& field, const auto& result) -> Status {
        if (!result)
            return result.error();
        field = std::remove_reference_t<decltype(field)>(result.value());
        return Ok {};
    };
    if (key == QLatin1String("model")) {
        auto spec = ModelSpec::parse(text);
        if (!spec)
            return keyError(key, spec.error().text());
        model = spec.value();
        return Ok {};
    }
    if (key == QLatin1String("epochs"))
        return assign(epochs, parseInteger(key, text, 1, 100000));
    if (key == QLatin1String("batch_size"))
        return assign(batchSize, parseInteger(key, text, 1, 1 << 24));
    if (key == QLatin1String("lr"))
        return assign(lr, parseNumber(key, text, 0.0, 1e6));
    if (key == QLatin1String("optimizer"))
        return assign(optimizer, parseChoice(key, text, kOptimizers));
    if (key == QLatin1String("momentum"))
        return assign(momentum, parseNumber(key, text, 0.0, 1.0));
    if (key == QLatin1String("nesterov"))
        return assign(nesterov, parseBool(key, text));
    if (key == QLatin1String("weight_decay"))
        return assign(weightDecay, parseNumber(key, text, 0.0, 1e3));
    if (key == QLatin1String("schedule"))
        return assign(schedule, parseChoice(key, text, kSchedules));
    if (key == QLatin1String("step_size"))
        return assign(stepSize, parseInteger(key, text, 1, 100000));
    if (key == QLatin1String("step_gamma"))
        return assign(stepGamma, parseNumber(key, text, 0.0, 1.0));
    if (key == QLatin1String("warmup_epochs"))
        return assign(warmupEpochs, parseNumber(key, text, 0.0, 100000.0));
    if (key == QLatin1String("early_stopping_patience"))
        return assign(earlyStoppingPatience, parseInteger(key, text, 0, 100000));
    if (key == QLatin1String("early_stopping_metric")) {
        if (!text.startsWith(QLatin1String("val_")))
            return keyError(key,
                            CRUCIBLE_MESSAGE("'%1' is not a validation metric: use val_loss, val_accuracy, "
                                             "val_mse, val_mae or val_r2")
                                .arg(text));
        earlyStoppingMetric = text.trimmed();
        return Ok {};
    }
    if (key == QLatin1String("grad_clip"))
        return assign(gradClip, parseNumber(key, text, 0.0, 1e9));
    if (key == QLatin1String("seed"))
        return assign(seed, parseInteger(key, text, 0, std::numeric_limits<qint64>::max()));
    if (key == QLatin1String("deterministic"))
        return assign(deterministic, parseBool(key, text));
    if (key == QLatin1String("device")) {
        if (!isDevice(text.trimmed().toLower()))
            return keyError(key, CRUCIBLE_MESSAGE("'%1' is not a device: use auto, cpu, cuda or cuda:N").arg(text));
        device = text.trimmed().toLower();
        return Ok {};
    }
    if (key == QLatin1String("amp"))
        return assign(amp, parseChoice(key, text, kAmpModes));
    if (key == QLatin1String("cudnn_benchmark"))
        return assign(cudnnBenchmark, parseBool(key, text));
    if (key == QLatin1String("threads"))
        return assign(threads, parseInteger(key, text, 0, 1024));
    if (key == QLatin1String("checkpoint_every"))
        return assign(checkpointEvery, parseInteger(key, text, 0, 100000));
    if (key == QLatin1String("keep_checkpoints"))
        return assign(keepCheckpoints, parseInteger(key, text, 0, 100000));
    if (key == QLatin1String("dist_timeout"))
        return assign(distTimeout, parseInteger(key, text, 1, 86400));
    if (key == QLatin1String("split")) {
        const QStringList parts = text.split(QLatin1Char(','));
        if (parts.size() != 3)
            return keyError(key,
                            CRUCIBLE_MESSAGE("'%1' is not three fractions: write train,validation,test, for "
                                             "example 0.8,0.1,0.1")
                                .arg(text));
        double values[3];
        for (int i = 0; i < 3; ++i) {
            auto part = parseNumber(key, parts[i], 0.0, 1.0);
            if (!part)
                return part.error();
            values[i] = part.value();
        }
        if (values[0] <= 0.0)
            return keyError(key, CRUCIBLE_MESSAGE("the training fraction must be above 0"));
        splitTrain = values[0];
        splitValidation = values[1];
        splitTest = values[2];
        return Ok {};
    }
    if (key == QLatin1String("split_seed"))
        return assign(splitSeed, parseInteger(key, text, 0, std::numeric_limits<qint64>::max()));
    return Error {
        ErrorCode::InvalidInput,
        CRUCIBLE_MESSAGE("unknown recipe key '%1'; the keys are: %2").arg(key, keys().join(QStringLiteral(", "))),
        QStringLiteral("--set")};
}

Status RunConfig::apply(const QStringList& assignments)
{
    for (const QString& assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("'%1' is not key=value (for example lr=3e-4)").arg(assignment),
                          QStringLiteral("--set")};
        if (const Status done = set(assignment.left(equals).trimmed(), assignment.mid(equals + 1)); !done)
            return done;
    }
    return Ok {};
}

QString RunConfig::value(const QString& key) const
{
    if (key == QLatin1String("amp"))
        return amp;
    if (key == QLatin1String("cudnn_benchmark"))
        return cudnnBenchmark ? QStringLiteral("true") : QStringLiteral("false");
    if (key == QLatin1String("keep_checkpoints"))
        return QString::number(keepCheckpoints);
    if (key == QLatin1String("dist_timeout"))
        return QString::number(distTimeout);
    const QJsonValue json = toJson().value(key);
    if (key == QLatin1String("model"))
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (key == QLatin1String("split"))
        return QStringLiteral("%1,%2,%3").arg(number(splitTrain), number(splitValidation), number(splitTest));
    if (json.isBool())
        return json.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (json.isDouble())
        return number(json.toDouble());
    return json.toString();
}

Status RunConfig::validate() const
{
    if (epochs < 1 || batchSize < 1)
        return keyError(epochs < 1 ? QStringLiteral("epochs") : QStringLiteral("batch_size"),
                        CRUCIBLE_MESSAGE("must be at least 1"));
    if (!kOptimizers.contains(optimizer))
        return keyError(QStringLiteral("optimizer"),
                        QStringLiteral("use %1").arg(kOptimizers.join(QStringLiteral(", "))));
    if (!kSchedules.contains(schedule))
        return keyError(QStringLiteral("schedule"),
                        QStringLiteral("use %1").arg(kSchedules.join(QStringLiteral(", "))));
    if (!isDevice(device))
        return keyError(QStringLiteral("device"), CRUCIBLE_MESSAGE("use auto, cpu, cuda or cuda:N"));
    if (!kAmpModes.contains(amp))
        return keyError(QStringLiteral("amp"), QStringLiteral("use %1").arg(kAmpModes.join(QStringLiteral(", "))));
    if (!(lr >= 0.0) || !(splitTrain > 0.0))
        return keyError(!(lr >= 0.0) ? QStringLiteral("lr") : QStringLiteral("split"),
                        CRUCIBLE_MESSAGE("out of range"));
    return Ok {};
}

QJsonObject RunConfig::toJson() const
{
    QJsonObject json {
        {QStringLiteral("model"), model.toJson()},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("batch_size"), batchSize},
        {QStringLiteral("lr"), lr},
        {QStringLiteral("optimizer"), optimizer},
        {QStringLiteral("momentum"), momentum},
        {QStringLiteral("nesterov"), nesterov},
        {QStringLiteral("weight_decay"), weightDecay},
        {QStringLiteral("schedule"), schedule},
        {QStringLiteral("step_size"), stepSize},
        {QStringLiteral("step_gamma"), stepGamma},
        {QStringLiteral("warmup_epochs"), warmupEpochs},
        {QStringLiteral("early_stopping_patience"), earlyStoppingPatience},
        {QStringLiteral("early_stopping_metric"), earlyStoppingMetric},
        {QStringLiteral("grad_clip"), gradClip},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("deterministic"), deterministic},
        {QStringLiteral("device"), device},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("checkpoint_every"), checkpointEvery},
        {QStringLiteral("split"),
         QJsonObject {{QStringLiteral("train"), splitTrain},
                      {QStringLiteral("validation"), splitValidation},
                      {QStringLiteral("test"), splitTest}}},
        {QStringLiteral("split_seed"), qint64(splitSeed)},
    };
    // The GPU and retention keys came later: recorded when they differ from their defaults, so that recipes
    // written before them keep their hash.
    if (amp != QLatin1String("off"))
        json.insert(QStringLiteral("amp"), amp);
    if (cudnnBenchmark)
        json.insert(QStringLiteral("cudnn_benchmark"), true);
    if (keepCheckpoints != 3)
        json.insert(QStringLiteral("keep_checkpoints"), keepCheckpoints);
    if (distTimeout != 60)
        json.insert(QStringLiteral("dist_timeout"), distTimeout);
    return json;
}

Result<RunConfig> RunConfig::fromJson(const QJsonObject& json)
{
    RunConfig config;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String("model") && it.value().isObject()) {
            auto spec = ModelSpec::fromJson(it.value().toObject());
            if (!spec)
                return spec.error();
            config.model = spec.value();
            continue;
        }
        if (key == QLatin1String("split") && it.value().isObject()) {
            const QJsonObject split = it.value().toObject();
            config.splitTrain = split.value(QStringLiteral("train")).toDouble(config.splitTrain);
            config.splitValidation = split.value(QStringLiteral("validation")).toDouble(config.splitValidation);
            config.splitTest = split.value(QStringLiteral("test")).toDouble(config.splitTest);
            continue;
        }
        const QJsonValue value = it.value();
        QString text;
        if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (value.isDouble())
            text = number(value.toDouble());
        else
            text = value.toString();
        if (const Status done = config.set(key, text); !done)
            return done.error();
    }
    if (const Status valid = config.validate(); !valid)
        return valid.error();
    return config;
}

QByteArray RunConfig::canonicalJson() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString RunConfig::hash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

SplitRecipe RunConfig::splitRecipe() const
{
    SplitRecipe recipe;
    recipe.train = splitTrain;
    recipe.validation = splitValidation;
    recipe.test = splitTest;
    recipe.seed = splitSeed;
    recipe.stratified = true;
    return recipe;
}

} // namespace crucible
