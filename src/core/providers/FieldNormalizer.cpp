#include "FieldNormalizer.h"

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::FieldNormalizer";

constexpr char16_t kFullWidthFirst = 0xFF01; // FULLWIDTH EXCLAMATION MARK
constexpr char16_t kFullWidthLast = 0xFF5E;  // FULLWIDTH TILDE
constexpr char16_t kFullWidthOffset = 0xFEE0;
constexpr char16_t kIdeographicSpace = 0x3000;

} // namespace

QString FieldNormalizer::foldFullWidth(const QString& text)
{
    QString folded = text;
    for (QChar& c : folded) {
        const char16_t code = c.unicode();
        if (code >= kFullWidthFirst && code <= kFullWidthLast)
            c = QChar(static_cast<char16_t>(code - kFullWidthOffset));
        else if (code == kIdeographicSpace)
            c = QLatin1Char(' ');
    }
    return folded;
}

FieldNormalizer::Result FieldNormalizer::normalize(const QString& value, FieldType type, bool identifier)
{
    Result result;
    result.value = value;
    if (type != FieldType::Text)
        return result;
    if (identifier) {
        result.value = foldFullWidth(value);
        result.folded = result.value != value;
    }
    const QString trimmed = result.value.trimmed();
    // A value of spaces only stays as typed: validation says it must not be only spaces, where
    // an empty field would only say "required" and hide that something was typed.
    if (!trimmed.isEmpty() && trimmed != result.value) {
        result.value = trimmed;
        result.trimmed = true;
    }
    return result;
}

QList<ValidationIssue> FieldNormalizer::notes(const QString& field, const Result& result)
{
    QList<ValidationIssue> notes;
    if (result.folded)
        notes.append({field, LocalizedText(kContext,
                                           QT_TRANSLATE_NOOP("OrderDesk::FieldNormalizer",
                                                             "Full-width characters in %1 were changed to "
                                                             "their ASCII forms: %2"),
                                           {field, result.value})});
    if (result.trimmed)
        notes.append(
            {field, LocalizedText(kContext,
                                  QT_TRANSLATE_NOOP("OrderDesk::FieldNormalizer",
                                                    "Spaces at the start or end of %1 were removed."),
                                  {field})});
    return notes;
}

} // namespace OrderDesk
