#include "rowtexts_p.h"

#include <cstring>

namespace Orm {

bool RowTexts::isAscii(const char *utf8, qsizetype bytes)
{
    constexpr quint64 highBits = 0x8080808080808080ULL;
    quint64 seen = 0;
    qsizetype i = 0;
    for (; i + 8 <= bytes; i += 8) {
        quint64 word;
        std::memcpy(&word, utf8 + i, sizeof word);
        seen |= word;
    }
    for (; i < bytes; ++i)
        seen |= uchar(utf8[i]);
    return (seen & highBits) == 0;
}

} // namespace Orm
