#pragma once

// Internal to engine/torch/: included only by the LibTorch translation units of this folder
// (Models.cpp, Trainer.cpp), never by a header others include. The torch-free front is
// Trainer.h (countParameters()).
#include "engine/train/ModelSpec.h"

#include <torch/nn/modules/container/sequential.h>

#include <cstdint>
#include <vector>

namespace crucible::detail {

/// Builds `spec` for inputs of `inputShape` ({features} or {C, H, W}) with `outputs` outputs, on
/// the CPU, initialised from LibTorch's default generator. Throws c10::Error when the shapes do
/// not fit (an image pooled below 1x1).
torch::nn::Sequential buildModel(const ModelSpec& spec, const std::vector<std::int64_t>& inputShape, int outputs);

} // namespace crucible::detail
