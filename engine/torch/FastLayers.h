#pragma once

// Internal to engine/torch/: included only by its LibTorch translation units.
//
// Why this exists: on the CPU, LibTorch's max pooling of contiguous [N, C, H, W] floats (1.13's)
// compares the elements of each window with jumps that the data decides, and the ReLU before it
// costs a pass over the convolution's output forwards and two backwards (threshold_backward).
// In the Fashion-MNIST CNN these took over a third of a training step on one thread (profiled).
// Pooling with windows that do not overlap, with the ReLU folded in (max(0, max(window)) is the
// same number), is one pass forwards and one backwards, four windows at a time.
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/pooling.h>

namespace crucible::detail {

/// True when `pool` on `x` can run through maxPool(): a contiguous 4-d CPU float input, a square
/// kernel k equal to the stride, no padding or dilation, floor mode, and at least k x k pixels.
bool fastPoolApplies(const torch::nn::MaxPool2dImpl& pool, const torch::Tensor& x);

/// max_pool2d(x, k, k) of contiguous [N, C, H, W] floats, with relu() applied first when
/// `rectify` (relu(max(window)) = max(relu(window)), and the gradient reaches the same element),
/// differentiable in x. Results and gradients are those of LibTorch's own functions, to the bit:
/// the first largest element of a window (in row order) wins, and NaN wins over numbers. Any
/// thread; parallel over LibTorch's intra-op threads.
torch::Tensor maxPool(const torch::Tensor& x, std::int64_t k, bool rectify);

/// model->forward(x), with every ReLU followed by a max pooling that fastPoolApplies() to, and every
/// such pooling alone, run through maxPool(). Other layers run as they are. Equal to forward() to
/// the bit. CRUCIBLE_FAST_LAYERS=0 turns it off (for comparisons).
torch::Tensor forwardModel(torch::nn::Sequential& model, const torch::Tensor& x);

} // namespace crucible::detail
