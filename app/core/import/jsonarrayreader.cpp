#include <catalogue/jsonarrayreader.h>

#include <QJsonDocument>
#include <QJsonParseError>

namespace Catalogue {

JsonArrayReader::JsonArrayReader(QIODevice *device, JsonLimits limits) : m_device(device), m_limits(limits) { }

int JsonArrayReader::peekByte()
{
    if (m_pos >= m_buffer.size()) {
        m_buffer = m_device->read(64 * 1024);
        m_pos = 0;
        if (m_buffer.isEmpty())
            return -1;
    }
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int JsonArrayReader::get()
{
    const int c = peekByte();
    if (c >= 0) {
        ++m_pos;
        if (c == '\n')
            ++m_line;
    }
    return c;
}

bool JsonArrayReader::skipSpaces()
{
    for (int c = peekByte(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peekByte())
        get();
    return peekByte() >= 0;
}

bool JsonArrayReader::next(QJsonObject &object)
{
    object = {};
    m_recordError.clear();
    if (!m_error.isEmpty() || m_finished)
        return false;
    if (!m_started) {
        m_started = true;
        if (m_device->peek(3) == QByteArrayLiteral("\xEF\xBB\xBF"))
            m_device->skip(3);
        if (!skipSpaces() || get() != '[') {
            m_error = tr("the file is not a JSON array of books ([{...}, ...])");
            return false;
        }
        if (!skipSpaces()) {
            m_error = tr("line %1: the file ends inside the array").arg(m_line);
            return false;
        }
        if (peekByte() == ']') {
            get();
            m_finished = true;
            return false;
        }
    } else {
        // After an element: a comma and the next, or the end of the array.
        if (!skipSpaces()) {
            m_error = tr("line %1: the file ends inside the array").arg(m_line);
            return false;
        }
        const int c = get();
        if (c == ']') {
            m_finished = true;
            if (skipSpaces())
                m_error = tr("line %1: text after the end of the array").arg(m_line);
            return false;
        }
        if (c != ',') {
            m_error = tr("line %1: a comma or ] was expected between books").arg(m_line);
            return false;
        }
        if (!skipSpaces()) {
            m_error = tr("line %1: the file ends inside the array").arg(m_line);
            return false;
        }
    }
    ++m_index;
    m_elementLine = m_line;
    QByteArray element;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool tooLong = false;
    qsizetype numberRun = 0;
    for (;;) {
        const int c = peekByte();
        if (c < 0) {
            m_error = tr("line %1: the file ends inside a book that starts on line %2").arg(m_line).arg(m_elementLine);
            return false;
        }
        if (!inString && depth == 0 && (c == ',' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            && !element.isEmpty())
            break; // the element (a scalar, or a closed object) ends here; its byte stays for the next call
        get();
        if (!tooLong) {
            if (element.size() >= m_limits.maxElementBytes) {
                tooLong = true;
                element.clear();
                element.squeeze();
            } else {
                element += char(c);
            }
        }
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            numberRun = 0;
        } else if (c == '{' || c == '[') {
            ++depth;
            if (depth > m_limits.maxDepth && m_recordError.isEmpty())
                m_recordError = tr("nested deeper than %1 levels").arg(m_limits.maxDepth);
        } else if (c == '}' || c == ']') {
            --depth;
            if (depth < 0) {
                m_error = tr("line %1: a bracket closes what was never opened").arg(m_line);
                return false;
            }
            if (depth == 0) {
                // A closed object or array: the element is complete.
                break;
            }
        } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
            if (++numberRun > m_limits.maxNumberChars && m_recordError.isEmpty())
                m_recordError = tr("a number longer than %1 characters").arg(m_limits.maxNumberChars);
        } else {
            numberRun = 0;
        }
    }
    if (tooLong && m_recordError.isEmpty())
        m_recordError = tr("a book longer than %1 bytes").arg(m_limits.maxElementBytes);
    if (!m_recordError.isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(element, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_recordError = tr("not valid JSON: %1").arg(parseError.errorString());
        return true;
    }
    if (!document.isObject()) {
        m_recordError = tr("a book must be a JSON object ({...})");
        return true;
    }
    object = document.object();
    return true;
}

} // namespace Catalogue
