#include "mediacodec.h"

#include <QJsonArray>

#include <cmath>

namespace lectern::codec {
namespace {

Error malformed(const QString &what)
{
    return Error{QStringLiteral("malformed_media"),
                 QStringLiteral("The server's description of the lecture video could not be "
                                "read (%1).")
                     .arg(what)};
}

// A relative path inside the lecture's folder: no scheme, no absolute path, no "..". QUrl reads
// "file:/etc/passwd" as a scheme and decodes "%2e%2e" to "..", so both forms are checked, and
// the URL the player will fetch must still lie under the folder.
bool isSafeRelativePath(const QString &path, const QUrl &baseUrl)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return false;
    for (const QString &form : {path, QUrl::fromPercentEncoding(path.toUtf8())}) {
        const QStringList parts = form.split(u'/');
        for (const QString &part : parts) {
            if (part.isEmpty() || part == u"." || part == u"..")
                return false;
        }
    }
    const QUrl url = baseUrl.resolved(QUrl(path));
    return url.scheme() == baseUrl.scheme() && url.authority() == baseUrl.authority()
        && url.path().startsWith(baseUrl.path());
}

// A size in bytes, or -1: a whole number up to 1 TiB. A double beyond qint64 cannot even be
// converted, and the cap keeps LectureMedia::totalSize() far from overflowing.
qint64 fileSize(const QJsonValue &value)
{
    constexpr double maxSize = double(qint64(1) << 40);
    const double size = value.toDouble(-1);
    if (!(size >= 0 && size <= maxSize) || size != std::floor(size))
        return -1;
    return qint64(size);
}

} // namespace

Result<LectureMedia> lectureMediaFromJson(const QJsonObject &json, const QUrl &server)
{
    LectureMedia media;
    media.lectureId = json.value(QStringLiteral("lecture_id")).toString();
    QString base = json.value(QStringLiteral("base_url")).toString();
    if (media.lectureId.isEmpty() || base.isEmpty())
        return malformed(QStringLiteral("lecture_id and base_url are required"));
    if (!base.endsWith(u'/'))
        base += u'/';
    QUrl root = server;
    root.setPath(QStringLiteral("/"));
    media.baseUrl = root.resolved(QUrl(base));
    if (media.baseUrl.host() != server.host() || media.baseUrl.port() != server.port())
        return malformed(QStringLiteral("media must come from the same server"));

    media.master = json.value(QStringLiteral("master")).toString();
    media.captions = json.value(QStringLiteral("captions")).toString();
    media.poster = json.value(QStringLiteral("poster")).toString();
    for (const QString &path : {media.master, media.captions, media.poster}) {
        if (!path.isEmpty() && !isSafeRelativePath(path, media.baseUrl))
            return malformed(QStringLiteral("unsafe path %1").arg(path));
    }
    if (media.master.isEmpty())
        return malformed(QStringLiteral("no master playlist"));
    media.durationSeconds = json.value(QStringLiteral("duration_seconds")).toDouble();
    media.creditsSeconds = json.value(QStringLiteral("credits_seconds")).toDouble();
    if (media.durationSeconds <= 0)
        return malformed(QStringLiteral("duration_seconds must be positive"));
    for (const QJsonValue &value : json.value(QStringLiteral("renditions")).toArray()) {
        const QJsonObject r = value.toObject();
        MediaRendition rendition{r.value(QStringLiteral("name")).toString(),
                                 r.value(QStringLiteral("height")).toInt(),
                                 r.value(QStringLiteral("bandwidth")).toInt(),
                                 r.value(QStringLiteral("playlist")).toString()};
        if (rendition.name.isEmpty() || !isSafeRelativePath(rendition.playlist, media.baseUrl))
            return malformed(QStringLiteral("bad rendition"));
        media.renditions.append(rendition);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = value.toObject();
        MediaFile file{f.value(QStringLiteral("path")).toString(),
                       fileSize(f.value(QStringLiteral("size"))),
                       f.value(QStringLiteral("sha256")).toString().toLatin1()};
        if (!isSafeRelativePath(file.path, media.baseUrl) || file.size < 0
            || file.sha256.size() != 64)
            return malformed(QStringLiteral("bad file entry %1").arg(file.path));
        media.files.append(file);
    }
    media.expiresAt
        = QDateTime::fromString(json.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    return media;
}

} // namespace lectern::codec
