// The real lectern-server, end to end: import the mini programme with the demo users, serve it
// on a free loopback port, and talk to it over HTTP as the client would.

#include "support/testpaths.h"
#include "sync/catalogcodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
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
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace lectern;

namespace {

const QString kProgrammeId = QStringLiteral("mini-pain");
const QStringList kPublishedCourses{QStringLiteral("PAIN-701"), QStringLiteral("PAIN-703"),
                                    QStringLiteral("PAIN-719"), QStringLiteral("PAIN-722")};
const QString kDraftCourse = QStringLiteral("PAIN-702"); // year 1, taught by "faculty"

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(testing::serverBinary(), arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).path());
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &json)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QJsonDocument(json).toJson()) > 0;
}

bool editJson(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject json = readJson(path);
    if (json.isEmpty())
        return false;
    edit(json);
    return writeJson(path, json);
}

bool replaceInFile(const QString &path, const QString &before, const QString &after)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    if (!text.contains(before))
        return false;
    text.replace(before, after);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}

// The 1-based line of the first line of path containing needle, or 0.
int lineContaining(const QString &path, const QString &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return 0;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

// Everything one user's catalog sync collected, page by page.
struct Feed
{
    QList<QJsonObject> changes;
    QStringList cursors;
    QList<int> pageSizes;
    QString problem; // empty when every page was well formed

    QList<QJsonObject> find(const QString &kind, const QString &id) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &change : changes) {
            if (change.value(QStringLiteral("kind")).toString() == kind
                && change.value(QStringLiteral("id")).toString() == id) {
                found.append(change);
            }
        }
        return found;
    }
    // The entity's state after applying every change in order, as a client would.
    QJsonObject latest(const QString &kind, const QString &id) const
    {
        const QList<QJsonObject> found = find(kind, id);
        return found.isEmpty() ? QJsonObject() : found.constLast();
    }
};

QString opOf(const QJsonObject &change)
{
    return change.value(QStringLiteral("op")).toString();
}

} // namespace

class ServerApiTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void healthzAnswersOk();
    void learnerLogsInWithATokenThatExpiresInFourteenDays();
    void wrongPasswordAndUnknownUserGetTheSameAnswer();
    void malformedLoginIsRefused_data();
    void malformedLoginIsRefused();
    void oversizedLoginIsRefused();
    void unknownRouteIs404AndWrongMethodIs405();
    void catalogNeedsAValidToken_data();
    void catalogNeedsAValidToken();
    void catalogRefusesBadCursorOrLimit_data();
    void catalogRefusesBadCursorOrLimit();
    void catalogPagesCoverTheLearnersCatalog();
    void changesDecodeWithTheClientCodec();
    void draftCourseIsHiddenFromLearnersButShownToItsFaculty();
    void userWithoutEnrolmentSeesNothing();
    void loginsDoNotBlockOtherRequests();
    void invalidContentLeavesTheStoreUnchanged_data();
    void invalidContentLeavesTheStoreUnchanged();
    void reimportOfAChangedCourseAddsANewerChange();
    void courseBackToDraftDisappearsForLearners();
    void removedCourseBecomesATombstone();
    void tokenIsStoredOnlyAsItsHash();
    void expiredTokenIsRefused();
    void stopsCleanlyOnSigterm();

private:
    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {}, const QString &token = {});
    QString login(const QString &username, const QString &password);
    Feed walk(const QString &token, const QString &since = QStringLiteral("0"), int limit = 2);
    QByteArray storeChecksum();
    bool restoreContent();
    CliRun import(const QStringList &extra = {});

    QTemporaryDir m_dir;
    bool m_contentEdited = false; // a test imported edited content; cleanup() undoes it
    QString m_dataDir;
    QString m_contentDir;
    QProcess m_server;
    QUrl m_base;
    QNetworkAccessManager m_network;
};

void ServerApiTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(testing::serverBinary()).isExecutable(),
             qPrintable(testing::serverBinary()));
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    m_contentDir = m_dir.filePath(QStringLiteral("content"));
    QVERIFY(restoreContent());
    m_network.setProxy(QNetworkProxy::NoProxy);

    const CliRun imported = import({QStringLiteral("--demo-users")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(QFileInfo::exists(m_dataDir + QStringLiteral("/lectern.sqlite")));
    QVERIFY2(imported.err.contains(QStringLiteral("learner-demo"))
                 && imported.err.contains(QStringLiteral("WARNING")),
             qPrintable(imported.err));

    m_server.start(testing::serverBinary(),
                   {QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir,
                    QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(m_server.waitForStarted());
    static const QRegularExpression listening(
        QStringLiteral("lectern-server listening on (http://127\\.0\\.0\\.1:(\\d+))"));
    QString output;
    QElapsedTimer timer;
    timer.start();
    QRegularExpressionMatch match;
    while (!match.hasMatch() && timer.elapsed() < 20000 && m_server.state() == QProcess::Running) {
        m_server.waitForReadyRead(200);
        output += QString::fromUtf8(m_server.readAllStandardOutput());
        match = listening.match(output);
    }
    QVERIFY2(match.hasMatch(), qPrintable(output + m_server.readAllStandardError()));
    QVERIFY(match.captured(2).toInt() > 0);
    m_base = QUrl(match.captured(1));
}

// Tests that import edited content leave the store as the fixture describes it, so the
// next test starts from the same catalog whatever happened in this one.
void ServerApiTest::cleanup()
{
    if (!m_contentEdited)
        return;
    m_contentEdited = false;
    QVERIFY(restoreContent());
    const CliRun run = import();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void ServerApiTest::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

CliRun ServerApiTest::import(const QStringList &extra)
{
    return runCli(
        QStringList{QStringLiteral("import"), m_contentDir, QStringLiteral("--data"), m_dataDir}
        + extra);
}

bool ServerApiTest::restoreContent()
{
    QDir(m_contentDir).removeRecursively();
    return copyTree(testing::sourceDir() + QStringLiteral("/tests/data/mini-programme"),
                    m_contentDir);
}

Reply ServerApiTest::request(const QByteArray &method, const QString &pathAndQuery,
                             const QByteArray &body, const QString &token)
{
    QNetworkRequest networkRequest(m_base.resolved(QUrl(pathAndQuery)));
    networkRequest.setTransferTimeout(30000);
    if (!body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!reply->isFinished() && !finished.wait(30000)) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QString ServerApiTest::login(const QString &username, const QString &password)
{
    const Reply reply = request("POST", QStringLiteral("/api/v1/auth/login"),
                                QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                          {QStringLiteral("password"), password}})
                                    .toJson());
    return reply.status == 200 ? reply.json.value(QStringLiteral("token")).toString() : QString();
}

Feed ServerApiTest::walk(const QString &token, const QString &since, int limit)
{
    Feed feed;
    QString cursor = since;
    qint64 lastSeq = since.toLongLong();
    for (int page = 0; page < 100; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        const Reply reply = request(
            "GET", QStringLiteral("/api/v1/catalog?") + query.toString(QUrl::FullyEncoded), {},
            token);
        if (reply.status != 200) {
            feed.problem = QStringLiteral("page %1: HTTP %2 %3")
                               .arg(page)
                               .arg(reply.status)
                               .arg(QString::fromUtf8(reply.body));
            return feed;
        }
        const QJsonArray changes = reply.json.value(QStringLiteral("changes")).toArray();
        const QString next = reply.json.value(QStringLiteral("cursor")).toString();
        const QJsonValue hasMore = reply.json.value(QStringLiteral("has_more"));
        if (!hasMore.isBool() || changes.size() > limit) {
            feed.problem = QStringLiteral("page %1 is malformed: %2")
                               .arg(page)
                               .arg(QString::fromUtf8(reply.body));
            return feed;
        }
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            const qint64 seq = change.value(QStringLiteral("seq")).toInteger();
            if (seq <= lastSeq) {
                feed.problem
                    = QStringLiteral("seq %1 does not increase after %2").arg(seq).arg(lastSeq);
                return feed;
            }
            lastSeq = seq;
            feed.changes.append(change);
        }
        if (!changes.isEmpty() && next != QString::number(lastSeq)) {
            feed.problem
                = QStringLiteral("cursor %1 is not the last seq %2").arg(next).arg(lastSeq);
            return feed;
        }
        if (hasMore.toBool() && changes.size() != limit) {
            feed.problem = QStringLiteral("a page with more to come holds %1 of %2 changes")
                               .arg(changes.size())
                               .arg(limit);
            return feed;
        }
        feed.pageSizes.append(int(changes.size()));
        feed.cursors.append(next);
        cursor = next;
        if (!hasMore.toBool())
            return feed;
    }
    feed.problem = QStringLiteral("the feed never ended");
    return feed;
}

// A digest of every table, the schema version and the AUTOINCREMENT counter, read straight
// from the file, so "unchanged" means unchanged and not just "the API looks the same".
QByteArray ServerApiTest::storeChecksum()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("checksum-%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dataDir + QStringLiteral("/lectern.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {};
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        names.append(QStringLiteral("pragma_user_version"));
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            QStringList dump;
            while (rows.next()) {
                QStringList fields;
                for (int i = 0; i < rows.record().count(); ++i)
                    fields.append(rows.value(i).toString());
                dump.append(fields.join(u'\x1f'));
            }
            dump.sort();
            hash.addData(table.toUtf8());
            hash.addData(dump.join(u'\x1e').toUtf8());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

void ServerApiTest::healthzAnswersOk()
{
    const Reply reply = request("GET", QStringLiteral("/healthz"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json, QJsonObject({{QStringLiteral("status"), QStringLiteral("ok")}}));
}

void ServerApiTest::learnerLogsInWithATokenThatExpiresInFourteenDays()
{
    const Reply reply = request("POST", QStringLiteral("/api/v1/auth/login"),
                                R"({"username": "learner", "password": "learner-demo"})");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QString token = reply.json.value(QStringLiteral("token")).toString();
    // 32 random bytes in base64url without padding.
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(token).hasMatch(),
             qPrintable(token));
    const QJsonObject user = reply.json.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("learner"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("learner"));
    QVERIFY(!user.value(QStringLiteral("display_name")).toString().isEmpty());

    const QString expiresText = reply.json.value(QStringLiteral("expires_at")).toString();
    QVERIFY2(expiresText.endsWith(u'Z'), qPrintable(expiresText));
    const QDateTime expires = QDateTime::fromString(expiresText, Qt::ISODate);
    QVERIFY(expires.isValid());
    const qint64 fourteenDays = 14 * 24 * 3600;
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - fourteenDays) < 120);

    // A second login gets a different token.
    const QString second = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != token);
}

void ServerApiTest::wrongPasswordAndUnknownUserGetTheSameAnswer()
{
    const Reply wrongPassword = request("POST", QStringLiteral("/api/v1/auth/login"),
                                        R"({"username": "learner", "password": "faculty-demo"})");
    const Reply unknownUser = request("POST", QStringLiteral("/api/v1/auth/login"),
                                      R"({"username": "nobody", "password": "learner-demo"})");
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(unknownUser.status, 401);
    QCOMPARE(wrongPassword.errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(wrongPassword.body, unknownUser.body);
    QVERIFY(!wrongPassword.json.contains(QStringLiteral("token")));
}

void ServerApiTest::malformedLoginIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("username=learner&password=learner-demo");
    QTest::newRow("truncated") << QByteArray(R"({"username": "learner", "passw)");
    QTest::newRow("array") << QByteArray(R"(["learner", "learner-demo"])");
    QTest::newRow("no password") << QByteArray(R"({"username": "learner"})");
    QTest::newRow("no username") << QByteArray(R"({"password": "learner-demo"})");
    QTest::newRow("number password") << QByteArray(R"({"username": "learner", "password": 1})");
    QTest::newRow("empty") << QByteArray(" ");
}

void ServerApiTest::malformedLoginIsRefused()
{
    QFETCH(QByteArray, body);
    const Reply reply = request("POST", QStringLiteral("/api/v1/auth/login"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("malformed_json"));
    QVERIFY(!reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
}

void ServerApiTest::oversizedLoginIsRefused()
{
    QByteArray body = R"({"username": "learner", "password": "learner-demo", "padding": ")";
    body.append(QByteArray(1024 * 1024, 'x'));
    body.append(R"("})");
    const Reply reply = request("POST", QStringLiteral("/api/v1/auth/login"), body);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("payload_too_large"));
}

void ServerApiTest::unknownRouteIs404AndWrongMethodIs405()
{
    const Reply missing = request("GET", QStringLiteral("/api/v1/nothing-here"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));

    const Reply getLogin = request("GET", QStringLiteral("/api/v1/auth/login"));
    QCOMPARE(getLogin.status, 405);
    QCOMPARE(getLogin.errorCode(), QStringLiteral("method_not_allowed"));
    QCOMPARE(getLogin.header("Allow"), QByteArray("POST"));

    const Reply postCatalog = request("POST", QStringLiteral("/api/v1/catalog"), "{}");
    QCOMPARE(postCatalog.status, 405);
    QCOMPARE(postCatalog.header("Allow"), QByteArray("GET"));
}

void ServerApiTest::catalogNeedsAValidToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("garbage token") << QByteArray("Bearer not-a-token");
    QTest::newRow("well-formed unknown token")
        << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("wrong scheme") << QByteArray("Basic bGVhcm5lcjpsZWFybmVyLWRlbW8=");
}

void ServerApiTest::catalogNeedsAValidToken()
{
    QFETCH(QByteArray, authorization);
    QNetworkRequest networkRequest(m_base.resolved(QUrl(QStringLiteral("/api/v1/catalog"))));
    if (!authorization.isEmpty())
        networkRequest.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network.get(networkRequest);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(
        json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("unauthorized"));
    QVERIFY(!json.contains(QStringLiteral("changes")));
    reply->deleteLater();
}

void ServerApiTest::catalogRefusesBadCursorOrLimit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("letters") << QStringLiteral("since=abc") << QStringLiteral("bad_cursor");
    QTest::newRow("negative") << QStringLiteral("since=-1") << QStringLiteral("bad_cursor");
    QTest::newRow("fraction") << QStringLiteral("since=1.5") << QStringLiteral("bad_cursor");
    QTest::newRow("limit zero") << QStringLiteral("limit=0") << QStringLiteral("bad_limit");
    QTest::newRow("limit negative") << QStringLiteral("limit=-5") << QStringLiteral("bad_limit");
    QTest::newRow("limit word") << QStringLiteral("limit=many") << QStringLiteral("bad_limit");
}

void ServerApiTest::catalogRefusesBadCursorOrLimit()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    const QString token = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    QVERIFY(!token.isEmpty());
    const Reply reply = request("GET", QStringLiteral("/api/v1/catalog?") + query, {}, token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
}

void ServerApiTest::catalogPagesCoverTheLearnersCatalog()
{
    const QString token = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    QVERIFY(!token.isEmpty());
    const Feed feed = walk(token, QStringLiteral("0"), 2);
    QVERIFY2(feed.problem.isEmpty(), qPrintable(feed.problem));
    QVERIFY2(feed.pageSizes.size() >= 3, "limit=2 must split the mini catalog into pages");
    for (int i = 1; i < feed.cursors.size(); ++i)
        QVERIFY(feed.cursors.at(i).toLongLong() >= feed.cursors.at(i - 1).toLongLong());

    QCOMPARE(opOf(feed.latest(QStringLiteral("programme"), kProgrammeId)),
             QStringLiteral("upsert"));
    for (const QString &code : kPublishedCourses) {
        const QJsonObject change = feed.latest(QStringLiteral("course"), code);
        QCOMPARE(opOf(change), QStringLiteral("upsert"));
        const QJsonObject data = change.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    }
    const QJsonObject enrolment
        = feed.latest(QStringLiteral("enrolment"), QStringLiteral("learner"))
              .value(QStringLiteral("data"))
              .toObject();
    QCOMPARE(enrolment.value(QStringLiteral("programme_id")).toString(), kProgrammeId);
    QCOMPARE(enrolment.value(QStringLiteral("role")).toString(), QStringLiteral("learner"));
    QCOMPARE(enrolment.value(QStringLiteral("elective_choices")).toObject(),
             QJsonObject({{QStringLiteral("elective-1"), QStringLiteral("PAIN-722")}}));
    // Nobody else's enrolment leaks into the learner's feed.
    QVERIFY(feed.find(QStringLiteral("enrolment"), QStringLiteral("faculty")).isEmpty());

    // One request with the default limit returns the same changes in one page.
    const Reply whole = request("GET", QStringLiteral("/api/v1/catalog"), {}, token);
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.json.value(QStringLiteral("has_more")).toBool(), false);
    QCOMPARE(whole.json.value(QStringLiteral("changes")).toArray().size(), feed.changes.size());
    QCOMPARE(whole.json.value(QStringLiteral("cursor")).toString(), feed.cursors.constLast());

    // Asking again from the last cursor gives nothing new and keeps the cursor.
    const Reply after = request(
        "GET", QStringLiteral("/api/v1/catalog?since=") + feed.cursors.constLast(), {}, token);
    QCOMPARE(after.status, 200);
    QVERIFY(after.json.value(QStringLiteral("changes")).toArray().isEmpty());
    QCOMPARE(after.json.value(QStringLiteral("cursor")).toString(), feed.cursors.constLast());
}

void ServerApiTest::changesDecodeWithTheClientCodec()
{
    const QString token = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    const Reply reply = request("GET", QStringLiteral("/api/v1/catalog"), {}, token);
    QCOMPARE(reply.status, 200);
    const Result<CatalogPage> page = codec::pageFromJson(reply.json);
    QVERIFY2(page.isOk(), qPrintable(page.isOk() ? QString() : page.error().message));
    int courses = 0;
    for (const CatalogChange &change : page.value().changes) {
        if (change.kind == ChangeKind::Programme) {
            const Result<Programme> programme = codec::programmeFromJson(change.data);
            QVERIFY(programme.isOk());
            QCOMPARE(programme.value().id, kProgrammeId);
            QCOMPARE(programme.value().trimesters.size(), 2);
        } else if (change.kind == ChangeKind::Course && change.op == ChangeOp::Upsert) {
            const Result<Course> course = codec::courseFromJson(change.data);
            QVERIFY2(course.isOk(), qPrintable(course.isOk() ? QString() : course.error().message));
            ++courses;
            QCOMPARE(course.value().lectureCount(), 2);
            for (const Week &week : course.value().weeks) {
                for (const Lecture &lecture : week.lectures) {
                    QCOMPARE(lecture.quiz.id, lecture.id);
                    QCOMPARE(lecture.quiz.title, QStringLiteral("Quiz: ") + lecture.title);
                    QCOMPARE(lecture.quiz.questionCount, 5);
                }
            }
        } else if (change.kind == ChangeKind::Enrolment) {
            QVERIFY(codec::enrolmentFromJson(change.data).isOk());
        }
    }
    QCOMPARE(courses, kPublishedCourses.size());
}

void ServerApiTest::draftCourseIsHiddenFromLearnersButShownToItsFaculty()
{
    const QString learnerToken = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    const Feed learner = walk(learnerToken);
    QVERIFY2(learner.problem.isEmpty(), qPrintable(learner.problem));
    for (const QJsonObject &change : learner.find(QStringLiteral("course"), kDraftCourse)) {
        QCOMPARE(opOf(change), QStringLiteral("delete"));
        QVERIFY(!change.contains(QStringLiteral("data")));
    }

    const Reply facultyLogin = request("POST", QStringLiteral("/api/v1/auth/login"),
                                       R"({"username": "faculty", "password": "faculty-demo"})");
    QCOMPARE(facultyLogin.status, 200);
    QCOMPARE(
        facultyLogin.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")),
        QJsonValue(QStringLiteral("faculty")));
    const Feed faculty
        = walk(facultyLogin.json.value(QStringLiteral("token")).toString(), QStringLiteral("0"), 3);
    QVERIFY2(faculty.problem.isEmpty(), qPrintable(faculty.problem));
    const QJsonObject draft = faculty.latest(QStringLiteral("course"), kDraftCourse);
    QCOMPARE(opOf(draft), QStringLiteral("upsert"));
    QCOMPARE(draft.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")),
             QJsonValue(QStringLiteral("draft")));
    for (const QString &code : kPublishedCourses)
        QCOMPARE(opOf(faculty.latest(QStringLiteral("course"), code)), QStringLiteral("upsert"));

    const QJsonObject enrolment
        = faculty.latest(QStringLiteral("enrolment"), QStringLiteral("faculty"))
              .value(QStringLiteral("data"))
              .toObject();
    QCOMPARE(enrolment.value(QStringLiteral("role")).toString(), QStringLiteral("faculty"));
    QStringList teaching;
    for (const QJsonValue &code : enrolment.value(QStringLiteral("teaching")).toArray())
        teaching.append(code.toString());
    teaching.sort();
    // The year-1 courses, the draft included; not the year-2 ones.
    QCOMPARE(teaching, QStringList({QStringLiteral("PAIN-701"), QStringLiteral("PAIN-702")}));
    QVERIFY(faculty.find(QStringLiteral("enrolment"), QStringLiteral("learner")).isEmpty());
}

void ServerApiTest::userWithoutEnrolmentSeesNothing()
{
    // Drop the learner's enrolment behind the server's back, then put it back by re-running
    // the demo-user import.
    const QString token = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    QVERIFY(!token.isEmpty());
    const QString name = QStringLiteral("unenrol");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dataDir + QStringLiteral("/lectern.sqlite"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout = 10000")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM enrolments WHERE user_id = "
                                          "(SELECT id FROM users WHERE username = 'learner')")));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(name);

    const Reply reply = request("GET", QStringLiteral("/api/v1/catalog"), {}, token);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QStringLiteral("changes")).toArray().isEmpty());
    QCOMPARE(reply.json.value(QStringLiteral("has_more")).toBool(), false);

    const CliRun restored = import({QStringLiteral("--demo-users")});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    const Feed feed = walk(token);
    QVERIFY2(feed.problem.isEmpty(), qPrintable(feed.problem));
    QCOMPARE(opOf(feed.latest(QStringLiteral("enrolment"), QStringLiteral("learner"))),
             QStringLiteral("upsert"));
}

void ServerApiTest::loginsDoNotBlockOtherRequests()
{
    // Logins hash with argon2id on worker threads; /healthz must answer while they run.
    QList<QNetworkReply *> logins;
    QNetworkRequest loginRequest(m_base.resolved(QUrl(QStringLiteral("/api/v1/auth/login"))));
    loginRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    for (int i = 0; i < 4; ++i) {
        logins.append(
            m_network.post(loginRequest, QByteArray(R"({"username": "nobody", "password": "x"})")));
    }
    // A second manager, so the health check does not queue behind the logins' connections.
    QNetworkAccessManager other;
    other.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *health
        = other.get(QNetworkRequest(m_base.resolved(QUrl(QStringLiteral("/healthz")))));
    QSignalSpy healthDone(health, &QNetworkReply::finished);
    QVERIFY(healthDone.wait(30000));
    QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    int loginsDone = 0;
    for (QNetworkReply *reply : std::as_const(logins))
        loginsDone += reply->isFinished() ? 1 : 0;
    QVERIFY2(loginsDone < logins.size(), "healthz waited for every login to finish");
    for (QNetworkReply *reply : std::as_const(logins)) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
    }
    health->deleteLater();
}

void ServerApiTest::invalidContentLeavesTheStoreUnchanged_data()
{
    // Each row breaks one file of a good copy; the import must name the file and the line.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("lineNeedle"); // the error's line is the one holding this text
    QTest::addColumn<QString>("reason");

    QTest::newRow("json syntax") << QStringLiteral("courses/PAIN-703.json")
                                 << QStringLiteral("\"title\": \"Prescribing with Care\",")
                                 << QStringLiteral("\"title\": \"Prescribing with Care\",,")
                                 << QStringLiteral("Prescribing with Care")
                                 << QStringLiteral("is not valid JSON");
    QTest::newRow("wrong type") << QStringLiteral("courses/PAIN-719.json")
                                << QStringLiteral("\"units\": 0.5,")
                                << QStringLiteral("\"units\": \"half\",")
                                << QStringLiteral("\"units\"")
                                << QStringLiteral("must be a number");
    QTest::newRow("unknown key") << QStringLiteral("courses/PAIN-701.json")
                                 << QStringLiteral("\"unlock_threshold\": 0.9,")
                                 << QStringLiteral("\"unlock_treshold\": 0.9,")
                                 << QStringLiteral("unlock_treshold")
                                 << QStringLiteral("unknown key");
    QTest::newRow("broken quiz") << QStringLiteral("quizzes/PAIN-722/pool.gift")
                                 << QStringLiteral(
                                        "::Only physical::Total pain is only physical.{F}")
                                 << QStringLiteral(
                                        "::Only physical::Total pain is only physical. {\n"
                                        "  =True\n  ~False\n")
                                 << QString() << QString();
}

void ServerApiTest::invalidContentLeavesTheStoreUnchanged()
{
    QFETCH(QString, file);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, lineNeedle);
    QFETCH(QString, reason);

    const QString token = login(QStringLiteral("faculty"), QStringLiteral("faculty-demo"));
    const Feed feedBefore = walk(token, QStringLiteral("0"), 50);
    QVERIFY2(feedBefore.problem.isEmpty(), qPrintable(feedBefore.problem));
    const QByteArray checksumBefore = storeChecksum();
    QVERIFY(!checksumBefore.isEmpty());

    // A valid change elsewhere too, so a half-done import would show in the checksum.
    QVERIFY(restoreContent());
    QVERIFY(replaceInFile(m_contentDir + QStringLiteral("/programme.json"),
                          QStringLiteral("Mini Programme in Pain Medicine"),
                          QStringLiteral("A title that must not arrive")));
    const QString path = m_contentDir + u'/' + file;
    QVERIFY(replaceInFile(path, before, after));
    const int expectedLine = lineNeedle.isEmpty() ? 0 : lineContaining(path, lineNeedle);

    const CliRun run = import({QStringLiteral("--demo-users")});
    QVERIFY(restoreContent());
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    const QRegularExpression located(
        QStringLiteral("^%1:(\\d+): (.*)$").arg(QRegularExpression::escape(file)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = located.match(run.err);
    QVERIFY2(match.hasMatch(), qPrintable(run.err));
    QVERIFY2(match.captured(1).toInt() > 0, qPrintable(run.err));
    if (expectedLine > 0) {
        QCOMPARE(match.captured(1).toInt(), expectedLine);
        QVERIFY2(match.captured(2).contains(reason), qPrintable(run.err));
    }
    QVERIFY2(!run.out.contains(QStringLiteral("Imported")), qPrintable(run.out));

    QCOMPARE(storeChecksum(), checksumBefore);
    const Feed feedAfter = walk(token, QStringLiteral("0"), 50);
    QVERIFY2(feedAfter.problem.isEmpty(), qPrintable(feedAfter.problem));
    QVERIFY(feedAfter.changes == feedBefore.changes);
}

void ServerApiTest::reimportOfAChangedCourseAddsANewerChange()
{
    const QString token = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    const Feed before = walk(token, QStringLiteral("0"), 200);
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    const QString cursor = before.cursors.constLast();

    // Importing the same content again changes nothing in the feed.
    const CliRun same = import();
    QVERIFY2(same.exitCode == 0, qPrintable(same.err));
    const Reply nothingNew
        = request("GET", QStringLiteral("/api/v1/catalog?since=") + cursor, {}, token);
    QCOMPARE(nothingNew.status, 200);
    QVERIFY(nothingNew.json.value(QStringLiteral("changes")).toArray().isEmpty());

    const QString newTitle = QStringLiteral("Pharmacological Management of Pain, Revised");
    m_contentEdited = true;
    QVERIFY(editJson(m_contentDir + QStringLiteral("/courses/PAIN-703.json"),
                     [&](QJsonObject &json) { json.insert(QStringLiteral("title"), newTitle); }));
    const CliRun changed = import();
    QVERIFY(restoreContent());
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QVERIFY2(changed.out.contains(QStringLiteral("1 changed")), qPrintable(changed.out));

    const Feed after = walk(token, cursor, 2);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QCOMPARE(after.changes.size(), 1);
    const QJsonObject change = after.changes.constFirst();
    QCOMPARE(change.value(QStringLiteral("id")).toString(), QStringLiteral("PAIN-703"));
    QCOMPARE(opOf(change), QStringLiteral("upsert"));
    QVERIFY(change.value(QStringLiteral("seq")).toInteger() > cursor.toLongLong());
    QCOMPARE(
        change.value(QStringLiteral("data")).toObject().value(QStringLiteral("title")).toString(),
        newTitle);

    // The feed stays compact: from the start, PAIN-703 appears once, in its latest state.
    const Feed whole = walk(token, QStringLiteral("0"), 200);
    const QList<QJsonObject> course703
        = whole.find(QStringLiteral("course"), QStringLiteral("PAIN-703"));
    QCOMPARE(course703.size(), 1);
    QCOMPARE(course703.constFirst(), change);
}

void ServerApiTest::courseBackToDraftDisappearsForLearners()
{
    const QString learnerToken = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    const QString facultyToken = login(QStringLiteral("faculty"), QStringLiteral("faculty-demo"));
    const QString learnerCursor = walk(learnerToken, QStringLiteral("0"), 200).cursors.constLast();
    const QString facultyCursor = walk(facultyToken, QStringLiteral("0"), 200).cursors.constLast();

    m_contentEdited = true;
    QVERIFY(
        editJson(m_contentDir + QStringLiteral("/courses/PAIN-701.json"), [](QJsonObject &json) {
            json.insert(QStringLiteral("status"), QStringLiteral("draft"));
        }));
    const CliRun run = import();
    QVERIFY(restoreContent());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const Feed learner = walk(learnerToken, learnerCursor);
    QVERIFY2(learner.problem.isEmpty(), qPrintable(learner.problem));
    QCOMPARE(learner.changes.size(), 1);
    QCOMPARE(learner.changes.constFirst().value(QStringLiteral("id")).toString(),
             QStringLiteral("PAIN-701"));
    QCOMPARE(opOf(learner.changes.constFirst()), QStringLiteral("delete"));

    const Feed faculty = walk(facultyToken, facultyCursor);
    QVERIFY2(faculty.problem.isEmpty(), qPrintable(faculty.problem));
    QCOMPARE(faculty.changes.size(), 1);
    QCOMPARE(opOf(faculty.changes.constFirst()), QStringLiteral("upsert"));

    // Publishing it again brings it back.
    const CliRun republished = import();
    QVERIFY2(republished.exitCode == 0, qPrintable(republished.err));
    const Feed back = walk(learnerToken, learner.cursors.constLast());
    QCOMPARE(back.changes.size(), 1);
    QCOMPARE(opOf(back.changes.constFirst()), QStringLiteral("upsert"));
}

void ServerApiTest::removedCourseBecomesATombstone()
{
    m_contentEdited = true;
    // Add PAIN-704 to trimester 1, then import the original content without it.
    const QString courses = m_contentDir + QStringLiteral("/courses/");
    QJsonObject course = readJson(courses + QStringLiteral("PAIN-701.json"));
    QVERIFY(!course.isEmpty());
    const QByteArray renamed = QJsonDocument(course).toJson().replace("PAIN-701", "PAIN-704");
    course = QJsonDocument::fromJson(renamed).object();
    course.insert(QStringLiteral("title"), QStringLiteral("A Course That Will Go Away"));
    QVERIFY(writeJson(courses + QStringLiteral("PAIN-704.json"), course));
    // The renamed copy still points at PAIN-701's quiz files, which is allowed.
    QVERIFY(editJson(m_contentDir + QStringLiteral("/programme.json"), [](QJsonObject &json) {
        QJsonArray trimesters = json.value(QStringLiteral("trimesters")).toArray();
        QJsonObject first = trimesters.at(0).toObject();
        QJsonArray entries = first.value(QStringLiteral("courses")).toArray();
        entries.append(QStringLiteral("PAIN-704"));
        first.insert(QStringLiteral("courses"), entries);
        trimesters.replace(0, first);
        json.insert(QStringLiteral("trimesters"), trimesters);
        json.insert(QStringLiteral("total_courses"), 6);
        json.insert(QStringLiteral("total_units"), 3.0);
    }));
    QVERIFY(replaceInFile(m_contentDir + QStringLiteral("/courses/PAIN-704.json"),
                          QStringLiteral("quizzes/PAIN-704/"),
                          QStringLiteral("quizzes/PAIN-701/")));

    const QString token = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    const QString cursor = walk(token, QStringLiteral("0"), 200).cursors.constLast();
    const CliRun added = import();
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Feed withCourse = walk(token, cursor);
    QVERIFY2(withCourse.problem.isEmpty(), qPrintable(withCourse.problem));
    QCOMPARE(opOf(withCourse.latest(QStringLiteral("course"), QStringLiteral("PAIN-704"))),
             QStringLiteral("upsert"));
    QCOMPARE(opOf(withCourse.latest(QStringLiteral("programme"), kProgrammeId)),
             QStringLiteral("upsert"));

    QVERIFY(restoreContent());
    QDir(m_contentDir).remove(QStringLiteral("courses/PAIN-704.json"));
    const CliRun removed = import();
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY2(removed.out.contains(QStringLiteral("1 removed")), qPrintable(removed.out));
    const Feed withoutCourse = walk(token, withCourse.cursors.constLast());
    QVERIFY2(withoutCourse.problem.isEmpty(), qPrintable(withoutCourse.problem));
    const QJsonObject tombstone
        = withoutCourse.latest(QStringLiteral("course"), QStringLiteral("PAIN-704"));
    QCOMPARE(opOf(tombstone), QStringLiteral("delete"));
    QVERIFY(!tombstone.contains(QStringLiteral("data")));

    // A client that never saw the course still gets the tombstone (harmless), never the course.
    const Feed fresh = walk(token, QStringLiteral("0"), 200);
    QCOMPARE(fresh.find(QStringLiteral("course"), QStringLiteral("PAIN-704")).size(), 1);
    QCOMPARE(opOf(fresh.latest(QStringLiteral("course"), QStringLiteral("PAIN-704"))),
             QStringLiteral("delete"));
}

void ServerApiTest::tokenIsStoredOnlyAsItsHash()
{
    const QString token = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    QVERIFY(!token.isEmpty());
    const QByteArray digest
        = QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
    const QString name = QStringLiteral("tokens");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dataDir + QStringLiteral("/lectern.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(
            query.prepare(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = ?")));
        query.addBindValue(digest);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = ? "
                                             "OR CAST(token_hash AS TEXT) = ?")));
        query.addBindValue(token);
        query.addBindValue(token);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // Nor is any password stored as given.
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM users WHERE password_hash "
                                          "NOT LIKE '$argon2id$%'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(name);
}

void ServerApiTest::expiredTokenIsRefused()
{
    const QString token = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(request("GET", QStringLiteral("/api/v1/catalog"), {}, token).status, 200);

    // Age the session past its expiry instead of waiting fourteen days.
    const QString name = QStringLiteral("expire");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dataDir + QStringLiteral("/lectern.sqlite"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout = 10000")));
        QVERIFY(query.prepare(
            QStringLiteral("UPDATE sessions SET expires_at = ? WHERE token_hash = ?")));
        query.addBindValue(QDateTime::currentSecsSinceEpoch() - 1);
        query.addBindValue(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256));
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(name);

    const Reply reply = request("GET", QStringLiteral("/api/v1/catalog"), {}, token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
}

void ServerApiTest::stopsCleanlyOnSigterm()
{
    QVERIFY(m_server.state() == QProcess::Running);
    m_server.terminate(); // SIGTERM
    QVERIFY(m_server.waitForFinished(20000));
    QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server.exitCode(), 0);
    QVERIFY(
        QString::fromUtf8(m_server.readAllStandardOutput()).contains(QStringLiteral("stopped")));
}

QTEST_GUILESS_MAIN(ServerApiTest)
#include "tst_serverapi.moc"
