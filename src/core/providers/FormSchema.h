#pragma once

#include "FieldSpec.h"
#include "ValidationIssue.h"
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

    // A validation message or note as a form shows it, in the current language: the field it
    // names first (%1) is named by its label on the form rather than by its API name, which the
    // CLI shows because its users type it.
    QString messageOnForm(const ValidationIssue& issue) const;

private:
    const char* m_context;
    QList<FieldSpec> m_fields;
};

} // namespace OrderDesk
