#include "OrderPageFixture.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QStandardPaths>
#include <QToolTip>

using namespace OrderDesk;
using namespace OrderPageFixture;

// The order forms in the user's words: required fields marked, the Order button saying what
// it waits for, messages naming the form's labels, slips corrected with a note, documented ID
// prefixes checked, and messages that never move the fields.
class TestFormWords : public QObject
{
    Q_OBJECT

private:
    static QLabel* hint(const Fixture& fixture) { return fixture.find<QLabel>(QStringLiteral("orderHint")); }

    static void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    // Leaves a text field the way a user does, so that the form takes what was typed.
    static void leave(QLineEdit* edit)
    {
        QWidget* window = edit->window();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        edit->setFocus();
        QVERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Tab);
        QVERIFY(!edit->hasFocus());
    }

    // Text as an input method commits it: what QTest::keyClicks cannot type.
    static void commit(QLineEdit* edit, const QString& text)
    {
        QInputMethodEvent typed;
        typed.setCommitString(text);
        QApplication::sendEvent(edit, &typed);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void requiredFields_areMarked_andTheIntroSaysWhatTheMarkMeans_data() { languages_data(); }
    void requiredFields_areMarked_andTheIntroSaysWhatTheMarkMeans()
    {
        QFETCH(QString, language);
        for (const QString& provider : OrderFlowSupport::providers()) {
            Fixture fixture(provider);
            QVERIFY(fixture.ok && fixture.page);
            fixture.context->setLanguage(language);
            const FormBinder& binder = fixture.page->binder();
            for (const FieldSpec& field : fixture.provider->schema().fields()) {
                const QString text = binder.label(field.name)->text();
                const bool marked = text.contains(QLatin1Char('*'));
                QVERIFY2(marked == (field.required && !field.generated),
                         qPrintable(provider + QLatin1Char(' ') + text));
            }
            QVERIFY(fixture.find<QLabel>(QStringLiteral("introLabel"))->text().contains(QLatin1Char('*')));
        }
    }

    void disabledOrderButton_saysWhichFieldsAreMissing_data() { languages_data(); }
    void disabledOrderButton_saysWhichFieldsAreMissing()
    {
        QFETCH(QString, language);
        Fixture fixture(QStringLiteral("aliyun"));
        QVERIFY(fixture.ok && fixture.page);
        fixture.context->setLanguage(language);
        const QString circuit =
            fixture.provider->schema()
                .label(*fixture.provider->schema().field(QStringLiteral("PhysicalConnectionId")))
                .toString();
        // A fresh form lacks the circuit: nothing red yet, but the button says what it waits for.
        QVERIFY(!fixture.orderButton()->isEnabled());
        QVERIFY(errorText(fixture, QStringLiteral("PhysicalConnectionId")).isEmpty());
        QVERIFY(hint(fixture)->isVisible());
        QTRY_VERIFY2(hint(fixture)->text().contains(circuit), qPrintable(hint(fixture)->text()));
        QVERIFY(!hint(fixture)->text().contains(QStringLiteral("PhysicalConnectionId")));
        QCOMPARE(fixture.orderButton()->toolTip(), hint(fixture)->text());

        fillOrder(fixture, QStringLiteral("ok"));
        QVERIFY(fixture.orderButton()->isEnabled());
        QVERIFY(!hint(fixture)->isVisible());
        QVERIFY(!fixture.orderButton()->toolTip().contains(circuit));

        // The hint follows a switch of language.
        fill(fixture.page.get(), QStringLiteral("PhysicalConnectionId"), QString());
        fixture.context->setLanguage(language == QLatin1String("en") ? QStringLiteral("zh_CN")
                                                                     : QStringLiteral("en"));
        const QString other =
            fixture.provider->schema()
                .label(*fixture.provider->schema().field(QStringLiteral("PhysicalConnectionId")))
                .toString();
        QVERIFY(other != circuit);
        QTRY_VERIFY2(hint(fixture)->text().contains(other), qPrintable(hint(fixture)->text()));
    }

    void messages_nameTheFormsLabel_notTheApiParameter_data() { languages_data(); }
    void messages_nameTheFormsLabel_notTheApiParameter()
    {
        QFETCH(QString, language);
        Fixture fixture(QStringLiteral("volcengine"));
        QVERIFY(fixture.ok && fixture.page);
        fixture.context->setLanguage(language);
        fillOrder(fixture, QStringLiteral("ok"));
        auto* edit = fixture.find<QLineEdit>(QStringLiteral("DirectConnectConnectionId"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        const QString label =
            fixture.provider->schema()
                .label(*fixture.provider->schema().field(QStringLiteral("DirectConnectConnectionId")))
                .toString();
        const QString message = errorText(fixture, QStringLiteral("DirectConnectConnectionId"));
        QVERIFY2(message.contains(label), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("DirectConnectConnectionId")), qPrintable(message));
    }

    void identifier_typedInFullWidthWithSpaces_isCorrectedWithANote_data() { languages_data(); }
    void identifier_typedInFullWidthWithSpaces_isCorrectedWithANote()
    {
        QFETCH(QString, language);
        Fixture fixture(QStringLiteral("aliyun"));
        QVERIFY(fixture.ok && fixture.page);
        fixture.context->setLanguage(language);
        fillOrder(fixture, QStringLiteral("ok"));
        auto* edit = fixture.find<QLineEdit>(QStringLiteral("PhysicalConnectionId"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        // As a Chinese input method types it, pasted with a space before and after.
        commit(edit, QStringLiteral(" ｐｃ－ｂｐ１ｈｐ０ "));
        leave(edit);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(edit->text(), QStringLiteral("pc-bp1hp0"));
        const QString note = errorText(fixture, QStringLiteral("PhysicalConnectionId"));
        QVERIFY2(note.contains(QStringLiteral("pc-bp1hp0")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1Char('\n')), qPrintable(note)); // both corrections are named
        QVERIFY(!note.contains(QStringLiteral("PhysicalConnectionId")));
        // A note, not an error: the order can go.
        QVERIFY(fixture.orderButton()->isEnabled());
        auto* line = fixture.find<QLabel>(QStringLiteral("PhysicalConnectionId_error"));
        QVERIFY(line->palette().color(QPalette::WindowText) != QColor(0xb0, 0x00, 0x20));

        // Typing again in the field removes the note.
        QTest::keyClick(edit, Qt::Key_End);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClicks(edit, QStringLiteral("x"));
        QVERIFY(errorText(fixture, QStringLiteral("PhysicalConnectionId")).isEmpty());
    }

    void enterInAFieldWithSpaces_ordersTheCorrectedValue()
    {
        Fixture fixture(QStringLiteral("volcengine"));
        QVERIFY(fixture.ok && fixture.page);
        fillOrder(fixture, QStringLiteral("ok"));
        auto* edit = fixture.find<QLineEdit>(QStringLiteral("DirectConnectConnectionId"));
        const QString id = edit->text();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClicks(edit, QStringLiteral("  "));
        // The Order button does not wait for the user to leave the field.
        QVERIFY(fixture.orderButton()->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(fixture.dialogShown());
        QCOMPARE(edit->text(), id);
        QVERIFY(!errorText(fixture, QStringLiteral("DirectConnectConnectionId")).isEmpty());
        fixture.dialog()->reject();
    }

    void documentedPrefix_isCheckedOnTheForm_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("aliyun") << QStringLiteral("aliyun") << QStringLiteral("PhysicalConnectionId")
                                << QStringLiteral("pc-");
        QTest::newRow("volcengine") << QStringLiteral("volcengine")
                                    << QStringLiteral("DirectConnectConnectionId") << QStringLiteral("dcc-");
    }
    void documentedPrefix_isCheckedOnTheForm()
    {
        QFETCH(QString, provider);
        QFETCH(QString, field);
        QFETCH(QString, prefix);
        Fixture fixture(provider);
        QVERIFY(fixture.ok && fixture.page);
        fillOrder(fixture, QStringLiteral("ok"));
        fill(fixture.page.get(), field, QStringLiteral("circuit 42"));
        QVERIFY(!fixture.orderButton()->isEnabled());
        QVERIFY2(errorText(fixture, field).contains(prefix), qPrintable(errorText(fixture, field)));
    }

    void aMessageAppearing_doesNotMoveTheFieldsBelow_data() { languages_data(); }
    void aMessageAppearing_doesNotMoveTheFieldsBelow()
    {
        QFETCH(QString, language);
        Fixture fixture(QStringLiteral("aliyun"));
        QVERIFY(fixture.ok && fixture.page);
        fixture.context->setLanguage(language);
        fillOrder(fixture, QStringLiteral("ok"));
        QVERIFY(QTest::qWaitForWindowExposed(fixture.page.get()));
        // The switch of language reaches the widgets as posted events: let them lay out first.
        QTest::qWait(50);
        auto* below = fixture.find<QWidget>(QStringLiteral("InstanceChargeType"));
        auto* orderButton = fixture.orderButton();
        const QPoint before = below->mapTo(fixture.page.get(), QPoint(0, 0));
        const QPoint buttonBefore = orderButton->mapTo(fixture.page.get(), QPoint(0, 0));
        // The longest message the field has: not ASCII, which names the characters allowed.
        auto* edit = fixture.find<QLineEdit>(QStringLiteral("PhysicalConnectionId"));
        edit->selectAll();
        commit(edit, QStringLiteral("pc-电路电路电路"));
        QVERIFY(!errorText(fixture, QStringLiteral("PhysicalConnectionId")).isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(below->mapTo(fixture.page.get(), QPoint(0, 0)), before);
        // The line shows the start of the message on one line; the tooltip has all of it.
        auto* line = fixture.find<QLabel>(QStringLiteral("PhysicalConnectionId_error"));
        QVERIFY(!line->text().isEmpty());
        QVERIFY(!line->text().contains(QLatin1Char('\n')));
        QVERIFY(line->fontMetrics().horizontalAdvance(line->text()) <= line->width());
        Q_UNUSED(buttonBefore);
    }
};

QTEST_MAIN(TestFormWords)
#include "tst_formwords.moc"
