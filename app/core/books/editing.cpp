// What the window needs to edit books: changes checked against what the user started from, the lists its editors
// offer, and a deleted book kept whole so that an undo can bring it back.

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <orm/transaction.h>

#include <QDate>
#include <QDateTime>

namespace Catalogue {

using namespace Orm;

bool sameValue(const QVariant &stored, const QVariant &expected)
{
    const auto isEmpty = [](const QVariant &v) {
        return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
    };
    if (isEmpty(stored) || isEmpty(expected))
        return isEmpty(stored) && isEmpty(expected);
    bool storedIsNumber = false;
    bool expectedIsNumber = false;
    const double a = stored.toDouble(&storedIsNumber);
    const double b = expected.toDouble(&expectedIsNumber);
    if (storedIsNumber && expectedIsNumber && stored.typeId() != QMetaType::QString)
        return qFuzzyCompare(1.0 + a, 1.0 + b);
    return stored.toString() == expected.toString();
}

QVariantMap Catalogue::newBookValues(const QString &title)
{
    // Empty texts, not null ones: the seed's columns are NOT NULL.
    return {{Livre::Nom, title},
            {Livre::Presentation, QStringLiteral("")},
            {Livre::Annee, QDate::currentDate().year()},
            {Livre::NbPages, 1},
            {Livre::Quantite, 0},
            {Livre::Ventes, 0.0},
            {Livre::Arriere, QStringLiteral("")},
            {Livre::Dos, QStringLiteral("")}};
}

Result<Instance> Catalogue::updateBook(const QVariant &livreId, const QVariantMap &changes,
                                       const QVariantMap &expected) const
{
    Result<Instance> saved;
    auto done = transaction(m_database, [&]() -> Status {
        auto livre = m_livres.findByPk(livreId, {.onEmpty = OnEmpty::Reject, .lock = Lock::Update});
        if (!livre)
            return std::unexpected(livre.error());
        QStringList changedElsewhere;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!sameValue(livre->get(it.key()), it.value()))
                changedElsewhere << it.key();
        }
        if (!changedElsewhere.isEmpty())
            return std::unexpected(
                    Error(Error::Kind::OptimisticLock,
                          tr("Someone else changed %1 of this book in the meantime: nothing was overwritten")
                                  .arg(changedElsewhere.join(QStringLiteral(", "))))
                            .setFields(changedElsewhere));
        if (auto r = livre->set(changes); !r)
            return r;
        if (auto r = livre->save(); !r)
            return r;
        saved = *livre;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return saved;
}

Result<QStringList> Catalogue::genres() const
{
    auto rows = m_livres.findAll({.where = col(Livre::Genre).isNotNull() && col(Livre::Genre) != QStringLiteral(""),
                                  .attributes = {Livre::Genre},
                                  .order = {asc(Livre::Genre)},
                                  .group = {col(Livre::Genre)}});
    if (!rows)
        return std::unexpected(rows.error());
    QStringList genres;
    for (const Instance &row : std::as_const(*rows))
        genres << row.get(Livre::Genre).toString();
    return genres;
}

Result<QStringList> Catalogue::publishers() const
{
    auto rows = m_livres.findAll({.where = col(Livre::Edition).isNotNull() && col(Livre::Edition) != QStringLiteral(""),
                                  .attributes = {Livre::Edition},
                                  .order = {asc(Livre::Edition)},
                                  .group = {col(Livre::Edition)}});
    if (!rows)
        return std::unexpected(rows.error());
    QStringList publishers;
    for (const Instance &row : std::as_const(*rows))
        publishers << row.get(Livre::Edition).toString();
    return publishers;
}

Result<QStringList> Catalogue::peopleNames() const
{
    if (!hasRelatedTables())
        return QStringList();
    auto rows = m_auteurs.findAll({.attributes = {Auteur::Nom}, .order = {asc(Auteur::Nom)}});
    if (!rows)
        return std::unexpected(rows.error());
    QStringList names;
    for (const Instance &row : std::as_const(*rows))
        names << row.get(Auteur::Nom).toString();
    return names;
}

Result<QList<Instance>> Catalogue::movements(const QVariant &livreId) const
{
    if (!hasRelatedTables())
        return QList<Instance>();
    return m_mouvements.findAll({.where = col(MouvementStock::LivreId) == Expr::fromValue(livreId),
                                 .order = {desc(MouvementStock::Date), desc(MouvementStock::Id)}});
}

Result<qint64> Catalogue::movementCount(const QVariantList &livreIds) const
{
    if (!hasRelatedTables() || livreIds.isEmpty())
        return 0;
    return m_mouvements.count({.where = col(MouvementStock::LivreId).in(livreIds)});
}

Result<BookRecord> Catalogue::bookRecord(const QVariant &livreId) const
{
    auto livre = m_livres.findByPk(livreId, {.onEmpty = OnEmpty::Reject});
    if (!livre)
        return std::unexpected(livre.error());
    BookRecord record;
    record.values = livre->values();
    if (hasRelatedTables()) {
        auto people = contributors(livreId);
        if (!people)
            return std::unexpected(people.error());
        record.contributors = *people;
        auto history = m_mouvements.findAll({.where = col(MouvementStock::LivreId) == Expr::fromValue(livreId),
                                             .order = {asc(MouvementStock::Id)}});
        if (!history)
            return std::unexpected(history.error());
        for (const Instance &movement : std::as_const(*history))
            record.movements << movement.values();
    }
    if (hasIdentifiers()) {
        auto identifiers = m_identifiants.findAll(
                {.where = col(Identifiant::LivreId) == Expr::fromValue(livreId), .order = {asc(Identifiant::Id)}});
        if (!identifiers)
            return std::unexpected(identifiers.error());
        for (const Instance &identifier : std::as_const(*identifiers))
            record.identifiers << identifier.values();
    }
    return record;
}

Result<Instance> Catalogue::restoreBook(const BookRecord &record) const
{
    Result<Instance> restored;
    auto done = transaction(m_database, [&]() -> Status {
        // Created without its stock, which the creation would record as a new opening balance: the stock and the
        // sales come back with the history they are the sum of, written as they were.
        // Not validated again: a book is brought back as it was, even when it breaks a rule made since (files made
        // elsewhere hold such books; check() lists them).
        QVariantMap values = record.values;
        values.insert(Livre::Quantite, 0);
        auto livre = m_livres.build(values);
        if (!livre)
            return std::unexpected(livre.error());
        if (auto r = livre->save(Validate::Skip); !r)
            return r;
        const QVariant id = livre->get(Livre::Id);
        if (hasRelatedTables()) {
            if (auto r = setContributors(id, record.contributors); !r)
                return r;
            if (!record.movements.isEmpty()) {
                if (auto r = m_mouvements.bulkCreate(record.movements, {.validate = Validate::Skip}); !r)
                    return std::unexpected(r.error());
            }
        }
        if (hasIdentifiers() && !record.identifiers.isEmpty()) {
            if (auto r = m_identifiants.bulkCreate(record.identifiers, {.validate = Validate::Skip}); !r)
                return std::unexpected(r.error());
        }
        auto updated = m_livres.update({{Livre::Quantite, record.values.value(Livre::Quantite)},
                                        {Livre::Ventes, record.values.value(Livre::Ventes)}},
                                       {.where = col(Livre::Id) == Expr::fromValue(id)});
        if (!updated)
            return std::unexpected(updated.error());
        auto reread = m_livres.findByPk(id, {.onEmpty = OnEmpty::Reject});
        if (!reread)
            return std::unexpected(reread.error());
        restored = *reread;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return restored;
}

Status Catalogue::setUpCovers()
{
    if (m_covers.isValid())
        return {};
    auto tables = m_database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    if (!tables->contains(CoverImage::tableName))
        return {};
    auto covers = m_database.define(CoverImage::modelName, CoverImage::attributes(), CoverImage::options());
    if (!covers)
        return std::unexpected(covers.error());
    m_covers = *covers;
    return {};
}

} // namespace Catalogue
