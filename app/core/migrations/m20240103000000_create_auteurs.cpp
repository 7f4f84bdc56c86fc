#include <catalogue/contributeurs.h>
#include <catalogue/migrations.h>

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;
using Orm::DataType;
using Orm::References;
using Orm::ReferentialAction;

namespace {

// The tables as this migration creates them, frozen here (the models' timestamps spelled out): what it creates
// never follows the Auteur and LivreAuteur models, whose later changes belong in migrations of their own.
QList<Orm::Attribute> auteursColumns()
{
    return {
            {.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            {.name = u"Nom"_s, .type = DataType::string(), .allowNull = false, .unique = true},
            {.name = u"createdAt"_s, .type = DataType::date(), .allowNull = false},
            {.name = u"updatedAt"_s, .type = DataType::date(), .allowNull = false},
    };
}

QList<Orm::Attribute> livresAuteursColumns()
{
    const Orm::Unique once(u"livre_auteur_role"_s); // a person has a role on a book once
    return {
            {.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
            {.name = u"LivreId"_s,
             .type = DataType::integer(),
             .allowNull = false,
             .unique = once,
             .references = References{.table = u"Livres"_s,
                                      .key = u"ID"_s,
                                      .onDelete = ReferentialAction::Cascade,
                                      .onUpdate = ReferentialAction::Cascade}},
            {.name = u"AuteurId"_s,
             .type = DataType::integer(),
             .allowNull = false,
             .unique = once,
             .references = References{.table = u"Auteurs"_s,
                                      .key = u"id"_s,
                                      .onDelete = ReferentialAction::Restrict,
                                      .onUpdate = ReferentialAction::Cascade}},
            {.name = u"Role"_s,
             .type = DataType::enumeration({u"auteur"_s, u"traducteur"_s, u"illustrateur"_s}),
             .allowNull = false,
             .defaultValue = u"auteur"_s,
             .unique = once},
            {.name = u"Ordre"_s, .type = DataType::integer(), .allowNull = false, .defaultValue = 0},
            {.name = u"createdAt"_s, .type = DataType::date(), .allowNull = false},
            {.name = u"updatedAt"_s, .type = DataType::date(), .allowNull = false},
    };
}

// Auteurs and LivresAuteurs built from the Livres.Auteur texts, in order of appearance. Livres is only read.
Orm::Status linkExistingBooks(Orm::Schema &schema)
{
    auto books = schema.select(u"Livres"_s,
                               {.where = Orm::col(u"Auteur"_s).isNotNull(),
                                .attributes = {u"ID"_s, u"Auteur"_s},
                                .order = {Orm::asc(u"ID"_s)}});
    if (!books)
        return std::unexpected(books.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<std::pair<QVariant, QStringList>> byBook;
    QStringList names;
    QSet<QString> seen;
    for (const QVariantList &row : std::as_const(books->rows)) {
        const QStringList bookNames = splitAuthors(row.value(1).toString());
        if (bookNames.isEmpty())
            continue;
        byBook.append({row.value(0), bookNames});
        for (const QString &name : bookNames) {
            if (!seen.contains(name)) {
                seen.insert(name);
                names << name;
            }
        }
    }
    QList<QVariantMap> people;
    people.reserve(names.size());
    for (const QString &name : std::as_const(names))
        people.append({{u"Nom"_s, name}, {u"createdAt"_s, now}, {u"updatedAt"_s, now}});
    if (auto r = schema.bulkInsert(u"Auteurs"_s, people); !r)
        return std::unexpected(r.error());
    auto ids = schema.select(u"Auteurs"_s, {.attributes = {u"id"_s, u"Nom"_s}});
    if (!ids)
        return std::unexpected(ids.error());
    QHash<QString, QVariant> idByName;
    for (const QVariantList &row : std::as_const(ids->rows))
        idByName.insert(row.value(1).toString(), row.value(0));
    QList<QVariantMap> links;
    for (const auto &[book, bookNames] : std::as_const(byBook)) {
        for (qsizetype i = 0; i < bookNames.size(); ++i)
            links.append({{u"LivreId"_s, book},
                          {u"AuteurId"_s, idByName.value(bookNames.at(i))},
                          {u"Role"_s, u"auteur"_s},
                          {u"Ordre"_s, int(i)},
                          {u"createdAt"_s, now},
                          {u"updatedAt"_s, now}});
    }
    if (auto r = schema.bulkInsert(u"LivresAuteurs"_s, links); !r)
        return std::unexpected(r.error());
    return {};
}

} // namespace

// Contributors: Auteurs, and LivresAuteurs between Livres and Auteurs with a role and an order. An existing
// catalogue gets them from its Livres.Auteur texts (split by splitAuthors()); the Livres rows stay exactly as they
// were. Down removes the two tables, which is all that up added.
Orm::Migration createAuteurs()
{
    return {
            u"20240103000000-create-auteurs"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                if (auto r = schema.createTable(u"Auteurs"_s, auteursColumns()); !r)
                    return r;
                if (auto r = schema.createTable(u"LivresAuteurs"_s, livresAuteursColumns()); !r)
                    return r;
                if (auto r = schema.addIndex(u"LivresAuteurs"_s,
                                             {.fields = {u"AuteurId"_s}, .name = u"livres_auteurs_auteur"_s});
                    !r)
                    return r;
                return linkExistingBooks(schema);
            },
            [](Orm::Schema &schema) -> Orm::Status {
                if (auto r = schema.dropTable(u"LivresAuteurs"_s); !r)
                    return r;
                return schema.dropTable(u"Auteurs"_s);
            },
    };
}

} // namespace Catalogue::Migrations
