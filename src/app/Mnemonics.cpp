#include "Mnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QWidget>

namespace OrderDesk {

QChar Mnemonics::letterOf(const QString& text)
{
    // As QKeySequence::mnemonic() reads it: the first '&' not doubled marks the next character.
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('&'), i + 2)) {
        const QChar next = text.at(i + 1);
        if (next != QLatin1Char('&'))
            return next.isPrint() ? next.toUpper() : QChar();
    }
    return {};
}

QString Mnemonics::inWidgets(const QWidget* root, const QWidget* skip)
{
    QString letters;
    const auto add = [&letters](const QString& text) {
        const QChar letter = letterOf(text);
        if (!letter.isNull() && !letters.contains(letter))
            letters += letter;
    };
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        // A dialog is a window of its own, with its own letters.
        if (widget->window() != root->window() || (skip && (widget == skip || skip->isAncestorOf(widget))))
            continue;
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            add(button->text());
        else if (const auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy())
            add(label->text());
        else if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            add(group->title());
        else if (const auto* menuBar = qobject_cast<const QMenuBar*>(widget)) {
            for (const QAction* action : menuBar->actions())
                add(action->text());
        }
    }
    return letters;
}

} // namespace OrderDesk
