// Two lectern-server processes on one PostgreSQL must answer as one server would
// (docs/operations.md): a learner's devices reach either of them through a load balancer, in
// any order and at the same moment, and nothing may apply twice, go missing from a feed, or
// differ between the two. Real servers, a real throwaway PostgreSQL (tests/support), real HTTP.
//
// This test is about PostgreSQL: when it cannot start, the test fails; it never falls back.

#include "support/postgresprocess.h"
#include "support/serverprocess.h"
#include "support/testdatabase.h"
#include "support/testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <functional>
#include <map>
#include <memory>

using namespace lectern;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject viewingEvent(const QString &lectureId, qint64 startMs, qint64 endMs,
                         const QString &device)
{
    return QJsonObject{
        {QStringLiteral("event_id"), newId()},
        {QStringLiteral("kind"), QStringLiteral("viewing")},
        {QStringLiteral("created_at"), iso(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("lecture_id"), lectureId},
                     {QStringLiteral("intervals"), QJsonArray{QJsonArray{startMs, endMs}}},
                     {QStringLiteral("position_ms"), endMs},
                     {QStringLiteral("position_at"), iso(QDateTime::currentDateTimeUtc())},
                     {QStringLiteral("device_id"), device}}},
    };
}

// An attempt with no answers: graded 0, and refused or counted by the server's rules; what
// matters here is that it is stored once and judged the same by both servers.
QJsonObject attemptEvent(const QString &lectureId, const QString &device)
{
    const QDateTime finished = QDateTime::currentDateTimeUtc().addSecs(-5);
    return QJsonObject{
        {QStringLiteral("event_id"), newId()},
        {QStringLiteral("kind"), QStringLiteral("quiz_attempt")},
        {QStringLiteral("created_at"), iso(finished)},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("attempt_id"), newId()},
                     {QStringLiteral("lecture_id"), lectureId},
                     {QStringLiteral("started_at"), iso(finished.addSecs(-60))},
                     {QStringLiteral("finished_at"), iso(finished)},
                     {QStringLiteral("auto_submitted"), false},
                     {QStringLiteral("device_id"), device},
                     {QStringLiteral("responses"), QJsonArray()}}},
    };
}

QByteArray pushBody(const QJsonArray &events, const QString &device)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("device_id"), device},
                                     {QStringLiteral("events"), events}})
        .toJson(QJsonDocument::Compact);
}

// A user's progress as a device keeps it after applying the feed: the latest row of each
// viewing record and attempt, by the seq it came with.
struct FeedState
{
    QMap<QString, QJsonObject> viewing; // lecture id → row
    QMap<QString, QJsonObject> attempts; // attempt id → row
    qint64 cursor = 0;
    QString problem;

    // Applies one page; false (with problem set) when the page breaks the feed's rules.
    bool apply(const QJsonObject &page)
    {
        QList<std::pair<qint64, QJsonObject>> rows;
        for (const QJsonValue &v : page.value(QStringLiteral("viewing")).toArray())
            rows.append({v.toObject().value(QStringLiteral("seq")).toInteger(), v.toObject()});
        for (const QJsonValue &a : page.value(QStringLiteral("attempts")).toArray())
            rows.append({a.toObject().value(QStringLiteral("seq")).toInteger(), a.toObject()});
        std::sort(rows.begin(), rows.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[seq, row] : std::as_const(rows)) {
            if (seq <= cursor) {
                problem = QStringLiteral("seq %1 came after cursor %2").arg(seq).arg(cursor);
                return false;
            }
            cursor = seq;
            if (row.contains(QStringLiteral("attempt_id")))
                attempts.insert(row.value(QStringLiteral("attempt_id")).toString(), row);
            else
                viewing.insert(row.value(QStringLiteral("lecture_id")).toString(), row);
        }
        const QString pageCursor = page.value(QStringLiteral("cursor")).toString();
        if (pageCursor != QString::number(cursor)) {
            problem = QStringLiteral("cursor %1, last seq %2").arg(pageCursor).arg(cursor);
            return false;
        }
        return true;
    }
};

} // namespace

class TwoServersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aTokenFromOneServerWorksOnTheOther();
    void eventsPushedAlternatelyApplyOnce();
    void theSameBatchSentToBothAtOnceAppliesOnce();
    void aDeviceFollowingTheFeedMissesNothing();
    void catalogIsTheSameFromEitherServer();
    void anImportThroughOneServerReachesBoth();
    void aLostDatabaseConnectionIsReplaced();
    void importsStartingTogetherMigrateOnce();
    void bothDatabasesHaveTheSameTablesAndColumns();

private:
    QNetworkReply *send(const testing::ServerProcess &server, const QByteArray &method,
                        const QString &pathAndQuery, const QByteArray &body = {},
                        const QString &token = {});
    static Reply finish(QNetworkReply *reply);
    Reply request(const testing::ServerProcess &server, const QByteArray &method,
                  const QString &pathAndQuery, const QByteArray &body = {},
                  const QString &token = {});
    QString login(const testing::ServerProcess &server, const QString &user,
                  const QString &password);
    FeedState pullAll(const testing::ServerProcess &server, const QString &token);
    QList<QJsonObject> catalog(const testing::ServerProcess &server, const QString &token,
                               QString *problem);
    QString psql(const QString &sql);
    void pushNext(int device);
    void pullNext();

    // aDeviceFollowingTheFeedMissesNothing's state, kept by the test object so that replies
    // still in flight after a failed check never touch a finished function's locals.
    struct Race
    {
        static constexpr int kPushes = 30;
        int pushesLeft[2] = {kPushes, kPushes};
        int pushesInFlight = 0;
        FeedState follower;
        bool following = true;
        int pulls = 0;
        QString failure;
    };
    std::unique_ptr<Race> m_race;
    QStringList quizLectures(const QString &courseCode);

    QTemporaryDir m_content;
    testing::PostgresProcess *m_postgres = nullptr;
    QString m_databaseUrl;
    QString m_databaseName;
    testing::ServerProcess m_a;
    testing::ServerProcess m_b;
    QNetworkAccessManager m_network;
    QString m_learnerToken; // issued by A
    QString m_facultyToken; // issued by B
};

QNetworkReply *TwoServersTest::send(const testing::ServerProcess &server, const QByteArray &method,
                                    const QString &pathAndQuery, const QByteArray &body,
                                    const QString &token)
{
    QNetworkRequest request(server.url().resolved(QUrl(pathAndQuery)));
    request.setTransferTimeout(60000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return m_network.sendCustomRequest(request, method, body);
}

Reply TwoServersTest::finish(QNetworkReply *reply)
{
    Reply result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(60000)) {
            reply->abort();
            reply->deleteLater();
            return result;
        }
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

Reply TwoServersTest::request(const testing::ServerProcess &server, const QByteArray &method,
                              const QString &pathAndQuery, const QByteArray &body,
                              const QString &token)
{
    return finish(send(server, method, pathAndQuery, body, token));
}

QString TwoServersTest::login(const testing::ServerProcess &server, const QString &user,
                              const QString &password)
{
    const Reply reply = request(server, "POST", QStringLiteral("/api/v1/auth/login"),
                                QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                                          {QStringLiteral("password"), password}})
                                    .toJson());
    return reply.status == 200 ? reply.json.value(QStringLiteral("token")).toString() : QString();
}

FeedState TwoServersTest::pullAll(const testing::ServerProcess &server, const QString &token)
{
    FeedState state;
    for (int page = 0; page < 1000; ++page) {
        const Reply reply = request(
            server, "GET", QStringLiteral("/api/v1/progress?since=%1&limit=9").arg(state.cursor),
            {}, token);
        if (reply.status != 200) {
            state.problem = QStringLiteral("HTTP %1 %2").arg(reply.status).arg(reply.body);
            return state;
        }
        if (!state.apply(reply.json) || !reply.json.value(QStringLiteral("has_more")).toBool())
            return state;
    }
    state.problem = QStringLiteral("the feed never ended");
    return state;
}

QList<QJsonObject> TwoServersTest::catalog(const testing::ServerProcess &server,
                                           const QString &token, QString *problem)
{
    QList<QJsonObject> changes;
    QString cursor = QStringLiteral("0");
    for (int page = 0; page < 1000; ++page) {
        const Reply reply
            = request(server, "GET", QStringLiteral("/api/v1/catalog?since=%1&limit=7").arg(cursor),
                      {}, token);
        if (reply.status != 200) {
            *problem = QStringLiteral("HTTP %1 %2").arg(reply.status).arg(reply.body);
            return changes;
        }
        for (const QJsonValue &change : reply.json.value(QStringLiteral("changes")).toArray())
            changes.append(change.toObject());
        cursor = reply.json.value(QStringLiteral("cursor")).toString();
        if (!reply.json.value(QStringLiteral("has_more")).toBool())
            return changes;
    }
    *problem = QStringLiteral("the catalog never ended");
    return changes;
}

QString TwoServersTest::psql(const QString &sql)
{
    const std::optional<QString> output = m_postgres->psql(m_databaseName, sql);
    return output ? *output : QStringLiteral("psql failed: ") + m_postgres->errorString();
}

QStringList TwoServersTest::quizLectures(const QString &courseCode)
{
    QStringList lectures;
    const Reply reply
        = request(m_a, "GET", QStringLiteral("/api/v1/courses/%1/quizzes").arg(courseCode), {},
                  m_learnerToken);
    for (const QJsonValue &quiz : reply.json.value(QStringLiteral("quizzes")).toArray())
        lectures.append(quiz.toObject().value(QStringLiteral("lecture_id")).toString());
    return lectures;
}

void TwoServersTest::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    QString error;
    m_postgres = testing::TestDatabase::postgres(&error);
    QVERIFY2(m_postgres, qPrintable(error));
    m_databaseUrl = testing::TestDatabase::createPostgresDatabase(&error);
    QVERIFY2(!m_databaseUrl.isEmpty(), qPrintable(error));
    m_databaseName = QUrl(m_databaseUrl).path().mid(1);

    // A copy of the demo programme, so a later test can change it and import it again.
    QVERIFY(m_content.isValid());
    QDirIterator files(testing::demoProgrammeDir(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString target
            = m_content.filePath(QDir(testing::demoProgrammeDir()).relativeFilePath(source));
        QVERIFY(QDir().mkpath(QFileInfo(target).path()));
        QVERIFY(QFile::copy(source, target));
    }

    m_a.setDatabaseUrl(m_databaseUrl);
    m_b.setDatabaseUrl(m_databaseUrl);
    QString output;
    QVERIFY2(m_a.importProgramme(m_content.path(), &output), qPrintable(output));
    QVERIFY(m_a.start());
    QVERIFY(m_b.start());
    QVERIFY(m_a.url() != m_b.url());

    m_learnerToken = login(m_a, QStringLiteral("learner"), QStringLiteral("learner-demo"));
    m_facultyToken = login(m_b, QStringLiteral("faculty"), QStringLiteral("faculty-demo"));
    QVERIFY(!m_learnerToken.isEmpty());
    QVERIFY(!m_facultyToken.isEmpty());
}

// Sessions live in the database, not in a server's memory: a load balancer may send the next
// request anywhere.
void TwoServersTest::aTokenFromOneServerWorksOnTheOther()
{
    QCOMPARE(request(m_b, "GET", QStringLiteral("/api/v1/progress"), {}, m_learnerToken).status,
             200);
    QCOMPARE(request(m_a, "GET", QStringLiteral("/api/v1/progress"), {}, m_facultyToken).status,
             200);
    // Bad input: a made-up token is refused by both, the same way.
    const Reply a
        = request(m_a, "GET", QStringLiteral("/api/v1/progress"), {}, QStringLiteral("x"));
    const Reply b
        = request(m_b, "GET", QStringLiteral("/api/v1/progress"), {}, QStringLiteral("x"));
    QCOMPARE(a.status, 401);
    QCOMPARE(b.body, a.body);
}

// One learner, two devices behind a load balancer: their events land on A and B in turn. Each
// applies once, and sending every event again to the other server changes nothing and answers
// exactly what the first server answered.
void TwoServersTest::eventsPushedAlternatelyApplyOnce()
{
    const QStringList lectures = quizLectures(QStringLiteral("PAIN-701"));
    QVERIFY2(lectures.size() >= 2, "PAIN-701 has quizzes in the demo programme");
    const QString watched = lectures.at(0);
    const QString quizzed = lectures.at(1);
    const QString before = psql(QStringLiteral("SELECT count(*) FROM applied_events"));

    QList<QJsonObject> sent;
    QList<QJsonObject> answers;
    for (int i = 0; i < 12; ++i) {
        const testing::ServerProcess &server = i % 2 == 0 ? m_a : m_b;
        const QString device = i % 2 == 0 ? QStringLiteral("laptop") : QStringLiteral("desktop");
        // Watching in 3-second pieces that overlap nothing, plus an attempt every fourth time.
        QJsonArray events{viewingEvent(watched, i * 3000, i * 3000 + 3000, device)};
        if (i % 4 == 3)
            events.append(attemptEvent(quizzed, device));
        const Reply reply = request(server, "POST", QStringLiteral("/api/v1/sync/push"),
                                    pushBody(events, device), m_learnerToken);
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), events.size());
        for (qsizetype e = 0; e < events.size(); ++e) {
            QCOMPARE(results.at(e).toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("applied"));
            sent.append(events.at(e).toObject());
            answers.append(results.at(e).toObject());
        }
    }

    // Everything again, each event to the server that did not take it the first time.
    const FeedState feedBefore = pullAll(m_a, m_learnerToken);
    QVERIFY2(feedBefore.problem.isEmpty(), qPrintable(feedBefore.problem));
    int index = 0;
    for (int i = 0; i < 12; ++i) {
        const testing::ServerProcess &other = i % 2 == 0 ? m_b : m_a;
        const int count = i % 4 == 3 ? 2 : 1;
        QJsonArray events;
        for (int e = 0; e < count; ++e)
            events.append(sent.at(index + e));
        const Reply reply = request(other, "POST", QStringLiteral("/api/v1/sync/push"),
                                    pushBody(events, QStringLiteral("resend")), m_learnerToken);
        QCOMPARE(reply.status, 200);
        for (int e = 0; e < count; ++e) {
            QCOMPARE(reply.json.value(QStringLiteral("results")).toArray().at(e).toObject(),
                     answers.at(index + e));
        }
        index += count;
    }

    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM applied_events")).toInt(),
             before.toInt() + int(sent.size()));
    QCOMPARE(
        psql(QStringLiteral("SELECT count(*) FROM attempts WHERE lecture_id = '%1'").arg(quizzed))
            .toInt(),
        3);
    // The resend added no feed rows: every row is where it was.
    const FeedState fromA = pullAll(m_a, m_learnerToken);
    const FeedState fromB = pullAll(m_b, m_learnerToken);
    QVERIFY2(fromA.problem.isEmpty(), qPrintable(fromA.problem));
    QVERIFY2(fromB.problem.isEmpty(), qPrintable(fromB.problem));
    QCOMPARE(fromA.cursor, feedBefore.cursor);
    QCOMPARE(fromB.viewing, fromA.viewing);
    QCOMPARE(fromB.attempts, fromA.attempts);
    // The union of twelve 3-second pieces, one interval from 0 to 36 s.
    QCOMPARE(fromA.viewing.value(watched).value(QStringLiteral("intervals")).toArray(),
             (QJsonArray{QJsonArray{0, 36000}}));
    QCOMPARE(fromA.attempts.size(), 3);
}

// The same batch, sent to both servers at the same moment (a client that timed out on one and
// retried on the other): every event applies once, both answer the same, and the feed holds
// each attempt once.
void TwoServersTest::theSameBatchSentToBothAtOnceAppliesOnce()
{
    const QStringList lectures = quizLectures(QStringLiteral("PAIN-703"));
    QVERIFY2(lectures.size() >= 2, "PAIN-703 has quizzes in the demo programme");
    const int eventsBefore = psql(QStringLiteral("SELECT count(*) FROM applied_events")).toInt();
    const int attemptsBefore = psql(QStringLiteral("SELECT count(*) FROM attempts")).toInt();

    int sentEvents = 0;
    int sentAttempts = 0;
    for (int round = 0; round < 8; ++round) {
        QJsonArray events;
        for (int i = 0; i < 10; ++i) {
            // Half-second pieces within the first 40 s of 47-50 s lectures.
            events.append(viewingEvent(lectures.at(i % 2), (round * 10 + i) * 500,
                                       (round * 10 + i) * 500 + 400, QStringLiteral("phone")));
        }
        events.append(attemptEvent(lectures.at(0), QStringLiteral("phone")));
        events.append(attemptEvent(lectures.at(1), QStringLiteral("phone")));
        sentEvents += int(events.size());
        sentAttempts += 2;
        const QByteArray body = pushBody(events, QStringLiteral("phone"));
        // Both in flight before either answers.
        QNetworkReply *toA
            = send(m_a, "POST", QStringLiteral("/api/v1/sync/push"), body, m_learnerToken);
        QNetworkReply *toB
            = send(m_b, "POST", QStringLiteral("/api/v1/sync/push"), body, m_learnerToken);
        const Reply a = finish(toA);
        const Reply b = finish(toB);
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(b.json, a.json);
        for (const QJsonValue &result : a.json.value(QStringLiteral("results")).toArray()) {
            QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("applied"));
        }
    }

    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM applied_events")).toInt(),
             eventsBefore + sentEvents);
    QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM attempts")).toInt(),
             attemptsBefore + sentAttempts);
    const FeedState fromA = pullAll(m_a, m_learnerToken);
    const FeedState fromB = pullAll(m_b, m_learnerToken);
    QVERIFY2(fromA.problem.isEmpty(), qPrintable(fromA.problem));
    QCOMPARE(fromB.viewing, fromA.viewing);
    QCOMPARE(fromB.attempts, fromA.attempts);
    int attemptsInFeed = 0;
    for (const QJsonObject &attempt : std::as_const(fromA.attempts)) {
        if (lectures.mid(0, 2).contains(attempt.value(QStringLiteral("lecture_id")).toString()))
            ++attemptsInFeed;
    }
    QCOMPARE(attemptsInFeed, sentAttempts);
}

// Two devices push to A and B as fast as they can while a third follows the progress feed
// from either server by cursor. When all is done, what the follower holds is exactly what a
// full pull gives: no row was committed behind a cursor that had already moved past it.
void TwoServersTest::aDeviceFollowingTheFeedMissesNothing()
{
    const FeedState start = pullAll(m_a, m_learnerToken);
    QVERIFY2(start.problem.isEmpty(), qPrintable(start.problem));
    m_race = std::make_unique<Race>();
    m_race->follower = start;
    pushNext(0);
    pushNext(1);
    pullNext();
    QTRY_VERIFY_WITH_TIMEOUT(!m_race->following && m_race->pushesInFlight == 0, 120000);
    QVERIFY2(m_race->failure.isEmpty(), qPrintable(m_race->failure));
    QVERIFY2(m_race->pulls > 3, "the follower pulled while the devices pushed");

    const FeedState full = pullAll(m_b, m_learnerToken);
    QVERIFY2(full.problem.isEmpty(), qPrintable(full.problem));
    QCOMPARE(m_race->follower.cursor, full.cursor);
    QCOMPARE(m_race->follower.viewing, full.viewing);
    QCOMPARE(m_race->follower.attempts, full.attempts);
}

// Device 0 pushes to A, device 1 to B; each push widens eight lectures' viewing a little, so
// every event makes a feed row and a batch's first row is drawn well before it commits.
void TwoServersTest::pushNext(int device)
{
    Race &race = *m_race;
    if (race.pushesLeft[device] == 0 || !race.failure.isEmpty())
        return;
    const int n = Race::kPushes - race.pushesLeft[device]--;
    const QString name = device == 0 ? QStringLiteral("tablet") : QStringLiteral("laptop");
    const QStringList lectures{QStringLiteral("PAIN-704-w1-l1"), QStringLiteral("PAIN-704-w1-l2"),
                               QStringLiteral("PAIN-704-w1-l3"), QStringLiteral("PAIN-704-w2-l1"),
                               QStringLiteral("PAIN-704-w2-l2"), QStringLiteral("PAIN-703-w1-l1"),
                               QStringLiteral("PAIN-703-w1-l2"), QStringLiteral("PAIN-703-w2-l1")};
    QJsonArray events;
    for (qsizetype l = 0; l < lectures.size(); ++l) {
        const qint64 from = (n * 2 + device) * 400;
        events.append(
            viewingEvent(lectures.at((l + device) % lectures.size()), from, from + 300, name));
    }
    ++race.pushesInFlight;
    QNetworkReply *reply
        = send(device == 0 ? m_a : m_b, "POST", QStringLiteral("/api/v1/sync/push"),
               pushBody(events, name), m_learnerToken);
    connect(reply, &QNetworkReply::finished, this, [this, reply, device] {
        const Reply done = finish(reply);
        --m_race->pushesInFlight;
        if (done.status != 200) {
            m_race->failure = QStringLiteral("push answered %1 %2").arg(done.status).arg(done.body);
        }
        pushNext(device);
    });
}

// The follower pulls from B and A in turn, from its cursor, until a page asked for after the
// last push was answered comes back complete, or something fails.
void TwoServersTest::pullNext()
{
    Race &race = *m_race;
    const bool pushesDone = race.pushesInFlight == 0
        && ((race.pushesLeft[0] == 0 && race.pushesLeft[1] == 0) || !race.failure.isEmpty());
    QNetworkReply *reply
        = send(race.pulls++ % 2 == 0 ? m_b : m_a, "GET",
               QStringLiteral("/api/v1/progress?since=%1&limit=5").arg(race.follower.cursor), {},
               m_learnerToken);
    connect(reply, &QNetworkReply::finished, this, [this, reply, pushesDone] {
        Race &state = *m_race;
        const Reply page = finish(reply);
        if (page.status != 200 || !state.follower.apply(page.json)) {
            state.failure
                = QStringLiteral("pull: %1 %2").arg(page.status).arg(state.follower.problem);
            state.following = false;
            return;
        }
        if (pushesDone && !page.json.value(QStringLiteral("has_more")).toBool()) {
            state.following = false;
            return;
        }
        pullNext();
    });
}

void TwoServersTest::catalogIsTheSameFromEitherServer()
{
    for (const QString &token : {m_learnerToken, m_facultyToken}) {
        QString problem;
        const QList<QJsonObject> fromA = catalog(m_a, token, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QList<QJsonObject> fromB = catalog(m_b, token, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(fromA.size() > 20);
        QCOMPARE(fromB, fromA);
    }
}

// Neither server keeps the catalog in memory: content imported through A's data folder while
// both serve shows on B at once, with the same seq.
void TwoServersTest::anImportThroughOneServerReachesBoth()
{
    const QString path = m_content.filePath(QStringLiteral("courses/PAIN-701.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject course = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    const QString title = QStringLiteral("Renamed while two servers run");
    course.insert(QStringLiteral("title"), title);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(QJsonDocument(course).toJson()) > 0);
    file.close();

    QString problem;
    const QList<QJsonObject> before = catalog(m_b, m_learnerToken, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString output;
    QVERIFY2(m_a.importProgramme(m_content.path(), &output), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("1 changed")), qPrintable(output));

    const QList<QJsonObject> afterA = catalog(m_a, m_learnerToken, &problem);
    const QList<QJsonObject> afterB = catalog(m_b, m_learnerToken, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(afterB, afterA);
    QCOMPARE(afterB.size(), before.size());
    const QJsonObject last = afterB.constLast();
    QCOMPARE(last.value(QStringLiteral("id")).toString(), QStringLiteral("PAIN-701"));
    QCOMPARE(
        last.value(QStringLiteral("data")).toObject().value(QStringLiteral("title")).toString(),
        title);
}

// PostgreSQL restarted, or a proxy between dropped the connections: the servers notice before
// they use a dead connection and open new ones, so no request fails for it.
void TwoServersTest::aLostDatabaseConnectionIsReplaced()
{
    // Every thread of both servers has used its connection by now.
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(request(i % 2 ? m_a : m_b, "GET", QStringLiteral("/api/v1/progress"), {},
                         m_learnerToken)
                     .status,
                 200);
    }
    const QString killed
        = psql(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                              "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                   .arg(m_databaseName));
    QVERIFY2(killed.toInt() >= 2, qPrintable(killed));
    QTest::qWait(1200); // idle for longer than the servers trust a connection unchecked

    for (int i = 0; i < 16; ++i) {
        const Reply reply = request(i % 2 ? m_a : m_b, "GET", QStringLiteral("/api/v1/progress"),
                                    {}, m_learnerToken);
        QVERIFY2(reply.status == 200, reply.body.constData());
    }
}

// Two imports started together on an empty database (like two servers deployed at once): the
// schema is created once, both succeed, and the second finds nothing left to change.
void TwoServersTest::importsStartingTogetherMigrateOnce()
{
    QString error;
    const QString url = testing::TestDatabase::createPostgresDatabase(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QTemporaryDir dataOne;
    QTemporaryDir dataTwo;
    QProcess one;
    QProcess two;
    for (QProcess *process : {&one, &two}) {
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(testing::serverBinary(),
                       {QStringLiteral("import"), testing::demoProgrammeDir(),
                        QStringLiteral("--data"), process == &one ? dataOne.path() : dataTwo.path(),
                        QStringLiteral("--database"), url});
    }
    QVERIFY(one.waitForFinished(120000));
    QVERIFY(two.waitForFinished(120000));
    const QString outOne = QString::fromUtf8(one.readAll());
    const QString outTwo = QString::fromUtf8(two.readAll());
    QVERIFY2(one.exitCode() == 0, qPrintable(outOne));
    QVERIFY2(two.exitCode() == 0, qPrintable(outTwo));
    // One of them added the 27 courses; the other found them there.
    QVERIFY2(outOne.contains(QStringLiteral("27 course(s) added"))
                 != outTwo.contains(QStringLiteral("27 course(s) added")),
             qPrintable(outOne + outTwo));
    QVERIFY2((outOne + outTwo).contains(QStringLiteral("0 course(s) added")),
             qPrintable(outOne + outTwo));
    QCOMPARE(outOne.count(QStringLiteral("applied schema 1 "))
                 + outTwo.count(QStringLiteral("applied schema 1 ")),
             1);

    const QString name = QUrl(url).path().mid(1);
    QCOMPARE(m_postgres->psql(name, QStringLiteral("SELECT count(*) FROM schema_version"))
                 .value_or(QString()),
             QStringLiteral("1"));
    QCOMPARE(m_postgres
                 ->psql(name,
                        QStringLiteral("SELECT count(*) FROM catalog_changes "
                                       "WHERE kind = 'course'"))
                 .value_or(QString()),
             QStringLiteral("27"));
}

// The schema is written twice, once per dialect (server/schema/sqlite and postgresql): a column
// added to one and forgotten in the other would make the two databases behave differently.
void TwoServersTest::bothDatabasesHaveTheSameTablesAndColumns()
{
    QTemporaryDir sqliteData;
    QProcess import;
    import.setProcessChannelMode(QProcess::MergedChannels);
    import.start(testing::serverBinary(),
                 {QStringLiteral("import"), testing::demoProgrammeDir(), QStringLiteral("--data"),
                  sqliteData.path()});
    QVERIFY(import.waitForFinished(120000));
    QVERIFY2(import.exitCode() == 0, import.readAll().constData());

    QStringList sqliteColumns;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("schema-compare"));
        db.setDatabaseName(sqliteData.filePath(QStringLiteral("lectern.sqlite")));
        QVERIFY(db.open());
        QSqlQuery tables(db);
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'")));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery columns(db);
            QVERIFY(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
            while (columns.next())
                sqliteColumns.append(table + u'.' + columns.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema-compare"));
    sqliteColumns.sort();

    // PostgreSQL keeps its schema version in a table of its own; SQLite in the file header.
    QStringList postgresColumns
        = psql(QStringLiteral("SELECT table_name || '.' || column_name FROM "
                              "information_schema.columns WHERE table_schema = 'public' "
                              "AND table_name <> 'schema_version'"))
              .split(u'\n', Qt::SkipEmptyParts);
    postgresColumns.sort();
    QVERIFY(sqliteColumns.size() > 50);
    QCOMPARE(postgresColumns, sqliteColumns);
}

QTEST_GUILESS_MAIN(TwoServersTest)
#include "tst_twoservers.moc"
