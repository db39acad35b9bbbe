#pragma once

// Sets an order form's input named after an API field to a value, whatever kind of input it is:
// for the suites that need a filled form rather than a test of typing (tst_mnemonics, the team
// ledger's window suite). OrderPageFixture types into the fields instead.

#include "ProductInfosEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QWidget>

namespace FormFill {

inline void fill(QWidget* form, const QString& name, const QString& value)
{
    QWidget* input = form->findChild<QWidget*>(name);
    QVERIFY2(input, qPrintable(name));
    if (auto* edit = qobject_cast<QLineEdit*>(input)) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, value);
    } else if (auto* spin = qobject_cast<QSpinBox*>(input)) {
        spin->setValue(value.toInt());
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        combo->setCurrentIndex(combo->findData(value));
    } else if (auto* check = qobject_cast<QCheckBox*>(input)) {
        check->setChecked(value == QLatin1String("true"));
    } else if (auto* products = qobject_cast<OrderDesk::ProductInfosEditor*>(input)) {
        QVERIFY(products->setValue(value));
    } else {
        QFAIL(qPrintable(QStringLiteral("no input for ") + name));
    }
}

} // namespace FormFill
