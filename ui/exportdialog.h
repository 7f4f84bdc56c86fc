#pragma once

#include "transferrunner.h"

#include <catalogue/catalogue.h>
#include <catalogue/transfer.h>
#include <orm/where.h>

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Gui {

// File > Export…: writes the catalogue's books (all of them, or those the window shows: its search and filters) to
// a file in one of the exporter's formats (CSV, CSV for French Excel, CSV exactly as stored, JSON, ONIX 3.0),
// optionally with the covers in a folder beside it, off the GUI thread with a progress bar. Never runs SQL: it
// calls Catalogue::Exporter.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // filter and search: what the window shows (shown of total books); empty when it shows them all.
    ExportDialog(const Catalogue::Catalogue &catalogue, const Orm::Where &filter, const QString &search, qint64 shown,
                 qint64 total, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QLineEdit *pathField() const { return m_path; }
    QComboBox *formatBox() const { return m_format; }
    QRadioButton *allBooksButton() const { return m_all; }
    QRadioButton *shownBooksButton() const { return m_shown; }
    QCheckBox *coversBox() const { return m_covers; }
    QPushButton *exportButton() const { return m_export; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    // The options the export runs with, as chosen.
    Catalogue::ExportOptions options() const;
    // The folder the covers go to, beside the file.
    QString coversFolder() const;

    // Asks for the file (parent, caption, suggested path); the native dialog by default.
    std::function<QString(QWidget *, const QString &, const QString &)> askSaveFileName;

Q_SIGNALS:
    void exported(const QString &path, const Catalogue::ExportReport &report);
    void workFinished();

private:
    void choosePath();
    void formatChanged();
    void run();

    Catalogue::Catalogue m_catalogue;
    Orm::Where m_filter;
    QString m_search;
    QPointer<TransferRunner> m_runner;
    QLineEdit *m_path;
    QComboBox *m_format;
    QRadioButton *m_all;
    QRadioButton *m_shown;
    QCheckBox *m_covers;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace Gui
