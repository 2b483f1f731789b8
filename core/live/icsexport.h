#pragma once

#include "live/livesessionschedule.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// iCalendar (RFC 5545) for the courses' weekly live sessions, so a learner can put them in the
// calendar app they already use. Each course is one recurring event in its own zone, and each
// zone used carries a VTIMEZONE built from the system's time zone data, so calendars that do not
// know the zone (or know an older rule) still place every meeting at the right instant.
namespace lectern::ics {

struct CalendarOptions
{
    QDateTime now; // DTSTAMP, and the first meeting written is the next one after it
    QString programmeId; // makes each course's UID unique to the programme
    QString calendarName; // X-WR-CALNAME, the name calendar apps show for the import
    int reminderMinutes = 0; // a VALARM this long before each meeting; 0 for none
    // How far ahead VTIMEZONE spells out the zone's changes; a yearly rule carries on after
    // that when the changes follow one (as nearly all do).
    int timeZoneYears = 3;
};

// A VCALENDAR with one weekly VEVENT per session (UID stable per course, so importing again
// updates rather than duplicates) and a VTIMEZONE per zone. CRLF line ends, folded at 75 octets.
QByteArray liveSessionCalendar(const QList<CourseLiveSession> &sessions,
                               const CalendarOptions &options);

// The parts, public for tests.

// TEXT value escaping: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
QString escapeText(const QString &text);
// One content line, UTF-8, folded so no physical line exceeds 75 octets (continuations begin
// with a space and never split a UTF-8 sequence), ending in CRLF.
QByteArray contentLine(const QString &line);
// The zone's observances in force from `from` and changing within `years` after it.
QByteArray timeZoneComponent(const QTimeZone &zone, const QDateTime &from, int years);
// "PT1H30M" for 90 minutes.
QString durationText(int minutes);
// "MO" … "SU"
QString weekdayCode(Qt::DayOfWeek day);

} // namespace lectern::ics
