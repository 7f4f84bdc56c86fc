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
        <source>Book catalogue manager. Without arguments, it opens the catalogue window.

Commands:
  info    print a summary of the catalogue (the default with options)
  init    create a new catalogue, or bring an existing one up to date
  migrate status|up|down   list, run or undo the catalogue&apos;s migrations
  check   look for damage (SQLite&apos;s integrity_check) and books breaking the rules</source>
        <translation>Book catalogue manager. Without arguments, it opens the catalogue window.

Commands:
  info    print a summary of the catalogue (the default with options)
  init    create a new catalogue, or bring an existing one up to date
  migrate status|up|down   list, run or undo the catalogue&apos;s migrations
  check   look for damage (SQLite&apos;s integrity_check) and books breaking the rules</translation>
    </message>
    <message>
        <source>info, init, migrate or check</source>
        <translation>info, init, migrate or check</translation>
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
        <source>someone else changed the contributors in the meantime</source>
        <translation>someone else changed the contributors in the meantime</translation>
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
        <source>Bring the catalogue up to date</source>
        <translation>Bring the catalogue up to date</translation>
    </message>
    <message>
        <source>The catalogue gets the tables for contributors, stock movements and covers. Its books stay as they are. A copy of the file is made first.

Continue?</source>
        <translation>The catalogue gets the tables for contributors, stock movements and covers. Its books stay as they are. A copy of the file is made first.

Continue?</translation>
    </message>
    <message>
        <source>The catalogue is up to date</source>
        <translation>The catalogue is up to date</translation>
    </message>
    <message>
        <source>The catalogue is up to date; the copy made before is %1</source>
        <translation>The catalogue is up to date; the copy made before is %1</translation>
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
        <source>The catalogue could not be opened:
%1</source>
        <translation>The catalogue could not be opened:
%1</translation>
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
</TS>
