#include "ImageGridModel.h"

#include <QPixmap>

namespace crucible {

ImageGridModel::ImageGridModel(QObject* parent) : QAbstractListModel(parent)
{ }

void ImageGridModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    beginResetModel();
    m_dataset = dataset && dataset->kind == DatasetKind::Images ? std::move(dataset) : nullptr;
    m_thumbnails.clear();
    endResetModel();
}

void ImageGridModel::setThumbnailSize(int pixels)
{
    beginResetModel();
    m_thumbnailSize = pixels;
    m_thumbnails.clear();
    endResetModel();
}

int ImageGridModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_dataset)
        return 0;
    return int(std::min<std::int64_t>(m_dataset->rowCount(), std::numeric_limits<int>::max()));
}

QImage ImageGridModel::image(int row) const
{
    if (!m_dataset || row < 0 || row >= rowCount())
        return {};
    const ImageBlock& block = m_dataset->images;
    const std::uint8_t* pixels = block.image(row);
    const qint64 plane = qint64(block.height) * block.width;
    QImage image(block.width, block.height, block.channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    for (int y = 0; y < block.height; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < block.width; ++x) {
            const qint64 at = qint64(y) * block.width + x;
            if (block.channels == 1) {
                line[x] = pixels[at];
            } else {
                line[3 * x] = pixels[at];
                line[3 * x + 1] = pixels[plane + at];
                line[3 * x + 2] = pixels[2 * plane + at];
            }
        }
    }
    return image;
}

QVariant ImageGridModel::data(const QModelIndex& index, int role) const
{
    if (!m_dataset || !index.isValid())
        return {};
    const Column& label = m_dataset->columns.front();
    switch (role) {
    case Qt::DisplayRole:
        return label.displayValue(index.row());
    case Qt::DecorationRole: {
        if (QImage* cached = m_thumbnails.object(index.row()))
            return QPixmap::fromImage(*cached);
        auto* thumbnail = new QImage(
            image(index.row()).scaled(m_thumbnailSize, m_thumbnailSize, Qt::KeepAspectRatio, Qt::FastTransformation));
        const QPixmap pixmap = QPixmap::fromImage(*thumbnail);
        m_thumbnails.insert(index.row(), thumbnail);
        return pixmap;
    }
    case Qt::ToolTipRole:
        return tr("Image %1: %2").arg(index.row() + 1).arg(label.displayValue(index.row()));
    default:
        return {};
    }
}

} // namespace crucible
