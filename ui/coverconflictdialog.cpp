#include "coverconflictdialog.h"

#include "coverslot.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

namespace {

// A cover as the dialog shows it: the image at the form's thumbnail size, or the words "No image".
QLabel *coverLabel(const QPixmap &cover, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setMinimumSize(CoverSlot::thumbnailSize);
    label->setFrameShape(QFrame::StyledPanel);
    if (cover.isNull())
        label->setText(CoverConflictDialog::tr("No image"));
    else
        label->setPixmap(cover);
    return label;
}

} // namespace

CoverConflictDialog::CoverConflictDialog(const QString &bookTitle, const QString &coverName, const QPixmap &theirs,
                                         const QPixmap &mine, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("coverConflictDialog"));
    setWindowTitle(tr("Someone else changed this cover"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<p><b>« %1 » — %2</b></p><p>Someone else changed this cover a moment ago. Nothing "
                                "has been overwritten: keep their cover, or use yours instead.</p>")
                                     .arg(bookTitle.toHtmlEscaped(), coverName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *covers = new QGridLayout;
    auto *theirsTitle = new QLabel(tr("Theirs (in the catalogue now)"), this);
    auto *mineTitle = new QLabel(tr("Yours (not saved)"), this);
    for (QLabel *title : {theirsTitle, mineTitle})
        title->setAlignment(Qt::AlignCenter);
    covers->addWidget(theirsTitle, 0, 0);
    covers->addWidget(mineTitle, 0, 1);
    covers->addWidget(coverLabel(theirs, this), 1, 0);
    covers->addWidget(coverLabel(mine, this), 1, 1);
    // Two columns of one width, whatever the length of their titles in the language shown.
    const int width = std::max(
            {theirsTitle->sizeHint().width(), mineTitle->sizeHint().width(), CoverSlot::thumbnailSize.width()});
    for (int column : {0, 1}) {
        covers->setColumnMinimumWidth(column, width);
        covers->setColumnStretch(column, 1);
    }
    layout->addLayout(covers);

    auto *buttons = new QDialogButtonBox(this);
    m_theirsButton = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::RejectRole);
    m_mineButton = buttons->addButton(tr("Use mine"), QDialogButtonBox::AcceptRole);
    // Enter overwrites nothing, wherever the focus is.
    m_mineButton->setAutoDefault(false);
    m_theirsButton->setDefault(true);
    m_theirsButton->setFocus();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_keepsMine = true;
        accept();
    });
    layout->addWidget(buttons);
}

} // namespace Gui
