#pragma once

#include <QDialog>

class QPixmap;
class QPushButton;

namespace Gui {

// A cover set or removed in the form, refused because someone else changed that cover since the form read it: their
// cover (stored now) and this person's side by side, and the person keeps one. Closing the dialog keeps theirs.
// Saves nothing itself.
class CoverConflictDialog : public QDialog
{
    Q_OBJECT

public:
    // A null pixmap is no image (a cover removed).
    CoverConflictDialog(const QString &bookTitle, const QString &coverName, const QPixmap &theirs, const QPixmap &mine,
                        QWidget *parent = nullptr);

    bool keepsMine() const { return m_keepsMine; }
    QPushButton *theirsButton() const { return m_theirsButton; }
    QPushButton *mineButton() const { return m_mineButton; }

private:
    QPushButton *m_theirsButton = nullptr;
    QPushButton *m_mineButton = nullptr;
    bool m_keepsMine = false;
};

} // namespace Gui
