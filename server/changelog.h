#pragma once

#include "domain/result.h"
#include "sync/catalogcodec.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace lectern {

// What an entity of the catalog looks like now, as the change feed should carry it.
struct ChangeRecord
{
    ChangeKind kind = ChangeKind::Course;
    QString id; // programme id, course code or username
    QString programmeId; // the programme the entity belongs to, for the feed's filter
    ChangeOp op = ChangeOp::Upsert;
    QString courseStatus; // courses only: "published" or "draft"
    QJsonObject data; // the wire format; empty for deletions
};

// Writes the catalog change feed (docs/protocol.md). The feed keeps one row per entity, its
// latest state: recording replaces the entity's older row with a new one at the end of the
// feed, so a client with an old cursor gets the current state once, not every version.
class ChangeLog final
{
public:
    enum class Outcome { Unchanged, Recorded };

    // Records the change unless the feed already holds exactly this state, so re-importing
    // unchanged content does not make every client download it again.
    static Result<Outcome> record(const QSqlDatabase &db, const ChangeRecord &change);
};

} // namespace lectern
