#include "mediaroutes.h"

#include "byterange.h"
#include "catalogfeed.h"
#include "clipmanifest.h"
#include "httpapi.h"
#include "httpreplies.h"
#include "mediafolder.h"
#include "mediastore.h"
#include "serverlog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace lectern::media {
namespace {

using StatusCode = QHttpServerResponse::StatusCode;

FileReply errorReply(StatusCode status, const QString &code, const QString &message)
{
    const QByteArray body = http::errorBody(code, message);
    return FileReply{status, QByteArrayLiteral("application/json"), {}, body, body.size()};
}

FileReply notFound()
{
    return errorReply(StatusCode::NotFound, QStringLiteral("not_found"),
                      QStringLiteral("The lecture's video has no such file."));
}

// One segment of the URL's path, percent-decoded; empty when it could leave its folder or
// means something else to a file system: "", ".", "..", a '/' or '\' that was encoded, NUL or
// another control character.
QString decodedSegment(const QString &encoded)
{
    const QString segment = QUrl::fromPercentEncoding(encoded.toUtf8());
    if (segment.isEmpty() || segment == u"." || segment == u"..")
        return {};
    const bool unsafe = std::any_of(segment.begin(), segment.end(), [](QChar c) {
        return c == u'/' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7f;
    });
    return unsafe ? QString() : segment;
}

} // namespace

QByteArray contentTypeFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"m3u8")
        return QByteArrayLiteral("application/vnd.apple.mpegurl");
    if (suffix == u"ts")
        return QByteArrayLiteral("video/mp2t");
    if (suffix == u"vtt")
        return QByteArrayLiteral("text/vtt; charset=utf-8");
    if (suffix == u"jpg" || suffix == u"jpeg")
        return QByteArrayLiteral("image/jpeg");
    if (suffix == u"png")
        return QByteArrayLiteral("image/png");
    if (suffix == u"json")
        return QByteArrayLiteral("application/json");
    if (suffix == u"mp4" || suffix == u"m4s")
        return QByteArrayLiteral("video/mp4");
    if (suffix == u"aac")
        return QByteArrayLiteral("audio/aac");
    return QByteArrayLiteral("application/octet-stream");
}

QHttpServerResponse lectureMedia(const ApiServices &services, qint64 userId,
                                 const QString &lectureId, qint64 now)
{
    const auto notFoundReply = [&lectureId] {
        return http::error(StatusCode::NotFound, QStringLiteral("not_found"),
                           QStringLiteral("There is no lecture %1.").arg(lectureId));
    };
    if (!isSafeMediaId(lectureId))
        return notFoundReply();
    const Result<std::optional<LectureClip>> found = services.media->lecture(lectureId);
    if (!found)
        return http::internalError();
    if (!found.value())
        return notFoundReply();
    const LectureClip &clip = *found.value();
    const Result<bool> visible = services.feed->takesCourse(userId, clip.courseCode);
    if (!visible)
        return http::internalError();
    if (!visible.value())
        return notFoundReply();
    if (clip.clipId.isEmpty()) {
        return http::error(StatusCode::NotFound, QStringLiteral("no_media"),
                           QStringLiteral("Lecture %1 has no video yet.").arg(lectureId));
    }

    const qint64 expires = now + MediaSigner::kLifetimeSeconds;
    const QJsonObject &manifest = clip.manifest;
    return http::json(QJsonObject{
        {QStringLiteral("lecture_id"), lectureId},
        {QStringLiteral("base_url"), services.signer->basePath(lectureId, expires)},
        {QStringLiteral("master"), QLatin1String(ClipManifest::kMaster)},
        {QStringLiteral("captions"), manifest.value(QStringLiteral("captions"))},
        {QStringLiteral("poster"), manifest.value(QStringLiteral("poster"))},
        {QStringLiteral("duration_seconds"), manifest.value(QStringLiteral("duration_seconds"))},
        {QStringLiteral("credits_seconds"),
         manifest.value(QStringLiteral("credits_seconds")).toDouble(0)},
        {QStringLiteral("renditions"), manifest.value(QStringLiteral("renditions"))},
        {QStringLiteral("files"), manifest.value(QStringLiteral("files"))},
        {QStringLiteral("expires_at"),
         QDateTime::fromSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate)},
    });
}

FileRequest parseFileRequest(const ApiServices &services, const QHttpServerRequest &request,
                             qint64 now)
{
    FileRequest parsed;
    parsed.withBody = request.method() != QHttpServerRequest::Method::Head;
    parsed.range = request.value(QByteArrayLiteral("Range"));
    // The encoded path, so that an encoded '/' stays inside its segment and is refused there
    // instead of becoming a separator.
    const QStringList parts = request.url().path(QUrl::FullyEncoded).split(u'/');
    // "", "media", EXPIRES, SIGNATURE, LECTURE_ID, PATH...
    if (parts.size() < 6 || !isSafeMediaId(parts.at(4)))
        return parsed;
    parsed.lectureId = parts.at(4);
    parsed.check = services.signer->check(parts.at(2), parts.at(3), parsed.lectureId, now);
    parsed.expires = parts.at(2).toLongLong();

    QStringList segments;
    for (qsizetype i = 5; i < parts.size(); ++i) {
        const QString segment = decodedSegment(parts.at(i));
        if (segment.isEmpty())
            return parsed;
        segments.append(segment);
    }
    const QString path = segments.join(u'/');
    if (isSafeClipPath(path))
        parsed.path = path;
    return parsed;
}

FileReply forbidden()
{
    return errorReply(StatusCode::Forbidden, QStringLiteral("forbidden"),
                      QStringLiteral("This media link is missing its signature, has expired or "
                                     "was not made by this server; ask for the lecture's media "
                                     "again."));
}

FileReply serveFile(const ApiServices &services, const FileRequest &request, qint64 now)
{
    if (request.check != MediaSigner::Check::Valid)
        return forbidden();
    if (request.path.isEmpty())
        return notFound();
    const Result<std::optional<LectureClip>> found = services.media->lecture(request.lectureId);
    if (!found) {
        const QByteArray body
            = http::errorBody(QStringLiteral("internal_error"),
                              QStringLiteral("The server failed to answer; try again later."));
        return FileReply{StatusCode::InternalServerError,
                         QByteArrayLiteral("application/json"),
                         {},
                         body,
                         body.size()};
    }
    if (!found.value() || found.value()->clipId.isEmpty())
        return notFound();

    // Resolved through symlinks and checked to stay inside the clip's own folder, so neither
    // "..", nor a symlink in the folder, nor another clip's folder can be reached.
    const QString clipFolder = QDir(services.clipsDirectory).filePath(found.value()->clipId);
    const QString path
        = MediaFolder::fileInside(QFileInfo(clipFolder).canonicalFilePath(), request.path);
    if (path.isEmpty())
        return notFound();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcServerHttp).noquote() << "cannot read" << path << "—" << file.errorString();
        return notFound();
    }

    const qint64 size = file.size();
    const ByteRange range = ByteRange::parse(request.range, size);
    FileReply reply;
    reply.contentType = contentTypeFor(request.path);
    reply.headers = {
        {QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")},
        // Private: the URL is a capability for one user; until it expires it names the same
        // bytes, so caches may keep them that long.
        {QByteArrayLiteral("Cache-Control"),
         QByteArrayLiteral("private, max-age=")
             + QByteArray::number(std::max<qint64>(0, request.expires - now))},
        {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
    };
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        FileReply refused = errorReply(
            StatusCode::RequestRangeNotSatisfiable, QStringLiteral("range_not_satisfiable"),
            QStringLiteral("The file has %1 bytes; ask for a range inside them.").arg(size));
        refused.headers = reply.headers;
        refused.headers.append({QByteArrayLiteral("Content-Range"), range.contentRange(size)});
        return refused;
    }
    if (range.kind == ByteRange::Kind::Partial) {
        reply.status = StatusCode::PartialContent;
        reply.headers.append({QByteArrayLiteral("Content-Range"), range.contentRange(size)});
    }
    reply.contentLength = range.length;
    if (!request.withBody)
        return reply;
    // Read into memory: HLS segments, playlists, captions and posters are at most a few MB,
    // and production serves media through nginx anyway (packaging/nginx).
    if (!file.seek(range.first)) {
        qCWarning(lcServerHttp).noquote() << "cannot seek in" << path << "—" << file.errorString();
        return notFound();
    }
    reply.body = file.read(range.length);
    if (reply.body.size() != range.length) {
        qCWarning(lcServerHttp).noquote() << "short read from" << path;
        return notFound();
    }
    return reply;
}

QHttpServerResponse toResponse(const FileReply &reply)
{
    QHttpServerResponse response(reply.contentType, reply.body, reply.status);
    for (const auto &header : reply.headers)
        response.addHeader(header.first, header.second);
    return response;
}

} // namespace lectern::media
