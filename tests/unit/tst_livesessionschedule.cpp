#include "live/icsexport.h"
#include "live/livesessionschedule.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace lectern;

Q_DECLARE_METATYPE(lectern::LiveSession)

namespace {

LiveSession session(const QString &weekday, const QString &time, const QString &zone,
                    int minutes = 90)
{
    return {weekday, time, zone, minutes, QStringLiteral("https://live.lectern.example/x")};
}

LiveSessionSchedule schedule(const QString &weekday, const QString &time, const QString &zone,
                             int minutes = 90)
{
    Result<LiveSessionSchedule> result
        = LiveSessionSchedule::fromSession(session(weekday, time, zone, minutes));
    if (!result)
        qFatal("bad test session: %s", qPrintable(result.error().message));
    return result.value();
}

QDateTime at(const QString &isoWithOffset)
{
    const QDateTime dateTime = QDateTime::fromString(isoWithOffset, Qt::ISODate);
    if (!dateTime.isValid())
        qFatal("bad test time %s", qPrintable(isoWithOffset));
    return dateTime;
}

// The starts of the next `count` occurrences as wall-clock text in `zone`:
// "Tue 2026-03-03 03:30 CET".
QStringList startsIn(const LiveSessionSchedule &s, const QDateTime &now, int count,
                     const QTimeZone &zone)
{
    QStringList starts;
    for (const LiveOccurrence &occurrence : s.upcoming(now, count)) {
        const QDateTime local = occurrence.start.toTimeZone(zone);
        starts.append(QLocale::c().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm t")));
    }
    return starts;
}

QList<QByteArray> physicalLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// RFC 5545 3.1 unfolding: a CRLF followed by one space or tab is removed.
QByteArray unfold(QByteArray text)
{
    return text.replace("\r\n ", "");
}

} // namespace

class TestLiveSessionSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void occurrencesAcrossDst_data();
    void occurrencesAcrossDst();
    void occurrencesKeepTheCourseWallClock();
    void passedSessionRollsToNextWeek_data();
    void passedSessionRollsToNextWeek();
    void sessionInTheSpringForwardGapMovesLater();
    void processTimeZoneSeesTheSameInstant();
    void rejectsSessionsThatCannotBePlaced_data();
    void rejectsSessionsThatCannotBePlaced();
    void listLeavesOutElectivesChosenAgainst();

    void escapesText_data();
    void escapesText();
    void foldsLongLinesAt75Octets_data();
    void foldsLongLinesAt75Octets();
    void durationText_data();
    void durationText();
    void timeZoneHasYearlyRules_data();
    void timeZoneHasYearlyRules();
    void zoneWithoutChangesHasOneObservance();
    void calendarHasOneWeeklyEventPerCourse();
    void uidIsStableAcrossExports();
};

// Bad input: the two zones change their clocks on different dates (US second Sunday of March
// and first of November, EU last Sundays of March and October), so for a few weeks a year the
// gap between them is an hour shorter. A schedule kept in UTC would be an hour off either in
// the course's zone or for the user.
void TestLiveSessionSchedule::occurrencesAcrossDst_data()
{
    QTest::addColumn<QString>("weekday");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("courseZone");
    QTest::addColumn<QString>("userZone");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("expected"); // in the user's zone

    QTest::newRow("LA course, Madrid user, spring")
        << "Monday"
        << "18:30"
        << "America/Los_Angeles"
        << "Europe/Madrid" << at("2026-02-25T12:00:00Z")
        << QStringList{"Tue 2026-03-03 03:30 CET", "Tue 2026-03-10 02:30 CET",
                       "Tue 2026-03-17 02:30 CET", "Tue 2026-03-24 02:30 CET",
                       "Tue 2026-03-31 03:30 CEST"};
    QTest::newRow("LA course, Madrid user, autumn")
        << "Monday"
        << "18:30"
        << "America/Los_Angeles"
        << "Europe/Madrid" << at("2026-10-20T12:00:00Z")
        << QStringList{"Tue 2026-10-27 02:30 CET", "Tue 2026-11-03 03:30 CET"};
    QTest::newRow("Madrid course, LA user, spring")
        << "Wednesday"
        << "09:00"
        << "Europe/Madrid"
        << "America/Los_Angeles" << at("2026-03-01T12:00:00Z")
        << QStringList{"Wed 2026-03-04 00:00 PST", "Wed 2026-03-11 01:00 PDT",
                       "Wed 2026-03-18 01:00 PDT", "Wed 2026-03-25 01:00 PDT",
                       "Wed 2026-04-01 00:00 PDT"};
    QTest::newRow("LA course, LA user, fall back")
        << "Monday"
        << "18:30"
        << "America/Los_Angeles"
        << "America/Los_Angeles" << at("2026-10-27T12:00:00Z")
        << QStringList{"Mon 2026-11-02 18:30 PST", "Mon 2026-11-09 18:30 PST"};
    QTest::newRow("Madrid course, Tokyo user (no DST there)")
        << "Thursday"
        << "19:00"
        << "Europe/Madrid"
        << "Asia/Tokyo" << at("2026-10-20T00:00:00Z")
        << QStringList{"Fri 2026-10-23 02:00 JST", "Fri 2026-10-30 03:00 JST"};
}

void TestLiveSessionSchedule::occurrencesAcrossDst()
{
    QFETCH(QString, weekday);
    QFETCH(QString, time);
    QFETCH(QString, courseZone);
    QFETCH(QString, userZone);
    QFETCH(QDateTime, now);
    QFETCH(QStringList, expected);

    const LiveSessionSchedule s = schedule(weekday, time, courseZone);
    QCOMPARE(startsIn(s, now, int(expected.size()), QTimeZone(userZone.toUtf8())), expected);
}

void TestLiveSessionSchedule::occurrencesKeepTheCourseWallClock()
{
    // Bad input: a schedule that adds 7 × 24 h would drift to 19:30 after the spring change.
    const LiveSessionSchedule s = schedule("Monday", "18:30", "America/Los_Angeles", 90);
    const QList<LiveOccurrence> next = s.upcoming(at("2026-02-25T12:00:00Z"), 3);
    QCOMPARE(next.size(), 3);
    for (const LiveOccurrence &occurrence : next) {
        QCOMPARE(occurrence.start.timeZone().id(), QByteArray("America/Los_Angeles"));
        QCOMPARE(occurrence.start.time(), QTime(18, 30));
        QCOMPARE(occurrence.start.date().dayOfWeek(), int(Qt::Monday));
        QCOMPARE(occurrence.start.secsTo(occurrence.end), 90 * 60);
    }
    QCOMPARE(next[0].start.toUTC(), at("2026-03-03T02:30:00Z"));
    QCOMPARE(next[1].start.toUTC(), at("2026-03-10T01:30:00Z")); // an hour earlier in UTC
    QCOMPARE(next[0].start.secsTo(next[1].start), 7 * 24 * 3600 - 3600);
}

// Bad input: a "now" after this week's session: it must not be offered again, and one that
// is still running must still be (the learner can join it late).
void TestLiveSessionSchedule::passedSessionRollsToNextWeek_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expectedStart");
    QTest::addColumn<bool>("inProgress");

    // Monday 2026-06-01, 18:30-20:00 PDT = 01:30-03:00Z on Tuesday.
    QTest::newRow("earlier that day")
        << at("2026-06-01T10:00:00-07:00") << at("2026-06-01T18:30:00-07:00") << false;
    QTest::newRow("at the start") << at("2026-06-01T18:30:00-07:00")
                                  << at("2026-06-01T18:30:00-07:00") << true;
    QTest::newRow("half way through")
        << at("2026-06-01T19:15:00-07:00") << at("2026-06-01T18:30:00-07:00") << true;
    QTest::newRow("just ended") << at("2026-06-01T20:00:00-07:00")
                                << at("2026-06-08T18:30:00-07:00") << false;
    QTest::newRow("already Tuesday in Madrid, still to come in LA")
        << at("2026-06-02T02:00:00+02:00") << at("2026-06-01T18:30:00-07:00") << false;
    QTest::newRow("Tuesday morning in Madrid, over in LA")
        << at("2026-06-02T09:30:00+02:00") << at("2026-06-08T18:30:00-07:00") << false;
    QTest::newRow("later in the week")
        << at("2026-06-04T09:00:00-07:00") << at("2026-06-08T18:30:00-07:00") << false;
    QTest::newRow("the Sunday before")
        << at("2026-05-31T23:59:00-07:00") << at("2026-06-01T18:30:00-07:00") << false;
}

void TestLiveSessionSchedule::passedSessionRollsToNextWeek()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expectedStart);
    QFETCH(bool, inProgress);

    const LiveSessionSchedule s = schedule("Monday", "18:30", "America/Los_Angeles", 90);
    const QList<LiveOccurrence> next = s.upcoming(now, 2);
    QCOMPARE(next.size(), 2);
    QCOMPARE(next[0].start.toUTC(), expectedStart.toUTC());
    QCOMPARE(next[0].isInProgress(now), inProgress);
    QCOMPARE(next[1].start.toUTC(), expectedStart.addDays(7).toUTC());
}

void TestLiveSessionSchedule::sessionInTheSpringForwardGapMovesLater()
{
    // Bad input: 02:30 on 2026-03-08 does not exist in Los Angeles (02:00 → 03:00). It must not
    // vanish or land an hour early; RFC 5545 reads it as 03:30 PDT, and so do we.
    const LiveSessionSchedule s = schedule("Sunday", "02:30", "America/Los_Angeles", 60);
    const QList<LiveOccurrence> next = s.upcoming(at("2026-03-05T00:00:00Z"), 2);
    QCOMPARE(next.size(), 2);
    QVERIFY(next[0].start.isValid());
    QCOMPARE(next[0].start.toUTC(), at("2026-03-08T10:30:00Z"));
    QCOMPARE(next[1].start.toUTC(), at("2026-03-15T09:30:00Z")); // 02:30 PDT again
}

void TestLiveSessionSchedule::processTimeZoneSeesTheSameInstant()
{
    // The user's zone as the process has it (TZ), the way the page shows it: a learner in
    // Sydney sees the LA Monday session on Tuesday at lunchtime.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Australia/Sydney");
    tzset();
    const LiveSessionSchedule s = schedule("Monday", "18:30", "America/Los_Angeles", 90);
    const QDateTime local = s.upcoming(at("2026-06-03T00:00:00Z"), 1).first().start.toLocalTime();
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    tzset();
    QCOMPARE(local.date(), QDate(2026, 6, 9));
    QCOMPARE(local.time(), QTime(11, 30)); // PDT -7, AEST +10
}

// Bad input: what a content author could get wrong, or a newer server could send.
void TestLiveSessionSchedule::rejectsSessionsThatCannotBePlaced_data()
{
    QTest::addColumn<LiveSession>("live");
    QTest::addColumn<QString>("code");

    QTest::newRow("abbreviated weekday")
        << session("Mon", "18:30", "Europe/Madrid") << "live_weekday";
    QTest::newRow("lower-case weekday")
        << session("monday", "18:30", "Europe/Madrid") << "live_weekday";
    QTest::newRow("hour 25") << session("Monday", "25:00", "Europe/Madrid") << "live_time";
    QTest::newRow("single-digit hour") << session("Monday", "6:30", "Europe/Madrid") << "live_time";
    QTest::newRow("seconds") << session("Monday", "06:30:00", "Europe/Madrid") << "live_time";
    QTest::newRow("unknown zone") << session("Monday", "06:30", "Mars/Olympus_Mons")
                                  << "live_time_zone";
    QTest::newRow("no zone") << session("Monday", "06:30", "") << "live_time_zone";
    QTest::newRow("zero minutes") << session("Monday", "06:30", "Europe/Madrid", 0)
                                  << "live_duration";
}

void TestLiveSessionSchedule::rejectsSessionsThatCannotBePlaced()
{
    QFETCH(LiveSession, live);
    QFETCH(QString, code);
    const Result<LiveSessionSchedule> result = LiveSessionSchedule::fromSession(live);
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
}

void TestLiveSessionSchedule::listLeavesOutElectivesChosenAgainst()
{
    // Bad input: the option the learner did not choose, a course with no session, and one
    // whose zone is unknown.
    CatalogSnapshot snapshot;
    snapshot.programme.electiveSlots = {
        {"elective-1", "Elective", {"PAIN-719", "PAIN-722"}},
        {"elective-2", "Elective", {"PAIN-721", "PAIN-723"}}, // not chosen yet: both stay
    };
    snapshot.enrolment.electiveChoices = {{"elective-1", "PAIN-722"}};
    const auto course = [](const QString &code, const LiveSession &live) {
        Course c;
        c.code = code;
        c.title = code + QStringLiteral(" title");
        c.liveSession = live;
        return c;
    };
    const LiveSession monday = session("Monday", "18:30", "America/Los_Angeles");
    snapshot.courses = {course("PAIN-701", monday),
                        course("PAIN-702", {}),
                        course("PAIN-703", session("Monday", "18:30", "Nowhere/Else")),
                        course("PAIN-719", monday),
                        course("PAIN-721", monday),
                        course("PAIN-722", monday),
                        course("PAIN-723", monday)};

    const LiveSessionList list = liveSessionsOf(snapshot);
    QStringList codes;
    for (const CourseLiveSession &s : list.sessions)
        codes.append(s.courseCode);
    QCOMPARE(codes, (QStringList{"PAIN-701", "PAIN-721", "PAIN-722", "PAIN-723"}));
    QCOMPARE(list.sessions.first().courseTitle, QStringLiteral("PAIN-701 title"));
    QCOMPARE(list.sessions.first().joinUrl, QStringLiteral("https://live.lectern.example/x"));
    QCOMPARE(list.unscheduled.size(), 1);
    QVERIFY(list.unscheduled.first().startsWith(QStringLiteral("PAIN-703: ")));
    QVERIFY(list.unscheduled.first().contains(QStringLiteral("Nowhere/Else")));
}

// Bad input: every character TEXT must escape, and line breaks in each spelling.
void TestLiveSessionSchedule::escapesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << "Pain, Mind; Body"
                           << "Pain\\, Mind\\; Body";
    QTest::newRow("backslash first") << "a\\,b"
                                     << "a\\\\\\,b";
    QTest::newRow("LF") << "one\ntwo"
                        << "one\\ntwo";
    QTest::newRow("CRLF is one break") << "one\r\ntwo"
                                       << "one\\ntwo";
    QTest::newRow("lone CR") << "one\rtwo"
                             << "one\\ntwo";
    QTest::newRow("colon and quote stay") << "Join: \"now\""
                                          << "Join: \"now\"";
    QTest::newRow("non-ASCII stays") << "Dolor crónico"
                                     << "Dolor crónico";
}

void TestLiveSessionSchedule::escapesText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ics::escapeText(text), escaped);
}

// Bad input: lines far over 75 octets, and multi-byte characters placed where a cut by
// octet count would split them.
void TestLiveSessionSchedule::foldsLongLinesAt75Octets_data()
{
    QTest::addColumn<QString>("line");

    QTest::newRow("short") << "SUMMARY:PAIN-701 live session";
    QTest::newRow("exactly 75") << QString(75, u'x');
    QTest::newRow("76") << QString(76, u'x');
    QTest::newRow("long ASCII") << "DESCRIPTION:" + QString(400, u'a');
    QTest::newRow("two-byte characters")
        << "SUMMARY:" + QString(120, QChar(0x00F3)); // ó, 2 octets, odd offset after the name
    QTest::newRow("three-byte characters") << "SUMMARY:x" + QString(90, QChar(0x2014)); // —
    QTest::newRow("four-byte characters")
        << "SUMMARY:ab" + QString::fromUtf8("\xF0\x9F\xA9\xBA").repeated(50); // 🩺
}

void TestLiveSessionSchedule::foldsLongLinesAt75Octets()
{
    QFETCH(QString, line);
    const QByteArray folded = ics::contentLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = physicalLines(folded);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines[i].endsWith('\r'), "every line ends in CRLF");
        const QByteArray content = lines[i].chopped(1);
        QVERIFY2(content.size() <= 75, content.constData());
        if (i > 0)
            QVERIFY(content.startsWith(' '));
        // Each physical line is whole UTF-8 on its own: no character was cut in two.
        const QByteArray body = i > 0 ? content.mid(1) : content;
        QCOMPARE(QString::fromUtf8(body).toUtf8(), body);
        QVERIFY(!QString::fromUtf8(body).contains(QChar::ReplacementCharacter));
    }
    QCOMPARE(unfold(folded), line.toUtf8() + "\r\n");
    if (line.toUtf8().size() <= 75)
        QCOMPARE(lines.size(), 1);
}

void TestLiveSessionSchedule::durationText_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("text");
    QTest::newRow("hour and a half") << 90 << "PT1H30M";
    QTest::newRow("one hour") << 60 << "PT1H";
    QTest::newRow("45 minutes") << 45 << "PT45M";
    QTest::newRow("two hours") << 120 << "PT2H";
}

void TestLiveSessionSchedule::durationText()
{
    QFETCH(int, minutes);
    QFETCH(QString, text);
    QCOMPARE(ics::durationText(minutes), text);
}

// Bad input: zones whose changes are "second Sunday" (US) and "last Sunday" (EU, which some
// years is the fourth and some the fifth Sunday of the month).
void TestLiveSessionSchedule::timeZoneHasYearlyRules_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("expectedLines");

    QTest::newRow("America/Los_Angeles")
        << "America/Los_Angeles" << QStringList{"TZID:America/Los_Angeles",
                                                "BEGIN:DAYLIGHT",
                                                "TZOFFSETFROM:-0800",
                                                "TZOFFSETTO:-0700",
                                                "TZNAME:PDT",
                                                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                                                "BEGIN:STANDARD",
                                                "TZNAME:PST",
                                                "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"};
    QTest::newRow("Europe/Madrid") << "Europe/Madrid"
                                   << QStringList{"TZID:Europe/Madrid",
                                                  "TZOFFSETFROM:+0100",
                                                  "TZOFFSETTO:+0200",
                                                  "TZNAME:CEST",
                                                  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                                                  "TZNAME:CET",
                                                  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"};
}

void TestLiveSessionSchedule::timeZoneHasYearlyRules()
{
    QFETCH(QString, zone);
    QFETCH(QStringList, expectedLines);
    const QByteArray component
        = ics::timeZoneComponent(QTimeZone(zone.toUtf8()), at("2026-06-15T00:00:00Z"), 3);
    const QStringList lines = QString::fromUtf8(unfold(component)).split(QStringLiteral("\r\n"));
    for (const QString &expected : expectedLines)
        QVERIFY2(lines.contains(expected), qPrintable(expected));
    QCOMPARE(lines.count(QStringLiteral("BEGIN:DAYLIGHT")), 1);
    QCOMPARE(lines.count(QStringLiteral("BEGIN:STANDARD")), 1);
    // Some observance must be in force at the first meeting written (June 2026), or calendars
    // would have no offset for it.
    QStringList starts;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("DTSTART:")))
            starts.append(line.mid(8));
    }
    QCOMPARE(starts.size(), 2);
    std::sort(starts.begin(), starts.end());
    QVERIFY2(starts.first() < QStringLiteral("20260615"), qPrintable(starts.first()));
}

void TestLiveSessionSchedule::zoneWithoutChangesHasOneObservance()
{
    // Bad input: a zone with no daylight time: one STANDARD, no rule that invents changes.
    const QByteArray component
        = ics::timeZoneComponent(QTimeZone("Asia/Tokyo"), at("2026-06-15T00:00:00Z"), 3);
    const QString text = QString::fromUtf8(unfold(component));
    QCOMPARE(text.count(QStringLiteral("BEGIN:STANDARD")), 1);
    QVERIFY(!text.contains(QStringLiteral("DAYLIGHT")));
    QVERIFY(!text.contains(QStringLiteral("RRULE")));
    QVERIFY(text.contains(QStringLiteral("TZOFFSETTO:+0900\r\n")));
}

void TestLiveSessionSchedule::calendarHasOneWeeklyEventPerCourse()
{
    const QList<CourseLiveSession> sessions{
        {"PAIN-701", "Pharmacotherapeutics, part 1; opioids", "https://live.lectern.example/701",
         schedule("Monday", "18:30", "America/Los_Angeles", 90)},
        {"PAIN-702", "Assessment", "https://live.lectern.example/702",
         schedule("Tuesday", "18:00", "America/Los_Angeles", 60)},
        {"PAIN-703", "Dolor crónico", "https://live.lectern.example/703",
         schedule("Wednesday", "09:00", "Europe/Madrid", 45)}};
    ics::CalendarOptions options;
    options.now = at("2026-02-25T12:00:00Z");
    options.programmeId = QStringLiteral("msc-pain");
    options.calendarName = QStringLiteral("Lectern live sessions");
    options.reminderMinutes = 15;
    const QByteArray calendar = ics::liveSessionCalendar(sessions, options);

    // Bad output this guards against: bare LF line ends, overlong lines.
    for (const QByteArray &line : physicalLines(calendar)) {
        QVERIFY(line.endsWith('\r'));
        QVERIFY(line.size() - 1 <= 75);
    }
    const QString text = QString::fromUtf8(unfold(calendar));
    QVERIFY(text.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")));
    QVERIFY(text.endsWith(QStringLiteral("END:VCALENDAR\r\n")));
    QCOMPARE(text.count(QStringLiteral("BEGIN:VEVENT")), 3);
    QCOMPARE(text.count(QStringLiteral("BEGIN:VTIMEZONE")), 2); // one per zone, not per course
    QCOMPARE(text.count(QStringLiteral("BEGIN:VALARM")), 3);
    QVERIFY(text.contains(QStringLiteral("TRIGGER:-PT15M\r\n")));
    QVERIFY(text.contains(QStringLiteral("DTSTART;TZID=America/Los_Angeles:20260302T183000\r\n")));
    QVERIFY(text.contains(QStringLiteral("DTSTART;TZID=America/Los_Angeles:20260303T180000\r\n")));
    QVERIFY(text.contains(QStringLiteral("DTSTART;TZID=Europe/Madrid:20260304T090000\r\n")));
    QVERIFY(text.contains(QStringLiteral("RRULE:FREQ=WEEKLY;BYDAY=MO\r\n")));
    QVERIFY(text.contains(QStringLiteral("RRULE:FREQ=WEEKLY;BYDAY=WE\r\n")));
    QVERIFY(text.contains(QStringLiteral("DURATION:PT1H30M\r\n")));
    QVERIFY(text.contains(QStringLiteral("DURATION:PT45M\r\n")));
    QVERIFY(text.contains(QStringLiteral("DTSTAMP:20260225T120000Z\r\n")));
    QVERIFY(text.contains(QStringLiteral("URL:https://live.lectern.example/701\r\n")));
    QVERIFY(text.contains(QStringLiteral(
        "SUMMARY:PAIN-701 live session: Pharmacotherapeutics\\, part 1\\; opioids")));
    QVERIFY(text.contains(QStringLiteral("SUMMARY:PAIN-703 live session: Dolor crónico\r\n")));
    // The description's line break is escaped, never a raw newline inside a value.
    QVERIFY(text.contains(QStringLiteral("\\nJoin: https://live.lectern.example/702")));
}

void TestLiveSessionSchedule::uidIsStableAcrossExports()
{
    // Bad behaviour: a UID made from the time or a random number would make a second import
    // add every session again instead of updating them.
    const QList<CourseLiveSession> sessions{
        {"PAIN-701", "Pharmacotherapeutics", "https://live.lectern.example/701",
         schedule("Monday", "18:30", "America/Los_Angeles", 90)}};
    ics::CalendarOptions options;
    options.programmeId = QStringLiteral("msc-pain");
    options.now = at("2026-02-25T12:00:00Z");
    const QString first = QString::fromUtf8(unfold(ics::liveSessionCalendar(sessions, options)));
    options.now = at("2026-09-01T08:00:00Z");
    const QString second = QString::fromUtf8(unfold(ics::liveSessionCalendar(sessions, options)));
    static const QRegularExpression uid(QStringLiteral("\r\nUID:([^\r]+)\r\n"));
    const QString firstUid = uid.match(first).captured(1);
    QVERIFY(!firstUid.isEmpty());
    QCOMPARE(uid.match(second).captured(1), firstUid);
    QVERIFY(firstUid.contains(QStringLiteral("PAIN-701")));
    QVERIFY(first != second); // the stamp and the first meeting moved on
}

QTEST_GUILESS_MAIN(TestLiveSessionSchedule)
#include "tst_livesessionschedule.moc"
