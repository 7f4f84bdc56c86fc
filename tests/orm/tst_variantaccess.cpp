// VariantAccess (orm/src/core/variantaccess_p.h) reads and writes QVariant's private parts to skip calls into QtCore.
// These tests hold it to QVariant's own answers in every state a value can be in, so that a Qt whose QVariant
// behaves otherwise fails here rather than in the data.

#include "core/variantaccess_p.h"

#include <QDateTime>
#include <QLineF>
#include <QObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Orm;

namespace {

// Bigger than QVariant's inside space: kept in shared storage.
struct Wide
{
    char bytes[64] = {};
    bool operator==(const Wide &) const = default;
};

// A type whose id is given on first use.
struct Late
{
    int n = 1;
    bool operator==(const Late &) const = default;
};

// Raw storage for a QVariant that the test constructs and destroys itself.
struct Slot
{
    alignas(QVariant) unsigned char bytes[sizeof(QVariant)];
    QVariant *get() { return reinterpret_cast<QVariant *>(bytes); }
};

} // namespace

class TestVariantAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAndCopiesAsQVariant_data()
    {
        QTest::addColumn<QVariant>("value");
        static QObject object;
        static int number = 3;
        QVariant failed(u"abc"_s);
        (void)failed.convert(QMetaType::fromType<int>()); // fails: a typed null int
        QTest::newRow("no value") << QVariant();
        QTest::newRow("invalid type") << QVariant(QMetaType());
        QTest::newRow("unknown type id") << QVariant(QMetaType(99999));
        QTest::newRow("bool") << QVariant(true);
        QTest::newRow("int") << QVariant(-7);
        QTest::newRow("long long") << QVariant(qlonglong(1) << 50);
        QTest::newRow("double") << QVariant(-0.125);
        QTest::newRow("text") << QVariant(QString::fromUtf8("une présentation"));
        QTest::newRow("literal text") << QVariant(u"desc"_s);
        QTest::newRow("empty text") << QVariant(QString(u""_s));
        QTest::newRow("null text") << QVariant(QString());
        QTest::newRow("bytes") << QVariant(QByteArray("\0ab", 3));
        QTest::newRow("date-time") << QVariant(QDateTime(QDate(2024, 5, 1), QTime(12, 30), Qt::UTC));
        QTest::newRow("line (shared)") << QVariant(QLineF(1, 2, 3, 4));
        QTest::newRow("wide (shared)") << QVariant::fromValue(Wide{});
        QTest::newRow("late id") << QVariant::fromValue(Late{});
        QTest::newRow("typed null bool") << QVariant(QMetaType::fromType<bool>());
        QTest::newRow("typed null int") << QVariant(QMetaType::fromType<int>());
        QTest::newRow("typed null double") << QVariant(QMetaType::fromType<double>());
        QTest::newRow("typed null text") << QVariant(QMetaType::fromType<QString>());
        QTest::newRow("typed null wide") << QVariant(QMetaType::fromType<Wide>());
        QTest::newRow("failed conversion") << failed;
        QTest::newRow("null object pointer") << QVariant::fromValue(static_cast<QObject *>(nullptr));
        QTest::newRow("object pointer") << QVariant::fromValue(&object);
        QTest::newRow("null int pointer") << QVariant::fromValue(static_cast<int *>(nullptr));
        QTest::newRow("int pointer") << QVariant::fromValue(&number);
        QTest::newRow("nullptr") << QVariant::fromValue(nullptr);
    }

    void readsAndCopiesAsQVariant()
    {
        QFETCH(QVariant, value);
        QCOMPARE(VariantAccess::typeId(value), value.typeId());
        QCOMPARE(VariantAccess::isNull(value), value.isNull());

        Slot slot;
        VariantAccess::copyConstruct(slot.get(), value);
        const QVariant &copy = *slot.get();
        QCOMPARE(copy.typeId(), value.typeId());
        QCOMPARE(copy.isNull(), value.isNull());
        QCOMPARE(copy.isValid(), value.isValid());
        if (value.metaType().isEqualityComparable())
            QVERIFY(copy == value);
        slot.get()->~QVariant();
    }

    void constructsAsFromValue()
    {
        const auto check = [](auto value) {
            using Type = decltype(value);
            Slot slot;
            VariantAccess::construct(slot.get(), Type(value));
            const QVariant expected = QVariant::fromValue(value);
            const QVariant &made = *slot.get();
            QCOMPARE(made.typeId(), expected.typeId());
            QCOMPARE(made.isNull(), expected.isNull());
            QCOMPARE(made.value<Type>(), value);
            QVERIFY(made == expected);
            QVariant copy = made; // the copy and the destructor go through the type's own functions
            QCOMPARE(copy.value<Type>(), value);
            slot.get()->~QVariant();
        };
        check(qlonglong(-42));
        check(2.5);
        check(QString::fromUtf8("une présentation"));
        check(QString());
        check(QByteArray("\0ab", 3));

        // A text moved in keeps its only reference: no copy was made.
        QString text = QString::fromUtf8("moved in");
        const QChar *data = text.constData();
        Slot slot;
        VariantAccess::construct(slot.get(), std::move(text));
        QCOMPARE(static_cast<const QString *>(slot.get()->constData())->constData(), data);
        QVERIFY(static_cast<const QString *>(slot.get()->constData())->isDetached());
        slot.get()->~QVariant();
    }
};

QTEST_GUILESS_MAIN(TestVariantAccess)
#include "tst_variantaccess.moc"
