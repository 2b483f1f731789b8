#include "syncscheduler.h"

#include "domain/logging.h"
#include "store/localstore.h"
#include "sync/apiclient.h"
#include "sync/catalogsync.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QRandomGenerator>

#include <algorithm>

namespace lectern {
namespace {

// Errors that mean "the server cannot be reached", shown as Offline rather than as an error.
bool isUnreachable(const QString &code)
{
    return code == u"offline" || code == u"timeout";
}

} // namespace

SyncScheduler::SyncScheduler(ApiClient *api, LocalStore *store, QObject *parent)
    : SyncScheduler(api, store, Options(), parent)
{ }

SyncScheduler::SyncScheduler(ApiClient *api, LocalStore *store, Options options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_options(options)
    , m_catalogSync(new CatalogSync(api, store, this))
    , m_progressSync(new ProgressSync(api, store, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_options.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { request(Reason::Action); });
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, [this] { request(m_nextReason); });
    m_quitDeadline.setSingleShot(true);
    m_quitDeadline.setTimerType(Qt::PreciseTimer); // a promise to the user: 3 s, not 3.15
    connect(&m_quitDeadline, &QTimer::timeout, this, [this] {
        qCInfo(lcSync) << "quitting before the final sync ended; the outbox keeps the rest";
        quitNow();
    });

    // The catalog first (the lectures that progress and quizzes belong to), then progress.
    connect(m_catalogSync, &CatalogSync::finished, this, [this](int changeCount) {
        Q_EMIT catalogSynced(changeCount);
        m_progressSync->start();
    });
    connect(m_catalogSync, &CatalogSync::failed, this, &SyncScheduler::failed);
    connect(m_progressSync, &ProgressSync::finished, this, &SyncScheduler::succeeded);
    connect(m_progressSync, &ProgressSync::failed, this, &SyncScheduler::failed);

    // The store announces every change of the outbox: the count of changes waiting and the
    // refused ones come from it, never from a guess.
    connect(m_store, &LocalStore::outboxStatusLoaded, this, [this](const OutboxStatus &outbox) {
        m_status.waiting = outbox.pending;
        m_status.refused = outbox.refused;
        updateStatus();
    });
    connect(m_store, &LocalStore::viewingRecorded, this, &SyncScheduler::noteAction);
    connect(m_store, &LocalStore::attemptSaved, this, &SyncScheduler::noteAction);
    connect(m_store, &LocalStore::attemptSubmitted, this, &SyncScheduler::noteAction);
}

bool SyncScheduler::isRunning() const
{
    return m_catalogSync->isRunning() || m_progressSync->isRunning();
}

void SyncScheduler::start()
{
    m_active = true;
    m_quitting = false;
    m_failures = 0;
    m_lastError.clear();
    m_lastErrorCode.clear();
    watchNetwork();
    request(Reason::Start);
}

void SyncScheduler::stop()
{
    m_active = false;
    m_again = false;
    m_debounce.stop();
    m_next.stop();
    m_status.nextAttempt = {};
    updateStatus();
}

void SyncScheduler::syncNow()
{
    request(Reason::Manual);
}

void SyncScheduler::noteAction()
{
    // While backing off the retry comes anyway: an action does not shorten the wait, or a
    // learner answering questions offline would knock on a dead server every few seconds.
    if (!m_active || m_quitting || m_failures > 0)
        return;
    m_debounce.start();
}

void SyncScheduler::networkReachabilityChanged(bool online)
{
    const bool wasDown = m_networkDown;
    m_networkDown = !online;
    qCInfo(lcSync) << "network" << (online ? "reachable" : "unreachable");
    if (online && wasDown && m_active && !m_quitting) {
        // A new network is a new chance: no reason to wait out a backoff earned on the old one.
        m_failures = 0;
        request(Reason::NetworkReturned);
        return;
    }
    updateStatus();
}

void SyncScheduler::finishBeforeQuit()
{
    m_debounce.stop();
    m_next.stop();
    if (!m_active) {
        QMetaObject::invokeMethod(this, &SyncScheduler::readyToQuit, Qt::QueuedConnection);
        return;
    }
    m_quitting = true;
    m_quitDeadline.start(m_options.quitWaitMs);
    // A run under way ends the wait when it ends; otherwise send the outbox once.
    if (!isRunning())
        run(Reason::Quit);
}

int SyncScheduler::retryBaseMs(int consecutiveFailures) const
{
    qint64 delay = m_options.firstRetryMs;
    for (int i = 1; i < consecutiveFailures && delay < m_options.maxRetryMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, m_options.maxRetryMs));
}

void SyncScheduler::request(Reason reason)
{
    if (!m_active || (m_quitting && reason != Reason::Quit))
        return;
    if (isRunning()) {
        m_again = true;
        m_againFull = m_againFull || reason != Reason::Action;
        return;
    }
    run(reason);
}

void SyncScheduler::run(Reason reason)
{
    m_debounce.stop();
    m_next.stop();
    m_status.nextAttempt = {};
    qCInfo(lcSync) << "sync run:" << reason;
    // After a lecture or quiz action, and on quit, only changes need to go: the catalog
    // rarely moves and is checked by the periodic run.
    if (reason == Reason::Action || reason == Reason::Quit)
        m_progressSync->start();
    else
        m_catalogSync->start();
    Q_EMIT runStarted(reason);
    updateStatus();
}

void SyncScheduler::succeeded(const ProgressSyncResult &result)
{
    m_failures = 0;
    m_lastError.clear();
    m_lastErrorCode.clear();
    m_status.lastSuccess = QDateTime::currentDateTimeUtc();
    // The run's own count, read from the outbox after the last push was confirmed.
    m_status.waiting = result.waiting;
    Q_EMIT progressSynced(result);
    if (m_quitting) {
        // Made while the last run went (the lecture closed with the window): once more.
        if (result.waiting > 0 && m_quitDeadline.isActive() && !m_again) {
            m_again = true;
            run(Reason::Quit);
            return;
        }
        quitNow();
        return;
    }
    if (m_again && m_active) {
        const bool full = m_againFull;
        m_again = false;
        m_againFull = false;
        run(full ? Reason::Manual : Reason::Action);
        return;
    }
    scheduleNext(m_options.periodMs, Reason::Periodic);
    updateStatus();
}

void SyncScheduler::failed(const Error &error)
{
    m_lastError = error.message;
    m_lastErrorCode = error.code;
    Q_EMIT runFailed(error);
    if (m_quitting) {
        quitNow();
        return;
    }
    // Asked for during the failed run: the backoff decides when, as for any other request.
    m_again = false;
    m_againFull = false;
    ++m_failures;
    const int base = retryBaseMs(m_failures);
    const double factor
        = 1.0 + (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * m_options.jitter;
    const int delay = std::max(1, int(base * factor));
    qCInfo(lcSync) << "sync failed" << m_failures << "time(s) in a row; next try in" << delay
                   << "ms";
    scheduleNext(delay, Reason::Retry);
    updateStatus();
}

void SyncScheduler::scheduleNext(int delayMs, Reason reason)
{
    if (!m_active || m_quitting)
        return;
    m_nextReason = reason;
    m_next.start(delayMs);
    m_status.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    Q_EMIT nextRunScheduled(delayMs, reason);
}

void SyncScheduler::quitNow()
{
    if (!m_quitting)
        return;
    m_quitting = false;
    m_again = false;
    m_active = false; // nothing more starts; the process is about to end
    m_quitDeadline.stop();
    updateStatus();
    Q_EMIT readyToQuit();
}

void SyncScheduler::updateStatus()
{
    SyncStatus &status = m_status;
    status.error.clear();
    if (isRunning()) {
        status.state = SyncStatus::State::Syncing;
    } else if (!m_lastError.isEmpty()) {
        status.error = m_lastError;
        status.state = isUnreachable(m_lastErrorCode) || m_networkDown ? SyncStatus::State::Offline
                                                                       : SyncStatus::State::Error;
    } else if (!status.lastSuccess.isValid()) {
        status.state = SyncStatus::State::NotSynced;
    } else if (status.waiting > 0) {
        status.state = SyncStatus::State::Waiting;
    } else {
        // Only here: the last run succeeded, so its last push was confirmed, and the outbox
        // has nothing unsent.
        status.state = SyncStatus::State::UpToDate;
    }
    // Q_EMIT expands to nothing, so clang-tidy sees the call start at its name's column.
    Q_EMIT statusChanged(status); // NOLINT(readability-misleading-indentation)
}

void SyncScheduler::watchNetwork()
{
    if (!m_options.watchNetwork || m_watchingNetwork)
        return;
    m_watchingNetwork = true;
    // Not every system has a backend (containers, minimal desktops); the schedule and the
    // backoff still bring sync back, only later.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcSync) << "no network information backend; relying on the schedule";
        return;
    }
    QNetworkInformation *information = QNetworkInformation::instance();
    const auto reachable = [](QNetworkInformation::Reachability reachability) {
        return reachability != QNetworkInformation::Reachability::Disconnected;
    };
    m_networkDown = !reachable(information->reachability());
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this, reachable](QNetworkInformation::Reachability reachability) {
                networkReachabilityChanged(reachable(reachability));
            });
}

} // namespace lectern
