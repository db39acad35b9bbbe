#include "TerminalWidth.h"

#include <QChar>
#include <QList>

#include <algorithm>
#include <iterator>

namespace OrderDesk {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// The blocks whose characters Unicode's East Asian Width property makes Wide (W) or
// Fullwidth (F), in order. Ambiguous characters ("—", "…", "·") take one column, as most
// terminals show them unless told otherwise.
constexpr Range wideRanges[] = {
    {0x1100, 0x115F},   // Hangul Jamo initial consonants
    {0x231A, 0x231B},   // watch, hourglass
    {0x2329, 0x232A},   // angle brackets
    {0x23E9, 0x23EC},   // media symbols
    {0x23F0, 0x23F0},   // alarm clock
    {0x23F3, 0x23F3},   // hourglass
    {0x25FD, 0x25FE},   // small squares
    {0x2614, 0x2615},   // umbrella, hot beverage
    {0x2648, 0x2653},   // zodiac
    {0x267F, 0x267F},   // wheelchair
    {0x2693, 0x2693},   // anchor
    {0x26A1, 0x26A1},   // high voltage
    {0x26AA, 0x26AB},   // circles
    {0x26BD, 0x26BE},   // balls
    {0x26C4, 0x26C5},   // snowman, sun behind cloud
    {0x26CE, 0x26CE},   // ophiuchus
    {0x26D4, 0x26D4},   // no entry
    {0x26EA, 0x26EA},   // church
    {0x26F2, 0x26F3},   // fountain, golf
    {0x26F5, 0x26F5},   // sailboat
    {0x26FA, 0x26FA},   // tent
    {0x26FD, 0x26FD},   // fuel pump
    {0x2705, 0x2705},   // check mark
    {0x270A, 0x270B},   // raised fist, hand
    {0x2728, 0x2728},   // sparkles
    {0x274C, 0x274C},   // cross mark
    {0x274E, 0x274E},   // cross mark
    {0x2753, 0x2755},   // question and exclamation marks
    {0x2757, 0x2757},   // exclamation mark
    {0x2795, 0x2797},   // plus, minus, division
    {0x27B0, 0x27B0},   // curly loop
    {0x27BF, 0x27BF},   // double curly loop
    {0x2B1B, 0x2B1C},   // large squares
    {0x2B50, 0x2B50},   // star
    {0x2B55, 0x2B55},   // circle
    {0x2E80, 0x303E},   // CJK radicals, Kangxi radicals, CJK symbols and punctuation
    {0x3041, 0x33FF},   // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
    {0x3400, 0x4DBF},   // CJK Unified Ideographs Extension A
    {0x4E00, 0x9FFF},   // CJK Unified Ideographs
    {0xA000, 0xA4CF},   // Yi
    {0xA960, 0xA97F},   // Hangul Jamo Extended-A
    {0xAC00, 0xD7A3},   // Hangul syllables
    {0xF900, 0xFAFF},   // CJK Compatibility Ideographs
    {0xFE10, 0xFE19},   // vertical forms
    {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60},   // fullwidth forms
    {0xFFE0, 0xFFE6},   // fullwidth signs
    {0x16FE0, 0x16FE4}, // ideographic symbols
    {0x17000, 0x18CFF}, // Tangut, Khitan
    {0x1AFF0, 0x1B2FF}, // kana supplements, Nushu
    {0x1F004, 0x1F004}, // mahjong tile
    {0x1F0CF, 0x1F0CF}, // playing card
    {0x1F18E, 0x1F18E}, // AB button
    {0x1F191, 0x1F19A}, // squared words
    {0x1F200, 0x1F2FF}, // enclosed ideographic supplement
    {0x1F300, 0x1F64F}, // pictographs, emoticons
    {0x1F680, 0x1F6FF}, // transport and map symbols
    {0x1F7E0, 0x1F7EB}, // coloured circles and squares
    {0x1F90C, 0x1F9FF}, // supplemental symbols and pictographs
    {0x1FA70, 0x1FAFF}, // symbols and pictographs extended-A
    {0x20000, 0x2FFFD}, // CJK Unified Ideographs Extensions B to F, compatibility supplement
    {0x30000, 0x3FFFD}, // CJK Unified Ideographs Extensions G and H
};

bool isWide(char32_t codePoint)
{
    const auto after =
        std::upper_bound(std::begin(wideRanges), std::end(wideRanges), codePoint,
                         [](char32_t value, const Range& range) { return value < range.first; });
    return after != std::begin(wideRanges) && codePoint <= std::prev(after)->last;
}

} // namespace

int TerminalWidth::of(const QString& text)
{
    int columns = 0;
    for (const char32_t codePoint : text.toUcs4())
        columns += ofCodePoint(codePoint);
    return columns;
}

QString TerminalWidth::padded(const QString& text, int columns)
{
    const int missing = columns - of(text);
    return missing > 0 ? text + QString(missing, QLatin1Char(' ')) : text;
}

int TerminalWidth::ofCodePoint(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
        return 0;
    default:
        break;
    }
    // Hangul vowels and final consonants join the syllable before them.
    if (codePoint >= 0x1160 && codePoint <= 0x11FF)
        return 0;
    return isWide(codePoint) ? 2 : 1;
}

} // namespace OrderDesk
