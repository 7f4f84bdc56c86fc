#pragma once

#include "transferrunner.h"

#include <catalogue/catalogue.h>
#include <catalogue/transfer.h>

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Gui {

// File > Import…: what the import will read from a file, before anything is written. Shows the detected format,
// encoding and delimiter, and the first 20 rows under the column mapping (each column's target in a combo box);
// changing any of them reads the preview again. Then a Preview (a dry run: the counts and the refused rows,
// nothing written) or the Import itself, both off the GUI thread with a progress bar and Cancel (nothing written).
// Refused rows are listed (line, column, value, message) and can be saved as CSV. A mapping chosen for a header is
// remembered for the next file with the same header. Never runs SQL: it calls Catalogue::Importer.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Catalogue::Catalogue &catalogue, const QString &path, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // The words a person reads for where a column goes (importTargets()).
    static QString targetLabel(const QString &target);

    QComboBox *formatBox() const { return m_format; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *duplicatesBox() const { return m_duplicates; }
    QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    QTableWidget *previewTable() const { return m_preview; }
    // Shows the columns no target takes (hidden at first for Goodreads, Calibre and goodbooks files, whose many
    // other columns the catalogue has no place for).
    QCheckBox *showIgnoredBox() const { return m_showIgnored; }
    // The combo box of the file's column (0-based), where it goes.
    QComboBox *mappingBox(int column) const;
    QTableWidget *reportTable() const { return m_report; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *previewButton() const { return m_dryRun; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *saveReportButton() const { return m_saveReport; }
    bool isRunning() const { return m_runner; }
    // The options the import runs with, as chosen.
    Catalogue::ImportOptions options() const;
    // The last preview or import's report.
    const Catalogue::ImportReport &lastReport() const { return m_last; }

    // Asks where to save the report (parent, caption, suggested path); the native dialog by default.
    std::function<QString(QWidget *, const QString &, const QString &)> askSaveFileName;
    // Called on the import's thread after each batch (tests act at a known point with it).
    std::function<void(qint64 rowsRead)> batchDone;

    // Writes the report's problems as CSV (line, column, value, message, refused); false when it cannot.
    static bool writeReport(const Catalogue::ImportReport &report, const QString &path, QString *error = nullptr);

Q_SIGNALS:
    // The import was written (not a preview): the caller puts it on the undo stack.
    void imported(const Catalogue::ImportReport &report);
    // A preview or an import ended (finished, refused, cancelled or failed).
    void workFinished();

protected:
    void reject() override;

private:
    void readPreview();
    void fillTable(const Catalogue::ImportPreview &preview);
    void mappingChanged();
    void showIgnored();
    void run(bool dryRun);
    void finished(const QString &error, const Catalogue::ImportReport &report, bool dryRun);
    void showReport(const Catalogue::ImportReport &report);
    void saveReport();
    void setRunning(bool running);
    QString mappingKey() const;

    Catalogue::Catalogue m_catalogue;
    QString m_path;
    Catalogue::TransferFormat m_chosenFormat = Catalogue::TransferFormat::Auto;
    QString m_chosenEncoding;
    QChar m_chosenDelimiter;
    QStringList m_header;
    QStringList m_mapping; // the targets shown, one per column of the header
    bool m_mappingChosen = false; // changed by the person (else the format's own)
    Catalogue::TransferFormat m_detected = Catalogue::TransferFormat::Auto;
    Catalogue::ImportReport m_last;
    QPointer<TransferRunner> m_runner;
    bool m_written = false;

    QLabel *m_file;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_previewNote;
    QTableWidget *m_preview;
    QCheckBox *m_showIgnored;
    QLabel *m_mappingError;
    QComboBox *m_duplicates;
    QCheckBox *m_skipInvalid;
    QLabel *m_summary;
    QTableWidget *m_report;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_saveReport;
    QPushButton *m_dryRun;
    QPushButton *m_import;
    QPushButton *m_close;
};

} // namespace Gui
