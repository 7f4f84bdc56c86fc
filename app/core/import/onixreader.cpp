#include <catalogue/onixreader.h>

#include <QStringList>

namespace Catalogue {

OnixReader::OnixReader(QIODevice *device, OnixLimits limits) : m_xml(device), m_limits(limits)
{
    // No entity is ever expanded beyond the five predefined ones (a DOCTYPE is refused before any could be).
    m_xml.setEntityExpansionLimit(0);
}

bool OnixReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

bool OnixReader::next(OnixProduct &product)
{
    product = {};
    m_recordError.clear();
    if (!m_error.isEmpty())
        return false;
    QStringList path; // the elements open inside the product
    QString text; // the text of the innermost element
    // What is collected while inside a repeated composite.
    QString idType, idValue, role, name, namesBefore, keyNames, textType, textValue, resourceType, link, amount,
            currency, extentType, extentUnit, extentValue;
    bool inProduct = false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            return fail(tr("line %1: the file has a DOCTYPE, which is refused (no entity is expanded)")
                                .arg(m_xml.lineNumber()));
        case QXmlStreamReader::EntityReference:
            return fail(tr("line %1: an entity reference, which is refused").arg(m_xml.lineNumber()));
        case QXmlStreamReader::StartElement: {
            if (++m_depth > m_limits.maxDepth)
                return fail(tr("line %1: elements nested deeper than %2 levels")
                                    .arg(m_xml.lineNumber())
                                    .arg(m_limits.maxDepth));
            const QString element = m_xml.name().toString();
            if (!m_sawRoot) {
                m_sawRoot = true;
                if (element != u"ONIXMessage")
                    return fail(tr("the file is not an ONIX message (its root is <%1>)").arg(element));
                break;
            }
            text.clear();
            if (!inProduct) {
                if (element == u"Product") {
                    inProduct = true;
                    path.clear();
                    product.line = m_xml.lineNumber();
                }
                break;
            }
            path << element;
            if (element == u"ProductIdentifier")
                idType.clear(), idValue.clear();
            else if (element == u"Contributor")
                role.clear(), name.clear(), namesBefore.clear(), keyNames.clear();
            else if (element == u"TextContent")
                textType.clear(), textValue.clear();
            else if (element == u"SupportingResource")
                resourceType.clear(), link.clear();
            else if (element == u"Price")
                amount.clear(), currency.clear();
            else if (element == u"Extent")
                extentType.clear(), extentUnit.clear(), extentValue.clear();
            break;
        }
        case QXmlStreamReader::Characters:
            if (inProduct) {
                if (text.size() + m_xml.text().size() > m_limits.maxTextChars) {
                    if (m_recordError.isEmpty())
                        m_recordError = tr("a text longer than %1 characters").arg(m_limits.maxTextChars);
                } else {
                    text += m_xml.text();
                }
            }
            break;
        case QXmlStreamReader::EndElement: {
            --m_depth;
            if (!inProduct)
                break;
            const QString element = m_xml.name().toString();
            if (path.isEmpty()) { // </Product>
                return true;
            }
            path.removeLast();
            const QString parent = path.value(path.size() - 1);
            const QString value = text.trimmed();
            if (element == u"RecordReference" && path.isEmpty())
                product.recordReference = value;
            else if (parent == u"ProductIdentifier" && element == u"ProductIDType")
                idType = value;
            else if (parent == u"ProductIdentifier" && element == u"IDValue")
                idValue = value;
            else if (element == u"ProductIdentifier" && path.isEmpty())
                product.identifiers.append({idType, idValue});
            else if (element == u"TitleText" && product.title.isEmpty())
                product.title = value;
            else if (parent == u"Contributor" && element == u"ContributorRole" && role.isEmpty())
                role = value;
            else if (parent == u"Contributor" && (element == u"PersonName" || element == u"CorporateName"))
                name = value;
            else if (parent == u"Contributor" && element == u"NamesBeforeKey")
                namesBefore = value;
            else if (parent == u"Contributor" && element == u"KeyNames")
                keyNames = value;
            else if (element == u"Contributor") {
                QString who = name;
                if (who.isEmpty())
                    who = QStringList{namesBefore, keyNames}.join(u' ').trimmed();
                product.contributors.append({who, role});
            } else if (parent == u"Publisher" && element == u"PublisherName" && product.publisher.isEmpty())
                product.publisher = value;
            else if (parent == u"PublishingDate" && element == u"Date" && product.publicationDate.isEmpty())
                product.publicationDate = value;
            else if (parent == u"Extent" && element == u"ExtentType")
                extentType = value;
            else if (parent == u"Extent" && element == u"ExtentUnit")
                extentUnit = value;
            else if (parent == u"Extent" && element == u"ExtentValue")
                extentValue = value;
            else if (element == u"Extent" && extentUnit == u"03" && product.pages.isEmpty())
                product.pages = extentValue;
            else if (parent == u"TextContent" && element == u"TextType")
                textType = value;
            else if (parent == u"TextContent" && element == u"Text")
                textValue = text; // as written, line breaks kept
            else if (element == u"TextContent")
                product.texts.append({textType, textValue});
            else if (parent == u"SupportingResource" && element == u"ResourceContentType")
                resourceType = value;
            else if (element == u"ResourceLink")
                link = value;
            else if (element == u"SupportingResource" && resourceType == u"01" && !link.isEmpty())
                product.covers << link;
            else if (element == u"SubjectHeadingText" && product.subject.isEmpty())
                product.subject = value;
            else if (parent == u"Price" && element == u"PriceAmount")
                amount = value;
            else if (parent == u"Price" && element == u"CurrencyCode")
                currency = value;
            else if (element == u"Price" && (product.price.isEmpty() || currency == u"EUR")
                     && product.currency != u"EUR") {
                product.price = amount;
                product.currency = currency;
            } else if (parent == u"Stock" && element == u"OnHand") {
                bool ok = false;
                const qint64 onHand = value.toLongLong(&ok);
                if (!ok) {
                    if (m_recordError.isEmpty())
                        m_recordError = tr("OnHand is not a whole number: %1").arg(value.left(40));
                } else {
                    product.onHand = QString::number(product.onHand.toLongLong() + onHand);
                }
            }
            text.clear();
            break;
        }
        default:
            break;
        }
    }
    if (m_xml.hasError())
        return fail(tr("line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString()));
    if (inProduct)
        return fail(tr("the file ends inside a product"));
    if (!m_sawRoot)
        return fail(tr("the file is not an ONIX message"));
    return false;
}

} // namespace Catalogue
