#include "frozenddl.h"

using namespace Qt::StringLiterals;

namespace CatalogueTests {

// The dead stock's and the stock's summaries, and PostgreSQL's lock for the summaries (20240409000000,
// 20240414000000, 20240416000000).
FrozenDdl stockSummariesDdl()
{
    return {
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
            {u"20240414000000-stock-summary"_s,
             {{uR"(CREATE TABLE "StockGenresEditions" ("Genre" VARCHAR(255) NOT NULL, "Edition" VARCHAR(255) NOT NULL, )"_s
               uR"("Titres" BIGINT NOT NULL, "Livres" BIGINT NOT NULL, "Exemplaires" BIGINT NOT NULL, "Montant" FLOAT N)"_s
               uR"(OT NULL, "Stock" BIGINT NOT NULL, "Valeur" FLOAT NOT NULL, PRIMARY KEY ("Genre", "Edition")) WITHOUT)"_s
               uR"( ROWID)"_s,
               uR"(CREATE TRIGGER "stock_genres_insert" AFTER INSERT ON "Livres" BEGIN INSERT INTO "StockGenresEditions)"_s
               uR"(" ("Genre", "Edition", "Titres", "Livres", "Exemplaires", "Montant", "Stock", "Valeur") VALUES (COAL)"_s
               uR"(ESCE(NEW."Genre", ''), COALESCE(NEW."Edition", ''), (1), (CASE WHEN NEW."Quantite" > 0 THEN 1 ELSE 0)"_s
               uR"( END), (CASE WHEN NEW."Quantite" > 0 THEN NEW."Quantite" ELSE 0 END), (CASE WHEN NEW."Quantite" > 0 )"_s
               uR"(THEN NEW."Quantite" * COALESCE(NEW."Prix", 0) ELSE 0 END), COALESCE(NEW."Quantite", 0), COALESCE(NEW)"_s
               uR"(."Quantite" * NEW."Prix", 0)) ON CONFLICT ("Genre", "Edition") DO UPDATE SET "Titres" = "StockGenres)"_s
               uR"(Editions"."Titres" + excluded."Titres", "Livres" = "StockGenresEditions"."Livres" + excluded."Livres)"_s
               uR"(", "Exemplaires" = "StockGenresEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockG)"_s
               uR"(enresEditions"."Montant" + excluded."Montant", "Stock" = "StockGenresEditions"."Stock" + excluded."S)"_s
               uR"(tock", "Valeur" = "StockGenresEditions"."Valeur" + excluded."Valeur"; END)"_s,
               uR"(CREATE TRIGGER "stock_genres_update" AFTER UPDATE OF "Quantite", "Prix", "Genre", "Edition" ON "Livr)"_s
               uR"(es" WHEN NEW."Quantite" IS NOT OLD."Quantite" OR NEW."Prix" IS NOT OLD."Prix" OR NEW."Genre" IS NOT )"_s
               uR"(OLD."Genre" OR NEW."Edition" IS NOT OLD."Edition" BEGIN INSERT INTO "StockGenresEditions" ("Genre", )"_s
               uR"("Edition", "Titres", "Livres", "Exemplaires", "Montant", "Stock", "Valeur") VALUES (COALESCE(OLD."Ge)"_s
               uR"(nre", ''), COALESCE(OLD."Edition", ''), -(1), -(CASE WHEN OLD."Quantite" > 0 THEN 1 ELSE 0 END), -(C)"_s
               uR"(ASE WHEN OLD."Quantite" > 0 THEN OLD."Quantite" ELSE 0 END), -(CASE WHEN OLD."Quantite" > 0 THEN OLD)"_s
               uR"(."Quantite" * COALESCE(OLD."Prix", 0) ELSE 0 END), -COALESCE(OLD."Quantite", 0), -COALESCE(OLD."Quan)"_s
               uR"(tite" * OLD."Prix", 0)) ON CONFLICT ("Genre", "Edition") DO UPDATE SET "Titres" = "StockGenresEditio)"_s
               uR"(ns"."Titres" + excluded."Titres", "Livres" = "StockGenresEditions"."Livres" + excluded."Livres", "Ex)"_s
               uR"(emplaires" = "StockGenresEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockGenresE)"_s
               uR"(ditions"."Montant" + excluded."Montant", "Stock" = "StockGenresEditions"."Stock" + excluded."Stock",)"_s
               uR"( "Valeur" = "StockGenresEditions"."Valeur" + excluded."Valeur"; INSERT INTO "StockGenresEditions" (")"_s
               uR"(Genre", "Edition", "Titres", "Livres", "Exemplaires", "Montant", "Stock", "Valeur") VALUES (COALESCE)"_s
               uR"((NEW."Genre", ''), COALESCE(NEW."Edition", ''), (1), (CASE WHEN NEW."Quantite" > 0 THEN 1 ELSE 0 END)"_s
               uR"(), (CASE WHEN NEW."Quantite" > 0 THEN NEW."Quantite" ELSE 0 END), (CASE WHEN NEW."Quantite" > 0 THEN)"_s
               uR"( NEW."Quantite" * COALESCE(NEW."Prix", 0) ELSE 0 END), COALESCE(NEW."Quantite", 0), COALESCE(NEW."Qu)"_s
               uR"(antite" * NEW."Prix", 0)) ON CONFLICT ("Genre", "Edition") DO UPDATE SET "Titres" = "StockGenresEdit)"_s
               uR"(ions"."Titres" + excluded."Titres", "Livres" = "StockGenresEditions"."Livres" + excluded."Livres", ")"_s
               uR"(Exemplaires" = "StockGenresEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockGenre)"_s
               uR"(sEditions"."Montant" + excluded."Montant", "Stock" = "StockGenresEditions"."Stock" + excluded."Stock)"_s
               uR"(", "Valeur" = "StockGenresEditions"."Valeur" + excluded."Valeur"; END)"_s,
               uR"(CREATE TRIGGER "stock_genres_delete" AFTER DELETE ON "Livres" BEGIN INSERT INTO "StockGenresEditions)"_s
               uR"(" ("Genre", "Edition", "Titres", "Livres", "Exemplaires", "Montant", "Stock", "Valeur") VALUES (COAL)"_s
               uR"(ESCE(OLD."Genre", ''), COALESCE(OLD."Edition", ''), -(1), -(CASE WHEN OLD."Quantite" > 0 THEN 1 ELSE)"_s
               uR"( 0 END), -(CASE WHEN OLD."Quantite" > 0 THEN OLD."Quantite" ELSE 0 END), -(CASE WHEN OLD."Quantite" )"_s
               uR"(> 0 THEN OLD."Quantite" * COALESCE(OLD."Prix", 0) ELSE 0 END), -COALESCE(OLD."Quantite", 0), -COALES)"_s
               uR"(CE(OLD."Quantite" * OLD."Prix", 0)) ON CONFLICT ("Genre", "Edition") DO UPDATE SET "Titres" = "Stock)"_s
               uR"(GenresEditions"."Titres" + excluded."Titres", "Livres" = "StockGenresEditions"."Livres" + excluded.")"_s
               uR"(Livres", "Exemplaires" = "StockGenresEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = ")"_s
               uR"(StockGenresEditions"."Montant" + excluded."Montant", "Stock" = "StockGenresEditions"."Stock" + exclu)"_s
               uR"(ded."Stock", "Valeur" = "StockGenresEditions"."Valeur" + excluded."Valeur"; END)"_s},
              {uR"(CREATE TABLE "StockGenresEditions" ("Genre" VARCHAR(255) NOT NULL, "Edition" VARCHAR(255) NOT NULL, )"_s
               uR"("Titres" BIGINT NOT NULL, "Livres" BIGINT NOT NULL, "Exemplaires" BIGINT NOT NULL, "Montant" FLOAT N)"_s
               uR"(OT NULL, "Stock" BIGINT NOT NULL, "Valeur" FLOAT NOT NULL, PRIMARY KEY ("Genre", "Edition")))"_s,
               uR"(CREATE FUNCTION "stock_genres_livres"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search)"_s
               uR"(_path FROM CURRENT AS $stock$ BEGIN IF TG_OP = 'INSERT' THEN INSERT INTO "StockGenresEditions" ("Gen)"_s
               uR"(re", "Edition", "Titres", "Livres", "Exemplaires", "Montant", "Stock", "Valeur") VALUES (COALESCE(NE)"_s
               uR"(W."Genre", ''), COALESCE(NEW."Edition", ''), (1), (CASE WHEN NEW."Quantite" > 0 THEN 1 ELSE 0 END), )"_s
               uR"((CASE WHEN NEW."Quantite" > 0 THEN NEW."Quantite" ELSE 0 END), (CASE WHEN NEW."Quantite" > 0 THEN NE)"_s
               uR"(W."Quantite" * COALESCE(NEW."Prix", 0) ELSE 0 END), COALESCE(NEW."Quantite", 0), COALESCE(NEW."Quant)"_s
               uR"(ite" * NEW."Prix", 0)) ON CONFLICT ("Genre", "Edition") DO UPDATE SET "Titres" = "StockGenresEdition)"_s
               uR"(s"."Titres" + excluded."Titres", "Livres" = "StockGenresEditions"."Livres" + excluded."Livres", "Exe)"_s
               uR"(mplaires" = "StockGenresEditions"."Exemplaires" + excluded."Exemplaires", "Montant" = "StockGenresEd)"_s
               uR"(itions"."Montant" + excluded."Montant", "Stock" = "StockGenresEditions"."Stock" + excluded."Stock", )"_s
               uR"("Valeur" = "StockGenresEditions"."Valeur" + excluded."Valeur"; ELSIF TG_OP = 'DELETE' THEN INSERT IN)"_s
               uR"(TO "StockGenresEditions" ("Genre", "Edition", "Titres", "Livres", "Exemplaires", "Montant", "Stock",)"_s
               uR"( "Valeur") VALUES (COALESCE(OLD."Genre", ''), COALESCE(OLD."Edition", ''), -(1), -(CASE WHEN OLD."Qu)"_s
               uR"(antite" > 0 THEN 1 ELSE 0 END), -(CASE WHEN OLD."Quantite" > 0 THEN OLD."Quantite" ELSE 0 END), -(CA)"_s
               uR"(SE WHEN OLD."Quantite" > 0 THEN OLD."Quantite" * COALESCE(OLD."Prix", 0) ELSE 0 END), -COALESCE(OLD.)"_s
               uR"("Quantite", 0), -COALESCE(OLD."Quantite" * OLD."Prix", 0)) ON CONFLICT ("Genre", "Edition") DO UPDAT)"_s
               uR"(E SET "Titres" = "StockGenresEditions"."Titres" + excluded."Titres", "Livres" = "StockGenresEditions)"_s
               uR"("."Livres" + excluded."Livres", "Exemplaires" = "StockGenresEditions"."Exemplaires" + excluded."Exem)"_s
               uR"(plaires", "Montant" = "StockGenresEditions"."Montant" + excluded."Montant", "Stock" = "StockGenresEd)"_s
               uR"(itions"."Stock" + excluded."Stock", "Valeur" = "StockGenresEditions"."Valeur" + excluded."Valeur"; E)"_s
               uR"(LSIF NEW."Quantite" IS DISTINCT FROM OLD."Quantite" OR NEW."Prix" IS DISTINCT FROM OLD."Prix" OR NEW)"_s
               uR"(."Genre" IS DISTINCT FROM OLD."Genre" OR NEW."Edition" IS DISTINCT FROM OLD."Edition" THEN INSERT IN)"_s
               uR"(TO "StockGenresEditions" ("Genre", "Edition", "Titres", "Livres", "Exemplaires", "Montant", "Stock",)"_s
               uR"( "Valeur") VALUES (COALESCE(OLD."Genre", ''), COALESCE(OLD."Edition", ''), -(1), -(CASE WHEN OLD."Qu)"_s
               uR"(antite" > 0 THEN 1 ELSE 0 END), -(CASE WHEN OLD."Quantite" > 0 THEN OLD."Quantite" ELSE 0 END), -(CA)"_s
               uR"(SE WHEN OLD."Quantite" > 0 THEN OLD."Quantite" * COALESCE(OLD."Prix", 0) ELSE 0 END), -COALESCE(OLD.)"_s
               uR"("Quantite", 0), -COALESCE(OLD."Quantite" * OLD."Prix", 0)) ON CONFLICT ("Genre", "Edition") DO UPDAT)"_s
               uR"(E SET "Titres" = "StockGenresEditions"."Titres" + excluded."Titres", "Livres" = "StockGenresEditions)"_s
               uR"("."Livres" + excluded."Livres", "Exemplaires" = "StockGenresEditions"."Exemplaires" + excluded."Exem)"_s
               uR"(plaires", "Montant" = "StockGenresEditions"."Montant" + excluded."Montant", "Stock" = "StockGenresEd)"_s
               uR"(itions"."Stock" + excluded."Stock", "Valeur" = "StockGenresEditions"."Valeur" + excluded."Valeur"; I)"_s
               uR"(NSERT INTO "StockGenresEditions" ("Genre", "Edition", "Titres", "Livres", "Exemplaires", "Montant", )"_s
               uR"("Stock", "Valeur") VALUES (COALESCE(NEW."Genre", ''), COALESCE(NEW."Edition", ''), (1), (CASE WHEN N)"_s
               uR"(EW."Quantite" > 0 THEN 1 ELSE 0 END), (CASE WHEN NEW."Quantite" > 0 THEN NEW."Quantite" ELSE 0 END),)"_s
               uR"( (CASE WHEN NEW."Quantite" > 0 THEN NEW."Quantite" * COALESCE(NEW."Prix", 0) ELSE 0 END), COALESCE(N)"_s
               uR"(EW."Quantite", 0), COALESCE(NEW."Quantite" * NEW."Prix", 0)) ON CONFLICT ("Genre", "Edition") DO UPD)"_s
               uR"(ATE SET "Titres" = "StockGenresEditions"."Titres" + excluded."Titres", "Livres" = "StockGenresEditio)"_s
               uR"(ns"."Livres" + excluded."Livres", "Exemplaires" = "StockGenresEditions"."Exemplaires" + excluded."Ex)"_s
               uR"(emplaires", "Montant" = "StockGenresEditions"."Montant" + excluded."Montant", "Stock" = "StockGenres)"_s
               uR"(Editions"."Stock" + excluded."Stock", "Valeur" = "StockGenresEditions"."Valeur" + excluded."Valeur";)"_s
               uR"( END IF; RETURN NULL; END $stock$)"_s,
               uR"(CREATE TRIGGER "stock_genres_livres" AFTER INSERT OR DELETE OR UPDATE OF "Quantite", "Prix", "Genre")"_s
               uR"(, "Edition" ON "Livres" FOR EACH ROW EXECUTE FUNCTION "stock_genres_livres"())"_s,
               uR"(CREATE FUNCTION "stock_genres_vides"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_)"_s
               uR"(path FROM CURRENT AS $stock$ BEGIN TRUNCATE "StockGenresEditions"; RETURN NULL; END $stock$)"_s,
               uR"(CREATE TRIGGER "stock_genres_vides" AFTER TRUNCATE ON "Livres" FOR EACH STATEMENT EXECUTE FUNCTION ")"_s
               uR"(stock_genres_vides"())"_s}}},
            {u"20240416000000-summaries-lock-postgres"_s,
             {{},
              {uR"(CREATE FUNCTION "resumes_verrou_mouvements"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET )"_s
               uR"(search_path FROM CURRENT AS $verrou$ BEGIN IF TG_OP = 'DELETE' THEN IF OLD."Type" IN ('vente', 'reto)"_s
               uR"(ur') THEN PERFORM 1 FROM "Livres" WHERE "ID" = OLD."LivreId" FOR NO KEY UPDATE; PERFORM pg_advisory_)"_s
               uR"(xact_lock(1129595727, 1); END IF; RETURN OLD; END IF; IF NEW."Type" IN ('vente', 'retour') OR (TG_OP)"_s
               uR"( = 'UPDATE' AND OLD."Type" IN ('vente', 'retour')) THEN IF TG_OP = 'UPDATE' AND OLD."LivreId" < NEW.)"_s
               uR"("LivreId" THEN PERFORM 1 FROM "Livres" WHERE "ID" = OLD."LivreId" FOR NO KEY UPDATE; END IF; PERFORM)"_s
               uR"( 1 FROM "Livres" WHERE "ID" = NEW."LivreId" FOR NO KEY UPDATE; IF TG_OP = 'UPDATE' AND OLD."LivreId")"_s
               uR"( > NEW."LivreId" THEN PERFORM 1 FROM "Livres" WHERE "ID" = OLD."LivreId" FOR NO KEY UPDATE; END IF; )"_s
               uR"(PERFORM pg_advisory_xact_lock(1129595727, 1); END IF; RETURN NEW; END $verrou$)"_s,
               uR"(CREATE TRIGGER "resumes_verrou" BEFORE INSERT OR DELETE OR UPDATE OF "LivreId", "Date", "Quantite", )"_s
               uR"("Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION "resumes_verrou_mouvements"())"_s,
               uR"(CREATE FUNCTION "resumes_verrou"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path)"_s
               uR"( FROM CURRENT AS $verrou$ BEGIN PERFORM pg_advisory_xact_lock(1129595727, 1); IF TG_OP = 'DELETE' TH)"_s
               uR"(EN RETURN OLD; END IF; RETURN NEW; END $verrou$)"_s,
               uR"(CREATE TRIGGER "resumes_verrou" BEFORE INSERT OR DELETE OR UPDATE OF "ID", "Quantite", "Prix", "Genr)"_s
               uR"(e", "Edition", "Auteur" ON "Livres" FOR EACH ROW EXECUTE FUNCTION "resumes_verrou"())"_s,
               uR"(CREATE TRIGGER "resumes_verrou" BEFORE INSERT OR DELETE OR UPDATE OF "LivreId", "AuteurId", "Role" O)"_s
               uR"(N "LivresAuteurs" FOR EACH ROW EXECUTE FUNCTION "resumes_verrou"())"_s,
               uR"(CREATE TRIGGER "resumes_verrou" BEFORE UPDATE OF "Nom" ON "Auteurs" FOR EACH ROW EXECUTE FUNCTION "r)"_s
               uR"(esumes_verrou"())"_s}}},
    };
}

} // namespace CatalogueTests
