#pragma once

#include "providers/OrderRequest.h"
#include "providers/ValidationIssue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace OrderDesk {

class Provider;
struct FieldSpec;

// Ties a provider's Designer form to its FormSchema, so that the widgets hold no knowledge of
// the provider: for every field it finds the input named after the API field, the QLabel
// whose buddy it is and the QLabel "<field>_error"; fills labels, tooltips, placeholders and
// choices from the schema in the current language (again on every language change); reads
// the order from the inputs (an integer stays as typed: a value out of range is marked by the
// validation, never clamped); and shows the
// validation messages of the fields the user has touched, in words of the form (its labels,
// not the API's names). Each message line keeps its height when empty and shows one line
// (elided, the whole text in its tooltip), so that a message never moves the fields below it.
// Text inputs are corrected when the user leaves them (FieldNormalizer), with a note.
//
// Inputs by field type: Text QLineEdit, Integer QSpinBox, Choice QComboBox (the API value in
// Qt::UserRole), Boolean QCheckBox, JsonArray ProductInfosEditor or QPlainTextEdit.
class FormBinder : public QObject
{
    Q_OBJECT

public:
    // The form must outlive the binder; making the binder a child of the form does that.
    FormBinder(const Provider& provider, QWidget* form, QObject* parent = nullptr);
    ~FormBinder() override;

    const Provider& provider() const { return m_provider; }
    QWidget* form() const { return m_form; }
    QWidget* input(const QString& field) const;
    QLabel* label(const QString& field) const;
    QLabel* errorLabel(const QString& field) const;
    // "<field>", "<field>_label" or "<field>_error" for each schema field the form lacks a
    // widget of the right kind for; empty for a complete form.
    QStringList missingWidgets() const;

    // Letters the page and the window around the form use as mnemonics, so that the labels
    // take others. The form's own buttons (the product table's) keep theirs as well.
    void setReservedMnemonics(const QString& letters);

    // The parameters as the inputs hold them; empty texts are left out.
    OrderRequest request() const;
    QString value(const QString& field) const;
    // Sets a field for the user (a default, a prefill): it does not count as touched.
    void setValue(const QString& field, const QString& value);

    // The messages are shown next to the fields the user has touched, or next to all of them
    // after revealAll(). Messages about no field of the form are generalIssues().
    void setIssues(const QList<ValidationIssue>& issues);
    QList<ValidationIssue> issues() const { return m_issues; }
    QList<ValidationIssue> generalIssues() const;
    // The labels (as the form shows them, without mnemonics) of the fields that have a
    // problem, in the form's order: what the Order button waits for.
    QStringList labelsWithIssues() const;
    // Corrects the slips Provider::normalized corrects in every text input (the order is about
    // to be placed), showing a note beside each field that changed.
    void normalizeAll();
    // The notes shown beside the fields: what OrderDesk corrected in them.
    QList<ValidationIssue> notes() const { return m_notes; }
    void revealAll();
    // A fresh form for the next order: nothing counts as touched any more.
    void resetTouched();
    bool isTouched(const QString& field) const { return m_revealAll || m_touched.contains(field); }

    // Labels, tooltips, placeholders, choices and messages in the current language. Runs by
    // itself on the form's QEvent::LanguageChange.
    void retranslate();

Q_SIGNALS:
    // A value changed, by the user or by the program.
    void changed();
    // The user changed a value (typing, choosing, clicking), not the program.
    void edited();
    // Enter was pressed in a text input: the page's default action.
    void submitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Binding
    {
        const FieldSpec* field = nullptr;
        QPointer<QWidget> input;
        QPointer<QLabel> label;
        QPointer<QLabel> error;
    };

    void bind();
    void connectInput(const Binding& binding);
    void applyDefaults();
    void onInputChanged(const QString& field);
    void renderIssues();
    // Applies the corrections to one text input; returns whether it changed.
    bool normalizeField(const Binding& binding);
    void showMessage(QLabel* label, const QString& text, bool isError);
    void elideMessage(QLabel* label);
    void applyErrorStyle();
    const Binding* binding(const QString& field) const;
    // The letters of the form's buttons that are not inputs of a field.
    QString buttonMnemonics() const;

    const Provider& m_provider;
    QWidget* m_form;
    QList<Binding> m_bindings;
    QString m_reservedMnemonics;
    QList<ValidationIssue> m_issues;
    QList<ValidationIssue> m_notes;
    QSet<QString> m_touched;
    bool m_revealAll = false;
    int m_programmatic = 0; // > 0 while the binder itself changes inputs
};

} // namespace OrderDesk
