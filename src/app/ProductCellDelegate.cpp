#include "ProductCellDelegate.h"

#include "providers/huaweicloud/HuaweiProductColumns.h"

#include <QComboBox>
#include <QSpinBox>

#include <limits>

namespace OrderDesk {

namespace {

const HuaweiProductColumn* columnAt(int index)
{
    const QList<HuaweiProductColumn>& columns = HuaweiProductColumns::columns();
    return index >= 0 && index < columns.size() ? &columns.at(index) : nullptr;
}

} // namespace

ProductCellDelegate::ProductCellDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QString ProductCellDelegate::displayedText(int column, const QString& value)
{
    const HuaweiProductColumn* spec = columnAt(column);
    if (!spec || spec->kind != HuaweiProductColumn::Kind::Choice || value.isEmpty())
        return value;
    const LocalizedText label = HuaweiProductColumns::choiceLabel(*spec, value);
    // A code from a pasted or recorded list that OrderDesk has no name for shows as it is.
    return label.isEmpty() ? value : label.toString();
}

QWidget* ProductCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    const HuaweiProductColumn* spec = columnAt(index.column());
    if (spec && spec->kind == HuaweiProductColumn::Kind::Choice) {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("productCellChoice"));
        for (const FieldChoice& choice : spec->choices) {
            combo->addItem(HuaweiProductColumns::choiceLabel(*spec, choice.value).toString(), choice.value);
            //: The tooltip of a choice: %1 is the code the provider receives
            combo->setItemData(combo->count() - 1, tr("Code: %1").arg(choice.value), Qt::ToolTipRole);
        }
        // Chosen is chosen: the table takes it at once, as a form's list does.
        auto* self = const_cast<ProductCellDelegate*>(this); // createEditor is const; commitData is not
        connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }
    if (spec && spec->kind == HuaweiProductColumn::Kind::WholeNumber) {
        auto* spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("productCellNumber"));
        // The API's own range: a JSON whole number from 0 to 2147483647.
        spin->setRange(0, std::numeric_limits<int>::max());
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ProductCellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (!value.isEmpty() && combo->findData(value) < 0)
            combo->addItem(value, value);
        combo->setCurrentIndex(value.isEmpty() ? -1 : combo->findData(value));
        return;
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        bool ok = false;
        const int number = value.toInt(&ok);
        spin->setValue(ok ? number : 0);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ProductCellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData().toString(), Qt::EditRole);
        return;
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, QString::number(spin->value()), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ProductCellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = displayedText(index.column(), index.data(Qt::DisplayRole).toString());
}

} // namespace OrderDesk
