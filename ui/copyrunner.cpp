#include "copyrunner.h"

namespace Gui {

CopyRunner::CopyRunner(const QString &fromUrl, const QString &toUrl) : m_from(fromUrl), m_to(toUrl)
{
    qRegisterMetaType<Gui::CopyRunner::Outcome>();
}

void CopyRunner::run()
{
    Outcome outcome;
    auto report =
            Catalogue::CatalogueCopy::copy(m_from, m_to,
                                           {.progress = [this](const QString &table, qint64 copied,
                                                               qint64 total) { Q_EMIT progress(table, copied, total); },
                                            .cancel = &m_cancelled});
    if (report)
        outcome.report = *report;
    else
        outcome.error = report.error().message();
    Q_EMIT finished(outcome);
}

} // namespace Gui
