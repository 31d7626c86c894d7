#include "gotodialog.h"

#include "activitylabels.h"
#include "historydocument.h"
#include "pydatetime.h"
#include "servernames.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace dtdb::views {

namespace {

// An entry number: digits, optionally after '#', optionally grouped as the locale groups them.
std::optional<qulonglong> entryNumber(QString text)
{
    if (text.startsWith(QLatin1Char('#'))) text = text.mid(1).trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    bool ok = false;
    if (digits.match(text).hasMatch()) {
        const qulonglong n = text.toULongLong(&ok);
        return ok ? std::optional(n) : std::nullopt;
    }
    const qulonglong n = QLocale().toULongLong(text, &ok);
    return ok ? std::optional(n) : std::nullopt;
}

// A date-time as the command line's --at reads it (Python's datetime.fromisoformat), in UTC
// microseconds since the epoch.
std::optional<std::int64_t> isoTime(const QString &text)
{
    const auto parsed = py::parseIsoDateTime(text.toStdString());
    if (!parsed) return std::nullopt;
    const py::DateTime t = py::toUtc(*parsed);
    return history::unixMicros(t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond);
}

} // namespace

std::optional<std::size_t> GoToDialog::resolve(const document::HistoryDocument &doc,
                                               const QString &text, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why) *why = reason;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return fail(tr("Type an entry number or a date-time."));
    if (!doc.isOpen()) return fail(tr("No history is open."));
    if (const auto n = entryNumber(trimmed))
        return std::size_t(std::min<qulonglong>(*n, doc.entryCount()));
    const auto t = isoTime(trimmed);
    if (!t) return fail(tr("Neither an entry number nor an ISO-8601 date-time."));
    if (!doc.hasTimes()) return fail(tr("The entries of this history have no times."));
    return doc.positionAtTime(*t);
}

GoToDialog::GoToDialog(const document::HistoryDocument *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_edit(new QLineEdit(this)), m_preview(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Go To"));
    auto *prompt =
        new QLabel(tr("Entry number, or date-time (ISO 8601, UTC unless it has an offset):"), this);
    prompt->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("e.g. 1200 or 2025-03-14T09:30"));
    m_edit->setClearButtonEnabled(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setMinimumWidth(m_preview->fontMetrics().averageCharWidth() * 56);
    m_preview->setEnabled(false); // the dimmed look of a hint

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);

    connect(m_edit, &QLineEdit::textChanged, this, &GoToDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

QString GoToDialog::text() const
{
    return m_edit->text();
}

void GoToDialog::setText(const QString &text)
{
    m_edit->setText(text);
    m_edit->selectAll();
}

std::optional<std::size_t> GoToDialog::position() const
{
    return resolve(*m_doc, m_edit->text());
}

void GoToDialog::updatePreview()
{
    QString why;
    const std::optional<std::size_t> p = resolve(*m_doc, m_edit->text(), &why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.has_value());
    m_preview->setText(
        p ? tr("Goes to %1")
                .arg(ActivityLabels::cursorText(*p, m_doc->entryCount(), m_doc->timeAtPosition(*p)))
          : why);
}

} // namespace dtdb::views
