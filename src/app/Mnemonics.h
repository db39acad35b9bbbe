#pragma once

#include <QChar>
#include <QString>

class QWidget;

namespace OrderDesk {

// The keyboard mnemonics (Alt+letter) that widgets take, so that labels generated at run time
// (FormBinder's) keep clear of the letters of the page and the window around them.
class Mnemonics
{
public:
    // The letter a text marks with '&' ("Order &ID:" → I, "订单号(&I)：" → I), upper case, or a
    // null QChar when it marks none.
    static QChar letterOf(const QString& text);
    // The letters of the buttons, group boxes, labels with a buddy and menu bar menus under
    // `root` in its window, outside `skip`. Hidden widgets count too: they take their letter
    // when shown.
    static QString inWidgets(const QWidget* root, const QWidget* skip = nullptr);
};

} // namespace OrderDesk
