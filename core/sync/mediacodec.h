#pragma once

#include "domain/lecturemedia.h"
#include "domain/result.h"

#include <QJsonObject>

namespace lectern::codec {

// Decodes GET /api/v1/lectures/ID/media (docs/media.md). Relative URLs are resolved against
// the server the answer came from; paths that try to leave the lecture's folder are refused.
Result<LectureMedia> lectureMediaFromJson(const QJsonObject &json, const QUrl &server);

} // namespace lectern::codec
