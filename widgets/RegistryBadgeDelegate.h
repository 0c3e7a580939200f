#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace crucible {

/// Draws a cell's aliases (RegistryVersionModel::AliasesRole) as rounded badges: production
/// green, staging amber, any other alias slate blue. Also renders the same badges as rich text
/// for labels. Thread: GUI.
class RegistryBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit RegistryBadgeDelegate(QObject* parent = nullptr);

    /// The badge colour of `alias`.
    static QColor colorOf(const QString& alias);
    /// `badges` ("alias" or "alias → v3") as HTML spans for a QLabel.
    static QString html(const QStringList& badges, const QStringList& aliases);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace crucible
