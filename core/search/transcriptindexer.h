#pragma once

#include "domain/result.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace lectern {

class ApiClient;
class DownloadManager;
class LocalStore;

// Makes lectures searchable by what is said in them (docs/search.md): for each lecture the
// store's plan names (never indexed, failed last time, or re-cut), it reads the lecture's WebVTT
// captions — from the downloaded copy when there is one, else from a fresh signed URL — parses
// them and hands the cues to the store, which indexes them with FTS5.
//
// A few lectures at a time (kConcurrency), so a sync of a whole programme does not flood the
// server or starve the player. A lecture that fails is recorded as failed and tried again at the
// next run; a lost connection ends the run, leaving the rest for later. Lives on the GUI
// thread: it only starts requests and queues store calls.
class TranscriptIndexer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptIndexer)

public:
    static constexpr int kConcurrency = 3;

    enum class Sources {
        DownloadedOnly, // offline: only lectures kept on this computer
        Any, // after a sync: the server for the rest
    };

    TranscriptIndexer(ApiClient *api, LocalStore *store, DownloadManager *downloads,
                      QObject *parent = nullptr);

    // Starts a run; while one runs, another is remembered and starts when it ends.
    void start(Sources sources);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(int lectureCount);
    void lectureIndexed(const QString &lectureId, int cueCount);
    void lectureFailed(const QString &lectureId, const lectern::Error &error);
    // Every lecture of the run is stored (indexed or marked failed).
    void finished(int indexed, int failed);

private:
    void planLoaded(const QStringList &lectureIds);
    void pump();
    void fetchCaptions(const QString &lectureId, const QUrl &url);
    void captionsArrived(const QString &lectureId, const QByteArray &bytes);
    void fail(const QString &lectureId, const Error &error);
    void stored(const QString &lectureId, int cueCount); // -1: not indexed
    void finishIfDone();

    ApiClient *m_api;
    LocalStore *m_store;
    DownloadManager *m_downloads;
    bool m_running = false;
    bool m_waitingForPlan = false;
    bool m_stopped = false; // the connection is gone: no new fetches this run
    Sources m_sources = Sources::Any;
    std::optional<Sources> m_next;
    QStringList m_queue;
    QStringList m_inFlight; // fetching
    QStringList m_storing; // handed to the store, not yet confirmed
    int m_indexed = 0;
    int m_failed = 0;
};

} // namespace lectern
