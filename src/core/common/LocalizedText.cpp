#include "LocalizedText.h"

#include <QCoreApplication>

#include <cstring>

namespace OrderDesk {

LocalizedText::LocalizedText(const char* context, const char* sourceText, QStringList args)
    : m_context(context)
    , m_source(sourceText)
    , m_args(std::move(args))
{}

LocalizedText LocalizedText::arg(const QString& value) const
{
    LocalizedText copy = *this;
    copy.m_args.append(value);
    return copy;
}

LocalizedText LocalizedText::arg(qint64 value) const
{
    return arg(QString::number(value));
}

QString LocalizedText::toString() const
{
    if (isEmpty())
        return {};
    return fill(QCoreApplication::translate(m_context, m_source), m_args);
}

QString LocalizedText::toEnglish() const
{
    if (isEmpty())
        return {};
    return fill(QString::fromUtf8(m_source), m_args);
}

bool LocalizedText::operator==(const LocalizedText& other) const
{
    const auto same = [](const char* a, const char* b) {
        return a == b || (a != nullptr && b != nullptr && std::strcmp(a, b) == 0);
    };
    return same(m_context, other.m_context) && same(m_source, other.m_source) && m_args == other.m_args;
}

QString LocalizedText::fill(QString text, const QStringList& args)
{
    // Positional markers are replaced in one pass so that an argument containing "%2"
    // is never substituted again.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int index = text.at(i + 1).digitValue() - 1;
            if (index >= 0 && index < args.size()) {
                out += args.at(index);
                ++i;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace OrderDesk
