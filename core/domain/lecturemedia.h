#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace lectern {

// Where a lecture's video, captions and poster are, as the server signed them for this user
// (docs/media.md). URLs stop working at expiresAt; ask again for fresh ones.

struct MediaRendition
{
    QString name; // "360p"
    int height = 0;
    int bandwidth = 0;
    QString playlist; // relative to baseUrl
};

struct MediaFile
{
    QString path; // relative to baseUrl
    qint64 size = 0;
    QByteArray sha256; // hex
};

struct LectureMedia
{
    QString lectureId;
    QUrl baseUrl; // absolute, ends with '/'
    QString master;
    QString captions;
    QString poster;
    double durationSeconds = 0;
    double creditsSeconds = 0;
    QList<MediaRendition> renditions;
    QList<MediaFile> files;
    QDateTime expiresAt;

    QUrl url(const QString &relativePath) const { return baseUrl.resolved(QUrl(relativePath)); }
    qint64 totalSize() const;
};

} // namespace lectern
