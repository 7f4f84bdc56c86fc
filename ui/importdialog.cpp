#include "importdialog.h"

#include "preferencesdialog.h"
#include "transferrunner.h"

#include <catalogue/importer.h>
#include <catalogue/livre.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gui {

namespace L = Catalogue::Livre;
using Catalogue::TransferFormat;

namespace {

constexpr int previewRows = 20;
constexpr int reportRowsShown = 10000;

QString formatLabel(TransferFormat format)
{
    switch (format) {
    case TransferFormat::Auto:
    case TransferFormat::Csv:
        return ImportDialog::tr("CSV (columns by their names)");
    case TransferFormat::Goodreads:
        return ImportDialog::tr("Goodreads library export");
    case TransferFormat::Calibre:
        return ImportDialog::tr("Calibre catalogue (CSV)");
    case TransferFormat::Goodbooks:
        return ImportDialog::tr("goodbooks-10k (books.csv)");
    case TransferFormat::Json:
        return ImportDialog::tr("JSON (this program's export)");
    case TransferFormat::Onix:
        return ImportDialog::tr("ONIX for Books 3.0 (XML)");
    }
    return {};
}

// A CSV field, quoted when it must be, and guarded like the exporter's CSV: a spreadsheet does not run it.
QString csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

} // namespace

QString ImportDialog::targetLabel(const QString &target)
{
    static const QHash<QString, const char *> labels = {
            {QString(), QT_TRANSLATE_NOOP("Gui::ImportDialog", "— ignored —")},
            {L::Id, QT_TRANSLATE_NOOP("Gui::ImportDialog", "ID")},
            {L::Nom, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Title")},
            {L::Presentation, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Presentation")},
            {L::Description, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Description")},
            {L::Couverture, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Front cover")},
            {L::Prix, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Price")},
            {L::Genre, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Genre")},
            {L::Accroche, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Tagline")},
            {L::Lien, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Link")},
            {L::Auteur, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Author")},
            {L::Edition, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Publisher")},
            {L::Quantite, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Stock")},
            {L::Annee, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Year")},
            {L::NbPages, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Pages")},
            {L::Ventes, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Sold")},
            {L::Arriere, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Back cover")},
            {L::Dos, QT_TRANSLATE_NOOP("Gui::ImportDialog", "Spine")},
            {QStringLiteral("authors"), QT_TRANSLATE_NOOP("Gui::ImportDialog", "Authors (several names)")},
            {QStringLiteral("additional-authors"), QT_TRANSLATE_NOOP("Gui::ImportDialog", "More authors")},
            {QStringLiteral("isbn"), QT_TRANSLATE_NOOP("Gui::ImportDialog", "ISBN")},
            {QStringLiteral("isbn13-number"),
             QT_TRANSLATE_NOOP("Gui::ImportDialog", "ISBN-13 written as a number (when no ISBN)")},
            {QStringLiteral("goodreads"), QT_TRANSLATE_NOOP("Gui::ImportDialog", "Goodreads ID")},
            {QStringLiteral("identifiers"),
             QT_TRANSLATE_NOOP("Gui::ImportDialog", "Identifiers (isbn:…, goodreads:…)")},
            {QStringLiteral("year-of-date"), QT_TRANSLATE_NOOP("Gui::ImportDialog", "Year, from a date")},
            {QStringLiteral("year-fallback"), QT_TRANSLATE_NOOP("Gui::ImportDialog", "Year, when none is given")},
            {QStringLiteral("cover-url"), QT_TRANSLATE_NOOP("Gui::ImportDialog", "Cover address (web)")},
            {QStringLiteral("tags"), QT_TRANSLATE_NOOP("Gui::ImportDialog", "Tags (the first is the genre)")},
    };
    const char *label = labels.value(target);
    return label ? QCoreApplication::translate("Gui::ImportDialog", label) : target;
}

ImportDialog::ImportDialog(const Catalogue::Catalogue &catalogue, const QString &path, QWidget *parent)
    : QDialog(parent),
      m_catalogue(catalogue),
      m_path(path),
      m_file(new QLabel(this)),
      m_format(new QComboBox(this)),
      m_encoding(new QComboBox(this)),
      m_delimiter(new QComboBox(this)),
      m_previewNote(new QLabel(this)),
      m_preview(new QTableWidget(this)),
      m_showIgnored(new QCheckBox(tr("Show the i&gnored columns"), this)),
      m_mappingError(new QLabel(this)),
      m_duplicates(new QComboBox(this)),
      m_skipInvalid(new QCheckBox(tr("S&kip the refused rows and import the others"), this)),
      m_summary(new QLabel(this)),
      m_report(new QTableWidget(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_saveReport(new QPushButton(tr("&Save the report…"), this)),
      m_dryRun(new QPushButton(tr("&Preview"), this)),
      m_import(new QPushButton(tr("&Import"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Import books"));
    auto *layout = new QVBoxLayout(this);
    const QFileInfo info(path);
    m_file->setText(
            tr("<b>%1</b> — %2").arg(info.fileName().toHtmlEscaped(), QLocale().formattedDataSize(info.size())));
    m_file->setToolTip(info.absoluteFilePath());
    layout->addWidget(m_file);

    auto *detected = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        detected->addWidget(label);
        detected->addWidget(field);
        detected->addSpacing(12);
    };
    for (const TransferFormat f : {TransferFormat::Csv, TransferFormat::Goodreads, TransferFormat::Calibre,
                                   TransferFormat::Goodbooks, TransferFormat::Json, TransferFormat::Onix})
        m_format->addItem(formatLabel(f), QVariant::fromValue(int(f)));
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("Windows-1252 (Western European)"), QStringLiteral("Windows-1252"));
    m_encoding->addItem(tr("UTF-16, little-endian"), QStringLiteral("UTF-16LE"));
    m_encoding->addItem(tr("UTF-16, big-endian"), QStringLiteral("UTF-16BE"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    labelled(tr("&Format:"), m_format);
    labelled(tr("&Encoding:"), m_encoding);
    labelled(tr("&Delimiter:"), m_delimiter);
    detected->addStretch();
    layout->addLayout(detected);

    m_previewNote->setWordWrap(true);
    auto *note = new QHBoxLayout;
    note->addWidget(m_previewNote, 1);
    note->addWidget(m_showIgnored);
    layout->addLayout(note);
    connect(m_showIgnored, &QCheckBox::toggled, this, &ImportDialog::showIgnored);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    layout->addWidget(m_preview, 3);
    m_mappingError->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_mappingError->setWordWrap(true);
    m_mappingError->hide();
    layout->addWidget(m_mappingError);

    auto *choices = new QFormLayout;
    choices->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_duplicates->addItem(tr("Skip them (keep the catalogue's)"), int(Catalogue::OnDuplicate::Skip));
    m_duplicates->addItem(tr("Update them with the file's values"), int(Catalogue::OnDuplicate::Update));
    m_duplicates->addItem(tr("Add them anyway, as other books"), int(Catalogue::OnDuplicate::Add));
    m_duplicates->setToolTip(tr("A book is already in the catalogue when it has the same ISBN, or, without an ISBN, "
                                "the same title, author and publisher."));
    choices->addRow(tr("Books already in the &catalogue:"), m_duplicates);
    m_skipInvalid->setToolTip(tr("Unticked, a single refused row stops the import and nothing is written."));
    choices->addRow(QString(), m_skipInvalid);
    layout->addLayout(choices);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    layout->addWidget(m_summary);
    m_report->setColumnCount(4);
    m_report->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_report->setWordWrap(false);
    m_report->verticalHeader()->hide();
    m_report->horizontalHeader()->setStretchLastSection(true);
    m_report->verticalHeader()->setDefaultSectionSize(m_report->fontMetrics().height() + 8);
    m_report->setObjectName(QStringLiteral("reportTable"));
    m_report->hide();
    layout->addWidget(m_report, 2);

    auto *progress = new QHBoxLayout;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    layout->addLayout(progress);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_saveReport, QDialogButtonBox::ResetRole); // on the left, away from Import
    buttons->addButton(m_dryRun, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_saveReport->hide();
    m_dryRun->setToolTip(tr("Reads and checks every row, and writes nothing"));
    m_import->setDefault(true);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::activated, this, [this] {
        m_chosenFormat = TransferFormat(m_format->currentData().toInt());
        m_mappingChosen = false; // the format's own mapping
        readPreview();
    });
    connect(m_encoding, &QComboBox::activated, this, [this] {
        m_chosenEncoding = m_encoding->currentData().toString();
        readPreview();
    });
    connect(m_delimiter, &QComboBox::activated, this, [this] {
        m_chosenDelimiter = m_delimiter->currentData().toString().front();
        m_mappingChosen = false; // other columns
        readPreview();
    });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner) {
            m_runner->cancel();
            m_cancel->setEnabled(false);
            m_progress->setFormat(tr("Cancelling…"));
        }
    });
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_saveReport, &QPushButton::clicked, this, &ImportDialog::saveReport);

    resize(1000, 680);
    readPreview();
    // A known export's many other columns are out of the way until asked for.
    m_showIgnored->setChecked(m_detected == TransferFormat::Csv || m_detected == TransferFormat::Auto);
    showIgnored();
    // A mapping chosen before for files with this header.
    const QStringList remembered = Settings().value(mappingKey()).toStringList();
    if (!m_header.isEmpty() && remembered.size() == m_header.size() && remembered != m_mapping) {
        m_mapping = remembered;
        m_mappingChosen = true;
        readPreview();
    }
}

ImportDialog::~ImportDialog()
{
    if (m_runner)
        m_runner->cancel(); // the runner's owner (this) going: its thread is waited for
}

QString ImportDialog::mappingKey() const
{
    const QByteArray digest =
            QCryptographicHash::hash(m_header.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("import/mappings/") + QString::fromLatin1(digest);
}

Catalogue::ImportOptions ImportDialog::options() const
{
    Catalogue::ImportOptions options;
    options.format = m_chosenFormat; // Auto until the person chooses one
    options.encoding = m_chosenEncoding;
    options.delimiter = m_chosenDelimiter;
    if (m_mappingChosen)
        options.mapping = m_mapping;
    options.skipInvalid = m_skipInvalid->isChecked();
    options.onDuplicate = Catalogue::OnDuplicate(m_duplicates->currentData().toInt());
    return options;
}

QComboBox *ImportDialog::mappingBox(int column) const
{
    return qobject_cast<QComboBox *>(m_preview->cellWidget(0, column));
}

void ImportDialog::readPreview()
{
    Catalogue::ImportOptions chosen = options();
    const Catalogue::ImportPreview preview = Catalogue::Importer::preview(m_path, chosen, previewRows);
    m_detected = preview.format;
    const QSignalBlocker blockFormat(m_format);
    const QSignalBlocker blockEncoding(m_encoding);
    const QSignalBlocker blockDelimiter(m_delimiter);
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(preview.format))));
    const bool csv = preview.format != TransferFormat::Json && preview.format != TransferFormat::Onix;
    m_encoding->setEnabled(csv);
    m_delimiter->setEnabled(csv);
    if (csv) {
        const QString encoding = preview.encoding.section(u' ', 0, 0); // "UTF-8 (BOM)": UTF-8
        if (m_encoding->findData(encoding) >= 0)
            m_encoding->setCurrentIndex(m_encoding->findData(encoding));
        const QString delimiter = preview.delimiter == u"tab" ? QStringLiteral("\t") : preview.delimiter;
        if (m_delimiter->findData(delimiter) >= 0)
            m_delimiter->setCurrentIndex(m_delimiter->findData(delimiter));
    }
    if (m_header != preview.header)
        m_mappingChosen = m_mappingChosen && preview.header.size() == m_mapping.size();
    m_header = preview.header;
    if (!m_mappingChosen)
        m_mapping = preview.mapping;
    fillTable(preview);
    const bool refused = !preview.error.isEmpty();
    m_mappingError->setVisible(refused);
    m_mappingError->setText(refused ? tr("This file cannot be imported as it is: %1").arg(preview.error) : QString());
    m_import->setEnabled(!refused && !m_written);
    m_dryRun->setEnabled(!refused);
}

void ImportDialog::fillTable(const Catalogue::ImportPreview &preview)
{
    m_preview->clear();
    if (preview.format == TransferFormat::Json || preview.format == TransferFormat::Onix) {
        m_previewNote->setText(tr("The fields of a %1 file are named by the format: nothing to map. Preview checks "
                                  "every book without writing anything.")
                                       .arg(formatLabel(preview.format)));
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_preview->hide();
        return;
    }
    m_preview->show();
    m_previewNote->setText(tr("The first %n row(s) of the file. Choose in the first line where each column goes.",
                              nullptr, int(preview.rows.size())));
    m_preview->setColumnCount(int(preview.header.size()));
    m_preview->setRowCount(int(preview.rows.size()) + 1);
    m_preview->setHorizontalHeaderLabels(preview.header);
    QStringList lines{tr("Goes to")};
    for (const qint64 line : preview.lines)
        lines << QLocale().toString(line);
    m_preview->setVerticalHeaderLabels(lines);
    const QStringList targets = Catalogue::importTargets();
    for (int column = 0; column < preview.header.size(); ++column) {
        auto *box = new QComboBox(m_preview);
        box->setObjectName(QStringLiteral("mapping%1").arg(column));
        for (const QString &target : targets)
            box->addItem(targetLabel(target), target);
        const QString target = m_mapping.value(column);
        box->setCurrentIndex(std::max(0, box->findData(target)));
        box->setToolTip(tr("Where the column “%1” goes").arg(preview.header.at(column)));
        connect(box, &QComboBox::activated, this, &ImportDialog::mappingChanged);
        m_preview->setCellWidget(0, column, box);
        for (int row = 0; row < preview.rows.size(); ++row) {
            auto *item = new QTableWidgetItem(preview.rows.at(row).value(column).left(200));
            if (target.isEmpty())
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text)); // ignored: greyed
            m_preview->setItem(row + 1, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column,
                                  m_mapping.value(column) == L::Nom
                                          ? std::clamp(m_preview->columnWidth(column), 240, 360)
                                          : std::clamp(m_preview->columnWidth(column), 110, 170));
    showIgnored();
}

void ImportDialog::showIgnored()
{
    const bool all = m_showIgnored->isChecked();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnHidden(column, !all && m_mapping.value(column).isEmpty());
}

void ImportDialog::mappingChanged()
{
    for (int column = 0; column < m_header.size(); ++column) {
        if (QComboBox *box = mappingBox(column); box && column < m_mapping.size())
            m_mapping[column] = box->currentData().toString();
    }
    m_mappingChosen = true;
    readPreview();
}

void ImportDialog::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_encoding, m_delimiter, m_preview, m_duplicates,
                                                       m_skipInvalid, m_dryRun, m_import, m_close, m_saveReport})
        w->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    if (!running) {
        const bool csv = m_detected != TransferFormat::Json && m_detected != TransferFormat::Onix;
        m_encoding->setEnabled(csv);
        m_delimiter->setEnabled(csv);
        m_import->setEnabled(!m_written && m_mappingError->isHidden());
        m_dryRun->setEnabled(!m_written && m_mappingError->isHidden());
    }
}

void ImportDialog::run(bool dryRun)
{
    if (m_runner)
        return;
    Catalogue::ImportOptions chosen = options();
    chosen.dryRun = dryRun;
    chosen.keepUndo = !dryRun;
    m_runner = TransferRunner::importer(TransferRunner::reopening(m_catalogue), m_path, chosen);
    m_runner->batchDone = batchDone;
    m_progress->setValue(0);
    m_progress->setFormat(dryRun ? tr("Checking…") : tr("Importing…"));
    m_summary->hide();
    setRunning(true);
    connect(m_runner, &TransferRunner::progress, this, [this, dryRun](qint64 rows, int permille) {
        if (permille >= 0)
            m_progress->setValue(permille);
        const QString count = QLocale().toString(rows);
        m_progress->setFormat(dryRun ? tr("Checking: %1 rows read (%p%)").arg(count)
                                     : tr("Importing: %1 rows read (%p%)").arg(count));
    });
    connect(m_runner, &TransferRunner::finished, this, [this, dryRun](const TransferRunner::Outcome &outcome) {
        m_runner = nullptr;
        finished(outcome.error, outcome.import, dryRun);
    });
    m_runner->start(this);
}

void ImportDialog::finished(const QString &error, const Catalogue::ImportReport &report, bool dryRun)
{
    m_last = report;
    const QLocale locale;
    const auto n = [&](qint64 v) { return locale.toString(v); };
    QString text;
    bool bad = false;
    if (!error.isEmpty()) {
        text = tr("The import failed, and nothing was written: %1").arg(error);
        bad = true;
    } else if (report.cancelled) {
        text = tr("Cancelled: nothing was written.");
    } else if (!report.fileError.isEmpty()) {
        text = tr("This file cannot be imported, and nothing was written: %1").arg(report.fileError);
        bad = true;
    } else {
        const QString counts = tr("%1 rows read: %2 to add, %3 to update, %4 already in the catalogue and skipped, "
                                  "%5 added anyway, %6 refused.")
                                       .arg(n(report.rows), n(report.added), n(report.updated),
                                            n(report.duplicatesSkipped), n(report.duplicatesAdded), n(report.refused));
        if (dryRun) {
            text = tr("Preview — nothing was written. %1").arg(counts);
            if (report.refused > 0 && !m_skipInvalid->isChecked())
                text += u' '
                        + tr("As it is, the import would write nothing: correct the refused rows in the file, "
                             "or tick “Skip the refused rows”.");
        } else if (report.written) {
            m_written = true;
            text = tr("Imported — books added: %1, updated: %2, already in the catalogue and skipped: %3; rows "
                      "refused: %4. Edit > Undo takes the whole import back.")
                           .arg(n(report.added + report.duplicatesAdded), n(report.updated),
                                n(report.duplicatesSkipped), n(report.refused));
            Settings().setValue(mappingKey(), m_mapping);
            Q_EMIT imported(report);
        } else {
            text = tr("Nothing was imported: %n row(s) refused (listed below). Correct them in the file, or tick "
                      "“Skip the refused rows” to import the others.",
                      nullptr, int(std::min<qint64>(report.refused, INT_MAX)));
            bad = true;
        }
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(bad ? QStringLiteral("QLabel { color: #a4000f; }") : QString());
    m_summary->show();
    showReport(report);
    setRunning(false);
    Q_EMIT workFinished();
    if (m_written && report.problems.isEmpty())
        accept(); // nothing left to read: the window's status bar says what came in
}

void ImportDialog::showReport(const Catalogue::ImportReport &report)
{
    m_report->setRowCount(0);
    const bool any = !report.problems.isEmpty();
    m_report->setVisible(any);
    m_saveReport->setVisible(any);
    if (!any)
        return;
    const int shown = int(std::min<qsizetype>(report.problems.size(), reportRowsShown));
    m_report->setRowCount(shown);
    const QBrush remark = palette().brush(QPalette::Disabled, QPalette::Text);
    QSet<QString> columns;
    for (const Orm::Attribute &a : L::attributes())
        columns.insert(a.name);
    for (int row = 0; row < shown; ++row) {
        const Catalogue::ImportProblem &p = report.problems.at(row);
        // A column of the catalogue by the name a person reads ("Year", not "Annee"); a file's header as it is.
        const bool ours = columns.contains(p.column);
        const QStringList cells = {p.line > 0 ? QLocale().toString(p.line) : tr("file"),
                                   ours ? targetLabel(p.column) : p.column, p.value,
                                   p.refused ? p.message : tr("%1 (imported anyway)").arg(p.message)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!p.refused)
                item->setForeground(remark);
            if (column == 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_report->setItem(row, column, item);
        }
    }
    m_report->resizeColumnsToContents();
    m_report->setColumnWidth(2, std::min(m_report->columnWidth(2), 260));
    if (report.problems.size() > shown || report.problemsDropped > 0)
        m_summary->setText(m_summary->text() + u' '
                           + tr("The first %1 problems are listed; Save the report writes all %2.")
                                     .arg(QLocale().toString(shown),
                                          QLocale().toString(report.problems.size() + report.problemsDropped)));
}

bool ImportDialog::writeReport(const Catalogue::ImportReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray out = "line,column,value,message,refused\r\n";
    for (const Catalogue::ImportProblem &p : report.problems) {
        out += QStringList{QString::number(p.line), csvField(p.column), csvField(p.value), csvField(p.message),
                           p.refused ? QStringLiteral("yes") : QStringLiteral("no")}
                        .join(u',')
                        .toUtf8()
                + "\r\n";
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ImportDialog::saveReport()
{
    const QFileInfo info(m_path);
    const QString suggested = info.dir().filePath(info.completeBaseName() + tr("-report") + QStringLiteral(".csv"));
    const QString caption = tr("Save the import's report");
    const QString path = askSaveFileName
            ? askSaveFileName(this, caption, suggested)
            : QFileDialog::getSaveFileName(this, caption, suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeReport(m_last, path, &error))
        QMessageBox::warning(this, caption, tr("The report cannot be written to %1: %2").arg(path, error));
}

void ImportDialog::reject()
{
    if (m_runner) { // Escape or the title bar's close while it runs: cancelled (nothing written), then closed
        m_runner->cancel();
        connect(this, &ImportDialog::workFinished, this, &QDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

} // namespace Gui
