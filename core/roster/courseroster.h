#pragma once

#include "domain/intervalset.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lectern {

// A course's roster as its faculty see it (GET /api/v1/courses/CODE/roster, docs/protocol.md):
// plain values decoded by codec::courseRosterFromJson, drawn by RosterPage, written by
// RosterCsv.

struct RosterLecture
{
    QString id;
    QString title;
    int week = 0;
    qint64 durationMs = 0;
    bool hasQuiz = false;
};

// One learner's viewing of one lecture, merged from every device by the server.
struct RosterViewing
{
    QString lectureId;
    IntervalSet watched; // milliseconds; the gaps up to the duration are what was skipped
    double watchedPercent = 0; // 0 … 100, of the lecture without its credits
};

struct RosterQuiz
{
    QString lectureId;
    std::optional<double> bestPercent; // best counted attempt; none when no attempt counts
    int attempts = 0; // every attempt the server stored
    int countedAttempts = 0;
};

struct RosterLearner
{
    QString username;
    QString displayName;
    double watchedPercent = 0; // 0 … 100, over the whole course
    QDateTime lastActivity; // UTC; invalid when the learner has done nothing in the course
    QList<RosterViewing> lectures; // in the order of CourseRoster::lectures
    QList<RosterQuiz> quizzes; // one per lecture with a quiz, in course order
};

struct CourseRoster
{
    QString courseCode;
    QString title;
    QDateTime generatedAt; // UTC
    QList<RosterLecture> lectures;
    QList<RosterLearner> learners;
};

} // namespace lectern
