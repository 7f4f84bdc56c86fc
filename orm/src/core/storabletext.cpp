#include "core/storabletext_p.h"

#if defined(__SSE2__)
#  include <emmintrin.h>
#endif

namespace Orm {

bool mayHoldUnstorable(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight units at a time: a unit is suspect when it is 0 or when its top five bits are 11011 (D800 to DFFF).
    const __m128i zero = _mm_setzero_si128();
    const __m128i topBits = _mm_set1_epi16(short(0xf800));
    const __m128i surrogates = _mm_set1_epi16(short(0xd800));
    const auto suspectAt = [&](qsizetype at) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + at));
        const __m128i suspect =
                _mm_or_si128(_mm_cmpeq_epi16(units, zero), _mm_cmpeq_epi16(_mm_and_si128(units, topBits), surrogates));
        return _mm_movemask_epi8(suspect) != 0;
    };
    for (; i + 8 <= size; i += 8) {
        if (suspectAt(i))
            return true;
    }
    if (i > 0 && i < size) // the last units, in eight that end with the text (some were seen already)
        return suspectAt(size - 8);
#endif
    for (; i < size; ++i) {
        if (p[i] == 0 || (p[i] & 0xf800) == 0xd800)
            return true;
    }
    return false;
}

qsizetype characterCount(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype size = text.size();
    qsizetype pairs = 0;
    for (qsizetype i = 0; i + 1 < size; ++i) {
        if ((p[i] & 0xfc00) == 0xd800 && (p[i + 1] & 0xfc00) == 0xdc00) {
            ++pairs;
            ++i;
        }
    }
    return size - pairs;
}

qsizetype encodeStorableUtf8(QStringView text, char *out)
{
    const char16_t *p = text.utf16();
    const qsizetype size = text.size();
    char *o = out;
    qsizetype i = 0;
    [[maybe_unused]] bool tailTried = false;
    while (i < size) {
#if defined(__SSE2__)
        // Runs of ASCII (without NUL) eight units at a time, packed to bytes.
        const __m128i zero = _mm_setzero_si128();
        const __m128i nonAscii = _mm_set1_epi16(short(0xff80));
        while (i + 8 <= size) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            const __m128i other = _mm_or_si128(
                    _mm_cmpeq_epi16(units, zero),
                    _mm_andnot_si128(_mm_cmpeq_epi16(_mm_and_si128(units, nonAscii), zero), _mm_set1_epi16(-1)));
            if (_mm_movemask_epi8(other) != 0)
                break;
            _mm_storel_epi64(reinterpret_cast<__m128i *>(o), _mm_packus_epi16(units, units));
            o += 8;
            i += 8;
        }
        if (i == size)
            break;
        // The last few units of a text all ASCII so far, as the eight that end it (output and input positions
        // still match, so the bytes written again are the same).
        if (!tailTried && i >= 8 && size - i < 8 && o - out == i) {
            tailTried = true;
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + size - 8));
            const __m128i other = _mm_or_si128(
                    _mm_cmpeq_epi16(units, zero),
                    _mm_andnot_si128(_mm_cmpeq_epi16(_mm_and_si128(units, nonAscii), zero), _mm_set1_epi16(-1)));
            if (_mm_movemask_epi8(other) == 0) {
                _mm_storel_epi64(reinterpret_cast<__m128i *>(out + size - 8), _mm_packus_epi16(units, units));
                return size;
            }
        }
#endif
        const char16_t c = p[i++];
        if (c < 0x80) {
            if (c == 0)
                return -1;
            *o++ = char(c);
        } else if (c < 0x800) {
            *o++ = char(0xc0 | (c >> 6));
            *o++ = char(0x80 | (c & 0x3f));
        } else if ((c & 0xf800) != 0xd800) {
            *o++ = char(0xe0 | (c >> 12));
            *o++ = char(0x80 | ((c >> 6) & 0x3f));
            *o++ = char(0x80 | (c & 0x3f));
        } else if (c < 0xdc00 && i < size && (p[i] & 0xfc00) == 0xdc00) {
            const char32_t u = 0x10000 + ((char32_t(c) - 0xd800) << 10) + (char32_t(p[i++]) - 0xdc00);
            *o++ = char(0xf0 | (u >> 18));
            *o++ = char(0x80 | ((u >> 12) & 0x3f));
            *o++ = char(0x80 | ((u >> 6) & 0x3f));
            *o++ = char(0x80 | (u & 0x3f));
        } else {
            return -1; // an unpaired surrogate
        }
    }
    return o - out;
}

} // namespace Orm
