#pragma once

#include "domain/result.h"
#include "quiz/attempt.h"
#include "store/progressrepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace lectern {

// One submitted attempt as the dashboard counts it: the result it shows (the server's when
// known, else the provisional one).
struct AttemptOutcome
{
    QString attemptId;
    QString lectureId;
    QDateTime finishedAt; // UTC
    AttemptStatus status = AttemptStatus::Provisional;
    double percent = 0; // 0 … 100
    bool passed = false;
};

// Lecture time played on one local day, all lectures together.
struct StudyDay
{
    QDate day;
    qint64 watchedMs = 0;
};

// What the dashboard reads from the store besides the catalog and progress the programme model
// already holds.
struct StudyRecord
{
    QList<AttemptOutcome> attempts; // submitted ones, oldest finish first
    QList<StudyDay> days; // oldest first, only days with study
};

// The study log and attempt outcomes, on the store thread's connection (schema 005).
class StudyRepository final
{
public:
    explicit StudyRepository(QSqlDatabase database);

    // Adds the lecture time this update played to its local day. Re-watched parts count: it
    // is time studied, not coverage. Nothing played, nothing written.
    Status logViewing(const ViewingUpdate &update);
    Result<StudyRecord> load() const;

private:
    QSqlDatabase m_database;
};

} // namespace lectern
