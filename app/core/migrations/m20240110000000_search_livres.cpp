#include <catalogue/migrations.h>
#include <orm/changefeed.h>
#include <orm/fulltextindex.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// What a bookseller types to find a book: its title, author, publisher, genre, tagline and short description.
// The presentation (up to 10,000 characters of prose) is left out: prefixes of one or two letters typed into a
// search box would match nearly every presentation, and it would make the index several times larger.
const QStringList searched = {u"Nom"_s, u"Auteur"_s, u"Edition"_s, u"Genre"_s, u"Accroche"_s, u"Description"_s};

} // namespace

// The search index of Livres (see Orm::FullTextIndex), filled from the books already there, and on PostgreSQL
// the change feed that tells open views of Livres when another user changes it (see Orm::ChangeFeed): both keep
// the catalogue's views current. The Livres table itself stays exactly as the seed creates it.
Orm::Migration searchLivres()
{
    return {
            u"20240110000000-search-livres"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                auto index = Orm::FullTextIndex::create(schema.database(), u"Livres"_s, u"ID"_s, searched);
                if (!index)
                    return std::unexpected(index.error());
                return Orm::ChangeFeed::install(schema.database(), u"Livres"_s);
            },
            [](Orm::Schema &schema) -> Orm::Status {
                if (auto removed = Orm::ChangeFeed::remove(schema.database(), u"Livres"_s); !removed)
                    return removed;
                return Orm::FullTextIndex::drop(schema.database(), u"Livres"_s);
            },
    };
}

} // namespace Catalogue::Migrations
