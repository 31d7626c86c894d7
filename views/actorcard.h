#pragma once

#include "cause.h"

#include <QFrame>

class QLabel;

namespace dtdb::views {

// Who caused an entry: the actor's kind (icon and colour), name, id, email, the collections
// it may use and its devices.
class ActorCard : public QFrame
{
    Q_OBJECT
public:
    explicit ActorCard(QWidget *parent = nullptr);

    void setActor(const Actor &actor);

private:
    QLabel *m_icon;
    QLabel *m_name;
    QLabel *m_type;
    QLabel *m_details;
};

} // namespace dtdb::views
