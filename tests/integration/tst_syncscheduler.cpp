// When the client syncs, against a real lectern-server on loopback: at start, shortly after a
// burst of actions (one run, not one per action), with growing and jittered retries while the
// server is down (shown as offline, never as up to date), again at once when the server or the
// network is back, a bounded wait on quit when the server hangs, and the update message when
// the server refuses this client's version. Everything goes through LocalStore (the store
// thread) and ApiClient (real HTTP), as in the app; only the schedule is shortened.

#include "content/programmeloader.h"
#include "store/localstore.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"
#include "sync/apiclient.h"
#include "sync/syncscheduler.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lectern;

namespace {

constexpr int kWaitMs = 60000;

SyncScheduler::Options shortSchedule()
{
    SyncScheduler::Options options;
    options.periodMs = 10 * 60 * 1000; // never within a test: every run here has a reason
    options.debounceMs = 400;
    options.firstRetryMs = 200;
    options.maxRetryMs = 1600;
    options.jitter = 0.2;
    options.quitWaitMs = 3000; // the real bound
    options.watchNetwork = false; // the test drives networkReachabilityChanged()
    return options;
}

// One installation of the client with its scheduler, and a record of what the scheduler did.
class Client final
{
public:
    Client(const QUrl &server, SyncScheduler::Options options)
        : m_store(m_dir.filePath(QStringLiteral("lectern.sqlite")))
        , m_api(&m_network)
        , m_scheduler(&m_api, &m_store, options)
    {
        m_api.setServer(server);
        m_clock.start();
        QObject::connect(&m_scheduler, &SyncScheduler::statusChanged, &m_scheduler,
                         [this](const SyncStatus &status) {
                             statuses.append(status);
                             // The claim the status bar makes: "up to date" with nothing
                             // unconfirmed, never otherwise.
                             if (status.state == SyncStatus::State::UpToDate && status.waiting > 0)
                                 upToDateWhileWaiting = true;
                         });
        QObject::connect(&m_scheduler, &SyncScheduler::runStarted, &m_scheduler,
                         [this](SyncScheduler::Reason reason) {
                             runs.append({reason, m_clock.elapsed()});
                         });
        QObject::connect(&m_scheduler, &SyncScheduler::nextRunScheduled, &m_scheduler,
                         [this](int delayMs, SyncScheduler::Reason reason) {
                             if (reason == SyncScheduler::Reason::Retry)
                                 retryDelays.append(delayMs);
                         });
    }

    LocalStore &store() { return m_store; }
    ApiClient &api() { return m_api; }
    SyncScheduler &scheduler() { return m_scheduler; }
    qint64 elapsed() const { return m_clock.elapsed(); }

    bool openAndLogin()
    {
        QSignalSpy opened(&m_store, &LocalStore::opened);
        m_store.openAsync();
        if (!opened.wait(kWaitMs))
            return false;
        std::optional<Result<Session>> answer;
        m_api.login(QStringLiteral("learner"), QStringLiteral("learner-demo"), &m_network,
                    [&answer](Result<Session> r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs) || !*answer)
            return false;
        m_api.setToken(answer->value().token);
        return true;
    }

    bool waitForState(SyncStatus::State state, int timeoutMs = kWaitMs)
    {
        return QTest::qWaitFor(
            [&] { return m_scheduler.status().state == state && !m_scheduler.isRunning(); },
            timeoutMs);
    }

    bool recordViewing(const QString &lectureId, qint64 fromMs, qint64 toMs)
    {
        QSignalSpy recorded(&m_store, &LocalStore::viewingRecorded);
        IntervalSet watched;
        watched.add(fromMs, toMs);
        m_store.recordViewingAsync(
            ViewingUpdate{lectureId, watched, toMs, QDateTime::currentDateTimeUtc()});
        return recorded.wait(kWaitMs);
    }

    OutboxStatus outbox()
    {
        QSignalSpy loaded(&m_store, &LocalStore::outboxStatusLoaded);
        m_store.loadOutboxStatusAsync();
        if (!loaded.wait(kWaitMs))
            return {};
        return loaded.last().first().value<OutboxStatus>();
    }

    struct Run
    {
        SyncScheduler::Reason reason;
        qint64 atMs;
    };
    QList<Run> runs;
    QList<int> retryDelays;
    QList<SyncStatus> statuses;
    bool upToDateWhileWaiting = false;

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    LocalStore m_store;
    ApiClient m_api;
    SyncScheduler m_scheduler;
    QElapsedTimer m_clock;
};

// A server that accepts connections and never answers: a hung process, or a proxy in front
// of one.
class SilentServer final : public QTcpServer
{
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                m_sockets.append(socket); // read nothing, answer nothing, close nothing
        });
    }

private:
    QList<QTcpSocket *> m_sockets;
};

} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncsAtStartAndSaysUpToDate();
    void burstOfActionsIsOneRunAfterTheDebounce();
    void changesMadeDuringARunAreNotReportedUpToDate();
    void retriesBackOffWithJitterWhileTheServerIsDownThenRecover();
    void networkReturningSyncsWithoutWaitingForTheBackoff();
    void quitWaitIsBoundedWhenTheServerHangs();
    void tooOldClientIsToldToUpdate();
    void cleanupTestCase();

private:
    std::unique_ptr<Client> syncedClient(SyncScheduler::Options options = shortSchedule());

    testing::ServerProcess m_server;
    quint16 m_port = 0;
    QString m_lectureId;
    qint64 m_lectureMs = 0;
};

void TestSyncScheduler::initTestCase()
{
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(m_server.start());
    m_port = quint16(m_server.url().port());
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(outcome.isOk());
    const Lecture &lecture = outcome.content.courses.first().weeks.first().lectures.first();
    m_lectureId = lecture.id;
    m_lectureMs = qint64(lecture.durationSeconds) * 1000;
    QVERIFY(m_lectureMs > 10000);
}

void TestSyncScheduler::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<Client> TestSyncScheduler::syncedClient(SyncScheduler::Options options)
{
    auto client = std::make_unique<Client>(m_server.url(), options);
    if (!client->openAndLogin())
        return nullptr;
    client->scheduler().start();
    if (!client->waitForState(SyncStatus::State::UpToDate))
        return nullptr;
    return client;
}

// Bad input tried: none; the first run of a session must happen unasked.
void TestSyncScheduler::syncsAtStartAndSaysUpToDate()
{
    auto client = std::make_unique<Client>(m_server.url(), shortSchedule());
    QVERIFY(client->openAndLogin());
    QSignalSpy catalog(&client->scheduler(), &SyncScheduler::catalogSynced);
    QCOMPARE(client->scheduler().status().state, SyncStatus::State::NotSynced);
    client->scheduler().start();
    QVERIFY(client->waitForState(SyncStatus::State::UpToDate));
    QCOMPARE(client->runs.size(), 1);
    QCOMPARE(client->runs.first().reason, SyncScheduler::Reason::Start);
    QVERIFY(!catalog.isEmpty()); // the start run fetched the catalog, not only progress
    QVERIFY(!client->store().cursor().isEmpty());
    const SyncStatus status = client->scheduler().status();
    QVERIFY(status.lastSuccess.isValid());
    QCOMPARE(status.waiting, 0);
    QVERIFY(status.nextAttempt > QDateTime::currentDateTimeUtc()); // the periodic run is due
}

// Bad input tried: five viewing saves in quick succession, as a player saving and a learner
// seeking make them; they must go as one run once the learner pauses, not five.
void TestSyncScheduler::burstOfActionsIsOneRunAfterTheDebounce()
{
    auto client = syncedClient();
    QVERIFY(client);
    client->runs.clear();
    qint64 lastActionMs = 0;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(client->recordViewing(m_lectureId, i * 1000, i * 1000 + 900));
        lastActionMs = client->elapsed();
        QTest::qWait(100);
    }
    // Before the debounce ends the change is waiting, and no run has started.
    QTRY_COMPARE(client->scheduler().status().state, SyncStatus::State::Waiting);
    QVERIFY(client->scheduler().status().waiting >= 1);
    QVERIFY(client->runs.isEmpty());
    QVERIFY(client->waitForState(SyncStatus::State::UpToDate));
    QCOMPARE(client->runs.size(), 1);
    QCOMPARE(client->runs.first().reason, SyncScheduler::Reason::Action);
    QVERIFY2(client->runs.first().atMs - lastActionMs >= 350,
             qPrintable(QString::number(client->runs.first().atMs - lastActionMs)));
    QCOMPARE(client->outbox().pending, 0);
    QVERIFY(!client->upToDateWhileWaiting);
}

// Bad input tried: a change saved while a push is on the wire. The run that did not carry it
// must not end in "up to date"; the next run sends it.
void TestSyncScheduler::changesMadeDuringARunAreNotReportedUpToDate()
{
    auto client = syncedClient();
    QVERIFY(client);
    bool madeDuringRun = false;
    QList<ProgressSyncResult> results;
    QList<SyncStatus::State> stateAfterRun;
    // After the push, while the run pulls progress: too late for this run to carry.
    connect(&client->store(), &LocalStore::progressPageApplied, this, [&] {
        if (madeDuringRun)
            return;
        madeDuringRun = true;
        IntervalSet watched;
        watched.add(20000, 21000);
        client->store().recordViewingAsync(
            ViewingUpdate{m_lectureId, watched, 21000, QDateTime::currentDateTimeUtc()});
    });
    connect(&client->scheduler(), &SyncScheduler::progressSynced, this,
            [&](const ProgressSyncResult &result) {
                results.append(result);
                stateAfterRun.append(client->scheduler().status().state);
            });
    QVERIFY(client->recordViewing(m_lectureId, 10000, 11000));
    QTRY_VERIFY_WITH_TIMEOUT(results.size() >= 2, kWaitMs);
    QVERIFY(madeDuringRun);
    QCOMPARE(results.first().waiting, 1); // the push went; the change made meanwhile did not
    QVERIFY(stateAfterRun.first() != SyncStatus::State::UpToDate);
    QVERIFY(client->waitForState(SyncStatus::State::UpToDate));
    QCOMPARE(client->scheduler().status().waiting, 0);
    QCOMPARE(client->outbox().pending, 0);
    QVERIFY(!client->upToDateWhileWaiting);
}

// Bad input tried: the server gone (connection refused) for five retries, with a change made
// meanwhile. Retries wait 200, 400, 800, 1600, 1600 ms (the cap), each +/-20 %; the status
// says offline with the change waiting, never up to date; once the server is back the next
// retry sends the change and the backoff starts over.
void TestSyncScheduler::retriesBackOffWithJitterWhileTheServerIsDownThenRecover()
{
    auto client = syncedClient();
    QVERIFY(client);
    QCOMPARE(m_server.stop(), 0);
    client->retryDelays.clear();
    client->runs.clear();
    QVERIFY(client->recordViewing(m_lectureId, 30000, 31000));
    QTRY_VERIFY_WITH_TIMEOUT(client->retryDelays.size() >= 5, kWaitMs);
    const QList<int> bases{200, 400, 800, 1600, 1600};
    bool anyJitter = false;
    for (int i = 0; i < bases.size(); ++i) {
        const int delay = client->retryDelays.at(i);
        QVERIFY2(delay >= bases.at(i) * 0.8 - 1 && delay <= bases.at(i) * 1.2 + 1,
                 qPrintable(QStringLiteral("retry %1 waited %2 ms").arg(i + 1).arg(delay)));
        anyJitter = anyJitter || delay != bases.at(i);
    }
    QVERIFY(anyJitter); // with no jitter, every client of a restarted server retries at once
    // The runs themselves are as far apart as the delays said.
    for (int i = 1; i + 1 < client->runs.size() && i < 5; ++i) {
        const qint64 gap = client->runs.at(i).atMs - client->runs.at(i - 1).atMs;
        QVERIFY2(gap >= client->retryDelays.at(i - 1) - 20, qPrintable(QString::number(gap)));
    }
    const SyncStatus offline = client->scheduler().status();
    QVERIFY(offline.state == SyncStatus::State::Offline
            || offline.state == SyncStatus::State::Syncing);
    QCOMPARE(offline.waiting, 1);
    QVERIFY(client->waitForState(SyncStatus::State::Offline));
    QVERIFY(!client->scheduler().status().error.isEmpty());

    QVERIFY(m_server.start(m_port));
    QVERIFY(client->waitForState(SyncStatus::State::UpToDate, 10000));
    QCOMPARE(client->scheduler().consecutiveFailures(), 0);
    QCOMPARE(client->scheduler().status().waiting, 0);
    QVERIFY(client->scheduler().status().error.isEmpty());
    QCOMPARE(client->outbox().pending, 0);
    QVERIFY(!client->upToDateWhileWaiting);
    for (const SyncStatus &status : std::as_const(client->statuses)) {
        // While the server was down the change waited: nothing claimed otherwise.
        if (status.waiting > 0)
            QVERIFY(status.state != SyncStatus::State::UpToDate);
    }
}

// Bad input tried: a long backoff (a minute) earned while the network was gone; when it comes
// back the client must not sit out the minute.
void TestSyncScheduler::networkReturningSyncsWithoutWaitingForTheBackoff()
{
    SyncScheduler::Options options = shortSchedule();
    options.firstRetryMs = 60000;
    options.maxRetryMs = 120000;
    auto client = syncedClient(options);
    QVERIFY(client);
    QCOMPARE(m_server.stop(), 0);
    client->scheduler().networkReachabilityChanged(false);
    client->scheduler().syncNow();
    QVERIFY(client->waitForState(SyncStatus::State::Offline));
    QCOMPARE(client->retryDelays.size(), 1);
    QVERIFY(client->retryDelays.first() >= 48000);
    QVERIFY(m_server.start(m_port));
    client->runs.clear();
    const qint64 back = client->elapsed();
    client->scheduler().networkReachabilityChanged(true);
    QVERIFY(client->waitForState(SyncStatus::State::UpToDate, 10000));
    QCOMPARE(client->runs.first().reason, SyncScheduler::Reason::NetworkReturned);
    QVERIFY(client->runs.first().atMs - back < 1000);
}

// Bad input tried: a server that accepts the connection and never answers. Quitting waits at
// most the quit wait (3 s), then goes; the unsent change stays in the outbox.
void TestSyncScheduler::quitWaitIsBoundedWhenTheServerHangs()
{
    auto client = syncedClient();
    QVERIFY(client);
    SilentServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    client->api().setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    QVERIFY(client->recordViewing(m_lectureId, 40000, 41000));

    QSignalSpy ready(&client->scheduler(), &SyncScheduler::readyToQuit);
    QElapsedTimer clock;
    clock.start();
    client->scheduler().finishBeforeQuit();
    QVERIFY(ready.wait(10000));
    const qint64 waited = clock.elapsed();
    QVERIFY2(waited >= 2500 && waited <= 3500, qPrintable(QString::number(waited)));
    QCOMPARE(ready.size(), 1);
    QTest::qWait(200);
    QCOMPARE(ready.size(), 1); // once, not again when the hung request ends
    QCOMPARE(client->outbox().pending, 1); // kept for the next start
    QVERIFY(!client->scheduler().isActive());
}

// Bad input tried: this client's version (sent in X-Lectern-Client on every request) below
// the server's --min-client-version. The reason shown is the update message, as an error, not
// "offline"; the change is kept.
void TestSyncScheduler::tooOldClientIsToldToUpdate()
{
    auto client = syncedClient();
    QVERIFY(client);
    QCOMPARE(m_server.stop(), 0);
    m_server.setServeArguments({QStringLiteral("--min-client-version"), QStringLiteral("99.0.0")});
    const bool started = m_server.start(m_port);
    m_server.setServeArguments({});
    QVERIFY(started);
    QVERIFY(client->recordViewing(m_lectureId, 50000, 51000));
    client->scheduler().syncNow();
    QVERIFY(client->waitForState(SyncStatus::State::Error));
    QCOMPARE(client->scheduler().status().error,
             QStringLiteral("This version of Lectern is too old for the server; please update."));
    QCOMPARE(client->outbox().pending, 1);
    QCOMPARE(m_server.stop(), 0);
    QVERIFY(m_server.start(m_port));
}

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
