#pragma once

#include <orm/database.h>
#include <orm/error.h>

#include <QString>
#include <QStringList>

namespace Orm {

// PostgreSQL's roles and privileges: the server's own access control, set up and read through the ORM so that the
// domain runs no SQL. Names are checked with isRoleName() and quoted; values (a password) are bound and quoted by
// the server (role statements take no bind parameters: each is composed by the server's format() from bound
// values, then run). Every function runs on the calling thread's connection, inside its transaction if one is
// open. On SQLite, which has no users, each is an InvalidQuery error saying so (the privilege checks answer true:
// whoever can open the file can do everything).
namespace Roles {

// A role name this API accepts: 1 to 63 characters among a-z, 0-9 and '_', not starting with a digit or "pg_"
// (PostgreSQL's own). Stricter than PostgreSQL, so that a name never needs more than its quotes.
bool isRoleName(const QString &name);

enum class Login { Allowed, Refused };

[[nodiscard]] Result<bool> exists(const Database &database, const QString &role);
// CREATE ROLE; with Login::Allowed and a non-empty password, the password too (sent bound, stored hashed by the
// server). An existing role is an error.
[[nodiscard]] Status create(const Database &database, const QString &role, Login login, const QString &password = {});
// DROP ROLE.
[[nodiscard]] Status drop(const Database &database, const QString &role);
// GRANT group TO member / REVOKE group FROM member.
[[nodiscard]] Status addMember(const Database &database, const QString &group, const QString &member);
[[nodiscard]] Status removeMember(const Database &database, const QString &group, const QString &member);
// The direct members of a group, sorted; the groups a role is a direct member of, sorted.
[[nodiscard]] Result<QStringList> members(const Database &database, const QString &group);
[[nodiscard]] Result<QStringList> groupsOf(const Database &database, const QString &role);

// GRANT privileges ON table [(columns)] TO role; privileges among SELECT, INSERT, UPDATE, DELETE, TRUNCATE,
// REFERENCES, TRIGGER, or ALL. REVOKE ALL ON table FROM role.
[[nodiscard]] Status grantOnTable(const Database &database, const QStringList &privileges, const QString &table,
                                  const QString &role, const QStringList &columns = {});
[[nodiscard]] Status revokeAllOnTable(const Database &database, const QString &table, const QString &role);
// USAGE (nextval) on the sequence of a SERIAL column, so that the role may insert rows without a key.
[[nodiscard]] Status grantSequence(const Database &database, const QString &table, const QString &column,
                                   const QString &role, bool all = false);
// CONNECT on the current database and USAGE (plus CREATE when asked) on the current schema.
[[nodiscard]] Status grantConnect(const Database &database, const QString &role, bool createInSchema = false);

// What the connected user may do, as the server will decide it.
[[nodiscard]] Result<bool> hasTablePrivilege(const Database &database, const QString &table, const QString &privilege);
[[nodiscard]] Result<bool> hasColumnPrivilege(const Database &database, const QString &table, const QString &column,
                                              const QString &privilege);
[[nodiscard]] Result<bool> hasSchemaPrivilege(const Database &database, const QString &privilege);
// The connected user's name (SQLite: empty) and the current database's name.
[[nodiscard]] Result<QString> currentUser(const Database &database);
[[nodiscard]] Result<QString> currentDatabase(const Database &database);

} // namespace Roles

} // namespace Orm
