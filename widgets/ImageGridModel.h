#pragma once

#include "engine/data/Dataset.h"

#include <QAbstractListModel>
#include <QCache>
#include <QImage>

#include <memory>

namespace crucible {

/// The images of an image dataset as a list of thumbnails with their labels. A thumbnail is
/// made when a view first shows it and kept in a bounded cache. Thread: GUI.
class ImageGridModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit ImageGridModel(QObject* parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    /// Thumbnail edge in pixels (images are scaled up with nearest neighbours, so pixels stay sharp).
    void setThumbnailSize(int pixels);
    int thumbnailSize() const { return m_thumbnailSize; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The image at `row` at its own size (grayscale or RGB).
    QImage image(int row) const;

private:
    std::shared_ptr<const Dataset> m_dataset;
    int m_thumbnailSize = 56;
    mutable QCache<int, QImage> m_thumbnails {4000};
};

} // namespace crucible
