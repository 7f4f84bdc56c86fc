#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace Catalogue {

// Reads the records of a CSV file (RFC 4180) one at a time from a device, in constant memory: UTF-8 with or
// without a BOM, UTF-16 with a BOM, or Windows-1252 when the bytes are not valid UTF-8 (the whole of a seekable
// device is checked first); `,`, `;` or tab, detected on the first line; quoted fields holding delimiters, quotes
// ("") and line breaks; CRLF or LF. Blank lines are skipped. Knows nothing of books (fuzzed on its own).
// The device must stay open and outlive the reader.
// Limits of what one record may hold.
struct CsvLimits
{
    qsizetype maxFieldChars = 1 << 20; // a longer field makes its record an error
    qsizetype maxFields = 1000;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QIODevice *device, QChar delimiter = {}, CsvLimits limits = {});
    CsvReader(QIODevice *device, CsvLimits limits) : CsvReader(device, {}, limits) { }

    // Reads the bytes in that encoding ("UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252") instead of detecting it (a
    // BOM of that encoding is still skipped); false, and nothing changes, for another name. Before the first next().
    bool setEncoding(const QString &name);

    // The next record's fields. False at the end of the data, or when the file cannot be read further (error()
    // then says why: an unterminated quote, a read error). A record with a problem (a field over the limit, a NUL
    // character, too many fields) is still returned, with recordError() saying why; reading goes on after it.
    bool next(QStringList &fields);
    // The line of the file where the last record returned begins (1 for the first line).
    qint64 line() const { return m_recordLine; }
    QString recordError() const { return m_recordError; }
    QString error() const { return m_error; }
    // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "Windows-1252".
    QString encodingName() const { return m_encodingName; }
    QChar delimiter() const { return m_delimiter; }

private:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };
    void start();
    // Appends the next decoded chunk to the buffer; false at the end of the device.
    bool refill();
    bool atEnd();

    QIODevice *m_device;
    CsvLimits m_limits;
    QChar m_delimiter;
    Encoding m_encoding = Encoding::Utf8;
    QString m_encodingName;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_forcedEncoding = false;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QString m_recordError;
    QString m_error;
};

} // namespace Catalogue
