#include <catalogue/contributeurs.h>
#include <catalogue/covers.h>
#include <catalogue/identifiants.h>
#include <catalogue/livre.h>
#include <catalogue/stock.h>
#include <catalogue/users.h>
#include <orm/roles.h>
#include <orm/transaction.h>

#include <QCryptographicHash>

namespace Catalogue {

namespace {

constexpr Role allRoles[] = {Role::Manager, Role::Clerk, Role::Reader};

// The tables whose keys come from a SERIAL sequence, with the key's column.
const QList<std::pair<QString, QString>> &serialKeys()
{
    static const QList<std::pair<QString, QString>> keys = {{Livre::tableName, Livre::Id},
                                                            {Auteur::tableName, Auteur::Id},
                                                            {Contribution::tableName, Contribution::Id},
                                                            {MouvementStock::tableName, MouvementStock::Id},
                                                            {Identifiant::tableName, Identifiant::Id}};
    return keys;
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Reader:
        break;
    }
    return QStringLiteral("reader");
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : allRoles) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

Users::Users(const Catalogue &catalogue) : m_catalogue(catalogue) { }

Orm::Status Users::refuseFile() const
{
    if (m_catalogue.database().dialect().kind() == Orm::Dialect::Kind::Sqlite)
        return Orm::fail(Orm::Error::Kind::InvalidQuery,
                         tr("%1 is a file: a file has no users (whoever can open it can change it); users are for a "
                            "catalogue on a PostgreSQL server")
                                 .arg(m_catalogue.database().displayUrl()));
    return {};
}

Orm::Result<QString> Users::groupName(Role role) const
{
    if (auto r = refuseFile(); !r)
        return std::unexpected(r.error());
    auto database = Orm::Roles::currentDatabase(m_catalogue.database());
    if (!database)
        return std::unexpected(database.error());
    // The database's name made a role name: lowercase letters, digits and '_'; a long one is cut and told apart
    // from others of the same start by a hash of the whole.
    QString part;
    for (const QChar c : database->toLower())
        part += (c.isDigit() || (c >= u'a' && c <= u'z')) && c.unicode() < 128 ? c : QChar(u'_');
    if (part.size() > 40)
        part = part.left(31) + u'_'
                + QString::fromLatin1(
                        QCryptographicHash::hash(database->toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return QStringLiteral("catalogue_") + part + u'_' + roleName(role);
}

Orm::Status Users::setUpGroups() const
{
    if (auto r = refuseFile(); !r)
        return r;
    const Orm::Database db = m_catalogue.database();
    auto tables = db.tables();
    if (!tables)
        return std::unexpected(tables.error());
    return Orm::transaction(db, [&]() -> Orm::Status {
        for (Role role : allRoles) {
            auto group = groupName(role);
            if (!group)
                return std::unexpected(group.error());
            auto exists = Orm::Roles::exists(db, *group);
            if (!exists)
                return std::unexpected(exists.error());
            if (!*exists) {
                if (auto r = Orm::Roles::create(db, *group, Orm::Roles::Login::Refused); !r)
                    return r;
            }
            if (auto r = Orm::Roles::grantConnect(db, *group, role == Role::Manager); !r)
                return r;
            for (const QString &table : std::as_const(*tables)) {
                // Granted anew from nothing, so that a role changed by hand is brought back to what it should be.
                if (auto r = Orm::Roles::revokeAllOnTable(db, table, *group); !r)
                    return r;
                const QStringList privileges = role == Role::Manager ? QStringList{QStringLiteral("ALL")}
                                                                     : QStringList{QStringLiteral("SELECT")};
                if (auto r = Orm::Roles::grantOnTable(db, privileges, table, *group); !r)
                    return r;
            }
            for (const auto &[table, key] : serialKeys()) {
                if (!tables->contains(table))
                    continue;
                if (role == Role::Manager) {
                    if (auto r = Orm::Roles::grantSequence(db, table, key, *group, true); !r)
                        return r;
                }
            }
            if (role != Role::Clerk)
                continue;
            // A clerk records stock movements through the same ORM statements as everyone (Catalogue::
            // recordMovement(): an INSERT into MouvementsStock and an UPDATE of Livres' stock columns), so the
            // server's column privileges say exactly what it may write: a new movement, and Quantite and Ventes of
            // a book. A SECURITY DEFINER function would also keep the stock equal to the sum of its movements
            // against a clerk's own SQL, but would need a second way of writing a movement, for PostgreSQL only,
            // that the window and the command line would have to call instead of the ORM's; with column
            // privileges a clerk cannot touch a title or a price, which is what the shop asks, and the load
            // benchmark checks the sums.
            if (tables->contains(MouvementStock::tableName)) {
                if (auto r =
                            Orm::Roles::grantOnTable(db, {QStringLiteral("INSERT")}, MouvementStock::tableName, *group);
                    !r)
                    return r;
                if (auto r = Orm::Roles::grantSequence(db, MouvementStock::tableName, MouvementStock::Id, *group); !r)
                    return r;
            }
            if (auto r = Orm::Roles::grantOnTable(db, {QStringLiteral("UPDATE")}, Livre::tableName, *group,
                                                  {Livre::Quantite, Livre::Ventes});
                !r)
                return r;
        }
        return {};
    });
}

Orm::Status Users::add(const QString &name, Role role, const QString &password) const
{
    if (auto r = refuseFile(); !r)
        return r;
    if (!Orm::Roles::isRoleName(name))
        return Orm::fail(
                Orm::Error::Kind::InvalidQuery,
                tr("'%1' cannot be a user name: use 1 to 63 lowercase letters, digits and _, not starting with "
                   "a digit or pg_")
                        .arg(name.left(80)));
    for (Role other : allRoles) {
        if (groupName(other).value_or(QString()) == name)
            return Orm::fail(Orm::Error::Kind::InvalidQuery, tr("'%1' is the name of a group of users").arg(name));
    }
    if (auto r = setUpGroups(); !r)
        return r;
    const Orm::Database db = m_catalogue.database();
    return Orm::transaction(db, [&]() -> Orm::Status {
        auto exists = Orm::Roles::exists(db, name);
        if (!exists)
            return std::unexpected(exists.error());
        if (!*exists) {
            if (auto r = Orm::Roles::create(db, name, Orm::Roles::Login::Allowed, password); !r)
                return r;
        } else if (!password.isEmpty()) {
            return Orm::fail(Orm::Error::Kind::InvalidQuery,
                             tr("%1 already exists on the server: its password is left as it is (give the role "
                                "without --password-stdin)")
                                     .arg(name));
        }
        auto groups = Orm::Roles::groupsOf(db, name);
        if (!groups)
            return std::unexpected(groups.error());
        for (Role other : allRoles) {
            auto group = groupName(other);
            if (!group)
                return std::unexpected(group.error());
            if (other == role) {
                if (!groups->contains(*group)) {
                    if (auto r = Orm::Roles::addMember(db, *group, name); !r)
                        return r;
                }
            } else if (groups->contains(*group)) {
                if (auto r = Orm::Roles::removeMember(db, *group, name); !r)
                    return r;
            }
        }
        return {};
    });
}

Orm::Result<QList<User>> Users::list() const
{
    if (auto r = refuseFile(); !r)
        return std::unexpected(r.error());
    QList<User> users;
    for (Role role : allRoles) {
        auto group = groupName(role);
        if (!group)
            return std::unexpected(group.error());
        auto members = Orm::Roles::members(m_catalogue.database(), *group);
        if (!members)
            return std::unexpected(members.error());
        for (const QString &member : std::as_const(*members))
            users.append({member, role});
    }
    std::sort(users.begin(), users.end(), [](const User &a, const User &b) { return a.name < b.name; });
    return users;
}

Orm::Status Users::remove(const QString &name) const
{
    if (auto r = refuseFile(); !r)
        return r;
    if (!Orm::Roles::isRoleName(name))
        return Orm::fail(Orm::Error::Kind::InvalidQuery, tr("'%1' is not a user of this catalogue").arg(name.left(80)));
    const Orm::Database db = m_catalogue.database();
    return Orm::transaction(db, [&]() -> Orm::Status {
        auto groups = Orm::Roles::groupsOf(db, name);
        if (!groups)
            return std::unexpected(groups.error());
        bool found = false;
        for (Role role : allRoles) {
            auto group = groupName(role);
            if (!group)
                return std::unexpected(group.error());
            if (groups->removeAll(*group) > 0) {
                found = true;
                if (auto r = Orm::Roles::removeMember(db, *group, name); !r)
                    return r;
            }
        }
        if (!found)
            return Orm::fail(Orm::Error::Kind::InvalidQuery, tr("%1 is not a user of this catalogue").arg(name));
        if (groups->isEmpty())
            return Orm::Roles::drop(db, name);
        return {};
    });
}

QString Permissions::summary() const
{
    const QString who = user.isEmpty() ? Users::tr("This user") : user;
    if (!read)
        return Users::tr("%1 may not read this catalogue (the server refuses it).").arg(who);
    if (!editBooks && recordMovements)
        return Users::tr("%1 is a clerk: sales, receipts and returns only; books and prices cannot be changed (the "
                         "server refuses it).")
                .arg(who);
    if (!editBooks)
        return Users::tr("%1 may only read this catalogue: nothing can be changed (the server refuses it).").arg(who);
    if (!migrate)
        return Users::tr("%1 may not run migrations on this catalogue.").arg(who);
    return {};
}

Orm::Result<Permissions> Permissions::of(const Catalogue &catalogue)
{
    const Orm::Database db = catalogue.database();
    Permissions p;
    if (db.dialect().kind() == Orm::Dialect::Kind::Sqlite)
        return p;
    auto user = Orm::Roles::currentUser(db);
    if (!user)
        return std::unexpected(user.error());
    p.user = *user;
    const auto ask = [](const Orm::Result<bool> &answer, bool &into) -> Orm::Status {
        if (!answer)
            return std::unexpected(answer.error());
        into = *answer;
        return {};
    };
    bool insertBooks = false;
    bool changePrices = false;
    bool insertMovements = true;
    bool changeStock = false;
    const QList<Orm::Status> answers = {
            ask(Orm::Roles::hasTablePrivilege(db, Livre::tableName, QStringLiteral("SELECT")), p.read),
            ask(Orm::Roles::hasTablePrivilege(db, Livre::tableName, QStringLiteral("INSERT")), insertBooks),
            ask(Orm::Roles::hasColumnPrivilege(db, Livre::tableName, Livre::Prix, QStringLiteral("UPDATE")),
                changePrices),
            ask(Orm::Roles::hasColumnPrivilege(db, Livre::tableName, Livre::Quantite, QStringLiteral("UPDATE")),
                changeStock),
            catalogue.hasRelatedTables()
                    ? ask(Orm::Roles::hasTablePrivilege(db, MouvementStock::tableName, QStringLiteral("INSERT")),
                          insertMovements)
                    : Orm::Status(),
            ask(Orm::Roles::hasSchemaPrivilege(db, QStringLiteral("CREATE")), p.migrate),
    };
    for (const Orm::Status &answer : answers) {
        if (!answer)
            return std::unexpected(answer.error());
    }
    p.editBooks = insertBooks && changePrices;
    p.recordMovements = insertMovements && changeStock;
    return p;
}

} // namespace Catalogue
