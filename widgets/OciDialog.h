#pragma once

#include <QDialog>
#include <QMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace crucible {

/// Reads the tags of the repository `address` names (its tag or digest left out) in the
/// background and shows them in `list`: "Reading…" meanwhile, then the tags (each item's
/// Qt::UserRole is true), "no tags", or the error in red. A newer call on the same list wins.
/// `finished` runs on the GUI thread when the answer is shown. Thread: GUI.
void listRemoteTags(QListWidget* list, const QString& address, bool plainHttp, std::function<void()> finished = {});

/// Asks where to push a version in an OCI registry (Docker Distribution, Harbor, GHCR, ...) or
/// what to pull from one: the address (oci://HOST[:PORT]/REPOSITORY[:TAG]), more tags or the
/// name to register under, and plain HTTP for a registry on this machine. Pull lists the
/// repository's tags (List Tags, read in the background) so that one is picked, not typed. It
/// moves nothing itself: the caller reads the choice once it is accepted. Thread: GUI.
class OciDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Push, Pull };

    /// Push: `model` and `version` say what goes, `aliases` (alias -> version) which of its
    /// aliases may be tagged too. Pull: both empty. `address`: the last one used, or empty.
    OciDialog(Mode mode, const QString& model, int version, const QMap<QString, int>& aliases, const QString& address,
              QWidget* parent = nullptr);

    /// The address as typed, without surrounding spaces.
    QString address() const;
    /// Push: the alias to tag as well (empty: none), and the further tags.
    QString alias() const;
    QStringList extraTags() const;
    /// Pull: the name to register under (empty: the bundle's own).
    QString name() const;
    bool plainHttp() const;
    void setPlainHttp(bool plain);

private:
    void validate();
    void listTags();

    Mode m_mode;
    QLineEdit* m_address = nullptr;
    QComboBox* m_alias = nullptr;
    QLineEdit* m_tags = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_plainHttp = nullptr;
    QPushButton* m_listButton = nullptr;
    QListWidget* m_remoteTags = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace crucible
