#include "FormSchema.h"

namespace OrderDesk {

FormSchema::FormSchema(const char* context, QList<FieldSpec> fields)
    : m_context(context)
    , m_fields(std::move(fields))
{}

const FieldSpec* FormSchema::field(const QString& name) const
{
    for (const FieldSpec& spec : m_fields) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

LocalizedText FormSchema::label(const FieldSpec& field) const
{
    return field.label ? LocalizedText(m_context, field.label) : LocalizedText();
}

LocalizedText FormSchema::help(const FieldSpec& field) const
{
    return field.help ? LocalizedText(m_context, field.help) : LocalizedText();
}

LocalizedText FormSchema::choiceLabel(const FieldChoice& choice) const
{
    return choice.label ? LocalizedText(m_context, choice.label) : LocalizedText();
}

QString FormSchema::messageOnForm(const ValidationIssue& issue) const
{
    QStringList args = issue.message.args();
    const FieldSpec* spec = field(issue.field);
    if (!spec || !spec->label || args.isEmpty() || args.constFirst() != issue.field)
        return issue.message.toString();
    args.first() = label(*spec).toString();
    return LocalizedText(issue.message.context(), issue.message.sourceText(), args).toString();
}

} // namespace OrderDesk
