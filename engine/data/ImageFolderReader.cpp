#include "ImageFolderReader.h"
#include "engine/core/Message.h"
#include "engine/core/Parallel.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QImageReader>
#include <QMap>

#include <atomic>

namespace crucible {

namespace {

const QStringList kImagePatterns {QStringLiteral("*.png"),  QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                  QStringLiteral("*.bmp"),  QStringLiteral("*.PNG"), QStringLiteral("*.JPG"),
                                  QStringLiteral("*.JPEG"), QStringLiteral("*.BMP")};

struct Entry {
    QString path;
    int label = 0;
};

struct Decoded {
    QImage image;
    QString error;
};

} // namespace

bool looksLikeImageFolder(const QString& root)
{
    const QDir dir(root);
    const QStringList classes = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : classes) {
        if (!QDir(dir.filePath(name)).entryList(kImagePatterns, QDir::Files).isEmpty())
            return true;
    }
    return false;
}

Result<Dataset> readImageFolder(const QString& root, const ImageFolderOptions& options,
                                const ProgressCallback& progress)
{
    const QDir dir(root);
    if (!dir.exists())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no such folder"), root};
    const QStringList classes = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::vector<Entry> entries;
    QStringList classNames;
    for (const QString& name : classes) {
        const QStringList files = QDir(dir.filePath(name)).entryList(kImagePatterns, QDir::Files, QDir::Name);
        if (files.isEmpty())
            continue;
        for (const QString& file : files)
            entries.push_back({QDir(dir.filePath(name)).filePath(file), int(classNames.size())});
        classNames << name;
    }
    if (entries.empty()) {
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("no images found: expected ROOT/<class>/<image>.png|jpg|jpeg|bmp"), root};
    }
    if (classNames.size() < 2) {
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("only one class folder (%1) holds images; a classifier needs at least two")
                          .arg(classNames.first()),
                      root};
    }

    // Sizes come from the image headers, without decoding.
    QSize size = options.size;
    QMap<QPair<int, int>, int> sizeCounts;
    for (const Entry& entry : entries) {
        QImageReader reader(entry.path);
        const QSize found = reader.size();
        if (!found.isValid() || !reader.canRead()) {
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("cannot read this image: %1").arg(reader.errorString()), entry.path};
        }
        if (qint64(found.width()) * found.height() > limits::kMaxImagePixels)
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the image declares %1x%2 pixels, more than the limit of %3 megapixels")
                              .arg(found.width())
                              .arg(found.height())
                              .arg(limits::kMaxImagePixels / 1000000),
                          entry.path};
        ++sizeCounts[{found.width(), found.height()}];
    }
    if (!size.isValid()) {
        auto best = std::max_element(sizeCounts.cbegin(), sizeCounts.cend());
        size = QSize(best.key().first, best.key().second);
    }
    // Every image becomes `size` (tiny ones scaled up): check what that costs before decoding.
    const qint64 needed = qint64(size.width()) * size.height() * 3 * qint64(entries.size());
    if (needed > limits::kMaxDatasetBytes)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("%1 images at %2x%3 pixels would take %4 GB, more than the limit of %5 GB; use "
                                       "smaller images (or fewer)")
                          .arg(entries.size())
                          .arg(size.width())
                          .arg(size.height())
                          .arg(double(needed) / 1e9, 0, 'f', 1)
                          .arg(double(limits::kMaxDatasetBytes) / 1e9, 0, 'f', 1),
                      root};

    std::atomic<int> done {0};
    std::atomic<bool> cancelled {false};
    const int total = int(entries.size());
    const QList<Decoded> decoded =
        parallel::mapped(QList<Entry>(entries.begin(), entries.end()), [&](const Entry& entry) -> Decoded {
            if (cancelled.load())
                return {};
            QImageReader reader(entry.path);
            QImage image = reader.read();
            if (image.isNull())
                return {QImage(), reader.errorString()};
            if (image.size() != size)
                image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            image = image.convertToFormat(QImage::Format_RGB888);
            const int finished = ++done;
            if (finished % 64 == 0 && !reportProgress(progress, double(finished) / total, QStringLiteral("decoding")))
                cancelled = true;
            return {image, QString()};
        });
    if (cancelled.load())
        return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the import was cancelled"), root};
    for (int i = 0; i < total; ++i) {
        if (decoded[i].image.isNull())
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("cannot decode this image: %1").arg(decoded[i].error),
                          entries[size_t(i)].path};
    }

    int channels = options.channels;
    if (channels == 0) {
        channels = 1;
        for (const Decoded& item : decoded) {
            if (!item.image.allGray()) {
                channels = 3;
                break;
            }
        }
    }

    Dataset dataset;
    dataset.kind = DatasetKind::Images;
    dataset.images.channels = channels;
    dataset.images.height = size.height();
    dataset.images.width = size.width();
    const qint64 plane = qint64(size.width()) * size.height();
    dataset.images.pixels.resize(size_t(plane * channels * total));
    Column label;
    label.name = QStringLiteral("label");
    label.type = ColumnType::Categorical;
    label.categories = classNames;
    label.codes.reserve(size_t(total));
    for (int i = 0; i < total; ++i) {
        const QImage& image = decoded[i].image;
        std::uint8_t* out = dataset.images.pixels.data() + qint64(i) * plane * channels;
        for (int y = 0; y < size.height(); ++y) {
            const uchar* line = image.constScanLine(y);
            for (int x = 0; x < size.width(); ++x) {
                const uchar* rgb = line + 3 * x;
                const qint64 at = qint64(y) * size.width() + x;
                if (channels == 1) {
                    out[at] = std::uint8_t((rgb[0] * 299 + rgb[1] * 587 + rgb[2] * 114 + 500) / 1000);
                } else {
                    out[at] = rgb[0];
                    out[plane + at] = rgb[1];
                    out[2 * plane + at] = rgb[2];
                }
            }
        }
        label.codes.push_back(entries[size_t(i)].label);
    }
    dataset.columns.push_back(std::move(label));
    reportProgress(progress, 1.0, QStringLiteral("decoding"));
    return dataset;
}

} // namespace crucible
