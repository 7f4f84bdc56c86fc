#include "frozenddl.h"

using namespace Qt::StringLiterals;

namespace CatalogueTests {

namespace {

// The tables and indexes.
FrozenDdl schemaDdl()
{
    return {
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
            {u"20240402000000-index-livres-postgres"_s,
             {{},
              {uR"(DROP INDEX "livres_nom")"_s, uR"(CREATE INDEX "livres_nom_id" ON "Livres" ("Nom", "ID"))"_s,
               uR"(DROP INDEX "livres_auteur")"_s, uR"(CREATE INDEX "livres_auteur_id" ON "Livres" ("Auteur", "ID"))"_s,
               uR"(DROP INDEX "livres_genre")"_s, uR"(CREATE INDEX "livres_genre_id" ON "Livres" ("Genre", "ID"))"_s,
               uR"(DROP INDEX "livres_annee")"_s, uR"(CREATE INDEX "livres_annee_id" ON "Livres" ("Annee", "ID"))"_s,
               uR"(DROP INDEX "livres_prix")"_s, uR"(CREATE INDEX "livres_prix_id" ON "Livres" ("Prix", "ID"))"_s,
               uR"(DROP INDEX "livres_edition")"_s,
               uR"(CREATE INDEX "livres_edition_id" ON "Livres" ("Edition", "ID"))"_s,
               uR"(DROP INDEX "livres_quantite")"_s,
               uR"(CREATE INDEX "livres_quantite_id" ON "Livres" ("Quantite", "ID"))"_s,
               uR"(DROP INDEX "livres_ventes")"_s,
               uR"(CREATE INDEX "livres_ventes_id" ON "Livres" ("Ventes", "ID"))"_s}}},
            {u"20240403000000-index-statistics-stock"_s,
             {{uR"(CREATE INDEX "livres_valeur_stock" ON "Livres" (("Quantite" * "Prix") DESC))"_s,
               uR"(CREATE INDEX "livres_genre_stock" ON "Livres" ("Genre", "Quantite", "Prix"))"_s},
              {uR"(CREATE INDEX "livres_valeur_stock" ON "Livres" (("Quantite" * "Prix") DESC NULLS LAST, "ID"))"_s,
               uR"(CREATE INDEX "livres_genre_stock" ON "Livres" ("Genre", "Quantite", "Prix"))"_s}}},
            // Nothing on a new catalogue, whose change feed 20240110000000-search-livres made in the current form
            // already; on an older PostgreSQL catalogue, see changeFeedOfAnOlderCatalogueIsBroughtUpToDate().
            {u"20240406000000-change-feed-rows"_s, {{}, {}}},
            {u"20240411000000-index-statistics-genre"_s,
             {{uR"(CREATE INDEX "livres_genre_annee" ON "Livres" ("Genre", "Annee"))"_s,
               uR"(CREATE INDEX "livres_genre_valeur_stock" ON "Livres" ("Genre", ("Quantite" * "Prix") DESC))"_s},
              {uR"(CREATE INDEX "livres_genre_annee" ON "Livres" ("Genre", "Annee"))"_s,
               uR"(CREATE INDEX "livres_genre_valeur_stock" ON "Livres" ("Genre", ("Quantite" * "Prix") DESC NULLS LAST)"_s
               uR"(, "ID"))"_s}}},
            {u"20240413000000-index-low-stock-genre"_s,
             {{uR"(CREATE INDEX "livres_genre_quantite" ON "Livres" ("Genre", "Quantite"))"_s},
              {uR"(CREATE INDEX "livres_genre_quantite" ON "Livres" ("Genre", "Quantite", "ID"))"_s}}},
    };
}

} // namespace

const FrozenDdl &frozenDdl()
{
    static const FrozenDdl all = [] {
        FrozenDdl ddl = schemaDdl();
        ddl.insert(salesSummariesDdl());
        ddl.insert(stockSummariesDdl());
        return ddl;
    }();
    return all;
}

} // namespace CatalogueTests
