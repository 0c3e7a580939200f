#include "OciDialog.h"

#include "EngineText.h"
#include "engine/core/BackgroundTask.h"
#include "engine/registry/ModelRegistry.h"
#include "engine/registry/OciRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace crucible {

namespace {

constexpr const char* kErrorStyle = "color: #c0392b;";

QStringList splitTags(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

OciDialog::OciDialog(Mode mode, const QString& model, int version, const QMap<QString, int>& aliases,
                     const QString& address, QWidget* parent)
    : QDialog(parent), m_mode(mode)
{
    const bool push = mode == Mode::Push;
    setObjectName(push ? QStringLiteral("oci-push-dialog") : QStringLiteral("oci-pull-dialog"));
    setWindowTitle(push ? tr("Push %1@%2 to a Registry").arg(model).arg(version) : tr("Pull a Model from a Registry"));

    auto* intro = new QLabel(push ? tr("The bundle goes to an OCI registry (Docker Distribution, Harbor, GitHub, "
                                       "AWS, Azure, Artifactory) as an artifact, with the model's name, version and "
                                       "metrics on its manifest. Logins are Docker's: docker login HOST.")
                                  : tr("The model is checked against the registry's digests, verified like an "
                                       "imported bundle and added as a new version. Nothing is added when a check "
                                       "fails. Logins are Docker's: docker login HOST."),
                             this);
    intro->setWordWrap(true);
    m_address = new QLineEdit(address, this);
    m_address->setObjectName(QStringLiteral("oci-address"));
    m_address->setPlaceholderText(push ? QStringLiteral("oci://registry.example.com/team/%1").arg(model.toLower())
                                       : QStringLiteral("oci://registry.example.com/team/iris:production"));
    m_address->setClearButtonEnabled(true);
    m_plainHttp = new QCheckBox(tr("Plain &HTTP (only for a registry on this computer)"), this);
    m_plainHttp->setObjectName(QStringLiteral("oci-plain-http"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("oci-problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QLatin1String(kErrorStyle));

    auto* form = new QFormLayout;
    if (push) {
        form->addRow(tr("&Address:"), m_address);
        m_alias = new QComboBox(this);
        m_alias->setObjectName(QStringLiteral("oci-alias"));
        m_alias->addItem(tr("no alias"), QString());
        for (auto it = aliases.begin(); it != aliases.end(); ++it) {
            if (it.value() == version)
                m_alias->addItem(it.key(), it.key());
        }
        m_alias->setCurrentIndex(m_alias->count() > 1 ? 1 : 0);
        m_tags = new QLineEdit(this);
        m_tags->setObjectName(QStringLiteral("oci-tags"));
        m_tags->setPlaceholderText(tr("stable, 2026-12"));
        form->addRow(tr("Also tag the al&ias:"), m_alias);
        form->addRow(tr("More &tags:"), m_tags);
        form->addRow(
            QString(),
            new QLabel(tr("The version number (%1) is the tag unless the address names one.").arg(version), this));
        connect(m_tags, &QLineEdit::textChanged, this, &OciDialog::validate);
    } else {
        m_listButton = new QPushButton(tr("&List Tags"), this);
        m_listButton->setObjectName(QStringLiteral("oci-list-tags"));
        m_listButton->setToolTip(tr("Read the tags of the repository in the address"));
        auto* row = new QHBoxLayout;
        row->addWidget(m_address, 1);
        row->addWidget(m_listButton);
        auto* addressLabel = new QLabel(tr("&Address:"), this);
        addressLabel->setBuddy(m_address);
        form->addRow(addressLabel, row);
        m_remoteTags = new QListWidget(this);
        m_remoteTags->setObjectName(QStringLiteral("oci-remote-tags"));
        m_remoteTags->setMinimumHeight(120);
        form->addRow(tr("Tags in the registry:"), m_remoteTags);
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("oci-name"));
        m_name->setPlaceholderText(tr("the bundle's own name"));
        form->addRow(tr("Register as &name:"), m_name);
        connect(m_listButton, &QPushButton::clicked, this, &OciDialog::listTags);
        connect(m_remoteTags, &QListWidget::currentTextChanged, this, [this](const QString& tag) {
            if (tag.isEmpty() || !m_remoteTags->currentItem()
                || !m_remoteTags->currentItem()->data(Qt::UserRole).toBool())
                return;
            Result<oci::Reference> ref = oci::Reference::parse(this->address());
            if (!ref)
                return;
            ref->tag = tag;
            ref->digest.clear();
            m_address->setText(ref->text());
        });
        connect(m_name, &QLineEdit::textChanged, this, &OciDialog::validate);
    }
    form->addRow(QString(), m_plainHttp);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(push ? tr("&Push") : tr("P&ull"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_address, &QLineEdit::textChanged, this, &OciDialog::validate);
    connect(m_plainHttp, &QCheckBox::toggled, this, &OciDialog::validate);
    validate();
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

QString OciDialog::address() const
{
    return m_address->text().trimmed();
}

QString OciDialog::alias() const
{
    return m_alias ? m_alias->currentData().toString() : QString();
}

QStringList OciDialog::extraTags() const
{
    return m_tags ? splitTags(m_tags->text()) : QStringList();
}

QString OciDialog::name() const
{
    return m_name ? m_name->text().trimmed() : QString();
}

bool OciDialog::plainHttp() const
{
    return m_plainHttp->isChecked();
}

void OciDialog::setPlainHttp(bool plain)
{
    m_plainHttp->setChecked(plain);
}

void OciDialog::validate()
{
    QString problem;
    const Result<oci::Reference> ref = oci::Reference::parse(address());
    if (address().isEmpty())
        problem = QString(); // nothing typed yet: no complaint, but no OK either
    else if (!ref)
        problem = engineText(ref.error().message);
    else if (plainHttp() && !ref->isLoopback())
        problem = tr("Plain HTTP is only for a registry on this computer; %1 is reached over HTTPS.").arg(ref->host);
    else if (m_mode == Mode::Push && !ref->digest.isEmpty())
        problem = tr("Push to a tag, not to a digest.");
    for (const QString& tag : extraTags()) {
        if (problem.isEmpty() && !oci::isValidTag(tag))
            problem = tr("“%1” is not a tag: letters, digits, '.', '_' and '-', at most 128.").arg(tag);
    }
    if (problem.isEmpty() && !name().isEmpty()) {
        if (Status valid = ModelRegistry::validateName(name()); !valid)
            problem = engineText(valid.error().message);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(ref.isOk() && problem.isEmpty());
    if (m_listButton)
        m_listButton->setEnabled(ref.isOk() && problem.isEmpty());
}

void listRemoteTags(QListWidget* list, const QString& address, bool plainHttp, std::function<void()> finished)
{
    Result<oci::Reference> ref = oci::Reference::parse(address);
    if (!ref)
        return;
    ref->tag.clear();
    ref->digest.clear();
    oci::ClientOptions options;
    options.plainHttp = plainHttp;
    options.stallTimeoutMs = 15000;
    list->clear();
    auto* reading = new QListWidgetItem(OciDialog::tr("Reading the tags of %1…").arg(ref->repository), list);
    reading->setFlags(Qt::NoItemFlags);
    // The generation of the latest listing, kept on the list: an older answer is dropped.
    const quint64 generation = list->property("crucible-listing").toULongLong() + 1;
    list->setProperty("crucible-listing", generation);
    TaskManager::instance().start(
        OciDialog::tr("Listing %1").arg(ref->text()), list,
        [reference = ref.value(), options](TaskContext& context) {
            oci::ClientOptions withCancel = options;
            withCancel.cancelled = [&context] { return context.isCancelled(); };
            return oci::listTags(reference, withCancel);
        },
        [list, generation, finished = std::move(finished)](const Result<QStringList>& tags) {
            if (generation != list->property("crucible-listing").toULongLong())
                return;
            list->clear();
            if (finished)
                finished();
            if (!tags) {
                auto* item = new QListWidgetItem(errorText(tags.error()), list);
                item->setFlags(Qt::NoItemFlags);
                item->setForeground(QColor(0xc0, 0x39, 0x2b));
                item->setToolTip(errorText(tags.error()));
                return;
            }
            if (tags->isEmpty()) {
                (new QListWidgetItem(OciDialog::tr("The repository has no tags."), list))->setFlags(Qt::NoItemFlags);
                return;
            }
            for (const QString& tag : tags.value()) {
                auto* item = new QListWidgetItem(tag, list);
                item->setData(Qt::UserRole, true);
            }
        },
        TaskManager::Options {.cancellable = true, .shown = false});
}

void OciDialog::listTags()
{
    m_listButton->setEnabled(false);
    listRemoteTags(m_remoteTags, address(), plainHttp(), [this] { m_listButton->setEnabled(true); });
}

} // namespace crucible
