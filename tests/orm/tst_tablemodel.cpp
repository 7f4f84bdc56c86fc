#include "testdatabase.h"

#include <orm/changefeed.h>
#include <orm/fulltextindex.h>
#include <orm/model.h>
#include <orm/tablemodel.h>
#include <orm/transaction.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDataWidgetMapper>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Orm;
using namespace Qt::StringLiterals;

namespace {

struct Book
{
    QString title;
    QString author;
    double price;
    int year;
};

// Real titles with accents, apostrophes and capitals, for search; the fillers after them match none of the
// searches of the tests.
const QList<Book> classics = {
        {u"Les Misérables"_s, u"Victor Hugo"_s, 12.5, 1862},
        {u"L'Étranger"_s, u"Albert Camus"_s, 7.2, 1942},
        {u"Été indien"_s, u"Jeanne Hébert"_s, 15.0, 1990},
        {u"La Peste"_s, u"Albert Camus"_s, 8.9, 1947},
        {u"Notre-Dame de Paris"_s, u"Victor Hugo"_s, 11.0, 1831},
        {u"Éloge de l'ombre"_s, u"Junichiro Tanizaki"_s, 9.5, 1933},
        {u"MISÈRE DE LA PHILOSOPHIE"_s, u"Karl Marx"_s, 6.0, 1847},
};
constexpr int fillers = 60;

enum Column { IdColumn, TitleColumn, AuthorColumn, PriceColumn, YearColumn, KeyColumn, CreatedColumn };

} // namespace

// The table model adapter on every dialect, under QAbstractItemModelTester (fatal mode), with a QTableView on top.
class TestTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    Model m_books;
    std::unique_ptr<TableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QTableView> m_view;

    Database &db() { return m_db->database(); }

    static Model defineBooks(Database &database)
    {
        auto model = database.define(
                u"Book"_s,
                {
                        {.name = u"id"_s, .type = DataType::integer(), .primaryKey = true, .autoIncrement = true},
                        {.name = u"title"_s,
                         .type = DataType::string(),
                         .allowNull = false,
                         .validate = {Validator::notEmpty()}},
                        {.name = u"author"_s, .type = DataType::string()},
                        {.name = u"price"_s, .type = DataType::floating(), .validate = {Validator::min(0)}},
                        {.name = u"year"_s, .type = DataType::integer()},
                        {.name = u"titleKey"_s, .type = DataType::string()},
                },
                {.tableName = u"Books"_s});
        if (!model)
            qFatal("%s", qPrintable(model.error().toString()));
        // A derived column kept by a hook, and a hook that refuses: edits must run both.
        model->addHook(HookEvent::BeforeValidate, [](HookContext &context) -> Status {
            if (context.instance->changed(u"title"_s))
                return context.instance->set(u"titleKey"_s, context.instance->get(u"title"_s).toString().toLower());
            return {};
        });
        model->addHook(HookEvent::BeforeSave, [](HookContext &context) -> Status {
            if (context.instance->get(u"title"_s).toString() == u"Forbidden")
                return fail(Error::Kind::Validation, u"that title is forbidden"_s);
            return {};
        });
        return *model;
    }

    void seed(int extra = fillers)
    {
        QList<QVariantMap> rows;
        for (const Book &b : classics)
            rows << QVariantMap{
                    {u"title"_s, b.title}, {u"author"_s, b.author}, {u"price"_s, b.price}, {u"year"_s, b.year}};
        for (int i = 0; i < extra; ++i)
            rows << QVariantMap{{u"title"_s, u"Livre %1"_s.arg(i, 5, 10, QChar(u'0'))},
                                {u"author"_s, u"Auteur %1"_s.arg(i % 7)},
                                {u"price"_s, 0.5 + (i * 7) % 50},
                                {u"year"_s, 1900 + (i * 13) % 120}};
        auto created = m_books.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
    }

    // The adapter with the usual columns, under the tester, shown in a table view, selected.
    void attach(bool selectNow = true)
    {
        m_model = std::make_unique<TableModel>(m_books);
        auto columns = m_model->setColumns({{u"id"_s, u"N°"_s},
                                            {u"title"_s, u"Titre"_s},
                                            {u"author"_s, {}},
                                            {u"price"_s, u"Prix"_s},
                                            {u"year"_s, {}},
                                            {u"titleKey"_s, {}},
                                            {u"createdAt"_s, {}}});
        QVERIFY2(columns, Test::why(columns));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_model.get());
        m_view->resize(900, 400);
        m_view->show();
        if (selectNow) {
            auto selected = m_model->select();
            QVERIFY2(selected, Test::why(selected));
        }
    }

    QVariant cell(int row, int column, int role = Qt::EditRole) const
    {
        return m_model->data(m_model->index(row, column), role);
    }

    // Every row's key, in the adapter's order.
    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int r = 0; r < m_model->rowCount(); ++r)
            ids << cell(r, IdColumn, TableModel::KeyRole).toLongLong();
        return ids;
    }

    QStringList shownTitles() const
    {
        QStringList titles;
        for (int r = 0; r < m_model->rowCount(); ++r)
            titles << cell(r, TitleColumn).toString();
        return titles;
    }

    QStringList selectedTitles() const
    {
        QStringList titles;
        for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
            titles << m_model->index(index.row(), TitleColumn).data().toString();
        return titles;
    }

    QList<qint64> ormIds(const FindOptions &options)
    {
        QList<qint64> ids;
        auto rows = m_books.findAll(options);
        if (!rows)
            qFatal("%s", qPrintable(rows.error().toString()));
        for (const Instance &row : std::as_const(*rows))
            ids << row.get(u"id"_s).toLongLong();
        return ids;
    }

    qint64 idOf(const QString &title)
    {
        auto found = m_books.findOne({.where = col(u"title"_s) == title});
        return found && !found->isNull() ? found->get(u"id"_s).toLongLong() : -1;
    }

    void createIndex()
    {
        auto index = FullTextIndex::create(db(), u"Books"_s, u"id"_s, {u"title"_s, u"author"_s});
        QVERIFY2(index, Test::why(index));
    }

private Q_SLOTS:
    // Columns from belongsTo associations ("Editeur.Nom", nested "Editeur.Pays.Nom"): shown, sorted and filtered in
    // the database, never edited; a book without a publisher shows empty cells.
    void columnsOfIncludedAssociations()
    {
        auto pays = db().define(u"Pays"_s, {{.name = u"Nom"_s, .type = DataType::string()}}, {.tableName = u"Pays"_s});
        auto editeurs = db().define(u"Editeur"_s, {{.name = u"Nom"_s, .type = DataType::string()}});
        QVERIFY2(pays && editeurs, "models");
        QVERIFY(editeurs->belongsTo(*pays));
        QVERIFY(m_books.belongsTo(*editeurs));
        QVERIFY2(db().sync(SyncMode::Alter), "sync");
        auto france = pays->create({{u"Nom"_s, u"France"_s}});
        auto belgique = pays->create({{u"Nom"_s, u"Belgique"_s}});
        auto seuil = editeurs->create({{u"Nom"_s, u"Seuil"_s}, {u"PaysId"_s, france->get(u"id"_s)}});
        auto casterman = editeurs->create({{u"Nom"_s, u"Casterman"_s}, {u"PaysId"_s, belgique->get(u"id"_s)}});
        QVERIFY2(seuil && casterman, "publishers");
        const QList<std::pair<QString, QVariant>> books = {{u"Tintin"_s, casterman->get(u"id"_s)},
                                                           {u"Candide"_s, seuil->get(u"id"_s)},
                                                           {u"Anonyme"_s, QVariant()},
                                                           {u"Zadig"_s, seuil->get(u"id"_s)}};
        for (const auto &[title, editeur] : books)
            QVERIFY(m_books.create({{u"title"_s, title}, {u"EditeurId"_s, editeur}}));

        m_model = std::make_unique<TableModel>(m_books);
        auto columns = m_model->setColumns(
                {{u"title"_s, u"Titre"_s}, {u"Editeur.Nom"_s, u"Éditeur"_s}, {u"Editeur.Pays.Nom"_s, u"Pays"_s}});
        QVERIFY2(columns, Test::why(columns));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_model.get());
        // The seeded books aside: these four only.
        QVERIFY(m_model->setBaseOptions(
                {.where = col(u"title"_s).in({u"Tintin"_s, u"Candide"_s, u"Anonyme"_s, u"Zadig"_s})}));
        QVERIFY2(m_model->select(), "select");
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), u"Éditeur"_s);
        auto rowsAsText = [&] {
            QStringList rows;
            for (int r = 0; r < m_model->rowCount(); ++r)
                rows << cell(r, 0).toString() + u'/' + cell(r, 1).toString() + u'/' + cell(r, 2).toString();
            return rows;
        };
        m_model->sort(1, Qt::AscendingOrder); // by publisher: no publisher first (NULL sorts first on SQLite)
        QStringList sorted = rowsAsText();
        sorted.removeAll(u"Anonyme//"_s);
        QCOMPARE(sorted,
                 (QStringList{u"Tintin/Casterman/Belgique"_s, u"Candide/Seuil/France"_s, u"Zadig/Seuil/France"_s}));
        QVERIFY(rowsAsText().contains(u"Anonyme//"_s));
        m_model->sort(2, Qt::DescendingOrder); // by country, nested; ties by the key, descending too
        sorted = rowsAsText();
        sorted.removeAll(u"Anonyme//"_s); // where NULL goes is the database's choice
        QCOMPARE(sorted,
                 (QStringList{u"Zadig/Seuil/France"_s, u"Candide/Seuil/France"_s, u"Tintin/Casterman/Belgique"_s}));
        QVERIFY2(m_model->setFilter(col(u"Editeur.Nom"_s) == u"Seuil"_s), "filter on an included attribute");
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(!(m_model->flags(m_model->index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable);

        // Only belongsTo chains make columns.
        TableModel other(m_books);
        QVERIFY(!other.setColumns({{u"Nope.Nom"_s, {}}}));
        QVERIFY(!other.setColumns({{u"Editeur.Nope"_s, {}}}));
    }

    void initTestCase_data() { Test::addDialectRows(); }

    void init()
    {
        TEST_OPEN_DATABASE(m_db);
        m_books = defineBooks(db());
        auto synced = m_books.sync(SyncMode::Force);
        QVERIFY2(synced, Test::why(synced));
        seed();
    }

    void cleanup()
    {
        m_view.reset();
        m_tester.reset();
        m_model.reset();
        m_books = Model();
        m_db.reset();
    }

    void columnsHeadersAndRoles()
    {
        attach();
        QCOMPARE(m_model->rowCount(), int(classics.size()) + fillers);
        QCOMPARE(m_model->columnCount(), 7);
        QCOMPARE(m_model->headerData(TitleColumn, Qt::Horizontal).toString(), u"Titre"_s);
        QCOMPARE(m_model->headerData(AuthorColumn, Qt::Horizontal).toString(), u"author"_s);
        QSignalSpy headerChanged(m_model.get(), &QAbstractItemModel::headerDataChanged);
        QVERIFY(m_model->setHeaderData(AuthorColumn, Qt::Horizontal, u"Auteur"_s));
        QCOMPARE(headerChanged.count(), 1);
        QCOMPARE(m_model->headerData(AuthorColumn, Qt::Horizontal).toString(), u"Auteur"_s);
        QCOMPARE(m_model->columnOf(u"price"_s), int(PriceColumn));
        QCOMPARE(m_model->columnOf(u"nope"_s), -1);

        m_model->setLocale(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(cell(0, TitleColumn).toString(), u"Les Misérables"_s); // primary key order by default
        QCOMPARE(cell(0, PriceColumn, Qt::DisplayRole).toString(), u"12,5"_s);
        QCOMPARE(cell(0, PriceColumn).toDouble(), 12.5); // EditRole: the raw value
        QCOMPARE(cell(0, YearColumn, Qt::DisplayRole).toString(), u"1862"_s); // no group separator
        QCOMPARE(cell(0, KeyColumn).toString(), u"les misérables"_s);
        QVERIFY(!cell(0, CreatedColumn, Qt::DisplayRole).toString().isEmpty());
        QCOMPARE(cell(0, PriceColumn, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(cell(0, TitleColumn, Qt::TextAlignmentRole).toInt(), int(Qt::AlignLeft | Qt::AlignVCenter));
        const Instance instance = cell(0, TitleColumn, TableModel::InstanceRole).value<Instance>();
        QVERIFY(!instance.isNull());
        QCOMPARE(instance.get(u"author"_s).toString(), u"Victor Hugo"_s);
        QCOMPARE(cell(0, TitleColumn, TableModel::KeyRole).toLongLong(), idOf(u"Les Misérables"_s));
        QVERIFY(!cell(0, TitleColumn, TableModel::ErrorRole).isValid());

        QVERIFY(!(m_model->flags(m_model->index(0, IdColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(m_model->flags(m_model->index(0, CreatedColumn)) & Qt::ItemIsEditable));
        QVERIFY(m_model->flags(m_model->index(0, TitleColumn)) & Qt::ItemIsEditable);
        QVERIFY(m_model->flags(m_model->index(0, IdColumn)) & Qt::ItemIsSelectable);
        QVERIFY(!m_model->setData(m_model->index(0, IdColumn), 999));

        auto bad = m_model->setColumns({{u"title"_s, {}}, {u"no_such"_s, {}}});
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind(), Error::Kind::InvalidQuery);
        QCOMPARE(m_model->columnCount(), 7);

        // The sort follows its attribute to its new column, and ends when no column shows it.
        m_model->sort(PriceColumn, Qt::DescendingOrder);
        QVERIFY(m_model->setColumns({{u"price"_s, {}}, {u"id"_s, {}}}));
        QCOMPARE(m_model->sortColumn(), 0);
        QList<qint64> ids;
        for (int r = 0; r < m_model->rowCount(); ++r)
            ids << m_model->index(r, 1).data().toLongLong();
        QCOMPARE(ids, ormIds({.order = {desc(u"price"_s), desc(u"id"_s)}}));
        QVERIFY(m_model->setColumns({{u"title"_s, {}}}));
        QCOMPARE(m_model->sortColumn(), -1);
        QCOMPARE(m_model->index(0, 0).data().toString(), classics.first().title);
    }

    void badFilterIsAnError()
    {
        attach();
        auto filtered = m_model->setFilter(col(u"nope"_s) == 1);
        QVERIFY(!filtered);
        QCOMPARE(filtered.error().kind(), Error::Kind::InvalidQuery);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->setFilter(Where()));
        QCOMPARE(m_model->rowCount(), int(classics.size()) + fillers);
    }

    void sortInTheDatabase_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("title ascending") << int(TitleColumn) << false << u"title"_s;
        QTest::newRow("title descending") << int(TitleColumn) << true << u"title"_s;
        QTest::newRow("price ascending (ties broken by key)") << int(PriceColumn) << false << u"price"_s;
        QTest::newRow("year descending") << int(YearColumn) << true << u"year"_s;
        QTest::newRow("key descending") << int(IdColumn) << true << u"id"_s;
        QTest::newRow("author ascending") << int(AuthorColumn) << false << u"author"_s;
    }

    void sortInTheDatabase()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, attribute);
        attach();
        // The current row and a selected row must follow their books.
        const int peste = m_model->rowOf(idOf(u"La Peste"_s));
        const int hugo = m_model->rowOf(idOf(u"Notre-Dame de Paris"_s));
        m_view->setCurrentIndex(m_model->index(peste, TitleColumn));
        m_view->selectionModel()->select(m_model->index(hugo, TitleColumn), QItemSelectionModel::Select);
        m_view->setSortingEnabled(true);
        m_view->sortByColumn(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(m_model->sortColumn(), column);
        const QList<qint64> expected =
                ormIds({.order = {Order(col(attribute), descending), Order(col(u"id"_s), descending)}});
        QCOMPARE(shownIds(), expected);
        QCOMPARE(m_view->currentIndex().data().toString(), u"La Peste"_s);
        QVERIFY(selectedTitles().contains(u"Notre-Dame de Paris"_s));

        m_model->sort(-1); // back to the base order
        QCOMPARE(shownIds(), ormIds({.order = {asc(u"id"_s)}}));
        QCOMPARE(m_view->currentIndex().data().toString(), u"La Peste"_s);
    }

    // A sort reorders the same rows: it reads the new order's first page without counting the rows again.
    void sortDoesNotCountAgain()
    {
        TableModel model(m_books);
        model.setAutoRefresh(false);
        QVERIFY(model.select());
        QCOMPARE(model.rowCount(), int(*m_books.count()));
        QStringList sent;
        db().setLogger([&sent](const QString &sql) { sent << sql; });
        model.sort(model.columnOf(u"price"_s), Qt::DescendingOrder);
        const qint64 first = model.index(0, 0).data(TableModel::KeyRole).toLongLong();
        db().setLogger({});
        QCOMPARE(first,
                 ormIds({.order = {Order(col(u"price"_s), true), Order(col(u"id"_s), true)}, .limit = 1}).value(0));
        QVERIFY(!sent.isEmpty()); // the first page, read in the new order
        QVERIFY2(std::none_of(sent.begin(), sent.end(),
                              [](const QString &sql) { return sql.contains(u"COUNT("_s, Qt::CaseInsensitive); }),
                 qPrintable(sent.join(u'\n')));
        QCOMPARE(model.rowCount(), int(*m_books.count()));
    }

    void sortPlacesHeldRowsByCounting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("author ascending (nulls)") << int(AuthorColumn) << false << u"author"_s;
        QTest::newRow("author descending (nulls)") << int(AuthorColumn) << true << u"author"_s;
        QTest::newRow("price ascending (nulls)") << int(PriceColumn) << false << u"price"_s;
        QTest::newRow("price descending (nulls)") << int(PriceColumn) << true << u"price"_s;
        QTest::newRow("year ascending (nulls)") << int(YearColumn) << false << u"year"_s;
        QTest::newRow("year descending (nulls)") << int(YearColumn) << true << u"year"_s;
        QTest::newRow("title descending (ties)") << int(TitleColumn) << true << u"title"_s;
        QTest::newRow("key descending") << int(IdColumn) << true << u"id"_s;
    }

    // The rows a view holds follow their books through a sort, wherever NULLs and ties put them. On PostgreSQL
    // each is placed by counting the rows before it, without reading the key list.
    void sortPlacesHeldRowsByCounting()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, attribute);
        QList<QVariantMap> rows;
        for (int i = 0; i < 40; ++i)
            rows << QVariantMap{{u"title"_s, u"Tome %1"_s.arg(i % 5)},
                                {u"author"_s, i % 3 ? QVariant(u"Auteur %1"_s.arg(i % 4)) : QVariant()},
                                {u"price"_s, i % 4 ? QVariant(1.5 * (i % 6)) : QVariant()},
                                {u"year"_s, i % 5 ? QVariant(1900 + i % 3) : QVariant()}};
        auto created = m_books.bulkCreate(rows);
        QVERIFY2(created, Test::why(created));
        TableModel model(m_books);
        model.setAutoRefresh(false);
        QVERIFY(model.setColumns(
                {{u"id"_s, {}}, {u"title"_s, {}}, {u"author"_s, {}}, {u"price"_s, {}}, {u"year"_s, {}}}));
        QVERIFY(model.select());
        // Rows with a null, a tie and a value in the sorted column, on screen (read) as a current row is.
        const QList<qint64> heldIds = {created->at(0).get(u"id"_s).toLongLong(),
                                       created->at(6).get(u"id"_s).toLongLong(),
                                       created->at(13).get(u"id"_s).toLongLong()};
        QList<QPersistentModelIndex> held;
        for (const qint64 id : heldIds) {
            const int row = model.rowOf(id);
            QVERIFY(row >= 0);
            QCOMPARE(model.index(row, IdColumn).data(TableModel::KeyRole).toLongLong(), id);
            held << QPersistentModelIndex(model.index(row, column));
        }
        QStringList counts;
        db().setLogger([&counts](const QString &sql) {
            if (sql.startsWith(u"SELECT count("_s, Qt::CaseInsensitive))
                counts << sql;
        });
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        db().setLogger({});
        if (db().dialect().kind() == Dialect::Kind::Postgres && attribute != u"id"_s) {
            // A held row with a value is counted as one range of the index on (column, id): "a <= x AND (...)".
            const QString range = u"\"%1\" %2"_s.arg(attribute, descending ? u">="_s : u"<="_s);
            QVERIFY2(std::any_of(counts.begin(), counts.end(), [&](const QString &sql) { return sql.contains(range); }),
                     qPrintable(counts.join(u'\n')));
        }
        const QList<qint64> expected =
                ormIds({.order = {Order(col(attribute), descending), Order(col(u"id"_s), descending)}});
        for (qsizetype i = 0; i < held.size(); ++i) {
            QVERIFY(held.at(i).isValid());
            QCOMPARE(held.at(i).data(TableModel::KeyRole).toLongLong(), heldIds.at(i));
            QCOMPARE(held.at(i).row(), int(expected.indexOf(heldIds.at(i))));
        }
        QCOMPARE(model.hasAllKeys(), db().dialect().kind() == Dialect::Kind::Sqlite);
    }

    void baseOptionsAndFilter()
    {
        attach();
        auto based = m_model->setBaseOptions({.where = col(u"price"_s) < 40, .order = {desc(u"year"_s)}});
        QVERIFY2(based, Test::why(based));
        const Where old = col(u"year"_s) < 1900;
        auto filtered = m_model->setFilter(old);
        QVERIFY2(filtered, Test::why(filtered));
        const FindOptions expected{.where = col(u"price"_s) < 40 && old, .order = {desc(u"year"_s), desc(u"id"_s)}};
        QCOMPARE(shownIds(), ormIds(expected));
        QVERIFY(m_model->rowCount() >= 3); // the classics before 1900
        m_model->sort(PriceColumn);
        QCOMPARE(shownIds(), ormIds({.where = expected.where, .order = {asc(u"price"_s), asc(u"id"_s)}}));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("prefix") << u"mis"_s << QStringList{u"Les Misérables"_s, u"MISÈRE DE LA PHILOSOPHIE"_s};
        QTest::newRow("accents in the text") << u"miserables"_s << QStringList{u"Les Misérables"_s};
        QTest::newRow("accents in the search") << u"été"_s << QStringList{u"Été indien"_s};
        QTest::newRow("accent in the text only") << u"etr"_s << QStringList{u"L'Étranger"_s};
        QTest::newRow("capitals") << u"MISÉRA"_s << QStringList{u"Les Misérables"_s};
        QTest::newRow("two words, any column") << u"camus pes"_s << QStringList{u"La Peste"_s};
        QTest::newRow("author") << u"hugo"_s << QStringList{u"Les Misérables"_s, u"Notre-Dame de Paris"_s};
        QTest::newRow("apostrophe") << u"l'ombre"_s << QStringList{u"Éloge de l'ombre"_s};
        QTest::newRow("inside a word is no prefix") << u"sérables"_s << QStringList{};
        QTest::newRow("hyphen") << u"notre-dame"_s << QStringList{u"Notre-Dame de Paris"_s};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        createIndex();
        attach();
        auto searched = m_model->setSearch(text);
        QVERIFY2(searched, Test::why(searched));
        QCOMPARE(m_model->rowCount(), int(expected.size())); // exact at once
        QVariantList titles;
        for (const QString &title : expected)
            titles << title;
        const Where matching = col(u"title"_s).in(titles);
        QCOMPARE(shownIds(), ormIds({.where = matching, .order = {asc(u"id"_s)}}));
        // Sorted by a column, and with a filter: the keys of that order that the index matches.
        m_model->sort(TitleColumn, Qt::DescendingOrder);
        QCOMPARE(shownIds(), ormIds({.where = matching, .order = {desc(u"title"_s), desc(u"id"_s)}}));
        QVERIFY(m_model->setFilter(col(u"year"_s) > 1900));
        QCOMPARE(shownIds(),
                 ormIds({.where = matching && col(u"year"_s) > 1900, .order = {desc(u"title"_s), desc(u"id"_s)}}));
        QVERIFY(m_model->setFilter(Where()));
        QVERIFY(m_model->setSearch(QString()));
        QCOMPARE(m_model->rowCount(), int(classics.size()) + fillers);
    }

    void searchWithoutAnIndex()
    {
        attach();
        // A case-insensitive LIKE over the text columns shown: a substring, and accents count.
        QVERIFY(m_model->setSearch(u"MIS"_s));
        QStringList shown = shownTitles();
        shown.sort();
        QCOMPARE(shown, (QStringList{u"Les Misérables"_s, u"MISÈRE DE LA PHILOSOPHIE"_s}));
        QVERIFY(m_model->setSearch(u"sérables"_s));
        QCOMPARE(shownTitles(), QStringList{u"Les Misérables"_s});
        QVERIFY(m_model->setSearch(u"miserables"_s));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void editRefusedLeavesTheRow_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("price below zero") << int(PriceColumn) << QVariant(-3.0) << u"price"_s;
        QTest::newRow("price as text") << int(PriceColumn) << QVariant(u"abc"_s) << u"price"_s;
        QTest::newRow("empty title") << int(TitleColumn) << QVariant(u""_s) << u"title"_s;
        QTest::newRow("title a hook refuses (the error names no attribute: the cell's)")
                << int(TitleColumn) << QVariant(u"Forbidden"_s) << u"title"_s;
    }

    void editRefusedLeavesTheRow()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, attribute);
        attach();
        const int row = int(idOf(u"La Peste"_s)) - 1;
        const QModelIndex index = m_model->index(row, column);
        const QVariant before = index.data(Qt::EditRole);
        QSignalSpy failed(m_model.get(), &TableModel::editFailed);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(!m_model->setData(index, value));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toInt(), row);
        QCOMPARE(failed.first().at(2).toString(), attribute);
        const QString message = failed.first().at(3).toString();
        QVERIFY(!message.isEmpty());
        QCOMPARE(failed.first().at(1).toInt(), column);
        QCOMPARE(index.data(Qt::EditRole), before);
        QCOMPARE(index.data(TableModel::ErrorRole).toString(), message);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), message);
        QCOMPARE(changed.count(), 1); // the cell, for its tooltip
        auto stored = m_books.findByPk(idOf(u"La Peste"_s));
        QVERIFY(stored && !stored->isNull());
        QCOMPARE(stored->get(column == PriceColumn ? u"price"_s : u"title"_s), before);

        // A good value is saved through the hooks, and the message goes.
        const QVariant good = column == PriceColumn ? QVariant(10.25) : QVariant(u"La Peste (poche)"_s);
        QVERIFY(m_model->setData(index, good));
        QVERIFY(!index.data(TableModel::ErrorRole).isValid());
        QCOMPARE(index.data(Qt::EditRole), good);
        stored = m_books.findByPk(idOf(column == PriceColumn ? u"La Peste"_s : u"La Peste (poche)"_s));
        QVERIFY(stored && !stored->isNull());
        QCOMPARE(stored->get(column == PriceColumn ? u"price"_s : u"title"_s), good);
        if (column == TitleColumn) // the hook's derived column, shown at once
            QCOMPARE(m_model->index(row, KeyColumn).data().toString(), u"la peste (poche)"_s);
    }

    void editThroughAForm()
    {
        attach();
        const int row = int(idOf(u"La Peste"_s)) - 1;
        QDataWidgetMapper mapper;
        mapper.setModel(m_model.get());
        mapper.setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
        QLineEdit title, price;
        mapper.addMapping(&title, TitleColumn);
        mapper.addMapping(&price, PriceColumn);
        mapper.setCurrentIndex(row);
        QCOMPARE(title.text(), u"La Peste"_s);
        QCOMPARE(price.text().toDouble(), 8.9);

        title.setText(u"La Peste, édition revue"_s);
        price.setText(u"9.5"_s);
        QVERIFY(mapper.submit());
        auto stored = m_books.findByPk(idOf(u"La Peste, édition revue"_s));
        QVERIFY(stored && !stored->isNull());
        QCOMPARE(stored->get(u"price"_s).toDouble(), 9.5);
        QCOMPARE(stored->get(u"titleKey"_s).toString(), u"la peste, édition revue"_s);

        QSignalSpy failed(m_model.get(), &TableModel::editFailed);
        price.setText(u"-1"_s);
        mapper.submit();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(2).toString(), u"price"_s);
        stored = m_books.findByPk(stored->get(u"id"_s));
        QCOMPARE(stored->get(u"price"_s).toDouble(), 9.5);
        mapper.revert();
        QCOMPARE(price.text().toDouble(), 9.5);
    }

    void insertRows()
    {
        attach();
        const int before = m_model->rowCount();
        m_model->setDefaultValues({{u"title"_s, u"Nouveau livre"_s}, {u"price"_s, 1.0}});
        QVERIFY(m_model->insertRows(2, 2));
        QCOMPARE(m_model->rowCount(), before + 2);
        QCOMPARE(cell(2, TitleColumn).toString(), u"Nouveau livre"_s);
        QCOMPARE(cell(3, KeyColumn).toString(), u"nouveau livre"_s); // through the hooks
        QCOMPARE(*m_books.count(), qint64(before + 2));
        QCOMPARE(cell(4, TitleColumn).toString(), classics.at(2).title); // the rows after moved down

        QSignalSpy failed(m_model.get(), &TableModel::editFailed);
        m_model->setDefaultValues({{u"title"_s, u""_s}});
        QVERIFY(!m_model->insertRows(0, 2));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(2).toString(), u"title"_s);
        QCOMPARE(m_model->rowCount(), before + 2);
        QCOMPARE(*m_books.count(), qint64(before + 2));
    }

    void insertAPreparedInstance()
    {
        attach();
        const int before = m_model->rowCount();
        auto prepared = m_books.build({{u"title"_s, u"Candide"_s}, {u"author"_s, u"Voltaire"_s}, {u"price"_s, 5.0}});
        QVERIFY(prepared);
        auto row = m_model->insertInstance(*prepared, 1);
        QVERIFY2(row, Test::why(row));
        QCOMPARE(*row, 1);
        QCOMPARE(cell(1, TitleColumn).toString(), u"Candide"_s);
        QCOMPARE(cell(1, KeyColumn).toString(), u"candide"_s);
        QVERIFY(idOf(u"Candide"_s) > 0);
        QCOMPARE(m_model->rowOf(idOf(u"Candide"_s)), 1);

        auto refused = m_model->insertInstance(*m_books.build({{u"title"_s, u"Zadig"_s}, {u"price"_s, -1.0}}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::Validation);
        QCOMPARE(m_model->rowCount(), before + 1);
        QCOMPARE(idOf(u"Zadig"_s), -1);
    }

    void removeRows()
    {
        attach();
        const int before = m_model->rowCount();
        const qint64 first = cell(1, IdColumn).toLongLong();
        const qint64 second = cell(2, IdColumn).toLongLong();
        QVERIFY(m_model->removeRows(1, 2));
        QCOMPARE(m_model->rowCount(), before - 2);
        QVERIFY(m_books.findByPk(first)->isNull());
        QVERIFY(m_books.findByPk(second)->isNull());
        QCOMPARE(cell(1, TitleColumn).toString(), classics.at(3).title);

        // A hook that refuses one destruction: none happens.
        m_books.addHook(HookEvent::BeforeDestroy, [](HookContext &context) -> Status {
            if (context.instance->get(u"title"_s).toString() == u"La Peste")
                return fail(Error::Kind::Validation, u"La Peste stays"_s);
            return {};
        });
        QSignalSpy failed(m_model.get(), &TableModel::editFailed);
        QVERIFY(!m_model->removeRows(0, 3));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_model->rowCount(), before - 2);
        QCOMPARE(*m_books.count(), qint64(before - 2));
    }

    void refreshKeepsTheCurrentRowAndSelection()
    {
        attach();
        m_model->setAutoRefresh(false); // this test calls refresh() itself
        m_model->sort(TitleColumn);
        const int before = m_model->rowCount();
        const QModelIndex peste = m_model->index(m_model->rowOf(idOf(u"La Peste"_s)), TitleColumn);
        m_view->setCurrentIndex(peste);
        m_view->selectionModel()->select(m_model->index(m_model->rowOf(idOf(u"Été indien"_s)), TitleColumn),
                                         QItemSelectionModel::Select);

        // Another connection, which the adapter's hooks do not see: as another program would.
        auto other = Database::open(m_db->url());
        QVERIFY2(other, Test::why(other));
        Model books = defineBooks(*other);
        for (const QString &title : {u"Aa"_s, u"Ab"_s, u"Zz"_s})
            QVERIFY(books.create({{u"title"_s, title}, {u"price"_s, 1.0}}));
        QVERIFY(books.destroy({.where = col(u"title"_s) == u"Les Misérables"_s}));
        QVERIFY(books.update({{u"price"_s, 99.0}}, {.where = col(u"title"_s) == u"La Peste"_s}));
        QCOMPARE(m_model->rowCount(), before);

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        auto refreshed = m_model->refresh();
        QVERIFY2(refreshed, Test::why(refreshed));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowCount(), before + 2);
        QCOMPARE(cell(0, TitleColumn).toString(), u"Aa"_s);
        QCOMPARE(m_view->currentIndex().data().toString(), u"La Peste"_s);
        QCOMPARE(m_model->index(m_view->currentIndex().row(), PriceColumn).data().toDouble(), 99.0);
        QVERIFY(selectedTitles().contains(u"Été indien"_s));
        QCOMPARE(shownIds(), ormIds({.order = {asc(u"title"_s), asc(u"id"_s)}}));
        other->close();
    }

    void changesElsewhereReachTheAdapter()
    {
        attach();
        TableModel second(m_books);
        QAbstractItemModelTester secondTester(&second, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(second.select());
        const int peste = int(idOf(u"La Peste"_s)) - 1;
        QCOMPARE(cell(peste, PriceColumn).toDouble(), 8.9); // read, hence cached

        // Another adapter's edit: the row is read again.
        QVERIFY(second.setData(second.index(peste, second.columnOf(u"price"_s)), 20.0));
        QTRY_COMPARE(cell(peste, PriceColumn).toDouble(), 20.0);

        // A form's save of the sorted column: the row moves.
        m_model->sort(TitleColumn);
        auto book = m_books.findByPk(idOf(u"La Peste"_s));
        QVERIFY(book->update({{u"title"_s, u"Aaa La Peste"_s}}));
        QTRY_COMPARE(cell(0, TitleColumn).toString(), u"Aaa La Peste"_s);

        // An import, a deletion, a bulk update.
        const int before = m_model->rowCount();
        QVERIFY(m_books.create({{u"title"_s, u"Nouveau"_s}}));
        QTRY_COMPARE(m_model->rowCount(), before + 1);
        QVERIFY(m_books.findByPk(idOf(u"Nouveau"_s))->destroy());
        QTRY_COMPARE(m_model->rowCount(), before);
        QVERIFY(m_books.update({{u"price"_s, 1.0}}, {.where = col(u"year"_s) < 1900}));
        const int hugo = m_model->rowOf(idOf(u"Notre-Dame de Paris"_s));
        QTRY_COMPARE(cell(hugo, PriceColumn).toDouble(), 1.0);
        QTRY_COMPARE(second.rowCount(), before);

        // What a transaction that rolls back did never shows.
        {
            auto t = Transaction::begin(db());
            QVERIFY(t);
            QVERIFY(m_books.create({{u"title"_s, u"Fantôme"_s}}));
            QVERIFY(t->rollback());
        }
        QTest::qWait(50);
        QCOMPARE(m_model->rowCount(), before);
    }

    void refreshesWhenTheDatabaseTells()
    {
        QFETCH_GLOBAL(QString, dialect);
        // PostgreSQL: the change feed's NOTIFY; SQLite: data_version, polled.
        QVERIFY(ChangeFeed::install(db(), u"Books"_s));
        QCOMPARE(*ChangeFeed::isInstalled(db(), u"Books"_s), dialect == u"postgres");
        attach();
        const int before = m_model->rowCount();
        auto other = Database::open(m_db->url());
        QVERIFY2(other, Test::why(other));
        QVERIFY(defineBooks(*other).create({{u"title"_s, u"D'ailleurs"_s}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), before + 1, 10000);
        QCOMPARE(cell(before, TitleColumn).toString(), u"D'ailleurs"_s);

        m_model->setAutoRefresh(false);
        QVERIFY(defineBooks(*other).create({{u"title"_s, u"Encore"_s}}));
        QTest::qWait(dialect == u"postgres" ? 300 : 1500);
        QCOMPARE(m_model->rowCount(), before + 1);
        other->close();
        QVERIFY(ChangeFeed::remove(db(), u"Books"_s));
        QCOMPARE(*ChangeFeed::isInstalled(db(), u"Books"_s), false);
    }

    // A connection to the server found again after it was lost is a new connection: the adapter must listen on it
    // again, and read what others changed meanwhile (nobody told it).
    void listensAgainAfterTheConnectionIsLost()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != u"postgres")
            QSKIP("a connection to a server only: a SQLite file has no connection to lose (data_version is polled)");
        QVERIFY(ChangeFeed::install(db(), u"Books"_s));
        attach();
        const int before = m_model->rowCount();
        auto other = Database::open(m_db->url());
        QVERIFY2(other, Test::why(other));

        // The server ends this thread's connection (as a restart would); the next statement finds it lost.
        auto pid = db().query(u"SELECT pg_backend_pid()"_s);
        QVERIFY2(pid, Test::why(pid));
        const QVariant backend = pid->rows.value(0).value(0);
        auto killed = other->query(u"SELECT pg_terminate_backend(?)"_s, {backend});
        QVERIFY2(killed && killed->rows.value(0).value(0).toBool(), Test::why(killed));
        const auto gone = [&] {
            auto rows = other->query(u"SELECT 1 FROM pg_stat_activity WHERE pid = ?"_s, {backend});
            return rows && rows->rows.isEmpty();
        };
        QTRY_VERIFY(gone());
        QVERIFY(!db().query(u"SELECT 1"_s));
        QCOMPARE(db().connectionState(), ConnectionState::Lost);
        // Changed while the adapter could hear nothing.
        QVERIFY(defineBooks(*other).create({{u"title"_s, u"Pendant la coupure"_s}}));
        QVERIFY(db().ping());

        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), before + 1, 10000);
        // And it listens on the new connection.
        QVERIFY(defineBooks(*other).create({{u"title"_s, u"Après la coupure"_s}}));
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), before + 2, 10000);
        QCOMPARE(cell(before + 1, TitleColumn).toString(), u"Après la coupure"_s);
        other->close();
        QVERIFY(ChangeFeed::remove(db(), u"Books"_s));
    }

    // PostgreSQL's change feed tells which rows and columns an UPDATE of a few rows changed: the adapter reads those
    // rows again (one row's dataChanged), not every key of its result; a change of the sorted column moves the row.
    void anUpdateElsewhereRereadsOnlyItsRows()
    {
        QFETCH_GLOBAL(QString, dialect);
        if (dialect != u"postgres")
            QSKIP("the change feed's notifications are PostgreSQL's (SQLite's data_version tells no row)");
        QVERIFY(ChangeFeed::install(db(), u"Books"_s));
        attach();
        m_model->sort(TitleColumn);
        const int peste = m_model->rowOf(idOf(u"La Peste"_s));
        QCOMPARE(cell(peste, PriceColumn).toDouble(), 8.9); // read, hence cached
        auto other = Database::open(m_db->url());
        QVERIFY2(other, Test::why(other));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::layoutChanged);

        auto priced = defineBooks(*other).update({{u"price"_s, 21.5}}, {.where = col(u"id"_s) == idOf(u"La Peste"_s)});
        QVERIFY2(priced, Test::why(priced));
        QTRY_COMPARE_WITH_TIMEOUT(cell(peste, PriceColumn).toDouble(), 21.5, 10000);
        QTest::qWait(100); // nothing else is on its way
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).toModelIndex().row(), peste);
            QCOMPARE(signal.at(1).toModelIndex().row(), peste);
        }
        QCOMPARE(reset.size(), 0);
        QCOMPARE(moved.size(), 0);

        // The sorted column: the row takes its new place.
        auto renamed = defineBooks(*other).update({{u"title"_s, u"Aaa La Peste"_s}},
                                                  {.where = col(u"id"_s) == idOf(u"La Peste"_s)});
        QVERIFY2(renamed, Test::why(renamed));
        QTRY_COMPARE_WITH_TIMEOUT(cell(0, TitleColumn).toString(), u"Aaa La Peste"_s, 10000);
        // An UPDATE that changes no value tells nothing; one of every row is still seen.
        QVERIFY(defineBooks(*other).update({{u"price"_s, 21.5}}, {.where = col(u"id"_s) == idOf(u"Aaa La Peste"_s)}));
        QVERIFY(defineBooks(*other).update({{u"price"_s, 3.0}}, {.where = col(u"id"_s) > 0}));
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_model->rowCount() - 1, PriceColumn).toDouble(), 3.0, 10000);
        other->close();
        QVERIFY(ChangeFeed::remove(db(), u"Books"_s));
    }

    void memoryStaysBoundedWhileScrolling()
    {
        seed(6000);
        attach(false);
        m_model->setPageSize(50);
        m_model->setCacheLimit(300);
        QVERIFY(m_model->select());
        const int total = int(classics.size()) + fillers + int(classics.size()) + 6000;
        QCOMPARE(m_model->rowCount(), total); // exact before anything is read

        // The first and last screens come without the key list.
        QCOMPARE(cell(0, TitleColumn).toString(), classics.first().title);
        m_view->scrollToBottom();
        QCoreApplication::processEvents();
        QCOMPARE(cell(total - 1, TitleColumn).toString(), u"Livre 05999"_s);
        QVERIFY(!m_model->hasAllKeys());
        QVERIFY(m_model->cachedRows() <= m_model->cacheLimit());

        for (int row = 0; row < total; row += 37) {
            m_view->scrollTo(m_model->index(row, TitleColumn), QAbstractItemView::PositionAtTop);
            QCoreApplication::processEvents();
            QVERIFY(cell(row, TitleColumn).isValid());
            QVERIFY2(m_model->cachedRows() <= m_model->cacheLimit(),
                     qPrintable(QString::number(m_model->cachedRows())));
        }
        QVERIFY(!m_model->hasAllKeys()); // in key order, each page is read beside the one before
        auto expected = m_books.findAll({.order = {asc(u"id"_s)}, .limit = 1, .offset = 4321});
        QVERIFY(expected && expected->size() == 1);
        QCOMPARE(cell(4321, TitleColumn).toString(), expected->first().get(u"title"_s).toString());

        m_model->sort(TitleColumn, Qt::DescendingOrder);
        auto last = m_books.findAll({.order = {asc(u"title"_s), asc(u"id"_s)}, .limit = 1});
        QVERIFY(last && last->size() == 1);
        QCOMPARE(cell(total - 1, TitleColumn).toString(), last->first().get(u"title"_s).toString());
        QVERIFY(m_model->cachedRows() <= m_model->cacheLimit());

        // A row held by a view but never read: the sort reads where it was, then follows it.
        m_model->sort(-1);
        QVERIFY(m_model->select());
        const QPersistentModelIndex held = m_model->index(3000, IdColumn);
        const qint64 heldId = ormIds({.order = {asc(u"id"_s)}, .limit = 1, .offset = 3000}).value(0);
        m_model->sort(TitleColumn);
        QVERIFY(held.isValid());
        QCOMPARE(held.data(TableModel::KeyRole).toLongLong(), heldId);
        QCOMPARE(held.row(), int(ormIds({.order = {asc(u"title"_s), asc(u"id"_s)}}).indexOf(heldId)));
    }

    // In key order, the pages a view scrolls into are read beside the rows read before them (WHERE id > ?, or < ?
    // up from the end), without the key list; a jump far from any row read needs it.
    void scrollingInKeyOrderReadsBesideTheRowsBefore()
    {
        seed(3000);
        attach(false);
        m_model->setPageSize(50);
        QVERIFY(m_model->select());
        const QList<qint64> ids = ormIds({.order = {asc(u"id"_s)}});
        const int total = m_model->rowCount();
        QCOMPARE(total, int(ids.size()));
        for (int row = 0; row < 1500; row += 20) // down from the top, a screen at a time
            QCOMPARE(cell(row, IdColumn, TableModel::KeyRole).toLongLong(), ids.at(row));
        for (int row = total - 1; row >= total - 1300; row -= 20) // up from the end
            QCOMPARE(cell(row, IdColumn, TableModel::KeyRole).toLongLong(), ids.at(row));
        QVERIFY(!m_model->hasAllKeys());

        // Descending, the same.
        attach(false);
        m_model->setPageSize(50);
        m_model->sort(IdColumn, Qt::DescendingOrder);
        QVERIFY(m_model->select());
        for (int row = 0; row < 1000; row += 20)
            QCOMPARE(cell(row, IdColumn, TableModel::KeyRole).toLongLong(), ids.at(total - 1 - row));
        QVERIFY(!m_model->hasAllKeys());

        // A row the result does not hold is found out without the key list.
        m_model->sort(-1);
        QVERIFY(m_model->setFilter(col(u"id"_s) != ids.at(2000)));
        QCOMPARE(m_model->rowOf(ids.at(2000)), -1);
        QVERIFY(!m_model->hasAllKeys());
        // A row in the middle, far from any row read: the key list.
        QCOMPARE(cell(1000, IdColumn, TableModel::KeyRole).toLongLong(), ids.at(1000));
        QVERIFY(m_model->hasAllKeys());
        QCOMPARE(m_model->rowOf(ids.at(2001)), 2000);
    }

    // In a search in key order, the row of a key is counted by the index: whether the search holds it, and how
    // many of its keys come before it, without reading its whole result.
    void rowOfInASearchIsCountedByTheIndex()
    {
        seed(3000);
        createIndex();
        const qint64 wanted = ormIds({.where = col(u"title"_s) == u"Livre 01500"_s}).value(0);
        const qint64 other = ormIds({.where = col(u"title"_s) == u"La Peste"_s}).value(0);
        QVERIFY(wanted > 0 && other > 0);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            attach(false);
            m_model->sort(IdColumn, order);
            QVERIFY(m_model->select());
            QVERIFY(m_model->setSearch(u"livre"_s));
            const int row = m_model->rowOf(wanted);
            QCOMPARE(m_model->rowOf(other), -1);
            QVERIFY(!m_model->hasAllKeys());
            QCOMPARE(cell(row, IdColumn, TableModel::KeyRole).toLongLong(), wanted);
            QCOMPARE(cell(row, TitleColumn).toString(), u"Livre 01500"_s);
            QCOMPARE(row, int(shownIds().indexOf(wanted)));
        }
    }

    void textPrimaryKey()
    {
        // Keys that are not integers go through a dictionary of codes: the same adapter, sorting and edits.
        auto editions =
                db().define(u"Edition"_s,
                            {{.name = u"isbn"_s, .type = DataType::string(20), .primaryKey = true},
                             {.name = u"label"_s, .type = DataType::string(), .validate = {Validator::notEmpty()}}},
                            {.tableName = u"Editions"_s, .timestamps = false});
        QVERIFY(editions);
        QVERIFY(editions->sync(SyncMode::Force));
        QList<QVariantMap> rows;
        for (int i = 0; i < 300; ++i)
            rows << QVariantMap{{u"isbn"_s, u"978-%1"_s.arg((i * 37) % 1000, 4, 10, QChar(u'0'))},
                                {u"label"_s, u"Édition %1"_s.arg(i)}};
        QVERIFY(editions->bulkCreate(rows));
        TableModel model(*editions);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTableView view;
        view.setModel(&model);
        model.setPageSize(20);
        QVERIFY(model.select());
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.index(0, 0).data().toString(), u"978-0000"_s);
        QStringList isbns;
        for (int r = 0; r < model.rowCount(); ++r)
            isbns << model.index(r, 0).data().toString();
        QStringList sorted = isbns;
        sorted.sort();
        QCOMPARE(isbns, sorted);
        model.sort(1, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 1).data().toString(), u"Édition 99"_s);
        QVERIFY(!model.setData(model.index(0, 1), u""_s));
        QVERIFY(model.setData(model.index(0, 1), u"Édition revue"_s));
        QCOMPARE(editions->findByPk(model.index(0, 0).data())->get(u"label"_s).toString(), u"Édition revue"_s);
        QCOMPARE(model.index(model.rowOf(u"978-0000"_s), 0).data().toString(), u"978-0000"_s);
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 299);
        QVERIFY(editions->create({{u"isbn"_s, u"979-0001"_s}, {u"label"_s, u"Zéro"_s}}));
        QTRY_COMPARE(model.rowCount(), 300);
    }
};

QTEST_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
