#pragma once

#include <catalogue/catalogue.h>
#include <orm/where.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Catalogue {

// A book as the shop counter shows it: what a clerk needs to sell it.
struct TillBook
{
    QVariant id;
    QString title;
    QString author;
    QString isbn; // its ISBN-13, when it has one
    double price = 0;
    qint64 stock = 0; // copies in stock now
    QString cover; // what Couverture holds (see Catalogue::coverData()), empty when nothing
};

// One line of a receipt: the copies of one book sold (or taken back) for one scan.
struct TillLine
{
    enum class Kind { Sale, Return };
    Kind kind = Kind::Sale;
    QString key; // the scan's idempotency key (Till::newKey())
    TillBook book; // as it was once the line was recorded (its stock after the movement)
    qint64 quantity = 0; // copies, positive
    double unitPrice = 0; // the book's price when the line was recorded
    QVariant movementId; // the stock movement that recorded it
    bool undone = false; // reversed by Till::undoLast(): kept on the receipt, out of its total
    QVariant undoMovementId; // the movement that reversed it

    // What the line adds to the receipt's total: positive for a sale, negative for a return, nothing once undone.
    double amount() const;
};

// The shop counter's receipt: books found by ISBN (or title), sold and taken back one scan at a time, every line
// a stock movement recorded through Catalogue::recordMovement() (so that a clerk, who may record movements but not
// change books, can use it on a server). Nothing is ever deleted: undoing a line records the opposite movement.
//
// A scan is recorded at most once: each line has an idempotency key, written into its movement's note. Recording a
// key again (a scanner's double Enter, a retry after an error whose reply was lost) records nothing and gives the
// line as it was recorded, from the receipt, or from the database when the receipt lacks it (the first attempt
// committed but its caller saw an error). The check and the movement are one transaction, under the book's lock.
//
// Not thread-safe: one Till belongs to one thread (the window's).
class Till
{
    Q_DECLARE_TR_FUNCTIONS(Till)

public:
    explicit Till(const Catalogue &catalogue);

    // A new idempotency key, for one scan.
    static QString newKey();
    // Whether text is meant as a code (digits, hyphens, spaces, X) rather than words of a title.
    static bool looksLikeCode(QStringView text);

    // The book that an ISBN-13 or ISBN-10 (with or without hyphens) names. A text that is not an ISBN is a
    // Validation error saying why (its length, a character, its check digit); an ISBN that no book has is an
    // EmptyResult error naming it. Nothing is written.
    [[nodiscard]] Orm::Result<TillBook> findByIsbn(QStringView text) const;
    // The books that hold every word of text (title, author, publisher... as the window's search box), at most
    // limit, by title. No word in text gives an empty list. Nothing is written.
    [[nodiscard]] Orm::Result<QList<TillBook>> findByTitle(const QString &text, int limit = 20) const;
    // The book with that ID as it is now (price, stock); an EmptyResult error when there is none.
    [[nodiscard]] Orm::Result<TillBook> book(const QVariant &livreId) const;

    // What recording a scan gave: its line, and whether it had been recorded already (nothing was written then).
    struct Recorded
    {
        TillLine line;
        bool repeated = false;
    };
    // Sells quantity copies of the book for the scan key, and adds the line to the receipt. Refused (a Validation
    // error saying how many are in stock, nothing written) when the stock is short; an error from the database
    // leaves the receipt as it was, and the same key may be tried again.
    [[nodiscard]] Orm::Result<Recorded> sell(const QVariant &livreId, const QString &key, qint64 quantity = 1);
    // Takes back quantity copies of the book (a customer's return): the stock goes up, the sales down; a negative
    // line on the receipt. Refused as Catalogue::recordMovement() refuses a return of more than were sold.
    [[nodiscard]] Orm::Result<Recorded> takeBack(const QVariant &livreId, const QString &key, qint64 quantity = 1);
    // Undoes the last line not yet undone by recording the opposite movement (a return for a sale, a sale for a
    // return), keyed so that a retry records it once. The line stays on the receipt, marked undone. An EmptyResult
    // error when there is nothing to undo; a refused undo (the copies were sold meanwhile) changes nothing.
    [[nodiscard]] Orm::Result<TillLine> undoLast();

    // The receipt's lines, oldest first.
    const QList<TillLine> &lines() const { return m_lines; }
    // The receipt's total: sales less returns, undone lines left out.
    double total() const;
    // Copies on the receipt: sold less taken back, undone lines left out.
    qint64 items() const;
    // Starts a new receipt (the movements recorded stay recorded).
    void clear();

private:
    [[nodiscard]] Orm::Result<Recorded> record(TillLine::Kind kind, const QVariant &livreId, const QString &key,
                                               qint64 quantity);
    Orm::Result<QList<TillBook>> books(const Orm::Where &where, std::optional<qint64> limit) const;
    static QString noteFor(TillLine::Kind kind, const QString &key);

    Catalogue m_catalogue;
    QList<TillLine> m_lines;
};

} // namespace Catalogue
