#include "icsexport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace lectern::ics {
namespace {

constexpr int kMaxLineOctets = 75;

// Wall-clock time as iCalendar writes it beside a TZID: 20261130T183000.
QString localText(const QDateTime &dateTime)
{
    return dateTime.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString localText(QDate date, QTime time)
{
    return localText(QDateTime(date, time));
}

QString utcText(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// UTC offsets as TZOFFSETFROM/TO want them: -0800, +0100, +053328 when seconds matter.
QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = qAbs(seconds);
    QString text = QStringLiteral("%1%2%3")
                       .arg(sign)
                       .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                       .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
    if (seconds % 60 != 0)
        text += QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return text;
}

// The moment a zone changes its offset, as a VTIMEZONE observance describes it: the wall-clock
// time it happens at, read in the offset in force just before.
struct Onset
{
    QDate date;
    QTime time;
    int offsetFrom = 0;
    int offsetTo = 0;
    bool daylight = false;
    QString name;

    bool sameObservance(const Onset &other) const
    {
        return daylight == other.daylight && offsetFrom == other.offsetFrom
            && offsetTo == other.offsetTo && name == other.name;
    }
};

Onset onsetOf(const QTimeZone &zone, const QTimeZone::OffsetData &transition)
{
    Onset onset;
    onset.offsetFrom = zone.offsetFromUtc(transition.atUtc.addSecs(-1));
    onset.offsetTo = transition.offsetFromUtc;
    onset.daylight = transition.daylightTimeOffset != 0;
    onset.name = transition.abbreviation;
    const QDateTime wallClock = transition.atUtc.toOffsetFromUtc(onset.offsetFrom);
    onset.date = wallClock.date();
    onset.time = wallClock.time();
    return onset;
}

// "2SU" or "-1SU" when every onset falls on the same weekday of the same month, at the same
// time, in consecutive years, on the same week of the month (or always its last); otherwise
// empty, and the onsets are listed one by one.
QString yearlyRule(const QList<Onset> &onsets)
{
    if (onsets.size() < 2)
        return {};
    const Onset &first = onsets.first();
    bool allLast = true;
    bool sameNth = true;
    const int nth = (first.date.day() - 1) / 7 + 1;
    for (qsizetype i = 0; i < onsets.size(); ++i) {
        const Onset &onset = onsets[i];
        if (onset.date.month() != first.date.month()
            || onset.date.dayOfWeek() != first.date.dayOfWeek() || onset.time != first.time
            || onset.date.year() != first.date.year() + i) {
            return {};
        }
        allLast = allLast && onset.date.day() + 7 > onset.date.daysInMonth();
        sameNth = sameNth && (onset.date.day() - 1) / 7 + 1 == nth;
    }
    // "Last Sunday" is how zones that change late in a month word it; a rule read as "fourth
    // Sunday" from a few years of data would drift the year the month has five.
    const QString day = weekdayCode(Qt::DayOfWeek(first.date.dayOfWeek()));
    if (allLast)
        return QStringLiteral("-1") + day;
    if (sameNth)
        return QString::number(nth) + day;
    return {};
}

void append(QByteArray &out, const QString &line)
{
    out += contentLine(line);
}

void appendObservance(QByteArray &out, const QList<Onset> &onsets, bool ruleReachesEnd)
{
    const Onset &first = onsets.first();
    const QString component
        = first.daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
    append(out, QStringLiteral("BEGIN:") + component);
    append(out, QStringLiteral("DTSTART:") + localText(first.date, first.time));
    append(out, QStringLiteral("TZOFFSETFROM:") + offsetText(first.offsetFrom));
    append(out, QStringLiteral("TZOFFSETTO:") + offsetText(first.offsetTo));
    if (!first.name.isEmpty())
        append(out, QStringLiteral("TZNAME:") + escapeText(first.name));
    const QString byDay = ruleReachesEnd ? yearlyRule(onsets) : QString();
    if (!byDay.isEmpty()) {
        append(out,
               QStringLiteral("RRULE:FREQ=YEARLY;BYMONTH=%1;BYDAY=%2")
                   .arg(first.date.month())
                   .arg(byDay));
    } else if (onsets.size() > 1) {
        QStringList dates;
        for (qsizetype i = 1; i < onsets.size(); ++i)
            dates.append(localText(onsets[i].date, onsets[i].time));
        append(out, QStringLiteral("RDATE:") + dates.join(u','));
    }
    append(out, QStringLiteral("END:") + component);
}

QString uidFor(const QString &courseCode, const QString &programmeId)
{
    const QString domain = programmeId.isEmpty() ? QStringLiteral("lectern")
                                                 : programmeId + QStringLiteral(".lectern");
    return QStringLiteral("%1-live-session@%2").arg(courseCode, domain);
}

void appendEvent(QByteArray &out, const CourseLiveSession &session, const CalendarOptions &options)
{
    const LiveSessionSchedule &schedule = session.schedule;
    const QList<LiveOccurrence> next = schedule.upcoming(options.now, 1);
    if (next.isEmpty())
        return;
    const QString zoneId = QString::fromUtf8(schedule.timeZone().id());
    const QString summary
        = QCoreApplication::translate("lectern::LiveSessionCalendar", "%1 live session: %2")
              .arg(session.courseCode, session.courseTitle);
    QString description
        = QCoreApplication::translate(
              "lectern::LiveSessionCalendar",
              "Weekly live session of %1 %2 with the course faculty, every %3 at "
              "%4 (%5).")
              .arg(session.courseCode, session.courseTitle, QLocale().dayName(schedule.weekday()),
                   schedule.startTime().toString(QStringLiteral("HH:mm")), zoneId);
    if (!session.joinUrl.isEmpty())
        description += u'\n'
            + QCoreApplication::translate("lectern::LiveSessionCalendar", "Join: %1")
                  .arg(session.joinUrl);

    append(out, QStringLiteral("BEGIN:VEVENT"));
    append(out, QStringLiteral("UID:") + uidFor(session.courseCode, options.programmeId));
    append(out, QStringLiteral("DTSTAMP:") + utcText(options.now));
    append(out, QStringLiteral("DTSTART;TZID=%1:%2").arg(zoneId, localText(next.first().start)));
    append(out, QStringLiteral("DURATION:") + durationText(schedule.durationMinutes()));
    append(out, QStringLiteral("RRULE:FREQ=WEEKLY;BYDAY=") + weekdayCode(schedule.weekday()));
    append(out, QStringLiteral("SUMMARY:") + escapeText(summary));
    append(out, QStringLiteral("DESCRIPTION:") + escapeText(description));
    if (!session.joinUrl.isEmpty()) {
        // URL is a URI, not TEXT: it is written as is. LOCATION is where calendar apps show a
        // clickable place, and for an online session that is the link.
        append(out, QStringLiteral("URL:") + session.joinUrl);
        append(out, QStringLiteral("LOCATION:") + escapeText(session.joinUrl));
    }
    if (options.reminderMinutes > 0) {
        append(out, QStringLiteral("BEGIN:VALARM"));
        append(out, QStringLiteral("ACTION:DISPLAY"));
        append(out, QStringLiteral("DESCRIPTION:") + escapeText(summary));
        append(out, QStringLiteral("TRIGGER:-") + durationText(options.reminderMinutes));
        append(out, QStringLiteral("END:VALARM"));
    }
    append(out, QStringLiteral("END:VEVENT"));
}

} // namespace

QString weekdayCode(Qt::DayOfWeek day)
{
    static const char *const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return QString::fromLatin1(codes[qBound(1, int(day), 7) - 1]);
}

QString escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r' || c == u'\n') {
            // CRLF, LF and a lone CR are each one line break.
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray contentLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray folded;
    folded.reserve(utf8.size() + utf8.size() / 60 * 3 + 2);
    qsizetype at = 0;
    bool first = true;
    do {
        // A continuation's leading space counts towards its 75 octets.
        qsizetype take
            = std::min<qsizetype>(first ? kMaxLineOctets : kMaxLineOctets - 1, utf8.size() - at);
        // Never cut inside a UTF-8 sequence: back off over continuation bytes (10xxxxxx).
        while (at + take < utf8.size() && take > 1 && (uchar(utf8[at + take]) & 0xC0) == 0x80) {
            --take;
        }
        if (!first)
            folded += ' ';
        folded += utf8.mid(at, take);
        folded += "\r\n";
        at += take;
        first = false;
    } while (at < utf8.size());
    return folded;
}

QString durationText(int minutes)
{
    QString text = QStringLiteral("PT");
    if (minutes >= 60)
        text += QString::number(minutes / 60) + u'H';
    if (minutes % 60 != 0 || minutes == 0)
        text += QString::number(minutes % 60) + u'M';
    return text;
}

QByteArray timeZoneComponent(const QTimeZone &zone, const QDateTime &from, int years)
{
    const QDateTime until = from.addYears(std::max(1, years));
    QList<QTimeZone::OffsetData> transitions;
    // The change in force at `from` starts the first observance: every meeting written lies
    // after it.
    const QTimeZone::OffsetData inForce = zone.previousTransition(from);
    if (inForce.atUtc.isValid())
        transitions.append(inForce);
    for (const QTimeZone::OffsetData &transition : zone.transitions(from, until)) {
        if (transitions.isEmpty() || transition.atUtc > transitions.last().atUtc)
            transitions.append(transition);
    }

    QByteArray out;
    append(out, QStringLiteral("BEGIN:VTIMEZONE"));
    append(out, QStringLiteral("TZID:") + QString::fromUtf8(zone.id()));
    if (transitions.isEmpty()) {
        // A zone that has never changed (UTC, or one the system knows no history for).
        Onset fixed;
        fixed.date = QDate(1970, 1, 1);
        fixed.time = QTime(0, 0);
        fixed.offsetFrom = fixed.offsetTo = zone.offsetFromUtc(from);
        fixed.name = zone.abbreviation(from);
        appendObservance(out, {fixed}, false);
    } else {
        // Group the changes by observance (standard or daylight, offsets, name) so a zone that
        // changes twice a year gives two components, each with a yearly rule.
        QList<QList<Onset>> groups;
        for (const QTimeZone::OffsetData &transition : std::as_const(transitions)) {
            const Onset onset = onsetOf(zone, transition);
            auto group = std::find_if(groups.begin(), groups.end(), [&](const QList<Onset> &g) {
                return g.first().sameObservance(onset);
            });
            if (group == groups.end())
                groups.append({onset});
            else
                group->append(onset);
        }
        // A yearly rule stands for the future only when the changes still happen in the last
        // year looked at; a zone that dropped daylight time gets its past changes listed.
        const QDate lastYear = until.toTimeZone(zone).date().addYears(-1).addDays(-14);
        for (const QList<Onset> &group : std::as_const(groups))
            appendObservance(out, group, group.last().date >= lastYear);
    }
    append(out, QStringLiteral("END:VTIMEZONE"));
    return out;
}

QByteArray liveSessionCalendar(const QList<CourseLiveSession> &sessions,
                               const CalendarOptions &options)
{
    QByteArray out;
    append(out, QStringLiteral("BEGIN:VCALENDAR"));
    append(out, QStringLiteral("VERSION:2.0"));
    append(
        out,
        QStringLiteral("PRODID:-//Lectern//Lectern %1//EN").arg(QStringLiteral(LECTERN_VERSION)));
    append(out, QStringLiteral("CALSCALE:GREGORIAN"));
    append(out, QStringLiteral("METHOD:PUBLISH"));
    if (!options.calendarName.isEmpty())
        append(out, QStringLiteral("X-WR-CALNAME:") + escapeText(options.calendarName));

    QList<QByteArray> zonesWritten;
    for (const CourseLiveSession &session : sessions) {
        const QByteArray id = session.schedule.timeZone().id();
        if (!session.schedule.isValid() || zonesWritten.contains(id))
            continue;
        zonesWritten.append(id);
        out += timeZoneComponent(session.schedule.timeZone(), options.now, options.timeZoneYears);
    }
    for (const CourseLiveSession &session : sessions) {
        if (session.schedule.isValid())
            appendEvent(out, session, options);
    }
    append(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace lectern::ics
