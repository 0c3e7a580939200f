#include "RunDiffDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crucible {

namespace {

QString sectionText(const QString& section)
{
    if (section == QLatin1String("run"))
        return RunDiffDialog::tr("Run");
    if (section == QLatin1String("recipe"))
        return RunDiffDialog::tr("Recipe");
    if (section == QLatin1String("data"))
        return RunDiffDialog::tr("Data");
    if (section == QLatin1String("environment"))
        return RunDiffDialog::tr("Environment");
    return section;
}

} // namespace

RunDiffDialog::RunDiffDialog(const RunRecord& a, const RunRecord& b, QList<repro::DiffRow> rows, QWidget* parent)
    : QDialog(parent), m_a(a), m_b(b), m_rows(std::move(rows))
{
    setObjectName(QStringLiteral("run-diff"));
    setWindowTitle(tr("Diff of %1 and %2").arg(a.name, b.name));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Section"), tr("Key"), tr("A: %1").arg(a.name), tr("B: %1").arg(b.name)});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_everything = new QCheckBox(tr("Show &everything compared"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_everything, &QCheckBox::toggled, this, &RunDiffDialog::fill);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_everything);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(900, 520);
    fill();
}

QString RunDiffDialog::summaryText() const
{
    return m_summary->text();
}

void RunDiffDialog::fill()
{
    const bool everything = m_everything->isChecked();
    int differences = 0;
    for (const repro::DiffRow& row : std::as_const(m_rows))
        differences += row.differs();
    m_table->setRowCount(0);
    QFont bold = m_table->font();
    bold.setBold(true);
    for (const repro::DiffRow& row : std::as_const(m_rows)) {
        if (!everything && !row.differs())
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells {sectionText(row.section), row.key, row.a, row.b};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (row.differs() && c >= 2)
                item->setFont(bold);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 1; c < 4; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    m_summary->setText(differences == 0
                           ? tr("The runs have the same recipe, data and environment.")
                           : tr("%n difference(s) between run %1 (A) and run %2 (B) in recipe, data and environment.",
                                nullptr, differences)
                                 .arg(m_a.id, m_b.id));
}

} // namespace crucible
