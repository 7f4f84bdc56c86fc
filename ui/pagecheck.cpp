#include "pagecheck.h"

#include <catalogue/catalogue.h>

#include <QThread>

namespace Gui {

PageCheck::PageCheck(const QString &url, QObject *parent) : QObject(parent), m_result(std::make_shared<Orm::Status>())
{
    // The result goes through a shared value, written before the thread's finished() is emitted.
    m_thread = QThread::create([url, result = m_result] { *result = Catalogue::Catalogue::checkPages(url); });
    m_thread->setObjectName(QStringLiteral("catalogue page check"));
    connect(m_thread, &QThread::finished, this, &PageCheck::finished);
    m_thread->start(QThread::LowPriority);
}

PageCheck::~PageCheck()
{
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
}

bool PageCheck::isRunning() const
{
    return m_thread->isRunning();
}

} // namespace Gui
