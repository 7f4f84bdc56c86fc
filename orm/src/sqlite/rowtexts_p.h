#pragma once

//  Not part of the API.

#include <QScopeGuard>
#include <QString>
#include <QVarLengthArray>

#include <cstring>

namespace Orm {

// The texts of one row as they are read, made into QStrings that share one block of memory: one allocation and
// one release for the row instead of one per text. A result of 100,000 rows, released, gave its allocator 600,000
// small blocks to take back, which glibc gathers again all at once when a large block is released next (the list
// of the rows): that gathering, over memory long out of the caches, took two thirds of the time the release of a
// findAll() took.
//
// Each text is a QString of its own, the block's reference count shared by all: a copy of one shares the block,
// a change of one while others live copies it (as any shared QString does, with room for the others' span), and
// the block goes with the last of them. One text kept long keeps the block with it: so only short texts go into
// it, and a block stays small. Only ASCII texts go into the block, their UTF-16 being their bytes widened; the
// others, and a single text that would go into a block, are decoded alone as QString::fromUtf8() does.
//
// The block is made through QString::DataPointer, which Qt's headers make public and its documentation calls
// internal: Qt has no other way to let several QStrings share one allocation. It is the ORM's only use of Qt's
// internals; bench/README.md ("Qt's internals") says what it buys, and tst_rowtexts holds it to QString's behaviour.
class RowTexts
{
public:
    static constexpr qsizetype maxPooledBytes = 256; // a longer text is decoded alone
    static constexpr qsizetype maxBlockUnits = 2048; // the texts beyond are decoded alone

    // The text of a column, as UTF-8 that stays where it is until take().
    void add(int column, const char *utf8, qsizetype bytes) { m_pending.append({column, utf8, bytes}); }

    // Makes the texts added since the last call, and gives each to put(column, QString &&), in the order added.
    template<typename Put>
    void take(Put &&put)
    {
        const auto clear = qScopeGuard([this] { m_pending.clear(); });
        qsizetype units = 0; // of the block: each text and its terminating NUL
        qsizetype pooled = 0;
        for (Pending &p : m_pending) {
            p.pooled = p.bytes > 0 && p.bytes <= maxPooledBytes && units + p.bytes + 1 <= maxBlockUnits;
            if (p.pooled) {
                units += p.bytes + 1;
                ++pooled;
            }
        }
        // Holds the block until every text is made. Each text is a copy of this holder (one more reference), so
        // the block goes with its texts whatever happens on the way.
        QString::DataPointer block;
        if (pooled > 1)
            block = QString::DataPointer(QTypedArrayData<char16_t>::allocate(units));
        char16_t *next = block.data();
        for (const Pending &p : m_pending) {
            // A text is widened into the block as it is checked: one that turns out not to be ASCII leaves its
            // place unused and is decoded alone.
            if (!p.pooled || !block.d_ptr() || !widenAscii(p.utf8, p.bytes, next)) {
                put(p.column, QString::fromUtf8(p.utf8, p.bytes));
                continue;
            }
            next[p.bytes] = u'\0';
            QString::DataPointer text = block;
            text.setBegin(next);
            text.size = p.bytes;
            put(p.column, QString(std::move(text)));
            next += p.bytes + 1;
        }
    }

    // Copies the bytes into out as UTF-16 code units, and tells whether all were ASCII (their UTF-16 is then what
    // was written).
    static bool widenAscii(const char *utf8, qsizetype bytes, char16_t *out)
    {
        uchar high = 0;
        for (qsizetype i = 0; i < bytes; ++i) {
            const uchar byte = uchar(utf8[i]);
            out[i] = byte;
            high |= byte;
        }
        return high < 0x80;
    }

private:
    struct Pending
    {
        int column;
        const char *utf8;
        qsizetype bytes;
        bool pooled = false;
    };
    QVarLengthArray<Pending, 32>
            m_pending; // on the stack for a row of up to 32 texts: a one-row read allocates no list
};

} // namespace Orm
