#pragma once

#include "domain/catalog.h"
#include "domain/result.h"
#include "sync/catalogcodec.h"

#include <QHash>
#include <QMutex>

namespace lectern {

class AccountStore;
class ServerStore;

// Pages of the catalog change feed as one user may see them (docs/protocol.md).
//
// A user sees the programme they are enrolled in, its courses and their own enrolment.
// Learners see published courses; faculty also see drafts of the courses they teach. Any
// other draft is sent as a delete tombstone, so a course that goes back to draft vanishes
// from clients that had it. A user without an enrolment sees nothing.
class CatalogFeed final
{
public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 200;

    CatalogFeed(const ServerStore &store, const AccountStore &accounts);
    Q_DISABLE_COPY_MOVE(CatalogFeed)

    // The one visibility rule, shared by the feed and every route that serves a course's
    // material: whether a user with this enrolment sees the course.
    static bool showsCourse(const Enrolment &enrolment, const QString &courseProgrammeId,
                            const QString &courseCode, const QString &courseStatus);
    // The same for a stored course and a user: false for unknown users and courses and for
    // users without an enrolment.
    Result<bool> showsCourse(qint64 userId, const QString &courseCode) const;

    // Whether a user with this enrolment takes a course they see: not when an elective slot of
    // the programme lists it and the user chose another option of that slot. The catalog still
    // lists such a course (the client shows it as not chosen); its material is not theirs, so
    // the quiz, media and push routes treat it like a hidden course (docs/security.md).
    static bool takesCourse(const Enrolment &enrolment, const Programme &programme,
                            const QString &courseCode);
    // showsCourse and takesCourse together, for a stored course and a user.
    Result<bool> takesCourse(qint64 userId, const QString &courseCode) const;
    // The same for a user whose enrolment the caller read already (a push asks for every
    // course its events name).
    Result<bool> takesCourse(const Enrolment &enrolment, const QString &courseCode) const;

    // Up to limit changes after the cursor (the seq of the last change the client has).
    // The page's cursor is the seq of its last change, or the given cursor when empty.
    Result<CatalogPage> page(qint64 userId, qint64 after, int limit) const;

    // "0" or empty means from the start; anything but a non-negative decimal is an error.
    static Result<qint64> parseCursor(const QString &text);
    // Empty means kDefaultLimit; more than kMaxLimit is capped to it; zero, negative or not
    // a number is an error.
    static Result<int> parseLimit(const QString &text);

private:
    // The programme stored as data, decoded: a push asks for every course it names, and the
    // same text decodes to the same programme.
    Result<Programme> decodedProgramme(const QString &programmeId, const QString &data) const;

    const ServerStore &m_store;
    const AccountStore &m_accounts;
    mutable QMutex m_mutex;
    mutable QHash<QString, std::pair<QString, Programme>> m_programmes; // by id: data, decoded
};

} // namespace lectern
