#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <catalogue/users.h>
#include <orm/roles.h>

#include <QCoreApplication>
#include <QTest>
#include <QUrl>

using namespace Orm;
using namespace Qt::StringLiterals;
namespace Livre = Catalogue::Livre;
using Catalogue::Movement;
using Catalogue::Role;

namespace {

QVariantMap book()
{
    return {{Livre::Nom, u"Le Petit Prince"_s},
            {Livre::Presentation, u"Un conte"_s},
            {Livre::Prix, 9.5},
            {Livre::Quantite, 5},
            {Livre::Annee, 1943},
            {Livre::NbPages, 96},
            {Livre::Ventes, 0},
            {Livre::Arriere, u""_s},
            {Livre::Dos, u""_s}};
}

} // namespace

// catalogue users: PostgreSQL's roles say who may do what, and the server enforces it.
class TestUsers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_server;
    std::optional<Catalogue::Catalogue> m_catalogue;
    QVariant m_book;
    QStringList m_roles; // created on the server, dropped at the end
    const QString m_password = u"s3cr'et?:x"_s;

    QString name(const QString &what) const { return u"tu%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(what); }

    // The test catalogue's URL, signed in as user.
    QString urlAs(const QString &user) const
    {
        QUrl url(m_server->url());
        url.setUserName(user);
        url.setPassword(m_password);
        return url.toString();
    }

    Orm::Result<Catalogue::Catalogue> openAs(const QString &user) const
    {
        return Catalogue::Catalogue::open(urlAs(user), Catalogue::Catalogue::Missing::Refuse);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (Test::postgresAdminUrl().isEmpty() && !Test::isCi())
            QSKIP("no PostgreSQL test server (CATALOGUE_TEST_PG_URL): roles are NOT tested; in CI they are");
        m_server = std::make_unique<Test::TestDatabase>(u"postgres"_s);
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        auto opened = Catalogue::Catalogue::open(m_server->url(), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(opened, Test::why(opened));
        m_catalogue = *opened;
        auto created = m_catalogue->livres().create(book());
        QVERIFY2(created, Test::why(created));
        m_book = created->get(Livre::Id);
        const Catalogue::Users users(*m_catalogue);
        for (const auto &[who, role] : {std::pair{u"clerk"_s, Role::Clerk}, std::pair{u"reader"_s, Role::Reader},
                                        std::pair{u"manager"_s, Role::Manager}}) {
            m_roles << name(who);
            auto added = users.add(name(who), role, m_password);
            QVERIFY2(added, Test::why(added));
        }
        for (Role role : {Role::Manager, Role::Clerk, Role::Reader})
            m_roles << users.groupName(role).value_or(QString());
    }

    void cleanupTestCase()
    {
        if (!m_server)
            return;
        m_catalogue.reset();
        m_server.reset(); // the database first: the groups' privileges go with it
        auto admin = Database::open(Test::postgresAdminUrl());
        QVERIFY(admin);
        for (const QString &role : std::as_const(m_roles)) {
            if (Roles::exists(*admin, role).value_or(false))
                QVERIFY2(Roles::drop(*admin, role), qPrintable(role));
        }
        admin->close();
    }

    void listShowsEveryUserWithItsRole()
    {
        auto list = Catalogue::Users(*m_catalogue).list();
        QVERIFY2(list, Test::why(list));
        QStringList lines;
        for (const Catalogue::User &user : std::as_const(*list))
            lines << user.name + u' ' + Catalogue::roleName(user.role);
        QCOMPARE(lines,
                 QStringList({name(u"clerk"_s) + u" clerk"_s, name(u"manager"_s) + u" manager"_s,
                              name(u"reader"_s) + u" reader"_s}));
        // Groups are named after the database, so that two catalogues on one server keep theirs apart.
        QVERIFY(Catalogue::Users(*m_catalogue).groupName(Role::Clerk).value_or(QString()).contains(u"_clerk"_s));
    }

    void clerkRecordsSalesButCannotChangePrices()
    {
        auto clerk = openAs(name(u"clerk"_s));
        QVERIFY2(clerk, Test::why(clerk));
        auto sale = clerk->recordMovement(m_book, Movement::Sale, 2);
        QVERIFY2(sale, Test::why(sale));
        auto receipt = clerk->recordMovement(m_book, Movement::Receipt, 3);
        QVERIFY2(receipt, Test::why(receipt));
        auto returned = clerk->recordMovement(m_book, Movement::Return, 1);
        QVERIFY2(returned, Test::why(returned));
        // Straight SQL, as a clerk could type it in psql: the server refuses it.
        auto price = clerk->database().query(u"UPDATE \"Livres\" SET \"Prix\" = 0.01"_s);
        QVERIFY(!price);
        QCOMPARE(price.error().nativeCode(), u"42501"_s); // insufficient_privilege
        auto title = clerk->updateBook(m_book, {{Livre::Nom, u"Autre titre"_s}});
        QVERIFY(!title);
        auto added = clerk->livres().create(book());
        QVERIFY(!added);
        auto permissions = Catalogue::Permissions::of(*clerk);
        QVERIFY2(permissions, Test::why(permissions));
        QVERIFY(permissions->read);
        QVERIFY(permissions->recordMovements);
        QVERIFY(!permissions->editBooks);
        QVERIFY(!permissions->migrate);
        QVERIFY(permissions->summary().contains(u"clerk"_s));
        clerk->database().close();
        auto stored = m_catalogue->livres().findByPk(m_book);
        QVERIFY2(stored, Test::why(stored));
        QCOMPARE(stored->get(Livre::Quantite).toInt(), 5 - 2 + 3 + 1);
        QCOMPARE(stored->get(Livre::Prix).toDouble(), 9.5);
    }

    void readerOnlyReads()
    {
        auto reader = openAs(name(u"reader"_s));
        QVERIFY2(reader, Test::why(reader));
        auto found = reader->livres().findByPk(m_book);
        QVERIFY2(found && !found->isNull(), Test::why(found));
        auto insert = reader->database().query(
                u"INSERT INTO \"MouvementsStock\" (\"LivreId\", \"Date\", \"Quantite\", \"Type\", \"createdAt\", "
                "\"updatedAt\") VALUES (?, now(), 1, 'reception', now(), now())"_s,
                QVariantList{m_book});
        QVERIFY(!insert);
        QCOMPARE(insert.error().nativeCode(), u"42501"_s);
        QVERIFY(!reader->recordMovement(m_book, Movement::Sale, 1));
        auto permissions = Catalogue::Permissions::of(*reader);
        QVERIFY2(permissions, Test::why(permissions));
        QVERIFY(permissions->read && !permissions->editBooks && !permissions->recordMovements && !permissions->migrate);
        QVERIFY(!permissions->summary().isEmpty());
        reader->database().close();
    }

    void managerEditsEverything()
    {
        auto manager = openAs(name(u"manager"_s));
        QVERIFY2(manager, Test::why(manager));
        auto changed = manager->updateBook(m_book, {{Livre::Prix, 11.0}});
        QVERIFY2(changed, Test::why(changed));
        auto added = manager->livres().create(book());
        QVERIFY2(added, Test::why(added));
        auto permissions = Catalogue::Permissions::of(*manager);
        QVERIFY2(permissions, Test::why(permissions));
        QVERIFY(permissions->read && permissions->editBooks && permissions->recordMovements && permissions->migrate);
        QVERIFY(permissions->summary().isEmpty());
        manager->database().close();
    }

    void refusesNamesThatAreNotPlain()
    {
        const Catalogue::Users users(*m_catalogue);
        for (const QString &bad :
             {u"Robert\"; DROP ROLE postgres; --"_s, u"pg_admin"_s, u"1abc"_s, u""_s, QString(64, u'a'), u"élodie"_s}) {
            auto added = users.add(bad, Role::Reader);
            QVERIFY2(!added, qPrintable(bad));
            QCOMPARE(added.error().kind(), Error::Kind::InvalidQuery);
        }
        QCOMPARE(users.list().value_or(QList<Catalogue::User>()).size(), 3);
    }

    void removeTakesTheUserAway()
    {
        const Catalogue::Users users(*m_catalogue);
        QVERIFY(!users.remove(u"nobody_here"_s));
        auto removed = users.remove(name(u"reader"_s));
        QVERIFY2(removed, Test::why(removed));
        QCOMPARE(users.list().value_or(QList<Catalogue::User>()).size(), 2);
        QCOMPARE(Roles::exists(m_catalogue->database(), name(u"reader"_s)).value_or(true), false);
        QVERIFY(!openAs(name(u"reader"_s)));
    }

    void aFileHasNoUsers()
    {
        QTemporaryDir dir;
        auto file = Catalogue::Catalogue::open(dir.filePath(u"c.db"_s), Catalogue::Catalogue::Missing::Create);
        QVERIFY2(file, Test::why(file));
        auto added = Catalogue::Users(*file).add(u"alice"_s, Role::Clerk);
        QVERIFY(!added);
        QVERIFY2(added.error().message().contains(u"a file has no users"_s), qPrintable(added.error().message()));
        auto permissions = Catalogue::Permissions::of(*file);
        QVERIFY(permissions && permissions->editBooks && permissions->recordMovements);
        file->database().close();
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
