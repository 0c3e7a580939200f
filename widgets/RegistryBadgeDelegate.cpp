#include "RegistryBadgeDelegate.h"

#include "RegistryVersionModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace crucible {

namespace {
constexpr int kPadding = 6; // inside a badge, left and right
constexpr int kGap = 4; // between badges
} // namespace

RegistryBadgeDelegate::RegistryBadgeDelegate(QObject* parent) : QStyledItemDelegate(parent)
{ }

QColor RegistryBadgeDelegate::colorOf(const QString& alias)
{
    if (alias == QLatin1String("production"))
        return QColor(0x1e, 0x84, 0x49);
    if (alias == QLatin1String("staging"))
        return QColor(0xb9, 0x77, 0x0e);
    return QColor(0x4a, 0x5f, 0x8a);
}

QString RegistryBadgeDelegate::html(const QStringList& badges, const QStringList& aliases)
{
    QStringList spans;
    for (int i = 0; i < badges.size(); ++i)
        spans << QStringLiteral("<span style=\"background-color:%1; color:white;\">&nbsp;%2&nbsp;</span>")
                     .arg(colorOf(aliases.value(i)).name(), badges[i].toHtmlEscaped());
    return spans.join(QStringLiteral("&nbsp; "));
}

void RegistryBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QStringList aliases = index.data(RegistryVersionModel::AliasesRole).toStringList();
    if (index.column() != index.model()->columnCount() - 1 || aliases.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    int x = option.rect.left() + kGap;
    const int y = option.rect.center().y() - height / 2;
    for (const QString& alias : aliases) {
        const QRect badge(x, y, metrics.horizontalAdvance(alias) + 2 * kPadding, height);
        if (badge.right() > option.rect.right())
            break;
        QPainterPath path;
        path.addRoundedRect(badge, height / 2.0, height / 2.0);
        painter->fillPath(path, colorOf(alias));
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, alias);
        x = badge.right() + kGap;
    }
    painter->restore();
}

QSize RegistryBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QStringList aliases = index.data(RegistryVersionModel::AliasesRole).toStringList();
    if (index.column() == index.model()->columnCount() - 1 && !aliases.isEmpty()) {
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        font.setBold(true);
        const QFontMetrics metrics(font);
        int width = kGap;
        for (const QString& alias : aliases)
            width += metrics.horizontalAdvance(alias) + 2 * kPadding + kGap;
        size.setWidth(std::max(size.width(), width));
        size.setHeight(std::max(size.height(), metrics.height() + 6));
    }
    return size;
}

} // namespace crucible
