#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace lectern {

// Writes each user's progress change feed (table progress_changes, docs/protocol.md): one row
// per (user, kind, entity) holding its latest seq. Touching an entity gives it a new seq at the
// end of the feed, so the user's devices pull its current state once more (entity: the lecture
// id for viewing, the attempt id for attempts). Runs on the given connection inside the
// caller's transaction. A push touches through ProgressStore::touch, which does the same for
// many entities in a few kept statements.
class ProgressChanges final
{
public:
    enum class Kind { Viewing, Attempt };

    static QString kindName(Kind kind); // "viewing", "attempt"

    // Every attempt of the lecture, of one user or, with userId 0, of everyone: for when what
    // their results show changes (the last attempt was used, the quiz's settings changed).
    static Status touchAttemptsOfLecture(const QSqlDatabase &db, const QString &lectureId,
                                         qint64 userId = 0);
};

} // namespace lectern
