#pragma once

//  Not part of the API.

// A value's type and nullness read inline. In Qt 6.4, QVariant::isNull(), typeId() and metaType() are calls into
// QtCore, and isNull() makes two more: the paths that read every value of every row (validation, binding,
// building rows) call these instead. They read what QVariant itself reads: its packed type and its null flag.

#include <QVariant>

namespace Orm::VariantAccess {

// QVariant::typeId(): the id of the value's type, 0 when it has none.
inline int typeId(const QVariant &value)
{
    return value.data_ptr().typeId();
}

// QVariant::isNull(): no type, a null flag, or a null pointer.
inline bool isNull(const QVariant &value)
{
    const QVariant::Private &d = value.data_ptr();
    if (d.is_null)
        return true;
    const QtPrivate::QMetaTypeInterface *type = d.typeInterface();
    if (!type)
        return true;
    if (type->flags & QMetaType::IsPointer)
        return value.isNull(); // a null pointer is null: let QVariant read it
    return false;
}

} // namespace Orm::VariantAccess
