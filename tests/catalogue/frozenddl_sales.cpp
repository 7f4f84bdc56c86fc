#include "frozenddl.h"

using namespace Qt::StringLiterals;

namespace CatalogueTests {

// The sales summaries and the best sellers' bounds (20240401000000, 20240408000000, 20240410000000,
// 20240412000000, 20240415000000, 20240417000000).
FrozenDdl salesSummariesDdl()
{
    return {
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
            {u"20240412000000-best-sellers-bounds-by-month"_s,
             {{uR"(CREATE TABLE "VentesAuteursMois" ("Mois" INTEGER NOT NULL, "Nom" VARCHAR(255) NOT NULL, "Exemplaires)"_s
               uR"(" BIGINT NOT NULL, PRIMARY KEY ("Mois", "Nom")) WITHOUT ROWID)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_insert" AFTER INSERT ON "MouvementsStock" WHEN NEW."Type" IN ('ve)"_s
               uR"(nte', 'retour') AND NEW."Quantite" < 0 BEGIN INSERT INTO "VentesAuteursMois" ("Mois", "Nom", "Exempl)"_s
               uR"(aires") SELECT CAST(substr(NEW."Date", 1, 4) || substr(NEW."Date", 6, 2) AS INTEGER), a."Nom", -NEW.)"_s
               uR"("Quantite" FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" WHERE c."LivreId" )"_s
               uR"(= NEW."LivreId" AND c."Role" = 'auteur' ON CONFLICT ("Mois", "Nom") DO UPDATE SET "Exemplaires" = "V)"_s
               uR"(entesAuteursMois"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAuteursMois" ("Mois", ")"_s
               uR"(Nom", "Exemplaires") SELECT CAST(substr(NEW."Date", 1, 4) || substr(NEW."Date", 6, 2) AS INTEGER), l)"_s
               uR"(."Auteur", -NEW."Quantite" FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" AND l."Auteur" <> '' AND )"_s
               uR"(NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') O)"_s
               uR"(N CONFLICT ("Mois", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursMois"."Exemplaires" + exclude)"_s
               uR"(d."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_update" AFTER UPDATE OF "LivreId", "Date", "Quantite", "Type" ON )"_s
               uR"("MouvementsStock" WHEN NEW."Type" IN ('vente', 'retour') AND NEW."Quantite" < 0 BEGIN INSERT INTO "V)"_s
               uR"(entesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(substr(NEW."Date", 1, 4) || substr(NEW.)"_s
               uR"("Date", 6, 2) AS INTEGER), a."Nom", -NEW."Quantite" FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON)"_s
               uR"( a."id" = c."AuteurId" WHERE c."LivreId" = NEW."LivreId" AND c."Role" = 'auteur' ON CONFLICT ("Mois")"_s
               uR"(, "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursMois"."Exemplaires" + excluded."Exemplaires"; I)"_s
               uR"(NSERT INTO "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(substr(NEW."Date", 1, 4) |)"_s
               uR"(| substr(NEW."Date", 6, 2) AS INTEGER), l."Auteur", -NEW."Quantite" FROM "Livres" AS l WHERE l."ID" )"_s
               uR"(= NEW."LivreId" AND l."Auteur" <> '' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."Liv)"_s
               uR"(reId" = l."ID" AND c."Role" = 'auteur') ON CONFLICT ("Mois", "Nom") DO UPDATE SET "Exemplaires" = "V)"_s
               uR"(entesAuteursMois"."Exemplaires" + excluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_contribution_insert" AFTER INSERT ON "LivresAuteurs" WHEN NEW."Ro)"_s
               uR"(le" = 'auteur' AND EXISTS (SELECT 1 FROM "VentesLivres" WHERE "LivreId" = NEW."LivreId") BEGIN INSER)"_s
               uR"(T INTO "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(substr(m."Date", 1, 4) || subs)"_s
               uR"(tr(m."Date", 6, 2) AS INTEGER), a."Nom", -SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "Auteurs")"_s
               uR"( AS a ON a."id" = c."AuteurId" JOIN "MouvementsStock" AS m ON m."LivreId" = c."LivreId" WHERE c."Liv)"_s
               uR"(reId" = NEW."LivreId" AND c."AuteurId" = NEW."AuteurId" AND c."Role" = 'auteur' AND m."Type" IN ('ve)"_s
               uR"(nte', 'retour') AND m."Quantite" < 0 GROUP BY CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) )"_s
               uR"(AS INTEGER), a."Nom" ON CONFLICT ("Mois", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursMois".")"_s
               uR"(Exemplaires" + excluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_contribution_update" AFTER UPDATE OF "LivreId", "AuteurId", "Role)"_s
               uR"(" ON "LivresAuteurs" BEGIN INSERT INTO "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAS)"_s
               uR"(T(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), a."Nom", -SUM(m."Quantite") FROM "Li)"_s
               uR"(vresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "MouvementsStock" AS m ON m."Liv)"_s
               uR"(reId" = c."LivreId" WHERE c."LivreId" = NEW."LivreId" AND c."AuteurId" = NEW."AuteurId" AND NEW."Rol)"_s
               uR"(e" = 'auteur' AND c."Role" = 'auteur' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 GROUP)"_s
               uR"( BY CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), a."Nom" ON CONFLICT ("Mois", )"_s
               uR"("Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursMois"."Exemplaires" + excluded."Exemplaires"; INS)"_s
               uR"(ERT INTO "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(substr(m."Date", 1, 4) || su)"_s
               uR"(bstr(m."Date", 6, 2) AS INTEGER), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "Mouvements)"_s
               uR"(Stock" AS m ON m."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Auteur" <> '' AND m."Type" I)"_s
               uR"(N ('vente', 'retour') AND m."Quantite" < 0 AND OLD."Role" = 'auteur' AND NOT EXISTS (SELECT 1 FROM ")"_s
               uR"(LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr(m."Date)"_s
               uR"(", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), l."Auteur" ON CONFLICT ("Mois", "Nom") DO UPDATE SET)"_s
               uR"( "Exemplaires" = "VentesAuteursMois"."Exemplaires" + excluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_contribution_delete" AFTER DELETE ON "LivresAuteurs" WHEN OLD."Ro)"_s
               uR"(le" = 'auteur' BEGIN INSERT INTO "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(subs)"_s
               uR"(tr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), l."Auteur", -SUM(m."Quantite") FROM "Livre)"_s
               uR"(s" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE l."ID" = OLD."LivreId" AND l."Aute)"_s
               uR"(ur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 AND NOT EXISTS (SELECT 1 FROM "Li)"_s
               uR"(vresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr(m."Date",)"_s
               uR"( 1, 4) || substr(m."Date", 6, 2) AS INTEGER), l."Auteur" ON CONFLICT ("Mois", "Nom") DO UPDATE SET ")"_s
               uR"(Exemplaires" = "VentesAuteursMois"."Exemplaires" + excluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_auteur" AFTER UPDATE OF "Nom" ON "Auteurs" WHEN NEW."Nom" IS NOT )"_s
               uR"(OLD."Nom" BEGIN INSERT INTO "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(substr(m.)"_s
               uR"("Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), a."Nom", -SUM(m."Quantite") FROM "LivresAuteurs)"_s
               uR"(" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "MouvementsStock" AS m ON m."LivreId" = c.")"_s
               uR"(LivreId" WHERE c."AuteurId" = NEW."id" AND c."Role" = 'auteur' AND m."Type" IN ('vente', 'retour') A)"_s
               uR"(ND m."Quantite" < 0 GROUP BY CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), a."N)"_s
               uR"(om" ON CONFLICT ("Mois", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursMois"."Exemplaires" + ex)"_s
               uR"(cluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_livre" AFTER UPDATE OF "Auteur" ON "Livres" WHEN NEW."Auteur" IS )"_s
               uR"(NOT OLD."Auteur" BEGIN INSERT INTO "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(su)"_s
               uR"(bstr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), l."Auteur", -SUM(m."Quantite") FROM "Liv)"_s
               uR"(res" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE l."ID" = NEW."ID" AND l."Auteur")"_s
               uR"( <> '' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 AND NOT EXISTS (SELECT 1 FROM "Livre)"_s
               uR"(sAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr(m."Date", 1,)"_s
               uR"( 4) || substr(m."Date", 6, 2) AS INTEGER), l."Auteur" ON CONFLICT ("Mois", "Nom") DO UPDATE SET "Exe)"_s
               uR"(mplaires" = "VentesAuteursMois"."Exemplaires" + excluded."Exemplaires"; END)"_s},
              {uR"(CREATE TABLE "VentesAuteursMois" ("Mois" INTEGER NOT NULL, "Nom" VARCHAR(255) NOT NULL, "Exemplaires)"_s
               uR"(" BIGINT NOT NULL, PRIMARY KEY ("Mois", "Nom")))"_s,
               uR"(CREATE FUNCTION "ventes_bornes_mois_mouvements"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER )"_s
               uR"(SET search_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Type" IN ('vente', 'retour') AND NEW."Quantit)"_s
               uR"(e" < 0 THEN INSERT INTO "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR )"_s
               uR"(FROM NEW."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM NEW."Date" AT TIME ZONE 'UTC') AS INT)"_s
               uR"(EGER), a."Nom", -NEW."Quantite" FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurI)"_s
               uR"(d" WHERE c."LivreId" = NEW."LivreId" AND c."Role" = 'auteur' ON CONFLICT ("Mois", "Nom") DO UPDATE S)"_s
               uR"(ET "Exemplaires" = "VentesAuteursMois"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAu)"_s
               uR"(teursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM NEW."Date" AT TIME ZONE 'UTC)"_s
               uR"(') * 100 + EXTRACT(MONTH FROM NEW."Date" AT TIME ZONE 'UTC') AS INTEGER), l."Auteur", -NEW."Quantite)"_s
               uR"(" FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" AND l."Auteur" <> '' AND NOT EXISTS (SELECT 1 FROM)"_s
               uR"( "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') ON CONFLICT ("Mois", "Nom")"_s
               uR"() DO UPDATE SET "Exemplaires" = "VentesAuteursMois"."Exemplaires" + excluded."Exemplaires"; END IF; )"_s
               uR"(RETURN NULL; END $bornes$)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_mouvements" AFTER INSERT OR UPDATE OF "LivreId", "Date", "Quantit)"_s
               uR"(e", "Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION "ventes_bornes_mois_mouvements"())"_s,
               uR"(CREATE FUNCTION "ventes_bornes_mois_vides"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET s)"_s
               uR"(earch_path FROM CURRENT AS $bornes$ BEGIN TRUNCATE "VentesAuteursMois"; RETURN NULL; END $bornes$)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_vides" AFTER TRUNCATE ON "MouvementsStock" FOR EACH STATEMENT EXE)"_s
               uR"(CUTE FUNCTION "ventes_bornes_mois_vides"())"_s,
               uR"(CREATE FUNCTION "ventes_bornes_mois_contributions"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFIN)"_s
               uR"(ER SET search_path FROM CURRENT AS $bornes$ BEGIN IF TG_OP IN ('INSERT', 'UPDATE') THEN INSERT INTO )"_s
               uR"("VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZO)"_s
               uR"(NE 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), a."Nom", -SUM(m."Quan)"_s
               uR"(tite") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "MouvementsStock")"_s
               uR"( AS m ON m."LivreId" = c."LivreId" WHERE c."LivreId" = NEW."LivreId" AND c."AuteurId" = NEW."AuteurI)"_s
               uR"(d" AND NEW."Role" = 'auteur' AND c."Role" = 'auteur' AND m."Type" IN ('vente', 'retour') AND m."Quan)"_s
               uR"(tite" < 0 GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM m.)"_s
               uR"("Date" AT TIME ZONE 'UTC') AS INTEGER), a."Nom" ON CONFLICT ("Mois", "Nom") DO UPDATE SET "Exemplair)"_s
               uR"(es" = "VentesAuteursMois"."Exemplaires" + excluded."Exemplaires"; END IF; IF TG_OP IN ('DELETE', 'UP)"_s
               uR"(DATE') THEN INSERT INTO "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR )"_s
               uR"(FROM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER)"_s
               uR"(), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l.)"_s
               uR"("ID" WHERE l."ID" = OLD."LivreId" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Qu)"_s
               uR"(antite" < 0 AND OLD."Role" = 'auteur' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."Li)"_s
               uR"(vreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC')"_s
               uR"() * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), l."Auteur" ON CONFLICT ("Mois)"_s
               uR"(", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursMois"."Exemplaires" + excluded."Exemplaires"; )"_s
               uR"(END IF; RETURN NULL; END $bornes$)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_contributions" AFTER INSERT OR DELETE OR UPDATE OF "LivreId", "Au)"_s
               uR"(teurId", "Role" ON "LivresAuteurs" FOR EACH ROW EXECUTE FUNCTION "ventes_bornes_mois_contributions"()"_s
               uR"())"_s,
               uR"(CREATE FUNCTION "ventes_bornes_mois_auteurs"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET)"_s
               uR"( search_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Nom" IS DISTINCT FROM OLD."Nom" THEN INSERT INTO)"_s
               uR"( "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."Date" AT TIME Z)"_s
               uR"(ONE 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), a."Nom", -SUM(m."Qua)"_s
               uR"(ntite") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "MouvementsStock)"_s
               uR"(" AS m ON m."LivreId" = c."LivreId" WHERE c."AuteurId" = NEW."id" AND c."Role" = 'auteur' AND m."Typ)"_s
               uR"(e" IN ('vente', 'retour') AND m."Quantite" < 0 GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE)"_s
               uR"( 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), a."Nom" ON CONFLICT ("M)"_s
               uR"(ois", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursMois"."Exemplaires" + excluded."Exemplaires)"_s
               uR"("; END IF; RETURN NULL; END $bornes$)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_auteurs" AFTER UPDATE OF "Nom" ON "Auteurs" FOR EACH ROW EXECUTE )"_s
               uR"(FUNCTION "ventes_bornes_mois_auteurs"())"_s,
               uR"(CREATE FUNCTION "ventes_bornes_mois_livres"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET )"_s
               uR"(search_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Auteur" IS DISTINCT FROM OLD."Auteur" THEN INSERT)"_s
               uR"( INTO "VentesAuteursMois" ("Mois", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."Date" AT T)"_s
               uR"(IME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), l."Auteur", -SU)"_s
               uR"(M(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE l."ID" )"_s
               uR"(= NEW."ID" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 AND NOT EXI)"_s
               uR"(STS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY)"_s
               uR"( CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZON)"_s
               uR"(E 'UTC') AS INTEGER), l."Auteur" ON CONFLICT ("Mois", "Nom") DO UPDATE SET "Exemplaires" = "VentesAu)"_s
               uR"(teursMois"."Exemplaires" + excluded."Exemplaires"; END IF; RETURN NULL; END $bornes$)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_mois_livres" AFTER UPDATE OF "Auteur" ON "Livres" FOR EACH ROW EXECUTE)"_s
               uR"( FUNCTION "ventes_bornes_mois_livres"())"_s}}},
            {u"20240415000000-best-sellers-bounds-by-genre-and-month"_s,
             {{uR"(CREATE TABLE "VentesAuteursGenresMois" ("Mois" INTEGER NOT NULL, "Genre" VARCHAR(255) NOT NULL, "Nom)"_s
               uR"(" VARCHAR(255) NOT NULL, "Exemplaires" BIGINT NOT NULL, PRIMARY KEY ("Genre", "Mois", "Nom")) WITHOU)"_s
               uR"(T ROWID)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_insert" AFTER INSERT ON "MouvementsStock" WHEN NEW."Type" )"_s
               uR"(IN ('vente', 'retour') AND NEW."Quantite" < 0 BEGIN INSERT INTO "VentesAuteursGenresMois" ("Mois", ")"_s
               uR"(Genre", "Nom", "Exemplaires") SELECT CAST(substr(NEW."Date", 1, 4) || substr(NEW."Date", 6, 2) AS IN)"_s
               uR"(TEGER), COALESCE(l."Genre", ''), a."Nom", -NEW."Quantite" FROM "Livres" AS l JOIN "LivresAuteurs" AS)"_s
               uR"( c ON c."LivreId" = l."ID" JOIN "Auteurs" AS a ON a."id" = c."AuteurId" WHERE l."ID" = NEW."LivreId")"_s
               uR"( AND c."Role" = 'auteur' ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesA)"_s
               uR"(uteursGenresMois"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAuteursGenresMois" ("Mo)"_s
               uR"(is", "Genre", "Nom", "Exemplaires") SELECT CAST(substr(NEW."Date", 1, 4) || substr(NEW."Date", 6, 2))"_s
               uR"( AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -NEW."Quantite" FROM "Livres" AS l WHERE l."ID" =)"_s
               uR"( NEW."LivreId" AND l."Auteur" <> '' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."Livr)"_s
               uR"(eId" = l."ID" AND c."Role" = 'auteur') ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplair)"_s
               uR"(es" = "VentesAuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_update" AFTER UPDATE OF "LivreId", "Date", "Quantite", "Ty)"_s
               uR"(pe" ON "MouvementsStock" WHEN NEW."Type" IN ('vente', 'retour') AND NEW."Quantite" < 0 BEGIN INSERT )"_s
               uR"(INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT CAST(substr(NEW."Date")"_s
               uR"(, 1, 4) || substr(NEW."Date", 6, 2) AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -NEW."Quantite" F)"_s
               uR"(ROM "Livres" AS l JOIN "LivresAuteurs" AS c ON c."LivreId" = l."ID" JOIN "Auteurs" AS a ON a."id" = )"_s
               uR"(c."AuteurId" WHERE l."ID" = NEW."LivreId" AND c."Role" = 'auteur' ON CONFLICT ("Mois", "Genre", "Nom)"_s
               uR"(") DO UPDATE SET "Exemplaires" = "VentesAuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; I)"_s
               uR"(NSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT CAST(substr(NEW.)"_s
               uR"("Date", 1, 4) || substr(NEW."Date", 6, 2) AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -NEW."Qu)"_s
               uR"(antite" FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" AND l."Auteur" <> '' AND NOT EXISTS (SELECT )"_s
               uR"(1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') ON CONFLICT ("Mois",)"_s
               uR"( "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenresMois"."Exemplaires" + excluded."E)"_s
               uR"(xemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_contribution_insert" AFTER INSERT ON "LivresAuteurs" WHEN )"_s
               uR"(NEW."Role" = 'auteur' AND EXISTS (SELECT 1 FROM "VentesLivres" WHERE "LivreId" = NEW."LivreId") BEGI)"_s
               uR"(N INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT CAST(substr(m)"_s
               uR"(."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quan)"_s
               uR"(tite") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" JOIN "Livres" AS l ON )"_s
               uR"(l."ID" = c."LivreId" JOIN "MouvementsStock" AS m ON m."LivreId" = c."LivreId" WHERE c."LivreId" = NE)"_s
               uR"(W."LivreId" AND c."AuteurId" = NEW."AuteurId" AND c."Role" = 'auteur' AND m."Type" IN ('vente', 'ret)"_s
               uR"(our') AND m."Quantite" < 0 GROUP BY CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER)"_s
               uR"(), COALESCE(l."Genre", ''), a."Nom" ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires")"_s
               uR"( = "VentesAuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_contribution_update" AFTER UPDATE OF "LivreId", "AuteurId")"_s
               uR"(, "Role" ON "LivresAuteurs" BEGIN INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Ex)"_s
               uR"(emplaires") SELECT CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESCE(l."Ge)"_s
               uR"(nre", ''), a."Nom", -SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c.")"_s
               uR"(AuteurId" JOIN "Livres" AS l ON l."ID" = c."LivreId" JOIN "MouvementsStock" AS m ON m."LivreId" = c.)"_s
               uR"("LivreId" WHERE c."LivreId" = NEW."LivreId" AND c."AuteurId" = NEW."AuteurId" AND NEW."Role" = 'aute)"_s
               uR"(ur' AND c."Role" = 'auteur' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 GROUP BY CAST(s)"_s
               uR"(ubstr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESCE(l."Genre", ''), a."Nom" ON CON)"_s
               uR"(FLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenresMois"."Exemplaires")"_s
               uR"( + excluded."Exemplaires"; INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplair)"_s
               uR"(es") SELECT CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESCE(l."Genre", ')"_s
               uR"('), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l)"_s
               uR"(."ID" WHERE l."ID" = OLD."LivreId" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Q)"_s
               uR"(uantite" < 0 AND OLD."Role" = 'auteur' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."L)"_s
               uR"(ivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr(m."Date", 1, 4) || substr(m."Date", 6)"_s
               uR"(, 2) AS INTEGER), COALESCE(l."Genre", ''), l."Auteur" ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE)"_s
               uR"( SET "Exemplaires" = "VentesAuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_contribution_delete" AFTER DELETE ON "LivresAuteurs" WHEN )"_s
               uR"(OLD."Role" = 'auteur' BEGIN INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplai)"_s
               uR"(res") SELECT CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESCE(l."Genre", )"_s
               uR"(''), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = )"_s
               uR"(l."ID" WHERE l."ID" = OLD."LivreId" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m.")"_s
               uR"(Quantite" < 0 AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."R)"_s
               uR"(ole" = 'auteur') GROUP BY CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESC)"_s
               uR"(E(l."Genre", ''), l."Auteur" ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "Ven)"_s
               uR"(tesAuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_auteur" AFTER UPDATE OF "Nom" ON "Auteurs" WHEN NEW."Nom" )"_s
               uR"(IS NOT OLD."Nom" BEGIN INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires"))"_s
               uR"( SELECT CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESCE(l."Genre", ''), )"_s
               uR"(a."Nom", -SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."AuteurId" J)"_s
               uR"(OIN "Livres" AS l ON l."ID" = c."LivreId" JOIN "MouvementsStock" AS m ON m."LivreId" = c."LivreId" W)"_s
               uR"(HERE c."AuteurId" = NEW."id" AND c."Role" = 'auteur' AND m."Type" IN ('vente', 'retour') AND m."Quan)"_s
               uR"(tite" < 0 GROUP BY CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESCE(l."Ge)"_s
               uR"(nre", ''), a."Nom" ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteurs)"_s
               uR"(GenresMois"."Exemplaires" + excluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_livre" AFTER UPDATE OF "Auteur" ON "Livres" WHEN NEW."Aute)"_s
               uR"(ur" IS NOT OLD."Auteur" BEGIN INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exempl)"_s
               uR"(aires") SELECT CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESCE(l."Genre")"_s
               uR"(, ''), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" )"_s
               uR"(= l."ID" WHERE l."ID" = NEW."ID" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Qua)"_s
               uR"(ntite" < 0 AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role)"_s
               uR"(" = 'auteur') GROUP BY CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESCE(l)"_s
               uR"(."Genre", ''), l."Auteur" ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "Ventes)"_s
               uR"(AuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; END)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_livre_genre" AFTER UPDATE OF "Genre" ON "Livres" WHEN NEW.)"_s
               uR"("Genre" IS NOT OLD."Genre" BEGIN INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exe)"_s
               uR"(mplaires") SELECT CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALESCE(l."Gen)"_s
               uR"(re", ''), a."Nom", -SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a ON a."id" = c."A)"_s
               uR"(uteurId" JOIN "Livres" AS l ON l."ID" = c."LivreId" JOIN "MouvementsStock" AS m ON m."LivreId" = c.")"_s
               uR"(LivreId" WHERE c."LivreId" = NEW."ID" AND c."Role" = 'auteur' AND m."Type" IN ('vente', 'retour') AN)"_s
               uR"(D m."Quantite" < 0 GROUP BY CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) AS INTEGER), COALE)"_s
               uR"(SCE(l."Genre", ''), a."Nom" ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "Vent)"_s
               uR"(esAuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAuteursGenresMois" ()"_s
               uR"("Mois", "Genre", "Nom", "Exemplaires") SELECT CAST(substr(m."Date", 1, 4) || substr(m."Date", 6, 2) )"_s
               uR"(AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -SUM(m."Quantite") FROM "Livres" AS l JOIN "Mouvem)"_s
               uR"(entsStock" AS m ON m."LivreId" = l."ID" WHERE l."ID" = NEW."ID" AND l."Auteur" <> '' AND m."Type" IN)"_s
               uR"( ('vente', 'retour') AND m."Quantite" < 0 AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c)"_s
               uR"(."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(substr(m."Date", 1, 4) || substr(m."Date")"_s
               uR"(, 6, 2) AS INTEGER), COALESCE(l."Genre", ''), l."Auteur" ON CONFLICT ("Mois", "Genre", "Nom") DO UPD)"_s
               uR"(ATE SET "Exemplaires" = "VentesAuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; END)"_s},
              {uR"(CREATE TABLE "VentesAuteursGenresMois" ("Mois" INTEGER NOT NULL, "Genre" VARCHAR(255) NOT NULL, "Nom)"_s
               uR"(" VARCHAR(255) NOT NULL, "Exemplaires" BIGINT NOT NULL, PRIMARY KEY ("Genre", "Mois", "Nom")))"_s,
               uR"(CREATE FUNCTION "ventes_bornes_genres_mois_mouvements"() RETURNS trigger LANGUAGE plpgsql SECURITY D)"_s
               uR"(EFINER SET search_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Type" IN ('vente', 'retour') AND NEW.")"_s
               uR"(Quantite" < 0 THEN INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SEL)"_s
               uR"(ECT CAST(EXTRACT(YEAR FROM NEW."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM NEW."Date" AT T)"_s
               uR"(IME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), a."Nom", -NEW."Quantite" FROM "Livres" AS l JO)"_s
               uR"(IN "LivresAuteurs" AS c ON c."LivreId" = l."ID" JOIN "Auteurs" AS a ON a."id" = c."AuteurId" WHERE l)"_s
               uR"(."ID" = NEW."LivreId" AND c."Role" = 'auteur' ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Ex)"_s
               uR"(emplaires" = "VentesAuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; INSERT INTO "VentesAu)"_s
               uR"(teursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM NEW."Date" AT)"_s
               uR"( TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM NEW."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l.)"_s
               uR"("Genre", ''), l."Auteur", -NEW."Quantite" FROM "Livres" AS l WHERE l."ID" = NEW."LivreId" AND l."Aut)"_s
               uR"(eur" <> '' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role)"_s
               uR"(" = 'auteur') ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenre)"_s
               uR"(sMois"."Exemplaires" + excluded."Exemplaires"; END IF; RETURN NULL; END $bornes$)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_mouvements" AFTER INSERT OR UPDATE OF "LivreId", "Date", ")"_s
               uR"(Quantite", "Type" ON "MouvementsStock" FOR EACH ROW EXECUTE FUNCTION "ventes_bornes_genres_mois_mouv)"_s
               uR"(ements"())"_s,
               uR"(CREATE FUNCTION "ventes_bornes_genres_mois_vides"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINE)"_s
               uR"(R SET search_path FROM CURRENT AS $bornes$ BEGIN TRUNCATE "VentesAuteursGenresMois"; RETURN NULL; EN)"_s
               uR"(D $bornes$)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_vides" AFTER TRUNCATE ON "MouvementsStock" FOR EACH STATEM)"_s
               uR"(ENT EXECUTE FUNCTION "ventes_bornes_genres_mois_vides"())"_s,
               uR"(CREATE FUNCTION "ventes_bornes_genres_mois_contributions"() RETURNS trigger LANGUAGE plpgsql SECURIT)"_s
               uR"(Y DEFINER SET search_path FROM CURRENT AS $bornes$ BEGIN IF TG_OP IN ('INSERT', 'UPDATE') THEN INSER)"_s
               uR"(T INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR FR)"_s
               uR"(OM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER),)"_s
               uR"( COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a )"_s
               uR"(ON a."id" = c."AuteurId" JOIN "Livres" AS l ON l."ID" = c."LivreId" JOIN "MouvementsStock" AS m ON m)"_s
               uR"(."LivreId" = c."LivreId" WHERE c."LivreId" = NEW."LivreId" AND c."AuteurId" = NEW."AuteurId" AND NEW)"_s
               uR"(."Role" = 'auteur' AND c."Role" = 'auteur' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 )"_s
               uR"(GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT )"_s
               uR"(TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), a."Nom" ON CONFLICT ("Mois", "Genre", "Nom") )"_s
               uR"(DO UPDATE SET "Exemplaires" = "VentesAuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; END )"_s
               uR"(IF; IF TG_OP IN ('DELETE', 'UPDATE') THEN INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "N)"_s
               uR"(om", "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH)"_s
               uR"( FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -SUM(m."Quantit)"_s
               uR"(e") FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE l."ID" = OLD."Livre)"_s
               uR"(Id" AND l."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 AND OLD."Role" = ')"_s
               uR"(auteur' AND NOT EXISTS (SELECT 1 FROM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" =)"_s
               uR"( 'auteur') GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM m)"_s
               uR"(."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), l."Auteur" ON CONFLICT ("Mois", "G)"_s
               uR"(enre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenresMois"."Exemplaires" + excluded."Exem)"_s
               uR"(plaires"; END IF; RETURN NULL; END $bornes$)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_contributions" AFTER INSERT OR DELETE OR UPDATE OF "LivreI)"_s
               uR"(d", "AuteurId", "Role" ON "LivresAuteurs" FOR EACH ROW EXECUTE FUNCTION "ventes_bornes_genres_mois_c)"_s
               uR"(ontributions"())"_s,
               uR"(CREATE FUNCTION "ventes_bornes_genres_mois_auteurs"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFI)"_s
               uR"(NER SET search_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Nom" IS DISTINCT FROM OLD."Nom" THEN INSE)"_s
               uR"(RT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEAR F)"_s
               uR"(ROM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER))"_s
               uR"(, COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "Auteurs" AS a)"_s
               uR"( ON a."id" = c."AuteurId" JOIN "Livres" AS l ON l."ID" = c."LivreId" JOIN "MouvementsStock" AS m ON )"_s
               uR"(m."LivreId" = c."LivreId" WHERE c."AuteurId" = NEW."id" AND c."Role" = 'auteur' AND m."Type" IN ('ve)"_s
               uR"(nte', 'retour') AND m."Quantite" < 0 GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') * )"_s
               uR"(100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), a."Nom" )"_s
               uR"(ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenresMois"."Exempl)"_s
               uR"(aires" + excluded."Exemplaires"; END IF; RETURN NULL; END $bornes$)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_auteurs" AFTER UPDATE OF "Nom" ON "Auteurs" FOR EACH ROW E)"_s
               uR"(XECUTE FUNCTION "ventes_bornes_genres_mois_auteurs"())"_s,
               uR"(CREATE FUNCTION "ventes_bornes_genres_mois_livres"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFIN)"_s
               uR"(ER SET search_path FROM CURRENT AS $bornes$ BEGIN IF NEW."Genre" IS DISTINCT FROM OLD."Genre" THEN I)"_s
               uR"(NSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom", "Exemplaires") SELECT CAST(EXTRACT(YEA)"_s
               uR"(R FROM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEG)"_s
               uR"(ER), COALESCE(l."Genre", ''), a."Nom", -SUM(m."Quantite") FROM "LivresAuteurs" AS c JOIN "Auteurs" A)"_s
               uR"(S a ON a."id" = c."AuteurId" JOIN "Livres" AS l ON l."ID" = c."LivreId" JOIN "MouvementsStock" AS m )"_s
               uR"(ON m."LivreId" = c."LivreId" WHERE c."LivreId" = NEW."ID" AND c."Role" = 'auteur' AND m."Type" IN (')"_s
               uR"(vente', 'retour') AND m."Quantite" < 0 GROUP BY CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') )"_s
               uR"(* 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), a."Nom)"_s
               uR"(" ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exemplaires" = "VentesAuteursGenresMois"."Exem)"_s
               uR"(plaires" + excluded."Exemplaires"; END IF; IF NEW."Genre" IS DISTINCT FROM OLD."Genre" OR NEW."Auteu)"_s
               uR"(r" IS DISTINCT FROM OLD."Auteur" THEN INSERT INTO "VentesAuteursGenresMois" ("Mois", "Genre", "Nom",)"_s
               uR"( "Exemplaires") SELECT CAST(EXTRACT(YEAR FROM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FRO)"_s
               uR"(M m."Date" AT TIME ZONE 'UTC') AS INTEGER), COALESCE(l."Genre", ''), l."Auteur", -SUM(m."Quantite") )"_s
               uR"(FROM "Livres" AS l JOIN "MouvementsStock" AS m ON m."LivreId" = l."ID" WHERE l."ID" = NEW."ID" AND l)"_s
               uR"(."Auteur" <> '' AND m."Type" IN ('vente', 'retour') AND m."Quantite" < 0 AND NOT EXISTS (SELECT 1 FR)"_s
               uR"(OM "LivresAuteurs" AS c WHERE c."LivreId" = l."ID" AND c."Role" = 'auteur') GROUP BY CAST(EXTRACT(YE)"_s
               uR"(AR FROM m."Date" AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM m."Date" AT TIME ZONE 'UTC') AS INTE)"_s
               uR"(GER), COALESCE(l."Genre", ''), l."Auteur" ON CONFLICT ("Mois", "Genre", "Nom") DO UPDATE SET "Exempl)"_s
               uR"(aires" = "VentesAuteursGenresMois"."Exemplaires" + excluded."Exemplaires"; END IF; RETURN NULL; END )"_s
               uR"($bornes$)"_s,
               uR"(CREATE TRIGGER "ventes_bornes_genres_mois_livres" AFTER UPDATE OF "Auteur", "Genre" ON "Livres" FOR )"_s
               uR"(EACH ROW EXECUTE FUNCTION "ventes_bornes_genres_mois_livres"())"_s}}},
            {u"20240417000000-index-best-sellers-bounds-by-month"_s,
             {{uR"(CREATE INDEX "ventes_auteurs_mois_exemplaires" ON "VentesAuteursMois" ("Mois", "Exemplaires", "Nom"))"_s,
               uR"(CREATE INDEX "ventes_auteurs_genres_mois_exemplaires" ON "VentesAuteursGenresMois" ("Genre", "Mois",)"_s
               uR"( "Exemplaires", "Nom"))"_s},
              {uR"(CREATE INDEX "ventes_auteurs_mois_exemplaires" ON "VentesAuteursMois" ("Mois", "Exemplaires", "Nom"))"_s,
               uR"(CREATE INDEX "ventes_auteurs_genres_mois_exemplaires" ON "VentesAuteursGenresMois" ("Genre", "Mois",)"_s
               uR"( "Exemplaires", "Nom"))"_s}}},
    };
}

} // namespace CatalogueTests
