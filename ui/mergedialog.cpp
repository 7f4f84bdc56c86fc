#include "mergedialog.h"

#include <catalogue/livre.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gui {

MergeDialog::MergeDialog(const QString &bookTitle, const QList<Field> &fields,
                         const QHash<QString, QWidget *> &editorOf, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Someone else changed this book"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
            tr("<p><b>Someone else saved changes to « %1 » while you were editing it.</b></p>"
               "<p>Nothing has been overwritten yet. For each field below, choose what to keep: their value, yours, "
               "or a value you write yourself. Your other changes are saved with it.</p>")
                    .arg(bookTitle.toHtmlEscaped()),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inside = new QWidget(scroll);
    auto *rows = new QVBoxLayout(inside);
    rows->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(inside);
    layout->addWidget(scroll, 1);

    for (const Field &field : fields) {
        Row row;
        row.field = field;
        auto *box = new QGroupBox(field.label, inside);
        box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }"));
        box->setObjectName(QStringLiteral("merge_") + field.attribute);
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        auto *before = new QLabel(tr("Before both changes: %1").arg(display(row, field.before)), box);
        before->setStyleSheet(QStringLiteral("color: #5f5f5f;"));
        before->setWordWrap(true);
        grid->addWidget(before, 0, 0, 1, 2);
        row.theirs = new QRadioButton(tr("Keep theirs:"), box);
        row.theirs->setToolTip(tr("The value the other person saved, as it is now in the catalogue"));
        auto *theirs = new QLabel(display(row, field.theirs), box);
        row.mine = new QRadioButton(tr("Keep yours:"), box);
        row.mine->setToolTip(tr("The value you typed, not saved yet"));
        auto *mine = new QLabel(display(row, field.mine), box);
        for (QLabel *label : {theirs, mine}) {
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setStyleSheet(QStringLiteral("font-weight: bold;"));
        }
        row.edited = new QRadioButton(tr("Keep this:"), box);
        row.edited->setToolTip(tr("Write the value to keep, for instance a mix of theirs and yours"));
        row.editor = makeEditor(editorOf.value(field.attribute), box);
        row.editor->setObjectName(QStringLiteral("mergeEditor_") + field.attribute);
        grid->addWidget(row.theirs, 1, 0);
        grid->addWidget(theirs, 1, 1);
        grid->addWidget(row.mine, 2, 0);
        grid->addWidget(mine, 2, 1);
        grid->addWidget(row.edited, 3, 0, Qt::AlignTop);
        grid->addWidget(row.editor, 3, 1);
        auto *group = new QButtonGroup(box);
        group->addButton(row.theirs);
        group->addButton(row.mine);
        group->addButton(row.edited);
        rows->addWidget(box);
        m_rows.append(row);

        const QString attribute = field.attribute;
        // A choice fills the box with its value, which the person may then change into a merge of both.
        connect(row.theirs, &QRadioButton::toggled, this, [this, attribute](bool on) {
            for (Row &r : m_rows) {
                if (on && r.field.attribute == attribute)
                    setEditorValue(r, r.field.theirs);
            }
            updateSave();
        });
        connect(row.mine, &QRadioButton::toggled, this, [this, attribute](bool on) {
            for (Row &r : m_rows) {
                if (on && r.field.attribute == attribute)
                    setEditorValue(r, r.field.mine);
            }
            updateSave();
        });
        connect(row.edited, &QRadioButton::toggled, this, &MergeDialog::updateSave);
        const auto edited = [this, attribute] { editorEdited(attribute); };
        if (auto *line = qobject_cast<QLineEdit *>(row.editor))
            connect(line, &QLineEdit::textEdited, this, edited);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor))
            connect(text, &QPlainTextEdit::textChanged, this, edited);
        else if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
            connect(spin, &QSpinBox::valueChanged, this, edited);
        else if (auto *price = qobject_cast<QDoubleSpinBox *>(row.editor))
            connect(price, &QDoubleSpinBox::valueChanged, this, edited);
        m_filling = true;
        setEditorValue(m_rows.last(), field.mine);
        m_filling = false;
    }
    rows->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save my choices"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveMerge"));
    QPushButton *back = buttons->addButton(tr("&Back to my changes"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backToChanges"));
    back->setToolTip(tr("Nothing is saved; the form keeps what you typed"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateSave();
    resize(640, std::min(720, 150 + 125 * int(m_rows.size())));
}

QWidget *MergeDialog::makeEditor(QWidget *like, QWidget *parent) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(like)) {
        auto *copy = new QSpinBox(parent);
        copy->setRange(spin->minimum(), spin->maximum());
        return copy;
    }
    if (auto *price = qobject_cast<QDoubleSpinBox *>(like)) {
        auto *copy = new QDoubleSpinBox(parent);
        copy->setDecimals(price->decimals());
        copy->setRange(price->minimum(), price->maximum());
        copy->setSpecialValueText(price->specialValueText());
        copy->setPrefix(price->prefix());
        copy->setSuffix(price->suffix());
        copy->setGroupSeparatorShown(true);
        return copy;
    }
    if (qobject_cast<QPlainTextEdit *>(like)) {
        auto *copy = new QPlainTextEdit(parent);
        copy->setTabChangesFocus(true);
        copy->setMaximumHeight(90);
        return copy;
    }
    return new QLineEdit(parent); // lines, and the genre (any text)
}

QString MergeDialog::display(const Row &row, const QVariant &value) const
{
    const bool empty = value.isNull() || value.toString().isEmpty();
    if (empty)
        return tr("(empty)");
    // The form shows a price in the locale's currency: so does the dialog, so that the person compares like with like.
    if (row.field.attribute == Catalogue::Livre::Prix)
        return locale().toCurrencyString(value.toDouble());
    QString text = value.toString();
    if (text.size() > 600)
        text = text.left(600) + u'…';
    return text;
}

QVariant MergeDialog::editorValue(const Row &row) const
{
    if (auto *line = qobject_cast<QLineEdit *>(row.editor))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor))
        return text->toPlainText();
    if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
        return spin->value();
    if (auto *price = qobject_cast<QDoubleSpinBox *>(row.editor))
        return price->value() < 0 ? QVariant() : QVariant(price->value());
    return {};
}

void MergeDialog::setEditorValue(const Row &row, const QVariant &value)
{
    const bool wasFilling = std::exchange(m_filling, true);
    if (auto *line = qobject_cast<QLineEdit *>(row.editor))
        line->setText(value.toString());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor))
        text->setPlainText(value.toString());
    else if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
        spin->setValue(value.isNull() ? spin->minimum() : value.toInt());
    else if (auto *price = qobject_cast<QDoubleSpinBox *>(row.editor))
        price->setValue(value.isNull() ? price->minimum() : value.toDouble());
    m_filling = wasFilling;
}

void MergeDialog::editorEdited(const QString &attribute)
{
    if (m_filling)
        return;
    for (Row &row : m_rows) {
        if (row.field.attribute == attribute)
            row.edited->setChecked(true);
    }
    updateSave();
}

void MergeDialog::updateSave()
{
    int open = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (choice(row.field.attribute) == Choice::None)
            ++open;
    }
    m_save->setEnabled(open == 0);
    m_save->setToolTip(open == 0 ? tr("Save the values chosen, and your other changes")
                                 : tr("Choose what to keep for %n more field(s) first", nullptr, open));
}

QVariantMap MergeDialog::values() const
{
    QVariantMap values;
    for (const Row &row : m_rows) {
        switch (choice(row.field.attribute)) {
        case Choice::Theirs:
            values.insert(row.field.attribute, row.field.theirs);
            break;
        case Choice::Mine:
            values.insert(row.field.attribute, row.field.mine);
            break;
        case Choice::Edited:
        case Choice::None:
            values.insert(row.field.attribute, editorValue(row));
            break;
        }
    }
    return values;
}

MergeDialog::Choice MergeDialog::choice(const QString &attribute) const
{
    for (const Row &row : m_rows) {
        if (row.field.attribute != attribute)
            continue;
        if (row.theirs->isChecked())
            return Choice::Theirs;
        if (row.mine->isChecked())
            return Choice::Mine;
        if (row.edited->isChecked())
            return Choice::Edited;
    }
    return Choice::None;
}

QRadioButton *MergeDialog::theirsButton(const QString &attribute) const
{
    for (const Row &row : m_rows) {
        if (row.field.attribute == attribute)
            return row.theirs;
    }
    return nullptr;
}

QRadioButton *MergeDialog::mineButton(const QString &attribute) const
{
    for (const Row &row : m_rows) {
        if (row.field.attribute == attribute)
            return row.mine;
    }
    return nullptr;
}

QRadioButton *MergeDialog::editedButton(const QString &attribute) const
{
    for (const Row &row : m_rows) {
        if (row.field.attribute == attribute)
            return row.edited;
    }
    return nullptr;
}

QWidget *MergeDialog::editor(const QString &attribute) const
{
    for (const Row &row : m_rows) {
        if (row.field.attribute == attribute)
            return row.editor;
    }
    return nullptr;
}

} // namespace Gui
