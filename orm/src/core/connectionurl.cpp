#include "core/connectionurl_p.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Orm {

QString ConnectionUrl::display() const
{
    if (kind == Dialect::Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgres://");
    if (!user.isEmpty())
        text += user + u'@';
    text += host;
    if (port > 0)
        text += u':' + QString::number(port);
    return text + u'/' + database;
}

Result<ConnectionUrl> ConnectionUrl::parse(const QString &url)
{
    ConnectionUrl c;
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Kind::Connection, QStringLiteral("no database URL was given"));

    if (trimmed.startsWith(QStringLiteral("postgres://")) || trimmed.startsWith(QStringLiteral("postgresql://"))) {
        const QUrl u(trimmed, QUrl::StrictMode);
        if (!u.isValid())
            return fail(Error::Kind::Connection,
                        QStringLiteral("the PostgreSQL URL is not valid: %1").arg(u.errorString()));
        c.kind = Dialect::Kind::Postgres;
        c.user = u.userName(QUrl::FullyDecoded);
        c.password = u.password(QUrl::FullyDecoded);
        c.host = u.host(QUrl::FullyDecoded);
        c.port = u.port(-1);
        c.database = u.path(QUrl::FullyDecoded).mid(1);
        const QUrlQuery query(u);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            c.parameters.insert(key, value);
        if (c.parameters.contains(QStringLiteral("host"))) // a Unix socket directory, as libpq accepts
            c.host = c.parameters.take(QStringLiteral("host"));
        for (auto it = c.parameters.cbegin(); it != c.parameters.cend(); ++it) {
            static const QStringList known = {QStringLiteral("sslmode"),          QStringLiteral("connect_timeout"),
                                              QStringLiteral("application_name"), QStringLiteral("sslrootcert"),
                                              QStringLiteral("sslcert"),          QStringLiteral("sslkey")};
            if (!known.contains(it.key()))
                return fail(Error::Kind::Connection,
                            QStringLiteral("unknown PostgreSQL URL parameter '%1'").arg(it.key().left(40)));
            // QPSQL turns every ';' of its connect options into a space, inside quotes too: the value would change.
            if (it.value().contains(u';') || it.value().contains(QChar(0)))
                return fail(Error::Kind::Connection,
                            QStringLiteral("the PostgreSQL URL parameter '%1' has a character it cannot hold")
                                    .arg(it.key()));
        }
        // libpq reads its connection string as a C string: a NUL would cut it short.
        const std::pair<QString, QString> parts[] = {{QStringLiteral("user name"), c.user},
                                                     {QStringLiteral("password"), c.password},
                                                     {QStringLiteral("host"), c.host},
                                                     {QStringLiteral("database name"), c.database}};
        for (const auto &[part, value] : parts) {
            if (value.contains(QChar(0)))
                return fail(Error::Kind::Connection,
                            QStringLiteral("the PostgreSQL URL's %1 has a character it cannot hold (NUL)").arg(part));
        }
        // A database name may hold a '/' written %2F; a second '/' in the path is not a name.
        if (c.database.isEmpty() || u.path(QUrl::FullyEncoded).mid(1).contains(u'/'))
            return fail(Error::Kind::Connection,
                        QStringLiteral("the PostgreSQL URL names no database: %1").arg(c.display()));
        return c;
    }
    // SQLite's own "file:" URIs take parameters this program does not read: refused rather than read as a name.
    if ((trimmed.contains(QStringLiteral("://")) && !trimmed.startsWith(QStringLiteral("sqlite:")))
        || trimmed.startsWith(QStringLiteral("file:"), Qt::CaseInsensitive))
        return fail(Error::Kind::Connection,
                    QStringLiteral("unsupported database URL '%1': use sqlite:FILE or postgres://...")
                            .arg(trimmed.section(u':', 0, 0).left(40)));

    c.kind = Dialect::Kind::Sqlite;
    QString path = trimmed;
    if (path.startsWith(QStringLiteral("sqlite://")))
        path = path.mid(9); // sqlite:///abs/path keeps its leading slash
    else if (path.startsWith(QStringLiteral("sqlite:")))
        path = path.mid(7);
    if (trimmed.startsWith(QStringLiteral("sqlite:")) && path.contains(u'?')) {
        // Only a sqlite: URL takes parameters; a bare path is a file name, whatever it holds.
        const qsizetype question = path.lastIndexOf(u'?');
        if (auto read = readSqliteParameters(path.mid(question + 1), c); !read)
            return std::unexpected(read.error());
        path.truncate(question);
    }
    if (path.isEmpty())
        return fail(Error::Kind::Connection, QStringLiteral("the SQLite URL names no file"));
    c.path = path;
    return c;
}

QString ConnectionUrl::libpqQuoted(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + quoted + u'\'';
}

QString ConnectionUrl::postgresOptions() const
{
    // Every value quoted: unquoted, a space in one would start another keyword ("x port=1" dials port 1).
    QStringList options;
    if (!parameters.contains(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        options << it.key() + u'=' + libpqQuoted(it.value());
    return options.join(u';');
}

Status ConnectionUrl::readSqliteParameters(const QString &query, ConnectionUrl &url)
{
    for (const QString &item : query.split(u'&', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0);
        const QString value = item.section(u'=', 1);
        if (key != u"mode")
            return fail(Error::Kind::Connection,
                        QCoreApplication::translate("Orm::Database", "unknown SQLite URL parameter '%1' (known: mode)")
                                .arg(key.left(40)));
        if (value != u"ro" && value != u"rw")
            return fail(Error::Kind::Connection,
                        QCoreApplication::translate("Orm::Database",
                                                    "the SQLite URL parameter mode is '%1': use ro (read-only) or rw")
                                .arg(value.left(40)));
        url.readOnly = value == u"ro";
    }
    return {};
}

} // namespace Orm
