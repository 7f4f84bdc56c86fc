#include "connectdialog.h"

#include "passwordkeeper.h"

#include <catalogue/catalogue.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Gui {

namespace {

constexpr int defaultPort = 5432;
constexpr int answerWithinMs = 4800; // the dialog answers by then, whatever the server does

const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

struct Parts
{
    QString host;
    int port = defaultPort;
    QString database;
    QString user;
    QString password;
    QString sslMode = QStringLiteral("prefer");
};

std::optional<Parts> parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QStringLiteral("postgres://")) && !trimmed.startsWith(QStringLiteral("postgresql://")))
        return std::nullopt;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    Parts parts;
    parts.host = url.host(QUrl::FullyDecoded);
    parts.port = url.port(defaultPort);
    parts.database = url.path(QUrl::FullyDecoded).mid(1);
    parts.user = url.userName(QUrl::FullyDecoded);
    parts.password = url.password(QUrl::FullyDecoded);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host"))) // a Unix socket directory
        parts.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        parts.sslMode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    return parts;
}

QString build(const Parts &parts, bool withPassword, bool withTimeout = false)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgres"));
    QUrlQuery query;
    if (parts.host.startsWith(u'/')) {
        url.setHost(QStringLiteral("localhost"));
        query.addQueryItem(QStringLiteral("host"), parts.host);
    } else {
        url.setHost(parts.host.isEmpty() ? QStringLiteral("localhost") : parts.host);
    }
    url.setPort(parts.port);
    url.setUserName(parts.user);
    if (withPassword && !parts.password.isEmpty())
        url.setPassword(parts.password);
    url.setPath(u'/' + parts.database);
    if (parts.sslMode != u"prefer")
        query.addQueryItem(QStringLiteral("sslmode"), parts.sslMode);
    if (withTimeout)
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(ConnectDialog::waitSeconds));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

QString describeConnectionProblem(const Orm::Error &error)
{
    const QString message = error.message();
    const auto has = [&](const char *text) { return message.contains(QLatin1String(text), Qt::CaseInsensitive); };
    const auto quoted = [&](const char *before) {
        const qsizetype at = message.indexOf(QLatin1String(before));
        if (at < 0)
            return QString();
        const qsizetype start = at + qsizetype(qstrlen(before));
        return message.mid(start, message.indexOf(u'"', start) - start);
    };
    if (has("password authentication failed"))
        return QCoreApplication::translate("Gui::ConnectDialog",
                                           "The server refused the password (or the user name). Check them and try "
                                           "again.");
    if (has("no password supplied"))
        return QCoreApplication::translate("Gui::ConnectDialog",
                                           "The server asks for a password: type it, or put it in ~/.pgpass or "
                                           "PGPASSWORD.");
    if (has("database \"") && has("does not exist"))
        return QCoreApplication::translate("Gui::ConnectDialog", "The server has no database named “%1”.")
                .arg(quoted("database \""));
    if (has("role \"") && has("does not exist"))
        return QCoreApplication::translate("Gui::ConnectDialog", "The server has no user named “%1”.")
                .arg(quoted("role \""));
    if (has("server does not support SSL"))
        return QCoreApplication::translate("Gui::ConnectDialog",
                                           "The server does not offer TLS (an encrypted connection), which the SSL "
                                           "mode asks for: choose “prefer”, or ask its administrator to turn TLS on.");
    if (has("SSL off") || has("SSL connection is required") || has("SSL encryption"))
        return QCoreApplication::translate("Gui::ConnectDialog",
                                           "The server accepts only encrypted connections (TLS): choose the SSL mode "
                                           "“require”.");
    if (has("timeout expired"))
        return QCoreApplication::translate("Gui::ConnectDialog",
                                           "The server did not answer in time: check the host and port, and that no "
                                           "firewall stands in between.");
    if (has("could not translate host name"))
        return QCoreApplication::translate("Gui::ConnectDialog", "No computer of that name was found: check the host.");
    if (has("Connection refused") || has("No such file or directory") || has("could not connect"))
        return QCoreApplication::translate("Gui::ConnectDialog",
                                           "The server is not answering: is it running, and are the host and port "
                                           "right?");
    if (has("no pg_hba.conf entry"))
        return QCoreApplication::translate("Gui::ConnectDialog",
                                           "The server does not let this user connect from this computer (its "
                                           "pg_hba.conf): ask its administrator.");
    return QCoreApplication::translate("Gui::ConnectDialog", "The connection failed.");
}

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent),
      m_url(new QLineEdit(this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_sslMode(new QComboBox(this)),
      m_remember(new QCheckBox(tr("&Remember the password in the desktop's keyring"), this)),
      m_keyringNote(new QLabel(this)),
      m_test(new QPushButton(tr("&Test connection"), this)),
      m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a server"));
    m_url->setPlaceholderText(QStringLiteral("postgres://user@host:5432/catalogue"));
    m_url->setClearButtonEnabled(true);
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_port->setGroupSeparatorShown(false);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from PGPASSWORD or ~/.pgpass"));
    const QStringList sslTexts = {tr("disable: never encrypted"),
                                  tr("allow: encrypted if the server insists"),
                                  tr("prefer: encrypted when the server can (default)"),
                                  tr("require: always encrypted"),
                                  tr("verify-ca: encrypted, the server's certificate checked"),
                                  tr("verify-full: encrypted, certificate and host name checked")};
    for (qsizetype i = 0; i < sslModes.size(); ++i)
        m_sslMode->addItem(sslTexts.at(i), sslModes.at(i));
    m_sslMode->setCurrentIndex(int(sslModes.indexOf(QStringLiteral("prefer"))));
    m_keyringNote->setWordWrap(true);
    m_keyringNote->hide();
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(fontMetrics().height() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    form->addRow(line);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keyringNote);

    auto *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    for (QLineEdit *field : {m_host, m_database, m_user, m_password})
        connect(field, &QLineEdit::textEdited, this, &ConnectDialog::fieldsChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::fieldsChanged);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::fieldsChanged);
    connect(m_url, &QLineEdit::textEdited, this, &ConnectDialog::urlEdited);
    // The URL field never shows a password: one pasted in it goes to the password field.
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        if (parse(m_url->text()))
            m_url->setText(urlWithoutPassword());
    });
    fieldsChanged();
    setMinimumWidth(560);
    // The keyring is asked once the dialog shows: it may take a moment, and the dialog is there meanwhile.
    QTimer::singleShot(0, this, &ConnectDialog::readKeyring);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    urlEdited(url);
    m_url->setText(urlWithoutPassword());
}

QString ConnectDialog::url() const
{
    return build({m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_user->text().trimmed(),
                  m_password->text(), m_sslMode->currentData().toString()},
                 true);
}

QString ConnectDialog::urlWithoutPassword() const
{
    return build({m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(), m_user->text().trimmed(),
                  QString(), m_sslMode->currentData().toString()},
                 false);
}

void ConnectDialog::fieldsChanged()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_url->setText(urlWithoutPassword());
    m_syncing = false;
}

void ConnectDialog::urlEdited(const QString &text)
{
    if (m_syncing)
        return;
    const std::optional<Parts> parts = parse(text);
    if (!parts)
        return; // not (yet) a URL: the fields keep what they hold
    m_syncing = true;
    m_host->setText(parts->host);
    m_port->setValue(parts->port);
    m_database->setText(parts->database);
    m_user->setText(parts->user);
    if (!parts->password.isEmpty())
        m_password->setText(parts->password);
    const int mode = m_sslMode->findData(parts->sslMode);
    if (mode >= 0)
        m_sslMode->setCurrentIndex(mode);
    m_syncing = false;
}

void ConnectDialog::readKeyring()
{
    const PasswordKeeper::Answer answer = PasswordKeeper::read(urlWithoutPassword());
    m_keyringError = answer.error;
    if (!answer.error.isEmpty()) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keyringNote->setText(tr("The password cannot be remembered: %1. Type it each time, or keep it in "
                                  "~/.pgpass.")
                                       .arg(answer.error));
        m_keyringNote->show();
        adjustSize();
        return;
    }
    m_keptPassword = answer.password;
    if (!answer.password.isEmpty() && m_password->text().isEmpty() && !m_database->text().isEmpty()) {
        m_password->setText(answer.password);
        m_remember->setChecked(true);
    }
}

void ConnectDialog::testConnection()
{
    const Parts parts{m_host->text().trimmed(), m_port->value(),    m_database->text().trimmed(),
                      m_user->text().trimmed(), m_password->text(), m_sslMode->currentData().toString()};
    if (parts.database.isEmpty()) {
        showResult(false, tr("Name the database to connect to."), QString());
        return;
    }
    const QString url = build(parts, true, true);
    const int serial = ++m_testSerial;
    m_testing = true;
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(parts.host.isEmpty() ? QStringLiteral("localhost") : parts.host));
    // On a thread of its own, which ends by itself: the dialog may close meanwhile.
    auto result = std::make_shared<Orm::Result<QString>>(QString());
    QThread *thread = QThread::create([url, result] { *result = Catalogue::Catalogue::serverVersion(url); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, serial, result] {
        if (serial != m_testSerial || !m_testing)
            return; // answered already (the deadline), or another test started
        if (*result)
            showResult(true, tr("Connected: PostgreSQL %1.").arg(**result), QString());
        else
            showResult(false, describeConnectionProblem(result->error()), result->error().message());
    });
    // libpq's connect_timeout applies to each address of a host: the dialog keeps its own deadline.
    QTimer::singleShot(answerWithinMs, this, [this, serial] {
        if (serial == m_testSerial && m_testing)
            showResult(false,
                       tr("The server did not answer within %n second(s): check the host and port, and that no "
                          "firewall stands in between.",
                          nullptr, (answerWithinMs + 999) / 1000),
                       QString());
    });
    thread->start();
}

void ConnectDialog::showProblem(const QString &message, const QString &details)
{
    showResult(false, message, details);
}

void ConnectDialog::showResult(bool connected, const QString &message, const QString &details)
{
    m_testing = false;
    m_test->setEnabled(true);
    QString html = QStringLiteral("<b>%1</b>").arg(message.toHtmlEscaped());
    if (!details.isEmpty())
        html += QStringLiteral("<br><small>%1</small>").arg(details.toHtmlEscaped());
    m_result->setText(html);
    m_result->setStyleSheet(connected ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #8b0000;"));
    Q_EMIT testFinished(connected, message);
}

void ConnectDialog::accept()
{
    if (m_database->text().trimmed().isEmpty()) {
        showResult(false, tr("Name the database to connect to."), QString());
        return;
    }
    if (m_keyringError.isEmpty()) {
        const QString key = urlWithoutPassword();
        QString failed;
        if (m_remember->isChecked() && !m_password->text().isEmpty() && m_password->text() != m_keptPassword)
            failed = PasswordKeeper::write(key, m_password->text());
        else if (!m_remember->isChecked() && !m_keptPassword.isEmpty())
            failed = PasswordKeeper::forget(key);
        if (!failed.isEmpty()) {
            // Said here, and the dialog stays open once so that it is read; connecting does not depend on it.
            m_keyringError = failed;
            m_remember->setChecked(false);
            m_remember->setEnabled(false);
            m_keyringNote->setText(tr("The password could not be remembered: %1. Connect again to go on without "
                                      "remembering it.")
                                           .arg(failed));
            m_keyringNote->show();
            adjustSize();
            return;
        }
    }
    QDialog::accept();
}

} // namespace Gui
