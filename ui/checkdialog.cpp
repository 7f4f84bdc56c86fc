#include "checkdialog.h"

#include <catalogue/livre.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gui {

CheckDialog::CheckDialog(const Catalogue::Catalogue &catalogue, QWidget *parent)
    : QDialog(parent),
      m_catalogue(catalogue),
      m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Check the catalogue"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Book"), tr("Field"), tr("Rule"), tr("Problem")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    auto *hint = new QLabel(tr("Double-click a book to show it in the window."), this);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &CheckDialog::activated);
    resize(760, 480);
}

int CheckDialog::check()
{
    m_list->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Orm::Database database = m_catalogue.database();
    int found = 0;
    auto damage = database.integrityCheck();
    if (!damage) {
        QApplication::restoreOverrideCursor();
        m_summary->setText(tr("The check could not run: %1").arg(damage.error().message()));
        return -1;
    }
    for (const QString &line : std::as_const(*damage)) {
        new QTreeWidgetItem(m_list, {tr("(the file)"), QString(), tr("integrity"), line});
        ++found;
    }
    if (found == 0) { // the rows of a damaged file are not read
        auto problems = m_catalogue.problems();
        if (!problems) {
            QApplication::restoreOverrideCursor();
            m_summary->setText(tr("The books could not be checked: %1").arg(problems.error().message()));
            return -1;
        }
        for (const Catalogue::Catalogue::Problem &problem : std::as_const(*problems)) {
            QString title;
            if (auto book = m_catalogue.livres().findByPk(problem.id); book && !book->isNull())
                title = book->get(Catalogue::Livre::Nom).toString();
            const QString name = title.isEmpty() ? tr("#%1").arg(problem.id.toString())
                                                 : tr("#%1 %2").arg(problem.id.toString(), title);
            for (const Orm::ValidationItem &item : problem.items) {
                auto *row = new QTreeWidgetItem(m_list, {name, item.attribute, item.rule, item.message});
                row->setData(0, Qt::UserRole, problem.id);
                ++found;
            }
        }
    }
    QApplication::restoreOverrideCursor();
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    m_summary->setText(found == 0 ? tr("No problems found in %1: the file is sound and every book follows the rules.")
                                            .arg(database.displayUrl())
                                  : tr("%n problem(s) found in %1.", nullptr, found).arg(database.displayUrl()));
    return found;
}

void CheckDialog::activated(QTreeWidgetItem *item)
{
    const QVariant id = item ? item->data(0, Qt::UserRole) : QVariant();
    if (id.isValid())
        Q_EMIT bookActivated(id);
}

} // namespace Gui
