// The live sessions page as a learner in Madrid uses it, offscreen: the demo programme's
// weekly sessions (held in Los Angeles and New York) in Madrid time, Join opening the link,
// "Export all" through the real file dialog into an .ics file that Debian's python3-icalendar
// reads back, a save that fails, the reminder setting, and the tray reminder.

#include "clientapp.h"
#include "content/programmeloader.h"
#include "livesessionnotifier.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pages/livesessionspage.h"
#include "store/localstore.h"
#include "support/catalogpages.h"
#include "support/testpaths.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace lectern;

namespace {

// Wednesday 25 February 2026, 13:00 in Madrid, 04:00 in Los Angeles.
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-02-25T12:00:00Z"), Qt::ISODate);

// Reads the file with icalendar and reports what a calendar app would see. For each event it
// also checks the file's own VTIMEZONE (icalendar's to_tz()) against the system tz database at
// every weekly meeting for three years, so a wrong offset or DST rule shows as a mismatch.
const char kIcalendarCheck[] = R"PY(
import datetime, json, sys
import icalendar, pytz
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
zones = {str(c['TZID']): c.to_tz() for c in cal.walk('VTIMEZONE')}
out = {'version': str(cal['VERSION']), 'prodid': str(cal['PRODID']),
       'name': str(cal.get('X-WR-CALNAME', '')), 'zones': sorted(zones), 'events': []}
for ev in cal.walk('VEVENT'):
    start = ev['DTSTART']
    tzid = start.params.get('TZID')
    naive = start.dt.replace(tzinfo=None)
    mismatches = []
    for week in range(156):
        local = naive + datetime.timedelta(weeks=week)
        ours = zones[tzid].localize(local).utcoffset()
        system = pytz.timezone(tzid).localize(local).utcoffset()
        if ours != system:
            mismatches.append('%s: %s != %s' % (local.isoformat(), ours, system))
    rrule = ev['RRULE']
    out['events'].append({
        'uid': str(ev['UID']), 'summary': str(ev['SUMMARY']), 'tzid': tzid,
        'start': naive.strftime('%Y-%m-%dT%H:%M'), 'weekday': naive.strftime('%A'),
        'utc': start.dt.astimezone(pytz.utc).strftime('%Y-%m-%dT%H:%MZ'),
        'freq': rrule['FREQ'][0], 'byday': [str(d) for d in rrule['BYDAY']],
        'minutes': int(ev['DURATION'].dt.total_seconds() // 60),
        'url': str(ev.get('URL', '')), 'location': str(ev.get('LOCATION', '')),
        'description': str(ev.get('DESCRIPTION', '')),
        'alarms': [str(a['TRIGGER'].to_ical(), 'ascii') for a in ev.walk('VALARM')],
        'mismatches': mismatches})
print(json.dumps(out))
)PY";

// Debian's python3-icalendar lives beside Debian's python3; a python3 earlier on PATH (pyenv,
// a virtualenv) would not see it.
QString debianPython()
{
    const QString system
        = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    return system.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : system;
}

// Turns up URLs that QDesktopServices::openUrl() would hand to the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class TestLiveSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEachCourseNextSessionInLocalTime();
    void sessionInProgressShowsNow();
    void joinOpensTheLinkInTheBrowser();
    void exportAllWritesACalendarThatIcalendarReads();
    void exportOneCourseWritesOneEvent();
    void unwritablePathShowsAnError();
    void reminderSettingIsKept();
    void notifierRemindsBeforeTheSession();
    void notifierStaysQuietWhenOff();
    void openedFromTheViewMenuAndHome();

private:
    std::unique_ptr<LiveSessionsPage> makePage();
    QTreeWidgetItem *rowOf(LiveSessionsPage &page, const QString &code);
    void exportThroughDialog(LiveSessionsPage &page, QAbstractButton *button, const QString &path);
    QJsonObject readWithIcalendar(const QString &path);

    QTemporaryDir m_dir;
    CatalogSnapshot m_snapshot;
    QHash<QString, Course> m_courses;
};

void TestLiveSessions::initTestCase()
{
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Madrid"));
    QVERIFY(m_dir.isValid());
    // The demo programme as the client holds it: through the wire format into a real store
    // and loaded back, as after a sync.
    const ProgrammeLoader::Outcome loaded = ProgrammeLoader::load(testing::demoProgrammeDir());
    for (const ContentError &error : loaded.errors)
        qWarning("%s", qPrintable(error.toString()));
    QVERIFY(loaded.isOk());
    LocalStore store(m_dir.filePath(QStringLiteral("lectern.sqlite")));
    QSignalSpy opened(&store, &LocalStore::opened);
    QSignalSpy applied(&store, &LocalStore::pageApplied);
    QSignalSpy catalog(&store, &LocalStore::catalogLoaded);
    QSignalSpy failed(&store, &LocalStore::operationFailed);
    store.openAsync();
    QVERIFY(opened.wait(10000));
    store.applyPageAsync(testing::pageFor(loaded.content, QStringLiteral("learner")));
    QVERIFY(applied.wait(10000));
    store.loadAsync();
    QVERIFY(catalog.wait(10000));
    QVERIFY(failed.isEmpty());
    m_snapshot = catalog.first().first().value<CatalogSnapshot>();
    QCOMPARE(m_snapshot.courses.size(), 27);
    for (const Course &course : std::as_const(m_snapshot.courses))
        m_courses.insert(course.code, course);
}

std::unique_ptr<LiveSessionsPage> TestLiveSessions::makePage()
{
    auto *settings
        = new QSettings(m_dir.filePath(QStringLiteral("lectern.ini")), QSettings::IniFormat);
    auto page = std::make_unique<LiveSessionsPage>(settings);
    settings->setParent(page.get());
    page->setClock([] { return kNow; });
    page->setCatalog(m_snapshot);
    page->resize(900, 640);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    return page;
}

QTreeWidgetItem *TestLiveSessions::rowOf(LiveSessionsPage &page, const QString &code)
{
    auto *list = page.findChild<QTreeWidget *>(QStringLiteral("liveSessionList"));
    for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0).startsWith(code + u' '))
            return list->topLevelItem(i);
    }
    return nullptr;
}

void TestLiveSessions::showsEachCourseNextSessionInLocalTime()
{
    const auto page = makePage();
    QVERIFY(page);
    auto *list = page->findChild<QTreeWidget *>(QStringLiteral("liveSessionList"));
    QVERIFY(list && list->isVisible());
    // 27 courses less PAIN-719, the elective the demo learner chose against.
    QCOMPARE(list->topLevelItemCount(), 26);
    QVERIFY(!rowOf(*page, QStringLiteral("PAIN-719")));

    // Bad input: sessions whose Madrid day differs from the course's day (Monday evening in LA
    // is Tuesday night in Madrid), a New York course, and one already over this week.
    const QList<std::pair<QString, QString>> expected{
        {"PAIN-701", "Tue 3 Mar, 03:30"}, // Monday 18:30 PST
        {"PAIN-703", "Tomorrow, 04:00"}, // Wednesday 19:00 PST, later today in LA
        {"PAIN-712c", "Sat 28 Feb, 15:00"}, // Saturday 09:00 EST
        {"PAIN-713d", "Fri 27 Feb, 21:00"}, // Friday 12:00 PST
        {"PAIN-718", "Tue 3 Mar, 21:00"}, // Tuesday 12:00 PST: yesterday's is over
    };
    for (const auto &[code, when] : expected) {
        QTreeWidgetItem *row = rowOf(*page, code);
        QVERIFY2(row, qPrintable(code));
        QCOMPARE(row->text(1), when);
    }
    QCOMPARE(rowOf(*page, QStringLiteral("PAIN-701"))->text(2), QStringLiteral("1 h 30 min"));
    // Soonest first: Wednesday 16:00 in LA is 01:00 on Thursday in Madrid.
    QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("PAIN-715 ")));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Tomorrow, 01:00"));

    // Hovering shows the course's own zone and time beside the user's.
    const QString tip = rowOf(*page, QStringLiteral("PAIN-701"))->toolTip(1);
    QVERIFY2(tip.contains(QStringLiteral("America/Los_Angeles")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Monday, 2 March 2026, 18:30 PST")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Europe/Madrid")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Tuesday, 3 March 2026, 03:30 CET")), qPrintable(tip));
    const QString zoneNote = page->findChild<QLabel *>(QStringLiteral("zoneNote"))->text();
    QVERIFY(zoneNote.contains(QStringLiteral("Europe/Madrid")));

    // Every column says what it holds, the buttons' too, and the title is not cut.
    const int actions = list->columnCount() - 1;
    const QString actionsTitle = list->headerItem()->text(actions);
    QCOMPARE(actionsTitle, QStringLiteral("Join or add to calendar"));
    QVERIFY(list->columnWidth(actions) >= list->header()->sectionSizeHint(actions));
    // The buttons keep clear of the list's edge and of each other, whole and readable.
    QTreeWidgetItem *first = list->topLevelItem(0);
    auto *exportButton = list->itemWidget(first, actions)
                             ->findChild<QToolButton *>(QStringLiteral("exportCourseButton"));
    auto *joinButton
        = list->itemWidget(first, actions)->findChild<QPushButton *>(QStringLiteral("joinButton"));
    QVERIFY(exportButton && joinButton);
    const QRect exportInList(exportButton->mapTo(list->viewport(), QPoint(0, 0)),
                             exportButton->size());
    QVERIFY2(list->viewport()->width() - exportInList.right() >= 8,
             qPrintable(QStringLiteral("Export… ends %1 px from the list's edge")
                            .arg(list->viewport()->width() - exportInList.right())));
    QVERIFY(exportButton->width() >= exportButton->sizeHint().width());
    QVERIFY(joinButton->geometry().right() < exportButton->geometry().left());

    if (const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(page->grab().save(dir + QStringLiteral("/livesessions.png")));
}

void TestLiveSessions::sessionInProgressShowsNow()
{
    // Bad input: a "now" inside PAIN-722's Friday 07:30-08:30 PST session: it is still worth
    // joining, so it must not roll over to next week.
    const auto page = makePage();
    QVERIFY(page);
    page->setClock(
        [] { return QDateTime::fromString(QStringLiteral("2026-02-27T15:45:00Z"), Qt::ISODate); });
    QTreeWidgetItem *row = rowOf(*page, QStringLiteral("PAIN-722"));
    QVERIFY(row);
    QCOMPARE(row->text(1), QStringLiteral("Now, until 17:30"));
    QVERIFY(row->font(1).bold());
    auto *list = page->findChild<QTreeWidget *>(QStringLiteral("liveSessionList"));
    QCOMPARE(list->topLevelItem(0), row);
    // Later that Friday in Madrid, PAIN-713d at 12:00 PST (21:00 CET) is "Today".
    QCOMPARE(rowOf(*page, QStringLiteral("PAIN-713d"))->text(1), QStringLiteral("Today, 21:00"));
}

void TestLiveSessions::joinOpensTheLinkInTheBrowser()
{
    const auto page = makePage();
    QVERIFY(page);
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    QPushButton *join = nullptr;
    for (QPushButton *button : page->findChildren<QPushButton *>(QStringLiteral("joinButton"))) {
        if (button->property("courseCode").toString() == u"PAIN-712c")
            join = button;
    }
    QVERIFY(join && join->isVisible() && join->isEnabled());
    QTest::mouseClick(join, Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.urls,
             QList<QUrl>{QUrl(QStringLiteral("https://live.lectern.example/pain-712c"))});
}

void TestLiveSessions::exportThroughDialog(LiveSessionsPage &page, QAbstractButton *button,
                                           const QString &path)
{
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = page.findChild<QFileDialog *>(QStringLiteral("exportDialog"));
        return dialog && dialog->isVisible();
    }));
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    QVERIFY(name->text().endsWith(QStringLiteral(".ics"))); // a sensible name is offered
    // As a user would: the dialog is the active window and its name field has the focus.
    QApplication::setActiveWindow(dialog);
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->selectAll();
    QTest::keyClicks(name, path);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Save));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<QFileDialog *>(QStringLiteral("exportDialog")));
}

QJsonObject TestLiveSessions::readWithIcalendar(const QString &path)
{
    QProcess python;
    python.start(debianPython(), {QStringLiteral("-c"), QString::fromUtf8(kIcalendarCheck), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        const QString error = QString::fromUtf8(python.readAllStandardError());
        // The check must fail, not skip, when the parser is missing.
        if (error.contains(QStringLiteral("No module named")))
            qWarning("python3-icalendar is missing: run scripts/install-deps.sh");
        qWarning("%s", qPrintable(error));
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestLiveSessions::exportAllWritesACalendarThatIcalendarReads()
{
    const auto page = makePage();
    QVERIFY(page);
    QSignalSpy exported(page.get(), &LiveSessionsPage::calendarExported);
    const QString path = m_dir.filePath(QStringLiteral("all-sessions.ics"));
    exportThroughDialog(*page, page->findChild<QPushButton *>(QStringLiteral("exportAllButton")),
                        path);
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(1).toInt(), 26);
    const QString status = page->findChild<QLabel *>(QStringLiteral("exportStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("Saved 26 live session")), qPrintable(status));
    QVERIFY(status.contains(QDir::toNativeSeparators(path)));

    const QJsonObject calendar = readWithIcalendar(path);
    QVERIFY2(!calendar.isEmpty(), "python3-icalendar could not read the exported file");
    QCOMPARE(calendar[u"version"].toString(), QStringLiteral("2.0"));
    QVERIFY(calendar[u"prodid"].toString().contains(QStringLiteral("Lectern")));
    QCOMPARE(
        calendar[u"zones"].toArray(),
        (QJsonArray{QStringLiteral("America/Los_Angeles"), QStringLiteral("America/New_York")}));
    const QJsonArray events = calendar[u"events"].toArray();
    QCOMPARE(events.size(), 26);
    QSet<QString> uids;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString code = event[u"summary"].toString().section(u' ', 0, 0);
        QVERIFY2(m_courses.contains(code), qPrintable(code));
        const LiveSession &live = m_courses.value(code).liveSession;
        QCOMPARE(event[u"tzid"].toString(), live.timeZone);
        QCOMPARE(event[u"start"].toString().mid(11), live.time); // wall clock in its own zone
        QCOMPARE(event[u"weekday"].toString(), live.weekday);
        QVERIFY2(event[u"start"].toString() >= QStringLiteral("2026-02-25"), qPrintable(code));
        QVERIFY2(event[u"start"].toString() < QStringLiteral("2026-03-05"), qPrintable(code));
        QCOMPARE(event[u"freq"].toString(), QStringLiteral("WEEKLY"));
        QCOMPARE(event[u"byday"].toArray(),
                 QJsonArray{live.weekday.left(2).toUpper()}); // "Monday" → MO
        QCOMPARE(event[u"minutes"].toInt(), live.durationMinutes);
        QCOMPARE(event[u"url"].toString(), live.joinUrl);
        QCOMPARE(event[u"location"].toString(), live.joinUrl);
        QVERIFY(event[u"description"].toString().contains(live.joinUrl));
        QCOMPARE(event[u"alarms"].toArray(), QJsonArray{QStringLiteral("-PT10M")});
        QCOMPARE(event[u"mismatches"].toArray(), QJsonArray());
        uids.insert(event[u"uid"].toString());
    }
    QCOMPARE(uids.size(), 26);
    // PAIN-701: Monday 2 March 18:30 PST is 02:30 UTC on Tuesday.
    for (const QJsonValue &value : events) {
        if (value[u"summary"].toString().startsWith(QStringLiteral("PAIN-701 ")))
            QCOMPARE(value[u"utc"].toString(), QStringLiteral("2026-03-03T02:30Z"));
    }
}

void TestLiveSessions::exportOneCourseWritesOneEvent()
{
    const auto page = makePage();
    QVERIFY(page);
    QToolButton *button = nullptr;
    for (QToolButton *candidate :
         page->findChildren<QToolButton *>(QStringLiteral("exportCourseButton"))) {
        if (candidate->property("courseCode").toString() == u"PAIN-712c")
            button = candidate;
    }
    const QString path = m_dir.filePath(QStringLiteral("pain-712c.ics"));
    exportThroughDialog(*page, button, path);
    const QJsonObject calendar = readWithIcalendar(path);
    QVERIFY(!calendar.isEmpty());
    QCOMPARE(calendar[u"zones"].toArray(), QJsonArray{QStringLiteral("America/New_York")});
    const QJsonArray events = calendar[u"events"].toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0][u"start"].toString(), QStringLiteral("2026-02-28T09:00"));
    QCOMPARE(events[0][u"mismatches"].toArray(), QJsonArray());
    QVERIFY(calendar[u"name"].toString().contains(QStringLiteral("PAIN-712c")));
}

void TestLiveSessions::unwritablePathShowsAnError()
{
    // Bad input: a folder that is really a file, which fails even for root.
    const auto page = makePage();
    QVERIFY(page);
    QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSignalSpy exported(page.get(), &LiveSessionsPage::calendarExported);
    const QString path = blocker.fileName() + QStringLiteral("/sessions.ics");
    exportThroughDialog(*page, page->findChild<QPushButton *>(QStringLiteral("exportAllButton")),
                        path);
    QMessageBox *box = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        box = page->findChild<QMessageBox *>(QStringLiteral("exportErrorBox"));
        return box && box->isVisible();
    }));
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(path)), qPrintable(box->text()));
    if (const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(box->grab().save(dir + QStringLiteral("/livesessions-error.png")));
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY(exported.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("exportStatus"))->text().isEmpty());
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("exportErrorBox")));
}

void TestLiveSessions::reminderSettingIsKept()
{
    int minutes = 0;
    {
        const auto page = makePage();
        QVERIFY(page);
        auto *spin = page->findChild<QSpinBox *>(QStringLiteral("reminderMinutes"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), LiveSessionsPage::kDefaultReminderMinutes);
        QSignalSpy changed(page.get(), &LiveSessionsPage::reminderMinutesChanged);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("25"));
        QCOMPARE(changed.last().first().toInt(), 25);
        // Bad input: stepping down past zero stops at "Off".
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(spin, Qt::Key_Down);
        QCOMPARE(spin->value(), 0);
        QCOMPARE(spin->text(), QStringLiteral("Off"));
        QCOMPARE(page->reminderMinutes(), 0);
        QTest::keyClick(spin, Qt::Key_Up);
        minutes = spin->value();
    }
    QCOMPARE(minutes, 5);
    const auto again = makePage(); // the next start of the app
    QVERIFY(again);
    QCOMPARE(again->reminderMinutes(), 5);
}

void TestLiveSessions::notifierRemindsBeforeTheSession()
{
    // A clock that runs from 10 minutes and half a second before PAIN-701's Monday session.
    const QDateTime start
        = QDateTime::fromString(QStringLiteral("2026-03-03T02:30:00Z"), Qt::ISODate);
    QElapsedTimer elapsed;
    elapsed.start();
    const QDateTime base = start.addSecs(-600).addMSecs(-500);
    LiveSessionNotifier notifier;
    notifier.setClock([&] { return base.addMSecs(elapsed.elapsed()); });
    QSignalSpy due(&notifier, &LiveSessionNotifier::reminderDue);
    // Offscreen there is no tray: the reminder still goes out, and the log says why no
    // desktop notification appears.
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("No system tray")));
    notifier.setReminderMinutes(10);
    notifier.setCatalog(m_snapshot);
    QCOMPARE(notifier.nextReminderAt(), start.addSecs(-600));
    // PAIN-701 and PAIN-713c both meet on Mondays at 18:30 PST: both are announced.
    QVERIFY(QTest::qWaitFor([&] { return due.size() >= 2; }, 5000));
    QCOMPARE(due.size(), 2);
    QStringList codes{due.at(0).at(0).toString(), due.at(1).at(0).toString()};
    codes.sort();
    QCOMPARE(codes, (QStringList{"PAIN-701", "PAIN-713c"}));
    const QList<QVariant> &first = due.at(codes.first() == due.at(0).at(0).toString() ? 0 : 1);
    QCOMPARE(first.at(2).toDateTime().toUTC(), start);
    QCOMPARE(first.at(3).toString(), QStringLiteral("https://live.lectern.example/pain-701"));
    // Announced once; the timer now waits for a later session, never for these again.
    QVERIFY(notifier.nextReminderAt() > start);
    QTest::qWait(300);
    QCOMPARE(due.size(), 2);
}

void TestLiveSessions::notifierStaysQuietWhenOff()
{
    LiveSessionNotifier notifier;
    notifier.setClock([] { return kNow; });
    notifier.setCatalog(m_snapshot);
    notifier.setReminderMinutes(0);
    QVERIFY(!notifier.nextReminderAt().isValid());
    notifier.setReminderMinutes(15);
    // PAIN-715, Wednesday 16:00 PST, is the first session after kNow.
    QCOMPARE(notifier.nextReminderAt(),
             QDateTime::fromString(QStringLiteral("2026-02-25T23:45:00Z"), Qt::ISODate));
}

void TestLiveSessions::openedFromTheViewMenuAndHome()
{
    // The whole client over the store initTestCase filled, offline as after a sync, with
    // settings of its own (the page tests above changed the reminder in theirs).
    ClientApp::Options options;
    options.dataDir = m_dir.path();
    options.settingsPath = m_dir.filePath(QStringLiteral("client.ini"));
    ClientApp client(options);
    QSignalSpy shown(client.controller(), &AppController::catalogShown);
    client.start();
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.first().first().toInt(), 27);
    QVERIFY(QTest::qWaitFor([&] { return client.controller()->loginDialog(); }, 10000));
    auto *offline = client.controller()->loginDialog()->findChild<QPushButton *>(
        QStringLiteral("offlineButton"));
    QTRY_VERIFY(offline->isEnabled());
    QTest::mouseClick(offline, Qt::LeftButton);
    QTRY_VERIFY(!client.controller()->loginDialog());
    MainWindow *window = client.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    LiveSessionsPage *page = window->liveSessionsPage();
    QVERIFY(page && !page->isVisible());
    // A learner has no preview switch.
    QVERIFY(!window->previewAsLearnerAction()->isVisible());

    // View > Live sessions, by its mnemonic in the open menu.
    auto *viewMenu = window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu);
    viewMenu->popup(window->mapToGlobal(QPoint(20, 20)));
    QVERIFY(QTest::qWaitForWindowExposed(viewMenu));
    QTest::keyClick(viewMenu, Qt::Key_L);
    QTRY_VERIFY(page->isVisible());
    QVERIFY(!viewMenu->isVisible());
    // The catalog the window shows, given while the page was hidden at start: its rows are all
    // there once it is opened, each with its buttons.
    auto *list = page->findChild<QTreeWidget *>(QStringLiteral("liveSessionList"));
    QCOMPARE(list->topLevelItemCount(), 26);
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QWidget *buttons = list->itemWidget(list->topLevelItem(row), list->columnCount() - 1);
        QVERIFY(buttons && buttons->isVisible());
        QVERIFY(buttons->findChild<QPushButton *>(QStringLiteral("joinButton")));
    }
    QVERIFY(!list->headerItem()->text(list->columnCount() - 1).isEmpty());
    QVERIFY(!rowOf(*page, QStringLiteral("PAIN-719")));

    // Bad input: a reminder setting the notifier does not follow.
    auto *notifier = window->findChild<LiveSessionNotifier *>();
    QVERIFY(notifier);
    QCOMPARE(notifier->reminderMinutes(), LiveSessionsPage::kDefaultReminderMinutes);
    auto *spin = page->findChild<QSpinBox *>(QStringLiteral("reminderMinutes"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("30"));
    QCOMPARE(notifier->reminderMinutes(), 30);
    QVERIFY(notifier->nextReminderAt().isValid());

    // Home, then Home's own button back to the page.
    window->showHome();
    QTRY_VERIFY(window->dashboardPage()->isVisible());
    QVERIFY(!page->isVisible());
    auto *fromHome = window->dashboardPage()->findChild<QPushButton *>(
        QStringLiteral("dashboardLiveSessionsButton"));
    QVERIFY(fromHome && fromHome->isVisible());
    QTest::mouseClick(fromHome, Qt::LeftButton);
    QTRY_VERIFY(page->isVisible());
}

int main(int argc, char *argv[])
{
    // A learner in Madrid, reading English dates; the widget file dialog, as on any desktop
    // without a native one, so the test can drive it.
    qputenv("TZ", "Europe/Madrid");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    TestLiveSessions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_livesessions.moc"
