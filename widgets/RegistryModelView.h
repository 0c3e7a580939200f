#pragma once

#include "engine/registry/RegistryTypes.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace crucible {

class RegistryVersionModel;
class RegistryVersionPanel;
class Workspace;

/// One registered model on the Registry page: its name with alias badges, its versions (a table
/// with test metrics and alias badges; select two to compare them) and, below, the selected
/// version's card, lineage and comparison and the model's alias history (RegistryVersionPanel).
/// It shows what it is given and changes nothing. Thread: GUI.
class RegistryModelView : public QWidget {
    Q_OBJECT
public:
    explicit RegistryModelView(QWidget* parent = nullptr);

    /// The workspace the lineage links to (may be null).
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    /// Shows `summary` (nullptr: nothing) with its versions (oldest first) and alias history.
    /// The newest version is selected.
    void showModel(const ModelSummary* summary, const QList<RegisteredVersion>& versions,
                   const QList<AliasEvent>& history, const QString& registryFolder);

    /// Selects versions; the first becomes the current one. False when one is not shown.
    bool selectVersions(const QList<int>& versions);
    /// The selected versions, current first.
    QList<int> selectedVersions() const;
    /// The shown version `version`, or nullptr.
    const RegisteredVersion* version(int version) const;

    QTableView* versionView() const { return m_view; }
    RegistryVersionModel* versionModel() const { return m_model; }
    RegistryVersionPanel* panel() const { return m_panel; }
    /// The model's aliases as badges ("production → v2").
    QLabel* aliasBadges() const { return m_badges; }

Q_SIGNALS:
    /// The selected versions changed.
    void selectionChanged();

private:
    void onSelectionChanged();

    QLabel* m_title = nullptr;
    QLabel* m_badges = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    RegistryVersionModel* m_model = nullptr;
    RegistryVersionPanel* m_panel = nullptr;
};

} // namespace crucible
