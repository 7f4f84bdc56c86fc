#include <catalogue/catalogue.h>
#include <catalogue/covers.h>
#include <catalogue/livre.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QUrl>

#include <algorithm>

namespace Catalogue {

namespace CoverImage {

QList<Orm::Attribute> attributes()
{
    using Orm::DataType;
    return {
            {.name = Empreinte, .type = DataType::fixedChar(64), .primaryKey = true},
            {.name = Format, .type = DataType::string(16), .allowNull = false},
            {.name = Largeur, .type = DataType::integer(), .allowNull = false},
            {.name = Hauteur, .type = DataType::integer(), .allowNull = false},
            {.name = Donnees, .type = DataType::blob(), .allowNull = false},
    };
}

Orm::ModelOptions options()
{
    return {.tableName = tableName, .timestamps = false};
}

bool isReference(QStringView text)
{
    if (!text.startsWith(referencePrefix) || text.size() != referencePrefix.size() + 64)
        return false;
    const QStringView digest = text.sliced(referencePrefix.size());
    return std::all_of(digest.begin(), digest.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace CoverImage

namespace {

Orm::Error coverError(const QString &message)
{
    return Orm::Error(Orm::Error::Kind::Validation, message);
}

} // namespace

Orm::Result<QString> Catalogue::storeCover(const QByteArray &bytes) const
{
    using namespace CoverImage;
    if (!m_covers.isValid())
        return Orm::fail(Orm::Error::Kind::Database,
                         tr("this catalogue cannot hold covers yet: bring it up to date first (catalogue migrate up)"));
    if (bytes.size() > maxBytes)
        return std::unexpected(coverError(tr("The image is too large (%1 MB; at most %2 MB)")
                                                  .arg(bytes.size() / (1024 * 1024))
                                                  .arg(maxBytes / (1024 * 1024))));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QString format = QString::fromLatin1(reader.format()); // asked before read(), which consumes the buffer
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > maxSide || size.height() > maxSide))
        return std::unexpected(coverError(tr("The image is too large (%1 × %2 pixels; at most %3 on a side)")
                                                  .arg(size.width())
                                                  .arg(size.height())
                                                  .arg(maxSide)));
    // Decoding the whole image is the only proof that it is one (a header can lie).
    const QImage image = reader.read();
    if (image.isNull())
        return std::unexpected(
                coverError(tr("This file is not an image that can be read (%1)").arg(reader.errorString())));
    if (image.width() > maxSide || image.height() > maxSide)
        return std::unexpected(coverError(tr("The image is too large (%1 × %2 pixels; at most %3 on a side)")
                                                  .arg(image.width())
                                                  .arg(image.height())
                                                  .arg(maxSide)));
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto stored = m_covers.findOrCreate(
            {.where = Orm::col(Empreinte) == digest,
             .defaults = {{Format, format}, {Largeur, image.width()}, {Hauteur, image.height()}, {Donnees, bytes}}});
    if (!stored)
        return std::unexpected(stored.error());
    return referencePrefix + digest;
}

QString Catalogue::folder() const
{
    const QString file = m_database.filePath();
    return file.isEmpty() ? QString() : QFileInfo(file).absolutePath();
}

Orm::Result<QByteArray> Catalogue::coverData(const QString &reference) const
{
    const QString text = reference.trimmed();
    if (text.isEmpty())
        return Orm::fail(Orm::Error::Kind::EmptyResult, tr("no cover"));
    if (CoverImage::isReference(text)) {
        if (!m_covers.isValid())
            return Orm::fail(Orm::Error::Kind::EmptyResult, tr("this catalogue holds no stored covers"));
        auto row = m_covers.findByPk(text.mid(CoverImage::referencePrefix.size()),
                                     {.attributes = {CoverImage::Empreinte, CoverImage::Donnees}});
        if (!row)
            return std::unexpected(row.error());
        if (row->isNull())
            return Orm::fail(Orm::Error::Kind::EmptyResult, tr("the stored image %1 is missing").arg(text));
        return row->get(CoverImage::Donnees).toByteArray();
    }
    // A path or an address, as files made elsewhere hold: read when it is a local file, never fetched.
    QString path = text;
    const QUrl url(text);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return Orm::fail(Orm::Error::Kind::EmptyResult, tr("covers on the web are not fetched: %1").arg(text));
    if (scheme == u"file")
        path = url.toLocalFile();
    if (QDir::isRelativePath(path)) {
        if (folder().isEmpty())
            return Orm::fail(Orm::Error::Kind::EmptyResult, tr("no file for %1").arg(text));
        path = QDir(folder()).filePath(path);
    }
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return Orm::fail(Orm::Error::Kind::EmptyResult, tr("cannot read %1").arg(QDir::toNativeSeparators(path)));
    if (file.size() > CoverImage::maxBytes)
        return Orm::fail(Orm::Error::Kind::EmptyResult, tr("%1 is too large").arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

} // namespace Catalogue
