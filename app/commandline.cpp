#include "commandline.h"

#include <catalogue/catalogue.h>
#include <catalogue/migrations.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

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
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Book catalogue manager. Without arguments, it opens the catalogue "
                                        "window.\n\n"
                                        "Commands:\n"
                                        "  info    print a summary of the catalogue (the default with options)\n"
                                        "  init    create a new catalogue, or bring an existing one up to date\n"
                                        "  migrate status|up|down   list, run or undo the catalogue's migrations\n"
                                        "  check   look for damage (SQLite's integrity_check) and books breaking "
                                        "the rules\n"
                                        "  backup FILE   copy a SQLite catalogue into FILE, consistent, even while "
                                        "it is in use"));
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
    parser.addPositionalArgument(QStringLiteral("command"), tr("info, init, migrate, check or backup"),
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
