#include "RawResponseFormatter.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace OrderDesk {

namespace {

bool isJsonSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r');
}

// The next character after `from` that is not JSON white space, or a null QChar.
QChar nextSignificant(const QString& text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (!isJsonSpace(text.at(i)))
            return text.at(i);
    }
    return {};
}

void newLine(QString& out, int depth)
{
    out += QLatin1Char('\n');
    out += QString(depth * RawResponseFormatter::IndentWidth, QLatin1Char(' '));
}

} // namespace

bool RawResponseFormatter::isJson(const QByteArray& raw)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    return error.error == QJsonParseError::NoError && (document.isObject() || document.isArray());
}

QString RawResponseFormatter::readable(const QByteArray& raw)
{
    const QString text = QString::fromUtf8(raw);
    if (!isJson(raw))
        return text;

    // The parser has accepted the text, so only strings need care: outside them every
    // character is structure, a literal or white space.
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (isJsonSpace(c))
            continue;
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            out += c;
            const QChar next = nextSignificant(text, i + 1);
            if (next == QLatin1Char('}') || next == QLatin1Char(']')) {
                // An empty container stays on its line: {} or [].
                out += next;
                i = text.indexOf(next, i + 1);
            } else {
                newLine(out, ++depth);
            }
            break;
        }
        case u'}':
        case u']':
            newLine(out, --depth);
            out += c;
            break;
        case u',':
            out += c;
            newLine(out, depth);
            break;
        case u':':
            out += QStringLiteral(": ");
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

} // namespace OrderDesk
