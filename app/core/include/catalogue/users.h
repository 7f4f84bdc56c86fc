#pragma once

#include <catalogue/catalogue.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Catalogue {

// Who may do what on a PostgreSQL catalogue, enforced by the server with its own roles (see Users).
enum class Role { Manager, Clerk, Reader };
QString roleName(Role role); // "manager", "clerk", "reader"
std::optional<Role> roleFromName(const QString &name);

struct User
{
    QString name;
    Role role = Role::Reader;
};

// The users of a catalogue on a PostgreSQL server. Each catalogue has three group roles, named after its database
// so that two catalogues on one server keep theirs apart (catalogue_<database>_manager, _clerk, _reader), created
// and granted on first use by whoever sets users up (the database's owner, or a role that may create roles); a user
// is a login role that is a member of one of them. What each group may do:
// - reader: read every table;
// - clerk: read, and record sales, receipts and returns: insert stock movements and change the stock columns of
//   Livres (Quantite, Ventes), nothing else (not a title, not a price);
// - manager: change everything, and create tables (run migrations).
// On SQLite every function is an InvalidQuery error saying that a file has no users.
class Users
{
    Q_DECLARE_TR_FUNCTIONS(Users)

public:
    explicit Users(const Catalogue &catalogue);

    // The group role of a role on this catalogue's database ("catalogue_shop_clerk").
    [[nodiscard]] Orm::Result<QString> groupName(Role role) const;
    // Creates the three groups when missing and grants them their privileges on the catalogue's tables as they are
    // now (again after a migration adds tables). add() runs it.
    [[nodiscard]] Orm::Status setUpGroups() const;
    // Adds a user with that role: a new login role (with the password, when given, stored hashed by the server), or
    // an existing role given this catalogue's role (its previous role on this catalogue is taken away). A name
    // that is not 1 to 63 of a-z, 0-9 and _ (not starting with a digit or pg_) is refused before anything is sent.
    [[nodiscard]] Orm::Status add(const QString &name, Role role, const QString &password = {}) const;
    // The users of this catalogue, by name.
    [[nodiscard]] Orm::Result<QList<User>> list() const;
    // Takes away the user's role on this catalogue; drops the login role when it has no other membership left (a
    // role that is a user of another catalogue on the server stays). An error when name is not a user of it.
    [[nodiscard]] Orm::Status remove(const QString &name) const;

private:
    [[nodiscard]] Orm::Status refuseFile() const;
    Catalogue m_catalogue;
};

// What the connected user may do on a catalogue, as the server will decide it (everything on a SQLite file). A
// catalogue opened read-only is read-only besides: Orm::Database::isReadOnly() tells. Asked once when the window
// connects.
struct Permissions
{
    QString user; // the server's name for the connected user; empty for a SQLite file
    bool read = true;
    bool editBooks = true; // add, change and delete books, people, covers, identifiers
    bool recordMovements = true; // sales, receipts, returns
    bool migrate = true; // create tables

    // A sentence for a person saying what this user may not do and why; empty when it may do everything.
    QString summary() const;
    // Read from the server's privileges (has_table_privilege, has_column_privilege, has_schema_privilege).
    [[nodiscard]] static Orm::Result<Permissions> of(const Catalogue &catalogue);
};

} // namespace Catalogue
