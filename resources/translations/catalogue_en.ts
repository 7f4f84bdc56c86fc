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
        <source>Book catalogue manager.

Commands:
  info    print a summary of the catalogue (the default)
  init    create a new catalogue, or bring an existing one up to date
  migrate status|up|down   list, run or undo the catalogue&apos;s migrations</source>
        <translation>Book catalogue manager.

Commands:
  info    print a summary of the catalogue (the default)
  init    create a new catalogue, or bring an existing one up to date
  migrate status|up|down   list, run or undo the catalogue&apos;s migrations</translation>
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
        <source>info, init or migrate</source>
        <translation>info, init or migrate</translation>
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
</context>
<context>
    <name>Orm::Migrator</name>
    <message>
        <source>cannot migrate %1: %2</source>
        <translation>cannot migrate %1: %2</translation>
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
        <source>%1 cannot be null</source>
        <translation>%1 cannot be null</translation>
    </message>
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
</context>
</TS>
