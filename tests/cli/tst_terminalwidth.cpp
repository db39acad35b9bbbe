#include "TerminalWidth.h"

#include <QTest>

using namespace OrderDesk;

class TestTerminalWidth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void of_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("columns");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ASCII") << QStringLiteral("pc-alpha01") << 10;
        QTest::newRow("Han") << QStringLiteral("成功") << 4;
        QTest::newRow("Han and ASCII") << QStringLiteral("财务部-2") << 8;
        QTest::newRow("fullwidth parentheses") << QStringLiteral("未下单（人工确认）") << 18;
        QTest::newRow("fullwidth colon and comma") << QStringLiteral("参数：，") << 8;
        QTest::newRow("ideographic space and full stop") << QStringLiteral("\u3000\u3002") << 4;
        QTest::newRow("fullwidth Latin") << QStringLiteral("ＡＢ１") << 6;
        QTest::newRow("halfwidth katakana") << QStringLiteral("ｶﾀｶﾅ") << 4;
        QTest::newRow("hiragana and katakana") << QStringLiteral("ひらカタ") << 8;
        QTest::newRow("Hangul") << QStringLiteral("한국어") << 6;
        QTest::newRow("Hangul from Jamo") << QStringLiteral("\u1112\u1161\u11AB") << 2;
        QTest::newRow("extension B, a surrogate pair") << QStringLiteral("\U00020000") << 2;
        QTest::newRow("emoji") << QStringLiteral("\U0001F600") << 2;
        QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
        QTest::newRow("precomposed accent") << QStringLiteral("\u00E9") << 1;
        QTest::newRow("zero width joiner") << QStringLiteral("a\u200Db") << 2;
        QTest::newRow("ambiguous dash and ellipsis") << QStringLiteral("—…") << 2;
        QTest::newRow("warning sign") << QStringLiteral("⚠") << 1;
    }

    void of()
    {
        QFETCH(QString, text);
        QFETCH(int, columns);
        QCOMPARE(TerminalWidth::of(text), columns);
    }

    void padded_fillsUpToTheColumns()
    {
        QCOMPARE(TerminalWidth::padded(QStringLiteral("成功"), 8), QStringLiteral("成功    "));
        QCOMPARE(TerminalWidth::padded(QStringLiteral("ok"), 8), QStringLiteral("ok      "));
        // Wider than asked: nothing added, nothing cut.
        QCOMPARE(TerminalWidth::padded(QStringLiteral("结果未知"), 6), QStringLiteral("结果未知"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalWidth)
#include "tst_terminalwidth.moc"
