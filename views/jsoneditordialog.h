#pragma once

#include "value.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dtdb::views {

// A JSON editor with live validation, a "what" and a "why" for the Cause: used to run a query
// at the head of the history and to write a new item.
class JsonEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // Checks the parsed JSON; returns a description when valid ("update on orders") or
    // nullopt and sets *error.
    using Validator = std::function<std::optional<QString>(const Value &, QString *error)>;

    JsonEditorDialog(const QString &title, Validator validator, QWidget *parent = nullptr);

    // Named starting points offered in a combo box (the first one is shown).
    void setTemplates(const QList<QPair<QString, QString>> &templates);
    void setText(const QString &json);
    void setWhat(const QString &what);

    Value value() const;
    QString what() const;
    QString why() const;

    // A validator for Query / TransactionQuery JSON as the engine loads it.
    static Validator queryValidator();
    // A validator for one item (a JSON object).
    static Validator itemValidator();

private:
    void validate();

    Validator m_validator;
    QComboBox *m_templates;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QLineEdit *m_what;
    QLineEdit *m_why;
    QDialogButtonBox *m_buttons;
    std::optional<Value> m_value;
    bool m_whatEdited = false;
};

} // namespace dtdb::views
