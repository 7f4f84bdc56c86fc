#pragma once

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace Test {

// Records the warnings and critical messages Qt prints (from any thread) while it exists, and passes them on to
// the previous handler so that they still show in the test's log. One at a time.
class WarningRecorder
{
public:
    WarningRecorder()
    {
        QMutexLocker lock(&s_mutex);
        s_warnings.clear();
        s_previous = qInstallMessageHandler(&record);
    }
    ~WarningRecorder() { qInstallMessageHandler(s_previous); }
    WarningRecorder(const WarningRecorder &) = delete;
    WarningRecorder &operator=(const WarningRecorder &) = delete;

    QStringList warnings() const
    {
        QMutexLocker lock(&s_mutex);
        return s_warnings;
    }

private:
    static void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg || type == QtCriticalMsg) {
            QMutexLocker lock(&s_mutex);
            s_warnings << message;
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QMutex s_mutex;
    static inline QStringList s_warnings;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace Test
