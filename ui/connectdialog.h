#pragma once

#include <orm/error.h>

#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Gui {

// What a failed connection means, in plain words ("The server refused the password."), from libpq's message.
QString describeConnectionProblem(const Orm::Error &error);

// Connect to a server: a PostgreSQL catalogue's host, port, database, user, password and SSL mode, or its full
// postgres:// URL (each fills the other). The password is typed, or left empty for libpq to find it in PGPASSWORD
// or ~/.pgpass; "Remember" keeps it in the desktop's keyring (PasswordKeeper), never in the settings. "Test
// connection" asks the server on a thread of its own and answers within 5 s, with the server's version or the
// reason; the dialog stays responsive meanwhile.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Fills the fields from a URL (with or without a password).
    void setUrl(const QString &url);
    // The URL to connect with, the password included when one was typed.
    QString url() const;
    // The same without the password (what the recent list and the keyring's key hold).
    QString urlWithoutPassword() const;

    QLineEdit *urlField() const { return m_url; }
    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QComboBox *sslModeField() const { return m_sslMode; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *keyringNote() const { return m_keyringNote; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }
    bool isTesting() const { return m_testing; }
    // Shows why a connection failed (in plain words, and the server's own message under it).
    void showProblem(const QString &message, const QString &details);

    // The seconds libpq waits for a server (connect_timeout) when the URL does not say.
    static constexpr int waitSeconds = 4;

    void accept() override;

Q_SIGNALS:
    // A test ended: the server's version, or the reason in plain words.
    void testFinished(bool connected, const QString &message);

private:
    void fieldsChanged();
    void urlEdited(const QString &text);
    void testConnection();
    void showResult(bool connected, const QString &message, const QString &details);
    void readKeyring();

    QLineEdit *m_url;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QCheckBox *m_remember;
    QLabel *m_keyringNote;
    QPushButton *m_test;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QString m_keyringError;
    QString m_keptPassword; // what the keyring held for this server when the dialog read it
    bool m_syncing = false;
    bool m_testing = false;
    int m_testSerial = 0;
};

} // namespace Gui
