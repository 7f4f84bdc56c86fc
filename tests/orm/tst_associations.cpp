#include "testdatabase.h"

#include <orm/model.h>

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

// A value as QDebug prints it, for the messages of CASE_COMPARE.
template<typename T>
QString shown(const T &value)
{
    QString text;
    QDebug(&text).nospace() << value;
    return text;
}

qlonglong idOf(const Instance &row)
{
    return row.get(u"id"_s).toLongLong();
}

QStringList valuesOf(const QList<Instance> &rows, const QString &attribute)
{
    QStringList values;
    for (const Instance &row : rows)
        values << row.get(attribute).toString();
    return values;
}

// What an include loaded, one "label[child,child]" per parent, in order: the children named by attribute.
QStringList describe(const QList<Instance> &parents, const QString &as, const QString &attribute,
                     const QString &label = u"Titre"_s)
{
    QStringList lines;
    for (const Instance &parent : parents)
        lines << parent.get(label).toString() + u'[' + valuesOf(parent.related(as), attribute).join(u',') + u']';
    return lines;
}

// Rows as compact JSON, to compare two ways of loading the same rows.
QByteArray jsonOf(const QList<Instance> &rows)
{
    QJsonArray array;
    for (const Instance &row : rows)
        array.append(row.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

// QCOMPARE inside a loop over cases: the failure message names the case.
#define CASE_COMPARE(what, actual, expected) \
  do { \
    const auto actualValue = (actual); \
    const decltype(actualValue) expectedValue = (expected); \
    QVERIFY2(actualValue == expectedValue, \
             qPrintable(QString(what) + u": "_s + shown(actualValue) + u" instead of "_s + shown(expectedValue))); \
  } while (false)

// Associations (hasOne, belongsTo, hasMany, belongsToMany), their options, their instance helpers, the foreign keys
// sync() creates and the database enforces, and eager loading (include), on every dialect.
class TestAssociations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    qsizetype m_statements = 0; // statements sent since the test last reset it (Database::setLogger)

    // The catalogue's models: a Livre belongs to an Editeur, has one Couverture and many Mouvements, and belongs to
    // many Auteurs through LivreAuteur (with a Role and an Ordre); Editeurs and Auteurs belong to a Pays, which
    // belongs to a Continent and has many Villes.
    struct Library
    {
        Model continents, pays, villes, editeurs, auteurs, livres, livreAuteur, mouvements, couvertures;
        Association paysContinent, paysVilles, editeurPays, auteurPays, livreEditeur, livreCouverture, livreAuteurs,
                livreMouvements, auteurLivres;
    };

    // A few rows of the library, chosen so that every include has parents with none, one and several matches:
    //   Miserables (Gallimard, France): Hugo (auteur, 1); mouvements 5, 3
    //   Mousquetaires (Seuil, France): Dumas (auteur, 1), Sand (auteur, 2), Hugo (prefacier, 3); mouvement 1
    //   Tintin (Casterman, Belgique): Herge (dessinateur, 1); no mouvement
    //   Anonyme (no editeur): no auteur; mouvement 7
    // Ids follow the order of creation: Hugo, Dumas, Herge, Sand; Paris, Lyon, Bruxelles.
    struct Seed
    {
        Instance europe, asie, france, belgique, japon, paris, lyon, bruxelles, gallimard, casterman, seuil, hugo,
                dumas, herge, sand, miserables, mousquetaires, tintin, anonyme;
    };

    // Books by the number: book i is "L000i" of editeur "E<i % 3>", with auteurs "A<i % 5>" (auteur, Ordre 1) and
    // "A<(i + 1) % 5>" (traducteur, Ordre 2), and three mouvements of quantities i*10+1, i*10+2, i*10+3.
    struct Shelf
    {
        QList<Instance> editeurs, auteurs, livres;
    };

    Database &db() { return m_db->database(); }

    void defineLibrary(Library &lib, bool paranoid = false)
    {
        const ModelOptions soft{.paranoid = paranoid};
        auto define = [&](Model &into, const QString &name, const QList<Attribute> &attributes,
                          const ModelOptions &options) {
            auto model = db().define(name, attributes, options);
            QVERIFY2(model, Test::why(model));
            into = *model;
        };
        const Attribute nom{.name = u"Nom"_s, .type = DataType::string()};
        define(lib.continents, u"Continent"_s, {nom}, {});
        define(lib.pays, u"Pays"_s, {nom}, {.tableName = u"Pays"_s});
        define(lib.villes, u"Ville"_s, {nom}, {});
        define(lib.editeurs, u"Editeur"_s, {nom}, soft);
        define(lib.auteurs, u"Auteur"_s, {nom}, soft);
        define(lib.livres, u"Livre"_s, {{.name = u"Titre"_s, .type = DataType::string()}}, {});
        define(lib.livreAuteur, u"LivreAuteur"_s,
               {{.name = u"Role"_s, .type = DataType::string(), .defaultValue = u"auteur"_s},
                {.name = u"Ordre"_s, .type = DataType::integer(), .defaultValue = 0}},
               {.tableName = u"LivresAuteurs"_s});
        define(lib.mouvements, u"Mouvement"_s, {{.name = u"Quantite"_s, .type = DataType::integer()}}, soft);
        define(lib.couvertures, u"Couverture"_s, {{.name = u"Image"_s, .type = DataType::string()}}, {});
        if (QTest::currentTestFailed())
            return;
        auto associate = [](Association &into, const Result<Association> &made) {
            QVERIFY2(made, Test::why(made));
            into = *made;
        };
        associate(lib.paysContinent, lib.pays.belongsTo(lib.continents));
        associate(lib.paysVilles, lib.pays.hasMany(lib.villes));
        associate(lib.editeurPays, lib.editeurs.belongsTo(lib.pays));
        associate(lib.auteurPays, lib.auteurs.belongsTo(lib.pays));
        associate(lib.livreEditeur, lib.livres.belongsTo(lib.editeurs));
        associate(lib.livreCouverture, lib.livres.hasOne(lib.couvertures));
        associate(lib.livreAuteurs, lib.livres.belongsToMany(lib.auteurs, {.through = u"LivreAuteur"_s}));
        associate(lib.livreMouvements, lib.livres.hasMany(lib.mouvements));
        associate(lib.auteurLivres, lib.auteurs.belongsToMany(lib.livres, {.through = u"LivreAuteur"_s}));
        if (QTest::currentTestFailed())
            return;
        auto synced = db().sync(SyncMode::Force);
        QVERIFY2(synced, Test::why(synced));
    }

    void seedLibrary(const Library &lib, Seed &s)
    {
        auto make = [](Instance &into, const Model &model, const QVariantMap &values) {
            auto created = model.create(values);
            QVERIFY2(created, Test::why(created));
            into = *created;
        };
        auto in = [](const Instance &row) { return row.get(u"id"_s); };
        make(s.europe, lib.continents, {{u"Nom"_s, u"Europe"_s}});
        make(s.asie, lib.continents, {{u"Nom"_s, u"Asie"_s}});
        make(s.france, lib.pays, {{u"Nom"_s, u"France"_s}, {u"ContinentId"_s, in(s.europe)}});
        make(s.belgique, lib.pays, {{u"Nom"_s, u"Belgique"_s}, {u"ContinentId"_s, in(s.europe)}});
        make(s.japon, lib.pays, {{u"Nom"_s, u"Japon"_s}, {u"ContinentId"_s, in(s.asie)}});
        make(s.paris, lib.villes, {{u"Nom"_s, u"Paris"_s}, {u"PaysId"_s, in(s.france)}});
        make(s.lyon, lib.villes, {{u"Nom"_s, u"Lyon"_s}, {u"PaysId"_s, in(s.france)}});
        make(s.bruxelles, lib.villes, {{u"Nom"_s, u"Bruxelles"_s}, {u"PaysId"_s, in(s.belgique)}});
        make(s.gallimard, lib.editeurs, {{u"Nom"_s, u"Gallimard"_s}, {u"PaysId"_s, in(s.france)}});
        make(s.casterman, lib.editeurs, {{u"Nom"_s, u"Casterman"_s}, {u"PaysId"_s, in(s.belgique)}});
        make(s.seuil, lib.editeurs, {{u"Nom"_s, u"Seuil"_s}, {u"PaysId"_s, in(s.france)}});
        make(s.hugo, lib.auteurs, {{u"Nom"_s, u"Hugo"_s}, {u"PaysId"_s, in(s.france)}});
        make(s.dumas, lib.auteurs, {{u"Nom"_s, u"Dumas"_s}, {u"PaysId"_s, in(s.france)}});
        make(s.herge, lib.auteurs, {{u"Nom"_s, u"Herge"_s}, {u"PaysId"_s, in(s.belgique)}});
        make(s.sand, lib.auteurs, {{u"Nom"_s, u"Sand"_s}, {u"PaysId"_s, in(s.france)}});
        make(s.miserables, lib.livres, {{u"Titre"_s, u"Miserables"_s}, {u"EditeurId"_s, in(s.gallimard)}});
        make(s.mousquetaires, lib.livres, {{u"Titre"_s, u"Mousquetaires"_s}, {u"EditeurId"_s, in(s.seuil)}});
        make(s.tintin, lib.livres, {{u"Titre"_s, u"Tintin"_s}, {u"EditeurId"_s, in(s.casterman)}});
        make(s.anonyme, lib.livres, {{u"Titre"_s, u"Anonyme"_s}});
        if (QTest::currentTestFailed())
            return;
        auto link = [&](const Instance &livre, const Instance &auteur, const QString &role, int ordre) {
            auto added = lib.livreAuteurs.add(livre, auteur, {{u"Role"_s, role}, {u"Ordre"_s, ordre}});
            QVERIFY2(added, Test::why(added));
        };
        link(s.miserables, s.hugo, u"auteur"_s, 1);
        link(s.mousquetaires, s.dumas, u"auteur"_s, 1);
        link(s.mousquetaires, s.sand, u"auteur"_s, 2);
        link(s.mousquetaires, s.hugo, u"prefacier"_s, 3);
        link(s.tintin, s.herge, u"dessinateur"_s, 1);
        Instance ignored;
        make(ignored, lib.mouvements, {{u"Quantite"_s, 5}, {u"LivreId"_s, in(s.miserables)}});
        make(ignored, lib.mouvements, {{u"Quantite"_s, 3}, {u"LivreId"_s, in(s.miserables)}});
        make(ignored, lib.mouvements, {{u"Quantite"_s, 1}, {u"LivreId"_s, in(s.mousquetaires)}});
        make(ignored, lib.mouvements, {{u"Quantite"_s, 7}, {u"LivreId"_s, in(s.anonyme)}});
    }

    void fillShelf(const Library &lib, Shelf &shelf, int count)
    {
        if (shelf.editeurs.isEmpty()) {
            auto editeurs =
                    lib.editeurs.bulkCreate({{{u"Nom"_s, u"E0"_s}}, {{u"Nom"_s, u"E1"_s}}, {{u"Nom"_s, u"E2"_s}}});
            QVERIFY2(editeurs, Test::why(editeurs));
            shelf.editeurs = *editeurs;
            QList<QVariantMap> names;
            for (int a = 0; a < 5; ++a)
                names << QVariantMap{{u"Nom"_s, u"A%1"_s.arg(a)}};
            auto auteurs = lib.auteurs.bulkCreate(names);
            QVERIFY2(auteurs, Test::why(auteurs));
            shelf.auteurs = *auteurs;
        }
        const int first = int(shelf.livres.size()) + 1;
        QList<QVariantMap> books;
        for (int i = first; i < first + count; ++i)
            books << QVariantMap{{u"Titre"_s, u"L%1"_s.arg(i, 4, 10, QChar(u'0'))},
                                 {u"EditeurId"_s, shelf.editeurs.at(i % 3).get(u"id"_s)}};
        auto created = lib.livres.bulkCreate(books);
        QVERIFY2(created, Test::why(created));
        QList<QVariantMap> links;
        QList<QVariantMap> moves;
        for (qsizetype k = 0; k < created->size(); ++k) {
            const int i = first + int(k);
            const QVariant id = created->at(k).get(u"id"_s);
            links << QVariantMap{{u"LivreId"_s, id},
                                 {u"AuteurId"_s, shelf.auteurs.at(i % 5).get(u"id"_s)},
                                 {u"Role"_s, u"auteur"_s},
                                 {u"Ordre"_s, 1}}
                  << QVariantMap{{u"LivreId"_s, id},
                                 {u"AuteurId"_s, shelf.auteurs.at((i + 1) % 5).get(u"id"_s)},
                                 {u"Role"_s, u"traducteur"_s},
                                 {u"Ordre"_s, 2}};
            for (int q = 1; q <= 3; ++q)
                moves << QVariantMap{{u"LivreId"_s, id}, {u"Quantite"_s, i * 10 + q}};
        }
        auto linked = lib.livreAuteur.bulkCreate(links);
        QVERIFY2(linked, Test::why(linked));
        auto moved = lib.mouvements.bulkCreate(moves);
        QVERIFY2(moved, Test::why(moved));
        shelf.livres += *created;
    }

    // The foreign keys of a table as the database reports them (SQLite's PRAGMA foreign_key_list, PostgreSQL's
    // information_schema), one "column -> Table(column) ON DELETE x ON UPDATE y" each, sorted.
    Result<QStringList> foreignKeys(const QString &table)
    {
        const bool sqlite = db().dialect().kind() == Dialect::Kind::Sqlite;
        auto rows = sqlite ? db().query(u"SELECT \"from\", \"table\", \"to\", on_delete, on_update "
                                        u"FROM pragma_foreign_key_list(?)"_s,
                                        {table})
                           : db().query(u"SELECT kcu.column_name, ccu.table_name, ccu.column_name, rc.delete_rule, "
                                        u"rc.update_rule FROM information_schema.referential_constraints rc "
                                        u"JOIN information_schema.key_column_usage kcu "
                                        u"ON kcu.constraint_schema = rc.constraint_schema "
                                        u"AND kcu.constraint_name = rc.constraint_name "
                                        u"JOIN information_schema.constraint_column_usage ccu "
                                        u"ON ccu.constraint_schema = rc.constraint_schema "
                                        u"AND ccu.constraint_name = rc.constraint_name "
                                        u"WHERE kcu.table_schema = current_schema() AND kcu.table_name = ?"_s,
                                        {table});
        if (!rows)
            return std::unexpected(rows.error());
        QStringList keys;
        for (const QVariantList &row : std::as_const(rows->rows))
            keys << u"%1 -> %2(%3) ON DELETE %4 ON UPDATE %5"_s.arg(row.value(0).toString(), row.value(1).toString(),
                                                                    row.value(2).toString(), row.value(3).toString(),
                                                                    row.value(4).toString());
        keys.sort();
        return keys;
    }

    // Whether the database declares the column NOT NULL.
    Result<bool> isNotNull(const QString &table, const QString &column)
    {
        const bool sqlite = db().dialect().kind() == Dialect::Kind::Sqlite;
        auto rows = sqlite
                ? db().query(u"SELECT \"notnull\" = 1 FROM pragma_table_info(?) WHERE name = ?"_s, {table, column})
                : db().query(u"SELECT is_nullable = 'NO' FROM information_schema.columns WHERE "
                             u"table_schema = current_schema() AND table_name = ? AND column_name = ?"_s,
                             {table, column});
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows.size() != 1)
            return std::unexpected(Error(Error::Kind::InvalidQuery, u"no column %1.%2"_s.arg(table, column)));
        return rows->rows.first().value(0).toBool();
    }

    // An attribute of row as stored now, read again; fails the test when the row is gone.
    QVariant storedValue(const Model &model, const Instance &row, const QString &attribute)
    {
        auto found = model.findByPk(row.get(u"id"_s), {.paranoid = Paranoid::IncludeDeleted});
        if (!found || found->isNull()) {
            QTest::qFail(qPrintable(u"%1 %2 cannot be read again"_s.arg(model.name()).arg(idOf(row))), __FILE__,
                         __LINE__);
            return {};
        }
        return found->get(attribute);
    }

    qint64 countOf(const Model &model, const Where &where = {})
    {
        auto n = model.count({.where = where, .paranoid = Paranoid::IncludeDeleted});
        return n ? *n : -1;
    }

    // get, getOne, set (another, null), create of a belongsTo: the key is on the source.
    void checkBelongsToHelpers(const Library &lib, Seed &s)
    {
        const Association &editeur = lib.livreEditeur;
        QCOMPARE(editeur.kind(), AssociationKind::BelongsTo);
        QVERIFY(!editeur.isToMany());
        QCOMPARE(editeur.foreignKey(), u"EditeurId"_s);
        QCOMPARE(editeur.targetKey(), u"id"_s);

        auto livre = lib.livres.create({{u"Titre"_s, u"Nouveau"_s}});
        QVERIFY2(livre, Test::why(livre));
        auto none = editeur.getOne(*livre);
        QVERIFY2(none, Test::why(none));
        QVERIFY(none->isNull());
        auto noneAsList = editeur.get(*livre);
        QVERIFY2(noneAsList, Test::why(noneAsList));
        QVERIFY(noneAsList->isEmpty());

        QVERIFY2(editeur.set(*livre, s.gallimard), "set");
        QCOMPARE(livre->get(u"EditeurId"_s).toLongLong(), idOf(s.gallimard));
        QCOMPARE(storedValue(lib.livres, *livre, u"EditeurId"_s).toLongLong(), idOf(s.gallimard));
        auto one = editeur.getOne(*livre);
        QVERIFY2(one, Test::why(one));
        QCOMPARE(one->get(u"Nom"_s).toString(), u"Gallimard"_s);
        auto asList = editeur.get(*livre);
        QVERIFY2(asList, Test::why(asList));
        QCOMPARE(valuesOf(*asList, u"Nom"_s), QStringList{u"Gallimard"_s});
        auto filtered = editeur.getOne(*livre, {.where = col(u"Nom"_s) == u"Seuil"_s});
        QVERIFY2(filtered, Test::why(filtered));
        QVERIFY(filtered->isNull());

        QVERIFY2(editeur.set(*livre, s.seuil), "set another");
        QCOMPARE(storedValue(lib.livres, *livre, u"EditeurId"_s).toLongLong(), idOf(s.seuil));
        QCOMPARE(editeur.getOne(*livre)->get(u"Nom"_s).toString(), u"Seuil"_s);

        QVERIFY2(editeur.set(*livre, Instance()), "set to null unsets");
        QVERIFY(livre->get(u"EditeurId"_s).isNull());
        QVERIFY(storedValue(lib.livres, *livre, u"EditeurId"_s).isNull());
        QVERIFY(editeur.getOne(*livre)->isNull());
        QCOMPARE(countOf(lib.editeurs), 3); // unsetting deletes nothing

        auto minuit = editeur.create(*livre, {{u"Nom"_s, u"Minuit"_s}});
        QVERIFY2(minuit, Test::why(minuit));
        QVERIFY(!minuit->isNewRecord());
        QCOMPARE(countOf(lib.editeurs), 4);
        QCOMPARE(storedValue(lib.livres, *livre, u"EditeurId"_s).toLongLong(), idOf(*minuit));
        QCOMPARE(editeur.getOne(*livre)->get(u"Nom"_s).toString(), u"Minuit"_s);
        // Other books kept theirs.
        QCOMPARE(editeur.getOne(s.tintin)->get(u"Nom"_s).toString(), u"Casterman"_s);
    }

    // getOne, create, set (another, null) of a hasOne: the key is on the target; the row replaced is let go.
    void checkHasOneHelpers(const Library &lib, Seed &s)
    {
        const Association &couverture = lib.livreCouverture;
        QCOMPARE(couverture.kind(), AssociationKind::HasOne);
        QCOMPARE(couverture.as(), u"Couverture"_s);
        QCOMPARE(couverture.foreignKey(), u"LivreId"_s);
        QCOMPARE(couverture.sourceKey(), u"id"_s);

        auto none = couverture.getOne(s.miserables);
        QVERIFY2(none, Test::why(none));
        QVERIFY(none->isNull());

        auto first = couverture.create(s.miserables, {{u"Image"_s, u"a.png"_s}});
        QVERIFY2(first, Test::why(first));
        QCOMPARE(storedValue(lib.couvertures, *first, u"LivreId"_s).toLongLong(), idOf(s.miserables));
        auto one = couverture.getOne(s.miserables);
        QVERIFY2(one, Test::why(one));
        QCOMPARE(one->get(u"Image"_s).toString(), u"a.png"_s);

        auto second = lib.couvertures.create({{u"Image"_s, u"b.png"_s}});
        QVERIFY2(second, Test::why(second));
        QVERIFY2(couverture.set(s.miserables, *second), "set another");
        QCOMPARE(couverture.getOne(s.miserables)->get(u"Image"_s).toString(), u"b.png"_s);
        QCOMPARE(storedValue(lib.couvertures, *second, u"LivreId"_s).toLongLong(), idOf(s.miserables));
        QVERIFY(storedValue(lib.couvertures, *first, u"LivreId"_s).isNull()); // the one it replaced is let go

        auto third = lib.couvertures.create({{u"Image"_s, u"c.png"_s}, {u"LivreId"_s, s.tintin.get(u"id"_s)}});
        QVERIFY2(third, Test::why(third));
        QVERIFY2(couverture.set(s.miserables, Instance()), "set to null unsets");
        QVERIFY(couverture.getOne(s.miserables)->isNull());
        QVERIFY(storedValue(lib.couvertures, *second, u"LivreId"_s).isNull());
        QCOMPARE(countOf(lib.couvertures), 3); // nothing deleted
        QCOMPARE(couverture.getOne(s.tintin)->get(u"Image"_s).toString(), u"c.png"_s); // another book's kept
    }

    // add, remove, has, count, get, set, create of a hasMany, one row and several at a time.
    void checkHasManyHelpers(const Library &lib, Seed &s)
    {
        const Association &mouvements = lib.livreMouvements;
        QCOMPARE(mouvements.kind(), AssociationKind::HasMany);
        QVERIFY(mouvements.isToMany());
        QCOMPARE(mouvements.as(), u"Mouvements"_s);
        QCOMPARE(mouvements.foreignKey(), u"LivreId"_s);
        Instance &livre = s.tintin;
        auto quantities = [&](const FindOptions &options) {
            auto rows = mouvements.get(livre, options);
            return rows ? valuesOf(*rows, u"Quantite"_s) : QStringList{u"error: "_s + rows.error().toString()};
        };
        const FindOptions byQuantity{.order = {asc(u"Quantite"_s)}};

        QCOMPARE(*mouvements.count(livre), 0);
        QCOMPARE(quantities(byQuantity), QStringList());
        auto m1 = mouvements.create(livre, {{u"Quantite"_s, 10}});
        QVERIFY2(m1, Test::why(m1));
        QCOMPARE(m1->get(u"LivreId"_s).toLongLong(), idOf(livre));
        QList<Instance> loose;
        for (int q : {20, 30, 40}) {
            auto m = lib.mouvements.create({{u"Quantite"_s, q}});
            QVERIFY2(m, Test::why(m));
            loose << *m;
        }
        auto m2 = loose.at(0), m3 = loose.at(1), m4 = loose.at(2);

        QVERIFY2(mouvements.add(livre, m2), "add one");
        QCOMPARE(*mouvements.count(livre), 2);
        QVERIFY2(mouvements.add(livre, {m3, m4}), "add several");
        QCOMPARE(*mouvements.count(livre), 4);
        QCOMPARE(quantities(byQuantity), QStringList({u"10"_s, u"20"_s, u"30"_s, u"40"_s}));
        QCOMPARE(quantities({.where = col(u"Quantite"_s) >= 30, .order = {desc(u"Quantite"_s)}}),
                 QStringList({u"40"_s, u"30"_s}));
        QCOMPARE(*mouvements.count(livre, {.where = col(u"Quantite"_s) > 15}), 3);
        QCOMPARE(*mouvements.has(livre, m2), true);
        QCOMPARE(*mouvements.has(livre, {m2, m3, m4, *m1}), true);
        auto ofMiserables = mouvements.get(s.miserables);
        QVERIFY2(ofMiserables, Test::why(ofMiserables));
        QCOMPARE(ofMiserables->size(), 2);
        QCOMPARE(*mouvements.has(livre, ofMiserables->first()), false);
        QCOMPARE(*mouvements.has(livre, {m2, ofMiserables->first()}), false); // one of several is missing

        QVERIFY2(mouvements.remove(livre, m2), "remove one");
        QCOMPARE(*mouvements.count(livre), 3);
        QCOMPARE(*mouvements.has(livre, m2), false);
        QVERIFY(storedValue(lib.mouvements, m2, u"LivreId"_s).isNull()); // kept, let go
        QVERIFY2(mouvements.remove(livre, {m3, m4}), "remove several");
        QCOMPARE(quantities(byQuantity), QStringList{u"10"_s});

        QVERIFY2(mouvements.set(livre, {m2, m3}), "set");
        QCOMPARE(quantities(byQuantity), QStringList({u"20"_s, u"30"_s}));
        QVERIFY(storedValue(lib.mouvements, *m1, u"LivreId"_s).isNull()); // left out: let go
        QVERIFY2(mouvements.set(livre, QList<Instance>()), "set to none unsets");
        QCOMPARE(*mouvements.count(livre), 0);
        QCOMPARE(countOf(lib.mouvements), 8); // nothing deleted: the 4 of the seed and the 4 here
        QCOMPARE(*mouvements.count(s.miserables), 2); // another book's untouched
    }

    // The same helpers of a belongsToMany, with the join rows' extra columns.
    void checkBelongsToManyHelpers(const Library &lib, Seed &s)
    {
        const Association &auteurs = lib.livreAuteurs;
        Instance &livre = s.anonyme;
        const Where ofLivre = col(u"LivreId"_s) == livre.get(u"id"_s);
        auto names = [&](const FindOptions &options) {
            auto rows = auteurs.get(livre, options);
            return rows ? valuesOf(*rows, u"Nom"_s) : QStringList{u"error: "_s + rows.error().toString()};
        };
        const FindOptions byOrder{.order = {asc(u"LivreAuteur.Ordre"_s), asc(u"Nom"_s)}};

        QVERIFY2(auteurs.add(livre, s.hugo, {{u"Role"_s, u"prefacier"_s}, {u"Ordre"_s, 3}}), "add one");
        QVERIFY2(auteurs.add(livre, {s.dumas, s.sand}, {{u"Ordre"_s, 1}}), "add several");
        QCOMPARE(*auteurs.count(livre), 3);
        QCOMPARE(names(byOrder), QStringList({u"Dumas"_s, u"Sand"_s, u"Hugo"_s}));
        auto rows = auteurs.get(livre, byOrder);
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(rows->at(0).through().model().name(), u"LivreAuteur"_s);
        QCOMPARE(rows->at(0).through().get(u"Role"_s).toString(), u"auteur"_s); // the join model's default
        QCOMPARE(rows->at(2).through().get(u"Role"_s).toString(), u"prefacier"_s);
        QCOMPARE(rows->at(2).through().get(u"Ordre"_s).toInt(), 3);

        // Adding an associated row again updates its join row instead of adding one.
        QVERIFY2(auteurs.add(livre, s.hugo, {{u"Role"_s, u"traducteur"_s}}), "add again");
        QCOMPARE(countOf(lib.livreAuteur, ofLivre), 3);
        auto hugo = auteurs.get(livre, {.where = col(u"Nom"_s) == u"Hugo"_s});
        QVERIFY2(hugo, Test::why(hugo));
        QCOMPARE(hugo->size(), 1);
        QCOMPARE(hugo->first().through().get(u"Role"_s).toString(), u"traducteur"_s);
        QCOMPARE(hugo->first().through().get(u"Ordre"_s).toInt(), 3);

        QCOMPARE(*auteurs.has(livre, s.hugo), true);
        QCOMPARE(*auteurs.has(livre, {s.hugo, s.dumas, s.sand}), true);
        QCOMPARE(*auteurs.has(livre, s.herge), false);
        QCOMPARE(*auteurs.has(livre, {s.hugo, s.herge}), false); // one of several is missing
        QCOMPARE(*auteurs.count(livre, {.where = col(u"Nom"_s) != u"Hugo"_s}), 2);

        QVERIFY2(auteurs.remove(livre, s.hugo), "remove one");
        QCOMPARE(names(byOrder), QStringList({u"Dumas"_s, u"Sand"_s}));
        QCOMPARE(*auteurs.has(livre, s.hugo), false);
        QVERIFY2(auteurs.remove(livre, {s.dumas, s.sand}), "remove several");
        QCOMPARE(*auteurs.count(livre), 0);
        QCOMPARE(countOf(lib.auteurs), 4); // only join rows go

        QVERIFY2(auteurs.set(livre, {s.herge, s.hugo}, {{u"Role"_s, u"illustrateur"_s}}), "set");
        QCOMPARE(names({.order = {asc(u"Nom"_s)}}), QStringList({u"Herge"_s, u"Hugo"_s}));
        QCOMPARE(auteurs.get(livre)->first().through().get(u"Role"_s).toString(), u"illustrateur"_s);
        QVERIFY2(auteurs.set(livre, s.hugo), "set one");
        QCOMPARE(names({}), QStringList{u"Hugo"_s});
        QCOMPARE(countOf(lib.livreAuteur, ofLivre), 1);
        QVERIFY2(auteurs.set(livre, QList<Instance>()), "set to none unsets");
        QCOMPARE(*auteurs.count(livre), 0);
        QCOMPARE(countOf(lib.livreAuteur, ofLivre), 0);

        auto verne = auteurs.create(livre, {{u"Nom"_s, u"Verne"_s}}, {{u"Role"_s, u"auteur"_s}, {u"Ordre"_s, 4}});
        QVERIFY2(verne, Test::why(verne));
        QVERIFY(!verne->isNewRecord());
        rows = auteurs.get(livre);
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(valuesOf(*rows, u"Nom"_s), QStringList{u"Verne"_s});
        QCOMPARE(rows->first().through().get(u"Ordre"_s).toInt(), 4);
        auto ofVerne = lib.auteurLivres.get(*verne);
        QVERIFY2(ofVerne, Test::why(ofVerne));
        QCOMPARE(valuesOf(*ofVerne, u"Titre"_s), QStringList{u"Anonyme"_s});

        // The other books kept theirs.
        QCOMPARE(*auteurs.count(s.mousquetaires), 3);
        QCOMPARE(*auteurs.count(s.miserables), 1);
    }

    // Every helper refuses a source or target of another model, unsaved or null, before sending any SQL.
    void checkHelpersRefuseWrongInstances(const Library &lib, Seed &s)
    {
        auto couverture = lib.couvertures.create({{u"Image"_s, u"a.png"_s}});
        auto mouvement = lib.mouvements.create({{u"Quantite"_s, 1}});
        auto unsavedLivre = lib.livres.build({{u"Titre"_s, u"Brouillon"_s}});
        QVERIFY(couverture && mouvement && unsavedLivre);
        const QList<std::pair<Association, Instance>> associations = {{lib.livreEditeur, s.gallimard},
                                                                      {lib.livreCouverture, *couverture},
                                                                      {lib.livreMouvements, *mouvement},
                                                                      {lib.livreAuteurs, s.hugo}};
        const QList<std::pair<QString, Instance>> badSources = {{u"a source of another model"_s, s.france},
                                                                {u"an unsaved source"_s, *unsavedLivre},
                                                                {u"a null source"_s, Instance()}};
        auto refused = [](const auto &result) { return !result && result.error().kind() == Error::Kind::InvalidQuery; };
        const qint64 joinRows = countOf(lib.livreAuteur);
        m_statements = 0;
        for (const auto &[a, target] : associations) {
            const bool toMany = a.isToMany();
            for (const auto &[problem, source] : badSources) {
                const QString what = a.as() + u" with "_s + problem + u": "_s;
                Instance copy = source;
                QVERIFY2(refused(a.get(source)), qPrintable(what + u"get"_s));
                if (!toMany)
                    QVERIFY2(refused(a.getOne(source)), qPrintable(what + u"getOne"_s));
                QVERIFY2(refused(a.set(copy, target)), qPrintable(what + u"set"_s));
                QVERIFY2(refused(a.create(copy, {})), qPrintable(what + u"create"_s));
                if (toMany) {
                    QVERIFY2(refused(a.add(source, target)), qPrintable(what + u"add"_s));
                    QVERIFY2(refused(a.remove(source, target)), qPrintable(what + u"remove"_s));
                    QVERIFY2(refused(a.has(source, target)), qPrintable(what + u"has"_s));
                    QVERIFY2(refused(a.count(source)), qPrintable(what + u"count"_s));
                }
            }
            auto unsavedTarget = a.target().build({});
            QVERIFY2(unsavedTarget, Test::why(unsavedTarget));
            const QList<std::pair<QString, Instance>> badTargets = {{u"a target of another model"_s, s.france},
                                                                    {u"an unsaved target"_s, *unsavedTarget}};
            for (const auto &[problem, bad] : badTargets) {
                const QString what = a.as() + u" with "_s + problem + u": "_s;
                Instance livre = s.tintin;
                QVERIFY2(refused(a.set(livre, bad)), qPrintable(what + u"set"_s));
                if (toMany) {
                    QVERIFY2(refused(a.set(livre, {target, bad})), qPrintable(what + u"set of several"_s));
                    QVERIFY2(refused(a.add(livre, {target, bad})), qPrintable(what + u"add"_s));
                    QVERIFY2(refused(a.remove(livre, bad)), qPrintable(what + u"remove"_s));
                    QVERIFY2(refused(a.has(livre, {target, bad})), qPrintable(what + u"has"_s));
                }
            }
            if (toMany) {
                const QString what = a.as() + u" with a null target: "_s;
                QVERIFY2(refused(a.add(s.tintin, Instance())), qPrintable(what + u"add"_s));
                QVERIFY2(refused(a.remove(s.tintin, Instance())), qPrintable(what + u"remove"_s));
                QVERIFY2(refused(a.has(s.tintin, Instance())), qPrintable(what + u"has"_s));
            }
        }
        QCOMPARE(m_statements, 0); // refused before any SQL
        QCOMPARE(countOf(lib.livreAuteur), joinRows);
        QVERIFY(storedValue(lib.mouvements, *mouvement, u"LivreId"_s).isNull());
        QCOMPARE(storedValue(lib.livres, s.tintin, u"EditeurId"_s).toLongLong(), idOf(s.casterman));

        // An Association from an unknown alias fails every call.
        const Association unknown = lib.livres.association(u"Nope"_s);
        QVERIFY(!unknown.isValid());
        QVERIFY(refused(unknown.get(s.tintin)));
        QVERIFY(refused(unknown.count(s.tintin)));
        QVERIFY(refused(unknown.getOne(s.tintin)));
    }

    // To-one only and to-many only helpers refuse the other kind, naming the association.
    void checkHelpersOfTheOtherArityRefused(const Library &lib, Seed &s)
    {
        auto cover = lib.couvertures.create({{u"Image"_s, u"a.png"_s}});
        auto other = lib.couvertures.create({{u"Image"_s, u"b.png"_s}});
        QVERIFY(cover && other);
        struct Case
        {
            QString name;
            Association association;
            std::function<Status()> call;
        };
        Instance livre = s.tintin;
        auto status = [](const auto &result) -> Status {
            if (result)
                return {};
            return std::unexpected(result.error());
        };
        const QList<Case> cases = {
                {u"getOne of a hasMany"_s, lib.livreMouvements,
                 [&] { return status(lib.livreMouvements.getOne(livre)); }},
                {u"getOne of a belongsToMany"_s, lib.livreAuteurs,
                 [&] { return status(lib.livreAuteurs.getOne(livre)); }},
                {u"add to a belongsTo"_s, lib.livreEditeur, [&] { return lib.livreEditeur.add(livre, s.gallimard); }},
                {u"add to a hasOne"_s, lib.livreCouverture, [&] { return lib.livreCouverture.add(livre, *cover); }},
                {u"remove from a belongsTo"_s, lib.livreEditeur,
                 [&] { return lib.livreEditeur.remove(livre, s.casterman); }},
                {u"remove from a hasOne"_s, lib.livreCouverture,
                 [&] { return lib.livreCouverture.remove(livre, *cover); }},
                {u"has of a belongsTo"_s, lib.livreEditeur,
                 [&] { return status(lib.livreEditeur.has(livre, s.casterman)); }},
                {u"has of a hasOne"_s, lib.livreCouverture,
                 [&] { return status(lib.livreCouverture.has(livre, *cover)); }},
                {u"count of a belongsTo"_s, lib.livreEditeur, [&] { return status(lib.livreEditeur.count(livre)); }},
                {u"count of a hasOne"_s, lib.livreCouverture, [&] { return status(lib.livreCouverture.count(livre)); }},
                {u"set of two rows on a belongsTo"_s, lib.livreEditeur,
                 [&] {
                     return lib.livreEditeur.set(livre, {s.gallimard, s.seuil});
                 }},
                {u"set of two rows on a hasOne"_s, lib.livreCouverture,
                 [&] {
                     return lib.livreCouverture.set(livre, {*cover, *other});
                 }},
        };
        m_statements = 0;
        for (const Case &c : cases) {
            const Status result = c.call();
            QVERIFY2(!result, qPrintable(c.name + u" was accepted"_s));
            CASE_COMPARE(c.name, Error::kindName(result.error().kind()), Error::kindName(Error::Kind::InvalidQuery));
            // Clearly: the message names the association.
            QVERIFY2(result.error().message().contains(c.association.as()),
                     qPrintable(c.name + u": "_s + result.error().message()));
        }
        QCOMPARE(m_statements, 0);
        QCOMPARE(storedValue(lib.livres, s.tintin, u"EditeurId"_s).toLongLong(), idOf(s.casterman));
        QVERIFY(storedValue(lib.couvertures, *cover, u"LivreId"_s).isNull());
    }

    // Associations that cannot be declared.
    void checkInvalidDefinitionsRefused()
    {
        auto ouvrages = db().define(
                u"Ouvrage"_s,
                {{.name = u"Titre"_s, .type = DataType::string()}, {.name = u"Isbn"_s, .type = DataType::string(20)}});
        auto personnes = db().define(
                u"Personne"_s,
                {{.name = u"Nom"_s, .type = DataType::string()}, {.name = u"OuvrageId"_s, .type = DataType::string()}});
        auto maisons = db().define(u"Maison"_s, {{.name = u"Nom"_s, .type = DataType::string()}});
        QVERIFY(ouvrages && personnes && maisons);
        QVERIFY(ouvrages->belongsTo(*maisons));
        struct Case
        {
            QString name;
            Result<Association> made;
        };
        const QList<Case> cases = {
                {u"an alias already used"_s, ouvrages->belongsTo(*maisons)},
                {u"an alias that is an attribute"_s, ouvrages->belongsTo(*maisons, {.as = u"Titre"_s})},
                {u"an unsafe alias"_s, ouvrages->hasMany(*personnes, {.as = u"Au\"teurs"_s})},
                {u"belongsToMany without a join model"_s, ouvrages->belongsToMany(*personnes, {})},
                {u"belongsToMany with the same name for both keys"_s,
                 ouvrages->belongsToMany(*personnes,
                                         {.foreignKey = u"Cle"_s, .through = u"X"_s, .otherKey = u"Cle"_s})},
                {u"a key of another type than the key it refers to"_s, ouvrages->hasMany(*personnes)},
                {u"an unknown targetKey"_s,
                 personnes->belongsTo(*ouvrages, {.as = u"Livre"_s, .targetKey = u"Nope"_s})},
                {u"an unknown sourceKey"_s, ouvrages->hasOne(*maisons, {.sourceKey = u"Nope"_s})},
                {u"an unsafe foreign key name"_s, ouvrages->hasOne(*maisons, {.foreignKey = u"a b"_s})},
        };
        for (const Case &c : cases) {
            QVERIFY2(!c.made, qPrintable(c.name + u" was accepted"_s));
            CASE_COMPARE(c.name, Error::kindName(c.made.error().kind()), Error::kindName(Error::Kind::InvalidQuery));
        }
        QCOMPARE(ouvrages->associations().size(), 1);
        QVERIFY(!ouvrages->association(u"Nope"_s).isValid());
        QVERIFY(ouvrages->association(u"Maison"_s).isValid());
        QCOMPARE(ouvrages->association(u"Maison"_s).kind(), AssociationKind::BelongsTo);
    }

    // The parents ordered (and filtered) by an attribute of a joined to-one include, nested or not.
    void checkOrderByIncludedToOne(const Library &lib)
    {
        const Include editeur{.as = u"Editeur"_s, .required = true};
        const Include editeurAndPays{.as = u"Editeur"_s, .required = true, .include = {{.as = u"Pays"_s}}};
        struct Case
        {
            QString name;
            FindOptions options;
            QStringList titles;
        };
        const QList<Case> cases = {
                {u"by the editeur's name"_s,
                 {.order = {asc(u"Editeur.Nom"_s)}, .include = {editeur}},
                 {u"Tintin"_s, u"Miserables"_s, u"Mousquetaires"_s}},
                {u"by the editeur's name, descending"_s,
                 {.order = {desc(u"Editeur.Nom"_s)}, .include = {editeur}},
                 {u"Mousquetaires"_s, u"Miserables"_s, u"Tintin"_s}},
                {u"by the editeur's pays, then the editeur's name descending"_s,
                 {.order = {asc(u"Editeur.Pays.Nom"_s), desc(u"Editeur.Nom"_s)}, .include = {editeurAndPays}},
                 {u"Tintin"_s, u"Mousquetaires"_s, u"Miserables"_s}},
                {u"by the editeur's pays descending, then the title"_s,
                 {.order = {desc(u"Editeur.Pays.Nom"_s), asc(u"Titre"_s)}, .include = {editeurAndPays}},
                 {u"Miserables"_s, u"Mousquetaires"_s, u"Tintin"_s}},
                {u"a page by the editeur's name"_s,
                 {.order = {asc(u"Editeur.Nom"_s)}, .limit = 2, .offset = 1, .include = {editeur}},
                 {u"Miserables"_s, u"Mousquetaires"_s}},
                {u"where on the editeur's pays"_s,
                 {.where = col(u"Editeur.Pays.Nom"_s) == u"France"_s,
                  .order = {desc(u"Titre"_s)},
                  .include = {editeurAndPays}},
                 {u"Mousquetaires"_s, u"Miserables"_s}},
                {u"where the left-joined editeur is missing"_s,
                 {.where = col(u"Editeur.Nom"_s) == QVariant(), .include = {{.as = u"Editeur"_s}}},
                 {u"Anonyme"_s}},
                {u"by the editeur's name, with a to-many included too"_s,
                 {.order = {asc(u"Editeur.Nom"_s)}, .include = {editeur, {.as = u"Auteurs"_s}}},
                 {u"Tintin"_s, u"Miserables"_s, u"Mousquetaires"_s}},
        };
        for (const Case &c : cases) {
            auto rows = lib.livres.findAll(c.options);
            QVERIFY2(rows, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(rows))));
            CASE_COMPARE(c.name, valuesOf(*rows, u"Titre"_s), c.titles);
        }
        auto withAuteurs = lib.livres.findAll(cases.last().options);
        QVERIFY2(withAuteurs, Test::why(withAuteurs));
        QCOMPARE(describe(*withAuteurs, u"Auteurs"_s, u"Nom"_s),
                 QStringList({u"Tintin[Herge]"_s, u"Miserables[Hugo]"_s, u"Mousquetaires[Hugo,Dumas,Sand]"_s}));
    }

    // The order of a to-many include orders the rows of each parent: by their own or their join row's attributes.
    void checkOrderOfToManyChildren(const Library &lib)
    {
        struct Case
        {
            QString name;
            QString title;
            QString as;
            QList<Order> order;
            QString attribute;
            QString expected;
        };
        const QList<Case> cases = {
                {u"by a join row attribute"_s,
                 u"Mousquetaires"_s,
                 u"Auteurs"_s,
                 {asc(u"LivreAuteur.Ordre"_s)},
                 u"Nom"_s,
                 u"Mousquetaires[Dumas,Sand,Hugo]"_s},
                {u"by a join row attribute, descending"_s,
                 u"Mousquetaires"_s,
                 u"Auteurs"_s,
                 {desc(u"LivreAuteur.Ordre"_s)},
                 u"Nom"_s,
                 u"Mousquetaires[Hugo,Sand,Dumas]"_s},
                {u"by its own attribute"_s,
                 u"Mousquetaires"_s,
                 u"Auteurs"_s,
                 {asc(u"Nom"_s)},
                 u"Nom"_s,
                 u"Mousquetaires[Dumas,Hugo,Sand]"_s},
                {u"by its own attribute, descending"_s,
                 u"Mousquetaires"_s,
                 u"Auteurs"_s,
                 {desc(u"Nom"_s)},
                 u"Nom"_s,
                 u"Mousquetaires[Sand,Hugo,Dumas]"_s},
                {u"by a join row attribute, then its own"_s,
                 u"Mousquetaires"_s,
                 u"Auteurs"_s,
                 {asc(u"LivreAuteur.Role"_s), desc(u"Nom"_s)},
                 u"Nom"_s,
                 u"Mousquetaires[Sand,Dumas,Hugo]"_s},
                {u"no order: by primary key"_s,
                 u"Mousquetaires"_s,
                 u"Auteurs"_s,
                 {},
                 u"Nom"_s,
                 u"Mousquetaires[Hugo,Dumas,Sand]"_s},
                {u"hasMany by its own attribute"_s,
                 u"Miserables"_s,
                 u"Mouvements"_s,
                 {asc(u"Quantite"_s)},
                 u"Quantite"_s,
                 u"Miserables[3,5]"_s},
                {u"hasMany by its own attribute, descending"_s,
                 u"Miserables"_s,
                 u"Mouvements"_s,
                 {desc(u"Quantite"_s)},
                 u"Quantite"_s,
                 u"Miserables[5,3]"_s},
        };
        for (const Case &c : cases) {
            auto rows = lib.livres.findAll(
                    {.where = col(u"Titre"_s) == c.title, .include = {{.as = c.as, .order = c.order}}});
            QVERIFY2(rows, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(rows))));
            CASE_COMPARE(c.name, describe(*rows, c.as, c.attribute), QStringList{c.expected});
        }
        // The order of the children does not reorder the parents.
        auto rows = lib.livres.findAll(
                {.order = {desc(u"Titre"_s)}, .include = {{.as = u"Auteurs"_s, .order = {asc(u"Nom"_s)}}}});
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(describe(*rows, u"Auteurs"_s, u"Nom"_s),
                 QStringList({u"Tintin[Herge]"_s, u"Mousquetaires[Dumas,Hugo,Sand]"_s, u"Miserables[Hugo]"_s,
                              u"Anonyme[]"_s}));
    }

    // limit and offset cut the parents, each of which keeps all its children.
    void checkLimitAndOffsetApplyToParents(const Library &lib)
    {
        const Include mouvements{.as = u"Mouvements"_s, .order = {asc(u"Quantite"_s)}};
        const Include auteurs{.as = u"Auteurs"_s, .order = {asc(u"LivreAuteur.Ordre"_s)}};
        const QStringList pageOfMouvements = {u"L0003[31,32,33]"_s, u"L0004[41,42,43]"_s, u"L0005[51,52,53]"_s,
                                              u"L0006[61,62,63]"_s};
        const QStringList pageOfAuteurs = {u"L0003[A3,A4]"_s, u"L0004[A4,A0]"_s, u"L0005[A0,A1]"_s, u"L0006[A1,A2]"_s};
        struct Case
        {
            QString name;
            QList<Include> include;
        };
        const QList<Case> cases = {
                {u"hasMany"_s, {mouvements}},
                {u"belongsToMany"_s, {auteurs}},
                {u"both, and a joined belongsTo"_s, {mouvements, auteurs, {.as = u"Editeur"_s}}},
        };
        for (const Case &c : cases) {
            auto page = lib.livres.findAll({.order = {asc(u"Titre"_s)}, .limit = 4, .offset = 2, .include = c.include});
            QVERIFY2(page, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(page))));
            CASE_COMPARE(c.name, valuesOf(*page, u"Titre"_s),
                         QStringList({u"L0003"_s, u"L0004"_s, u"L0005"_s, u"L0006"_s}));
            for (const Include &include : c.include) {
                if (include.as == u"Mouvements")
                    CASE_COMPARE(c.name, describe(*page, include.as, u"Quantite"_s), pageOfMouvements);
                else if (include.as == u"Auteurs")
                    CASE_COMPARE(c.name, describe(*page, include.as, u"Nom"_s), pageOfAuteurs);
                else
                    CASE_COMPARE(c.name, describe(*page, include.as, u"Nom"_s),
                                 QStringList({u"L0003[E0]"_s, u"L0004[E1]"_s, u"L0005[E2]"_s, u"L0006[E0]"_s}));
            }
        }
        auto last = lib.livres.findAll({.order = {desc(u"Titre"_s)}, .limit = 2, .include = {mouvements}});
        QVERIFY2(last, Test::why(last));
        QCOMPARE(describe(*last, u"Mouvements"_s, u"Quantite"_s),
                 QStringList({u"L0010[101,102,103]"_s, u"L0009[91,92,93]"_s}));

        // A required to-many where chooses the parents before the page is cut, and filters their children.
        Include from52 = mouvements;
        from52.where = col(u"Quantite"_s) >= 52;
        auto first = lib.livres.findAll({.order = {asc(u"Titre"_s)}, .limit = 2, .include = {from52}});
        QVERIFY2(first, Test::why(first));
        QCOMPARE(describe(*first, u"Mouvements"_s, u"Quantite"_s),
                 QStringList({u"L0005[52,53]"_s, u"L0006[61,62,63]"_s}));
        auto next = lib.livres.findAll({.order = {asc(u"Titre"_s)}, .limit = 2, .offset = 1, .include = {from52}});
        QVERIFY2(next, Test::why(next));
        QCOMPARE(describe(*next, u"Mouvements"_s, u"Quantite"_s),
                 QStringList({u"L0006[61,62,63]"_s, u"L0007[71,72,73]"_s}));
    }

    // findAndCountAll counts parents, not joined rows, under every kind of include where.
    void checkFindAndCountAllCountsParents(const Library &lib)
    {
        // Book i: editeur E<i % 3>, auteurs A<i % 5> and A<(i + 1) % 5>, mouvements i*10+1..3.
        struct Case
        {
            QString name;
            FindOptions options;
            qint64 count;
            QStringList rows; // what the page holds, described by its first include
            QString attribute;
        };
        const Include all[] = {{.as = u"Mouvements"_s}, {.as = u"Auteurs"_s}, {.as = u"Editeur"_s}};
        const QList<Case> cases = {
                {u"includes that filter nothing"_s,
                 {.order = {asc(u"Titre"_s)}, .limit = 2, .offset = 2, .include = {all[0], all[1], all[2]}},
                 10,
                 {u"L0003[31,32,33]"_s, u"L0004[41,42,43]"_s},
                 u"Quantite"_s},
                {u"a where on a hasMany"_s,
                 {.order = {asc(u"Titre"_s)},
                  .limit = 2,
                  .include = {{.as = u"Mouvements"_s, .where = col(u"Quantite"_s) >= 52}}},
                 6,
                 {u"L0005[52,53]"_s, u"L0006[61,62,63]"_s},
                 u"Quantite"_s},
                {u"a where on a belongsToMany"_s,
                 {.order = {asc(u"Titre"_s)}, .include = {{.as = u"Auteurs"_s, .where = col(u"Nom"_s) == u"A0"_s}}},
                 4,
                 {u"L0004[A0]"_s, u"L0005[A0]"_s, u"L0009[A0]"_s, u"L0010[A0]"_s},
                 u"Nom"_s},
                {u"a where on a belongsTo"_s,
                 {.order = {asc(u"Titre"_s)},
                  .limit = 3,
                  .include = {{.as = u"Editeur"_s, .where = col(u"Nom"_s) == u"E1"_s}}},
                 4,
                 {u"L0001[E1]"_s, u"L0004[E1]"_s, u"L0007[E1]"_s},
                 u"Nom"_s},
                {u"wheres on a belongsTo and a hasMany"_s,
                 {.order = {asc(u"Titre"_s)},
                  .include = {{.as = u"Editeur"_s, .where = col(u"Nom"_s) == u"E1"_s},
                              {.as = u"Mouvements"_s, .where = col(u"Quantite"_s) >= 52}}},
                 2,
                 {u"L0007[E1]"_s, u"L0010[E1]"_s},
                 u"Nom"_s},
                {u"wheres on the parents, a belongsTo and a hasMany"_s,
                 {.where = col(u"Titre"_s) != u"L0010"_s,
                  .order = {asc(u"Titre"_s)},
                  .include = {{.as = u"Editeur"_s, .where = col(u"Nom"_s) == u"E1"_s},
                              {.as = u"Mouvements"_s, .where = col(u"Quantite"_s) >= 52}}},
                 1,
                 {u"L0007[E1]"_s},
                 u"Nom"_s},
                {u"a where, not required"_s,
                 {.order = {asc(u"Titre"_s)},
                  .limit = 1,
                  .include = {{.as = u"Mouvements"_s, .where = col(u"Quantite"_s) >= 52, .required = false}}},
                 10,
                 {u"L0001[]"_s},
                 u"Quantite"_s},
                {u"the parents' where on an included belongsTo"_s,
                 {.where = col(u"Editeur.Nom"_s) == u"E1"_s,
                  .order = {asc(u"Titre"_s)},
                  .limit = 2,
                  .include = {{.as = u"Editeur"_s}}},
                 4,
                 {u"L0001[E1]"_s, u"L0004[E1]"_s},
                 u"Nom"_s},
        };
        for (const Case &c : cases) {
            auto counted = lib.livres.findAndCountAll(c.options);
            QVERIFY2(counted, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(counted))));
            CASE_COMPARE(c.name, counted->count, c.count);
            CASE_COMPARE(c.name, describe(counted->rows, c.options.include.first().as, c.attribute), c.rows);
        }
    }

    // Deleting a parent: its children deleted, let go or the delete refused, as the key's ON DELETE says.
    void checkOnDeleteEnforcedByTheDatabase()
    {
        struct Case
        {
            QString name;
            QString suffix;
            AssociationKind kind;
            AssociationOptions options;
            bool refused;
            bool cascades; // children deleted (otherwise their key is set to null)
        };
        const QList<Case> cases = {
                {u"CASCADE"_s,
                 u"Cascade"_s,
                 AssociationKind::HasMany,
                 {.onDelete = ReferentialAction::Cascade},
                 false,
                 true},
                {u"SET NULL"_s,
                 u"SetNull"_s,
                 AssociationKind::HasMany,
                 {.onDelete = ReferentialAction::SetNull},
                 false,
                 false},
                {u"RESTRICT"_s,
                 u"Restrict"_s,
                 AssociationKind::HasMany,
                 {.onDelete = ReferentialAction::Restrict},
                 true,
                 false},
                {u"NO ACTION"_s,
                 u"NoAction"_s,
                 AssociationKind::HasMany,
                 {.onDelete = ReferentialAction::NoAction},
                 true,
                 false},
                {u"the default of a nullable key (SET NULL)"_s,
                 u"Nullable"_s,
                 AssociationKind::HasMany,
                 {},
                 false,
                 false},
                {u"the default of a key that cannot be null (CASCADE)"_s,
                 u"NotNull"_s,
                 AssociationKind::HasMany,
                 {.foreignKeyAllowNull = false},
                 false,
                 true},
                {u"CASCADE declared by belongsTo"_s,
                 u"ByChildCascade"_s,
                 AssociationKind::BelongsTo,
                 {.onDelete = ReferentialAction::Cascade},
                 false,
                 true},
                {u"RESTRICT declared by belongsTo"_s,
                 u"ByChildRestrict"_s,
                 AssociationKind::BelongsTo,
                 {.onDelete = ReferentialAction::Restrict},
                 true,
                 false},
        };
        QList<std::pair<Model, Model>> models;
        for (const Case &c : cases) {
            auto parent = db().define(u"Parent"_s + c.suffix, {{.name = u"Nom"_s, .type = DataType::string()}});
            auto child = db().define(u"Enfant"_s + c.suffix, {{.name = u"Nom"_s, .type = DataType::string()}});
            QVERIFY(parent && child);
            AssociationOptions options = c.options;
            options.foreignKey = u"ParentId"_s;
            auto made = c.kind == AssociationKind::HasMany ? parent->hasMany(*child, options)
                                                           : child->belongsTo(*parent, options);
            QVERIFY2(made, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(made))));
            models << std::pair{*parent, *child};
        }
        auto synced = db().sync();
        QVERIFY2(synced, Test::why(synced));

        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            const auto &[parents, children] = models.at(i);
            QList<Instance> p;
            for (const QString &name : {u"p1"_s, u"p2"_s, u"p3"_s}) {
                auto made = parents.create({{u"Nom"_s, name}});
                QVERIFY2(made, Test::why(made));
                p << *made;
            }
            for (const auto &[name, owner] : {std::pair{u"c1"_s, 0}, std::pair{u"c2"_s, 0}, std::pair{u"c3"_s, 1}}) {
                auto made = children.create({{u"Nom"_s, name}, {u"ParentId"_s, p.at(owner).get(u"id"_s)}});
                QVERIFY2(made, Test::why(made));
            }
            const Where ofP1 = col(u"ParentId"_s) == p.at(0).get(u"id"_s);
            const Where orphans = col(u"ParentId"_s) == QVariant();

            // p1 (two children) and p3 (none) in one statement; then p2 (one child) as an instance.
            auto deleted = parents.destroy({.where = col(u"id"_s).in({p.at(0).get(u"id"_s), p.at(2).get(u"id"_s)})});
            Instance p2 = p.at(1);
            auto deletedOne = p2.destroy();
            if (c.refused) {
                QVERIFY2(!deleted, qPrintable(c.name + u": the parent was deleted"_s));
                CASE_COMPARE(c.name, Error::kindName(deleted.error().kind()),
                             Error::kindName(Error::Kind::ForeignKeyConstraint));
                QVERIFY2(!deletedOne, qPrintable(c.name + u": the parent instance was deleted"_s));
                CASE_COMPARE(c.name, Error::kindName(deletedOne.error().kind()),
                             Error::kindName(Error::Kind::ForeignKeyConstraint));
                CASE_COMPARE(c.name, countOf(parents), 3); // nothing deleted, not even the childless p3
                CASE_COMPARE(c.name, countOf(children), 3);
                CASE_COMPARE(c.name, countOf(children, ofP1), 2);
            } else {
                QVERIFY2(deleted, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(deleted))));
                CASE_COMPARE(c.name, *deleted, 2);
                QVERIFY2(deletedOne, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(deletedOne))));
                CASE_COMPARE(c.name, countOf(parents), 0);
                CASE_COMPARE(c.name, countOf(children), c.cascades ? 0 : 3);
                CASE_COMPARE(c.name, countOf(children, orphans), c.cascades ? 0 : 3);
            }
        }
    }

    // Changing the key a child refers to (a code): followed, let go or refused, as its ON UPDATE says.
    void checkOnUpdateEnforcedByTheDatabase()
    {
        struct Case
        {
            QString name;
            QString suffix;
            ReferentialAction onUpdate;
            bool refused;
            QVariant childKey; // after the parent's code changed from A to B
        };
        const QList<Case> cases = {
                {u"CASCADE"_s, u"Cascade"_s, ReferentialAction::Cascade, false, u"B"_s},
                {u"the default (CASCADE)"_s, u"Default"_s, ReferentialAction::Default, false, u"B"_s},
                {u"SET NULL"_s, u"SetNull"_s, ReferentialAction::SetNull, false, QVariant()},
                {u"RESTRICT"_s, u"Restrict"_s, ReferentialAction::Restrict, true, u"A"_s},
                {u"NO ACTION"_s, u"NoAction"_s, ReferentialAction::NoAction, true, u"A"_s},
        };
        QList<std::pair<Model, Model>> models;
        for (const Case &c : cases) {
            auto parent = db().define(u"Groupe"_s + c.suffix,
                                      {{.name = u"Code"_s, .type = DataType::string(10), .unique = true}});
            auto child = db().define(u"Membre"_s + c.suffix, {{.name = u"Nom"_s, .type = DataType::string()}});
            QVERIFY(parent && child);
            auto made = child->belongsTo(*parent, {.as = u"Parent"_s, .targetKey = u"Code"_s, .onUpdate = c.onUpdate});
            QVERIFY2(made, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(made))));
            models << std::pair{*parent, *child};
        }
        auto synced = db().sync();
        QVERIFY2(synced, Test::why(synced));

        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            const auto &[parents, children] = models.at(i);
            auto parent = parents.create({{u"Code"_s, u"A"_s}});
            QVERIFY2(parent, Test::why(parent));
            auto child = children.create({{u"Nom"_s, u"c"_s}, {u"ParentCode"_s, u"A"_s}});
            QVERIFY2(child, Test::why(child));
            auto changed = parent->update({{u"Code"_s, u"B"_s}});
            if (c.refused) {
                QVERIFY2(!changed, qPrintable(c.name + u": the key changed"_s));
                CASE_COMPARE(c.name, Error::kindName(changed.error().kind()),
                             Error::kindName(Error::Kind::ForeignKeyConstraint));
                CASE_COMPARE(c.name, storedValue(parents, *parent, u"Code"_s), QVariant(u"A"_s));
            } else {
                QVERIFY2(changed, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(changed))));
                CASE_COMPARE(c.name, storedValue(parents, *parent, u"Code"_s), QVariant(u"B"_s));
            }
            const QVariant key = storedValue(children, *child, u"ParentCode"_s);
            CASE_COMPARE(c.name, key.isNull() ? QVariant() : QVariant(key.toString()), c.childKey);
        }
    }

    // Writing a key to a missing row is refused by the database, whichever way it is written.
    void checkChildOfAMissingParentRefused(const Library &lib, Seed &s)
    {
        auto ghostAuteur = lib.auteurs.create({{u"Nom"_s, u"Fantome"_s}});
        auto ghostEditeur = lib.editeurs.create({{u"Nom"_s, u"Fantome"_s}});
        QVERIFY(ghostAuteur && ghostEditeur);
        QVERIFY(lib.auteurs.destroy({.where = col(u"id"_s) == ghostAuteur->get(u"id"_s)}));
        QVERIFY(lib.editeurs.destroy({.where = col(u"id"_s) == ghostEditeur->get(u"id"_s)}));
        const int missing = 999999;
        Instance livre = s.tintin;
        struct Case
        {
            QString name;
            std::function<Status()> write;
            Model model; // whose rows must not change
        };
        auto status = [](const auto &result) -> Status {
            if (result)
                return {};
            return std::unexpected(result.error());
        };
        const QList<Case> cases = {
                {u"a livre of a missing editeur (belongsTo)"_s,
                 [&] {
                     return status(lib.livres.create({{u"Titre"_s, u"X"_s}, {u"EditeurId"_s, missing}}));
                 },
                 lib.livres},
                {u"a mouvement of a missing livre (hasMany)"_s,
                 [&] {
                     return status(lib.mouvements.create({{u"Quantite"_s, 1}, {u"LivreId"_s, missing}}));
                 },
                 lib.mouvements},
                {u"a couverture of a missing livre (hasOne)"_s,
                 [&] {
                     return status(lib.couvertures.create({{u"Image"_s, u"x.png"_s}, {u"LivreId"_s, missing}}));
                 },
                 lib.couvertures},
                {u"a join row of a missing livre"_s,
                 [&] {
                     return status(
                             lib.livreAuteur.create({{u"LivreId"_s, missing}, {u"AuteurId"_s, s.hugo.get(u"id"_s)}}));
                 },
                 lib.livreAuteur},
                {u"a join row of a missing auteur"_s,
                 [&] {
                     return status(
                             lib.livreAuteur.create({{u"LivreId"_s, livre.get(u"id"_s)}, {u"AuteurId"_s, missing}}));
                 },
                 lib.livreAuteur},
                {u"bulkCreate with one mouvement of a missing livre"_s,
                 [&] {
                     return status(lib.mouvements.bulkCreate({{{u"Quantite"_s, 1}, {u"LivreId"_s, livre.get(u"id"_s)}},
                                                              {{u"Quantite"_s, 2}, {u"LivreId"_s, missing}}}));
                 },
                 lib.mouvements},
                {u"add of a deleted auteur"_s, [&] { return lib.livreAuteurs.add(livre, *ghostAuteur); },
                 lib.livreAuteur},
                {u"set of a deleted editeur"_s, [&] { return lib.livreEditeur.set(livre, *ghostEditeur); }, lib.livres},
        };
        for (const Case &c : cases) {
            const qint64 before = countOf(c.model);
            const Status result = c.write();
            QVERIFY2(!result, qPrintable(c.name + u" was accepted"_s));
            CASE_COMPARE(c.name, Error::kindName(result.error().kind()),
                         Error::kindName(Error::Kind::ForeignKeyConstraint));
            CASE_COMPARE(c.name, countOf(c.model), before);
        }
        QCOMPARE(storedValue(lib.livres, s.tintin, u"EditeurId"_s).toLongLong(), idOf(s.casterman));
        QCOMPARE(*lib.livreAuteurs.count(s.tintin), 1);
    }

    // The default actions of the library's keys: join rows go with either side, other keys are let go.
    void checkDeletingRowsOfTheLibrary(const Library &lib, Seed &s)
    {
        QCOMPARE(countOf(lib.livreAuteur), 5);
        // A join row goes with either of its rows (CASCADE both ways); the rows on the other side stay.
        QVERIFY2(s.miserables.destroy(), "delete a livre");
        QCOMPARE(countOf(lib.livreAuteur), 4);
        QCOMPARE(countOf(lib.auteurs), 4);
        QCOMPARE(*lib.livreAuteurs.count(s.mousquetaires), 3);
        auto deleted = lib.auteurs.destroy({.where = col(u"Nom"_s) == u"Hugo"_s});
        QVERIFY2(deleted, Test::why(deleted));
        QCOMPARE(countOf(lib.livreAuteur), 3);
        auto left = lib.livreAuteurs.get(s.mousquetaires, {.order = {asc(u"Nom"_s)}});
        QVERIFY2(left, Test::why(left));
        QCOMPARE(valuesOf(*left, u"Nom"_s), QStringList({u"Dumas"_s, u"Sand"_s}));
        // A nullable key's default is SET NULL: the mouvements of the deleted livre stay, let go.
        QCOMPARE(countOf(lib.mouvements), 4);
        QCOMPARE(countOf(lib.mouvements, col(u"LivreId"_s) == QVariant()), 2);
        QVERIFY2(s.seuil.destroy(), "delete an editeur");
        QVERIFY(storedValue(lib.livres, s.mousquetaires, u"EditeurId"_s).isNull());
        QCOMPARE(countOf(lib.livres), 3);
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        m_statements = 0;
        db().setLogger([this](const QString &) { ++m_statements; });
    }

    void cleanup()
    {
        if (m_db)
            db().setLogger({});
        m_db.reset();
    }

    // --- Declaring associations: names, options, and the foreign keys sync() creates ---

    void syncCreatesForeignKeys()
    {
        auto parent = db().define(u"Parent"_s,
                                  {{.name = u"Nom"_s, .type = DataType::string()},
                                   {.name = u"Code"_s, .type = DataType::string(10), .unique = true}});
        QVERIFY2(parent, Test::why(parent));
        const QString cascadeBoth = u"ON DELETE CASCADE ON UPDATE CASCADE"_s;
        const QString nullThenCascade = u"ON DELETE SET NULL ON UPDATE CASCADE"_s;
        struct Case
        {
            QString name;
            QString child; // the model holding the key, on the table child + "s"
            AssociationKind kind;
            AssociationOptions options;
            QString as;
            QString column;
            QString foreignKey; // as foreignKeys() shows it; empty: none
            bool notNull;
        };
        const QList<Case> cases = {
                {u"belongsTo with defaults"_s,
                 u"Fiche"_s,
                 AssociationKind::BelongsTo,
                 {},
                 u"Parent"_s,
                 u"ParentId"_s,
                 u"ParentId -> Parents(id) "_s + nullThenCascade,
                 false},
                {u"belongsTo with a key that cannot be null"_s,
                 u"Carte"_s,
                 AssociationKind::BelongsTo,
                 {.foreignKeyAllowNull = false},
                 u"Parent"_s,
                 u"ParentId"_s,
                 u"ParentId -> Parents(id) "_s + cascadeBoth,
                 true},
                {u"belongsTo with an alias, which names the key"_s,
                 u"Badge"_s,
                 AssociationKind::BelongsTo,
                 {.as = u"Tuteur"_s},
                 u"Tuteur"_s,
                 u"TuteurId"_s,
                 u"TuteurId -> Parents(id) "_s + nullThenCascade,
                 false},
                {u"belongsTo with a foreign key name"_s,
                 u"Dossier"_s,
                 AssociationKind::BelongsTo,
                 {.foreignKey = u"Responsable"_s},
                 u"Parent"_s,
                 u"Responsable"_s,
                 u"Responsable -> Parents(id) "_s + nullThenCascade,
                 false},
                {u"belongsTo a unique code (targetKey)"_s,
                 u"Etiquette"_s,
                 AssociationKind::BelongsTo,
                 {.targetKey = u"Code"_s},
                 u"Parent"_s,
                 u"ParentCode"_s,
                 u"ParentCode -> Parents(Code) "_s + nullThenCascade,
                 false},
                {u"belongsTo with NO ACTION"_s,
                 u"Note"_s,
                 AssociationKind::BelongsTo,
                 {.onDelete = ReferentialAction::NoAction, .onUpdate = ReferentialAction::NoAction},
                 u"Parent"_s,
                 u"ParentId"_s,
                 u"ParentId -> Parents(id) ON DELETE NO ACTION ON UPDATE NO ACTION"_s,
                 false},
                {u"belongsTo with CASCADE on delete and SET NULL on update"_s,
                 u"Remarque"_s,
                 AssociationKind::BelongsTo,
                 {.onDelete = ReferentialAction::Cascade, .onUpdate = ReferentialAction::SetNull},
                 u"Parent"_s,
                 u"ParentId"_s,
                 u"ParentId -> Parents(id) ON DELETE CASCADE ON UPDATE SET NULL"_s,
                 false},
                {u"belongsTo without constraints"_s,
                 u"Trace"_s,
                 AssociationKind::BelongsTo,
                 {.constraints = false},
                 u"Parent"_s,
                 u"ParentId"_s,
                 QString(),
                 false},
                {u"hasOne with defaults"_s,
                 u"Profil"_s,
                 AssociationKind::HasOne,
                 {},
                 u"Profil"_s,
                 u"ParentId"_s,
                 u"ParentId -> Parents(id) "_s + nullThenCascade,
                 false},
                {u"hasOne with RESTRICT"_s,
                 u"Compte"_s,
                 AssociationKind::HasOne,
                 {.onDelete = ReferentialAction::Restrict, .onUpdate = ReferentialAction::Restrict},
                 u"Compte"_s,
                 u"ParentId"_s,
                 u"ParentId -> Parents(id) ON DELETE RESTRICT ON UPDATE RESTRICT"_s,
                 false},
                {u"hasMany with defaults"_s,
                 u"Lettre"_s,
                 AssociationKind::HasMany,
                 {},
                 u"Lettres"_s,
                 u"ParentId"_s,
                 u"ParentId -> Parents(id) "_s + nullThenCascade,
                 false},
                {u"hasMany with a key that cannot be null"_s,
                 u"Facture"_s,
                 AssociationKind::HasMany,
                 {.foreignKeyAllowNull = false},
                 u"Factures"_s,
                 u"ParentId"_s,
                 u"ParentId -> Parents(id) "_s + cascadeBoth,
                 true},
                {u"hasMany with an alias, a key name and CASCADE"_s,
                 u"Tache"_s,
                 AssociationKind::HasMany,
                 {.as = u"Corvees"_s, .foreignKey = u"ProprietaireId"_s, .onDelete = ReferentialAction::Cascade},
                 u"Corvees"_s,
                 u"ProprietaireId"_s,
                 u"ProprietaireId -> Parents(id) "_s + cascadeBoth,
                 false},
                {u"hasMany from a unique code (sourceKey)"_s,
                 u"Commande"_s,
                 AssociationKind::HasMany,
                 {.sourceKey = u"Code"_s},
                 u"Commandes"_s,
                 u"ParentCode"_s,
                 u"ParentCode -> Parents(Code) "_s + nullThenCascade,
                 false},
                {u"hasMany without constraints"_s,
                 u"Visite"_s,
                 AssociationKind::HasMany,
                 {.constraints = false},
                 u"Visites"_s,
                 u"ParentId"_s,
                 QString(),
                 false},
        };
        QList<Association> associations;
        QList<Model> children;
        for (const Case &c : cases) {
            auto child = db().define(c.child, {{.name = u"Nom"_s, .type = DataType::string()}});
            QVERIFY2(child, Test::why(child));
            auto made = c.kind == AssociationKind::BelongsTo ? child->belongsTo(*parent, c.options)
                    : c.kind == AssociationKind::HasOne      ? parent->hasOne(*child, c.options)
                                                             : parent->hasMany(*child, c.options);
            QVERIFY2(made, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(made))));
            associations << *made;
            children << *child;
        }
        auto synced = db().sync();
        QVERIFY2(synced, Test::why(synced));

        auto referred = parent->create({{u"Nom"_s, u"P"_s}, {u"Code"_s, u"P1"_s}});
        QVERIFY2(referred, Test::why(referred));
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const Case &c = cases.at(i);
            const Association &a = associations.at(i);
            const Model &child = children.at(i);
            const QString table = c.child + u's';
            CASE_COMPARE(c.name, a.as(), c.as);
            CASE_COMPARE(c.name, a.foreignKey(), c.column);
            CASE_COMPARE(c.name, child.tableName(), table);
            // The key attribute was added to the model that holds it, of the type of the key it refers to.
            const int key = child.definition().indexOf(c.column);
            QVERIFY2(key >= 0, qPrintable(c.name));
            const bool byCode = !c.options.sourceKey.isEmpty() || !c.options.targetKey.isEmpty();
            CASE_COMPARE(c.name, int(child.definition().attribute(key).type.kind),
                         int(byCode ? DataType::Kind::String : DataType::Kind::Integer));
            CASE_COMPARE(c.name, child.definition().attribute(key).allowNull, !c.notNull);

            auto columns = db().columns(table);
            QVERIFY2(columns, Test::why(columns));
            QVERIFY2(columns->contains(c.column), qPrintable(c.name + u": no column in "_s + columns->join(u',')));
            auto keys = foreignKeys(table);
            QVERIFY2(keys, Test::why(keys));
            CASE_COMPARE(c.name, *keys, c.foreignKey.isEmpty() ? QStringList() : QStringList{c.foreignKey});
            auto notNull = isNotNull(table, c.column);
            QVERIFY2(notNull, Test::why(notNull));
            CASE_COMPARE(c.name, *notNull, c.notNull);

            // The database enforces the key it declares, and only that one.
            const QVariant missing = byCode ? QVariant(u"ZZ"_s) : QVariant(999999);
            auto dangling = child.create({{u"Nom"_s, u"orphelin"_s}, {c.column, missing}});
            if (c.foreignKey.isEmpty()) {
                QVERIFY2(dangling, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(dangling))));
            } else {
                QVERIFY2(!dangling, qPrintable(c.name + u": a child of a missing parent was accepted"_s));
                CASE_COMPARE(c.name, Error::kindName(dangling.error().kind()),
                             Error::kindName(Error::Kind::ForeignKeyConstraint));
            }
            auto attached =
                    child.create({{u"Nom"_s, u"enfant"_s}, {c.column, referred->get(byCode ? u"Code"_s : u"id"_s)}});
            QVERIFY2(attached, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(attached))));
        }
    }

    void syncCreatesJoinTableForeignKeys()
    {
        auto livres = db().define(u"Livre"_s, {{.name = u"Titre"_s, .type = DataType::string()}});
        auto auteurs = db().define(u"Auteur"_s, {{.name = u"Nom"_s, .type = DataType::string()}});
        auto themes = db().define(u"Theme"_s, {{.name = u"Nom"_s, .type = DataType::string()}});
        auto etiquettes = db().define(u"Etiquette"_s, {{.name = u"Nom"_s, .type = DataType::string()}});
        auto lecteurs = db().define(u"Lecteur"_s, {{.name = u"Nom"_s, .type = DataType::string()}});
        auto livreAuteur = db().define(
                u"LivreAuteur"_s,
                {{.name = u"Role"_s, .type = DataType::string()}, {.name = u"Ordre"_s, .type = DataType::integer()}},
                {.tableName = u"LivresAuteurs"_s});
        QVERIFY(livres && auteurs && themes && etiquettes && lecteurs && livreAuteur);
        // A join model with extra columns; one defined by the association; one with its own names and RESTRICT;
        // one without constraints.
        auto byAuteur = livres->belongsToMany(*auteurs, {.through = u"LivreAuteur"_s});
        QVERIFY2(byAuteur, Test::why(byAuteur));
        auto byTheme = livres->belongsToMany(*themes, {.through = u"LivreTheme"_s});
        QVERIFY2(byTheme, Test::why(byTheme));
        auto byTag = livres->belongsToMany(*etiquettes,
                                           {.as = u"Tags"_s,
                                            .foreignKey = u"Ouvrage"_s,
                                            .through = u"LivreEtiquette"_s,
                                            .otherKey = u"Tag"_s,
                                            .onDelete = ReferentialAction::Restrict});
        QVERIFY2(byTag, Test::why(byTag));
        auto byLecteur = livres->belongsToMany(*lecteurs, {.through = u"LivreLecteur"_s, .constraints = false});
        QVERIFY2(byLecteur, Test::why(byLecteur));
        auto synced = db().sync();
        QVERIFY2(synced, Test::why(synced));

        QCOMPARE(byAuteur->kind(), AssociationKind::BelongsToMany);
        QVERIFY(byAuteur->isToMany());
        QCOMPARE(byAuteur->as(), u"Auteurs"_s);
        QCOMPARE(byAuteur->through().name(), u"LivreAuteur"_s);
        QCOMPARE(byAuteur->foreignKey(), u"LivreId"_s);
        QCOMPARE(byAuteur->otherKey(), u"AuteurId"_s);
        QCOMPARE(byAuteur->sourceKey(), u"id"_s);
        QCOMPARE(byAuteur->targetKey(), u"id"_s);
        QCOMPARE(byAuteur->source().name(), u"Livre"_s);
        QCOMPARE(byAuteur->target().name(), u"Auteur"_s);
        QCOMPARE(byTag->as(), u"Tags"_s);
        QCOMPARE(byTag->foreignKey(), u"Ouvrage"_s);
        QCOMPARE(byTag->otherKey(), u"Tag"_s);

        const QString cascadeBoth = u"ON DELETE CASCADE ON UPDATE CASCADE"_s;
        auto keys = foreignKeys(u"LivresAuteurs"_s);
        QVERIFY2(keys, Test::why(keys));
        QCOMPARE(*keys,
                 QStringList({u"AuteurId -> Auteurs(id) "_s + cascadeBoth, u"LivreId -> Livres(id) "_s + cascadeBoth}));
        for (const QString &column : {u"LivreId"_s, u"AuteurId"_s}) {
            auto notNull = isNotNull(u"LivresAuteurs"_s, column);
            QVERIFY2(notNull, Test::why(notNull));
            QVERIFY2(*notNull, qPrintable(column));
        }

        // The join model the association defined: the two keys as its primary key.
        const Model livreTheme = db().model(u"LivreTheme"_s);
        QVERIFY(livreTheme.isValid());
        QCOMPARE(byTheme->through().name(), u"LivreTheme"_s);
        QStringList primaryKey;
        for (int i : livreTheme.definition().primaryKey())
            primaryKey << livreTheme.definition().attribute(i).name;
        QCOMPARE(primaryKey, QStringList({u"LivreId"_s, u"ThemeId"_s}));
        keys = foreignKeys(livreTheme.tableName());
        QVERIFY2(keys, Test::why(keys));
        QCOMPARE(*keys,
                 QStringList({u"LivreId -> Livres(id) "_s + cascadeBoth, u"ThemeId -> Themes(id) "_s + cascadeBoth}));

        keys = foreignKeys(byTag->through().tableName());
        QVERIFY2(keys, Test::why(keys));
        QCOMPARE(*keys,
                 QStringList({u"Ouvrage -> Livres(id) ON DELETE RESTRICT ON UPDATE CASCADE"_s,
                              u"Tag -> Etiquettes(id) ON DELETE RESTRICT ON UPDATE CASCADE"_s}));
        keys = foreignKeys(byLecteur->through().tableName());
        QVERIFY2(keys, Test::why(keys));
        QCOMPARE(*keys, QStringList());

        // The join tables work, and RESTRICT keeps a tagged book.
        auto livre = livres->create({{u"Titre"_s, u"Dune"_s}});
        auto theme = themes->create({{u"Nom"_s, u"SF"_s}});
        auto tag = etiquettes->create({{u"Nom"_s, u"culte"_s}});
        QVERIFY(livre && theme && tag);
        QVERIFY2(byTheme->add(*livre, *theme), "add through the defined join model");
        QVERIFY2(byTag->add(*livre, *tag), "add through named keys");
        auto tagged = byTag->get(*livre);
        QVERIFY2(tagged, Test::why(tagged));
        QCOMPARE(valuesOf(*tagged, u"Nom"_s), QStringList{u"culte"_s});
        auto refused = livre->destroy();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::ForeignKeyConstraint);
        QCOMPARE(countOf(*livres), 1);
        QCOMPARE(countOf(livreTheme), 1);
    }

    void syncOrdersTablesByForeignKeys()
    {
        // Defined with every table before the tables it refers to: sync() must create them the other way round
        // (PostgreSQL checks a REFERENCES clause at once), and drop them in reverse.
        auto livreAuteur = db().define(u"LivreAuteur"_s, {{.name = u"Role"_s, .type = DataType::string()}},
                                       {.tableName = u"LivresAuteurs"_s});
        auto mouvements = db().define(u"Mouvement"_s, {{.name = u"Quantite"_s, .type = DataType::integer()}});
        auto livres = db().define(u"Livre"_s, {{.name = u"Titre"_s, .type = DataType::string()}});
        auto auteurs = db().define(u"Auteur"_s, {{.name = u"Nom"_s, .type = DataType::string()}});
        auto editeurs = db().define(u"Editeur"_s, {{.name = u"Nom"_s, .type = DataType::string()}});
        auto pays = db().define(u"Pays"_s, {{.name = u"Nom"_s, .type = DataType::string()}}, {.tableName = u"Pays"_s});
        QVERIFY(livreAuteur && mouvements && livres && auteurs && editeurs && pays);
        QVERIFY(editeurs->belongsTo(*pays));
        QVERIFY(livres->belongsTo(*editeurs));
        QVERIFY(livres->belongsToMany(*auteurs, {.through = u"LivreAuteur"_s}));
        QVERIFY(livres->hasMany(*mouvements));

        auto created = db().sync(SyncMode::Force);
        QVERIFY2(created, Test::why(created));
        const QStringList &actions = created->actions;
        auto at = [&](const QString &action) { return actions.indexOf(action); };
        for (const QString &table :
             {u"Pays"_s, u"Editeurs"_s, u"Livres"_s, u"Auteurs"_s, u"LivresAuteurs"_s, u"Mouvements"_s})
            QVERIFY2(at(u"created table "_s + table) >= 0, qPrintable(actions.join(u"; "_s)));
        QVERIFY2(at(u"created table Pays"_s) < at(u"created table Editeurs"_s), qPrintable(actions.join(u"; "_s)));
        QVERIFY2(at(u"created table Editeurs"_s) < at(u"created table Livres"_s), qPrintable(actions.join(u"; "_s)));
        QVERIFY2(at(u"created table Livres"_s) < at(u"created table LivresAuteurs"_s),
                 qPrintable(actions.join(u"; "_s)));
        QVERIFY2(at(u"created table Auteurs"_s) < at(u"created table LivresAuteurs"_s),
                 qPrintable(actions.join(u"; "_s)));
        QVERIFY2(at(u"created table Livres"_s) < at(u"created table Mouvements"_s), qPrintable(actions.join(u"; "_s)));

        auto again = db().sync(SyncMode::Force);
        QVERIFY2(again, Test::why(again));
        const QStringList &redone = again->actions;
        auto dropped = [&](const QString &table) { return redone.indexOf(u"dropped table "_s + table); };
        QVERIFY2(dropped(u"LivresAuteurs"_s) >= 0 && dropped(u"LivresAuteurs"_s) < dropped(u"Livres"_s),
                 qPrintable(redone.join(u"; "_s)));
        QVERIFY2(dropped(u"Livres"_s) < dropped(u"Editeurs"_s), qPrintable(redone.join(u"; "_s)));
        QVERIFY2(dropped(u"Editeurs"_s) < dropped(u"Pays"_s), qPrintable(redone.join(u"; "_s)));

        auto france = pays->create({{u"Nom"_s, u"France"_s}});
        QVERIFY(france);
        auto seuil = editeurs->create({{u"Nom"_s, u"Seuil"_s}, {u"PaysId"_s, france->get(u"id"_s)}});
        QVERIFY2(seuil, Test::why(seuil));
        auto livre = livres->create({{u"Titre"_s, u"Dune"_s}, {u"EditeurId"_s, seuil->get(u"id"_s)}});
        QVERIFY2(livre, Test::why(livre));
        auto keys = foreignKeys(u"Livres"_s);
        QVERIFY2(keys, Test::why(keys));
        QCOMPARE(*keys, QStringList{u"EditeurId -> Editeurs(id) ON DELETE SET NULL ON UPDATE CASCADE"_s});
    }

    void sourceAndTargetKeysOtherThanThePrimaryKey()
    {
        auto livres =
                db().define(u"Livre"_s,
                            {{.name = u"Titre"_s, .type = DataType::string()},
                             {.name = u"Isbn"_s, .type = DataType::string(20), .allowNull = false, .unique = true}});
        auto critiques = db().define(u"Critique"_s, {{.name = u"Texte"_s, .type = DataType::string()}});
        auto themes =
                db().define(u"Theme"_s,
                            {{.name = u"Code"_s, .type = DataType::string(10), .allowNull = false, .unique = true},
                             {.name = u"Nom"_s, .type = DataType::string()}});
        auto livreTheme = db().define(u"LivreTheme"_s, {{.name = u"Poids"_s, .type = DataType::integer()}},
                                      {.tableName = u"LivresThemes"_s});
        QVERIFY(livres && critiques && themes && livreTheme);
        auto critiqueLivre = critiques->belongsTo(*livres, {.targetKey = u"Isbn"_s});
        QVERIFY2(critiqueLivre, Test::why(critiqueLivre));
        auto livreCritiques = livres->hasMany(
                *critiques, {.as = u"Critiques"_s, .foreignKey = u"LivreIsbn"_s, .sourceKey = u"Isbn"_s});
        QVERIFY2(livreCritiques, Test::why(livreCritiques));
        auto livreThemes = livres->belongsToMany(
                *themes, {.sourceKey = u"Isbn"_s, .targetKey = u"Code"_s, .through = u"LivreTheme"_s});
        QVERIFY2(livreThemes, Test::why(livreThemes));
        auto themeLivres = themes->belongsToMany(*livres,
                                                 {.foreignKey = u"ThemeCode"_s,
                                                  .sourceKey = u"Code"_s,
                                                  .targetKey = u"Isbn"_s,
                                                  .through = u"LivreTheme"_s,
                                                  .otherKey = u"LivreIsbn"_s});
        QVERIFY2(themeLivres, Test::why(themeLivres));
        QCOMPARE(critiqueLivre->foreignKey(), u"LivreIsbn"_s);
        QCOMPARE(critiqueLivre->targetKey(), u"Isbn"_s);
        QCOMPARE(livreCritiques->sourceKey(), u"Isbn"_s);
        QCOMPARE(livreThemes->foreignKey(), u"LivreIsbn"_s);
        QCOMPARE(livreThemes->otherKey(), u"ThemeCode"_s);
        auto synced = db().sync();
        QVERIFY2(synced, Test::why(synced));

        auto keys = foreignKeys(u"Critiques"_s);
        QVERIFY2(keys, Test::why(keys));
        QCOMPARE(*keys, QStringList{u"LivreIsbn -> Livres(Isbn) ON DELETE SET NULL ON UPDATE CASCADE"_s});
        keys = foreignKeys(u"LivresThemes"_s);
        QVERIFY2(keys, Test::why(keys));
        QCOMPARE(*keys,
                 QStringList({u"LivreIsbn -> Livres(Isbn) ON DELETE CASCADE ON UPDATE CASCADE"_s,
                              u"ThemeCode -> Themes(Code) ON DELETE CASCADE ON UPDATE CASCADE"_s}));

        // A first book, so that no id equals another's position by chance.
        QVERIFY(livres->create({{u"Titre"_s, u"Filler"_s}, {u"Isbn"_s, u"000"_s}}));
        auto dune = livres->create({{u"Titre"_s, u"Dune"_s}, {u"Isbn"_s, u"978-0441"_s}});
        auto fondation = livres->create({{u"Titre"_s, u"Fondation"_s}, {u"Isbn"_s, u"978-0553"_s}});
        auto sf = themes->create({{u"Code"_s, u"SF"_s}, {u"Nom"_s, u"Science-fiction"_s}});
        auto classique = themes->create({{u"Code"_s, u"CLA"_s}, {u"Nom"_s, u"Classique"_s}});
        QVERIFY(dune && fondation && sf && classique);

        auto critique = livreCritiques->create(*dune, {{u"Texte"_s, u"culte"_s}});
        QVERIFY2(critique, Test::why(critique));
        QCOMPARE(critique->get(u"LivreIsbn"_s).toString(), u"978-0441"_s);
        auto ofCritique = critiqueLivre->getOne(*critique);
        QVERIFY2(ofCritique, Test::why(ofCritique));
        QCOMPARE(ofCritique->get(u"Titre"_s).toString(), u"Dune"_s);
        QVERIFY2(critiqueLivre->set(*critique, *fondation), "set by the isbn");
        QCOMPARE(storedValue(*critiques, *critique, u"LivreIsbn"_s).toString(), u"978-0553"_s);
        QVERIFY2(critiqueLivre->set(*critique, *dune), "set by the isbn");
        auto loose = critiques->create({{u"Texte"_s, u"long"_s}});
        QVERIFY2(loose, Test::why(loose));
        QVERIFY2(livreCritiques->add(*fondation, *loose), "add by the isbn");
        QCOMPARE(storedValue(*critiques, *loose, u"LivreIsbn"_s).toString(), u"978-0553"_s);
        QCOMPARE(*livreCritiques->count(*fondation), 1);
        QCOMPARE(*livreCritiques->has(*fondation, *loose), true);
        QCOMPARE(*livreCritiques->has(*fondation, {*loose, *critique}), false);
        QCOMPARE(valuesOf(*livreCritiques->get(*dune), u"Texte"_s), QStringList{u"culte"_s});
        QVERIFY2(livreCritiques->remove(*fondation, *loose), "remove by the isbn");
        QCOMPARE(*livreCritiques->count(*fondation), 0);

        QVERIFY2(livreThemes->add(*dune, {*sf, *classique}, {{u"Poids"_s, 2}}), "add by codes");
        QVERIFY2(livreThemes->add(*fondation, *sf), "add by code");
        auto stored = db().query(u"SELECT \"LivreIsbn\", \"ThemeCode\" FROM \"LivresThemes\" "
                                 u"ORDER BY \"LivreIsbn\", \"ThemeCode\""_s);
        QVERIFY2(stored, Test::why(stored));
        QStringList pairs;
        for (const QVariantList &row : std::as_const(stored->rows))
            pairs << row.value(0).toString() + u'/' + row.value(1).toString();
        QCOMPARE(pairs, QStringList({u"978-0441/CLA"_s, u"978-0441/SF"_s, u"978-0553/SF"_s}));
        auto ofDune = livreThemes->get(*dune, {.order = {asc(u"Code"_s)}});
        QVERIFY2(ofDune, Test::why(ofDune));
        QCOMPARE(valuesOf(*ofDune, u"Code"_s), QStringList({u"CLA"_s, u"SF"_s}));
        QCOMPARE(ofDune->first().through().get(u"Poids"_s).toInt(), 2);
        QCOMPARE(*livreThemes->has(*dune, {*sf, *classique}), true);
        QCOMPARE(*livreThemes->has(*fondation, {*sf, *classique}), false);
        QCOMPARE(*livreThemes->count(*fondation), 1);
        QVERIFY2(livreThemes->remove(*dune, *classique), "remove by code");
        QCOMPARE(*livreThemes->count(*dune), 1);

        auto all =
                livres->findAll({.where = col(u"Isbn"_s) != u"000"_s,
                                 .order = {asc(u"Titre"_s)},
                                 .include = {{.as = u"Critiques"_s}, {.as = u"Themes"_s, .order = {asc(u"Code"_s)}}}});
        QVERIFY2(all, Test::why(all));
        QCOMPARE(describe(*all, u"Critiques"_s, u"Texte"_s), QStringList({u"Dune[culte]"_s, u"Fondation[]"_s}));
        QCOMPARE(describe(*all, u"Themes"_s, u"Code"_s), QStringList({u"Dune[SF]"_s, u"Fondation[SF]"_s}));
        auto withLivre = critiques->findAll({.order = {asc(u"Texte"_s)}, .include = {{.as = u"Livre"_s}}});
        QVERIFY2(withLivre, Test::why(withLivre));
        QCOMPARE(describe(*withLivre, u"Livre"_s, u"Titre"_s, u"Texte"_s),
                 QStringList({u"culte[Dune]"_s, u"long[]"_s}));
        auto sfBooks = themes->findAll(
                {.where = col(u"Code"_s) == u"SF"_s, .include = {{.as = u"Livres"_s, .order = {desc(u"Titre"_s)}}}});
        QVERIFY2(sfBooks, Test::why(sfBooks));
        QCOMPARE(describe(*sfBooks, u"Livres"_s, u"Titre"_s, u"Code"_s), QStringList{u"SF[Fondation,Dune]"_s});

        // ON UPDATE CASCADE (the default) carries a changed isbn to the critiques and the join rows.
        QVERIFY2(dune->update({{u"Isbn"_s, u"978-9999"_s}}), "a new isbn");
        QCOMPARE(storedValue(*critiques, *critique, u"LivreIsbn"_s).toString(), u"978-9999"_s);
        QCOMPARE(countOf(*livreTheme, col(u"LivreIsbn"_s) == u"978-9999"_s), 1);
        QCOMPARE(*livreThemes->count(*dune), 1);
    }

    // --- The instance helpers ---

    // The helpers of belongsTo and hasOne.
    // A where on the join row filters a required belongsToMany include (EXISTS) and counts; belongsTo's set()
    // writes the foreign key alone, as Sequelize's does.
    void joinRowWhereAndForeignKeyAlone()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        auto prefaced = lib.livres.findAll(
                {.order = {asc(u"Titre"_s)},
                 .include = {{.as = u"Auteurs"_s, .where = col(u"LivreAuteur.Role"_s) == u"prefacier"_s}}});
        QVERIFY2(prefaced, Test::why(prefaced));
        QCOMPARE(valuesOf(*prefaced, u"Titre"_s), QStringList{u"Mousquetaires"_s});
        QCOMPARE(valuesOf(prefaced->first().related(u"Auteurs"_s), u"Nom"_s), QStringList{u"Hugo"_s});
        auto counted = lib.livres.count(
                {.include = {{.as = u"Auteurs"_s, .where = col(u"LivreAuteur.Role"_s) == u"prefacier"_s}}});
        QVERIFY2(counted, Test::why(counted));
        QCOMPARE(*counted, 1);
        auto authors = lib.livreAuteurs.count(s.mousquetaires, {.where = col(u"LivreAuteur.Role"_s) == u"auteur"_s});
        QVERIFY2(authors, Test::why(authors));
        QCOMPARE(*authors, 2);

        Instance livre = s.tintin;
        QVERIFY(livre.set(u"Titre"_s, u"Tintin au Tibet"_s));
        QVERIFY2(lib.livreEditeur.set(livre, s.gallimard), "set the editeur");
        QVERIFY(livre.changed(u"Titre"_s)); // still pending
        QVERIFY(!livre.changed(u"EditeurId"_s));
        auto stored = lib.livres.findByPk(livre.get(u"id"_s));
        QVERIFY2(stored, Test::why(stored));
        QCOMPARE(stored->get(u"Titre"_s).toString(), u"Tintin"_s);
        QCOMPARE(stored->get(u"EditeurId"_s), s.gallimard.get(u"id"_s));
    }

    void toOneHelpers()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        checkBelongsToHelpers(lib, s);
        if (QTest::currentTestFailed())
            return;
        checkHasOneHelpers(lib, s);
    }

    // The helpers of hasMany and belongsToMany.
    void toManyHelpers()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        checkHasManyHelpers(lib, s);
        if (QTest::currentTestFailed())
            return;
        checkBelongsToManyHelpers(lib, s);
    }

    // Wrong instances, helpers of the other kind and impossible declarations: InvalidQuery errors.
    void misuseRefused()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        checkHelpersRefuseWrongInstances(lib, s);
        if (QTest::currentTestFailed())
            return;
        checkHelpersOfTheOtherArityRefused(lib, s);
        if (QTest::currentTestFailed())
            return;
        checkInvalidDefinitionsRefused();
    }

    // --- Eager loading ---

    void includeOneAndSeveral()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(lib.couvertures.create({{u"Image"_s, u"m.png"_s}, {u"LivreId"_s, s.miserables.get(u"id"_s)}}));

        auto one = lib.livres.findAll({.order = {asc(u"Titre"_s)}, .include = {{.as = u"Editeur"_s}}});
        QVERIFY2(one, Test::why(one));
        QCOMPARE(describe(*one, u"Editeur"_s, u"Nom"_s),
                 QStringList({u"Anonyme[]"_s, u"Miserables[Gallimard]"_s, u"Mousquetaires[Seuil]"_s,
                              u"Tintin[Casterman]"_s}));
        for (const Instance &livre : std::as_const(*one)) {
            QVERIFY(livre.isIncluded(u"Editeur"_s));
            QVERIFY(!livre.isIncluded(u"Auteurs"_s));
            QVERIFY(livre.related(u"Auteurs"_s).isEmpty());
        }
        QVERIFY(one->at(0).relatedOne(u"Editeur"_s).isNull());
        const Instance gallimard = one->at(1).relatedOne(u"Editeur"_s);
        QCOMPARE(gallimard.model().name(), u"Editeur"_s);
        QCOMPARE(idOf(gallimard), idOf(s.gallimard));
        QCOMPARE(gallimard.get(u"PaysId"_s).toLongLong(), idOf(s.france));
        QVERIFY(!gallimard.isNewRecord());

        m_statements = 0;
        auto several = lib.livres.findAll({.order = {asc(u"Titre"_s)},
                                           .include = {{.as = u"Editeur"_s},
                                                       {.as = u"Couverture"_s},
                                                       {.as = u"Auteurs"_s},
                                                       {.as = u"Mouvements"_s}}});
        QVERIFY2(several, Test::why(several));
        QCOMPARE(m_statements, 4); // the belongsTo joined, one statement per other include
        QCOMPARE(describe(*several, u"Editeur"_s, u"Nom"_s),
                 QStringList({u"Anonyme[]"_s, u"Miserables[Gallimard]"_s, u"Mousquetaires[Seuil]"_s,
                              u"Tintin[Casterman]"_s}));
        QCOMPARE(describe(*several, u"Couverture"_s, u"Image"_s),
                 QStringList({u"Anonyme[]"_s, u"Miserables[m.png]"_s, u"Mousquetaires[]"_s, u"Tintin[]"_s}));
        QCOMPARE(describe(*several, u"Auteurs"_s, u"Nom"_s),
                 QStringList({u"Anonyme[]"_s, u"Miserables[Hugo]"_s, u"Mousquetaires[Hugo,Dumas,Sand]"_s,
                              u"Tintin[Herge]"_s}));
        QCOMPARE(describe(*several, u"Mouvements"_s, u"Quantite"_s),
                 QStringList({u"Anonyme[7]"_s, u"Miserables[5,3]"_s, u"Mousquetaires[1]"_s, u"Tintin[]"_s}));
        for (const Instance &livre : std::as_const(*several)) {
            for (const QString &as : {u"Editeur"_s, u"Couverture"_s, u"Auteurs"_s, u"Mouvements"_s})
                QVERIFY2(livre.isIncluded(as), qPrintable(as));
        }
        const Instance hugo = several->at(2).related(u"Auteurs"_s).first();
        QCOMPARE(hugo.through().model().name(), u"LivreAuteur"_s);
        QCOMPARE(hugo.through().get(u"Role"_s).toString(), u"prefacier"_s);
        QCOMPARE(hugo.through().get(u"Ordre"_s).toInt(), 3);
        QVERIFY(several->at(0).through().isNull()); // a parent is not loaded through a join row

        auto byPk = lib.livres.findByPk(s.mousquetaires.get(u"id"_s),
                                        {.include = {{.as = u"Auteurs"_s}, {.as = u"Editeur"_s}}});
        QVERIFY2(byPk, Test::why(byPk));
        QCOMPARE(valuesOf(byPk->related(u"Auteurs"_s), u"Nom"_s), QStringList({u"Hugo"_s, u"Dumas"_s, u"Sand"_s}));
        QCOMPARE(byPk->relatedOne(u"Editeur"_s).get(u"Nom"_s).toString(), u"Seuil"_s);
        auto found = lib.livres.findOne({.where = col(u"Titre"_s) == u"Tintin"_s, .include = {{.as = u"Auteurs"_s}}});
        QVERIFY2(found, Test::why(found));
        QCOMPARE(valuesOf(found->related(u"Auteurs"_s), u"Nom"_s), QStringList{u"Herge"_s});

        // The other way: each auteur with their books.
        auto byAuteur = lib.auteurs.findAll(
                {.order = {asc(u"Nom"_s)}, .include = {{.as = u"Livres"_s, .order = {asc(u"Titre"_s)}}}});
        QVERIFY2(byAuteur, Test::why(byAuteur));
        QCOMPARE(describe(*byAuteur, u"Livres"_s, u"Titre"_s, u"Nom"_s),
                 QStringList({u"Dumas[Mousquetaires]"_s, u"Herge[Tintin]"_s, u"Hugo[Miserables,Mousquetaires]"_s,
                              u"Sand[Mousquetaires]"_s}));
    }

    void includeNestedToAnyDepth()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        // Four levels of to-one joined into the parents' statement, to-many under them, and to-one joined into a
        // to-many's statement with a to-many under it again.
        const QList<Include> pays = {{.as = u"Continent"_s}, {.as = u"Villes"_s, .order = {asc(u"Nom"_s)}}};
        m_statements = 0;
        auto rows = lib.livres.findAll(
                {.order = {asc(u"Titre"_s)},
                 .include = {{.as = u"Editeur"_s, .include = {{.as = u"Pays"_s, .include = pays}}},
                             {.as = u"Auteurs"_s,
                              .order = {asc(u"LivreAuteur.Ordre"_s)},
                              .include = {{.as = u"Pays"_s,
                                           .include = {{.as = u"Continent"_s},
                                                       {.as = u"Villes"_s, .order = {desc(u"Nom"_s)}}}}}}}});
        QVERIFY2(rows, Test::why(rows));
        // Livres with Editeur, Pays and Continent; their Villes; Auteurs with Pays and Continent; their Villes.
        QCOMPARE(m_statements, 4);
        QCOMPARE(valuesOf(*rows, u"Titre"_s),
                 QStringList({u"Anonyme"_s, u"Miserables"_s, u"Mousquetaires"_s, u"Tintin"_s}));

        const Instance anonyme = rows->at(0);
        QVERIFY(anonyme.isIncluded(u"Editeur"_s));
        QVERIFY(anonyme.relatedOne(u"Editeur"_s).isNull());
        QVERIFY(anonyme.related(u"Auteurs"_s).isEmpty());

        const Instance tintin = rows->at(3);
        const Instance casterman = tintin.relatedOne(u"Editeur"_s);
        QCOMPARE(casterman.get(u"Nom"_s).toString(), u"Casterman"_s);
        const Instance belgique = casterman.relatedOne(u"Pays"_s);
        QCOMPARE(belgique.get(u"Nom"_s).toString(), u"Belgique"_s);
        QCOMPARE(belgique.relatedOne(u"Continent"_s).get(u"Nom"_s).toString(), u"Europe"_s);
        QCOMPARE(valuesOf(belgique.related(u"Villes"_s), u"Nom"_s), QStringList{u"Bruxelles"_s});
        const Instance herge = tintin.related(u"Auteurs"_s).value(0);
        QCOMPARE(herge.get(u"Nom"_s).toString(), u"Herge"_s);
        QCOMPARE(herge.relatedOne(u"Pays"_s).get(u"Nom"_s).toString(), u"Belgique"_s);
        QCOMPARE(valuesOf(herge.relatedOne(u"Pays"_s).related(u"Villes"_s), u"Nom"_s), QStringList{u"Bruxelles"_s});

        const Instance miserables = rows->at(1);
        const Instance france = miserables.relatedOne(u"Editeur"_s).relatedOne(u"Pays"_s);
        QCOMPARE(france.get(u"Nom"_s).toString(), u"France"_s);
        QCOMPARE(valuesOf(france.related(u"Villes"_s), u"Nom"_s), QStringList({u"Lyon"_s, u"Paris"_s}));

        // toJson nests as Sequelize's toJSON(): objects for to-one, arrays for to-many, the join row under the join
        // model's name, null for a missing to-one, nothing for what was not included.
        const QJsonObject json = rows->at(2).toJson();
        QCOMPARE(json[u"Titre"_s].toString(), u"Mousquetaires"_s);
        const QJsonObject seuil = json[u"Editeur"_s].toObject();
        QCOMPARE(seuil[u"Nom"_s].toString(), u"Seuil"_s);
        QCOMPARE(seuil[u"Pays"_s][u"Nom"_s].toString(), u"France"_s);
        QCOMPARE(seuil[u"Pays"_s][u"Continent"_s][u"Nom"_s].toString(), u"Europe"_s);
        const QJsonArray villes = seuil[u"Pays"_s][u"Villes"_s].toArray();
        QCOMPARE(villes.size(), 2);
        QCOMPARE(villes.at(0)[u"Nom"_s].toString(), u"Lyon"_s);
        const QJsonArray auteurs = json[u"Auteurs"_s].toArray();
        QCOMPARE(auteurs.size(), 3);
        QCOMPARE(auteurs.at(0)[u"Nom"_s].toString(), u"Dumas"_s);
        QCOMPARE(auteurs.at(0)[u"LivreAuteur"_s][u"Role"_s].toString(), u"auteur"_s);
        QCOMPARE(auteurs.at(2)[u"Nom"_s].toString(), u"Hugo"_s);
        QCOMPARE(auteurs.at(2)[u"LivreAuteur"_s][u"Role"_s].toString(), u"prefacier"_s);
        QCOMPARE(auteurs.at(2)[u"LivreAuteur"_s][u"Ordre"_s].toInt(), 3);
        QCOMPARE(auteurs.at(2)[u"Pays"_s][u"Continent"_s][u"Nom"_s].toString(), u"Europe"_s);
        const QJsonArray hisVilles = auteurs.at(2)[u"Pays"_s][u"Villes"_s].toArray();
        QCOMPARE(hisVilles.size(), 2);
        QCOMPARE(hisVilles.at(0)[u"Nom"_s].toString(), u"Paris"_s);
        QVERIFY(!json.contains(u"Mouvements"_s));
        QVERIFY(!json.contains(u"Couverture"_s));
        const QJsonObject empty = anonyme.toJson();
        QVERIFY(empty.contains(u"Editeur"_s));
        QVERIFY(empty[u"Editeur"_s].isNull());
        QVERIFY(empty[u"Auteurs"_s].isArray());
        QVERIFY(empty[u"Auteurs"_s].toArray().isEmpty());

        // Three to-many levels, with to-one joined into the deepest to-many.
        m_statements = 0;
        auto deep = lib.livres.findAll(
                {.where = col(u"Titre"_s) == u"Miserables"_s,
                 .include = {{.as = u"Auteurs"_s,
                              .include = {{.as = u"Livres"_s,
                                           .order = {asc(u"Titre"_s)},
                                           .include = {{.as = u"Mouvements"_s, .order = {asc(u"Quantite"_s)}},
                                                       {.as = u"Editeur"_s, .include = {{.as = u"Pays"_s}}}}}}}}});
        QVERIFY2(deep, Test::why(deep));
        QCOMPARE(m_statements, 4);
        QCOMPARE(deep->size(), 1);
        const QList<Instance> hugo = deep->first().related(u"Auteurs"_s);
        QCOMPARE(valuesOf(hugo, u"Nom"_s), QStringList{u"Hugo"_s});
        const QList<Instance> hisBooks = hugo.first().related(u"Livres"_s);
        QCOMPARE(describe(hisBooks, u"Mouvements"_s, u"Quantite"_s),
                 QStringList({u"Miserables[3,5]"_s, u"Mousquetaires[1]"_s}));
        QCOMPARE(describe(hisBooks, u"Editeur"_s, u"Nom"_s),
                 QStringList({u"Miserables[Gallimard]"_s, u"Mousquetaires[Seuil]"_s}));
        QCOMPARE(hisBooks.value(1).relatedOne(u"Editeur"_s).relatedOne(u"Pays"_s).get(u"Nom"_s).toString(),
                 u"France"_s);
    }

    void includeWhereAndRequired()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        struct Case
        {
            QString name;
            Include include;
            QString attribute; // of the included rows, to describe them
            QStringList expected;
        };
        const Where gallimard = col(u"Nom"_s) == u"Gallimard"_s;
        const Where hugo = col(u"Nom"_s) == u"Hugo"_s;
        const Where belgique = col(u"Nom"_s) == u"Belgique"_s;
        const QList<Case> cases = {
                {u"to-one with a where: required by default"_s,
                 {.as = u"Editeur"_s, .where = gallimard},
                 u"Nom"_s,
                 {u"Miserables[Gallimard]"_s}},
                {u"to-one with a where, not required"_s,
                 {.as = u"Editeur"_s, .where = gallimard, .required = false},
                 u"Nom"_s,
                 {u"Anonyme[]"_s, u"Miserables[Gallimard]"_s, u"Mousquetaires[]"_s, u"Tintin[]"_s}},
                {u"to-one required without a where"_s,
                 {.as = u"Editeur"_s, .required = true},
                 u"Nom"_s,
                 {u"Miserables[Gallimard]"_s, u"Mousquetaires[Seuil]"_s, u"Tintin[Casterman]"_s}},
                {u"to-one neither"_s,
                 {.as = u"Editeur"_s},
                 u"Nom"_s,
                 {u"Anonyme[]"_s, u"Miserables[Gallimard]"_s, u"Mousquetaires[Seuil]"_s, u"Tintin[Casterman]"_s}},
                {u"to-many with a where: required by default"_s,
                 {.as = u"Auteurs"_s, .where = hugo},
                 u"Nom"_s,
                 {u"Miserables[Hugo]"_s, u"Mousquetaires[Hugo]"_s}},
                {u"to-many with a where, not required"_s,
                 {.as = u"Auteurs"_s, .where = hugo, .required = false},
                 u"Nom"_s,
                 {u"Anonyme[]"_s, u"Miserables[Hugo]"_s, u"Mousquetaires[Hugo]"_s, u"Tintin[]"_s}},
                {u"to-many required without a where"_s,
                 {.as = u"Mouvements"_s, .required = true},
                 u"Quantite"_s,
                 {u"Anonyme[7]"_s, u"Miserables[5,3]"_s, u"Mousquetaires[1]"_s}},
                {u"to-many neither"_s,
                 {.as = u"Mouvements"_s},
                 u"Quantite"_s,
                 {u"Anonyme[7]"_s, u"Miserables[5,3]"_s, u"Mousquetaires[1]"_s, u"Tintin[]"_s}},
                {u"hasMany with a where on a number"_s,
                 {.as = u"Mouvements"_s, .where = col(u"Quantite"_s) > 4},
                 u"Quantite"_s,
                 {u"Anonyme[7]"_s, u"Miserables[5]"_s}},
                {u"required to-many with a required to-one under it"_s,
                 {.as = u"Auteurs"_s, .required = true, .include = {{.as = u"Pays"_s, .where = belgique}}},
                 u"Nom"_s,
                 {u"Tintin[Herge]"_s}},
                {u"required to-one with a required to-one under it"_s,
                 {.as = u"Editeur"_s, .required = true, .include = {{.as = u"Pays"_s, .where = belgique}}},
                 u"Nom"_s,
                 {u"Tintin[Casterman]"_s}},
                {u"required to-one with a to-many where two levels under it"_s,
                 {.as = u"Editeur"_s,
                  .required = true,
                  .include = {{.as = u"Pays"_s,
                               .required = true,
                               .include = {{.as = u"Villes"_s, .where = col(u"Nom"_s) == u"Lyon"_s}}}}},
                 u"Nom"_s,
                 {u"Miserables[Gallimard]"_s, u"Mousquetaires[Seuil]"_s}},
        };
        for (const Case &c : cases) {
            auto rows = lib.livres.findAll({.order = {asc(u"Titre"_s)}, .include = {c.include}});
            QVERIFY2(rows, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(rows))));
            CASE_COMPARE(c.name, describe(*rows, c.include.as, c.attribute), c.expected);
            auto counted = lib.livres.count({.include = {c.include}});
            QVERIFY2(counted, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(counted))));
            CASE_COMPARE(c.name, *counted, qint64(c.expected.size()));
        }
        // A nested where keeps only the matching rows below a parent that is kept.
        auto nested = lib.livres.findAll(
                {.where = col(u"Titre"_s) == u"Mousquetaires"_s,
                 .include = {{.as = u"Auteurs"_s, .include = {{.as = u"Pays"_s, .where = belgique}}}}});
        QVERIFY2(nested, Test::why(nested));
        QCOMPARE(describe(*nested, u"Auteurs"_s, u"Nom"_s), QStringList{u"Mousquetaires[]"_s});
    }

    void includeAttributes()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        auto rows = lib.livres.findAll({.order = {asc(u"Titre"_s)},
                                        .include = {{.as = u"Editeur"_s,
                                                     .attributes = {u"Nom"_s},
                                                     .include = {{.as = u"Pays"_s, .attributes = {u"Nom"_s}}}},
                                                    {.as = u"Auteurs"_s, .attributes = {u"Nom"_s}},
                                                    {.as = u"Mouvements"_s, .attributes = {u"Quantite"_s}}}});
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(describe(*rows, u"Mouvements"_s, u"Quantite"_s),
                 QStringList({u"Anonyme[7]"_s, u"Miserables[5,3]"_s, u"Mousquetaires[1]"_s, u"Tintin[]"_s}));
        QCOMPARE(describe(*rows, u"Auteurs"_s, u"Nom"_s),
                 QStringList({u"Anonyme[]"_s, u"Miserables[Hugo]"_s, u"Mousquetaires[Hugo,Dumas,Sand]"_s,
                              u"Tintin[Herge]"_s}));
        const Instance miserables = rows->at(1);
        QVERIFY(miserables.get(u"createdAt"_s).isValid()); // the parent has all its attributes
        const Instance gallimard = miserables.relatedOne(u"Editeur"_s);
        QCOMPARE(gallimard.get(u"Nom"_s).toString(), u"Gallimard"_s);
        QCOMPARE(idOf(gallimard), idOf(s.gallimard)); // the key is always read
        QVERIFY(!gallimard.get(u"createdAt"_s).isValid());
        QCOMPARE(gallimard.relatedOne(u"Pays"_s).get(u"Nom"_s).toString(), u"France"_s);
        QVERIFY(!gallimard.relatedOne(u"Pays"_s).get(u"updatedAt"_s).isValid());
        const Instance hugo = miserables.related(u"Auteurs"_s).value(0);
        QCOMPARE(hugo.get(u"Nom"_s).toString(), u"Hugo"_s);
        QVERIFY(!hugo.get(u"createdAt"_s).isValid());
        QVERIFY(!hugo.get(u"PaysId"_s).isValid());
        QCOMPARE(hugo.through().get(u"Role"_s).toString(), u"auteur"_s);
        const Instance mouvement = miserables.related(u"Mouvements"_s).value(0);
        QVERIFY(!mouvement.get(u"createdAt"_s).isValid());

        // Attributes of the parents: the keys the includes need are read too.
        auto titles = lib.livres.findAll({.attributes = {u"Titre"_s},
                                          .order = {asc(u"Titre"_s)},
                                          .include = {{.as = u"Editeur"_s}, {.as = u"Mouvements"_s}}});
        QVERIFY2(titles, Test::why(titles));
        QCOMPARE(describe(*titles, u"Editeur"_s, u"Nom"_s),
                 QStringList({u"Anonyme[]"_s, u"Miserables[Gallimard]"_s, u"Mousquetaires[Seuil]"_s,
                              u"Tintin[Casterman]"_s}));
        QCOMPARE(describe(*titles, u"Mouvements"_s, u"Quantite"_s),
                 QStringList({u"Anonyme[7]"_s, u"Miserables[5,3]"_s, u"Mousquetaires[1]"_s, u"Tintin[]"_s}));
        QVERIFY(!titles->at(1).get(u"createdAt"_s).isValid());
    }

    // Ordering by included attributes: the parents by a to-one's, the children of a to-many by their own.
    void includeOrder()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        checkOrderByIncludedToOne(lib);
        if (QTest::currentTestFailed())
            return;
        checkOrderOfToManyChildren(lib);
    }

    void separateToOneGivesTheSameRows()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(lib.couvertures.create({{u"Image"_s, u"t.png"_s}, {u"LivreId"_s, s.tintin.get(u"id"_s)}}));
        struct Case
        {
            QString name;
            std::function<FindOptions(bool separate)> options;
            QString as;
            QString attribute;
            QStringList expected;
            qsizetype joinedStatements;
            qsizetype separateStatements;
        };
        const QList<Case> cases = {
                {u"three levels of belongsTo"_s,
                 [](bool separate) {
                     return FindOptions{
                             .order = {asc(u"Titre"_s)},
                             .include = {{.as = u"Editeur"_s,
                                          .separate = separate,
                                          .include = {{.as = u"Pays"_s,
                                                       .separate = separate,
                                                       .include = {{.as = u"Continent"_s, .separate = separate}}}}}}};
                 },
                 u"Editeur"_s,
                 u"Nom"_s,
                 {u"Anonyme[]"_s, u"Miserables[Gallimard]"_s, u"Mousquetaires[Seuil]"_s, u"Tintin[Casterman]"_s},
                 1,
                 4},
                {u"a where, required"_s,
                 [](bool separate) {
                     return FindOptions{
                             .order = {asc(u"Titre"_s)},
                             .include = {
                                     {.as = u"Editeur"_s, .where = col(u"Nom"_s) != u"Seuil"_s, .separate = separate}}};
                 },
                 u"Editeur"_s,
                 u"Nom"_s,
                 {u"Miserables[Gallimard]"_s, u"Tintin[Casterman]"_s},
                 1,
                 2},
                {u"a where, not required"_s,
                 [](bool separate) {
                     return FindOptions{.order = {asc(u"Titre"_s)},
                                        .include = {{.as = u"Editeur"_s,
                                                     .where = col(u"Nom"_s) != u"Seuil"_s,
                                                     .required = false,
                                                     .separate = separate}}};
                 },
                 u"Editeur"_s,
                 u"Nom"_s,
                 {u"Anonyme[]"_s, u"Miserables[Gallimard]"_s, u"Mousquetaires[]"_s, u"Tintin[Casterman]"_s},
                 1,
                 2},
                {u"hasOne"_s,
                 [](bool separate) {
                     return FindOptions{.order = {asc(u"Titre"_s)},
                                        .include = {{.as = u"Couverture"_s, .separate = separate}}};
                 },
                 u"Couverture"_s,
                 u"Image"_s,
                 {u"Anonyme[]"_s, u"Miserables[]"_s, u"Mousquetaires[]"_s, u"Tintin[t.png]"_s},
                 2, // a hasOne is never joined: a second row for one parent would repeat it
                 2},
                {u"under a to-many"_s,
                 [](bool separate) {
                     return FindOptions{
                             .order = {asc(u"Titre"_s)},
                             .include = {{.as = u"Auteurs"_s, .include = {{.as = u"Pays"_s, .separate = separate}}}}};
                 },
                 u"Auteurs"_s,
                 u"Nom"_s,
                 {u"Anonyme[]"_s, u"Miserables[Hugo]"_s, u"Mousquetaires[Hugo,Dumas,Sand]"_s, u"Tintin[Herge]"_s},
                 2,
                 3},
        };
        for (const Case &c : cases) {
            m_statements = 0;
            auto joined = lib.livres.findAll(c.options(false));
            const qsizetype joinedStatements = m_statements;
            QVERIFY2(joined, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(joined))));
            m_statements = 0;
            auto separate = lib.livres.findAll(c.options(true));
            const qsizetype separateStatements = m_statements;
            QVERIFY2(separate, qPrintable(c.name + u": "_s + QString::fromUtf8(Test::why(separate))));
            CASE_COMPARE(c.name, describe(*joined, c.as, c.attribute), c.expected);
            CASE_COMPARE(c.name, jsonOf(*separate), jsonOf(*joined));
            CASE_COMPARE(c.name, joinedStatements, c.joinedStatements);
            CASE_COMPARE(c.name, separateStatements, c.separateStatements);
        }
        // The nested rows are really there, whichever way they were loaded.
        auto separate = lib.livres.findAll(cases.first().options(true));
        QVERIFY2(separate, Test::why(separate));
        QCOMPARE(
                separate->at(3).relatedOne(u"Editeur"_s).relatedOne(u"Pays"_s).relatedOne(u"Continent"_s).get(u"Nom"_s),
                QVariant(u"Europe"_s));

        // A hasOne with two matching rows (its create() adds one without letting the other go): still one row per
        // parent and at most one couverture each, joined or not, findAndCountAll agrees with its rows, and a limit
        // counts parents.
        auto second = lib.livreCouverture.create(s.tintin, {{u"Image"_s, u"t2.png"_s}});
        QVERIFY2(second, Test::why(second));
        for (bool apart : {false, true}) {
            const QString name = apart ? u"separate hasOne"_s : u"joined hasOne"_s;
            auto rows = lib.livres.findAndCountAll(
                    {.order = {asc(u"Titre"_s)}, .include = {{.as = u"Couverture"_s, .separate = apart}}});
            QVERIFY2(rows, qPrintable(name + u": "_s + QString::fromUtf8(Test::why(rows))));
            CASE_COMPARE(name, valuesOf(rows->rows, u"Titre"_s),
                         QStringList({u"Anonyme"_s, u"Miserables"_s, u"Mousquetaires"_s, u"Tintin"_s}));
            CASE_COMPARE(name, qint64(rows->rows.size()), rows->count);
            CASE_COMPARE(name, rows->rows.last().related(u"Couverture"_s).size(), 1);
            // The page holds as many parents as its limit.
            auto page = lib.livres.findAll(
                    {.order = {desc(u"Titre"_s)}, .limit = 2, .include = {{.as = u"Couverture"_s, .separate = apart}}});
            QVERIFY2(page, qPrintable(name + u": "_s + QString::fromUtf8(Test::why(page))));
            CASE_COMPARE(name, valuesOf(*page, u"Titre"_s), QStringList({u"Tintin"_s, u"Mousquetaires"_s}));
        }
    }

    // Pages and counts with includes are pages and counts of parents.
    void pagesAndCountsOfParents()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Shelf shelf;
        fillShelf(lib, shelf, 10);
        if (QTest::currentTestFailed())
            return;
        checkLimitAndOffsetApplyToParents(lib);
        if (QTest::currentTestFailed())
            return;
        checkFindAndCountAllCountsParents(lib);
    }

    void paranoidTargetsExcluded()
    {
        Library lib;
        defineLibrary(lib, true); // Editeur, Auteur and Mouvement are paranoid
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(s.hugo.destroy(), "soft delete");
        QVERIFY2(s.seuil.destroy(), "soft delete");
        auto gone = lib.mouvements.destroy({.where = col(u"Quantite"_s) == 5});
        QVERIFY2(gone, Test::why(gone));
        QCOMPARE(*gone, 1);
        QCOMPARE(countOf(lib.auteurs), 4); // soft: still stored
        QCOMPARE(countOf(lib.livreAuteur), 5);

        const QList<Include> everything = {{.as = u"Auteurs"_s}, {.as = u"Editeur"_s}, {.as = u"Mouvements"_s}};
        auto rows = lib.livres.findAll({.order = {asc(u"Titre"_s)}, .include = everything});
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(describe(*rows, u"Auteurs"_s, u"Nom"_s),
                 QStringList({u"Anonyme[]"_s, u"Miserables[]"_s, u"Mousquetaires[Dumas,Sand]"_s, u"Tintin[Herge]"_s}));
        QCOMPARE(describe(*rows, u"Editeur"_s, u"Nom"_s),
                 QStringList(
                         {u"Anonyme[]"_s, u"Miserables[Gallimard]"_s, u"Mousquetaires[]"_s, u"Tintin[Casterman]"_s}));
        QCOMPARE(describe(*rows, u"Mouvements"_s, u"Quantite"_s),
                 QStringList({u"Anonyme[7]"_s, u"Miserables[3]"_s, u"Mousquetaires[1]"_s, u"Tintin[]"_s}));

        auto withDeleted =
                lib.livres.findAll({.order = {asc(u"Titre"_s)},
                                    .include = {{.as = u"Auteurs"_s, .paranoid = Paranoid::IncludeDeleted},
                                                {.as = u"Editeur"_s, .paranoid = Paranoid::IncludeDeleted},
                                                {.as = u"Mouvements"_s, .paranoid = Paranoid::IncludeDeleted}}});
        QVERIFY2(withDeleted, Test::why(withDeleted));
        QCOMPARE(describe(*withDeleted, u"Auteurs"_s, u"Nom"_s),
                 QStringList({u"Anonyme[]"_s, u"Miserables[Hugo]"_s, u"Mousquetaires[Hugo,Dumas,Sand]"_s,
                              u"Tintin[Herge]"_s}));
        QCOMPARE(describe(*withDeleted, u"Editeur"_s, u"Nom"_s),
                 QStringList({u"Anonyme[]"_s, u"Miserables[Gallimard]"_s, u"Mousquetaires[Seuil]"_s,
                              u"Tintin[Casterman]"_s}));
        QCOMPARE(describe(*withDeleted, u"Mouvements"_s, u"Quantite"_s),
                 QStringList({u"Anonyme[7]"_s, u"Miserables[5,3]"_s, u"Mousquetaires[1]"_s, u"Tintin[]"_s}));

        // Required: a parent whose only match is soft-deleted goes.
        auto byHugo =
                lib.livres.findAndCountAll({.include = {{.as = u"Auteurs"_s, .where = col(u"Nom"_s) == u"Hugo"_s}}});
        QVERIFY2(byHugo, Test::why(byHugo));
        QCOMPARE(byHugo->count, 0);
        QVERIFY(byHugo->rows.isEmpty());
        auto withEditeur = lib.livres.findAndCountAll(
                {.order = {asc(u"Titre"_s)}, .include = {{.as = u"Editeur"_s, .required = true}}});
        QVERIFY2(withEditeur, Test::why(withEditeur));
        QCOMPARE(withEditeur->count, 2);
        QCOMPARE(valuesOf(withEditeur->rows, u"Titre"_s), QStringList({u"Miserables"_s, u"Tintin"_s}));

        // The helpers see the same rows.
        QCOMPARE(lib.livreAuteurs.get(s.miserables)->size(), 0);
        QCOMPARE(*lib.livreAuteurs.count(s.mousquetaires), 2);
        QCOMPARE(*lib.livreMouvements.count(s.miserables), 1);
        QVERIFY(lib.livreEditeur.getOne(s.mousquetaires)->isNull());
    }

    void invalidIncludesRefused()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        struct Case
        {
            QString name;
            FindOptions options;
        };
        const QList<Case> cases = {
                {u"an unknown alias"_s, {.include = {{.as = u"Nope"_s}}}},
                {u"an unknown nested alias"_s, {.include = {{.as = u"Editeur"_s, .include = {{.as = u"Nope"_s}}}}}},
                {u"an alias of another model"_s, {.include = {{.as = u"Villes"_s}}}},
                {u"an unknown attribute of an include"_s,
                 {.include = {{.as = u"Editeur"_s, .attributes = {u"Nope"_s}}}}},
                {u"an include's where on an unknown attribute"_s,
                 {.include = {{.as = u"Auteurs"_s, .where = col(u"Nope"_s) == 1}}}},
                {u"the parents' where on a to-many include"_s,
                 {.where = col(u"Auteurs.Nom"_s) == u"Hugo"_s, .include = {{.as = u"Auteurs"_s}}}},
                {u"the parents' where on a nested to-many include"_s,
                 {.where = col(u"Editeur.Pays.Villes.Nom"_s) == u"Lyon"_s,
                  .include = {{.as = u"Editeur"_s, .include = {{.as = u"Pays"_s, .include = {{.as = u"Villes"_s}}}}}}}},
                {u"the parents' order by a to-many include"_s,
                 {.order = {asc(u"Mouvements.Quantite"_s)}, .include = {{.as = u"Mouvements"_s}}}},
                {u"the parents' where on an association not included"_s,
                 {.where = col(u"Editeur.Nom"_s) == u"Seuil"_s}},
                {u"the parents' where on a separate to-one"_s,
                 {.where = col(u"Editeur.Nom"_s) == u"Seuil"_s, .include = {{.as = u"Editeur"_s, .separate = true}}}},
        };
        for (const Case &c : cases) {
            m_statements = 0;
            auto rows = lib.livres.findAll(c.options);
            QVERIFY2(!rows, qPrintable(c.name + u" was accepted"_s));
            CASE_COMPARE(c.name, Error::kindName(rows.error().kind()), Error::kindName(Error::Kind::InvalidQuery));
            CASE_COMPARE(c.name, m_statements, 0);
            auto counted = lib.livres.findAndCountAll(c.options);
            QVERIFY2(!counted, qPrintable(c.name + u" was accepted by findAndCountAll"_s));
            CASE_COMPARE(c.name, Error::kindName(counted.error().kind()), Error::kindName(Error::Kind::InvalidQuery));
        }
        auto unknownAlias = lib.livres.count({.include = {{.as = u"Nope"_s}}});
        QVERIFY(!unknownAlias);
        QCOMPARE(unknownAlias.error().kind(), Error::Kind::InvalidQuery);
    }

    // --- What the database enforces ---

    // ON DELETE and ON UPDATE, enforced by the database itself.
    void referentialActionsEnforcedByTheDatabase()
    {
        checkOnDeleteEnforcedByTheDatabase();
        if (QTest::currentTestFailed())
            return;
        checkOnUpdateEnforcedByTheDatabase();
    }

    // The library's foreign keys: no row of a missing parent, and deletes follow the default actions.
    void foreignKeysOfTheLibraryEnforced()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        Seed s;
        seedLibrary(lib, s);
        if (QTest::currentTestFailed())
            return;
        checkChildOfAMissingParentRefused(lib, s);
        if (QTest::currentTestFailed())
            return;
        checkDeletingRowsOfTheLibrary(lib, s);
    }

    // --- No N+1 ---

    void statementCountDoesNotGrowWithTheRows()
    {
        Library lib;
        defineLibrary(lib);
        if (QTest::currentTestFailed())
            return;
        // One statement for the livres with their editeur joined, one per to-many include.
        const qsizetype expected = 3;
        Shelf shelf;
        QList<qsizetype> counts;
        for (int books : {10, 1000}) {
            fillShelf(lib, shelf, books - int(shelf.livres.size()));
            if (QTest::currentTestFailed())
                return;
            m_statements = 0;
            auto rows = lib.livres.findAll({.order = {asc(u"id"_s)},
                                            .include = {{.as = u"Editeur"_s},
                                                        {.as = u"Auteurs"_s, .order = {asc(u"LivreAuteur.Ordre"_s)}},
                                                        {.as = u"Mouvements"_s}}});
            counts << m_statements;
            QVERIFY2(rows, Test::why(rows));
            QCOMPARE(rows->size(), books);
            for (int i = 1; i <= books; ++i) {
                const Instance &livre = rows->at(i - 1);
                QCOMPARE(livre.get(u"Titre"_s).toString(), u"L%1"_s.arg(i, 4, 10, QChar(u'0')));
                QCOMPARE(livre.relatedOne(u"Editeur"_s).get(u"Nom"_s).toString(), u"E%1"_s.arg(i % 3));
                QCOMPARE(valuesOf(livre.related(u"Auteurs"_s), u"Nom"_s),
                         QStringList({u"A%1"_s.arg(i % 5), u"A%1"_s.arg((i + 1) % 5)}));
                QCOMPARE(livre.related(u"Mouvements"_s).size(), 3);
            }
        }
        QCOMPARE(counts.at(0), expected);
        QCOMPARE(counts.at(1), counts.at(0));
    }
};

QTEST_GUILESS_MAIN(TestAssociations)
#include "tst_associations.moc"
