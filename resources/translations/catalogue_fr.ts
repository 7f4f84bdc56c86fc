<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Catalogue</name>
    <message>
        <source>no catalogue at %1 (create one with: catalogue init)</source>
        <translation>aucun catalogue à %1 (pour en créer un : catalogue init)</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it has no %2 table (create one with: catalogue init)</source>
        <translation>%1 n&apos;est pas un catalogue : il n&apos;a pas de table %2 (pour en créer un : catalogue init)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Book catalogue manager.

Commands:
  info    print a summary of the catalogue (the default)
  init    create a new catalogue, or bring an existing one up to date</source>
        <translation>Gestionnaire de catalogue de livres.

Commandes :
  info    affiche un résumé du catalogue (par défaut)
  init    crée un nouveau catalogue, ou met à jour un catalogue existant</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database: a SQLite file, sqlite:FILE, or postgres://user@host:port/name. Default: %1.</source>
        <translation>La base du catalogue : un fichier SQLite, sqlite:FICHIER, ou postgres://utilisateur@hôte:port/nom. Par défaut : %1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>info or init</source>
        <translation>info ou init</translation>
    </message>
    <message>
        <source>catalogue init: creates a new catalogue at --db, or adds what an existing one lacks. Nothing stored is changed.</source>
        <translation>catalogue init : crée un nouveau catalogue à --db, ou ajoute ce qui manque à un catalogue existant. Rien de ce qui est enregistré n&apos;est modifié.</translation>
    </message>
    <message>
        <source>catalogue info: prints a summary of the catalogue at --db.</source>
        <translation>catalogue info : affiche un résumé du catalogue à --db.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>commande inconnue « %1 » (essayez --help)</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue : %1</translation>
    </message>
    <message>
        <source>Books: %1</source>
        <translation>Livres : %1</translation>
    </message>
    <message>
        <source>Copies in stock: %1</source>
        <translation>Exemplaires en stock : %1</translation>
    </message>
    <message>
        <source>Stock value: %1</source>
        <translation>Valeur du stock : %1</translation>
    </message>
    <message>
        <source>Genres: %1</source>
        <translation>Genres : %1</translation>
    </message>
    <message>
        <source>Years: %1 to %2</source>
        <translation>Années : de %1 à %2</translation>
    </message>
    <message>
        <source>Catalogue ready: %1</source>
        <translation>Catalogue prêt : %1</translation>
    </message>
</context>
</TS>
