#pragma once

#include "domain/lecturemedia.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lectern {

// One lecture kept for offline viewing: plain values, shared by the download manager (GUI
// thread), the download repository (store thread) and the Downloads page.

enum class DownloadState {
    Queued, // waiting for its turn
    Active, // the one lecture being downloaded
    Paused, // stopped by the user; partial files are kept
    Done, // every file is on disk and matched its checksum
    Failed, // stopped by an error (see DownloadRecord::error); Resume continues it
};

QString downloadStateName(DownloadState state);
std::optional<DownloadState> downloadStateFromName(const QString &name);

// One file of the lecture's clip, as the server's manifest lists it.
struct DownloadFile
{
    QString path; // relative to the lecture's folder, e.g. "720p/seg_003.ts"
    qint64 size = 0;
    QByteArray sha256; // hex
    qint64 doneBytes = 0; // bytes on disk (in PATH.part until verified)
    bool verified = false; // PATH exists and matched sha256

    friend bool operator==(const DownloadFile &, const DownloadFile &) = default;
};

// What a download needs to know about the lecture besides its files, so a downloaded lecture
// plays without asking the server: playlists, captions, duration and credits.
struct DownloadMediaInfo
{
    QString master; // "master.m3u8"
    QString captions;
    QString poster;
    double durationSeconds = 0;
    double creditsSeconds = 0;
    QList<MediaRendition> renditions;

    bool isEmpty() const { return master.isEmpty(); }
};

struct DownloadRecord
{
    QString lectureId;
    QString courseCode;
    int weekNumber = 0;
    QString title; // the lecture's title when it was queued
    DownloadState state = DownloadState::Queued;
    qint64 totalBytes = 0; // sum of the manifest's file sizes; 0 until the manifest is known
    qint64 doneBytes = 0;
    QString localDir; // DATA_DIR/media/LECTURE_ID
    QDateTime queuedAt; // queue order
    QDateTime updatedAt;
    QString error; // why it failed, for people; empty otherwise
    DownloadMediaInfo media;
    QList<DownloadFile> files; // in manifest order

    bool isFinished() const { return state == DownloadState::Done; }
    // Done bytes recomputed from the files.
    qint64 filesDoneBytes() const;
};

} // namespace lectern
