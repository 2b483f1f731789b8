#pragma once

#include "mediasigner.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QList>
#include <QString>

#include <utility>

class QHttpServerRequest;

namespace lectern {

struct ApiServices;

// The media routes of docs/media.md, apart from the HTTP plumbing, which is HttpApi's.
namespace media {

// GET /api/v1/lectures/ID/media for a signed-in user: the lecture's clip with URLs signed for
// MediaSigner::kLifetimeSeconds. A lecture the user may not see answers exactly like one that
// does not exist, so the route does not reveal which drafts exist. Runs on the pool.
QHttpServerResponse lectureMedia(const ApiServices &services, qint64 userId,
                                 const QString &lectureId, qint64 now);

// /media/EXPIRES/SIGNATURE/LECTURE_ID/PATH taken apart and its signature checked: cheap
// enough (one MD5) for the event loop, so forged URLs never reach the pool.
struct FileRequest
{
    MediaSigner::Check check = MediaSigner::Check::Forged;
    qint64 expires = 0;
    QString lectureId;
    QString path; // percent-decoded; empty when it is not a safe path inside a clip
    QByteArray range; // the Range header
    bool withBody = true; // false for HEAD
};
FileRequest parseFileRequest(const ApiServices &services, const QHttpServerRequest &request,
                             qint64 now);

// An answer to a FileRequest before it is sent: as a QHttpServerResponse for GET, or header by
// header for HEAD, whose Content-Length must be the one GET would send.
struct FileReply
{
    QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok;
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 contentLength = 0;
};

// The answer to a request whose signature failed: 403, the same for every reason.
FileReply forbidden();

// Finds the lecture's clip, resolves the path inside the clip folder and reads the asked
// range. Runs on the pool: it reads the database and the disk.
FileReply serveFile(const ApiServices &services, const FileRequest &request, qint64 now);

QHttpServerResponse toResponse(const FileReply &reply);

// The Content-Type for a clip file, by its extension.
QByteArray contentTypeFor(const QString &path);

} // namespace media
} // namespace lectern
