#pragma once

#include <QList>
#include <QString>

namespace OrderDesk {

enum class FieldType
{
    Text,
    Integer,
    Boolean, // sent as the literal "true" / "false" the provider signs
    Choice,  // one of FieldSpec::choices
    JsonArray
};

// Where the builder puts a field: the query string, the JSON body, or the URL path.
enum class FieldLocation
{
    Query,
    Body,
    Path
};

// The whole numbers an Integer field accepts, both ends included.
struct IntegerRange
{
    qint64 minimum = 0;
    qint64 maximum = 0;

    bool operator==(const IntegerRange& other) const
    {
        return minimum == other.minimum && maximum == other.maximum;
    }
};

struct FieldChoice
{
    QString value;               // the API value, sent as is
    const char* label = nullptr; // QT_TRANSLATE_NOOP in the schema's context
};

// One field of a provider's order form, exactly as the provider's API page names it.
// Labels and help texts are English source texts translated in the schema's context.
struct FieldSpec
{
    QString name;
    FieldType type = FieldType::Text;
    FieldLocation location = FieldLocation::Query;
    bool required = false;
    const char* label = nullptr;
    const char* help = nullptr;
    QList<FieldChoice> choices;
    bool hasRange = false;
    qint64 minimum = 0;
    qint64 maximum = 0;
    int maxLength = 0;               // in characters; 0 means no limit of OrderDesk's own
    bool asciiOnly = false;          // e.g. ClientToken
    QString prefix;                  // the start the provider documents for its IDs, e.g. "pc-"
    QString defaultValue;            // what the provider assumes when the field is absent
    QString example;                 // the seed page's example value; also the form's placeholder
    bool generated = false;          // OrderDesk fills it when absent (idempotency tokens)
    bool identifiesResource = false; // the resource the duplicate guard compares

    // The longest value OrderDesk accepts, in characters (Unicode code points). The seed pages
    // state a limit only for ClientToken; elsewhere OrderDesk's own bound stops a pasted
    // document or a stuck key before it is signed, stored or sent. No identifier, code or name
    // of the four providers comes near it.
    static constexpr int kTextLengthLimit = 255;
    static constexpr int kJsonLengthLimit = 65536;
    int lengthLimit() const
    {
        if (maxLength > 0)
            return maxLength;
        return type == FieldType::JsonArray ? kJsonLengthLimit : kTextLengthLimit;
    }

    // A field of the JSON body. label and help are QT_TRANSLATE_NOOP texts; the example is UTF-8.
    static FieldSpec inBody(const char* name, FieldType type, bool required, const char* label,
                            const char* help, const char* example)
    {
        FieldSpec field;
        field.name = QString::fromLatin1(name);
        field.type = type;
        field.location = FieldLocation::Body;
        field.required = required;
        field.label = label;
        field.help = help;
        field.example = QString::fromUtf8(example);
        return field;
    }
};

} // namespace OrderDesk
