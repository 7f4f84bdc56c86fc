#include "testdatabase.h"

#include <catalogue/catalogue.h>
#include <catalogue/livre.h>
#include <orm/model.h>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

// A column as the database describes it. type is SQLite's declared type, or PostgreSQL's information_schema type
// with its length or precision: "character varying(255)", "numeric(10,2)".
struct Column
{
    QString name;
    QString type;
    bool notNull = false;
    QVariant defaultValue; // the DEFAULT clause as the database shows it; null when none
    bool primaryKey = false;
};

// Sequelize 6's DDL for the seed's schema.js on SQLite, character for character (it quotes with backticks).
const QString sequelizeLivresDdl = u"CREATE TABLE IF NOT EXISTS `Livres` (`ID` INTEGER PRIMARY KEY AUTOINCREMENT, "
                                   "`Nom` VARCHAR(255), `NomSansEspaces` VARCHAR(255) NOT NULL, "
                                   "`Presentation` VARCHAR(10000) NOT NULL, `Description` VARCHAR(255), "
                                   "`Couverture` VARCHAR(255), `Prix` FLOAT, `Genre` VARCHAR(255), "
                                   "`Accroche` VARCHAR(255), `Lien` VARCHAR(255), `Auteur` VARCHAR(255), "
                                   "`Edition` VARCHAR(255), `Quantite` INTEGER, `Annee` INTEGER NOT NULL, "
                                   "`NbPages` INTEGER NOT NULL, `Ventes` FLOAT NOT NULL, "
                                   "`Arriere` VARCHAR(255) NOT NULL, `Dos` VARCHAR(255) NOT NULL);"_s;

// The INSERT Sequelize 6 sends on SQLite for Livre.create(): every column named, NULL for the auto-incremented key,
// the values bound.
const QString sequelizeLivresInsert =
        u"INSERT INTO `Livres` (`ID`,`Nom`,`NomSansEspaces`,`Presentation`,`Description`,`Couverture`,`Prix`,"
        "`Genre`,`Accroche`,`Lien`,`Auteur`,`Edition`,`Quantite`,`Annee`,`NbPages`,`Ventes`,`Arriere`,`Dos`) "
        "VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);"_s;

QString columnLine(const QVariantList &tableInfoRow)
{
    QStringList parts;
    for (const QVariant &v : tableInfoRow)
        parts << (v.isNull() ? u"NULL"_s : v.toString());
    return parts.join(u" | "_s);
}

} // namespace

// Model definitions and sync(): column types, attribute and model options, invalid definitions, the sync modes, and
// the seed's Livres table exactly as Sequelize 6 makes it.
class TestDefinition : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;

    Database &db() { return m_db->database(); }
    bool isSqlite() const { return m_db->database().dialect().kind() == Dialect::Kind::Sqlite; }

    Result<Model> defineAndSync(const QString &name, const QList<Attribute> &attributes,
                                const ModelOptions &options = {})
    {
        auto model = db().define(name, attributes, options);
        if (!model)
            return model;
        auto synced = model->sync();
        if (!synced)
            return std::unexpected(synced.error());
        return model;
    }

    // The table's columns, in order, as the database itself reports them.
    Result<QList<Column>> columns(const QString &table)
    {
        QList<Column> list;
        if (isSqlite()) {
            auto rows = db().query(u"PRAGMA table_info(%1)"_s.arg(db().dialect().quote(table)));
            if (!rows)
                return std::unexpected(rows.error());
            for (const QVariantList &r : std::as_const(rows->rows)) // cid, name, type, notnull, dflt_value, pk
                list << Column{r.value(1).toString(), r.value(2).toString(), r.value(3).toInt() != 0, r.value(4),
                               r.value(5).toInt() != 0};
            return list;
        }
        auto rows = db().query(
                u"SELECT c.column_name, c.data_type, c.character_maximum_length, c.numeric_precision, "
                "c.numeric_scale, c.is_nullable, c.column_default, "
                "EXISTS (SELECT 1 FROM information_schema.table_constraints t "
                "JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name "
                "AND k.table_schema = t.table_schema AND k.table_name = t.table_name "
                "WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = c.table_schema "
                "AND t.table_name = c.table_name AND k.column_name = c.column_name) "
                "FROM information_schema.columns c WHERE c.table_schema = current_schema() AND c.table_name = ? "
                "ORDER BY c.ordinal_position"_s,
                QVariantList{table});
        if (!rows)
            return std::unexpected(rows.error());
        for (const QVariantList &r : std::as_const(rows->rows)) {
            QString type = r.value(1).toString();
            if (!r.value(2).isNull())
                type += u"(%1)"_s.arg(r.value(2).toInt());
            else if (type == u"numeric" && !r.value(3).isNull())
                type += u"(%1,%2)"_s.arg(r.value(3).toInt()).arg(r.value(4).toInt());
            list << Column{r.value(0).toString(), type, r.value(5).toString() == u"NO", r.value(6),
                           r.value(7).toBool()};
        }
        return list;
    }

    Result<QStringList> columnNames(const QString &table)
    {
        auto list = columns(table);
        if (!list)
            return std::unexpected(list.error());
        QStringList names;
        for (const Column &c : std::as_const(*list))
            names << c.name;
        return names;
    }

    Result<Column> column(const QString &table, const QString &name)
    {
        auto list = columns(table);
        if (!list)
            return std::unexpected(list.error());
        for (const Column &c : std::as_const(*list)) {
            if (c.name == name)
                return c;
        }
        return fail(Error::Kind::InvalidQuery, u"%1 has no column %2"_s.arg(table, name));
    }

    // The table's own indexes (not those of its constraints) by name, each as "[UNIQUE ]col1,col2".
    Result<QMap<QString, QString>> listIndexes(const QString &table)
    {
        QMap<QString, QString> map;
        if (isSqlite()) {
            auto list = db().query(u"SELECT name, \"unique\" FROM pragma_index_list(?) WHERE origin = 'c'"_s,
                                   QVariantList{table});
            if (!list)
                return std::unexpected(list.error());
            for (const QVariantList &r : std::as_const(list->rows)) {
                auto cols =
                        db().query(u"SELECT name FROM pragma_index_info(?) ORDER BY seqno"_s, QVariantList{r.value(0)});
                if (!cols)
                    return std::unexpected(cols.error());
                QStringList names;
                for (const QVariantList &c : std::as_const(cols->rows))
                    names << c.value(0).toString();
                map.insert(r.value(0).toString(), (r.value(1).toInt() ? u"UNIQUE "_s : QString()) + names.join(u','));
            }
            return map;
        }
        // pg_indexes lists the indexes behind constraints too; those have a constraint of their name.
        auto list = db().query(u"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                               "AND tablename = ? AND indexname NOT IN (SELECT conname FROM pg_constraint)"_s,
                               QVariantList{table});
        if (!list)
            return std::unexpected(list.error());
        for (const QVariantList &r : std::as_const(list->rows)) {
            // CREATE [UNIQUE] INDEX name ON public."Books" USING btree (auteur, annee)
            const QString def = r.value(1).toString();
            const qsizetype open = def.lastIndexOf(u'(');
            QString cols = def.mid(open + 1, def.lastIndexOf(u')') - open - 1);
            cols.remove(u'"').replace(u", "_s, u","_s);
            map.insert(r.value(0).toString(), (def.startsWith(u"CREATE UNIQUE"_s) ? u"UNIQUE "_s : QString()) + cols);
        }
        return map;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::addDialectRows(); }

    void init() { TEST_OPEN_DATABASE(m_db); }

    void cleanup() { m_db.reset(); }

    void everyDataTypeHasItsColumnType()
    {
        struct Case
        {
            QString name;
            DataType type;
            QString sqlite;
            QString postgres;
        };
        const QList<Case> cases = {
                {u"anInteger"_s, DataType::integer(), u"INTEGER"_s, u"integer"_s},
                {u"aBigInt"_s, DataType::bigInt(), u"BIGINT"_s, u"bigint"_s},
                {u"aFloat"_s, DataType::floating(), u"FLOAT"_s, u"double precision"_s},
                {u"aDouble"_s, DataType::doublePrecision(), u"DOUBLE PRECISION"_s, u"double precision"_s},
                {u"aDecimal"_s, DataType::decimal(10, 2), u"DECIMAL(10,2)"_s, u"numeric(10,2)"_s},
                {u"aString"_s, DataType::string(), u"VARCHAR(255)"_s, u"character varying(255)"_s},
                {u"aShortString"_s, DataType::string(40), u"VARCHAR(40)"_s, u"character varying(40)"_s},
                {u"aChar"_s, DataType::fixedChar(3), u"CHAR(3)"_s, u"character(3)"_s},
                {u"aText"_s, DataType::text(), u"TEXT"_s, u"text"_s},
                {u"aBoolean"_s, DataType::boolean(), u"TINYINT(1)"_s, u"boolean"_s},
                {u"aDate"_s, DataType::date(), u"DATETIME"_s, u"timestamp with time zone"_s},
                {u"aDateOnly"_s, DataType::dateOnly(), u"DATE"_s, u"date"_s},
                {u"aTime"_s, DataType::time(), u"TIME"_s, u"time without time zone"_s},
                {u"aUuid"_s, DataType::uuid(), u"UUID"_s, u"uuid"_s},
                {u"aJson"_s, DataType::json(), u"JSON"_s, u"json"_s},
                {u"aBlob"_s, DataType::blob(), u"BLOB"_s, u"bytea"_s},
                {u"anEnum"_s, DataType::enumeration({u"draft"_s, u"published"_s}), u"TEXT"_s,
                 u"character varying(255)"_s},
        };
        QList<Attribute> attributes;
        QStringList expected = {isSqlite() ? u"id INTEGER"_s : u"id integer"_s};
        for (const Case &c : cases) {
            attributes << Attribute{.name = c.name, .type = c.type};
            expected << c.name + u' ' + (isSqlite() ? c.sqlite : c.postgres);
        }
        auto model = defineAndSync(u"Sample"_s, attributes, {.timestamps = false});
        QVERIFY2(model, Test::why(model));

        auto list = columns(u"Samples"_s);
        QVERIFY2(list, Test::why(list));
        QStringList actual;
        for (const Column &c : std::as_const(*list))
            actual << c.name + u' ' + c.type;
        QCOMPARE(actual, expected);

        // The enumeration holds its values only.
        QVERIFY2(model->create({{u"anEnum"_s, u"draft"_s}}), "an enumeration value was refused");
        auto other = db().query(u"INSERT INTO \"Samples\" (\"anEnum\") VALUES (?)"_s, QVariantList{u"lost"_s});
        QVERIFY(!other);
        QCOMPARE(other.error().kind(), Error::Kind::Check);
    }

    void primaryKeyWithAutoIncrement()
    {
        auto model = defineAndSync(
                u"Ticket"_s,
                {{.name = u"code"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                 {.name = u"label"_s, .type = DataType::string()}},
                {.timestamps = false});
        QVERIFY2(model, Test::why(model));
        auto list = columns(u"Tickets"_s);
        QVERIFY2(list, Test::why(list));
        QCOMPARE(list->size(), 2); // no implicit id beside the declared key
        QCOMPARE(list->at(0).name, u"code"_s);
        QVERIFY(list->at(0).primaryKey);
        QVERIFY(!list->at(1).primaryKey);
        if (isSqlite()) {
            auto ddl = db().query(u"SELECT sql FROM sqlite_master WHERE name = 'Tickets'"_s);
            QVERIFY2(ddl, Test::why(ddl));
            QVERIFY2(ddl->rows.value(0).value(0).toString().contains(u"\"code\" INTEGER PRIMARY KEY AUTOINCREMENT"_s),
                     qPrintable(ddl->rows.value(0).value(0).toString()));
        } else {
            QVERIFY2(list->at(0).defaultValue.toString().startsWith(u"nextval("_s),
                     qPrintable(list->at(0).defaultValue.toString()));
            QVERIFY(list->at(0).notNull);
        }

        // Numbers count up and are never reused, even after the last row is deleted.
        auto first = model->create({{u"label"_s, u"a"_s}});
        auto second = model->create({{u"label"_s, u"b"_s}});
        QVERIFY2(first && second, "create failed");
        QCOMPARE(first->get(u"code"_s).toLongLong(), 1);
        QCOMPARE(second->get(u"code"_s).toLongLong(), 2);
        QVERIFY(second->destroy());
        auto third = model->create({{u"label"_s, u"c"_s}});
        QVERIFY2(third, Test::why(third));
        QCOMPARE(third->get(u"code"_s).toLongLong(), 3);
    }

    void implicitIdWithoutPrimaryKey()
    {
        auto model = defineAndSync(u"Note"_s, {{.name = u"body"_s, .type = DataType::text()}}, {.timestamps = false});
        QVERIFY2(model, Test::why(model));
        auto list = columns(u"Notes"_s);
        QVERIFY2(list, Test::why(list));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, u"id"_s);
        QCOMPARE(list->at(0).type, isSqlite() ? u"INTEGER"_s : u"integer"_s);
        QVERIFY(list->at(0).primaryKey);
        QCOMPARE(model->definition().primaryKey(), QList<int>{0});
        auto note = model->create({{u"body"_s, u"x"_s}});
        QVERIFY2(note, Test::why(note));
        QCOMPARE(note->get(u"id"_s).toLongLong(), 1);

        // A declared key that is not auto-incremented: no id either, and the key is NOT NULL.
        auto keyed = defineAndSync(u"Isbn"_s, {{.name = u"isbn"_s, .type = DataType::string(13), .primaryKey = true}},
                                   {.timestamps = false});
        QVERIFY2(keyed, Test::why(keyed));
        auto keyColumns = columns(u"Isbns"_s);
        QVERIFY2(keyColumns, Test::why(keyColumns));
        QCOMPARE(keyColumns->size(), 1);
        QCOMPARE(keyColumns->at(0).name, u"isbn"_s);
        QVERIFY(keyColumns->at(0).primaryKey);
        QVERIFY(keyColumns->at(0).notNull);
    }

    void allowNullFalseIsNotNull()
    {
        auto model = defineAndSync(u"Book"_s,
                                   {{.name = u"title"_s, .type = DataType::string(), .allowNull = false},
                                    {.name = u"note"_s, .type = DataType::string()}});
        QVERIFY2(model, Test::why(model));
        auto title = column(u"Books"_s, u"title"_s);
        auto note = column(u"Books"_s, u"note"_s);
        QVERIFY2(title && note, "columns missing");
        QVERIFY(title->notNull);
        QVERIFY(!note->notNull);

        auto inserted = db().query(
                u"INSERT INTO \"Books\" (\"title\", \"note\", \"createdAt\", \"updatedAt\") VALUES (?, ?, ?, ?)"_s,
                QVariantList{QVariant(), u"n"_s, u"2024-01-01"_s, u"2024-01-01"_s});
        QVERIFY(!inserted);
        QCOMPARE(inserted.error().kind(), Error::Kind::NotNull);
        QCOMPARE(inserted.error().fields(), QStringList{u"title"_s});
    }

    void literalDefaults()
    {
        auto model = defineAndSync(u"Thing"_s,
                                   {{.name = u"label"_s, .type = DataType::string()},
                                    {.name = u"count"_s, .type = DataType::integer(), .defaultValue = 7},
                                    {.name = u"author"_s, .type = DataType::string(), .defaultValue = u"l'auteur"_s},
                                    {.name = u"active"_s, .type = DataType::boolean(), .defaultValue = true},
                                    {.name = u"ratio"_s, .type = DataType::floating(), .defaultValue = 2.5}},
                                   {.timestamps = false});
        QVERIFY2(model, Test::why(model));

        // In the DDL, as Sequelize writes them (SQLite spells true as 1).
        const QStringList expected = isSqlite()
                ? QStringList{u"count=7"_s, u"author='l''auteur'"_s, u"active=1"_s, u"ratio=2.5"_s}
                : QStringList{u"count=7"_s, u"author='l''auteur'::character varying"_s, u"active=true"_s,
                              u"ratio=2.5"_s};
        auto list = columns(u"Things"_s);
        QVERIFY2(list, Test::why(list));
        QStringList defaults;
        for (const Column &c : std::as_const(*list)) {
            if (c.name != u"id" && c.name != u"label")
                defaults << c.name + u'=' + c.defaultValue.toString();
        }
        QCOMPARE(defaults, expected);

        // The database applies them to a row that does not name those columns...
        QVERIFY(db().query(u"INSERT INTO \"Things\" (\"label\") VALUES (?)"_s, QVariantList{u"raw"_s}));
        auto raw = model->findOne({.where = col(u"label"_s) == u"raw"_s});
        QVERIFY2(raw && !raw->isNull(), "the raw row is missing");
        QCOMPARE(raw->get(u"count"_s).toInt(), 7);
        QCOMPARE(raw->get(u"author"_s).toString(), u"l'auteur"_s);
        QCOMPARE(raw->get(u"active"_s), QVariant(true));
        QCOMPARE(raw->get(u"ratio"_s).toDouble(), 2.5);

        // ...and build() gives a new instance the same values.
        auto built = model->build({{u"label"_s, u"built"_s}});
        QVERIFY2(built, Test::why(built));
        QCOMPARE(built->get(u"count"_s).toInt(), 7);
        QCOMPARE(built->get(u"author"_s).toString(), u"l'auteur"_s);
        QCOMPARE(built->get(u"active"_s).toBool(), true);
        QCOMPARE(built->get(u"ratio"_s).toDouble(), 2.5);
    }

    void nowAndUuidDefaultsFilledByBuild()
    {
        auto model = defineAndSync(u"Event"_s,
                                   {{.name = u"stamp"_s, .type = DataType::date(), .defaultValue = DefaultValue::now()},
                                    {.name = u"token"_s,
                                     .type = DataType::uuid(),
                                     .allowNull = false,
                                     .defaultValue = DefaultValue::uuidV4()}},
                                   {.timestamps = false});
        QVERIFY2(model, Test::why(model));
        // Not in the DDL: Sequelize fills them in itself.
        auto stamp = column(u"Events"_s, u"stamp"_s);
        auto token = column(u"Events"_s, u"token"_s);
        QVERIFY2(stamp && token, "columns missing");
        QVERIFY(stamp->defaultValue.isNull());
        QVERIFY(token->defaultValue.isNull());

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto first = model->build();
        auto second = model->build();
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        QVERIFY2(first && second, "build failed");
        const QDateTime built = first->get(u"stamp"_s).toDateTime();
        QVERIFY2(built >= before && built <= after, qPrintable(built.toString(Qt::ISODateWithMs)));
        const QUuid uuid = QUuid::fromString(first->get(u"token"_s).toString());
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.version(), QUuid::Random);
        QVERIFY(first->get(u"token"_s) != second->get(u"token"_s));

        QVERIFY(first->save());
        auto stored = model->findByPk(first->get(u"id"_s));
        QVERIFY2(stored && !stored->isNull(), "the saved row is missing");
        QCOMPARE(QUuid::fromString(stored->get(u"token"_s).toString()), uuid);
        QCOMPARE(stored->get(u"stamp"_s).toDateTime(), built);
    }

    void uniqueSingleAndComposite()
    {
        auto model = defineAndSync(u"Edition"_s,
                                   {{.name = u"isbn"_s, .type = DataType::string(20), .unique = true},
                                    {.name = u"title"_s, .type = DataType::string(), .unique = u"title_year"_s},
                                    {.name = u"year"_s, .type = DataType::integer(), .unique = u"title_year"_s}},
                                   {.timestamps = false});
        QVERIFY2(model, Test::why(model));
        auto row = [](const QString &isbn, const QString &title, int year) {
            return QVariantMap{{u"isbn"_s, isbn}, {u"title"_s, title}, {u"year"_s, year}};
        };
        QVERIFY(model->create(row(u"A"_s, u"Dune"_s, 1965)));
        QVERIFY(model->create(row(u"B"_s, u"Dune"_s, 1984))); // another year: another edition
        QVERIFY(model->create(row(u"C"_s, u"Emma"_s, 1965)));

        auto sameIsbn = model->create(row(u"A"_s, u"Ulysse"_s, 1922));
        QVERIFY(!sameIsbn);
        QCOMPARE(sameIsbn.error().kind(), Error::Kind::UniqueConstraint);
        QCOMPARE(sameIsbn.error().fields(), QStringList{u"isbn"_s});

        auto sameEdition = model->create(row(u"D"_s, u"Dune"_s, 1965));
        QVERIFY(!sameEdition);
        QCOMPARE(sameEdition.error().kind(), Error::Kind::UniqueConstraint);
        QStringList fields = sameEdition.error().fields();
        fields.sort();
        QCOMPARE(fields, (QStringList{u"title"_s, u"year"_s}));
        QCOMPARE(*model->count(), 3);
    }

    void fieldNamesTheColumn()
    {
        auto model =
                defineAndSync(u"Book"_s, {{.name = u"title"_s, .type = DataType::string(), .field = u"book_title"_s}},
                              {.timestamps = false});
        QVERIFY2(model, Test::why(model));
        auto names = columnNames(u"Books"_s);
        QVERIFY2(names, Test::why(names));
        QCOMPARE(*names, (QStringList{u"id"_s, u"book_title"_s}));

        QVERIFY(model->create({{u"title"_s, u"Dune"_s}}));
        auto found = model->findOne({.where = col(u"title"_s) == u"Dune"_s});
        QVERIFY2(found && !found->isNull(), "not found by its attribute name");
        QCOMPARE(found->get(u"title"_s).toString(), u"Dune"_s);
        auto raw = db().query(u"SELECT \"book_title\" FROM \"Books\""_s);
        QVERIFY2(raw, Test::why(raw));
        QCOMPARE(raw->rows.value(0).value(0).toString(), u"Dune"_s);
    }

    void commentOnColumn()
    {
        const QString comment = u"Prix de vente en euros (l'éditeur fixe le \"prix\"); -- pas de TVA"_s;
        auto model = defineAndSync(u"Book"_s,
                                   {{.name = u"price"_s, .type = DataType::floating(), .comment = comment},
                                    {.name = u"title"_s, .type = DataType::string()}},
                                   {.timestamps = false});
        QVERIFY2(model, Test::why(model));
        auto names = columnNames(u"Books"_s);
        QVERIFY2(names, Test::why(names));
        QCOMPARE(*names, (QStringList{u"id"_s, u"price"_s, u"title"_s}));
        if (isSqlite()) {
            // SQLite keeps no column comments; the table is made all the same, the comment harmless.
            auto ddl = db().query(u"SELECT sql FROM sqlite_master WHERE name = 'Books'"_s);
            QVERIFY2(ddl, Test::why(ddl));
            QVERIFY(!ddl->rows.value(0).value(0).toString().contains(u"TVA"_s));
        } else {
            auto described = db().query(u"SELECT col_description('\"Books\"'::regclass, ordinal_position::int) "
                                        "FROM information_schema.columns WHERE table_schema = current_schema() "
                                        "AND table_name = 'Books' ORDER BY ordinal_position"_s);
            QVERIFY2(described, Test::why(described));
            QCOMPARE(described->rows.size(), 3);
            QVERIFY(described->rows.at(0).value(0).isNull());
            QCOMPARE(described->rows.at(1).value(0).toString(), comment);
            QVERIFY(described->rows.at(2).value(0).isNull());
        }
    }

    void tableName_data()
    {
        QTest::addColumn<QString>("modelName");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("table");
        QTest::newRow("given") << u"Book"_s << u"Ouvrages"_s << u"Ouvrages"_s;
        QTest::newRow("default: the model name and s") << u"Auteur"_s << QString() << u"Auteurs"_s;
    }

    void tableName()
    {
        QFETCH(QString, modelName);
        QFETCH(QString, option);
        QFETCH(QString, table);
        auto model = defineAndSync(modelName, {{.name = u"name"_s, .type = DataType::string()}}, {.tableName = option});
        QVERIFY2(model, Test::why(model));
        QCOMPARE(model->tableName(), table);
        auto tables = db().tables();
        QVERIFY2(tables, Test::why(tables));
        QCOMPARE(*tables, QStringList{table});
        QVERIFY(model->create({{u"name"_s, u"x"_s}}));
        auto raw = db().query(u"SELECT COUNT(*) FROM %1"_s.arg(db().dialect().quote(table)));
        QVERIFY2(raw, Test::why(raw));
        QCOMPARE(raw->rows.value(0).value(0).toInt(), 1);
    }

    void timestamps_data()
    {
        QTest::addColumn<bool>("timestamps");
        QTest::addColumn<QString>("createdAt");
        QTest::addColumn<QString>("updatedAt");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("on by default") << true << u"createdAt"_s << u"updatedAt"_s
                                       << QStringList{u"id"_s, u"title"_s, u"createdAt"_s, u"updatedAt"_s};
        QTest::newRow("off") << false << u"createdAt"_s << u"updatedAt"_s << QStringList{u"id"_s, u"title"_s};
        QTest::newRow("renamed") << true << u"creeLe"_s << u"modifieLe"_s
                                 << QStringList{u"id"_s, u"title"_s, u"creeLe"_s, u"modifieLe"_s};
        QTest::newRow("updatedAt turned off")
                << true << u"createdAt"_s << QString() << QStringList{u"id"_s, u"title"_s, u"createdAt"_s};
    }

    void timestamps()
    {
        QFETCH(bool, timestamps);
        QFETCH(QString, createdAt);
        QFETCH(QString, updatedAt);
        QFETCH(QStringList, expected);
        auto model = defineAndSync(u"Book"_s, {{.name = u"title"_s, .type = DataType::string()}},
                                   {.timestamps = timestamps, .createdAt = createdAt, .updatedAt = updatedAt});
        QVERIFY2(model, Test::why(model));
        auto names = columnNames(u"Books"_s);
        QVERIFY2(names, Test::why(names));
        QCOMPARE(*names, expected);

        auto book = model->create({{u"title"_s, u"Dune"_s}});
        QVERIFY2(book, Test::why(book));
        for (const QString &stamp : expected.mid(2)) {
            QVERIFY2(book->get(stamp).toDateTime().isValid(), qPrintable(stamp));
            auto stored = column(u"Books"_s, stamp);
            QVERIFY2(stored, Test::why(stored));
            QVERIFY(stored->notNull);
        }
    }

    void paranoidAddsDeletedAt()
    {
        auto model = defineAndSync(u"Book"_s, {{.name = u"title"_s, .type = DataType::string()}},
                                   {.timestamps = false, .paranoid = true});
        QVERIFY2(model, Test::why(model));
        auto deletedAt = column(u"Books"_s, u"deletedAt"_s);
        QVERIFY2(deletedAt, Test::why(deletedAt));
        QVERIFY(!deletedAt->notNull);
        QCOMPARE(deletedAt->type, isSqlite() ? u"DATETIME"_s : u"timestamp with time zone"_s);

        auto book = model->create({{u"title"_s, u"Dune"_s}});
        QVERIFY2(book, Test::why(book));
        QVERIFY(book->destroy());
        QCOMPARE(*model->count(), 0);
        QCOMPARE(*model->count({.paranoid = Paranoid::IncludeDeleted}), 1);
        auto raw = db().query(u"SELECT \"deletedAt\" FROM \"Books\""_s);
        QVERIFY2(raw, Test::why(raw));
        QCOMPARE(raw->rows.size(), 1);
        QVERIFY(!raw->rows.at(0).value(0).isNull());
    }

    void underscoredColumns()
    {
        auto model = defineAndSync(u"Reader"_s,
                                   {{.name = u"firstName"_s, .type = DataType::string()},
                                    {.name = u"lastName"_s, .type = DataType::string()},
                                    {.name = u"nickName"_s, .type = DataType::string(), .field = u"alias"_s}},
                                   {.underscored = true});
        QVERIFY2(model, Test::why(model));
        auto names = columnNames(u"Readers"_s);
        QVERIFY2(names, Test::why(names));
        QCOMPARE(*names,
                 (QStringList{u"id"_s, u"first_name"_s, u"last_name"_s, u"alias"_s, u"created_at"_s, u"updated_at"_s}));

        auto reader = model->create({{u"firstName"_s, u"Ada"_s}, {u"nickName"_s, u"A."_s}});
        QVERIFY2(reader, Test::why(reader));
        QVERIFY(reader->get(u"createdAt"_s).toDateTime().isValid());
        auto found = model->findOne({.where = col(u"firstName"_s) == u"Ada"_s});
        QVERIFY2(found && !found->isNull(), "not found by its attribute name");
        QCOMPARE(found->get(u"nickName"_s).toString(), u"A."_s);
    }

    void versionColumn()
    {
        auto model = defineAndSync(u"Book"_s, {{.name = u"title"_s, .type = DataType::string()}},
                                   {.timestamps = false, .version = true});
        QVERIFY2(model, Test::why(model));
        auto version = column(u"Books"_s, u"version"_s);
        QVERIFY2(version, Test::why(version));
        QVERIFY(version->notNull);
        QCOMPARE(version->type, isSqlite() ? u"INTEGER"_s : u"integer"_s);
        QCOMPARE(version->defaultValue.toString(), u"0"_s);

        auto book = model->create({{u"title"_s, u"Dune"_s}});
        QVERIFY2(book, Test::why(book));
        QCOMPARE(book->get(u"version"_s).toInt(), 0);
        Instance stale = *book;
        QVERIFY(book->update({{u"title"_s, u"Dune (2nd ed.)"_s}}));
        QCOMPARE(book->get(u"version"_s).toInt(), 1);
        auto refused = stale.update({{u"title"_s, u"Dune (stale)"_s}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::OptimisticLock);
    }

    void indexes()
    {
        auto model = db().define(u"Book"_s,
                                 {{.name = u"genre"_s, .type = DataType::string()},
                                  {.name = u"auteur"_s, .type = DataType::string()},
                                  {.name = u"annee"_s, .type = DataType::integer()},
                                  {.name = u"isbn"_s, .type = DataType::string(20)},
                                  {.name = u"prix"_s, .type = DataType::floating()}},
                                 {.timestamps = false,
                                  .indexes = {{.fields = {u"genre"_s}},
                                              {.fields = {u"auteur"_s, u"annee"_s}},
                                              {.fields = {u"isbn"_s}, .unique = true},
                                              {.fields = {u"prix"_s}, .name = u"idx_prix"_s}}});
        QVERIFY2(model, Test::why(model));
        auto report = model->sync();
        QVERIFY2(report, Test::why(report));
        QCOMPARE(report->actions,
                 (QStringList{u"created table Books"_s, u"created index books_genre"_s,
                              u"created index books_auteur_annee"_s, u"created index books_isbn"_s,
                              u"created index idx_prix"_s}));

        auto listed = listIndexes(u"Books"_s);
        QVERIFY2(listed, Test::why(listed));
        const QMap<QString, QString> expected = {{u"books_genre"_s, u"genre"_s},
                                                 {u"books_auteur_annee"_s, u"auteur,annee"_s},
                                                 {u"books_isbn"_s, u"UNIQUE isbn"_s},
                                                 {u"idx_prix"_s, u"prix"_s}};
        QCOMPARE(*listed, expected);

        QVERIFY(model->create({{u"isbn"_s, u"978"_s}}));
        auto duplicate = model->create({{u"isbn"_s, u"978"_s}});
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind(), Error::Kind::UniqueConstraint);

        // A second sync finds them all there.
        auto again = model->sync();
        QVERIFY2(again, Test::why(again));
        QCOMPARE(again->actions, QStringList());
    }

    void invalidDefinitionRefused_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("indexFields");
        QTest::addColumn<QString>("indexName");

        const QString hostile = u"title\" TEXT); DROP TABLE \"Victims\"; --"_s;
        QTest::newRow("index on an unknown field")
                << u"title"_s << QString() << QString() << QStringList{u"nope"_s} << QString();
        QTest::newRow("hostile attribute name") << hostile << QString() << QString() << QStringList() << QString();
        QTest::newRow("hostile column name") << u"title"_s << hostile << QString() << QStringList() << QString();
        QTest::newRow("hostile table name") << u"title"_s << QString() << hostile << QStringList() << QString();
        QTest::newRow("hostile index name")
                << u"title"_s << QString() << QString() << QStringList{u"title"_s} << hostile;
    }

    void invalidDefinitionRefused()
    {
        QFETCH(QString, attribute);
        QFETCH(QString, field);
        QFETCH(QString, table);
        QFETCH(QStringList, indexFields);
        QFETCH(QString, indexName);
        QVERIFY(db().query(u"CREATE TABLE \"Victims\" (v INTEGER)"_s));

        ModelOptions options{.tableName = table};
        if (!indexFields.isEmpty())
            options.indexes = {{.fields = indexFields, .name = indexName}};
        auto model = db().define(u"Book"_s, {{.name = attribute, .type = DataType::string(), .field = field}}, options);
        QVERIFY(!model);
        QCOMPARE(model.error().kind(), Error::Kind::InvalidQuery);
        QVERIFY(!model.error().message().isEmpty());
        QVERIFY(!db().model(u"Book"_s).isValid());
        QVERIFY(db().models().isEmpty());
        auto synced = db().sync();
        QVERIFY2(synced, Test::why(synced));
        auto tables = db().tables();
        QVERIFY2(tables, Test::why(tables));
        QCOMPARE(*tables, QStringList{u"Victims"_s});
    }

    void syncCreateLeavesAnExistingTable()
    {
        auto first = db().define(u"Book"_s, {{.name = u"title"_s, .type = DataType::string()}}, {.timestamps = false});
        QVERIFY2(first, Test::why(first));
        auto created = first->sync(SyncMode::Create);
        QVERIFY2(created, Test::why(created));
        QCOMPARE(created->actions, QStringList{u"created table Books"_s});
        QVERIFY(first->create({{u"title"_s, u"Dune"_s}}));
        QVERIFY(first->create({{u"title"_s, u"Emma"_s}}));

        auto again = first->sync(SyncMode::Create);
        QVERIFY2(again, Test::why(again));
        QCOMPARE(again->actions, QStringList());

        // A new attribute is not added by Create: the table stays as it is.
        auto second = db().define(
                u"Book"_s,
                {{.name = u"title"_s, .type = DataType::string()}, {.name = u"pages"_s, .type = DataType::integer()}},
                {.timestamps = false});
        QVERIFY2(second, Test::why(second));
        auto resynced = second->sync(SyncMode::Create);
        QVERIFY2(resynced, Test::why(resynced));
        QCOMPARE(resynced->actions, QStringList());
        auto names = columnNames(u"Books"_s);
        QVERIFY2(names, Test::why(names));
        QCOMPARE(*names, (QStringList{u"id"_s, u"title"_s}));
        auto rows = db().query(u"SELECT \"title\" FROM \"Books\" ORDER BY \"id\""_s);
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(rows->rows.size(), 2);
        QCOMPARE(rows->rows.at(1).value(0).toString(), u"Emma"_s);
    }

    void syncForceRecreates()
    {
        auto first = defineAndSync(
                u"Book"_s,
                {{.name = u"title"_s, .type = DataType::string()}, {.name = u"obsolete"_s, .type = DataType::string()}},
                {.timestamps = false});
        QVERIFY2(first, Test::why(first));
        QVERIFY(first->create({{u"title"_s, u"Dune"_s}}));

        auto second = db().define(
                u"Book"_s,
                {{.name = u"title"_s, .type = DataType::string()}, {.name = u"pages"_s, .type = DataType::integer()}},
                {.timestamps = false});
        QVERIFY2(second, Test::why(second));
        auto forced = second->sync(SyncMode::Force);
        QVERIFY2(forced, Test::why(forced));
        QCOMPARE(forced->actions, (QStringList{u"dropped table Books"_s, u"created table Books"_s}));
        auto names = columnNames(u"Books"_s);
        QVERIFY2(names, Test::why(names));
        QCOMPARE(*names, (QStringList{u"id"_s, u"title"_s, u"pages"_s}));
        QCOMPARE(*second->count(), 0);
    }

    void syncAlterAddsWithoutLosingAnything()
    {
        auto first = defineAndSync(u"Book"_s,
                                   {{.name = u"title"_s, .type = DataType::string(), .allowNull = false},
                                    {.name = u"price"_s, .type = DataType::floating()},
                                    {.name = u"obsolete"_s, .type = DataType::string()}},
                                   {.timestamps = false});
        QVERIFY2(first, Test::why(first));
        QVERIFY(first->create({{u"title"_s, u"Dune"_s}, {u"price"_s, 9.5}, {u"obsolete"_s, u"old"_s}}));
        QVERIFY(first->create({{u"title"_s, u"Emma"_s}, {u"price"_s, 7.0}}));

        // The new model drops an attribute, adds two, and an index.
        auto second =
                db().define(u"Book"_s,
                            {{.name = u"title"_s, .type = DataType::string(), .allowNull = false},
                             {.name = u"price"_s, .type = DataType::floating()},
                             {.name = u"stock"_s, .type = DataType::integer(), .allowNull = false, .defaultValue = 0},
                             {.name = u"isbn"_s, .type = DataType::string(20)}},
                            {.timestamps = false, .indexes = {{.fields = {u"stock"_s}}}});
        QVERIFY2(second, Test::why(second));
        auto altered = second->sync(SyncMode::Alter);
        QVERIFY2(altered, Test::why(altered));
        QCOMPARE(altered->actions,
                 (QStringList{u"added column Books.stock"_s, u"added column Books.isbn"_s,
                              u"created index books_stock"_s}));

        auto names = columnNames(u"Books"_s);
        QVERIFY2(names, Test::why(names));
        QCOMPARE(*names, (QStringList{u"id"_s, u"title"_s, u"price"_s, u"obsolete"_s, u"stock"_s, u"isbn"_s}));
        auto listed = listIndexes(u"Books"_s);
        QVERIFY2(listed, Test::why(listed));
        QCOMPARE(listed->value(u"books_stock"_s), u"stock"_s);
        auto rows = db().query(
                u"SELECT \"title\", \"price\", \"obsolete\", \"stock\", \"isbn\" FROM \"Books\" ORDER BY \"id\""_s);
        QVERIFY2(rows, Test::why(rows));
        QCOMPARE(rows->rows.size(), 2);
        QCOMPARE(rows->rows.at(0).value(0).toString(), u"Dune"_s);
        QCOMPARE(rows->rows.at(0).value(1).toDouble(), 9.5);
        QCOMPARE(rows->rows.at(0).value(2).toString(), u"old"_s);
        QCOMPARE(rows->rows.at(0).value(3).toInt(), 0);
        QVERIFY(rows->rows.at(0).value(4).isNull());
        QCOMPARE(rows->rows.at(1).value(0).toString(), u"Emma"_s);

        // The new model works on the altered table, and a second Alter has nothing to do.
        QVERIFY(second->create({{u"title"_s, u"Ulysse"_s}, {u"stock"_s, 3}, {u"isbn"_s, u"978"_s}}));
        auto again = second->sync(SyncMode::Alter);
        QVERIFY2(again, Test::why(again));
        QCOMPARE(again->actions, QStringList());
        QCOMPARE(*second->count(), 3);
    }

    void seedSchemaIsSequelizes()
    {
        if (isSqlite()) {
            seedSchemaOnSqlite();
            return;
        }
        // PostgreSQL: what Sequelize 6 makes of schema.js there ("ID" SERIAL PRIMARY KEY, FLOAT as double precision).
        auto livres = Catalogue::Livre::define(db());
        QVERIFY2(livres, Test::why(livres));
        auto synced = livres->sync();
        QVERIFY2(synced, Test::why(synced));
        auto list = columns(u"Livres"_s);
        QVERIFY2(list, Test::why(list));
        QStringList actual;
        for (const Column &c : std::as_const(*list))
            actual << c.name + u' ' + c.type + (c.notNull ? u" NOT NULL"_s : QString())
                            + (c.primaryKey ? u" PRIMARY KEY"_s : QString());
        const QString varchar = u"character varying(255)"_s;
        const QStringList expected = {
                u"ID integer NOT NULL PRIMARY KEY"_s,
                u"Nom "_s + varchar,
                u"NomSansEspaces "_s + varchar + u" NOT NULL"_s,
                u"Presentation character varying(10000) NOT NULL"_s,
                u"Description "_s + varchar,
                u"Couverture "_s + varchar,
                u"Prix double precision"_s,
                u"Genre "_s + varchar,
                u"Accroche "_s + varchar,
                u"Lien "_s + varchar,
                u"Auteur "_s + varchar,
                u"Edition "_s + varchar,
                u"Quantite integer"_s,
                u"Annee integer NOT NULL"_s,
                u"NbPages integer NOT NULL"_s,
                u"Ventes double precision NOT NULL"_s,
                u"Arriere "_s + varchar + u" NOT NULL"_s,
                u"Dos "_s + varchar + u" NOT NULL"_s,
        };
        QCOMPARE(actual, expected);
        QVERIFY2(list->at(0).defaultValue.toString().startsWith(u"nextval("_s),
                 qPrintable(list->at(0).defaultValue.toString()));
        for (qsizetype i = 1; i < list->size(); ++i)
            QVERIFY2(list->at(i).defaultValue.isNull(), qPrintable(list->at(i).name));
    }

private:
    // The Sequelize-made file, row for row the same table as the ORM makes, and usable as a catalogue.
    void seedSchemaOnSqlite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sequelizeFile = dir.filePath(u"sequelize.db"_s);
        const QString ormFile = dir.filePath(u"orm.db"_s);
        const QString presentation = QString(5000, u'p');

        // The seed's Node.js code made this file: its DDL and its INSERT, on a plain SQLite connection.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sequelize"_s);
            raw.setDatabaseName(sequelizeFile);
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery q(raw);
            QVERIFY2(q.exec(sequelizeLivresDdl), qPrintable(q.lastError().text()));
            QVERIFY2(q.prepare(sequelizeLivresInsert), qPrintable(q.lastError().text()));
            const QVariantList values = {u"Le Petit Prince"_s,
                                         u"LePetitPrince"_s,
                                         presentation,
                                         u"Un conte"_s,
                                         u"prince.jpg"_s,
                                         12.5,
                                         u"Conte"_s,
                                         u"Dessine-moi un mouton"_s,
                                         u"https://example.org/prince"_s,
                                         u"Saint-Exupéry"_s,
                                         u"Gallimard"_s,
                                         3,
                                         1943,
                                         96,
                                         2.5,
                                         u"arriere.jpg"_s,
                                         u"dos.jpg"_s};
            for (const QVariant &v : values)
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"sequelize"_s);

        auto schema = [](const QString &file) -> Result<QStringList> {
            auto opened = Database::open(file);
            if (!opened)
                return std::unexpected(opened.error());
            auto rows = opened->query(u"PRAGMA table_info(\"Livres\")"_s);
            if (!rows)
                return std::unexpected(rows.error());
            auto master = opened->query(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"_s);
            if (!master)
                return std::unexpected(master.error());
            QStringList lines;
            for (const QVariantList &r : std::as_const(rows->rows))
                lines << columnLine(r);
            for (const QVariantList &r : std::as_const(master->rows))
                lines << u"master: "_s + columnLine(r);
            opened->close();
            return lines;
        };
        auto sequelizeSchema = schema(sequelizeFile);
        QVERIFY2(sequelizeSchema, Test::why(sequelizeSchema));

        // (1) The ORM's own table: PRAGMA table_info equal, row for row; both have AUTOINCREMENT's sqlite_sequence.
        {
            auto orm = Database::open(ormFile);
            QVERIFY2(orm, Test::why(orm));
            auto livres = Catalogue::Livre::define(*orm);
            QVERIFY2(livres, Test::why(livres));
            auto synced = livres->sync();
            QVERIFY2(synced, Test::why(synced));
            orm->close();
        }
        auto ormSchema = schema(ormFile);
        QVERIFY2(ormSchema, Test::why(ormSchema));
        auto tableInfo = [](QStringList lines) {
            lines.removeIf([](const QString &line) { return line.startsWith(u"master: "_s); });
            return lines;
        };
        QCOMPARE(tableInfo(*ormSchema).size(), 18);
        QCOMPARE(tableInfo(*ormSchema), tableInfo(*sequelizeSchema));
        QVERIFY(ormSchema->filter(u"master: table | sqlite_sequence"_s).size() == 1);
        QVERIFY(sequelizeSchema->filter(u"master: table | sqlite_sequence"_s).size() == 1);

        // (2) The Sequelize-made file is a catalogue: the row reads through the ORM, a new one is added.
        {
            auto catalogue =
                    Catalogue::Catalogue::open(u"sqlite:"_s + sequelizeFile, Catalogue::Catalogue::Missing::Refuse);
            QVERIFY2(catalogue, Test::why(catalogue));
            auto books = catalogue->livres().findAll();
            QVERIFY2(books, Test::why(books));
            QCOMPARE(books->size(), 1);
            const Instance book = books->first();
            QCOMPARE(book.get(Catalogue::Livre::Id).toLongLong(), 1);
            QCOMPARE(book.get(Catalogue::Livre::Nom).toString(), u"Le Petit Prince"_s);
            QCOMPARE(book.get(Catalogue::Livre::Presentation).toString(), presentation);
            QCOMPARE(book.get(Catalogue::Livre::Prix).toDouble(), 12.5);
            QCOMPARE(book.get(Catalogue::Livre::Auteur).toString(), u"Saint-Exupéry"_s);
            QCOMPARE(book.get(Catalogue::Livre::Quantite).toInt(), 3);
            QCOMPARE(book.get(Catalogue::Livre::Annee).toInt(), 1943);
            QCOMPARE(book.get(Catalogue::Livre::Ventes).toDouble(), 2.5);

            auto added = catalogue->livres().create({{Catalogue::Livre::Nom, u"Vol de nuit"_s},
                                                     {Catalogue::Livre::NomSansEspaces, u"VoldeNuit"_s},
                                                     {Catalogue::Livre::Presentation, u"Un roman"_s},
                                                     {Catalogue::Livre::Prix, 8.0},
                                                     {Catalogue::Livre::Annee, 1931},
                                                     {Catalogue::Livre::NbPages, 180},
                                                     {Catalogue::Livre::Ventes, 0.0},
                                                     {Catalogue::Livre::Arriere, u"a.jpg"_s},
                                                     {Catalogue::Livre::Dos, u"d.jpg"_s}});
            QVERIFY2(added, Test::why(added));
            QCOMPARE(added->get(Catalogue::Livre::Id).toLongLong(), 2);
            auto summary = catalogue->summary();
            QVERIFY2(summary, Test::why(summary));
            QCOMPARE(summary->books, 2);
            QCOMPARE(summary->firstYear.toInt(), 1931);
            catalogue->database().close();
        }
        auto after = schema(sequelizeFile);
        QVERIFY2(after, Test::why(after));
        QCOMPARE(*after, *sequelizeSchema);
    }
};

QTEST_GUILESS_MAIN(TestDefinition)
#include "tst_definition.moc"
