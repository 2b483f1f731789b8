#include "studyplan.h"

#include <algorithm>

#include <QSet>

namespace lectern {
namespace {

// The player starts a lecture over when its resume point is this close to the end
// (LecturePlayback::open): such a lecture has been watched, not left half way.
constexpr qint64 kNearEndMs = 5000;

bool counts(AttemptStatus status)
{
    return status == AttemptStatus::Counted || status == AttemptStatus::Provisional;
}

} // namespace

bool LectureStanding::isDone() const
{
    if (hasQuiz)
        return quiz == QuizStanding::Passed || quiz == QuizStanding::PassedProvisional;
    return quiz != QuizStanding::Locked;
}

double CourseStanding::completion() const
{
    if (quizzes > 0)
        return double(quizzesPassed) / quizzes;
    return lectures > 0 ? double(lecturesWatched) / lectures : 0.0;
}

StudyPlan::StudyPlan(CatalogSnapshot snapshot, QHash<QString, LectureProgress> progress,
                     QList<AttemptOutcome> attempts)
    : m_snapshot(std::move(snapshot))
    , m_progress(std::move(progress))
    , m_attempts(std::move(attempts))
{
    for (const AttemptOutcome &attempt : std::as_const(m_attempts))
        m_attemptsByLecture[attempt.lectureId].append(attempt);
}

QList<int> StudyPlan::trimesters() const
{
    QList<int> numbers;
    for (const Trimester &trimester : m_snapshot.programme.trimesters)
        numbers.append(trimester.number);
    return numbers;
}

const Trimester *StudyPlan::trimester(int number) const
{
    for (const Trimester &trimester : m_snapshot.programme.trimesters) {
        if (trimester.number == number)
            return &trimester;
    }
    return nullptr;
}

QStringList StudyPlan::coursesOf(int number) const
{
    QStringList codes;
    const Trimester *found = trimester(number);
    if (!found)
        return codes;
    for (const QString &entry : found->entries) {
        if (const ElectiveSlot *slot = m_snapshot.programme.electiveSlot(entry)) {
            const QString chosen = m_snapshot.enrolment.chosenOption(slot->id);
            for (const QString &option : slot->options) {
                if ((chosen.isEmpty() || chosen == option) && m_snapshot.course(option))
                    codes.append(option);
            }
        } else if (m_snapshot.course(entry)) {
            codes.append(entry);
        }
    }
    return codes;
}

QuizStanding StudyPlan::quizStanding(const QString &lectureId) const
{
    bool passedCounted = false;
    bool passedProvisional = false;
    bool tried = false;
    for (const AttemptOutcome &attempt : m_attemptsByLecture.value(lectureId)) {
        if (attempt.status == AttemptStatus::Rejected)
            continue; // the server could not apply it: it is as if never made
        tried = true;
        if (attempt.passed && attempt.status == AttemptStatus::Counted)
            passedCounted = true;
        else if (attempt.passed && attempt.status == AttemptStatus::Provisional)
            passedProvisional = true;
    }
    if (passedCounted)
        return QuizStanding::Passed;
    if (passedProvisional)
        return QuizStanding::PassedProvisional;
    if (tried)
        return QuizStanding::Attempted;
    return m_progress.value(lectureId).isQuizUnlocked() ? QuizStanding::Unlocked
                                                        : QuizStanding::Locked;
}

LectureStanding StudyPlan::standing(const QString &courseCode, int weekNumber,
                                    const Lecture &lecture) const
{
    LectureStanding item;
    item.courseCode = courseCode;
    if (const Course *course = m_snapshot.course(courseCode))
        item.courseTitle = course->title;
    item.weekNumber = weekNumber;
    item.lectureId = lecture.id;
    item.title = lecture.title;
    item.quizTitle = lecture.quiz.title;
    item.durationSeconds = lecture.durationSeconds;
    item.hasQuiz = lecture.quiz.questionCount > 0;
    const LectureProgress progress = m_progress.value(lecture.id);
    item.watched = std::clamp(progress.coverage.fraction, 0.0, 1.0);
    item.positionMs = progress.positionMs;
    item.positionAt = progress.positionAt;
    item.quiz = quizStanding(lecture.id);
    item.closesAt = lecture.quiz.settings.closesAt;
    for (const AttemptOutcome &attempt : m_attemptsByLecture.value(lecture.id)) {
        if (counts(attempt.status))
            item.bestPercent = std::max(item.bestPercent.value_or(0.0), attempt.percent);
    }
    return item;
}

CourseStanding StudyPlan::courseStanding(const Course &course, int trimesterNumber) const
{
    CourseStanding standing;
    standing.code = course.code;
    standing.title = course.title;
    standing.units = course.units;
    standing.trimester = trimesterNumber;
    for (const Week &week : course.weeks) {
        for (const Lecture &lecture : week.lectures) {
            ++standing.lectures;
            if (m_progress.value(lecture.id).isQuizUnlocked())
                ++standing.lecturesWatched;
            if (lecture.quiz.questionCount > 0) {
                ++standing.quizzes;
                if (quizStanding(lecture.id) == QuizStanding::Passed)
                    ++standing.quizzesPassed;
            }
        }
    }
    // An empty course (content not published yet) has nothing to complete.
    standing.complete = standing.quizzes > 0
        ? standing.quizzesPassed == standing.quizzes
        : standing.lectures > 0 && standing.lecturesWatched == standing.lectures;
    return standing;
}

QList<CourseStanding> StudyPlan::courses() const
{
    QList<CourseStanding> list;
    for (const Trimester &trimester : m_snapshot.programme.trimesters) {
        for (const QString &code : coursesOf(trimester.number))
            list.append(courseStanding(*m_snapshot.course(code), trimester.number));
    }
    return list;
}

bool StudyPlan::isTrimesterFinished(const Trimester &trimester) const
{
    for (const QString &entry : trimester.entries) {
        if (const ElectiveSlot *slot = m_snapshot.programme.electiveSlot(entry)) {
            const QString chosen = m_snapshot.enrolment.chosenOption(slot->id);
            bool anyComplete = false;
            for (const QString &option : slot->options) {
                const Course *course = m_snapshot.course(option);
                if (course && (chosen.isEmpty() || chosen == option))
                    anyComplete = anyComplete || courseStanding(*course, trimester.number).complete;
            }
            if (!anyComplete)
                return false;
        } else if (const Course *course = m_snapshot.course(entry)) {
            if (!courseStanding(*course, trimester.number).complete)
                return false;
        }
    }
    return true;
}

int StudyPlan::currentTrimester() const
{
    const QList<Trimester> &all = m_snapshot.programme.trimesters;
    for (const Trimester &trimester : all) {
        if (!isTrimesterFinished(trimester))
            return trimester.number;
    }
    return all.isEmpty() ? 0 : all.last().number;
}

int StudyPlan::weekCount(int trimester) const
{
    int count = 0;
    for (const QString &code : coursesOf(trimester)) {
        for (const Week &week : m_snapshot.course(code)->weeks)
            count = std::max(count, week.number);
    }
    return count;
}

int StudyPlan::currentWeek(int trimester) const
{
    const int count = weekCount(trimester);
    for (int week = 1; week <= count; ++week) {
        const QList<LectureStanding> items = weekItems(trimester, week);
        if (std::any_of(items.cbegin(), items.cend(),
                        [](const LectureStanding &item) { return !item.isDone(); })) {
            return week;
        }
    }
    return count;
}

QList<LectureStanding> StudyPlan::weekItems(int trimester, int weekNumber) const
{
    QList<LectureStanding> items;
    for (const QString &code : coursesOf(trimester)) {
        for (const Week &week : m_snapshot.course(code)->weeks) {
            if (week.number != weekNumber)
                continue;
            for (const Lecture &lecture : week.lectures)
                items.append(standing(code, week.number, lecture));
        }
    }
    return items;
}

double StudyPlan::unitsEarned() const
{
    double units = 0;
    for (const CourseStanding &course : courses()) {
        if (course.complete)
            units += course.units;
    }
    return units;
}

std::optional<double> StudyPlan::quizAverage() const
{
    QHash<QString, double> best;
    for (const AttemptOutcome &attempt : m_attempts) {
        if (counts(attempt.status))
            best[attempt.lectureId] = std::max(best.value(attempt.lectureId, 0.0), attempt.percent);
    }
    if (best.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double percent : std::as_const(best))
        sum += percent;
    return sum / double(best.size());
}

int StudyPlan::quizzesScored() const
{
    QSet<QString> lectures;
    for (const AttemptOutcome &attempt : m_attempts) {
        if (counts(attempt.status))
            lectures.insert(attempt.lectureId);
    }
    return int(lectures.size());
}

QList<AttemptOutcome> StudyPlan::scoredAttempts() const
{
    QList<AttemptOutcome> scored;
    for (const AttemptOutcome &attempt : m_attempts) {
        if (counts(attempt.status) && attempt.finishedAt.isValid())
            scored.append(attempt);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.finishedAt < b.finishedAt; });
    return scored;
}

QList<LectureStanding> StudyPlan::continueWatching(int count) const
{
    QList<LectureStanding> started;
    for (const Course &course : m_snapshot.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                const LectureProgress progress = m_progress.value(lecture.id);
                const qint64 durationMs = qint64(lecture.durationSeconds) * 1000;
                if (progress.positionMs > 0 && progress.positionMs < durationMs - kNearEndMs)
                    started.append(standing(course.code, week.number, lecture));
            }
        }
    }
    std::stable_sort(started.begin(), started.end(),
                     [](const auto &a, const auto &b) { return a.positionAt > b.positionAt; });
    return started.mid(0, count);
}

QList<LectureStanding> StudyPlan::dueQuizzes(const QDateTime &now, int windowDays) const
{
    QList<LectureStanding> due;
    const QDateTime from = now.addDays(-windowDays);
    const QDateTime to = now.addDays(windowDays);
    for (const Trimester &trimester : m_snapshot.programme.trimesters) {
        for (const QString &code : coursesOf(trimester.number)) {
            for (const Week &week : m_snapshot.course(code)->weeks) {
                for (const Lecture &lecture : week.lectures) {
                    const QDateTime closes = lecture.quiz.settings.closesAt;
                    if (lecture.quiz.questionCount <= 0 || !closes.isValid() || closes < from
                        || closes > to) {
                        continue;
                    }
                    LectureStanding item = standing(code, week.number, lecture);
                    if (!item.isDone())
                        due.append(item);
                }
            }
        }
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const auto &a, const auto &b) { return a.closesAt < b.closesAt; });
    return due;
}

} // namespace lectern
