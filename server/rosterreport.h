#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lectern {

class ServerStore;

// A course's roster for its faculty (GET /api/v1/courses/CODE/roster, docs/protocol.md): every
// learner who takes the course (enrolled in its programme and, for an elective, chose it), with
// per lecture the merged watched intervals and the share watched, per quiz the best counted
// score and the number of attempts, and the time of the learner's last progress in the course.
//
// Who may read it is the route's decision, not this class's. Reads only; runs on a request
// thread, a handful of queries per course whatever the number of learners.
class RosterReport final
{
public:
    explicit RosterReport(const ServerStore &store);

    // nullopt when the course does not exist. generatedAt is written into the answer.
    Result<std::optional<QJsonObject>> build(const QString &courseCode,
                                             const QDateTime &generatedAt) const;

private:
    const ServerStore &m_store;
};

} // namespace lectern
