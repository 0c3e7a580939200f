#include "RegistryModelView.h"

#include "RegistryBadgeDelegate.h"
#include "RegistryVersionModel.h"
#include "RegistryVersionPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace crucible {

RegistryModelView::RegistryModelView(QWidget* parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("registry-title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_badges = new QLabel(this);
    m_badges->setObjectName(QStringLiteral("registry-badges"));
    m_badges->setTextFormat(Qt::RichText);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_badges);
    header->addStretch(1);

    m_model = new RegistryVersionModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("registry-versions"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RegistryBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setToolTip(tr("Select two versions (Ctrl+click) to compare them"));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistryModelView::onSelectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegistryModelView::onSelectionChanged);

    m_panel = new RegistryVersionPanel(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({170, 530}); // a model has a few versions; the card needs the room
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void RegistryModelView::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_panel->setWorkspace(std::move(workspace));
}

void RegistryModelView::showModel(const ModelSummary* summary, const QList<RegisteredVersion>& versions,
                                  const QList<AliasEvent>& history, const QString& registryFolder)
{
    const QMap<QString, int> aliases = summary ? summary->aliases : QMap<QString, int>();
    m_title->setText(summary ? summary->name : QString());
    QStringList badges;
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        badges << QStringLiteral("%1 → v%2").arg(it.key()).arg(it.value());
    m_badges->setText(RegistryBadgeDelegate::html(badges, aliases.keys()));
    m_summary->setText(summary ? tr("%n version(s), latest v%1 · registry %2", nullptr, summary->versionCount)
                                     .arg(summary->latestVersion)
                                     .arg(registryFolder)
                               : QString());
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setVersions(versions, aliases);
    }
    m_view->resizeColumnsToContents();
    m_panel->showHistory(history);
    if (m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    onSelectionChanged();
}

bool RegistryModelView::selectVersions(const QList<int>& versions)
{
    QItemSelection selection;
    for (int version : versions) {
        const int row = m_model->rowOf(version);
        if (row < 0)
            return false;
        selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    if (versions.isEmpty())
        return false;
    QItemSelectionModel* selectionModel = m_view->selectionModel();
    {
        const QSignalBlocker blocker(selectionModel);
        selectionModel->setCurrentIndex(m_model->index(m_model->rowOf(versions.first()), 0),
                                        QItemSelectionModel::NoUpdate);
        selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    m_view->viewport()->update();
    onSelectionChanged();
    return true;
}

QList<int> RegistryModelView::selectedVersions() const
{
    QList<int> versions;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        const int number = index.data(RegistryVersionModel::VersionRole).toInt();
        if (current.isValid() && index.row() == current.row())
            versions.prepend(number);
        else
            versions << number;
    }
    return versions;
}

const RegisteredVersion* RegistryModelView::version(int version) const
{
    return m_model->versionAt(m_model->rowOf(version));
}

void RegistryModelView::onSelectionChanged()
{
    const QList<int> selected = selectedVersions();
    m_panel->showVersion(selected.isEmpty() ? nullptr : version(selected.first()));
    if (selected.size() == 2) {
        m_panel->showComparison(version(std::min(selected[0], selected[1])),
                                version(std::max(selected[0], selected[1])));
        m_panel->showComparisonTab();
    } else {
        m_panel->showComparison(nullptr, nullptr);
    }
    Q_EMIT selectionChanged();
}

} // namespace crucible
