#pragma once

//  Not part of the API.

#include <orm/instance.h>

#include <QBitArray>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace Orm {

class ModelPrivate;

// Builds new instances as Model::build() does. Kept for a batch: rows made by the same code carry the same
// keys in the same order, so a key is first compared with the one at its place in the row before (usually
// the same shared text), and looked up by name only when it differs.
class RowBuilder
{
public:
    explicit RowBuilder(std::shared_ptr<const ModelPrivate> model);
    [[nodiscard]] Result<Instance> build(const QVariantMap &values);

private:
    // Attribute indexes, emptied and filled again for each row without allocating (QBitArray's fill() and
    // count() are calls into QtCore).
    class Attributes
    {
    public:
        void clear(int count) { m_words.assign((size_t(count) + 63) / 64, 0); }
        void insert(int index) { m_words[size_t(index) / 64] |= quint64(1) << (index % 64); }
        bool contains(int index) const { return (m_words[size_t(index) / 64] >> (index % 64)) & 1; }
        bool isEmpty() const
        {
            return std::all_of(m_words.cbegin(), m_words.cend(), [](quint64 w) { return w == 0; });
        }
        bool operator==(const Attributes &other) const = default;
        QBitArray toBits(int count) const;

    private:
        std::vector<quint64> m_words;
    };

    int indexOf(qsizetype position, const QString &key);
    std::shared_ptr<const ModelPrivate> m_model;
    QList<int> m_defaults; // the attributes with a default value
    QList<std::pair<QString, int>> m_keys; // the keys of the row before, with their attributes
    Attributes m_changed; // the attributes it changes
    Attributes m_lastChanged; // the attributes of m_sharedChanged
    QBitArray m_sharedChanged; // the last set of changed attributes that instances share
};

} // namespace Orm
