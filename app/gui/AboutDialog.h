#pragma once

#include "engine/core/Environment.h"

#include <QDialog>

namespace crucible {

/// Crucible's version and commit with the versions of everything it runs on; the versions can be
/// copied for a bug report. Thread: GUI.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const Environment& environment, QWidget* parent = nullptr);

    /// The plain-text version report that "Copy Versions" puts on the clipboard.
    QString versionReport() const;

private:
    Environment m_environment;
};

} // namespace crucible
