#pragma once

#include "domain/lecturemedia.h"
#include "domain/result.h"
#include "media/download.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace lectern {

class ApiClient;
class LocalStore;

// Keeps lectures for offline viewing (docs/media.md, "Offline downloads"). One lecture at a
// time, its files one after another, from fresh signed URLs on every (re)start; each file is
// written to PATH.part, continued with an HTTP Range from the part's size after a pause, a
// failure or a restart, checked against the manifest's SHA-256 off the GUI thread, then
// renamed into DATA_DIR/media/LECTURE_ID/ in the clip's own layout so the local master.m3u8
// plays as it is. The queue and each file's progress are saved in the local store.
//
// Lives on the GUI thread: network replies arrive in its event loop, file writes are small
// buffered appends, hashing and folder removal run on the thread pool.
class DownloadManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadManager)

public:
    static constexpr qint64 kDefaultReadBufferSize = 256 * 1024;
    static constexpr int kTransferTimeoutMs = 30000;
    static constexpr int kSaveIntervalMs = 1000;
    static constexpr int kNotifyIntervalMs = 100;

    // What the queue needs to know of a lecture to list and group it.
    struct LectureRef
    {
        QString lectureId;
        QString courseCode;
        int weekNumber = 0;
        QString title;
    };

    DownloadManager(QNetworkAccessManager *network, ApiClient *api, LocalStore *store,
                    const QString &mediaRoot, QObject *parent = nullptr);
    ~DownloadManager() override;

    // Reads the saved queue; call once the store was asked to open. Downloads that were
    // running when the program stopped are queued again, and wait for startQueue().
    void load();
    bool isLoaded() const { return m_loaded; }

    // Starts (or continues) working through the queue: the API has a usable session.
    void startQueue();

    QString mediaRoot() const { return m_mediaRoot; }
    QList<DownloadRecord> downloads() const { return m_records; } // queue order
    std::optional<DownloadRecord> download(const QString &lectureId) const;
    bool isDownloaded(const QString &lectureId) const { return m_completed.contains(lectureId); }
    // A downloaded lecture's media with file:// URLs, when its playlist is on disk.
    std::optional<LectureMedia> localMedia(const QString &lectureId) const;

    // The bytes the given lectures need, from the server's manifests, before anything is
    // downloaded (lectures already downloaded count as nothing). Answers once on context.
    void measure(const QStringList &lectureIds, QObject *context,
                 std::function<void(Result<qint64>)> done);

    // Adds lectures to the end of the queue; ones already queued or done are left alone, and
    // failed or paused ones continue.
    void enqueue(const QList<LectureRef> &lectures);
    void pause(const QString &lectureId);
    void resume(const QString &lectureId);
    // Stops and forgets downloads and deletes their files (partial or complete).
    void remove(const QStringList &lectureIds);
    // Checks a finished download's files against their checksums again, off the GUI thread;
    // damaged files are deleted and the download fails, so Resume fetches just those again.
    void verify(const QString &lectureId);

    // "Download only on unmetered networks": honoured where the platform can tell.
    void setUnmeteredOnly(bool unmeteredOnly);
    bool isUnmeteredOnly() const { return m_unmeteredOnly; }
    bool canDetectMeteredNetworks(); // asks the platform the first time
    bool isWaitingForUnmeteredNetwork() const { return m_waitingForUnmetered; }

    // The most a reply buffers before it is written out (bounds memory per download).
    void setReadBufferSize(qint64 bytes) { m_readBufferSize = bytes; }

Q_SIGNALS:
    void loaded();
    // Downloads added or changed (state, size, progress); batched, at most every 100 ms.
    void downloadsChanged(const QStringList &lectureIds);
    void downloadsRemoved(const QStringList &lectureIds);
    // Every chunk (at most 32 KiB) written to disk; for exact progress (tests, throughput).
    void fileProgressed(const QString &lectureId, const QString &path, qint64 doneBytes,
                        qint64 size);
    void downloadFinished(const QString &lectureId);
    void downloadFailed(const QString &lectureId, const lectern::Error &error);
    void waitingForUnmeteredNetworkChanged(bool waiting);

private:
    struct Transfer;

    DownloadRecord *find(const QString &lectureId);
    const DownloadRecord *find(const QString &lectureId) const;
    QString localPath(const DownloadRecord &record, const QString &relativePath) const;
    void save(DownloadRecord &record);
    void markChanged(const QString &lectureId);
    void flushChanges();

    void startNext();
    void sizeQueued();
    void adoptManifest(DownloadRecord &record, const LectureMedia &media);
    void beginTransfer(DownloadRecord &record);
    void nextFile();
    bool writeChunk(const QByteArray &chunk); // false: the download failed
    void readReply();
    void replyMetaData();
    void replyFinished();
    void verifyFile();
    void fileVerified(const QString &lectureId, qsizetype fileIndex, const QByteArray &hex,
                      const QString &readError);
    void finishLecture();
    void fail(const Error &error);
    void stopTransfer(); // drops the reply and closes the part file; keeps what arrived
    Error transferError(int httpStatus, int networkError, const QString &errorString,
                        const QString &path) const;
    // Loads the platform's network information the first time downloads need it: over D-Bus
    // with NetworkManager, a cost start-up need not pay (docs/performance.md, start-up).
    void watchNetwork();
    bool mustWaitForUnmetered() const;
    void setWaitingForUnmetered(bool waiting);
    void networkChanged();

    QNetworkAccessManager *m_network;
    ApiClient *m_api;
    LocalStore *m_store;
    QString m_mediaRoot;
    QList<DownloadRecord> m_records;
    QSet<QString> m_completed; // lecture ids whose download is done
    QSet<QString> m_sizing; // manifests being fetched to show sizes before downloading
    QHash<QString, LectureMedia> m_manifests; // fetched by measure(), for enqueue()
    QSet<QString> m_retryOnStart; // failed for want of a network; retried by startQueue()
    std::unique_ptr<Transfer> m_transfer;
    int m_generation = 0; // answers for a transfer that was stopped are dropped
    bool m_loaded = false;
    bool m_started = false;
    bool m_unmeteredOnly = false;
    bool m_watchingNetwork = false;
    bool m_meteredDetectable = false;
    bool m_waitingForUnmetered = false;
    qint64 m_readBufferSize = kDefaultReadBufferSize;
    QStringList m_changed;
    QTimer m_notifyTimer;
};

} // namespace lectern
