#pragma once

#include "domain/result.h"
#include "sync/progressfeed.h"
#include "sync/progresssync.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

namespace lectern {

class ApiClient;
class CatalogSync;
class LocalStore;

// What the status bar shows about sync, as one value.
struct SyncStatus
{
    enum class State {
        NotSynced, // no run has succeeded since the start (or no session)
        Syncing,
        UpToDate, // the server confirmed every change: nothing unsent, last push confirmed
        Waiting, // changes here the server has not confirmed yet
        Offline, // no network, or the server cannot be reached
        Error, // the server answered with an error (error says which)
    };

    State state = State::NotSynced;
    int waiting = 0; // changes not yet confirmed by the server
    QList<OutboxEvent> refused; // changes the server refused, each with its reason; kept
    QString error; // why the last run failed (Offline, Error); empty otherwise
    QDateTime lastSuccess; // UTC; invalid before the first successful run
    QDateTime nextAttempt; // UTC; when the scheduler runs next on its own
};

// When the client syncs (docs/protocol.md, "Client schedule"): at start, every few minutes,
// shortly after each lecture or quiz action, when the network returns, and once more on quit
// with a bounded wait. After a failure it retries with exponential backoff and jitter, so many
// clients of a server that comes back do not all retry at the same moment.
//
// A run is the catalog feed, then the progress sync (push the outbox, pull progress, fetch
// quizzes); a run after a lecture or quiz action, or on quit, is the progress sync alone. Runs
// never overlap: a request during a run makes one more run right after it.
//
// Plain QObject on the thread of the ApiClient; it queues store calls and reacts to signals,
// so it never blocks that thread.
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    // The schedule; tests shorten it.
    struct Options
    {
        int periodMs = 5 * 60 * 1000;
        int debounceMs = 3000;
        int firstRetryMs = 5000;
        int maxRetryMs = 5 * 60 * 1000;
        double jitter = 0.2; // each retry delay is its base times 1 +/- up to this
        int quitWaitMs = 3000;
        // Watch QNetworkInformation for the network coming back (off where there is no backend
        // or a test drives networkReachabilityChanged() itself).
        bool watchNetwork = true;
    };

    enum class Reason { Start, Periodic, Action, NetworkReturned, Manual, Retry, Quit };
    Q_ENUM(Reason)

    SyncScheduler(ApiClient *api, LocalStore *store, QObject *parent = nullptr);
    SyncScheduler(ApiClient *api, LocalStore *store, Options options, QObject *parent = nullptr);

    // A session began: sync now, then on schedule. The ApiClient must hold server and token.
    void start();
    // The session ended (logout): no more runs until start(); a run under way finishes.
    void stop();
    bool isActive() const { return m_active; }
    bool isRunning() const;

    // "Sync now": runs at once (or right after the run under way), whatever the backoff.
    void syncNow();
    // A lecture or quiz action: a run once no further action came for debounceMs.
    void noteAction();
    // The network came back (true) or went (false); QNetworkInformation calls it when loaded.
    void networkReachabilityChanged(bool online);

    // Quitting: sends what it can within quitWaitMs, then emits readyToQuit (exactly once per
    // call). What was not confirmed stays in the outbox for the next start.
    void finishBeforeQuit();

    SyncStatus status() const { return m_status; }
    // The delay the next retry waits before jitter, after consecutiveFailures failures.
    int retryBaseMs(int consecutiveFailures) const;
    int consecutiveFailures() const { return m_failures; }

    CatalogSync *catalogSync() const { return m_catalogSync; }
    ProgressSync *progressSync() const { return m_progressSync; }

Q_SIGNALS:
    void statusChanged(const lectern::SyncStatus &status);
    void runStarted(lectern::SyncScheduler::Reason reason);
    void catalogSynced(int changeCount);
    void progressSynced(const lectern::ProgressSyncResult &result);
    void runFailed(const lectern::Error &error);
    // The next run on the scheduler's own account is due in delayMs (after a success: the
    // period; after a failure: the backoff with jitter).
    void nextRunScheduled(int delayMs, lectern::SyncScheduler::Reason reason);
    void readyToQuit();

private:
    void request(Reason reason);
    void run(Reason reason);
    void succeeded(const ProgressSyncResult &result);
    void failed(const Error &error);
    void scheduleNext(int delayMs, Reason reason);
    void quitNow();
    void updateStatus();
    void watchNetwork();

    ApiClient *m_api;
    LocalStore *m_store;
    Options m_options;
    CatalogSync *m_catalogSync;
    ProgressSync *m_progressSync;
    QTimer m_debounce;
    QTimer m_next; // the periodic run or the retry, whichever is due
    QTimer m_quitDeadline;
    Reason m_nextReason = Reason::Periodic;
    bool m_active = false;
    bool m_again = false; // asked for during a run
    bool m_againFull = false; // ... and that request wants the catalog too
    bool m_quitting = false;
    bool m_networkDown = false;
    bool m_watchingNetwork = false;
    int m_failures = 0;
    QString m_lastError;
    QString m_lastErrorCode;
    SyncStatus m_status;
};

} // namespace lectern
