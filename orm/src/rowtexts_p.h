#pragma once

//  Not part of the API.

#include <QString>

#include <vector>

namespace Orm {

// The texts of one row as they are read, made into QStrings that share one block of memory: one allocation and
// one release for the row instead of one per text. A row of 100,000 read then dropped gave its allocator 600,000
// small blocks to take back, which glibc gathers again all at once when a large block is released next (the list
// of the rows): that gathering, over memory long out of the caches, took two thirds of the time the release of a
// findAll() took.
//
// Each text is a QString of its own, the block's reference count shared by all: a copy of one shares the block,
// a change of one while others live copies it alone (as any shared QString), and the block goes with the last of
// them. One text kept long keeps the block (the row's other texts) with it. Only ASCII texts go into the block,
// their UTF-16 being their bytes widened; the others, and a row with a single text, are decoded alone as
// QString::fromUtf8() does.
class RowTexts
{
public:
    // The text of a column, as UTF-8 that stays where it is until take().
    void add(int column, const char *utf8, qsizetype bytes) { m_pending.push_back({column, utf8, bytes}); }

    // Makes the texts added since the last call, and gives each to put(column, QString &&), in the order added.
    template<typename Put>
    void take(Put &&put)
    {
        qsizetype units = 0; // of the block: each ASCII text and its terminating NUL
        qsizetype shared = 0;
        for (Pending &p : m_pending) {
            p.ascii = p.bytes > 0 && isAscii(p.utf8, p.bytes);
            if (p.ascii) {
                units += p.bytes + 1;
                ++shared;
            }
        }
        char16_t *block = shared > 1 ? allocate(units, shared) : nullptr;
        for (const Pending &p : m_pending) {
            if (!block || !p.ascii) {
                put(p.column, QString::fromUtf8(p.utf8, p.bytes));
                continue;
            }
            for (qsizetype i = 0; i < p.bytes; ++i)
                block[i] = char16_t(uchar(p.utf8[i]));
            block[p.bytes] = u'\0';
            put(p.column, QString(QString::DataPointer(m_header, block, p.bytes)));
            block += p.bytes + 1;
        }
        m_pending.clear();
        m_header = nullptr;
    }

    static bool isAscii(const char *utf8, qsizetype bytes);

private:
    // A block of units, with one reference for each of its texts; null when it cannot be had.
    char16_t *allocate(qsizetype units, qsizetype texts);

    struct Pending
    {
        int column;
        const char *utf8;
        qsizetype bytes;
        bool ascii = false;
    };
    std::vector<Pending> m_pending;
    QTypedArrayData<char16_t> *m_header = nullptr;
};

} // namespace Orm
