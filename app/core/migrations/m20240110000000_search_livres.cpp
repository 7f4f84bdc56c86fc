#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <orm/changefeed.h>
#include <orm/fulltextindex.h>

namespace Catalogue::Migrations {

namespace {

// What a bookseller types to find a book: its title, author, publisher, genre, tagline and short description.
// The presentation (up to 10,000 characters of prose) is left out: prefixes of one or two letters typed into a
// search box would match nearly every presentation, and it would make the index several times larger.
const QStringList searched = {Livre::Nom,   Livre::Auteur,   Livre::Edition,
                              Livre::Genre, Livre::Accroche, Livre::Description};

} // namespace

// The search index of Livres (see Orm::FullTextIndex), filled from the books already there, and on PostgreSQL
// the change feed that tells open views of Livres when another user changes it (see Orm::ChangeFeed): both keep
// the catalogue's views current. The Livres table itself stays exactly as the seed creates it.
Orm::Migration searchLivres()
{
    return {
            QStringLiteral("20240110000000-search-livres"),
            [](Orm::Schema &schema) -> Orm::Status {
                auto index = Orm::FullTextIndex::create(schema.database(), Livre::tableName, Livre::Id, searched);
                if (!index)
                    return std::unexpected(index.error());
                return Orm::ChangeFeed::install(schema.database(), Livre::tableName);
            },
            [](Orm::Schema &schema) -> Orm::Status {
                if (auto removed = Orm::ChangeFeed::remove(schema.database(), Livre::tableName); !removed)
                    return removed;
                return Orm::FullTextIndex::drop(schema.database(), Livre::tableName);
            },
    };
}

} // namespace Catalogue::Migrations
