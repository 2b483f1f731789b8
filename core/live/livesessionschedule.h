#pragma once

#include "domain/catalog.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace lectern {

// One meeting of a course's weekly live session. Both times are in the course's own zone;
// toLocalTime() or toTimeZone() gives the user's view of the same instant.
struct LiveOccurrence
{
    QDateTime start;
    QDateTime end;

    bool isInProgress(const QDateTime &now) const { return start <= now && now < end; }
};

// A course's weekly live session, read and checked once: the weekday and wall-clock time in
// the zone the faculty hold it in. Occurrences are computed in that zone, so an 18:30 session
// in Los Angeles stays at 18:30 there across its DST changes and moves for a learner in Madrid
// when one of the two zones changes and the other has not yet.
class LiveSessionSchedule final
{
public:
    // Refuses a session that cannot be placed in time: an unknown weekday or zone, a time that
    // is not HH:MM, a duration that is not positive. The message names what is wrong.
    static Result<LiveSessionSchedule> fromSession(const LiveSession &session);

    LiveSessionSchedule() = default; // invalid: no zone
    bool isValid() const { return m_timeZone.isValid() && m_startTime.isValid(); }

    Qt::DayOfWeek weekday() const { return m_weekday; }
    QTime startTime() const { return m_startTime; }
    QTimeZone timeZone() const { return m_timeZone; }
    int durationMinutes() const { return m_durationMinutes; }

    // The next `count` sessions that have not ended at `now`, earliest first: the first may be
    // in progress (still worth joining); one that has ended rolls over to the next week.
    QList<LiveOccurrence> upcoming(const QDateTime &now, int count = 1) const;
    // The occurrence on a given date of the course's zone; invalid on other weekdays.
    LiveOccurrence on(QDate date) const;

    // "Monday" … "Sunday" as the content format spells them; 0 when unknown.
    static int weekdayFromName(const QString &name);

private:
    Qt::DayOfWeek m_weekday = Qt::Monday;
    QTime m_startTime;
    QTimeZone m_timeZone;
    int m_durationMinutes = 0;
};

// A course's live session with what screens, reminders and calendars show beside it; a value,
// so it outlives the snapshot it came from.
struct CourseLiveSession
{
    QString courseCode;
    QString courseTitle;
    QString joinUrl;
    LiveSessionSchedule schedule;
};

// The courses whose live sessions concern the user: every course in the snapshot except the
// options of an elective slot the learner chose against. Courses without a live session, or
// with one that cannot be placed in time, are left out and named in `unscheduled`.
struct LiveSessionList
{
    QList<CourseLiveSession> sessions; // in snapshot order (by course code)
    QStringList unscheduled; // "PAIN-799: unknown time zone …"
};
LiveSessionList liveSessionsOf(const CatalogSnapshot &snapshot);

} // namespace lectern
