#pragma once

#include "domain/catalog.h"
#include "domain/result.h"
#include "quiz/question.h"

#include <QHash>
#include <QList>
#include <QString>

namespace lectern {

// A programme folder read and checked completely (docs/content-format.md).
struct ProgrammeContent
{
    Programme programme;
    QList<Course> courses; // in file-name order
    QHash<QString, QList<Question>> quizzes; // lecture id → its quiz questions
};

// A problem found in a content folder, pointing at the file and line to fix.
struct ContentError
{
    QString file; // relative to the programme folder
    int line = 0; // 1-based; 0 when the problem is the file as a whole
    QString reason;

    QString toString() const; // "courses/PAIN-704.json:12: reason"
};

// Reads a programme folder and checks everything before returning: JSON syntax, required and
// unknown keys, types, the trimester plan, unit totals, lecture ids, quiz files. Returns the
// content only when there is no error at all, so callers can import all-or-nothing.
class ProgrammeLoader final
{
public:
    struct Outcome
    {
        ProgrammeContent content;
        QList<ContentError> errors;
        bool isOk() const { return errors.isEmpty(); }
    };

    static Outcome load(const QString &directory);
};

} // namespace lectern
