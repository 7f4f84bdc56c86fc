#include "coverslot.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gui {

CoverSlot::CoverSlot(const QString &title, QWidget *parent)
    : QFrame(parent),
      m_image(new QLabel(this)),
      m_caption(new QLabel(title, this)),
      m_menuButton(new QToolButton(this))
{
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    m_image->setFixedSize(thumbnailSize);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignCenter);
    m_menuButton->setText(tr("Cover…"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_menuButton);
    menu->addAction(tr("Choose a file…"), this, &CoverSlot::chooseFile);
    menu->addAction(tr("Paste"), this, &CoverSlot::paste);
    menu->addAction(tr("View full size"), this, &CoverSlot::viewRequested);
    menu->addSeparator();
    menu->addAction(tr("Remove"), this, &CoverSlot::removeRequested);
    m_menuButton->setMenu(menu);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_image, 0, Qt::AlignHCenter);
    layout->addWidget(m_menuButton, 0, Qt::AlignHCenter);
    setToolTip(tr("Drop an image here, paste one, or choose a file"));
    showCover({});
}

void CoverSlot::showCover(const QPixmap &thumbnail, const QString &missingText)
{
    m_thumbnail = thumbnail;
    m_hasImage = !thumbnail.isNull();
    if (m_hasImage) {
        m_image->setPixmap(thumbnail);
        m_image->setStyleSheet({});
    } else {
        m_image->setPixmap({});
        m_image->setText(missingText.isEmpty() ? tr("No image\n\nDrop one here") : tr("Missing:\n%1").arg(missingText));
        m_image->setStyleSheet(QStringLiteral("QLabel { border: 2px dashed palette(mid); color: palette(mid); }"));
    }
}

QString CoverSlot::title() const
{
    return m_caption->text();
}

void CoverSlot::setEditable(bool editable)
{
    m_editable = editable;
    setAcceptDrops(editable);
    const QList<QAction *> actions = m_menuButton->menu()->actions();
    for (QAction *action : actions) {
        if (action->text() != tr("View full size"))
            action->setEnabled(editable);
    }
}

void CoverSlot::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a cover"), {}, tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cover"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT imageGiven(file.readAll());
}

void CoverSlot::paste()
{
    QString error;
    const QByteArray bytes = bytesOf(QApplication::clipboard()->mimeData(), &error);
    if (bytes.isEmpty()) {
        QMessageBox::information(this, tr("Cover"), error);
        return;
    }
    Q_EMIT imageGiven(bytes);
}

QByteArray CoverSlot::bytesOf(const QMimeData *mime, QString *error)
{
    if (mime && mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl &url : urls) {
            if (!url.isLocalFile())
                continue;
            QFile file(url.toLocalFile());
            if (QFileInfo(file).isFile() && file.open(QIODevice::ReadOnly))
                return file.readAll();
        }
    }
    if (mime && mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.isNull() && image.save(&buffer, "PNG"))
            return png;
    }
    *error = tr("There is no image or image file to use.");
    return {};
}

void CoverSlot::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    bool localFile = false;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        localFile = std::any_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); });
    }
    if (m_editable && (localFile || mime->hasImage()))
        event->acceptProposedAction();
}

void CoverSlot::dropEvent(QDropEvent *event)
{
    QString error;
    const QByteArray bytes = bytesOf(event->mimeData(), &error);
    if (bytes.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT imageGiven(bytes);
}

void CoverSlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    QFrame::mouseDoubleClickEvent(event);
    if (m_hasImage)
        Q_EMIT viewRequested();
}

} // namespace Gui
