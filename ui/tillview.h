#pragma once

#include <catalogue/till.h>
#include <catalogue/users.h>

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace Gui {

// The till mode: a focused screen for the shop counter. The scan field always has the focus: a barcode reader
// (which types the ISBN and Enter, as a keyboard does) or the clerk types an ISBN and Enter, and one copy is sold at
// once; words instead of an ISBN list the matching titles, and Enter sells the one chosen with the arrows. The book
// shows with its price, stock and cover; the receipt runs beside it with its total in the locale's currency.
// F2 takes the next scan back (a return), Ctrl+Z undoes the last line, Ctrl+N starts a new receipt, Esc clears.
// Every line is one stock movement recorded through Catalogue::Till, at most once per scan (a double Enter, a key
// held down, or Enter again after an error record nothing more). A user who may not record movements (a reader, a
// read-only catalogue) can still look books up; the screen says why it does not sell.
class TillView : public QWidget
{
    Q_OBJECT

public:
    explicit TillView(QWidget *parent = nullptr);

    // Works on that catalogue (a new, empty receipt), asking the server what the user may do.
    void setCatalogue(const Catalogue::Catalogue &catalogue);
    const Catalogue::Till *till() const { return m_till ? &*m_till : nullptr; }
    // The URL of the catalogue it works on; empty before setCatalogue().
    QString catalogueUrl() const { return m_catalogue ? m_catalogue->url() : QString(); }

    QLineEdit *scanField() const { return m_scan; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *totalLabel() const { return m_total; }
    QTreeWidget *receipt() const { return m_receipt; }
    QListWidget *candidates() const { return m_candidates; }
    QAction *action(const QString &name) const;

    // How the last message reads: a sale or return done, something to know, or a refusal or error.
    enum class Tone { Done, Note, Refused };
    Tone tone() const { return m_tone; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scanned();
    void findByTitle(const QString &text, qint64 quantity);
    void sell(const Catalogue::TillBook &book, qint64 quantity);
    void toggleReturn();
    void undoLast();
    void newReceipt();
    void clearScan();
    void showBook(const Catalogue::TillBook &book);
    void showReceipt();
    void say(Tone tone, const QString &text);
    void updateMode();
    QString money(double amount) const;

    std::optional<Catalogue::Catalogue> m_catalogue;
    std::optional<Catalogue::Till> m_till;
    Catalogue::Permissions m_permissions;
    QString m_refusedWhy; // why this user cannot sell here; empty when it can
    bool m_returning = false; // the next scan is taken back
    // The scan that failed with an error (not a refusal): Enter again with the same book retries it under the same
    // key, so that a sale whose reply was lost is not recorded twice.
    struct Pending
    {
        QVariant livreId;
        bool returning = false;
        qint64 quantity = 0;
        QString key;
    };
    std::optional<Pending> m_pending;
    QList<Catalogue::TillBook> m_found; // the candidates of a title search
    qint64 m_foundQuantity = 1; // the copies asked with it ("2*petit prince")
    Tone m_tone = Tone::Note;

    QLabel *m_mode;
    QLineEdit *m_scan;
    QLabel *m_message;
    QLabel *m_cover;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_price;
    QLabel *m_stock;
    QListWidget *m_candidates;
    QTreeWidget *m_receipt;
    QLabel *m_total;
    QLabel *m_banner;
};

} // namespace Gui
