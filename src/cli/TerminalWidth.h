#pragma once

#include <QString>

namespace OrderDesk {

// How many columns of a terminal a text takes, so that tables with Chinese in them line up:
// QString::leftJustified() counts characters, but a terminal gives each East Asian wide or
// fullwidth character (Han, kana, Hangul, fullwidth punctuation such as "：" and "（") two
// columns, combining marks and invisible format characters none.
class TerminalWidth
{
public:
    static int of(const QString& text);
    // The text followed by spaces up to `columns` columns; nothing is added when it is wider.
    static QString padded(const QString& text, int columns);

private:
    static int ofCodePoint(char32_t codePoint);
};

} // namespace OrderDesk
