#include <catalogue/migrations.h>
#include <orm/database.h>
#include <orm/dialect.h>
#include <orm/querybuilder.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// The copies sold (sales less returns) and their revenue (copies times the book's Prix) of each UTC day, by genre,
// by publisher, and by both: what the statistics read instead of every sale of a range joined to its book (see
// catalogue/statistics.h and bench/README.md). A missing genre or publisher is the empty text.
//
// Kept by triggers, so that every way a movement is written (the domain, an import, the copy between databases,
// a clerk's own SQL) keeps them exact: a sale or a return inserted, deleted or changed in MouvementsStock adds its
// copies to its day's rows, or takes them off; a book's Genre, Edition or Prix changed moves its sales from its
// old rows to its new ones, so that the figures are always those of the movements joined to the books as they
// are now. A movement moved to another book by a change of the book's ID (ON UPDATE CASCADE) changes nothing.
//
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).
struct Summary
{
    QString table;
    QStringList keys; // after "Jour"
    QList<QStringList> indexes; // besides the primary key
};

const QList<Summary> summaries = {
        {u"VentesGenres"_s, {u"Genre"_s}, {}},
        {u"VentesEditions"_s, {u"Edition"_s}, {{u"Edition"_s, u"Jour"_s}}},
        {u"VentesGenresEditions"_s,
         {u"Genre"_s, u"Edition"_s},
         {{u"Genre"_s, u"Jour"_s, u"Edition"_s}, {u"Edition"_s, u"Jour"_s, u"Genre"_s}}},
};

const QString salesTypes = u"('vente', 'retour')"_s;

QString quoted(const QStringList &names)
{
    QStringList list;
    for (const QString &name : names)
        list << u'"' + name + u'"';
    return list.join(u", "_s);
}

// The UTC day of a movement's Date, stored as a Date is: SQLite keeps "YYYY-MM-DD HH:MM:SS.SSS +00:00" in UTC.
QString dayOf(bool sqlite, const QString &date)
{
    return sqlite ? u"substr(%1, 1, 10) || ' 00:00:00.000 +00:00'"_s.arg(date)
                  : u"date_trunc('day', %1 AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"_s.arg(date);
}

QStringList createStatements(bool sqlite)
{
    QStringList statements;
    const QString jour = sqlite ? u"DATETIME"_s : u"TIMESTAMP WITH TIME ZONE"_s;
    for (const Summary &s : summaries) {
        QString columns = u"\"Jour\" %1 NOT NULL"_s.arg(jour);
        for (const QString &key : s.keys)
            columns += u", \"%1\" VARCHAR(255) NOT NULL"_s.arg(key);
        columns += u", \"Exemplaires\" BIGINT NOT NULL, \"Montant\" FLOAT NOT NULL, PRIMARY KEY (\"Jour\", %1)"_s.arg(
                quoted(s.keys));
        // SQLite: the rows in the primary key's order, so that a range of days is read in one sweep.
        statements << u"CREATE TABLE \"%1\" (%2)%3"_s.arg(s.table, columns, sqlite ? u" WITHOUT ROWID"_s : QString());
        for (const QStringList &fields : s.indexes) {
            QString name = s.table.toLower();
            for (const QString &f : fields)
                name += u'_' + f.toLower();
            // Covering: the figures are read from the index alone.
            statements << u"CREATE INDEX \"%1\" ON \"%2\" (%3, \"Exemplaires\", \"Montant\")"_s.arg(name, s.table,
                                                                                                    quoted(fields));
        }
    }
    return statements;
}

// Adds to each summary the copies of the movements `from` selects: `copies` is the copies sold of a row (a sum
// of their negated Quantite), `prix` and the keys' values are the book's (`book` is the alias of Livres or the
// trigger's OLD / NEW row of Livres), `day` the row's day.
QStringList upserts(const QString &select, const QString &day, const QString &copies, const QString &amount,
                    const QString &book, const QString &groupBy)
{
    QStringList statements;
    for (const Summary &s : summaries) {
        QStringList values{day};
        for (const QString &key : s.keys)
            values << u"COALESCE(%1.\"%2\", '')"_s.arg(book, key);
        values << copies << amount;
        statements << u"INSERT INTO \"%1\" (\"Jour\", %2, \"Exemplaires\", \"Montant\") SELECT %3 %4%5 "_s
                      u"ON CONFLICT (\"Jour\", %2) DO UPDATE SET \"Exemplaires\" = \"%1\".\"Exemplaires\" + "_s
                      u"excluded.\"Exemplaires\", \"Montant\" = \"%1\".\"Montant\" + excluded.\"Montant\""_s.arg(
                              s.table, quoted(s.keys), values.join(u", "_s), select, groupBy);
    }
    return statements;
}

// One movement (OLD or NEW) added (sign "") or taken off (sign "-").
QStringList movementUpserts(bool sqlite, const QString &row, const QString &sign)
{
    return upserts(u"FROM \"Livres\" AS l WHERE l.\"ID\" = %1.\"LivreId\""_s.arg(row),
                   dayOf(sqlite, row + u".\"Date\""_s), u"%1(-%2.\"Quantite\")"_s.arg(sign, row),
                   u"%1(-%2.\"Quantite\") * COALESCE(l.\"Prix\", 0)"_s.arg(sign, row), u"l"_s, QString());
}

// A book's sales (row OLD or NEW of Livres) taken off (sign "-") or added (sign "").
QStringList bookUpserts(bool sqlite, const QString &row, const QString &sign)
{
    const QString day = dayOf(sqlite, u"m.\"Date\""_s);
    return upserts(u"FROM \"MouvementsStock\" AS m WHERE m.\"LivreId\" = %1.\"ID\" AND m.\"Type\" IN %2"_s.arg(
                           row, salesTypes),
                   day, u"%1(-SUM(m.\"Quantite\"))"_s.arg(sign),
                   u"%1(-SUM(m.\"Quantite\")) * COALESCE(%2.\"Prix\", 0)"_s.arg(sign, row), row, u" GROUP BY "_s + day);
}

// The movements already recorded, summed once.
QStringList fillStatements(bool sqlite)
{
    const QString day = dayOf(sqlite, u"m.\"Date\""_s);
    QStringList statements;
    for (const Summary &s : summaries) {
        QStringList keys;
        for (const QString &key : s.keys)
            keys << u"COALESCE(l.\"%1\", '')"_s.arg(key);
        statements
                << u"INSERT INTO \"%1\" (\"Jour\", %2, \"Exemplaires\", \"Montant\") SELECT %3, %4, "_s
                   u"-SUM(m.\"Quantite\"), -SUM(m.\"Quantite\" * COALESCE(l.\"Prix\", 0)) FROM \"MouvementsStock\" "_s
                   u"AS m JOIN \"Livres\" AS l ON l.\"ID\" = m.\"LivreId\" WHERE m.\"Type\" IN %5 GROUP BY %3, %4"_s
                           .arg(s.table, quoted(s.keys), day, keys.join(u", "_s), salesTypes);
    }
    return statements;
}

QString bookChanged()
{
    return u"OLD.\"Genre\" IS DISTINCT FROM NEW.\"Genre\" OR OLD.\"Edition\" IS DISTINCT FROM NEW.\"Edition\" OR "_s
           u"OLD.\"Prix\" IS DISTINCT FROM NEW.\"Prix\""_s;
}

QStringList sqliteTriggers()
{
    const QString oldBookExists = u"EXISTS (SELECT 1 FROM \"Livres\" WHERE \"ID\" = OLD.\"LivreId\")"_s;
    auto body = [](const QStringList &statements) -> QString { return statements.join(u"; "_s) + u';'; };
    return {
            u"CREATE TRIGGER \"ventes_insert\" AFTER INSERT ON \"MouvementsStock\" WHEN NEW.\"Type\" IN %1 BEGIN %2 "_s
            u"END"_s.arg(salesTypes, body(movementUpserts(true, u"NEW"_s, QString()))),
            u"CREATE TRIGGER \"ventes_delete\" AFTER DELETE ON \"MouvementsStock\" WHEN OLD.\"Type\" IN %1 BEGIN %2 "_s
            u"END"_s.arg(salesTypes, body(movementUpserts(true, u"OLD"_s, u"-"_s))),
            // Two triggers for an update: what the row was taken off, then what it is added.
            u"CREATE TRIGGER \"ventes_update_old\" AFTER UPDATE OF \"LivreId\", \"Date\", \"Quantite\", \"Type\" ON "_s
            u"\"MouvementsStock\" WHEN OLD.\"Type\" IN %1 AND %2 BEGIN %3 END"_s.arg(
                    salesTypes, oldBookExists, body(movementUpserts(true, u"OLD"_s, u"-"_s))),
            u"CREATE TRIGGER \"ventes_update_new\" AFTER UPDATE OF \"LivreId\", \"Date\", \"Quantite\", \"Type\" ON "_s
            u"\"MouvementsStock\" WHEN NEW.\"Type\" IN %1 AND %2 BEGIN %3 END"_s.arg(
                    salesTypes, oldBookExists, body(movementUpserts(true, u"NEW"_s, QString()))),
            u"CREATE TRIGGER \"ventes_livres\" AFTER UPDATE OF \"Genre\", \"Edition\", \"Prix\" ON \"Livres\" WHEN %1 "_s
            u"BEGIN %2 END"_s.arg(bookChanged().replace(u"IS DISTINCT FROM"_s, u"IS NOT"_s),
                                  body(bookUpserts(true, u"OLD"_s, u"-"_s) + bookUpserts(true, u"NEW"_s, QString()))),
    };
}

QStringList postgresTriggers()
{
    auto body = [](const QStringList &statements) -> QString { return statements.join(u"; "_s) + u';'; };
    // SECURITY DEFINER: a clerk may insert a movement (catalogue/users.h) but not write these tables.
    const QString function = u"CREATE FUNCTION \"%1\"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET "_s
                             u"search_path FROM CURRENT AS $ventes$ BEGIN %2 RETURN NULL; END $ventes$"_s;
    return {
            function.arg(
                    u"ventes_mouvements"_s,
                    u"IF TG_OP = 'UPDATE' AND NOT EXISTS (SELECT 1 FROM \"Livres\" WHERE \"ID\" = OLD.\"LivreId\") "_s
                    u"THEN RETURN NULL; END IF; IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.\"Type\" IN %1 THEN %2 END "_s
                    u"IF; IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.\"Type\" IN %1 THEN %3 END IF;"_s.arg(
                            salesTypes, body(movementUpserts(false, u"OLD"_s, u"-"_s)),
                            body(movementUpserts(false, u"NEW"_s, QString())))),
            u"CREATE TRIGGER \"ventes_mouvements\" AFTER INSERT OR DELETE OR UPDATE OF \"LivreId\", \"Date\", "_s
            u"\"Quantite\", \"Type\" ON \"MouvementsStock\" FOR EACH ROW EXECUTE FUNCTION \"ventes_mouvements\"()"_s,
            function.arg(u"ventes_mouvements_vides"_s,
                         u"TRUNCATE \"VentesGenres\", \"VentesEditions\", \"VentesGenresEditions\";"_s),
            u"CREATE TRIGGER \"ventes_mouvements_vides\" AFTER TRUNCATE ON \"MouvementsStock\" FOR EACH STATEMENT "_s
            u"EXECUTE FUNCTION \"ventes_mouvements_vides\"()"_s,
            function.arg(u"ventes_livres"_s,
                         u"IF %1 THEN %2 %3 END IF;"_s.arg(bookChanged(), body(bookUpserts(false, u"OLD"_s, u"-"_s)),
                                                           body(bookUpserts(false, u"NEW"_s, QString())))),
            u"CREATE TRIGGER \"ventes_livres\" AFTER UPDATE OF \"Genre\", \"Edition\", \"Prix\" ON \"Livres\" FOR "_s
            u"EACH ROW EXECUTE FUNCTION \"ventes_livres\"()"_s,
    };
}

QStringList dropStatements(bool sqlite)
{
    QStringList statements;
    if (sqlite) {
        for (const QString &t : {u"ventes_insert"_s, u"ventes_delete"_s, u"ventes_update_old"_s, u"ventes_update_new"_s,
                                 u"ventes_livres"_s})
            statements << u"DROP TRIGGER IF EXISTS \"%1\""_s.arg(t);
    } else {
        statements << u"DROP TRIGGER IF EXISTS \"ventes_livres\" ON \"Livres\""_s
                   << u"DROP TRIGGER IF EXISTS \"ventes_mouvements\" ON \"MouvementsStock\""_s
                   << u"DROP TRIGGER IF EXISTS \"ventes_mouvements_vides\" ON \"MouvementsStock\""_s
                   << u"DROP FUNCTION IF EXISTS \"ventes_livres\"()"_s
                   << u"DROP FUNCTION IF EXISTS \"ventes_mouvements\"()"_s
                   << u"DROP FUNCTION IF EXISTS \"ventes_mouvements_vides\"()"_s;
    }
    for (const Summary &s : summaries)
        statements << u"DROP TABLE IF EXISTS \"%1\""_s.arg(s.table);
    return statements;
}

Orm::Status run(const Orm::Database &database, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto r = database.execute(Orm::Statement{sql, {}}); !r)
            return std::unexpected(r.error());
    }
    return {};
}

bool isSqlite(const Orm::Schema &schema)
{
    return schema.database().dialect().kind() == Orm::Dialect::Kind::Sqlite;
}

} // namespace

// The sales summaries (above), filled from the movements already recorded. Down removes them, which is all that
// up added.
Orm::Migration salesSummary()
{
    return {
            u"20240401000000-sales-summary"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                const bool sqlite = isSqlite(schema);
                return run(schema.database(),
                           createStatements(sqlite) + fillStatements(sqlite)
                                   + (sqlite ? sqliteTriggers() : postgresTriggers()));
            },
            [](Orm::Schema &schema) -> Orm::Status { return run(schema.database(), dropStatements(isSqlite(schema))); },
    };
}

} // namespace Catalogue::Migrations
