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
    <message numerus="yes">
        <source>it needs %n migration(s) before it can be changed</source>
        <translation>
            <numerusform>il lui faut %n migration avant de pouvoir être modifié</numerusform>
            <numerusform>il lui faut %n migrations avant de pouvoir être modifié</numerusform>
        </translation>
    </message>
    <message>
        <source>it is being checked; changes are possible once the check has passed</source>
        <translation>il est en cours de vérification ; les modifications seront possibles une fois la vérification réussie</translation>
    </message>
    <message>
        <source>it is damaged (%1); it was left as it is</source>
        <translation>il est endommagé (%1) ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>%1 is the catalogue itself, not a backup of it</source>
        <translation>%1 est le catalogue lui-même, pas une sauvegarde</translation>
    </message>
    <message>
        <source>%1 cannot replace the catalogue: %2</source>
        <translation>%1 ne peut pas remplacer le catalogue : %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>cannot set %1 aside; the catalogue was left as it is</source>
        <translation>impossible de mettre %1 de côté ; le catalogue est resté tel quel</translation>
    </message>
    <message>
        <source>cannot put the backup in place of %1; the catalogue was left as it is</source>
        <translation>impossible de mettre la sauvegarde à la place de %1 ; le catalogue est resté tel quel</translation>
    </message>
    <message>
        <source>The book&apos;s stock kept changing: try again</source>
        <translation>Le stock de ce livre ne cesse de changer : réessayez</translation>
    </message>
    <message>
        <source>Someone else changed the contributors of this book in the meantime: nothing was overwritten</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié les contributeurs de ce livre entre-temps&#xa0;: rien n&apos;a été écrasé</translation>
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
    <name>Catalogue::Identifiant</name>
    <message>
        <source>An identifier&apos;s kind is 1 to 32 letters, digits, - or _</source>
        <translation>Le type d&apos;un identifiant compte de 1 à 32 lettres, chiffres, - ou _</translation>
    </message>
    <message>
        <source>An identifier needs a value</source>
        <translation>Un identifiant doit avoir une valeur</translation>
    </message>
    <message>
        <source>An ISBN has only digits and hyphens, not &apos;%1&apos;</source>
        <translation>Un ISBN n&apos;a que des chiffres et des tirets, pas « %1 »</translation>
    </message>
    <message>
        <source>An ISBN-13 starts with 978 or 979</source>
        <translation>Un ISBN-13 commence par 978 ou 979</translation>
    </message>
    <message>
        <source>The ISBN&apos;s check digit is wrong</source>
        <translation>La clé de contrôle de l&apos;ISBN est fausse</translation>
    </message>
    <message>
        <source>An ISBN has 10 or 13 digits, not %1</source>
        <translation>Un ISBN a 10 ou 13 chiffres, pas %1</translation>
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
    <name>Catalogue::Statistics</name>
    <message>
        <source>The range ends (%1) before it starts (%2)</source>
        <translation>La période finit (%1) avant de commencer (%2)</translation>
    </message>
</context>
<context>
    <name>CatalogueCopy</name>
    <message>
        <source>%1 cannot be copied: it was written by a newer version of the catalogue (it records migrations this version does not know: %2)</source>
        <translation>%1 ne peut pas être copié : il a été écrit par une version plus récente du catalogue (il enregistre des migrations que cette version ne connaît pas : %2)</translation>
    </message>
    <message>
        <source>the source and the target are the same file</source>
        <translation>la source et la cible sont le même fichier</translation>
    </message>
    <message>
        <source>%1 is not empty (it holds %2): a catalogue is copied only into an empty database or a new file; nothing was written</source>
        <translation>%1 n’est pas vide (il contient %2) : un catalogue n’est copié que dans une base vide ou un nouveau fichier ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>cannot create the tables of %1 (migration %2): %3</source>
        <translation>impossible de créer les tables de %1 (migration %2) : %3</translation>
    </message>
    <message>
        <source>%1 holds tables that are not the catalogue&apos;s or that its migration record does not explain (%2): it was not copied, and nothing was written</source>
        <translation>%1 contient des tables qui ne sont pas celles du catalogue ou que son registre de migrations n’explique pas (%2) : il n’a pas été copié, et rien n’a été écrit</translation>
    </message>
    <message>
        <source>cannot copy the table %1 into %2: %3</source>
        <translation>impossible de copier la table %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>the copy of %1 into %2 does not match its source (%3 rows read back, %4 copied; digest %5, expected %6): nothing was written</source>
        <translation>la copie de %1 dans %2 ne correspond pas à sa source (%3 lignes relues, %4 copiées ; empreinte %5, attendue %6) : rien n’a été écrit</translation>
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
    <message>
        <source>info, init, migrate, check, backup, import or export</source>
        <translation>info, init, migrate, check, backup, import ou export</translation>
    </message>
    <message>
        <source>catalogue backup --db URL FILE: copies the SQLite catalogue at --db into the new file FILE, consistent as of one moment, while other programs may go on using it (SQLite&apos;s online backup). An existing FILE is left as it is and refused.</source>
        <translation>catalogue backup --db URL FICHIER : copie le catalogue SQLite de --db dans le nouveau fichier FICHIER, cohérent à un instant donné, pendant que d&apos;autres programmes peuvent continuer à l&apos;utiliser (sauvegarde en ligne de SQLite). Un FICHIER existant est laissé tel quel et refusé.</translation>
    </message>
    <message>
        <source>backup needs the file to write: catalogue backup --db URL FILE</source>
        <translation>backup demande le fichier à écrire : catalogue backup --db URL FICHIER</translation>
    </message>
    <message>
        <source>catalogue import FILE: adds the books of FILE to the catalogue at --db. Every row must be valid, or nothing is written and the refused rows are listed (line, column, value, reason); --skip-invalid imports the others. Books already in the catalogue (same ISBN, else same title, author and publisher) are skipped, updated or added. Exit status: 0 imported, 1 refused (see the report), 2 bad usage.</source>
        <translation>catalogue import FICHIER : ajoute les livres de FICHIER au catalogue de --db. Toutes les lignes doivent être valides, sinon rien n&apos;est écrit et les lignes refusées sont listées (ligne, colonne, valeur, raison) ; --skip-invalid importe les autres. Les livres déjà au catalogue (même ISBN, sinon même titre, auteur et éditeur) sont ignorés, mis à jour ou ajoutés. Code de sortie : 0 importé, 1 refusé (voir le rapport), 2 mauvais usage.</translation>
    </message>
    <message>
        <source>catalogue export FILE: writes the books of the catalogue at --db (or those matching --search) to FILE as CSV, JSON or ONIX 3.0 (from its suffix, or --format). CSV values that a spreadsheet would run as formulas are neutralised unless --raw.</source>
        <translation>catalogue export FICHIER : écrit les livres du catalogue de --db (ou ceux qui correspondent à --search) dans FICHIER en CSV, JSON ou ONIX 3.0 (d&apos;après son extension, ou --format). Les valeurs CSV qu&apos;un tableur exécuterait comme formules sont neutralisées, sauf avec --raw.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database.</source>
        <translation>La base de données du catalogue.</translation>
    </message>
    <message>
        <source>auto, csv, goodreads, calibre, goodbooks, json or onix.</source>
        <translation>auto, csv, goodreads, calibre, goodbooks, json ou onix.</translation>
    </message>
    <message>
        <source>csv, json or onix (default: from the file&apos;s suffix).</source>
        <translation>csv, json ou onix (par défaut : d&apos;après l&apos;extension du fichier).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Check everything, write nothing.</source>
        <translation>Tout vérifier, ne rien écrire.</translation>
    </message>
    <message>
        <source>Import the valid rows and report the others.</source>
        <translation>Importer les lignes valides et signaler les autres.</translation>
    </message>
    <message>
        <source>What to do with a book already in the catalogue: skip, update or add.</source>
        <translation>Que faire d&apos;un livre déjà au catalogue : skip (l&apos;ignorer), update (le mettre à jour) ou add (l&apos;ajouter).</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>Write every refused row and remark to this CSV file.</source>
        <translation>Écrire chaque ligne refusée et chaque remarque dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Only books whose title, author or publisher contains this text.</source>
        <translation>Seulement les livres dont le titre, l&apos;auteur ou l&apos;éditeur contient ce texte.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>CSV: values exactly as stored (no spreadsheet guard).</source>
        <translation>CSV : valeurs exactement telles qu&apos;enregistrées (sans protection pour tableur).</translation>
    </message>
    <message>
        <source>CSV for French Excel: UTF-8 with a BOM, &apos;;&apos; and decimal commas.</source>
        <translation>CSV pour Excel en français : UTF-8 avec BOM, « ; » et virgules décimales.</translation>
    </message>
    <message>
        <source>Write the covers to this folder and reference them from the file.</source>
        <translation>Écrire les couvertures dans ce dossier et y renvoyer depuis le fichier.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>import needs one file: catalogue import FILE --db URL</source>
        <translation>import attend un fichier : catalogue import FICHIER --db URL</translation>
    </message>
    <message>
        <source>export needs one file: catalogue export FILE --db URL</source>
        <translation>export attend un fichier : catalogue export FICHIER --db URL</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (auto, csv, goodreads, calibre, goodbooks, json, onix)</source>
        <translation>format inconnu « %1 » (auto, csv, goodreads, calibre, goodbooks, json, onix)</translation>
    </message>
    <message>
        <source>--raw and --excel cannot be used together</source>
        <translation>--raw et --excel ne peuvent pas aller ensemble</translation>
    </message>
    <message>
        <source>--on-duplicate is skip, update or add, not &apos;%1&apos;</source>
        <translation>--on-duplicate vaut skip, update ou add, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 books written</source>
        <translation>%1 livres écrits</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n book(s) to %1 (%2)</source>
        <translation>
            <numerusform>%n livre exporté vers %1 (%2)</numerusform>
            <numerusform>%n livres exportés vers %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers written: %1</source>
        <translation>Couvertures écrites : %1</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 lignes lues</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1 : %2 (rien n&apos;a été importé)</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format : %1</translation>
    </message>
    <message>
        <source>, encoding %1, delimiter %2</source>
        <translation>, encodage %1, séparateur %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>ligne %1, %2</translation>
    </message>
    <message>
        <source>refused: %1: %2</source>
        <translation>refusée : %1 : %2</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>remarque : %1 : %2</translation>
    </message>
    <message>
        <source>... and %1 more (all of them with --report FILE)</source>
        <translation>... et %1 de plus (toutes avec --report FICHIER)</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
    <message>
        <source>Rows read: %1; to add: %2; duplicates skipped: %3, updated: %4, added: %5; refused: %6</source>
        <translation>Lignes lues : %1 ; à ajouter : %2 ; doublons ignorés : %3, mis à jour : %4, ajoutés : %5 ; refusées : %6</translation>
    </message>
    <message>
        <source>cancelled: nothing was imported</source>
        <translation>annulé : rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) refused (fix them, or use --skip-invalid)</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %n ligne refusée (corrigez-la, ou utilisez --skip-invalid)</numerusform>
            <numerusform>Rien n&apos;a été importé : %n lignes refusées (corrigez-les, ou utilisez --skip-invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Importé dans %1.</translation>
    </message>
    <message>
        <source>Book catalogue manager. Without arguments, it opens the catalogue window.

Commands:
  info    print a summary of the catalogue (the default with options)
  init    create a new catalogue, or bring an existing one up to date
  migrate status|up|down   list, run or undo the catalogue&apos;s migrations
  check   look for damage (SQLite&apos;s integrity_check) and books breaking the rules
  backup FILE   copy a SQLite catalogue into FILE, consistent, even while it is in use
  import FILE   add the books of a CSV, Goodreads, Calibre, JSON or ONIX file (see catalogue import --help)
  export FILE   write the books to CSV, JSON or ONIX 3.0 (see catalogue export --help)
  stats   sales, best sellers, genres, low and dead stock (see catalogue stats --help)
  copy --from URL --to URL   copy a whole catalogue into an empty database (SQLite or PostgreSQL)
  users add|list|remove   who may do what on a PostgreSQL catalogue (see catalogue users --help)</source>
        <translation>Gestionnaire de catalogue de livres. Sans arguments, il ouvre la fenêtre du catalogue.

Commandes :
  info    affiche un résumé du catalogue (la commande par défaut avec des options)
  init    crée un nouveau catalogue, ou met à jour un catalogue existant
  migrate status|up|down   liste, exécute ou annule les migrations du catalogue
  check   cherche les dommages (integrity_check de SQLite) et les livres qui enfreignent les règles
  backup FICHIER   copie un catalogue SQLite dans FICHIER, cohérent, même pendant qu&apos;il sert
  import FICHIER   ajoute les livres d&apos;un fichier CSV, Goodreads, Calibre, JSON ou ONIX (voir catalogue import --help)
  export FICHIER   écrit les livres en CSV, JSON ou ONIX 3.0 (voir catalogue export --help)
  stats   ventes, meilleures ventes, genres, stock bas et stock dormant (voir catalogue stats --help)
  copy --from URL --to URL   copie tout un catalogue dans une base vide (SQLite ou PostgreSQL)
  users add|list|remove   qui peut faire quoi sur un catalogue PostgreSQL (voir catalogue users --help)</translation>
    </message>
    <message>
        <source>catalogue copy --from URL --to URL: copies every table of the catalogue at --from (books, people, stock movements, covers, identifiers, the migration record) into the empty database or new SQLite file at --to, SQLite or PostgreSQL either way, keeping the IDs. Everything is written in one transaction and checked (row counts and a digest of each table) before it is kept. A target that is not empty is refused and nothing is written.</source>
        <translation>catalogue copy --from URL --to URL : copie toutes les tables du catalogue de --from (livres, personnes, mouvements de stock, couvertures, identifiants, registre des migrations) dans la base vide ou le nouveau fichier SQLite de --to, de SQLite vers PostgreSQL ou l’inverse, en gardant les ID. Tout est écrit en une transaction et vérifié (nombre de lignes et empreinte de chaque table) avant d’être gardé. Une cible qui n’est pas vide est refusée et rien n’est écrit.</translation>
    </message>
    <message>
        <source>The catalogue to copy.</source>
        <translation>Le catalogue à copier.</translation>
    </message>
    <message>
        <source>The empty database or new file to copy into.</source>
        <translation>La base vide ou le nouveau fichier où copier.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>copy needs both --from URL and --to URL</source>
        <translation>copy demande --from URL et --to URL</translation>
    </message>
    <message>
        <source>%1 of %2 rows copied (%3)</source>
        <translation>%1 lignes copiées sur %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), digest %2</source>
        <translation>
            <numerusform>%1 : %n ligne, empreinte %2</numerusform>
            <numerusform>%1 : %n lignes, empreinte %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 into %2: %n row(s) in %3 tables, checked on both sides.</source>
        <translation>
            <numerusform>%1 copié dans %2 : %n ligne dans %3 tables, vérifiées des deux côtés.</numerusform>
            <numerusform>%1 copié dans %2 : %n lignes dans %3 tables, vérifiées des deux côtés.</numerusform>
        </translation>
    </message>
    <message>
        <source>catalogue users add NAME --role manager|clerk|reader [--password-stdin] --db URL
catalogue users list --db URL
catalogue users remove NAME --db URL

Who may do what on a catalogue on a PostgreSQL server, enforced by the server itself: a manager changes everything and runs migrations; a clerk records sales, receipts and returns but cannot change books or prices; a reader only reads. Run it as the database&apos;s owner (or a role that may create roles). A SQLite file has no users.</source>
        <translation>catalogue users add NOM --role manager|clerk|reader [--password-stdin] --db URL
catalogue users list --db URL
catalogue users remove NOM --db URL

Qui peut faire quoi sur un catalogue d’un serveur PostgreSQL, imposé par le serveur lui-même : un gérant (manager) modifie tout et exécute les migrations ; un vendeur (clerk) enregistre ventes, réceptions et retours mais ne peut modifier ni les livres ni les prix ; un lecteur (reader) lit seulement. À lancer en tant que propriétaire de la base (ou rôle qui peut créer des rôles). Un fichier SQLite n’a pas d’utilisateurs.</translation>
    </message>
    <message>
        <source>add: manager, clerk or reader.</source>
        <translation>add : manager, clerk ou reader.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>add: read the new user&apos;s password from the first line of the standard input.</source>
        <translation>add : lire le mot de passe du nouvel utilisateur sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list ou remove</translation>
    </message>
    <message>
        <source>users needs one of: add NAME --role ROLE, list, remove NAME</source>
        <translation>users demande l’un de : add NOM --role RÔLE, list, remove NOM</translation>
    </message>
    <message>
        <source>--role is manager, clerk or reader, not &apos;%1&apos;</source>
        <translation>--role vaut manager, clerk ou reader, pas « %1 »</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 retiré de %2.</translation>
    </message>
    <message>
        <source>--password-stdin: the standard input holds no password</source>
        <translation>--password-stdin : l’entrée standard ne contient aucun mot de passe</translation>
    </message>
    <message>
        <source>%1 is now a %2 of %3.</source>
        <translation>%1 est maintenant %2 de %3.</translation>
    </message>
    <message>
        <source>catalogue stats: what sells, what runs out and what the stock is worth, for the catalogue at --db: sales over time (beside the same periods a year before), best sellers, sales and stock by genre, low stock, dead stock, prices and publication years. The dates bound the sales (UTC days); the genre and the publisher bound the books.</source>
        <translation>catalogue stats : ce qui se vend, ce qui s&apos;épuise et ce que vaut le stock, pour le catalogue de --db : ventes dans le temps (à côté des mêmes périodes un an plus tôt), meilleures ventes, ventes et stock par genre, stock bas, stock dormant, prix et années de publication. Les dates bornent les ventes (jours UTC) ; le genre et l&apos;éditeur bornent les livres.</translation>
    </message>
    <message>
        <source>The first day of the sales counted (YYYY-MM-DD).</source>
        <translation>Le premier jour des ventes comptées (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day of the sales counted (YYYY-MM-DD).</source>
        <translation>Le dernier jour des ventes comptées (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Only the books of this genre.</source>
        <translation>Seulement les livres de ce genre.</translation>
    </message>
    <message>
        <source>GENRE</source>
        <translation>GENRE</translation>
    </message>
    <message>
        <source>Only the books of this publisher.</source>
        <translation>Seulement les livres de cet éditeur.</translation>
    </message>
    <message>
        <source>PUBLISHER</source>
        <translation>ÉDITEUR</translation>
    </message>
    <message>
        <source>The periods of the sales over time: day, week or month.</source>
        <translation>Les périodes des ventes dans le temps : day (jour), week (semaine) ou month (mois).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>How many lines of each list (default 20).</source>
        <translation>Combien de lignes par liste (20 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Low stock: books with at most this many copies (default 5).</source>
        <translation>Stock bas : les livres d&apos;au plus autant d&apos;exemplaires (5 par défaut).</translation>
    </message>
    <message>
        <source>Dead stock: books with no sale in this many months (default 12).</source>
        <translation>Stock dormant : les livres sans vente depuis autant de mois (12 par défaut).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Écrit du JSON pour les scripts.</translation>
    </message>
    <message>
        <source>stats needs the catalogue: --db URL (a SQLite file, sqlite:FILE or postgres://...)</source>
        <translation>stats a besoin du catalogue : --db URL (un fichier SQLite, sqlite:FICHIER ou postgres://...)</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--%1 : « %2 » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) est avant --from (%2)</translation>
    </message>
    <message>
        <source>--period: &apos;%1&apos; is not one of day, week, month</source>
        <translation>--period : « %1 » n&apos;est pas l&apos;un de day, week, month</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number of 0 or more</source>
        <translation>--%1 : « %2 » n&apos;est pas un nombre entier positif ou nul</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... et %n autre</numerusform>
            <numerusform>... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics of %1</source>
        <translation>Statistiques de %1</translation>
    </message>
    <message>
        <source>Sales over time (copies sold, less returns; revenue at today&apos;s prices)</source>
        <translation>Ventes dans le temps (exemplaires vendus, moins les retours ; chiffre d&apos;affaires aux prix d&apos;aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Un an avant</translation>
    </message>
    <message>
        <source>No sales.</source>
        <translation>Aucune vente.</translation>
    </message>
    <message>
        <source>Best-selling books</source>
        <translation>Livres les plus vendus</translation>
    </message>
    <message>
        <source>Best-selling authors</source>
        <translation>Auteurs les plus vendus</translation>
    </message>
    <message>
        <source>Best-selling publishers</source>
        <translation>Éditeurs les plus vendus</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>By genre</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Copies sold</source>
        <translation>Exemplaires vendus</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Valeur du stock</translation>
    </message>
    <message>
        <source>(no genre)</source>
        <translation>(sans genre)</translation>
    </message>
    <message>
        <source>No books.</source>
        <translation>Aucun livre.</translation>
    </message>
    <message numerus="yes">
        <source>Low stock (%n copies or fewer), most urgent first</source>
        <translation>
            <numerusform>Stock bas (%n exemplaire ou moins), le plus urgent d&apos;abord</numerusform>
            <numerusform>Stock bas (%n exemplaires ou moins), le plus urgent d&apos;abord</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Sold in 90 days</source>
        <translation>Vendus en 90 jours</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message numerus="yes">
        <source>Dead stock (no sale in %n months): %1 copies, worth %2</source>
        <translation>
            <numerusform>Stock dormant (aucune vente depuis %n mois) : %1 exemplaires, valant %2</numerusform>
            <numerusform>Stock dormant (aucune vente depuis %n mois) : %1 exemplaires, valant %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Dernière vente</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Publication years</source>
        <translation>Années de publication</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To (excluded)</source>
        <translation>À (exclu)</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Livres</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>more than %1 fields</source>
        <translation>plus de %1 champs</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>un champ dépasse %1 caractères</translation>
    </message>
    <message>
        <source>line %1: a quote opened here is never closed</source>
        <translation>ligne %1 : un guillemet ouvert ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un caractère NUL</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cover %1: %2</source>
        <translation>couverture %1 : %2</translation>
    </message>
    <message>
        <source>cover %1: cannot write %2</source>
        <translation>couverture %1 : impossible d&apos;écrire %2</translation>
    </message>
    <message>
        <source>books are exported as csv, json or onix, not %1</source>
        <translation>les livres s&apos;exportent en csv, json ou onix, pas en %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
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
    <message>
        <source>Not saved: %1 (the catalogue was closed before the connection came back)</source>
        <translation>Non enregistré : %1 (le catalogue a été fermé avant le retour de la connexion)</translation>
    </message>
    <message>
        <source>Someone else changed this value of « %1 » in the meantime: yours was not saved, the table shows theirs</source>
        <translation>Quelqu’un d’autre a modifié cette valeur de « %1 » entre-temps : la vôtre n’a pas été enregistrée, le tableau montre la sienne</translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the catalogue is lost. This movement is kept and will be saved once the connection is back.</source>
        <translation>Pas encore enregistré : la connexion au catalogue est perdue. Ce mouvement est gardé et sera enregistré dès le retour de la connexion.</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Non enregistré : %1 (%2)</translation>
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
    <message>
        <source>Not saved yet: the connection to the catalogue is lost. Your changes stay here and are saved once it is back.</source>
        <translation>Pas encore enregistré : la connexion au catalogue est perdue. Vos modifications restent ici et seront enregistrées dès son retour.</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributeurs</translation>
    </message>
</context>
<context>
    <name>Gui::CheckDialog</name>
    <message>
        <source>Check the catalogue</source>
        <translation>Vérifier le catalogue</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Double-click a book to show it in the window.</source>
        <translation>Double-cliquez sur un livre pour l&apos;afficher dans la fenêtre.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>La vérification n&apos;a pas pu se faire : %1</translation>
    </message>
    <message>
        <source>(the file)</source>
        <translation>(le fichier)</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <source>The books could not be checked: %1</source>
        <translation>Les livres n&apos;ont pas pu être vérifiés : %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>No problems found in %1: the file is sound and every book follows the rules.</source>
        <translation>Aucun problème dans %1 : le fichier est sain et chaque livre respecte les règles.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problème trouvé dans %1.</numerusform>
            <numerusform>%n problèmes trouvés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ConnectDialog</name>
    <message>
        <source>The server refused the password (or the user name). Check them and try again.</source>
        <translation>Le serveur a refusé le mot de passe (ou le nom d’utilisateur). Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>The server asks for a password: type it, or put it in ~/.pgpass or PGPASSWORD.</source>
        <translation>Le serveur demande un mot de passe : saisissez-le, ou mettez-le dans ~/.pgpass ou PGPASSWORD.</translation>
    </message>
    <message>
        <source>The server has no database named “%1”.</source>
        <translation>Le serveur n’a pas de base de données nommée « %1 ».</translation>
    </message>
    <message>
        <source>The server has no user named “%1”.</source>
        <translation>Le serveur n’a pas d’utilisateur nommé « %1 ».</translation>
    </message>
    <message>
        <source>The server does not offer TLS (an encrypted connection), which the SSL mode asks for: choose “prefer”, or ask its administrator to turn TLS on.</source>
        <translation>Le serveur ne propose pas TLS (une connexion chiffrée), que le mode SSL exige : choisissez « prefer », ou demandez à son administrateur d’activer TLS.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted connections (TLS): choose the SSL mode “require”.</source>
        <translation>Le serveur n’accepte que les connexions chiffrées (TLS) : choisissez le mode SSL « require ».</translation>
    </message>
    <message>
        <source>The server did not answer in time: check the host and port, and that no firewall stands in between.</source>
        <translation>Le serveur n’a pas répondu à temps : vérifiez l’hôte et le port, et qu’aucun pare-feu ne s’interpose.</translation>
    </message>
    <message>
        <source>No computer of that name was found: check the host.</source>
        <translation>Aucun ordinateur de ce nom n’a été trouvé : vérifiez l’hôte.</translation>
    </message>
    <message>
        <source>The server is not answering: is it running, and are the host and port right?</source>
        <translation>Le serveur ne répond pas : est-il démarré, et l’hôte et le port sont-ils les bons ?</translation>
    </message>
    <message>
        <source>The server does not let this user connect from this computer (its pg_hba.conf): ask its administrator.</source>
        <translation>Le serveur n’autorise pas cet utilisateur à se connecter depuis cet ordinateur (son pg_hba.conf) : demandez à son administrateur.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>vide : pris dans PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable : jamais chiffrée</translation>
    </message>
    <message>
        <source>allow: encrypted if the server insists</source>
        <translation>allow : chiffrée si le serveur l’exige</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server can (default)</source>
        <translation>prefer : chiffrée quand le serveur le peut (par défaut)</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require : toujours chiffrée</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation>verify-ca : chiffrée, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation>verify-full : chiffrée, certificat et nom d’hôte vérifiés</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;tilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>The password cannot be remembered: %1. Type it each time, or keep it in ~/.pgpass.</source>
        <translation>Le mot de passe ne peut pas être retenu : %1. Saisissez-le à chaque fois, ou gardez-le dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>Name the database to connect to.</source>
        <translation>Indiquez la base de données à laquelle se connecter.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Connecté : PostgreSQL %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s): check the host and port, and that no firewall stands in between.</source>
        <translation>
            <numerusform>Le serveur n’a pas répondu en %n seconde : vérifiez l’hôte et le port, et qu’aucun pare-feu ne s’interpose.</numerusform>
            <numerusform>Le serveur n’a pas répondu en %n secondes : vérifiez l’hôte et le port, et qu’aucun pare-feu ne s’interpose.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be remembered: %1. Connect again to go on without remembering it.</source>
        <translation>Le mot de passe n’a pas pu être retenu : %1. Cliquez de nouveau sur Se connecter pour continuer sans le retenir.</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try to reach the catalogue now instead of waiting</source>
        <translation>Essayer de joindre le catalogue maintenant au lieu d&apos;attendre</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>De nouveau connecté au serveur.</translation>
    </message>
    <message>
        <source>The catalogue file can be reached again.</source>
        <translation>Le fichier du catalogue est de nouveau accessible.</translation>
    </message>
    <message numerus="yes">
        <source>Connection to the server lost — reconnecting in %n s…</source>
        <translation>
            <numerusform>Connexion au serveur perdue — reconnexion dans %n s…</numerusform>
            <numerusform>Connexion au serveur perdue — reconnexion dans %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue file cannot be reached — trying again in %n s…</source>
        <translation>
            <numerusform>Le fichier du catalogue est inaccessible — nouvel essai dans %n s…</numerusform>
            <numerusform>Le fichier du catalogue est inaccessible — nouvel essai dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the server lost — reconnecting…</source>
        <translation>Connexion au serveur perdue — reconnexion…</translation>
    </message>
    <message>
        <source>The catalogue file cannot be reached — trying again…</source>
        <translation>Le fichier du catalogue est inaccessible — nouvel essai…</translation>
    </message>
    <message>
        <source>The table shows the books as they were and cannot be changed meanwhile; what you type in the form stays there and is saved once the catalogue is back.</source>
        <translation>Le tableau montre les livres tels qu&apos;ils étaient et ne peut pas être modifié en attendant ; ce que vous tapez dans la fiche y reste et sera enregistré dès le retour du catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s) wait to be saved, each exactly once.</source>
        <translation>
            <numerusform>%n mouvement de stock attend d&apos;être enregistré, une seule fois.</numerusform>
            <numerusform>%n mouvements de stock attendent d&apos;être enregistrés, chacun une seule fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::CopyActions</name>
    <message>
        <source>Copy to a ser&amp;ver…</source>
        <translation>Copier vers un ser&amp;veur…</translation>
    </message>
    <message>
        <source>Copy this whole catalogue into an empty database on a PostgreSQL server</source>
        <translation>Copier tout ce catalogue dans une base vide sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Save a &amp;local copy…</source>
        <translation>Enregistrer une copie &amp;locale…</translation>
    </message>
    <message>
        <source>Copy this whole catalogue into a new catalogue file</source>
        <translation>Copier tout ce catalogue dans un nouveau fichier de catalogue</translation>
    </message>
    <message>
        <source>Copy to a server</source>
        <translation>Copier vers un serveur</translation>
    </message>
    <message>
        <source>&amp;Copy here</source>
        <translation>&amp;Copier ici</translation>
    </message>
    <message>
        <source>Copy the whole catalogue into this database, which must be empty</source>
        <translation>Copier tout le catalogue dans cette base, qui doit être vide</translation>
    </message>
    <message>
        <source>Save a local copy</source>
        <translation>Enregistrer une copie locale</translation>
    </message>
    <message>
        <source>Catalogues (*.catalogue *.db *.sqlite)</source>
        <translation>Catalogues (*.catalogue *.db *.sqlite)</translation>
    </message>
    <message>
        <source>A file named %1 exists already. Choose another name: a copy never replaces a file.</source>
        <translation>Un fichier nommé %1 existe déjà. Choisissez un autre nom : une copie ne remplace jamais un fichier.</translation>
    </message>
    <message>
        <source>Copying the catalogue to %1…</source>
        <translation>Copie du catalogue vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy the catalogue</source>
        <translation>Copier le catalogue</translation>
    </message>
    <message>
        <source>Copying %1… (%2 of %3 rows)</source>
        <translation>Copie de %1… (%2 lignes sur %3)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The catalogue could not be copied to %1.</source>
        <translation>Le catalogue n’a pas pu être copié vers %1.</translation>
    </message>
    <message>
        <source>Nothing was written there. The window keeps its catalogue as it was.</source>
        <translation>Rien n’y a été écrit. La fenêtre garde son catalogue tel qu’il était.</translation>
    </message>
    <message>
        <source>The copy was cancelled: nothing was written</source>
        <translation>La copie a été annulée : rien n’a été écrit</translation>
    </message>
    <message>
        <source>%1: %2 rows, digest %3</source>
        <translation>%1 : %2 lignes, empreinte %3</translation>
    </message>
    <message>
        <source>The catalogue was copied to %1.</source>
        <translation>Le catalogue a été copié vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 tables, each checked after the copy: the same number of rows and the same contents as here.</source>
        <translation>
            <numerusform>%n ligne dans %1 tables, chacune vérifiée après la copie : le même nombre de lignes et le même contenu qu’ici.</numerusform>
            <numerusform>%n lignes dans %1 tables, chacune vérifiée après la copie : le même nombre de lignes et le même contenu qu’ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation>Copié vers %1</translation>
    </message>
</context>
<context>
    <name>Gui::CoverConflictDialog</name>
    <message>
        <source>No image</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <source>Someone else changed this cover</source>
        <translation>Quelqu&apos;un d&apos;autre a changé cette couverture</translation>
    </message>
    <message>
        <source>Theirs (in the catalogue now)</source>
        <translation>La sienne (dans le catalogue maintenant)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>La vôtre (non enregistrée)</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la sienne</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Utiliser la mienne</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;« %1 » — %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone else changed this cover a moment ago. Nothing has been overwritten: keep their cover, or use yours instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;« %1 » — %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Quelqu&apos;un d&apos;autre vient de changer cette couverture. Rien n&apos;a été écrasé : gardez sa couverture, ou utilisez la vôtre à la place.&lt;/p&gt;</translation>
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
    <name>Gui::DatabaseMenu</name>
    <message>
        <source>Catalogues (*.db *.sqlite *.catalogue);;All files (*)</source>
        <translation>Catalogues (*.db *.sqlite *.catalogue);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Migrations…</source>
        <translation>&amp;Migrations…</translation>
    </message>
    <message>
        <source>&amp;Check catalogue…</source>
        <translation>&amp;Vérifier le catalogue…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>The catalogue could not be opened again:
%1</source>
        <translation>Le catalogue n&apos;a pas pu être rouvert :
%1</translation>
    </message>
    <message>
        <source>Book %1 is not in the catalogue any more</source>
        <translation>Le livre %1 n&apos;est plus dans le catalogue</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>This catalogue is on a server: it is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Ce catalogue est sur un serveur : il se sauvegarde avec les outils du serveur (pg_dump).</translation>
    </message>
    <message>
        <source>%1 backup %2.db</source>
        <translation>%1 sauvegarde %2.db</translation>
    </message>
    <message>
        <source>Back up the catalogue</source>
        <translation>Sauvegarder le catalogue</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Backing up the catalogue to %1…</source>
        <translation>Sauvegarde du catalogue dans %1…</translation>
    </message>
    <message>
        <source>The backup failed:
%1</source>
        <translation>La sauvegarde a échoué :
%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>This catalogue is on a server: it is restored with the server&apos;s own tools.</source>
        <translation>Ce catalogue est sur un serveur : il se restaure avec les outils du serveur.</translation>
    </message>
    <message>
        <source>%1 cannot be restored:
%2</source>
        <translation>%1 ne peut pas être restauré :
%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln book(s)</source>
        <translation>
            <numerusform>%Ln livre</numerusform>
            <numerusform>%Ln livres</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the catalogue %1 with the backup %2 (%3)?

The current file is kept beside it, renamed, and the changes made since the backup are no longer shown.</source>
        <translation>Remplacer le catalogue %1 par la sauvegarde %2 (%3) ?

Le fichier actuel est gardé à côté, renommé, et les modifications faites depuis la sauvegarde ne sont plus affichées.</translation>
    </message>
    <message>
        <source>The backup was not restored:
%1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée :
%1</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced file is kept as %2</source>
        <translation>Restauré depuis %1 ; le fichier remplacé est gardé sous le nom %2</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Cet utilisateur</translation>
    </message>
    <message>
        <source>%1 may not run migrations on this catalogue: only a manager may (the server refuses it).</source>
        <translation>%1 ne peut pas appliquer de migrations à ce catalogue : seul un gérant le peut (le serveur le refuse).</translation>
    </message>
    <message>
        <source>Review and apply this catalogue&apos;s migrations</source>
        <translation>Examiner et appliquer les migrations de ce catalogue</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
</context>
<context>
    <name>Gui::ExportDialog</name>
    <message>
        <source>CSV, safe to open in a spreadsheet</source>
        <translation>CSV, sans risque dans un tableur</translation>
    </message>
    <message>
        <source>CSV for Excel in French (; and decimal commas)</source>
        <translation>CSV pour Excel en français (; et virgules décimales)</translation>
    </message>
    <message>
        <source>CSV, values exactly as stored</source>
        <translation>CSV, valeurs exactement telles qu’enregistrées</translation>
    </message>
    <message>
        <source>JSON, every value (imports back as it was)</source>
        <translation>JSON, toutes les valeurs (se réimporte à l’identique)</translation>
    </message>
    <message>
        <source>ONIX for Books 3.0 (XML, for the book trade)</source>
        <translation>ONIX for Books 3.0 (XML, pour la chaîne du livre)</translation>
    </message>
    <message>
        <source>Write the &amp;covers to a folder beside the file</source>
        <translation>Écrire les &amp;couvertures dans un dossier à côté du fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export books</source>
        <translation>Exporter des livres</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;All the books (%1)</source>
        <translation>&amp;Tous les livres (%1)</translation>
    </message>
    <message>
        <source>The books &amp;shown (%1): the search “%2” and the filters</source>
        <translation>Les livres &amp;affichés (%1)&#xa0;: la recherche «&#xa0;%2&#xa0;» et les filtres</translation>
    </message>
    <message>
        <source>The books &amp;shown (%1): the search “%2”</source>
        <translation>Les livres &amp;affichés (%1)&#xa0;: la recherche «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The books &amp;shown (%1): the filters</source>
        <translation>Les livres &amp;affichés (%1)&#xa0;: les filtres</translation>
    </message>
    <message>
        <source>The books &amp;shown (no search or filter: all of them)</source>
        <translation>Les livres &amp;affichés (ni recherche ni filtre&#xa0;: tous)</translation>
    </message>
    <message>
        <source>Books:</source>
        <translation>Livres&#xa0;:</translation>
    </message>
    <message>
        <source>Each cover stored in the catalogue is written as an image file; the export refers to it by its path.</source>
        <translation>Chaque couverture enregistrée dans le catalogue est écrite en fichier image&#xa0;; l’export y renvoie par son chemin.</translation>
    </message>
    <message>
        <source>%v books written</source>
        <translation>%v livres écrits</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>%1-covers</source>
        <translation>%1-couvertures</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Gui::FileMenu</name>
    <message>
        <source>New &amp;catalogue…</source>
        <translation>Nouveau &amp;catalogue…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un catalogue &amp;récent</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No catalogue is open&lt;/h2&gt;&lt;p&gt;Create a new one, open a file, or connect to a server from the File menu.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun catalogue n’est ouvert&lt;/h2&gt;&lt;p&gt;Créez-en un, ouvrez un fichier ou connectez-vous à un serveur depuis le menu Fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New catalogue…</source>
        <translation>Nouveau catalogue…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>This book&apos;s changes were refused. Leave this catalogue and lose them?</source>
        <translation>Les modifications de ce livre ont été refusées. Quitter ce catalogue et les perdre ?</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>Nouveau catalogue</translation>
    </message>
    <message>
        <source>A file named %1 exists already. Choose another name: a new catalogue never replaces a file.</source>
        <translation>Un fichier nommé %1 existe déjà. Choisissez un autre nom : un nouveau catalogue ne remplace jamais un fichier.</translation>
    </message>
    <message>
        <source>The catalogue %1 could not be created.</source>
        <translation>Le catalogue %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>New catalogue %1 created</source>
        <translation>Nouveau catalogue %1 créé</translation>
    </message>
    <message>
        <source>Catalogues (*.catalogue *.db *.sqlite)</source>
        <translation>Catalogues (*.catalogue *.db *.sqlite)</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <source>Catalogues (*.db *.sqlite *.catalogue);;All files (*)</source>
        <translation>Catalogues (*.db *.sqlite *.catalogue);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the catalogue… you can browse and search meanwhile</source>
        <translation>Vérification du catalogue… vous pouvez le parcourir et y chercher en attendant</translation>
    </message>
    <message>
        <source>The catalogue was checked, but could not be opened for changes: it stays read-only.</source>
        <translation>Le catalogue a été vérifié, mais n’a pas pu être ouvert en écriture : il reste en lecture seule.</translation>
    </message>
    <message>
        <source>The catalogue was checked: it is sound</source>
        <translation>Le catalogue a été vérifié : il est intact</translation>
    </message>
    <message>
        <source>Nothing was written to it. The window keeps the catalogue it had.</source>
        <translation>Rien n’y a été écrit. La fenêtre garde le catalogue qu’elle affichait.</translation>
    </message>
    <message>
        <source>Nothing was written to it.</source>
        <translation>Rien n’y a été écrit.</translation>
    </message>
    <message>
        <source>There is no file %1 any more: it was moved, renamed or deleted.</source>
        <translation>Le fichier %1 n’existe plus : il a été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>You can remove it from the recent list (File &gt; Open recent).</source>
        <translation>Vous pouvez le retirer de la liste des récents (Fichier &gt; Ouvrir un catalogue récent).</translation>
    </message>
    <message>
        <source>The catalogue %1 is damaged: SQLite found broken pages or records in it.</source>
        <translation>Le catalogue %1 est endommagé : SQLite y a trouvé des pages ou des enregistrements abîmés.</translation>
    </message>
    <message>
        <source>It was not changed. Restore it from a backup, or keep a copy for a repair tool. %1</source>
        <translation>Il n’a pas été modifié. Restaurez-le depuis une sauvegarde, ou gardez-en une copie pour un outil de réparation. %1</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it is not a database file at all.</source>
        <translation>%1 n’est pas un catalogue : ce n’est pas du tout un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it is another application&apos;s database, or holds no books table.</source>
        <translation>%1 n’est pas un catalogue : c’est la base de données d’une autre application, ou elle n’a pas de table des livres.</translation>
    </message>
    <message>
        <source>It was refused and left exactly as it was. %1</source>
        <translation>Il a été refusé et laissé exactement tel quel. %1</translation>
    </message>
    <message>
        <source>Could not connect to %1. %2</source>
        <translation>Connexion impossible à %1. %2</translation>
    </message>
    <message>
        <source>The catalogue %1 could not be opened.</source>
        <translation>Le catalogue %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>This catalogue is open read-only: you can browse and search it, but not change it.</source>
        <translation>Ce catalogue est ouvert en lecture seule : vous pouvez le parcourir et y chercher, mais pas le modifier.</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Pourquoi : %1.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>No recent catalogue</source>
        <translation>Aucun catalogue récent</translation>
    </message>
    <message>
        <source>Remove the missing ones</source>
        <translation>Retirer les introuvables</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
</context>
<context>
    <name>Gui::ImportDialog</name>
    <message>
        <source>CSV (columns by their names)</source>
        <translation>CSV (colonnes par leur nom)</translation>
    </message>
    <message>
        <source>Goodreads library export</source>
        <translation>Export de bibliothèque Goodreads</translation>
    </message>
    <message>
        <source>Calibre catalogue (CSV)</source>
        <translation>Catalogue Calibre (CSV)</translation>
    </message>
    <message>
        <source>goodbooks-10k (books.csv)</source>
        <translation>goodbooks-10k (books.csv)</translation>
    </message>
    <message>
        <source>JSON (this program&apos;s export)</source>
        <translation>JSON (export de ce programme)</translation>
    </message>
    <message>
        <source>ONIX for Books 3.0 (XML)</source>
        <translation>ONIX for Books 3.0 (XML)</translation>
    </message>
    <message>
        <source>— ignored —</source>
        <translation>— ignorée —</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
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
        <translation>Quatrième de couverture</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Authors (several names)</source>
        <translation>Auteurs (plusieurs noms)</translation>
    </message>
    <message>
        <source>More authors</source>
        <translation>Autres auteurs</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISBN-13 written as a number (when no ISBN)</source>
        <translation>ISBN-13 écrit comme un nombre (à défaut d’ISBN)</translation>
    </message>
    <message>
        <source>Goodreads ID</source>
        <translation>Identifiant Goodreads</translation>
    </message>
    <message>
        <source>Identifiers (isbn:…, goodreads:…)</source>
        <translation>Identifiants (isbn:…, goodreads:…)</translation>
    </message>
    <message>
        <source>Year, from a date</source>
        <translation>Année, tirée d’une date</translation>
    </message>
    <message>
        <source>Year, when none is given</source>
        <translation>Année, quand aucune n’est donnée</translation>
    </message>
    <message>
        <source>Cover address (web)</source>
        <translation>Adresse de la couverture (web)</translation>
    </message>
    <message>
        <source>Tags (the first is the genre)</source>
        <translation>Étiquettes (la première est le genre)</translation>
    </message>
    <message>
        <source>Show the i&amp;gnored columns</source>
        <translation>Affic&amp;her les colonnes ignorées</translation>
    </message>
    <message>
        <source>S&amp;kip the refused rows and import the others</source>
        <translation>Ignorer les lignes &amp;refusées et importer les autres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>Enregistrer le ra&amp;pport…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import books</source>
        <translation>Importer des livres</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, petit-boutiste</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, gros-boutiste</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Skip them (keep the catalogue&apos;s)</source>
        <translation>Les ignorer (garder ceux du catalogue)</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>Les mettre à jour avec les valeurs du fichier</translation>
    </message>
    <message>
        <source>Add them anyway, as other books</source>
        <translation>Les ajouter quand même, comme d’autres livres</translation>
    </message>
    <message>
        <source>A book is already in the catalogue when it has the same ISBN, or, without an ISBN, the same title, author and publisher.</source>
        <translation>Un livre est déjà dans le catalogue s’il a le même ISBN ou, sans ISBN, les mêmes titre, auteur et éditeur.</translation>
    </message>
    <message>
        <source>Books already in the &amp;catalogue:</source>
        <translation>Livres déjà dans le &amp;catalogue&#xa0;:</translation>
    </message>
    <message>
        <source>Unticked, a single refused row stops the import and nothing is written.</source>
        <translation>Décochée, une seule ligne refusée arrête l’import et rien n’est écrit.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Reads and checks every row, and writes nothing</source>
        <translation>Lit et vérifie chaque ligne, sans rien écrire</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is: %1</source>
        <translation>Ce fichier ne peut pas être importé tel quel&#xa0;: %1</translation>
    </message>
    <message>
        <source>The fields of a %1 file are named by the format: nothing to map. Preview checks every book without writing anything.</source>
        <translation>Les champs d’un fichier %1 sont nommés par le format&#xa0;: rien à faire correspondre. Aperçu vérifie chaque livre sans rien écrire.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file. Choose in the first line where each column goes.</source>
        <translation>
            <numerusform>La première ligne du fichier. Choisissez sur la ligne «&#xa0;Va dans&#xa0;» où va chaque colonne.</numerusform>
            <numerusform>Les %n premières lignes du fichier. Choisissez sur la ligne «&#xa0;Va dans&#xa0;» où va chaque colonne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <source>Where the column “%1” goes</source>
        <translation>Où va la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Checking: %1 rows read (%p%)</source>
        <translation>Vérification&#xa0;: %1 lignes lues (%p&#xa0;%)</translation>
    </message>
    <message>
        <source>Importing: %1 rows read (%p%)</source>
        <translation>Import&#xa0;: %1 lignes lues (%p&#xa0;%)</translation>
    </message>
    <message>
        <source>The import failed, and nothing was written: %1</source>
        <translation>L’import a échoué et rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>This file cannot be imported, and nothing was written: %1</source>
        <translation>Ce fichier ne peut pas être importé, et rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 to add, %3 to update, %4 already in the catalogue and skipped, %5 added anyway, %6 refused.</source>
        <translation>%1 lignes lues&#xa0;: %2 à ajouter, %3 à mettre à jour, %4 déjà dans le catalogue et ignorées, %5 ajoutées quand même, %6 refusées.</translation>
    </message>
    <message>
        <source>Preview — nothing was written. %1</source>
        <translation>Aperçu — rien n’a été écrit. %1</translation>
    </message>
    <message>
        <source>As it is, the import would write nothing: correct the refused rows in the file, or tick “Skip the refused rows”.</source>
        <translation>En l’état, l’import n’écrirait rien&#xa0;: corrigez les lignes refusées dans le fichier, ou cochez «&#xa0;Ignorer les lignes refusées&#xa0;».</translation>
    </message>
    <message>
        <source>Imported — books added: %1, updated: %2, already in the catalogue and skipped: %3; rows refused: %4. Edit &gt; Undo takes the whole import back.</source>
        <translation>Importé — livres ajoutés&#xa0;: %1, mis à jour&#xa0;: %2, déjà dans le catalogue et ignorés&#xa0;: %3&#xa0;; lignes refusées&#xa0;: %4. Édition &gt; Annuler défait tout l’import.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) refused (listed below). Correct them in the file, or tick “Skip the refused rows” to import the others.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n ligne refusée (ci-dessous). Corrigez-la dans le fichier, ou cochez «&#xa0;Ignorer les lignes refusées&#xa0;» pour importer les autres.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n lignes refusées (ci-dessous). Corrigez-les dans le fichier, ou cochez «&#xa0;Ignorer les lignes refusées&#xa0;» pour importer les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>%1 (imported anyway)</source>
        <translation>%1 (importé quand même)</translation>
    </message>
    <message>
        <source>The first %1 problems are listed; Save the report writes all %2.</source>
        <translation>Les %1 premiers problèmes sont listés&#xa0;; Enregistrer le rapport les écrit tous (%2).</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-rapport</translation>
    </message>
    <message>
        <source>Save the import&apos;s report</source>
        <translation>Enregistrer le rapport de l’import</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>Le rapport ne peut pas être écrit dans %1&#xa0;: %2</translation>
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
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>This book&apos;s changes were refused. Quit and lose them?</source>
        <translation>Les modifications de ce livre ont été refusées. Quitter et les perdre&#xa0;?</translation>
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
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>This catalogue is open read-only: %1. Its books are all here to browse and search; to change them, apply its migrations (a backup is made first). &lt;a href=&quot;update&quot;&gt;Review and apply the migrations…&lt;/a&gt;</source>
        <translation>Ce catalogue est ouvert en lecture seule : %1. Tous ses livres sont là pour être parcourus et cherchés ; pour les modifier, appliquez ses migrations (une sauvegarde est faite d&apos;abord). &lt;a href=&quot;update&quot;&gt;Voir et appliquer les migrations…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The lowest price was above the highest: the two were swapped</source>
        <translation>Le prix minimum était supérieur au prix maximum : les deux ont été inversés</translation>
    </message>
    <message>
        <source>Show all the books again</source>
        <translation>Afficher de nouveau tous les livres</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistiques…</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Seulement : %1</translation>
    </message>
    <message>
        <source>&amp;Till mode…</source>
        <translation>Mode &amp;caisse…</translation>
    </message>
    <message>
        <source>Your changes to the book were saved.</source>
        <translation>Vos modifications du livre ont été enregistrées.</translation>
    </message>
    <message>
        <source>Your changes to the book were not saved: the form says why.</source>
        <translation>Vos modifications du livre n&apos;ont pas été enregistrées : la fiche dit pourquoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting stock movement(s) saved.</source>
        <translation>
            <numerusform>%n mouvement de stock en attente enregistré.</numerusform>
            <numerusform>%n mouvements de stock en attente enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s) wait for the connection to the catalogue and are not saved. Quit and lose them?</source>
        <translation>
            <numerusform>%n mouvement de stock attend la connexion au catalogue et n&apos;est pas enregistré. Quitter et le perdre ?</numerusform>
            <numerusform>%n mouvements de stock attendent la connexion au catalogue et ne sont pas enregistrés. Quitter et les perdre ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::MergeDialog</name>
    <message>
        <source>Someone else changed this book</source>
        <translation>Quelqu’un d’autre a modifié ce livre</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Someone else saved changes to « %1 » while you were editing it.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing has been overwritten yet. For each field below, choose what to keep: their value, yours, or a value you write yourself. Your other changes are saved with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quelqu’un d’autre a enregistré des modifications de « %1 » pendant que vous le modifiiez.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Rien n’a encore été écrasé. Pour chaque champ ci-dessous, choisissez ce qu’il faut garder : sa valeur, la vôtre, ou une valeur que vous écrivez vous-même. Vos autres modifications sont enregistrées avec.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before both changes: %1</source>
        <translation>Avant les deux modifications : %1</translation>
    </message>
    <message>
        <source>Keep theirs:</source>
        <translation>Garder la sienne :</translation>
    </message>
    <message>
        <source>The value the other person saved, as it is now in the catalogue</source>
        <translation>La valeur enregistrée par l’autre personne, telle qu’elle est maintenant dans le catalogue</translation>
    </message>
    <message>
        <source>Keep yours:</source>
        <translation>Garder la vôtre :</translation>
    </message>
    <message>
        <source>The value you typed, not saved yet</source>
        <translation>La valeur que vous avez saisie, pas encore enregistrée</translation>
    </message>
    <message>
        <source>Keep this:</source>
        <translation>Garder ceci :</translation>
    </message>
    <message>
        <source>Write the value to keep, for instance a mix of theirs and yours</source>
        <translation>Écrivez la valeur à garder, par exemple un mélange de la sienne et de la vôtre</translation>
    </message>
    <message>
        <source>&amp;Save my choices</source>
        <translation>&amp;Enregistrer mes choix</translation>
    </message>
    <message>
        <source>&amp;Back to my changes</source>
        <translation>&amp;Revenir à mes modifications</translation>
    </message>
    <message>
        <source>Nothing is saved; the form keeps what you typed</source>
        <translation>Rien n’est enregistré ; le formulaire garde ce que vous avez saisi</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Save the values chosen, and your other changes</source>
        <translation>Enregistrer les valeurs choisies et vos autres modifications</translation>
    </message>
    <message numerus="yes">
        <source>Choose what to keep for %n more field(s) first</source>
        <translation>
            <numerusform>Choisissez d’abord quoi garder pour encore %n champ</numerusform>
            <numerusform>Choisissez d’abord quoi garder pour encore %n champs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::MigrationsDialog</name>
    <message>
        <source>Apply &amp;all pending</source>
        <translation>&amp;Appliquer toutes celles en attente</translation>
    </message>
    <message>
        <source>Apply &amp;up to the selected one</source>
        <translation>Appliquer &amp;jusqu&apos;à celle choisie</translation>
    </message>
    <message>
        <source>Roll back the &amp;last one</source>
        <translation>Annuler la &amp;dernière</translation>
    </message>
    <message>
        <source>Roll back &amp;down to the selected one</source>
        <translation>Annuler jusqu&apos;à &amp;celle choisie</translation>
    </message>
    <message>
        <source>&amp;Back up first</source>
        <translation>&amp;Sauvegarder d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Show in the file manager</source>
        <translation>&amp;Montrer dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Appliquée le</translation>
    </message>
    <message>
        <source>Each statement the migrations send to the database is shown here.</source>
        <translation>Chaque instruction que les migrations envoient à la base de données s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>not recorded (another tool ran it)</source>
        <translation>non enregistré (un autre outil l&apos;a exécutée)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>applied by another program</source>
        <translation>appliquée par un autre programme</translation>
    </message>
    <message>
        <source>applied by a newer version</source>
        <translation>appliquée par une version plus récente</translation>
    </message>
    <message>
        <source>The migrations of %1 cannot be read: %2</source>
        <translation>Les migrations de %1 ne peuvent pas être lues : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is open read-only:&lt;/b&gt; %2. Migrations can be neither applied nor rolled back.</source>
        <translation>&lt;b&gt;%1 est ouvert en lecture seule :&lt;/b&gt; %2. Les migrations ne peuvent être ni appliquées ni annulées.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 needs %n migration(s)&lt;/b&gt; to be brought up to date. Until then it is open read-only: its books can be browsed, not changed. Its books are kept as they are.</source>
        <translation>
            <numerusform>&lt;b&gt;Il faut %n migration à %1&lt;/b&gt; pour être à jour. D&apos;ici là il est ouvert en lecture seule : ses livres peuvent être parcourus, pas modifiés. Ses livres sont gardés tels quels.</numerusform>
            <numerusform>&lt;b&gt;Il faut %n migrations à %1&lt;/b&gt; pour être à jour. D&apos;ici là il est ouvert en lecture seule : ses livres peuvent être parcourus, pas modifiés. Ses livres sont gardés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n migration(s) pending.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n migration en attente.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; : %n migrations en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is up to date.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est à jour.</translation>
    </message>
    <message>
        <source>A server&apos;s catalogue is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Un catalogue sur un serveur se sauvegarde avec les outils du serveur (pg_dump).</translation>
    </message>
    <message>
        <source>A copy of %1 is made beside it before anything changes.</source>
        <translation>Une copie de %1 est faite à côté avant tout changement.</translation>
    </message>
    <message>
        <source>What the rollback would drop cannot be read: %1</source>
        <translation>Ce que l&apos;annulation supprimerait ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Annuler des migrations</translation>
    </message>
    <message>
        <source>What the rollback would drop cannot be read:
%1</source>
        <translation>Ce que l&apos;annulation supprimerait ne peut pas être lu :
%1</translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln row(s)</source>
        <translation>
            <numerusform>• %1 : %Ln ligne</numerusform>
            <numerusform>• %1 : %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>This rollback drops tables that hold data:

%1

Their rows are lost unless you keep a backup. Roll back all the same?</source>
        <translation>Cette annulation supprime des tables qui contiennent des données :

%1

Leurs lignes sont perdues, sauf à garder une sauvegarde. Annuler quand même ?</translation>
    </message>
    <message>
        <source>Roll back and drop them</source>
        <translation>Annuler et les supprimer</translation>
    </message>
    <message>
        <source>== Applying every pending migration</source>
        <translation>== Application de toutes les migrations en attente</translation>
    </message>
    <message>
        <source>== Applying the pending migrations up to %1</source>
        <translation>== Application des migrations en attente jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>== Rolling back the last migration</source>
        <translation>== Annulation de la dernière migration</translation>
    </message>
    <message>
        <source>== Rolling back the migrations down to %1</source>
        <translation>== Annulation des migrations jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde : %1</translation>
    </message>
    <message>
        <source>-- backup written: %1</source>
        <translation>-- sauvegarde écrite : %1</translation>
    </message>
    <message>
        <source>Migration %1 of %2: %3</source>
        <translation>Migration %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Rollback %1 of %2: %3</source>
        <translation>Annulation %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>-- applying %1</source>
        <translation>-- application de %1</translation>
    </message>
    <message>
        <source>-- rolling back %1</source>
        <translation>-- annulation de %1</translation>
    </message>
    <message>
        <source>Cancelling: the migration under way is rolled back…</source>
        <translation>Interruption : la migration en cours est annulée…</translation>
    </message>
    <message>
        <source>-- cancel asked: the migration under way will be rolled back</source>
        <translation>-- interruption demandée : la migration en cours sera annulée</translation>
    </message>
    <message>
        <source>The catalogue cannot be opened again: %1</source>
        <translation>Le catalogue ne peut pas être rouvert : %1</translation>
    </message>
    <message>
        <source>no migration is applied now</source>
        <translation>aucune migration n&apos;est appliquée désormais</translation>
    </message>
    <message>
        <source>%1 applied now, the last being %2</source>
        <translation>%1 appliquées désormais, la dernière étant %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Échec.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The failed migration was rolled back; %1.</source>
        <translation>La migration en échec a été annulée ; %1.</translation>
    </message>
    <message>
        <source>-- failed: %1</source>
        <translation>-- échec : %1</translation>
    </message>
    <message>
        <source>-- the statement that failed: %1</source>
        <translation>-- l&apos;instruction en échec : %1</translation>
    </message>
    <message>
        <source>Cancelled. The migration under way was rolled back, none is half applied; %1.</source>
        <translation>Interrompu. La migration en cours a été annulée, aucune n&apos;est à moitié appliquée ; %1.</translation>
    </message>
    <message>
        <source>-- cancelled; done before: %1</source>
        <translation>-- interrompu ; fait avant : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Nothing to do: %1.</source>
        <translation>Rien à faire : %1.</translation>
    </message>
    <message>
        <source>Done: %1; %2.</source>
        <translation>Fait : %1 ; %2.</translation>
    </message>
    <message>
        <source>-- done: %1</source>
        <translation>-- fait : %1</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Gui::PasswordKeeper</name>
    <message>
        <source>the desktop&apos;s keyring did not answer</source>
        <translation>le trousseau du bureau n’a pas répondu</translation>
    </message>
    <message>
        <source>no keyring service is running on this desktop (there is no D-Bus session bus to reach one)</source>
        <translation>aucun service de trousseau ne tourne sur ce bureau (il n’y a pas de bus de session D-Bus pour en joindre un)</translation>
    </message>
    <message>
        <source>no keyring service is running on this desktop (%1)</source>
        <translation>aucun service de trousseau ne tourne sur ce bureau (%1)</translation>
    </message>
    <message>
        <source>the keyring refused access (%1)</source>
        <translation>le trousseau a refusé l’accès (%1)</translation>
    </message>
    <message>
        <source>the keyring failed</source>
        <translation>le trousseau a échoué</translation>
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
    <name>Gui::StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Sales over time</source>
        <translation>Ventes dans le temps</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Meilleures ventes</translation>
    </message>
    <message>
        <source>By genre</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bas</translation>
    </message>
    <message>
        <source>Dead stock</source>
        <translation>Stock dormant</translation>
    </message>
    <message>
        <source>Prices and years</source>
        <translation>Prix et années</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;au :</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>All publishers</source>
        <translation>Tous les éditeurs</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>É&amp;diteur :</translation>
    </message>
    <message>
        <source>no recent sale</source>
        <translation>aucune vente récente</translation>
    </message>
    <message>
        <source>Export the chart (PNG)…</source>
        <translation>Exporter le graphique (PNG)…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the reorder list (CSV)…</source>
        <translation>Exporter la liste de réassort (CSV)…</translation>
    </message>
    <message>
        <source>Export the list (CSV)…</source>
        <translation>Exporter la liste (CSV)…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Copies sold:</source>
        <translation>Exemplaires vendus :</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Copies sold</source>
        <translation>Exemplaires vendus</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Un an avant</translation>
    </message>
    <message>
        <source>Revenue a year before</source>
        <translation>Chiffre d&apos;affaires un an avant</translation>
    </message>
    <message>
        <source>The 20 best-selling books</source>
        <translation>Les 20 livres les plus vendus</translation>
    </message>
    <message>
        <source>The 20 best-selling authors</source>
        <translation>Les 20 auteurs les plus vendus</translation>
    </message>
    <message>
        <source>The 20 best-selling publishers</source>
        <translation>Les 20 éditeurs les plus vendus</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Copies in stock</source>
        <translation>Exemplaires en stock</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Valeur du stock</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Sold in 90 days</source>
        <translation>Vendus en 90 jours</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>In stock with no sale in the last</source>
        <translation>En stock sans aucune vente depuis</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Dernière vente</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Livres</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Parution</translation>
    </message>
    <message>
        <source>Statistics — %1</source>
        <translation>Statistiques — %1</translation>
    </message>
    <message>
        <source>The first day is after the last one: no figures for that range.</source>
        <translation>Le premier jour est après le dernier : aucun chiffre pour cette période.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>The same period a year before</source>
        <translation>La même période un an avant</translation>
    </message>
    <message>
        <source>%1: %2 sold</source>
        <translation>%1 : %2 vendus</translation>
    </message>
    <message>
        <source>No sale recorded in this range, nor a year before.</source>
        <translation>Aucune vente enregistrée sur cette période, ni un an avant.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Nothing sold in this range.</source>
        <translation>Rien de vendu sur cette période.</translation>
    </message>
    <message>
        <source>(no genre)</source>
        <translation>(sans genre)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No book matches these filters.</source>
        <translation>Aucun livre ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The books with %1 or fewer copies (the threshold is set in Edit &gt; Preferences), most urgent first: the days left at the pace of the last 90 days&apos; sales. Double-click a book to show it in the table.</source>
        <translation>Les livres à %1 exemplaires ou moins (le seuil se règle dans Édition &gt; Préférences), les plus urgents d&apos;abord : les jours restants au rythme des ventes des 90 derniers jours. Double-cliquez sur un livre pour l&apos;afficher dans le tableau.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Books: %1 — copies: %2 — value tied up: %3</source>
        <translation>Livres : %1 — exemplaires : %2 — valeur immobilisée : %3</translation>
    </message>
    <message>
        <source>Books by price</source>
        <translation>Livres par prix</translation>
    </message>
    <message>
        <source>Books by year of publication</source>
        <translation>Livres par année de parution</translation>
    </message>
    <message>
        <source>Price from (%1)</source>
        <translation>Prix à partir de (%1)</translation>
    </message>
    <message>
        <source>Year of publication from</source>
        <translation>Année de parution à partir de</translation>
    </message>
    <message>
        <source>No book with a price matches these filters.</source>
        <translation>Aucun livre avec un prix ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No book with a year of publication matches these filters.</source>
        <translation>Aucun livre avec une année de parution ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Sold in %1</source>
        <translation>Vendus en %1</translation>
    </message>
    <message>
        <source>Best seller: %1</source>
        <translation>Meilleure vente : %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Auteur : %1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Éditeur : %1</translation>
    </message>
    <message>
        <source>Genre: %1</source>
        <translation>Genre : %1</translation>
    </message>
    <message>
        <source>Priced %1</source>
        <translation>Prix de %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Parus en %1</translation>
    </message>
    <message>
        <source>This tab has no chart.</source>
        <translation>Cet onglet n&apos;a pas de graphique.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>This tab has no list.</source>
        <translation>Cet onglet n&apos;a pas de liste.</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed and exported.</source>
        <translation>Les %1 premiers sur %2 sont affichés et exportés.</translation>
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
    <name>Gui::TillView</name>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>RETOUR</translation>
    </message>
    <message>
        <source>Scan or type an ISBN, or words of a title, then Enter</source>
        <translation>Scannez ou tapez un ISBN, ou des mots du titre, puis Entrée</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; sell &amp;nbsp;·&amp;nbsp; &lt;b&gt;3*&lt;/b&gt;ISBN three copies &amp;nbsp;·&amp;nbsp; &lt;b&gt;F2&lt;/b&gt; return the next book &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+Z&lt;/b&gt; undo the last line &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+N&lt;/b&gt; new receipt &amp;nbsp;·&amp;nbsp; &lt;b&gt;↑ ↓&lt;/b&gt; choose a title &amp;nbsp;·&amp;nbsp; &lt;b&gt;Esc&lt;/b&gt; clear &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+W&lt;/b&gt; close</source>
        <translation>&lt;b&gt;Entrée&lt;/b&gt; vendre &amp;nbsp;·&amp;nbsp; &lt;b&gt;3*&lt;/b&gt;ISBN trois exemplaires &amp;nbsp;·&amp;nbsp; &lt;b&gt;F2&lt;/b&gt; reprendre le livre suivant &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+Z&lt;/b&gt; annuler la dernière ligne &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+N&lt;/b&gt; nouveau ticket &amp;nbsp;·&amp;nbsp; &lt;b&gt;↑ ↓&lt;/b&gt; choisir un titre &amp;nbsp;·&amp;nbsp; &lt;b&gt;Échap&lt;/b&gt; effacer &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+W&lt;/b&gt; fermer</translation>
    </message>
    <message>
        <source>Return the next book</source>
        <translation>Reprendre le livre suivant</translation>
    </message>
    <message>
        <source>Undo the last line</source>
        <translation>Annuler la dernière ligne</translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Fermer la caisse</translation>
    </message>
    <message>
        <source>The server&apos;s privileges could not be read: %1</source>
        <translation>Les droits accordés par le serveur n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>This catalogue is open read-only (%1): books can be looked up, not sold.</source>
        <translation>Ce catalogue est ouvert en lecture seule (%1) : les livres peuvent être consultés, pas vendus.</translation>
    </message>
    <message>
        <source>This catalogue has no stock history yet: bring it up to date from the catalogue window to sell here.</source>
        <translation>Ce catalogue n’a pas encore d’historique de stock : mettez-le à jour depuis la fenêtre du catalogue pour vendre ici.</translation>
    </message>
    <message>
        <source>%1 Books can be looked up here, not sold.</source>
        <translation>%1 Les livres peuvent être consultés ici, pas vendus.</translation>
    </message>
    <message>
        <source>Ready: scan a book.</source>
        <translation>Prêt : scannez un livre.</translation>
    </message>
    <message>
        <source>Look-up only: scan a book.</source>
        <translation>Consultation seule : scannez un livre.</translation>
    </message>
    <message>
        <source>Cleared: scan a book.</source>
        <translation>Effacé : scannez un livre.</translation>
    </message>
    <message>
        <source>A quantity goes from 1 to 999: %1</source>
        <translation>Une quantité va de 1 à 999 : %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No book matches &quot;%1&quot;.</source>
        <translation>Aucun livre ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %Ln in stock</source>
        <translation>
            <numerusform>%1 — %2 — %Ln en stock</numerusform>
            <numerusform>%1 — %2 — %Ln en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Books matching &quot;%1&quot;: %2. ↑ ↓ to choose, Enter to %3.</source>
        <translation>Livres correspondant à « %1 » : %2. ↑ ↓ pour choisir, Entrée pour %3.</translation>
    </message>
    <message>
        <source>take it back</source>
        <translation>le reprendre</translation>
    </message>
    <message>
        <source>sell it</source>
        <translation>le vendre</translation>
    </message>
    <message>
        <source>Not sold: %1</source>
        <translation>Non vendu : %1</translation>
    </message>
    <message>
        <source>Not sold: %1 is out of stock.</source>
        <translation>Non vendu : %1 est épuisé.</translation>
    </message>
    <message>
        <source>Not taken back: %1</source>
        <translation>Non repris : %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Not recorded: %1. Scan or press Enter again to retry: it will not be recorded twice.</source>
        <translation>Non enregistré : %1. Scannez ou appuyez de nouveau sur Entrée pour réessayer : rien ne sera enregistré deux fois.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Already recorded: %1 (nothing recorded twice).</source>
        <translation>Déjà enregistré : %1 (rien n’est enregistré deux fois).</translation>
    </message>
    <message>
        <source>Taken back: %1, %2</source>
        <translation>Repris : %1, %2</translation>
    </message>
    <message>
        <source>Sold: %1, %2</source>
        <translation>Vendu : %1, %2</translation>
    </message>
    <message>
        <source>Return: scan the book the customer brings back (F2 to cancel).</source>
        <translation>Retour : scannez le livre que le client rapporte (F2 pour annuler).</translation>
    </message>
    <message>
        <source>Sale: scan a book.</source>
        <translation>Vente : scannez un livre.</translation>
    </message>
    <message>
        <source>Nothing undone: %1</source>
        <translation>Rien n’a été annulé : %1</translation>
    </message>
    <message>
        <source>Undone: the sale of %1 (the copy is back in stock).</source>
        <translation>Annulé : la vente de %1 (l’exemplaire est de retour en stock).</translation>
    </message>
    <message>
        <source>Undone: the return of %1 (the copy is out of stock again).</source>
        <translation>Annulé : le retour de %1 (l’exemplaire est de nouveau sorti du stock).</translation>
    </message>
    <message>
        <source>New receipt (the last one came to %1).</source>
        <translation>Nouveau ticket (le précédent s’élevait à %1).</translation>
    </message>
    <message>
        <source>New receipt.</source>
        <translation>Nouveau ticket.</translation>
    </message>
    <message>
        <source>No book yet</source>
        <translation>Pas encore de livre</translation>
    </message>
    <message>
        <source>no ISBN</source>
        <translation>pas d’ISBN</translation>
    </message>
    <message>
        <source>ISBN %1</source>
        <translation>ISBN %1</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Épuisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in stock</source>
        <translation>
            <numerusform>%Ln en stock</numerusform>
            <numerusform>%Ln en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Return: %1</source>
        <translation>Retour : %1</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <source>Total %1 · items: %2</source>
        <translation>Total %1 · articles : %2</translation>
    </message>
    <message>
        <source>SALE</source>
        <translation>VENTE</translation>
    </message>
</context>
<context>
    <name>Gui::TransferMenu</name>
    <message>
        <source>&amp;Import books…</source>
        <translation>&amp;Importer des livres…</translation>
    </message>
    <message>
        <source>&amp;Export books…</source>
        <translation>E&amp;xporter des livres…</translation>
    </message>
    <message>
        <source>Open the &amp;demo catalogue</source>
        <translation>Ouvrir le catalogue de &amp;démonstration</translation>
    </message>
    <message>
        <source>10,000 popular books (goodbooks-10k), to try the program</source>
        <translation>10 000 livres populaires (goodbooks-10k), pour essayer le programme</translation>
    </message>
    <message>
        <source>Open a catalogue you can change first</source>
        <translation>Ouvrez d’abord un catalogue modifiable</translation>
    </message>
    <message>
        <source>Import books</source>
        <translation>Importer des livres</translation>
    </message>
    <message>
        <source>Book files (*.csv *.tsv *.txt *.json *.xml *.onix);;CSV files (*.csv *.tsv *.txt);;JSON files (*.json);;ONIX files (*.xml *.onix);;All files (*)</source>
        <translation>Fichiers de livres (*.csv *.tsv *.txt *.json *.xml *.onix);;Fichiers CSV (*.csv *.tsv *.txt);;Fichiers JSON (*.json);;Fichiers ONIX (*.xml *.onix);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n book(s) from %1</source>
        <translation>
            <numerusform>Importer %n livre depuis %1</numerusform>
            <numerusform>Importer %n livres depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1 — books added: %2, updated: %3</source>
        <translation>Importé depuis %1 — livres ajoutés&#xa0;: %2, mis à jour&#xa0;: %3</translation>
    </message>
    <message>
        <source>Exported to %1 — books: %2</source>
        <translation>Exporté dans %1 — livres&#xa0;: %2</translation>
    </message>
    <message>
        <source>covers: %1</source>
        <translation>couvertures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Building the demo catalogue from goodbooks-10k&apos;s 10,000 books…</source>
        <translation>Construction du catalogue de démonstration à partir des 10 000 livres de goodbooks-10k…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo catalogue</source>
        <translation>Catalogue de démonstration</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 ne peut pas être écrit</translation>
    </message>
    <message>
        <source>the books were refused</source>
        <translation>les livres ont été refusés</translation>
    </message>
    <message>
        <source>The demo catalogue could not be built: %1</source>
        <translation>Le catalogue de démonstration n’a pas pu être construit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo catalogue: %1 books from goodbooks-10k by Zygmunt Zając (CC BY-SA 4.0). Change them freely: it is yours to try the program with.</source>
        <translation>Le catalogue de démonstration&#xa0;: %1 livres de goodbooks-10k, de Zygmunt Zając (CC BY-SA 4.0). Modifiez-les librement&#xa0;: il est à vous pour essayer le programme.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>An identifier&apos;s kind is 1 to 32 letters, digits, - or _</source>
        <translation>Le type d&apos;un identifiant compte de 1 à 32 lettres, chiffres, - ou _</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no column gives the title (expected Nom, or title; the columns are: %1)</source>
        <translation>aucune colonne ne donne le titre (Nom ou title attendu ; les colonnes sont : %1)</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>la ligne a %1 champs quand l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>A role is auteur, traducteur or illustrateur</source>
        <translation>Un rôle est auteur, traducteur ou illustrateur</translation>
    </message>
    <message>
        <source>a number or a text was expected</source>
        <translation>un nombre ou un texte était attendu</translation>
    </message>
    <message>
        <source>only prices in EUR are read</source>
        <translation>seuls les prix en EUR sont lus</translation>
    </message>
    <message>
        <source>this cover is not in the catalogue</source>
        <translation>cette couverture n&apos;est pas dans le catalogue</translation>
    </message>
    <message>
        <source>a cover must be a path inside the file&apos;s folder</source>
        <translation>une couverture doit être un chemin dans le dossier du fichier</translation>
    </message>
    <message>
        <source>cover not found</source>
        <translation>couverture introuvable</translation>
    </message>
    <message>
        <source>the cover is larger than %1 MB</source>
        <translation>la couverture dépasse %1 Mo</translation>
    </message>
    <message>
        <source>this ISBN belongs to another book: not stored for this one</source>
        <translation>cet ISBN appartient à un autre livre : il n&apos;est pas enregistré pour celui-ci</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the mapping names %1 columns where the file has %2</source>
        <translation>la correspondance nomme %1 colonnes alors que le fichier en a %2</translation>
    </message>
    <message>
        <source>%1 is not a column of the catalogue</source>
        <translation>%1 n’est pas une colonne du catalogue</translation>
    </message>
    <message>
        <source>unknown encoding: %1</source>
        <translation>encodage inconnu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JsonArrayReader</name>
    <message>
        <source>the file is not a JSON array of books ([{...}, ...])</source>
        <translation>le fichier n&apos;est pas un tableau JSON de livres ([{...}, ...])</translation>
    </message>
    <message>
        <source>line %1: the file ends inside the array</source>
        <translation>ligne %1 : le fichier s&apos;arrête au milieu du tableau</translation>
    </message>
    <message>
        <source>line %1: text after the end of the array</source>
        <translation>ligne %1 : du texte après la fin du tableau</translation>
    </message>
    <message>
        <source>line %1: a comma or ] was expected between books</source>
        <translation>ligne %1 : une virgule ou ] était attendu entre deux livres</translation>
    </message>
    <message>
        <source>line %1: the file ends inside a book that starts on line %2</source>
        <translation>ligne %1 : le fichier s&apos;arrête au milieu d&apos;un livre commencé ligne %2</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>line %1: a bracket closes what was never opened</source>
        <translation>ligne %1 : un crochet ou une accolade ferme ce qui n&apos;a jamais été ouvert</translation>
    </message>
    <message>
        <source>a number longer than %1 characters</source>
        <translation>un nombre de plus de %1 caractères</translation>
    </message>
    <message>
        <source>a book longer than %1 bytes</source>
        <translation>un livre de plus de %1 octets</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>a book must be a JSON object ({...})</source>
        <translation>un livre doit être un objet JSON ({...})</translation>
    </message>
</context>
<context>
    <name>OnixReader</name>
    <message>
        <source>line %1: the file has a DOCTYPE, which is refused (no entity is expanded)</source>
        <translation>ligne %1 : le fichier a un DOCTYPE, qui est refusé (aucune entité n&apos;est développée)</translation>
    </message>
    <message>
        <source>line %1: an entity reference, which is refused</source>
        <translation>ligne %1 : une référence d&apos;entité, qui est refusée</translation>
    </message>
    <message>
        <source>line %1: elements nested deeper than %2 levels</source>
        <translation>ligne %1 : des éléments imbriqués sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>the file is not an ONIX message (its root is &lt;%1&gt;)</source>
        <translation>le fichier n&apos;est pas un message ONIX (sa racine est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>a text longer than %1 characters</source>
        <translation>un texte de plus de %1 caractères</translation>
    </message>
    <message>
        <source>OnHand is not a whole number: %1</source>
        <translation>OnHand n&apos;est pas un nombre entier : %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the file ends inside a product</source>
        <translation>le fichier s&apos;arrête au milieu d&apos;un produit</translation>
    </message>
    <message>
        <source>the file is not an ONIX message</source>
        <translation>le fichier n&apos;est pas un message ONIX</translation>
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
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>impossible de sauvegarder %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>only a SQLite file is copied here (a server&apos;s database is copied with its own tools, such as pg_dump)</source>
        <translation>seul un fichier SQLite est copié ici (la base d&apos;un serveur se copie avec ses propres outils, comme pg_dump)</translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation>le fichier existe déjà</translation>
    </message>
    <message>
        <source>cannot reach %1: the file is no longer there (moved or deleted while it was open); nothing more can be saved to it until it is back</source>
        <translation>impossible de joindre %1 : le fichier n&apos;est plus là (déplacé ou supprimé pendant qu&apos;il était ouvert) ; rien ne peut plus y être enregistré avant son retour</translation>
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
<context>
    <name>Till</name>
    <message>
        <source>this catalogue has no stock history yet: migrate it first (catalogue migrate up)</source>
        <translation>ce catalogue n’a pas encore d’historique de stock : migrez-le d’abord (catalogue migrate up)</translation>
    </message>
    <message>
        <source>Sold at the till</source>
        <translation>Vendu en caisse</translation>
    </message>
    <message>
        <source>Taken back at the till</source>
        <translation>Repris en caisse</translation>
    </message>
    <message>
        <source>There is no book %1</source>
        <translation>Il n’y a pas de livre %1</translation>
    </message>
    <message>
        <source>%1 is not an ISBN: %2</source>
        <translation>%1 n’est pas un ISBN : %2</translation>
    </message>
    <message>
        <source>No book has the ISBN %1</source>
        <translation>Aucun livre n’a l’ISBN %1</translation>
    </message>
    <message>
        <source>a till line&apos;s key is 1 to 64 letters, digits and hyphens</source>
        <translation>la clé d’une ligne de caisse compte 1 à 64 lettres, chiffres et tirets</translation>
    </message>
    <message>
        <source>There is no line to undo on this receipt</source>
        <translation>Il n’y a aucune ligne à annuler sur ce ticket</translation>
    </message>
    <message>
        <source>Undo at the till of movement %1</source>
        <translation>Annulation en caisse du mouvement %1</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>%1 is a file: a file has no users (whoever can open it can change it); users are for a catalogue on a PostgreSQL server</source>
        <translation>%1 est un fichier : un fichier n’a pas d’utilisateurs (qui peut l’ouvrir peut le modifier) ; les utilisateurs sont pour un catalogue sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a user name: use 1 to 63 lowercase letters, digits and _, not starting with a digit or pg_</source>
        <translation>« %1 » ne peut pas être un nom d’utilisateur : utilisez de 1 à 63 lettres minuscules, chiffres et _, sans commencer par un chiffre ni par pg_</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of a group of users</source>
        <translation>« %1 » est le nom d’un groupe d’utilisateurs</translation>
    </message>
    <message>
        <source>%1 already exists on the server: its password is left as it is (give the role without --password-stdin)</source>
        <translation>%1 existe déjà sur le serveur : son mot de passe est laissé tel quel (donnez le rôle sans --password-stdin)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user of this catalogue</source>
        <translation>« %1 » n’est pas un utilisateur de ce catalogue</translation>
    </message>
    <message>
        <source>%1 is not a user of this catalogue</source>
        <translation>%1 n’est pas un utilisateur de ce catalogue</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>Cet utilisateur</translation>
    </message>
    <message>
        <source>%1 may not read this catalogue (the server refuses it).</source>
        <translation>%1 ne peut pas lire ce catalogue (le serveur le refuse).</translation>
    </message>
    <message>
        <source>%1 is a clerk: sales, receipts and returns only; books and prices cannot be changed (the server refuses it).</source>
        <translation>%1 est vendeur : ventes, réceptions et retours seulement ; les livres et les prix ne peuvent pas être modifiés (le serveur le refuse).</translation>
    </message>
    <message>
        <source>%1 may only read this catalogue: nothing can be changed (the server refuses it).</source>
        <translation>%1 peut seulement lire ce catalogue : rien ne peut être modifié (le serveur le refuse).</translation>
    </message>
    <message>
        <source>%1 may not run migrations on this catalogue.</source>
        <translation>%1 ne peut pas exécuter de migrations sur ce catalogue.</translation>
    </message>
</context>
</TS>
