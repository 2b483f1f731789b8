#include "livesessionspage.h"

#include "live/icsexport.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace lectern {
namespace {

constexpr int kStartRole = Qt::UserRole + 1; // next start, ms since the epoch: the row order
constexpr int kCodeRole = Qt::UserRole + 2;
constexpr int kRefreshMs = 30 * 1000; // "Now" and the week's roll-over show within half a minute

// Rows sort by their next meeting, soonest first, then by course code.
class SessionItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const qint64 mine = data(0, kStartRole).toLongLong();
        const qint64 theirs = other.data(0, kStartRole).toLongLong();
        if (mine != theirs)
            return mine < theirs;
        return data(0, kCodeRole).toString() < other.data(0, kCodeRole).toString();
    }
};

QString lengthText(int minutes)
{
    if (minutes < 60)
        return LiveSessionsPage::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return LiveSessionsPage::tr("%1 h").arg(minutes / 60);
    return LiveSessionsPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString timeText(const QDateTime &dateTime)
{
    return QLocale().toString(dateTime.time(), QLocale::ShortFormat);
}

// "Today, 18:30", "Tomorrow, 03:30", "Tue 3 Mar, 03:30" or "Now, until 20:00", in the user's
// zone.
QString whenText(const LiveOccurrence &occurrence, const QDateTime &now)
{
    const QDateTime start = occurrence.start.toLocalTime();
    if (occurrence.isInProgress(now))
        return LiveSessionsPage::tr("Now, until %1").arg(timeText(occurrence.end.toLocalTime()));
    const QDate today = now.toLocalTime().date();
    QString day;
    if (start.date() == today) {
        day = LiveSessionsPage::tr("Today");
    } else if (start.date() == today.addDays(1)) {
        day = LiveSessionsPage::tr("Tomorrow");
    } else {
        day = QLocale().toString(start.date(),
                                 LiveSessionsPage::tr("ddd d MMM",
                                                      "date of the next live session; "
                                                      "a QDate format"));
    }
    return LiveSessionsPage::tr("%1, %2", "day, time").arg(day, timeText(start));
}

QString longText(const QDateTime &dateTime)
{
    const QLocale locale;
    return LiveSessionsPage::tr("%1, %2 %3", "long date, time, zone abbreviation")
        .arg(locale.toString(dateTime.date(), QLocale::LongFormat), timeText(dateTime),
             dateTime.timeZoneAbbreviation());
}

QString toolTipFor(const CourseLiveSession &session, const LiveOccurrence &occurrence)
{
    const LiveSessionSchedule &schedule = session.schedule;
    const QString courseZone = QString::fromUtf8(schedule.timeZone().id());
    const QString userZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return LiveSessionsPage::tr("<p><b>%1</b>: every %2 at %3 in %4.</p>"
                                "<p>Course time (%4):<br>%5</p>"
                                "<p>Your time (%6):<br>%7</p>")
        .arg(session.courseCode.toHtmlEscaped(), QLocale().dayName(schedule.weekday()),
             QLocale().toString(schedule.startTime(), QLocale::ShortFormat),
             courseZone.toHtmlEscaped(), longText(occurrence.start).toHtmlEscaped(),
             userZone.toHtmlEscaped(), longText(occurrence.start.toLocalTime()).toHtmlEscaped());
}

} // namespace

LiveSessionsPage::LiveSessionsPage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_zoneNote(new QLabel(this))
    , m_emptyNote(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_unscheduledNote(new QLabel(this))
    , m_reminder(new QSpinBox(this))
    , m_exportAllButton(new QPushButton(tr("&Export all…"), this))
    , m_exportStatus(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("liveSessionsPage"));
    buildLayout();

    m_reminder->setValue(
        m_settings->value(QLatin1String(kReminderMinutesKey), kDefaultReminderMinutes).toInt());
    connect(m_reminder, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings->setValue(QLatin1String(kReminderMinutesKey), minutes);
        Q_EMIT reminderMinutesChanged(minutes);
    });
    connect(m_exportAllButton, &QPushButton::clicked, this, [this] { askWhereToExport({}); });
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshTimes();
    });
    m_refreshTimer->start(kRefreshMs);
    rebuildRowsWhenSeen();
}

void LiveSessionsPage::buildLayout()
{
    auto *heading = new QLabel(tr("<h2>Live sessions</h2>"), this);
    auto *intro = new QLabel(tr("Each course meets its faculty online once a week. Join from "
                                "here, or add the sessions to your calendar."),
                             this);
    intro->setWordWrap(true);
    m_zoneNote->setObjectName(QStringLiteral("zoneNote"));
    m_zoneNote->setWordWrap(true);
    m_zoneNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setText(tr("No live sessions yet: they appear here once your programme has "
                            "been downloaded."));

    m_list->setObjectName(QStringLiteral("liveSessionList"));
    m_list->setAccessibleName(tr("Weekly live sessions"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Course"), tr("Next session (your time)"), tr("Length"),
                             tr("Join or add to calendar")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(CourseColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(NextColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LengthColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ActionsColumn, QHeaderView::Fixed);

    m_unscheduledNote->setObjectName(QStringLiteral("unscheduledNote"));
    m_unscheduledNote->setWordWrap(true);
    m_unscheduledNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reminder->setObjectName(QStringLiteral("reminderMinutes"));
    m_reminder->setRange(0, 120);
    m_reminder->setSingleStep(5);
    m_reminder->setSpecialValueText(tr("Off"));
    m_reminder->setSuffix(tr(" min before"));
    m_reminder->setAccessibleName(tr("Reminder, minutes before each session"));
    m_reminder->setToolTip(tr("A desktop notification this many minutes before each session "
                              "starts, and an alarm in exported calendars. 0 turns them off."));
    auto *reminderLabel = new QLabel(tr("&Remind me:"), this);
    reminderLabel->setBuddy(m_reminder);

    m_exportAllButton->setObjectName(QStringLiteral("exportAllButton"));
    m_exportAllButton->setToolTip(tr("Save every session below as one iCalendar (.ics) file "
                                     "for your calendar app"));
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    controls->addWidget(reminderLabel);
    controls->addWidget(m_reminder);
    controls->addStretch(1);
    controls->addWidget(m_exportAllButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_zoneNote);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_unscheduledNote);
    layout->addLayout(controls);
    layout->addWidget(m_exportStatus);
}

void LiveSessionsPage::setCatalog(const CatalogSnapshot &snapshot)
{
    LiveSessionList list = liveSessionsOf(snapshot);
    m_programmeId = snapshot.programme.id;
    m_programmeTitle = snapshot.programme.title;
    m_sessions = std::move(list.sessions);
    m_unscheduled = std::move(list.unscheduled);
    rebuildRowsWhenSeen();
}

void LiveSessionsPage::rebuildRowsWhenSeen()
{
    if (isVisible())
        rebuildRows();
    else
        m_rowsOutOfDate = true;
}

void LiveSessionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_rowsOutOfDate)
        rebuildRows();
    else
        refreshTimes(); // the timer leaves a hidden page alone
}

const QIcon &LiveSessionsPage::saveIcon()
{
    // Fusion reads its standard icons from PNG files each time it is asked: once for all rows.
    if (m_saveIcon.isNull())
        m_saveIcon = style()->standardIcon(QStyle::SP_DialogSaveButton);
    return m_saveIcon;
}

int LiveSessionsPage::reminderMinutes() const
{
    return m_reminder->value();
}

void LiveSessionsPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

void LiveSessionsPage::rebuildRows()
{
    m_rowsOutOfDate = false;
    m_exportAllButton->setIcon(saveIcon());
    m_list->clear();
    m_rows.clear();
    int buttonsWidth = 0;
    for (const CourseLiveSession &session : std::as_const(m_sessions)) {
        auto *item = new SessionItem(m_list);
        item->setText(
            CourseColumn,
            tr("%1 %2", "course code and title").arg(session.courseCode, session.courseTitle));
        item->setData(0, kCodeRole, session.courseCode);
        item->setText(LengthColumn, lengthText(session.schedule.durationMinutes()));
        QWidget *buttons = rowButtons(session);
        buttonsWidth = std::max(buttonsWidth, buttons->sizeHint().width());
        m_list->setItemWidget(item, ActionsColumn, buttons);
        m_rows.insert(session.courseCode, item);
    }
    // The header sizes columns by their items' text; the buttons are widgets, so say how wide
    // (and no narrower than the column's title).
    m_list->setColumnWidth(
        ActionsColumn, std::max(buttonsWidth, m_list->header()->sectionSizeHint(ActionsColumn)));
    const bool any = !m_sessions.isEmpty();
    m_list->setVisible(any);
    m_emptyNote->setVisible(!any);
    m_exportAllButton->setEnabled(any);
    m_unscheduledNote->setVisible(!m_unscheduled.isEmpty());
    m_unscheduledNote->setText(tr("Not shown, because their schedule could not be read:\n%1")
                                   .arg(m_unscheduled.join(u'\n')));
    refreshTimes();
}

void LiveSessionsPage::refreshTimes()
{
    const QDateTime now = m_clock();
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_zoneNote->setText(tr("Times are in your time zone, %1 (%2). Hover over a time to see it in "
                           "the course's own zone.")
                            .arg(zone, now.toLocalTime().timeZoneAbbreviation()));
    for (const CourseLiveSession &session : std::as_const(m_sessions)) {
        QTreeWidgetItem *item = m_rows.value(session.courseCode);
        const QList<LiveOccurrence> next = session.schedule.upcoming(now, 1);
        if (!item || next.isEmpty())
            continue;
        const LiveOccurrence &occurrence = next.first();
        item->setText(NextColumn, whenText(occurrence, now));
        item->setToolTip(NextColumn, toolTipFor(session, occurrence));
        item->setData(0, kStartRole, occurrence.start.toMSecsSinceEpoch());
        QFont font = item->font(NextColumn);
        font.setBold(occurrence.isInProgress(now));
        item->setFont(NextColumn, font);
    }
    m_list->sortItems(NextColumn, Qt::AscendingOrder);
    restoreTabOrder();
}

// Rows' buttons join the window's focus chain at its end when they are made, and the rows
// re-sort as sessions pass: Tab follows the list as it reads, each row's Join then Export, and
// then the reminder and "Export all".
void LiveSessionsPage::restoreTabOrder()
{
    QList<QWidget *> order{m_list};
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (QWidget *buttons = m_list->itemWidget(m_list->topLevelItem(row), ActionsColumn))
            order += buttons->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    }
    order << m_reminder << m_exportAllButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QWidget *LiveSessionsPage::rowButtons(const CourseLiveSession &session)
{
    auto *buttons = new QWidget(m_list);
    auto *layout = new QHBoxLayout(buttons);
    // Room between the buttons and the list's edge, and between one row's buttons and the next.
    layout->setContentsMargins(4, 1, 12, 1);
    layout->setSpacing(6);

    auto *join = new QPushButton(tr("Join"), buttons);
    join->setObjectName(QStringLiteral("joinButton"));
    join->setProperty("courseCode", session.courseCode);
    join->setAccessibleName(tr("Join the %1 live session").arg(session.courseCode));
    const QUrl url(session.joinUrl, QUrl::StrictMode);
    join->setEnabled(url.isValid() && !url.isRelative());
    join->setToolTip(join->isEnabled() ? tr("Open %1 in your browser").arg(session.joinUrl)
                                       : tr("This course has no link for its live session yet."));
    connect(join, &QPushButton::clicked, this, [url] { QDesktopServices::openUrl(url); });

    auto *exportCourse = new QToolButton(buttons);
    exportCourse->setObjectName(QStringLiteral("exportCourseButton"));
    exportCourse->setProperty("courseCode", session.courseCode);
    exportCourse->setText(tr("Export…"));
    exportCourse->setToolTip(tr("Save this course's weekly session as an iCalendar (.ics) file"));
    exportCourse->setAccessibleName(tr("Export the %1 live session").arg(session.courseCode));
    exportCourse->setIcon(saveIcon());
    exportCourse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportCourse->setAutoRaise(true);
    const QString code = session.courseCode;
    connect(exportCourse, &QToolButton::clicked, this, [this, code] { askWhereToExport({code}); });

    layout->addWidget(join);
    layout->addWidget(exportCourse);
    return buttons;
}

void LiveSessionsPage::askWhereToExport(const QStringList &courseCodes)
{
    const QString folder
        = m_settings
              ->value(QLatin1String(kExportFolderKey),
                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const bool one = courseCodes.size() == 1;
    const QString name = one ? QStringLiteral("%1-live-session.ics").arg(courseCodes.first())
                             : QStringLiteral("lectern-live-sessions.ics");
    auto *dialog = new QFileDialog(this,
                                   one ? tr("Export the %1 live session").arg(courseCodes.first())
                                       : tr("Export all live sessions"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("iCalendar files (*.ics)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("ics"));
    dialog->setDirectory(folder);
    dialog->selectFile(QDir(folder).filePath(name));
    // open(), not exec(): the GUI thread never spins a nested event loop.
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, courseCodes](const QString &path) { exportTo(path, courseCodes); });
    dialog->open();
}

void LiveSessionsPage::exportTo(const QString &path, const QStringList &courseCodes)
{
    QList<CourseLiveSession> chosen;
    for (const CourseLiveSession &session : std::as_const(m_sessions)) {
        if (courseCodes.isEmpty() || courseCodes.contains(session.courseCode))
            chosen.append(session);
    }
    ics::CalendarOptions options;
    options.now = m_clock();
    options.programmeId = m_programmeId;
    options.reminderMinutes = m_reminder->value();
    options.calendarName = chosen.size() == 1
        ? tr("%1 live session").arg(chosen.first().courseCode)
        : tr("%1: live sessions")
              .arg(m_programmeTitle.isEmpty() ? QStringLiteral("Lectern") : m_programmeTitle);
    const QByteArray calendar = ics::liveSessionCalendar(chosen, options);

    // QSaveFile: a failed write leaves any earlier export untouched, never half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return showExportError(path, file.errorString());
    if (file.write(calendar) != calendar.size() || !file.commit())
        return showExportError(path, file.errorString());

    m_settings->setValue(QLatin1String(kExportFolderKey), QFileInfo(path).absolutePath());
    m_exportStatus->setText(tr("Saved %n live session(s) to %1. Open that file with your "
                               "calendar app to add them.",
                               nullptr, int(chosen.size()))
                                .arg(QDir::toNativeSeparators(path)));
    Q_EMIT calendarExported(path, int(chosen.size()));
}

void LiveSessionsPage::showExportError(const QString &path, const QString &reason)
{
    m_exportStatus->clear();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Could not export the live sessions"),
                                tr("The calendar file could not be saved as %1:\n%2\n\nChoose "
                                   "another folder, such as your Documents folder.")
                                    .arg(QDir::toNativeSeparators(path), reason),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace lectern
