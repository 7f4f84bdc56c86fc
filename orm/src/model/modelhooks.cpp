// A model's hooks: running them (the model's, then the database's global ones), and validation as the hooks around
// the rules (validationItems(), in validation.cpp).

#include "database/databaseprivate_p.h"
#include "model/modelprivate_p.h"
#include "model/validation_p.h"

#include <orm/hooks.h>
#include <orm/model.h>

#include <algorithm>

namespace Orm {

namespace {

// The model's hooks of the event, then the database's global ones.
QList<Hook> hooksOf(const ModelPrivate &model, HookEvent event)
{
    QList<Hook> all = model.hooks.hooks(event);
    if (const auto d = model.database.lock())
        all += d->hooks.hooks(event);
    return all;
}

[[nodiscard]] Status run(const QList<Hook> &hooks, HookEvent event, const Model &model, HookContext &context)
{
    context.event = event;
    context.model = &model;
    for (const Hook &hook : hooks) {
        auto r = hook(context);
        if (!r)
            return r;
    }
    return {};
}

} // namespace

Status ModelPrivate::runHooks(HookEvent event, HookContext &context) const
{
    const QList<Hook> all = hooksOf(*this, event);
    if (all.isEmpty())
        return {};
    return run(all, event, Model(shared_from_this()), context);
}

ModelPrivate::ValidationHooks ModelPrivate::validationHooks() const
{
    return {.before = hooksOf(*this, HookEvent::BeforeValidate),
            .after = hooksOf(*this, HookEvent::AfterValidate),
            .failed = hooksOf(*this, HookEvent::ValidationFailed),
            .model = Model(shared_from_this())};
}

Status ModelPrivate::validate(Instance &instance, Instance::Scope scope, const ValidationHooks *hooks,
                              const QList<int> *only) const
{
    HookContext context;
    context.instance = &instance;
    // Without a batch's hooks, each event's are looked up when it comes (a hook may add or remove others).
    const auto fire = [&](HookEvent event, QList<Hook> ValidationHooks::*batchHooks) {
        return hooks ? run(hooks->*batchHooks, event, hooks->model, context) : runHooks(event, context);
    };
    if (auto r = fire(HookEvent::BeforeValidate, &ValidationHooks::before); !r)
        return r;
    // The fields are chosen after beforeValidate, which may have set some (a derived attribute, say).
    QList<int> fields;
    if (only) {
        fields = *only;
    } else if (scope == Instance::Scope::All) {
        for (int i = 0; i < instance.m_values.size(); ++i)
            fields << i;
    } else {
        fields = instance.fieldsToWrite();
    }
    Status validated;
    if (only) {
        if (const QList<ValidationItem> items = validationItems(instance, fields, ModelRules::Skip); !items.isEmpty())
            validated = std::unexpected(validationError(items));
    } else {
        validated = instance.validateFields(fields);
    }
    if (!validated) {
        const Error error = validated.error();
        context.error = &error;
        if (auto r = fire(HookEvent::ValidationFailed, &ValidationHooks::failed); !r)
            return r;
        return validated;
    }
    return fire(HookEvent::AfterValidate, &ValidationHooks::after);
}

Status ModelPrivate::validateUpdate(QVariantMap &values) const
{
    // As Sequelize does: an instance is built from the values; the validation hooks run on it, with the rules of
    // the attributes set only (the others are not written); what the hooks made of those attributes is written.
    Instance probe(shared_from_this());
    if (auto r = probe.set(values); !r)
        return r;
    QList<int> fields;
    fields.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        fields << definition.indexOf(it.key());
    if (auto r = validate(probe, Instance::Scope::Written, nullptr, &fields); !r)
        return r;
    qsizetype i = 0;
    for (auto it = values.begin(); it != values.end(); ++it, ++i)
        it.value() = probe.m_values.at(fields.at(i));
    return {};
}

bool ModelPrivate::hasHooks(std::initializer_list<HookEvent> events) const
{
    const auto d = database.lock();
    return std::any_of(events.begin(), events.end(),
                       [&](HookEvent e) { return hooks.has(e) || (d && d->hooks.has(e)); });
}

void Model::addHook(HookEvent event, const Hook &hook, const QString &name) const
{
    if (d)
        d->hooks.add(event, hook, name);
}

int Model::removeHook(HookEvent event, const QString &name) const
{
    return d ? d->hooks.remove(event, name) : 0;
}

} // namespace Orm
