#include "SamplesDialog.h"

#include "EngineText.h"

#include "engine/data/Samples.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace crucible {

SamplesDialog::SamplesDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add Sample Datasets"));
    setObjectName(QStringLiteral("SamplesDialog"));
    resize(780, 420);
    m_list = new QListWidget(this);
    for (const SampleInfo& info : sampleCatalogue()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(engineText(info.title),
                                          engineText(info.isAvailable ? info.description : info.unavailableReason)),
            m_list);
        item->setData(Qt::UserRole, info.key);
        item->setFlags(info.isAvailable ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::NoItemFlags);
        item->setCheckState(info.isAvailable ? Qt::Checked : Qt::Unchecked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Real datasets (UCI, Fashion-MNIST) and seeded synthetic ones for quick experiments:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

QStringList SamplesDialog::selectedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return keys;
}

} // namespace crucible
