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
    <message>
        <source>%1 is not a catalogue: its migration record (SequelizeMeta) cannot be read (%2); it was left as it is</source>
        <translation>%1 n&apos;est pas un catalogue : son registre de migrations (SequelizeMeta) est illisible (%2) ; il a été laissé tel quel</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, et %n autre</numerusform>
            <numerusform>, et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it holds another application&apos;s tables (%2) and no %3 table; it was left as it is</source>
        <translation>%1 n&apos;est pas un catalogue : il contient les tables d&apos;une autre application (%2) et pas de table %3 ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it has no %2 table, and records migrations of another application (%3); it was left as it is</source>
        <translation>%1 n&apos;est pas un catalogue : il n&apos;a pas de table %2 et enregistre les migrations d&apos;une autre application (%3) ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>it was written by a newer version of the catalogue (it records migrations this version does not know: %1)</source>
        <translation>il a été écrit par une version plus récente du catalogue (il enregistre des migrations que cette version ne connaît pas : %1)</translation>
    </message>
    <message>
        <source>opening balances are recorded by the catalogue itself</source>
        <translation>les stocks d&apos;ouverture sont enregistrés par le catalogue lui-même</translation>
    </message>
    <message>
        <source>A movement needs a positive number of copies</source>
        <translation>Un mouvement porte sur un nombre positif d&apos;exemplaires</translation>
    </message>
    <message numerus="yes">
        <source>Only %n copies in stock: cannot take %1 away</source>
        <translation>
            <numerusform>Seulement %n exemplaire en stock : impossible d&apos;en retirer %1</numerusform>
            <numerusform>Seulement %n exemplaires en stock : impossible d&apos;en retirer %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n copies sold: cannot take back %1</source>
        <translation>
            <numerusform>Seulement %n exemplaire vendu : impossible d&apos;en reprendre %1</numerusform>
            <numerusform>Seulement %n exemplaires vendus : impossible d&apos;en reprendre %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This book has %n stock movement(s): keep the book, or delete its history with it</source>
        <translation>
            <numerusform>Ce livre a %n mouvement de stock : gardez le livre, ou supprimez son historique avec lui</numerusform>
            <numerusform>Ce livre a %n mouvements de stock : gardez le livre, ou supprimez son historique avec lui</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no book %1</source>
        <translation>Il n&apos;y a pas de livre %1</translation>
    </message>
    <message>
        <source>it holds triggers or views that this program did not write</source>
        <translation>il contient des déclencheurs ou des vues que ce programme n&apos;a pas écrits</translation>
    </message>
    <message>
        <source>this catalogue cannot hold covers yet: bring it up to date first (catalogue migrate up)</source>
        <translation>ce catalogue ne peut pas encore contenir de couvertures&#xa0;: mettez-le d&apos;abord à jour (catalogue migrate up)</translation>
    </message>
    <message>
        <source>The image is too large (%1 MB; at most %2 MB)</source>
        <translation>L&apos;image est trop volumineuse (%1 Mo&#xa0;; %2 Mo au plus)</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels; at most %3 on a side)</source>
        <translation>L&apos;image est trop grande (%1 × %2 pixels&#xa0;; %3 au plus par côté)</translation>
    </message>
    <message>
        <source>This file is not an image that can be read (%1)</source>
        <translation>Ce fichier n&apos;est pas une image lisible (%1)</translation>
    </message>
    <message>
        <source>no cover</source>
        <translation>pas de couverture</translation>
    </message>
    <message>
        <source>this catalogue holds no stored covers</source>
        <translation>ce catalogue ne contient aucune couverture enregistrée</translation>
    </message>
    <message>
        <source>the stored image %1 is missing</source>
        <translation>l&apos;image enregistrée %1 est introuvable</translation>
    </message>
    <message>
        <source>covers on the web are not fetched: %1</source>
        <translation>les couvertures sur le web ne sont pas téléchargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>no file for %1</source>
        <translation>aucun fichier pour %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 est trop volumineux</translation>
    </message>
    <message>
        <source>Someone else changed %1 of this book in the meantime: nothing was overwritten</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce livre entre-temps (%1)&#xa0;: rien n&apos;a été écrasé</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the default catalogue: %2</source>
        <translation>impossible de créer le dossier %1 du catalogue par défaut : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its migration record does not match its index (%2); it was left as it is</source>
        <translation>%1 est endommagé : son registre des migrations ne correspond pas à son index (%2) ; il a été laissé tel quel</translation>
    </message>
</context>
<context>
    <name>Catalogue::Auteur</name>
    <message>
        <source>A contributor needs a name</source>
        <translation>Un contributeur doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>Catalogue::Catalogue</name>
    <message>
        <source>this catalogue has no contributors or stock history yet: migrate it first (catalogue migrate up)</source>
        <translation>ce catalogue n&apos;a pas encore de contributeurs ni d&apos;historique de stock : migrez-le d&apos;abord (catalogue migrate up)</translation>
    </message>
</context>
<context>
    <name>Catalogue::Livre</name>
    <message>
        <source>%1 is not a valid address</source>
        <translation>%1 n&apos;est pas une adresse valide</translation>
    </message>
    <message>
        <source>%1 must be a file path or a web address (http, https)</source>
        <translation>%1 doit être un chemin de fichier ou une adresse web (http, https)</translation>
    </message>
    <message>
        <source>%1 must not point outside the catalogue&apos;s folder</source>
        <translation>%1 ne doit pas pointer hors du dossier du catalogue</translation>
    </message>
    <message>
        <source>%1 must be an image (JPEG, PNG, GIF, WebP, SVG...)</source>
        <translation>%1 doit être une image (JPEG, PNG, GIF, WebP, SVG…)</translation>
    </message>
    <message>
        <source>The title cannot be empty</source>
        <translation>Le titre ne peut pas être vide</translation>
    </message>
    <message>
        <source>The price cannot be negative</source>
        <translation>Le prix ne peut pas être négatif</translation>
    </message>
    <message>
        <source>The link must be a web address</source>
        <translation>Le lien doit être une adresse web</translation>
    </message>
    <message>
        <source>The stock cannot be negative</source>
        <translation>Le stock ne peut pas être négatif</translation>
    </message>
    <message>
        <source>The year must be between 1450 and %1</source>
        <translation>L&apos;année doit être comprise entre 1450 et %1</translation>
    </message>
    <message>
        <source>A book has at least one page</source>
        <translation>Un livre a au moins une page</translation>
    </message>
    <message>
        <source>Sales cannot be negative</source>
        <translation>Les ventes ne peuvent pas être négatives</translation>
    </message>
</context>
<context>
    <name>Catalogue::MouvementStock</name>
    <message>
        <source>A stock movement changes the stock by at least one copy</source>
        <translation>Un mouvement de stock change le stock d&apos;au moins un exemplaire</translation>
    </message>
    <message>
        <source>The quantity&apos;s sign does not match the kind of movement</source>
        <translation>Le signe de la quantité ne correspond pas au type de mouvement</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The catalogue&apos;s database: a SQLite file, sqlite:FILE, or postgres://user@host:port/name. Default: %1.</source>
        <translation>La base du catalogue : un fichier SQLite, sqlite:FICHIER, ou postgres://utilisateur@hôte:port/nom. Par défaut : %1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
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
    <message>
        <source>migrate up: stop after this migration; migrate down: undo down to and including it.</source>
        <translation>migrate up : s&apos;arrêter après cette migration ; migrate down : annuler jusqu&apos;à celle-ci incluse.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>migrate: do not copy a SQLite catalogue before changing it.</source>
        <translation>migrate : ne pas copier un catalogue SQLite avant de le modifier.</translation>
    </message>
    <message>
        <source>catalogue migrate status|up|down: lists the migrations and when each ran, runs the pending ones (up, optionally --to NAME), or undoes the last one (down, or down --to NAME). Each migration is atomic; a SQLite catalogue is copied first unless --no-backup.</source>
        <translation>catalogue migrate status|up|down : liste les migrations et quand chacune a été exécutée, exécute celles en attente (up, éventuellement --to NOM) ou annule la dernière (down, ou down --to NOM). Chaque migration est atomique ; un catalogue SQLite est d&apos;abord copié, sauf avec --no-backup.</translation>
    </message>
    <message>
        <source>migrate needs one of: status, up, down</source>
        <translation>migrate attend l&apos;une des actions : status, up, down</translation>
    </message>
    <message>
        <source>unknown migrate action &apos;%1&apos; (status, up or down)</source>
        <translation>action de migration inconnue « %1 » (status, up ou down)</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>done     %1  (%2)</source>
        <translation>faite       %1  (%2)</translation>
    </message>
    <message>
        <source>pending  %1</source>
        <translation>en attente  %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Copie de sauvegarde : %1</translation>
    </message>
    <message>
        <source>migrated  %1</source>
        <translation>migrée   %1</translation>
    </message>
    <message>
        <source>reverted  %1</source>
        <translation>annulée  %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
    </message>
    <message>
        <source>Book catalogue manager. Without arguments, it opens the catalogue window.

Commands:
  info    print a summary of the catalogue (the default with options)
  init    create a new catalogue, or bring an existing one up to date
  migrate status|up|down   list, run or undo the catalogue&apos;s migrations
  check   look for damage (SQLite&apos;s integrity_check) and books breaking the rules</source>
        <translation>Gestionnaire de catalogue de livres. Sans arguments, il ouvre la fenêtre du catalogue.

Commandes :
  info    affiche un résumé du catalogue (la commande par défaut avec des options)
  init    crée un nouveau catalogue, ou met à jour un catalogue existant
  migrate status|up|down   liste, exécute ou annule les migrations du catalogue
  check   cherche les dommages (integrity_check de SQLite) et les livres qui enfreignent les règles</translation>
    </message>
    <message>
        <source>info, init, migrate or check</source>
        <translation>info, init, migrate ou check</translation>
    </message>
    <message>
        <source>--db needs a database URL (a SQLite file, sqlite:FILE or postgres://...)</source>
        <translation>--db demande l&apos;URL d&apos;une base de données (un fichier SQLite, sqlite:FICHIER ou postgres://...)</translation>
    </message>
    <message>
        <source>catalogue check: runs SQLite&apos;s full integrity check on the catalogue at --db, then checks every book against the domain&apos;s rules, changing nothing. Prints one line per problem and exits with 1 when there is any.</source>
        <translation>catalogue check : exécute la vérification d&apos;intégrité complète de SQLite sur le catalogue de --db, puis vérifie chaque livre selon les règles du domaine, sans rien modifier. Affiche une ligne par problème et se termine avec 1 s&apos;il y en a.</translation>
    </message>
    <message>
        <source>there is no migration named %1 (see: catalogue migrate status)</source>
        <translation>aucune migration ne s&apos;appelle %1 (voir : catalogue migrate status)</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagé : %1</translation>
    </message>
    <message>
        <source>book %1: %2: %3</source>
        <translation>livre %1 : %2 : %3</translation>
    </message>
    <message>
        <source>No problems found: %1</source>
        <translation>Aucun problème trouvé : %1</translation>
    </message>
    <message>
        <source>catalogue: there is no display to open the window on; for the command line, see catalogue --help</source>
        <translation>catalogue : aucun écran où ouvrir la fenêtre ; pour la ligne de commande, voir catalogue --help</translation>
    </message>
</context>
<context>
    <name>Gui::BookEditor</name>
    <message>
        <source>« %1 »</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>author</source>
        <translation>l&apos;auteur</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>l&apos;éditeur</translation>
    </message>
    <message>
        <source>genre</source>
        <translation>le genre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>l&apos;année</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>le nombre de pages</translation>
    </message>
    <message>
        <source>price</source>
        <translation>le prix</translation>
    </message>
    <message>
        <source>link</source>
        <translation>le lien</translation>
    </message>
    <message>
        <source>tagline</source>
        <translation>l&apos;accroche</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>la présentation</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>front cover</source>
        <translation>la couverture</translation>
    </message>
    <message>
        <source>back cover</source>
        <translation>la quatrième de couverture</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>le dos</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message numerus="yes">
        <source>Sell %n copies of %1</source>
        <translation>
            <numerusform>Vendre %n exemplaire de %1</numerusform>
            <numerusform>Vendre %n exemplaires de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n copies of %1</source>
        <translation>
            <numerusform>Reprendre %n exemplaire de %1</numerusform>
            <numerusform>Reprendre %n exemplaires de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receive %n copies of %1</source>
        <translation>
            <numerusform>Recevoir %n exemplaire de %1</numerusform>
            <numerusform>Recevoir %n exemplaires de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjust the stock of %1 by %2</source>
        <translation>Ajuster le stock de %1 de %2</translation>
    </message>
    <message>
        <source>Cannot undo or redo “%1”: %2</source>
        <translation>Impossible d&apos;annuler ou de rétablir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>someone else changed the contributors in the meantime</source>
        <translation>quelqu&apos;un d&apos;autre a modifié les contributeurs entre-temps</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change the contributors of %1</source>
        <translation>Modifier les contributeurs de %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n books</source>
        <translation>
            <numerusform>Supprimer %n livre</numerusform>
            <numerusform>Supprimer %n livres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::BookForm</name>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Illustrator</source>
        <translation>Illustrateur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour client</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Stock d&apos;ouverture</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Previous book (Alt+Up)</source>
        <translation>Livre précédent (Alt+Haut)</translation>
    </message>
    <message>
        <source>Next book (Alt+Down)</source>
        <translation>Livre suivant (Alt+Bas)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>C&amp;overs</source>
        <translation>&amp;Couvertures</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>Stoc&amp;k</translation>
    </message>
    <message>
        <source>&amp;Contributors</source>
        <translation>C&amp;ontributeurs</translation>
    </message>
    <message>
        <source>Te&amp;xts</source>
        <translation>Te&amp;xtes</translation>
    </message>
    <message>
        <source>Save the changes of this book (they are also saved when you go to another book)</source>
        <translation>Enregistrer les modifications de ce livre (elles le sont aussi quand vous passez à un autre livre)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Follows the title, as the catalogue defines it</source>
        <translation>Suit le titre, selon la règle du catalogue</translation>
    </message>
    <message>
        <source>Without spaces:</source>
        <translation>Sans espaces&#xa0;:</translation>
    </message>
    <message>
        <source>Several authors: separate them with commas. Roles are set in the Contributors tab.</source>
        <translation>Plusieurs auteurs&#xa0;: séparez-les par des virgules. Les rôles se définissent dans l&apos;onglet Contributeurs.</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>Édite&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>&amp;Pages&#xa0;:</translation>
    </message>
    <message>
        <source>No price</source>
        <translation>Sans prix</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>P&amp;rix&#xa0;:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Stock&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the link in the web browser</source>
        <translation>Ouvrir le lien dans le navigateur web</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>Tag&amp;line:</source>
        <translation>Accroc&amp;he&#xa0;:</translation>
    </message>
    <message>
        <source>Pr&amp;esentation:</source>
        <translation>Pré&amp;sentation&#xa0;:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>4e de couverture</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History, newest first:</source>
        <translation>Historique, du plus récent au plus ancien&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>%1 in stock, %2 sold</source>
        <translation>%1 en stock, ventes&#xa0;: %2</translation>
    </message>
    <message>
        <source>not an image: %1</source>
        <translation>pas une image&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>«&#xa0;%1&#xa0;» enregistré</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <source>No book selected</source>
        <translation>Aucun livre sélectionné</translation>
    </message>
</context>
<context>
    <name>Gui::CoverSlot</name>
    <message>
        <source>Cover…</source>
        <translation>Couverture…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>View full size</source>
        <translation>Voir en taille réelle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Drop an image here, paste one, or choose a file</source>
        <translation>Déposez une image ici, collez-en une ou choisissez un fichier</translation>
    </message>
    <message>
        <source>No image

Drop one here</source>
        <translation>Aucune image

Déposez-en une ici</translation>
    </message>
    <message>
        <source>Missing:
%1</source>
        <translation>Introuvable&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Choose a cover</source>
        <translation>Choisir une couverture</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no image or image file to use.</source>
        <translation>Il n&apos;y a aucune image ni aucun fichier image à utiliser.</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title without spaces</source>
        <translation>Titre sans espaces</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Front cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Accroche</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendus</translation>
    </message>
    <message>
        <source>Back cover</source>
        <translation>4e de couverture</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>&amp;Low stock</source>
        <translation>Stock fai&amp;ble</translation>
    </message>
    <message>
        <source>&amp;Out of stock</source>
        <translation>En &amp;rupture</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This catalogue has no books yet&lt;/h2&gt;&lt;p&gt;Add the first one, then fill in its form on the right.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ce catalogue ne contient encore aucun livre&lt;/h2&gt;&lt;p&gt;Ajoutez le premier, puis remplissez sa fiche à droite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a book</source>
        <translation>Ajouter un livre</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Search titles, authors, publishers… (Ctrl+F)</source>
        <translation>Rechercher titres, auteurs, éditeurs… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only the books of this genre</source>
        <translation>Seulement les livres de ce genre</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix&#xa0;:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>Prix minimum</translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation>Prix maximum</translation>
    </message>
    <message>
        <source>&amp;New book</source>
        <translation>&amp;Nouveau livre</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Edit in place</source>
        <translation>&amp;Modifier sur place</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Catalogue</source>
        <translation>À &amp;propos de Catalogue</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <source>&amp;Restore the default columns</source>
        <translation>&amp;Restaurer les colonnes par défaut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Livres</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>%1 — Catalogue</source>
        <translation>%1 — Catalogue</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>This catalogue is open read-only: %1. You can browse and search it; nothing can be changed.</source>
        <translation>Ce catalogue est ouvert en lecture seule&#xa0;: %1. Vous pouvez le parcourir et y faire des recherches&#xa0;; rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>This catalogue was made by another program or an older version. Its books are all here; to record stock movements, contributors and covers it needs to be brought up to date (a backup is made first). &lt;a href=&quot;update&quot;&gt;Bring it up to date…&lt;/a&gt;</source>
        <translation>Ce catalogue a été créé par un autre programme ou une version antérieure. Tous ses livres sont là&#xa0;; pour enregistrer des mouvements de stock, des contributeurs et des couvertures, il doit être mis à jour (une copie de sauvegarde est faite d&apos;abord). &lt;a href=&quot;update&quot;&gt;Le mettre à jour…&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln book(s)</source>
        <translation>
            <numerusform>%1 sur %Ln livre</numerusform>
            <numerusform>%1 sur %Ln livres</numerusform>
        </translation>
    </message>
    <message>
        <source>This book&apos;s changes were refused: correct them or revert them first</source>
        <translation>Les modifications de ce livre ont été refusées&#xa0;: corrigez-les ou abandonnez-les d&apos;abord</translation>
    </message>
    <message>
        <source>Restore the default columns</source>
        <translation>Restaurer les colonnes par défaut</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>Nouveau livre</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete « %1 »?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n books?</source>
        <translation>
            <numerusform>Supprimer %n livre&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n livres&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their stock history (%n movement(s)) is deleted with them.</source>
        <translation>
            <numerusform>L&apos;historique de stock (%n mouvement) est supprimé en même temps.</numerusform>
            <numerusform>L&apos;historique de stock (%n mouvements) est supprimé en même temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>Vous pouvez annuler avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>About Catalogue</source>
        <translation>À propos de Catalogue</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Catalogue %1&lt;/h3&gt;&lt;p&gt;A book catalogue for bookshops and small publishers: books, covers, prices, stock and its history, on a SQLite file or a shared PostgreSQL server.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3).&lt;/p&gt;&lt;p&gt;The demonstration data comes from goodbooks-10k by Zygmunt Zając, under the Creative Commons Attribution-ShareAlike 4.0 licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Catalogue %1&lt;/h3&gt;&lt;p&gt;Un catalogue de livres pour les librairies et les petits éditeurs&#xa0;: livres, couvertures, prix, stock et son historique, dans un fichier SQLite ou sur un serveur PostgreSQL partagé.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt %2 (LGPL v3).&lt;/p&gt;&lt;p&gt;Les données de démonstration proviennent de goodbooks-10k de Zygmunt Zając, sous licence Creative Commons Attribution - Partage dans les mêmes conditions 4.0 (CC BY-SA 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bring the catalogue up to date</source>
        <translation>Mettre à jour le catalogue</translation>
    </message>
    <message>
        <source>The catalogue gets the tables for contributors, stock movements and covers. Its books stay as they are. A copy of the file is made first.

Continue?</source>
        <translation>Le catalogue reçoit les tables des contributeurs, des mouvements de stock et des couvertures. Ses livres restent tels quels. Une copie du fichier est faite d&apos;abord.

Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>The catalogue is up to date</source>
        <translation>Le catalogue est à jour</translation>
    </message>
    <message>
        <source>The catalogue is up to date; the copy made before is %1</source>
        <translation>Le catalogue est à jour&#xa0;; la copie faite auparavant est %1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>This book&apos;s changes were refused. Quit and lose them?</source>
        <translation>Les modifications de ce livre ont été refusées. Quitter et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>The catalogue could not be opened:
%1</source>
        <translation>Impossible d&apos;ouvrir le catalogue&#xa0;:
%1</translation>
    </message>
    <message>
        <source>No price</source>
        <translation>Sans prix</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>A book with this many copies or fewer is shown by the “Low stock” filter</source>
        <translation>Un livre ayant au plus ce nombre d&apos;exemplaires est affiché par le filtre «&#xa0;Stock faible&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when the program starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage du programme.</translation>
    </message>
    <message>
        <source>Low &amp;stock at or under:</source>
        <translation>&amp;Stock faible jusqu&apos;à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Gui::StockDialog</name>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Vendre</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Stock d&apos;ouverture</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Copies received from the publisher or a distributor. In stock now: %1.</source>
        <translation>Exemplaires reçus de l&apos;éditeur ou d&apos;un distributeur. En stock actuellement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Copies sold. In stock now: %1.</source>
        <translation>Exemplaires vendus. En stock actuellement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Copies a customer brought back. In stock now: %1.</source>
        <translation>Exemplaires rapportés par un client. En stock actuellement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A correction after a count: the change in copies, negative to take copies away. In stock now: %1.</source>
        <translation>Correction après inventaire&#xa0;: la variation en exemplaires, négative pour en retirer. En stock actuellement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Optional: invoice, customer, reason…</source>
        <translation>Facultatif&#xa0;: facture, client, motif…</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Exemplaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Orm::Database</name>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>SQLite can only read it (no permission to write, or a newer file format)</source>
        <translation>SQLite ne peut que le lire (pas de droit d&apos;écriture, ou format de fichier plus récent)</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick_check found: %1</source>
        <translation>le quick_check de SQLite a trouvé : %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick_check stopped: %1</source>
        <translation>le quick_check de SQLite s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>it was opened read-only (mode=ro)</source>
        <translation>il a été ouvert en lecture seule (mode=ro)</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>il a été ouvert en lecture seule</translation>
    </message>
    <message>
        <source>cannot open %1 read-only: the file does not exist</source>
        <translation>impossible d&apos;ouvrir %1 en lecture seule : le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create %1: the directory %2 is read-only</source>
        <translation>impossible de créer %1 : le dossier %2 est en lecture seule</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its directory %1 is read-only (SQLite keeps its journal there)</source>
        <translation>son dossier %1 est en lecture seule (SQLite y garde son journal)</translation>
    </message>
    <message>
        <source>unknown SQLite URL parameter &apos;%1&apos; (known: mode)</source>
        <translation>paramètre d&apos;URL SQLite inconnu « %1 » (connu : mode)</translation>
    </message>
    <message>
        <source>the SQLite URL parameter mode is &apos;%1&apos;: use ro (read-only) or rw</source>
        <translation>le paramètre d&apos;URL SQLite mode vaut « %1 » : utilisez ro (lecture seule) ou rw</translation>
    </message>
    <message>
        <source>cannot open %1: it is not a regular file (a device, a pipe or a socket)</source>
        <translation>impossible d&apos;ouvrir %1 : ce n&apos;est pas un fichier ordinaire (un périphérique, un tube ou une socket)</translation>
    </message>
</context>
<context>
    <name>Orm::Migrator</name>
    <message>
        <source>cannot migrate %1: %2</source>
        <translation>impossible de migrer %1 : %2</translation>
    </message>
    <message>
        <source>cannot migrate %1: its backup %2 could not be written (%3); nothing was migrated, and the partial copy was removed</source>
        <translation>impossible de migrer %1 : sa sauvegarde %2 n&apos;a pas pu être écrite (%3) ; rien n&apos;a été migré, et la copie partielle a été supprimée</translation>
    </message>
</context>
<context>
    <name>Orm::TableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orm::Validator</name>
    <message>
        <source>%1 cannot be stored: it contains %2</source>
        <translation>%1 ne peut pas être enregistré : il contient %2</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 ne peut pas être vide</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long</source>
        <translation>%1 doit compter au moins %2 caractères</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 characters long</source>
        <translation>%1 doit compter entre %2 et %3 caractères</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 doit valoir au moins %2</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 doit valoir au plus %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <source>%1 may contain letters only</source>
        <translation>%1 ne peut contenir que des lettres</translation>
    </message>
    <message>
        <source>%1 may contain letters and digits only</source>
        <translation>%1 ne peut contenir que des lettres et des chiffres</translation>
    </message>
    <message>
        <source>%1 must be in lower case</source>
        <translation>%1 doit être en minuscules</translation>
    </message>
    <message>
        <source>%1 must be in upper case</source>
        <translation>%1 doit être en majuscules</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address</source>
        <translation>%1 doit être une adresse électronique</translation>
    </message>
    <message>
        <source>%1 must be a web address (URL)</source>
        <translation>%1 doit être une adresse web (URL)</translation>
    </message>
    <message>
        <source>%1 must be an IP address</source>
        <translation>%1 doit être une adresse IP</translation>
    </message>
    <message>
        <source>%1 must be a UUID</source>
        <translation>%1 doit être un UUID</translation>
    </message>
    <message>
        <source>%1 must be a date</source>
        <translation>%1 doit être une date</translation>
    </message>
    <message>
        <source>%1 must be before %2</source>
        <translation>%1 doit être antérieur à %2</translation>
    </message>
    <message>
        <source>%1 must be after %2</source>
        <translation>%1 doit être postérieur à %2</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 doit être l&apos;une des valeurs : %2</translation>
    </message>
    <message>
        <source>%1 cannot be any of: %2</source>
        <translation>%1 ne peut être aucune des valeurs : %2</translation>
    </message>
    <message>
        <source>%1 must contain &quot;%2&quot;</source>
        <translation>%1 doit contenir « %2 »</translation>
    </message>
    <message>
        <source>%1 cannot contain &quot;%2&quot;</source>
        <translation>%1 ne peut pas contenir « %2 »</translation>
    </message>
    <message>
        <source>%1 must be &quot;%2&quot;</source>
        <translation>%1 doit valoir « %2 »</translation>
    </message>
    <message>
        <source>%1 is not valid</source>
        <translation>%1 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>%1 is too large for an INTEGER</source>
        <translation>%1 est trop grand pour un entier (INTEGER)</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 doit être un nombre fini</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit être vrai ou faux</translation>
    </message>
    <message>
        <source>%1 must be a time of day</source>
        <translation>%1 doit être une heure</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>%1.%2 cannot be null</source>
        <translation>%1.%2 est obligatoire</translation>
    </message>
</context>
</TS>
