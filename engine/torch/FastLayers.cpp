#include "FastLayers.h"

#include <ATen/Parallel.h>
#include <torch/autograd.h>
#include <torch/nn/modules/activation.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace crucible::detail {

namespace {

/// Where a window's gradient goes: the offset (row * k + column) of its winning element, or
/// kNoGradient where a ReLU made the window's result 0.
constexpr std::uint8_t kNoGradient = 255;

struct PoolShape {
    std::int64_t planes, h, w, k;

    std::int64_t outH() const { return h / k; }
    std::int64_t outW() const { return w / k; }
};

/// One window: its largest element as max_pool2d finds it (the first largest in row order, the
/// last NaN over any number), then the ReLU when `rectify`. K is the kernel size when known at
/// compile time, else 0 and `k` says. For the windows that fourWindows() does not take.
template <int K> float window(const float* at, std::int64_t stride, std::int64_t k, bool rectify, std::uint8_t& where)
{
    if constexpr (K > 0)
        k = K;
    float best = -std::numeric_limits<float>::infinity();
    int offset = 0;
    for (std::int64_t dy = 0; dy < k; ++dy) {
        for (std::int64_t dx = 0; dx < k; ++dx) {
            // `|`, not `||`: which element wins is data, and a jump on it is mispredicted half the time.
            const float value = at[dy * stride + dx];
            const bool wins = (value > best) | std::isnan(value);
            best = wins ? value : best;
            offset = wins ? int(dy * k + dx) : offset;
        }
    }
    if (rectify && !(best > 0.0f) && !std::isnan(best)) {
        where = kNoGradient;
        return 0.0f;
    }
    where = std::uint8_t(offset);
    return best;
}

#if defined(__SSE2__)
/// Four 2 x 2 windows side by side, as window<2>() pools each: `top` and `bottom` point at 8
/// floats of the windows' two rows. SSE2 is part of x86-64 itself, so every build has it.
void fourWindows(const float* top, const float* bottom, bool rectify, float* out, std::uint8_t* where)
{
    const __m128 t0 = _mm_loadu_ps(top), t1 = _mm_loadu_ps(top + 4);
    const __m128 b0 = _mm_loadu_ps(bottom), b1 = _mm_loadu_ps(bottom + 4);
    __m128 best = _mm_shuffle_ps(t0, t1, _MM_SHUFFLE(2, 0, 2, 0)); // left column of the top row
    __m128i offset = _mm_setzero_si128();
    const auto consider = [&](__m128 value, int index) {
        const __m128 wins = _mm_or_ps(_mm_cmpgt_ps(value, best), _mm_cmpunord_ps(value, value));
        best = _mm_or_ps(_mm_and_ps(wins, value), _mm_andnot_ps(wins, best));
        const __m128i mask = _mm_castps_si128(wins);
        offset = _mm_or_si128(_mm_and_si128(mask, _mm_set1_epi32(index)), _mm_andnot_si128(mask, offset));
    };
    consider(_mm_shuffle_ps(t0, t1, _MM_SHUFFLE(3, 1, 3, 1)), 1);
    consider(_mm_shuffle_ps(b0, b1, _MM_SHUFFLE(2, 0, 2, 0)), 2);
    consider(_mm_shuffle_ps(b0, b1, _MM_SHUFFLE(3, 1, 3, 1)), 3);
    if (rectify) {
        const __m128 active = _mm_or_ps(_mm_cmpgt_ps(best, _mm_setzero_ps()), _mm_cmpunord_ps(best, best));
        best = _mm_and_ps(active, best);
        const __m128i mask = _mm_castps_si128(active);
        offset = _mm_or_si128(_mm_and_si128(mask, offset), _mm_andnot_si128(mask, _mm_set1_epi32(kNoGradient)));
    }
    _mm_storeu_ps(out, best);
    const std::int32_t bytes = _mm_cvtsi128_si32(_mm_packus_epi16(_mm_packs_epi32(offset, offset), offset));
    std::memcpy(where, &bytes, 4);
}
#endif

/// Planes [first, last). The sizes are copied into locals: stores through `where` (bytes) may
/// alias anything, and would otherwise make the compiler reload and divide them at every window.
template <int K>
void poolPlanes(const float* in, float* out, std::uint8_t* where, const PoolShape s, bool rectify, std::int64_t first,
                std::int64_t last)
{
    const std::int64_t k = K > 0 ? K : s.k, w = s.w, area = s.h * s.w, outH = s.outH(), outW = s.outW();
    std::uint8_t ignored = 0;
    for (std::int64_t p = first; p < last; ++p) {
        const float* plane = in + p * area;
        float* to = out + p * outH * outW;
        std::uint8_t* mark = where ? where + p * outH * outW : nullptr;
        for (std::int64_t y = 0; y < outH; ++y) {
            const float* row = plane + y * k * w;
            std::int64_t x = 0;
#if defined(__SSE2__)
            if constexpr (K == 2) {
                std::uint8_t marks[4];
                for (; x + 4 <= outW; x += 4)
                    fourWindows(row + 2 * x, row + w + 2 * x, rectify, to + y * outW + x,
                                mark ? mark + y * outW + x : marks);
            }
#endif
            for (; x < outW; ++x)
                to[y * outW + x] = window<K>(row + x * k, w, k, rectify, mark ? mark[y * outW + x] : ignored);
        }
    }
}

/// The pooled planes of `in` into `out` (and the winners into `where` when it is not null).
void pool(const float* in, float* out, std::uint8_t* where, const PoolShape s, bool rectify)
{
    at::parallel_for(0, s.planes, 1, [&](std::int64_t first, std::int64_t last) {
        if (s.k == 2)
            poolPlanes<2>(in, out, where, s, rectify, first, last);
        else
            poolPlanes<0>(in, out, where, s, rectify, first, last);
    });
}

#if defined(__SSE2__)
/// fourWindows()'s gradient: writes the four windows whole (their 8 floats of each row), the
/// gradient at each winner and zeros elsewhere.
void fourWindowsBack(const float* grad, const std::uint8_t* where, float* top, float* bottom)
{
    std::int32_t bytes = 0;
    std::memcpy(&bytes, where, 4);
    const __m128i zero = _mm_setzero_si128();
    const __m128i winner = _mm_unpacklo_epi16(_mm_unpacklo_epi8(_mm_cvtsi32_si128(bytes), zero), zero);
    const __m128 g = _mm_loadu_ps(grad);
    const auto at = [&](int index) {
        return _mm_and_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(winner, _mm_set1_epi32(index))), g);
    };
    const __m128 topLeft = at(0), topRight = at(1), bottomLeft = at(2), bottomRight = at(3);
    _mm_storeu_ps(top, _mm_unpacklo_ps(topLeft, topRight));
    _mm_storeu_ps(top + 4, _mm_unpackhi_ps(topLeft, topRight));
    _mm_storeu_ps(bottom, _mm_unpacklo_ps(bottomLeft, bottomRight));
    _mm_storeu_ps(bottom + 4, _mm_unpackhi_ps(bottomLeft, bottomRight));
}
#endif

/// Planes [first, last) of the input's gradient, each window written whole (no pass of zeros
/// first); what no window covers (the last row or column of an odd size) is zero.
template <int K>
void unpoolPlanes(const float* grad, const std::uint8_t* where, float* in, const PoolShape s, std::int64_t first,
                  std::int64_t last)
{
    const std::int64_t k = K > 0 ? K : s.k, w = s.w, h = s.h, outW = s.outW(), outH = s.outH();
    for (std::int64_t p = first; p < last; ++p) {
        float* plane = in + p * h * w;
        const float* from = grad + p * outH * outW;
        const std::uint8_t* winner = where + p * outH * outW;
        for (std::int64_t y = 0; y < outH; ++y, from += outW, winner += outW) {
            float* top = plane + y * k * w;
            std::int64_t x = 0;
#if defined(__SSE2__)
            if constexpr (K == 2) {
                for (; x + 4 <= outW; x += 4)
                    fourWindowsBack(from + x, winner + x, top + 2 * x, top + w + 2 * x);
            }
#endif
            for (; x < outW; ++x) {
                for (std::int64_t dy = 0; dy < k; ++dy) {
                    for (std::int64_t dx = 0; dx < k; ++dx)
                        top[dy * w + x * k + dx] = dy * k + dx == winner[x] ? from[x] : 0.0f;
                }
            }
            for (std::int64_t dy = 0; dy < k; ++dy)
                std::memset(top + dy * w + outW * k, 0, sizeof(float) * (w - outW * k));
        }
        std::memset(plane + outH * k * w, 0, sizeof(float) * (h - outH * k) * w);
    }
}

/// pool()'s gradient: each window's gradient to its winner, zero elsewhere (windows do not
/// overlap, so nothing adds up; where a ReLU made the window 0, all of it is zero).
void unpool(const float* grad, const std::uint8_t* where, float* in, const PoolShape s)
{
    at::parallel_for(0, s.planes, 1, [&](std::int64_t first, std::int64_t last) {
        if (s.k == 2)
            unpoolPlanes<2>(grad, where, in, s, first, last);
        else
            unpoolPlanes<0>(grad, where, in, s, first, last);
    });
}

/// The pooled [N, C, H / k, W / k] of x; the winners in `where` (bytes of that shape) when given.
torch::Tensor pooled(const torch::Tensor& x, std::int64_t k, bool rectify, torch::Tensor* where)
{
    const PoolShape s {x.size(0) * x.size(1), x.size(2), x.size(3), k};
    torch::Tensor out = at::empty({x.size(0), x.size(1), s.outH(), s.outW()}, x.options());
    if (where)
        *where = at::empty(out.sizes(), x.options().dtype(torch::kByte));
    pool(x.data_ptr<float>(), out.data_ptr<float>(), where ? where->data_ptr<std::uint8_t>() : nullptr, s, rectify);
    return out;
}

class MaxPoolFunction : public torch::autograd::Function<MaxPoolFunction> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* context, const torch::Tensor& x, std::int64_t k,
                                 bool rectify)
    {
        torch::Tensor where;
        torch::Tensor out = pooled(x, k, rectify, &where);
        context->saved_data["where"] = where;
        context->saved_data["input"] = x.sizes().vec();
        context->saved_data["k"] = k;
        return out;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* context,
                                                   torch::autograd::variable_list gradients)
    {
        const std::vector<std::int64_t> sizes = context->saved_data["input"].toIntVector();
        const torch::Tensor where = context->saved_data["where"].toTensor();
        const torch::Tensor grad = gradients[0].contiguous();
        torch::Tensor in = at::empty(sizes, grad.options());
        const PoolShape s {sizes[0] * sizes[1], sizes[2], sizes[3], context->saved_data["k"].toInt()};
        unpool(grad.data_ptr<float>(), where.data_ptr<std::uint8_t>(), in.data_ptr<float>(), s);
        return {in, torch::Tensor(), torch::Tensor()};
    }
};

bool fastLayersEnabled()
{
    const char* value = std::getenv("CRUCIBLE_FAST_LAYERS");
    return !value || std::strcmp(value, "0") != 0;
}

} // namespace

bool fastPoolApplies(const torch::nn::MaxPool2dImpl& pool, const torch::Tensor& x)
{
    const auto& o = pool.options;
    const std::int64_t k = (*o.kernel_size())[0];
    return x.dim() == 4 && x.device().is_cpu() && x.scalar_type() == torch::kFloat && x.layout() == torch::kStrided
        && x.is_contiguous() && (*o.kernel_size())[1] == k && k >= 1 && k < 16 && (*o.stride())[0] == k
        && (*o.stride())[1] == k && (*o.padding())[0] == 0 && (*o.padding())[1] == 0 && (*o.dilation())[0] == 1
        && (*o.dilation())[1] == 1 && !o.ceil_mode() && x.size(2) >= k && x.size(3) >= k;
}

torch::Tensor maxPool(const torch::Tensor& x, std::int64_t k, bool rectify)
{
    if (torch::GradMode::is_enabled() && x.requires_grad())
        return MaxPoolFunction::apply(x, k, rectify);
    return pooled(x, k, rectify, nullptr);
}

torch::Tensor forwardModel(torch::nn::Sequential& model, const torch::Tensor& x)
{
    if (!fastLayersEnabled())
        return model->forward(x);
    torch::Tensor y = x;
    for (auto layer = model->begin(); layer != model->end();) {
        const auto next = std::next(layer);
        const bool isRelu = layer->ptr()->as<torch::nn::ReLU>() != nullptr;
        const auto* pooling = (isRelu && next != model->end() ? next : layer)->ptr()->as<torch::nn::MaxPool2d>();
        if (pooling && fastPoolApplies(*pooling, y)) {
            y = maxPool(y, (*pooling->options.kernel_size())[0], isRelu);
            layer = isRelu ? std::next(next) : next;
        } else {
            y = layer->forward(y);
            layer = next;
        }
    }
    return y;
}

} // namespace crucible::detail
