// What an operator relies on when running lectern-server (docs/operations.md): metrics only for
// those allowed to read them, one structured log line per request with nothing secret in it,
// a SIGTERM that lets a request in flight finish, the login rate limit, the refusal of clients
// that are too old, and configuration from the environment. A real server on loopback, on
// SQLite or (tst_serverops_postgresql) on a throwaway PostgreSQL.

#include "support/postgresprocess.h"
#include "support/serverprocess.h"
#include "support/testdatabase.h"
#include "support/testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lectern;

namespace {

const QByteArray kMetricsToken = "scraper-token-0123456789abcdef";
// The proxy the server trusts (ourselves, on loopback) and the client addresses it "forwards".
const QByteArray kClientA = "198.51.100.7";
const QByteArray kClientB = "198.51.100.8";
const QByteArray kClientC = "198.51.100.9";

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
    QByteArray retryAfter;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

QByteArray loginBody(const QString &user, const QString &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                     {QStringLiteral("password"), password}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject viewingEvent(const QString &eventId, qint64 endMs)
{
    return QJsonObject{
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("kind"), QStringLiteral("viewing")},
        {QStringLiteral("created_at"), QStringLiteral("2026-11-26T09:00:00.000Z")},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("lecture_id"), QStringLiteral("PAIN-701-w1-l1")},
                     {QStringLiteral("intervals"), QJsonArray{QJsonArray{0, endMs}}}}}};
}

QByteArray pushBody(const QJsonArray &events)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("ops-test")},
                                     {QStringLiteral("events"), events}})
        .toJson(QJsonDocument::Compact);
}

// The value of one sample in Prometheus text, e.g. "lectern_x{a=\"b\"}"; -1 when absent.
double sample(const QByteArray &metrics, const QString &name)
{
    for (const QByteArray &line : metrics.split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(name + u' '))
            return text.mid(name.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

class ServerOpsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void metricsCountRequestsAndEvents();
    void metricsAreForThisMachineOrTheToken();
    void everyRequestLogsOneLineWithoutSecrets();
    void tooOldClientsAreToldToUpdate();
    void failedLoginsForOneNameAreLimited();
    void failedLoginsFromOneAddressAreLimited();
    void sqlMetacharactersAreData();
    void sigtermFinishesTheRequestInFlight();
    void environmentConfiguresServe();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                        const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    static Reply finish(QNetworkReply *reply);
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Reply login(const QString &user, const QString &password, const QByteArray &from);

    QTemporaryDir m_tokenDir;
    testing::ServerProcess m_server;
    QNetworkAccessManager m_network;
    QString m_learnerToken;
};

QNetworkReply *ServerOpsTest::send(const QByteArray &method, const QString &path,
                                   const QByteArray &body,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_server.url().resolved(QUrl(path)));
    request.setTransferTimeout(60000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.sendCustomRequest(request, method, body);
}

Reply ServerOpsTest::finish(QNetworkReply *reply)
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
    result.contentType = reply->rawHeader("Content-Type");
    result.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return result;
}

Reply ServerOpsTest::request(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return finish(send(method, path, body, headers));
}

// A login as if nginx (us, on loopback, trusted) forwarded it from the address from.
Reply ServerOpsTest::login(const QString &user, const QString &password, const QByteArray &from)
{
    return request("POST", QStringLiteral("/api/v1/auth/login"), loginBody(user, password),
                   {{"X-Forwarded-For", from}});
}

void ServerOpsTest::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_tokenDir.isValid());
    QFile token(m_tokenDir.filePath(QStringLiteral("metrics-token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(kMetricsToken + '\n');
    token.close();

    QString output;
    QVERIFY2(m_server.importProgramme(testing::demoProgrammeDir(), &output), qPrintable(output));
    m_server.setCaptureLogs(true);
    m_server.setServeArguments({QStringLiteral("--metrics-token-file"), token.fileName(),
                                QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("--min-client-version"), QStringLiteral("2.0"),
                                QStringLiteral("--shutdown-timeout"), QStringLiteral("20")});
    QVERIFY(m_server.start());
    const Reply learner
        = login(QStringLiteral("learner"), QStringLiteral("learner-demo"), kClientC);
    QCOMPARE(learner.status, 200);
    m_learnerToken = learner.json.value(QStringLiteral("token")).toString();
}

// Counts move with what the server did: one viewing applied, one resent, one refused, a 404.
void ServerOpsTest::metricsCountRequestsAndEvents()
{
    const QByteArray auth = "Bearer " + m_learnerToken.toLatin1();
    const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Reply push = request("POST", QStringLiteral("/api/v1/sync/push"),
                         pushBody({viewingEvent(first, 4000),
                                   QJsonObject{{QStringLiteral("event_id"), QStringLiteral("x")},
                                               {QStringLiteral("kind"), QStringLiteral("bogus")},
                                               {QStringLiteral("payload"), QJsonObject()}}}),
                         {{"Authorization", auth}});
    QCOMPARE(push.status, 200);
    push = request("POST", QStringLiteral("/api/v1/sync/push"),
                   pushBody({viewingEvent(first, 4000)}), {{"Authorization", auth}});
    QCOMPARE(push.status, 200);
    QCOMPARE(request("GET", QStringLiteral("/no/such/PAIN-701-w1-l1")).status, 404);

    const Reply metrics = request("GET", QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.contentType.startsWith("text/plain; version=0.0.4"), metrics.contentType);
    const QByteArray &text = metrics.body;
    QCOMPARE(sample(text,
                    QStringLiteral("lectern_http_requests_total{route=\"/api/v1/sync/push\","
                                   "method=\"POST\",status=\"200\"}")),
             2.0);
    QCOMPARE(sample(text,
                    QStringLiteral("lectern_http_requests_total{route=\"unmatched\","
                                   "method=\"GET\",status=\"404\"}")),
             1.0);
    QCOMPARE(sample(text, QStringLiteral("lectern_sync_events_applied_total{kind=\"viewing\"}")),
             1.0);
    QCOMPARE(sample(text, QStringLiteral("lectern_sync_events_duplicate_total")), 1.0);
    QCOMPARE(sample(text, QStringLiteral("lectern_sync_events_rejected_total")), 1.0);
    // The histogram is cumulative and ends with every push in +Inf.
    QCOMPARE(sample(text,
                    QStringLiteral("lectern_http_request_duration_seconds_bucket{route="
                                   "\"/api/v1/sync/push\",le=\"+Inf\"}")),
             2.0);
    QCOMPARE(sample(text,
                    QStringLiteral("lectern_http_request_duration_seconds_count{route="
                                   "\"/api/v1/sync/push\"}")),
             2.0);
    QVERIFY(sample(text,
                   QStringLiteral("lectern_http_request_duration_seconds_bucket{route="
                                  "\"/api/v1/sync/push\",le=\"10\"}"))
            <= 2.0);
    // Bad input for the labels: the path of the 404 and the ids in it never become one.
    QVERIFY(!text.contains("PAIN-701"));
    QVERIFY(!text.contains("/no/such"));
}

// Behind nginx every request comes from loopback, so loopback alone is not enough: a request
// that came through a proxy needs the token.
void ServerOpsTest::metricsAreForThisMachineOrTheToken()
{
    QCOMPARE(request("GET", QStringLiteral("/metrics")).status, 200);
    const Reply proxied
        = request("GET", QStringLiteral("/metrics"), {}, {{"X-Forwarded-For", kClientA}});
    QCOMPARE(proxied.status, 403);
    QCOMPARE(proxied.errorCode(), QStringLiteral("forbidden"));
    QVERIFY(!proxied.body.contains("lectern_"));
    QCOMPARE(request("GET", QStringLiteral("/metrics"), {}, {{"X-Real-IP", kClientA}}).status, 403);
    QCOMPARE(request("GET", QStringLiteral("/metrics"), {},
                     {{"X-Forwarded-For", kClientA}, {"Authorization", "Bearer " + kMetricsToken}})
                 .status,
             200);
    // A wrong token, or a learner's session token, is no metrics token.
    QCOMPARE(request("GET", QStringLiteral("/metrics"), {},
                     {{"X-Forwarded-For", kClientA},
                      {"Authorization", "Bearer " + kMetricsToken.chopped(1) + 'x'}})
                 .status,
             403);
    QCOMPARE(request("GET", QStringLiteral("/metrics"), {},
                     {{"X-Forwarded-For", kClientA},
                      {"Authorization", "Bearer " + m_learnerToken.toLatin1()}})
                 .status,
             403);
}

void ServerOpsTest::everyRequestLogsOneLineWithoutSecrets()
{
    const QString secretPassword = QStringLiteral("learner-demo");
    const Reply signedIn = login(QStringLiteral("learner"), secretPassword, kClientC);
    QCOMPARE(signedIn.status, 200);
    const QString token = signedIn.json.value(QStringLiteral("token")).toString();
    QCOMPARE(request("GET", QStringLiteral("/api/v1/progress?since=0&limit=3"), {},
                     {{"Authorization", "Bearer " + token.toLatin1()}})
                 .status,
             200);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/courses/PAIN-799/quizzes"), {},
                     {{"Authorization", "Bearer " + token.toLatin1()}})
                 .status,
             404);

    // Lines arrive as the server writes them; the last request's line may be a moment late.
    static const QRegularExpression quizzesLine(
        QStringLiteral("^time=\\S+ level=info msg=request method=GET "
                       "route=/api/v1/courses/<arg>/quizzes status=404 duration_ms=[0-9.]+ "
                       "client=127\\.0\\.0\\.1 user=\\d+$"),
        QRegularExpression::MultilineOption);
    QTRY_VERIFY2_WITH_TIMEOUT(quizzesLine.match(m_server.logs()).hasMatch(),
                              qPrintable(m_server.logs().right(2000)), 5000);
    const QString logs = m_server.logs();
    static const QRegularExpression loginLine(
        QStringLiteral("^time=\\S+ level=info msg=request method=POST route=/api/v1/auth/login "
                       "status=200 duration_ms=[0-9.]+ client=198\\.51\\.100\\.9 user=\\d+$"),
        QRegularExpression::MultilineOption);
    QVERIFY2(loginLine.match(logs).hasMatch(), qPrintable(logs.right(2000)));
    // Every line is a record starting with its time and level.
    for (const QString &line : logs.split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(line.startsWith(u"time=") && line.contains(u" level="), qPrintable(line));
    }
    // Bad input for the log: secrets in the body, the header and the query never appear.
    QVERIFY(!logs.contains(secretPassword));
    QVERIFY(!logs.contains(token));
    QVERIFY(!logs.contains(m_learnerToken));
    QVERIFY(!logs.contains(QString::fromLatin1(kMetricsToken)));
    QVERIFY(!logs.contains(u"PAIN-799"));
    QVERIFY(!logs.contains(u"since=0"));
}

void ServerOpsTest::tooOldClientsAreToldToUpdate()
{
    const QByteArray auth = "Bearer " + m_learnerToken.toLatin1();
    const Reply old = request("GET", QStringLiteral("/api/v1/progress"), {},
                              {{"Authorization", auth}, {"X-Lectern-Client", "1.9.3"}});
    QCOMPARE(old.status, 426);
    QCOMPARE(old.errorCode(), QStringLiteral("client_too_old"));
    QVERIFY2(old.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("2.0")),
             old.body.constData());
    // Even a login: an old client should not be handed a session it cannot use.
    QCOMPARE(request("POST", QStringLiteral("/api/v1/auth/login"),
                     loginBody(QStringLiteral("learner"), QStringLiteral("learner-demo")),
                     {{"X-Lectern-Client", "0.1.0"}, {"X-Forwarded-For", kClientC}})
                 .status,
             426);
    // Bad input: a header that is no version at all counts as too old.
    QCOMPARE(request("GET", QStringLiteral("/api/v1/progress"), {},
                     {{"Authorization", auth}, {"X-Lectern-Client", "banana"}})
                 .status,
             426);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/progress"), {},
                     {{"Authorization", auth}, {"X-Lectern-Client", "2.0.0"}})
                 .status,
             200);
    QCOMPARE(request("GET", QStringLiteral("/api/v1/progress"), {},
                     {{"Authorization", auth}, {"X-Lectern-Client", "2.1"}})
                 .status,
             200);
    // Tools that send no header, and routes outside the API, are served.
    QCOMPARE(
        request("GET", QStringLiteral("/api/v1/progress"), {}, {{"Authorization", auth}}).status,
        200);
    QCOMPARE(request("GET", QStringLiteral("/healthz"), {}, {{"X-Lectern-Client", "0.0.1"}}).status,
             200);
}

// Ten wrong passwords for one name, from all over the place: the name is locked for a while,
// even for its right password, while other names from the same addresses still get in.
void ServerOpsTest::failedLoginsForOneNameAreLimited()
{
    for (int i = 0; i < 10; ++i) {
        const Reply wrong = login(QStringLiteral("faculty"), QStringLiteral("guess-%1").arg(i),
                                  "203.0.113." + QByteArray::number(i + 1));
        QCOMPARE(wrong.status, 401);
    }
    const Reply limited
        = login(QStringLiteral("faculty"), QStringLiteral("faculty-demo"), kClientA);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("too_many_logins"));
    const int retryAfter = limited.retryAfter.toInt();
    QVERIFY2(retryAfter > 240 && retryAfter <= 300, limited.retryAfter.constData());
    QCOMPARE(login(QStringLiteral("learner"), QStringLiteral("learner-demo"), kClientA).status,
             200);
}

// Thirty wrong logins from one address, each for another name: the address is locked, for any
// name, while the same names from elsewhere are only told they are wrong.
void ServerOpsTest::failedLoginsFromOneAddressAreLimited()
{
    QList<QNetworkReply *> inFlight;
    for (int i = 0; i < 30; ++i) {
        inFlight.append(send("POST", QStringLiteral("/api/v1/auth/login"),
                             loginBody(QStringLiteral("nobody-%1").arg(i), QStringLiteral("x")),
                             {{"X-Forwarded-For", kClientB}}));
    }
    for (QNetworkReply *reply : std::as_const(inFlight))
        QCOMPARE(finish(reply).status, 401);
    const Reply limited
        = login(QStringLiteral("learner"), QStringLiteral("learner-demo"), kClientB);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.retryAfter.toInt() > 0);
    QCOMPARE(login(QStringLiteral("nobody-0"), QStringLiteral("x"), kClientC).status, 401);
    QCOMPARE(login(QStringLiteral("learner"), QStringLiteral("learner-demo"), kClientC).status,
             200);
}

// On PostgreSQL the server sends values as literals escaped by Qt's driver (server/sqlexec.cpp):
// quotes, backslashes, question marks and dollar signs in every text a client controls must
// come back exactly as sent, and change nothing else.
void ServerOpsTest::sqlMetacharactersAreData()
{
    const QStringList nasty{QStringLiteral("'"),
                            QStringLiteral("\\"),
                            QStringLiteral("''; DELETE FROM applied_events; --"),
                            QStringLiteral("?"),
                            QStringLiteral("$1"),
                            QStringLiteral("a?b'?c"),
                            QStringLiteral("E'\\x00'"),
                            QStringLiteral("\"")};
    QJsonArray events;
    for (qsizetype i = 0; i < nasty.size(); ++i) {
        events.append(QJsonObject{
            {QStringLiteral("event_id"), QStringLiteral("meta-%1-%2").arg(i).arg(nasty.at(i))},
            {QStringLiteral("kind"), QStringLiteral("viewing")},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("lecture_id"), nasty.at(i)},
                         {QStringLiteral("device_id"), nasty.at(i)},
                         {QStringLiteral("intervals"), QJsonArray{QJsonArray{0, 1000}}}}}});
    }
    const QByteArray auth = "Bearer " + m_learnerToken.toLatin1();
    const Reply first = request("POST", QStringLiteral("/api/v1/sync/push"), pushBody(events),
                                {{"Authorization", auth}});
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), nasty.size());
    for (qsizetype i = 0; i < nasty.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        QCOMPARE(result.value(QStringLiteral("event_id")).toString(),
                 events.at(i).toObject().value(QStringLiteral("event_id")).toString());
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(result.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Unknown lecture %1.").arg(nasty.at(i)));
    }
    // Stored under exactly those ids: sent again, each is found and answered the same.
    const Reply again = request("POST", QStringLiteral("/api/v1/sync/push"), pushBody(events),
                                {{"Authorization", auth}});
    QCOMPARE(again.json, first.json);
    const QByteArray metrics = request("GET", QStringLiteral("/metrics")).body;
    QVERIFY(sample(metrics, QStringLiteral("lectern_sync_events_duplicate_total"))
            >= double(nasty.size()));
    for (const QString &name : nasty) {
        QCOMPARE(login(name, name, kClientC).status, 401);
        QCOMPARE(request("GET",
                         QStringLiteral("/api/v1/courses/%1/quizzes")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(name))),
                         {}, {{"Authorization", auth}})
                     .status,
                 404);
    }
    // Nothing else changed: the learner still signs in, and the feed still reads.
    QCOMPARE(login(QStringLiteral("learner"), QStringLiteral("learner-demo"), kClientC).status,
             200);
    QCOMPARE(
        request("GET", QStringLiteral("/api/v1/progress"), {}, {{"Authorization", auth}}).status,
        200);
}

// A push is kept waiting on the database (a lock held by the test) when SIGTERM arrives: the
// server takes no new connections, answers the push once the lock goes, and then exits 0.
void ServerOpsTest::sigtermFinishesTheRequestInFlight()
{
    QSqlDatabase sqlite;
    QProcess psql;
    const QString connection = QStringLiteral("ops-lock");
    if (m_server.usesPostgresql()) {
        QString error;
        testing::PostgresProcess *postgres = testing::TestDatabase::postgres(&error);
        QVERIFY2(postgres, qPrintable(error));
        postgres->startPsql(psql, QUrl(m_server.databaseUrl()).path().mid(1),
                            QStringLiteral("BEGIN; LOCK TABLE applied_events IN ACCESS "
                                           "EXCLUSIVE MODE; SELECT pg_sleep(2.5); COMMIT;"));
        QVERIFY(psql.waitForStarted());
        QTest::qWait(500); // psql connected and holds the lock
    } else {
        sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        sqlite.setDatabaseName(m_server.dataDir() + QStringLiteral("/lectern.sqlite"));
        QVERIFY(sqlite.open());
        QSqlQuery begin(sqlite);
        QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")),
                 qPrintable(begin.lastError().text()));
    }

    const QString eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QNetworkReply *push
        = send("POST", QStringLiteral("/api/v1/sync/push"), pushBody({viewingEvent(eventId, 9000)}),
               {{"Authorization", "Bearer " + m_learnerToken.toLatin1()}});
    QTest::qWait(400); // the push reached the server and waits for the lock
    QVERIFY(!push->isFinished());
    m_server.terminate();
    QTest::qWait(700);
    QVERIFY2(m_server.isRunning(), "the server waits for the push in flight");
    QVERIFY(!push->isFinished());
    // No new connections meanwhile.
    QNetworkAccessManager fresh;
    fresh.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *late = fresh.get(QNetworkRequest(m_server.url().resolved(QUrl("/healthz"))));
    const Reply refused = finish(late);
    QCOMPARE(refused.status, 0);

    if (m_server.usesPostgresql()) {
        QVERIFY(psql.waitForFinished(10000));
    } else {
        QSqlQuery(sqlite).exec(QStringLiteral("ROLLBACK"));
        sqlite.close();
    }
    const Reply answered = finish(push);
    QCOMPARE(answered.status, 200);
    QCOMPARE(answered.json.value(QStringLiteral("results"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("applied")));
    QCOMPARE(m_server.waitForExit(15000), 0);
    QVERIFY(m_server.logs().contains(QStringLiteral("received signal 15")));
    sqlite = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);

    // The push really was applied: sent again after a restart, it is a known event.
    QVERIFY(m_server.start());
    const Reply again = request("POST", QStringLiteral("/api/v1/sync/push"),
                                pushBody({viewingEvent(eventId, 9000)}),
                                {{"Authorization", "Bearer " + m_learnerToken.toLatin1()}});
    QCOMPARE(again.status, 200);
    const QByteArray metrics = request("GET", QStringLiteral("/metrics")).body;
    QCOMPARE(sample(metrics, QStringLiteral("lectern_sync_events_duplicate_total")), 1.0);
}

// LECTERN_* variables stand in for missing flags; a bad value is a usage error, not a guess.
void ServerOpsTest::environmentConfiguresServe()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LECTERN_DATA"), m_server.dataDir());
    environment.insert(QStringLiteral("LECTERN_PORT"), QStringLiteral("0"));
    environment.insert(QStringLiteral("LECTERN_BIND"), QStringLiteral("127.0.0.1"));
    environment.insert(QStringLiteral("LECTERN_LOG_FORMAT"), QStringLiteral("json"));
    if (m_server.usesPostgresql())
        environment.insert(QStringLiteral("LECTERN_DATABASE"), m_server.databaseUrl());
    QProcess serve;
    serve.setProcessEnvironment(environment);
    serve.start(testing::serverBinary(), {QStringLiteral("serve")});
    QVERIFY(serve.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += serve.readAllStandardOutput()).contains("listening on"),
                             20000);
    static const QRegularExpression address(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    const QUrl url(address.match(QString::fromUtf8(out)).captured(1));
    QNetworkReply *health = m_network.get(QNetworkRequest(url.resolved(QUrl("/healthz"))));
    QCOMPARE(finish(health).status, 200);
    serve.terminate();
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE(serve.exitCode(), 0);
    // JSON lines, as LECTERN_LOG_FORMAT asked.
    const QList<QByteArray> lines = serve.readAllStandardError().split('\n');
    QVERIFY(lines.size() > 1);
    QVERIFY2(QJsonDocument::fromJson(lines.first()).object().contains(QStringLiteral("level")),
             lines.first().constData());

    environment.insert(QStringLiteral("LECTERN_PORT"), QStringLiteral("eighty"));
    QProcess bad;
    bad.setProcessEnvironment(environment);
    bad.start(testing::serverBinary(), {QStringLiteral("serve")});
    QVERIFY(bad.waitForFinished(15000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--port"));
}

QTEST_GUILESS_MAIN(ServerOpsTest)
#include "tst_serverops.moc"
