#pragma once

#include <QString>
#include <QStringList>

namespace OrderDesk {

// A user-visible text that is translated when it is shown, not when it is made, so that
// a message produced before a language switch still appears in the new language.
// The source text is English, marked with QT_TRANSLATE_NOOP at its definition so that
// lupdate collects it into translations/orderdesk_zh_CN.ts; %1, %2 … are filled from args
// (args are data such as a field name or a number and are not translated).
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(const char* context, const char* sourceText, QStringList args = {});

    LocalizedText arg(const QString& value) const;
    LocalizedText arg(qint64 value) const;

    bool isEmpty() const { return m_source == nullptr; }
    const char* context() const { return m_context; }
    const char* sourceText() const { return m_source; }
    QStringList args() const { return m_args; }

    // In the language of the translators installed on the application now.
    QString toString() const;
    // Always English, for logs, the ledger and tests.
    QString toEnglish() const;

    bool operator==(const LocalizedText& other) const;

private:
    static QString fill(QString text, const QStringList& args);

    const char* m_context = nullptr;
    const char* m_source = nullptr;
    QStringList m_args;
};

} // namespace OrderDesk
