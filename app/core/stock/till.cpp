#include <catalogue/identifiants.h>
#include <catalogue/livre.h>
#include <catalogue/till.h>
#include <orm/fulltextindex.h>
#include <orm/transaction.h>

#include <QHash>
#include <QUuid>

#include <algorithm>

namespace Catalogue {

using Orm::col;
using Orm::Error;
using Orm::Instance;
using Orm::Result;
using Orm::Status;

namespace {

// The movement a line records, and the one that undoes it.
Movement movementOf(TillLine::Kind kind)
{
    return kind == TillLine::Kind::Sale ? Movement::Sale : Movement::Return;
}

TillLine::Kind opposite(TillLine::Kind kind)
{
    return kind == TillLine::Kind::Sale ? TillLine::Kind::Return : TillLine::Kind::Sale;
}

// The key of the undo of a line: derived from the line's key, so that a retry of the undo finds it, and distinct
// from it, so that the line's own movement is never taken for its undo.
QString undoKey(const QString &key)
{
    return QUuid::createUuidV5(QUuid(), QStringLiteral("till-undo:") + key).toString(QUuid::WithoutBraces);
}

Error noMovements()
{
    return Error(Error::Kind::Database,
                 QCoreApplication::translate("Till",
                                             "this catalogue has no stock history yet: migrate it first (catalogue "
                                             "migrate up)"));
}

} // namespace

double TillLine::amount() const
{
    if (undone)
        return 0;
    const double value = unitPrice * double(quantity);
    return kind == Kind::Sale ? value : -value;
}

Till::Till(const Catalogue &catalogue) : m_catalogue(catalogue) { }

QString Till::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Till::looksLikeCode(QStringView text)
{
    bool digit = false;
    for (const QChar c : text.trimmed()) {
        if (c.isDigit())
            digit = true;
        else if (c != u'-' && c != u' ' && c != u'X' && c != u'x')
            return false;
    }
    return digit;
}

QString Till::noteFor(TillLine::Kind kind, const QString &key)
{
    // The key ends the note: the history shows where a movement came from, and a retry finds it by its key.
    return (kind == TillLine::Kind::Sale ? tr("Sold at the till") : tr("Taken back at the till")) + QStringLiteral(" [")
            + key + u']';
}

Result<QList<TillBook>> Till::books(const Orm::Where &where, std::optional<qint64> limit) const
{
    auto rows = m_catalogue.livres().findAll(
            {.where = where,
             .attributes = {Livre::Id, Livre::Nom, Livre::Auteur, Livre::Prix, Livre::Quantite, Livre::Couverture},
             .order = {Orm::asc(Livre::Nom), Orm::asc(Livre::Id)},
             .limit = limit});
    if (!rows)
        return std::unexpected(rows.error());
    QList<TillBook> found;
    QVariantList ids;
    for (const Instance &row : std::as_const(*rows)) {
        found.append({.id = row.get(Livre::Id),
                      .title = row.get(Livre::Nom).toString(),
                      .author = row.get(Livre::Auteur).toString(),
                      .price = row.get(Livre::Prix).toDouble(),
                      .stock = row.get(Livre::Quantite).toLongLong(),
                      .cover = row.get(Livre::Couverture).toString()});
        ids.append(row.get(Livre::Id));
    }
    if (ids.isEmpty() || !m_catalogue.hasIdentifiers())
        return found;
    auto isbns = m_catalogue.identifiants().findAll(
            {.where = col(Identifiant::LivreId).in(ids) && col(Identifiant::Type) == Identifiant::Isbn13});
    if (!isbns)
        return std::unexpected(isbns.error());
    QHash<qint64, QString> byBook;
    for (const Instance &isbn : std::as_const(*isbns))
        byBook.insert(isbn.get(Identifiant::LivreId).toLongLong(), isbn.get(Identifiant::Valeur).toString());
    for (TillBook &book : found)
        book.isbn = byBook.value(book.id.toLongLong());
    return found;
}

Result<TillBook> Till::book(const QVariant &livreId) const
{
    auto found = books(col(Livre::Id) == Orm::Expr::fromValue(livreId), 1);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return Orm::fail(Error::Kind::EmptyResult, tr("There is no book %1").arg(livreId.toString()));
    return found->first();
}

Result<TillBook> Till::findByIsbn(QStringView text) const
{
    const std::optional<QString> isbn = isbn13(text);
    if (!isbn)
        return Orm::fail(Error::Kind::Validation,
                         tr("%1 is not an ISBN: %2").arg(text.trimmed().left(40), isbnProblem(text)));
    if (!m_catalogue.hasIdentifiers())
        return Orm::fail(Error::Kind::EmptyResult, tr("No book has the ISBN %1").arg(*isbn));
    auto identifier = m_catalogue.identifiants().findOne(
            {.where = col(Identifiant::Type) == Identifiant::Isbn13 && col(Identifiant::Valeur) == *isbn});
    if (!identifier)
        return std::unexpected(identifier.error());
    if (identifier->isNull())
        return Orm::fail(Error::Kind::EmptyResult, tr("No book has the ISBN %1").arg(*isbn));
    return book(identifier->get(Identifiant::LivreId));
}

Result<QList<TillBook>> Till::findByTitle(const QString &text, int limit) const
{
    const QStringList words = Orm::FullTextIndex::words(text);
    if (words.isEmpty() || limit <= 0)
        return QList<TillBook>();
    auto index = Orm::FullTextIndex::find(m_catalogue.database(), Livre::tableName);
    if (!index)
        return std::unexpected(index.error());
    if (index->isNull()) {
        // A catalogue without its search index (made by the seed's code): the words in the title.
        Orm::Where where;
        for (const QString &word : words) {
            const Orm::Where inTitle = col(Livre::Nom).iLike(u'%' + word + u'%');
            where = where.isEmpty() ? inTitle : where && inTitle;
        }
        return books(where, limit);
    }
    // The index gives keys in key order: enough of them to pick the first titles from.
    auto keys = index->keys(text, Qt::AscendingOrder, qint64(limit) * 10);
    if (!keys)
        return std::unexpected(keys.error());
    if (keys->empty())
        return QList<TillBook>();
    QVariantList ids;
    for (const qint64 key : std::as_const(*keys))
        ids.append(key);
    return books(col(Livre::Id).in(ids), limit);
}

Result<Till::Recorded> Till::sell(const QVariant &livreId, const QString &key, qint64 quantity)
{
    return record(TillLine::Kind::Sale, livreId, key, quantity);
}

Result<Till::Recorded> Till::takeBack(const QVariant &livreId, const QString &key, qint64 quantity)
{
    return record(TillLine::Kind::Return, livreId, key, quantity);
}

Result<Till::Recorded> Till::record(TillLine::Kind kind, const QVariant &livreId, const QString &key, qint64 quantity)
{
    // A key goes into a LIKE pattern: letters, digits and hyphens only (a UUID), so that it has no wildcard.
    const bool plain = std::ranges::all_of(key, [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
    if (key.isEmpty() || key.size() > 64 || !plain)
        return Orm::fail(Error::Kind::InvalidQuery, tr("a till line's key is 1 to 64 letters, digits and hyphens"));
    for (const TillLine &line : std::as_const(m_lines)) {
        if (line.key == key)
            return Recorded{.line = line, .repeated = true};
    }
    if (!m_catalogue.hasRelatedTables())
        return std::unexpected(noMovements());
    const QString note = noteFor(kind, key);
    Instance movement;
    bool repeated = false;
    auto done = Orm::transaction(m_catalogue.database(), [&]() -> Status {
        // The book's lock first: two attempts of one scan wait for each other, and the second finds the first.
        auto locked = m_catalogue.livres().findByPk(
                livreId, {.attributes = {Livre::Id}, .onEmpty = Orm::OnEmpty::Reject, .lock = Orm::Lock::Update});
        if (!locked)
            return std::unexpected(locked.error());
        auto earlier =
                m_catalogue.mouvements().findOne({.where = col(MouvementStock::LivreId) == Orm::Expr::fromValue(livreId)
                                                          && col(MouvementStock::Type) == movementType(movementOf(kind))
                                                          && col(MouvementStock::Note).like(u"%[" + key + u']')});
        if (!earlier)
            return std::unexpected(earlier.error());
        if (!earlier->isNull()) {
            movement = *earlier;
            repeated = true;
            return {};
        }
        auto recorded = m_catalogue.recordMovement(livreId, movementOf(kind), quantity, note);
        if (!recorded)
            return std::unexpected(recorded.error());
        movement = *recorded;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    auto now = book(livreId);
    if (!now)
        return std::unexpected(now.error());
    TillLine line{.kind = kind,
                  .key = key,
                  .book = *now,
                  .quantity = std::llabs(movement.get(MouvementStock::Quantite).toLongLong()),
                  .unitPrice = now->price,
                  .movementId = movement.get(MouvementStock::Id)};
    m_lines.append(line);
    return Recorded{.line = line, .repeated = repeated};
}

Result<TillLine> Till::undoLast()
{
    const auto last = std::find_if(m_lines.rbegin(), m_lines.rend(), [](const TillLine &l) { return !l.undone; });
    if (last == m_lines.rend())
        return Orm::fail(Error::Kind::EmptyResult, tr("There is no line to undo on this receipt"));
    TillLine &line = *last;
    const QString key = undoKey(line.key);
    const TillLine::Kind reverse = opposite(line.kind);
    const QString note =
            tr("Undo at the till of movement %1").arg(line.movementId.toString()) + QStringLiteral(" [") + key + u']';
    Instance movement;
    auto done = Orm::transaction(m_catalogue.database(), [&]() -> Status {
        auto locked = m_catalogue.livres().findByPk(
                line.book.id, {.attributes = {Livre::Id}, .onEmpty = Orm::OnEmpty::Reject, .lock = Orm::Lock::Update});
        if (!locked)
            return std::unexpected(locked.error());
        auto earlier = m_catalogue.mouvements().findOne(
                {.where = col(MouvementStock::LivreId) == Orm::Expr::fromValue(line.book.id)
                         && col(MouvementStock::Type) == movementType(movementOf(reverse))
                         && col(MouvementStock::Note).like(u"%[" + key + u']')});
        if (!earlier)
            return std::unexpected(earlier.error());
        if (!earlier->isNull()) {
            movement = *earlier;
            return {};
        }
        auto recorded = m_catalogue.recordMovement(line.book.id, movementOf(reverse), line.quantity, note);
        if (!recorded)
            return std::unexpected(recorded.error());
        movement = *recorded;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    line.undone = true;
    line.undoMovementId = movement.get(MouvementStock::Id);
    if (auto now = book(line.book.id))
        line.book = *now;
    return line;
}

double Till::total() const
{
    double sum = 0;
    for (const TillLine &line : m_lines)
        sum += line.amount();
    return sum;
}

qint64 Till::items() const
{
    qint64 count = 0;
    for (const TillLine &line : m_lines) {
        if (!line.undone)
            count += line.kind == TillLine::Kind::Sale ? line.quantity : -line.quantity;
    }
    return count;
}

void Till::clear()
{
    m_lines.clear();
}

} // namespace Catalogue
