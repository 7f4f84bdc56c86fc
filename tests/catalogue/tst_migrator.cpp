#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <orm/changefeed.h>
#include <orm/migrator.h>
#include <orm/schema.h>
#include <orm/transaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Orm;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Orm::Backup)

namespace {

const QString createShelves = u"20240101000000-create-shelves"_s;
const QString addLabel = u"20240102000000-add-shelves-label"_s;
const QString indexLabel = u"20240103000000-index-shelves"_s;

// Three migrations that only work in name order (each needs what the one before made), given out of order.
QList<Migration> shelfMigrations()
{
    return {
            {indexLabel,
             [](Schema &s) { return s.addIndex(u"Shelves"_s, {.fields = {u"label"_s}, .name = u"shelves_label"_s}); },
             [](Schema &s) { return s.removeIndex(u"Shelves"_s, u"shelves_label"_s); }},
            {createShelves,
             [](Schema &s) {
                 return s.createTable(
                         u"Shelves"_s,
                         {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                          {.name = u"name"_s, .type = DataType::string(100), .allowNull = false}});
             },
             [](Schema &s) { return s.dropTable(u"Shelves"_s); }},
            {addLabel,
             [](Schema &s) {
                 return s.addColumn(u"Shelves"_s,
                                    {.name = u"label"_s, .type = DataType::string(50), .defaultValue = u"none"_s});
             },
             [](Schema &s) { return s.removeColumn(u"Shelves"_s, u"label"_s); }},
    };
}

QString quoted(const QString &name)
{
    return Dialect::sqlite().quote(name);
}

QString line(const QVariantList &row)
{
    QStringList cells;
    for (const QVariant &v : row)
        cells << (v.isNull() ? u"NULL"_s : QString::fromLatin1(v.typeName()) + u':' + v.toString());
    return cells.join(u" | "_s);
}

// Every schema object of the database, as the database describes it (SQLite's sqlite_master; PostgreSQL's
// columns, constraints, indexes and sequences), one a line.
Result<QStringList> schemaDump(const Database &db)
{
    const QStringList queries = db.dialect().kind() == Dialect::Kind::Sqlite
            ? QStringList{u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s}
            : QStringList{
                    u"SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, "
                    u"column_default FROM information_schema.columns WHERE table_schema = current_schema() ORDER "
                    u"BY table_name, ordinal_position"_s,
                    u"SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE "
                    u"connamespace = current_schema()::regnamespace ORDER BY 1, 2"_s,
                    u"SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                    u"ORDER BY 1, 2"_s,
                    u"SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() ORDER "
                    u"BY 1"_s};
    QStringList lines;
    for (const QString &sql : queries) {
        auto rows = db.query(sql);
        if (!rows)
            return std::unexpected(rows.error());
        for (const QVariantList &row : std::as_const(rows->rows))
            lines << line(row);
    }
    return lines;
}

// The rows of one table, each value with its type, sorted.
Result<QStringList> tableRows(const Database &db, const QString &table)
{
    auto columns = db.columns(table);
    if (!columns)
        return std::unexpected(columns.error());
    QStringList names;
    for (const QString &c : std::as_const(*columns))
        names << quoted(c);
    auto rows = db.query(u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), quoted(table)));
    if (!rows)
        return std::unexpected(rows.error());
    QStringList lines;
    for (const QVariantList &row : std::as_const(rows->rows))
        lines << table + u": "_s + line(row);
    lines.sort();
    return lines;
}

// The whole content: the schema and every row of every table (SQLite's sqlite_sequence and the migrators' own
// tables included).
Result<QStringList> dump(const Database &db)
{
    auto lines = schemaDump(db);
    if (!lines)
        return lines;
    QStringList tables;
    if (db.dialect().kind() == Dialect::Kind::Sqlite) {
        auto names = db.query(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        if (!names)
            return std::unexpected(names.error());
        for (const QVariantList &n : std::as_const(names->rows))
            tables << n.value(0).toString();
    } else {
        auto names = db.tables();
        if (!names)
            return std::unexpected(names.error());
        tables = *names;
    }
    for (const QString &table : std::as_const(tables)) {
        auto rows = tableRows(db, table);
        if (!rows)
            return rows;
        *lines << *rows;
    }
    return lines;
}

// The state of one migration in a status() list, or a null state named "absent".
MigrationState stateOf(const QList<MigrationState> &states, const QString &name)
{
    for (const MigrationState &s : states) {
        if (s.name == name)
            return s;
    }
    return {u"absent"_s};
}

QString stateText(const QList<MigrationState> &states, const QString &name)
{
    const MigrationState s = stateOf(states, name);
    return s.name == u"absent" ? s.name : s.executed ? u"executed"_s : u"pending"_s;
}

// A book of the seed's schema, as many as needed, all different.
QVariantMap book(int i)
{
    return {{Catalogue::Livre::Nom, u"Livre n°%1 « l'été »"_s.arg(i)},
            {Catalogue::Livre::NomSansEspaces, u"Livren°%1«l'été»"_s.arg(i)},
            {Catalogue::Livre::Presentation, u"Présentation %1"_s.arg(i)},
            {Catalogue::Livre::Description, i % 7 == 0 ? QVariant() : QVariant(u"Description %1"_s.arg(i))},
            {Catalogue::Livre::Prix, 5.0 + i / 4.0},
            {Catalogue::Livre::Genre, i % 3 == 0 ? u"Roman"_s : u"Essai"_s},
            {Catalogue::Livre::Auteur, u"Auteur %1"_s.arg(i % 50)},
            {Catalogue::Livre::Edition, u"Édition %1"_s.arg(i % 9)},
            {Catalogue::Livre::Quantite, i % 11},
            {Catalogue::Livre::Annee, 1900 + i % 120},
            {Catalogue::Livre::NbPages, 100 + i},
            {Catalogue::Livre::Ventes, i * 1.5},
            {Catalogue::Livre::Arriere, u"arriere/%1.jpg"_s.arg(i)},
            {Catalogue::Livre::Dos, u"dos/%1.jpg"_s.arg(i)}};
}

// Exactly what Sequelize 6 sends to create schema.js's table.
const QString seedSqliteDdl =
        u"CREATE TABLE IF NOT EXISTS `Livres` (`ID` INTEGER PRIMARY KEY AUTOINCREMENT, `Nom` VARCHAR(255), "
        u"`NomSansEspaces` VARCHAR(255) NOT NULL, `Presentation` VARCHAR(10000) NOT NULL, `Description` VARCHAR(255), "
        u"`Couverture` VARCHAR(255), `Prix` FLOAT, `Genre` VARCHAR(255), `Accroche` VARCHAR(255), `Lien` "
        u"VARCHAR(255), `Auteur` VARCHAR(255), `Edition` VARCHAR(255), `Quantite` INTEGER, `Annee` INTEGER NOT NULL, "
        u"`NbPages` INTEGER NOT NULL, `Ventes` FLOAT NOT NULL, `Arriere` VARCHAR(255) NOT NULL, `Dos` VARCHAR(255) "
        u"NOT NULL);"_s;
const QString seedPostgresDdl =
        u"CREATE TABLE IF NOT EXISTS \"Livres\" (\"ID\"   SERIAL , \"Nom\" VARCHAR(255), \"NomSansEspaces\" "
        u"VARCHAR(255) NOT NULL, \"Presentation\" VARCHAR(10000) NOT NULL, \"Description\" VARCHAR(255), "
        u"\"Couverture\" VARCHAR(255), \"Prix\" FLOAT, \"Genre\" VARCHAR(255), \"Accroche\" VARCHAR(255), \"Lien\" "
        u"VARCHAR(255), \"Auteur\" VARCHAR(255), \"Edition\" VARCHAR(255), \"Quantite\" INTEGER, \"Annee\" INTEGER NOT "
        u"NULL, \"NbPages\" INTEGER NOT NULL, \"Ventes\" FLOAT NOT NULL, \"Arriere\" VARCHAR(255) NOT NULL, \"Dos\" "
        u"VARCHAR(255) NOT NULL, PRIMARY KEY (\"ID\"));"_s;
const QString seedRows =
        u"INSERT INTO \"Livres\" (\"Nom\", \"NomSansEspaces\", \"Presentation\", \"Description\", \"Couverture\", "
        u"\"Prix\", \"Genre\", \"Accroche\", \"Lien\", \"Auteur\", \"Edition\", \"Quantite\", \"Annee\", \"NbPages\", "
        u"\"Ventes\", \"Arriere\", \"Dos\") VALUES ('Le Petit Prince', 'LePetitPrince', 'Un conte', NULL, "
        u"'images/prince.jpg', 8.9, 'Conte', 'S''il vous plaît…', 'https://example.org/prince', 'Saint-Exupéry', "
        u"'Gallimard', 3, 1943, 96, 12.5, 'images/prince-arriere.jpg', 'images/prince-dos.jpg'), (NULL, '', '', "
        u"'sans nom', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2001, 1, 0, '', ''), ('Les Misérables', "
        u"'LesMisérables', 'Roman', 'Tome 1', NULL, 12.75, 'Roman', NULL, NULL, 'Hugo', NULL, 0, 1862, 1900, 1000000, "
        u"'a.jpg', 'b.jpg')"_s;

// The statements that shape the schema, as each of the catalogue's migrations sent them when it was written
// (SQLite, PostgreSQL). A migration is history: these never change, whatever the models become.
const QHash<QString, std::pair<QStringList, QStringList>> frozenDdl = {
        {u"20240101000000-create-livres"_s,
         {{uR"(CREATE TABLE IF NOT EXISTS "Livres" ("ID" INTEGER PRIMARY KEY AUTOINCREMENT, "Nom" )"_s
           uR"(VARCHAR(255), "NomSansEspaces" VARCHAR(255) NOT NULL, "Presentation" VARCHAR(10000) NOT NULL, )"_s
           uR"("Description" VARCHAR(255), "Couverture" VARCHAR(255), "Prix" FLOAT, "Genre" VARCHAR(255), )"_s
           uR"("Accroche" VARCHAR(255), "Lien" VARCHAR(255), "Auteur" VARCHAR(255), "Edition" VARCHAR(255), )"_s
           uR"("Quantite" INTEGER, "Annee" INTEGER NOT NULL, "NbPages" INTEGER NOT NULL, "Ventes" FLOAT NOT )"_s
           uR"(NULL, "Arriere" VARCHAR(255) NOT NULL, "Dos" VARCHAR(255) NOT NULL))"_s},
          {uR"(CREATE TABLE IF NOT EXISTS "Livres" ("ID" SERIAL NOT NULL PRIMARY KEY, "Nom" VARCHAR(255), )"_s
           uR"("NomSansEspaces" VARCHAR(255) NOT NULL, "Presentation" VARCHAR(10000) NOT NULL, "Description" )"_s
           uR"(VARCHAR(255), "Couverture" VARCHAR(255), "Prix" FLOAT, "Genre" VARCHAR(255), "Accroche" )"_s
           uR"(VARCHAR(255), "Lien" VARCHAR(255), "Auteur" VARCHAR(255), "Edition" VARCHAR(255), "Quantite" )"_s
           uR"(INTEGER, "Annee" INTEGER NOT NULL, "NbPages" INTEGER NOT NULL, "Ventes" FLOAT NOT NULL, )"_s
           uR"("Arriere" VARCHAR(255) NOT NULL, "Dos" VARCHAR(255) NOT NULL))"_s}}},
        {u"20240102000000-index-livres"_s,
         {{uR"(CREATE INDEX "livres_nom" ON "Livres" ("Nom"))"_s,
           uR"(CREATE INDEX "livres_auteur" ON "Livres" ("Auteur"))"_s,
           uR"(CREATE INDEX "livres_genre" ON "Livres" ("Genre"))"_s,
           uR"(CREATE INDEX "livres_annee" ON "Livres" ("Annee"))"_s,
           uR"(CREATE INDEX "livres_prix" ON "Livres" ("Prix"))"_s,
           uR"(CREATE INDEX "livres_edition" ON "Livres" ("Edition"))"_s},
          {uR"(CREATE INDEX "livres_nom" ON "Livres" ("Nom"))"_s,
           uR"(CREATE INDEX "livres_auteur" ON "Livres" ("Auteur"))"_s,
           uR"(CREATE INDEX "livres_genre" ON "Livres" ("Genre"))"_s,
           uR"(CREATE INDEX "livres_annee" ON "Livres" ("Annee"))"_s,
           uR"(CREATE INDEX "livres_prix" ON "Livres" ("Prix"))"_s,
           uR"(CREATE INDEX "livres_edition" ON "Livres" ("Edition"))"_s}}},
        {u"20240103000000-create-auteurs"_s,
         {{uR"(CREATE TABLE IF NOT EXISTS "Auteurs" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "Nom" )"_s
           uR"(VARCHAR(255) NOT NULL UNIQUE, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL))"_s,
           uR"(CREATE TABLE IF NOT EXISTS "LivresAuteurs" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "LivreId" )"_s
           uR"(INTEGER NOT NULL REFERENCES "Livres" ("ID") ON DELETE CASCADE ON UPDATE CASCADE, "AuteurId" )"_s
           uR"(INTEGER NOT NULL REFERENCES "Auteurs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE, "Role" TEXT )"_s
           uR"(NOT NULL DEFAULT 'auteur' CONSTRAINT "Role" CHECK ("Role" IN ('auteur', 'traducteur', )"_s
           uR"('illustrateur')), "Ordre" INTEGER NOT NULL DEFAULT 0, "createdAt" DATETIME NOT NULL, )"_s
           uR"("updatedAt" DATETIME NOT NULL, CONSTRAINT "LivresAuteurs_livre_auteur_role" UNIQUE ("LivreId", )"_s
           uR"("AuteurId", "Role")))"_s,
           uR"(CREATE INDEX "livres_auteurs_auteur" ON "LivresAuteurs" ("AuteurId"))"_s},
          {uR"(CREATE TABLE IF NOT EXISTS "Auteurs" ("id" SERIAL NOT NULL PRIMARY KEY, "Nom" VARCHAR(255) NOT )"_s
           uR"(NULL UNIQUE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME )"_s
           uR"(ZONE NOT NULL))"_s,
           uR"(CREATE TABLE IF NOT EXISTS "LivresAuteurs" ("id" SERIAL NOT NULL PRIMARY KEY, "LivreId" )"_s
           uR"(INTEGER NOT NULL REFERENCES "Livres" ("ID") ON DELETE CASCADE ON UPDATE CASCADE, "AuteurId" )"_s
           uR"(INTEGER NOT NULL REFERENCES "Auteurs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE, "Role" )"_s
           uR"(VARCHAR(255) NOT NULL DEFAULT 'auteur' CONSTRAINT "Role" CHECK ("Role" IN ('auteur', )"_s
           uR"('traducteur', 'illustrateur')), "Ordre" INTEGER NOT NULL DEFAULT 0, "createdAt" TIMESTAMP WITH )"_s
           uR"(TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT )"_s
           uR"("LivresAuteurs_livre_auteur_role" UNIQUE ("LivreId", "AuteurId", "Role")))"_s,
           uR"(CREATE INDEX "livres_auteurs_auteur" ON "LivresAuteurs" ("AuteurId"))"_s}}},
        {u"20240104000000-create-mouvements-stock"_s,
         {{uR"(CREATE TABLE IF NOT EXISTS "MouvementsStock" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, )"_s
           uR"("LivreId" INTEGER NOT NULL REFERENCES "Livres" ("ID") ON DELETE RESTRICT ON UPDATE CASCADE, )"_s
           uR"("Date" DATETIME NOT NULL, "Quantite" INTEGER NOT NULL, "Type" TEXT NOT NULL CONSTRAINT "Type" )"_s
           uR"(CHECK ("Type" IN ('ouverture', 'reception', 'vente', 'retour', 'ajustement')), "Note" )"_s
           uR"(VARCHAR(255), "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL))"_s,
           uR"(CREATE INDEX "mouvements_stock_livre" ON "MouvementsStock" ("LivreId"))"_s},
          {uR"(CREATE TABLE IF NOT EXISTS "MouvementsStock" ("id" SERIAL NOT NULL PRIMARY KEY, "LivreId" )"_s
           uR"(INTEGER NOT NULL REFERENCES "Livres" ("ID") ON DELETE RESTRICT ON UPDATE CASCADE, "Date" )"_s
           uR"(TIMESTAMP WITH TIME ZONE NOT NULL, "Quantite" INTEGER NOT NULL, "Type" VARCHAR(255) NOT NULL )"_s
           uR"(CONSTRAINT "Type" CHECK ("Type" IN ('ouverture', 'reception', 'vente', 'retour', )"_s
           uR"('ajustement')), "Note" VARCHAR(255), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, )"_s
           uR"("updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL))"_s,
           uR"(CREATE INDEX "mouvements_stock_livre" ON "MouvementsStock" ("LivreId"))"_s}}},
        {u"20240111000000-index-livres-stock"_s,
         {{uR"(CREATE INDEX "livres_quantite" ON "Livres" ("Quantite"))"_s,
           uR"(CREATE INDEX "livres_ventes" ON "Livres" ("Ventes"))"_s},
          {uR"(CREATE INDEX "livres_quantite" ON "Livres" ("Quantite"))"_s,
           uR"(CREATE INDEX "livres_ventes" ON "Livres" ("Ventes"))"_s}}},
        {u"20240120000000-create-couvertures"_s,
         {{uR"(CREATE TABLE IF NOT EXISTS "Couvertures" ("Empreinte" CHAR(64) NOT NULL PRIMARY KEY, )"_s
           uR"("Format" VARCHAR(16) NOT NULL, "Largeur" INTEGER NOT NULL, "Hauteur" INTEGER NOT NULL, )"_s
           uR"("Donnees" BLOB NOT NULL))"_s},
          {uR"(CREATE TABLE IF NOT EXISTS "Couvertures" ("Empreinte" CHAR(64) NOT NULL PRIMARY KEY, )"_s
           uR"("Format" VARCHAR(16) NOT NULL, "Largeur" INTEGER NOT NULL, "Hauteur" INTEGER NOT NULL, )"_s
           uR"("Donnees" BYTEA NOT NULL))"_s}}},
        {u"20240201000000-create-identifiants"_s,
         {{uR"(CREATE TABLE IF NOT EXISTS "Identifiants" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "LivreId" )"_s
           uR"(INTEGER NOT NULL REFERENCES "Livres" ("ID") ON DELETE CASCADE ON UPDATE CASCADE, "Type" )"_s
           uR"(VARCHAR(32) NOT NULL, "Valeur" VARCHAR(255) NOT NULL, CONSTRAINT "Identifiants_type_valeur" )"_s
           uR"(UNIQUE ("Type", "Valeur")))"_s,
           uR"(CREATE UNIQUE INDEX "identifiants_livre_type" ON "Identifiants" ("LivreId", "Type"))"_s},
          {uR"(CREATE TABLE IF NOT EXISTS "Identifiants" ("id" SERIAL NOT NULL PRIMARY KEY, "LivreId" INTEGER )"_s
           uR"(NOT NULL REFERENCES "Livres" ("ID") ON DELETE CASCADE ON UPDATE CASCADE, "Type" VARCHAR(32) NOT )"_s
           uR"(NULL, "Valeur" VARCHAR(255) NOT NULL, CONSTRAINT "Identifiants_type_valeur" UNIQUE ("Type", )"_s
           uR"("Valeur")))"_s,
           uR"(CREATE UNIQUE INDEX "identifiants_livre_type" ON "Identifiants" ("LivreId", "Type"))"_s}}},
        {u"20240301000000-index-statistics"_s,
         {{uR"(CREATE INDEX "mouvements_stock_type_date" ON "MouvementsStock" ("Type", "Date", "LivreId", )"_s
           uR"("Quantite"))"_s,
           uR"(CREATE INDEX "mouvements_stock_livre_type_date" ON "MouvementsStock" ("LivreId", "Type", "Date", )"_s
           uR"("Quantite"))"_s},
          {uR"(CREATE INDEX "mouvements_stock_type_date" ON "MouvementsStock" ("Type", "Date", "LivreId", )"_s
           uR"("Quantite"))"_s,
           uR"(CREATE INDEX "mouvements_stock_livre_type_date" ON "MouvementsStock" ("LivreId", "Type", "Date", )"_s
           uR"("Quantite"))"_s}}},
        {u"20240401000000-sales-summary"_s,
         {{uR"(CREATE TABLE "VentesGenres" ("Jour" DATETIME NOT NULL, "Genre" VARCHAR(255) NOT NULL, "Exemplair)"_s
           uR"(es" BIGINT NOT NULL, "Montant" FLOAT NOT NULL, PRIMARY KEY ("Jour", "Genre")) WITHOUT ROWID)"_s,
           uR"(CREATE TABLE "VentesEditions" ("Jour" DATETIME NOT NULL, "Edition" VARCHAR(255) NOT NULL, "Exemp)"_s
           uR"(laires" BIGINT NOT NULL, "Montant" FLOAT NOT NULL, PRIMARY KEY ("Jour", "Edition")) WITHOUT ROWI)"_s
           uR"(D)"_s,
           uR"(CREATE INDEX "venteseditions_edition_jour" ON "VentesEditions" ("Edition", "Jour", "Exemplaires")"_s
           uR"(, "Montant"))"_s,
           uR"(CREATE TABLE "VentesGenresEditions" ("Jour" DATETIME NOT NULL, "Genre" VARCHAR(255) NOT NULL, "E)"_s
           uR"(dition" VARCHAR(255) NOT NULL, "Exemplaires" BIGINT NOT NULL, "Montant" FLOAT NOT NULL, PRIMARY )"_s
           uR"(KEY ("Jour", "Genre", "Edition")) WITHOUT ROWID)"_s,
           uR"(CREATE INDEX "ventesgenreseditions_genre_jour_edition" ON "VentesGenresEditions" ("Genre", "Jour)"_s
           uR"(", "Edition", "Exemplaires", "Montant"))"_s,
           uR"(CREATE INDEX "ventesgenreseditions_edition_jour_genre" ON "VentesGenresEditions" ("Edition", "Jo)"_s
           uR"(ur", "Genre", "Exemplaires", "Montant"))"_s,
           uR"(CREATE TRIGGER "ventes_insert" AFTER INSERT ON "MouvementsStock" WHEN NEW."Type" IN ('vente', 'r)"_s
           uR"(etour') BEGIN INSERT INTO "VentesGenres" ("Jour", "Genre", "Exemplaires", "Montant") SELECT subs)"_s
           uR"(tr(NEW."Date", 1, 10) || ' 00:00:00.000 +00:00', COALESCE(l."Genre", ''), (-NEW."Quantite"), (-N)"_s
           uR"(EW."Quantite") * COALESCE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" ON CONFLI)"_s
           uR"(CT ("Jour", "Genre") DO UPDATE SET "Exemplaires" = "VentesGenres"."Exemplaires" + excluded."Exem)"_s
           uR"(plaires", "Montant" = "VentesGenres"."Montant" + excluded."Montant"; INSERT INTO "VentesEditions)"_s
           uR"(" ("Jour", "Edition", "Exemplaires", "Montant") SELECT substr(NEW."Date", 1, 10) || ' 00:00:00.0)"_s
           uR"(00 +00:00', COALESCE(l."Edition", ''), (-NEW."Quantite"), (-NEW."Quantite") * COALESCE(l."Prix",)"_s
           uR"( 0) FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" ON CONFLICT ("Jour", "Edition") DO UPDATE SE)"_s
           uR"(T "Exemplaires" = "VentesEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "VentesEd)"_s
           uR"(itions"."Montant" + excluded."Montant"; INSERT INTO "VentesGenresEditions" ("Jour", "Genre", "Ed)"_s
           uR"(ition", "Exemplaires", "Montant") SELECT substr(NEW."Date", 1, 10) || ' 00:00:00.000 +00:00', CO)"_s
           uR"(ALESCE(l."Genre", ''), COALESCE(l."Edition", ''), (-NEW."Quantite"), (-NEW."Quantite") * COALESC)"_s
           uR"(E(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" ON CONFLICT ("Jour", "Genre", "Ed)"_s
           uR"(ition") DO UPDATE SET "Exemplaires" = "VentesGenresEditions"."Exemplaires" + excluded."Exemplair)"_s
           uR"(es", "Montant" = "VentesGenresEditions"."Montant" + excluded."Montant"; END)"_s,
           uR"(CREATE TRIGGER "ventes_delete" AFTER DELETE ON "MouvementsStock" WHEN OLD."Type" IN ('vente', 'r)"_s
           uR"(etour') BEGIN INSERT INTO "VentesGenres" ("Jour", "Genre", "Exemplaires", "Montant") SELECT subs)"_s
           uR"(tr(OLD."Date", 1, 10) || ' 00:00:00.000 +00:00', COALESCE(l."Genre", ''), -(-OLD."Quantite"), -()"_s
           uR"(-OLD."Quantite") * COALESCE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = OLD."LivreId" ON CONF)"_s
           uR"(LICT ("Jour", "Genre") DO UPDATE SET "Exemplaires" = "VentesGenres"."Exemplaires" + excluded."Ex)"_s
           uR"(emplaires", "Montant" = "VentesGenres"."Montant" + excluded."Montant"; INSERT INTO "VentesEditio)"_s
           uR"(ns" ("Jour", "Edition", "Exemplaires", "Montant") SELECT substr(OLD."Date", 1, 10) || ' 00:00:00)"_s
           uR"(.000 +00:00', COALESCE(l."Edition", ''), -(-OLD."Quantite"), -(-OLD."Quantite") * COALESCE(l."Pr)"_s
           uR"(ix", 0) FROM "Livres" AS l WHERE l."ID" = OLD."LivreId" ON CONFLICT ("Jour", "Edition") DO UPDAT)"_s
           uR"(E SET "Exemplaires" = "VentesEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "Vent)"_s
           uR"(esEditions"."Montant" + excluded."Montant"; INSERT INTO "VentesGenresEditions" ("Jour", "Genre",)"_s
           uR"( "Edition", "Exemplaires", "Montant") SELECT substr(OLD."Date", 1, 10) || ' 00:00:00.000 +00:00')"_s
           uR"(, COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), -(-OLD."Quantite"), -(-OLD."Quantite") * C)"_s
           uR"(OALESCE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = OLD."LivreId" ON CONFLICT ("Jour", "Genre)"_s
           uR"(", "Edition") DO UPDATE SET "Exemplaires" = "VentesGenresEditions"."Exemplaires" + excluded."Exe)"_s
           uR"(mplaires", "Montant" = "VentesGenresEditions"."Montant" + excluded."Montant"; END)"_s,
           uR"(CREATE TRIGGER "ventes_update_old" AFTER UPDATE OF "LivreId", "Date", "Quantite", "Type" ON "Mou)"_s
           uR"(vementsStock" WHEN OLD."Type" IN ('vente', 'retour') AND EXISTS (SELECT 1 FROM "Livres" WHERE "I)"_s
           uR"(D" = OLD."LivreId") BEGIN INSERT INTO "VentesGenres" ("Jour", "Genre", "Exemplaires", "Montant"))"_s
           uR"( SELECT substr(OLD."Date", 1, 10) || ' 00:00:00.000 +00:00', COALESCE(l."Genre", ''), -(-OLD."Qu)"_s
           uR"(antite"), -(-OLD."Quantite") * COALESCE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = OLD."Livr)"_s
           uR"(eId" ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Exemplaires" = "VentesGenres"."Exemplaires" + )"_s
           uR"(excluded."Exemplaires", "Montant" = "VentesGenres"."Montant" + excluded."Montant"; INSERT INTO ")"_s
           uR"(VentesEditions" ("Jour", "Edition", "Exemplaires", "Montant") SELECT substr(OLD."Date", 1, 10) |)"_s
           uR"(| ' 00:00:00.000 +00:00', COALESCE(l."Edition", ''), -(-OLD."Quantite"), -(-OLD."Quantite") * CO)"_s
           uR"(ALESCE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = OLD."LivreId" ON CONFLICT ("Jour", "Editio)"_s
           uR"(n") DO UPDATE SET "Exemplaires" = "VentesEditions"."Exemplaires" + excluded."Exemplaires", "Mont)"_s
           uR"(ant" = "VentesEditions"."Montant" + excluded."Montant"; INSERT INTO "VentesGenresEditions" ("Jou)"_s
           uR"(r", "Genre", "Edition", "Exemplaires", "Montant") SELECT substr(OLD."Date", 1, 10) || ' 00:00:00)"_s
           uR"(.000 +00:00', COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), -(-OLD."Quantite"), -(-OLD."Qu)"_s
           uR"(antite") * COALESCE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = OLD."LivreId" ON CONFLICT ("J)"_s
           uR"(our", "Genre", "Edition") DO UPDATE SET "Exemplaires" = "VentesGenresEditions"."Exemplaires" + e)"_s
           uR"(xcluded."Exemplaires", "Montant" = "VentesGenresEditions"."Montant" + excluded."Montant"; END)"_s,
           uR"(CREATE TRIGGER "ventes_update_new" AFTER UPDATE OF "LivreId", "Date", "Quantite", "Type" ON "Mou)"_s
           uR"(vementsStock" WHEN NEW."Type" IN ('vente', 'retour') AND EXISTS (SELECT 1 FROM "Livres" WHERE "I)"_s
           uR"(D" = OLD."LivreId") BEGIN INSERT INTO "VentesGenres" ("Jour", "Genre", "Exemplaires", "Montant"))"_s
           uR"( SELECT substr(NEW."Date", 1, 10) || ' 00:00:00.000 +00:00', COALESCE(l."Genre", ''), (-NEW."Qua)"_s
           uR"(ntite"), (-NEW."Quantite") * COALESCE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = NEW."LivreI)"_s
           uR"(d" ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Exemplaires" = "VentesGenres"."Exemplaires" + ex)"_s
           uR"(cluded."Exemplaires", "Montant" = "VentesGenres"."Montant" + excluded."Montant"; INSERT INTO "Ve)"_s
           uR"(ntesEditions" ("Jour", "Edition", "Exemplaires", "Montant") SELECT substr(NEW."Date", 1, 10) || )"_s
           uR"(' 00:00:00.000 +00:00', COALESCE(l."Edition", ''), (-NEW."Quantite"), (-NEW."Quantite") * COALES)"_s
           uR"(CE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" ON CONFLICT ("Jour", "Edition") )"_s
           uR"(DO UPDATE SET "Exemplaires" = "VentesEditions"."Exemplaires" + excluded."Exemplaires", "Montant")"_s
           uR"( = "VentesEditions"."Montant" + excluded."Montant"; INSERT INTO "VentesGenresEditions" ("Jour", )"_s
           uR"("Genre", "Edition", "Exemplaires", "Montant") SELECT substr(NEW."Date", 1, 10) || ' 00:00:00.000)"_s
           uR"( +00:00', COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), (-NEW."Quantite"), (-NEW."Quantite)"_s
           uR"(") * COALESCE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" ON CONFLICT ("Jour", )"_s
           uR"("Genre", "Edition") DO UPDATE SET "Exemplaires" = "VentesGenresEditions"."Exemplaires" + exclude)"_s
           uR"(d."Exemplaires", "Montant" = "VentesGenresEditions"."Montant" + excluded."Montant"; END)"_s,
           uR"(CREATE TRIGGER "ventes_livres" AFTER UPDATE OF "Genre", "Edition", "Prix" ON "Livres" WHEN OLD.")"_s
           uR"(Genre" IS NOT NEW."Genre" OR OLD."Edition" IS NOT NEW."Edition" OR OLD."Prix" IS NOT NEW."Prix" )"_s
           uR"(BEGIN INSERT INTO "VentesGenres" ("Jour", "Genre", "Exemplaires", "Montant") SELECT substr(m."Da)"_s
           uR"(te", 1, 10) || ' 00:00:00.000 +00:00', COALESCE(OLD."Genre", ''), -(-SUM(m."Quantite")), -(-SUM()"_s
           uR"(m."Quantite")) * COALESCE(OLD."Prix", 0) FROM "MouvementsStock" AS m WHERE m."LivreId" = OLD."ID)"_s
           uR"(" AND m."Type" IN ('vente', 'retour') GROUP BY substr(m."Date", 1, 10) || ' 00:00:00.000 +00:00')"_s
           uR"( ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Exemplaires" = "VentesGenres"."Exemplaires" + excl)"_s
           uR"(uded."Exemplaires", "Montant" = "VentesGenres"."Montant" + excluded."Montant"; INSERT INTO "Vent)"_s
           uR"(esEditions" ("Jour", "Edition", "Exemplaires", "Montant") SELECT substr(m."Date", 1, 10) || ' 00)"_s
           uR"(:00:00.000 +00:00', COALESCE(OLD."Edition", ''), -(-SUM(m."Quantite")), -(-SUM(m."Quantite")) * )"_s
           uR"(COALESCE(OLD."Prix", 0) FROM "MouvementsStock" AS m WHERE m."LivreId" = OLD."ID" AND m."Type" IN)"_s
           uR"( ('vente', 'retour') GROUP BY substr(m."Date", 1, 10) || ' 00:00:00.000 +00:00' ON CONFLICT ("Jo)"_s
           uR"(ur", "Edition") DO UPDATE SET "Exemplaires" = "VentesEditions"."Exemplaires" + excluded."Exempla)"_s
           uR"(ires", "Montant" = "VentesEditions"."Montant" + excluded."Montant"; INSERT INTO "VentesGenresEdi)"_s
           uR"(tions" ("Jour", "Genre", "Edition", "Exemplaires", "Montant") SELECT substr(m."Date", 1, 10) || )"_s
           uR"(' 00:00:00.000 +00:00', COALESCE(OLD."Genre", ''), COALESCE(OLD."Edition", ''), -(-SUM(m."Quanti)"_s
           uR"(te")), -(-SUM(m."Quantite")) * COALESCE(OLD."Prix", 0) FROM "MouvementsStock" AS m WHERE m."Livr)"_s
           uR"(eId" = OLD."ID" AND m."Type" IN ('vente', 'retour') GROUP BY substr(m."Date", 1, 10) || ' 00:00:)"_s
           uR"(00.000 +00:00' ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Exemplaires" = "VentesGen)"_s
           uR"(resEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "VentesGenresEditions"."Montant)"_s
           uR"(" + excluded."Montant"; INSERT INTO "VentesGenres" ("Jour", "Genre", "Exemplaires", "Montant") S)"_s
           uR"(ELECT substr(m."Date", 1, 10) || ' 00:00:00.000 +00:00', COALESCE(NEW."Genre", ''), (-SUM(m."Qua)"_s
           uR"(ntite")), (-SUM(m."Quantite")) * COALESCE(NEW."Prix", 0) FROM "MouvementsStock" AS m WHERE m."Li)"_s
           uR"(vreId" = NEW."ID" AND m."Type" IN ('vente', 'retour') GROUP BY substr(m."Date", 1, 10) || ' 00:0)"_s
           uR"(0:00.000 +00:00' ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Exemplaires" = "VentesGenres"."Exe)"_s
           uR"(mplaires" + excluded."Exemplaires", "Montant" = "VentesGenres"."Montant" + excluded."Montant"; I)"_s
           uR"(NSERT INTO "VentesEditions" ("Jour", "Edition", "Exemplaires", "Montant") SELECT substr(m."Date")"_s
           uR"(, 1, 10) || ' 00:00:00.000 +00:00', COALESCE(NEW."Edition", ''), (-SUM(m."Quantite")), (-SUM(m.")"_s
           uR"(Quantite")) * COALESCE(NEW."Prix", 0) FROM "MouvementsStock" AS m WHERE m."LivreId" = NEW."ID" A)"_s
           uR"(ND m."Type" IN ('vente', 'retour') GROUP BY substr(m."Date", 1, 10) || ' 00:00:00.000 +00:00' ON)"_s
           uR"( CONFLICT ("Jour", "Edition") DO UPDATE SET "Exemplaires" = "VentesEditions"."Exemplaires" + exc)"_s
           uR"(luded."Exemplaires", "Montant" = "VentesEditions"."Montant" + excluded."Montant"; INSERT INTO "V)"_s
           uR"(entesGenresEditions" ("Jour", "Genre", "Edition", "Exemplaires", "Montant") SELECT substr(m."Dat)"_s
           uR"(e", 1, 10) || ' 00:00:00.000 +00:00', COALESCE(NEW."Genre", ''), COALESCE(NEW."Edition", ''), (-)"_s
           uR"(SUM(m."Quantite")), (-SUM(m."Quantite")) * COALESCE(NEW."Prix", 0) FROM "MouvementsStock" AS m W)"_s
           uR"(HERE m."LivreId" = NEW."ID" AND m."Type" IN ('vente', 'retour') GROUP BY substr(m."Date", 1, 10))"_s
           uR"( || ' 00:00:00.000 +00:00' ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Exemplaires" )"_s
           uR"(= "VentesGenresEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "VentesGenresEditio)"_s
           uR"(ns"."Montant" + excluded."Montant"; END)"_s},
          {uR"(CREATE TABLE "VentesGenres" ("Jour" TIMESTAMP WITH TIME ZONE NOT NULL, "Genre" VARCHAR(255) NOT )"_s
           uR"(NULL, "Exemplaires" BIGINT NOT NULL, "Montant" FLOAT NOT NULL, PRIMARY KEY ("Jour", "Genre")))"_s,
           uR"(CREATE TABLE "VentesEditions" ("Jour" TIMESTAMP WITH TIME ZONE NOT NULL, "Edition" VARCHAR(255) )"_s
           uR"(NOT NULL, "Exemplaires" BIGINT NOT NULL, "Montant" FLOAT NOT NULL, PRIMARY KEY ("Jour", "Edition)"_s
           uR"(")))"_s,
           uR"(CREATE INDEX "venteseditions_edition_jour" ON "VentesEditions" ("Edition", "Jour", "Exemplaires")"_s
           uR"(, "Montant"))"_s,
           uR"(CREATE TABLE "VentesGenresEditions" ("Jour" TIMESTAMP WITH TIME ZONE NOT NULL, "Genre" VARCHAR(2)"_s
           uR"(55) NOT NULL, "Edition" VARCHAR(255) NOT NULL, "Exemplaires" BIGINT NOT NULL, "Montant" FLOAT NO)"_s
           uR"(T NULL, PRIMARY KEY ("Jour", "Genre", "Edition")))"_s,
           uR"(CREATE INDEX "ventesgenreseditions_genre_jour_edition" ON "VentesGenresEditions" ("Genre", "Jour)"_s
           uR"(", "Edition", "Exemplaires", "Montant"))"_s,
           uR"(CREATE INDEX "ventesgenreseditions_edition_jour_genre" ON "VentesGenresEditions" ("Edition", "Jo)"_s
           uR"(ur", "Genre", "Exemplaires", "Montant"))"_s,
           uR"(CREATE FUNCTION "ventes_mouvements"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET sear)"_s
           uR"(ch_path FROM CURRENT AS $ventes$ BEGIN IF TG_OP = 'UPDATE' AND NOT EXISTS (SELECT 1 FROM "Livres)"_s
           uR"(" WHERE "ID" = OLD."LivreId") THEN RETURN NULL; END IF; IF TG_OP IN ('DELETE', 'UPDATE') AND OLD)"_s
           uR"(."Type" IN ('vente', 'retour') THEN INSERT INTO "VentesGenres" ("Jour", "Genre", "Exemplaires", )"_s
           uR"("Montant") SELECT date_trunc('day', OLD."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COALESCE()"_s
           uR"(l."Genre", ''), -(-OLD."Quantite"), -(-OLD."Quantite") * COALESCE(l."Prix", 0) FROM "Livres" AS )"_s
           uR"(l WHERE l."ID" = OLD."LivreId" ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Exemplaires" = "Vent)"_s
           uR"(esGenres"."Exemplaires" + excluded."Exemplaires", "Montant" = "VentesGenres"."Montant" + exclude)"_s
           uR"(d."Montant"; INSERT INTO "VentesEditions" ("Jour", "Edition", "Exemplaires", "Montant") SELECT d)"_s
           uR"(ate_trunc('day', OLD."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COALESCE(l."Edition", ''), -)"_s
           uR"((-OLD."Quantite"), -(-OLD."Quantite") * COALESCE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = )"_s
           uR"(OLD."LivreId" ON CONFLICT ("Jour", "Edition") DO UPDATE SET "Exemplaires" = "VentesEditions"."Ex)"_s
           uR"(emplaires" + excluded."Exemplaires", "Montant" = "VentesEditions"."Montant" + excluded."Montant")"_s
           uR"(; INSERT INTO "VentesGenresEditions" ("Jour", "Genre", "Edition", "Exemplaires", "Montant") SELE)"_s
           uR"(CT date_trunc('day', OLD."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COALESCE(l."Genre", ''),)"_s
           uR"( COALESCE(l."Edition", ''), -(-OLD."Quantite"), -(-OLD."Quantite") * COALESCE(l."Prix", 0) FROM )"_s
           uR"("Livres" AS l WHERE l."ID" = OLD."LivreId" ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SE)"_s
           uR"(T "Exemplaires" = "VentesGenresEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "Ve)"_s
           uR"(ntesGenresEditions"."Montant" + excluded."Montant"; END IF; IF TG_OP IN ('INSERT', 'UPDATE') AND)"_s
           uR"( NEW."Type" IN ('vente', 'retour') THEN INSERT INTO "VentesGenres" ("Jour", "Genre", "Exemplaire)"_s
           uR"(s", "Montant") SELECT date_trunc('day', NEW."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COALE)"_s
           uR"(SCE(l."Genre", ''), (-NEW."Quantite"), (-NEW."Quantite") * COALESCE(l."Prix", 0) FROM "Livres" A)"_s
           uR"(S l WHERE l."ID" = NEW."LivreId" ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Exemplaires" = "Ve)"_s
           uR"(ntesGenres"."Exemplaires" + excluded."Exemplaires", "Montant" = "VentesGenres"."Montant" + exclu)"_s
           uR"(ded."Montant"; INSERT INTO "VentesEditions" ("Jour", "Edition", "Exemplaires", "Montant") SELECT)"_s
           uR"( date_trunc('day', NEW."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COALESCE(l."Edition", ''),)"_s
           uR"( (-NEW."Quantite"), (-NEW."Quantite") * COALESCE(l."Prix", 0) FROM "Livres" AS l WHERE l."ID" = )"_s
           uR"(NEW."LivreId" ON CONFLICT ("Jour", "Edition") DO UPDATE SET "Exemplaires" = "VentesEditions"."Ex)"_s
           uR"(emplaires" + excluded."Exemplaires", "Montant" = "VentesEditions"."Montant" + excluded."Montant")"_s
           uR"(; INSERT INTO "VentesGenresEditions" ("Jour", "Genre", "Edition", "Exemplaires", "Montant") SELE)"_s
           uR"(CT date_trunc('day', NEW."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COALESCE(l."Genre", ''),)"_s
           uR"( COALESCE(l."Edition", ''), (-NEW."Quantite"), (-NEW."Quantite") * COALESCE(l."Prix", 0) FROM "L)"_s
           uR"(ivres" AS l WHERE l."ID" = NEW."LivreId" ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET )"_s
           uR"("Exemplaires" = "VentesGenresEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "Vent)"_s
           uR"(esGenresEditions"."Montant" + excluded."Montant"; END IF; RETURN NULL; END $ventes$)"_s,
           uR"(CREATE TRIGGER "ventes_mouvements" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", "Date", "Quant)"_s
           uR"(ite", "Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION "ventes_mouvements"())"_s,
           uR"(CREATE FUNCTION "ventes_mouvements_vides"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SE)"_s
           uR"(T search_path FROM CURRENT AS $ventes$ BEGIN TRUNCATE "VentesGenres", "VentesEditions", "VentesG)"_s
           uR"(enresEditions"; RETURN NULL; END $ventes$)"_s,
           uR"(CREATE TRIGGER "ventes_mouvements_vides" AFTER TRUNCATE ON "MouvementsStock" FOR EACH STATEMENT )"_s
           uR"(EXECUTE FUNCTION "ventes_mouvements_vides"())"_s,
           uR"(CREATE FUNCTION "ventes_livres"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_p)"_s
           uR"(ath FROM CURRENT AS $ventes$ BEGIN IF OLD."Genre" IS DISTINCT FROM NEW."Genre" OR OLD."Edition" )"_s
           uR"(IS DISTINCT FROM NEW."Edition" OR OLD."Prix" IS DISTINCT FROM NEW."Prix" THEN INSERT INTO "Vente)"_s
           uR"(sGenres" ("Jour", "Genre", "Exemplaires", "Montant") SELECT date_trunc('day', m."Date" AT TIME Z)"_s
           uR"(ONE 'UTC') AT TIME ZONE 'UTC', COALESCE(OLD."Genre", ''), -(-SUM(m."Quantite")), -(-SUM(m."Quant)"_s
           uR"(ite")) * COALESCE(OLD."Prix", 0) FROM "MouvementsStock" AS m WHERE m."LivreId" = OLD."ID" AND m.)"_s
           uR"("Type" IN ('vente', 'retour') GROUP BY date_trunc('day', m."Date" AT TIME ZONE 'UTC') AT TIME ZO)"_s
           uR"(NE 'UTC' ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Exemplaires" = "VentesGenres"."Exemplaires)"_s
           uR"(" + excluded."Exemplaires", "Montant" = "VentesGenres"."Montant" + excluded."Montant"; INSERT IN)"_s
           uR"(TO "VentesEditions" ("Jour", "Edition", "Exemplaires", "Montant") SELECT date_trunc('day', m."Da)"_s
           uR"(te" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COALESCE(OLD."Edition", ''), -(-SUM(m."Quantite")), )"_s
           uR"(-(-SUM(m."Quantite")) * COALESCE(OLD."Prix", 0) FROM "MouvementsStock" AS m WHERE m."LivreId" = )"_s
           uR"(OLD."ID" AND m."Type" IN ('vente', 'retour') GROUP BY date_trunc('day', m."Date" AT TIME ZONE 'U)"_s
           uR"(TC') AT TIME ZONE 'UTC' ON CONFLICT ("Jour", "Edition") DO UPDATE SET "Exemplaires" = "VentesEdi)"_s
           uR"(tions"."Exemplaires" + excluded."Exemplaires", "Montant" = "VentesEditions"."Montant" + excluded)"_s
           uR"(."Montant"; INSERT INTO "VentesGenresEditions" ("Jour", "Genre", "Edition", "Exemplaires", "Mont)"_s
           uR"(ant") SELECT date_trunc('day', m."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COALESCE(OLD."Ge)"_s
           uR"(nre", ''), COALESCE(OLD."Edition", ''), -(-SUM(m."Quantite")), -(-SUM(m."Quantite")) * COALESCE()"_s
           uR"(OLD."Prix", 0) FROM "MouvementsStock" AS m WHERE m."LivreId" = OLD."ID" AND m."Type" IN ('vente')"_s
           uR"(, 'retour') GROUP BY date_trunc('day', m."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' ON CONFLI)"_s
           uR"(CT ("Jour", "Genre", "Edition") DO UPDATE SET "Exemplaires" = "VentesGenresEditions"."Exemplaire)"_s
           uR"(s" + excluded."Exemplaires", "Montant" = "VentesGenresEditions"."Montant" + excluded."Montant"; )"_s
           uR"(INSERT INTO "VentesGenres" ("Jour", "Genre", "Exemplaires", "Montant") SELECT date_trunc('day', )"_s
           uR"(m."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COALESCE(NEW."Genre", ''), (-SUM(m."Quantite")))"_s
           uR"(, (-SUM(m."Quantite")) * COALESCE(NEW."Prix", 0) FROM "MouvementsStock" AS m WHERE m."LivreId" =)"_s
           uR"( NEW."ID" AND m."Type" IN ('vente', 'retour') GROUP BY date_trunc('day', m."Date" AT TIME ZONE ')"_s
           uR"(UTC') AT TIME ZONE 'UTC' ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Exemplaires" = "VentesGenr)"_s
           uR"(es"."Exemplaires" + excluded."Exemplaires", "Montant" = "VentesGenres"."Montant" + excluded."Mon)"_s
           uR"(tant"; INSERT INTO "VentesEditions" ("Jour", "Edition", "Exemplaires", "Montant") SELECT date_tr)"_s
           uR"(unc('day', m."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', COALESCE(NEW."Edition", ''), (-SUM(m)"_s
           uR"(."Quantite")), (-SUM(m."Quantite")) * COALESCE(NEW."Prix", 0) FROM "MouvementsStock" AS m WHERE )"_s
           uR"(m."LivreId" = NEW."ID" AND m."Type" IN ('vente', 'retour') GROUP BY date_trunc('day', m."Date" A)"_s
           uR"(T TIME ZONE 'UTC') AT TIME ZONE 'UTC' ON CONFLICT ("Jour", "Edition") DO UPDATE SET "Exemplaires)"_s
           uR"(" = "VentesEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "VentesEditions"."Monta)"_s
           uR"(nt" + excluded."Montant"; INSERT INTO "VentesGenresEditions" ("Jour", "Genre", "Edition", "Exemp)"_s
           uR"(laires", "Montant") SELECT date_trunc('day', m."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', CO)"_s
           uR"(ALESCE(NEW."Genre", ''), COALESCE(NEW."Edition", ''), (-SUM(m."Quantite")), (-SUM(m."Quantite")))"_s
           uR"( * COALESCE(NEW."Prix", 0) FROM "MouvementsStock" AS m WHERE m."LivreId" = NEW."ID" AND m."Type")"_s
           uR"( IN ('vente', 'retour') GROUP BY date_trunc('day', m."Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UT)"_s
           uR"(C' ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Exemplaires" = "VentesGenresEditions")"_s
           uR"(."Exemplaires" + excluded."Exemplaires", "Montant" = "VentesGenresEditions"."Montant" + excluded)"_s
           uR"(."Montant"; END IF; RETURN NULL; END $ventes$)"_s,
           uR"(CREATE TRIGGER "ventes_livres" AFTER UPDATE OF "Genre", "Edition", "Prix" ON "Livres" FOR EACH R)"_s
           uR"(OW EXECUTE FUNCTION "ventes_livres"())"_s}}},
        // On PostgreSQL only: SQLite's single-column indexes already end with the rowid.
        {u"20240402000000-index-livres-postgres"_s,
         {{},
          {uR"(DROP INDEX "livres_nom")"_s, uR"(CREATE INDEX "livres_nom_id" ON "Livres" ("Nom", "ID"))"_s,
           uR"(DROP INDEX "livres_auteur")"_s, uR"(CREATE INDEX "livres_auteur_id" ON "Livres" ("Auteur", "ID"))"_s,
           uR"(DROP INDEX "livres_genre")"_s, uR"(CREATE INDEX "livres_genre_id" ON "Livres" ("Genre", "ID"))"_s,
           uR"(DROP INDEX "livres_annee")"_s, uR"(CREATE INDEX "livres_annee_id" ON "Livres" ("Annee", "ID"))"_s,
           uR"(DROP INDEX "livres_prix")"_s, uR"(CREATE INDEX "livres_prix_id" ON "Livres" ("Prix", "ID"))"_s,
           uR"(DROP INDEX "livres_edition")"_s, uR"(CREATE INDEX "livres_edition_id" ON "Livres" ("Edition", "ID"))"_s,
           uR"(DROP INDEX "livres_quantite")"_s,
           uR"(CREATE INDEX "livres_quantite_id" ON "Livres" ("Quantite", "ID"))"_s, uR"(DROP INDEX "livres_ventes")"_s,
           uR"(CREATE INDEX "livres_ventes_id" ON "Livres" ("Ventes", "ID"))"_s}}},
        {u"20240403000000-index-statistics-stock"_s,
         {{uR"(CREATE INDEX "livres_valeur_stock" ON "Livres" (("Quantite" * "Prix") DESC))"_s,
           uR"(CREATE INDEX "livres_genre_stock" ON "Livres" ("Genre", "Quantite", "Prix"))"_s},
          {uR"(CREATE INDEX "livres_valeur_stock" ON "Livres" (("Quantite" * "Prix") DESC NULLS LAST, "ID"))"_s,
           uR"(CREATE INDEX "livres_genre_stock" ON "Livres" ("Genre", "Quantite", "Prix"))"_s}}},
        // Nothing on a new catalogue, whose change feed 20240110000000-search-livres made in the current form
        // already; on an older PostgreSQL catalogue, see changeFeedOfAnOlderCatalogueIsBroughtUpToDate().
        {u"20240406000000-change-feed-rows"_s, {{}, {}}},
        {u"20240408000000-best-sellers-bounds"_s,
         {{uR"(CREATE TABLE "VentesLivres" ("LivreId" INTEGER NOT NULL PRIMARY KEY, "Exemplaires" BIGINT NOT NULL))"_s,
           uR"(CREATE INDEX "ventes_livres_exemplaires" ON "VentesLivres" ("Exemplaires", "LivreId"))"_s,
           uR"(CREATE TABLE "VentesAuteurs" ("Annee" INTEGER NOT NULL, "Nom" VARCHAR(255) NOT NULL, "Exemplaires" B)"_s
           uR"(IGINT NOT NULL, PRIMARY KEY ("Annee", "Nom")) WITHOUT ROWID)"_s,
           uR"(CREATE INDEX "ventes_auteurs_exemplaires" ON "VentesAuteurs" ("Annee", "Exemplaires", "Nom"))"_s,
           uR"(CREATE TRIGGER "ventes_bornes_insert" AFTER INSERT ON "MouvementsStock" WHEN NEW."Type" IN ('vente',)"_s
           uR"( 'retour') AND NEW."Quantite" < 0 BEGIN INSERT INTO "VentesLivres" ("LivreId", "Exemplaires") VALUES)"_s
           uR"( (NEW."LivreId", -NEW."Quantite") ON CONFLICT ("LivreId") DO UPDATE SET "Exemplaires" = "VentesLivre)"_s
           uR"(s"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires)"_s
           uR"(") SELECT CAST(substr(NEW."Date", 1, 4) AS INTEGER), a."Nom", -NEW."Quantite" FROM "LivresAuteurs" A)"_s
           uR"(S c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" WHERE c."LivreId" = NEW."LivreId" AND c."Role" = 'a)"_s
           uR"(uteur' ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires" + ex)"_s
           uR"(cluded."Exemplaires"; INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(substr)"_s
           uR"((NEW."Date", 1, 4) AS INTEGER), l."Auteur", -NEW."Quantite" FROM "Livres" AS l WHERE l."ID" = NEW."L)"_s
           uR"(ivreId" AND l."Auteur" <> '' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = )"_s
           uR"(l."ID" AND c."Role" = 'auteur') ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAu)"_s
           uR"(teurs"."Exemplaires" + excluded."Exemplaires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_delete" AFTER DELETE ON "MouvementsStock" WHEN OLD."Type" IN ('vente',)"_s
           uR"( 'retour') AND OLD."Quantite" < 0 BEGIN UPDATE "VentesLivres" SET "Exemplaires" = "Exemplaires" + OL)"_s
           uR"(D."Quantite" WHERE "LivreId" = OLD."LivreId"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_update_old" AFTER UPDATE OF "LivreId", "Date", "Quantite", "Type" ON ")"_s
           uR"(MouvementsStock" WHEN OLD."Type" IN ('vente', 'retour') AND OLD."Quantite" < 0 BEGIN UPDATE "VentesL)"_s
           uR"(ivres" SET "Exemplaires" = "Exemplaires" + OLD."Quantite" WHERE "LivreId" = OLD."LivreId"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_update_new" AFTER UPDATE OF "LivreId", "Date", "Quantite", "Type" ON ")"_s
           uR"(MouvementsStock" WHEN NEW."Type" IN ('vente', 'retour') AND NEW."Quantite" < 0 BEGIN INSERT INTO "Ve)"_s
           uR"(ntesLivres" ("LivreId", "Exemplaires") VALUES (NEW."LivreId", -NEW."Quantite") ON CONFLICT ("LivreId)"_s
           uR"(") DO UPDATE SET "Exemplaires" = "VentesLivres"."Exemplaires" + excluded."Exemplaires"; INSERT INTO )"_s
           uR"("VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(substr(NEW."Date", 1, 4) AS INTEGER), a.)"_s
           uR"("Nom", -NEW."Quantite" FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" WHERE )"_s
           uR"(c."LivreId" = NEW."LivreId" AND c."Role" = 'auteur' ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exem)"_s
           uR"(plaires" = "VentesAuteurs"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAuteurs" ("Ann)"_s
           uR"(ee", "Nom", "Exemplaires") SELECT CAST(substr(NEW."Date", 1, 4) AS INTEGER), l."Auteur", -NEW."Quant)"_s
           uR"(ite" FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" AND l."Auteur" <> '' AND NOT EXISTS (SELECT 1 F)"_s
           uR"(ROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') ON CONFLICT ("Annee", ")"_s
           uR"(Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires" + excluded."Exemplaires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_contribution_insert" AFTER INSERT ON "LivresAuteurs" WHEN NEW."Role" =)"_s
           uR"( 'auteur' BEGIN INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(substr(m."Da)"_s
           uR"(te", 1, 4) AS INTEGER), a."Nom", -SUM(m."Quantite") FROM "Auteurs" AS a JOIN "MouvementsStock" AS m )"_s
           uR"(ON m."LivreId" = NEW."LivreId" WHERE a."id" = NEW."AuteurId" AND m."Type" IN ('vente', 'retour') AND)"_s
           uR"( m."Quantite" < 0 GROUP BY CAST(substr(m."Date", 1, 4) AS INTEGER), a."Nom" ON CONFLICT ("Annee", "N)"_s
           uR"(om") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires" + excluded."Exemplaires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_contribution_update" AFTER UPDATE OF "LivreId", "AuteurId", "Role" ON )"_s
           uR"("LivresAuteurs" BEGIN INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(substr)"_s
           uR"((m."Date", 1, 4) AS INTEGER), a."Nom", -SUM(m."Quantite") FROM "Auteurs" AS a JOIN "MouvementsStock")"_s
           uR"( AS m ON m."LivreId" = NEW."LivreId" WHERE a."id" = NEW."AuteurId" AND m."Type" IN ('vente', 'retour)"_s
           uR"(') AND m."Quantite" < 0 AND NEW."Role" = 'auteur' GROUP BY CAST(substr(m."Date", 1, 4) AS INTEGER), )"_s
           uR"(a."Nom" ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires" + e)"_s
           uR"(xcluded."Exemplaires"; INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(subst)"_s
           uR"(r(m."Date", 1, 4) AS INTEGER), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsSto)"_s
           uR"(ck" AS m ON m."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Auteur" <> '' AND m."Type" IN ()"_s
           uR"('vente', 'retour') AND m."Quantite" < 0 AND OLD."Role" = 'auteur' AND NOT EXISTS (SELECT 1 FROM "Liv)"_s
           uR"(resAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr(m."Date", )"_s
           uR"(1, 4) AS INTEGER), l."Auteur" ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAute)"_s
           uR"(urs"."Exemplaires" + excluded."Exemplaires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_contribution_delete" AFTER DELETE ON "LivresAuteurs" WHEN OLD."Role" =)"_s
           uR"( 'auteur' BEGIN INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(substr(m."Da)"_s
           uR"(te", 1, 4) AS INTEGER), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS )"_s
           uR"(m ON m."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Auteur" <> '' AND m."Type" IN ('vente')"_s
           uR"(, 'retour') AND m."Quantite" < 0 AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId)"_s
           uR"(" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr(m."Date", 1, 4) AS INTEGER), l."Auteur" ON )"_s
           uR"(CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires" + excluded."Ex)"_s
           uR"(emplaires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_auteur" AFTER UPDATE OF "Nom" ON "Auteurs" WHEN NEW."Nom" IS NOT OLD.")"_s
           uR"(Nom" BEGIN INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(substr(m."Date", )"_s
           uR"(1, 4) AS INTEGER), NEW."Nom", -SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "MouvementsStock" AS)"_s
           uR"( m ON m."LivreId" = c."LivreId" WHERE c."AuteurId" = NEW."id" AND c."Role" = 'auteur' AND m."Type" I)"_s
           uR"(N ('vente', 'retour') AND m."Quantite" < 0 GROUP BY CAST(substr(m."Date", 1, 4) AS INTEGER) ON CONFL)"_s
           uR"(ICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires" + excluded."Exempla)"_s
           uR"(ires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_livre" AFTER UPDATE OF "Auteur" ON "Livres" WHEN NEW."Auteur" IS NOT O)"_s
           uR"(LD."Auteur" BEGIN INSERT INTO "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(substr(m.")"_s
           uR"(Date", 1, 4) AS INTEGER), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" A)"_s
           uR"(S m ON m."LivreId" = l."ID" WHERE l."ID" = NEW."ID" AND l."Auteur" <> '' AND m."Type" IN ('vente', ')"_s
           uR"(retour') AND m."Quantite" < 0 AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" =)"_s
           uR"( l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr(m."Date", 1, 4) AS INTEGER), l."Auteur" ON CON)"_s
           uR"(FLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires" + excluded."Exemp)"_s
           uR"(laires"; END)"_s},
          {uR"(CREATE TABLE "VentesLivres" ("LivreId" INTEGER NOT NULL PRIMARY KEY, "Exemplaires" BIGINT NOT NULL))"_s,
           uR"(CREATE INDEX "ventes_livres_exemplaires" ON "VentesLivres" ("Exemplaires", "LivreId"))"_s,
           uR"(CREATE TABLE "VentesAuteurs" ("Annee" INTEGER NOT NULL, "Nom" VARCHAR(255) NOT NULL, "Exemplaires" B)"_s
           uR"(IGINT NOT NULL, PRIMARY KEY ("Annee", "Nom")))"_s,
           uR"(CREATE INDEX "ventes_auteurs_exemplaires" ON "VentesAuteurs" ("Annee", "Exemplaires", "Nom"))"_s,
           uR"(CREATE FUNCTION "ventes_bornes_mouvements"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET s)"_s
           uR"(earch_path FROM CURRENT AS $bornes$ BEGIN IF TG_OP IN ('DELETE', 'UPDATE') AND OLD."Type" IN ('vente)"_s
           uR"(', 'retour') AND OLD."Quantite" < 0 THEN UPDATE "VentesLivres" SET "Exemplaires" = "Exemplaires" + O)"_s
           uR"(LD."Quantite" WHERE "LivreId" = OLD."LivreId"; END IF; IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."Typ)"_s
           uR"(e" IN ('vente', 'retour') AND NEW."Quantite" < 0 THEN INSERT INTO "VentesLivres" ("LivreId", "Exempl)"_s
           uR"(aires") VALUES (NEW."LivreId", -NEW."Quantite") ON CONFLICT ("LivreId") DO UPDATE SET "Exemplaires" )"_s
           uR"(= "VentesLivres"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAuteurs" ("Annee", "Nom")"_s
           uR"(, "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM NEW."Date" AT TIME ZONE 'UTC') AS INTEGER), a."Nom", )"_s
           uR"(-NEW."Quantite" FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" WHERE c."Livr)"_s
           uR"(eId" = NEW."LivreId" AND c."Role" = 'auteur' ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires)"_s
           uR"(" = "VentesAuteurs"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAuteurs" ("Annee", "N)"_s
           uR"(om", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM NEW."Date" AT TIME ZONE 'UTC') AS INTEGER), l."Aut)"_s
           uR"(eur", -NEW."Quantite" FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" AND l."Auteur" <> '' AND NOT E)"_s
           uR"(XISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') ON CON)"_s
           uR"(FLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires" + excluded."Exemp)"_s
           uR"(laires"; END IF; RETURN NULL; END $bornes$)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_mouvements" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", "Date", "Qu)"_s
           uR"(antite", "Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION "ventes_bornes_mouvements"())"_s,
           uR"(CREATE FUNCTION "ventes_bornes_vides"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search)"_s
           uR"(_path FROM CURRENT AS $bornes$ BEGIN TRUNCATE "VentesLivres", "VentesAuteurs"; RETURN NULL; END $bor)"_s
           uR"(nes$)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_vides" AFTER TRUNCATE ON "MouvementsStock" FOR EACH STATEMENT EXECUTE )"_s
           uR"(FUNCTION "ventes_bornes_vides"())"_s,
           uR"(CREATE FUNCTION "ventes_bornes_contributions"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SE)"_s
           uR"(T search_path FROM CURRENT AS $bornes$ BEGIN IF TG_OP IN ('INSERT', 'UPDATE') THEN INSERT INTO "Vent)"_s
           uR"(esAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC')"_s
           uR"() AS INTEGER), a."Nom", -SUM(m."Quantite") FROM "Auteurs" AS a JOIN "MouvementsStock" AS m ON m."Liv)"_s
           uR"(reId" = NEW."LivreId" WHERE a."id" = NEW."AuteurId" AND m."Type" IN ('vente', 'retour') AND m."Quant)"_s
           uR"(ite" < 0 AND NEW."Role" = 'auteur' GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') AS I)"_s
           uR"(NTEGER), a."Nom" ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exempla)"_s
           uR"(ires" + excluded."Exemplaires"; END IF; IF TG_OP IN ('DELETE', 'UPDATE') THEN INSERT INTO "VentesAut)"_s
           uR"(eurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') AS )"_s
           uR"(INTEGER), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreI)"_s
           uR"(d" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AN)"_s
           uR"(D m."Quantite" < 0 AND OLD."Role" = 'auteur' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHER)"_s
           uR"(E c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZON)"_s
           uR"(E 'UTC') AS INTEGER), l."Auteur" ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesA)"_s
           uR"(uteurs"."Exemplaires" + excluded."Exemplaires"; END IF; RETURN NULL; END $bornes$)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_contributions" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", "AuteurI)"_s
           uR"(d", "Role" ON "LivresAuteurs" FOR EACH ROW EXECUTE FUNCTION "ventes_bornes_contributions"())"_s,
           uR"(CREATE FUNCTION "ventes_bornes_auteurs"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET sear)"_s
           uR"(ch_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Nom" IS DISTINCT FROM OLD."Nom" THEN INSERT INTO "Ven)"_s
           uR"(tesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC)"_s
           uR"(') AS INTEGER), NEW."Nom", -SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "MouvementsStock" AS m )"_s
           uR"(ON m."LivreId" = c."LivreId" WHERE c."AuteurId" = NEW."id" AND c."Role" = 'auteur' AND m."Type" IN ()"_s
           uR"('vente', 'retour') AND m."Quantite" < 0 GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC'))"_s
           uR"( AS INTEGER) ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires)"_s
           uR"(" + excluded."Exemplaires"; END IF; RETURN NULL; END $bornes$)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_auteurs" AFTER UPDATE OF "Nom" ON "Auteurs" FOR EACH ROW EXECUTE FUNCT)"_s
           uR"(ION "ventes_bornes_auteurs"())"_s,
           uR"(CREATE FUNCTION "ventes_bornes_livres"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET searc)"_s
           uR"(h_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Auteur" IS DISTINCT FROM OLD."Auteur" THEN INSERT INTO)"_s
           uR"( "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE)"_s
           uR"( 'UTC') AS INTEGER), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m O)"_s
           uR"(N m."LivreId" = l."ID" WHERE l."ID" = NEW."ID" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retou)"_s
           uR"(r') AND m."Quantite" < 0 AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."I)"_s
           uR"(D" AND c."Role" = 'auteur') GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER))"_s
           uR"(, l."Auteur" ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs"."Exemplaires)"_s
           uR"(" + excluded."Exemplaires"; END IF; RETURN NULL; END $bornes$)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_livres" AFTER UPDATE OF "Auteur" ON "Livres" FOR EACH ROW EXECUTE FUNC)"_s
           uR"(TION "ventes_bornes_livres"())"_s}}},
        {u"20240409000000-dead-stock-summary"_s,
         {{uR"(CREATE TABLE "DernieresVentes" ("LivreId" INTEGER NOT NULL PRIMARY KEY, "Jour" DATETIME NOT NULL))"_s,
           uR"(CREATE TABLE "StockVenduGenres" ("Jour" DATETIME NOT NULL, "Genre" VARCHAR(255) NOT NULL, "Livres" B)"_s
           uR"(IGINT NOT NULL, "Exemplaires" BIGINT NOT NULL, "Montant" FLOAT NOT NULL, PRIMARY KEY ("Jour", "Genre)"_s
           uR"(")) WITHOUT ROWID)"_s,
           uR"(CREATE TABLE "StockVenduEditions" ("Jour" DATETIME NOT NULL, "Genre" VARCHAR(255) NOT NULL, "Edition)"_s
           uR"(" VARCHAR(255) NOT NULL, "Livres" BIGINT NOT NULL, "Exemplaires" BIGINT NOT NULL, "Montant" FLOAT NO)"_s
           uR"(T NULL, PRIMARY KEY ("Jour", "Genre", "Edition")) WITHOUT ROWID)"_s,
           uR"(CREATE INDEX "stock_vendu_editions_edition_jour" ON "StockVenduEditions" ("Edition", "Jour", "Genre")"_s
           uR"(, "Livres", "Exemplaires", "Montant"))"_s,
           uR"(CREATE TRIGGER "stock_vendu_insert" AFTER INSERT ON "MouvementsStock" WHEN NEW."Type" = 'vente' AND )"_s
           uR"(NOT EXISTS (SELECT 1 FROM "DernieresVentes" WHERE "LivreId" = NEW."LivreId" AND "Jour" >= substr(NEW)"_s
           uR"(."Date", 1, 10) || ' 00:00:00.000 +00:00') BEGIN INSERT INTO "StockVenduGenres" ("Jour", "Genre", "L)"_s
           uR"(ivres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), -1, -l."Quantite", -(l.")"_s
           uR"(Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l)"_s
           uR"(."ID" WHERE l."ID" = NEW."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET )"_s
           uR"("Livres" = "StockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Exem)"_s
           uR"(plaires" + excluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant"; IN)"_s
           uR"(SERT INTO "StockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") SELE)"_s
           uR"(CT d."Jour", COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), -1, -l."Quantite", -(l."Quantite" *)"_s
           uR"( COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE)"_s
           uR"( l."ID" = NEW."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET )"_s
           uR"("Livres" = "StockVenduEditions"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduEditions".")"_s
           uR"(Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduEditions"."Montant" + excluded."Montan)"_s
           uR"(t"; DELETE FROM "DernieresVentes" WHERE "LivreId" = NEW."LivreId"; INSERT INTO "DernieresVentes" ("L)"_s
           uR"(ivreId", "Jour") SELECT "LivreId", substr(MAX("Date"), 1, 10) || ' 00:00:00.000 +00:00' FROM "Mouvem)"_s
           uR"(entsStock" WHERE "LivreId" = NEW."LivreId" AND "Type" = 'vente' GROUP BY "LivreId"; INSERT INTO "Sto)"_s
           uR"(ckVenduGenres" ("Jour", "Genre", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Ge)"_s
           uR"(nre", ''), 1, l."Quantite", (l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "Derniere)"_s
           uR"(sVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = NEW."LivreId" AND l."Quantite" > 0 ON CONFLICT )"_s
           uR"(("Jour", "Genre") DO UPDATE SET "Livres" = "StockVenduGenres"."Livres" + excluded."Livres", "Exempla)"_s
           uR"(ires" = "StockVenduGenres"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduGenres"."M)"_s
           uR"(ontant" + excluded."Montant"; INSERT INTO "StockVenduEditions" ("Jour", "Genre", "Edition", "Livres")"_s
           uR"(, "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), 1, )"_s
           uR"(l."Quantite", (l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d )"_s
           uR"(ON d."LivreId" = l."ID" WHERE l."ID" = NEW."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genr)"_s
           uR"(e", "Edition") DO UPDATE SET "Livres" = "StockVenduEditions"."Livres" + excluded."Livres", "Exemplai)"_s
           uR"(res" = "StockVenduEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduEditions")"_s
           uR"(."Montant" + excluded."Montant"; END)"_s,
           uR"(CREATE TRIGGER "stock_vendu_delete" AFTER DELETE ON "MouvementsStock" WHEN OLD."Type" = 'vente' AND )"_s
           uR"(EXISTS (SELECT 1 FROM "Livres" WHERE "ID" = OLD."LivreId") AND EXISTS (SELECT 1 FROM "DernieresVente)"_s
           uR"(s" WHERE "LivreId" = OLD."LivreId" AND "Jour" = substr(OLD."Date", 1, 10) || ' 00:00:00.000 +00:00'))"_s
           uR"( BEGIN INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Livres", "Exemplaires", "Montant") SELECT d)"_s
           uR"(."Jour", COALESCE(l."Genre", ''), -1, -l."Quantite", -(l."Quantite" * COALESCE(l."Prix", 0)) FROM "L)"_s
           uR"(ivres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l.")"_s
           uR"(Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "StockVenduGenres"."Livres" + e)"_s
           uR"(xcluded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + excluded."Exemplaires", "Montan)"_s
           uR"(t" = "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "StockVenduEditions" ("Jour", "G)"_s
           uR"(enre", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), COAL)"_s
           uR"(ESCE(l."Edition", ''), -1, -l."Quantite", -(l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l)"_s
           uR"( JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Quantite" >)"_s
           uR"( 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEditions"."Livres" +)"_s
           uR"( excluded."Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded."Exemplaires", "Mo)"_s
           uR"(ntant" = "StockVenduEditions"."Montant" + excluded."Montant"; DELETE FROM "DernieresVentes" WHERE "L)"_s
           uR"(ivreId" = OLD."LivreId"; INSERT INTO "DernieresVentes" ("LivreId", "Jour") SELECT "LivreId", substr()"_s
           uR"(MAX("Date"), 1, 10) || ' 00:00:00.000 +00:00' FROM "MouvementsStock" WHERE "LivreId" = OLD."LivreId")"_s
           uR"( AND "Type" = 'vente' GROUP BY "LivreId"; INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Livres",)"_s
           uR"( "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), 1, l."Quantite", (l."Quantite" )"_s
           uR"(* COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHER)"_s
           uR"(E l."ID" = OLD."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" =)"_s
           uR"( "StockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" +)"_s
           uR"( excluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO )"_s
           uR"("StockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour)"_s
           uR"(", COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), 1, l."Quantite", (l."Quantite" * COALESCE(l.")"_s
           uR"(Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = OLD)"_s
           uR"(."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "S)"_s
           uR"(tockVenduEditions"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" )"_s
           uR"(+ excluded."Exemplaires", "Montant" = "StockVenduEditions"."Montant" + excluded."Montant"; END)"_s,
           uR"(CREATE TRIGGER "stock_vendu_update" AFTER UPDATE OF "LivreId", "Date", "Type" ON "MouvementsStock" W)"_s
           uR"(HEN (OLD."Type" = 'vente' OR NEW."Type" = 'vente') AND EXISTS (SELECT 1 FROM "Livres" WHERE "ID" = O)"_s
           uR"(LD."LivreId") BEGIN INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Livres", "Exemplaires", "Monta)"_s
           uR"(nt") SELECT d."Jour", COALESCE(l."Genre", ''), -1, -l."Quantite", -(l."Quantite" * COALESCE(l."Prix")"_s
           uR"(, 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = OLD."Liv)"_s
           uR"(reId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "StockVenduGenres")"_s
           uR"(."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + excluded."Exemplai)"_s
           uR"(res", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "StockVenduEditions)"_s
           uR"(" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genr)"_s
           uR"(e", ''), COALESCE(l."Edition", ''), -1, -l."Quantite", -(l."Quantite" * COALESCE(l."Prix", 0)) FROM )"_s
           uR"("Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l)"_s
           uR"(."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEdition)"_s
           uR"(s"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded."Exem)"_s
           uR"(plaires", "Montant" = "StockVenduEditions"."Montant" + excluded."Montant"; DELETE FROM "DernieresVen)"_s
           uR"(tes" WHERE "LivreId" = OLD."LivreId"; INSERT INTO "DernieresVentes" ("LivreId", "Jour") SELECT "Livr)"_s
           uR"(eId", substr(MAX("Date"), 1, 10) || ' 00:00:00.000 +00:00' FROM "MouvementsStock" WHERE "LivreId" = )"_s
           uR"(OLD."LivreId" AND "Type" = 'vente' GROUP BY "LivreId"; INSERT INTO "StockVenduGenres" ("Jour", "Genr)"_s
           uR"(e", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), 1, l."Quantite", ()"_s
           uR"(l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" )"_s
           uR"(= l."ID" WHERE l."ID" = OLD."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE S)"_s
           uR"(ET "Livres" = "StockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."E)"_s
           uR"(xemplaires" + excluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant";)"_s
           uR"( INSERT INTO "StockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") S)"_s
           uR"(ELECT d."Jour", COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), 1, l."Quantite", (l."Quantite" *)"_s
           uR"( COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE)"_s
           uR"( l."ID" = OLD."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET )"_s
           uR"("Livres" = "StockVenduEditions"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduEditions".")"_s
           uR"(Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduEditions"."Montant" + excluded."Montan)"_s
           uR"(t"; INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Livres", "Exemplaires", "Montant") SELECT d."J)"_s
           uR"(our", COALESCE(l."Genre", ''), -1, -l."Quantite", -(l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livr)"_s
           uR"(es" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = NEW."LivreId" AND l."Qua)"_s
           uR"(ntite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "StockVenduGenres"."Livres" + excl)"_s
           uR"(uded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + excluded."Exemplaires", "Montant" )"_s
           uR"(= "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "StockVenduEditions" ("Jour", "Genr)"_s
           uR"(e", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), COALESC)"_s
           uR"(E(l."Edition", ''), -1, -l."Quantite", -(l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JO)"_s
           uR"(IN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = NEW."LivreId" AND l."Quantite" > 0 )"_s
           uR"(ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEditions"."Livres" + ex)"_s
           uR"(cluded."Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded."Exemplaires", "Monta)"_s
           uR"(nt" = "StockVenduEditions"."Montant" + excluded."Montant"; DELETE FROM "DernieresVentes" WHERE "Livr)"_s
           uR"(eId" = NEW."LivreId"; INSERT INTO "DernieresVentes" ("LivreId", "Jour") SELECT "LivreId", substr(MAX)"_s
           uR"(("Date"), 1, 10) || ' 00:00:00.000 +00:00' FROM "MouvementsStock" WHERE "LivreId" = NEW."LivreId" AN)"_s
           uR"(D "Type" = 'vente' GROUP BY "LivreId"; INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Livres", "E)"_s
           uR"(xemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), 1, l."Quantite", (l."Quantite" * C)"_s
           uR"(OALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l)"_s
           uR"(."ID" = NEW."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "S)"_s
           uR"(tockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + ex)"_s
           uR"(cluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "St)"_s
           uR"(ockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", )"_s
           uR"(COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), 1, l."Quantite", (l."Quantite" * COALESCE(l."Pri)"_s
           uR"(x", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = NEW."L)"_s
           uR"(ivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "Stoc)"_s
           uR"(kVenduEditions"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + e)"_s
           uR"(xcluded."Exemplaires", "Montant" = "StockVenduEditions"."Montant" + excluded."Montant"; END)"_s,
           uR"(CREATE TRIGGER "stock_vendu_livres" AFTER UPDATE OF "ID", "Quantite", "Prix", "Genre", "Edition" ON )"_s
           uR"("Livres" WHEN NEW."ID" IS NOT OLD."ID" OR NEW."Quantite" IS NOT OLD."Quantite" OR NEW."Prix" IS NOT )"_s
           uR"(OLD."Prix" OR NEW."Genre" IS NOT OLD."Genre" OR NEW."Edition" IS NOT OLD."Edition" BEGIN INSERT INTO)"_s
           uR"( "StockVenduGenres" ("Jour", "Genre", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE()"_s
           uR"(OLD."Genre", ''), -1, -OLD."Quantite", -(OLD."Quantite" * COALESCE(OLD."Prix", 0)) FROM "DernieresVe)"_s
           uR"(ntes" AS d WHERE d."LivreId" = OLD."ID" AND OLD."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDA)"_s
           uR"(TE SET "Livres" = "StockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres)"_s
           uR"("."Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."Monta)"_s
           uR"(nt"; INSERT INTO "StockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant)"_s
           uR"(") SELECT d."Jour", COALESCE(OLD."Genre", ''), COALESCE(OLD."Edition", ''), -1, -OLD."Quantite", -(O)"_s
           uR"(LD."Quantite" * COALESCE(OLD."Prix", 0)) FROM "DernieresVentes" AS d WHERE d."LivreId" = OLD."ID" AN)"_s
           uR"(D OLD."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEd)"_s
           uR"(itions"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded.)"_s
           uR"("Exemplaires", "Montant" = "StockVenduEditions"."Montant" + excluded."Montant"; UPDATE "DernieresVen)"_s
           uR"(tes" SET "LivreId" = NEW."ID" WHERE "LivreId" = OLD."ID" AND NEW."ID" IS NOT OLD."ID"; INSERT INTO ")"_s
           uR"(StockVenduGenres" ("Jour", "Genre", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(NE)"_s
           uR"(W."Genre", ''), 1, NEW."Quantite", (NEW."Quantite" * COALESCE(NEW."Prix", 0)) FROM "DernieresVentes")"_s
           uR"( AS d WHERE d."LivreId" = NEW."ID" AND NEW."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SE)"_s
           uR"(T "Livres" = "StockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Ex)"_s
           uR"(emplaires" + excluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant"; )"_s
           uR"(INSERT INTO "StockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") SE)"_s
           uR"(LECT d."Jour", COALESCE(NEW."Genre", ''), COALESCE(NEW."Edition", ''), 1, NEW."Quantite", (NEW."Quan)"_s
           uR"(tite" * COALESCE(NEW."Prix", 0)) FROM "DernieresVentes" AS d WHERE d."LivreId" = NEW."ID" AND NEW."Q)"_s
           uR"(uantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEditions".)"_s
           uR"("Livres" + excluded."Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded."Exempla)"_s
           uR"(ires", "Montant" = "StockVenduEditions"."Montant" + excluded."Montant"; END)"_s,
           uR"(CREATE TRIGGER "stock_vendu_livres_delete" AFTER DELETE ON "Livres" BEGIN INSERT INTO "StockVenduGen)"_s
           uR"(res" ("Jour", "Genre", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(OLD."Genre", '')"_s
           uR"(), -1, -OLD."Quantite", -(OLD."Quantite" * COALESCE(OLD."Prix", 0)) FROM "DernieresVentes" AS d WHER)"_s
           uR"(E d."LivreId" = OLD."ID" AND OLD."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres")"_s
           uR"( = "StockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires")"_s
           uR"( + excluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INT)"_s
           uR"(O "StockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jo)"_s
           uR"(ur", COALESCE(OLD."Genre", ''), COALESCE(OLD."Edition", ''), -1, -OLD."Quantite", -(OLD."Quantite" *)"_s
           uR"( COALESCE(OLD."Prix", 0)) FROM "DernieresVentes" AS d WHERE d."LivreId" = OLD."ID" AND OLD."Quantite)"_s
           uR"(" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEditions"."Livres)"_s
           uR"(" + excluded."Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded."Exemplaires", )"_s
           uR"("Montant" = "StockVenduEditions"."Montant" + excluded."Montant"; DELETE FROM "DernieresVentes" WHERE)"_s
           uR"( "LivreId" = OLD."ID"; END)"_s},
          {uR"(CREATE TABLE "DernieresVentes" ("LivreId" INTEGER NOT NULL PRIMARY KEY, "Jour" TIMESTAMP WITH TIME Z)"_s
           uR"(ONE NOT NULL))"_s,
           uR"(CREATE TABLE "StockVenduGenres" ("Jour" TIMESTAMP WITH TIME ZONE NOT NULL, "Genre" VARCHAR(255) NOT )"_s
           uR"(NULL, "Livres" BIGINT NOT NULL, "Exemplaires" BIGINT NOT NULL, "Montant" FLOAT NOT NULL, PRIMARY KEY)"_s
           uR"( ("Jour", "Genre")))"_s,
           uR"(CREATE TABLE "StockVenduEditions" ("Jour" TIMESTAMP WITH TIME ZONE NOT NULL, "Genre" VARCHAR(255) NO)"_s
           uR"(T NULL, "Edition" VARCHAR(255) NOT NULL, "Livres" BIGINT NOT NULL, "Exemplaires" BIGINT NOT NULL, "M)"_s
           uR"(ontant" FLOAT NOT NULL, PRIMARY KEY ("Jour", "Genre", "Edition")))"_s,
           uR"(CREATE INDEX "stock_vendu_editions_edition_jour" ON "StockVenduEditions" ("Edition", "Jour", "Genre")"_s
           uR"(, "Livres", "Exemplaires", "Montant"))"_s,
           uR"(CREATE FUNCTION "stock_vendu_mouvements"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET sea)"_s
           uR"(rch_path FROM CURRENT AS $stock$ BEGIN IF TG_OP IN ('DELETE', 'UPDATE') AND NOT EXISTS (SELECT 1 FRO)"_s
           uR"(M "Livres" WHERE "ID" = OLD."LivreId") THEN RETURN NULL; END IF; IF TG_OP = 'INSERT' AND NEW."Type" )"_s
           uR"(= 'vente' THEN PERFORM 1 FROM "Livres" WHERE "ID" = NEW."LivreId" FOR NO KEY UPDATE; IF NOT EXISTS ()"_s
           uR"(SELECT 1 FROM "DernieresVentes" WHERE "LivreId" = NEW."LivreId" AND "Jour" >= date_trunc('day', NEW.)"_s
           uR"("Date" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') THEN INSERT INTO "StockVenduGenres" ("Jour", "Genre",)"_s
           uR"( "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), -1, -l."Quantite", -()"_s
           uR"(l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" )"_s
           uR"(= l."ID" WHERE l."ID" = NEW."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE S)"_s
           uR"(ET "Livres" = "StockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."E)"_s
           uR"(xemplaires" + excluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant";)"_s
           uR"( INSERT INTO "StockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") S)"_s
           uR"(ELECT d."Jour", COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), -1, -l."Quantite", -(l."Quantite)"_s
           uR"(" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WH)"_s
           uR"(ERE l."ID" = NEW."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE S)"_s
           uR"(ET "Livres" = "StockVenduEditions"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduEditions)"_s
           uR"("."Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduEditions"."Montant" + excluded."Mon)"_s
           uR"(tant"; DELETE FROM "DernieresVentes" WHERE "LivreId" = NEW."LivreId"; INSERT INTO "DernieresVentes" )"_s
           uR"(("LivreId", "Jour") SELECT "LivreId", date_trunc('day', MAX("Date") AT TIME ZONE 'UTC') AT TIME ZONE)"_s
           uR"( 'UTC' FROM "MouvementsStock" WHERE "LivreId" = NEW."LivreId" AND "Type" = 'vente' GROUP BY "LivreId)"_s
           uR"("; INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Livres", "Exemplaires", "Montant") SELECT d."Jo)"_s
           uR"(ur", COALESCE(l."Genre", ''), 1, l."Quantite", (l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" )"_s
           uR"(AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = NEW."LivreId" AND l."Quantit)"_s
           uR"(e" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "StockVenduGenres"."Livres" + excluded)"_s
           uR"(."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + excluded."Exemplaires", "Montant" = "S)"_s
           uR"(tockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "StockVenduEditions" ("Jour", "Genre", )"_s
           uR"("Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), COALESCE(l.)"_s
           uR"("Edition", ''), 1, l."Quantite", (l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "Der)"_s
           uR"(nieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = NEW."LivreId" AND l."Quantite" > 0 ON CONF)"_s
           uR"(LICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEditions"."Livres" + excluded.)"_s
           uR"("Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = ")"_s
           uR"(StockVenduEditions"."Montant" + excluded."Montant"; END IF; END IF; IF TG_OP = 'DELETE' AND OLD."Typ)"_s
           uR"(e" = 'vente' THEN PERFORM 1 FROM "Livres" WHERE "ID" = OLD."LivreId" FOR NO KEY UPDATE; IF EXISTS (S)"_s
           uR"(ELECT 1 FROM "DernieresVentes" WHERE "LivreId" = OLD."LivreId" AND "Jour" = date_trunc('day', OLD."D)"_s
           uR"(ate" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') THEN INSERT INTO "StockVenduGenres" ("Jour", "Genre", ")"_s
           uR"(Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), -1, -l."Quantite", -(l.)"_s
           uR"("Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = )"_s
           uR"(l."ID" WHERE l."ID" = OLD."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET)"_s
           uR"( "Livres" = "StockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Exe)"_s
           uR"(mplaires" + excluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant"; I)"_s
           uR"(NSERT INTO "StockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") SEL)"_s
           uR"(ECT d."Jour", COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), -1, -l."Quantite", -(l."Quantite" )"_s
           uR"(* COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHER)"_s
           uR"(E l."ID" = OLD."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET)"_s
           uR"( "Livres" = "StockVenduEditions"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduEditions".)"_s
           uR"("Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduEditions"."Montant" + excluded."Monta)"_s
           uR"(nt"; DELETE FROM "DernieresVentes" WHERE "LivreId" = OLD."LivreId"; INSERT INTO "DernieresVentes" (")"_s
           uR"(LivreId", "Jour") SELECT "LivreId", date_trunc('day', MAX("Date") AT TIME ZONE 'UTC') AT TIME ZONE ')"_s
           uR"(UTC' FROM "MouvementsStock" WHERE "LivreId" = OLD."LivreId" AND "Type" = 'vente' GROUP BY "LivreId";)"_s
           uR"( INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Livres", "Exemplaires", "Montant") SELECT d."Jour)"_s
           uR"(", COALESCE(l."Genre", ''), 1, l."Quantite", (l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS)"_s
           uR"( l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Quantite")"_s
           uR"( > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "StockVenduGenres"."Livres" + excluded.")"_s
           uR"(Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + excluded."Exemplaires", "Montant" = "Sto)"_s
           uR"(ckVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "StockVenduEditions" ("Jour", "Genre", "E)"_s
           uR"(dition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), COALESCE(l."E)"_s
           uR"(dition", ''), 1, l."Quantite", (l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "Derni)"_s
           uR"(eresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Quantite" > 0 ON CONFLI)"_s
           uR"(CT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEditions"."Livres" + excluded."L)"_s
           uR"(ivres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "St)"_s
           uR"(ockVenduEditions"."Montant" + excluded."Montant"; END IF; END IF; IF TG_OP = 'UPDATE' AND (OLD."Type)"_s
           uR"(" = 'vente' OR NEW."Type" = 'vente') THEN PERFORM 1 FROM "Livres" WHERE "ID" = OLD."LivreId" FOR NO )"_s
           uR"(KEY UPDATE; INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Livres", "Exemplaires", "Montant") SEL)"_s
           uR"(ECT d."Jour", COALESCE(l."Genre", ''), -1, -l."Quantite", -(l."Quantite" * COALESCE(l."Prix", 0)) FR)"_s
           uR"(OM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AN)"_s
           uR"(D l."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "StockVenduGenres"."Livres)"_s
           uR"(" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + excluded."Exemplaires", "M)"_s
           uR"(ontant" = "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "StockVenduEditions" ("Jour)"_s
           uR"(", "Genre", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''),)"_s
           uR"( COALESCE(l."Edition", ''), -1, -l."Quantite", -(l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres")"_s
           uR"( AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Quanti)"_s
           uR"(te" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEditions"."Livr)"_s
           uR"(es" + excluded."Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded."Exemplaires")"_s
           uR"(, "Montant" = "StockVenduEditions"."Montant" + excluded."Montant"; DELETE FROM "DernieresVentes" WHE)"_s
           uR"(RE "LivreId" = OLD."LivreId"; INSERT INTO "DernieresVentes" ("LivreId", "Jour") SELECT "LivreId", da)"_s
           uR"(te_trunc('day', MAX("Date") AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' FROM "MouvementsStock" WHERE "Liv)"_s
           uR"(reId" = OLD."LivreId" AND "Type" = 'vente' GROUP BY "LivreId"; INSERT INTO "StockVenduGenres" ("Jour)"_s
           uR"(", "Genre", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), 1, l."Quan)"_s
           uR"(tite", (l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."L)"_s
           uR"(ivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO )"_s
           uR"(UPDATE SET "Livres" = "StockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGe)"_s
           uR"(nres"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."M)"_s
           uR"(ontant"; INSERT INTO "StockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Mon)"_s
           uR"(tant") SELECT d."Jour", COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), 1, l."Quantite", (l."Qua)"_s
           uR"(ntite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."I)"_s
           uR"(D" WHERE l."ID" = OLD."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPD)"_s
           uR"(ATE SET "Livres" = "StockVenduEditions"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduEdi)"_s
           uR"(tions"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduEditions"."Montant" + excluded)"_s
           uR"(."Montant"; IF NEW."LivreId" <> OLD."LivreId" THEN PERFORM 1 FROM "Livres" WHERE "ID" = NEW."LivreId)"_s
           uR"(" FOR NO KEY UPDATE; INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Livres", "Exemplaires", "Mont)"_s
           uR"(ant") SELECT d."Jour", COALESCE(l."Genre", ''), -1, -l."Quantite", -(l."Quantite" * COALESCE(l."Prix)"_s
           uR"(", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = NEW."Li)"_s
           uR"(vreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "StockVenduGenres)"_s
           uR"("."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + excluded."Exempla)"_s
           uR"(ires", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "StockVenduEdition)"_s
           uR"(s" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Gen)"_s
           uR"(re", ''), COALESCE(l."Edition", ''), -1, -l."Quantite", -(l."Quantite" * COALESCE(l."Prix", 0)) FROM)"_s
           uR"( "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreId" = l."ID" WHERE l."ID" = NEW."LivreId" AND )"_s
           uR"(l."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEditio)"_s
           uR"(ns"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded."Exe)"_s
           uR"(mplaires", "Montant" = "StockVenduEditions"."Montant" + excluded."Montant"; DELETE FROM "DernieresVe)"_s
           uR"(ntes" WHERE "LivreId" = NEW."LivreId"; INSERT INTO "DernieresVentes" ("LivreId", "Jour") SELECT "Liv)"_s
           uR"(reId", date_trunc('day', MAX("Date") AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' FROM "MouvementsStock" W)"_s
           uR"(HERE "LivreId" = NEW."LivreId" AND "Type" = 'vente' GROUP BY "LivreId"; INSERT INTO "StockVenduGenre)"_s
           uR"(s" ("Jour", "Genre", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), 1)"_s
           uR"(, l."Quantite", (l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS )"_s
           uR"(d ON d."LivreId" = l."ID" WHERE l."ID" = NEW."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Ge)"_s
           uR"(nre") DO UPDATE SET "Livres" = "StockVenduGenres"."Livres" + excluded."Livres", "Exemplaires" = "Sto)"_s
           uR"(ckVenduGenres"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduGenres"."Montant" + ex)"_s
           uR"(cluded."Montant"; INSERT INTO "StockVenduEditions" ("Jour", "Genre", "Edition", "Livres", "Exemplair)"_s
           uR"(es", "Montant") SELECT d."Jour", COALESCE(l."Genre", ''), COALESCE(l."Edition", ''), 1, l."Quantite")"_s
           uR"(, (l."Quantite" * COALESCE(l."Prix", 0)) FROM "Livres" AS l JOIN "DernieresVentes" AS d ON d."LivreI)"_s
           uR"(d" = l."ID" WHERE l."ID" = NEW."LivreId" AND l."Quantite" > 0 ON CONFLICT ("Jour", "Genre", "Edition)"_s
           uR"(") DO UPDATE SET "Livres" = "StockVenduEditions"."Livres" + excluded."Livres", "Exemplaires" = "Stoc)"_s
           uR"(kVenduEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduEditions"."Montant" +)"_s
           uR"( excluded."Montant"; END IF; END IF; RETURN NULL; END $stock$)"_s,
           uR"(CREATE TRIGGER "stock_vendu_mouvements" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", "Date", "Type)"_s
           uR"(" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION "stock_vendu_mouvements"())"_s,
           uR"(CREATE FUNCTION "stock_vendu_vides"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_p)"_s
           uR"(ath FROM CURRENT AS $stock$ BEGIN TRUNCATE "DernieresVentes", "StockVenduGenres", "StockVenduEdition)"_s
           uR"(s"; RETURN NULL; END $stock$)"_s,
           uR"(CREATE TRIGGER "stock_vendu_vides" AFTER TRUNCATE ON "MouvementsStock" FOR EACH STATEMENT EXECUTE FU)"_s
           uR"(NCTION "stock_vendu_vides"())"_s,
           uR"(CREATE FUNCTION "stock_vendu_livres"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_)"_s
           uR"(path FROM CURRENT AS $stock$ BEGIN IF TG_OP = 'DELETE' THEN INSERT INTO "StockVenduGenres" ("Jour", )"_s
           uR"("Genre", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(OLD."Genre", ''), -1, -OLD."Q)"_s
           uR"(uantite", -(OLD."Quantite" * COALESCE(OLD."Prix", 0)) FROM "DernieresVentes" AS d WHERE d."LivreId" )"_s
           uR"(= OLD."ID" AND OLD."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "StockVendu)"_s
           uR"(Genres"."Livres" + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + excluded."E)"_s
           uR"(xemplaires", "Montant" = "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "StockVenduE)"_s
           uR"(ditions" ("Jour", "Genre", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE()"_s
           uR"(OLD."Genre", ''), COALESCE(OLD."Edition", ''), -1, -OLD."Quantite", -(OLD."Quantite" * COALESCE(OLD.)"_s
           uR"("Prix", 0)) FROM "DernieresVentes" AS d WHERE d."LivreId" = OLD."ID" AND OLD."Quantite" > 0 ON CONFL)"_s
           uR"(ICT ("Jour", "Genre", "Edition") DO UPDATE SET "Livres" = "StockVenduEditions"."Livres" + excluded.")"_s
           uR"(Livres", "Exemplaires" = "StockVenduEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "S)"_s
           uR"(tockVenduEditions"."Montant" + excluded."Montant"; DELETE FROM "DernieresVentes" WHERE "LivreId" = O)"_s
           uR"(LD."ID"; ELSIF NEW."ID" IS DISTINCT FROM OLD."ID" OR NEW."Quantite" IS DISTINCT FROM OLD."Quantite" )"_s
           uR"(OR NEW."Prix" IS DISTINCT FROM OLD."Prix" OR NEW."Genre" IS DISTINCT FROM OLD."Genre" OR NEW."Editio)"_s
           uR"(n" IS DISTINCT FROM OLD."Edition" THEN INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Livres", "E)"_s
           uR"(xemplaires", "Montant") SELECT d."Jour", COALESCE(OLD."Genre", ''), -1, -OLD."Quantite", -(OLD."Quan)"_s
           uR"(tite" * COALESCE(OLD."Prix", 0)) FROM "DernieresVentes" AS d WHERE d."LivreId" = OLD."ID" AND OLD."Q)"_s
           uR"(uantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "StockVenduGenres"."Livres" + ex)"_s
           uR"(cluded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + excluded."Exemplaires", "Montant)"_s
           uR"(" = "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "StockVenduEditions" ("Jour", "Ge)"_s
           uR"(nre", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(OLD."Genre", ''), COA)"_s
           uR"(LESCE(OLD."Edition", ''), -1, -OLD."Quantite", -(OLD."Quantite" * COALESCE(OLD."Prix", 0)) FROM "Der)"_s
           uR"(nieresVentes" AS d WHERE d."LivreId" = OLD."ID" AND OLD."Quantite" > 0 ON CONFLICT ("Jour", "Genre",)"_s
           uR"( "Edition") DO UPDATE SET "Livres" = "StockVenduEditions"."Livres" + excluded."Livres", "Exemplaires)"_s
           uR"(" = "StockVenduEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduEditions"."M)"_s
           uR"(ontant" + excluded."Montant"; UPDATE "DernieresVentes" SET "LivreId" = NEW."ID" WHERE "LivreId" = OL)"_s
           uR"(D."ID" AND NEW."ID" IS DISTINCT FROM OLD."ID"; INSERT INTO "StockVenduGenres" ("Jour", "Genre", "Liv)"_s
           uR"(res", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(NEW."Genre", ''), 1, NEW."Quantite", (NEW.)"_s
           uR"("Quantite" * COALESCE(NEW."Prix", 0)) FROM "DernieresVentes" AS d WHERE d."LivreId" = NEW."ID" AND N)"_s
           uR"(EW."Quantite" > 0 ON CONFLICT ("Jour", "Genre") DO UPDATE SET "Livres" = "StockVenduGenres"."Livres")"_s
           uR"( + excluded."Livres", "Exemplaires" = "StockVenduGenres"."Exemplaires" + excluded."Exemplaires", "Mo)"_s
           uR"(ntant" = "StockVenduGenres"."Montant" + excluded."Montant"; INSERT INTO "StockVenduEditions" ("Jour")"_s
           uR"(, "Genre", "Edition", "Livres", "Exemplaires", "Montant") SELECT d."Jour", COALESCE(NEW."Genre", ''))"_s
           uR"(, COALESCE(NEW."Edition", ''), 1, NEW."Quantite", (NEW."Quantite" * COALESCE(NEW."Prix", 0)) FROM "D)"_s
           uR"(ernieresVentes" AS d WHERE d."LivreId" = NEW."ID" AND NEW."Quantite" > 0 ON CONFLICT ("Jour", "Genre)"_s
           uR"(", "Edition") DO UPDATE SET "Livres" = "StockVenduEditions"."Livres" + excluded."Livres", "Exemplair)"_s
           uR"(es" = "StockVenduEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockVenduEditions".)"_s
           uR"("Montant" + excluded."Montant"; END IF; RETURN NULL; END $stock$)"_s,
           uR"(CREATE TRIGGER "stock_vendu_livres" AFTER DELETE OR UPDATE OF "ID", "Quantite", "Prix", "Genre", "Ed)"_s
           uR"(ition" ON "Livres" FOR EACH ROW EXECUTE FUNCTION "stock_vendu_livres"())"_s}}},
        {u"20240410000000-best-sellers-bounds-by-genre"_s,
         {{uR"(CREATE TABLE "VentesAuteursGenres" ("Annee" INTEGER NOT NULL, "Genre" VARCHAR(255) NOT NULL, "Nom" V)"_s
           uR"(ARCHAR(255) NOT NULL, "Exemplaires" BIGINT NOT NULL, PRIMARY KEY ("Annee", "Genre", "Nom")) WITHOUT )"_s
           uR"(ROWID)"_s,
           uR"(CREATE INDEX "ventes_auteurs_genres_exemplaires" ON "VentesAuteursGenres" ("Annee", "Genre", "Exempl)"_s
           uR"(aires", "Nom"))"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_insert" AFTER INSERT ON "MouvementsStock" WHEN NEW."Type" IN (')"_s
           uR"(vente', 'retour') AND NEW."Quantite" < 0 BEGIN INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", )"_s
           uR"("Nom", "Exemplaires") SELECT CAST(substr(NEW."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), a.")"_s
           uR"(Nom", -NEW."Quantite" FROM "Livres" AS l JOIN "LivresAuteurs" AS c ON c."LivreId" = l."ID" JOIN "Aut)"_s
           uR"(eurs" AS a ON a."id" = c."AuteurId" WHERE l."ID" = NEW."LivreId" AND c."Role" = 'auteur' ON CONFLICT)"_s
           uR"( ("Annee", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + exclu)"_s
           uR"(ded."Exemplaires"; INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT)"_s
           uR"( CAST(substr(NEW."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -NEW."Quantite" FRO)"_s
           uR"(M "Livres" AS l WHERE l."ID" = NEW."LivreId" AND l."Auteur" <> '' AND NOT EXISTS (SELECT 1 FROM "Liv)"_s
           uR"(resAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') ON CONFLICT ("Annee", "Genre", )"_s
           uR"("Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; E)"_s
           uR"(ND)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_update" AFTER UPDATE OF "LivreId", "Date", "Quantite", "Type" O)"_s
           uR"(N "MouvementsStock" WHEN NEW."Type" IN ('vente', 'retour') AND NEW."Quantite" < 0 BEGIN INSERT INTO )"_s
           uR"("VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT CAST(substr(NEW."Date", 1, 4) )"_s
           uR"(AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -NEW."Quantite" FROM "Livres" AS l JOIN "LivresAuteur)"_s
           uR"(s" AS c ON c."LivreId" = l."ID" JOIN "Auteurs" AS a ON a."id" = c."AuteurId" WHERE l."ID" = NEW."Liv)"_s
           uR"(reId" AND c."Role" = 'auteur' ON CONFLICT ("Annee", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "V)"_s
           uR"(entesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAuteursGenres" ("Anne)"_s
           uR"(e", "Genre", "Nom", "Exemplaires") SELECT CAST(substr(NEW."Date", 1, 4) AS INTEGER), COALESCE(l."Gen)"_s
           uR"(re", ''), l."Auteur", -NEW."Quantite" FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" AND l."Auteur")"_s
           uR"( <> '' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = )"_s
           uR"('auteur') ON CONFLICT ("Annee", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres".)"_s
           uR"("Exemplaires" + excluded."Exemplaires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_contribution_insert" AFTER INSERT ON "LivresAuteurs" WHEN NEW.")"_s
           uR"(Role" = 'auteur' AND EXISTS (SELECT 1 FROM "VentesLivres" WHERE "LivreId" = NEW."LivreId") BEGIN INS)"_s
           uR"(ERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT CAST(substr(m."Date",)"_s
           uR"( 1, 4) AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quantite") FROM "LivresAuteurs" AS c J)"_s
           uR"(OIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "Livres" AS l ON l."ID" = c."LivreId" JOIN "Mouveme)"_s
           uR"(ntsStock" AS m ON m."LivreId" = c."LivreId" WHERE c."LivreId" = NEW."LivreId" AND c."AuteurId" = NEW)"_s
           uR"(."AuteurId" AND c."Role" = 'auteur' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 GROUP B)"_s
           uR"(Y CAST(substr(m."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), a."Nom" ON CONFLICT ("Annee", "G)"_s
           uR"(enre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + excluded."Exemplai)"_s
           uR"(res"; END)"_s,
           uR"(DROP TRIGGER "ventes_bornes_contribution_insert")"_s,
           uR"(CREATE TRIGGER "ventes_bornes_contribution_insert" AFTER INSERT ON "LivresAuteurs" WHEN NEW."Role" =)"_s
           uR"( 'auteur' AND EXISTS (SELECT 1 FROM "VentesLivres" WHERE "LivreId" = NEW."LivreId") BEGIN INSERT INT)"_s
           uR"(O "VentesAuteurs" ("Annee", "Nom", "Exemplaires") SELECT CAST(substr(m."Date", 1, 4) AS INTEGER), a.)"_s
           uR"("Nom", -SUM(m."Quantite") FROM "Auteurs" AS a JOIN "MouvementsStock" AS m ON m."LivreId" = NEW."Livr)"_s
           uR"(eId" WHERE a."id" = NEW."AuteurId" AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 GROUP BY)"_s
           uR"( CAST(substr(m."Date", 1, 4) AS INTEGER), a."Nom" ON CONFLICT ("Annee", "Nom") DO UPDATE SET "Exempl)"_s
           uR"(aires" = "VentesAuteurs"."Exemplaires" + excluded."Exemplaires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_contribution_update" AFTER UPDATE OF "LivreId", "AuteurId", "Ro)"_s
           uR"(le" ON "LivresAuteurs" BEGIN INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaire)"_s
           uR"(s") SELECT CAST(substr(m."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quanti)"_s
           uR"(te") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "Livres" AS l ON l.)"_s
           uR"("ID" = c."LivreId" JOIN "MouvementsStock" AS m ON m."LivreId" = c."LivreId" WHERE c."LivreId" = NEW.)"_s
           uR"("LivreId" AND c."AuteurId" = NEW."AuteurId" AND NEW."Role" = 'auteur' AND c."Role" = 'auteur' AND m.)"_s
           uR"("Type" IN ('vente', 'retour') AND m."Quantite" < 0 GROUP BY CAST(substr(m."Date", 1, 4) AS INTEGER),)"_s
           uR"( COALESCE(l."Genre", ''), a."Nom" ON CONFLICT ("Annee", "Genre", "Nom") DO UPDATE SET "Exemplaires" )"_s
           uR"(= "VentesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAuteursGenres" (")"_s
           uR"(Annee", "Genre", "Nom", "Exemplaires") SELECT CAST(substr(m."Date", 1, 4) AS INTEGER), COALESCE(l."G)"_s
           uR"(enre", ''), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."Livr)"_s
           uR"(eId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') )"_s
           uR"(AND m."Quantite" < 0 AND OLD."Role" = 'auteur' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WH)"_s
           uR"(ERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr(m."Date", 1, 4) AS INTEGER), )"_s
           uR"(COALESCE(l."Genre", ''), l."Auteur" ON CONFLICT ("Annee", "Genre", "Nom") DO UPDATE SET "Exemplaires)"_s
           uR"(" = "VentesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_contribution_delete" AFTER DELETE ON "LivresAuteurs" WHEN OLD.")"_s
           uR"(Role" = 'auteur' BEGIN INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SE)"_s
           uR"(LECT CAST(substr(m."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -SUM(m."Quantite")"_s
           uR"() FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId)"_s
           uR"(" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 AND NOT EXISTS (SELE)"_s
           uR"(CT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(sub)"_s
           uR"(str(m."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), l."Auteur" ON CONFLICT ("Annee", "Genre", )"_s
           uR"("Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; E)"_s
           uR"(ND)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_auteur" AFTER UPDATE OF "Nom" ON "Auteurs" WHEN NEW."Nom" IS NO)"_s
           uR"(T OLD."Nom" BEGIN INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT )"_s
           uR"(CAST(substr(m."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quantite") FROM ")"_s
           uR"(LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "Livres" AS l ON l."ID" = c."L)"_s
           uR"(ivreId" JOIN "MouvementsStock" AS m ON m."LivreId" = c."LivreId" WHERE c."AuteurId" = NEW."id" AND c)"_s
           uR"(."Role" = 'auteur' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 GROUP BY CAST(substr(m.")"_s
           uR"(Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), a."Nom" ON CONFLICT ("Annee", "Genre", "Nom") DO )"_s
           uR"(UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_livre" AFTER UPDATE OF "Auteur" ON "Livres" WHEN NEW."Auteur" I)"_s
           uR"(S NOT OLD."Auteur" BEGIN INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") )"_s
           uR"(SELECT CAST(substr(m."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -SUM(m."Quantit)"_s
           uR"(e") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE l."ID" = NEW."ID" A)"_s
           uR"(ND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 AND NOT EXISTS (SELECT )"_s
           uR"(1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr)"_s
           uR"((m."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), l."Auteur" ON CONFLICT ("Annee", "Genre", "No)"_s
           uR"(m") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; END)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_livre_genre" AFTER UPDATE OF "Genre" ON "Livres" WHEN NEW."Genr)"_s
           uR"(e" IS NOT OLD."Genre" BEGIN INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires)"_s
           uR"(") SELECT CAST(substr(m."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quantit)"_s
           uR"(e") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "Livres" AS l ON l.")"_s
           uR"(ID" = c."LivreId" JOIN "MouvementsStock" AS m ON m."LivreId" = c."LivreId" WHERE c."LivreId" = NEW.")"_s
           uR"(ID" AND c."Role" = 'auteur' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 GROUP BY CAST(s)"_s
           uR"(ubstr(m."Date", 1, 4) AS INTEGER), COALESCE(l."Genre", ''), a."Nom" ON CONFLICT ("Annee", "Genre", ")"_s
           uR"(Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; IN)"_s
           uR"(SERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT CAST(substr(m."Date")"_s
           uR"(, 1, 4) AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN)"_s
           uR"( "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE l."ID" = NEW."ID" AND l."Auteur" <> '' AND m.")"_s
           uR"(Type" IN ('vente', 'retour') AND m."Quantite" < 0 AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c)"_s
           uR"( WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr(m."Date", 1, 4) AS INTEGER)"_s
           uR"(), COALESCE(l."Genre", ''), l."Auteur" ON CONFLICT ("Annee", "Genre", "Nom") DO UPDATE SET "Exemplai)"_s
           uR"(res" = "VentesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; END)"_s},
          {uR"(CREATE TABLE "VentesAuteursGenres" ("Annee" INTEGER NOT NULL, "Genre" VARCHAR(255) NOT NULL, "Nom" V)"_s
           uR"(ARCHAR(255) NOT NULL, "Exemplaires" BIGINT NOT NULL, PRIMARY KEY ("Annee", "Genre", "Nom")))"_s,
           uR"(CREATE INDEX "ventes_auteurs_genres_exemplaires" ON "VentesAuteursGenres" ("Annee", "Genre", "Exempl)"_s
           uR"(aires", "Nom"))"_s,
           uR"(CREATE FUNCTION "ventes_bornes_genres_mouvements"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINE)"_s
           uR"(R SET search_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Type" IN ('vente', 'retour') AND NEW."Quant)"_s
           uR"(ite" < 0 THEN INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT CAST)"_s
           uR"((EXTRACT(YEAR FROM NEW."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -NE)"_s
           uR"(W."Quantite" FROM "Livres" AS l JOIN "LivresAuteurs" AS c ON c."LivreId" = l."ID" JOIN "Auteurs" AS )"_s
           uR"(a ON a."id" = c."AuteurId" WHERE l."ID" = NEW."LivreId" AND c."Role" = 'auteur' ON CONFLICT ("Annee")"_s
           uR"(, "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + excluded."Exem)"_s
           uR"(plaires"; INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT CAST(EXT)"_s
           uR"(RACT(YEAR FROM NEW."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -NEW)"_s
           uR"(."Quantite" FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" AND l."Auteur" <> '' AND NOT EXISTS (SEL)"_s
           uR"(ECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') ON CONFLICT ("An)"_s
           uR"(nee", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + excluded.")"_s
           uR"(Exemplaires"; END IF; RETURN NULL; END $bornes$)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_mouvements" AFTER INSERT OR UPDATE OF "LivreId", "Date", "Quant)"_s
           uR"(ite", "Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION "ventes_bornes_genres_mouvements"())"_s,
           uR"(CREATE FUNCTION "ventes_bornes_genres_vides"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET)"_s
           uR"( search_path FROM CURRENT AS $bornes$ BEGIN TRUNCATE "VentesAuteursGenres"; RETURN NULL; END $bornes)"_s
           uR"($)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_vides" AFTER TRUNCATE ON "MouvementsStock" FOR EACH STATEMENT E)"_s
           uR"(XECUTE FUNCTION "ventes_bornes_genres_vides"())"_s,
           uR"(CREATE FUNCTION "ventes_bornes_genres_contributions"() RETURNS trigger LANGUAGE plpgsql SECURITY DEF)"_s
           uR"(INER SET search_path FROM CURRENT AS $bornes$ BEGIN IF TG_OP IN ('INSERT', 'UPDATE') THEN INSERT INT)"_s
           uR"(O "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."Da)"_s
           uR"(te" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quantite") FROM "Livr)"_s
           uR"(esAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "Livres" AS l ON l."ID" = c."Livre)"_s
           uR"(Id" JOIN "MouvementsStock" AS m ON m."LivreId" = c."LivreId" WHERE c."LivreId" = NEW."LivreId" AND c)"_s
           uR"(."AuteurId" = NEW."AuteurId" AND NEW."Role" = 'auteur' AND c."Role" = 'auteur' AND m."Type" IN ('ven)"_s
           uR"(te', 'retour') AND m."Quantite" < 0 GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') AS )"_s
           uR"(INTEGER), COALESCE(l."Genre", ''), a."Nom" ON CONFLICT ("Annee", "Genre", "Nom") DO UPDATE SET "Exem)"_s
           uR"(plaires" = "VentesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; END IF; IF TG_OP IN ('DELET)"_s
           uR"(E', 'UPDATE') THEN INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT)"_s
           uR"( CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), l."Auteur)"_s
           uR"(", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE l)"_s
           uR"(."ID" = OLD."LivreId" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 )"_s
           uR"(AND OLD."Role" = 'auteur' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l.")"_s
           uR"(ID" AND c."Role" = 'auteur') GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER)"_s
           uR"(), COALESCE(l."Genre", ''), l."Auteur" ON CONFLICT ("Annee", "Genre", "Nom") DO UPDATE SET "Exemplai)"_s
           uR"(res" = "VentesAuteursGenres"."Exemplaires" + excluded."Exemplaires"; END IF; RETURN NULL; END $borne)"_s
           uR"(s$)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_contributions" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", ")"_s
           uR"(AuteurId", "Role" ON "LivresAuteurs" FOR EACH ROW EXECUTE FUNCTION "ventes_bornes_genres_contributio)"_s
           uR"(ns"())"_s,
           uR"(CREATE FUNCTION "ventes_bornes_genres_auteurs"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER S)"_s
           uR"(ET search_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Nom" IS DISTINCT FROM OLD."Nom" THEN INSERT IN)"_s
           uR"(TO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."D)"_s
           uR"(ate" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quantite") FROM "Liv)"_s
           uR"(resAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "Livres" AS l ON l."ID" = c."Livr)"_s
           uR"(eId" JOIN "MouvementsStock" AS m ON m."LivreId" = c."LivreId" WHERE c."AuteurId" = NEW."id" AND c."R)"_s
           uR"(ole" = 'auteur' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 GROUP BY CAST(EXTRACT(YEAR )"_s
           uR"(FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), a."Nom" ON CONFLICT ("Annee")"_s
           uR"(, "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + excluded."Exem)"_s
           uR"(plaires"; END IF; RETURN NULL; END $bornes$)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_auteurs" AFTER UPDATE OF "Nom" ON "Auteurs" FOR EACH ROW EXECUT)"_s
           uR"(E FUNCTION "ventes_bornes_genres_auteurs"())"_s,
           uR"(CREATE FUNCTION "ventes_bornes_genres_livres"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SE)"_s
           uR"(T search_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Genre" IS DISTINCT FROM OLD."Genre" THEN INSERT)"_s
           uR"( INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m)"_s
           uR"(."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quantite") FROM ")"_s
           uR"(LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "Livres" AS l ON l."ID" = c."L)"_s
           uR"(ivreId" JOIN "MouvementsStock" AS m ON m."LivreId" = c."LivreId" WHERE c."LivreId" = NEW."ID" AND c.)"_s
           uR"("Role" = 'auteur' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 GROUP BY CAST(EXTRACT(YEA)"_s
           uR"(R FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), a."Nom" ON CONFLICT ("Anne)"_s
           uR"(e", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemplaires" + excluded."Ex)"_s
           uR"(emplaires"; END IF; IF NEW."Genre" IS DISTINCT FROM OLD."Genre" OR NEW."Auteur" IS DISTINCT FROM OLD)"_s
           uR"(."Auteur" THEN INSERT INTO "VentesAuteursGenres" ("Annee", "Genre", "Nom", "Exemplaires") SELECT CAS)"_s
           uR"(T(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -)"_s
           uR"(SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE l."ID)"_s
           uR"(" = NEW."ID" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 AND NOT E)"_s
           uR"(XISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP )"_s
           uR"(BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), l."Aute)"_s
           uR"(ur" ON CONFLICT ("Annee", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenres"."Exemp)"_s
           uR"(laires" + excluded."Exemplaires"; END IF; RETURN NULL; END $bornes$)"_s,
           uR"(CREATE TRIGGER "ventes_bornes_genres_livres" AFTER UPDATE OF "Auteur", "Genre" ON "Livres" FOR EACH )"_s
           uR"(ROW EXECUTE FUNCTION "ventes_bornes_genres_livres"())"_s}}},
        {u"20240411000000-index-statistics-genre"_s,
         {{uR"(CREATE INDEX "livres_genre_annee" ON "Livres" ("Genre", "Annee"))"_s,
           uR"(CREATE INDEX "livres_genre_valeur_stock" ON "Livres" ("Genre", ("Quantite" * "Prix") DESC))"_s},
          {uR"(CREATE INDEX "livres_genre_annee" ON "Livres" ("Genre", "Annee"))"_s,
           uR"(CREATE INDEX "livres_genre_valeur_stock" ON "Livres" ("Genre", ("Quantite" * "Prix") DESC NULLS LAST)"_s
           uR"(, "ID"))"_s}}},
};

} // namespace

// The Migrator on both dialects: status, up and down as sequelize-cli, SequelizeMeta shared with it, atomic
// migrations, concurrent migrators, backups, and the catalogue's own migrations on a seed file full of books.
class TestMigrator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;

    Database &db() { return m_db->database(); }
    bool isSqlite() { return db().dialect().kind() == Dialect::Kind::Sqlite; }
    Migrator migrator(const QList<Migration> &extra = {}) { return Migrator(db(), shelfMigrations() + extra); }

    bool hasTable(const QString &table)
    {
        auto tables = db().tables();
        return tables && tables->contains(table);
    }

    QStringList filesBeside()
    {
        if (!isSqlite())
            return {};
        const QFileInfo file(db().filePath());
        return file.dir().entryList(QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init() { TEST_OPEN_DATABASE(m_db); }

    void cleanup() { m_db.reset(); }

    void statusListsPendingAndExecuted()
    {
        auto states = migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 3);
        QCOMPARE(states->at(0).name, createShelves);
        QCOMPARE(states->at(1).name, addLabel);
        QCOMPARE(states->at(2).name, indexLabel);
        for (const MigrationState &s : std::as_const(*states)) {
            QVERIFY(!s.executed);
            QVERIFY(s.executedAt.isNull());
        }

        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto report = migrator().up(addLabel, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);
        QCOMPARE(report->executed, (QStringList{createShelves, addLabel}));

        states = migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 3);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(states->at(i).executed);
            QVERIFY2(states->at(i).executedAt.isValid() && states->at(i).executedAt >= start
                             && states->at(i).executedAt <= end,
                     qPrintable(states->at(i).executedAt.toString(Qt::ISODateWithMs)));
        }
        QVERIFY(states->at(0).executedAt <= states->at(1).executedAt);
        QVERIFY(!states->at(2).executed);
        QVERIFY(states->at(2).executedAt.isNull());
    }

    void upRunsAllInNameOrder()
    {
        auto report = migrator().up({}, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->executed, (QStringList{createShelves, addLabel, indexLabel}));
        Schema schema(db());
        auto columns = db().columns(u"Shelves"_s);
        QVERIFY(columns);
        QCOMPARE(*columns, (QStringList{u"id"_s, u"name"_s, u"label"_s}));
        auto indexes = schema.showIndex(u"Shelves"_s);
        QVERIFY(indexes);
        QVERIFY(std::any_of(indexes->begin(), indexes->end(), [](const IndexInfo &i) {
            return i.name == u"shelves_label" && i.fields == QStringList{u"label"_s};
        }));
        auto recorded = db().query(u"SELECT \"name\" FROM \"SequelizeMeta\" ORDER BY \"name\""_s);
        QVERIFY(recorded);
        QCOMPARE(recorded->rows.size(), 3);
        QCOMPARE(recorded->rows.at(2).value(0).toString(), indexLabel + u".js"_s); // its file name, as sequelize-cli

        auto again = migrator().up({}, Backup::Skip);
        QVERIFY2(again, Test::why(again));
        QVERIFY(again->executed.isEmpty());
    }

    void upToStopsAfterTheNamedOne()
    {
        auto report = migrator().up(createShelves, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->executed, QStringList{createShelves});
        QVERIFY(hasTable(u"Shelves"_s));
        auto columns = db().columns(u"Shelves"_s);
        QVERIFY(columns);
        QVERIFY(!columns->contains(u"label"_s));

        auto unknown = migrator().up(u"20990101000000-nope"_s, Backup::Skip);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message().contains(u"20990101000000-nope"_s));
        auto states = migrator().status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, addLabel), u"pending"_s);

        report = migrator().up(indexLabel, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->executed, (QStringList{addLabel, indexLabel}));
    }

    void downUndoesTheLastOrDownToTheNamedOne()
    {
        QVERIFY(migrator().up({}, Backup::Skip));
        auto last = migrator().down({}, Backup::Skip);
        QVERIFY2(last, Test::why(last));
        QCOMPARE(last->executed, QStringList{indexLabel});
        auto indexes = Schema(db()).showIndex(u"Shelves"_s);
        QVERIFY(indexes);
        QVERIFY(std::none_of(indexes->begin(), indexes->end(),
                             [](const IndexInfo &i) { return i.name == u"shelves_label"; }));
        auto states = migrator().status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, addLabel), u"executed"_s);
        QCOMPARE(stateText(*states, indexLabel), u"pending"_s);

        auto notExecuted = migrator().down(indexLabel, Backup::Skip);
        QVERIFY(!notExecuted);

        auto through = migrator().down(createShelves, Backup::Skip);
        QVERIFY2(through, Test::why(through));
        QCOMPARE(through->executed, (QStringList{addLabel, createShelves}));
        QVERIFY(!hasTable(u"Shelves"_s));
        states = migrator().status();
        QVERIFY(states);
        for (const MigrationState &s : std::as_const(*states))
            QVERIFY2(!s.executed, qPrintable(s.name));
        auto records = db().query(u"SELECT COUNT(*) FROM \"SequelizeMeta\""_s);
        QVERIFY(records);
        QCOMPARE(records->rows.value(0).value(0).toInt(), 0);

        auto nothing = migrator().down({}, Backup::Skip);
        QVERIFY2(nothing, Test::why(nothing));
        QVERIFY(nothing->executed.isEmpty());
    }

    void sequelizeMetaHasSequelizeCliShape()
    {
        QVERIFY(migrator().status());
        Schema schema(db());
        auto columns = schema.describeTable(u"SequelizeMeta"_s);
        QVERIFY2(columns, Test::why(columns));
        QCOMPARE(columns->size(), 1);
        QCOMPARE(columns->at(0).name, u"name"_s);
        QCOMPARE(columns->at(0).type, isSqlite() ? u"VARCHAR(255)"_s : u"character varying(255)"_s);
        QVERIFY(!columns->at(0).allowNull);
        QVERIFY(columns->at(0).primaryKey);
        auto indexes = schema.showIndex(u"SequelizeMeta"_s);
        QVERIFY(indexes);
        QVERIFY(std::any_of(indexes->begin(), indexes->end(),
                            [](const IndexInfo &i) { return i.unique && i.fields == QStringList{u"name"_s}; }));
        if (isSqlite()) {
            // As sequelize-cli creates it: CREATE TABLE IF NOT EXISTS `SequelizeMeta` (`name` VARCHAR(255) NOT NULL
            // UNIQUE PRIMARY KEY), which SQLite keeps without IF NOT EXISTS; either quote character reads the same.
            auto sql = db().query(u"SELECT sql FROM sqlite_master WHERE name = 'SequelizeMeta'"_s);
            QVERIFY(sql);
            QCOMPARE(sql->rows.value(0).value(0).toString().replace(u'`', u'"'),
                     u"CREATE TABLE \"SequelizeMeta\" (\"name\" VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY)"_s);
        } else {
            auto kinds = db().query(u"SELECT contype FROM pg_constraint WHERE conrelid = '\"SequelizeMeta\"'::regclass "
                                    u"ORDER BY contype"_s);
            QVERIFY(kinds);
            QStringList types;
            for (const QVariantList &k : std::as_const(kinds->rows))
                types << k.value(0).toString();
            // PostgreSQL folds a UNIQUE identical to the primary key into it, for sequelize-cli's DDL as well.
            QCOMPARE(types, QStringList{u"p"_s});
        }
    }

    void recordOfSequelizeCliIsUnderstood()
    {
        // A database migrated by sequelize-cli: its SequelizeMeta, with the first migration done and one this
        // program does not know.
        const QString ddl = isSqlite()
                ? u"CREATE TABLE IF NOT EXISTS `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY);"_s
                : u"CREATE TABLE IF NOT EXISTS \"SequelizeMeta\" (\"name\" VARCHAR(255) NOT NULL UNIQUE , PRIMARY KEY "
                  u"(\"name\"));"_s;
        QVERIFY(db().query(ddl));
        QVERIFY(db().query(u"INSERT INTO \"SequelizeMeta\" (\"name\") VALUES (?), (?)"_s,
                           {createShelves, u"20231231000000-from-node"_s}));
        QVERIFY(db().query(u"CREATE TABLE \"Shelves\" (\"id\" INTEGER PRIMARY KEY, \"name\" VARCHAR(100) NOT NULL)"_s));
        QVERIFY(db().query(u"INSERT INTO \"Shelves\" VALUES (1, 'from Node')"_s));

        auto states = migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 4);
        QCOMPARE(stateText(*states, createShelves), u"executed"_s);
        QVERIFY(stateOf(*states, createShelves).executedAt.isNull()); // sequelize-cli keeps no time
        QCOMPARE(stateText(*states, u"20231231000000-from-node"_s), u"executed"_s);
        QCOMPARE(stateText(*states, addLabel), u"pending"_s);

        auto report = migrator().up({}, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->executed, (QStringList{addLabel, indexLabel}));
        auto rows = db().query(u"SELECT \"name\", \"label\" FROM \"Shelves\""_s);
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(rows->rows.size(), 1);
        QCOMPARE(rows->rows.at(0).value(0).toString(), u"from Node"_s);
        QCOMPARE(rows->rows.at(0).value(1).toString(), u"none"_s);
        if (isSqlite()) { // sequelize-cli's table is left as it made it
            auto sql = db().query(u"SELECT sql FROM sqlite_master WHERE name = 'SequelizeMeta'"_s);
            QVERIFY(sql);
            QCOMPARE(sql->rows.value(0).value(0).toString(),
                     u"CREATE TABLE `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY)"_s);
        }
    }

    void recordsFileNamesAsSequelizeCli()
    {
        // sequelize-cli records a migration by its file name ("...-create-shelves.js"): so does the migrator, in
        // both of its tables.
        QVERIFY(migrator().up({}, Backup::Skip));
        for (const QString &table : {u"SequelizeMeta"_s, u"SequelizeMetaTimes"_s}) {
            auto names = db().query(u"SELECT \"name\" FROM \"%1\" ORDER BY \"name\""_s.arg(table));
            QVERIFY2(names, Test::why(names));
            QStringList recorded;
            for (const QVariantList &row : std::as_const(names->rows))
                recorded << row.value(0).toString();
            QCOMPARE(recorded, (QStringList{createShelves + u".js"_s, addLabel + u".js"_s, indexLabel + u".js"_s}));
        }
        auto states = migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 3);
        QCOMPARE(states->at(0).name, createShelves);
        QVERIFY(states->at(0).executed);
        QVERIFY(!states->at(0).recordedByOtherTool);

        // A name with ".js" names the same migration.
        auto down = migrator().down(addLabel + u".js"_s, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        QCOMPARE(down->executed, (QStringList{indexLabel, addLabel}));
        auto up = migrator().up(addLabel + u".js"_s, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        QCOMPARE(up->executed, QStringList{addLabel});
    }

    void recordsOfEarlierVersionsAreRead()
    {
        // Earlier versions recorded the name alone, with its time: the same migration, executed.
        QVERIFY(migrator().up(createShelves, Backup::Skip));
        QVERIFY(db().query(u"UPDATE \"SequelizeMeta\" SET \"name\" = ?"_s, {createShelves}));
        QVERIFY(db().query(u"UPDATE \"SequelizeMetaTimes\" SET \"name\" = ?"_s, {createShelves}));
        auto states = migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(states->size(), 3);
        QCOMPARE(stateText(*states, createShelves), u"executed"_s);
        QVERIFY(stateOf(*states, createShelves).executedAt.isValid());
        QVERIFY(!stateOf(*states, createShelves).recordedByOtherTool);

        auto up = migrator().up({}, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        QCOMPARE(up->executed, (QStringList{addLabel, indexLabel}));
        auto down = migrator().down(createShelves, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        QCOMPARE(down->executed, (QStringList{indexLabel, addLabel, createShelves}));
        for (const QString &table : {u"SequelizeMeta"_s, u"SequelizeMetaTimes"_s}) {
            auto count = db().query(u"SELECT COUNT(*) FROM \"%1\""_s.arg(table));
            QVERIFY2(count, Test::why(count));
            QCOMPARE(count->rows.value(0).value(0).toInt(), 0);
        }
    }

    // A catalogue that the seed's Node application migrated with its own sequelize-cli migrations (made by
    // sequelize-cli 6 itself: bench/peers/sequelize/cli/make-fixture.sh): its first migration has the name of ours,
    // the other is its own. The file opens writable, and this program's migrations run beside the Node ones.
    void catalogueMigratedBySequelizeCliIsMigrated()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != u"sqlite")
            QSKIP("the file made by sequelize-cli is a SQLite file");
        const QString fixture = QStringLiteral(CATALOGUE_FIXTURES "/sequelize-cli.db");
        QVERIFY2(QFile::exists(fixture), "tests/fixtures/sequelize-cli.db is missing");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"catalogue.db"_s);
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString clients = u"20240115000000-create-clients.js"_s;
        const QString createLivres = Catalogue::Migrations::createLivres().name;

        auto catalogue = Catalogue::Catalogue::open(u"sqlite:"_s + path, Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(catalogue, Test::why(catalogue));
        QVERIFY2(!catalogue->database().isReadOnly(), qPrintable(catalogue->database().readOnlyReason()));
        auto states = catalogue->migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(stateText(*states, createLivres), u"executed"_s);
        QVERIFY(stateOf(*states, createLivres).recordedByOtherTool);
        QCOMPARE(stateText(*states, clients), u"executed"_s);
        QVERIFY(stateOf(*states, clients).recordedByOtherTool);

        // The file came in a rollback journal, as the seed's code makes them; opened, it keeps it.
        auto journal = catalogue->database().query(u"PRAGMA journal_mode"_s);
        QVERIFY2(journal, Test::why(journal));
        QCOMPARE(journal->rows.value(0).value(0).toString().toLower(), u"delete"_s);

        auto report = catalogue->init();
        QVERIFY2(report, Test::why(report));
        // Migrated, it has a write-ahead log, as the files this program creates.
        journal = catalogue->database().query(u"PRAGMA journal_mode"_s);
        QVERIFY2(journal, Test::why(journal));
        QCOMPARE(journal->rows.value(0).value(0).toString().toLower(), u"wal"_s);
        QStringList ours;
        for (const Migration &m : Catalogue::migrations()) {
            if (m.name != createLivres)
                ours << m.name;
        }
        QCOMPARE(report->executed, ours);
        auto books = catalogue->livres().findAll();
        QVERIFY2(books, Test::why(books));
        QCOMPARE(books->size(), 1);
        QCOMPARE(books->first().get(Catalogue::Livre::Nom).toString(), u"Le Petit Prince"_s);
        QVERIFY(catalogue->livres().create(book(1)));
        Database database = catalogue->database();
        auto recorded = database.query(u"SELECT \"name\" FROM \"SequelizeMeta\" ORDER BY \"name\""_s);
        QVERIFY2(recorded, Test::why(recorded));
        QStringList names;
        for (const QVariantList &row : std::as_const(recorded->rows))
            names << row.value(0).toString();
        QStringList expected{createLivres + u".js"_s, clients};
        for (const QString &name : std::as_const(ours))
            expected << name + u".js"_s;
        expected.sort();
        QCOMPARE(names, expected);
        auto tables = database.tables();
        QVERIFY2(tables, Test::why(tables));
        QVERIFY(tables->contains(u"Clients"_s));
        database.close();

        // Opened again: still writable, nothing left to run.
        auto again = Catalogue::Catalogue::open(u"sqlite:"_s + path, Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(again, Test::why(again));
        QVERIFY2(!again->database().isReadOnly(), qPrintable(again->database().readOnlyReason()));
        auto nothing = again->init();
        QVERIFY2(nothing, Test::why(nothing));
        QVERIFY(nothing->executed.isEmpty());
        again->database().close();
    }

    void failedMigrationLeavesEverythingAsItWas()
    {
        const QString failing = u"20240104000000-fails-in-third"_s;
        const QString badSql = u"CREATE INDEX \"shelves_label\" ON \"Shelves\" (\"name\")"_s;
        const QList<Migration> extra = {
                {failing,
                 [](Schema &s) -> Status {
                     if (auto r = s.addColumn(u"Shelves"_s,
                                              {.name = u"capacity"_s, .type = DataType::integer(), .defaultValue = 10});
                         !r)
                         return r;
                     // On SQLite a table rebuild, itself a transaction (a savepoint here).
                     if (auto r = s.changeColumn(u"Shelves"_s, u"name"_s,
                                                 {.type = DataType::text(), .allowNull = false});
                         !r)
                         return r;
                     return s.addIndex(u"Shelves"_s,
                                       {.fields = {u"name"_s}, .name = u"shelves_label"_s}); // the name is taken
                 },
                 [](Schema &) -> Status { return {}; }},
                {u"20240105000000-after"_s,
                 [](Schema &s) {
                     return s.createTable(u"After"_s,
                                          {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true}});
                 },
                 [](Schema &s) { return s.dropTable(u"After"_s); }},
        };
        QVERIFY(migrator().up({}, Backup::Skip));
        Schema schema(db());
        QVERIFY(schema.bulkInsert(u"Shelves"_s,
                                  {{{u"name"_s, u"Romans"_s}, {u"label"_s, u"R"_s}},
                                   {{u"name"_s, u"Poésie"_s}, {u"label"_s, QVariant()}}}));
        auto before = dump(db());
        QVERIFY2(before, Test::why(before));

        auto failed = migrator(extra).up();
        QVERIFY(!failed);
        QVERIFY2(failed.error().message().contains(failing), qPrintable(failed.error().message()));
        QCOMPARE(failed.error().sql(), badSql);

        auto after = dump(db());
        QVERIFY2(after, Test::why(after));
        QCOMPARE(*after, *before);
        auto states = migrator(extra).status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, failing), u"pending"_s);
        QCOMPARE(stateText(*states, u"20240105000000-after"_s), u"pending"_s);
        if (isSqlite()) {
            auto keys = db().query(u"PRAGMA foreign_keys"_s);
            QVERIFY(keys);
            QCOMPARE(keys->rows.value(0).value(0).toInt(), 1);
        }
    }

    void upDownUpOnACatalogueFullOfBooks()
    {
        const QString addPrets = u"20991231000000-add-prets"_s;
        QList<Migration> migrations = Catalogue::migrations();
        migrations.append({addPrets,
                           [](Schema &s) -> Status {
                               if (auto r = s.createTable(
                                           u"Prets"_s,
                                           {{.name = u"id"_s,
                                             .type = DataType::integer(),
                                             .primaryKey = true,
                                             .autoIncrement = true},
                                            {.name = u"livreId"_s, .type = DataType::integer(), .allowNull = false},
                                            {.name = u"emprunteur"_s, .type = DataType::string(100)}});
                                   !r)
                                   return r;
                               return s.addIndex(Catalogue::Livre::tableName,
                                                 {.fields = {Catalogue::Livre::Genre, Catalogue::Livre::Prix},
                                                  .name = u"livres_genre_prix"_s});
                           },
                           [](Schema &s) -> Status {
                               if (auto r = s.removeIndex(Catalogue::Livre::tableName, u"livres_genre_prix"_s); !r)
                                   return r;
                               return s.dropTable(u"Prets"_s);
                           }});
        const Migrator migrator(db(), migrations);
        auto first = migrator.up();
        QVERIFY2(first, Test::why(first));
        QCOMPARE(first->executed.size(), migrations.size());
        QCOMPARE(first->executed.last(), addPrets);

        QList<QVariantMap> books;
        for (int i = 0; i < 1000; ++i)
            books << book(i);
        auto inserted = Schema(db()).bulkInsert(Catalogue::Livre::tableName, books);
        QVERIFY2(inserted, Test::why(inserted));
        QCOMPARE(*inserted, 1000);
        auto rowsBefore = tableRows(db(), Catalogue::Livre::tableName);
        QVERIFY(rowsBefore);
        QCOMPARE(rowsBefore->size(), 1000);
        auto schemaBefore = schemaDump(db());
        QVERIFY(schemaBefore);

        auto down = migrator.down(Catalogue::Migrations::indexLivres().name);
        QVERIFY2(down, Test::why(down));
        QStringList undone;
        for (qsizetype i = migrations.size() - 1; i >= 1; --i)
            undone << migrations.at(i).name; // every migration after the creation of Livres, last first
        QCOMPARE(down->executed, undone);
        QVERIFY(!hasTable(u"Prets"_s));
        auto indexes = Schema(db()).showIndex(Catalogue::Livre::tableName);
        QVERIFY(indexes);
        QVERIFY2(std::none_of(indexes->begin(), indexes->end(),
                              [](const IndexInfo &i) { return i.name.startsWith(u"livres_"_s); }),
                 "the indexes are undone");
        auto rowsDown = tableRows(db(), Catalogue::Livre::tableName);
        QVERIFY(rowsDown);
        QCOMPARE(*rowsDown, *rowsBefore);

        auto again = migrator.up();
        QVERIFY2(again, Test::why(again));
        QStringList redone = undone;
        std::reverse(redone.begin(), redone.end());
        QCOMPARE(again->executed, redone);
        auto rowsAfter = tableRows(db(), Catalogue::Livre::tableName);
        QVERIFY(rowsAfter);
        QCOMPARE(*rowsAfter, *rowsBefore);
        auto schemaAfter = schemaDump(db());
        QVERIFY(schemaAfter);
        // Redone on a catalogue full of books, the related tables are built from them: only their id sequences
        // (PostgreSQL) may have moved.
        const auto relatedSequence = [](const QString &l) {
            return l.startsWith(u"QString:Auteurs_id_seq"_s) || l.startsWith(u"QString:LivresAuteurs_id_seq"_s)
                    || l.startsWith(u"QString:MouvementsStock_id_seq"_s);
        };
        schemaBefore->removeIf(relatedSequence);
        schemaAfter->removeIf(relatedSequence);
        QCOMPARE(*schemaAfter, *schemaBefore);
    }

    void twoMigratorsRunEachMigrationOnce()
    {
        QFETCH_GLOBAL(QString, dialect);
        const QList<Migration> migrations = {
                {u"20240101000000-count"_s,
                 [](Schema &s) -> Status {
                     auto r = s.query(u"UPDATE \"Counter\" SET \"n\" = \"n\" + 1"_s);
                     if (!r)
                         return std::unexpected(r.error());
                     QThread::msleep(100); // long enough for the other migrator to arrive meanwhile
                     return {};
                 },
                 [](Schema &s) -> Status {
                     auto r = s.query(u"UPDATE \"Counter\" SET \"n\" = \"n\" - 1"_s);
                     return r ? Status() : std::unexpected(r.error());
                 }},
                {u"20240102000000-create-shelves"_s,
                 [](Schema &s) {
                     return s.createTable(u"Shelves"_s,
                                          {{.name = u"id"_s, .type = DataType::integer(), .primaryKey = true}});
                 },
                 [](Schema &s) { return s.dropTable(u"Shelves"_s); }},
        };
        for (int round = 0; round < 3; ++round) {
            auto fresh = std::make_unique<Test::TestDatabase>(dialect);
            QVERIFY2(fresh->error().isEmpty(), qPrintable(fresh->error()));
            QVERIFY(fresh->database().query(u"CREATE TABLE \"Counter\" (\"n\" INTEGER NOT NULL)"_s));
            QVERIFY(fresh->database().query(u"INSERT INTO \"Counter\" VALUES (0)"_s));

            QSemaphore ready, go;
            Result<MigrationReport> results[2];
            QThread *threads[2];
            for (int t = 0; t < 2; ++t) {
                threads[t] = QThread::create([&, t, url = fresh->url()] {
                    auto own = Database::open(url);
                    ready.release();
                    go.acquire();
                    if (!own) {
                        results[t] = std::unexpected(own.error());
                        return;
                    }
                    results[t] = Migrator(*own, migrations).up();
                    own->close();
                });
                threads[t]->start();
            }
            ready.acquire(2);
            go.release(2);
            for (QThread *thread : threads) {
                thread->wait();
                delete thread;
            }
            QVERIFY2(results[0], Test::why(results[0]));
            QVERIFY2(results[1], Test::why(results[1]));
            auto counter = fresh->database().query(u"SELECT \"n\" FROM \"Counter\""_s);
            QVERIFY(counter);
            QCOMPARE(counter->rows.value(0).value(0).toInt(), 1);
            // Each migration in exactly one report: the one that ran it.
            QStringList ran = results[0]->executed + results[1]->executed;
            ran.sort();
            QCOMPARE(ran, (QStringList{u"20240101000000-count"_s, u"20240102000000-create-shelves"_s}));
            auto records = fresh->database().query(u"SELECT COUNT(*) FROM \"SequelizeMeta\""_s);
            QVERIFY(records);
            QCOMPARE(records->rows.value(0).value(0).toInt(), 2);
        }
    }

    void backupsOfSqliteFiles()
    {
        QVERIFY(migrator().up(createShelves, Backup::Skip));
        QVERIFY(db().query(u"INSERT INTO \"Shelves\" (\"name\") VALUES ('Romans'), ('Poésie')"_s));
        auto before = dump(db());
        QVERIFY(before);
        const QStringList filesBefore = filesBeside();

        auto up = migrator().up(addLabel);
        QVERIFY2(up, Test::why(up));
        QCOMPARE(up->executed, QStringList{addLabel});
        if (!isSqlite()) {
            QVERIFY(up->backupPath.isEmpty()); // nothing to copy: PostgreSQL has its own tools
            return;
        }
        QVERIFY(!up->backupPath.isEmpty());
        QVERIFY2(QFileInfo::exists(up->backupPath), qPrintable(up->backupPath));
        QCOMPARE(filesBeside().size(), filesBefore.size() + 1);
        {
            auto copy = Database::open(u"sqlite:"_s + up->backupPath);
            QVERIFY2(copy, Test::why(copy));
            auto content = dump(*copy);
            copy->close();
            QVERIFY2(content, Test::why(content));
            QCOMPARE(*content, *before);
        }

        const QStringList filesAfterUp = filesBeside();
        auto skipped = migrator().up(indexLabel, Backup::Skip);
        QVERIFY2(skipped, Test::why(skipped));
        QCOMPARE(skipped->executed, QStringList{indexLabel});
        QVERIFY(skipped->backupPath.isEmpty());
        QCOMPARE(filesBeside(), filesAfterUp);

        auto beforeDown = dump(db());
        QVERIFY(beforeDown);
        auto down = migrator().down();
        QVERIFY2(down, Test::why(down));
        QVERIFY(!down->backupPath.isEmpty());
        QVERIFY(down->backupPath != up->backupPath);
        auto copy = Database::open(u"sqlite:"_s + down->backupPath);
        QVERIFY2(copy, Test::why(copy));
        auto content = dump(*copy);
        copy->close();
        QVERIFY(content);
        QCOMPARE(*content, *beforeDown);
    }

    // The monitor is told each migration as it starts; a cancel asked while one runs rolls it back whole, and the
    // ones after it do not run.
    void monitorSeesEachMigrationAndCancelRollsBackTheOneUnderWay()
    {
        QList<std::tuple<int, int, QString>> started;
        bool cancel = false;
        Migrator watched = migrator();
        watched.setMonitor({.starting =
                                    [&](int index, int count, const QString &name) {
                                        started.append({index, count, name});
                                        cancel = index == 2; // asked while the second runs
                                    },
                            .cancelled = [&] { return cancel; }});
        auto report = watched.up({}, Backup::Skip);
        QVERIFY2(report, Test::why(report));
        QVERIFY(report->cancelled);
        QCOMPARE(report->executed, QStringList{createShelves});
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(0), std::make_tuple(1, 3, createShelves));
        QCOMPARE(started.at(1), std::make_tuple(2, 3, addLabel));
        auto columns = db().columns(u"Shelves"_s);
        QVERIFY(columns);
        QVERIFY(!columns->contains(u"label"_s)); // the second's change went with its transaction
        auto states = migrator().status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, createShelves), u"executed"_s);
        QCOMPARE(stateText(*states, addLabel), u"pending"_s);
        QCOMPARE(stateText(*states, indexLabel), u"pending"_s);
    }

    // What a rollback would drop that holds rows: found by replaying the migrations on a scratch database.
    void dataDroppedByDownNamesTablesWithRows()
    {
        QVERIFY(migrator().up({}, Backup::Skip));
        auto none = migrator().dataDroppedByDown(createShelves);
        QVERIFY2(none, Test::why(none));
        QVERIFY(none->isEmpty()); // Shelves is empty
        QVERIFY(db().query(u"INSERT INTO \"Shelves\" (\"name\") VALUES ('Romans'), ('Poésie')"_s));
        auto last = migrator().dataDroppedByDown();
        QVERIFY2(last, Test::why(last));
        QVERIFY(last->isEmpty()); // the last migration adds an index: no table goes
        auto all = migrator().dataDroppedByDown(createShelves);
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().table, u"Shelves"_s);
        QCOMPARE(all->first().rows, 2);
        QVERIFY(hasTable(u"Shelves"_s)); // nothing was dropped here
    }

    // SQLite's online backup: a consistent copy while the database stays open; an existing file is refused.
    void databaseBackupCopiesWhileOpen()
    {
        QVERIFY(migrator().up({}, Backup::Skip));
        QVERIFY(db().query(u"INSERT INTO \"Shelves\" (\"name\") VALUES ('Romans'), ('Poésie')"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.db"_s);
        qint64 lastCopied = -1;
        qint64 lastTotal = -1;
        auto copied = db().backup(path, [&](qint64 copiedPages, qint64 total) {
            lastCopied = copiedPages;
            lastTotal = total;
        });
        if (!isSqlite()) {
            QVERIFY(!copied);
            QVERIFY(copied.error().message().contains(u"pg_dump"_s));
            QVERIFY(!QFileInfo::exists(path));
            return;
        }
        QVERIFY2(copied, Test::why(copied));
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastCopied, lastTotal);
        QVERIFY(!QFileInfo::exists(path + u".partial"_s));
        auto before = dump(db());
        auto copy = Database::open(u"sqlite:"_s + path);
        QVERIFY2(copy, Test::why(copy));
        auto content = dump(*copy);
        copy->close();
        QVERIFY(before && content);
        QCOMPARE(*content, *before);
        const QByteArray existing = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        auto again = db().backup(path);
        QVERIFY(!again);
        QVERIFY(again.error().message().contains(u"exists already"_s));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), existing);
    }

    void refusedInsideATransaction_data()
    {
        QTest::addColumn<bool>("upwards");
        QTest::addColumn<Backup>("backup");
        QTest::newRow("up") << true << Backup::Take;
        QTest::newRow("up without backup") << true << Backup::Skip;
        QTest::newRow("down") << false << Backup::Take;
    }

    void refusedInsideATransaction()
    {
        QFETCH(bool, upwards);
        QFETCH(Backup, backup);
        if (!upwards)
            QVERIFY(migrator().up(createShelves, Backup::Skip));
        auto transaction = Transaction::begin(db());
        QVERIFY2(transaction, Test::why(transaction));
        auto refused = upwards ? migrator().up({}, backup) : migrator().down({}, backup);
        QVERIFY(!refused);
        QVERIFY2(refused.error().kind() == Error::Kind::InvalidQuery
                         && refused.error().message().contains(u"transaction"_s),
                 qPrintable(refused.error().toString()));
        QVERIFY(transaction->commit());
        QCOMPARE(hasTable(u"Shelves"_s), !upwards);
        auto states = migrator().status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, createShelves), upwards ? u"pending"_s : u"executed"_s);
        QCOMPARE(stateText(*states, addLabel), u"pending"_s);
    }

    // A catalogue made by the seed's Node.js code (Sequelize 6's own DDL for schema.js) is adopted as it is.
    void seedCatalogueIsAdopted()
    {
        QFETCH_GLOBAL(QString, dialect);
        QTemporaryDir dir;
        QString url = m_db->url();
        if (dialect == u"sqlite") {
            // Made without this library, as node-sqlite3 would: no WAL, nothing but the table and its rows.
            QVERIFY(dir.isValid());
            const QString path = dir.filePath(u"seed.db"_s);
            {
                QSqlDatabase seed = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
                seed.setDatabaseName(path);
                QVERIFY(seed.open());
                QSqlQuery q(seed);
                QVERIFY2(q.exec(seedSqliteDdl), qPrintable(q.lastError().text()));
                QVERIFY2(q.exec(seedRows), qPrintable(q.lastError().text()));
                q.finish();
                seed.close();
            }
            QSqlDatabase::removeDatabase(u"seed"_s);
            url = u"sqlite:"_s + path;
        } else {
            QVERIFY(db().query(seedPostgresDdl));
            QVERIFY(db().query(seedRows));
        }

        auto catalogue = Catalogue::Catalogue::open(url, Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(catalogue, Test::why(catalogue));
        Database database = catalogue->database();
        auto tableBefore = database.query(u"SELECT sql FROM sqlite_master WHERE name = 'Livres'"_s);
        auto schemaBefore = schemaDump(database);
        QVERIFY(schemaBefore);
        auto rowsBefore = tableRows(database, Catalogue::Livre::tableName);
        QVERIFY(rowsBefore);
        QCOMPARE(rowsBefore->size(), 3);

        auto report = catalogue->init();
        QVERIFY2(report, Test::why(report));
        QStringList all;
        for (const Migration &m : Catalogue::migrations())
            all << m.name;
        QCOMPARE(report->executed, all);
        QCOMPARE(report->backupPath.isEmpty(), dialect != u"sqlite"); // the seed's file is copied first

        auto rowsAfter = tableRows(database, Catalogue::Livre::tableName);
        QVERIFY(rowsAfter);
        QCOMPARE(*rowsAfter, *rowsBefore);
        if (dialect == u"sqlite") {
            QVERIFY(tableBefore);
            auto tableAfter = database.query(u"SELECT sql FROM sqlite_master WHERE name = 'Livres'"_s);
            QVERIFY(tableAfter);
            QCOMPARE(tableAfter->rows.value(0).value(0).toString(), tableBefore->rows.value(0).value(0).toString());
            QCOMPARE(tableAfter->rows.value(0).value(0).toString(),
                     seedSqliteDdl.mid(0, seedSqliteDdl.size() - 1).replace(u"IF NOT EXISTS "_s, QString()));
        } else {
            // Only indexes are new on Livres (the other migrations add tables, the search index's among them): its
            // columns and constraints are as made.
            auto schemaAfter = schemaDump(database);
            QVERIFY(schemaAfter);
            QStringList added = *schemaAfter;
            for (const QString &l : std::as_const(*schemaBefore))
                QVERIFY2(added.removeOne(l), qPrintable(u"changed or lost: "_s + l));
            for (const QString &l : std::as_const(added))
                QVERIFY2(!l.startsWith(u"QString:Livres |"_s) || l.contains(u"QString:livres_"_s)
                                 || l.contains(u"QString:Livres_search"_s),
                         qPrintable(l));
        }
        auto states = catalogue->migrator().status();
        QVERIFY2(states, Test::why(states));
        QCOMPARE(stateText(*states, Catalogue::Migrations::createLivres().name), u"executed"_s);

        // Undoing the first migration would drop the books: refused, and nothing stored is lost.
        auto down = catalogue->migrator().down(Catalogue::Migrations::createLivres().name, Backup::Skip);
        QVERIFY(!down);
        QVERIFY2(down.error().message().contains(Catalogue::Migrations::createLivres().name),
                 qPrintable(down.error().message()));
        auto rowsKept = tableRows(database, Catalogue::Livre::tableName);
        QVERIFY(rowsKept);
        QCOMPARE(*rowsKept, *rowsBefore);
        states = catalogue->migrator().status();
        QVERIFY(states);
        QCOMPARE(stateText(*states, Catalogue::Migrations::createLivres().name), u"executed"_s);
        database.close();
    }

    // A PostgreSQL catalogue made before 20240406000000-change-feed-rows has the change feed's earlier form (one
    // trigger, every operation told by its name): the migration brings the current form, its down the earlier one.
    void changeFeedOfAnOlderCatalogueIsBroughtUpToDate()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only: SQLite has no change feed in the file");
        const Migrator catalogue(db(), Catalogue::migrations());
        auto all = catalogue.up({}, Backup::Skip);
        QVERIFY2(all, Test::why(all));
        const auto triggers = [&] {
            auto rows = db().query(u"SELECT tgname FROM pg_trigger WHERE tgrelid = '\"Livres\"'::regclass AND "
                                   u"tgname IN ('Livres_changed', 'Livres_updated') ORDER BY tgname"_s);
            QStringList names;
            for (const QVariantList &row : rows ? rows->rows : QList<QVariantList>())
                names << row.value(0).toString();
            return names;
        };
        QCOMPARE(triggers(), (QStringList{u"Livres_changed"_s, u"Livres_updated"_s}));
        QCOMPARE(ChangeFeed::isInstalled(db(), u"Livres"_s).value_or(false), true);

        auto down = catalogue.down(Catalogue::Migrations::changeFeedRows().name, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        QCOMPARE(triggers(), QStringList{u"Livres_changed"_s});
        QCOMPARE(ChangeFeed::isInstalled(db(), u"Livres"_s).value_or(true), false);

        auto up = catalogue.up({}, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        QStringList undone; // changeFeedRows() and the migrations after it
        for (const Migration &m : Catalogue::migrations()) {
            if (!undone.isEmpty() || m.name == Catalogue::Migrations::changeFeedRows().name)
                undone << m.name;
        }
        QCOMPARE(up->executed, undone);
        QCOMPARE(triggers(), (QStringList{u"Livres_changed"_s, u"Livres_updated"_s}));
        QCOMPARE(ChangeFeed::isInstalled(db(), u"Livres"_s).value_or(false), true);
    }

    // A migration is history: what each of the catalogue's migrations creates is frozen, whatever the models
    // become. The statements that shape the schema, in order, as the migration sends them on a new catalogue.
    void catalogueMigrationsCreateWhatTheyAlwaysCreated_data()
    {
        QTest::addColumn<QString>("migration");
        QTest::addColumn<QStringList>("sqlite");
        QTest::addColumn<QStringList>("postgres");
        for (const Migration &m : Catalogue::migrations()) {
            if (m.name != Catalogue::Migrations::searchLivres().name) // Orm::FullTextIndex's, tested on its own
                QTest::newRow(qPrintable(m.name))
                        << m.name << frozenDdl.value(m.name).first << frozenDdl.value(m.name).second;
        }
    }

    void catalogueMigrationsCreateWhatTheyAlwaysCreated()
    {
        QFETCH(QString, migration);
        QFETCH(QStringList, sqlite);
        QFETCH(QStringList, postgres);
        const Migrator catalogue(db(), Catalogue::migrations());
        QList<Migration> before;
        for (const Migration &m : Catalogue::migrations()) {
            if (m.name == migration)
                break;
            before << m;
        }
        if (!before.isEmpty()) {
            auto earlier = catalogue.up(before.last().name, Backup::Skip);
            QVERIFY2(earlier, Test::why(earlier));
        }
        QStringList sent;
        db().setLogger([&sent](const QString &sql) {
            static const QStringList shaping = {u"CREATE "_s, u"ALTER "_s, u"DROP "_s, u"COMMENT "_s};
            if (std::any_of(shaping.begin(), shaping.end(), [&](const QString &w) { return sql.startsWith(w); })
                && !sql.contains(u"SequelizeMeta"_s))
                sent << sql;
        });
        auto report = catalogue.up(migration, Backup::Skip);
        db().setLogger({});
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->executed, QStringList{migration});
        if (qEnvironmentVariableIsSet("CATALOGUE_PRINT_DDL")) { // to write down what a new migration sends
            for (const QString &s : std::as_const(sent))
                qInfo().noquote() << s;
        }
        QCOMPARE(sent, isSqlite() ? sqlite : postgres);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
