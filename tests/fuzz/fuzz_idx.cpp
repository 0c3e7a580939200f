// The IDX reader on arbitrary bytes as an image file (beside a fixed label file), and as gzip.
#include "FuzzSupport.h"
#include "engine/data/IdxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    crucible::fuzz::ensureApplication();
    static const std::uint8_t labels[] = {0, 0, 8, 1, 0, 0, 0, 2, 3, 7};
    const QString images = crucible::fuzz::writeInput(QStringLiteral("idx/train-images-idx3-ubyte"), data, size);
    const QString labelPath =
        crucible::fuzz::writeInput(QStringLiteral("idx/train-labels-idx1-ubyte"), labels, sizeof labels);
    (void)crucible::readIdx({crucible::IdxPair {images, labelPath, false}});
    return 0;
}
