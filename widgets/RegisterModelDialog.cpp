#include "RegisterModelDialog.h"

#include "EngineText.h"
#include "RunTableModel.h"

#include "engine/core/BackgroundTask.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/RunPackager.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace crucible {

struct RegisterModelDialog::Packaged {
    BundleContents contents;
    QJsonObject confusion; ///< the run's confusion matrix, for the card; empty for regression
    QString error;
};

struct RegisterModelDialog::Registered {
    RegisteredVersion version;
    QString error;
};

namespace {

const char* const kErrorStyle = "color: #c0392b";

} // namespace

RegisterModelDialog::RegisterModelDialog(std::shared_ptr<const Workspace> workspace, const QString& registryFolder,
                                         const QString& runId, QWidget* parent)
    : QDialog(parent), m_workspace(std::move(workspace)), m_registryFolder(registryFolder), m_runId(runId)
{
    setObjectName(QStringLiteral("register-model-dialog"));
    setWindowTitle(tr("Register Model"));
    buildUi();

    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(200);
    connect(&m_previewDelay, &QTimer::timeout, this, &RegisterModelDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        updateState();
        m_previewDelay.start();
    });
    connect(m_alias, &QComboBox::currentTextChanged, this, &RegisterModelDialog::updateState);
    connect(m_intendedUse, &QPlainTextEdit::textChanged, this, [this] { m_previewDelay.start(); });

    m_name->setText(describeRun());
    m_isPackaging = true;
    setBusy(true, tr("Packaging the run…"));
    TaskManager::instance().start(
        tr("Packaging run %1…").arg(runId), this,
        [workspace = m_workspace, runId](TaskContext&) {
            if (!workspace) {
                Packaged packaged;
                packaged.error = QStringLiteral("no workspace is open");
                return packaged;
            }
            return packageRun(*workspace, runId);
        },
        [this](Packaged packaged) { onPackaged(std::move(packaged)); });
    updateState();
}

void RegisterModelDialog::buildUi()
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("register-name"));
    m_nameHint = new QLabel(this);
    m_nameHint->setObjectName(QStringLiteral("register-name-hint"));
    m_alias = new QComboBox(this);
    m_alias->setObjectName(QStringLiteral("register-alias"));
    m_alias->setEditable(true);
    m_alias->addItems({QString(), QStringLiteral("staging"), QStringLiteral("production")});
    m_alias->setToolTip(tr("Optional: point this alias at the new version (moving it if it exists)"));
    m_aliasHint = new QLabel(this);
    m_intendedUse = new QPlainTextEdit(this);
    m_intendedUse->setObjectName(QStringLiteral("register-intended-use"));
    m_intendedUse->setPlaceholderText(tr("Who should use this model, for what, and for what not"));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("register-preview"));
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("register-error"));
    m_error->setStyleSheet(QLatin1String(kErrorStyle));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_busyLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    m_buttons->button(QDialogButtonBox::Ok)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterModelDialog::registerModel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(tr("&Alias:"), m_alias);
    form->addRow(QString(), m_aliasHint);
    form->addRow(tr("&Intended use:"), m_intendedUse);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Model card preview:"), right));
    rightLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({420, 520});
    auto* busy = new QHBoxLayout;
    busy->addWidget(m_busyLabel);
    busy->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addLayout(busy);
    layout->addWidget(m_buttons);
    resize(980, 620);
}

QString RegisterModelDialog::describeRun()
{
    if (!m_workspace)
        return {};
    const auto run = RunCatalog(*m_workspace).run(m_runId);
    if (!run) {
        m_summary->setText(tr("Run %1").arg(m_runId));
        return {};
    }
    QStringList metrics;
    for (auto it = run->metrics.begin(); it != run->metrics.end(); ++it) {
        if (it.key().startsWith(QLatin1String("test_")))
            metrics << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().last, 0, 'g', 4);
    }
    QStringList lines {
        tr("<b>Run %1</b> (%2) · %3 · dataset %4")
            .arg(run->name.toHtmlEscaped(), run->id.left(8), RunTableModel::statusText(run->status),
                 QString(run->datasetName + QLatin1Char('@') + run->datasetHash.left(12)).toHtmlEscaped())};
    if (!metrics.isEmpty())
        lines << metrics.join(QStringLiteral(", "));
    lines << tr("Into the registry in %1").arg(m_registryFolder.toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    const QString kind = run->params.value(QStringLiteral("model.kind")).toString();
    return kind.isEmpty() ? run->datasetName : run->datasetName + QLatin1Char('-') + kind;
}

void RegisterModelDialog::setExistingModels(const QList<ModelSummary>& models)
{
    m_models = models;
    updateState();
}

QString RegisterModelDialog::name() const
{
    return m_name->text().trimmed();
}

void RegisterModelDialog::setName(const QString& name)
{
    m_name->setText(name);
}

QString RegisterModelDialog::alias() const
{
    return m_alias->currentText().trimmed();
}

void RegisterModelDialog::setAlias(const QString& alias)
{
    m_alias->setCurrentText(alias);
}

QString RegisterModelDialog::intendedUse() const
{
    return m_intendedUse->toPlainText();
}

void RegisterModelDialog::setIntendedUse(const QString& text)
{
    m_intendedUse->setPlainText(text);
    m_previewDelay.stop();
    updatePreview();
}

QString RegisterModelDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool RegisterModelDialog::canRegister() const
{
    return m_packaged && m_packaged->error.isEmpty() && !isBusy() && ModelRegistry::validateName(name()).isOk()
        && (alias().isEmpty() || ModelRegistry::validateName(alias(), true).isOk());
}

void RegisterModelDialog::updateState()
{
    const Status nameValid = ModelRegistry::validateName(name());
    if (!nameValid) {
        m_nameHint->setStyleSheet(QLatin1String(kErrorStyle));
        m_nameHint->setText(engineText(nameValid.error().message));
    } else {
        m_nameHint->setStyleSheet(QString());
        auto existing = std::find_if(m_models.begin(), m_models.end(),
                                     [this](const ModelSummary& model) { return model.name == name(); });
        m_nameHint->setText(existing == m_models.end() ? tr("Creates the model %1 with version 1.").arg(name())
                                                       : tr("Adds a version to %1 (it has %n version(s), latest v%2).",
                                                            nullptr, existing->versionCount)
                                                             .arg(name())
                                                             .arg(existing->latestVersion));
    }
    const Status aliasValid = alias().isEmpty() ? Status(Ok {}) : ModelRegistry::validateName(alias(), true);
    m_aliasHint->setStyleSheet(aliasValid ? QString() : QLatin1String(kErrorStyle));
    m_aliasHint->setText(
        aliasValid ? (alias().isEmpty() ? tr("No alias.") : tr("%1 will point at the new version.").arg(alias()))
                   : engineText(aliasValid.error().message));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canRegister());
}

void RegisterModelDialog::updatePreview()
{
    if (!m_packaged || !m_packaged->error.isEmpty())
        return;
    BundleManifest manifest = m_packaged->contents.manifest;
    manifest.name = name().isEmpty() ? tr("(unnamed)") : name();
    m_card = QString::fromUtf8(RunPackager::modelCard(manifest, m_packaged->confusion, intendedUse()));
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setMarkdown(m_card);
    m_preview->verticalScrollBar()->setValue(scroll);
}

void RegisterModelDialog::onPackaged(Packaged packaged)
{
    m_packaged = std::make_shared<Packaged>(std::move(packaged));
    m_isPackaging = false;
    setBusy(false, {});
    if (!m_packaged->error.isEmpty()) {
        showError(tr("This run cannot be registered: %1").arg(m_packaged->error));
        m_preview->setPlainText(tr("No model card: this run cannot be registered."));
    } else {
        updatePreview();
    }
    updateState();
    Q_EMIT packagingFinished();
}

void RegisterModelDialog::registerModel()
{
    if (!canRegister())
        return;
    m_error->hide();
    updatePreview();
    BundleContents contents = m_packaged->contents;
    contents.manifest.name = name();
    contents.modelCard = m_card.toUtf8();
    m_isRegistering = true;
    setBusy(true, tr("Registering %1…").arg(name()));
    // Not cancellable: a half-registered version is worse than a finished one.
    TaskManager::instance().start(
        tr("Registering %1…").arg(name()), this,
        [folder = m_registryFolder, contents, modelName = name(), aliasName = alias()](TaskContext&) {
            Registered outcome;
            auto registry = ModelRegistry::open(folder);
            if (!registry) {
                outcome.error = crucible::errorText(registry.error());
                return outcome;
            }
            auto added = registry.value()->add(contents, modelName);
            if (!added) {
                outcome.error = crucible::errorText(added.error());
                return outcome;
            }
            outcome.version = added.value();
            if (!aliasName.isEmpty()) {
                if (Status moved = registry.value()->setAlias(modelName, aliasName, added->version); !moved)
                    outcome.error = QStringLiteral("registered %1, but the alias was refused: %2")
                                        .arg(added->reference(), crucible::errorText(moved.error()));
            }
            return outcome;
        },
        [this](const Registered& outcome) { onRegistered(outcome); }, TaskManager::Options {.cancellable = false});
}

void RegisterModelDialog::onRegistered(const Registered& outcome)
{
    m_isRegistering = false;
    setBusy(false, {});
    if (outcome.version.version > 0)
        Q_EMIT registered(outcome.version.reference(), outcome.version.name, outcome.version.version);
    if (!outcome.error.isEmpty()) {
        showError(tr("Cannot register the model: %1").arg(outcome.error));
        Q_EMIT registerFailed(outcome.error);
        if (outcome.version.version > 0)
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // the version exists; don't add it twice
        return;
    }
    accept();
}

void RegisterModelDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void RegisterModelDialog::setBusy(bool busy, const QString& text)
{
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(busy);
    m_progress->setVisible(busy);
    m_name->setReadOnly(m_isRegistering);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && canRegister());
}

RegisterModelDialog::Packaged RegisterModelDialog::packageRun(const Workspace& workspace, const QString& runId)
{
    Packaged packaged;
    auto contents = RunPackager(workspace).package(runId, QStringLiteral("model"));
    if (!contents) {
        packaged.error = crucible::errorText(contents.error());
        return packaged;
    }
    packaged.contents = std::move(contents.value());
    const auto run = RunCatalog(workspace).run(packaged.contents.manifest.runId);
    if (!run)
        return packaged;
    for (const ArtifactRecord& artifact : run->artifacts) {
        if (artifact.kind != QLatin1String("confusion_matrix"))
            continue;
        QFile file(QDir(RunStore(workspace).runFolder(run->id)).filePath(artifact.path));
        if (file.open(QIODevice::ReadOnly))
            packaged.confusion = QJsonDocument::fromJson(file.readAll()).object();
    }
    return packaged;
}

} // namespace crucible
