#include "ServeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace crucible {

ServeDialog::ServeDialog(const QString& model, int version, const QMap<QString, int>& aliases, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serve-dialog"));
    setWindowTitle(tr("Serve %1").arg(model));
    m_reference = new QComboBox(this);
    m_reference->setObjectName(QStringLiteral("serve-reference"));
    // The aliases of the selected version first: serving an alias is what follows a promotion.
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        if (it.value() == version)
            m_reference->addItem(tr("%1@%2 — follows the alias (now version %3)").arg(model, it.key()).arg(it.value()),
                                 QStringLiteral("%1@%2").arg(model, it.key()));
    }
    m_reference->addItem(tr("%1@%2 — this version only").arg(model).arg(version),
                         QStringLiteral("%1@%2").arg(model).arg(version));
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        if (it.value() != version)
            m_reference->addItem(tr("%1@%2 — follows the alias (now version %3)").arg(model, it.key()).arg(it.value()),
                                 QStringLiteral("%1@%2").arg(model, it.key()));
    }
    m_reference->addItem(tr("%1 — the latest version, whichever it is").arg(model), model);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serve-port"));
    m_port->setRange(1024, 65535);
    m_port->setValue(8080);
    m_nextFree = new QCheckBox(tr("Take the next free port when it is in use"), this);
    m_nextFree->setObjectName(QStringLiteral("serve-next-free"));
    m_nextFree->setChecked(true);
    m_network = new QCheckBox(tr("Reachable from other machines (listen on all addresses, without a token)"), this);
    m_network->setObjectName(QStringLiteral("serve-network"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("serve-hint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Model:"), m_reference);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_nextFree);
    form->addRow(QString(), m_network);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Serve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_reference, &QComboBox::currentIndexChanged, this, &ServeDialog::updateHint);
    connect(m_network, &QCheckBox::toggled, this, &ServeDialog::updateHint);
    updateHint();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void ServeDialog::updateHint()
{
    const QString reference = this->reference();
    QString hint = reference.contains(QLatin1Char('@')) && !reference.section(QLatin1Char('@'), 1).toInt()
        ? tr("When the alias moves to another version (here, from the command line or on another machine), the "
             "server loads that version and switches to it without a failed request.")
        : reference.contains(QLatin1Char('@')) ? tr("The server answers with this version until you stop it.")
                                               : tr("When a newer version is registered, the server switches to it.");
    if (m_network->isChecked())
        hint += QLatin1Char('\n')
            + tr("Anyone who can reach this machine can call the model. To require a token, serve it from the "
                 "command line with --token-file.");
    m_hint->setText(hint);
}

QString ServeDialog::reference() const
{
    return m_reference->currentData().toString();
}

int ServeDialog::port() const
{
    return m_port->value();
}

void ServeDialog::setPort(int port)
{
    m_port->setValue(port);
}

bool ServeDialog::nextFreePort() const
{
    return m_nextFree->isChecked();
}

QString ServeDialog::host() const
{
    return m_network->isChecked() ? QStringLiteral("0.0.0.0") : QStringLiteral("127.0.0.1");
}

} // namespace crucible
