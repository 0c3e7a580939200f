#pragma once

// Internal to engine/torch/: included only by the LibTorch translation units of this folder
// (Models.cpp, Trainer.cpp), never by a header others include. The torch-free front is
// Trainer.h (countParameters()).
#include "engine/train/ModelSpec.h"

#include <QJsonObject>

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/script.h>

#include <cstdint>
#include <vector>

namespace crucible::detail {

/// Builds `spec` for inputs of `inputShape` ({features} or {C, H, W}) with `outputs` outputs, on
/// the CPU, initialised from LibTorch's default generator. Throws c10::Error when the shapes do
/// not fit (an image pooled below 1x1).
/// ResNet basic block: conv-bn-relu-conv-bn plus the (projected) input, then relu. Its parts are
/// public so that the TorchScript export can write the same computation.
class BasicBlockImpl : public torch::nn::Module {
public:
    BasicBlockImpl(std::int64_t in, std::int64_t out, std::int64_t stride);
    torch::Tensor forward(const torch::Tensor& x);

    torch::nn::Conv2d conv1 {nullptr};
    torch::nn::Conv2d conv2 {nullptr};
    torch::nn::BatchNorm2d bn1 {nullptr};
    torch::nn::BatchNorm2d bn2 {nullptr};
    torch::nn::Sequential projection {nullptr}; ///< empty when the shapes match
};
TORCH_MODULE(BasicBlock);

torch::nn::Sequential buildModel(const ModelSpec& spec, const std::vector<std::int64_t>& inputShape, int outputs);

} // namespace crucible::detail

namespace crucible::detail {

/// `model` (any device, any mode) as a TorchScript module for inference on the CPU, with the
/// preprocessing that `inputEncoding` (TrainingData::inputEncoding) describes built in; see
/// ScriptModel.h for what forward() takes and returns. Throws c10::Error for a layer it cannot
/// write.
torch::jit::Module scriptModule(torch::nn::Sequential& model, const QJsonObject& inputEncoding);

/// scriptModule() saved as a model.pt archive.
QByteArray scriptArchive(torch::nn::Sequential& model, const QJsonObject& inputEncoding);

} // namespace crucible::detail
