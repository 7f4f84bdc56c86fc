#include <catalogue/csvreader.h>

#include <array>

namespace Catalogue {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

// Windows-1252's 0x80-0x9F (the rest of its bytes are Latin-1's); 0xFFFD where it has no character.
constexpr std::array<char16_t, 32> cp1252High = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                                 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        d[i] = b >= 0x80 && b < 0xA0 ? cp1252High[b - 0x80] : char16_t(b);
    }
    return out;
}

// Whether the whole of the device, from where it is, is valid UTF-8; the device is put back where it was.
bool isValidUtf8(QIODevice *device)
{
    const qint64 start = device->pos();
    QStringDecoder decoder(QStringDecoder::Utf8);
    bool valid = true;
    while (valid) {
        const QByteArray chunk = device->read(chunkBytes);
        if (chunk.isEmpty())
            break;
        (void)QString(decoder.decode(chunk));
        valid = !decoder.hasError();
    }
    if (valid) {
        (void)QString(decoder.decode(QByteArray()));
        valid = !decoder.hasError() && decoder.isValid();
    }
    device->seek(start);
    return valid;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, QChar delimiter, CsvLimits limits)
    : m_device(device),
      m_limits(limits),
      m_delimiter(delimiter)
{
}

bool CsvReader::setEncoding(const QString &name)
{
    static const QList<std::pair<QString, Encoding>> names = {{QStringLiteral("UTF-8"), Encoding::Utf8},
                                                              {QStringLiteral("UTF-16LE"), Encoding::Utf16LE},
                                                              {QStringLiteral("UTF-16BE"), Encoding::Utf16BE},
                                                              {QStringLiteral("Windows-1252"), Encoding::Windows1252}};
    for (const auto &[n, encoding] : names) {
        if (n.compare(name, Qt::CaseInsensitive) == 0 && !m_started) {
            m_encoding = encoding;
            m_encodingName = n;
            m_forcedEncoding = true;
            return true;
        }
    }
    return false;
}

void CsvReader::start()
{
    m_started = true;
    const QByteArray head = m_device->peek(4);
    if (m_forcedEncoding) {
        // As chosen; the BOM of that encoding is not part of the text.
        if (m_encoding == Encoding::Utf8 && head.startsWith("\xEF\xBB\xBF"))
            m_device->skip(3);
        else if ((m_encoding == Encoding::Utf16LE && head.startsWith("\xFF\xFE"))
                 || (m_encoding == Encoding::Utf16BE && head.startsWith("\xFE\xFF")))
            m_device->skip(2);
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        m_device->skip(3);
        m_encoding = Encoding::Utf8;
        m_encodingName = QStringLiteral("UTF-8 (BOM)");
    } else if (head.startsWith("\xFF\xFE")) {
        m_device->skip(2);
        m_encoding = Encoding::Utf16LE;
        m_encodingName = QStringLiteral("UTF-16LE");
    } else if (head.startsWith("\xFE\xFF")) {
        m_device->skip(2);
        m_encoding = Encoding::Utf16BE;
        m_encodingName = QStringLiteral("UTF-16BE");
    } else {
        // Without a BOM: UTF-8 when every byte of the file is valid UTF-8 (a sample could miss an "é" in the last
        // row), else Windows-1252, what French spreadsheets write. A pipe is judged on its first megabyte.
        bool utf8 = true;
        if (!m_device->isSequential()) {
            utf8 = isValidUtf8(m_device);
        } else {
            QStringDecoder probe(QStringDecoder::Utf8);
            (void)QString(probe.decode(m_device->peek(1 << 20)));
            utf8 = !probe.hasError();
        }
        m_encoding = utf8 ? Encoding::Utf8 : Encoding::Windows1252;
        m_encodingName = utf8 ? QStringLiteral("UTF-8") : QStringLiteral("Windows-1252");
    }
    if (m_encoding == Encoding::Utf8)
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
    else if (m_encoding == Encoding::Utf16LE)
        m_decoder = QStringDecoder(QStringDecoder::Utf16LE);
    else if (m_encoding == Encoding::Utf16BE)
        m_decoder = QStringDecoder(QStringDecoder::Utf16BE);
    refill();
    if (m_delimiter.isNull()) {
        // The delimiter that appears most often on the first line, outside quotes (a comma when none does).
        qsizetype commas = 0, semicolons = 0, tabs = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < m_buffer.size(); ++i) {
            const QChar c = m_buffer[i];
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && (c == u'\n' || c == u'\r'))
                break;
            else if (!quoted && c == u',')
                ++commas;
            else if (!quoted && c == u';')
                ++semicolons;
            else if (!quoted && c == u'\t')
                ++tabs;
        }
        m_delimiter = u',';
        if (semicolons > commas && semicolons >= tabs)
            m_delimiter = u';';
        else if (tabs > commas && tabs > semicolons)
            m_delimiter = u'\t';
    }
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device->read(chunkBytes);
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (bytes.isEmpty()) {
        m_eof = true;
        if (m_encoding != Encoding::Windows1252)
            m_buffer += m_decoder.decode(QByteArray()); // a truncated sequence becomes U+FFFD
        return false;
    }
    if (m_encoding == Encoding::Windows1252)
        m_buffer += fromWindows1252(bytes);
    else
        m_buffer += m_decoder.decode(bytes);
    return true;
}

bool CsvReader::atEnd()
{
    while (m_pos >= m_buffer.size()) {
        if (!refill())
            return m_pos >= m_buffer.size();
    }
    return false;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    m_recordError.clear();
    if (!m_error.isEmpty())
        return false;
    if (!m_started)
        start();
    enum class State { StartField, Unquoted, Quoted, QuoteInQuoted };
    for (;;) {
        // Blank lines between records are skipped.
        while (!atEnd() && (m_buffer[m_pos] == u'\n' || m_buffer[m_pos] == u'\r')) {
            if (m_buffer[m_pos] == u'\n')
                ++m_line;
            ++m_pos;
        }
        if (atEnd())
            return false;
        break;
    }
    m_recordLine = m_line;
    State state = State::StartField;
    QString field;
    const char16_t delimiter = m_delimiter.unicode();
    const auto problem = [this](const QString &why) {
        if (m_recordError.isEmpty())
            m_recordError = why;
    };
    const auto push = [&] {
        if (fields.size() >= m_limits.maxFields)
            problem(tr("more than %1 fields").arg(m_limits.maxFields));
        else
            fields.append(field);
        field.clear();
    };
    const auto append = [&](QStringView text) {
        if (field.size() + text.size() > m_limits.maxFieldChars) {
            problem(tr("a field is longer than %1 characters").arg(m_limits.maxFieldChars));
            return;
        }
        field += text;
    };
    for (;;) {
        if (atEnd()) {
            if (state == State::Quoted) {
                m_error = tr("line %1: a quote opened here is never closed").arg(m_recordLine);
                return false;
            }
            push();
            return true;
        }
        const char16_t c = m_buffer[m_pos].unicode();
        if (c == 0) {
            problem(tr("a NUL character"));
            ++m_pos;
            continue;
        }
        switch (state) {
        case State::StartField:
        case State::Unquoted:
            if (state == State::StartField && c == u'"') {
                state = State::Quoted;
                ++m_pos;
            } else if (c == delimiter) {
                push();
                state = State::StartField;
                ++m_pos;
            } else if (c == u'\r' || c == u'\n') {
                ++m_pos;
                if (c == u'\r' && !atEnd() && m_buffer[m_pos] == u'\n')
                    ++m_pos;
                ++m_line;
                push();
                return true;
            } else {
                // The run of ordinary characters, appended at once.
                qsizetype end = m_pos;
                while (end < m_buffer.size()) {
                    const char16_t d = m_buffer[end].unicode();
                    if (d == delimiter || d == u'\r' || d == u'\n' || d == 0)
                        break;
                    ++end;
                }
                append(QStringView(m_buffer).sliced(m_pos, end - m_pos));
                m_pos = end;
                state = State::Unquoted;
            }
            break;
        case State::Quoted: {
            if (c == u'"') {
                state = State::QuoteInQuoted;
                ++m_pos;
                break;
            }
            qsizetype end = m_pos;
            while (end < m_buffer.size()) {
                const char16_t d = m_buffer[end].unicode();
                if (d == u'"' || d == 0)
                    break;
                if (d == u'\n')
                    ++m_line;
                ++end;
            }
            append(QStringView(m_buffer).sliced(m_pos, end - m_pos));
            m_pos = end;
            break;
        }
        case State::QuoteInQuoted:
            if (c == u'"') {
                append(u"\"");
                state = State::Quoted;
                ++m_pos;
            } else {
                // The field's closing quote: what follows is read as an unquoted field goes on (lenient, as
                // spreadsheets are, with `"a"b`).
                state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace Catalogue
