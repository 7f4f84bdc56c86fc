#pragma once

#include <catalogue/stock.h>

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLineEdit;
class QSpinBox;

namespace Gui {

// Asks what a stock movement is: how many copies (for an adjustment, the signed change), a note, and when.
class StockDialog : public QDialog
{
    Q_OBJECT

public:
    StockDialog(Catalogue::Movement kind, const QString &title, qint64 inStock, QWidget *parent = nullptr);

    Catalogue::Movement kind() const { return m_kind; }
    qint64 quantity() const;
    QString note() const;
    QDateTime date() const;

    QSpinBox *quantityBox() const { return m_quantity; }
    QLineEdit *noteEdit() const { return m_note; }

    // "Sell", "Receive"... as a button or a window title says it.
    static QString actionName(Catalogue::Movement kind);

private:
    Catalogue::Movement m_kind;
    QSpinBox *m_quantity;
    QLineEdit *m_note;
    QDateTimeEdit *m_date;
};

} // namespace Gui
