#include "ScreenshotTour.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "OrderFlowSupport.h"
#include "SimSandbox.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace OrderDesk {

ScreenshotTour::ScreenshotTour(const QString& language, const QDir& output)
    : m_language(language)
    , m_output(output)
{}

bool ScreenshotTour::waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void ScreenshotTour::save(QWidget* widget, const QString& name)
{
    if (!widget) {
        std::fprintf(stderr, "screenshot %s: nothing to show\n", qPrintable(name));
        return;
    }
    // Let layouts, fonts and pending repaints settle first.
    waitUntil([] { return false; }, 300);
    const QString file = m_output.filePath(name + QLatin1Char('_') + m_language + QStringLiteral(".png"));
    if (widget->grab().save(file)) {
        ++m_saved;
        std::printf("%s\n", qPrintable(file));
    } else {
        std::fprintf(stderr, "could not write %s\n", qPrintable(file));
    }
}

void ScreenshotTour::selectProvider(MainWindow& window, int row)
{
    if (auto* list = window.findChild<QListWidget*>(QStringLiteral("providerList")))
        list->setCurrentRow(row);
}

void ScreenshotTour::fillForm(QWidget* page, const QString& provider, const QString& word)
{
    if (!page)
        return;
    for (const QString& param : OrderFlowSupport::params(provider, word)) {
        const QString name = param.section(QLatin1Char('='), 0, 0);
        const QString value = param.section(QLatin1Char('='), 1);
        // OrderDesk generates the token for every new order; typing the seed's would resend it.
        if (name == QLatin1String("ClientToken"))
            continue;
        QWidget* input = page->findChild<QWidget*>(name);
        if (auto* edit = qobject_cast<QLineEdit*>(input)) {
            edit->setText(value);
        } else if (auto* spin = qobject_cast<QSpinBox*>(input)) {
            spin->setValue(value.toInt());
        } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
            const int index = combo->findData(value);
            combo->setCurrentIndex(index >= 0 ? index : combo->findText(value));
        } else if (auto* check = qobject_cast<QCheckBox*>(input)) {
            check->setChecked(value == QLatin1String("true") || value == QLatin1String("1"));
        } else if (input && input->metaObject()->indexOfMethod("setValue(QString)") >= 0) {
            QMetaObject::invokeMethod(input, "setValue", Q_ARG(QString, value));
        }
    }
}

QWidget* ScreenshotTour::waitForDialog(const char* objectName)
{
    QWidget* found = nullptr;
    waitUntil([&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->objectName() == QLatin1String(objectName) && top->isVisible())
                found = top;
        }
        return found != nullptr;
    });
    return found;
}

int ScreenshotTour::run()
{
    QTemporaryDir data;
    AppContext context(data.path(), SimSandbox::factory());
    context.initialize();
    context.setLanguage(m_language);
    MainWindow window(context);
    window.resize(1180, 760);
    window.show();
    waitUntil([&] { return window.isVisible(); });
    save(&window, QStringLiteral("main"));

    const QStringList providers = OrderFlowSupport::providers();
    for (int row = 0; row < providers.size(); ++row) {
        selectProvider(window, row);
        QWidget* page = window.findChild<QWidget*>(QStringLiteral("orderPage_") + providers.at(row));
        fillForm(page, providers.at(row), QStringLiteral("tour"));
        save(&window, QStringLiteral("form_") + providers.at(row));
    }

    // A first order with Alibaba Cloud: confirmation, then the outcome.
    selectProvider(window, 1);
    QWidget* page = window.findChild<QWidget*>(QStringLiteral("orderPage_aliyun"));
    auto* order = page ? page->findChild<QPushButton*>(QStringLiteral("orderButton")) : nullptr;
    if (order && waitUntil([&] { return order->isEnabled(); })) {
        order->click();
        QWidget* dialog = waitForDialog("confirmOrderDialog");
        save(dialog, QStringLiteral("confirm"));
        if (auto* box =
                dialog ? dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox")) : nullptr) {
            box->button(QDialogButtonBox::Ok)->click();
            auto* orderId = page->findChild<QLineEdit*>(QStringLiteral("outcomeOrderId"));
            waitUntil([&] { return orderId && !orderId->text().isEmpty(); });
            save(&window, QStringLiteral("placed"));
        }
    }

    // A refused order: the provider's error with the catalogue's explanation.
    fillForm(page, QStringLiteral("aliyun"), QStringLiteral("notfound"));
    if (order && waitUntil([&] { return order->isEnabled(); })) {
        order->click();
        if (QWidget* dialog = waitForDialog("confirmOrderDialog")) {
            if (auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox")))
                box->button(QDialogButtonBox::Ok)->click();
            waitUntil([&] { return !dialog->isVisible(); });
            waitUntil([&] { return order->isEnabled(); });
            save(&window, QStringLiteral("error"));
        }
    }

    if (auto* history = window.findChild<QAbstractButton*>(QStringLiteral("historyButton"))) {
        history->click();
        save(&window, QStringLiteral("history"));
    }

    // The About dialog: versions and licenses.
    if (auto* about = window.findChild<QAction*>(QStringLiteral("actionAbout"))) {
        about->trigger();
        if (auto* dialog = qobject_cast<QDialog*>(waitForDialog("aboutDialog"))) {
            save(dialog, QStringLiteral("about"));
            dialog->reject();
        }
    }
    return m_saved;
}

} // namespace OrderDesk
