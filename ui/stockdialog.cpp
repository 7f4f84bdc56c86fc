#include "stockdialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gui {

QString StockDialog::actionName(Catalogue::Movement kind)
{
    using Catalogue::Movement;
    switch (kind) {
    case Movement::Receipt:
        return tr("Receive");
    case Movement::Sale:
        return tr("Sell");
    case Movement::Return:
        return tr("Return");
    case Movement::Adjustment:
        return tr("Adjust");
    case Movement::OpeningBalance:
        return tr("Opening balance");
    }
    return {};
}

StockDialog::StockDialog(Catalogue::Movement kind, const QString &title, qint64 inStock, QWidget *parent)
    : QDialog(parent),
      m_kind(kind),
      m_quantity(new QSpinBox(this)),
      m_note(new QLineEdit(this)),
      m_date(new QDateTimeEdit(QDateTime::currentDateTime(), this))
{
    using Catalogue::Movement;
    setWindowTitle(tr("%1 — %2").arg(actionName(kind), title));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    switch (kind) {
    case Movement::Receipt:
        intro->setText(tr("Copies received from the publisher or a distributor. In stock now: %1.").arg(inStock));
        break;
    case Movement::Sale:
        intro->setText(tr("Copies sold. In stock now: %1.").arg(inStock));
        break;
    case Movement::Return:
        intro->setText(tr("Copies a customer brought back. In stock now: %1.").arg(inStock));
        break;
    case Movement::Adjustment:
    case Movement::OpeningBalance:
        intro->setText(tr("A correction after a count: the change in copies, negative to take copies away. In stock "
                          "now: %1.")
                               .arg(inStock));
        break;
    }
    if (kind == Movement::Adjustment) {
        m_quantity->setRange(-1000000, 1000000);
        m_quantity->setValue(0);
    } else {
        m_quantity->setRange(1, 1000000);
        m_quantity->setValue(1);
    }
    m_quantity->setAccelerated(true);
    m_note->setPlaceholderText(tr("Optional: invoice, customer, reason…"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));

    auto *form = new QFormLayout;
    form->addRow(tr("&Copies:"), m_quantity);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Date:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(actionName(kind));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_quantity->setFocus();
    m_quantity->selectAll();
}

qint64 StockDialog::quantity() const
{
    return m_quantity->value();
}

QString StockDialog::note() const
{
    return m_note->text().trimmed();
}

QDateTime StockDialog::date() const
{
    return m_date->dateTime().toUTC();
}

} // namespace Gui
