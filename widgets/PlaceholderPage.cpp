#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace crucible {

PlaceholderPage::PlaceholderPage(const QIcon& icon, const QString& title, const QString& description,
                                 const QStringList& plannedFeatures, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->setSpacing(14);

    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(64, 64));
    layout->addWidget(iconLabel);

    m_title = new QLabel(title, this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto* descriptionLabel = new QLabel(description, this);
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setMaximumWidth(720);
    layout->addWidget(descriptionLabel);

    QString list = QStringLiteral("<ul style='margin-left: -20px'>");
    for (const QString& feature : plannedFeatures)
        list += QStringLiteral("<li style='margin-bottom: 4px'>%1</li>").arg(feature.toHtmlEscaped());
    list += QStringLiteral("</ul>");
    auto* comingLabel = new QLabel(tr("Coming here:"), this);
    QFont bold = comingLabel->font();
    bold.setBold(true);
    comingLabel->setFont(bold);
    layout->addWidget(comingLabel);

    auto* featuresLabel = new QLabel(list, this);
    featuresLabel->setTextFormat(Qt::RichText);
    featuresLabel->setWordWrap(true);
    featuresLabel->setMaximumWidth(720);
    layout->addWidget(featuresLabel);
    layout->addStretch(1);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

} // namespace crucible
