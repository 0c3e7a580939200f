#include "ShortcutsDialog.h"

#include "RoomyRows.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crucible {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shortcuts-search"));
    m_search->setPlaceholderText(tr("Search commands, pages or keys"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("shortcuts-table"));
    m_table->setColumnCount(3);
    m_table->setHeaderLabels({tr("Where"), tr("Command"), tr("Keys")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setItemDelegate(new RoomyRows(m_table));
    for (const ShortcutEntry& entry : entries) {
        QStringList keys;
        for (const QKeySequence& key : entry.keys)
            keys << key.toString(QKeySequence::NativeText);
        auto* item = new QTreeWidgetItem(m_table, {entry.context, entry.command, keys.join(QStringLiteral(", "))});
        item->setToolTip(1, entry.action ? entry.action->toolTip() : QString());
    }
    for (int column = 0; column < 2; ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 16); // a gap before the next column
    }
    m_table->header()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

void ShortcutsDialog::filter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_table->topLevelItem(row);
        bool matches = wanted.isEmpty();
        for (int column = 0; column < 3 && !matches; ++column)
            matches = item->text(column).contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!matches);
    }
}

} // namespace crucible
