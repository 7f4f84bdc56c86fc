#pragma once

#include <QString>

namespace Gui {

// Servers' passwords in the desktop's keyring (the Secret Service or KWallet, through QtKeychain), never in the
// settings nor in a file of ours (QtKeychain's plain-text fallback stays off). Each call waits for the keyring (a
// local event loop, a few seconds at most). Without a keyring service (no D-Bus session, as on a server or in CI)
// every call fails quickly with the reason, which the caller shows; nothing else fails because of it.
class PasswordKeeper
{
public:
    // What the keyring answered: the password (empty when none is kept), or why it could not be asked.
    struct Answer
    {
        QString password;
        QString error; // empty when the keyring answered (with or without a password)
    };
    // The key of a server is its URL without the password (postgres://user@host:port/database).
    static Answer read(const QString &key);
    // Keeps the password; returns why it could not, or an empty text.
    static QString write(const QString &key, const QString &password);
    // Forgets the password (no error when none was kept); returns why it could not, or an empty text.
    static QString forget(const QString &key);
};

} // namespace Gui
