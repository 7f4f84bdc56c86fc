#include "connectionbanner.h"

#include <orm/connectionwatch.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Gui {

namespace {

const auto lostStyle =
        QStringLiteral("Gui--ConnectionBanner { background: #fde7e9; border: 1px solid #e8a1a8; border-radius: 3px; }"
                       "QLabel { color: #5c0011; }");
const auto backStyle =
        QStringLiteral("Gui--ConnectionBanner { background: #dff6dd; border: 1px solid #9fd89f; border-radius: 3px; }"
                       "QLabel { color: #0e3f0e; }");

} // namespace

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_retry(new QPushButton(tr("&Retry now"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryConnection"));
    m_retry->setToolTip(tr("Try to reach the catalogue now instead of waiting"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_watch) {
            m_text->setText(tr("Reconnecting…"));
            m_retry->setEnabled(false);
            repaint(); // ping() blocks this thread for as long as the try takes
            m_watch->retryNow();
            refresh();
        }
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionBanner::refresh);
    m_hide.setSingleShot(true);
    m_hide.setInterval(6000);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void ConnectionBanner::watch(const Orm::Database &database)
{
    delete m_watch;
    m_tick.stop();
    m_hide.stop();
    hide();
    if (!database.isValid())
        return;
    m_server = database.dialect().kind() == Orm::Dialect::Kind::Postgres;
    m_watch = new Orm::ConnectionWatch(database, this);
    connect(m_watch, &Orm::ConnectionWatch::lost, this, &ConnectionBanner::showLost);
    connect(m_watch, &Orm::ConnectionWatch::retryScheduled, this, &ConnectionBanner::refresh);
    connect(m_watch, &Orm::ConnectionWatch::restored, this, &ConnectionBanner::showRestored);
}

void ConnectionBanner::setWaiting(int count)
{
    m_waiting = count;
    if (m_watch && m_watch->isLost())
        refresh();
}

QString ConnectionBanner::text() const
{
    return isVisible() || !isHidden() ? m_text->text() : QString();
}

void ConnectionBanner::showLost()
{
    m_hide.stop();
    setStyleSheet(lostStyle);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_retry->show();
    m_tick.start();
    refresh();
    show();
    Q_EMIT lost();
}

void ConnectionBanner::showRestored()
{
    m_tick.stop();
    setStyleSheet(backStyle);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(24, 24));
    m_retry->hide();
    m_text->setText(m_server ? tr("Connected to the server again.") : tr("The catalogue file can be reached again."));
    show();
    m_hide.start();
    Q_EMIT restored(); // the window saves what waited, then says so in the status bar
}

void ConnectionBanner::setOutcome(const QString &text, bool important)
{
    if (m_watch && m_watch->isLost())
        return; // lost again meanwhile: the countdown stays
    const QString back =
            m_server ? tr("Connected to the server again.") : tr("The catalogue file can be reached again.");
    m_text->setText(text.isEmpty() ? back
                                   : QStringLiteral("<b>%1</b><br>%2").arg(back.toHtmlEscaped(), text.toHtmlEscaped()));
    if (important)
        setStyleSheet(lostStyle);
    m_hide.start(important ? 30000 : 6000);
}

void ConnectionBanner::refresh()
{
    if (!m_watch || !m_watch->isLost())
        return;
    const int seconds = m_watch->secondsToRetry();
    QString text = m_server ? tr("Connection to the server lost — reconnecting in %n s…", nullptr, seconds)
                            : tr("The catalogue file cannot be reached — trying again in %n s…", nullptr, seconds);
    if (seconds == 0)
        text = m_server ? tr("Connection to the server lost — reconnecting…")
                        : tr("The catalogue file cannot be reached — trying again…");
    QString detail = tr("The table shows the books as they were and cannot be changed meanwhile; what you type in "
                        "the form stays there and is saved once the catalogue is back.");
    if (m_waiting > 0)
        detail += u' ' + tr("%n stock movement(s) wait to be saved, each exactly once.", nullptr, m_waiting);
    const QString why = m_watch->lastError().message();
    m_text->setText(QStringLiteral("<b>%1</b><br>%2").arg(text.toHtmlEscaped(), detail.toHtmlEscaped()));
    m_text->setToolTip(why);
    m_retry->setEnabled(true);
}

} // namespace Gui
