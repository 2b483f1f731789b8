#include "livesessionschedule.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace lectern {
int LiveSessionSchedule::weekdayFromName(const QString &name)
{
    static const QStringList names{QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                                   QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                   QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                                   QStringLiteral("Sunday")};
    return int(names.indexOf(name)) + 1; // Qt::Monday is 1
}

Result<LiveSessionSchedule> LiveSessionSchedule::fromSession(const LiveSession &session)
{
    const int weekday = weekdayFromName(session.weekday);
    if (weekday == 0) {
        return Error{QStringLiteral("live_weekday"),
                     QCoreApplication::translate("lectern::LiveSessionSchedule",
                                                 "the weekday \"%1\" is not Monday … Sunday")
                         .arg(session.weekday)};
    }
    static const QRegularExpression clock(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    if (!clock.match(session.time).hasMatch()) {
        return Error{QStringLiteral("live_time"),
                     QCoreApplication::translate("lectern::LiveSessionSchedule",
                                                 "the time \"%1\" is not HH:MM")
                         .arg(session.time)};
    }
    const QTimeZone zone(session.timeZone.toUtf8());
    if (session.timeZone.isEmpty() || !zone.isValid()) {
        return Error{
            QStringLiteral("live_time_zone"),
            QCoreApplication::translate("lectern::LiveSessionSchedule", "unknown time zone \"%1\"")
                .arg(session.timeZone)};
    }
    if (session.durationMinutes <= 0) {
        return Error{QStringLiteral("live_duration"),
                     QCoreApplication::translate("lectern::LiveSessionSchedule",
                                                 "the duration of %1 minutes is not positive")
                         .arg(session.durationMinutes)};
    }
    LiveSessionSchedule schedule;
    schedule.m_weekday = Qt::DayOfWeek(weekday);
    schedule.m_startTime = QTime::fromString(session.time, QStringLiteral("HH:mm"));
    schedule.m_timeZone = zone;
    schedule.m_durationMinutes = session.durationMinutes;
    return schedule;
}

LiveOccurrence LiveSessionSchedule::on(QDate date) const
{
    if (!isValid() || date.dayOfWeek() != m_weekday)
        return {};
    QDateTime start(date, m_startTime, m_timeZone);
    // A session set inside a spring-forward gap (02:30 on the night the clocks skip 02:00 to
    // 03:00) happens when the clocks say 03:30, as RFC 5545 reads such a time too.
    for (int hour = 1; !start.isValid() && hour <= 2; ++hour)
        start = QDateTime(date, m_startTime.addSecs(hour * 3600), m_timeZone);
    return {start, start.addSecs(qint64(m_durationMinutes) * 60)};
}

QList<LiveOccurrence> LiveSessionSchedule::upcoming(const QDateTime &now, int count) const
{
    QList<LiveOccurrence> occurrences;
    if (!isValid() || count <= 0)
        return occurrences;
    // Walk the course zone's calendar, not UTC: "every Monday at 18:30" is a wall-clock rule
    // there. Start a day early so a session that began before midnight in the user's zone and
    // is still running is found.
    QDate date = now.toTimeZone(m_timeZone).date().addDays(-1);
    date = date.addDays((m_weekday - date.dayOfWeek() + 7) % 7);
    while (occurrences.size() < count) {
        const LiveOccurrence occurrence = on(date);
        if (occurrence.end > now)
            occurrences.append(occurrence);
        date = date.addDays(7);
    }
    return occurrences;
}

LiveSessionList liveSessionsOf(const CatalogSnapshot &snapshot)
{
    // An elective the learner chose against is not theirs to attend.
    QSet<QString> notChosen;
    for (const ElectiveSlot &slot : snapshot.programme.electiveSlots) {
        const QString chosen = snapshot.enrolment.chosenOption(slot.id);
        if (chosen.isEmpty())
            continue;
        for (const QString &option : slot.options) {
            if (option != chosen)
                notChosen.insert(option);
        }
    }

    LiveSessionList list;
    for (const Course &course : snapshot.courses) {
        if (notChosen.contains(course.code))
            continue;
        if (course.liveSession.weekday.isEmpty() && course.liveSession.time.isEmpty())
            continue; // no live session at all: nothing to say
        Result<LiveSessionSchedule> schedule = LiveSessionSchedule::fromSession(course.liveSession);
        if (!schedule) {
            list.unscheduled.append(
                QStringLiteral("%1: %2").arg(course.code, schedule.error().message));
            continue;
        }
        list.sessions.append(
            {course.code, course.title, course.liveSession.joinUrl, std::move(schedule).value()});
    }
    return list;
}

} // namespace lectern
