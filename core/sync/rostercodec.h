#pragma once

#include "domain/result.h"
#include "roster/courseroster.h"

#include <QJsonObject>

namespace lectern::codec {

// The roster answer of docs/protocol.md. Anything that is not that shape is refused whole with
// "malformed_roster": missing or mistyped keys, percentages outside 0 … 100, negative counts,
// watched intervals that are not normalised, a learner whose lectures do not match the
// course's list, or a quiz for a lecture the course does not have.
Result<CourseRoster> courseRosterFromJson(const QJsonObject &json);

} // namespace lectern::codec
