#pragma once

#include <QStyledItemDelegate>

namespace crucible {

/// An item delegate whose rows are a few pixels taller than the font: a row of the font's
/// height clips the dots of capital umlauts (Ü) in some fonts. Thread: GUI.
class RoomyRows : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 6);
    }
};

} // namespace crucible
