#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace crucible {

/// One keyboard shortcut of the window: where it works ("Everywhere" or a page's title), what
/// it does (the action's text without its mnemonic) and its keys. Thread: value type.
struct ShortcutEntry {
    QString context;
    QString command;
    QList<QKeySequence> keys;
    QAction* action = nullptr;
};

/// Help › Keyboard Shortcuts: every shortcut of the window by page, with a search field that
/// filters by command, page or key. Thread: GUI.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<ShortcutEntry>& entries, QWidget* parent = nullptr);

    QTreeWidget* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    /// Shows only the rows whose page, command or keys contain `text` (case-insensitive).
    void filter(const QString& text);

private:
    QTreeWidget* m_table = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace crucible
