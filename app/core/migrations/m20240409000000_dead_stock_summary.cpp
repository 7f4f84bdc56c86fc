#include "statements_p.h"

#include <catalogue/migrations.h>

namespace Catalogue::Migrations {

using namespace Qt::StringLiterals;

namespace {

// What the dead stock's totals (catalogue/statistics.h) need so as not to look every book in stock up in its
// sales: the books in stock that did sell, summed by the day of their last sale. The dead stock since a day is
// then the books in stock less the rows of that day and after.
// - DernieresVentes: per book that has a sale (a movement of Type 'vente'), the UTC day of its last one.
// - StockVenduGenres, StockVenduEditions: per day of last sale and genre (and publisher), the books of
//   DernieresVentes that are in stock (Quantite above 0): how many, their copies and the copies' value (Quantite
//   times Prix, a missing Prix counting 0). A missing genre or publisher is the empty text.
// Kept by triggers, as the sales summaries are (m20240401000000_sales_summary.cpp), so that every way a movement
// or a book is written keeps them exact: a sale inserted, deleted or changed works its book's last day out again
// from its sales (an index range) and moves the book's line; a book's stock, price, genre, publisher or ID changed,
// or the book deleted, moves or takes off its line. On PostgreSQL the book's row is locked first (FOR NO KEY
// UPDATE, as the stock's own update takes), so that two sales of one book recorded at once move its line in turn.
// Everything below is frozen: the statements as written here are the migration (tests/catalogue/tst_migrator.cpp).

// The UTC day of a movement's Date, stored as a Date is: SQLite keeps "YYYY-MM-DD HH:MM:SS.SSS +00:00" in UTC.
QString dayOf(bool sqlite, const QString &date)
{
    return sqlite ? uR"(substr(%1, 1, 10) || ' 00:00:00.000 +00:00')"_s.arg(date)
                  : uR"(date_trunc('day', %1 AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')"_s.arg(date);
}

struct Summary
{
    QString table;
    QStringList keys; // after "Jour"
};

const QList<Summary> summaries = {{u"StockVenduGenres"_s, {u"Genre"_s}},
                                  {u"StockVenduEditions"_s, {u"Genre"_s, u"Edition"_s}}};

QString quoted(const QStringList &names)
{
    QStringList list;
    for (const QString &name : names)
        list << u'"' + name + u'"';
    return list.join(u", "_s);
}

QStringList tables(bool sqlite)
{
    const QString jour = sqlite ? u"DATETIME"_s : u"TIMESTAMP WITH TIME ZONE"_s;
    const QString withoutRowid = sqlite ? u" WITHOUT ROWID"_s : QString();
    QStringList statements{
            uR"(CREATE TABLE "DernieresVentes" ("LivreId" INTEGER NOT NULL PRIMARY KEY, "Jour" %1 NOT NULL))"_s.arg(
                    jour)};
    for (const Summary &s : summaries) {
        QString columns = uR"("Jour" %1 NOT NULL)"_s.arg(jour);
        for (const QString &key : s.keys)
            columns += uR"(, "%1" VARCHAR(255) NOT NULL)"_s.arg(key);
        columns += uR"(, "Livres" BIGINT NOT NULL, "Exemplaires" BIGINT NOT NULL, "Montant" FLOAT NOT NULL, )"_s
                   uR"(PRIMARY KEY ("Jour", %1))"_s.arg(quoted(s.keys));
        statements << uR"(CREATE TABLE "%1" (%2)%3)"_s.arg(s.table, columns, withoutRowid);
    }
    // A publisher's days, read from the index alone.
    statements << uR"(CREATE INDEX "stock_vendu_editions_edition_jour" ON "StockVenduEditions" ("Edition", "Jour", )"_s
                  uR"("Genre", "Livres", "Exemplaires", "Montant"))"_s;
    return statements;
}

// Adds (sign "") or takes off (sign "-") the line of the book `book` (OLD or NEW of Livres, or l) at its day in
// DernieresVentes d, which `from` joins: nothing when the book is not in stock or has no sale.
QStringList line(const QString &book, const QString &sign, const QString &from)
{
    QStringList statements;
    for (const Summary &s : summaries) {
        QStringList values{u"d.\"Jour\""_s};
        for (const QString &key : s.keys)
            values << uR"(COALESCE(%1."%2", ''))"_s.arg(book, key);
        values << sign + u'1' << uR"(%1%2."Quantite")"_s.arg(sign, book)
               << uR"(%1(%2."Quantite" * COALESCE(%2."Prix", 0)))"_s.arg(sign, book);
        statements
                << uR"(INSERT INTO "%1" ("Jour", %2, "Livres", "Exemplaires", "Montant") SELECT %3 %4 AND )"_s
                   uR"(%5."Quantite" > 0 ON CONFLICT ("Jour", %2) DO UPDATE SET "Livres" = "%1"."Livres" + )"_s
                   uR"(excluded."Livres", "Exemplaires" = "%1"."Exemplaires" + excluded."Exemplaires", "Montant" = )"_s
                   uR"("%1"."Montant" + excluded."Montant";)"_s.arg(s.table, quoted(s.keys), values.join(u", "_s), from,
                                                                    book);
    }
    return statements;
}

// The line of the book whose ID is `id`, read from Livres.
QStringList bookLine(const QString &id, const QString &sign)
{
    return line(
            u"l"_s, sign,
            uR"(FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = %1)"_s.arg(id));
}

// The book whose ID is `id`: its line taken off, its last day worked out again from its sales, its line added.
QString lastSaleAgain(bool sqlite, const QString &id)
{
    return (bookLine(id, u"-"_s)
            + QStringList{uR"(DELETE FROM "DernieresVentes" WHERE "LivreId" = %1;)"_s.arg(id),
                          uR"(INSERT INTO "DernieresVentes" ("LivreId", "Jour") SELECT "LivreId", %2 FROM )"_s
                          uR"("MouvementsStock" WHERE "LivreId" = %1 AND "Type" = 'vente' GROUP BY "LivreId";)"_s.arg(
                                  id, dayOf(sqlite, u"MAX(\"Date\")"_s))}
            + bookLine(id, QString()))
            .join(u' ');
}

// A book changed (OLD to NEW of Livres): its line taken off as it was, moved with its ID, added as it is.
QString bookChange(bool sqlite)
{
    const QString row = uR"(FROM "DernieresVentes" AS d WHERE d."LivreId" = %1."ID")"_s;
    return (line(u"OLD"_s, u"-"_s, row.arg(u"OLD"_s))
            + QStringList{uR"(UPDATE "DernieresVentes" SET "LivreId" = NEW."ID" WHERE "LivreId" = OLD."ID" AND )"_s
                          uR"(NEW."ID" %1 OLD."ID";)"_s.arg(sqlite ? u"IS NOT"_s : u"IS DISTINCT FROM"_s)}
            + line(u"NEW"_s, QString(), row.arg(u"NEW"_s)))
            .join(u' ');
}

QString bookRemoved()
{
    return (line(u"OLD"_s, u"-"_s, uR"(FROM "DernieresVentes" AS d WHERE d."LivreId" = OLD."ID")"_s)
            + QStringList{uR"(DELETE FROM "DernieresVentes" WHERE "LivreId" = OLD."ID";)"_s})
            .join(u' ');
}

QString changed(bool sqlite)
{
    const QString distinct = sqlite ? u"IS NOT"_s : u"IS DISTINCT FROM"_s;
    QStringList checks;
    for (const QString &c : {u"ID"_s, u"Quantite"_s, u"Prix"_s, u"Genre"_s, u"Edition"_s})
        checks << uR"(NEW."%1" %2 OLD."%1")"_s.arg(c, distinct);
    return checks.join(u" OR "_s);
}

const QString bookExists = uR"(EXISTS (SELECT 1 FROM "Livres" WHERE "ID" = %1."LivreId"))"_s;

// A sale inserted after the book's last day (or its first), and a sale deleted on the book's last day.
QString later(bool sqlite)
{
    return uR"(NOT EXISTS (SELECT 1 FROM "DernieresVentes" WHERE "LivreId" = NEW."LivreId" AND "Jour" >= %1))"_s.arg(
            dayOf(sqlite, u"NEW.\"Date\""_s));
}

QString onLastDay(bool sqlite)
{
    return uR"(EXISTS (SELECT 1 FROM "DernieresVentes" WHERE "LivreId" = OLD."LivreId" AND "Jour" = %1))"_s.arg(
            dayOf(sqlite, u"OLD.\"Date\""_s));
}

// The books' last sales and lines of the movements and books already recorded, worked out once.
QStringList fill(bool sqlite)
{
    QStringList statements{
            uR"(INSERT INTO "DernieresVentes" ("LivreId", "Jour") SELECT "LivreId", %1 FROM )"_s
            uR"("MouvementsStock" WHERE "Type" = 'vente' GROUP BY "LivreId")"_s.arg(dayOf(sqlite, u"MAX(\"Date\")"_s))};
    for (const Summary &s : summaries) {
        QStringList keys;
        for (const QString &key : s.keys)
            keys << uR"(COALESCE(l."%1", ''))"_s.arg(key);
        statements << uR"(INSERT INTO "%1" ("Jour", %2, "Livres", "Exemplaires", "Montant") SELECT d."Jour", %3, )"_s
                      uR"(COUNT(*), SUM(l."Quantite"), SUM(l."Quantite" * COALESCE(l."Prix", 0)) FROM )"_s
                      uR"("DernieresVentes" AS d JOIN "Livres" AS l ON l."ID" = d."LivreId" WHERE l."Quantite" > 0 )"_s
                      uR"(GROUP BY d."Jour", %3)"_s.arg(s.table, quoted(s.keys), keys.join(u", "_s));
    }
    return statements;
}

QStringList sqliteTriggers()
{
    return {
            uR"(CREATE TRIGGER "stock_vendu_insert" AFTER INSERT ON "MouvementsStock" WHEN NEW."Type" = 'vente' )"_s
            uR"(AND %1 BEGIN %2 END)"_s.arg(later(true), lastSaleAgain(true, u"NEW.\"LivreId\""_s)),
            // A book deleted deletes its movements (ON DELETE CASCADE) once it is gone: its line is taken off below.
            uR"(CREATE TRIGGER "stock_vendu_delete" AFTER DELETE ON "MouvementsStock" WHEN OLD."Type" = 'vente' )"_s
            uR"(AND %1 AND %2 BEGIN %3 END)"_s.arg(bookExists.arg(u"OLD"_s), onLastDay(true),
                                                   lastSaleAgain(true, u"OLD.\"LivreId\""_s)),
            // A book renumbered moves its movements (ON UPDATE CASCADE) once its old ID is gone: nothing to do.
            uR"(CREATE TRIGGER "stock_vendu_update" AFTER UPDATE OF "LivreId", "Date", "Type" ON "MouvementsStock" )"_s
            uR"(WHEN (OLD."Type" = 'vente' OR NEW."Type" = 'vente') AND %1 BEGIN %2 %3 END)"_s.arg(
                    bookExists.arg(u"OLD"_s), lastSaleAgain(true, u"OLD.\"LivreId\""_s),
                    lastSaleAgain(true, u"NEW.\"LivreId\""_s)),
            uR"(CREATE TRIGGER "stock_vendu_livres" AFTER UPDATE OF "ID", "Quantite", "Prix", "Genre", "Edition" ON )"_s
            uR"("Livres" WHEN %1 BEGIN %2 END)"_s.arg(changed(true), bookChange(true)),
            uR"(CREATE TRIGGER "stock_vendu_livres_delete" AFTER DELETE ON "Livres" BEGIN %1 END)"_s.arg(bookRemoved()),
    };
}

QStringList postgresTriggers()
{
    // SECURITY DEFINER: a clerk may insert a movement and change a book's stock (catalogue/users.h) but not write
    // these tables.
    const QString function = uR"(CREATE FUNCTION "%1"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET )"_s
                             uR"(search_path FROM CURRENT AS $stock$ BEGIN %2 RETURN NULL; END $stock$)"_s;
    const QString lock = uR"(PERFORM 1 FROM "Livres" WHERE "ID" = %1 FOR NO KEY UPDATE;)"_s;
    return {
            function.arg(u"stock_vendu_mouvements"_s,
                         // Once a book is gone (deleted, or renumbered), its movements follow it: nothing to do here.
                         uR"(IF TG_OP IN ('DELETE', 'UPDATE') AND NOT %1 THEN RETURN NULL; END IF; )"_s
                         uR"(IF TG_OP = 'INSERT' AND NEW."Type" = 'vente' THEN %2 IF %3 THEN %4 END IF; END IF; )"_s
                         uR"(IF TG_OP = 'DELETE' AND OLD."Type" = 'vente' THEN %5 IF %6 THEN %7 END IF; END IF; )"_s
                         uR"(IF TG_OP = 'UPDATE' AND (OLD."Type" = 'vente' OR NEW."Type" = 'vente') THEN %5 %8 )"_s
                         uR"(IF NEW."LivreId" <> OLD."LivreId" THEN %2 %4 END IF; END IF;)"_s.arg(
                                 bookExists.arg(u"OLD"_s), lock.arg(u"NEW.\"LivreId\""_s), later(false),
                                 lastSaleAgain(false, u"NEW.\"LivreId\""_s), lock.arg(u"OLD.\"LivreId\""_s),
                                 onLastDay(false), lastSaleAgain(false, u"OLD.\"LivreId\""_s),
                                 lastSaleAgain(false, u"OLD.\"LivreId\""_s))),
            uR"(CREATE TRIGGER "stock_vendu_mouvements" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", "Date", )"_s
            uR"("Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION "stock_vendu_mouvements"())"_s,
            function.arg(u"stock_vendu_vides"_s,
                         uR"(TRUNCATE "DernieresVentes", "StockVenduGenres", "StockVenduEditions";)"_s),
            uR"(CREATE TRIGGER "stock_vendu_vides" AFTER TRUNCATE ON "MouvementsStock" FOR EACH STATEMENT EXECUTE )"_s
            uR"(FUNCTION "stock_vendu_vides"())"_s,
            function.arg(u"stock_vendu_livres"_s,
                         uR"(IF TG_OP = 'DELETE' THEN %1 ELSIF %2 THEN %3 END IF;)"_s.arg(bookRemoved(), changed(false),
                                                                                          bookChange(false))),
            uR"(CREATE TRIGGER "stock_vendu_livres" AFTER DELETE OR UPDATE OF "ID", "Quantite", "Prix", "Genre", )"_s
            uR"("Edition" ON "Livres" FOR EACH ROW EXECUTE FUNCTION "stock_vendu_livres"())"_s,
    };
}

QStringList dropStatements(bool sqlite)
{
    QStringList statements;
    if (sqlite) {
        for (const QString &t : {u"stock_vendu_insert"_s, u"stock_vendu_delete"_s, u"stock_vendu_update"_s,
                                 u"stock_vendu_livres"_s, u"stock_vendu_livres_delete"_s})
            statements << uR"(DROP TRIGGER IF EXISTS "%1")"_s.arg(t);
    } else {
        statements << uR"(DROP TRIGGER IF EXISTS "stock_vendu_mouvements" ON "MouvementsStock")"_s
                   << uR"(DROP TRIGGER IF EXISTS "stock_vendu_vides" ON "MouvementsStock")"_s
                   << uR"(DROP TRIGGER IF EXISTS "stock_vendu_livres" ON "Livres")"_s;
        for (const QString &f : {u"stock_vendu_mouvements"_s, u"stock_vendu_vides"_s, u"stock_vendu_livres"_s})
            statements << uR"(DROP FUNCTION IF EXISTS "%1"())"_s.arg(f);
    }
    for (const QString &t : {u"StockVenduEditions"_s, u"StockVenduGenres"_s, u"DernieresVentes"_s})
        statements << uR"(DROP TABLE IF EXISTS "%1")"_s.arg(t);
    return statements;
}

} // namespace

// The dead stock's summary (above), filled from the movements and books already recorded. Down removes it, which
// is all that up added.
Orm::Migration deadStockSummary()
{
    return {
            u"20240409000000-dead-stock-summary"_s,
            [](Orm::Schema &schema) -> Orm::Status {
                const bool sqlite = isSqlite(schema);
                return run(schema, tables(sqlite) + fill(sqlite) + (sqlite ? sqliteTriggers() : postgresTriggers()));
            },
            [](Orm::Schema &schema) -> Orm::Status { return run(schema, dropStatements(isSqlite(schema))); },
    };
}

} // namespace Catalogue::Migrations
