#include "RegistryAliasDialog.h"

#include "EngineText.h"
#include "engine/registry/ModelRegistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace crucible {

RegistryAliasDialog::RegistryAliasDialog(const QString& model, const QList<int>& versions,
                                         const QMap<QString, int>& aliases, int version, QWidget* parent)
    : QDialog(parent), m_aliases(aliases)
{
    setObjectName(QStringLiteral("registry-alias-dialog"));
    setWindowTitle(tr("Set Alias of %1").arg(model));

    m_alias = new QComboBox(this);
    m_alias->setObjectName(QStringLiteral("alias-name"));
    m_alias->setEditable(true);
    m_alias->setInsertPolicy(QComboBox::NoInsert);
    QStringList offered = aliases.keys();
    for (const char* common : {"production", "staging"}) {
        if (!offered.contains(QLatin1String(common)))
            offered << QLatin1String(common);
    }
    m_alias->addItems(offered);
    m_alias->lineEdit()->setPlaceholderText(tr("production, staging, champion…"));

    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("alias-version"));
    QList<int> sorted = versions;
    std::sort(sorted.rbegin(), sorted.rend());
    for (int v : std::as_const(sorted))
        m_version->addItem(QStringLiteral("v%1").arg(v), v);

    m_effect = new QLabel(this);
    m_effect->setObjectName(QStringLiteral("alias-effect"));
    m_effect->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set Alias"));
    m_remove = m_buttons->addButton(tr("&Remove Alias"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(QStringLiteral("alias-remove"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_choice = Choice::Set;
        accept();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Remove;
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Alias:"), m_alias);
    form->addRow(tr("&Points at:"), m_version);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_effect);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_alias, &QComboBox::currentTextChanged, this, &RegistryAliasDialog::updateState);
    connect(m_version, &QComboBox::currentIndexChanged, this, &RegistryAliasDialog::updateState);
    setVersion(version);
    m_alias->setCurrentText(aliases.isEmpty() ? QStringLiteral("production") : QString());
    updateState();
    setMinimumWidth(420);
}

QString RegistryAliasDialog::alias() const
{
    return m_alias->currentText().trimmed();
}

void RegistryAliasDialog::setAlias(const QString& alias)
{
    m_alias->setCurrentText(alias);
}

int RegistryAliasDialog::version() const
{
    return m_version->currentData().toInt();
}

void RegistryAliasDialog::setVersion(int version)
{
    const int index = m_version->findData(version);
    if (index >= 0)
        m_version->setCurrentIndex(index);
}

void RegistryAliasDialog::updateState()
{
    const QString name = alias();
    const Status valid = name.isEmpty() ? Status(Error {ErrorCode::InvalidInput, tr("Type an alias.")})
                                        : ModelRegistry::validateName(name, true);
    const bool exists = m_aliases.contains(name);
    QString effect;
    if (!valid)
        effect = QStringLiteral("<span style=\"color:#c0392b\">%1</span>")
                     .arg(engineText(valid.error().message).toHtmlEscaped());
    else if (!exists)
        effect = tr("Creates the alias <b>%1</b> pointing at v%2.").arg(name.toHtmlEscaped()).arg(version());
    else if (m_aliases.value(name) == version())
        effect = tr("<b>%1</b> already points at v%2.").arg(name.toHtmlEscaped()).arg(version());
    else
        effect = tr("Moves <b>%1</b> from v%2 to v%3; the move is logged in the alias history.")
                     .arg(name.toHtmlEscaped())
                     .arg(m_aliases.value(name))
                     .arg(version());
    m_effect->setText(effect);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(valid.isOk() && m_version->count() > 0 && !(exists && m_aliases.value(name) == version()));
    m_remove->setEnabled(exists);
}

} // namespace crucible
