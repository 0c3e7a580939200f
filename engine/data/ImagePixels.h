#pragma once

#include "engine/core/Error.h"

#include <vector>

class QImage;

namespace crucible {

/// `image` as pixel values 0..255 in [C, H, W] order for a model taking C x H x W images (C is 1
/// or 3), or a message saying why it does not fit ("is 30x30 pixels; the model takes 28x28").
/// Thread: any.
Result<std::vector<float>> imagePixels(const QImage& image, int channels, int height, int width);

} // namespace crucible
