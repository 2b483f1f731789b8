// Makes the data folder the start-up benchmark opens: the demo programme applied to a client
// database through the catalog wire format, as a sync would, and three years of a learner's
// viewing of every lecture recorded through ProgressRepository the way the player records it
// (a save every 10 s of playing, seeks that skip or go back, sessions that stop part-way and
// resume days later), with the outbox acknowledged after each weekly sync. See bench/startup.sh.
//
//   lectern-bench-startupdata PROGRAMME_DIR DATA_DIR
//
// Deterministic: the same seed gives the same database.

#include "content/programmeloader.h"
#include "store/catalogrepository.h"
#include "store/localdatabase.h"
#include "store/progressrepository.h"
#include "sync/catalogcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTimeZone>

#include <cstdio>

using namespace lectern;

namespace {

constexpr qint64 kSaveEveryMs = 10'000; // LecturePlayback saves this often while playing

int fail(const QString &message)
{
    std::fprintf(stderr, "lectern-bench-startupdata: %s\n", qPrintable(message));
    return 1;
}

// The catalog as the server would page it, through JSON and back, as CatalogSync receives it.
Result<CatalogPage> catalogPage(const ProgrammeContent &content)
{
    CatalogPage page;
    qint64 seq = 1;
    page.changes.append({seq++, ChangeKind::Programme, content.programme.id, ChangeOp::Upsert,
                         codec::toJson(content.programme)});
    for (const Course &course : content.courses) {
        page.changes.append(
            {seq++, ChangeKind::Course, course.code, ChangeOp::Upsert, codec::toJson(course)});
    }
    const Enrolment enrolment{content.programme.id,
                              QStringLiteral("learner"),
                              {{QStringLiteral("elective-1"), QStringLiteral("PAIN-722")}},
                              {}};
    page.changes.append({seq, ChangeKind::Enrolment, QStringLiteral("learner"), ChangeOp::Upsert,
                         codec::toJson(enrolment)});
    page.cursor = QString::number(seq);
    return codec::pageFromJson(codec::toJson(page));
}

// Courses in the order a learner takes them: trimester by trimester, then any left over.
QList<const Course *> studyOrder(const ProgrammeContent &content)
{
    QList<const Course *> ordered;
    const auto add = [&](const QString &code) {
        for (const Course &course : content.courses) {
            if (course.code == code && !ordered.contains(&course))
                ordered.append(&course);
        }
    };
    for (const Trimester &trimester : content.programme.trimesters) {
        for (const QString &entry : trimester.entries) {
            if (const ElectiveSlot *slot = content.programme.electiveSlot(entry)) {
                for (const QString &option : slot->options)
                    add(option);
            } else {
                add(entry);
            }
        }
    }
    for (const Course &course : content.courses)
        add(course.code);
    return ordered;
}

class Learner
{
public:
    Learner(ProgressRepository &progress, QRandomGenerator &random)
        : m_progress(progress)
        , m_random(random)
    { }

    // One sitting: plays from `from` in 10 s saves, now and then skipping ahead or going back,
    // until the end or until the learner stops. Returns where it stopped.
    Result<qint64> sit(const QString &lectureId, qint64 durationMs, qint64 from, QDateTime &at,
                       bool mayStopEarly)
    {
        qint64 position = from;
        while (position < durationMs) {
            IntervalSet played;
            const qint64 end = std::min(durationMs, position + kSaveEveryMs);
            played.add(position, end);
            position = end;
            at = at.addMSecs(kSaveEveryMs);
            if (chance(12)) // skipped a few seconds ahead
                position = std::min(durationMs, position + bounded(2000, 8000));
            else if (chance(8)) // went back to hear something again
                position = std::max<qint64>(0, position - bounded(3000, 9000));
            const Result<ViewingRecorded> recorded
                = m_progress.recordViewing({lectureId, played, position, at});
            if (!recorded)
                return recorded.error();
            ++m_saves;
            if (mayStopEarly && chance(20))
                break;
        }
        return position;
    }

    int saves() const { return m_saves; }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    qint64 bounded(qint64 low, qint64 high) { return low + qint64(m_random.bounded(high - low)); }

private:
    ProgressRepository &m_progress;
    QRandomGenerator &m_random;
    int m_saves = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: lectern-bench-startupdata PROGRAMME_DIR DATA_DIR"));

    const ProgrammeLoader::Outcome loaded = ProgrammeLoader::load(args.at(1));
    if (!loaded.isOk())
        return fail(loaded.errors.first().toString());
    const Result<CatalogPage> page = catalogPage(loaded.content);
    if (!page)
        return fail(page.error().message);

    if (!QDir().mkpath(args.at(2)))
        return fail(QStringLiteral("cannot create %1").arg(args.at(2)));
    int lectures = 0;
    int saves = 0;
    int pending = 0;
    {
        Result<LocalDatabase::Opened> opened = LocalDatabase::open(
            QDir(args.at(2)).filePath(QStringLiteral("lectern.sqlite")), QStringLiteral("bench"));
        if (!opened)
            return fail(opened.error().message);
        QSqlDatabase database = opened.value().database;
        CatalogRepository catalog(database);
        if (const Result<int> applied = catalog.applyPage(page.value()); !applied)
            return fail(applied.error().message);

        ProgressRepository progress(database);
        QRandomGenerator random(20230904);
        Learner learner(progress, random);
        // Three academic years of trimesters from September 2023, evenings in Los Angeles.
        const QTimeZone zone("America/Los_Angeles");
        const QDateTime programmeStart(QDate(2023, 9, 4), QTime(19, 0), zone);
        const QList<const Course *> courses = studyOrder(loaded.content);
        const qsizetype perTrimester = (courses.size() + 8) / 9;
        for (qsizetype c = 0; c < courses.size(); ++c) {
            const Course &course = *courses.at(c);
            const QDateTime trimesterStart = programmeStart.addDays(121 * (c / perTrimester));
            for (const Week &week : course.weeks) {
                QDateTime at
                    = trimesterStart.addDays(7 * (week.number - 1) + learner.bounded(0, 4));
                for (const Lecture &lecture : week.lectures) {
                    const qint64 durationMs = qint64(lecture.durationSeconds) * 1000;
                    // One to three sittings, days apart; one lecture in ten is left unfinished.
                    const int sittings = 1 + int(random.bounded(3));
                    const bool leftUnfinished = learner.chance(10);
                    qint64 position = 0;
                    for (int s = 0; s < sittings; ++s) {
                        const bool last = s == sittings - 1;
                        if (s > 0 && learner.chance(30))
                            position = 0; // watched it again from the start
                        const Result<qint64> stopped = learner.sit(lecture.id, durationMs, position,
                                                                   at, !last || leftUnfinished);
                        if (!stopped)
                            return fail(stopped.error().message);
                        position = stopped.value() >= durationMs ? 0 : stopped.value();
                        at = at.addDays(learner.bounded(1, 3)).addSecs(learner.bounded(0, 3600));
                    }
                    ++lectures;
                }
                // The weekly sync: the server took every event so far.
                const Result<QList<OutboxEvent>> events = progress.pendingEvents(100000);
                if (!events)
                    return fail(events.error().message);
                QStringList ids;
                for (const OutboxEvent &event : events.value())
                    ids.append(event.eventId);
                if (const Status acked = progress.acknowledge(ids); !acked)
                    return fail(acked.error().message);
            }
        }
        // The last few days since the last sync stay in the outbox, as on a real laptop.
        const Lecture &latest = courses.last()->weeks.last().lectures.last();
        QDateTime lastEvening = programmeStart.addYears(3);
        const Result<qint64> tail
            = learner.sit(latest.id, qint64(latest.durationSeconds) * 1000, 0, lastEvening, true);
        if (!tail)
            return fail(tail.error().message);
        saves = learner.saves();
        pending = progress.pendingEventCount().isOk() ? progress.pendingEventCount().value() : -1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    std::printf("{\"courses\": %lld, \"lectures_watched\": %d, \"saves\": %d, "
                "\"outbox_pending\": %d}\n",
                qlonglong(loaded.content.courses.size()), lectures, saves, pending);
    return 0;
}
