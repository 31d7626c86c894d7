#pragma once

#include "historydocument.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace dtdb::views {

// The local actor that edits are attributed to, kept in the user's settings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    static document::LocalActor loadActor();
    static void saveActor(const document::LocalActor &actor);

    document::LocalActor actor() const;

private:
    QComboBox *m_type;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_email;
};

} // namespace dtdb::views
