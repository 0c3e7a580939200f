#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace crucible {

/// A page whose feature is still to come: its icon, its title and what it will offer,
/// so a user knows where things will be. Thread: GUI.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QIcon& icon, const QString& title, const QString& description,
                    const QStringList& plannedFeatures, QWidget* parent = nullptr);

    QString title() const;

private:
    QLabel* m_title = nullptr;
};

} // namespace crucible
