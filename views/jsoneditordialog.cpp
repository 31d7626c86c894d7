#include "jsoneditordialog.h"

#include "database.h"
#include "jsonio.h"
#include "query.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dtdb::views {

JsonEditorDialog::JsonEditorDialog(const QString &title, Validator validator, QWidget *parent)
    : QDialog(parent), m_validator(std::move(validator)), m_templates(new QComboBox),
      m_editor(new QPlainTextEdit), m_status(new QLabel), m_what(new QLineEdit),
      m_why(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(title);
    m_templates->setVisible(false);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumSize(560, 300);
    m_editor->setObjectName(QStringLiteral("jsonEditor"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("validationStatus"));
    m_what->setPlaceholderText(tr("What this does (recorded in the Cause)"));
    m_why->setPlaceholderText(tr("Why (optional)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));

    auto *form = new QFormLayout;
    form->addRow(tr("What:"), m_what);
    form->addRow(tr("Why:"), m_why);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_templates);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &JsonEditorDialog::validate);
    connect(m_what, &QLineEdit::textEdited, this, [this] { m_whatEdited = true; });
    connect(m_templates, &QComboBox::activated, this,
            [this](int i) { setText(m_templates->itemData(i).toString()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void JsonEditorDialog::setTemplates(const QList<QPair<QString, QString>> &templates)
{
    m_templates->clear();
    for (const auto &[name, json] : templates)
        m_templates->addItem(name, json);
    m_templates->setVisible(!templates.isEmpty());
    if (!templates.isEmpty()) setText(templates.front().second);
}

void JsonEditorDialog::setText(const QString &json)
{
    m_editor->setPlainText(json);
}

void JsonEditorDialog::setWhat(const QString &what)
{
    m_what->setText(what);
}

Value JsonEditorDialog::value() const
{
    return m_value.value_or(Value());
}

QString JsonEditorDialog::what() const
{
    return m_what->text().trimmed();
}

QString JsonEditorDialog::why() const
{
    return m_why->text().trimmed();
}

void JsonEditorDialog::validate()
{
    m_value.reset();
    json::ParseError error;
    auto parsed = json::parse(m_editor->toPlainText().toStdString(), &error);
    QString message;
    if (!parsed) {
        message = tr("Not JSON: %1 at line %2, column %3")
                      .arg(QString::fromStdString(error.message))
                      .arg(error.line)
                      .arg(error.column);
    } else if (auto description = m_validator(*parsed, &message)) {
        m_value = std::move(parsed);
        if (!m_whatEdited) m_what->setText(*description);
        message = tr("Valid: %1").arg(*description);
    }
    m_status->setText(message);
    m_status->setStyleSheet(m_value ? QStringLiteral("color: #1a7f37")
                                    : QStringLiteral("color: #cf222e"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_value.has_value());
}

JsonEditorDialog::Validator JsonEditorDialog::queryValidator()
{
    return [](const Value &v, QString *error) -> std::optional<QString> {
        try {
            const LogEntry entry = parseLogEntry(v);
            if (const auto *q = std::get_if<Query>(&entry))
                return tr("%1 on %2")
                    .arg(QString::fromLatin1(toString(q->type)),
                         QString::fromStdString(collectionJsonName(q->target)));
            return tr("a transaction of %n queries", nullptr,
                      int(std::get<TransactionQuery>(entry).queries.size()));
        } catch (const std::exception &e) {
            *error = tr("Not a query the database accepts: %1").arg(QString::fromUtf8(e.what()));
            return std::nullopt;
        }
    };
}

JsonEditorDialog::Validator JsonEditorDialog::itemValidator()
{
    return [](const Value &v, QString *error) -> std::optional<QString> {
        if (!v.is_object()) {
            *error = tr("An item must be a JSON object.");
            return std::nullopt;
        }
        return tr("an item with %n field(s)", nullptr, int(v.size()));
    };
}

} // namespace dtdb::views
