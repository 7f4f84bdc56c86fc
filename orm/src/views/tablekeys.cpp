#include "views/tablekeys_p.h"

#include <algorithm>

namespace Orm {

KeyCodec::KeyCodec(const ModelDefinition &definition)
{
    const QList<int> &key = definition.primaryKey();
    m_parts = int(key.size());
    m_integer = key.size() == 1
            && (definition.attribute(key.first()).type.kind == DataType::Kind::Integer
                || definition.attribute(key.first()).type.kind == DataType::Kind::BigInt);
}

QString KeyCodec::signature(const QVariantList &key)
{
    // The type goes into the signature: the text "1" and the number 1 are different keys.
    QString text;
    for (const QVariant &part : key)
        text += QString::number(part.typeId()) + u':' + part.toString() + QChar(0x1f);
    return text;
}

qint64 KeyCodec::encode(const QVariantList &key)
{
    if (m_integer)
        return key.value(0).toLongLong();
    const QString name = signature(key);
    const auto it = m_codes.constFind(name);
    if (it != m_codes.cend())
        return *it;
    const qint64 code = m_keys.size();
    m_codes.insert(name, code);
    m_keys.append(key);
    return code;
}

QVariantList KeyCodec::decode(qint64 code) const
{
    if (m_integer)
        return {QVariant(code)};
    return code >= 0 && code < m_keys.size() ? m_keys.at(code) : QVariantList();
}

QVariant KeyCodec::toVariant(qint64 code) const
{
    const QVariantList key = decode(code);
    return m_parts == 1 ? key.value(0) : QVariant(key);
}

qint64 KeyCodec::find(const QVariant &key) const
{
    if (m_integer) {
        bool ok = false;
        const qint64 value = key.toLongLong(&ok);
        return ok ? value : Unknown;
    }
    const QVariantList parts = m_parts == 1 ? QVariantList{key} : key.toList();
    return m_codes.value(signature(parts), Unknown);
}

KeyPositions::KeyPositions(const std::vector<qint64> &keys)
{
    if (keys.empty())
        return;
    const auto [low, high] = std::minmax_element(keys.begin(), keys.end());
    // Unsigned arithmetic: the difference of two extreme keys overflows a signed integer.
    const quint64 range = quint64(*high) - quint64(*low);
    if (range < 4 * quint64(keys.size()) + 4096) {
        m_min = *low;
        m_dense.assign(size_t(range) + 1, -1);
        for (size_t i = 0; i < keys.size(); ++i)
            m_dense[size_t(quint64(keys[i]) - quint64(m_min))] = qint32(i);
        return;
    }
    m_isDense = false;
    m_sorted.reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        m_sorted.emplace_back(keys[i], qint32(i));
    std::sort(m_sorted.begin(), m_sorted.end());
}

qsizetype KeyPositions::position(qint64 key) const
{
    if (m_isDense) {
        if (m_dense.empty() || key < m_min)
            return -1;
        const quint64 offset = quint64(key) - quint64(m_min);
        return offset < m_dense.size() ? m_dense[size_t(offset)] : -1;
    }
    const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), std::pair<qint64, qint32>(key, -1));
    return it != m_sorted.end() && it->first == key ? it->second : -1;
}

void sortKeys(std::vector<qint64> &keys)
{
    const bool small = std::all_of(keys.begin(), keys.end(), [](qint64 k) { return k >= 0 && k <= 0xffffffffLL; });
    if (!small || keys.size() < 4096) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    // Least significant digit first, 16 bits a pass: two passes over the keys and a buffer as large.
    std::vector<qint64> buffer(keys.size());
    for (int shift = 0; shift < 32; shift += 16) {
        std::vector<size_t> starts(65537, 0);
        for (const qint64 key : keys)
            ++starts[size_t((key >> shift) & 0xffff) + 1];
        for (size_t digit = 1; digit < starts.size(); ++digit)
            starts[digit] += starts[digit - 1];
        for (const qint64 key : keys)
            buffer[starts[size_t((key >> shift) & 0xffff)]++] = key;
        keys.swap(buffer);
    }
}

std::vector<qint64> intersect(const std::vector<qint64> &list, const std::vector<qint64> &set)
{
    std::vector<qint64> kept;
    if (list.empty() || set.empty())
        return kept;
    kept.reserve(std::min(list.size(), set.size()));
    const auto [low, high] = std::minmax_element(set.begin(), set.end());
    const quint64 range = quint64(*high) - quint64(*low) + 1;
    // A bit per key of the set's range when that stays small (a million auto-incremented ids: 125 KB), so that
    // each key of the list costs one bit test: searching a sorted copy by halves took 150 to 400 ms for a
    // million keys, for want of cache.
    if (range <= 64 * quint64(list.size() + set.size()) + 65536) {
        std::vector<quint64> bits(size_t((range + 63) / 64), 0);
        for (const qint64 key : set) {
            const quint64 offset = quint64(key) - quint64(*low);
            bits[size_t(offset / 64)] |= quint64(1) << (offset % 64);
        }
        for (const qint64 key : list) {
            const quint64 offset = quint64(key) - quint64(*low);
            if (key >= *low && offset < range && (bits[size_t(offset / 64)] >> (offset % 64)) & 1)
                kept.push_back(key);
        }
        return kept;
    }
    std::vector<qint64> sorted = set;
    std::sort(sorted.begin(), sorted.end());
    for (const qint64 key : list) {
        if (std::binary_search(sorted.begin(), sorted.end(), key))
            kept.push_back(key);
    }
    return kept;
}

} // namespace Orm
