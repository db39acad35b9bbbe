#include "FormBinder.h"

#include "Mnemonics.h"
#include "ProductInfosEditor.h"
#include "providers/Provider.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <limits>

namespace OrderDesk {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// The text with '&' marking the character at `position` (none for -1), its own '&'s doubled.
QString markMnemonic(const QString& text, qsizetype position)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i == position)
            result += QLatin1Char('&');
        result += text.at(i) == QLatin1Char('&') ? QStringLiteral("&&") : QString(text.at(i));
    }
    return result;
}

// Mnemonics for a form's labels, each letter used once and none of `reserved`: as many labels
// as possible get one (a matching of labels to letters), initial letters of words first. A
// Chinese label left without a Latin letter of its own gets one appended as "(&X)", as Chinese
// software shows it; an English one goes without, since "Period(N)" would look wrong.
QStringList withMnemonics(const QStringList& texts, const QStringList& fieldNames, const QString& reserved)
{
    struct Candidate
    {
        QChar letter;
        qsizetype position;
        bool wordStart;
    };
    QList<QList<Candidate>> candidates;
    for (const QString& text : texts) {
        QList<Candidate> list;
        QSet<QChar> seen;
        for (const bool wordStartsOnly : {true, false}) {
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar letter = text.at(i).toUpper();
                const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
                if (!isAsciiLetter(letter) || (wordStartsOnly && !wordStart) || seen.contains(letter) ||
                    reserved.contains(letter))
                    continue;
                seen.insert(letter);
                list.append({letter, i, wordStart});
            }
        }
        candidates.append(list);
    }

    QHash<QChar, qsizetype> owner;
    QList<qsizetype> position(texts.size(), -1);
    // Kuhn's augmenting paths: a label may take a letter from another that can move to a different one.
    std::function<bool(qsizetype, bool, QSet<QChar>&)> assign = [&](qsizetype label, bool wordStartsOnly,
                                                                    QSet<QChar>& visited) {
        for (const Candidate& candidate : std::as_const(candidates[label])) {
            if ((wordStartsOnly && !candidate.wordStart) || visited.contains(candidate.letter))
                continue;
            visited.insert(candidate.letter);
            const qsizetype holder = owner.value(candidate.letter, -1);
            if (holder < 0 || assign(holder, wordStartsOnly, visited)) {
                owner.insert(candidate.letter, label);
                position[label] = candidate.position;
                return true;
            }
        }
        return false;
    };
    for (const bool wordStartsOnly : {true, false}) {
        for (qsizetype label = 0; label < texts.size(); ++label) {
            QSet<QChar> visited;
            if (position.at(label) < 0)
                assign(label, wordStartsOnly, visited);
        }
    }

    QSet<QChar> used(reserved.cbegin(), reserved.cend());
    for (auto it = owner.cbegin(); it != owner.cend(); ++it)
        used.insert(it.key());
    QStringList result;
    for (qsizetype label = 0; label < texts.size(); ++label) {
        const QString& text = texts.at(label);
        QString marked = markMnemonic(text, position.at(label));
        const bool latinOnly =
            std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (position.at(label) < 0 && !latinOnly) {
            // A letter of the API name, which the user may know the field by, else any free one.
            const QString letters =
                fieldNames.value(label).toUpper() + QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            for (const QChar letter : letters) {
                if (isAsciiLetter(letter) && !used.contains(letter)) {
                    used.insert(letter);
                    marked += QStringLiteral("(&") + letter + QLatin1Char(')');
                    break;
                }
            }
        }
        result.append(marked);
    }
    return result;
}

// Wider than any field's range, so that the box never changes what the user typed.
constexpr int kSpinBoxMaximum = 99999999;

// The value a fresh form shows: the provider's default, else the seed page's example.
QString initialValue(const FieldSpec& field)
{
    return field.defaultValue.isEmpty() ? field.example : field.defaultValue;
}

QStringList messagesAbout(const FormSchema& schema, const QList<ValidationIssue>& issues,
                          const QString& field)
{
    QStringList texts;
    for (const ValidationIssue& issue : issues) {
        if (issue.field == field)
            texts.append(schema.messageOnForm(issue));
    }
    texts.removeDuplicates();
    return texts;
}

// Where a message line keeps the whole text: elision leaves only what fits on its one line.
const char* const kFullTextProperty = "orderdeskFullText";
const char* const kIsErrorProperty = "orderdeskIsError";

} // namespace

FormBinder::FormBinder(const Provider& provider, QWidget* form, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_form(form)
{
    bind();
    ++m_programmatic;
    applyDefaults();
    --m_programmatic;
    retranslate();
    applyErrorStyle();
    m_form->installEventFilter(this);
}

FormBinder::~FormBinder() = default;

void FormBinder::bind()
{
    const QList<QLabel*> labels = m_form->findChildren<QLabel*>();
    for (const FieldSpec& field : m_provider.schema().fields()) {
        Binding binding;
        binding.field = &field;
        binding.input = m_form->findChild<QWidget*>(field.name);
        binding.error = m_form->findChild<QLabel*>(field.name + QStringLiteral("_error"));
        for (QLabel* label : labels) {
            if (binding.input && label->buddy() == binding.input)
                binding.label = label;
        }
        if (binding.error) {
            binding.error->setWordWrap(false);
            binding.error->setTextFormat(Qt::PlainText);
            binding.error->clear();
            // Its line is there before any message: a message appearing moves nothing.
            binding.error->setMinimumHeight(binding.error->fontMetrics().lineSpacing());
            QSizePolicy policy = binding.error->sizePolicy();
            policy.setHorizontalPolicy(QSizePolicy::Ignored);
            policy.setRetainSizeWhenHidden(true);
            binding.error->setSizePolicy(policy);
            binding.error->installEventFilter(this);
        }
        m_bindings.append(binding);
        connectInput(m_bindings.last());
    }
}

void FormBinder::connectInput(const Binding& binding)
{
    const QString name = binding.field->name;
    const auto changed = [this, name] { onInputChanged(name); };
    QWidget* input = binding.input;
    if (auto* edit = qobject_cast<QLineEdit*>(input)) {
        connect(edit, &QLineEdit::textChanged, this, changed);
        // Leaving a field counts as touching it, so that a skipped required field says so.
        connect(edit, &QLineEdit::editingFinished, this, [this, name] {
            const Binding* found = this->binding(name);
            const bool corrected = found && normalizeField(*found);
            if (corrected || !m_touched.contains(name)) {
                m_touched.insert(name);
                renderIssues();
            }
        });
        connect(edit, &QLineEdit::returnPressed, this, &FormBinder::submitRequested);
    } else if (auto* spin = qobject_cast<QSpinBox*>(input)) {
        connect(spin, &QSpinBox::valueChanged, this, changed);
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    } else if (auto* check = qobject_cast<QCheckBox*>(input)) {
        connect(check, &QCheckBox::toggled, this, changed);
    } else if (auto* products = qobject_cast<ProductInfosEditor*>(input)) {
        connect(products, &ProductInfosEditor::changed, this, changed);
        // Its buttons take their letters in the new language after the form's labels did.
        connect(products, &ProductInfosEditor::retranslated, this, &FormBinder::retranslate);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(input)) {
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    }
}

void FormBinder::applyDefaults()
{
    for (const Binding& binding : std::as_const(m_bindings)) {
        const FieldSpec& field = *binding.field;
        if (auto* combo = qobject_cast<QComboBox*>(binding.input)) {
            combo->clear();
            for (const FieldChoice& choice : field.choices)
                combo->addItem(choice.value, choice.value);
            const int index = combo->findData(initialValue(field));
            combo->setCurrentIndex(std::max(index, 0));
        } else if (auto* spin = qobject_cast<QSpinBox*>(binding.input)) {
            // Wide enough never to change what the user typed: a value out of the field's range
            // stays as typed and is marked with the range (validation), instead of being clamped.
            spin->setRange(0, kSpinBoxMaximum);
            bool ok = false;
            const int start = initialValue(field).toInt(&ok);
            spin->setValue(ok ? start : spin->minimum());
        } else if (auto* check = qobject_cast<QCheckBox*>(binding.input)) {
            check->setChecked(initialValue(field) == QLatin1String("true"));
        }
    }
}

QWidget* FormBinder::input(const QString& field) const
{
    const Binding* found = binding(field);
    return found ? found->input.data() : nullptr;
}

QLabel* FormBinder::label(const QString& field) const
{
    const Binding* found = binding(field);
    return found ? found->label.data() : nullptr;
}

QLabel* FormBinder::errorLabel(const QString& field) const
{
    const Binding* found = binding(field);
    return found ? found->error.data() : nullptr;
}

QStringList FormBinder::missingWidgets() const
{
    QStringList missing;
    for (const Binding& binding : m_bindings) {
        const FieldSpec& field = *binding.field;
        QWidget* input = binding.input;
        bool rightKind = false;
        switch (field.type) {
        case FieldType::Text:
            rightKind = qobject_cast<QLineEdit*>(input);
            break;
        case FieldType::Integer:
            rightKind = qobject_cast<QSpinBox*>(input);
            break;
        case FieldType::Choice:
            rightKind = qobject_cast<QComboBox*>(input);
            break;
        case FieldType::Boolean:
            rightKind = qobject_cast<QCheckBox*>(input);
            break;
        case FieldType::JsonArray:
            rightKind = qobject_cast<ProductInfosEditor*>(input) || qobject_cast<QPlainTextEdit*>(input);
            break;
        }
        if (!rightKind)
            missing.append(field.name);
        if (!binding.label)
            missing.append(field.name + QStringLiteral("_label"));
        if (!binding.error)
            missing.append(field.name + QStringLiteral("_error"));
    }
    return missing;
}

void FormBinder::setReservedMnemonics(const QString& letters)
{
    if (m_reservedMnemonics == letters.toUpper())
        return;
    m_reservedMnemonics = letters.toUpper();
    retranslate();
}

OrderRequest FormBinder::request() const
{
    OrderRequest request;
    for (const Binding& binding : m_bindings) {
        const QString text = value(binding.field->name);
        if (!text.isEmpty())
            request.params.insert(binding.field->name, text);
    }
    return request;
}

QString FormBinder::value(const QString& field) const
{
    QWidget* input = this->input(field);
    if (auto* edit = qobject_cast<QLineEdit*>(input))
        return edit->text();
    if (auto* spin = qobject_cast<QSpinBox*>(input))
        return QString::number(spin->value());
    if (auto* combo = qobject_cast<QComboBox*>(input))
        return combo->currentData().toString();
    if (auto* check = qobject_cast<QCheckBox*>(input))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto* products = qobject_cast<ProductInfosEditor*>(input))
        return products->value();
    if (auto* text = qobject_cast<QPlainTextEdit*>(input))
        return text->toPlainText();
    return {};
}

void FormBinder::setValue(const QString& field, const QString& value)
{
    QWidget* input = this->input(field);
    ++m_programmatic;
    if (auto* edit = qobject_cast<QLineEdit*>(input)) {
        edit->setText(value);
    } else if (auto* spin = qobject_cast<QSpinBox*>(input)) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (ok)
            spin->setValue(number);
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        const int index = combo->findData(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
    } else if (auto* check = qobject_cast<QCheckBox*>(input)) {
        check->setChecked(value == QLatin1String("true"));
    } else if (auto* products = qobject_cast<ProductInfosEditor*>(input)) {
        products->setValue(value);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(input)) {
        text->setPlainText(value);
    }
    --m_programmatic;
}

void FormBinder::setIssues(const QList<ValidationIssue>& issues)
{
    m_issues = issues;
    renderIssues();
}

QList<ValidationIssue> FormBinder::generalIssues() const
{
    QList<ValidationIssue> general;
    for (const ValidationIssue& issue : m_issues) {
        if (!errorLabel(issue.field))
            general.append(issue);
    }
    return general;
}

QStringList FormBinder::labelsWithIssues() const
{
    QStringList labels;
    for (const Binding& binding : m_bindings) {
        const bool hasIssue =
            std::any_of(m_issues.cbegin(), m_issues.cend(), [&binding](const ValidationIssue& issue) {
                return issue.field == binding.field->name;
            });
        if (hasIssue)
            labels.append(m_provider.schema().label(*binding.field).toString());
    }
    return labels;
}

void FormBinder::normalizeAll()
{
    bool corrected = false;
    for (const Binding& binding : std::as_const(m_bindings))
        corrected = normalizeField(binding) || corrected;
    if (corrected)
        renderIssues();
}

bool FormBinder::normalizeField(const Binding& binding)
{
    auto* edit = qobject_cast<QLineEdit*>(binding.input);
    if (!edit)
        return false;
    const FieldSpec& field = *binding.field;
    const FieldNormalizer::Result result =
        FieldNormalizer::normalize(edit->text(), field.type, m_provider.isIdentifier(field));
    if (!result.changed())
        return false;
    ++m_programmatic;
    edit->setText(result.value);
    --m_programmatic;
    // The note replaces an earlier one: it says what this correction did.
    m_notes.erase(std::remove_if(m_notes.begin(), m_notes.end(),
                                 [&field](const ValidationIssue& note) { return note.field == field.name; }),
                  m_notes.end());
    m_notes.append(FieldNormalizer::notes(field.name, result));
    return true;
}

void FormBinder::revealAll()
{
    m_revealAll = true;
    renderIssues();
}

void FormBinder::resetTouched()
{
    m_touched.clear();
    m_notes.clear();
    m_revealAll = false;
    renderIssues();
}

void FormBinder::retranslate()
{
    const FormSchema& schema = m_provider.schema();
    QStringList labels;
    QStringList names;
    for (const Binding& binding : std::as_const(m_bindings)) {
        labels.append(schema.label(*binding.field).toString());
        names.append(binding.field->name);
    }
    const QStringList marked = withMnemonics(labels, names, m_reservedMnemonics + buttonMnemonics());
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        const Binding& binding = m_bindings.at(i);
        const FieldSpec& field = *binding.field;
        const QString& label = labels.at(i);
        const QString help = schema.help(field).toString();
        if (binding.label) {
            if (field.required && !field.generated)
                //: A form label of a field that must be filled in: %1 is the field's name
                binding.label->setText(tr("%1 *:").arg(marked.at(i)));
            else
                //: A form label: %1 is the field's name
                binding.label->setText(tr("%1:").arg(marked.at(i)));
            binding.label->setToolTip(help);
        }
        QWidget* input = binding.input;
        if (!input)
            continue;
        input->setToolTip(help);
        if (auto* edit = qobject_cast<QLineEdit*>(input)) {
            edit->setPlaceholderText(field.generated ? tr("Filled in automatically") : field.example);
        } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
            for (int item = 0; item < combo->count(); ++item) {
                const QString value = combo->itemData(item).toString();
                for (const FieldChoice& choice : field.choices) {
                    if (choice.value == value)
                        combo->setItemText(item,
                                           choice.label ? schema.choiceLabel(choice).toString() : value);
                }
            }
        } else if (auto* check = qobject_cast<QCheckBox*>(input)) {
            QString text = label;
            for (const FieldChoice& choice : field.choices) {
                if (choice.value == QLatin1String("true") && choice.label)
                    text = schema.choiceLabel(choice).toString();
            }
            // The row's label carries the mnemonic; an ampersand here is text.
            check->setText(text.replace(QLatin1Char('&'), QStringLiteral("&&")));
        }
    }
    renderIssues();
}

bool FormBinder::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (auto* label = qobject_cast<QLabel*>(watched); label && label != m_form)
            elideMessage(label);
    }
    if (watched == m_form) {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        else if (event->type() == QEvent::PaletteChange)
            applyErrorStyle();
    }
    return QObject::eventFilter(watched, event);
}

void FormBinder::onInputChanged(const QString& field)
{
    const bool byUser = m_programmatic == 0;
    if (byUser) {
        m_touched.insert(field);
        const auto before = m_notes.size();
        m_notes.erase(std::remove_if(m_notes.begin(), m_notes.end(),
                                     [&field](const ValidationIssue& note) { return note.field == field; }),
                      m_notes.end());
        if (m_notes.size() != before)
            renderIssues();
    }
    Q_EMIT changed();
    if (byUser)
        Q_EMIT edited();
}

void FormBinder::renderIssues()
{
    const FormSchema& schema = m_provider.schema();
    for (const Binding& binding : std::as_const(m_bindings)) {
        const QString name = binding.field->name;
        const QStringList errors = isTouched(name) ? messagesAbout(schema, m_issues, name) : QStringList();
        const QStringList notes = messagesAbout(schema, m_notes, name);
        const bool isError = !errors.isEmpty();
        const QString text = (isError ? errors : notes).join(QLatin1Char('\n'));
        if (binding.error)
            showMessage(binding.error, text, isError);
        if (binding.input)
            binding.input->setAccessibleDescription(text);
    }
}

void FormBinder::showMessage(QLabel* label, const QString& text, bool isError)
{
    label->setProperty(kFullTextProperty, text);
    label->setProperty(kIsErrorProperty, isError);
    label->setToolTip(text);
    const bool dark = m_form->palette().color(QPalette::Window).lightness() < 128;
    // Red that stays readable on the light and on the dark palette; a note in the text colour.
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    QPalette palette = m_form->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, red);
    label->setPalette(palette);
    elideMessage(label);
}

void FormBinder::elideMessage(QLabel* label)
{
    const QString full = label->property(kFullTextProperty).toString();
    // One line: the first message, shortened to the width there is.
    QString line = full.section(QLatin1Char('\n'), 0, 0);
    if (full.contains(QLatin1Char('\n')))
        line += QStringLiteral(" …");
    const int width = label->width() > 0 ? label->width() : label->sizeHint().width();
    const QString shown = label->fontMetrics().elidedText(line, Qt::ElideRight, width);
    if (label->text() != shown)
        label->setText(shown);
}

void FormBinder::applyErrorStyle()
{
    for (const Binding& binding : std::as_const(m_bindings)) {
        if (binding.error)
            showMessage(binding.error, binding.error->property(kFullTextProperty).toString(),
                        binding.error->property(kIsErrorProperty).toBool());
    }
}

QString FormBinder::buttonMnemonics() const
{
    QString letters;
    for (const QAbstractButton* button : m_form->findChildren<QAbstractButton*>()) {
        const bool input =
            std::any_of(m_bindings.cbegin(), m_bindings.cend(),
                        [button](const Binding& binding) { return binding.input.data() == button; });
        const QChar letter = Mnemonics::letterOf(button->text());
        if (!input && !letter.isNull())
            letters += letter;
    }
    return letters;
}

const FormBinder::Binding* FormBinder::binding(const QString& field) const
{
    for (const Binding& binding : m_bindings) {
        if (binding.field->name == field)
            return &binding;
    }
    return nullptr;
}

} // namespace OrderDesk
