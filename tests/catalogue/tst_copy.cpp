#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/copy.h>
#include <catalogue/identifiants.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <orm/fulltextindex.h>
#include <orm/model.h>

#include <QBuffer>
#include <QImage>
#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
using Catalogue::CatalogueCopy;
using Catalogue::Movement;

namespace {

QVariantMap book(int i)
{
    return {{Livre::Nom, u"Livre n°%1 « l'été »"_s.arg(i)},
            {Livre::Presentation, u"Présentation %1\nsur deux lignes"_s.arg(i)},
            {Livre::Description, i % 3 == 0 ? QVariant() : QVariant(u"Description %1"_s.arg(i))},
            {Livre::Prix, 5.0 + i / 7.0},
            {Livre::Genre, i % 2 ? u"Roman"_s : u"Essai"_s},
            {Livre::Auteur, u"Auteur %1, Autrice %2"_s.arg(i % 4).arg(i % 5)},
            {Livre::Quantite, 0},
            {Livre::Annee, 1950 + i},
            {Livre::NbPages, 100 + i},
            {Livre::Ventes, 0},
            {Livre::Arriere, u""_s},
            {Livre::Dos, u""_s}};
}

QByteArray png(int seed)
{
    QImage image(7 + seed, 5, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(20 * seed % 256, 100, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The rows of a table as text, sorted: for comparing two SQLite files, read with SQL the copy never used.
QStringList rowsOf(const Database &db, const QString &table)
{
    auto rows = db.query(u"SELECT * FROM "_s + Dialect::quote(table));
    if (!rows)
        return {rows.error().toString()};
    QStringList lines;
    for (const QVariantList &row : std::as_const(rows->rows)) {
        QStringList values;
        for (const QVariant &v : row)
            values << (v.isNull()                                    ? u"NULL"_s
                               : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                     : v.toString());
        lines << values.join(u" | "_s);
    }
    lines.sort();
    return lines;
}

const QStringList copiedTables = {u"Livres"_s,      u"Auteurs"_s,      u"LivresAuteurs"_s, u"MouvementsStock"_s,
                                  u"Couvertures"_s, u"Identifiants"_s, u"SequelizeMeta"_s, u"SequelizeMetaTimes"_s};

// The seed's own DDL for its table (Sequelize 6 on SQLite), and two books as its code stores them.
const QString seedSqliteDdl =
        u"CREATE TABLE IF NOT EXISTS `Livres` (`ID` INTEGER PRIMARY KEY AUTOINCREMENT, `Nom` VARCHAR(255), "
        u"`NomSansEspaces` VARCHAR(255) NOT NULL, `Presentation` VARCHAR(10000) NOT NULL, `Description` VARCHAR(255), "
        u"`Couverture` VARCHAR(255), `Prix` FLOAT, `Genre` VARCHAR(255), `Accroche` VARCHAR(255), `Lien` "
        u"VARCHAR(255), `Auteur` VARCHAR(255), `Edition` VARCHAR(255), `Quantite` INTEGER, `Annee` INTEGER NOT NULL, "
        u"`NbPages` INTEGER NOT NULL, `Ventes` FLOAT NOT NULL, `Arriere` VARCHAR(255) NOT NULL, `Dos` VARCHAR(255) "
        u"NOT NULL);"_s;

} // namespace

// catalogue copy: every table between SQLite and PostgreSQL both ways, checked, refused into a non-empty target.
class TestCopy : public QObject
{
    Q_OBJECT

private:
    // A catalogue with a bit of everything: books (a gap in their IDs), contributors, stock movements, covers,
    // identifiers.
    void fill(const QString &url, QStringList *coverRefs = nullptr)
    {
        auto opened = Catalogue::Catalogue::open(url, Catalogue::Catalogue::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        Catalogue::Catalogue c = *opened;
        QVariantList ids;
        for (int i = 1; i <= 12; ++i) {
            auto created = c.livres().create(book(i));
            QVERIFY2(created, Test::why(created));
            ids << created->get(Livre::Id);
        }
        QVERIFY2(c.removeBook(ids.takeAt(4)), "remove"); // a gap in the IDs: they are kept, not renumbered
        auto set =
                c.setContributors(ids.at(0), {{u"Victor Hugo"_s, u"auteur"_s}, {u"Émile Bayard"_s, u"illustrateur"_s}});
        QVERIFY2(set, Test::why(set));
        set = c.setContributors(ids.at(1), {{u"Victor Hugo"_s, u"auteur"_s}});
        QVERIFY2(set, Test::why(set));
        for (const auto &[index, kind, quantity] :
             {std::tuple{0, Movement::Receipt, 10}, std::tuple{0, Movement::Sale, 3},
              std::tuple{2, Movement::Receipt, 4}}) {
            auto moved = c.recordMovement(ids.at(index), kind, quantity, u"note"_s);
            QVERIFY2(moved, Test::why(moved));
        }
        for (int i = 0; i < 3; ++i) {
            auto ref = c.storeCover(png(i));
            QVERIFY2(ref, Test::why(ref));
            if (coverRefs)
                *coverRefs << *ref;
            auto updated = c.updateBook(ids.at(i), {{Livre::Couverture, *ref}});
            QVERIFY2(updated, Test::why(updated));
        }
        auto isbn = c.identifiants().create({{Catalogue::Identifiant::LivreId, ids.at(0)},
                                             {Catalogue::Identifiant::Type, Catalogue::Identifiant::Isbn13},
                                             {Catalogue::Identifiant::Valeur, u"9782070408504"_s}});
        QVERIFY2(isbn, Test::why(isbn));
        c.database().close();
    }

    QString newFile(const QString &name) { return u"sqlite:"_s + m_dir.filePath(name); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyTable_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("sqlite to sqlite") << u"sqlite"_s << u"sqlite"_s;
        if (!Test::postgresAdminUrl().isEmpty() || Test::isCi()) {
            QTest::newRow("sqlite to postgres") << u"sqlite"_s << u"postgres"_s;
            QTest::newRow("postgres to sqlite") << u"postgres"_s << u"sqlite"_s;
            QTest::newRow("postgres to postgres") << u"postgres"_s << u"postgres"_s;
        } else {
            qWarning("CATALOGUE_TEST_PG_URL is not set: the PostgreSQL copies are NOT tested");
        }
    }

    void everyTable()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        Test::TestDatabase source(from);
        QVERIFY2(source.error().isEmpty(), qPrintable(source.error()));
        Test::TestDatabase target(to);
        QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
        QStringList covers;
        fill(source.url(), &covers);
        if (QTest::currentTestFailed())
            return;
        qint64 lastProgress = 0;
        qint64 progressTotal = 0;
        auto report = CatalogueCopy::copy(source.url(), target.url(),
                                          {.progress =
                                                   [&](const QString &, qint64 copied, qint64 total) {
                                                       QVERIFY(copied > lastProgress);
                                                       lastProgress = copied;
                                                       progressTotal = total;
                                                   },
                                           .batchSize = 4});
        QVERIFY2(report, Test::why(report));
        QVERIFY(!report->cancelled);
        QStringList tables;
        for (const Catalogue::TableDigest &t : std::as_const(report->tables))
            tables << t.table;
        QCOMPARE(tables, copiedTables);
        QCOMPARE(report->migrations.size(), Catalogue::migrations().size()); // every one the source ran
        QCOMPARE(lastProgress, report->rows());
        QCOMPARE(progressTotal, report->rows());
        QCOMPARE(report->tables.at(0).rows, 11);
        QCOMPARE(report->tables.at(3).rows, 3); // two receipts and a sale
        QCOMPARE(report->tables.at(4).rows, 3);

        // Both sides, digested again from scratch, agree with each other and with the report.
        auto before = CatalogueCopy::digests(source.url());
        auto after = CatalogueCopy::digests(target.url());
        QVERIFY2(before, Test::why(before));
        QVERIFY2(after, Test::why(after));
        QCOMPARE(after->size(), copiedTables.size());
        for (qsizetype i = 0; i < after->size(); ++i) {
            QCOMPARE(after->at(i).table, before->at(i).table);
            QCOMPARE(after->at(i).rows, before->at(i).rows);
            QCOMPARE(after->at(i).digest, before->at(i).digest);
            QCOMPARE(after->at(i).digest, report->tables.at(i).digest);
        }

        // The copy is a catalogue like any: up to date, writable, its covers byte for byte, its search index full,
        // and its next book gets an ID past every copied one (IDs 1 to 12, 5 deleted: 13).
        source.database().close();
        auto copy = Catalogue::Catalogue::open(target.url(), Catalogue::Catalogue::Missing::Refuse,
                                               Catalogue::Catalogue::Pending::ReadOnly);
        QVERIFY2(copy, Test::why(copy));
        QVERIFY(!copy->database().isReadOnly());
        QCOMPARE(copy->pendingMigrations().value_or(QStringList{u"error"_s}), QStringList());
        for (int i = 0; i < covers.size(); ++i)
            QCOMPARE(copy->coverData(covers.at(i)).value_or(QByteArray()), png(i));
        auto index = FullTextIndex::find(copy->database(), Livre::tableName);
        QVERIFY2(index && !index->isNull(), Test::why(index));
        auto found = index->keys(u"livre 7"_s);
        QVERIFY2(found, Test::why(found));
        QCOMPARE(found->size(), size_t(1));
        auto created = copy->livres().create(book(60));
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->get(Livre::Id).toLongLong(), 13);
        auto movement = copy->recordMovement(created->get(Livre::Id), Movement::Receipt, 2);
        QVERIFY2(movement, Test::why(movement));
        QCOMPARE(movement->get(u"id"_s).toLongLong(), 4); // three copied
        auto person = copy->auteurs().create({{u"Nom"_s, u"Quelqu'un"_s}});
        QVERIFY2(person, Test::why(person));
        copy->database().close();
    }

    void refusesTargetThatIsNotEmpty_data() { everyTable_data(); }
    void refusesTargetThatIsNotEmpty()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        Test::TestDatabase source(from);
        Test::TestDatabase target(to);
        QVERIFY(source.error().isEmpty() && target.error().isEmpty());
        fill(source.url());
        {
            auto existing = Catalogue::Catalogue::open(target.url(), Catalogue::Catalogue::Missing::Create);
            QVERIFY2(existing, Test::why(existing));
            QVERIFY(existing->livres().create(book(1)));
            existing->database().close();
        }
        auto before = CatalogueCopy::digests(target.url());
        QVERIFY2(before, Test::why(before));
        auto report = CatalogueCopy::copy(source.url(), target.url());
        QVERIFY(!report);
        QVERIFY2(report.error().message().contains(u"is not empty"_s), qPrintable(report.error().message()));
        auto after = CatalogueCopy::digests(target.url());
        QVERIFY2(after, Test::why(after));
        QCOMPARE(after->size(), before->size());
        for (qsizetype i = 0; i < after->size(); ++i)
            QCOMPARE(after->at(i).digest, before->at(i).digest);
        QCOMPARE(after->at(0).rows, 1);
    }

    // An empty target that holds nothing but a table of someone else is refused too, and kept as it was.
    void refusesTargetWithAnyTable()
    {
        Test::TestDatabase source(u"sqlite"_s);
        Test::TestDatabase target(u"sqlite"_s);
        fill(source.url());
        QVERIFY(target.database().query(u"CREATE TABLE Notes (x INTEGER)"_s));
        auto report = CatalogueCopy::copy(source.url(), target.url());
        QVERIFY(!report);
        QVERIFY2(report.error().message().contains(u"Notes"_s), qPrintable(report.error().message()));
        QCOMPARE(target.database().tables().value_or(QStringList()), QStringList{u"Notes"_s});
    }

    void roundTripThroughPostgres()
    {
        if (Test::postgresAdminUrl().isEmpty() && !Test::isCi())
            QSKIP("no PostgreSQL test server (CATALOGUE_TEST_PG_URL); in CI this runs");
        const QString original = newFile(u"original.db"_s);
        const QString back = newFile(u"back.db"_s);
        fill(original);
        Test::TestDatabase server(u"postgres"_s);
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        auto there = CatalogueCopy::copy(original, server.url());
        QVERIFY2(there, Test::why(there));
        auto home = CatalogueCopy::copy(server.url(), back);
        QVERIFY2(home, Test::why(home));
        auto a = Database::open(original, {.access = Access::ReadOnly});
        auto b = Database::open(back, {.access = Access::ReadOnly});
        QVERIFY(a && b);
        for (const QString &table : copiedTables) {
            QCOMPARE(rowsOf(*b, table), rowsOf(*a, table));
        }
        // The covers' bytes, compared as bytes.
        QCOMPARE(rowsOf(*b, u"Couvertures"_s), rowsOf(*a, u"Couvertures"_s));
        a->close();
        b->close();
    }

    // A file made by the seed's code: Livres alone, no migration record. It copies, and stays that.
    void seedFile_data() { everyTable_data(); }
    void seedFile()
    {
        QFETCH(QString, to);
        QFETCH(QString, from);
        if (from != u"sqlite")
            return; // the seed's code makes SQLite files here
        const QString seed = newFile(u"seed-%1.db"_s.arg(to));
        {
            auto db = Database::open(seed);
            QVERIFY(db);
            QVERIFY(db->query(seedSqliteDdl));
            QVERIFY(db->query(u"INSERT INTO Livres (Nom, NomSansEspaces, Presentation, Prix, Quantite, Annee, NbPages, "
                              "Ventes, Arriere, Dos) VALUES ('Le Petit Prince', 'LePetitPrince', 'Un conte', 9.5, 3, "
                              "1943, 96, 12, 'a.jpg', 'd.jpg'), ('Vendredi', 'Vendredi', 'Un roman', NULL, NULL, 1967, "
                              "250, 0, '', '')"_s));
            QVERIFY(db->query(u"DELETE FROM Livres WHERE ID = 1"_s));
            QVERIFY(db->query(u"INSERT INTO Livres (ID, Nom, NomSansEspaces, Presentation, Annee, NbPages, Ventes, "
                              "Arriere, Dos) VALUES (40, 'Quarante', 'Quarante', '', -5, 0, 1.25, '', '')"_s));
            db->close();
        }
        Test::TestDatabase target(to);
        QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
        auto report = CatalogueCopy::copy(seed, target.url());
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->tables.size(), 1);
        QCOMPARE(report->tables.at(0).rows, 2);
        QVERIFY(report->migrations.isEmpty());
        QCOMPARE(target.database().tables().value_or(QStringList()), QStringList{u"Livres"_s});
        auto rows =
                target.database().query(u"SELECT \"ID\", \"Nom\", \"Prix\", \"Annee\" FROM \"Livres\" ORDER BY 1"_s);
        QVERIFY(rows);
        QCOMPARE(rows->rows.size(), 2);
        QCOMPARE(rows->rows.at(0).at(0).toInt(), 2);
        QVERIFY(rows->rows.at(0).at(2).isNull());
        QCOMPARE(rows->rows.at(1).at(0).toInt(), 40);
        QCOMPARE(rows->rows.at(1).at(3).toInt(), -5); // a row that breaks a rule is copied as it is
        auto next = target.database().query(u"INSERT INTO \"Livres\" (\"NomSansEspaces\", \"Presentation\", \"Annee\", "
                                            "\"NbPages\", \"Ventes\", \"Arriere\", \"Dos\") VALUES ('', '', 1, 1, 0, "
                                            "'', '') RETURNING \"ID\""_s);
        QVERIFY2(next, Test::why(next));
        QCOMPARE(next->rows.value(0).value(0).toInt(), 41);
    }

    void cancelWritesNothing_data() { everyTable_data(); }
    void cancelWritesNothing()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        Test::TestDatabase source(from);
        QVERIFY(source.error().isEmpty());
        fill(source.url());
        std::atomic_bool cancel{false};
        const auto cancelling = [&](const QString &table, qint64, qint64) {
            if (table == u"MouvementsStock")
                cancel = true;
        };
        if (to == u"sqlite") {
            const QString file = m_dir.filePath(u"cancelled-%1.db"_s.arg(from));
            auto report = CatalogueCopy::copy(source.url(), u"sqlite:"_s + file,
                                              {.progress = cancelling, .cancel = &cancel, .batchSize = 2});
            QVERIFY2(report, Test::why(report));
            QVERIFY(report->cancelled);
            QVERIFY(!QFileInfo::exists(file)); // the new file it made is gone
        } else {
            Test::TestDatabase target(to);
            auto report = CatalogueCopy::copy(source.url(), target.url(), {.progress = cancelling, .cancel = &cancel});
            QVERIFY2(report, Test::why(report));
            QVERIFY(report->cancelled);
            QCOMPARE(target.database().tables().value_or(QStringList{u"error"_s}), QStringList());
        }
    }

    void refusesWhatIsNotACatalogue()
    {
        Test::TestDatabase source(u"sqlite"_s);
        QVERIFY(source.database().query(u"CREATE TABLE Clients (id INTEGER PRIMARY KEY)"_s));
        const QString file = m_dir.filePath(u"never.db"_s);
        auto report = CatalogueCopy::copy(source.url(), u"sqlite:"_s + file);
        QVERIFY(!report);
        QVERIFY(!QFileInfo::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestCopy)
#include "tst_copy.moc"
