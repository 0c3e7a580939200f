#pragma once

#include "engine/registry/BundleContents.h"
#include "engine/registry/RegistryTypes.h"

#include <QDialog>
#include <QJsonObject>
#include <QTimer>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTextBrowser;

namespace crucible {

class Workspace;

/// Registers a finished (or stopped) run's model as the next version of a model in a registry:
/// the name (default: dataset and model kind, validated as typed), an optional alias, the
/// intended use, and a live preview of the model card exactly as it will be stored. The run is
/// packaged once in a background task when the dialog opens (the card preview is then redrawn
/// from that package); registering is a task too, which ends even if the dialog is closed. Errors (a run without a
/// model, a refused name) are shown inline with the engine's message. Thread: GUI.
class RegisterModelDialog : public QDialog {
    Q_OBJECT
public:
    /// Registers run `runId` of `workspace` into the registry in `registryFolder`.
    RegisterModelDialog(std::shared_ptr<const Workspace> workspace, const QString& registryFolder, const QString& runId,
                        QWidget* parent = nullptr);

    /// The models in the registry now, to say whether the name adds a version or a new model.
    void setExistingModels(const QList<ModelSummary>& models);

    QString name() const;
    void setName(const QString& name);
    QString alias() const;
    void setAlias(const QString& alias);
    QString intendedUse() const;
    void setIntendedUse(const QString& text);

    /// The model card as it will be stored (Markdown); empty until the run is packaged.
    QString cardMarkdown() const { return m_card; }
    QTextBrowser* preview() const { return m_preview; }
    /// The error shown in the dialog, empty when none.
    QString errorText() const;
    /// True once the run is packaged and the name and alias are valid.
    bool canRegister() const;
    /// True while the run is packaged or registered (until the outcome is shown).
    bool isBusy() const { return m_isPackaging || m_isRegistering; }

public Q_SLOTS:
    /// Registers in the background; the dialog closes (accepted) when it worked.
    void registerModel();

Q_SIGNALS:
    /// The run was packaged (or could not be: errorText() says why).
    void packagingFinished();
    /// A new version was registered: `reference` is "NAME@VERSION".
    void registered(const QString& reference, const QString& name, int version);
    /// Registering failed; the message is shown in the dialog.
    void registerFailed(const QString& message);

private:
    void buildUi();
    struct Packaged;
    struct Registered;
    /// Fills the run summary; returns the default name (dataset and model kind).
    QString describeRun();
    /// Packages `runId` and reads its confusion matrix. Runs on a worker thread.
    static Packaged packageRun(const Workspace& workspace, const QString& runId);
    void onPackaged(Packaged packaged);
    void onRegistered(const Registered& outcome);
    void updateState();
    void updatePreview();
    void showError(const QString& message);
    void setBusy(bool busy, const QString& text);

    std::shared_ptr<const Workspace> m_workspace;
    QString m_registryFolder;
    QString m_runId;
    QList<ModelSummary> m_models;
    std::shared_ptr<Packaged> m_packaged;
    QString m_card;
    bool m_isPackaging = false;
    bool m_isRegistering = false;
    QTimer m_previewDelay;

    QLabel* m_summary = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameHint = nullptr;
    QComboBox* m_alias = nullptr;
    QLabel* m_aliasHint = nullptr;
    QPlainTextEdit* m_intendedUse = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace crucible
