#pragma once

#include "providers/FieldSpec.h"
#include "providers/OrderRequest.h"
#include "providers/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

// What a user can type into any field of any provider's form, derived from the schema so that
// a field added later is covered without editing the tests: empty, too long, wrong type, out of
// range, control characters, emoji, right-to-left text, a bidi override, NUL and a lone
// surrogate. Each case says whether OrderDesk accepts it, and why when it does.
namespace BadInput {

struct Case
{
    QString name;  // row name: provider/field/kind
    QString field; // the API name of the field
    QString kind;
    QString value;
    bool allowed = false;
    QString why;          // for allowed cases: why the value is legitimate
    bool argvSafe = true; // false where a process's command line cannot carry the value (NUL,
                          // lone surrogates): those go through the in-process paths only
};

// Free-text fields: names and descriptions a person writes, in any script. The provider takes
// them as JSON strings in the body, unsigned, so emoji and right-to-left letters are sent as
// they are. Everything else is an identifier, code, number or choice.
inline bool isFreeText(const QString& provider, const QString& field)
{
    static const QSet<QString> freeText{
        QStringLiteral("unicloud/regionName"),
        QStringLiteral("unicloud/instanceName"),
        QStringLiteral("huaweicloud/promotion_info"),
    };
    return freeText.contains(provider + QLatin1Char('/') + field);
}

// A value of the field that validates, to build the bad ones from.
inline QString validValue(const OrderDesk::FieldSpec& field, const OrderDesk::OrderRequest& valid)
{
    if (!valid.value(field.name).isEmpty())
        return valid.value(field.name);
    if (field.generated)
        return QStringLiteral("token-0001");
    if (!field.choices.isEmpty())
        return field.choices.first().value;
    if (!field.example.isEmpty())
        return field.example;
    if (field.type == OrderDesk::FieldType::Integer)
        return QString::number(field.minimum);
    return QStringLiteral("value");
}

// Puts `inserted` inside the value: inside the first JSON string of a JSON array, else in the
// middle (never at an end, so that the trimming rules do not answer in its place).
inline QString inject(const OrderDesk::FieldSpec& field, const QString& base, const QString& inserted)
{
    if (field.type == OrderDesk::FieldType::JsonArray) {
        const qsizetype at = base.indexOf(QLatin1String("\":\""));
        if (at >= 0)
            return base.left(at + 3) + inserted + base.mid(at + 3);
    }
    if (base.size() < 2)
        return base + inserted + base;
    const qsizetype middle = base.size() / 2;
    return base.left(middle) + inserted + base.mid(middle);
}

inline QList<Case> cases(const OrderDesk::Provider& provider, const OrderDesk::OrderRequest& valid)
{
    using OrderDesk::FieldType;
    QList<Case> out;
    for (const OrderDesk::FieldSpec& field : provider.schema().fields()) {
        const QString base = validValue(field, valid);
        const bool json = field.type == FieldType::JsonArray;
        const bool freeText = isFreeText(provider.id(), field.name);
        const auto add = [&](const QString& kind, const QString& value, bool allowed = false,
                             const QString& why = QString(), bool argvSafe = true) {
            out.append({provider.id() + QLatin1Char('/') + field.name + QLatin1Char('/') + kind, field.name,
                        kind, value, allowed, why, argvSafe});
        };

        const bool optional = !field.required || field.generated;
        add(QStringLiteral("empty"), QString(), optional,
            field.generated ? QStringLiteral("OrderDesk generates the token when it is empty")
                            : QStringLiteral("optional: the field is left out of the order"));

        if (json) {
            // Longer than the JSON limit while still a valid array, so that the length rule answers.
            QString longer = base;
            longer.insert(base.indexOf(QLatin1String("\":\"")) + 3,
                          QString(OrderDesk::FieldSpec::kJsonLengthLimit, QLatin1Char('a')));
            add(QStringLiteral("tooLong"), longer);
        } else {
            add(QStringLiteral("tooLong"),
                QString(10000, field.type == FieldType::Integer ? QLatin1Char('1') : QLatin1Char('a')));
        }

        switch (field.type) {
        case FieldType::Integer:
            add(QStringLiteral("letters"), QStringLiteral("abc"));
            add(QStringLiteral("lettersAfterDigits"), base + QStringLiteral("x"));
            add(QStringLiteral("plusSign"), QStringLiteral("+") + base);
            add(QStringLiteral("fullWidthDigit"), QStringLiteral("\uFF11"));
            add(QStringLiteral("decimal"), base + QStringLiteral(".5"));
            add(QStringLiteral("overflow"), QStringLiteral("9223372036854775808"));
            if (field.hasRange) {
                add(QStringLiteral("belowRange"), QString::number(field.minimum - 1));
                add(QStringLiteral("aboveRange"), QString::number(field.maximum + 1));
            }
            break;
        case FieldType::Boolean:
            add(QStringLiteral("notBoolean"), QStringLiteral("yes"));
            add(QStringLiteral("upperCase"), QStringLiteral("TRUE"));
            break;
        case FieldType::Choice:
            add(QStringLiteral("notAChoice"), QStringLiteral("x") + base);
            if (base.toLower() != base.toUpper())
                add(QStringLiteral("wrongCase"), base.toLower() == base ? base.toUpper() : base.toLower());
            break;
        case FieldType::JsonArray:
            add(QStringLiteral("object"), QStringLiteral("{}"));
            add(QStringLiteral("notJson"), QStringLiteral("abc"));
            add(QStringLiteral("emptyArray"), QStringLiteral("[]"), !field.required,
                QStringLiteral("an optional list may be empty"));
            add(QStringLiteral("escapedControl"), inject(field, base, QStringLiteral("\\u0001")));
            add(QStringLiteral("escapedOverride"), inject(field, base, QStringLiteral("\\u202e")));
            break;
        case FieldType::Text:
            // Text has no wrong type: digits are text too.
            break;
        }

        add(QStringLiteral("control01"), inject(field, base, QStringLiteral("\x01")));
        // Tabs and line breaks between JSON tokens are JSON's whitespace, but inside a string
        // (where inject puts them) they are not valid JSON.
        add(QStringLiteral("tab"), inject(field, base, QStringLiteral("\t")));
        add(QStringLiteral("newline"), inject(field, base, QStringLiteral("\n")));
        add(QStringLiteral("delete"), inject(field, base, QStringLiteral("\x7f")));
        add(QStringLiteral("lineSeparator"), inject(field, base, QStringLiteral("\u2028")));
        add(QStringLiteral("zeroWidthSpace"), inject(field, base, QStringLiteral("\u200b")));
        add(QStringLiteral("rtlOverride"),
            inject(field, base, QStringLiteral("\u202e") + QStringLiteral("cba")));

        // Emoji and right-to-left letters are text a person may write: accepted in free-text
        // fields and inside the JSON strings of a list (the provider checks its own codes there),
        // rejected in identifiers, codes, numbers and choices.
        const bool anyScript = freeText || json;
        const QString scriptWhy = json ? QStringLiteral("JSON text inside the list is passed on as written")
                                       : QStringLiteral("a free-text name or description");
        add(QStringLiteral("emoji"), inject(field, base, QStringLiteral("\U0001F600")), anyScript, scriptWhy);
        add(QStringLiteral("arabic"), inject(field, base, QStringLiteral("\u0645\u0631\u062D\u0628\u0627")),
            anyScript, scriptWhy);
        add(QStringLiteral("hebrew"), inject(field, base, QStringLiteral("\u05E9\u05DC\u05D5\u05DD")),
            anyScript, scriptWhy);

        add(QStringLiteral("nul"), inject(field, base, QString(QChar(0))), false, QString(), false);
        add(QStringLiteral("loneSurrogate"), inject(field, base, QString(QChar(0xD83D))), false, QString(),
            false);
    }
    return out;
}

// Words of four or more Latin letters left in a Chinese message once the field names, choice
// values and the typed value are taken out: English text that missed its translation.
inline QStringList untranslatedWords(const QString& message, const OrderDesk::Provider& provider,
                                     const QString& typedValue)
{
    QString rest = message;
    if (!typedValue.isEmpty())
        rest.remove(typedValue);
    QStringList names{provider.defaultRegion()};
    for (const OrderDesk::FieldSpec& field : provider.schema().fields()) {
        names.append(field.name);
        // A form names the field by its label in the current language, which may keep a
        // Latin term (客户端Token, VPC ID).
        names.append(provider.schema().label(field).toString());
        // Examples in messages ("e.g. cn-hangzhou") are values, not prose.
        if (!field.example.isEmpty())
            names.append(field.example);
        for (const OrderDesk::FieldChoice& choice : field.choices)
            names.append(choice.value);
    }
    // Longest first, so that a name containing another is removed whole.
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& name : std::as_const(names))
        rest.remove(name);
    static const QSet<QString> technical{QStringLiteral("JSON"),      QStringLiteral("ASCII"),
                                         QStringLiteral("true"),      QStringLiteral("false"),
                                         QStringLiteral("orderdesk"), QStringLiteral("help")};
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    QStringList words;
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        const QString found = it.next().captured();
        if (!technical.contains(found))
            words.append(found);
    }
    return words;
}

inline bool containsChinese(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace BadInput
