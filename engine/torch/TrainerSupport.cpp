#include "TrainerSupport.h"
#include "FastLayers.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/nn.h>
#include <torch/serialize.h>

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>
#include <mutex>

namespace crucible::detail {

namespace {

constexpr std::int64_t kChunk = 4096;
constexpr std::int64_t kFormat = 1;

QJsonObject confusionJson(const torch::Tensor& counts, const QStringList& classes)
{
    const torch::Tensor cpu = counts.to(torch::kCPU, torch::kLong).contiguous();
    const std::int64_t k = classes.size();
    QJsonArray matrix;
    for (std::int64_t actual = 0; actual < k; ++actual) {
        QJsonArray row;
        for (std::int64_t predicted = 0; predicted < k; ++predicted)
            row.append(qint64(cpu.data_ptr<std::int64_t>()[actual * k + predicted]));
        matrix.append(row);
    }
    return QJsonObject {{QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
                        {QStringLiteral("rows"), QStringLiteral("actual")},
                        {QStringLiteral("columns"), QStringLiteral("predicted")},
                        {QStringLiteral("matrix"), matrix}};
}

} // namespace

Evaluation evaluate(torch::nn::Sequential& model, const TrainingData& data, const torch::Tensor& x,
                    const torch::Tensor& y, bool withPredictions)
{
    Evaluation result;
    result.rows = x.defined() ? x.size(0) : 0;
    if (result.rows == 0)
        return result;
    torch::InferenceMode inference;
    model->eval();
    const bool isClassification = data.task == Task::Classification;
    const std::int64_t k = data.outputs;
    torch::Tensor counts = torch::zeros({k * k}, torch::TensorOptions().dtype(torch::kLong).device(x.device()));
    double lossSum = 0;
    double correct = 0;
    double squaredError = 0;
    double absoluteError = 0;
    double targetSum = 0;
    double targetSquares = 0;
    for (std::int64_t first = 0; first < result.rows; first += kChunk) {
        const std::int64_t n = std::min(kChunk, result.rows - first);
        const torch::Tensor out = detail::forwardModel(model, x.narrow(0, first, n));
        const torch::Tensor target = y.narrow(0, first, n);
        if (isClassification) {
            lossSum += torch::cross_entropy_loss(out, target, {}, at::Reduction::Sum).item<double>();
            const torch::Tensor predicted = out.argmax(1);
            correct += predicted.eq(target).sum().item<double>();
            if (withPredictions)
                counts += torch::bincount(target * k + predicted, {}, k * k);
        } else {
            lossSum += torch::mse_loss(out, target, at::Reduction::Sum).item<double>();
            const torch::Tensor predicted = out.to(torch::kDouble) * data.targetStd + data.targetMean;
            const torch::Tensor actual = target.to(torch::kDouble) * data.targetStd + data.targetMean;
            const torch::Tensor error = predicted - actual;
            if (withPredictions) {
                const torch::Tensor values = predicted.reshape({-1}).to(torch::kFloat).cpu().contiguous();
                result.predictedValues.insert(result.predictedValues.end(), values.data_ptr<float>(),
                                              values.data_ptr<float>() + values.numel());
            }
            squaredError += error.square().sum().item<double>();
            absoluteError += error.abs().sum().item<double>();
            targetSum += actual.sum().item<double>();
            targetSquares += actual.square().sum().item<double>();
        }
    }
    const double rows = double(result.rows);
    result.metrics.insert(QStringLiteral("loss"), lossSum / rows);
    if (isClassification) {
        result.metrics.insert(QStringLiteral("accuracy"), correct / rows);
        if (withPredictions)
            result.confusionMatrix = confusionJson(counts, data.classNames);
    } else {
        const double totalSquares = targetSquares - targetSum * targetSum / rows;
        result.metrics.insert(QStringLiteral("mse"), squaredError / rows);
        result.metrics.insert(QStringLiteral("mae"), absoluteError / rows);
        result.metrics.insert(QStringLiteral("r2"), totalSquares > 0 ? 1.0 - squaredError / totalSquares : 0.0);
    }
    model->train();
    return result;
}

void saveCheckpoint(const QString& path, torch::nn::Sequential& model, torch::optim::Optimizer& optimizer,
                    const TrainerPosition& position)
{
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive modelArchive;
    model->save(modelArchive);
    archive.write("model", modelArchive);
    torch::serialize::OutputArchive optimizerArchive;
    optimizer.save(optimizerArchive);
    archive.write("optimizer", optimizerArchive);
    archive.write("format", c10::IValue(kFormat));
    archive.write("step", c10::IValue(std::int64_t(position.step)));
    archive.write("epoch", c10::IValue(std::int64_t(position.epoch)));
    archive.write("batch", c10::IValue(position.batch));
    archive.write("best", c10::IValue(position.best));
    archive.write("bad_epochs", c10::IValue(std::int64_t(position.badEpochs)));
    if (position.permutation.defined())
        archive.write("permutation", position.permutation.cpu());
    {
        at::Generator shuffle = position.shuffle;
        std::lock_guard lock(shuffle.mutex());
        archive.write("shuffle_state", shuffle.get_state());
    }
    {
        at::Generator cpu = at::detail::getDefaultCPUGenerator();
        std::lock_guard lock(cpu.mutex());
        archive.write("cpu_rng_state", cpu.get_state());
    }
    // Serialised in memory first: LibTorch's file writer ends the process (std::terminate) when the
    // disk fills up. Then written beside and renamed into place, so a failure leaves no torn file.
    QByteArray bytes;
    archive.save_to([&bytes](const void* data, size_t size) -> size_t {
        bytes.append(static_cast<const char*>(data), qsizetype(size));
        return size;
    });
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    TORCH_CHECK(written, "cannot write the checkpoint ", path.toStdString(), ": ", file.errorString().toStdString(),
                file.error() == QFileDevice::ResourceError ? " (is the disk full?)" : "");
}

void loadCheckpoint(const QString& path, torch::nn::Sequential& model, torch::optim::Optimizer& optimizer,
                    TrainerPosition& position, std::int64_t trainRows)
{
    torch::serialize::InputArchive archive;
    archive.load_from(path.toStdString(), model->parameters().front().device());
    c10::IValue value;
    archive.read("format", value);
    TORCH_CHECK(value.toInt() == kFormat, "checkpoint ", path.toStdString(), " has an unknown format ", value.toInt());
    torch::serialize::InputArchive modelArchive;
    archive.read("model", modelArchive);
    model->load(modelArchive);
    torch::serialize::InputArchive optimizerArchive;
    archive.read("optimizer", optimizerArchive);
    optimizer.load(optimizerArchive);
    archive.read("step", value);
    position.step = value.toInt();
    archive.read("epoch", value);
    position.epoch = int(value.toInt());
    archive.read("batch", value);
    position.batch = value.toInt();
    archive.read("best", value);
    position.best = value.toDouble();
    archive.read("bad_epochs", value);
    position.badEpochs = int(value.toInt());
    torch::Tensor permutation;
    if (archive.try_read("permutation", permutation) && permutation.numel() == trainRows) {
        position.permutation = permutation.to(torch::kCPU);
    } else {
        position.permutation = torch::Tensor();
        position.batch = 0;
    }
    torch::Tensor state;
    archive.read("shuffle_state", state);
    {
        std::lock_guard lock(position.shuffle.mutex());
        position.shuffle.set_state(state.to(torch::kCPU));
    }
    archive.read("cpu_rng_state", state);
    at::Generator cpu = at::detail::getDefaultCPUGenerator();
    std::lock_guard lock(cpu.mutex());
    cpu.set_state(state.to(torch::kCPU));
}

} // namespace crucible::detail
