#pragma once

// Which Alt+letter each visible control of a window claims, and the check that no two claim the
// same: shared by the suites that open windows (tst_mnemonics, the team ledger's window suite).

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>
#include <QWidget>

namespace MnemonicCheck {

// The text a standard button of a dialog button box shows under the GNOME and KDE platform
// themes, which give OK, Save, Cancel and Close a mnemonic that the offscreen (and Windows)
// theme does not: those letters are taken on a Linux desktop.
inline QString desktopThemeText(QDialogButtonBox::StandardButton button)
{
    switch (button) {
    case QDialogButtonBox::Ok:
        return QStringLiteral("&OK");
    case QDialogButtonBox::Save:
        return QStringLiteral("&Save");
    case QDialogButtonBox::Cancel:
        return QStringLiteral("&Cancel");
    case QDialogButtonBox::Close:
        return QStringLiteral("&Close");
    case QDialogButtonBox::Yes:
        return QStringLiteral("&Yes");
    case QDialogButtonBox::No:
        return QStringLiteral("&No");
    default:
        return {};
    }
}

// The text the platform theme gives a standard button here, in the current language.
inline QString offscreenThemeText(QDialogButtonBox::StandardButton button)
{
    switch (button) {
    case QDialogButtonBox::Ok:
        return QCoreApplication::translate("QPlatformTheme", "OK");
    case QDialogButtonBox::Save:
        return QCoreApplication::translate("QPlatformTheme", "Save");
    case QDialogButtonBox::Cancel:
        return QCoreApplication::translate("QPlatformTheme", "Cancel");
    case QDialogButtonBox::Close:
        return QCoreApplication::translate("QPlatformTheme", "Close");
    default:
        return {};
    }
}

struct Claim
{
    QChar letter;
    QString owner;
};

inline QChar mnemonicLetter(const QString& text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    if (sequence.isEmpty())
        return {};
    return QChar(static_cast<char16_t>(sequence[0].key())).toUpper();
}

// Every Alt+letter a user can press in the window now: visible buttons, check boxes and radio
// buttons, labels with a buddy, group boxes, tabs and the menu bar's menus.
inline QList<Claim> claims(QWidget* window)
{
    QList<Claim> found;
    const auto add = [&found](const QString& text, const QWidget* widget) {
        const QChar letter = mnemonicLetter(text);
        if (!letter.isNull())
            found.append({letter, QStringLiteral("%1 \"%2\"").arg(widget->objectName(), text)});
    };
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            QString text = button->text();
            if (auto* box = qobject_cast<QDialogButtonBox*>(button->parentWidget())) {
                const QDialogButtonBox::StandardButton which = box->standardButton(button);
                if (which != QDialogButtonBox::NoButton && text == offscreenThemeText(which))
                    text = desktopThemeText(which);
            }
            add(text, button);
        } else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            add(label->text(), label);
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            add(group->title(), group);
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), tabs);
        } else if (auto* menuBar = qobject_cast<QMenuBar*>(widget)) {
            for (const QAction* action : menuBar->actions()) {
                if (action->isVisible())
                    add(action->text(), menuBar);
            }
        }
    }
    return found;
}

// Fails on any letter that two widgets of the window claim.
inline void verifyUnique(QWidget* window, const QString& state)
{
    QVERIFY2(window && window->isVisible(), qPrintable(state));
    const QList<Claim> found = claims(window);
    QStringList clashes;
    for (qsizetype i = 0; i < found.size(); ++i) {
        for (qsizetype j = i + 1; j < found.size(); ++j) {
            if (found.at(i).letter == found.at(j).letter)
                clashes << QStringLiteral("Alt+%1: %2 and %3")
                               .arg(found.at(i).letter, found.at(i).owner, found.at(j).owner);
        }
    }
    QVERIFY2(clashes.isEmpty(),
             qPrintable(state + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
    QVERIFY2(!found.isEmpty(), qPrintable(state + QStringLiteral(": no mnemonic found")));
}

} // namespace MnemonicCheck
