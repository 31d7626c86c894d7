#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

namespace dtdb::views {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_type(new QComboBox), m_id(new QLineEdit), m_name(new QLineEdit),
      m_email(new QLineEdit)
{
    setWindowTitle(tr("Preferences"));
    m_type->addItem(tr("Human"), int(ActorType::Human));
    m_type->addItem(tr("AI"), int(ActorType::Ai));
    m_type->addItem(tr("System"), int(ActorType::System));
    auto *intro = new QLabel(tr("Edits made in this app are logged as queries whose Cause names "
                                "this actor as who made them."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Actor type:"), m_type);
    form->addRow(tr("Actor id:"), m_id);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Email:"), m_email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const document::LocalActor actor = loadActor();
    m_type->setCurrentIndex(m_type->findData(int(actor.type)));
    m_id->setText(actor.id);
    m_name->setText(actor.name);
    m_email->setText(actor.email);
}

document::LocalActor PreferencesDialog::loadActor()
{
    QSettings settings;
    document::LocalActor actor;
    actor.type = ActorType(settings.value(QStringLiteral("actor/type"), int(actor.type)).toInt());
    actor.id = settings.value(QStringLiteral("actor/id"), actor.id).toString();
    actor.name =
        settings.value(QStringLiteral("actor/name"), qEnvironmentVariable("USER")).toString();
    actor.email = settings.value(QStringLiteral("actor/email")).toString();
    return actor;
}

void PreferencesDialog::saveActor(const document::LocalActor &actor)
{
    QSettings settings;
    settings.setValue(QStringLiteral("actor/type"), int(actor.type));
    settings.setValue(QStringLiteral("actor/id"), actor.id);
    settings.setValue(QStringLiteral("actor/name"), actor.name);
    settings.setValue(QStringLiteral("actor/email"), actor.email);
}

document::LocalActor PreferencesDialog::actor() const
{
    document::LocalActor actor;
    actor.type = ActorType(m_type->currentData().toInt());
    actor.id =
        m_id->text().trimmed().isEmpty() ? QStringLiteral("local-user") : m_id->text().trimmed();
    actor.name = m_name->text().trimmed();
    actor.email = m_email->text().trimmed();
    return actor;
}

} // namespace dtdb::views
