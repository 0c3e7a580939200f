#pragma once

#include <QDialog>

class QListWidget;

namespace crucible {

/// The built-in samples with a check box each; those not installed say why. Thread: GUI.
class SamplesDialog : public QDialog {
    Q_OBJECT
public:
    explicit SamplesDialog(QWidget* parent = nullptr);
    QStringList selectedKeys() const;
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list = nullptr;
};

} // namespace crucible
