#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QVariant>

class QAbstractButton;
class QPushButton;
class QRadioButton;

namespace Gui {

// A save refused because someone else changed some of the same fields of the book meanwhile: for each such field,
// what it held when this person began, what the other person saved (theirs) and what this person typed (mine).
// For each field the person keeps theirs, keeps mine, or writes the value to keep (a merge of the two); the dialog
// is accepted once every field has its choice, and values() gives the value to save for each. Saves nothing itself.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    struct Field
    {
        QString attribute;
        QString label; // the field's name as the form shows it
        QVariant before; // what the user started from
        QVariant theirs; // what is stored now
        QVariant mine; // what the user typed
    };
    enum class Choice { None, Theirs, Mine, Edited };

    // editorOf gives, for an attribute, the form's editor whose kind (line, text, number, price) the dialog's
    // editor copies; the dialog does not keep it.
    MergeDialog(const QString &bookTitle, const QList<Field> &fields, const QHash<QString, QWidget *> &editorOf,
                QWidget *parent = nullptr);

    // The value to save for each field (by attribute), as chosen.
    QVariantMap values() const;
    Choice choice(const QString &attribute) const;

    // The parts of a field's row, for tests (null when the dialog has no such field).
    QRadioButton *theirsButton(const QString &attribute) const;
    QRadioButton *mineButton(const QString &attribute) const;
    QRadioButton *editedButton(const QString &attribute) const;
    QWidget *editor(const QString &attribute) const;
    QPushButton *saveButton() const { return m_save; }

private:
    struct Row
    {
        Field field;
        QRadioButton *theirs = nullptr;
        QRadioButton *mine = nullptr;
        QRadioButton *edited = nullptr;
        QWidget *editor = nullptr;
    };
    QWidget *makeEditor(QWidget *like, QWidget *parent) const;
    QString display(const Row &row, const QVariant &value) const;
    QVariant editorValue(const Row &row) const;
    void setEditorValue(const Row &row, const QVariant &value);
    void editorEdited(const QString &attribute);
    void updateSave();

    QList<Row> m_rows;
    QPushButton *m_save = nullptr;
    bool m_filling = false;
};

} // namespace Gui
