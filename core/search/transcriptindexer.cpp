#include "transcriptindexer.h"

#include "domain/logging.h"
#include "media/downloadmanager.h"
#include "media/webvtt.h"
#include "store/localstore.h"
#include "sync/apiclient.h"

namespace lectern {
namespace {

// Errors that say the server cannot be reached or the session is over: every other lecture
// of the run would fail the same way.
bool endsTheRun(const Error &error)
{
    return error.code == u"offline" || error.code == u"timeout" || error.code == u"unauthorized";
}

} // namespace

TranscriptIndexer::TranscriptIndexer(ApiClient *api, LocalStore *store, DownloadManager *downloads,
                                     QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_downloads(downloads)
{
    connect(m_store, &LocalStore::transcriptPlanLoaded, this, &TranscriptIndexer::planLoaded);
    connect(m_store, &LocalStore::transcriptStored, this, &TranscriptIndexer::stored);
}

void TranscriptIndexer::start(Sources sources)
{
    if (m_running) {
        // The wider request wins: a sync's run also covers downloaded lectures.
        m_next = m_next == Sources::Any ? Sources::Any : sources;
        return;
    }
    m_running = true;
    m_waitingForPlan = true;
    m_stopped = false;
    m_sources = sources;
    m_indexed = 0;
    m_failed = 0;
    m_store->loadTranscriptPlanAsync();
}

void TranscriptIndexer::planLoaded(const QStringList &lectureIds)
{
    if (!m_waitingForPlan)
        return;
    m_waitingForPlan = false;
    m_queue.clear();
    for (const QString &lectureId : lectureIds) {
        const bool local = m_downloads && m_downloads->localMedia(lectureId).has_value();
        if (local || m_sources == Sources::Any)
            m_queue.append(lectureId);
    }
    qCInfo(lcMedia) << "indexing transcripts of" << m_queue.size() << "lectures";
    Q_EMIT started(int(m_queue.size()));
    pump();
    finishIfDone();
}

void TranscriptIndexer::pump()
{
    while (!m_stopped && !m_queue.isEmpty() && m_inFlight.size() < kConcurrency) {
        const QString lectureId = m_queue.takeFirst();
        m_inFlight.append(lectureId);
        // A downloaded lecture's captions are on disk: no network, and it works offline.
        if (const std::optional<LectureMedia> local
            = m_downloads ? m_downloads->localMedia(lectureId) : std::nullopt) {
            if (local->captions.isEmpty())
                captionsArrived(lectureId, {});
            else
                fetchCaptions(lectureId, local->url(local->captions));
            continue;
        }
        m_api->fetchLectureMedia(lectureId, this, [this, lectureId](Result<LectureMedia> media) {
            if (!media)
                return fail(lectureId, media.error());
            if (media.value().captions.isEmpty())
                return captionsArrived(lectureId, {}); // nothing is said in words: nothing to find
            fetchCaptions(lectureId, media.value().url(media.value().captions));
        });
    }
}

void TranscriptIndexer::fetchCaptions(const QString &lectureId, const QUrl &url)
{
    m_api->fetchBytes(url, this, [this, lectureId](Result<QByteArray> bytes) {
        if (!bytes)
            return fail(lectureId, bytes.error());
        captionsArrived(lectureId, bytes.value());
    });
}

void TranscriptIndexer::captionsArrived(const QString &lectureId, const QByteArray &bytes)
{
    QList<Cue> cues;
    if (!bytes.isEmpty()) {
        const Result<WebVttDocument> document = WebVttParser::parse(bytes);
        if (!document)
            return fail(lectureId, document.error());
        cues = document.value().cues;
    }
    m_inFlight.removeOne(lectureId);
    m_storing.append(lectureId);
    m_store->saveTranscriptAsync(lectureId, cues);
    pump();
}

void TranscriptIndexer::fail(const QString &lectureId, const Error &error)
{
    qCWarning(lcMedia) << "transcript of" << lectureId << "not indexed:" << error.message;
    m_inFlight.removeOne(lectureId);
    Q_EMIT lectureFailed(lectureId, error);
    if (endsTheRun(error)) {
        // Not the lecture's fault: it stays in the plan without a failure on record.
        m_stopped = true;
        m_queue.clear();
        finishIfDone();
        return;
    }
    m_storing.append(lectureId);
    m_store->markTranscriptFailedAsync(lectureId, error.message);
    pump();
}

void TranscriptIndexer::stored(const QString &lectureId, int cueCount)
{
    if (!m_storing.removeOne(lectureId))
        return;
    if (cueCount >= 0) {
        ++m_indexed;
        Q_EMIT lectureIndexed(lectureId, cueCount);
    } else {
        ++m_failed;
    }
    finishIfDone();
}

void TranscriptIndexer::finishIfDone()
{
    if (!m_running || m_waitingForPlan || !m_queue.isEmpty() || !m_inFlight.isEmpty()
        || !m_storing.isEmpty()) {
        return;
    }
    m_running = false;
    qCInfo(lcMedia) << "transcripts indexed:" << m_indexed << "failed:" << m_failed;
    Q_EMIT finished(m_indexed, m_failed);
    if (const std::optional<Sources> next = std::exchange(m_next, std::nullopt))
        start(*next);
}

} // namespace lectern
