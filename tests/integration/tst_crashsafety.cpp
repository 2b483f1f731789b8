// Crash safety of the client's store and sync (docs/security.md, issue 8): a child process
// (this binary run with --crash-child) records viewing, saves quiz answers as they are typed,
// submits attempts and syncs with a real lectern-server, reporting on stdout each thing the
// store or the server acknowledged before it goes on. It uses the parent's token, as the app
// restores a session from the keychain. The test kills it with SIGKILL at 50 random moments:
// the child announces each piece of work and starts it when the parent says go, and the parent
// strikes at a seeded n-th start of viewing, answering or sync, a seeded fraction of that
// work's usual length later (the seed is printed; LECTERN_CRASH_SEED replays it). After each
// kill it checks the database file:
//
// - it opens without being rebuilt and passes PRAGMA integrity_check;
// - nothing acknowledged is lost: each reported viewing interval is in the watched intervals,
//   each reported answer is in its attempt, each reported submission is a submitted attempt;
// - nothing is lost or doubled on the way to the server: every viewing interval and submitted
//   attempt the store holds is in exactly one pending outbox event or already on the server,
//   and the server's applied events plus the pending ones are exactly one per action.
//
// A last child syncs until the outbox is empty; then everything is on the server, once.

#include "content/programmeloader.h"
#include "quiz/attemptsession.h"
#include "store/localstore.h"
#include "support/serverprocess.h"
#include "support/syncclient.h"
#include "support/testpaths.h"
#include "sync/apiclient.h"
#include "sync/catalogsync.h"
#include "sync/progresssync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace lectern;

namespace {

constexpr int kKills = 50;
constexpr int kWaitMs = 30000;
constexpr qint64 kStepMs = 100; // the k-th viewing update of a run watches [k*100, k*100+50)
constexpr qint64 kWatchMs = 50;
const QString kQuizLecture = QStringLiteral("PAIN-704-w1-l1");
const QString kLearner = QStringLiteral("learner");

QString answerText(int position)
{
    return QStringLiteral("typed answer %1").arg(position);
}

// ---- The child: one installation of the client, doing what a learner does, forever. ----

void report(const QString &line)
{
    // Written and flushed before the child goes on: a line the parent reads was acknowledged.
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Announces a phase and waits for the parent's go, so the parent can time its kill from the
// moment the work really starts rather than from when it happened to read the pipe. Returns
// a timer for the phase's "TOOK" line, which tells the parent how long such work lasts.
QElapsedTimer begin(const char *phase)
{
    report(QStringLiteral("BEGIN ") + QLatin1String(phase));
    char go[8];
    if (!std::fgets(go, sizeof go, stdin))
        std::exit(3); // the parent is gone
    QElapsedTimer took;
    took.start();
    return took;
}

void took(const char *phase, const QElapsedTimer &timer)
{
    report(QStringLiteral("TOOK %1 %2").arg(QLatin1String(phase)).arg(timer.nsecsElapsed() / 1000));
}

// Arguments: --crash-child MODE DATA_DIR SERVER_URL TOKEN VIEW_LECTURE VIEW_DURATION_MS
// MODE: "setup" (catalog and quizzes, then exit), "work" (loop until killed), "drain" (sync
// until the outbox is empty, then exit).
int childMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 8) {
        report(QStringLiteral("ERROR arguments: %1").arg(args.join(u' ')));
        return 2;
    }
    const QString mode = args.at(2);
    testing::SyncClient client(QUrl(args.at(4)), args.at(3));
    client.api().setToken(args.at(5));
    QObject::connect(&client.store(), &LocalStore::operationFailed, [](const Error &error) {
        report(QStringLiteral("ERROR store: %1").arg(error.message));
        std::exit(2);
    });
    const QString viewLecture = args.at(6);
    const qint64 viewDurationMs = args.at(7).toLongLong();

    const std::optional<QList<QVariant>> opened = client.open();
    if (!opened) {
        report(QStringLiteral("ERROR the store did not open"));
        return 2;
    }
    const bool rebuilt = opened->first().toBool();
    report(QStringLiteral("OPENED %1").arg(rebuilt ? 1 : 0));

    if (mode == u"setup") {
        if (!client.syncCatalog()) {
            report(QStringLiteral("ERROR catalog sync failed"));
            return 2;
        }
        const Result<ProgressSyncResult> synced = client.syncProgress();
        if (!synced) {
            report(QStringLiteral("ERROR sync: ") + synced.error().message);
            return 2;
        }
        report(QStringLiteral("READY"));
        return 0;
    }
    if (mode == u"drain") {
        for (int run = 0; run < 10; ++run) {
            const Result<ProgressSyncResult> synced = client.syncProgress();
            if (synced && synced.value().waiting == 0 && client.outbox().pending == 0) {
                report(QStringLiteral("DRAINED"));
                return 0;
            }
        }
        report(QStringLiteral("ERROR the outbox did not drain"));
        return 2;
    }

    const QuizBundle bundle = client.loadQuiz(kQuizLecture);
    if (!bundle.found) {
        report(QStringLiteral("ERROR no quiz for %1").arg(kQuizLecture));
        return 2;
    }
    // An attempt left in progress by an earlier run continues, as the quiz page would.
    std::optional<AttemptSession> session;
    for (const Attempt &attempt : bundle.attempts) {
        if (attempt.state == AttemptState::InProgress)
            session.emplace(bundle.quiz, attempt);
    }
    QElapsedTimer alive;
    alive.start();
    // A child whose parent vanished stops by itself.
    for (qint64 k = 0; alive.elapsed() < 60000; ++k) {
        if (k * kStepMs + kWatchMs <= viewDurationMs) {
            const QElapsedTimer timer = begin("view");
            IntervalSet watched;
            watched.add(k * kStepMs, k * kStepMs + kWatchMs);
            if (!client.recordViewing({viewLecture, watched, k * kStepMs + kWatchMs,
                                       QDateTime::currentDateTimeUtc()})) {
                report(QStringLiteral("ERROR viewing not recorded"));
                return 2;
            }
            report(QStringLiteral("VIEW %1 %2").arg(viewLecture).arg(k));
            took("view", timer);
        }

        const QElapsedTimer timer = begin("answer");
        if (!session) {
            session.emplace(bundle.quiz,
                            AttemptSession::start(bundle.quiz, QDateTime::currentDateTimeUtc(),
                                                  QRandomGenerator::global()->generate(), false));
        }
        int position = 0;
        while (position < session->questionCount()
               && !session->attempt()
                       .responses.value(session->originalIndexAt(position))
                       .text.isEmpty())
            ++position;
        if (position < session->questionCount()) {
            Response response;
            response.text = answerText(position);
            session->setResponse(position, response);
            if (!client.save(session->attempt())) {
                report(QStringLiteral("ERROR answer not saved"));
                return 2;
            }
            report(
                QStringLiteral("SAVED %1 %2").arg(session->attempt().attemptId).arg(position + 1));
        } else {
            session->submit(QDateTime::currentDateTimeUtc(), false, 0);
            if (!client.submit(session->attempt())) {
                report(QStringLiteral("ERROR attempt not submitted"));
                return 2;
            }
            report(QStringLiteral("SUBMITTED %1").arg(session->attempt().attemptId));
            session.reset();
        }
        took("answer", timer);

        if (k % 3 == 2) {
            const QElapsedTimer syncTimer = begin("sync");
            const Result<ProgressSyncResult> synced = client.syncProgress();
            if (!synced) {
                report(QStringLiteral("ERROR sync: ") + synced.error().message);
                return 2;
            }
            report(QStringLiteral("SYNCED %1").arg(synced.value().pushed));
            took("sync", syncTimer);
        }
    }
    return 3;
}

// ---- The parent: what the child acknowledged, and what the files and the server hold. ----

// Everything the children reported, over all runs.
struct Acknowledged
{
    QHash<QString, QSet<qint64>> viewing; // lecture → k of each acknowledged interval
    QHash<QString, int> answers; // attempt id → answers saved (positions 0..n-1)
    QSet<QString> submitted;
    int rebuilt = 0;
    QStringList errors;

    void read(const QByteArray &output)
    {
        for (const QByteArray &raw : output.split('\n')) {
            const QStringList words = QString::fromUtf8(raw).split(u' ');
            const QString &what = words.constFirst();
            if (what == u"VIEW" && words.size() == 3)
                viewing[words.at(1)].insert(words.at(2).toLongLong());
            else if (what == u"SAVED" && words.size() == 3)
                answers[words.at(1)] = qMax(answers.value(words.at(1)), words.at(2).toInt());
            else if (what == u"SUBMITTED" && words.size() == 2)
                submitted.insert(words.at(1));
            else if (what == u"OPENED" && words.value(1) == u"1")
                ++rebuilt;
            else if (what == u"ERROR")
                errors.append(QString::fromUtf8(raw));
        }
    }
};

// The k of an interval [k*100, k*100+50), or -1 for anything the child never watches.
qint64 stepOf(const Interval &interval)
{
    if (interval.start % kStepMs != 0 || interval.length() != kWatchMs)
        return -1;
    return interval.start / kStepMs;
}

} // namespace

class CrashSafetyTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedClientLosesNothing();

private:
    QByteArray runChild(const QString &mode, const QString &viewLecture, qint64 durationMs,
                        int *exitCode);
    // Checks the client's files with the child dead and the server up; empty when all is well.
    QString check(bool drained);

    testing::ServerProcess m_server;
    QTemporaryDir m_clientDir;
    QString m_token;
    QList<std::pair<QString, qint64>> m_lectures; // viewing lectures, one per run, and durations
    Acknowledged m_acked;
};

void CrashSafetyTest::initTestCase()
{
    QVERIFY(m_clientDir.isValid());
    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output), qPrintable(output));
    // The child syncs in a tight loop, far faster than a person; on a fast machine that can pass
    // the per-user push limit (120 a minute), which is tst_authmatrix's to test, not this one's.
    m_server.setServeArguments({QStringLiteral("--push-limit"), QStringLiteral("0")});
    QVERIFY(m_server.start());

    const ProgrammeLoader::Outcome outcome = ProgrammeLoader::load(testing::demoProgrammeDir());
    QVERIFY(outcome.isOk());
    for (const Course &course : outcome.content.courses) {
        for (const Week &week : course.weeks) {
            for (const Lecture &lecture : week.lectures) {
                if (lecture.durationSeconds >= 20)
                    m_lectures.append({lecture.id, qint64(lecture.durationSeconds) * 1000});
            }
        }
    }
    // Each run watches its own lecture, so every interval names the run and step it came from.
    QVERIFY(m_lectures.size() > kKills + 1);

    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setServer(m_server.url());
    std::optional<Result<Session>> session;
    api.login(kLearner, QStringLiteral("learner-demo"), &network,
              [&session](Result<Session> s) { session = s; });
    QVERIFY(QTest::qWaitFor([&] { return session.has_value(); }, kWaitMs));
    QVERIFY(session->isOk());
    m_token = session->value().token;

    int exitCode = -1;
    const QByteArray ready = runChild(QStringLiteral("setup"), m_lectures.constFirst().first,
                                      m_lectures.constFirst().second, &exitCode);
    QVERIFY2(exitCode == 0 && ready.contains("READY"), ready.constData());
}

QByteArray CrashSafetyTest::runChild(const QString &mode, const QString &viewLecture,
                                     qint64 durationMs, int *exitCode)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--crash-child"), mode, m_clientDir.path(),
                 m_server.url().toString(), m_token, viewLecture, QString::number(durationMs)});
    child.waitForFinished(120000);
    *exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    const QByteArray output = child.readAllStandardOutput();
    if (*exitCode != 0)
        qWarning("child %s: %s", qPrintable(mode),
                 child.readAllStandardError().right(2000).constData());
    return output;
}

// Bad input: SIGKILL, as a crash, a killed process or the power button would stop the client,
// at 50 moments while it writes viewing, saves or submits answers, or syncs.
void CrashSafetyTest::killedClientLosesNothing()
{
    const quint32 seed = qEnvironmentVariableIsSet("LECTERN_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("LECTERN_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("crash seed %u (LECTERN_CRASH_SEED=%u replays the same kills)", seed, seed);
    QRandomGenerator random(seed);
    const QStringList phases{QStringLiteral("view"), QStringLiteral("answer"),
                             QStringLiteral("sync")};
    // How long each kind of work took last (microseconds), so kills land inside it.
    QHash<QString, qint64> lasts{{phases.at(0), 3000}, {phases.at(1), 3000}, {phases.at(2), 60000}};
    QHash<QString, int> killedInside;
    QElapsedTimer timer;
    timer.start();

    for (int run = 0; run < kKills; ++run) {
        const auto &[lecture, durationMs] = m_lectures.at(run + 1);
        // Where to strike: the n-th time the phase starts, a seeded fraction of its usual
        // length later (up to 1.2 of it, so some kills come just after it ended).
        const QString phase = phases.at(run % 3);
        const int occurrence = 1 + int(random.bounded(4));
        const double fraction = random.bounded(1.2);

        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--crash-child"), QStringLiteral("work"), m_clientDir.path(),
                     m_server.url().toString(), m_token, lecture, QString::number(durationMs)});
        QVERIFY(child.waitForStarted(kWaitMs));
        QByteArray output;
        qsizetype scanned = 0;
        int seen = 0;
        qint64 delayUs = -1;
        QElapsedTimer waited;
        waited.start();
        while (delayUs < 0 && child.state() == QProcess::Running && waited.elapsed() < kWaitMs) {
            child.waitForReadyRead(20);
            output += child.readAllStandardOutput();
            for (qsizetype end = output.indexOf('\n', scanned); end >= 0 && delayUs < 0;
                 end = output.indexOf('\n', scanned)) {
                const QList<QByteArray> words = output.mid(scanned, end - scanned).split(' ');
                scanned = end + 1;
                if (words.constFirst() == "TOOK" && words.size() == 3)
                    lasts[QString::fromLatin1(words.at(1))] = words.at(2).toLongLong();
                if (words.constFirst() != "BEGIN")
                    continue;
                child.write("go\n");
                child.waitForBytesWritten(kWaitMs);
                if (words.value(1) == phase.toLatin1() && ++seen == occurrence) {
                    delayUs = qint64(fraction * double(qMax<qint64>(lasts.value(phase), 200)));
                    QThread::usleep(ulong(delayUs));
                    child.kill(); // SIGKILL
                }
            }
        }
        QVERIFY(child.waitForFinished(kWaitMs));
        output += child.readAllStandardOutput();
        QVERIFY2(delayUs >= 0,
                 qPrintable(QStringLiteral("run %1 never started %2 %3 times: %4%5")
                                .arg(run)
                                .arg(phase)
                                .arg(occurrence)
                                .arg(QString::fromUtf8(output.right(500)),
                                     QString::fromUtf8(child.readAllStandardError().right(2000)))));
        // Inside the work when it had not reported its end.
        if (!output.mid(output.lastIndexOf("BEGIN " + phase.toLatin1()))
                 .contains("TOOK " + phase.toLatin1())) {
            ++killedInside[phase];
        }
        m_acked.read(output);
        QVERIFY2(m_acked.errors.isEmpty(), qPrintable(m_acked.errors.join(u'\n')));

        const QString problem = check(false);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("after kill %1 (%2 #%3 + %4 us, seed %5): %6")
                                .arg(run)
                                .arg(phase)
                                .arg(occurrence)
                                .arg(delayUs)
                                .arg(seed)
                                .arg(problem)));
    }
    qInfo("50 kills in %lld ms, inside the work: viewing %d, answering %d, sync %d",
          timer.elapsed(), killedInside.value(phases.at(0)), killedInside.value(phases.at(1)),
          killedInside.value(phases.at(2)));
    int steps = 0;
    for (const QSet<qint64> &acked : std::as_const(m_acked.viewing))
        steps += int(acked.size());
    int answers = 0;
    for (const int saved : std::as_const(m_acked.answers))
        answers += saved;
    qInfo("acknowledged: %d viewing steps, %d answers, %d submitted attempts", steps, answers,
          int(m_acked.submitted.size()));
    QCOMPARE(m_acked.rebuilt, 0);
    // The moments really spread over the three kinds of work.
    for (const QString &phase : phases)
        QVERIFY2(killedInside.value(phase) >= 5, qPrintable(phase));
    QVERIFY(!m_acked.submitted.isEmpty());

    int exitCode = -1;
    const QByteArray drained = runChild(QStringLiteral("drain"), m_lectures.constFirst().first,
                                        m_lectures.constFirst().second, &exitCode);
    QVERIFY2(exitCode == 0 && drained.contains("DRAINED"), drained.constData());
    const QString problem = check(true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QString CrashSafetyTest::check(bool drained)
{
    const QString databasePath = m_clientDir.filePath(QStringLiteral("lectern.sqlite"));
    // 1. The file as the kill left it: a plain SQLite open, then the integrity check.
    {
        const QString name = QStringLiteral("crash-integrity");
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databasePath);
            QSqlQuery query(db);
            if (!db.open())
                problem = QStringLiteral("the database does not open: ") + db.lastError().text();
            else if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
                     || query.value(0).toString() != u"ok")
                problem = QStringLiteral("integrity_check: ") + query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(name);
        if (!problem.isEmpty())
            return problem;
    }

    // 2. Through the client's own store, as the next start of the app would read it.
    LocalStore store(databasePath);
    QSignalSpy opened(&store, &LocalStore::opened);
    store.openAsync();
    if (!opened.wait(kWaitMs))
        return QStringLiteral("the store did not open");
    if (opened.first().first().toBool())
        return QStringLiteral("the store found the file damaged and rebuilt it");

    QSignalSpy progressLoaded(&store, &LocalStore::progressLoaded);
    store.loadProgressAsync();
    QSignalSpy quizLoaded(&store, &LocalStore::quizLoaded);
    store.loadQuizAsync(kQuizLecture);
    QSignalSpy batchLoaded(&store, &LocalStore::outboxBatchLoaded);
    store.loadOutboxBatchAsync(100000);
    QSignalSpy statusLoaded(&store, &LocalStore::outboxStatusLoaded);
    store.loadOutboxStatusAsync();
    if (!QTest::qWaitFor(
            [&] {
                return !progressLoaded.isEmpty() && !quizLoaded.isEmpty() && !batchLoaded.isEmpty()
                    && !statusLoaded.isEmpty();
            },
            kWaitMs)) {
        return QStringLiteral("the store did not answer");
    }
    const auto progress = progressLoaded.first().first().value<QHash<QString, LectureProgress>>();
    const auto bundle = quizLoaded.first().first().value<QuizBundle>();
    const auto pending = batchLoaded.first().first().value<QList<OutboxEvent>>();
    const auto status = statusLoaded.last().first().value<OutboxStatus>();
    if (!status.refused.isEmpty()) {
        return QStringLiteral("the server refused an event: ")
            + status.refused.constFirst().refusedReason;
    }

    // 3. The server's side, read from its database (the API has no view of applied events).
    QSet<QString> serverEvents[2]; // viewing, quiz_attempt
    QHash<QString, IntervalSet> serverViewing;
    QSet<QString> serverAttempts;
    {
        const QString name = QStringLiteral("crash-server");
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_server.dataDir() + QStringLiteral("/lectern.sqlite"));
            db.setConnectOptions(
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
            QSqlQuery query(db);
            const QString user
                = QStringLiteral("(SELECT id FROM users WHERE username = '%1')").arg(kLearner);
            if (!db.open()
                || !query.exec(QStringLiteral("SELECT event_id, kind FROM applied_events "
                                              "WHERE user_id = ")
                               + user)) {
                problem = QStringLiteral("cannot read the server: ") + query.lastError().text();
            }
            while (query.next())
                serverEvents[query.value(1).toString() == u"viewing" ? 0 : 1].insert(
                    query.value(0).toString());
            query.exec(QStringLiteral("SELECT lecture_id, intervals FROM viewing WHERE user_id = ")
                       + user);
            while (query.next()) {
                const Result<IntervalSet> set = IntervalSet::fromJson(
                    QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array());
                serverViewing.insert(query.value(0).toString(), set ? set.value() : IntervalSet());
            }
            query.exec(QStringLiteral("SELECT attempt_id FROM attempts WHERE user_id = ") + user);
            while (query.next())
                serverAttempts.insert(query.value(0).toString());
        }
        QSqlDatabase::removeDatabase(name);
        if (!problem.isEmpty())
            return problem;
    }

    // Viewing. Each run's steps form a prefix 0..m-1 holding every acknowledged step, and
    // each step is in exactly one place on its way: a pending event, or the server.
    QHash<QString, QList<qint64>> pendingSteps;
    QSet<QString> pendingEvents[2];
    QHash<QString, int> pendingAttemptEvents;
    for (const OutboxEvent &event : pending) {
        if (event.kind == u"viewing") {
            pendingEvents[0].insert(event.eventId);
            const QString lecture = event.payload.value(QStringLiteral("lecture_id")).toString();
            const Result<IntervalSet> set
                = IntervalSet::fromJson(event.payload.value(QStringLiteral("intervals")));
            if (!set || set.value().intervals().size() != 1)
                return QStringLiteral("a viewing event with other intervals than one step");
            pendingSteps[lecture].append(stepOf(set.value().intervals().constFirst()));
        } else {
            pendingEvents[1].insert(event.eventId);
            ++pendingAttemptEvents[event.payload.value(QStringLiteral("attempt_id")).toString()];
        }
    }
    int actions = 0;
    for (auto it = progress.cbegin(); it != progress.cend(); ++it) {
        const QString &lecture = it.key();
        QSet<qint64> stored;
        for (const Interval &interval : it.value().watched.intervals()) {
            if (stepOf(interval) < 0)
                return QStringLiteral("%1 holds a watched interval no one watched").arg(lecture);
            stored.insert(stepOf(interval));
        }
        actions += int(stored.size());
        const QSet<qint64> acked = m_acked.viewing.value(lecture);
        for (qint64 k = 0; k < stored.size(); ++k) {
            if (!stored.contains(k))
                return QStringLiteral("%1 misses step %2 of %3")
                    .arg(lecture)
                    .arg(k)
                    .arg(stored.size());
        }
        if (!stored.contains(acked) || stored.size() > acked.size() + 1) {
            return QStringLiteral("%1 holds %2 steps for %3 acknowledged")
                .arg(lecture)
                .arg(stored.size())
                .arg(acked.size());
        }
        const QList<qint64> inOutbox = pendingSteps.value(lecture);
        // A named copy: value() returns a temporary, and intervals() a reference into it.
        const auto onServerViewing = serverViewing.value(lecture);
        for (qint64 k : stored) {
            const qsizetype queued = inOutbox.count(k);
            bool onServer = false;
            for (const Interval &interval : onServerViewing.intervals())
                onServer = onServer || stepOf(interval) == k;
            if (queued > 1)
                return QStringLiteral("%1 step %2 is queued %3 times")
                    .arg(lecture)
                    .arg(k)
                    .arg(queued);
            if (queued == 0 && !onServer)
                return QStringLiteral("%1 step %2 is lost: not queued, not on the server")
                    .arg(lecture)
                    .arg(k);
            if (drained && !onServer)
                return QStringLiteral("%1 step %2 never reached the server").arg(lecture).arg(k);
        }
    }
    for (auto it = m_acked.viewing.cbegin(); it != m_acked.viewing.cend(); ++it) {
        if (!it.value().isEmpty() && !progress.contains(it.key()))
            return QStringLiteral("the acknowledged viewing of %1 is gone").arg(it.key());
    }

    // Attempts: every acknowledged answer is in its attempt, every acknowledged submission is
    // submitted, and each submitted attempt is in one pending event or on the server.
    QHash<QString, const Attempt *> attempts;
    int inProgress = 0;
    int submittedAttempts = 0;
    for (const Attempt &attempt : bundle.attempts) {
        if (attempts.contains(attempt.attemptId))
            return QStringLiteral("attempt %1 is stored twice").arg(attempt.attemptId);
        attempts.insert(attempt.attemptId, &attempt);
        inProgress += attempt.state == AttemptState::InProgress ? 1 : 0;
        if (attempt.state != AttemptState::Submitted)
            continue;
        ++submittedAttempts;
        const int queued = pendingAttemptEvents.value(attempt.attemptId);
        if (queued > 1)
            return QStringLiteral("attempt %1 is queued %2 times")
                .arg(attempt.attemptId)
                .arg(queued);
        if (queued == 0 && !serverAttempts.contains(attempt.attemptId))
            return QStringLiteral("attempt %1 is lost: not queued, not on the server")
                .arg(attempt.attemptId);
        if (drained && !serverAttempts.contains(attempt.attemptId))
            return QStringLiteral("attempt %1 never reached the server").arg(attempt.attemptId);
    }
    if (inProgress > 1)
        return QStringLiteral("%1 attempts in progress at once").arg(inProgress);
    for (auto it = m_acked.answers.cbegin(); it != m_acked.answers.cend(); ++it) {
        const Attempt *attempt = attempts.value(it.key());
        if (!attempt)
            return QStringLiteral("attempt %1 with %2 saved answers is gone")
                .arg(it.key())
                .arg(it.value());
        for (int position = 0; position < it.value(); ++position) {
            const int original = attempt->questionOrder.value(position, -1);
            if (original < 0 || attempt->responses.value(original).text != answerText(position)) {
                return QStringLiteral("attempt %1 lost its saved answer %2")
                    .arg(it.key())
                    .arg(position + 1);
            }
        }
    }
    for (const QString &id : std::as_const(m_acked.submitted)) {
        if (!attempts.contains(id) || attempts.value(id)->state != AttemptState::Submitted)
            return QStringLiteral("the submitted attempt %1 is not submitted").arg(id);
    }

    // Exactly one event per action: the server's applied events and the pending ones together
    // (an event may be in both while its acknowledgement was cut short).
    const qsizetype viewingEvents = (serverEvents[0] | pendingEvents[0]).size();
    const qsizetype attemptEvents = (serverEvents[1] | pendingEvents[1]).size();
    if (viewingEvents != actions) {
        return QStringLiteral("%1 viewing events for %2 recorded viewing steps")
            .arg(viewingEvents)
            .arg(actions);
    }
    if (attemptEvents != submittedAttempts) {
        return QStringLiteral("%1 attempt events for %2 submitted attempts")
            .arg(attemptEvents)
            .arg(submittedAttempts);
    }
    if (drained && (!pending.isEmpty() || status.pending != 0))
        return QStringLiteral("%1 events still wait after the drain").arg(pending.size());
    return {};
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--crash-child") == 0)
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    CrashSafetyTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
