<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Catalogue</name>
    <message>
        <source>no catalogue at %1 (create one with: catalogue init)</source>
        <translation>no catalogue at %1 (create one with: catalogue init)</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it has no %2 table (create one with: catalogue init)</source>
        <translation>%1 is not a catalogue: it has no %2 table (create one with: catalogue init)</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: its migration record (SequelizeMeta) cannot be read (%2); it was left as it is</source>
        <translation>%1 is not a catalogue: its migration record (SequelizeMeta) cannot be read (%2); it was left as it is</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, and %n more</numerusform>
            <numerusform>, and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it holds another application&apos;s tables (%2) and no %3 table; it was left as it is</source>
        <translation>%1 is not a catalogue: it holds another application&apos;s tables (%2) and no %3 table; it was left as it is</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it has no %2 table, and records migrations of another application (%3); it was left as it is</source>
        <translation>%1 is not a catalogue: it has no %2 table, and records migrations of another application (%3); it was left as it is</translation>
    </message>
    <message>
        <source>it was written by a newer version of the catalogue (it records migrations this version does not know: %1)</source>
        <translation>it was written by a newer version of the catalogue (it records migrations this version does not know: %1)</translation>
    </message>
    <message>
        <source>opening balances are recorded by the catalogue itself</source>
        <translation>opening balances are recorded by the catalogue itself</translation>
    </message>
    <message>
        <source>A movement needs a positive number of copies</source>
        <translation>A movement needs a positive number of copies</translation>
    </message>
    <message numerus="yes">
        <source>Only %n copies in stock: cannot take %1 away</source>
        <translation>
            <numerusform>Only %n copy in stock: cannot take %1 away</numerusform>
            <numerusform>Only %n copies in stock: cannot take %1 away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n copies sold: cannot take back %1</source>
        <translation>
            <numerusform>Only %n copy sold: cannot take back %1</numerusform>
            <numerusform>Only %n copies sold: cannot take back %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This book has %n stock movement(s): keep the book, or delete its history with it</source>
        <translation>
            <numerusform>This book has %n stock movement: keep the book, or delete its history with it</numerusform>
            <numerusform>This book has %n stock movements: keep the book, or delete its history with it</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no book %1</source>
        <translation>There is no book %1</translation>
    </message>
    <message>
        <source>it holds triggers or views that this program did not write</source>
        <translation>it holds triggers or views that this program did not write</translation>
    </message>
    <message>
        <source>this catalogue cannot hold covers yet: bring it up to date first (catalogue migrate up)</source>
        <translation>this catalogue cannot hold covers yet: bring it up to date first (catalogue migrate up)</translation>
    </message>
    <message>
        <source>The image is too large (%1 MB; at most %2 MB)</source>
        <translation>The image is too large (%1 MB; at most %2 MB)</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels; at most %3 on a side)</source>
        <translation>The image is too large (%1 × %2 pixels; at most %3 on a side)</translation>
    </message>
    <message>
        <source>This file is not an image that can be read (%1)</source>
        <translation>This file is not an image that can be read (%1)</translation>
    </message>
    <message>
        <source>no cover</source>
        <translation>no cover</translation>
    </message>
    <message>
        <source>this catalogue holds no stored covers</source>
        <translation>this catalogue holds no stored covers</translation>
    </message>
    <message>
        <source>the stored image %1 is missing</source>
        <translation>the stored image %1 is missing</translation>
    </message>
    <message>
        <source>covers on the web are not fetched: %1</source>
        <translation>covers on the web are not fetched: %1</translation>
    </message>
    <message>
        <source>no file for %1</source>
        <translation>no file for %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <source>Someone else changed %1 of this book in the meantime: nothing was overwritten</source>
        <translation>Someone else changed %1 of this book in the meantime: nothing was overwritten</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the default catalogue: %2</source>
        <translation>cannot create the directory %1 for the default catalogue: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its migration record does not match its index (%2); it was left as it is</source>
        <translation>%1 is damaged: its migration record does not match its index (%2); it was left as it is</translation>
    </message>
    <message numerus="yes">
        <source>it needs %n migration(s) before it can be changed</source>
        <translation>
            <numerusform>it needs %n migration before it can be changed</numerusform>
            <numerusform>it needs %n migrations before it can be changed</numerusform>
        </translation>
    </message>
    <message>
        <source>it is being checked; changes are possible once the check has passed</source>
        <translation>it is being checked; changes are possible once the check has passed</translation>
    </message>
    <message>
        <source>it is damaged (%1); it was left as it is</source>
        <translation>it is damaged (%1); it was left as it is</translation>
    </message>
    <message>
        <source>%1 is the catalogue itself, not a backup of it</source>
        <translation>%1 is the catalogue itself, not a backup of it</translation>
    </message>
    <message>
        <source>%1 cannot replace the catalogue: %2</source>
        <translation>%1 cannot replace the catalogue: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>cannot copy %1 to %2</translation>
    </message>
    <message>
        <source>cannot set %1 aside; the catalogue was left as it is</source>
        <translation>cannot set %1 aside; the catalogue was left as it is</translation>
    </message>
    <message>
        <source>cannot put the backup in place of %1; the catalogue was left as it is</source>
        <translation>cannot put the backup in place of %1; the catalogue was left as it is</translation>
    </message>
    <message>
        <source>The book&apos;s stock kept changing: try again</source>
        <translation>The book&apos;s stock kept changing: try again</translation>
    </message>
    <message>
        <source>Someone else changed the contributors of this book in the meantime: nothing was overwritten</source>
        <translation>Someone else changed the contributors of this book in the meantime: nothing was overwritten</translation>
    </message>
</context>
<context>
    <name>Catalogue::Auteur</name>
    <message>
        <source>A contributor needs a name</source>
        <translation>A contributor needs a name</translation>
    </message>
</context>
<context>
    <name>Catalogue::Catalogue</name>
    <message>
        <source>this catalogue has no contributors or stock history yet: migrate it first (catalogue migrate up)</source>
        <translation>this catalogue has no contributors or stock history yet: migrate it first (catalogue migrate up)</translation>
    </message>
</context>
<context>
    <name>Catalogue::Identifiant</name>
    <message>
        <source>An identifier&apos;s kind is 1 to 32 letters, digits, - or _</source>
        <translation>An identifier&apos;s kind is 1 to 32 letters, digits, - or _</translation>
    </message>
    <message>
        <source>An identifier needs a value</source>
        <translation>An identifier needs a value</translation>
    </message>
    <message>
        <source>An ISBN has only digits and hyphens, not &apos;%1&apos;</source>
        <translation>An ISBN has only digits and hyphens, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>An ISBN-13 starts with 978 or 979</source>
        <translation>An ISBN-13 starts with 978 or 979</translation>
    </message>
    <message>
        <source>The ISBN&apos;s check digit is wrong</source>
        <translation>The ISBN&apos;s check digit is wrong</translation>
    </message>
    <message>
        <source>An ISBN has 10 or 13 digits, not %1</source>
        <translation>An ISBN has 10 or 13 digits, not %1</translation>
    </message>
</context>
<context>
    <name>Catalogue::Livre</name>
    <message>
        <source>%1 is not a valid address</source>
        <translation>%1 is not a valid address</translation>
    </message>
    <message>
        <source>%1 must be a file path or a web address (http, https)</source>
        <translation>%1 must be a file path or a web address (http, https)</translation>
    </message>
    <message>
        <source>%1 must not point outside the catalogue&apos;s folder</source>
        <translation>%1 must not point outside the catalogue&apos;s folder</translation>
    </message>
    <message>
        <source>%1 must be an image (JPEG, PNG, GIF, WebP, SVG...)</source>
        <translation>%1 must be an image (JPEG, PNG, GIF, WebP, SVG...)</translation>
    </message>
    <message>
        <source>The title cannot be empty</source>
        <translation>The title cannot be empty</translation>
    </message>
    <message>
        <source>The price cannot be negative</source>
        <translation>The price cannot be negative</translation>
    </message>
    <message>
        <source>The link must be a web address</source>
        <translation>The link must be a web address</translation>
    </message>
    <message>
        <source>The stock cannot be negative</source>
        <translation>The stock cannot be negative</translation>
    </message>
    <message>
        <source>The year must be between 1450 and %1</source>
        <translation>The year must be between 1450 and %1</translation>
    </message>
    <message>
        <source>A book has at least one page</source>
        <translation>A book has at least one page</translation>
    </message>
    <message>
        <source>Sales cannot be negative</source>
        <translation>Sales cannot be negative</translation>
    </message>
</context>
<context>
    <name>Catalogue::MouvementStock</name>
    <message>
        <source>A stock movement changes the stock by at least one copy</source>
        <translation>A stock movement changes the stock by at least one copy</translation>
    </message>
    <message>
        <source>The quantity&apos;s sign does not match the kind of movement</source>
        <translation>The quantity&apos;s sign does not match the kind of movement</translation>
    </message>
</context>
<context>
    <name>Catalogue::Statistics</name>
    <message>
        <source>The range ends (%1) before it starts (%2)</source>
        <translation>The range ends (%1) before it starts (%2)</translation>
    </message>
</context>
<context>
    <name>CatalogueCopy</name>
    <message>
        <source>%1 cannot be copied: it was written by a newer version of the catalogue (it records migrations this version does not know: %2)</source>
        <translation>%1 cannot be copied: it was written by a newer version of the catalogue (it records migrations this version does not know: %2)</translation>
    </message>
    <message>
        <source>the source and the target are the same file</source>
        <translation>the source and the target are the same file</translation>
    </message>
    <message>
        <source>%1 is not empty (it holds %2): a catalogue is copied only into an empty database or a new file; nothing was written</source>
        <translation>%1 is not empty (it holds %2): a catalogue is copied only into an empty database or a new file; nothing was written</translation>
    </message>
    <message>
        <source>cannot create the tables of %1 (migration %2): %3</source>
        <translation>cannot create the tables of %1 (migration %2): %3</translation>
    </message>
    <message>
        <source>%1 holds tables that are not the catalogue&apos;s or that its migration record does not explain (%2): it was not copied, and nothing was written</source>
        <translation>%1 holds tables that are not the catalogue&apos;s or that its migration record does not explain (%2): it was not copied, and nothing was written</translation>
    </message>
    <message>
        <source>cannot copy the table %1 into %2: %3</source>
        <translation>cannot copy the table %1 into %2: %3</translation>
    </message>
    <message>
        <source>the copy of %1 into %2 does not match its source (%3 rows read back, %4 copied; digest %5, expected %6): nothing was written</source>
        <translation>the copy of %1 into %2 does not match its source (%3 rows read back, %4 copied; digest %5, expected %6): nothing was written</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The catalogue&apos;s database: a SQLite file, sqlite:FILE, or postgres://user@host:port/name. Default: %1.</source>
        <translation>The catalogue&apos;s database: a SQLite file, sqlite:FILE, or postgres://user@host:port/name. Default: %1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>catalogue init: creates a new catalogue at --db, or adds what an existing one lacks. Nothing stored is changed.</source>
        <translation>catalogue init: creates a new catalogue at --db, or adds what an existing one lacks. Nothing stored is changed.</translation>
    </message>
    <message>
        <source>catalogue info: prints a summary of the catalogue at --db.</source>
        <translation>catalogue info: prints a summary of the catalogue at --db.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>unknown command &apos;%1&apos; (try --help)</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue: %1</translation>
    </message>
    <message>
        <source>Books: %1</source>
        <translation>Books: %1</translation>
    </message>
    <message>
        <source>Copies in stock: %1</source>
        <translation>Copies in stock: %1</translation>
    </message>
    <message>
        <source>Stock value: %1</source>
        <translation>Stock value: %1</translation>
    </message>
    <message>
        <source>Genres: %1</source>
        <translation>Genres: %1</translation>
    </message>
    <message>
        <source>Years: %1 to %2</source>
        <translation>Years: %1 to %2</translation>
    </message>
    <message>
        <source>Catalogue ready: %1</source>
        <translation>Catalogue ready: %1</translation>
    </message>
    <message>
        <source>migrate up: stop after this migration; migrate down: undo down to and including it.</source>
        <translation>migrate up: stop after this migration; migrate down: undo down to and including it.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>migrate: do not copy a SQLite catalogue before changing it.</source>
        <translation>migrate: do not copy a SQLite catalogue before changing it.</translation>
    </message>
    <message>
        <source>catalogue migrate status|up|down: lists the migrations and when each ran, runs the pending ones (up, optionally --to NAME), or undoes the last one (down, or down --to NAME). Each migration is atomic; a SQLite catalogue is copied first unless --no-backup.</source>
        <translation>catalogue migrate status|up|down: lists the migrations and when each ran, runs the pending ones (up, optionally --to NAME), or undoes the last one (down, or down --to NAME). Each migration is atomic; a SQLite catalogue is copied first unless --no-backup.</translation>
    </message>
    <message>
        <source>migrate needs one of: status, up, down</source>
        <translation>migrate needs one of: status, up, down</translation>
    </message>
    <message>
        <source>unknown migrate action &apos;%1&apos; (status, up or down)</source>
        <translation>unknown migrate action &apos;%1&apos; (status, up or down)</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <source>done     %1  (%2)</source>
        <translation>done     %1  (%2)</translation>
    </message>
    <message>
        <source>pending  %1</source>
        <translation>pending  %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>migrated  %1</source>
        <translation>migrated  %1</translation>
    </message>
    <message>
        <source>reverted  %1</source>
        <translation>reverted  %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>--db needs a database URL (a SQLite file, sqlite:FILE or postgres://...)</source>
        <translation>--db needs a database URL (a SQLite file, sqlite:FILE or postgres://...)</translation>
    </message>
    <message>
        <source>catalogue check: runs SQLite&apos;s full integrity check on the catalogue at --db, then checks every book against the domain&apos;s rules, changing nothing. Prints one line per problem and exits with 1 when there is any.</source>
        <translation>catalogue check: runs SQLite&apos;s full integrity check on the catalogue at --db, then checks every book against the domain&apos;s rules, changing nothing. Prints one line per problem and exits with 1 when there is any.</translation>
    </message>
    <message>
        <source>there is no migration named %1 (see: catalogue migrate status)</source>
        <translation>there is no migration named %1 (see: catalogue migrate status)</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>damaged: %1</translation>
    </message>
    <message>
        <source>book %1: %2: %3</source>
        <translation>book %1: %2: %3</translation>
    </message>
    <message>
        <source>No problems found: %1</source>
        <translation>No problems found: %1</translation>
    </message>
    <message>
        <source>catalogue: there is no display to open the window on; for the command line, see catalogue --help</source>
        <translation>catalogue: there is no display to open the window on; for the command line, see catalogue --help</translation>
    </message>
    <message>
        <source>info, init, migrate, check, backup, import or export</source>
        <translation>info, init, migrate, check, backup, import or export</translation>
    </message>
    <message>
        <source>catalogue backup --db URL FILE: copies the SQLite catalogue at --db into the new file FILE, consistent as of one moment, while other programs may go on using it (SQLite&apos;s online backup). An existing FILE is left as it is and refused.</source>
        <translation>catalogue backup --db URL FILE: copies the SQLite catalogue at --db into the new file FILE, consistent as of one moment, while other programs may go on using it (SQLite&apos;s online backup). An existing FILE is left as it is and refused.</translation>
    </message>
    <message>
        <source>backup needs the file to write: catalogue backup --db URL FILE</source>
        <translation>backup needs the file to write: catalogue backup --db URL FILE</translation>
    </message>
    <message>
        <source>catalogue import FILE: adds the books of FILE to the catalogue at --db. Every row must be valid, or nothing is written and the refused rows are listed (line, column, value, reason); --skip-invalid imports the others. Books already in the catalogue (same ISBN, else same title, author and publisher) are skipped, updated or added. Exit status: 0 imported, 1 refused (see the report), 2 bad usage.</source>
        <translation>catalogue import FILE: adds the books of FILE to the catalogue at --db. Every row must be valid, or nothing is written and the refused rows are listed (line, column, value, reason); --skip-invalid imports the others. Books already in the catalogue (same ISBN, else same title, author and publisher) are skipped, updated or added. Exit status: 0 imported, 1 refused (see the report), 2 bad usage.</translation>
    </message>
    <message>
        <source>catalogue export FILE: writes the books of the catalogue at --db (or those matching --search) to FILE as CSV, JSON or ONIX 3.0 (from its suffix, or --format). CSV values that a spreadsheet would run as formulas are neutralised unless --raw.</source>
        <translation>catalogue export FILE: writes the books of the catalogue at --db (or those matching --search) to FILE as CSV, JSON or ONIX 3.0 (from its suffix, or --format). CSV values that a spreadsheet would run as formulas are neutralised unless --raw.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database.</source>
        <translation>The catalogue&apos;s database.</translation>
    </message>
    <message>
        <source>auto, csv, goodreads, calibre, goodbooks, json or onix.</source>
        <translation>auto, csv, goodreads, calibre, goodbooks, json or onix.</translation>
    </message>
    <message>
        <source>csv, json or onix (default: from the file&apos;s suffix).</source>
        <translation>csv, json or onix (default: from the file&apos;s suffix).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Check everything, write nothing.</source>
        <translation>Check everything, write nothing.</translation>
    </message>
    <message>
        <source>Import the valid rows and report the others.</source>
        <translation>Import the valid rows and report the others.</translation>
    </message>
    <message>
        <source>What to do with a book already in the catalogue: skip, update or add.</source>
        <translation>What to do with a book already in the catalogue: skip, update or add.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>Write every refused row and remark to this CSV file.</source>
        <translation>Write every refused row and remark to this CSV file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Only books whose title, author or publisher contains this text.</source>
        <translation>Only books whose title, author or publisher contains this text.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>CSV: values exactly as stored (no spreadsheet guard).</source>
        <translation>CSV: values exactly as stored (no spreadsheet guard).</translation>
    </message>
    <message>
        <source>CSV for French Excel: UTF-8 with a BOM, &apos;;&apos; and decimal commas.</source>
        <translation>CSV for French Excel: UTF-8 with a BOM, &apos;;&apos; and decimal commas.</translation>
    </message>
    <message>
        <source>Write the covers to this folder and reference them from the file.</source>
        <translation>Write the covers to this folder and reference them from the file.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>The file to import.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>import needs one file: catalogue import FILE --db URL</source>
        <translation>import needs one file: catalogue import FILE --db URL</translation>
    </message>
    <message>
        <source>export needs one file: catalogue export FILE --db URL</source>
        <translation>export needs one file: catalogue export FILE --db URL</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (auto, csv, goodreads, calibre, goodbooks, json, onix)</source>
        <translation>unknown format &apos;%1&apos; (auto, csv, goodreads, calibre, goodbooks, json, onix)</translation>
    </message>
    <message>
        <source>--raw and --excel cannot be used together</source>
        <translation>--raw and --excel cannot be used together</translation>
    </message>
    <message>
        <source>--on-duplicate is skip, update or add, not &apos;%1&apos;</source>
        <translation>--on-duplicate is skip, update or add, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 books written</source>
        <translation>%1 books written</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n book(s) to %1 (%2)</source>
        <translation>
            <numerusform>Exported %n book to %1 (%2)</numerusform>
            <numerusform>Exported %n books to %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers written: %1</source>
        <translation>Covers written: %1</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 rows read</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (nothing was imported)</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>, encoding %1, delimiter %2</source>
        <translation>, encoding %1, delimiter %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation>line %1, %2</translation>
    </message>
    <message>
        <source>refused: %1: %2</source>
        <translation>refused: %1: %2</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>note: %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more (all of them with --report FILE)</source>
        <translation>... and %1 more (all of them with --report FILE)</translation>
    </message>
    <message>
        <source>cannot write the report %1: %2</source>
        <translation>cannot write the report %1: %2</translation>
    </message>
    <message>
        <source>Rows read: %1; to add: %2; duplicates skipped: %3, updated: %4, added: %5; refused: %6</source>
        <translation>Rows read: %1; to add: %2; duplicates skipped: %3, updated: %4, added: %5; refused: %6</translation>
    </message>
    <message>
        <source>cancelled: nothing was imported</source>
        <translation>cancelled: nothing was imported</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) refused (fix them, or use --skip-invalid)</source>
        <translation>
            <numerusform>Nothing was imported: %n row refused (fix it, or use --skip-invalid)</numerusform>
            <numerusform>Nothing was imported: %n rows refused (fix them, or use --skip-invalid)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Imported into %1.</translation>
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
        <translation>Book catalogue manager. Without arguments, it opens the catalogue window.

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
  users add|list|remove   who may do what on a PostgreSQL catalogue (see catalogue users --help)</translation>
    </message>
    <message>
        <source>catalogue copy --from URL --to URL: copies every table of the catalogue at --from (books, people, stock movements, covers, identifiers, the migration record) into the empty database or new SQLite file at --to, SQLite or PostgreSQL either way, keeping the IDs. Everything is written in one transaction and checked (row counts and a digest of each table) before it is kept. A target that is not empty is refused and nothing is written.</source>
        <translation>catalogue copy --from URL --to URL: copies every table of the catalogue at --from (books, people, stock movements, covers, identifiers, the migration record) into the empty database or new SQLite file at --to, SQLite or PostgreSQL either way, keeping the IDs. Everything is written in one transaction and checked (row counts and a digest of each table) before it is kept. A target that is not empty is refused and nothing is written.</translation>
    </message>
    <message>
        <source>The catalogue to copy.</source>
        <translation>The catalogue to copy.</translation>
    </message>
    <message>
        <source>The empty database or new file to copy into.</source>
        <translation>The empty database or new file to copy into.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>copy needs both --from URL and --to URL</source>
        <translation>copy needs both --from URL and --to URL</translation>
    </message>
    <message>
        <source>%1 of %2 rows copied (%3)</source>
        <translation>%1 of %2 rows copied (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), digest %2</source>
        <translation>
            <numerusform>%1: %n row, digest %2</numerusform>
            <numerusform>%1: %n rows, digest %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 into %2: %n row(s) in %3 tables, checked on both sides.</source>
        <translation>
            <numerusform>Copied %1 into %2: %n row in %3 tables, checked on both sides.</numerusform>
            <numerusform>Copied %1 into %2: %n rows in %3 tables, checked on both sides.</numerusform>
        </translation>
    </message>
    <message>
        <source>catalogue users add NAME --role manager|clerk|reader [--password-stdin] --db URL
catalogue users list --db URL
catalogue users remove NAME --db URL

Who may do what on a catalogue on a PostgreSQL server, enforced by the server itself: a manager changes everything and runs migrations; a clerk records sales, receipts and returns but cannot change books or prices; a reader only reads. Run it as the database&apos;s owner (or a role that may create roles). A SQLite file has no users.</source>
        <translation>catalogue users add NAME --role manager|clerk|reader [--password-stdin] --db URL
catalogue users list --db URL
catalogue users remove NAME --db URL

Who may do what on a catalogue on a PostgreSQL server, enforced by the server itself: a manager changes everything and runs migrations; a clerk records sales, receipts and returns but cannot change books or prices; a reader only reads. Run it as the database&apos;s owner (or a role that may create roles). A SQLite file has no users.</translation>
    </message>
    <message>
        <source>add: manager, clerk or reader.</source>
        <translation>add: manager, clerk or reader.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>add: read the new user&apos;s password from the first line of the standard input.</source>
        <translation>add: read the new user&apos;s password from the first line of the standard input.</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list or remove</translation>
    </message>
    <message>
        <source>users needs one of: add NAME --role ROLE, list, remove NAME</source>
        <translation>users needs one of: add NAME --role ROLE, list, remove NAME</translation>
    </message>
    <message>
        <source>--role is manager, clerk or reader, not &apos;%1&apos;</source>
        <translation>--role is manager, clerk or reader, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>Removed %1 from %2.</translation>
    </message>
    <message>
        <source>--password-stdin: the standard input holds no password</source>
        <translation>--password-stdin: the standard input holds no password</translation>
    </message>
    <message>
        <source>%1 is now a %2 of %3.</source>
        <translation>%1 is now a %2 of %3.</translation>
    </message>
    <message>
        <source>catalogue stats: what sells, what runs out and what the stock is worth, for the catalogue at --db: sales over time (beside the same periods a year before), best sellers, sales and stock by genre, low stock, dead stock, prices and publication years. The dates bound the sales (UTC days); the genre and the publisher bound the books.</source>
        <translation>catalogue stats: what sells, what runs out and what the stock is worth, for the catalogue at --db: sales over time (beside the same periods a year before), best sellers, sales and stock by genre, low stock, dead stock, prices and publication years. The dates bound the sales (UTC days); the genre and the publisher bound the books.</translation>
    </message>
    <message>
        <source>The first day of the sales counted (YYYY-MM-DD).</source>
        <translation>The first day of the sales counted (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day of the sales counted (YYYY-MM-DD).</source>
        <translation>The last day of the sales counted (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only the books of this genre.</source>
        <translation>Only the books of this genre.</translation>
    </message>
    <message>
        <source>GENRE</source>
        <translation>GENRE</translation>
    </message>
    <message>
        <source>Only the books of this publisher.</source>
        <translation>Only the books of this publisher.</translation>
    </message>
    <message>
        <source>PUBLISHER</source>
        <translation>PUBLISHER</translation>
    </message>
    <message>
        <source>The periods of the sales over time: day, week or month.</source>
        <translation>The periods of the sales over time: day, week or month.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>How many lines of each list (default 20).</source>
        <translation>How many lines of each list (default 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Low stock: books with at most this many copies (default 5).</source>
        <translation>Low stock: books with at most this many copies (default 5).</translation>
    </message>
    <message>
        <source>Dead stock: books with no sale in this many months (default 12).</source>
        <translation>Dead stock: books with no sale in this many months (default 12).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
    <message>
        <source>stats needs the catalogue: --db URL (a SQLite file, sqlite:FILE or postgres://...)</source>
        <translation>stats needs the catalogue: --db URL (a SQLite file, sqlite:FILE or postgres://...)</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) is before --from (%2)</translation>
    </message>
    <message>
        <source>--period: &apos;%1&apos; is not one of day, week, month</source>
        <translation>--period: &apos;%1&apos; is not one of day, week, month</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a whole number of 0 or more</source>
        <translation>--%1: &apos;%2&apos; is not a whole number of 0 or more</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Statistics of %1</source>
        <translation>Statistics of %1</translation>
    </message>
    <message>
        <source>Sales over time (copies sold, less returns; revenue at today&apos;s prices)</source>
        <translation>Sales over time (copies sold, less returns; revenue at today&apos;s prices)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>A year before</translation>
    </message>
    <message>
        <source>No sales.</source>
        <translation>No sales.</translation>
    </message>
    <message>
        <source>Best-selling books</source>
        <translation>Best-selling books</translation>
    </message>
    <message>
        <source>Best-selling authors</source>
        <translation>Best-selling authors</translation>
    </message>
    <message>
        <source>Best-selling publishers</source>
        <translation>Best-selling publishers</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>By genre</source>
        <translation>By genre</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Copies sold</source>
        <translation>Copies sold</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Stock value</translation>
    </message>
    <message>
        <source>(no genre)</source>
        <translation>(no genre)</translation>
    </message>
    <message>
        <source>No books.</source>
        <translation>No books.</translation>
    </message>
    <message numerus="yes">
        <source>Low stock (%n copies or fewer), most urgent first</source>
        <translation>
            <numerusform>Low stock (%n copies or fewer), most urgent first</numerusform>
            <numerusform>Low stock (%n copies or fewer), most urgent first</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Sold in 90 days</source>
        <translation>Sold in 90 days</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message numerus="yes">
        <source>Dead stock (no sale in %n months): %1 copies, worth %2</source>
        <translation>
            <numerusform>Dead stock (no sale in %n months): %1 copies, worth %2</numerusform>
            <numerusform>Dead stock (no sale in %n months): %1 copies, worth %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Last sale</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>Publication years</source>
        <translation>Publication years</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To (excluded)</source>
        <translation>To (excluded)</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Books</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>more than %1 fields</source>
        <translation>more than %1 fields</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>a field is longer than %1 characters</translation>
    </message>
    <message>
        <source>line %1: a quote opened here is never closed</source>
        <translation>line %1: a quote opened here is never closed</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>a NUL character</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cover %1: %2</source>
        <translation>cover %1: %2</translation>
    </message>
    <message>
        <source>cover %1: cannot write %2</source>
        <translation>cover %1: cannot write %2</translation>
    </message>
    <message>
        <source>books are exported as csv, json or onix, not %1</source>
        <translation>books are exported as csv, json or onix, not %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Gui::BookEditor</name>
    <message>
        <source>« %1 »</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>publisher</translation>
    </message>
    <message>
        <source>genre</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>tagline</source>
        <translation>tagline</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>presentation</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>front cover</source>
        <translation>front cover</translation>
    </message>
    <message>
        <source>back cover</source>
        <translation>back cover</translation>
    </message>
    <message>
        <source>spine</source>
        <translation>spine</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message numerus="yes">
        <source>Sell %n copies of %1</source>
        <translation>
            <numerusform>Sell %n copy of %1</numerusform>
            <numerusform>Sell %n copies of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n copies of %1</source>
        <translation>
            <numerusform>Return %n copy of %1</numerusform>
            <numerusform>Return %n copies of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receive %n copies of %1</source>
        <translation>
            <numerusform>Receive %n copy of %1</numerusform>
            <numerusform>Receive %n copies of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Adjust the stock of %1 by %2</source>
        <translation>Adjust the stock of %1 by %2</translation>
    </message>
    <message>
        <source>Cannot undo or redo “%1”: %2</source>
        <translation>Cannot undo or redo “%1”: %2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Change the contributors of %1</source>
        <translation>Change the contributors of %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicate %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n books</source>
        <translation>
            <numerusform>Delete %n book</numerusform>
            <numerusform>Delete %n books</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 (the catalogue was closed before the connection came back)</source>
        <translation>Not saved: %1 (the catalogue was closed before the connection came back)</translation>
    </message>
    <message>
        <source>Someone else changed this value of « %1 » in the meantime: yours was not saved, the table shows theirs</source>
        <translation>Someone else changed this value of « %1 » in the meantime: yours was not saved, the table shows theirs</translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the catalogue is lost. This movement is kept and will be saved once the connection is back.</source>
        <translation>Not saved yet: the connection to the catalogue is lost. This movement is kept and will be saved once the connection is back.</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Not saved: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Gui::BookForm</name>
    <message>
        <source>Translator</source>
        <translation>Translator</translation>
    </message>
    <message>
        <source>Illustrator</source>
        <translation>Illustrator</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Previous book (Alt+Up)</source>
        <translation>Previous book (Alt+Up)</translation>
    </message>
    <message>
        <source>Next book (Alt+Down)</source>
        <translation>Next book (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>C&amp;overs</source>
        <translation>C&amp;overs</translation>
    </message>
    <message>
        <source>S&amp;tock</source>
        <translation>S&amp;tock</translation>
    </message>
    <message>
        <source>&amp;Contributors</source>
        <translation>&amp;Contributors</translation>
    </message>
    <message>
        <source>Te&amp;xts</source>
        <translation>Te&amp;xts</translation>
    </message>
    <message>
        <source>Save the changes of this book (they are also saved when you go to another book)</source>
        <translation>Save the changes of this book (they are also saved when you go to another book)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Follows the title, as the catalogue defines it</source>
        <translation>Follows the title, as the catalogue defines it</translation>
    </message>
    <message>
        <source>Without spaces:</source>
        <translation>Without spaces:</translation>
    </message>
    <message>
        <source>Several authors: separate them with commas. Roles are set in the Contributors tab.</source>
        <translation>Several authors: separate them with commas. Roles are set in the Contributors tab.</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Publisher:</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>Pa&amp;ges:</translation>
    </message>
    <message>
        <source>No price</source>
        <translation>No price</translation>
    </message>
    <message>
        <source>P&amp;rice:</source>
        <translation>P&amp;rice:</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Stock:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the link in the web browser</source>
        <translation>Open the link in the web browser</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Tag&amp;line:</source>
        <translation>Tag&amp;line:</translation>
    </message>
    <message>
        <source>Pr&amp;esentation:</source>
        <translation>Pr&amp;esentation:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Spine</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>History, newest first:</source>
        <translation>History, newest first:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>%1 in stock, %2 sold</source>
        <translation>%1 in stock, %2 sold</translation>
    </message>
    <message>
        <source>not an image: %1</source>
        <translation>not an image: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>Saved “%1”</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>No book selected</source>
        <translation>No book selected</translation>
    </message>
    <message>
        <source>Not saved yet: the connection to the catalogue is lost. Your changes stay here and are saved once it is back.</source>
        <translation>Not saved yet: the connection to the catalogue is lost. Your changes stay here and are saved once it is back.</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributors</translation>
    </message>
</context>
<context>
    <name>Gui::CheckDialog</name>
    <message>
        <source>Check the catalogue</source>
        <translation>Check the catalogue</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Double-click a book to show it in the window.</source>
        <translation>Double-click a book to show it in the window.</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>The check could not run: %1</translation>
    </message>
    <message>
        <source>(the file)</source>
        <translation>(the file)</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>integrity</translation>
    </message>
    <message>
        <source>The books could not be checked: %1</source>
        <translation>The books could not be checked: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>No problems found in %1: the file is sound and every book follows the rules.</source>
        <translation>No problems found in %1: the file is sound and every book follows the rules.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>%n problem found in %1.</numerusform>
            <numerusform>%n problems found in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ConnectDialog</name>
    <message>
        <source>The server refused the password (or the user name). Check them and try again.</source>
        <translation>The server refused the password (or the user name). Check them and try again.</translation>
    </message>
    <message>
        <source>The server asks for a password: type it, or put it in ~/.pgpass or PGPASSWORD.</source>
        <translation>The server asks for a password: type it, or put it in ~/.pgpass or PGPASSWORD.</translation>
    </message>
    <message>
        <source>The server has no database named “%1”.</source>
        <translation>The server has no database named “%1”.</translation>
    </message>
    <message>
        <source>The server has no user named “%1”.</source>
        <translation>The server has no user named “%1”.</translation>
    </message>
    <message>
        <source>The server does not offer TLS (an encrypted connection), which the SSL mode asks for: choose “prefer”, or ask its administrator to turn TLS on.</source>
        <translation>The server does not offer TLS (an encrypted connection), which the SSL mode asks for: choose “prefer”, or ask its administrator to turn TLS on.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted connections (TLS): choose the SSL mode “require”.</source>
        <translation>The server accepts only encrypted connections (TLS): choose the SSL mode “require”.</translation>
    </message>
    <message>
        <source>The server did not answer in time: check the host and port, and that no firewall stands in between.</source>
        <translation>The server did not answer in time: check the host and port, and that no firewall stands in between.</translation>
    </message>
    <message>
        <source>No computer of that name was found: check the host.</source>
        <translation>No computer of that name was found: check the host.</translation>
    </message>
    <message>
        <source>The server is not answering: is it running, and are the host and port right?</source>
        <translation>The server is not answering: is it running, and are the host and port right?</translation>
    </message>
    <message>
        <source>The server does not let this user connect from this computer (its pg_hba.conf): ask its administrator.</source>
        <translation>The server does not let this user connect from this computer (its pg_hba.conf): ask its administrator.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>The connection failed.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>&amp;Remember the password in the desktop&apos;s keyring</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>empty: from PGPASSWORD or ~/.pgpass</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable: never encrypted</translation>
    </message>
    <message>
        <source>allow: encrypted if the server insists</source>
        <translation>allow: encrypted if the server insists</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server can (default)</source>
        <translation>prefer: encrypted when the server can (default)</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require: always encrypted</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation>verify-ca: encrypted, the server&apos;s certificate checked</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation>verify-full: encrypted, certificate and host name checked</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL mode:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>The password cannot be remembered: %1. Type it each time, or keep it in ~/.pgpass.</source>
        <translation>The password cannot be remembered: %1. Type it each time, or keep it in ~/.pgpass.</translation>
    </message>
    <message>
        <source>Name the database to connect to.</source>
        <translation>Name the database to connect to.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>Connected: PostgreSQL %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s): check the host and port, and that no firewall stands in between.</source>
        <translation>
            <numerusform>The server did not answer within %n second: check the host and port, and that no firewall stands in between.</numerusform>
            <numerusform>The server did not answer within %n seconds: check the host and port, and that no firewall stands in between.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password could not be remembered: %1. Connect again to go on without remembering it.</source>
        <translation>The password could not be remembered: %1. Connect again to go on without remembering it.</translation>
    </message>
</context>
<context>
    <name>Gui::ConnectionBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Retry now</translation>
    </message>
    <message>
        <source>Try to reach the catalogue now instead of waiting</source>
        <translation>Try to reach the catalogue now instead of waiting</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Connected to the server again.</translation>
    </message>
    <message>
        <source>The catalogue file can be reached again.</source>
        <translation>The catalogue file can be reached again.</translation>
    </message>
    <message numerus="yes">
        <source>Connection to the server lost — reconnecting in %n s…</source>
        <translation>
            <numerusform>Connection to the server lost — reconnecting in %n s…</numerusform>
            <numerusform>Connection to the server lost — reconnecting in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue file cannot be reached — trying again in %n s…</source>
        <translation>
            <numerusform>The catalogue file cannot be reached — trying again in %n s…</numerusform>
            <numerusform>The catalogue file cannot be reached — trying again in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the server lost — reconnecting…</source>
        <translation>Connection to the server lost — reconnecting…</translation>
    </message>
    <message>
        <source>The catalogue file cannot be reached — trying again…</source>
        <translation>The catalogue file cannot be reached — trying again…</translation>
    </message>
    <message>
        <source>The table shows the books as they were and cannot be changed meanwhile; what you type in the form stays there and is saved once the catalogue is back.</source>
        <translation>The table shows the books as they were and cannot be changed meanwhile; what you type in the form stays there and is saved once the catalogue is back.</translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s) wait to be saved, each exactly once.</source>
        <translation>
            <numerusform>%n stock movement wait to be saved, each exactly once.</numerusform>
            <numerusform>%n stock movements wait to be saved, each exactly once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::CopyActions</name>
    <message>
        <source>Copy to a ser&amp;ver…</source>
        <translation>Copy to a ser&amp;ver…</translation>
    </message>
    <message>
        <source>Copy this whole catalogue into an empty database on a PostgreSQL server</source>
        <translation>Copy this whole catalogue into an empty database on a PostgreSQL server</translation>
    </message>
    <message>
        <source>Save a &amp;local copy…</source>
        <translation>Save a &amp;local copy…</translation>
    </message>
    <message>
        <source>Copy this whole catalogue into a new catalogue file</source>
        <translation>Copy this whole catalogue into a new catalogue file</translation>
    </message>
    <message>
        <source>Copy to a server</source>
        <translation>Copy to a server</translation>
    </message>
    <message>
        <source>&amp;Copy here</source>
        <translation>&amp;Copy here</translation>
    </message>
    <message>
        <source>Copy the whole catalogue into this database, which must be empty</source>
        <translation>Copy the whole catalogue into this database, which must be empty</translation>
    </message>
    <message>
        <source>Save a local copy</source>
        <translation>Save a local copy</translation>
    </message>
    <message>
        <source>Catalogues (*.catalogue *.db *.sqlite)</source>
        <translation>Catalogues (*.catalogue *.db *.sqlite)</translation>
    </message>
    <message>
        <source>A file named %1 exists already. Choose another name: a copy never replaces a file.</source>
        <translation>A file named %1 exists already. Choose another name: a copy never replaces a file.</translation>
    </message>
    <message>
        <source>Copying the catalogue to %1…</source>
        <translation>Copying the catalogue to %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Copy the catalogue</source>
        <translation>Copy the catalogue</translation>
    </message>
    <message>
        <source>Copying %1… (%2 of %3 rows)</source>
        <translation>Copying %1… (%2 of %3 rows)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The catalogue could not be copied to %1.</source>
        <translation>The catalogue could not be copied to %1.</translation>
    </message>
    <message>
        <source>Nothing was written there. The window keeps its catalogue as it was.</source>
        <translation>Nothing was written there. The window keeps its catalogue as it was.</translation>
    </message>
    <message>
        <source>The copy was cancelled: nothing was written</source>
        <translation>The copy was cancelled: nothing was written</translation>
    </message>
    <message>
        <source>%1: %2 rows, digest %3</source>
        <translation>%1: %2 rows, digest %3</translation>
    </message>
    <message>
        <source>The catalogue was copied to %1.</source>
        <translation>The catalogue was copied to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 tables, each checked after the copy: the same number of rows and the same contents as here.</source>
        <translation>
            <numerusform>%n row in %1 tables, each checked after the copy: the same number of rows and the same contents as here.</numerusform>
            <numerusform>%n rows in %1 tables, each checked after the copy: the same number of rows and the same contents as here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation>Copied to %1</translation>
    </message>
</context>
<context>
    <name>Gui::CoverConflictDialog</name>
    <message>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <source>Someone else changed this cover</source>
        <translation>Someone else changed this cover</translation>
    </message>
    <message>
        <source>Theirs (in the catalogue now)</source>
        <translation>Theirs (in the catalogue now)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Yours (not saved)</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Use mine</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;« %1 » — %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone else changed this cover a moment ago. Nothing has been overwritten: keep their cover, or use yours instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;« %1 » — %2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Someone else changed this cover a moment ago. Nothing has been overwritten: keep their cover, or use yours instead.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gui::CoverSlot</name>
    <message>
        <source>Cover…</source>
        <translation>Cover…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>View full size</source>
        <translation>View full size</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Drop an image here, paste one, or choose a file</source>
        <translation>Drop an image here, paste one, or choose a file</translation>
    </message>
    <message>
        <source>No image

Drop one here</source>
        <translation>No image

Drop one here</translation>
    </message>
    <message>
        <source>Missing:
%1</source>
        <translation>Missing:
%1</translation>
    </message>
    <message>
        <source>Choose a cover</source>
        <translation>Choose a cover</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>There is no image or image file to use.</source>
        <translation>There is no image or image file to use.</translation>
    </message>
</context>
<context>
    <name>Gui::DatabaseMenu</name>
    <message>
        <source>Catalogues (*.db *.sqlite *.catalogue);;All files (*)</source>
        <translation>Catalogues (*.db *.sqlite *.catalogue);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Migrations…</source>
        <translation>&amp;Migrations…</translation>
    </message>
    <message>
        <source>&amp;Check catalogue…</source>
        <translation>&amp;Check catalogue…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>The catalogue could not be opened again:
%1</source>
        <translation>The catalogue could not be opened again:
%1</translation>
    </message>
    <message>
        <source>Book %1 is not in the catalogue any more</source>
        <translation>Book %1 is not in the catalogue any more</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>This catalogue is on a server: it is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>This catalogue is on a server: it is backed up with the server&apos;s own tools (pg_dump).</translation>
    </message>
    <message>
        <source>%1 backup %2.db</source>
        <translation>%1 backup %2.db</translation>
    </message>
    <message>
        <source>Back up the catalogue</source>
        <translation>Back up the catalogue</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 cannot be replaced.</translation>
    </message>
    <message>
        <source>Backing up the catalogue to %1…</source>
        <translation>Backing up the catalogue to %1…</translation>
    </message>
    <message>
        <source>The backup failed:
%1</source>
        <translation>The backup failed:
%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>This catalogue is on a server: it is restored with the server&apos;s own tools.</source>
        <translation>This catalogue is on a server: it is restored with the server&apos;s own tools.</translation>
    </message>
    <message>
        <source>%1 cannot be restored:
%2</source>
        <translation>%1 cannot be restored:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln book(s)</source>
        <translation>
            <numerusform>%Ln book</numerusform>
            <numerusform>%Ln books</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the catalogue %1 with the backup %2 (%3)?

The current file is kept beside it, renamed, and the changes made since the backup are no longer shown.</source>
        <translation>Replace the catalogue %1 with the backup %2 (%3)?

The current file is kept beside it, renamed, and the changes made since the backup are no longer shown.</translation>
    </message>
    <message>
        <source>The backup was not restored:
%1</source>
        <translation>The backup was not restored:
%1</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced file is kept as %2</source>
        <translation>Restored from %1; the replaced file is kept as %2</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>This user</translation>
    </message>
    <message>
        <source>%1 may not run migrations on this catalogue: only a manager may (the server refuses it).</source>
        <translation>%1 may not run migrations on this catalogue: only a manager may (the server refuses it).</translation>
    </message>
    <message>
        <source>Review and apply this catalogue&apos;s migrations</source>
        <translation>Review and apply this catalogue&apos;s migrations</translation>
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
        <translation>CSV, safe to open in a spreadsheet</translation>
    </message>
    <message>
        <source>CSV for Excel in French (; and decimal commas)</source>
        <translation>CSV for Excel in French (; and decimal commas)</translation>
    </message>
    <message>
        <source>CSV, values exactly as stored</source>
        <translation>CSV, values exactly as stored</translation>
    </message>
    <message>
        <source>JSON, every value (imports back as it was)</source>
        <translation>JSON, every value (imports back as it was)</translation>
    </message>
    <message>
        <source>ONIX for Books 3.0 (XML, for the book trade)</source>
        <translation>ONIX for Books 3.0 (XML, for the book trade)</translation>
    </message>
    <message>
        <source>Write the &amp;covers to a folder beside the file</source>
        <translation>Write the &amp;covers to a folder beside the file</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export books</source>
        <translation>Export books</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;All the books (%1)</source>
        <translation>&amp;All the books (%1)</translation>
    </message>
    <message>
        <source>The books &amp;shown (%1): the search “%2” and the filters</source>
        <translation>The books &amp;shown (%1): the search “%2” and the filters</translation>
    </message>
    <message>
        <source>The books &amp;shown (%1): the search “%2”</source>
        <translation>The books &amp;shown (%1): the search “%2”</translation>
    </message>
    <message>
        <source>The books &amp;shown (%1): the filters</source>
        <translation>The books &amp;shown (%1): the filters</translation>
    </message>
    <message>
        <source>The books &amp;shown (no search or filter: all of them)</source>
        <translation>The books &amp;shown (no search or filter: all of them)</translation>
    </message>
    <message>
        <source>Books:</source>
        <translation>Books:</translation>
    </message>
    <message>
        <source>Each cover stored in the catalogue is written as an image file; the export refers to it by its path.</source>
        <translation>Each cover stored in the catalogue is written as an image file; the export refers to it by its path.</translation>
    </message>
    <message>
        <source>%v books written</source>
        <translation>%v books written</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>%1-covers</source>
        <translation>%1-covers</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
</context>
<context>
    <name>Gui::FileMenu</name>
    <message>
        <source>New &amp;catalogue…</source>
        <translation>New &amp;catalogue…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No catalogue is open&lt;/h2&gt;&lt;p&gt;Create a new one, open a file, or connect to a server from the File menu.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No catalogue is open&lt;/h2&gt;&lt;p&gt;Create a new one, open a file, or connect to a server from the File menu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New catalogue…</source>
        <translation>New catalogue…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Connect to a server…</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>This book&apos;s changes were refused. Leave this catalogue and lose them?</source>
        <translation>This book&apos;s changes were refused. Leave this catalogue and lose them?</translation>
    </message>
    <message>
        <source>New catalogue</source>
        <translation>New catalogue</translation>
    </message>
    <message>
        <source>A file named %1 exists already. Choose another name: a new catalogue never replaces a file.</source>
        <translation>A file named %1 exists already. Choose another name: a new catalogue never replaces a file.</translation>
    </message>
    <message>
        <source>The catalogue %1 could not be created.</source>
        <translation>The catalogue %1 could not be created.</translation>
    </message>
    <message>
        <source>New catalogue %1 created</source>
        <translation>New catalogue %1 created</translation>
    </message>
    <message>
        <source>Catalogues (*.catalogue *.db *.sqlite)</source>
        <translation>Catalogues (*.catalogue *.db *.sqlite)</translation>
    </message>
    <message>
        <source>Open a catalogue</source>
        <translation>Open a catalogue</translation>
    </message>
    <message>
        <source>Catalogues (*.db *.sqlite *.catalogue);;All files (*)</source>
        <translation>Catalogues (*.db *.sqlite *.catalogue);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the catalogue… you can browse and search meanwhile</source>
        <translation>Checking the catalogue… you can browse and search meanwhile</translation>
    </message>
    <message>
        <source>The catalogue was checked, but could not be opened for changes: it stays read-only.</source>
        <translation>The catalogue was checked, but could not be opened for changes: it stays read-only.</translation>
    </message>
    <message>
        <source>The catalogue was checked: it is sound</source>
        <translation>The catalogue was checked: it is sound</translation>
    </message>
    <message>
        <source>Nothing was written to it. The window keeps the catalogue it had.</source>
        <translation>Nothing was written to it. The window keeps the catalogue it had.</translation>
    </message>
    <message>
        <source>Nothing was written to it.</source>
        <translation>Nothing was written to it.</translation>
    </message>
    <message>
        <source>There is no file %1 any more: it was moved, renamed or deleted.</source>
        <translation>There is no file %1 any more: it was moved, renamed or deleted.</translation>
    </message>
    <message>
        <source>You can remove it from the recent list (File &gt; Open recent).</source>
        <translation>You can remove it from the recent list (File &gt; Open recent).</translation>
    </message>
    <message>
        <source>The catalogue %1 is damaged: SQLite found broken pages or records in it.</source>
        <translation>The catalogue %1 is damaged: SQLite found broken pages or records in it.</translation>
    </message>
    <message>
        <source>It was not changed. Restore it from a backup, or keep a copy for a repair tool. %1</source>
        <translation>It was not changed. Restore it from a backup, or keep a copy for a repair tool. %1</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it is not a database file at all.</source>
        <translation>%1 is not a catalogue: it is not a database file at all.</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it is another application&apos;s database, or holds no books table.</source>
        <translation>%1 is not a catalogue: it is another application&apos;s database, or holds no books table.</translation>
    </message>
    <message>
        <source>It was refused and left exactly as it was. %1</source>
        <translation>It was refused and left exactly as it was. %1</translation>
    </message>
    <message>
        <source>Could not connect to %1. %2</source>
        <translation>Could not connect to %1. %2</translation>
    </message>
    <message>
        <source>The catalogue %1 could not be opened.</source>
        <translation>The catalogue %1 could not be opened.</translation>
    </message>
    <message>
        <source>This catalogue is open read-only: you can browse and search it, but not change it.</source>
        <translation>This catalogue is open read-only: you can browse and search it, but not change it.</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Why: %1.</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>No recent catalogue</source>
        <translation>No recent catalogue</translation>
    </message>
    <message>
        <source>Remove the missing ones</source>
        <translation>Remove the missing ones</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
</context>
<context>
    <name>Gui::ImportDialog</name>
    <message>
        <source>CSV (columns by their names)</source>
        <translation>CSV (columns by their names)</translation>
    </message>
    <message>
        <source>Goodreads library export</source>
        <translation>Goodreads library export</translation>
    </message>
    <message>
        <source>Calibre catalogue (CSV)</source>
        <translation>Calibre catalogue (CSV)</translation>
    </message>
    <message>
        <source>goodbooks-10k (books.csv)</source>
        <translation>goodbooks-10k (books.csv)</translation>
    </message>
    <message>
        <source>JSON (this program&apos;s export)</source>
        <translation>JSON (this program&apos;s export)</translation>
    </message>
    <message>
        <source>ONIX for Books 3.0 (XML)</source>
        <translation>ONIX for Books 3.0 (XML)</translation>
    </message>
    <message>
        <source>— ignored —</source>
        <translation>— ignored —</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Front cover</source>
        <translation>Front cover</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Tagline</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Back cover</source>
        <translation>Back cover</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Spine</translation>
    </message>
    <message>
        <source>Authors (several names)</source>
        <translation>Authors (several names)</translation>
    </message>
    <message>
        <source>More authors</source>
        <translation>More authors</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>ISBN-13 written as a number (when no ISBN)</source>
        <translation>ISBN-13 written as a number (when no ISBN)</translation>
    </message>
    <message>
        <source>Goodreads ID</source>
        <translation>Goodreads ID</translation>
    </message>
    <message>
        <source>Identifiers (isbn:…, goodreads:…)</source>
        <translation>Identifiers (isbn:…, goodreads:…)</translation>
    </message>
    <message>
        <source>Year, from a date</source>
        <translation>Year, from a date</translation>
    </message>
    <message>
        <source>Year, when none is given</source>
        <translation>Year, when none is given</translation>
    </message>
    <message>
        <source>Cover address (web)</source>
        <translation>Cover address (web)</translation>
    </message>
    <message>
        <source>Tags (the first is the genre)</source>
        <translation>Tags (the first is the genre)</translation>
    </message>
    <message>
        <source>Show the i&amp;gnored columns</source>
        <translation>Show the i&amp;gnored columns</translation>
    </message>
    <message>
        <source>S&amp;kip the refused rows and import the others</source>
        <translation>S&amp;kip the refused rows and import the others</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Save the report…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import books</source>
        <translation>Import books</translation>
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
        <translation>Windows-1252 (Western European)</translation>
    </message>
    <message>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, little-endian</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, big-endian</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Skip them (keep the catalogue&apos;s)</source>
        <translation>Skip them (keep the catalogue&apos;s)</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>Update them with the file&apos;s values</translation>
    </message>
    <message>
        <source>Add them anyway, as other books</source>
        <translation>Add them anyway, as other books</translation>
    </message>
    <message>
        <source>A book is already in the catalogue when it has the same ISBN, or, without an ISBN, the same title, author and publisher.</source>
        <translation>A book is already in the catalogue when it has the same ISBN, or, without an ISBN, the same title, author and publisher.</translation>
    </message>
    <message>
        <source>Books already in the &amp;catalogue:</source>
        <translation>Books already in the &amp;catalogue:</translation>
    </message>
    <message>
        <source>Unticked, a single refused row stops the import and nothing is written.</source>
        <translation>Unticked, a single refused row stops the import and nothing is written.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reads and checks every row, and writes nothing</source>
        <translation>Reads and checks every row, and writes nothing</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is: %1</source>
        <translation>This file cannot be imported as it is: %1</translation>
    </message>
    <message>
        <source>The fields of a %1 file are named by the format: nothing to map. Preview checks every book without writing anything.</source>
        <translation>The fields of a %1 file are named by the format: nothing to map. Preview checks every book without writing anything.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of the file. Choose in the first line where each column goes.</source>
        <translation>
            <numerusform>The first %n row of the file. Choose in the first line where each column goes.</numerusform>
            <numerusform>The first %n rows of the file. Choose in the first line where each column goes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>Where the column “%1” goes</source>
        <translation>Where the column “%1” goes</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Checking: %1 rows read (%p%)</source>
        <translation>Checking: %1 rows read (%p%)</translation>
    </message>
    <message>
        <source>Importing: %1 rows read (%p%)</source>
        <translation>Importing: %1 rows read (%p%)</translation>
    </message>
    <message>
        <source>The import failed, and nothing was written: %1</source>
        <translation>The import failed, and nothing was written: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>This file cannot be imported, and nothing was written: %1</source>
        <translation>This file cannot be imported, and nothing was written: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 to add, %3 to update, %4 already in the catalogue and skipped, %5 added anyway, %6 refused.</source>
        <translation>%1 rows read: %2 to add, %3 to update, %4 already in the catalogue and skipped, %5 added anyway, %6 refused.</translation>
    </message>
    <message>
        <source>Preview — nothing was written. %1</source>
        <translation>Preview — nothing was written. %1</translation>
    </message>
    <message>
        <source>As it is, the import would write nothing: correct the refused rows in the file, or tick “Skip the refused rows”.</source>
        <translation>As it is, the import would write nothing: correct the refused rows in the file, or tick “Skip the refused rows”.</translation>
    </message>
    <message>
        <source>Imported — books added: %1, updated: %2, already in the catalogue and skipped: %3; rows refused: %4. Edit &gt; Undo takes the whole import back.</source>
        <translation>Imported — books added: %1, updated: %2, already in the catalogue and skipped: %3; rows refused: %4. Edit &gt; Undo takes the whole import back.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) refused (listed below). Correct them in the file, or tick “Skip the refused rows” to import the others.</source>
        <translation>
            <numerusform>Nothing was imported: %n row refused (listed below). Correct them in the file, or tick “Skip the refused rows” to import the others.</numerusform>
            <numerusform>Nothing was imported: %n rows refused (listed below). Correct them in the file, or tick “Skip the refused rows” to import the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>%1 (imported anyway)</source>
        <translation>%1 (imported anyway)</translation>
    </message>
    <message>
        <source>The first %1 problems are listed; Save the report writes all %2.</source>
        <translation>The first %1 problems are listed; Save the report writes all %2.</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-report</translation>
    </message>
    <message>
        <source>Save the import&apos;s report</source>
        <translation>Save the import&apos;s report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>The report cannot be written to %1: %2</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Title without spaces</source>
        <translation>Title without spaces</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Front cover</source>
        <translation>Front cover</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Tagline</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Back cover</source>
        <translation>Back cover</translation>
    </message>
    <message>
        <source>Spine</source>
        <translation>Spine</translation>
    </message>
    <message>
        <source>&amp;Low stock</source>
        <translation>&amp;Low stock</translation>
    </message>
    <message>
        <source>&amp;Out of stock</source>
        <translation>&amp;Out of stock</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This catalogue has no books yet&lt;/h2&gt;&lt;p&gt;Add the first one, then fill in its form on the right.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;This catalogue has no books yet&lt;/h2&gt;&lt;p&gt;Add the first one, then fill in its form on the right.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a book</source>
        <translation>Add a book</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Search titles, authors, publishers… (Ctrl+F)</source>
        <translation>Search titles, authors, publishers… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only the books of this genre</source>
        <translation>Only the books of this genre</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>Lowest price</translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation>Highest price</translation>
    </message>
    <message>
        <source>&amp;New book</source>
        <translation>&amp;New book</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Edit in place</source>
        <translation>&amp;Edit in place</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Catalogue</source>
        <translation>&amp;About Catalogue</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columns…</translation>
    </message>
    <message>
        <source>&amp;Restore the default columns</source>
        <translation>&amp;Restore the default columns</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Books</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>All genres</translation>
    </message>
    <message>
        <source>%1 — Catalogue</source>
        <translation>%1 — Catalogue</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>This catalogue is open read-only: %1. You can browse and search it; nothing can be changed.</source>
        <translation>This catalogue is open read-only: %1. You can browse and search it; nothing can be changed.</translation>
    </message>
    <message>
        <source>This catalogue was made by another program or an older version. Its books are all here; to record stock movements, contributors and covers it needs to be brought up to date (a backup is made first). &lt;a href=&quot;update&quot;&gt;Bring it up to date…&lt;/a&gt;</source>
        <translation>This catalogue was made by another program or an older version. Its books are all here; to record stock movements, contributors and covers it needs to be brought up to date (a backup is made first). &lt;a href=&quot;update&quot;&gt;Bring it up to date…&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln book(s)</source>
        <translation>
            <numerusform>%1 of %Ln book</numerusform>
            <numerusform>%1 of %Ln books</numerusform>
        </translation>
    </message>
    <message>
        <source>This book&apos;s changes were refused: correct them or revert them first</source>
        <translation>This book&apos;s changes were refused: correct them or revert them first</translation>
    </message>
    <message>
        <source>Restore the default columns</source>
        <translation>Restore the default columns</translation>
    </message>
    <message>
        <source>New book</source>
        <translation>New book</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete « %1 »?</source>
        <translation>Delete « %1 »?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n books?</source>
        <translation>
            <numerusform>Delete %n book?</numerusform>
            <numerusform>Delete these %n books?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their stock history (%n movement(s)) is deleted with them.</source>
        <translation>
            <numerusform>Their stock history (%n movement) is deleted with them.</numerusform>
            <numerusform>Their stock history (%n movements) is deleted with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>You can undo this with Edit &gt; Undo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>About Catalogue</source>
        <translation>About Catalogue</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Catalogue %1&lt;/h3&gt;&lt;p&gt;A book catalogue for bookshops and small publishers: books, covers, prices, stock and its history, on a SQLite file or a shared PostgreSQL server.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3).&lt;/p&gt;&lt;p&gt;The demonstration data comes from goodbooks-10k by Zygmunt Zając, under the Creative Commons Attribution-ShareAlike 4.0 licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Catalogue %1&lt;/h3&gt;&lt;p&gt;A book catalogue for bookshops and small publishers: books, covers, prices, stock and its history, on a SQLite file or a shared PostgreSQL server.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3).&lt;/p&gt;&lt;p&gt;The demonstration data comes from goodbooks-10k by Zygmunt Zając, under the Creative Commons Attribution-ShareAlike 4.0 licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>This book&apos;s changes were refused. Quit and lose them?</source>
        <translation>This book&apos;s changes were refused. Quit and lose them?</translation>
    </message>
    <message>
        <source>No price</source>
        <translation>No price</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>This catalogue is open read-only: %1. Its books are all here to browse and search; to change them, apply its migrations (a backup is made first). &lt;a href=&quot;update&quot;&gt;Review and apply the migrations…&lt;/a&gt;</source>
        <translation>This catalogue is open read-only: %1. Its books are all here to browse and search; to change them, apply its migrations (a backup is made first). &lt;a href=&quot;update&quot;&gt;Review and apply the migrations…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The lowest price was above the highest: the two were swapped</source>
        <translation>The lowest price was above the highest: the two were swapped</translation>
    </message>
    <message>
        <source>Show all the books again</source>
        <translation>Show all the books again</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistics…</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Only: %1</translation>
    </message>
    <message>
        <source>&amp;Till mode…</source>
        <translation>&amp;Till mode…</translation>
    </message>
    <message>
        <source>Your changes to the book were saved.</source>
        <translation>Your changes to the book were saved.</translation>
    </message>
    <message>
        <source>Your changes to the book were not saved: the form says why.</source>
        <translation>Your changes to the book were not saved: the form says why.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting stock movement(s) saved.</source>
        <translation>
            <numerusform>%n waiting stock movement saved.</numerusform>
            <numerusform>%n waiting stock movements saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s) wait for the connection to the catalogue and are not saved. Quit and lose them?</source>
        <translation>
            <numerusform>%n stock movement wait for the connection to the catalogue and are not saved. Quit and lose them?</numerusform>
            <numerusform>%n stock movements wait for the connection to the catalogue and are not saved. Quit and lose them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::MergeDialog</name>
    <message>
        <source>Someone else changed this book</source>
        <translation>Someone else changed this book</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Someone else saved changes to « %1 » while you were editing it.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing has been overwritten yet. For each field below, choose what to keep: their value, yours, or a value you write yourself. Your other changes are saved with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Someone else saved changes to « %1 » while you were editing it.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing has been overwritten yet. For each field below, choose what to keep: their value, yours, or a value you write yourself. Your other changes are saved with it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Before both changes: %1</source>
        <translation>Before both changes: %1</translation>
    </message>
    <message>
        <source>Keep theirs:</source>
        <translation>Keep theirs:</translation>
    </message>
    <message>
        <source>The value the other person saved, as it is now in the catalogue</source>
        <translation>The value the other person saved, as it is now in the catalogue</translation>
    </message>
    <message>
        <source>Keep yours:</source>
        <translation>Keep yours:</translation>
    </message>
    <message>
        <source>The value you typed, not saved yet</source>
        <translation>The value you typed, not saved yet</translation>
    </message>
    <message>
        <source>Keep this:</source>
        <translation>Keep this:</translation>
    </message>
    <message>
        <source>Write the value to keep, for instance a mix of theirs and yours</source>
        <translation>Write the value to keep, for instance a mix of theirs and yours</translation>
    </message>
    <message>
        <source>&amp;Save my choices</source>
        <translation>&amp;Save my choices</translation>
    </message>
    <message>
        <source>&amp;Back to my changes</source>
        <translation>&amp;Back to my changes</translation>
    </message>
    <message>
        <source>Nothing is saved; the form keeps what you typed</source>
        <translation>Nothing is saved; the form keeps what you typed</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Save the values chosen, and your other changes</source>
        <translation>Save the values chosen, and your other changes</translation>
    </message>
    <message numerus="yes">
        <source>Choose what to keep for %n more field(s) first</source>
        <translation>
            <numerusform>Choose what to keep for %n more field first</numerusform>
            <numerusform>Choose what to keep for %n more fields first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::MigrationsDialog</name>
    <message>
        <source>Apply &amp;all pending</source>
        <translation>Apply &amp;all pending</translation>
    </message>
    <message>
        <source>Apply &amp;up to the selected one</source>
        <translation>Apply &amp;up to the selected one</translation>
    </message>
    <message>
        <source>Roll back the &amp;last one</source>
        <translation>Roll back the &amp;last one</translation>
    </message>
    <message>
        <source>Roll back &amp;down to the selected one</source>
        <translation>Roll back &amp;down to the selected one</translation>
    </message>
    <message>
        <source>&amp;Back up first</source>
        <translation>&amp;Back up first</translation>
    </message>
    <message>
        <source>&amp;Show in the file manager</source>
        <translation>&amp;Show in the file manager</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
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
        <translation>State</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Each statement the migrations send to the database is shown here.</source>
        <translation>Each statement the migrations send to the database is shown here.</translation>
    </message>
    <message>
        <source>not recorded (another tool ran it)</source>
        <translation>not recorded (another tool ran it)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>applied by another program</source>
        <translation>applied by another program</translation>
    </message>
    <message>
        <source>applied by a newer version</source>
        <translation>applied by a newer version</translation>
    </message>
    <message>
        <source>The migrations of %1 cannot be read: %2</source>
        <translation>The migrations of %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is open read-only:&lt;/b&gt; %2. Migrations can be neither applied nor rolled back.</source>
        <translation>&lt;b&gt;%1 is open read-only:&lt;/b&gt; %2. Migrations can be neither applied nor rolled back.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 needs %n migration(s)&lt;/b&gt; to be brought up to date. Until then it is open read-only: its books can be browsed, not changed. Its books are kept as they are.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 needs %n migration&lt;/b&gt; to be brought up to date. Until then it is open read-only: its books can be browsed, not changed. Its books are kept as they are.</numerusform>
            <numerusform>&lt;b&gt;%1 needs %n migrations&lt;/b&gt; to be brought up to date. Until then it is open read-only: its books can be browsed, not changed. Its books are kept as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n migration(s) pending.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n migration pending.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n migrations pending.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is up to date.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is up to date.</translation>
    </message>
    <message>
        <source>A server&apos;s catalogue is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>A server&apos;s catalogue is backed up with the server&apos;s own tools (pg_dump).</translation>
    </message>
    <message>
        <source>A copy of %1 is made beside it before anything changes.</source>
        <translation>A copy of %1 is made beside it before anything changes.</translation>
    </message>
    <message>
        <source>What the rollback would drop cannot be read: %1</source>
        <translation>What the rollback would drop cannot be read: %1</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <source>What the rollback would drop cannot be read:
%1</source>
        <translation>What the rollback would drop cannot be read:
%1</translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln row(s)</source>
        <translation>
            <numerusform>• %1: %Ln row</numerusform>
            <numerusform>• %1: %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>This rollback drops tables that hold data:

%1

Their rows are lost unless you keep a backup. Roll back all the same?</source>
        <translation>This rollback drops tables that hold data:

%1

Their rows are lost unless you keep a backup. Roll back all the same?</translation>
    </message>
    <message>
        <source>Roll back and drop them</source>
        <translation>Roll back and drop them</translation>
    </message>
    <message>
        <source>== Applying every pending migration</source>
        <translation>== Applying every pending migration</translation>
    </message>
    <message>
        <source>== Applying the pending migrations up to %1</source>
        <translation>== Applying the pending migrations up to %1</translation>
    </message>
    <message>
        <source>== Rolling back the last migration</source>
        <translation>== Rolling back the last migration</translation>
    </message>
    <message>
        <source>== Rolling back the migrations down to %1</source>
        <translation>== Rolling back the migrations down to %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>-- backup written: %1</source>
        <translation>-- backup written: %1</translation>
    </message>
    <message>
        <source>Migration %1 of %2: %3</source>
        <translation>Migration %1 of %2: %3</translation>
    </message>
    <message>
        <source>Rollback %1 of %2: %3</source>
        <translation>Rollback %1 of %2: %3</translation>
    </message>
    <message>
        <source>-- applying %1</source>
        <translation>-- applying %1</translation>
    </message>
    <message>
        <source>-- rolling back %1</source>
        <translation>-- rolling back %1</translation>
    </message>
    <message>
        <source>Cancelling: the migration under way is rolled back…</source>
        <translation>Cancelling: the migration under way is rolled back…</translation>
    </message>
    <message>
        <source>-- cancel asked: the migration under way will be rolled back</source>
        <translation>-- cancel asked: the migration under way will be rolled back</translation>
    </message>
    <message>
        <source>The catalogue cannot be opened again: %1</source>
        <translation>The catalogue cannot be opened again: %1</translation>
    </message>
    <message>
        <source>no migration is applied now</source>
        <translation>no migration is applied now</translation>
    </message>
    <message>
        <source>%1 applied now, the last being %2</source>
        <translation>%1 applied now, the last being %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Failed.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The failed migration was rolled back; %1.</source>
        <translation>The failed migration was rolled back; %1.</translation>
    </message>
    <message>
        <source>-- failed: %1</source>
        <translation>-- failed: %1</translation>
    </message>
    <message>
        <source>-- the statement that failed: %1</source>
        <translation>-- the statement that failed: %1</translation>
    </message>
    <message>
        <source>Cancelled. The migration under way was rolled back, none is half applied; %1.</source>
        <translation>Cancelled. The migration under way was rolled back, none is half applied; %1.</translation>
    </message>
    <message>
        <source>-- cancelled; done before: %1</source>
        <translation>-- cancelled; done before: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Nothing to do: %1.</source>
        <translation>Nothing to do: %1.</translation>
    </message>
    <message>
        <source>Done: %1; %2.</source>
        <translation>Done: %1; %2.</translation>
    </message>
    <message>
        <source>-- done: %1</source>
        <translation>-- done: %1</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nothing to do</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Gui::PasswordKeeper</name>
    <message>
        <source>the desktop&apos;s keyring did not answer</source>
        <translation>the desktop&apos;s keyring did not answer</translation>
    </message>
    <message>
        <source>no keyring service is running on this desktop (there is no D-Bus session bus to reach one)</source>
        <translation>no keyring service is running on this desktop (there is no D-Bus session bus to reach one)</translation>
    </message>
    <message>
        <source>no keyring service is running on this desktop (%1)</source>
        <translation>no keyring service is running on this desktop (%1)</translation>
    </message>
    <message>
        <source>the keyring refused access (%1)</source>
        <translation>the keyring refused access (%1)</translation>
    </message>
    <message>
        <source>the keyring failed</source>
        <translation>the keyring failed</translation>
    </message>
</context>
<context>
    <name>Gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <source>A book with this many copies or fewer is shown by the “Low stock” filter</source>
        <translation>A book with this many copies or fewer is shown by the “Low stock” filter</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies when the program starts again.</source>
        <translation>A new language applies when the program starts again.</translation>
    </message>
    <message>
        <source>Low &amp;stock at or under:</source>
        <translation>Low &amp;stock at or under:</translation>
    </message>
</context>
<context>
    <name>Gui::StatisticsView</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Sales over time</source>
        <translation>Sales over time</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Best sellers</translation>
    </message>
    <message>
        <source>By genre</source>
        <translation>By genre</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <source>Dead stock</source>
        <translation>Dead stock</translation>
    </message>
    <message>
        <source>Prices and years</source>
        <translation>Prices and years</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>All genres</translation>
    </message>
    <message>
        <source>All publishers</source>
        <translation>All publishers</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Publisher:</translation>
    </message>
    <message>
        <source>no recent sale</source>
        <translation>no recent sale</translation>
    </message>
    <message>
        <source>Export the chart (PNG)…</source>
        <translation>Export the chart (PNG)…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export the reorder list (CSV)…</source>
        <translation>Export the reorder list (CSV)…</translation>
    </message>
    <message>
        <source>Export the list (CSV)…</source>
        <translation>Export the list (CSV)…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Copies sold:</source>
        <translation>Copies sold:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Copies sold</source>
        <translation>Copies sold</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>A year before</translation>
    </message>
    <message>
        <source>Revenue a year before</source>
        <translation>Revenue a year before</translation>
    </message>
    <message>
        <source>The 20 best-selling books</source>
        <translation>The 20 best-selling books</translation>
    </message>
    <message>
        <source>The 20 best-selling authors</source>
        <translation>The 20 best-selling authors</translation>
    </message>
    <message>
        <source>The 20 best-selling publishers</source>
        <translation>The 20 best-selling publishers</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Copies in stock</source>
        <translation>Copies in stock</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Stock value</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Sold in 90 days</source>
        <translation>Sold in 90 days</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>In stock with no sale in the last</source>
        <translation>In stock with no sale in the last</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Last sale</source>
        <translation>Last sale</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Books</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Statistics — %1</source>
        <translation>Statistics — %1</translation>
    </message>
    <message>
        <source>The first day is after the last one: no figures for that range.</source>
        <translation>The first day is after the last one: no figures for that range.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>The same period a year before</source>
        <translation>The same period a year before</translation>
    </message>
    <message>
        <source>%1: %2 sold</source>
        <translation>%1: %2 sold</translation>
    </message>
    <message>
        <source>No sale recorded in this range, nor a year before.</source>
        <translation>No sale recorded in this range, nor a year before.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Nothing sold in this range.</source>
        <translation>Nothing sold in this range.</translation>
    </message>
    <message>
        <source>(no genre)</source>
        <translation>(no genre)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No book matches these filters.</source>
        <translation>No book matches these filters.</translation>
    </message>
    <message>
        <source>The books with %1 or fewer copies (the threshold is set in Edit &gt; Preferences), most urgent first: the days left at the pace of the last 90 days&apos; sales. Double-click a book to show it in the table.</source>
        <translation>The books with %1 or fewer copies (the threshold is set in Edit &gt; Preferences), most urgent first: the days left at the pace of the last 90 days&apos; sales. Double-click a book to show it in the table.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Books: %1 — copies: %2 — value tied up: %3</source>
        <translation>Books: %1 — copies: %2 — value tied up: %3</translation>
    </message>
    <message>
        <source>Books by price</source>
        <translation>Books by price</translation>
    </message>
    <message>
        <source>Books by year of publication</source>
        <translation>Books by year of publication</translation>
    </message>
    <message>
        <source>Price from (%1)</source>
        <translation>Price from (%1)</translation>
    </message>
    <message>
        <source>Year of publication from</source>
        <translation>Year of publication from</translation>
    </message>
    <message>
        <source>No book with a price matches these filters.</source>
        <translation>No book with a price matches these filters.</translation>
    </message>
    <message>
        <source>No book with a year of publication matches these filters.</source>
        <translation>No book with a year of publication matches these filters.</translation>
    </message>
    <message>
        <source>Sold in %1</source>
        <translation>Sold in %1</translation>
    </message>
    <message>
        <source>Best seller: %1</source>
        <translation>Best seller: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Author: %1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Publisher: %1</translation>
    </message>
    <message>
        <source>Genre: %1</source>
        <translation>Genre: %1</translation>
    </message>
    <message>
        <source>Priced %1</source>
        <translation>Priced %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Published %1</translation>
    </message>
    <message>
        <source>This tab has no chart.</source>
        <translation>This tab has no chart.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>This tab has no list.</source>
        <translation>This tab has no list.</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed and exported.</source>
        <translation>The first %1 of %2 are listed and exported.</translation>
    </message>
</context>
<context>
    <name>Gui::StockDialog</name>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Copies received from the publisher or a distributor. In stock now: %1.</source>
        <translation>Copies received from the publisher or a distributor. In stock now: %1.</translation>
    </message>
    <message>
        <source>Copies sold. In stock now: %1.</source>
        <translation>Copies sold. In stock now: %1.</translation>
    </message>
    <message>
        <source>Copies a customer brought back. In stock now: %1.</source>
        <translation>Copies a customer brought back. In stock now: %1.</translation>
    </message>
    <message>
        <source>A correction after a count: the change in copies, negative to take copies away. In stock now: %1.</source>
        <translation>A correction after a count: the change in copies, negative to take copies away. In stock now: %1.</translation>
    </message>
    <message>
        <source>Optional: invoice, customer, reason…</source>
        <translation>Optional: invoice, customer, reason…</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>Gui::TillView</name>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>RETURN</translation>
    </message>
    <message>
        <source>Scan or type an ISBN, or words of a title, then Enter</source>
        <translation>Scan or type an ISBN, or words of a title, then Enter</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter&lt;/b&gt; sell &amp;nbsp;·&amp;nbsp; &lt;b&gt;3*&lt;/b&gt;ISBN three copies &amp;nbsp;·&amp;nbsp; &lt;b&gt;F2&lt;/b&gt; return the next book &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+Z&lt;/b&gt; undo the last line &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+N&lt;/b&gt; new receipt &amp;nbsp;·&amp;nbsp; &lt;b&gt;↑ ↓&lt;/b&gt; choose a title &amp;nbsp;·&amp;nbsp; &lt;b&gt;Esc&lt;/b&gt; clear &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+W&lt;/b&gt; close</source>
        <translation>&lt;b&gt;Enter&lt;/b&gt; sell &amp;nbsp;·&amp;nbsp; &lt;b&gt;3*&lt;/b&gt;ISBN three copies &amp;nbsp;·&amp;nbsp; &lt;b&gt;F2&lt;/b&gt; return the next book &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+Z&lt;/b&gt; undo the last line &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+N&lt;/b&gt; new receipt &amp;nbsp;·&amp;nbsp; &lt;b&gt;↑ ↓&lt;/b&gt; choose a title &amp;nbsp;·&amp;nbsp; &lt;b&gt;Esc&lt;/b&gt; clear &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ctrl+W&lt;/b&gt; close</translation>
    </message>
    <message>
        <source>Return the next book</source>
        <translation>Return the next book</translation>
    </message>
    <message>
        <source>Undo the last line</source>
        <translation>Undo the last line</translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation>New receipt</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Close the till</translation>
    </message>
    <message>
        <source>The server&apos;s privileges could not be read: %1</source>
        <translation>The server&apos;s privileges could not be read: %1</translation>
    </message>
    <message>
        <source>This catalogue is open read-only (%1): books can be looked up, not sold.</source>
        <translation>This catalogue is open read-only (%1): books can be looked up, not sold.</translation>
    </message>
    <message>
        <source>This catalogue has no stock history yet: bring it up to date from the catalogue window to sell here.</source>
        <translation>This catalogue has no stock history yet: bring it up to date from the catalogue window to sell here.</translation>
    </message>
    <message>
        <source>%1 Books can be looked up here, not sold.</source>
        <translation>%1 Books can be looked up here, not sold.</translation>
    </message>
    <message>
        <source>Ready: scan a book.</source>
        <translation>Ready: scan a book.</translation>
    </message>
    <message>
        <source>Look-up only: scan a book.</source>
        <translation>Look-up only: scan a book.</translation>
    </message>
    <message>
        <source>Cleared: scan a book.</source>
        <translation>Cleared: scan a book.</translation>
    </message>
    <message>
        <source>A quantity goes from 1 to 999: %1</source>
        <translation>A quantity goes from 1 to 999: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>No book matches &quot;%1&quot;.</source>
        <translation>No book matches &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %Ln in stock</source>
        <translation>
            <numerusform>%1 — %2 — %Ln in stock</numerusform>
            <numerusform>%1 — %2 — %Ln in stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Books matching &quot;%1&quot;: %2. ↑ ↓ to choose, Enter to %3.</source>
        <translation>Books matching &quot;%1&quot;: %2. ↑ ↓ to choose, Enter to %3.</translation>
    </message>
    <message>
        <source>take it back</source>
        <translation>take it back</translation>
    </message>
    <message>
        <source>sell it</source>
        <translation>sell it</translation>
    </message>
    <message>
        <source>Not sold: %1</source>
        <translation>Not sold: %1</translation>
    </message>
    <message>
        <source>Not sold: %1 is out of stock.</source>
        <translation>Not sold: %1 is out of stock.</translation>
    </message>
    <message>
        <source>Not taken back: %1</source>
        <translation>Not taken back: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Not recorded: %1. Scan or press Enter again to retry: it will not be recorded twice.</source>
        <translation>Not recorded: %1. Scan or press Enter again to retry: it will not be recorded twice.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Already recorded: %1 (nothing recorded twice).</source>
        <translation>Already recorded: %1 (nothing recorded twice).</translation>
    </message>
    <message>
        <source>Taken back: %1, %2</source>
        <translation>Taken back: %1, %2</translation>
    </message>
    <message>
        <source>Sold: %1, %2</source>
        <translation>Sold: %1, %2</translation>
    </message>
    <message>
        <source>Return: scan the book the customer brings back (F2 to cancel).</source>
        <translation>Return: scan the book the customer brings back (F2 to cancel).</translation>
    </message>
    <message>
        <source>Sale: scan a book.</source>
        <translation>Sale: scan a book.</translation>
    </message>
    <message>
        <source>Nothing undone: %1</source>
        <translation>Nothing undone: %1</translation>
    </message>
    <message>
        <source>Undone: the sale of %1 (the copy is back in stock).</source>
        <translation>Undone: the sale of %1 (the copy is back in stock).</translation>
    </message>
    <message>
        <source>Undone: the return of %1 (the copy is out of stock again).</source>
        <translation>Undone: the return of %1 (the copy is out of stock again).</translation>
    </message>
    <message>
        <source>New receipt (the last one came to %1).</source>
        <translation>New receipt (the last one came to %1).</translation>
    </message>
    <message>
        <source>New receipt.</source>
        <translation>New receipt.</translation>
    </message>
    <message>
        <source>No book yet</source>
        <translation>No book yet</translation>
    </message>
    <message>
        <source>no ISBN</source>
        <translation>no ISBN</translation>
    </message>
    <message>
        <source>ISBN %1</source>
        <translation>ISBN %1</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in stock</source>
        <translation>
            <numerusform>%Ln in stock</numerusform>
            <numerusform>%Ln in stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Return: %1</source>
        <translation>Return: %1</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (undone)</translation>
    </message>
    <message>
        <source>Total %1 · items: %2</source>
        <translation>Total %1 · items: %2</translation>
    </message>
    <message>
        <source>SALE</source>
        <translation>SALE</translation>
    </message>
</context>
<context>
    <name>Gui::TransferMenu</name>
    <message>
        <source>&amp;Import books…</source>
        <translation>&amp;Import books…</translation>
    </message>
    <message>
        <source>&amp;Export books…</source>
        <translation>&amp;Export books…</translation>
    </message>
    <message>
        <source>Open the &amp;demo catalogue</source>
        <translation>Open the &amp;demo catalogue</translation>
    </message>
    <message>
        <source>10,000 popular books (goodbooks-10k), to try the program</source>
        <translation>10,000 popular books (goodbooks-10k), to try the program</translation>
    </message>
    <message>
        <source>Open a catalogue you can change first</source>
        <translation>Open a catalogue you can change first</translation>
    </message>
    <message>
        <source>Import books</source>
        <translation>Import books</translation>
    </message>
    <message>
        <source>Book files (*.csv *.tsv *.txt *.json *.xml *.onix);;CSV files (*.csv *.tsv *.txt);;JSON files (*.json);;ONIX files (*.xml *.onix);;All files (*)</source>
        <translation>Book files (*.csv *.tsv *.txt *.json *.xml *.onix);;CSV files (*.csv *.tsv *.txt);;JSON files (*.json);;ONIX files (*.xml *.onix);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n book(s) from %1</source>
        <translation>
            <numerusform>Import %n book from %1</numerusform>
            <numerusform>Import %n books from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1 — books added: %2, updated: %3</source>
        <translation>Imported from %1 — books added: %2, updated: %3</translation>
    </message>
    <message>
        <source>Exported to %1 — books: %2</source>
        <translation>Exported to %1 — books: %2</translation>
    </message>
    <message>
        <source>covers: %1</source>
        <translation>covers: %1</translation>
    </message>
    <message>
        <source>Building the demo catalogue from goodbooks-10k&apos;s 10,000 books…</source>
        <translation>Building the demo catalogue from goodbooks-10k&apos;s 10,000 books…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demo catalogue</source>
        <translation>Demo catalogue</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 cannot be written</translation>
    </message>
    <message>
        <source>the books were refused</source>
        <translation>the books were refused</translation>
    </message>
    <message>
        <source>The demo catalogue could not be built: %1</source>
        <translation>The demo catalogue could not be built: %1</translation>
    </message>
    <message>
        <source>The demo catalogue: %1 books from goodbooks-10k by Zygmunt Zając (CC BY-SA 4.0). Change them freely: it is yours to try the program with.</source>
        <translation>The demo catalogue: %1 books from goodbooks-10k by Zygmunt Zając (CC BY-SA 4.0). Change them freely: it is yours to try the program with.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>An identifier&apos;s kind is 1 to 32 letters, digits, - or _</source>
        <translation>An identifier&apos;s kind is 1 to 32 letters, digits, - or _</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>no column gives the title (expected Nom, or title; the columns are: %1)</source>
        <translation>no column gives the title (expected Nom, or title; the columns are: %1)</translation>
    </message>
    <message>
        <source>the row has %1 fields where the header has %2</source>
        <translation>the row has %1 fields where the header has %2</translation>
    </message>
    <message>
        <source>A role is auteur, traducteur or illustrateur</source>
        <translation>A role is auteur, traducteur or illustrateur</translation>
    </message>
    <message>
        <source>a number or a text was expected</source>
        <translation>a number or a text was expected</translation>
    </message>
    <message>
        <source>only prices in EUR are read</source>
        <translation>only prices in EUR are read</translation>
    </message>
    <message>
        <source>this cover is not in the catalogue</source>
        <translation>this cover is not in the catalogue</translation>
    </message>
    <message>
        <source>a cover must be a path inside the file&apos;s folder</source>
        <translation>a cover must be a path inside the file&apos;s folder</translation>
    </message>
    <message>
        <source>cover not found</source>
        <translation>cover not found</translation>
    </message>
    <message>
        <source>the cover is larger than %1 MB</source>
        <translation>the cover is larger than %1 MB</translation>
    </message>
    <message>
        <source>this ISBN belongs to another book: not stored for this one</source>
        <translation>this ISBN belongs to another book: not stored for this one</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the mapping names %1 columns where the file has %2</source>
        <translation>the mapping names %1 columns where the file has %2</translation>
    </message>
    <message>
        <source>%1 is not a column of the catalogue</source>
        <translation>%1 is not a column of the catalogue</translation>
    </message>
    <message>
        <source>unknown encoding: %1</source>
        <translation>unknown encoding: %1</translation>
    </message>
</context>
<context>
    <name>JsonArrayReader</name>
    <message>
        <source>the file is not a JSON array of books ([{...}, ...])</source>
        <translation>the file is not a JSON array of books ([{...}, ...])</translation>
    </message>
    <message>
        <source>line %1: the file ends inside the array</source>
        <translation>line %1: the file ends inside the array</translation>
    </message>
    <message>
        <source>line %1: text after the end of the array</source>
        <translation>line %1: text after the end of the array</translation>
    </message>
    <message>
        <source>line %1: a comma or ] was expected between books</source>
        <translation>line %1: a comma or ] was expected between books</translation>
    </message>
    <message>
        <source>line %1: the file ends inside a book that starts on line %2</source>
        <translation>line %1: the file ends inside a book that starts on line %2</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>nested deeper than %1 levels</translation>
    </message>
    <message>
        <source>line %1: a bracket closes what was never opened</source>
        <translation>line %1: a bracket closes what was never opened</translation>
    </message>
    <message>
        <source>a number longer than %1 characters</source>
        <translation>a number longer than %1 characters</translation>
    </message>
    <message>
        <source>a book longer than %1 bytes</source>
        <translation>a book longer than %1 bytes</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>a book must be a JSON object ({...})</source>
        <translation>a book must be a JSON object ({...})</translation>
    </message>
</context>
<context>
    <name>OnixReader</name>
    <message>
        <source>line %1: the file has a DOCTYPE, which is refused (no entity is expanded)</source>
        <translation>line %1: the file has a DOCTYPE, which is refused (no entity is expanded)</translation>
    </message>
    <message>
        <source>line %1: an entity reference, which is refused</source>
        <translation>line %1: an entity reference, which is refused</translation>
    </message>
    <message>
        <source>line %1: elements nested deeper than %2 levels</source>
        <translation>line %1: elements nested deeper than %2 levels</translation>
    </message>
    <message>
        <source>the file is not an ONIX message (its root is &lt;%1&gt;)</source>
        <translation>the file is not an ONIX message (its root is &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>a text longer than %1 characters</source>
        <translation>a text longer than %1 characters</translation>
    </message>
    <message>
        <source>OnHand is not a whole number: %1</source>
        <translation>OnHand is not a whole number: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>the file ends inside a product</source>
        <translation>the file ends inside a product</translation>
    </message>
    <message>
        <source>the file is not an ONIX message</source>
        <translation>the file is not an ONIX message</translation>
    </message>
</context>
<context>
    <name>Orm::Database</name>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>cannot write to %1: %2</translation>
    </message>
    <message>
        <source>SQLite can only read it (no permission to write, or a newer file format)</source>
        <translation>SQLite can only read it (no permission to write, or a newer file format)</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick_check found: %1</source>
        <translation>SQLite&apos;s quick_check found: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick_check stopped: %1</source>
        <translation>SQLite&apos;s quick_check stopped: %1</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>it was opened read-only (mode=ro)</source>
        <translation>it was opened read-only (mode=ro)</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>it was opened read-only</translation>
    </message>
    <message>
        <source>cannot open %1 read-only: the file does not exist</source>
        <translation>cannot open %1 read-only: the file does not exist</translation>
    </message>
    <message>
        <source>cannot create %1: the directory %2 is read-only</source>
        <translation>cannot create %1: the directory %2 is read-only</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <source>its directory %1 is read-only (SQLite keeps its journal there)</source>
        <translation>its directory %1 is read-only (SQLite keeps its journal there)</translation>
    </message>
    <message>
        <source>unknown SQLite URL parameter &apos;%1&apos; (known: mode)</source>
        <translation>unknown SQLite URL parameter &apos;%1&apos; (known: mode)</translation>
    </message>
    <message>
        <source>the SQLite URL parameter mode is &apos;%1&apos;: use ro (read-only) or rw</source>
        <translation>the SQLite URL parameter mode is &apos;%1&apos;: use ro (read-only) or rw</translation>
    </message>
    <message>
        <source>cannot open %1: it is not a regular file (a device, a pipe or a socket)</source>
        <translation>cannot open %1: it is not a regular file (a device, a pipe or a socket)</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>cannot back up %1 to %2: %3</translation>
    </message>
    <message>
        <source>only a SQLite file is copied here (a server&apos;s database is copied with its own tools, such as pg_dump)</source>
        <translation>only a SQLite file is copied here (a server&apos;s database is copied with its own tools, such as pg_dump)</translation>
    </message>
    <message>
        <source>the file exists already</source>
        <translation>the file exists already</translation>
    </message>
    <message>
        <source>cannot reach %1: the file is no longer there (moved or deleted while it was open); nothing more can be saved to it until it is back</source>
        <translation>cannot reach %1: the file is no longer there (moved or deleted while it was open); nothing more can be saved to it until it is back</translation>
    </message>
</context>
<context>
    <name>Orm::Migrator</name>
    <message>
        <source>cannot migrate %1: %2</source>
        <translation>cannot migrate %1: %2</translation>
    </message>
    <message>
        <source>cannot migrate %1: its backup %2 could not be written (%3); nothing was migrated, and the partial copy was removed</source>
        <translation>cannot migrate %1: its backup %2 could not be written (%3); nothing was migrated, and the partial copy was removed</translation>
    </message>
</context>
<context>
    <name>Orm::TableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orm::Validator</name>
    <message>
        <source>%1 cannot be stored: it contains %2</source>
        <translation>%1 cannot be stored: it contains %2</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 cannot be empty</translation>
    </message>
    <message>
        <source>%1 must be at least %2 characters long</source>
        <translation>%1 must be at least %2 characters long</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 characters long</source>
        <translation>%1 must be between %2 and %3 characters long</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 must be at least %2</translation>
    </message>
    <message>
        <source>%1 must be at most %2</source>
        <translation>%1 must be at most %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 must be a whole number</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 must be a number</translation>
    </message>
    <message>
        <source>%1 may contain letters only</source>
        <translation>%1 may contain letters only</translation>
    </message>
    <message>
        <source>%1 may contain letters and digits only</source>
        <translation>%1 may contain letters and digits only</translation>
    </message>
    <message>
        <source>%1 must be in lower case</source>
        <translation>%1 must be in lower case</translation>
    </message>
    <message>
        <source>%1 must be in upper case</source>
        <translation>%1 must be in upper case</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address</source>
        <translation>%1 must be an e-mail address</translation>
    </message>
    <message>
        <source>%1 must be a web address (URL)</source>
        <translation>%1 must be a web address (URL)</translation>
    </message>
    <message>
        <source>%1 must be an IP address</source>
        <translation>%1 must be an IP address</translation>
    </message>
    <message>
        <source>%1 must be a UUID</source>
        <translation>%1 must be a UUID</translation>
    </message>
    <message>
        <source>%1 must be a date</source>
        <translation>%1 must be a date</translation>
    </message>
    <message>
        <source>%1 must be before %2</source>
        <translation>%1 must be before %2</translation>
    </message>
    <message>
        <source>%1 must be after %2</source>
        <translation>%1 must be after %2</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 must be one of: %2</translation>
    </message>
    <message>
        <source>%1 cannot be any of: %2</source>
        <translation>%1 cannot be any of: %2</translation>
    </message>
    <message>
        <source>%1 must contain &quot;%2&quot;</source>
        <translation>%1 must contain &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 cannot contain &quot;%2&quot;</source>
        <translation>%1 cannot contain &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be &quot;%2&quot;</source>
        <translation>%1 must be &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not valid</source>
        <translation>%1 is not valid</translation>
    </message>
    <message>
        <source>%1 is too large for an INTEGER</source>
        <translation>%1 is too large for an INTEGER</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 must be a finite number</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 must be true or false</translation>
    </message>
    <message>
        <source>%1 must be a time of day</source>
        <translation>%1 must be a time of day</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>%1.%2 cannot be null</source>
        <translation>%1.%2 cannot be null</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>this catalogue has no stock history yet: migrate it first (catalogue migrate up)</source>
        <translation>this catalogue has no stock history yet: migrate it first (catalogue migrate up)</translation>
    </message>
    <message>
        <source>Sold at the till</source>
        <translation>Sold at the till</translation>
    </message>
    <message>
        <source>Taken back at the till</source>
        <translation>Taken back at the till</translation>
    </message>
    <message>
        <source>There is no book %1</source>
        <translation>There is no book %1</translation>
    </message>
    <message>
        <source>%1 is not an ISBN: %2</source>
        <translation>%1 is not an ISBN: %2</translation>
    </message>
    <message>
        <source>No book has the ISBN %1</source>
        <translation>No book has the ISBN %1</translation>
    </message>
    <message>
        <source>a till line&apos;s key is 1 to 64 letters, digits and hyphens</source>
        <translation>a till line&apos;s key is 1 to 64 letters, digits and hyphens</translation>
    </message>
    <message>
        <source>There is no line to undo on this receipt</source>
        <translation>There is no line to undo on this receipt</translation>
    </message>
    <message>
        <source>Undo at the till of movement %1</source>
        <translation>Undo at the till of movement %1</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>%1 is a file: a file has no users (whoever can open it can change it); users are for a catalogue on a PostgreSQL server</source>
        <translation>%1 is a file: a file has no users (whoever can open it can change it); users are for a catalogue on a PostgreSQL server</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a user name: use 1 to 63 lowercase letters, digits and _, not starting with a digit or pg_</source>
        <translation>&apos;%1&apos; cannot be a user name: use 1 to 63 lowercase letters, digits and _, not starting with a digit or pg_</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of a group of users</source>
        <translation>&apos;%1&apos; is the name of a group of users</translation>
    </message>
    <message>
        <source>%1 already exists on the server: its password is left as it is (give the role without --password-stdin)</source>
        <translation>%1 already exists on the server: its password is left as it is (give the role without --password-stdin)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user of this catalogue</source>
        <translation>&apos;%1&apos; is not a user of this catalogue</translation>
    </message>
    <message>
        <source>%1 is not a user of this catalogue</source>
        <translation>%1 is not a user of this catalogue</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>This user</translation>
    </message>
    <message>
        <source>%1 may not read this catalogue (the server refuses it).</source>
        <translation>%1 may not read this catalogue (the server refuses it).</translation>
    </message>
    <message>
        <source>%1 is a clerk: sales, receipts and returns only; books and prices cannot be changed (the server refuses it).</source>
        <translation>%1 is a clerk: sales, receipts and returns only; books and prices cannot be changed (the server refuses it).</translation>
    </message>
    <message>
        <source>%1 may only read this catalogue: nothing can be changed (the server refuses it).</source>
        <translation>%1 may only read this catalogue: nothing can be changed (the server refuses it).</translation>
    </message>
    <message>
        <source>%1 may not run migrations on this catalogue.</source>
        <translation>%1 may not run migrations on this catalogue.</translation>
    </message>
</context>
</TS>
