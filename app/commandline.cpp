#include "commandline.h"

#include <catalogue/catalogue.h>
#include <catalogue/copy.h>
#include <catalogue/exporter.h>
#include <catalogue/importer.h>
#include <catalogue/migrations.h>
#include <catalogue/users.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace Catalogue {

namespace {

// A text on one line of output: control characters (a newline in a file name, say) written as escapes.
QString oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            line += QStringLiteral("\\n");
        else if (c == u'\r')
            line += QStringLiteral("\\r");
        else if (c == u'\t')
            line += QStringLiteral("\\t");
        else if (c.category() == QChar::Other_Control)
            line += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QChar(u'0'));
        else
            line += c;
    }
    return line;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

int CommandLine::failed(const QString &reason)
{
    // A reason's own line breaks (libpq writes some) read as spaces; other control characters as escapes.
    QString line = reason;
    for (const char16_t space : {u'\n', u'\r', u'\t'})
        line.replace(QChar(space), u' ');
    m_err << QStringLiteral("catalogue: ") << oneLine(line) << Qt::endl;
    return 1;
}

int CommandLine::usageError(const QString &reason)
{
    failed(reason);
    return 2;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.size() <= 1) { // main() opens the window when there is a display
        m_err << tr("catalogue: there is no display to open the window on; for the command line, see catalogue "
                    "--help")
              << Qt::endl;
        return 1;
    }
    if (arguments.value(1) == u"import" || arguments.value(1) == u"export")
        return transfer(arguments); // their own options: see the end of this file
    if (arguments.value(1) == u"stats")
        return stats(arguments); // its own options: see commandline_stats.cpp
    if (arguments.value(1) == u"copy")
        return copy(arguments); // its own options too
    if (arguments.value(1) == u"users")
        return users(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Book catalogue manager. Without arguments, it opens the catalogue "
               "window.\n\n"
               "Commands:\n"
               "  info    print a summary of the catalogue (the default with options)\n"
               "  init    create a new catalogue, or bring an existing one up to date\n"
               "  migrate status|up|down   list, run or undo the catalogue's migrations\n"
               "  check   look for damage (SQLite's integrity_check) and books breaking "
               "the rules\n"
               "  backup FILE   copy a SQLite catalogue into FILE, consistent, even while "
               "it is in use\n"
               "  import FILE   add the books of a CSV, Goodreads, Calibre, JSON or ONIX file "
               "(see catalogue import --help)\n"
               "  export FILE   write the books to CSV, JSON or ONIX 3.0 (see catalogue export "
               "--help)\n"
               "  stats   sales, best sellers, genres, low and dead stock (see catalogue stats --help)\n"
               "  copy --from URL --to URL   copy a whole catalogue into an empty database (SQLite or "
               "PostgreSQL)\n"
               "  users add|list|remove   who may do what on a PostgreSQL catalogue (see catalogue users "
               "--help)"));
    const QCommandLineOption db(QStringList{QStringLiteral("db")},
                                tr("The catalogue's database: a SQLite file, sqlite:FILE, or "
                                   "postgres://user@host:port/name. Default: %1.")
                                        .arg(Catalogue::defaultUrl()),
                                tr("URL"));
    parser.addOption(db);
    const QCommandLineOption to(
            QStringList{QStringLiteral("to")},
            tr("migrate up: stop after this migration; migrate down: undo down to and including it."), tr("NAME"));
    parser.addOption(to);
    const QCommandLineOption noBackup(QStringList{QStringLiteral("no-backup")},
                                      tr("migrate: do not copy a SQLite catalogue before changing it."));
    parser.addOption(noBackup);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("info, init, migrate, check, backup, import or export"),
                                 QStringLiteral("[command]"));
    if (!parser.parse(arguments)) {
        m_err << QStringLiteral("catalogue: ") << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(db) && parser.value(db).trimmed().isEmpty())
        return usageError(tr("--db needs a database URL (a SQLite file, sqlite:FILE or postgres://...)"));
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("info"));
    if (parser.isSet(help)) {
        if (command == u"init")
            parser.setApplicationDescription(tr("catalogue init: creates a new catalogue at --db, or adds what an "
                                                "existing one lacks. Nothing stored is changed."));
        else if (command == u"info")
            parser.setApplicationDescription(tr("catalogue info: prints a summary of the catalogue at --db."));
        else if (command == u"check")
            parser.setApplicationDescription(
                    tr("catalogue check: runs SQLite's full integrity check on the catalogue at --db, then checks "
                       "every book against the domain's rules, changing nothing. Prints one line per problem and "
                       "exits with 1 when there is any."));
        else if (command == u"backup")
            parser.setApplicationDescription(
                    tr("catalogue backup --db URL FILE: copies the SQLite catalogue at --db into the new file FILE, "
                       "consistent as of one moment, while other programs may go on using it (SQLite's online "
                       "backup). An existing FILE is left as it is and refused."));
        else if (command == u"migrate")
            parser.setApplicationDescription(tr(
                    "catalogue migrate status|up|down: lists the migrations and when each ran, runs the pending ones "
                    "(up, optionally --to NAME), or undoes the last one (down, or down --to NAME). Each migration is "
                    "atomic; a SQLite catalogue is copied first unless --no-backup."));
        m_out << parser.helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == u"migrate") {
        if (positional.size() != 2) {
            m_err << QStringLiteral("catalogue: ") << tr("migrate needs one of: status, up, down") << Qt::endl;
            return 2;
        }
        const QString url = parser.isSet(db) ? parser.value(db) : Catalogue::defaultUrl();
        return migrate(url, positional.at(1), parser.value(to), !parser.isSet(noBackup));
    }
    if (command == u"backup") {
        if (positional.size() != 2)
            return usageError(tr("backup needs the file to write: catalogue backup --db URL FILE"));
        return backup(parser.isSet(db) ? parser.value(db) : Catalogue::defaultUrl(), positional.at(1));
    }
    if (positional.size() > 1) {
        m_err << QStringLiteral("catalogue: ") << tr("unexpected argument '%1'").arg(positional.at(1)) << Qt::endl;
        return 2;
    }
    const QString url = parser.isSet(db) ? parser.value(db) : Catalogue::defaultUrl();
    if (command == u"info")
        return info(url, !parser.isSet(db));
    if (command == u"init")
        return init(url);
    if (command == u"check")
        return check(url);
    m_err << QStringLiteral("catalogue: ") << tr("unknown command '%1' (try --help)").arg(command) << Qt::endl;
    return 2;
}

int CommandLine::info(const QString &url, bool createDefault)
{
    // The embedded catalogue is created on first use; a catalogue named with --db must exist.
    auto catalogue = createDefault ? Catalogue::openDefault() : Catalogue::open(url, Catalogue::Missing::Refuse);
    if (!catalogue)
        return failed(catalogue.error().message());
    auto summary = catalogue->summary();
    if (!summary)
        return failed(summary.error().message());
    m_out << tr("Catalogue: %1").arg(oneLine(summary->location)) << Qt::endl;
    if (catalogue->database().isReadOnly())
        m_out << tr("Read-only: %1").arg(catalogue->database().readOnlyReason()) << Qt::endl;
    m_out << tr("Books: %1").arg(summary->books) << Qt::endl;
    m_out << tr("Copies in stock: %1").arg(summary->copies) << Qt::endl;
    m_out << tr("Stock value: %1").arg(summary->stockValue, 0, 'f', 2) << Qt::endl;
    m_out << tr("Genres: %1").arg(summary->genres) << Qt::endl;
    if (!summary->firstYear.isNull())
        m_out << tr("Years: %1 to %2").arg(summary->firstYear.toString(), summary->lastYear.toString()) << Qt::endl;
    return 0;
}

int CommandLine::migrate(const QString &url, const QString &action, const QString &to, bool backup)
{
    if (action != u"status" && action != u"up" && action != u"down") {
        m_err << QStringLiteral("catalogue: ") << tr("unknown migrate action '%1' (status, up or down)").arg(action)
              << Qt::endl;
        return 2;
    }
    // An unknown --to is refused before anything is opened or created.
    const QList<Orm::Migration> known = migrations();
    if (!to.isEmpty() && action != u"status"
        && std::none_of(known.begin(), known.end(), [&](const Orm::Migration &m) { return m.name == to; }))
        return failed(tr("there is no migration named %1 (see: catalogue migrate status)").arg(to));
    // migrate up creates a new catalogue, but runs only the migrations it was asked for.
    auto catalogue =
            Catalogue::open(url, action == u"up" ? Catalogue::Missing::CreateUnmigrated : Catalogue::Missing::Refuse);
    if (!catalogue)
        return failed(catalogue.error().message());
    const Orm::Migrator migrator = catalogue->migrator();
    if (action == u"status") {
        auto states = migrator.status();
        if (!states)
            return failed(states.error().message());
        for (const Orm::MigrationState &state : std::as_const(*states)) {
            const QString when =
                    state.executedAt.isValid() ? state.executedAt.toString(Qt::ISODate) : tr("time unknown");
            m_out << (state.executed ? tr("done     %1  (%2)").arg(state.name, when)
                                     : tr("pending  %1").arg(state.name))
                  << Qt::endl;
        }
        return 0;
    }
    // A database without tables (one just created) has nothing a copy would keep.
    auto tables = catalogue->database().tables();
    if (!tables)
        return failed(tables.error().message());
    const Orm::Backup copy = backup && !tables->isEmpty() ? Orm::Backup::Take : Orm::Backup::Skip;
    // The backup's path is said as soon as the copy is complete, before a migration that may fail or be stopped.
    const auto backupTaken = [&](const QString &path) { m_out << tr("Backup: %1").arg(oneLine(path)) << Qt::endl; };
    auto report = action == u"up" ? migrator.up(to, copy, backupTaken) : migrator.down(to, copy, backupTaken);
    if (!report)
        return failed(report.error().message());
    for (const QString &name : std::as_const(report->executed))
        m_out << (action == u"up" ? tr("migrated  %1").arg(name) : tr("reverted  %1").arg(name)) << Qt::endl;
    if (report->executed.isEmpty())
        m_out << tr("Nothing to do.") << Qt::endl;
    return 0;
}

int CommandLine::init(const QString &url)
{
    auto catalogue = Catalogue::open(url, Catalogue::Missing::Create);
    if (!catalogue)
        return failed(catalogue.error().message());
    auto report = catalogue->init();
    if (!report)
        return failed(report.error().message());
    m_out << tr("Catalogue ready: %1").arg(catalogue->database().displayUrl()) << Qt::endl;
    return 0;
}

} // namespace Catalogue

namespace Catalogue {

int CommandLine::check(const QString &url)
{
    // The file's structure first, on a read-only connection: opening it as a catalogue refuses a damaged file,
    // where this lists what is damaged.
    auto location = Orm::Database::locate(url);
    if (!location)
        return failed(location.error().message());
    if (!location->filePath.isEmpty() && !QFileInfo::exists(location->filePath))
        return failed(Catalogue::tr("no catalogue at %1 (create one with: catalogue init)").arg(location->filePath));
    int found = 0;
    {
        auto database = Orm::Database::open(url, {.access = Orm::Access::ReadOnly});
        if (!database)
            return failed(database.error().message());
        auto damage = database->integrityCheck();
        database->close();
        if (!damage)
            return failed(damage.error().message());
        for (const QString &line : std::as_const(*damage))
            m_out << tr("damaged: %1").arg(oneLine(line)) << Qt::endl;
        found += int(damage->size());
    }
    if (found == 0) { // the rows of a damaged file are not read
        auto catalogue = Catalogue::open(url, Catalogue::Missing::Refuse);
        if (!catalogue)
            return failed(catalogue.error().message());
        auto problems = catalogue->problems();
        if (!problems)
            return failed(problems.error().message());
        for (const Catalogue::Problem &problem : std::as_const(*problems)) {
            for (const Orm::ValidationItem &item : problem.items) {
                m_out << tr("book %1: %2: %3").arg(problem.id.toString(), item.attribute, oneLine(item.message))
                      << Qt::endl;
                ++found;
            }
        }
    }
    if (found > 0)
        return 1;
    m_out << tr("No problems found: %1").arg(oneLine(location->displayUrl)) << Qt::endl;
    return 0;
}

} // namespace Catalogue

// ---- import and export -----------------------------------------------------------------------------------------

namespace Catalogue {

namespace {

QString csvCell(const QString &text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

} // namespace

int CommandLine::transfer(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const bool importing = command == u"import";
    QCommandLineParser parser;
    parser.setApplicationDescription(
            importing ? tr("catalogue import FILE: adds the books of FILE to the catalogue at --db. Every row must be "
                           "valid, or nothing is written and the refused rows are listed (line, column, value, "
                           "reason); --skip-invalid imports the others. Books already in the catalogue (same ISBN, "
                           "else same title, author and publisher) are skipped, updated or added. Exit status: 0 "
                           "imported, 1 refused (see the report), 2 bad usage.")
                      : tr("catalogue export FILE: writes the books of the catalogue at --db (or those matching "
                           "--search) to FILE as CSV, JSON or ONIX 3.0 (from its suffix, or --format). CSV values "
                           "that a spreadsheet would run as formulas are neutralised unless --raw."));
    const QCommandLineOption db(QStringList{QStringLiteral("db")}, tr("The catalogue's database."), tr("URL"));
    const QCommandLineOption format(QStringList{QStringLiteral("format")},
                                    importing ? tr("auto, csv, goodreads, calibre, goodbooks, json or onix.")
                                              : tr("csv, json or onix (default: from the file's suffix)."),
                                    tr("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption dryRun(QStringList{QStringLiteral("dry-run")}, tr("Check everything, write nothing."));
    const QCommandLineOption skipInvalid(QStringList{QStringLiteral("skip-invalid")},
                                         tr("Import the valid rows and report the others."));
    const QCommandLineOption onDuplicate(QStringList{QStringLiteral("on-duplicate")},
                                         tr("What to do with a book already in the catalogue: skip, update or add."),
                                         tr("ACTION"), QStringLiteral("skip"));
    const QCommandLineOption report(QStringList{QStringLiteral("report")},
                                    tr("Write every refused row and remark to this CSV file."), tr("FILE"));
    const QCommandLineOption search(QStringList{QStringLiteral("search")},
                                    tr("Only books whose title, author or publisher contains this text."), tr("TEXT"));
    const QCommandLineOption raw(QStringList{QStringLiteral("raw")},
                                 tr("CSV: values exactly as stored (no spreadsheet guard)."));
    const QCommandLineOption excel(QStringList{QStringLiteral("excel")},
                                   tr("CSV for French Excel: UTF-8 with a BOM, ';' and decimal commas."));
    const QCommandLineOption covers(QStringList{QStringLiteral("covers")},
                                    tr("Write the covers to this folder and reference them from the file."), tr("DIR"));
    parser.addOption(db);
    parser.addOption(format);
    if (importing) {
        parser.addOption(dryRun);
        parser.addOption(skipInvalid);
        parser.addOption(onDuplicate);
        parser.addOption(report);
    } else {
        parser.addOption(search);
        parser.addOption(raw);
        parser.addOption(excel);
        parser.addOption(covers);
    }
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), command);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 importing ? tr("The file to import.") : tr("The file to write."));
    QStringList args = arguments;
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 2)
        return usageError(importing ? tr("import needs one file: catalogue import FILE --db URL")
                                    : tr("export needs one file: catalogue export FILE --db URL"));
    const QString path = parser.positionalArguments().at(1);
    if (!parser.isSet(db) || parser.value(db).trimmed().isEmpty())
        return usageError(tr("--db needs a database URL (a SQLite file, sqlite:FILE or postgres://...)"));
    const auto chosen = formatFromName(parser.value(format));
    if (!chosen)
        return usageError(tr("unknown format '%1' (auto, csv, goodreads, calibre, goodbooks, json, onix)")
                                  .arg(parser.value(format)));
    if (!importing && parser.isSet(raw) && parser.isSet(excel))
        return usageError(tr("--raw and --excel cannot be used together"));
    const auto duplicates = importing ? onDuplicateFromName(parser.value(onDuplicate)) : OnDuplicate::Skip;
    if (!duplicates)
        return usageError(tr("--on-duplicate is skip, update or add, not '%1'").arg(parser.value(onDuplicate)));
    // A progress line on stderr, only for a person watching a terminal.
    const bool terminal = isatty(fileno(stderr)) != 0;
    auto catalogue = Catalogue::open(parser.value(db), Catalogue::Missing::Refuse);
    if (!catalogue)
        return failed(catalogue.error().message());
    if (catalogue->database().isReadOnly() && importing)
        return failed(catalogue->database().readOnlyReason());

    if (!importing)
        return exportBooks(*catalogue, path,
                           {.format = *chosen,
                            .search = parser.value(search),
                            .raw = parser.isSet(raw),
                            .excel = parser.isSet(excel),
                            .coversDir = parser.value(covers)},
                           terminal);
    return importBooks(*catalogue, path,
                       {.format = *chosen,
                        .dryRun = parser.isSet(dryRun),
                        .skipInvalid = parser.isSet(skipInvalid),
                        .onDuplicate = *duplicates},
                       terminal, parser.value(report));
}

int CommandLine::exportBooks(Catalogue &catalogue, const QString &path, ExportOptions options, bool terminal)
{
    if (terminal)
        options.progress = [this](qint64 books) { m_err << u'\r' << tr("%1 books written").arg(books) << Qt::flush; };
    auto written = Exporter(catalogue).exportFile(path, options);
    if (terminal)
        m_err << Qt::endl;
    if (!written)
        return failed(written.error().message());
    for (const QString &warning : std::as_const(written->warnings))
        m_err << QStringLiteral("catalogue: ") << oneLine(warning) << Qt::endl;
    m_out << tr("Exported %n book(s) to %1 (%2)", nullptr, int(written->books))
                     .arg(oneLine(path), formatName(written->format))
          << Qt::endl;
    if (written->covers > 0)
        m_out << tr("Covers written: %1").arg(written->covers) << Qt::endl;
    return 0;
}

int CommandLine::importBooks(Catalogue &catalogue, const QString &path, ImportOptions options, bool terminal,
                             const QString &reportFile)
{
    if (terminal)
        options.progress = [this](qint64 rows) { m_err << u'\r' << tr("%1 rows read").arg(rows) << Qt::flush; };
    auto imported = Importer(catalogue).importFile(path, options);
    if (terminal)
        m_err << Qt::endl;
    if (!imported)
        return failed(imported.error().message());
    const ImportReport &r = *imported;
    if (!r.fileError.isEmpty())
        return failed(tr("%1: %2 (nothing was imported)").arg(oneLine(path), oneLine(r.fileError)));
    m_out << tr("Format: %1").arg(formatName(r.format));
    if (!r.encoding.isEmpty())
        m_out << tr(", encoding %1, delimiter %2").arg(r.encoding, r.delimiter);
    m_out << Qt::endl;
    printImportProblems(r);
    if (!reportFile.isEmpty()) {
        QFile out(reportFile);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failed(tr("cannot write the report %1: %2").arg(reportFile, out.errorString()));
        QTextStream stream(&out);
        stream << "line,column,value,message,refused\r\n";
        for (const ImportProblem &p : std::as_const(r.problems))
            stream << p.line << u',' << csvCell(p.column) << u',' << csvCell(p.value) << u',' << csvCell(p.message)
                   << u',' << (p.refused ? "yes" : "no") << "\r\n";
    }
    m_out << tr("Rows read: %1; to add: %2; duplicates skipped: %3, updated: %4, added: %5; refused: %6")
                     .arg(r.rows)
                     .arg(r.added)
                     .arg(r.duplicatesSkipped)
                     .arg(r.updated)
                     .arg(r.duplicatesAdded)
                     .arg(r.refused)
          << Qt::endl;
    if (r.cancelled)
        return failed(tr("cancelled: nothing was imported"));
    if (r.refused > 0 && !options.skipInvalid) {
        m_out << tr("Nothing was imported: %n row(s) refused (fix them, or use --skip-invalid)", nullptr,
                    int(r.refused))
              << Qt::endl;
        return 1;
    }
    if (options.dryRun) {
        m_out << tr("Dry run: nothing was written.") << Qt::endl;
        return r.refused > 0 ? 1 : 0;
    }
    m_out << tr("Imported into %1.").arg(catalogue.database().displayUrl()) << Qt::endl;
    return 0;
}

void CommandLine::printImportProblems(const ImportReport &r)
{
    const qsizetype shown = std::min<qsizetype>(20, r.problems.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const ImportProblem &p = r.problems.at(i);
        const QString where =
                p.column.isEmpty() ? tr("line %1").arg(p.line) : tr("line %1, %2").arg(p.line).arg(p.column);
        m_out << (p.refused ? tr("refused: %1: %2").arg(where, oneLine(p.message))
                            : tr("note: %1: %2").arg(where, oneLine(p.message)));
        if (!p.value.isEmpty())
            m_out << QStringLiteral(" (") << oneLine(p.value.left(60)) << u')';
        m_out << Qt::endl;
    }
    if (r.problems.size() + r.problemsDropped > shown)
        m_out << tr("... and %1 more (all of them with --report FILE)")
                         .arg(r.problems.size() + r.problemsDropped - shown)
              << Qt::endl;
}

} // namespace Catalogue

namespace Catalogue {

int CommandLine::backup(const QString &url, const QString &file)
{
    auto catalogue = Catalogue::open(url, Catalogue::Missing::Refuse);
    if (!catalogue)
        return failed(catalogue.error().message());
    const QString path = QFileInfo(file).absoluteFilePath();
    auto copied = catalogue->backup(path);
    catalogue->database().close();
    if (!copied)
        return failed(copied.error().message());
    m_out << tr("Backup: %1").arg(oneLine(QDir::toNativeSeparators(path))) << Qt::endl;
    return 0;
}

} // namespace Catalogue

namespace Catalogue {

int CommandLine::copy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("catalogue copy --from URL --to URL: copies every table of the catalogue at --from (books, people, "
               "stock movements, covers, identifiers, the migration record) into the empty database or new SQLite "
               "file at --to, SQLite or PostgreSQL either way, keeping the IDs. Everything is written in one "
               "transaction and checked (row counts and a digest of each table) before it is kept. A target that "
               "is not empty is refused and nothing is written."));
    const QCommandLineOption from(QStringList{QStringLiteral("from")}, tr("The catalogue to copy."), tr("URL"));
    const QCommandLineOption to(QStringList{QStringLiteral("to")}, tr("The empty database or new file to copy into."),
                                tr("URL"));
    parser.addOption(from);
    parser.addOption(to);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("copy"), tr("copy"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().value(1)));
    if (parser.value(from).trimmed().isEmpty() || parser.value(to).trimmed().isEmpty())
        return usageError(tr("copy needs both --from URL and --to URL"));
    const bool terminal = isatty(fileno(stderr)) != 0;
    CopyOptions options;
    if (terminal)
        options.progress = [this](const QString &table, qint64 copied, qint64 total) {
            m_err << u'\r' << tr("%1 of %2 rows copied (%3)").arg(copied).arg(total).arg(table) << Qt::flush;
        };
    auto report = CatalogueCopy::copy(parser.value(from), parser.value(to), options);
    if (terminal)
        m_err << Qt::endl;
    if (!report)
        return failed(report.error().message());
    for (const TableDigest &table : std::as_const(report->tables))
        m_out << tr("%1: %n row(s), digest %2", nullptr, int(table.rows)).arg(table.table, table.digest) << Qt::endl;
    m_out << tr("Copied %1 into %2: %n row(s) in %3 tables, checked on both sides.", nullptr, int(report->rows()))
                     .arg(oneLine(report->from), oneLine(report->to))
                     .arg(report->tables.size())
          << Qt::endl;
    return 0;
}

} // namespace Catalogue

namespace Catalogue {

int CommandLine::users(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("catalogue users add NAME --role manager|clerk|reader [--password-stdin] --db URL\n"
               "catalogue users list --db URL\n"
               "catalogue users remove NAME --db URL\n\n"
               "Who may do what on a catalogue on a PostgreSQL server, enforced by the server itself: a manager "
               "changes everything and runs migrations; a clerk records sales, receipts and returns but cannot "
               "change books or prices; a reader only reads. Run it as the database's owner (or a role that may "
               "create roles). A SQLite file has no users."));
    const QCommandLineOption db(QStringList{QStringLiteral("db")}, tr("The catalogue's database."), tr("URL"));
    const QCommandLineOption role(QStringList{QStringLiteral("role")}, tr("add: manager, clerk or reader."),
                                  tr("ROLE"));
    const QCommandLineOption passwordStdin(QStringList{QStringLiteral("password-stdin")},
                                           tr("add: read the new user's password from the first line of the standard "
                                              "input."));
    parser.addOption(db);
    parser.addOption(role);
    parser.addOption(passwordStdin);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("users"), tr("add, list or remove"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const qsizetype wanted = action == u"list" ? 2 : 3;
    if ((action != u"add" && action != u"list" && action != u"remove") || positional.size() != wanted)
        return usageError(tr("users needs one of: add NAME --role ROLE, list, remove NAME"));
    if (parser.value(db).trimmed().isEmpty())
        return usageError(tr("--db needs a database URL (a SQLite file, sqlite:FILE or postgres://...)"));
    std::optional<Role> chosen;
    if (action == u"add") {
        chosen = roleFromName(parser.value(role));
        if (!chosen)
            return usageError(tr("--role is manager, clerk or reader, not '%1'").arg(parser.value(role)));
    }
    auto catalogue = Catalogue::open(parser.value(db), Catalogue::Missing::Refuse);
    if (!catalogue)
        return failed(catalogue.error().message());
    const Users users(*catalogue);
    if (action == u"list") {
        auto list = users.list();
        if (!list)
            return failed(list.error().message());
        for (const User &user : std::as_const(*list))
            m_out << user.name << u'\t' << roleName(user.role) << Qt::endl;
        return 0;
    }
    const QString name = positional.at(2);
    if (action == u"remove") {
        if (auto r = users.remove(name); !r)
            return failed(r.error().message());
        m_out << tr("Removed %1 from %2.").arg(name, catalogue->database().displayUrl()) << Qt::endl;
        return 0;
    }
    QString password;
    if (parser.isSet(passwordStdin)) {
        QTextStream in(stdin);
        password = in.readLine();
        if (password.isEmpty())
            return usageError(tr("--password-stdin: the standard input holds no password"));
    }
    if (auto r = users.add(name, *chosen, password); !r)
        return failed(r.error().message());
    m_out << tr("%1 is now a %2 of %3.").arg(name, roleName(*chosen), catalogue->database().displayUrl()) << Qt::endl;
    return 0;
}

} // namespace Catalogue
