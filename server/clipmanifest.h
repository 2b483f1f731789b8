#pragma once

#include "content/programmeloader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lectern {

struct ClipFile
{
    QString path; // relative to the clip folder, '/'-separated
    qint64 size = 0;
    QByteArray sha256; // lowercase hex
};

// A clip's manifest.json (docs/media.md), checked: what a clip holds and how long it plays.
// A value type without I/O; MediaFolder checks the files it lists against the disk.
struct ClipManifest
{
    static constexpr auto kFileName = "manifest.json";
    static constexpr auto kMaster = "master.m3u8";

    QString clipId;
    double durationSeconds = 0;
    double creditsSeconds = 0;
    QJsonArray renditions; // {name, height, bandwidth, playlist}, as in the file
    QString captions;
    QString poster;
    QList<ClipFile> files; // every file but manifest.json
    QJsonObject json; // the whole manifest, as stored and served

    // What the catalog carries: whole seconds (the duration rounded down), at least one.
    int roundedDuration() const;
    int roundedCredits() const;

    // Checks the bytes of a manifest.json that should describe clipId. Problems are added to
    // errors with file as their file name and the line of the offending value; nullopt when
    // there was any.
    static std::optional<ClipManifest> parse(const QByteArray &bytes, const QString &clipId,
                                             const QString &file, QList<ContentError> &errors);
};

// A path inside a clip folder as manifests give it: relative, '/'-separated, with no empty,
// "." or ".." segment, no backslash and no control character (NUL included).
bool isSafeClipPath(const QString &path);

// Lecture and clip ids, which name folders and URL segments: letters, digits, '.', '_' and
// '-', starting with a letter or digit, at most 100 characters.
bool isSafeMediaId(const QString &id);

} // namespace lectern
