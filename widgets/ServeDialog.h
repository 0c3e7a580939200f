#pragma once

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace crucible {

/// Asks how to serve a model of the registry: which reference (an alias, which the server
/// follows when it moves; a fixed version; or the latest version), the port (the next free one
/// when it is taken, unless told otherwise) and whether other machines may connect. It starts
/// nothing: the caller reads the choice after it is accepted. Thread: GUI.
class ServeDialog : public QDialog {
    Q_OBJECT
public:
    /// `aliases`: alias -> version of `model`; `version`: the selected version.
    ServeDialog(const QString& model, int version, const QMap<QString, int>& aliases, QWidget* parent = nullptr);

    /// "iris@production", "iris@3" or "iris".
    QString reference() const;
    int port() const;
    void setPort(int port);
    /// True: try the following ports when the chosen one is taken.
    bool nextFreePort() const;
    /// "127.0.0.1", or "0.0.0.0" when other machines may connect.
    QString host() const;

private:
    void updateHint();

    QComboBox* m_reference = nullptr;
    QSpinBox* m_port = nullptr;
    QCheckBox* m_nextFree = nullptr;
    QCheckBox* m_network = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace crucible
