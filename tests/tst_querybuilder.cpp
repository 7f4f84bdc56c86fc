#include <QTest>

// Placeholder until the real test lands.
class TestPlaceholder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QFAIL("not written yet"); }
};

QTEST_GUILESS_MAIN(TestPlaceholder)
#include "tst_querybuilder.moc"
