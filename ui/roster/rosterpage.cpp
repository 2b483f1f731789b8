#include "rosterpage.h"

#include "roster/rostercsv.h"
#include "rosterstripdelegate.h"
#include "sync/apiclient.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lectern {
namespace {

QString percentText(double percent)
{
    return RosterPage::tr("%1%").arg(QLocale().toString(percent, 'f', 0));
}

// The locale's short date and time, but with the whole year: the short format of many locales
// (en_US, es_ES) writes "26/11/26", which reads as a day as easily as a year.
QString activityText(const QDateTime &utc)
{
    const QLocale locale;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    date.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return locale.toString(utc.toLocalTime(),
                           date + u' ' + locale.timeFormat(QLocale::ShortFormat));
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

RosterPage::RosterPage(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
{
    setObjectName(QStringLiteral("rosterPage"));
    setWindowTitle(tr("Roster"));
    m_title->setObjectName(QStringLiteral("rosterTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true); // a long course title wraps rather than narrowing the tree
    m_status->setObjectName(QStringLiteral("rosterStatus"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setAccessibleName(tr("Learners of the course"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab moves on to the next control, as everywhere else; the arrows move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(new QStyledItemDelegate(m_table));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setAccessibleName(tr("Export the roster as CSV"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &RosterPage::askExportPath);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    setTabOrder(m_export, m_table); // in reading order: Export CSV sits above the table
}

void RosterPage::showCourse(const QString &courseCode, const QString &title)
{
    m_courseCode = courseCode;
    m_roster = {};
    showTitle(tr("Roster · %1 %2").arg(courseCode, title));
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_export->setEnabled(false);
    showMessage(tr("Loading the roster…"));
    if (!m_api) {
        showMessage(tr("The roster needs a connection to the server."));
        return;
    }
    const int request = ++m_request;
    m_api->fetchRoster(courseCode, this, [this, request](Result<CourseRoster> roster) {
        if (request != m_request)
            return;
        if (!roster) {
            // The server's own sentence is English; these are the refusals a user meets.
            QString message = roster.error().message;
            if (roster.error().code == u"forbidden")
                message = tr("Only the faculty who teach this course can see its roster.");
            showMessage(message);
            Q_EMIT loadFailed(message);
            return;
        }
        setRoster(roster.value());
        Q_EMIT rosterLoaded(m_courseCode);
    });
}

void RosterPage::setRoster(const CourseRoster &roster)
{
    m_roster = roster;
    m_courseCode = roster.courseCode;
    showTitle(tr("Roster · %1 %2").arg(roster.courseCode, roster.title));
    showMessage(roster.learners.isEmpty()
                    ? tr("No learner takes this course yet.")
                    : tr("%n learner(s). Each strip is one lecture: solid parts were watched, "
                         "pale parts skipped or not watched yet.",
                         nullptr, int(roster.learners.size())));

    QList<const RosterLecture *> quizzes;
    for (const RosterLecture &lecture : roster.lectures) {
        if (lecture.hasQuiz)
            quizzes.append(&lecture);
    }
    const int lectureColumns = int(roster.lectures.size());
    m_table->clear();
    m_table->setColumnCount(kFixedColumns + lectureColumns + int(quizzes.size()));
    m_table->setRowCount(int(roster.learners.size()));
    m_table->setHorizontalHeaderItem(LearnerColumn, new QTableWidgetItem(tr("Learner")));
    m_table->setHorizontalHeaderItem(WatchedColumn, new QTableWidgetItem(tr("Watched")));
    m_table->setHorizontalHeaderItem(LastActivityColumn, new QTableWidgetItem(tr("Last activity")));
    auto *strips = new RosterStripDelegate(m_table);
    for (int i = 0; i < lectureColumns; ++i) {
        const RosterLecture &lecture = roster.lectures.at(i);
        auto *header = new QTableWidgetItem(tr("W%1 · %2").arg(lecture.week).arg(i + 1));
        header->setToolTip(lecture.title);
        m_table->setHorizontalHeaderItem(kFixedColumns + i, header);
        m_table->setItemDelegateForColumn(kFixedColumns + i, strips);
    }
    for (int i = 0; i < quizzes.size(); ++i) {
        auto *header = new QTableWidgetItem(tr("Quiz %1").arg(i + 1));
        header->setToolTip(quizzes.at(i)->title);
        m_table->setHorizontalHeaderItem(kFixedColumns + lectureColumns + i, header);
    }

    for (int row = 0; row < roster.learners.size(); ++row) {
        const RosterLearner &learner = roster.learners.at(row);
        QTableWidgetItem *name
            = readOnlyItem(learner.displayName.isEmpty() ? learner.username : learner.displayName);
        name->setToolTip(learner.username);
        m_table->setItem(row, LearnerColumn, name);
        m_table->setItem(row, WatchedColumn, readOnlyItem(percentText(learner.watchedPercent)));
        m_table->setItem(row, LastActivityColumn,
                         readOnlyItem(learner.lastActivity.isValid()
                                          ? activityText(learner.lastActivity)
                                          : tr("never")));
        for (int i = 0; i < lectureColumns && i < learner.lectures.size(); ++i) {
            const RosterViewing &viewing = learner.lectures.at(i);
            const RosterLecture &lecture = roster.lectures.at(i);
            QTableWidgetItem *item = readOnlyItem(percentText(viewing.watchedPercent));
            QVariantList spans;
            for (const Interval &interval : viewing.watched.intervals())
                spans.append(QVariant(QVariantList{interval.start, interval.end}));
            item->setData(RosterStripDelegate::kWatchedRole, spans);
            item->setData(RosterStripDelegate::kDurationRole, lecture.durationMs);
            const qint64 skippedSeconds
                = (viewing.watched.gaps(0, lecture.durationMs).coveredLength() + 999) / 1000;
            item->setToolTip(tr("%1\n%2 watched; %3:%4 not watched")
                                 .arg(lecture.title, percentText(viewing.watchedPercent))
                                 .arg(skippedSeconds / 60)
                                 .arg(skippedSeconds % 60, 2, 10, QLatin1Char('0')));
            m_table->setItem(row, kFixedColumns + i, item);
        }
        for (int i = 0; i < quizzes.size(); ++i) {
            RosterQuiz quiz;
            for (const RosterQuiz &candidate : learner.quizzes) {
                if (candidate.lectureId == quizzes.at(i)->id)
                    quiz = candidate;
            }
            const QString text = quiz.bestPercent
                ? tr("%1 · %n attempt(s)", nullptr, quiz.attempts)
                      .arg(percentText(*quiz.bestPercent))
                : (quiz.attempts > 0 ? tr("none counted · %n attempt(s)", nullptr, quiz.attempts)
                                     : tr("not taken"));
            QTableWidgetItem *item = readOnlyItem(text);
            item->setToolTip(tr("%1\nBest counted score over %n counted attempt(s)", nullptr,
                                quiz.countedAttempts)
                                 .arg(quizzes.at(i)->title));
            m_table->setItem(row, kFixedColumns + lectureColumns + i, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_export->setEnabled(true);
}

bool RosterPage::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(RosterCsv::toCsv(m_roster)) < 0
        || !file.commit()) {
        showMessage(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showMessage(tr("Saved the roster to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RosterPage::askExportPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export the roster of %1").arg(m_courseCode));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(folder);
    dialog->selectFile(
        QDir(folder).filePath(QStringLiteral("roster-%1-%2.csv")
                                  .arg(m_courseCode, QDate::currentDate().toString(Qt::ISODate))));
    // open(), not exec(): the GUI thread never spins a nested event loop.
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportCsv(path); });
    dialog->open();
}

// The main window's title follows the page's (MainWindow names the page on screen).
void RosterPage::showTitle(const QString &title)
{
    m_title->setText(title);
    setWindowTitle(title);
}

void RosterPage::showMessage(const QString &message)
{
    m_status->setText(message);
}

} // namespace lectern
