#pragma once

#include <QStyledItemDelegate>

namespace OrderDesk {

// The product table's editors, one kind per column as HuaweiProductColumns describes it: a
// list of plain names for a code, a spin box for a whole number, a line for text. The cells
// keep the code the API receives; a code's cell shows its plain name.
class ProductCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProductCellDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // What a cell shows for the value it holds, in the current language.
    static QString displayedText(int column, const QString& value);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace OrderDesk
