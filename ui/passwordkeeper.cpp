#include "passwordkeeper.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Gui {

namespace {

const QString service = QStringLiteral("catalogue");
constexpr int patienceMs = 5000;

// Whether a D-Bus session bus can be reached, through which the keyring services (Secret Service, KWallet) answer.
bool hasSessionBus()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}

// Runs a keychain job to its end (or the patience runs out); returns its error in words, or an empty text.
QString run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never the plain-text fallback, which writes to a settings file
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(patienceMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done)
        return QCoreApplication::translate("Gui::PasswordKeeper", "the desktop's keyring did not answer");
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::OtherError:
        // What QtKeychain says without a D-Bus session ("Unknown error"): the likely reason, in words.
        if (!hasSessionBus())
            return QCoreApplication::translate("Gui::PasswordKeeper",
                                               "no keyring service is running on this desktop (there is no D-Bus "
                                               "session bus to reach one)");
        break;
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate("Gui::PasswordKeeper", "no keyring service is running on this desktop (%1)")
                .arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate("Gui::PasswordKeeper", "the keyring refused access (%1)")
                .arg(job.errorString());
    default:
        break;
    }
    return job.errorString().isEmpty() ? QCoreApplication::translate("Gui::PasswordKeeper", "the keyring failed")
                                       : job.errorString();
}

} // namespace

PasswordKeeper::Answer PasswordKeeper::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    Answer answer;
    answer.error = run(job);
    if (answer.error.isEmpty() && job.error() == QKeychain::NoError)
        answer.password = job.textData();
    return answer;
}

QString PasswordKeeper::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(password);
    return run(job);
}

QString PasswordKeeper::forget(const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    return run(job);
}

} // namespace Gui
