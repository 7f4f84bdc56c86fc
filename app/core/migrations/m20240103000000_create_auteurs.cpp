#include <catalogue/contributeurs.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>

#include <QDateTime>
#include <QHash>

namespace Catalogue::Migrations {

namespace {

// The columns define() gives the model (its timestamps included): what the table must have for the model.
QList<Orm::Attribute> tableColumns(const QString &model, const QList<Orm::Attribute> &attributes,
                                   const Orm::ModelOptions &options)
{
    return Orm::ModelDefinition(model, attributes, options).attributes();
}

// Auteurs and LivresAuteurs built from the Livres.Auteur texts, in order of appearance. Livres is only read.
Orm::Status linkExistingBooks(Orm::Schema &schema)
{
    auto books = schema.query(QStringLiteral("SELECT \"ID\", \"Auteur\" FROM \"Livres\" WHERE \"Auteur\" IS NOT "
                                             "NULL ORDER BY \"ID\""));
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
        people.append({{Auteur::Nom, name}, {QStringLiteral("createdAt"), now}, {QStringLiteral("updatedAt"), now}});
    if (auto r = schema.bulkInsert(Auteur::tableName, people); !r)
        return std::unexpected(r.error());
    auto ids = schema.query(QStringLiteral("SELECT \"id\", \"Nom\" FROM \"Auteurs\""));
    if (!ids)
        return std::unexpected(ids.error());
    QHash<QString, QVariant> idByName;
    for (const QVariantList &row : std::as_const(ids->rows))
        idByName.insert(row.value(1).toString(), row.value(0));
    QList<QVariantMap> links;
    for (const auto &[book, bookNames] : std::as_const(byBook)) {
        for (qsizetype i = 0; i < bookNames.size(); ++i)
            links.append({{Contribution::LivreId, book},
                          {Contribution::AuteurId, idByName.value(bookNames.at(i))},
                          {Contribution::Role, Contribution::Author},
                          {Contribution::Ordre, int(i)},
                          {QStringLiteral("createdAt"), now},
                          {QStringLiteral("updatedAt"), now}});
    }
    if (auto r = schema.bulkInsert(Contribution::tableName, links); !r)
        return std::unexpected(r.error());
    return {};
}

} // namespace

// Contributors: Auteurs, and LivresAuteurs between Livres and Auteurs with a role and an order. An existing
// catalogue gets them from its Livres.Auteur texts; the Livres rows stay exactly as they were. Down removes the
// two tables, which is all that up added.
Orm::Migration createAuteurs()
{
    return {
            QStringLiteral("20240103000000-create-auteurs"),
            [](Orm::Schema &schema) -> Orm::Status {
                if (auto r = schema.createTable(
                            Auteur::tableName,
                            tableColumns(Auteur::modelName, Auteur::attributes(), Auteur::options()));
                    !r)
                    return r;
                if (auto r = schema.createTable(
                            Contribution::tableName,
                            tableColumns(Contribution::modelName, Contribution::attributes(), Contribution::options()));
                    !r)
                    return r;
                for (const Orm::Index &index : Contribution::options().indexes) {
                    if (auto r = schema.addIndex(Contribution::tableName, index.fields, index.name); !r)
                        return r;
                }
                return linkExistingBooks(schema);
            },
            [](Orm::Schema &schema) -> Orm::Status {
                if (auto r = schema.dropTable(Contribution::tableName); !r)
                    return r;
                return schema.dropTable(Auteur::tableName);
            },
    };
}

} // namespace Catalogue::Migrations
