#include "ImagePixels.h"

#include "engine/core/Message.h"

#include <QImage>

namespace crucible {

Result<std::vector<float>> imagePixels(const QImage& source, int channels, int height, int width)
{
    if (source.width() != width || source.height() != height)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("is %1x%2 pixels; the model takes %3x%4 (resize it first)")
                          .arg(source.width())
                          .arg(source.height())
                          .arg(width)
                          .arg(height),
                      {}};
    if (channels != 1 && channels != 3)
        return Error {
            ErrorCode::InvalidInput,
            CRUCIBLE_MESSAGE("cannot be given to a model that takes %1 channels (1 or 3 are read)").arg(channels),
            {}};
    const QImage image = source.convertToFormat(channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    std::vector<float> pixels(size_t(channels) * size_t(height) * size_t(width));
    for (int y = 0; y < height; ++y) {
        const uchar* line = image.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            for (int c = 0; c < channels; ++c)
                pixels[(size_t(c) * size_t(height) + size_t(y)) * size_t(width) + size_t(x)] =
                    float(line[x * channels + c]);
        }
    }
    return pixels;
}

} // namespace crucible
