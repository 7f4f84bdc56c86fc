#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Catalogue {

QString Catalogue::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("catalogue.db"));
}

Orm::Result<Catalogue> Catalogue::openDefault()
{
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    return open(defaultUrl(), Missing::Create);
}

Orm::Result<Catalogue> Catalogue::open(const QString &url, Missing missing)
{
    if (missing == Missing::Refuse && !url.startsWith(QStringLiteral("postgres"))) {
        // Opening a SQLite file creates it: check first, so that a mistyped path leaves nothing behind.
        QString path = url;
        if (path.startsWith(QStringLiteral("sqlite:")))
            path = path.mid(7);
        if (path != u":memory:" && !QFileInfo::exists(path))
            return Orm::fail(Orm::Error::Kind::Connection,
                             tr("no catalogue at %1 (create one with: catalogue init)").arg(path));
    }
    auto database = Orm::Database::open(url);
    if (!database)
        return std::unexpected(database.error());
    Catalogue catalogue;
    catalogue.m_database = *database;
    auto livres = Livre::define(catalogue.m_database);
    if (!livres)
        return std::unexpected(livres.error());
    catalogue.m_livres = *livres;

    auto tables = catalogue.m_database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    if (!tables->contains(Livre::tableName)) {
        if (missing == Missing::Refuse)
            return Orm::fail(Orm::Error::Kind::Database,
                             tr("%1 is not a catalogue: it has no %2 table (create one with: catalogue init)")
                                     .arg(catalogue.m_database.displayUrl(), Livre::tableName));
        auto created = catalogue.init();
        if (!created)
            return std::unexpected(created.error());
    }
    if (auto r = catalogue.setUpRelations(); !r)
        return std::unexpected(r.error());
    return catalogue;
}

Orm::Migrator Catalogue::migrator() const
{
    return Orm::Migrator(m_database, migrations());
}

Orm::Result<Orm::MigrationReport> Catalogue::init()
{
    auto tables = m_database.tables();
    if (!tables)
        return std::unexpected(tables.error());
    auto report = migrator().up({}, tables->isEmpty() ? Orm::Backup::Skip : Orm::Backup::Take);
    if (!report)
        return report;
    if (auto r = setUpRelations(); !r)
        return std::unexpected(r.error());
    return report;
}

Orm::Result<Summary> Catalogue::summary() const
{
    using namespace Orm;
    Summary s;
    s.location = m_database.displayUrl();
    auto rows = m_livres.findAll({.attributes = {fn::count(Expr::star()).as(QStringLiteral("books")),
                                                 fn::sum(col(Livre::Quantite)).as(QStringLiteral("copies")),
                                                 fn::countDistinct(col(Livre::Genre)).as(QStringLiteral("genres")),
                                                 fn::min(col(Livre::Annee)).as(QStringLiteral("firstYear")),
                                                 fn::max(col(Livre::Annee)).as(QStringLiteral("lastYear"))}});
    if (!rows)
        return std::unexpected(rows.error());
    const Instance totals = rows->value(0);
    s.books = totals.get(QStringLiteral("books")).toLongLong();
    s.copies = totals.get(QStringLiteral("copies")).toLongLong();
    s.genres = totals.get(QStringLiteral("genres")).toLongLong();
    s.firstYear = totals.get(QStringLiteral("firstYear"));
    s.lastYear = totals.get(QStringLiteral("lastYear"));
    auto raw = m_database.query(QStringLiteral("SELECT SUM(\"Prix\" * \"Quantite\") FROM \"Livres\""));
    if (!raw)
        return std::unexpected(raw.error());
    s.stockValue = raw->rows.value(0).value(0).toDouble();
    return s;
}

Orm::Result<QList<Catalogue::Problem>> Catalogue::problems() const
{
    auto books = m_livres.findAll({.order = {Orm::asc(Livre::Id)}});
    if (!books)
        return std::unexpected(books.error());
    QList<Problem> found;
    for (Orm::Instance &book : *books) {
        auto checked = book.validate(Orm::Instance::Scope::All);
        if (!checked && checked.error().kind() == Orm::Error::Kind::Validation)
            found.append({book.get(Livre::Id), checked.error().items()});
        else if (!checked)
            return std::unexpected(checked.error());
    }
    return found;
}

} // namespace Catalogue
