#pragma once

#include <QByteArray>
#include <QFrame>
#include <QPixmap>

class QLabel;
class QMimeData;
class QToolButton;

namespace Gui {

// One cover of a book (front, back or spine): a thumbnail, and the ways a person gives an image: choose a file,
// drop a file or an image, paste from the clipboard; remove it, or view it full size. The slot only shows and
// asks: what it is given goes out as imageGiven() (the bytes of the file, or a PNG of a dropped or pasted
// image), for the form to check and store.
class CoverSlot : public QFrame
{
    Q_OBJECT

public:
    CoverSlot(const QString &title, QWidget *parent = nullptr);

    // Shows an image, or a "missing" placeholder with why (text) when pixmap is null.
    void showCover(const QPixmap &thumbnail, const QString &missingText = {});
    void setEditable(bool editable);
    QString title() const;
    QPixmap thumbnail() const { return m_thumbnail; }

    static constexpr QSize thumbnailSize{120, 180};

Q_SIGNALS:
    void imageGiven(const QByteArray &bytes);
    void removeRequested();
    void viewRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void chooseFile();
    void paste();
    // The bytes a drop or the clipboard carries: a local file's, or an image's as PNG; empty when none.
    static QByteArray bytesOf(const QMimeData *mime, QString *error);

    QLabel *m_image;
    QLabel *m_caption;
    QToolButton *m_menuButton;
    QPixmap m_thumbnail;
    bool m_editable = true;
    bool m_hasImage = false;
};

} // namespace Gui
