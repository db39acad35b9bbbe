#pragma once

#include "FieldSpec.h"
#include "common/LocalizedText.h"

namespace OrderDesk {

// A provider's order form: its fields in display order, and the translation context
// their labels live in.
class FormSchema
{
public:
    FormSchema(const char* context, QList<FieldSpec> fields);

    const char* context() const { return m_context; }
    const QList<FieldSpec>& fields() const { return m_fields; }
    const FieldSpec* field(const QString& name) const;

    LocalizedText label(const FieldSpec& field) const;
    LocalizedText help(const FieldSpec& field) const;
    LocalizedText choiceLabel(const FieldChoice& choice) const;

private:
    const char* m_context;
    QList<FieldSpec> m_fields;
};

} // namespace OrderDesk
