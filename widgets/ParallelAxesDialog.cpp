#include "ParallelAxesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace crucible {

ParallelAxesDialog::ParallelAxesDialog(const QStringList& fields, const QStringList& titles, const QStringList& chosen,
                                       const QStringList& defaults, QWidget* parent)
    : QDialog(parent), m_fields(fields), m_titles(titles), m_defaults(defaults)
{
    setObjectName(QStringLiteral("ParallelAxesDialog"));
    setWindowTitle(tr("Axes"));
    auto* hint = new QLabel(tr("Check the axes to draw. Drag a row, or press Alt+Up or Alt+Down, to move it."), this);
    hint->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("parallel-axes-list"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    fill(chosen);

    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    auto* defaultsButton = new QPushButton(tr("De&faults"), this);
    up->setToolTip(tr("Move the axis left (Alt+Up)"));
    down->setToolTip(tr("Move the axis right (Alt+Down)"));
    defaultsButton->setToolTip(tr("The parameters that vary and the metric the lines are coloured by"));
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(defaultsButton, &QPushButton::clicked, this, &ParallelAxesDialog::resetToDefaults);
    auto* upKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
    auto* downKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
    connect(upKey, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    connect(downKey, &QShortcut::activated, this, [this] { moveCurrent(1); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch(1);
    side->addWidget(defaultsButton);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(460, 480);
}

void ParallelAxesDialog::fill(const QStringList& chosen)
{
    m_list->clear();
    // The chosen ones first, in their order; then the rest, unchecked, in the fields' order.
    QStringList order = chosen;
    for (const QString& field : m_fields) {
        if (!order.contains(field))
            order << field;
    }
    for (const QString& field : std::as_const(order)) {
        const qsizetype index = m_fields.indexOf(field);
        if (index < 0)
            continue;
        auto* item = new QListWidgetItem(m_titles.value(index, field), m_list);
        item->setData(Qt::UserRole, field);
        item->setToolTip(field);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(chosen.contains(field) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
}

QStringList ParallelAxesDialog::chosenFields() const
{
    QStringList chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen << m_list->item(row)->data(Qt::UserRole).toString();
    }
    return chosen;
}

void ParallelAxesDialog::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void ParallelAxesDialog::resetToDefaults()
{
    fill(m_defaults);
}

} // namespace crucible
