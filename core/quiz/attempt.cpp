#include "attempt.h"

namespace lectern {

// Stable identifiers stored on both sides and sent over the wire (docs/protocol.md).
QString attemptStatusName(AttemptStatus status)
{
    switch (status) {
    case AttemptStatus::Provisional:
        return QStringLiteral("provisional");
    case AttemptStatus::Counted:
        return QStringLiteral("counted");
    case AttemptStatus::NotCounted:
        return QStringLiteral("not_counted");
    case AttemptStatus::Refused:
        return QStringLiteral("refused");
    case AttemptStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<AttemptStatus> attemptStatusFromName(const QString &name)
{
    for (AttemptStatus status :
         {AttemptStatus::Provisional, AttemptStatus::Counted, AttemptStatus::NotCounted,
          AttemptStatus::Refused, AttemptStatus::Rejected}) {
        if (attemptStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

} // namespace lectern
