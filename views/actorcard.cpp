#include "actorcard.h"

#include "actorstyle.h"
#include "valuetext.h"

#include <QGridLayout>
#include <QLabel>

namespace dtdb::views {

namespace {

QString permissionsText(const std::optional<PermissionMap> &permissions)
{
    if (!permissions) return {}; // not given: the row is left out like any other missing field
    if (permissions->empty()) return ActorCard::tr("none");
    QStringList lines;
    for (const auto &[collection, permission] : *permissions) {
        QStringList allows;
        for (const QueryType type : permission.allows)
            allows << QString::fromUtf8(toString(type).data(), qsizetype(toString(type).size()));
        lines << ActorCard::tr("%1: %2").arg(QString::fromStdString(collection).toHtmlEscaped(),
                                             allows.isEmpty() ? ActorCard::tr("nothing")
                                                              : allows.join(QStringLiteral(", ")));
    }
    return lines.join(QStringLiteral("<br>"));
}

QString devicesText(const Value &devices)
{
    if (!devices.is_array()) return document::displayText(devices).toHtmlEscaped();
    QStringList ids;
    for (const Value &id : devices)
        ids << document::displayText(id).toHtmlEscaped();
    return ids.join(QStringLiteral(", "));
}

} // namespace

ActorCard::ActorCard(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_name(new QLabel(this)), m_type(new QLabel(this)),
      m_details(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_name->setObjectName(QStringLiteral("actorName"));
    m_type->setObjectName(QStringLiteral("actorType"));
    m_details->setObjectName(QStringLiteral("actorDetails"));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    for (QLabel *label : {m_name, m_details}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    m_details->setTextFormat(Qt::RichText);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(m_type, 0, 2, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_details, 1, 1, 1, 2);
    grid->setColumnStretch(1, 1);
}

void ActorCard::setActor(const Actor &actor)
{
    m_icon->setPixmap(actorIcon(actor.type).pixmap(40, 40));
    const QString id = document::displayText(actor.id);
    const QString name = document::displayText(actor.name);
    m_name->setText(name.isEmpty() ? id : name);
    m_type->setText(actorTypeName(actor.type));
    // The type's colour on the chip, so that the kind reads at a glance.
    m_type->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: "
                                         "3px; padding: 1px 6px; }")
                              .arg(actorColor(actor.type).name()));

    QStringList rows;
    const auto row = [&](const QString &label, const QString &html) {
        if (!html.isEmpty())
            rows << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), html);
    };
    row(tr("Id:"), id.toHtmlEscaped());
    row(tr("Email:"), document::displayText(actor.email).toHtmlEscaped());
    row(tr("Collections:"), permissionsText(actor.collectionPermissions));
    row(tr("Devices:"), devicesText(actor.deviceIds));
    if (!actor.context.is_null() && !actor.context.empty())
        row(tr("Context:"), document::compactText(actor.context).toHtmlEscaped());
    m_details->setText(rows.join(QStringLiteral("<br>")));
}

} // namespace dtdb::views
