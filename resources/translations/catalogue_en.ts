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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Book catalogue manager.

Commands:
  info    print a summary of the catalogue (the default)
  init    create a new catalogue, or bring an existing one up to date</source>
        <translation>Book catalogue manager.

Commands:
  info    print a summary of the catalogue (the default)
  init    create a new catalogue, or bring an existing one up to date</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database: a SQLite file, sqlite:FILE, or postgres://user@host:port/name. Default: %1.</source>
        <translation>The catalogue&apos;s database: a SQLite file, sqlite:FILE, or postgres://user@host:port/name. Default: %1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>info or init</source>
        <translation>info or init</translation>
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
</context>
</TS>
