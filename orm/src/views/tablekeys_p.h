#pragma once

//  Not part of the API.

#include <orm/modeldefinition.h>

#include <QHash>
#include <QList>
#include <QVariant>

#include <limits>
#include <vector>

namespace Orm {

// Primary keys as 64-bit codes, so that the key list of a result, the row cache and the sets of keys are plain
// integers whatever the model: a single integer key is its own code; any other key (text, UUID, composite) gets
// the next code from a dictionary the first time it is seen.
class KeyCodec
{
public:
    // A position of a key list whose key is not read yet.
    static constexpr qint64 Unknown = std::numeric_limits<qint64>::min();

    KeyCodec() = default;
    explicit KeyCodec(const ModelDefinition &definition);
    bool isInteger() const { return m_integer; }
    // The code of a key given as its values in primary key order.
    qint64 encode(const QVariantList &key);
    // The key's values in primary key order.
    QVariantList decode(qint64 code) const;
    // The key as a person or a caller sees it: the value, or a QVariantList for a composite key.
    QVariant toVariant(qint64 code) const;
    // The code of a key given as toVariant() gives it, or Unknown when it was never encoded.
    qint64 find(const QVariant &key) const;

private:
    static QString signature(const QVariantList &key);
    bool m_integer = true;
    int m_parts = 1;
    QHash<QString, qint64> m_codes;
    QList<QVariantList> m_keys;
};

// Where each key of a list is: a table indexed by the key when the keys are packed (auto-incremented ids, the
// usual case: 4 bytes a key of the range), a sorted copy searched by halves otherwise.
class KeyPositions
{
public:
    explicit KeyPositions(const std::vector<qint64> &keys);
    // The position of key in the list, or -1.
    qsizetype position(qint64 key) const;
    bool contains(qint64 key) const { return position(key) >= 0; }

private:
    qint64 m_min = 0;
    std::vector<qint32> m_dense;
    std::vector<std::pair<qint64, qint32>> m_sorted;
    bool m_isDense = true;
};

// Sorts keys in ascending order: by their bytes when they are all between 0 and 2^32 (auto-incremented ids: 10 ms
// for a million, against 70 ms for std::sort), otherwise with std::sort.
void sortKeys(std::vector<qint64> &keys);

// The keys of list that are also in set, in list's order.
std::vector<qint64> intersect(const std::vector<qint64> &list, const std::vector<qint64> &set);

} // namespace Orm
