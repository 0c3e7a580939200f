#pragma once

#include <QHeaderView>
#include <QTableWidget>

namespace crucible {

/// The list tables of the Pipelines and Sweeps pages: whole rows selected one at a time, read-only,
/// no row numbers, the last column stretched, alternating rows, no word wrap.
inline void setupListTable(QTableWidget* table, const char* objectName)
{
    table->setObjectName(QString::fromLatin1(objectName));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
}

} // namespace crucible
