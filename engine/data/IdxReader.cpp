#include "IdxReader.h"

#include "engine/core/Message.h"

#include <QDir>
#include <QFileInfo>

#include <zlib.h>

#include <algorithm>
#include <memory>

namespace crucible {

namespace {

struct GzCloser {
    void operator()(gzFile file) const { gzclose(file); }
};
using GzFile = std::unique_ptr<std::remove_pointer_t<gzFile>, GzCloser>;

/// An IDX file's header and its unsigned-byte payload.
struct IdxArray {
    std::vector<int> dims;
    std::vector<std::uint8_t> data;
};

quint32 bigEndian(const unsigned char* bytes)
{
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | quint32(bytes[3]);
}

/// Reads exactly `size` bytes; false when the file ends first (gzread reads plain files too).
qint64 readFully(gzFile file, void* target, qint64 size)
{
    qint64 done = 0;
    auto* out = static_cast<char*>(target);
    while (done < size) {
        const unsigned chunk = unsigned(std::min<qint64>(size - done, 1 << 30));
        const int got = gzread(file, out + done, chunk);
        if (got <= 0)
            break;
        done += got;
    }
    return done;
}

Result<IdxArray> readIdxFile(const QString& path, int expectedDims)
{
    GzFile file(gzopen(QFile::encodeName(path).constData(), "rb"));
    if (!file)
        return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot open the file"), path};
    gzbuffer(file.get(), 1 << 18);
    unsigned char magic[4];
    if (readFully(file.get(), magic, 4) != 4)
        return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the file is too short to be an IDX file"), path};
    if (magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08 || magic[3] != expectedDims) {
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("wrong IDX magic number 0x%1: expected 0x0000080%2 (unsigned bytes, %2 "
                                       "dimension(s)) for an %3 file")
                          .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(magic), 4).toHex()))
                          .arg(expectedDims)
                          .arg(expectedDims == 3 ? QStringLiteral("image") : QStringLiteral("label")),
                      path};
    }
    IdxArray array;
    qint64 total = 1;
    for (int i = 0; i < expectedDims; ++i) {
        unsigned char size[4];
        if (readFully(file.get(), size, 4) != 4)
            return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("the file is truncated inside its header"), path};
        const quint32 dim = bigEndian(size);
        if (dim == 0 || dim > (1u << 28))
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("dimension %1 has an impossible size %2").arg(i + 1).arg(dim), path};
        array.dims.push_back(int(dim));
        // Capped as it grows: three dimensions of 2^28 would overflow 64 bits (found by fuzz_idx).
        total = std::min<qint64>(total * qint64(dim), limits::kMaxDatasetBytes + 1);
    }
    if (total > limits::kMaxDatasetBytes) {
        QStringList dims;
        for (const int dim : array.dims)
            dims << QString::number(dim);
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the header declares %1 bytes of data, more than the limit of %2 GB")
                          .arg(dims.join(QStringLiteral(" x ")))
                          .arg(double(limits::kMaxDatasetBytes) / 1e9, 0, 'f', 1),
                      path};
    }
    // What the header declares is checked against what is there: a plain file by its size, a
    // compressed one by reading in steps, so that memory follows the data, not the header.
    const qint64 onDisk = QFileInfo(path).size();
    if (gzdirect(file.get()) == 1 && onDisk < 4 + 4 * expectedDims + total)
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the file is truncated: its header declares %1 bytes of data, it holds %2")
                          .arg(total)
                          .arg(std::max<qint64>(0, onDisk - 4 - 4 * expectedDims)),
                      path};
    qint64 got = 0;
    while (got < total) {
        const qint64 step = std::min<qint64>(total - got, qint64(64) << 20);
        array.data.resize(size_t(got + step));
        const qint64 read = readFully(file.get(), array.data.data() + got, step);
        got += read;
        if (read != step)
            break;
    }
    if (got != total) {
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("the file is truncated: its header declares %1 bytes of data, it holds %2")
                          .arg(total)
                          .arg(got),
                      path};
    }
    return array;
}

QString partnerOf(const QString& path)
{
    QString partner = path;
    if (partner.contains(QLatin1String("images-idx3")))
        return partner.replace(QLatin1String("images-idx3"), QLatin1String("labels-idx1"));
    if (partner.contains(QLatin1String("labels-idx1")))
        return partner.replace(QLatin1String("labels-idx1"), QLatin1String("images-idx3"));
    return {};
}

} // namespace

QStringList idxClassNames(const QString& path)
{
    if (path.contains(QLatin1String("fashion"), Qt::CaseInsensitive)) {
        return {QStringLiteral("T-shirt/top"), QStringLiteral("Trouser"), QStringLiteral("Pullover"),
                QStringLiteral("Dress"),       QStringLiteral("Coat"),    QStringLiteral("Sandal"),
                QStringLiteral("Shirt"),       QStringLiteral("Sneaker"), QStringLiteral("Bag"),
                QStringLiteral("Ankle boot")};
    }
    QStringList digits;
    for (int i = 0; i < 10; ++i)
        digits << QString::number(i);
    return digits;
}

Result<QList<IdxPair>> findIdxPairs(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {ErrorCode::NotFound, CRUCIBLE_MESSAGE("no such file or folder"), path};
    QList<IdxPair> pairs;
    if (info.isDir()) {
        const QDir dir(path);
        const QStringList images =
            dir.entryList({QStringLiteral("*images-idx3-ubyte"), QStringLiteral("*images-idx3-ubyte.gz"),
                           QStringLiteral("*images.idx3-ubyte")},
                          QDir::Files, QDir::Name);
        for (const QString& name : images) {
            const QString labels = partnerOf(dir.filePath(name));
            if (!QFileInfo::exists(labels))
                return Error {ErrorCode::InvalidInput,
                              CRUCIBLE_MESSAGE("the label file for these images is missing: %1").arg(labels),
                              dir.filePath(name)};
            pairs << IdxPair {dir.filePath(name), labels,
                              name.startsWith(QLatin1String("t10k")) || name.startsWith(QLatin1String("test"))};
        }
        if (pairs.isEmpty())
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("the folder holds no IDX image files (*-images-idx3-ubyte[.gz])"), path};
    } else {
        const QString partner = partnerOf(info.absoluteFilePath());
        if (partner.isEmpty() || !QFileInfo::exists(partner)) {
            return Error {
                ErrorCode::InvalidInput,
                CRUCIBLE_MESSAGE("cannot find the matching IDX file (images-idx3 with labels-idx1) next to it"), path};
        }
        const bool isImages = info.fileName().contains(QLatin1String("images-idx3"));
        pairs << IdxPair {isImages ? info.absoluteFilePath() : partner, isImages ? partner : info.absoluteFilePath(),
                          info.fileName().startsWith(QLatin1String("t10k"))};
    }
    // Training pairs first, then the test pair, so the test rows come last.
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const IdxPair& a, const IdxPair& b) { return !a.isTest && b.isTest; });
    return pairs;
}

Result<Dataset> readIdx(const QList<IdxPair>& pairs, const ProgressCallback& progress)
{
    Dataset dataset;
    dataset.kind = DatasetKind::Images;
    dataset.images.channels = 1;
    Column label;
    label.name = QStringLiteral("label");
    label.type = ColumnType::Categorical;
    bool anyTest = false;
    int step = 0;
    for (const IdxPair& pair : pairs) {
        if (!reportProgress(progress, double(step++) / double(pairs.size()), QStringLiteral("reading")))
            return Error {ErrorCode::Cancelled, CRUCIBLE_MESSAGE("the import was cancelled"), pair.images};
        auto images = readIdxFile(pair.images, 3);
        if (!images)
            return images.error();
        auto labels = readIdxFile(pair.labels, 1);
        if (!labels)
            return labels.error();
        const int count = images->dims[0];
        if (labels->dims[0] != count) {
            return Error {
                ErrorCode::InvalidInput,
                CRUCIBLE_MESSAGE("holds %1 labels but its image file holds %2 images").arg(labels->dims[0]).arg(count),
                pair.labels};
        }
        if (dataset.images.height == 0) {
            dataset.images.height = images->dims[1];
            dataset.images.width = images->dims[2];
        } else if (images->dims[1] != dataset.images.height || images->dims[2] != dataset.images.width) {
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("images are %1x%2 but the other file's are %3x%4")
                              .arg(images->dims[2])
                              .arg(images->dims[1])
                              .arg(dataset.images.width)
                              .arg(dataset.images.height),
                          pair.images};
        }
        dataset.images.pixels.insert(dataset.images.pixels.end(), images->data.begin(), images->data.end());
        for (std::uint8_t value : labels->data) {
            if (value > 9)
                return Error {ErrorCode::InvalidInput, CRUCIBLE_MESSAGE("label %1 is outside 0-9").arg(value),
                              pair.labels};
            label.codes.push_back(value);
        }
        dataset.predefinedSplit.insert(dataset.predefinedSplit.end(), size_t(count),
                                       pair.isTest ? SplitPart::Test : SplitPart::Unassigned);
        anyTest = anyTest || pair.isTest;
    }
    if (!anyTest)
        dataset.predefinedSplit.clear();
    label.categories = idxClassNames(pairs.isEmpty() ? QString() : pairs.first().images);
    dataset.columns.push_back(std::move(label));
    reportProgress(progress, 1.0, QStringLiteral("reading"));
    return dataset;
}

} // namespace crucible
