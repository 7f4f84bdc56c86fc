#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <expected>

namespace Orm {

// One failed rule of a validation: which attribute, which rule (with its arguments), the message shown to a
// person, the value that failed and where the rule came from.
struct ValidationItem
{
    enum class Origin { Core, Function, Database };

    QString attribute;
    QString rule;
    QVariantList arguments;
    QString message;
    QVariant value;
    Origin origin = Origin::Core;
    qsizetype row = -1; // bulkCreate: the index of the failed row in the batch
};

// The one error type of the library. Its kind follows Sequelize's error classes; message() is a sentence for a
// person, sql() the statement that failed (empty when none was sent), fields() the attributes a constraint names.
class Error
{
public:
    enum class Kind {
        Database, // any other error the database reported
        Connection, // could not connect, or the connection was lost
        Validation, // one or more rules failed before any SQL was sent; see items()
        UniqueConstraint, // a UNIQUE or PRIMARY KEY constraint; fields() names the columns
        ForeignKeyConstraint, // a FOREIGN KEY constraint
        NotNull, // a NOT NULL constraint raised by the database
        Check, // a CHECK constraint
        OptimisticLock, // a save based on a stale version was refused
        EmptyResult, // rejectOnEmpty found nothing
        Timeout, // the database stayed busy or locked, or the statement was cancelled
        InvalidQuery, // the query itself is wrong (unknown attribute, bad alias...): nothing was sent
        ReadOnly, // a write to a database that is open read-only; the message says why it is (not a Sequelize kind)
    };

    Error() = default;
    Error(Kind kind, const QString &message, const QString &sql = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString sql() const { return m_sql; }
    QStringList fields() const { return m_fields; }
    QString table() const { return m_table; }
    // The database's own code: SQLite's extended result code or PostgreSQL's SQLSTATE.
    QString nativeCode() const { return m_nativeCode; }
    QList<ValidationItem> items() const { return m_items; }

    Error &setSql(const QString &sql);
    Error &setFields(const QStringList &fields);
    Error &setTable(const QString &table);
    Error &setNativeCode(const QString &code);
    Error &setItems(const QList<ValidationItem> &items);

    // "kind: message" plus the SQL when there is some: for logs and the command line.
    QString toString() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::Database;
    QString m_message;
    QString m_sql;
    QStringList m_fields;
    QString m_table;
    QString m_nativeCode;
    QList<ValidationItem> m_items;
};

template<typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Kind kind, const QString &message, const QString &sql = {})
{
    return std::unexpected(Error(kind, message, sql));
}

} // namespace Orm

// In a QVariant and in queued signals (Orm::TableModel::queryFailed()).
Q_DECLARE_METATYPE(Orm::Error)
