#pragma once

//  Not part of the API.

// Values read and made inline. In Qt 6.4, QVariant::isNull(), typeId() and metaType() are calls into QtCore, and
// isNull() makes two more; so are QVariant's constructors, and its copy constructor copies through the type's
// functions. The paths that handle every value of every row (validation, binding, building and reading rows) use
// these instead. They read and write what QVariant's own inline code does (QVariant::Private, its layout fixed
// by Qt 6's binary compatibility): the packed type, the null flag and the value kept inside.

#include <QString>
#include <QVariant>

#include <new>
#include <type_traits>

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

// Constructs at slot a QVariant holding value, as QVariant::fromValue() would, but without copying the value once
// more. For the types QVariant keeps inside itself: numbers and texts. Whatever slot held is not destroyed: raw
// memory, a null QVariant or a number.
template<typename T>
inline void construct(QVariant *slot, T &&value)
{
    using Type = std::remove_cvref_t<T>;
    static_assert(QVariant::Private::CanUseInternalSpace<Type>);
    QVariant::Private &d = (new (slot) QVariant())->data_ptr();
    new (&d.data.data) Type(std::forward<T>(value));
    d.is_null = false;
    d.packedType = quintptr(QMetaType::fromType<Type>().iface()) >> 2;
}

// Copy-constructs at slot (as construct()) a QVariant equal to from: a number by its bytes, a text with one
// reference more, and anything else (shared values and typed nulls included) by QVariant's copy constructor.
inline void copyConstruct(QVariant *slot, const QVariant &from)
{
    const QVariant::Private &d = from.data_ptr();
    if (!d.is_shared && !d.is_null) {
        switch (typeId(from)) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            (new (slot) QVariant())->data_ptr() = d; // trivially copyable: the bytes are the copy
            return;
        case QMetaType::QString:
            construct(slot, *static_cast<const QString *>(from.constData()));
            return;
        default:
            break;
        }
    }
    new (slot) QVariant(from);
}

// Starts reading, for a change of its reference count, the header of the text value holds: its count is about to
// be changed (a copy or a release) long after the text was last touched. Nothing for other values, nor for a
// literal, whose header is null.
inline void prefetchTextCount(const QVariant &value)
{
    if (typeId(value) != QMetaType::QString)
        return;
    auto &text = const_cast<QString::DataPointer &>(static_cast<const QString *>(value.constData())->data_ptr());
    __builtin_prefetch(text.d_ptr(), 1);
}

} // namespace Orm::VariantAccess
