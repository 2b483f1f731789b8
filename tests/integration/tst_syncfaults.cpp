// Faults between the client and a real lectern-server, each injected on purpose: a reply lost
// after the server applied the push, HTTP 500, HTTP 503 with Retry-After, no answer at all (the
// client's timeout), a reply body cut midway, the server killed in the middle of a large push,
// and the client process killed in the middle of its sync. After each, one normal sync must
// leave nothing lost and nothing counted twice, on the client's database (outbox empty, the
// attempt confirmed once) and on the server (its progress feed: the attempt once, the viewing).
// The faults come from tests/support/faultproxy, a loopback proxy in front of the server.

#include "support/faultproxy.h"
#include "support/serverprocess.h"
#include "support/syncclient.h"
#include "support/testpaths.h"

#include <QProcess>

#include <cstdio>
#include <memory>

using namespace lectern;
using namespace lectern::testing;

namespace {

const QString kUser = QStringLiteral("learner");
const QString kPassword = QStringLiteral("learner-demo");
constexpr const char *kChildVariable = "LECTERN_SYNCFAULTS_CHILD_DIR";
constexpr const char *kChildServer = "LECTERN_SYNCFAULTS_CHILD_SERVER";
constexpr const char *kChildToken = "LECTERN_SYNCFAULTS_CHILD_TOKEN";

// The killed client: a store on the data folder the test prepared, syncing through the proxy.
// It prints SYNCING and runs until the test kills it (it must never get to finish).
int runChild(const QString &dataDir, const QUrl &server, const QString &token)
{
    SyncClient client(server, dataDir);
    if (!client.open())
        return 2;
    client.api().setToken(token);
    std::fputs("SYNCING\n", stdout);
    std::fflush(stdout);
    const Result<ProgressSyncResult> synced = client.syncProgress();
    return synced ? 3 : 4; // only reached when the kill came too late
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faultDuringPushLosesNothing_data();
    void faultDuringPushLosesNothing();
    void serverKilledMidPushOfALargeBatch();
    void clientKilledMidSync();

private:
    // A logged-in client whose catalog and quizzes are downloaded straight from the server.
    std::unique_ptr<SyncClient> readyClient(const QString &dataDir = QString());
    // The next lecture with a quiz that no earlier test of this run used.
    const Lecture *nextQuizLecture();
    // Whole-lecture viewing plus a submitted attempt: two events in the outbox.
    bool watchAndTakeQuiz(SyncClient &client, const Lecture &lecture, Attempt *attempt);
    // The client's DB and the server agree: outbox empty, the attempt confirmed and counted
    // once on both, the lecture's viewing on the server.
    void verifyConfirmedOnce(SyncClient &client, const Lecture &lecture, const Attempt &attempt,
                             const IntervalSet &watched);

    ServerProcess m_server;
    quint16 m_port = 0;
    ProgrammeContent m_content;
    QList<const Lecture *> m_quizLectures;
    int m_nextLecture = 0;
};

void TestSyncFaults::initTestCase()
{
    QString output;
    QVERIFY2(m_server.importProgramme(demoProgrammeDir(), &output), qPrintable(output));
    QVERIFY(m_server.start());
    m_port = quint16(m_server.url().port());
    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(demoProgrammeDir());
    QVERIFY(outcome.isOk());
    m_content = outcome.content;
    for (const Course &course : m_content.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                if (!m_content.quizzes.value(lecture.id).isEmpty() && lecture.durationSeconds > 0)
                    m_quizLectures.append(&lecture);
            }
        }
    }
    QVERIFY2(m_quizLectures.size() >= 10,
             qPrintable(QStringLiteral("%1 lectures with quizzes of %2")
                            .arg(m_quizLectures.size())
                            .arg(m_content.quizzes.size())));
}

std::unique_ptr<SyncClient> TestSyncFaults::readyClient(const QString &dataDir)
{
    auto client = std::make_unique<SyncClient>(m_server.url(), dataDir);
    if (!client->open() || !client->login(kUser, kPassword) || !client->syncCatalog()
        || !client->syncProgress()) {
        return nullptr;
    }
    return client;
}

const Lecture *TestSyncFaults::nextQuizLecture()
{
    return m_nextLecture < m_quizLectures.size() ? m_quizLectures.at(m_nextLecture++) : nullptr;
}

bool TestSyncFaults::watchAndTakeQuiz(SyncClient &client, const Lecture &lecture, Attempt *attempt)
{
    const qint64 durationMs = qint64(lecture.durationSeconds) * 1000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!client.recordViewing(
            ViewingUpdate{lecture.id, span(0, durationMs), durationMs - 5000, now.addSecs(-120)}))
        return false;
    *attempt = client.takeQuiz(lecture.id, now, 11);
    return !attempt->attemptId.isEmpty();
}

void TestSyncFaults::verifyConfirmedOnce(SyncClient &client, const Lecture &lecture,
                                         const Attempt &attempt, const IntervalSet &watched)
{
    const OutboxStatus outbox = client.outbox();
    QCOMPARE(outbox.pending, 0);
    QVERIFY(outbox.refused.isEmpty());
    const QuizBundle bundle = client.loadQuiz(lecture.id);
    int found = 0;
    for (const Attempt &stored : bundle.attempts) {
        if (stored.attemptId != attempt.attemptId)
            continue;
        ++found;
        QVERIFY(stored.confirmed);
        QCOMPARE(stored.confirmed->status, AttemptStatus::Counted);
        QCOMPARE(stored.confirmed->attemptNumber, 1);
    }
    QCOMPARE(found, 1);
    QCOMPARE(bundle.attempts.size(), 1); // no copy pulled back under another id

    const ServerProgress server = readServerProgress(m_server.url(), kUser, kPassword);
    QVERIFY(server.complete);
    QCOMPARE(server.attemptCount(attempt.attemptId), 1);
    QCOMPARE(server.attempt(attempt.attemptId)->status, AttemptStatus::Counted);
    QCOMPARE(server.attempt(attempt.attemptId)->attemptNumber, 1);
    int onLecture = 0;
    for (const AttemptResult &result : server.attempts)
        onLecture += result.lectureId == lecture.id ? 1 : 0;
    QCOMPARE(onLecture, 1);
    QVERIFY(server.viewing.contains(lecture.id));
    QCOMPARE(server.viewing.value(lecture.id).watched, watched);
}

void TestSyncFaults::faultDuringPushLosesNothing_data()
{
    QTest::addColumn<FaultProxy::Mode>("mode");
    QTest::addColumn<QStringList>("codes"); // the errors the failed sync may report
    QTest::addColumn<bool>("serverApplied"); // the server applied the push despite the fault

    // Bad input tried in each row: a reply the client must not trust as a confirmation.
    QTest::newRow("reply lost after the server applied the push")
        << FaultProxy::Mode::DropReply << QStringList{QStringLiteral("offline")} << true;
    QTest::newRow("HTTP 500") << FaultProxy::Mode::Answer500
                              << QStringList{QStringLiteral("server_error")} << false;
    QTest::newRow("HTTP 503 with Retry-After")
        << FaultProxy::Mode::Answer503 << QStringList{QStringLiteral("server_error")} << false;
    QTest::newRow("no answer: timeout")
        << FaultProxy::Mode::Hold << QStringList{QStringLiteral("timeout")} << false;
    QTest::newRow("body cut midway")
        << FaultProxy::Mode::TruncateBody
        << QStringList{QStringLiteral("offline"), QStringLiteral("malformed_reply")} << true;
}

void TestSyncFaults::faultDuringPushLosesNothing()
{
    QFETCH(FaultProxy::Mode, mode);
    QFETCH(QStringList, codes);
    QFETCH(bool, serverApplied);

    auto client = readyClient();
    QVERIFY(client);
    const Lecture *lecture = nextQuizLecture();
    QVERIFY(lecture);
    Attempt attempt;
    QVERIFY(watchAndTakeQuiz(*client, *lecture, &attempt));
    QCOMPARE(client->outbox().pending, 2);

    FaultProxy proxy;
    QVERIFY(proxy.start(m_server.url()));
    proxy.setFaultPathPrefix(QStringLiteral("/api/v1/sync/push"));
    proxy.setMode(mode);
    client->api().setServer(proxy.url());
    if (mode == FaultProxy::Mode::Hold)
        client->api().setTimeout(1500);

    const Result<ProgressSyncResult> failed = client->syncProgress();
    QVERIFY2(!failed, "a sync whose push was never confirmed must not report success");
    QVERIFY2(codes.contains(failed.error().code), qPrintable(failed.error().code));
    QVERIFY(!failed.error().message.isEmpty());
    QVERIFY(proxy.faultedCount() >= 1);
    // The events stay until the server confirms them, whatever it did.
    QCOMPARE(client->outbox().pending, 2);
    QVERIFY(client->loadQuiz(lecture->id).attempts.constLast().confirmed == std::nullopt);

    const ServerProgress during = readServerProgress(m_server.url(), kUser, kPassword);
    QCOMPARE(during.attemptCount(attempt.attemptId), serverApplied ? 1 : 0);

    // The network is healthy again: the same events go again and each is applied once.
    proxy.setMode(FaultProxy::Mode::Pass);
    client->api().setTimeout(ApiClient::kDefaultTimeoutMs);
    const Result<ProgressSyncResult> synced = client->syncProgress();
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    QCOMPARE(synced.value().pushed, 2);
    QCOMPARE(synced.value().refused, 0);
    QCOMPARE(synced.value().waiting, 0);
    verifyConfirmedOnce(*client, *lecture, attempt,
                        span(0, qint64(lecture->durationSeconds) * 1000));
}

void TestSyncFaults::serverKilledMidPushOfALargeBatch()
{
    auto client = readyClient();
    QVERIFY(client);
    const Lecture *lecture = nextQuizLecture();
    QVERIFY(lecture);
    // 1,000 short viewing events (five batches), then the attempt: the kill falls on the
    // second batch, so the attempt is sent only after the restart.
    const qint64 durationMs = qint64(lecture->durationSeconds) * 1000;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const int events = 1000;
    IntervalSet watched;
    for (int i = 0; i < events; ++i) {
        const qint64 from = durationMs * i / events;
        const qint64 to = durationMs * (i + 1) / events;
        watched.add(from, to);
        QVERIFY(client->recordViewing(
            ViewingUpdate{lecture->id, span(from, to), to, start.addMSecs(i * 100)}));
    }
    const Attempt attempt = client->takeQuiz(lecture->id, QDateTime::currentDateTimeUtc(), 5);
    QVERIFY(!attempt.attemptId.isEmpty());
    QCOMPARE(client->outbox().pending, events + 1);

    FaultProxy proxy;
    QVERIFY(proxy.start(m_server.url()));
    client->api().setServer(proxy.url());
    bool killed = false;
    connect(&proxy, &FaultProxy::requestForwarded, this, [&](const QString &path, int count) {
        if (path.startsWith(u"/api/v1/sync/push") && count == 2 && !killed) {
            killed = true;
            m_server.kill(); // SIGKILL while the server reads or applies the second batch
        }
    });
    const Result<ProgressSyncResult> failed = client->syncProgress();
    QVERIFY(killed);
    QVERIFY2(!failed, "the run cannot succeed with the server gone");
    QVERIFY2(failed.error().code == u"offline" || failed.error().code == u"server_error",
             qPrintable(failed.error().code));
    const int left = client->outbox().pending;
    // The first batch was confirmed and forgotten; the second was not confirmed.
    QCOMPARE(left, events + 1 - ProgressSync::kBatchSize);

    QVERIFY(m_server.start(m_port));
    const Result<ProgressSyncResult> synced = client->syncProgress();
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    QCOMPARE(synced.value().pushed, left);
    verifyConfirmedOnce(*client, *lecture, attempt, watched);
    const LectureProgress local = client->progress().value(lecture->id);
    QCOMPARE(local.watched, watched);
    QCOMPARE(local.positionMs, durationMs); // the last event's position
}

void TestSyncFaults::clientKilledMidSync()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const Lecture *lecture = nextQuizLecture();
    QVERIFY(lecture);
    const qint64 durationMs = qint64(lecture->durationSeconds) * 1000;
    const int events = 600;
    IntervalSet watched;
    Attempt attempt;
    QString token;
    {
        auto client = readyClient(dataDir.path());
        QVERIFY(client);
        token = client->token();
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < events; ++i) {
            const qint64 from = durationMs * i / events;
            const qint64 to = durationMs * (i + 1) / events;
            watched.add(from, to);
            QVERIFY(client->recordViewing(
                ViewingUpdate{lecture->id, span(from, to), to, start.addMSecs(i * 100)}));
        }
        attempt = client->takeQuiz(lecture->id, QDateTime::currentDateTimeUtc(), 9);
        QVERIFY(!attempt.attemptId.isEmpty());
        QCOMPARE(client->outbox().pending, events + 1);
    } // the store is closed: the child owns the folder now

    FaultProxy proxy;
    QVERIFY(proxy.start(m_server.url()));
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), dataDir.path());
    environment.insert(QString::fromLatin1(kChildServer), proxy.url().toString());
    environment.insert(QString::fromLatin1(kChildToken), token);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The child is killed right after its second batch reaches the server: it has stored the
    // first answer (maybe mid-transaction), and the server applies the second with no one
    // left to hear the answer.
    bool killed = false;
    connect(&proxy, &FaultProxy::requestForwarded, this, [&](const QString &path, int count) {
        if (path.startsWith(u"/api/v1/sync/push") && count == 2 && !killed) {
            killed = true;
            child.kill(); // SIGKILL: nothing is flushed or closed
        }
    });
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.state() != QProcess::Running, 60000);
    QVERIFY2(killed,
             qPrintable(QStringLiteral("the child ended by itself with %1").arg(child.exitCode())));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(child.readAllStandardOutput().contains("SYNCING"));

    // The client starts again on the same folder and syncs normally.
    auto client = std::make_unique<SyncClient>(m_server.url(), dataDir.path());
    QVERIFY(client->open());
    QVERIFY(client->login(kUser, kPassword));
    const int left = client->outbox().pending;
    QVERIFY2(left > 0 && left <= events + 1 - ProgressSync::kBatchSize,
             qPrintable(QString::number(left)));
    const Result<ProgressSyncResult> synced = client->syncProgress();
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    QCOMPARE(synced.value().pushed, left);
    verifyConfirmedOnce(*client, *lecture, attempt, watched);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString dataDir = qEnvironmentVariable(kChildVariable); !dataDir.isEmpty())
        return runChild(dataDir, QUrl(qEnvironmentVariable(kChildServer)),
                        qEnvironmentVariable(kChildToken));
    TestSyncFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_syncfaults.moc"
