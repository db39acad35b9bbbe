#pragma once

#include "FieldSpec.h"
#include "OrderRequest.h"
#include "ValidationIssue.h"

#include <QList>
#include <QString>

namespace OrderDesk {

// The harmless slips of typing that OrderDesk corrects instead of refusing, each with a note
// that says what was done, so that nothing the user typed changes silently:
// - spaces at either end of a text field (copied with the value from a console or a mail);
// - in identifiers, full-width letters, digits and punctuation (U+FF01…U+FF5E) and the
//   ideographic space, which a Chinese input method types in place of their ASCII forms.
//   An identifier never contains them, so the ASCII form is what was meant.
// Names (a file system name, a note) keep their full-width characters: they may be meant.
class FieldNormalizer
{
public:
    struct Result
    {
        QString value;
        bool trimmed = false;
        bool folded = false;

        bool changed() const { return trimmed || folded; }
    };

    // `identifier`: the field takes ASCII only (IDs, codes, region IDs).
    static Result normalize(const QString& value, FieldType type, bool identifier);
    static QString foldFullWidth(const QString& text);

    // The notes for one field's change, naming the field by its API name (%1), as the CLI
    // shows them; a form puts its own label in its place.
    static QList<ValidationIssue> notes(const QString& field, const Result& result);
};

// A request with the corrections made, and a note for each field that changed.
struct NormalizedRequest
{
    OrderRequest request;
    QList<ValidationIssue> notes;
};

} // namespace OrderDesk
