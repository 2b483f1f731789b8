#pragma once

#include "domain/catalog.h"
#include "store/progressrepository.h"
#include "store/studyrepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace lectern {

// Where a lecture's quiz stands for the learner.
enum class QuizStanding {
    Locked, // the lecture has not been watched far enough
    Unlocked, // open, not tried yet
    Attempted, // tried, not passed yet
    PassedProvisional, // passed on this device; the server has not counted it yet
    Passed, // passed and counted by the server
};

// One lecture with the learner's progress on it, for the dashboard's lists.
struct LectureStanding
{
    QString courseCode;
    QString courseTitle;
    int weekNumber = 0;
    QString lectureId;
    QString title;
    QString quizTitle;
    int durationSeconds = 0;
    bool hasQuiz = false;
    double watched = 0; // share of the required part watched, 0 … 1
    qint64 positionMs = 0; // the resume point
    QDateTime positionAt;
    QuizStanding quiz = QuizStanding::Locked;
    std::optional<double> bestPercent; // best counted or provisional score, 0 … 100
    QDateTime closesAt; // the quiz's closing time; invalid when it never closes

    bool isDone() const;
    bool operator==(const LectureStanding &) const = default;
};

// One course of the learner's plan.
struct CourseStanding
{
    QString code;
    QString title;
    double units = 0;
    int trimester = 0;
    int lectures = 0;
    int lecturesWatched = 0; // quiz unlocked
    int quizzes = 0;
    int quizzesPassed = 0; // passed and counted
    bool complete = false;

    // The completion bar: counted passes over quizzes (lectures watched for a course without
    // quizzes).
    double completion() const;
};

// The learner's plan and standing, computed from the catalog, viewing progress and attempt
// outcomes: the rules behind the dashboard, pure and without I/O (docs/architecture.md,
// "Dashboard").
//
// - The learner's courses: every course of the plan, except an elective option when another
//   option of its slot was chosen. While a slot has no choice, both options are listed.
// - A course is complete when every quiz of it is passed and counted by the server (a course
//   without quizzes: when every lecture is watched to its unlock threshold). Its units are
//   then earned.
// - The programme has no calendar dates, so "now" is read from the work itself: the current
//   trimester is the first in plan order with an unfinished course (for an elective slot: no
//   option complete yet); this week is the first week number in which a course of that
//   trimester still has a lecture to watch or a quiz to pass (a provisional pass counts as
//   done: the learner has done their part). When everything is done, the last one.
// - The quiz average is the mean over quizzes tried of each one's best counted or provisional
//   score; attempts the server did not count are left out.
class StudyPlan final
{
public:
    StudyPlan() = default;
    StudyPlan(CatalogSnapshot snapshot, QHash<QString, LectureProgress> progress,
              QList<AttemptOutcome> attempts);

    const CatalogSnapshot &snapshot() const { return m_snapshot; }

    QList<int> trimesters() const; // in plan order
    QStringList coursesOf(int number) const; // the learner's, in plan order
    int currentTrimester() const; // 0 when the plan is empty
    int weekCount(int trimester) const;
    int currentWeek(int trimester) const; // 0 when the trimester has no weeks
    QList<LectureStanding> weekItems(int trimester, int week) const;

    QList<CourseStanding> courses() const; // the learner's, in plan order
    double unitsEarned() const;
    double totalUnits() const { return m_snapshot.programme.totalUnits; }
    std::optional<double> quizAverage() const;
    int quizzesScored() const;
    // Attempts whose scores count towards the average, oldest first.
    QList<AttemptOutcome> scoredAttempts() const;

    // Lectures started and not finished, the one watched last first. A lecture counts as
    // finished near its end, where the player starts it again from the beginning.
    QList<LectureStanding> continueWatching(int count = 3) const;
    // Quizzes not passed whose closing time is within `window` of now either way, the
    // earliest first: overdue ones (closed in the past window) and due ones.
    QList<LectureStanding> dueQuizzes(const QDateTime &now, int windowDays = 14) const;

    LectureStanding standing(const QString &courseCode, int weekNumber,
                             const Lecture &lecture) const;

private:
    CourseStanding courseStanding(const Course &course, int trimester) const;
    bool isTrimesterFinished(const Trimester &trimester) const;
    QuizStanding quizStanding(const QString &lectureId) const;
    const Trimester *trimester(int number) const;

    CatalogSnapshot m_snapshot;
    QHash<QString, LectureProgress> m_progress;
    QList<AttemptOutcome> m_attempts;
    QHash<QString, QList<AttemptOutcome>> m_attemptsByLecture;
};

} // namespace lectern
