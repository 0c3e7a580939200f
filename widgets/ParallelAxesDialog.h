#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;

namespace crucible {

/// Chooses and orders the axes of parallel coordinates: every comparable field with a check box,
/// in the order they will stand; drag a row, or Alt+Up and Alt+Down, to move it. "Defaults" goes
/// back to the varying parameters and the colour metric. Thread: GUI.
class ParallelAxesDialog : public QDialog {
    Q_OBJECT
public:
    /// `fields` and their `titles` (all that can be shown), `chosen`: those shown now, in order;
    /// `defaults`: what "Defaults" chooses.
    ParallelAxesDialog(const QStringList& fields, const QStringList& titles, const QStringList& chosen,
                       const QStringList& defaults, QWidget* parent = nullptr);

    /// The checked fields, top to bottom.
    QStringList chosenFields() const;
    /// Moves the current row by `delta` rows.
    void moveCurrent(int delta);
    /// Checks the default fields, in the default order, first.
    void resetToDefaults();
    QListWidget* list() const { return m_list; }

private:
    void fill(const QStringList& chosen);

    QStringList m_fields;
    QStringList m_titles;
    QStringList m_defaults;
    QListWidget* m_list = nullptr;
};

} // namespace crucible
