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
        <source>Book catalogue manager.

Commands:
  info    print a summary of the catalogue (the default)
  init    create a new catalogue, or bring an existing one up to date
  migrate status|up|down   list, run or undo the catalogue&apos;s migrations</source>
        <translation>Gestionnaire de catalogue de livres.

Commandes :
  info    affiche un résumé du catalogue (par défaut)
  init    crée un nouveau catalogue, ou met à jour un catalogue existant
  migrate status|up|down   liste, exécute ou annule les migrations du catalogue</translation>
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
        <source>info, init or migrate</source>
        <translation>info, init ou migrate</translation>
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
</context>
<context>
    <name>Orm::Migrator</name>
    <message>
        <source>cannot migrate %1: %2</source>
        <translation>impossible de migrer %1 : %2</translation>
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
        <source>%1 cannot be null</source>
        <translation>%1 est obligatoire</translation>
    </message>
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
</context>
</TS>
