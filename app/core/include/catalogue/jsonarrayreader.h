#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QString>

namespace Catalogue {

// Reads the objects of a JSON array ([{...}, {...}]) one at a time from a device, in constant memory: each element
// is found by scanning the bytes (strings, escapes and nesting followed), then parsed alone. An element nested
// deeper than maxDepth, longer than maxElementBytes, holding a number of more than maxNumberChars characters, or
// not an object, is an error for that element; a file that is not an array, or ends inside one, is an error for
// the file. UTF-8, with or without a BOM. Knows nothing of books (fuzzed on its own). The device must outlive it.
// Limits of what one record may hold.
struct JsonLimits
{
    int maxDepth = 32;
    qsizetype maxElementBytes = 16 << 20;
    qsizetype maxNumberChars = 40;
};

class JsonArrayReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonArrayReader)

public:
    explicit JsonArrayReader(QIODevice *device, JsonLimits limits = {});

    // The next element. False at the end of the array or on an error of the file (error()). An element with a
    // problem is returned empty with recordError() set; reading goes on after it.
    bool next(QJsonObject &object);
    // The line where the last element returned begins (1 for the first line), and its position in the array (1...).
    qint64 line() const { return m_elementLine; }
    qint64 index() const { return m_index; }
    QString recordError() const { return m_recordError; }
    QString error() const { return m_error; }

private:
    // The next byte, or -1 at the end of the device.
    int get();
    int peekByte();
    bool skipSpaces();

    QIODevice *m_device;
    JsonLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_finished = false;
    qint64 m_line = 1;
    qint64 m_elementLine = 0;
    qint64 m_index = 0;
    QString m_recordError;
    QString m_error;
};

} // namespace Catalogue
