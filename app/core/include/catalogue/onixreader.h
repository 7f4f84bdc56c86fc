#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

#include <optional>

namespace Catalogue {

// What the catalogue reads of an ONIX for Books 3.0 product (reference tags): the subset its export writes.
struct OnixProduct
{
    qint64 line = 0; // where <Product> starts
    QString recordReference;
    QList<std::pair<QString, QString>> identifiers; // ProductIDType code, IDValue (15: ISBN-13)
    QString title;
    struct Contributor
    {
        QString name;
        QString role; // ONIX code list 17: A01 author, B06 translator, A12 illustrator...
    };
    QList<Contributor> contributors;
    QString publisher;
    QString publicationDate; // as written (its first four digits are the year)
    QString pages; // ExtentValue of an extent in pages (ExtentUnit 03)
    QList<std::pair<QString, QString>> texts; // TextType code, Text
    QStringList covers; // ResourceLink of front covers (ResourceContentType 01)
    QString subject; // the first SubjectHeadingText
    QString price; // PriceAmount, in currency
    QString currency;
    QString onHand; // the sum of the Stock OnHand values, as text
};

// Reads the products of an ONIX 3.0 message one at a time, in constant memory. Any DOCTYPE is refused (no
// entity is ever expanded: billion laughs, external entities), as are nesting deeper than maxDepth and a text
// longer than maxTextChars; QXmlStreamReader's well-formedness errors end the file. Knows nothing of the
// catalogue (fuzzed on its own). The device must outlive the reader.
// Limits of what one record may hold.
struct OnixLimits
{
    int maxDepth = 32;
    qsizetype maxTextChars = 1 << 20;
};

class OnixReader
{
    Q_DECLARE_TR_FUNCTIONS(OnixReader)

public:
    explicit OnixReader(QIODevice *device, OnixLimits limits = {});

    // The next product; false at the end of the message or on an error of the file (error()). A product with a
    // problem is returned with recordError() set.
    bool next(OnixProduct &product);
    QString recordError() const { return m_recordError; }
    QString error() const { return m_error; }

private:
    bool fail(const QString &why);

    QXmlStreamReader m_xml;
    OnixLimits m_limits;
    int m_depth = 0;
    bool m_sawRoot = false;
    QString m_recordError;
    QString m_error;
};

} // namespace Catalogue
