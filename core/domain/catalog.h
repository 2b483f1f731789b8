#pragma once

#include "quiz/quizsettings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

// The programme as learners and faculty see it: plain values with no I/O, shared by the
// content loader, the wire format, the server store and the client store.

struct ObjectiveDomain
{
    QString id;
    QString title;
    QStringList topics;
};

struct ElectiveSlot
{
    QString id;
    QString title;
    QStringList options; // course codes; a learner's enrolment picks one
};

struct Trimester
{
    int number = 0;
    int year = 0;
    QStringList entries; // course codes or elective slot ids, in display order
};

struct Programme
{
    QString id;
    QString title;
    QString institution;
    int totalCourses = 0;
    double totalUnits = 0;
    QList<ObjectiveDomain> domains;
    QList<ElectiveSlot> electiveSlots;
    QList<Trimester> trimesters;

    const ElectiveSlot *electiveSlot(const QString &id) const;
    // The trimester a course is planned in (directly or through an elective slot), or 0.
    int trimesterOf(const QString &courseCode) const;
};

struct LiveSession
{
    QString weekday; // "Monday" … "Sunday"
    QString time; // "HH:MM" in timeZone
    QString timeZone; // IANA name
    int durationMinutes = 60;
    QString joinUrl;
};

struct QuizSummary
{
    QString id; // equals the lecture id: one quiz per lecture
    QString title;
    int questionCount = 0;
    QuizSettings settings = {}; // effective: the course's defaults with the lecture's overrides
};

struct Lecture
{
    QString id;
    QString title;
    int durationSeconds = 0;
    // Closing credits at the end that viewing does not have to cover; from the media.
    int creditsSeconds = 0;
    QStringList objectives;
    QString script;
    QuizSummary quiz;
};

struct Week
{
    int number = 0;
    QString title;
    QList<Lecture> lectures;
};

enum class CourseStatus { Published, Draft };

struct Course
{
    QString code;
    QString title;
    double units = 0;
    CourseStatus status = CourseStatus::Published;
    QStringList domainIds;
    QString description;
    double unlockThreshold = 0.9;
    LiveSession liveSession;
    QList<Week> weeks;

    int lectureCount() const;
};

// What a learner chose for each elective slot; empty when not chosen yet.
struct ElectiveChoice
{
    QString slotId;
    QString courseCode;
};

struct Enrolment
{
    QString programmeId;
    QString role; // "learner" or "faculty"
    QList<ElectiveChoice> electiveChoices;
    QStringList teachingCourses; // faculty only

    QString chosenOption(const QString &slotId) const;
};

// Everything the client knows of the programme: what the store loads and the models show.
struct CatalogSnapshot
{
    Programme programme;
    QList<Course> courses; // ordered by code
    Enrolment enrolment; // empty programmeId when the server has not sent one yet
    QString username;

    bool isEmpty() const { return programme.id.isEmpty() && courses.isEmpty(); }
    const Course *course(const QString &code) const;
};

QString courseStatusName(CourseStatus status);
CourseStatus courseStatusFromName(const QString &name, bool *ok = nullptr);

} // namespace lectern
