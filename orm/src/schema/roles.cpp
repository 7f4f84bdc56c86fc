#include <orm/modeldefinition.h>
#include <orm/roles.h>

#include <QRegularExpression>

namespace Orm::Roles {

namespace {

const QStringList tablePrivileges = {
        QStringLiteral("SELECT"),   QStringLiteral("INSERT"),     QStringLiteral("UPDATE"),  QStringLiteral("DELETE"),
        QStringLiteral("TRUNCATE"), QStringLiteral("REFERENCES"), QStringLiteral("TRIGGER"), QStringLiteral("ALL")};

[[nodiscard]] Status refuseSqlite(const Database &database)
{
    if (database.dialect().kind() == Dialect::Kind::Sqlite)
        return fail(Error::Kind::InvalidQuery, QStringLiteral("a SQLite database has no users or roles"));
    return {};
}

[[nodiscard]] Status checkRoles(const QStringList &roles)
{
    for (const QString &role : roles) {
        if (!isRoleName(role))
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' cannot be a role name (a-z, 0-9 and _, at most 63, not starting with a "
                                       "digit or pg_)")
                                .arg(role.left(80)));
    }
    return {};
}

[[nodiscard]] Status checkTable(const QString &table, const QStringList &columns = {})
{
    QStringList names = columns;
    names << table;
    for (const QString &name : std::as_const(names)) {
        if (!isSafeIdentifier(name))
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' cannot name a table or column").arg(name.left(80)));
    }
    return {};
}

// Runs a role statement composed by the server: format(template, values...) with every value bound, so that %I
// quotes an identifier and %L a literal the server's way; the template is this file's own text.
[[nodiscard]] Status runComposed(const Database &database, const QString &templ, const QVariantList &values)
{
    QString placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders += QStringLiteral(", ?::text");
    auto composed =
            database.query(QStringLiteral("SELECT format(?::text") + placeholders + u')', QVariantList{templ} + values);
    if (!composed)
        return std::unexpected(composed.error());
    auto ran = database.query(composed->rows.value(0).value(0).toString());
    if (!ran)
        return std::unexpected(ran.error());
    return {};
}

Result<bool> askBool(const Database &database, const QString &sql, const QVariantList &values)
{
    if (database.dialect().kind() == Dialect::Kind::Sqlite)
        return true;
    auto rows = database.query(sql, values);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->rows.value(0).value(0).toBool();
}

} // namespace

bool isRoleName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QStringLiteral("pg_"));
}

Result<bool> exists(const Database &database, const QString &role)
{
    if (auto r = refuseSqlite(database); !r)
        return std::unexpected(r.error());
    auto rows = database.query(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {role});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->rows.value(0).value(0).toLongLong() > 0;
}

Status create(const Database &database, const QString &role, Login login, const QString &password)
{
    if (auto r = refuseSqlite(database); !r)
        return r;
    if (auto r = checkRoles({role}); !r)
        return r;
    if (login == Login::Refused)
        return runComposed(database, QStringLiteral("CREATE ROLE %I NOLOGIN"), {role});
    if (password.isEmpty())
        return runComposed(database, QStringLiteral("CREATE ROLE %I LOGIN"), {role});
    return runComposed(database, QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"), {role, password});
}

Status drop(const Database &database, const QString &role)
{
    if (auto r = refuseSqlite(database); !r)
        return r;
    if (auto r = checkRoles({role}); !r)
        return r;
    return runComposed(database, QStringLiteral("DROP ROLE %I"), {role});
}

Status addMember(const Database &database, const QString &group, const QString &member)
{
    if (auto r = refuseSqlite(database); !r)
        return r;
    if (auto r = checkRoles({group, member}); !r)
        return r;
    return runComposed(database, QStringLiteral("GRANT %I TO %I"), {group, member});
}

Status removeMember(const Database &database, const QString &group, const QString &member)
{
    if (auto r = refuseSqlite(database); !r)
        return r;
    if (auto r = checkRoles({group, member}); !r)
        return r;
    return runComposed(database, QStringLiteral("REVOKE %I FROM %I"), {group, member});
}

Result<QStringList> members(const Database &database, const QString &group)
{
    if (auto r = refuseSqlite(database); !r)
        return std::unexpected(r.error());
    auto rows = database.query(QStringLiteral("SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = "
                                              "a.roleid JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ? "
                                              "ORDER BY 1"),
                               {group});
    if (!rows)
        return std::unexpected(rows.error());
    QStringList names;
    for (const QVariantList &row : std::as_const(rows->rows))
        names << row.value(0).toString();
    return names;
}

Result<QStringList> groupsOf(const Database &database, const QString &role)
{
    if (auto r = refuseSqlite(database); !r)
        return std::unexpected(r.error());
    auto rows = database.query(QStringLiteral("SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = "
                                              "a.roleid JOIN pg_roles m ON m.oid = a.member WHERE m.rolname = ? "
                                              "ORDER BY 1"),
                               {role});
    if (!rows)
        return std::unexpected(rows.error());
    QStringList names;
    for (const QVariantList &row : std::as_const(rows->rows))
        names << row.value(0).toString();
    return names;
}

Status grantOnTable(const Database &database, const QStringList &privileges, const QString &table, const QString &role,
                    const QStringList &columns)
{
    if (auto r = refuseSqlite(database); !r)
        return r;
    if (auto r = checkRoles({role}); !r)
        return r;
    if (auto r = checkTable(table, columns); !r)
        return r;
    if (privileges.isEmpty())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("no privilege to grant"));
    for (const QString &privilege : privileges) {
        if (!tablePrivileges.contains(privilege))
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' is not a table privilege").arg(privilege.left(40)));
    }
    // Privileges are among the keywords above; the table, columns and role are quoted (validated first).
    QString columnList;
    if (!columns.isEmpty()) {
        QStringList quoted;
        for (const QString &column : columns)
            quoted << Dialect::quote(column);
        columnList = QStringLiteral(" (") + quoted.join(QStringLiteral(", ")) + u')';
    }
    const QString sql = QStringLiteral("GRANT ") + privileges.join(QStringLiteral(", ")) + columnList
            + QStringLiteral(" ON TABLE ") + Dialect::quote(table) + QStringLiteral(" TO ") + Dialect::quote(role);
    auto ran = database.query(sql);
    if (!ran)
        return std::unexpected(ran.error());
    return {};
}

Status revokeAllOnTable(const Database &database, const QString &table, const QString &role)
{
    if (auto r = refuseSqlite(database); !r)
        return r;
    if (auto r = checkRoles({role}); !r)
        return r;
    if (auto r = checkTable(table); !r)
        return r;
    return runComposed(database, QStringLiteral("REVOKE ALL ON TABLE %I FROM %I"), {table, role});
}

Status grantSequence(const Database &database, const QString &table, const QString &column, const QString &role,
                     bool all)
{
    if (auto r = refuseSqlite(database); !r)
        return r;
    if (auto r = checkRoles({role}); !r)
        return r;
    if (auto r = checkTable(table, {column}); !r)
        return r;
    // pg_get_serial_sequence() gives the sequence's name already quoted as needed (%s keeps it as it is).
    auto sequence =
            database.query(QStringLiteral("SELECT pg_get_serial_sequence(?, ?)"), {Dialect::quote(table), column});
    if (!sequence)
        return std::unexpected(sequence.error());
    const QVariant name = sequence->rows.value(0).value(0);
    if (name.isNull())
        return fail(Error::Kind::InvalidQuery, QStringLiteral("%1.%2 has no sequence").arg(table, column));
    return runComposed(database,
                       all ? QStringLiteral("GRANT ALL ON SEQUENCE %s TO %I")
                           : QStringLiteral("GRANT USAGE, SELECT ON SEQUENCE %s TO %I"),
                       {name, role});
}

Status grantConnect(const Database &database, const QString &role, bool createInSchema)
{
    if (auto r = refuseSqlite(database); !r)
        return r;
    if (auto r = checkRoles({role}); !r)
        return r;
    auto names = database.query(QStringLiteral("SELECT current_database(), current_schema()"));
    if (!names)
        return std::unexpected(names.error());
    const QVariant db = names->rows.value(0).value(0);
    const QVariant schema = names->rows.value(0).value(1);
    if (auto r = runComposed(database, QStringLiteral("GRANT CONNECT ON DATABASE %I TO %I"), {db, role}); !r)
        return r;
    return runComposed(database,
                       createInSchema ? QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %I TO %I")
                                      : QStringLiteral("GRANT USAGE ON SCHEMA %I TO %I"),
                       {schema, role});
}

Result<bool> hasTablePrivilege(const Database &database, const QString &table, const QString &privilege)
{
    return askBool(database, QStringLiteral("SELECT has_table_privilege(?, ?)"), {Dialect::quote(table), privilege});
}

Result<bool> hasColumnPrivilege(const Database &database, const QString &table, const QString &column,
                                const QString &privilege)
{
    return askBool(database, QStringLiteral("SELECT has_column_privilege(?, ?, ?)"),
                   {Dialect::quote(table), column, privilege});
}

Result<bool> hasSchemaPrivilege(const Database &database, const QString &privilege)
{
    return askBool(database, QStringLiteral("SELECT has_schema_privilege(current_schema(), ?)"), {privilege});
}

Result<QString> currentUser(const Database &database)
{
    if (database.dialect().kind() == Dialect::Kind::Sqlite)
        return QString();
    auto rows = database.query(QStringLiteral("SELECT current_user"));
    if (!rows)
        return std::unexpected(rows.error());
    return rows->rows.value(0).value(0).toString();
}

Result<QString> currentDatabase(const Database &database)
{
    if (database.dialect().kind() == Dialect::Kind::Sqlite)
        return QString();
    auto rows = database.query(QStringLiteral("SELECT current_database()"));
    if (!rows)
        return std::unexpected(rows.error());
    return rows->rows.value(0).value(0).toString();
}

} // namespace Orm::Roles
