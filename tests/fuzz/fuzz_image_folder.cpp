// The image-folder reader with arbitrary bytes as one class's image (the other class holds a
// fixed valid image): header sizes, decoding, scaling, limits.
#include "FuzzSupport.h"
#include "engine/data/ImageFolderReader.h"

#include <QBuffer>
#include <QImage>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    crucible::fuzz::ensureApplication();
    static const QString root = [] {
        const QString folder = QDir(crucible::fuzz::scratchFolder()).filePath(QStringLiteral("images"));
        QDir().mkpath(folder + QStringLiteral("/dog"));
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::gray);
        image.save(folder + QStringLiteral("/dog/a.png"));
        return folder;
    }();
    crucible::fuzz::writeInput(QStringLiteral("images/cat/b.png"), data, size);
    (void)crucible::readImageFolder(root);
    return 0;
}
