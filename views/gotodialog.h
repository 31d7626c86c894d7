#pragma once

#include <QDialog>

#include <optional>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace dtdb::document {
class HistoryDocument;
}

namespace dtdb::views {

// Asks where to move the cursor: an entry number, or a date-time. Shows where the text leads
// while it is typed; OK only when it leads somewhere.
class GoToDialog : public QDialog
{
    Q_OBJECT
public:
    // `doc` must outlive the dialog.
    explicit GoToDialog(const document::HistoryDocument *doc, QWidget *parent = nullptr);

    QString text() const;
    // Puts `text` in the field, selected, so that typing replaces it.
    void setText(const QString &text);
    // Where the text leads; nullopt while it leads nowhere.
    std::optional<std::size_t> position() const;

    // The position `text` names in `doc`: an entry number (0 = before the first entry, beyond
    // the last = the last; "#12" and "1,234" are understood), or an ISO-8601 date-time, which
    // leads after the last entry at or before it (without an offset it is UTC, as the history
    // records times). nullopt, and *why filled, when it names none.
    static std::optional<std::size_t> resolve(const document::HistoryDocument &doc,
                                              const QString &text, QString *why = nullptr);

private:
    void updatePreview();

    const document::HistoryDocument *m_doc;
    QLineEdit *m_edit;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace dtdb::views
