#include "MessageBox.h"

#include <QCoreApplication>

#include <optional>

namespace OrderDesk {

namespace {

// GUI-thread only, like every widget.
struct State
{
    std::optional<QMessageBox::StandardButton> nextAnswer;
    bool quiet = false;
    QString lastText;
    QString lastTitle;
    QMessageBox::Icon lastIcon = QMessageBox::NoIcon;
    int count = 0;
};

State& state()
{
    static State instance;
    return instance;
}

void record(QMessageBox::Icon icon, const QString& title, const QString& text)
{
    State& s = state();
    s.lastIcon = icon;
    s.lastTitle = title;
    s.lastText = text;
    ++s.count;
}

} // namespace

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Critical, title, text);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    record(QMessageBox::Question, title, text);
    State& s = state();
    if (s.nextAnswer) {
        const QMessageBox::StandardButton answer = *s.nextAnswer;
        s.nextAnswer.reset();
        return answer;
    }
    if (s.quiet)
        return defaultButton;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::aboutQt(QWidget* parent)
{
    // Qt's own title from Qt's own catalogue; passed through variables so that lupdate does not
    // copy it into OrderDesk's.
    const char* const context = "QMessageBox";
    const char* const source = "About Qt";
    record(QMessageBox::NoIcon, QCoreApplication::translate(context, source), QString());
    const State& s = state();
    if (s.quiet || s.nextAnswer)
        return;
    QMessageBox::aboutQt(parent);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().nextAnswer = answer;
}

void MessageBox::setQuiet(bool quiet)
{
    state().quiet = quiet;
}

QString MessageBox::lastText()
{
    return state().lastText;
}

QString MessageBox::lastTitle()
{
    return state().lastTitle;
}

QMessageBox::Icon MessageBox::lastIcon()
{
    return state().lastIcon;
}

int MessageBox::count()
{
    return state().count;
}

void MessageBox::reset()
{
    State& s = state();
    const bool quiet = s.quiet;
    s = State{};
    s.quiet = quiet;
}

void MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    record(icon, title, text);
    const State& s = state();
    if (s.quiet || s.nextAnswer)
        return;
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace OrderDesk
