#pragma once

// Text as the databases take it: UTF-8 without NUL characters or unpaired surrogates. The two functions below
// run on every text written, so the common case (ASCII, then Latin and other BMP text) is the fast one.

#include <QStringView>

namespace Orm {

// Whether text may hold something no database stores: a NUL or a surrogate. False means it holds neither; true
// means it holds one of them, paired surrogates included (textProblem() looks closer).
bool mayHoldUnstorable(QStringView text);

// Encodes text as UTF-8 into out, which has room for 3 bytes per UTF-16 unit. Returns the length written, or -1
// when the text holds a NUL or an unpaired surrogate.
qsizetype encodeStorableUtf8(QStringView text, char *out);

// The number of characters (code points) of text, as both databases and validator.js count them: a surrogate
// pair counts one. Callers ask it only when text.size(), which is never less, is beyond a limit.
qsizetype characterCount(QStringView text);

} // namespace Orm
