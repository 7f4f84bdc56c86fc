#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <catalogue/migrations.h>
#include <orm/fulltextindex.h>
#include <orm/model.h>
#include <orm/schema.h>

#include <QRandomGenerator>
#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
namespace Mouvement = Catalogue::MouvementStock;
using Catalogue::Contributor;
using Catalogue::Movement;

namespace {

QVariantMap book(int i, const QVariant &auteur, const QVariant &quantite = 0)
{
    return {{Livre::Nom, u"Livre %1"_s.arg(i)},
            {Livre::Presentation, u"Présentation %1"_s.arg(i)},
            {Livre::Prix, 10.0},
            {Livre::Auteur, auteur},
            {Livre::Quantite, quantite},
            {Livre::Annee, 2000},
            {Livre::NbPages, 100},
            {Livre::Ventes, 0},
            {Livre::Arriere, u"arriere/%1.jpg"_s.arg(i)},
            {Livre::Dos, u"dos/%1.jpg"_s.arg(i)}};
}

QStringList names(const QList<Contributor> &contributors)
{
    QStringList list;
    for (const Contributor &c : contributors)
        list << c.name + u':' + c.role;
    return list;
}

// The rows of a table as text, sorted, to compare a table before and after.
QStringList rowsOf(const Database &db, const QString &table)
{
    auto rows = db.query(u"SELECT * FROM "_s + Dialect::quote(table));
    QStringList lines;
    if (!rows)
        return {rows.error().toString()};
    for (const QVariantList &row : std::as_const(rows->rows)) {
        QStringList values;
        for (const QVariant &v : row)
            values << (v.isNull() ? u"NULL"_s : v.toString());
        lines << values.join(u" | "_s);
    }
    lines.sort();
    return lines;
}

} // namespace

// The catalogue's related tables: contributors kept in step with Livres.Auteur, stock movements kept in step with
// Livres.Quantite, and the migration that builds them for an existing catalogue.
class TestCatalogue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    std::optional<Catalogue::Catalogue> m_catalogue;

    Catalogue::Catalogue &catalogue() { return *m_catalogue; }

    QVariant addBook(int i, const QVariant &auteur, const QVariant &quantite = 0)
    {
        auto created = catalogue().livres().create(book(i, auteur, quantite));
        if (!created)
            qWarning("%s", qPrintable(created.error().toString()));
        return created ? created->get(Livre::Id) : QVariant();
    }

    qint64 stockOf(const QVariant &id)
    {
        auto livre = catalogue().livres().findByPk(id);
        return livre && !livre->isNull() ? livre->get(Livre::Quantite).toLongLong() : -1;
    }

    qint64 movementsSum(const QVariant &id)
    {
        auto sum = catalogue().mouvements().sum(Mouvement::Quantite,
                                                {.where = col(Mouvement::LivreId) == Expr::fromValue(id)});
        return sum ? sum->toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        auto opened = Catalogue::Catalogue::open(m_db->url(), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        m_catalogue = *opened;
        QVERIFY(catalogue().hasRelatedTables());
    }

    void cleanup()
    {
        m_catalogue.reset();
        m_db.reset();
    }

    // A catalogue reopened from its file trusts the triggers its own migrations wrote (the search index is kept
    // current by them); one with a trigger from elsewhere opens read-only.
    void reopenedCatalogueTrustsOnlyItsOwnSchema()
    {
        QFETCH_GLOBAL(QString, dialect);
        auto reopened = Catalogue::Catalogue::open(m_db->url(), Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(reopened, Test::why(reopened));
        QVERIFY(!reopened->database().isReadOnly());
        auto created = reopened->livres().create(book(1, u"Hugo"_s));
        QVERIFY2(created, Test::why(created)); // goes through the search index's triggers
        auto index = FullTextIndex::find(reopened->database(), Livre::tableName);
        QVERIFY2(index && !index->isNull(), Test::why(index));
        QCOMPARE(*index->count(u"livre"_s), 1);
        if (dialect != u"sqlite")
            return;
        auto planted =
                reopened->database().query(u"CREATE TRIGGER planted AFTER INSERT ON \"Livres\" BEGIN SELECT 1; END"_s);
        QVERIFY2(planted, Test::why(planted));
        reopened->database().close();
        auto wary = Catalogue::Catalogue::open(m_db->url(), Catalogue::Catalogue::Missing::Refuse);
        QVERIFY2(wary, Test::why(wary));
        QVERIFY(wary->database().isReadOnly());
        QVERIFY2(wary->database().readOnlyReason().contains(u"triggers or views"_s),
                 qPrintable(wary->database().readOnlyReason()));
        auto refused = wary->livres().create(book(2, u"Dumas"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::ReadOnly);
    }

    // Verify::Later (the window): everything but the pass over the pages is checked as it opens; a SQLite file opens
    // read-only until checkPages() passed and finishCheck() is told, then writes (and its search index's triggers
    // run: the schema is trusted as with Verify::Now). A failed check keeps it read-only, saying it is damaged.
    void pagesCheckedLaterAllowWritesOnceTheyPass()
    {
        QFETCH_GLOBAL(QString, dialect);
        QVERIFY(catalogue().livres().create(book(1, u"Hugo"_s)));
        catalogue().database().close();
        using C = Catalogue::Catalogue;
        auto opened = C::open(m_db->url(), C::Missing::Refuse, C::Pending::Writable, C::Verify::Later);
        QVERIFY2(opened, Test::why(opened));
        if (dialect != u"sqlite") {
            QVERIFY(opened->isChecked()); // a server checks its own pages
            QVERIFY(!opened->database().isReadOnly());
            return;
        }
        QVERIFY(!opened->isChecked());
        QVERIFY(opened->database().isReadOnly());
        QVERIFY(opened->database().readOnlyReason().contains(u"being checked"_s));
        QCOMPARE(opened->livres().count().value_or(-1), 1); // browsing works meanwhile
        auto refused = opened->livres().create(book(2, u"Dumas"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::ReadOnly);
        const Status pages = C::checkPages(m_db->url());
        QVERIFY2(pages, Test::why(pages));
        const C copy = *opened; // copies of the handle share the outcome
        QVERIFY(opened->finishCheck(pages));
        QVERIFY(copy.isChecked());
        QVERIFY(!copy.database().isReadOnly());
        auto created = copy.livres().create(book(2, u"Dumas"_s));
        QVERIFY2(created, Test::why(created));
        auto index = FullTextIndex::find(copy.database(), Livre::tableName);
        QVERIFY2(index && !index->isNull(), Test::why(index));
        QCOMPARE(*index->count(u"livre"_s), 2);

        // Told that the check failed: read-only, and why.
        copy.database().close();
        auto damaged = C::open(m_db->url(), C::Missing::Refuse, C::Pending::Writable, C::Verify::Later);
        QVERIFY2(damaged, Test::why(damaged));
        const Status found = Orm::fail(Error::Kind::Connection, u"SQLite's quick_check found: page 7 is never used"_s);
        QVERIFY(damaged->finishCheck(found));
        QVERIFY(damaged->isChecked());
        QVERIFY(damaged->database().isReadOnly());
        QVERIFY(damaged->database().readOnlyReason().contains(u"damaged"_s));
        QVERIFY(!damaged->livres().create(book(3, u"Sand"_s)));
    }

    void splitAuthors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one") << u"Victor Hugo"_s << QStringList{u"Victor Hugo"_s};
        QTest::newRow("comma") << u"Hugo, Dumas"_s << QStringList{u"Hugo"_s, u"Dumas"_s};
        QTest::newRow("ampersand") << u"Goscinny & Uderzo"_s << QStringList{u"Goscinny"_s, u"Uderzo"_s};
        QTest::newRow("et") << u"Boileau et Narcejac"_s << QStringList{u"Boileau"_s, u"Narcejac"_s};
        QTest::newRow("and") << u"Pratchett and Gaiman"_s << QStringList{u"Pratchett"_s, u"Gaiman"_s};
        QTest::newRow("slash") << u"Lee/Kirby"_s << QStringList{u"Lee"_s, u"Kirby"_s};
        QTest::newRow("mixed, spaces, repeats")
                << u"  A.  Dumas ,Maquet &  A. Dumas / "_s << QStringList{u"A. Dumas"_s, u"Maquet"_s};
        QTest::newRow("word containing et") << u"Hergé"_s << QStringList{u"Hergé"_s};
        QTest::newRow("name starting with And") << u"Andersen, Anderson"_s << QStringList{u"Andersen"_s, u"Anderson"_s};
        QTest::newRow("empty") << u"  "_s << QStringList{};
        QTest::newRow("ET in capitals") << u"Boileau ET Narcejac"_s << QStringList{u"Boileau"_s, u"Narcejac"_s};
        QTest::newRow("et without spaces") << u"Jean-et-Paul Dupont"_s << QStringList{u"Jean-et-Paul Dupont"_s};
        QTest::newRow("tabs and double spaces") << u"\tVictor  Hugo "_s << QStringList{u"Victor Hugo"_s};
        QTest::newRow("words beginning with et and and") << u"Etienne Andrieu"_s << QStringList{u"Etienne Andrieu"_s};
    }

    void splitAuthors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(Catalogue::splitAuthors(text), expected);
    }

    void contributorsFollowTheAuteurText()
    {
        const QVariant id = addBook(1, u"Goscinny & Uderzo"_s);
        QVERIFY(id.isValid());
        auto contributors = catalogue().contributors(id);
        QVERIFY2(contributors, Test::why(contributors));
        QCOMPARE(names(*contributors), (QStringList{u"Goscinny:auteur"_s, u"Uderzo:auteur"_s}));

        // Editing the text changes the authors; a person already known is reused.
        const QVariant other = addBook(2, u"Uderzo"_s);
        auto livre = catalogue().livres().findByPk(id);
        QVERIFY(livre && !livre->isNull());
        QVERIFY(livre->update({{Livre::Auteur, u"René Goscinny, Albert Uderzo"_s}}));
        contributors = catalogue().contributors(id);
        QVERIFY(contributors);
        QCOMPARE(names(*contributors), (QStringList{u"René Goscinny:auteur"_s, u"Albert Uderzo:auteur"_s}));
        auto people = catalogue().auteurs().count();
        QVERIFY(people);
        QCOMPARE(*people, 4); // Goscinny, Uderzo, René Goscinny, Albert Uderzo: each name once
        auto otherContributors = catalogue().contributors(other);
        QVERIFY(otherContributors);
        QCOMPARE(names(*otherContributors), QStringList{u"Uderzo:auteur"_s});
    }

    void setContributorsUpdatesTheText()
    {
        const QVariant id = addBook(1, u"Goscinny & Uderzo"_s);
        // A translator added, the same authors: the text keeps its own spelling.
        auto set =
                catalogue().setContributors(id, {{u"Goscinny"_s}, {u"Uderzo"_s}, {u"Anthea Bell"_s, u"traducteur"_s}});
        QVERIFY2(set, Test::why(set));
        auto livre = catalogue().livres().findByPk(id);
        QCOMPARE(livre->get(Livre::Auteur).toString(), u"Goscinny & Uderzo"_s);
        auto contributors = catalogue().contributors(id);
        QCOMPARE(names(*contributors),
                 (QStringList{u"Goscinny:auteur"_s, u"Uderzo:auteur"_s, u"Anthea Bell:traducteur"_s}));

        // Other authors: the text follows them, in order.
        set = catalogue().setContributors(id, {{u"Uderzo"_s}, {u"Anthea Bell"_s, u"traducteur"_s}, {u"Goscinny"_s}});
        QVERIFY2(set, Test::why(set));
        livre = catalogue().livres().findByPk(id);
        QCOMPARE(livre->get(Livre::Auteur).toString(), u"Uderzo, Goscinny"_s);

        // Through the association: the book's Auteurs with their roles.
        auto included = catalogue().livres().findByPk(
                id, {.include = {{.as = u"Auteurs"_s, .order = {asc(u"LivreAuteur.Ordre"_s)}}}});
        QVERIFY2(included, Test::why(included));
        const QList<Instance> auteurs = included->related(u"Auteurs"_s);
        QCOMPARE(auteurs.size(), 3);
        QCOMPARE(auteurs.at(1).through().get(u"Role"_s).toString(), u"traducteur"_s);

        // A role that does not exist is refused, and nothing changes.
        set = catalogue().setContributors(id, {{u"Quelqu'un"_s, u"relieur"_s}});
        QVERIFY(!set);
        contributors = catalogue().contributors(id);
        QCOMPARE(contributors->size(), 3);
    }

    // Contributions changed through the associations (or the join model) move the text too.
    void associationHelpersKeepTheTextInStep()
    {
        const QVariant id = addBook(1, u"Goscinny & Uderzo"_s);
        auto livre = catalogue().livres().findByPk(id);
        QVERIFY(livre && !livre->isNull());
        const Association auteurs = catalogue().livres().association(u"Auteurs"_s);
        QVERIFY(auteurs.isValid());
        auto morris = catalogue().auteurs().create({{Catalogue::Auteur::Nom, u"Morris"_s}});
        QVERIFY2(morris, Test::why(morris));
        auto added = auteurs.add(*livre, *morris, {{Catalogue::Contribution::Ordre, 5}});
        QVERIFY2(added, Test::why(added));
        auto text = catalogue().livres().findByPk(id);
        QCOMPARE(text->get(Livre::Auteur).toString(), u"Goscinny, Uderzo, Morris"_s);

        auto goscinny = catalogue().auteurs().findOne({.where = col(Catalogue::Auteur::Nom) == u"Goscinny"_s});
        QVERIFY(goscinny && !goscinny->isNull());
        auto removed = auteurs.remove(*livre, *goscinny);
        QVERIFY2(removed, Test::why(removed));
        text = catalogue().livres().findByPk(id);
        QCOMPARE(text->get(Livre::Auteur).toString(), u"Uderzo, Morris"_s);

        // A translator is no author: the text stays.
        auto bell = catalogue().auteurs().create({{Catalogue::Auteur::Nom, u"Anthea Bell"_s}});
        QVERIFY(auteurs.add(*livre, *bell, {{Catalogue::Contribution::Role, Catalogue::Contribution::Translator}}));
        text = catalogue().livres().findByPk(id);
        QCOMPARE(text->get(Livre::Auteur).toString(), u"Uderzo, Morris"_s);

        auto cleared = auteurs.set(*livre, QList<Instance>{});
        QVERIFY2(cleared, Test::why(cleared));
        text = catalogue().livres().findByPk(id);
        QVERIFY(text->get(Livre::Auteur).isNull());
    }

    void migrationBuildsContributorsAndOpeningBalances()
    {
        // A catalogue of the first two migrations only, with books written directly (as an older version did).
        Database db = m_db->database();
        auto down = catalogue().migrator().down(Catalogue::Migrations::createAuteurs().name, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        QVERIFY(!db.tables()->contains(Catalogue::Auteur::tableName));
        QList<QVariantMap> books;
        const QStringList texts = {u"Hugo"_s, u"Goscinny & Uderzo"_s,   u"Hugo, Dumas"_s,
                                   QString(), u"Boileau et Narcejac"_s, u"Lee/Kirby"_s};
        for (int i = 0; i < texts.size(); ++i) {
            QVariantMap b = book(i, texts.at(i).isNull() ? QVariant() : QVariant(texts.at(i)), i % 3);
            b.insert(Livre::NomSansEspaces, u"Livre%1"_s.arg(i));
            books << b;
        }
        QVERIFY(Schema(db).bulkInsert(Livre::tableName, books));
        const QStringList before = rowsOf(db, Livre::tableName);

        auto up = catalogue().migrator().up({}, Backup::Skip);
        QVERIFY2(up, Test::why(up));
        QCOMPARE(rowsOf(db, Livre::tableName), before); // Livres untouched
        auto people = db.query(u"SELECT \"Nom\" FROM \"Auteurs\" ORDER BY \"id\""_s);
        QVERIFY(people);
        QStringList found;
        for (const QVariantList &row : std::as_const(people->rows))
            found << row.value(0).toString();
        QCOMPARE(found,
                 (QStringList{u"Hugo"_s, u"Goscinny"_s, u"Uderzo"_s, u"Dumas"_s, u"Boileau"_s, u"Narcejac"_s, u"Lee"_s,
                              u"Kirby"_s}));
        auto links = db.query(u"SELECT COUNT(*) FROM \"LivresAuteurs\""_s);
        QCOMPARE(links->rows.value(0).value(0).toInt(), 9);
        auto openings = db.query(u"SELECT \"LivreId\", \"Quantite\", \"Type\" FROM \"MouvementsStock\""_s);
        QVERIFY(openings);
        QCOMPARE(openings->rows.size(), 4); // the books with copies: i % 3 != 0
        auto invariant = db.query(u"SELECT COUNT(*) FROM \"Livres\" l WHERE COALESCE(l.\"Quantite\", 0) <> (SELECT "
                                  u"COALESCE(SUM(m.\"Quantite\"), 0) FROM \"MouvementsStock\" m WHERE m.\"LivreId\" "
                                  u"= l.\"ID\")"_s);
        QVERIFY(invariant);
        QCOMPARE(invariant->rows.value(0).value(0).toInt(), 0);

        // Down removes only what up added.
        down = catalogue().migrator().down(Catalogue::Migrations::createAuteurs().name, Backup::Skip);
        QVERIFY2(down, Test::why(down));
        QCOMPARE(rowsOf(db, Livre::tableName), before);
        auto tables = db.tables();
        QVERIFY(tables);
        QVERIFY(!tables->contains(Catalogue::Auteur::tableName));
        QVERIFY(!tables->contains(Catalogue::Contribution::tableName));
        QVERIFY(!tables->contains(Mouvement::tableName));
    }

    void booksArriveWithAnOpeningBalance()
    {
        const QVariant id = addBook(1, u"Hugo"_s, 7);
        QCOMPARE(movementsSum(id), 7);
        auto created = catalogue().livres().bulkCreate({book(2, u"Dumas"_s, 3), book(3, u"Zola"_s, 0)});
        QVERIFY2(created, Test::why(created));
        QCOMPARE(movementsSum(created->at(0).get(Livre::Id)), 3);
        auto none = catalogue().mouvements().count(
                {.where = col(Mouvement::LivreId) == Expr::fromValue(created->at(1).get(Livre::Id))});
        QCOMPARE(*none, 0);
        auto zola = catalogue().contributors(created->at(1).get(Livre::Id));
        QCOMPARE(names(*zola), QStringList{u"Zola:auteur"_s});

        // A stock set by hand is an adjustment.
        auto livre = catalogue().livres().findByPk(id);
        QVERIFY(livre->update({{Livre::Quantite, 4}}));
        QCOMPARE(movementsSum(id), 4);
        auto adjustment = catalogue().mouvements().findOne(
                {.where = col(Mouvement::LivreId) == Expr::fromValue(id), .order = {desc(Mouvement::Id)}});
        QCOMPARE(adjustment->get(Mouvement::Type).toString(), u"ajustement"_s);
        QCOMPARE(adjustment->get(Mouvement::Quantite).toInt(), -3);
    }

    void movements_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<qint64>("stockAfter");
        QTest::addColumn<double>("salesAfter");
        // The book starts with 5 copies in stock and 2 sold.
        QTest::newRow("receipt") << int(Movement::Receipt) << qint64(10) << true << qint64(15) << 2.0;
        QTest::newRow("sale") << int(Movement::Sale) << qint64(3) << true << qint64(2) << 5.0;
        QTest::newRow("sale of the whole stock") << int(Movement::Sale) << qint64(5) << true << qint64(0) << 7.0;
        QTest::newRow("sale below zero") << int(Movement::Sale) << qint64(6) << false << qint64(5) << 2.0;
        QTest::newRow("return") << int(Movement::Return) << qint64(2) << true << qint64(7) << 0.0;
        QTest::newRow("return of more than sold") << int(Movement::Return) << qint64(3) << false << qint64(5) << 2.0;
        QTest::newRow("adjustment down") << int(Movement::Adjustment) << qint64(-4) << true << qint64(1) << 2.0;
        QTest::newRow("adjustment below zero") << int(Movement::Adjustment) << qint64(-6) << false << qint64(5) << 2.0;
        QTest::newRow("zero copies") << int(Movement::Receipt) << qint64(0) << false << qint64(5) << 2.0;
        QTest::newRow("negative sale") << int(Movement::Sale) << qint64(-1) << false << qint64(5) << 2.0;
        QTest::newRow("opening balance by hand")
                << int(Movement::OpeningBalance) << qint64(1) << false << qint64(5) << 2.0;
    }

    void movements()
    {
        QFETCH(int, kind);
        QFETCH(qint64, quantity);
        QFETCH(bool, accepted);
        QFETCH(qint64, stockAfter);
        QFETCH(double, salesAfter);
        QVariantMap b = book(1, u"Hugo"_s, 5);
        b.insert(Livre::Ventes, 2);
        auto created = catalogue().livres().create(b);
        QVERIFY2(created, Test::why(created));
        const QVariant id = created->get(Livre::Id);
        auto recorded = catalogue().recordMovement(id, Movement(kind), quantity, u"note"_s);
        QVERIFY2(bool(recorded) == accepted, recorded ? "accepted" : qPrintable(recorded.error().toString()));
        if (!accepted) {
            QVERIFY(!recorded.error().message().isEmpty());
            if (quantity > 0 && Movement(kind) != Movement::OpeningBalance)
                QCOMPARE(recorded.error().kind(), Error::Kind::Validation);
        }
        auto livre = catalogue().livres().findByPk(id);
        QCOMPARE(livre->get(Livre::Quantite).toLongLong(), stockAfter);
        QCOMPARE(livre->get(Livre::Ventes).toDouble(), salesAfter);
        QCOMPARE(movementsSum(id), stockAfter);
    }

    void saleBelowZeroSaysWhy()
    {
        const QVariant id = addBook(1, u"Hugo"_s, 2);
        auto refused = catalogue().recordMovement(id, Movement::Sale, 3);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::Validation);
        QCOMPARE(refused.error().fields(), QStringList{Livre::Quantite});
        QVERIFY2(refused.error().message().contains(u"2"_s), qPrintable(refused.error().message()));
        auto missing = catalogue().recordMovement(999999, Movement::Receipt, 1);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind(), Error::Kind::EmptyResult);
    }

    // Thousands of random movements, some refused: every book's stock is the sum of its movements at the end.
    void stockInvariantUnderRandomMovements()
    {
        QList<QVariant> ids;
        for (int i = 0; i < 12; ++i)
            ids << addBook(i, u"Auteur %1"_s.arg(i), i % 4);
        QRandomGenerator random(20261125);
        int refused = 0;
        const int movements = 2000;
        for (int m = 0; m < movements; ++m) {
            const QVariant id = ids.at(random.bounded(ids.size()));
            const Movement kind = std::array{Movement::Receipt, Movement::Sale, Movement::Sale, Movement::Return,
                                             Movement::Adjustment}[random.bounded(5)];
            qint64 quantity = random.bounded(1, 6);
            if (kind == Movement::Adjustment && random.bounded(2))
                quantity = -quantity;
            auto r = catalogue().recordMovement(id, kind, quantity);
            if (!r) {
                QCOMPARE(r.error().kind(), Error::Kind::Validation);
                ++refused;
            }
        }
        QVERIFY2(refused > 50, "the random walk reaches refused sales too");
        QVERIFY2(refused < movements / 2, "most movements are accepted");
        auto broken = m_db->database().query(
                u"SELECT COUNT(*) FROM \"Livres\" l WHERE COALESCE(l.\"Quantite\", 0) <> (SELECT "
                u"COALESCE(SUM(m.\"Quantite\"), 0) FROM \"MouvementsStock\" m WHERE m.\"LivreId\" = l.\"ID\") OR "
                u"l.\"Quantite\" < 0"_s);
        QVERIFY2(broken, Test::why(broken));
        QCOMPARE(broken->rows.value(0).value(0).toInt(), 0);
        for (const QVariant &id : std::as_const(ids))
            QCOMPARE(stockOf(id), movementsSum(id));
    }

    void removingABookWithHistoryNeedsADecision()
    {
        const QVariant id = addBook(1, u"Hugo & Dumas"_s, 3);
        QVERIFY(catalogue().recordMovement(id, Movement::Sale, 1));
        auto refused = catalogue().removeBook(id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::ForeignKeyConstraint);
        QVERIFY(refused.error().message().contains(u"2"_s));
        // The database refuses too (RESTRICT), whoever asks.
        auto direct = catalogue().livres().destroy({.where = col(Livre::Id) == Expr::fromValue(id)});
        QVERIFY(!direct);
        QCOMPARE(direct.error().kind(), Error::Kind::ForeignKeyConstraint);
        QCOMPARE(stockOf(id), 2);
        QCOMPARE(movementsSum(id), 2);

        auto removed = catalogue().removeBook(id, Catalogue::Catalogue::History::Delete);
        QVERIFY2(removed, Test::why(removed));
        QCOMPARE(stockOf(id), -1);
        auto left = catalogue().mouvements().count();
        QCOMPARE(*left, 0);
        auto links = catalogue().contributions().count(); // the contributions went with the book
        QCOMPARE(*links, 0);
        auto people = catalogue().auteurs().count(); // the people stay
        QCOMPARE(*people, 2);
    }

    // One findAll of books with their contributors and movements issues the same statements for 10 or 1,000 books.
    void noQueryPerBook()
    {
        QList<QVariantMap> rows;
        for (int i = 0; i < 1000; ++i)
            rows << book(i, u"Auteur %1, Auteur %2"_s.arg(i % 37).arg(100 + i % 53), 1 + i % 3);
        auto created = catalogue().livres().bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        int statements = 0;
        catalogue().database().setLogger([&](const QString &) { ++statements; });
        const FindOptions options{.include = {{.as = u"Auteurs"_s}, {.as = u"Mouvements"_s}}};
        auto few = catalogue().livres().findAll({.limit = 10, .include = options.include});
        QVERIFY2(few, Test::why(few));
        const int forTen = statements;
        statements = 0;
        auto all = catalogue().livres().findAll(options);
        const int forAll = statements;
        catalogue().database().setLogger({});
        QVERIFY2(all, Test::why(all));
        QCOMPARE(all->size(), 1000);
        QCOMPARE(forTen, 3); // the books, their contributors, their movements
        QCOMPARE(forAll, forTen);
        for (const Instance &livre : std::as_const(*all)) {
            QCOMPARE(livre.related(u"Auteurs"_s).size(), 2);
            QCOMPARE(livre.related(u"Mouvements"_s).size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
