#include "model/modelprivate_p.h"
#include "model/rowbuilder_p.h"

#include <orm/instance.h>

namespace Orm {

RowBuilder::RowBuilder(std::shared_ptr<const ModelPrivate> model) : m_model(std::move(model))
{
    const auto &attributes = m_model->definition.attributes();
    for (int i = 0; i < attributes.size(); ++i) {
        if (attributes[i].defaultValue.isSet())
            m_defaults << i;
    }
}

int RowBuilder::indexOf(qsizetype position, const QString &key)
{
    if (position < m_keys.size()) {
        const auto &[known, index] = m_keys.at(position);
        if ((known.constData() == key.constData() && known.size() == key.size()) || known == key)
            return index;
    }
    const int index = m_model->definition.indexOf(key);
    if (position < m_keys.size())
        m_keys[position] = {key, index};
    else
        m_keys.append({key, index});
    return index;
}

QBitArray RowBuilder::Attributes::toBits(int count) const
{
    QBitArray bits(count);
    for (int i = 0; i < count; ++i) {
        if (contains(i))
            bits.setBit(i);
    }
    return bits;
}

Result<Instance> RowBuilder::build(const QVariantMap &values)
{
    Instance instance(m_model);
    QVariant *slots = instance.m_values.data();
    const auto count = int(instance.m_values.size());
    for (int i : std::as_const(m_defaults))
        slots[i] = m_model->definition.attribute(i).defaultValue.generate();
    // The values are set as set() would on a new record: changed when not null (the defaults are no change).
    m_changed.clear(count);
    qsizetype position = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it, ++position) {
        const int index = indexOf(position, it.key());
        if (index < 0 || index >= count)
            return fail(Error::Kind::InvalidQuery,
                        QStringLiteral("'%1' is not an attribute of the model %2")
                                .arg(it.key().left(80), m_model->definition.name()));
        slots[index] = it.value();
        if (!it.value().isNull())
            m_changed.insert(index);
    }
    // Rows of a batch usually change the same attributes: they share one set of bits.
    if (!m_changed.isEmpty()) {
        if (m_changed != m_lastChanged) {
            m_lastChanged = m_changed;
            m_sharedChanged = m_changed.toBits(count);
        }
        instance.m_changed = m_sharedChanged;
    }
    return instance;
}

} // namespace Orm
