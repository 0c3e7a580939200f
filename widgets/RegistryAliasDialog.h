#pragma once

#include <QDialog>
#include <QList>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace crucible {

/// Sets, moves or removes an alias of one model: the alias (existing ones, production and
/// staging offered; any valid name typed), the version it should point at, and what the change
/// will do ("creates", "moves from v2", "already points here"), validated as the user types.
/// It changes nothing itself: the caller applies choice() after exec(). Thread: GUI.
class RegistryAliasDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Set, Remove };

    /// `versions`: the model's version numbers; `aliases`: alias -> version now; `version`: preselected.
    RegistryAliasDialog(const QString& model, const QList<int>& versions, const QMap<QString, int>& aliases,
                        int version, QWidget* parent = nullptr);

    QString alias() const;
    void setAlias(const QString& alias);
    int version() const;
    void setVersion(int version);
    /// Set (or move) the alias, or remove it (the Remove button).
    Choice choice() const { return m_choice; }

private:
    void updateState();

    QMap<QString, int> m_aliases;
    Choice m_choice = Choice::Set;
    QComboBox* m_alias = nullptr;
    QComboBox* m_version = nullptr;
    QLabel* m_effect = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace crucible
