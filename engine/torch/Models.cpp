#include "ModelBuilder.h"
#include "Trainer.h"
#include "engine/torch/TorchApi.h"

#include <torch/nn.h>

namespace crucible::detail {

namespace {

void addActivation(torch::nn::Sequential& model, const QString& activation)
{
    if (activation == QLatin1String("gelu"))
        model->push_back(torch::nn::GELU());
    else if (activation == QLatin1String("tanh"))
        model->push_back(torch::nn::Tanh());
    else
        model->push_back(torch::nn::ReLU(torch::nn::ReLUOptions().inplace(true)));
}

/// Hidden layers then the output layer; `inputs` features in.
void addHead(torch::nn::Sequential& model, const ModelSpec& spec, std::int64_t inputs, int outputs)
{
    for (int width : spec.hidden) {
        model->push_back(torch::nn::Linear(torch::nn::LinearOptions(inputs, width).bias(!spec.batchNorm)));
        if (spec.batchNorm)
            model->push_back(torch::nn::BatchNorm1d(width));
        addActivation(model, spec.activation);
        if (spec.dropout > 0.0)
            model->push_back(torch::nn::Dropout(spec.dropout));
        inputs = width;
    }
    model->push_back(torch::nn::Linear(inputs, outputs));
}

/// Features out of the convolutional part for one example, found by running a zero image.
std::int64_t flatSize(torch::nn::Sequential& features, const std::vector<std::int64_t>& inputShape)
{
    torch::NoGradGuard noGrad;
    features->eval();
    std::vector<std::int64_t> shape {1};
    shape.insert(shape.end(), inputShape.begin(), inputShape.end());
    const torch::Tensor out = features->forward(torch::zeros(shape));
    features->train();
    return out.numel();
}

} // namespace

BasicBlockImpl::BasicBlockImpl(std::int64_t in, std::int64_t out, std::int64_t stride)
{
    using namespace torch::nn;
    conv1 = register_module("conv1", Conv2d(Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(false)));
    bn1 = register_module("bn1", BatchNorm2d(out));
    conv2 = register_module("conv2", Conv2d(Conv2dOptions(out, out, 3).padding(1).bias(false)));
    bn2 = register_module("bn2", BatchNorm2d(out));
    if (stride != 1 || in != out) {
        projection = register_module(
            "projection", Sequential(Conv2d(Conv2dOptions(in, out, 1).stride(stride).bias(false)), BatchNorm2d(out)));
    }
}

torch::Tensor BasicBlockImpl::forward(const torch::Tensor& x)
{
    torch::Tensor y = torch::relu(bn1(conv1(x)));
    y = bn2(conv2(y));
    y += projection ? projection->forward(x) : x;
    return torch::relu(y);
}

torch::nn::Sequential buildModel(const ModelSpec& spec, const std::vector<std::int64_t>& inputShape, int outputs)
{
    using namespace torch::nn;
    Sequential model;
    const bool isImage = inputShape.size() == 3;
    std::int64_t features = 1;
    for (std::int64_t dim : inputShape)
        features *= dim;
    switch (spec.kind) {
    case ModelKind::Auto:
    case ModelKind::Mlp:
    case ModelKind::Linear: {
        if (isImage)
            model->push_back(Flatten());
        ModelSpec head = spec;
        if (spec.kind == ModelKind::Linear)
            head.hidden.clear();
        addHead(model, head, features, outputs);
        return model;
    }
    case ModelKind::Cnn: {
        TORCH_CHECK(isImage, "a CNN needs images of shape [C, H, W]");
        std::int64_t channels = inputShape[0];
        for (const ConvBlock& block : spec.conv) {
            model->push_back(Conv2d(
                Conv2dOptions(channels, block.channels, block.kernel).padding(block.kernel / 2).bias(!spec.batchNorm)));
            if (spec.batchNorm)
                model->push_back(BatchNorm2d(block.channels));
            addActivation(model, spec.activation);
            if (block.pool > 1)
                model->push_back(MaxPool2d(MaxPool2dOptions(block.pool)));
            if (spec.dropout > 0.0)
                model->push_back(Dropout(spec.dropout));
            channels = block.channels;
        }
        model->push_back(Flatten());
        addHead(model, spec, flatSize(model, inputShape), outputs);
        return model;
    }
    case ModelKind::ResNet: {
        TORCH_CHECK(isImage, "a ResNet needs images of shape [C, H, W]");
        std::int64_t channels = spec.stages.front();
        model->push_back(Conv2d(Conv2dOptions(inputShape[0], channels, 3).padding(1).bias(false)));
        model->push_back(BatchNorm2d(channels));
        model->push_back(ReLU(ReLUOptions().inplace(true)));
        for (size_t stage = 0; stage < spec.stages.size(); ++stage) {
            for (int b = 0; b < spec.blocks; ++b) {
                const std::int64_t stride = stage > 0 && b == 0 ? 2 : 1;
                model->push_back(BasicBlock(channels, spec.stages[stage], stride));
                channels = spec.stages[stage];
            }
        }
        model->push_back(AdaptiveAvgPool2d(AdaptiveAvgPool2dOptions(1)));
        model->push_back(Flatten());
        ModelSpec head = spec;
        head.batchNorm = false;
        addHead(model, head, channels, outputs);
        return model;
    }
    }
    return model;
}

} // namespace crucible::detail

namespace crucible::torchimpl {

Result<qint64> countParameters(const ModelSpec& spec, const std::vector<std::int64_t>& inputShape, int outputs)
{
    try {
        torch::nn::Sequential model = detail::buildModel(spec, inputShape, outputs);
        qint64 count = 0;
        for (const torch::Tensor& parameter : model->parameters())
            count += parameter.numel();
        return count;
    } catch (const c10::Error& error) {
        return Error {ErrorCode::InvalidInput, QString::fromStdString(error.what_without_backtrace()),
                      QStringLiteral("model")};
    }
}

} // namespace crucible::torchimpl
