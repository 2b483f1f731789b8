// The authorization matrix (docs/security.md): every route of lectern-server against every kind
// of caller, then the attacks a curious or malicious client can make by editing its requests:
// other people's ids, path traversal, oversized and deeply nested bodies, SQL metacharacters.
//
// The real server serves the demo programme with its media on a free loopback port; every
// request is written byte for byte on a plain TCP socket, so nothing on the client side
// normalises "..", percent escapes or NUL bytes before the server sees them.
//
// Callers (Role): nobody signed in; an expired token; "other-learner", who chose the other
// option of both electives (PAIN-719, PAIN-721), so the target course PAIN-722 is not theirs;
// "learner", who takes PAIN-722; "other-teacher", who teaches only PAIN-719; "teacher", who
// teaches PAIN-722 and the draft PAIN-702. The extra accounts are written into the server's
// database while it is stopped, as an operator's tooling would.

#include "support/serverprocess.h"
#include "support/testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <optional>

using namespace lectern;

namespace {

enum class Role { Anonymous, Expired, OtherLearner, Learner, OtherFaculty, Faculty };
constexpr Role kRoles[] = {Role::Anonymous, Role::Expired,      Role::OtherLearner,
                           Role::Learner,   Role::OtherFaculty, Role::Faculty};

const char *roleName(Role role)
{
    switch (role) {
    case Role::Anonymous:
        return "anonymous";
    case Role::Expired:
        return "expired token";
    case Role::OtherLearner:
        return "learner of another course";
    case Role::Learner:
        return "learner";
    case Role::OtherFaculty:
        return "faculty of another course";
    case Role::Faculty:
        return "faculty";
    }
    return "?";
}

const QString kCourse = QStringLiteral("PAIN-722"); // the learner's elective, the teacher's course
const QString kLecture = QStringLiteral("PAIN-722-w1-l1");
const QString kOtherElective = QStringLiteral("PAIN-719"); // the other option of the slot
const QString kOtherElectiveLecture = QStringLiteral("PAIN-719-w1-l1"); // the same clip
const QString kDraft = QStringLiteral("PAIN-702"); // a draft the teacher teaches
const QString kDraftLecture = QStringLiteral("PAIN-702-w1-l1");

// One answer as it came off the socket.
struct RawReply
{
    int status = 0; // 0: the server closed the connection or did not answer in time
    QByteArray head;
    QByteArray body;
    QJsonObject json;
    qint64 elapsedMs = 0;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QJsonObject result(qsizetype i) const
    {
        return json.value(QStringLiteral("results")).toArray().at(i).toObject();
    }
    QString describe() const
    {
        return QStringLiteral("HTTP %1 after %2 ms: %3")
            .arg(status)
            .arg(elapsedMs)
            .arg(QString::fromUtf8(body.left(300)));
    }
};

// A request as one row of the matrix sends it.
struct Request
{
    QByteArray method;
    QByteArray target; // sent as is: already percent-encoded where it must be
    QByteArray body;
    QList<QByteArray> headers; // "Name: value" lines besides Host, Authorization and the body's
};

// What a row expects: the status, the error code of a refusal, the push result of the single
// event pushed, and any further check of the body (empty string: fine).
struct Expect
{
    int status = 200;
    QString errorCode;
    QString pushStatus;
    std::function<QString(const RawReply &)> check;
    QString knownBug; // non-empty: the row documents a bug that is not fixed yet
};

struct MatrixRow
{
    QString route; // "METHOD PATTERN" as the server registers it
    QString what;
    Role role = Role::Anonymous;
    std::function<Request()> request;
    Expect expect;
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray pushBody(const QJsonObject &event, const QString &deviceId = QStringLiteral("dev"))
{
    return json(
        {{QStringLiteral("device_id"), deviceId}, {QStringLiteral("events"), QJsonArray{event}}});
}

QJsonObject viewingEvent(const QString &lectureId, qint64 start, qint64 end,
                         const QString &eventId = newId())
{
    return {{QStringLiteral("event_id"), eventId},
            {QStringLiteral("kind"), QStringLiteral("viewing")},
            {QStringLiteral("created_at"), iso(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("lecture_id"), lectureId},
                         {QStringLiteral("intervals"), QJsonArray{QJsonArray{start, end}}},
                         {QStringLiteral("position_ms"), end},
                         {QStringLiteral("position_at"), iso(QDateTime::currentDateTimeUtc())}}}};
}

QJsonObject attemptEvent(const QString &lectureId, const QString &attemptId = newId(),
                         const QJsonArray &responses = {}, const QString &eventId = newId())
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {{QStringLiteral("event_id"), eventId},
            {QStringLiteral("kind"), QStringLiteral("quiz_attempt")},
            {QStringLiteral("created_at"), iso(now)},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("attempt_id"), attemptId},
                         {QStringLiteral("lecture_id"), lectureId},
                         {QStringLiteral("started_at"), iso(now.addSecs(-120))},
                         {QStringLiteral("finished_at"), iso(now.addSecs(-60))},
                         {QStringLiteral("auto_submitted"), false},
                         {QStringLiteral("responses"), responses}}}};
}

// A text in a URL path segment, every byte outside the unreserved set percent-encoded.
QByteArray pathSegment(const QString &text)
{
    return text.toUtf8().toPercentEncoding();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

// Every route the server registers, read from its source: "METHOD PATTERN" for each
// m_server.route(QStringLiteral("PATTERN"), Method::X, …) with a real method, and a problem for
// any route(...) call this cannot read, so a new route cannot slip past the matrix unnoticed.
// Method::AnyKnown rules are the 405 answers for known paths and need no row of their own.
QStringList registeredRoutes(QStringList *problems)
{
    static const QRegularExpression call(
        QStringLiteral(R"(\.route\(\s*([^,]+?)\s*,\s*([^,]+?)\s*,)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression literal(QStringLiteral(R"re(^QStringLiteral\("([^"]+)"\)$)re"));
    static const QRegularExpression method(QStringLiteral(R"(Method::(\w+))"));
    QStringList routes;
    QDirIterator files(testing::sourceDir() + QStringLiteral("/server"),
                       {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append(QStringLiteral("cannot read %1").arg(file.fileName()));
            continue;
        }
        const QString source = QString::fromUtf8(file.readAll());
        static const QRegularExpression anyCall(QStringLiteral(R"(\.route\()"));
        qsizetype calls = 0;
        for (auto it = anyCall.globalMatch(source); it.hasNext(); it.next())
            ++calls;
        qsizetype read = 0;
        for (auto it = call.globalMatch(source); it.hasNext(); it.next())
            ++read;
        if (read != calls) {
            problems->append(QStringLiteral("%1: %2 route(...) calls, %3 of them readable")
                                 .arg(QFileInfo(file).fileName())
                                 .arg(calls)
                                 .arg(read));
        }
        for (auto it = call.globalMatch(source); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QStringList methods;
            for (auto m = method.globalMatch(match.captured(2)); m.hasNext();)
                methods.append(m.next().captured(1));
            if (methods == QStringList{QStringLiteral("AnyKnown")})
                continue;
            const QRegularExpressionMatch path = literal.match(match.captured(1));
            if (methods.isEmpty() || !path.hasMatch()) {
                problems->append(
                    QStringLiteral("%1: cannot read the route call \"%2\"; give it "
                                   "a QStringLiteral path and Method:: values, or "
                                   "teach registeredRoutes() its form")
                        .arg(QFileInfo(file).fileName(), match.captured(0).simplified()));
                continue;
            }
            for (const QString &name : std::as_const(methods))
                routes.append(name.toUpper() + u' ' + path.captured(1));
        }
    }
    routes.removeDuplicates();
    routes.sort();
    return routes;
}

} // namespace

class AuthMatrixTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyRouteHasRowsForEveryRole();
    void routeAnswersEachRole_data();
    void routeAnswersEachRole();
    void malformedAuthorizationIsRefused_data();
    void malformedAuthorizationIsRefused();
    void pullNeverReturnsAnotherUsersProgress();
    void pushCannotTouchAnotherLearnersAttempts();
    void pathTraversalIsRefused_data();
    void pathTraversalIsRefused();
    void oversizedRequestsAreRefused_data();
    void oversizedRequestsAreRefused();
    void deeplyNestedJsonIsRefusedQuickly_data();
    void deeplyNestedJsonIsRefusedQuickly();
    void sqlMetacharactersAreOnlyData_data();
    void sqlMetacharactersAreOnlyData();
    void pushFieldsAreCapped_data();
    void pushFieldsAreCapped();
    // Last: it leaves one user refused until the minute ends.
    void pushesAreRateLimited();

private:
    RawReply send(const Request &request, const QString &token = {},
                  const QList<QByteArray> &extraHeaders = {});
    RawReply send(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                  const QString &token = {})
    {
        return send(Request{method, target, body, {}}, token);
    }
    QString login(const QString &username, const QString &password);
    bool addAccount(QSqlDatabase &db, const QString &username, const QString &role,
                    const QString &copyPasswordOf,
                    const QList<std::pair<QString, QString>> &electives,
                    const QStringList &teaching);
    // The user's whole progress feed, page by page; empty with *problem set on failure.
    QJsonObject pull(const QString &token, const QString &extraQuery, QString *problem);
    QByteArray signature(qint64 expires, const QString &lectureId) const;
    // The server's database still opens, passes its integrity check and has the tables and
    // accounts it had after setup; a problem otherwise.
    QString databaseProblem();
    bool serverAnswers();
    QList<MatrixRow> matrixRows();

    QTemporaryDir m_content;
    testing::ServerProcess m_server;
    QHash<Role, QString> m_tokens;
    QString m_signedBase; // /media/EXPIRES/SIGNATURE/PAIN-722-w1-l1/ as the learner got it
    qint64 m_signedExpires = 0;
    QByteArray m_mediaSecret;
    QStringList m_tables;
    int m_accounts = 0;
    QList<MatrixRow> m_rows;
};

void AuthMatrixTest::initTestCase()
{
    QVERIFY(m_content.isValid());
    QVERIFY2(QFileInfo::exists(testing::demoMediaDir() + QStringLiteral("/lectures.json")),
             "the demo media is missing: run scripts/make-demo-media.sh (scripts/test.sh does)");
    QVERIFY(copyTree(testing::demoProgrammeDir(), m_content.path()));
    {
        // A draft course, so "hidden from learners" is part of the matrix.
        QFile course(m_content.filePath(QStringLiteral("courses/%1.json").arg(kDraft)));
        QVERIFY(course.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(course.readAll()).object();
        course.close();
        json.insert(QStringLiteral("status"), QStringLiteral("draft"));
        QVERIFY(course.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(course.write(QJsonDocument(json).toJson()) > 0);
    }
    QString output;
    QVERIFY2(m_server.importProgramme(m_content.path(), &output, testing::demoMediaDir()),
             qPrintable(output));
    // The tests below push far more than a client would; pushesAreRateLimited() restarts the
    // server with the default limit.
    m_server.setServeArguments({QStringLiteral("--push-limit"), QStringLiteral("0")});

    const QString databasePath = m_server.dataDir() + QStringLiteral("/lectern.sqlite");
    const QString connection = QStringLiteral("authmatrix-setup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        QVERIFY(db.open());
        using Pairs = QList<std::pair<QString, QString>>;
        QVERIFY(addAccount(db, QStringLiteral("other-learner"), QStringLiteral("learner"),
                           QStringLiteral("learner"),
                           Pairs{{QStringLiteral("elective-1"), QStringLiteral("PAIN-719")},
                                 {QStringLiteral("elective-2"), QStringLiteral("PAIN-721")}},
                           {}));
        QVERIFY(addAccount(db, QStringLiteral("teacher"), QStringLiteral("faculty"),
                           QStringLiteral("faculty"), {}, {kCourse, kDraft}));
        QVERIFY(addAccount(db, QStringLiteral("other-teacher"), QStringLiteral("faculty"),
                           QStringLiteral("faculty"), {}, {QStringLiteral("PAIN-719")}));
    }
    QSqlDatabase::removeDatabase(connection);

    QVERIFY(m_server.start());
    m_tokens.insert(Role::OtherLearner,
                    login(QStringLiteral("other-learner"), QStringLiteral("learner-demo")));
    m_tokens.insert(Role::Learner,
                    login(QStringLiteral("learner"), QStringLiteral("learner-demo")));
    m_tokens.insert(Role::OtherFaculty,
                    login(QStringLiteral("other-teacher"), QStringLiteral("faculty-demo")));
    m_tokens.insert(Role::Faculty,
                    login(QStringLiteral("teacher"), QStringLiteral("faculty-demo")));
    const QString expiring = login(QStringLiteral("learner"), QStringLiteral("learner-demo"));
    for (const QString &token :
         {m_tokens.value(Role::OtherLearner), m_tokens.value(Role::Learner),
          m_tokens.value(Role::OtherFaculty), m_tokens.value(Role::Faculty), expiring}) {
        QVERIFY(!token.isEmpty());
    }

    // Age one session past its expiry, with the server stopped, instead of waiting 14 days.
    QCOMPARE(m_server.stop(), 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.prepare(
            QStringLiteral("UPDATE sessions SET expires_at = ? WHERE token_hash = ?")));
        query.addBindValue(QDateTime::currentSecsSinceEpoch() - 1);
        query.addBindValue(
            QCryptographicHash::hash(expiring.toLatin1(), QCryptographicHash::Sha256));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 1);
        m_tables = db.tables();
        m_tables.sort();
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM users")) && query.next());
        m_accounts = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(connection);
    m_tokens.insert(Role::Expired, expiring);
    QVERIFY(m_server.start());

    QFile secret(m_server.dataDir() + QStringLiteral("/media-secret"));
    QVERIFY2(secret.open(QIODevice::ReadOnly), "the server keeps its media secret there");
    m_mediaSecret = secret.readAll().trimmed();

    const RawReply media = send("GET", "/api/v1/lectures/" + kLecture.toUtf8() + "/media", {},
                                m_tokens.value(Role::Learner));
    QVERIFY2(media.status == 200, qPrintable(media.describe()));
    m_signedBase = media.json.value(QStringLiteral("base_url")).toString();
    m_signedExpires = m_signedBase.section(u'/', 2, 2).toLongLong();
    QVERIFY2(m_signedExpires > QDateTime::currentSecsSinceEpoch(), qPrintable(m_signedBase));
    QCOMPARE(m_signedBase.section(u'/', 3, 3).toLatin1(), signature(m_signedExpires, kLecture));

    m_rows = matrixRows();
}

bool AuthMatrixTest::addAccount(QSqlDatabase &db, const QString &username, const QString &role,
                                const QString &copyPasswordOf,
                                const QList<std::pair<QString, QString>> &electives,
                                const QStringList &teaching)
{
    QSqlQuery query(db);
    const auto run = [&query](const QString &sql, const QVariantList &values) {
        if (!query.prepare(sql))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    };
    // The demo account's argon2id hash: the same password, made by the server itself.
    if (!run(QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, "
                            "created_at) SELECT ?, ?, ?, password_hash, created_at FROM users "
                            "WHERE username = ?"),
             {username, username, role, copyPasswordOf})
        || query.numRowsAffected() != 1) {
        return false;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!run(QStringLiteral("INSERT INTO enrolments (user_id, programme_id, role) "
                            "SELECT ?, id, ? FROM programmes"),
             {id, role})
        || query.numRowsAffected() != 1) {
        return false;
    }
    for (const auto &[slot, course] : electives) {
        if (!run(QStringLiteral("INSERT INTO elective_choices (user_id, slot_id, course_code) "
                                "VALUES (?, ?, ?)"),
                 {id, slot, course})) {
            return false;
        }
    }
    for (const QString &course : teaching) {
        if (!run(QStringLiteral("INSERT INTO teaching (user_id, course_code) VALUES (?, ?)"),
                 {id, course})) {
            return false;
        }
    }
    return true;
}

RawReply AuthMatrixTest::send(const Request &request, const QString &token,
                              const QList<QByteArray> &extraHeaders)
{
    RawReply reply;
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server.url().port()));
    if (!socket.waitForConnected(10000))
        return reply;
    QByteArray head = request.method + ' ' + request.target + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    for (const QByteArray &header : extraHeaders)
        head += header + "\r\n";
    if (!request.body.isEmpty() || request.method == "POST") {
        head += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(request.body.size()) + "\r\n";
    }
    socket.write(head + "\r\n");
    socket.write(request.body);
    QByteArray received;
    // Takes the answer apart; true once it is whole (HEAD answers announce the length of a
    // body they do not send).
    const auto parse = [&received, &reply, &request] {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        reply.head = received.left(end);
        reply.status = reply.head.left(reply.head.indexOf('\r')).split(' ').value(1).toInt();
        reply.body = received.mid(end + 4);
        bool known = false;
        const qsizetype length = reply.header("Content-Length").toLongLong(&known);
        return request.method == "HEAD" || !known || reply.body.size() >= length;
    };
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 60000 && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(100);
        else
            socket.waitForReadyRead(100);
        received += socket.readAll();
        if (parse())
            break;
    }
    // A server that closed the connection may still have left an answer in the buffer.
    received += socket.readAll();
    parse();
    reply.json = QJsonDocument::fromJson(reply.body).object();
    reply.elapsedMs = timer.elapsed();
    return reply;
}

QString AuthMatrixTest::login(const QString &username, const QString &password)
{
    const RawReply reply = send(
        "POST", "/api/v1/auth/login",
        json({{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}));
    return reply.status == 200 ? reply.json.value(QStringLiteral("token")).toString() : QString();
}

QJsonObject AuthMatrixTest::pull(const QString &token, const QString &extraQuery, QString *problem)
{
    QJsonArray viewing;
    QJsonArray attempts;
    QString cursor = QStringLiteral("0");
    for (int page = 0; page < 100; ++page) {
        const RawReply reply = send(
            "GET",
            QStringLiteral("/api/v1/progress?since=%1&limit=50%2").arg(cursor, extraQuery).toUtf8(),
            {}, token);
        if (reply.status != 200) {
            *problem = reply.describe();
            return {};
        }
        for (const QJsonValue &v : reply.json.value(QStringLiteral("viewing")).toArray())
            viewing.append(v);
        for (const QJsonValue &a : reply.json.value(QStringLiteral("attempts")).toArray())
            attempts.append(a);
        cursor = reply.json.value(QStringLiteral("cursor")).toString();
        if (!reply.json.value(QStringLiteral("has_more")).toBool())
            return {{QStringLiteral("viewing"), viewing}, {QStringLiteral("attempts"), attempts}};
    }
    *problem = QStringLiteral("the progress feed never ended");
    return {};
}

QByteArray AuthMatrixTest::signature(qint64 expires, const QString &lectureId) const
{
    // docs/media.md: base64url(MD5("EXPIRES/LECTURE_ID SECRET")), what nginx's secure_link checks.
    return QCryptographicHash::hash(QByteArray::number(expires) + '/' + lectureId.toUtf8() + ' '
                                        + m_mediaSecret,
                                    QCryptographicHash::Md5)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString AuthMatrixTest::databaseProblem()
{
    const QString connection = QStringLiteral("authmatrix-check");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_server.dataDir() + QStringLiteral("/lectern.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        QSqlQuery query(db);
        QStringList tables = db.open() ? db.tables() : QStringList();
        tables.sort();
        if (!db.isOpen())
            problem = QStringLiteral("the database does not open: ") + db.lastError().text();
        else if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
                 || query.value(0).toString() != u"ok")
            problem = QStringLiteral("integrity_check: ") + query.value(0).toString();
        else if (tables != m_tables)
            problem = QStringLiteral("the tables changed: ") + tables.join(u' ');
        else if (!query.exec(QStringLiteral("SELECT count(*) FROM users")) || !query.next()
                 || query.value(0).toInt() != m_accounts)
            problem = QStringLiteral("the accounts changed: %1").arg(query.value(0).toInt());
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

bool AuthMatrixTest::serverAnswers()
{
    const RawReply health = send("GET", "/healthz");
    return health.status == 200 && health.json.value(QStringLiteral("status")).toString() == u"ok";
}

// The matrix itself: one row per route variant and role.
QList<MatrixRow> AuthMatrixTest::matrixRows()
{
    QList<MatrixRow> rows;
    // One expectation per role, in the order of kRoles.
    const auto add
        = [&rows](const QString &route, const QString &what,
                  const std::function<Request()> &request, const QList<Expect> &expectations) {
              Q_ASSERT(expectations.size() == qsizetype(std::size(kRoles)));
              for (qsizetype i = 0; i < expectations.size(); ++i)
                  rows.append({route, what, kRoles[i], request, expectations.at(i)});
          };
    const Expect signIn{401, QStringLiteral("unauthorized"), {}, {}, {}};
    const Expect notFound{404, QStringLiteral("not_found"), {}, {}, {}};
    const auto ok = [](std::function<QString(const RawReply &)> check = {}) {
        return Expect{200, {}, {}, std::move(check), {}};
    };
    const auto pushed = [](const QString &status, const QString &knownBug = {}) {
        return Expect{200, {}, status, {}, knownBug};
    };
    const auto get = [](const QByteArray &target) {
        return [target] {
            return Request{"GET", target, {}, {}};
        };
    };

    add(QStringLiteral("GET /healthz"), QStringLiteral("health"), get("/healthz"),
        QList<Expect>(6, ok()));

    // Metrics: for this machine (or a scraper with the metrics token, which no user token is),
    // never through the proxy; and no user's names, ids or tokens in them.
    const auto anonymousMetrics = [this](const RawReply &r) -> QString {
        for (const QString &token : std::as_const(m_tokens)) {
            if (r.body.contains(token.toLatin1()))
                return QStringLiteral("a bearer token is in the metrics");
        }
        for (const QByteArray &secret : {QByteArrayLiteral("learner"), QByteArrayLiteral("teacher"),
                                         QByteArrayLiteral("PAIN-7")}) {
            if (r.body.contains(secret))
                return QStringLiteral("the metrics name ") + QString::fromLatin1(secret);
        }
        return {};
    };
    add(QStringLiteral("GET /metrics"), QStringLiteral("from this machine"), get("/metrics"),
        QList<Expect>(6, ok(anonymousMetrics)));
    add(
        QStringLiteral("GET /metrics"), QStringLiteral("through the proxy"),
        [] {
            return Request{"GET", "/metrics", {}, {"X-Forwarded-For: 203.0.113.7"}};
        },
        QList<Expect>(6, Expect{403, QStringLiteral("forbidden"), {}, {}, {}}));

    const auto loginAs = [](const QString &password) {
        return [password] {
            return Request{"POST",
                           "/api/v1/auth/login",
                           json({{QStringLiteral("username"), QStringLiteral("learner")},
                                 {QStringLiteral("password"), password}}),
                           {}};
        };
    };
    // A token in the header neither helps nor hurts a login: only the password counts.
    add(QStringLiteral("POST /api/v1/auth/login"), QStringLiteral("right password"),
        loginAs(QStringLiteral("learner-demo")),
        QList<Expect>(6, ok([](const RawReply &r) {
                          return r.json.value(QStringLiteral("user"))
                                      .toObject()
                                      .value(QStringLiteral("username"))
                                      .toString()
                                  == u"learner"
                              ? QString()
                              : QStringLiteral("not logged in as learner");
                      })));
    add(QStringLiteral("POST /api/v1/auth/login"), QStringLiteral("wrong password"),
        loginAs(QStringLiteral("learner-demo ")),
        QList<Expect>(6, Expect{401, QStringLiteral("invalid_credentials"), {}, {}, {}}));

    // The catalog: only the caller's own enrolment; the draft only for the faculty teaching it.
    const auto catalogShows = [](const QString &username, bool draftVisible) {
        return [username, draftVisible](const RawReply &r) -> QString {
            bool draftUpserted = false;
            for (const QJsonValue &value : r.json.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject change = value.toObject();
                const QString kind = change.value(QStringLiteral("kind")).toString();
                const QString id = change.value(QStringLiteral("id")).toString();
                if (kind == u"enrolment" && id != username)
                    return QStringLiteral("saw the enrolment of ") + id;
                if (kind == u"course" && id == kDraft)
                    draftUpserted = change.value(QStringLiteral("op")).toString() == u"upsert";
            }
            return draftUpserted == draftVisible
                ? QString()
                : QStringLiteral("draft shown: %1").arg(draftUpserted);
        };
    };
    add(QStringLiteral("GET /api/v1/catalog"), QStringLiteral("whole catalog"),
        get("/api/v1/catalog?since=0&limit=200"),
        {signIn, signIn, ok(catalogShows(QStringLiteral("other-learner"), false)),
         ok(catalogShows(QStringLiteral("learner"), false)),
         ok(catalogShows(QStringLiteral("other-teacher"), false)),
         ok(catalogShows(QStringLiteral("teacher"), true))});

    // Quizzes: the plain key only for the course's own faculty.
    const auto quizzes = [](bool preview) {
        return [preview](const RawReply &r) -> QString {
            if (r.json.value(QStringLiteral("preview")).toBool() != preview)
                return QStringLiteral("preview is not %1").arg(preview);
            if (r.json.value(QStringLiteral("quizzes")).toArray().isEmpty())
                return QStringLiteral("no quizzes");
            if (!preview && r.body.contains("\"true_false_answer\""))
                return QStringLiteral("a plain true/false key reached a non-teacher");
            return {};
        };
    };
    const QString quizRoute = QStringLiteral("GET /api/v1/courses/<arg>/quizzes");
    // The elective a learner did not choose is listed in their catalog but is not theirs:
    // its material answers like a course that does not exist (CatalogFeed::takesCourse).
    add(quizRoute, QStringLiteral("enrolled course"),
        get("/api/v1/courses/" + kCourse.toUtf8() + "/quizzes"),
        {signIn, signIn, notFound, ok(quizzes(false)), ok(quizzes(false)), ok(quizzes(true))});
    add(quizRoute, QStringLiteral("the other option of the elective"),
        get("/api/v1/courses/" + kOtherElective.toUtf8() + "/quizzes"),
        {signIn, signIn, ok(quizzes(false)), notFound, ok(quizzes(true)), ok(quizzes(false))});
    add(quizRoute, QStringLiteral("draft course"),
        get("/api/v1/courses/" + kDraft.toUtf8() + "/quizzes"),
        {signIn, signIn, notFound, notFound, notFound, ok(quizzes(true))});
    add(quizRoute, QStringLiteral("unknown course"), get("/api/v1/courses/PAIN-999/quizzes"),
        {signIn, signIn, notFound, notFound, notFound, notFound});

    // Push: each row sends one event with a new id.
    const QString pushRoute = QStringLiteral("POST /api/v1/sync/push");
    const auto pushOf = [](const std::function<QJsonObject()> &event) {
        return [event] {
            return Request{"POST", "/api/v1/sync/push", pushBody(event()), {}};
        };
    };
    const QString applied = QStringLiteral("applied");
    const QString rejected = QStringLiteral("rejected");
    // Faculty record nothing, viewing included: preview is not progress (DESIGN.md).
    add(pushRoute, QStringLiteral("viewing, enrolled course"),
        pushOf([] { return viewingEvent(kLecture, 0, 4000); }),
        {signIn, signIn, pushed(rejected), pushed(applied), pushed(rejected), pushed(rejected)});
    add(pushRoute, QStringLiteral("viewing, the other option of the elective"),
        pushOf([] { return viewingEvent(kOtherElectiveLecture, 0, 4000); }),
        {signIn, signIn, pushed(applied), pushed(rejected), pushed(rejected), pushed(rejected)});
    add(pushRoute, QStringLiteral("attempt, enrolled course"),
        pushOf([] { return attemptEvent(kLecture); }),
        {signIn, signIn, pushed(rejected), pushed(applied), pushed(rejected), pushed(rejected)});
    add(pushRoute, QStringLiteral("viewing, draft course"),
        pushOf([] { return viewingEvent(kDraftLecture, 0, 4000); }),
        {signIn, signIn, pushed(rejected), pushed(rejected), pushed(rejected), pushed(rejected)});
    add(pushRoute, QStringLiteral("attempt, draft course"),
        pushOf([] { return attemptEvent(kDraftLecture); }),
        {signIn, signIn, pushed(rejected), pushed(rejected), pushed(rejected), pushed(rejected)});

    const auto hasFeed = [](const RawReply &r) {
        return r.json.value(QStringLiteral("viewing")).isArray()
                && r.json.value(QStringLiteral("attempts")).isArray()
            ? QString()
            : QStringLiteral("not a progress page");
    };
    add(QStringLiteral("GET /api/v1/progress"), QStringLiteral("own progress"),
        get("/api/v1/progress?since=0"),
        {signIn, signIn, ok(hasFeed), ok(hasFeed), ok(hasFeed), ok(hasFeed)});

    const QString mediaRoute = QStringLiteral("GET /api/v1/lectures/<arg>/media");
    const auto signedFor = [](const QString &lectureId) {
        return [lectureId](const RawReply &r) {
            return r.json.value(QStringLiteral("base_url"))
                       .toString()
                       .endsWith(u'/' + lectureId + u'/')
                ? QString()
                : QStringLiteral("not signed for ") + lectureId;
        };
    };
    add(mediaRoute, QStringLiteral("enrolled course"),
        get("/api/v1/lectures/" + kLecture.toUtf8() + "/media"),
        {signIn, signIn, notFound, ok(signedFor(kLecture)), ok(signedFor(kLecture)),
         ok(signedFor(kLecture))});
    add(mediaRoute, QStringLiteral("the other option of the elective"),
        get("/api/v1/lectures/" + kOtherElectiveLecture.toUtf8() + "/media"),
        {signIn, signIn, ok(signedFor(kOtherElectiveLecture)), notFound,
         ok(signedFor(kOtherElectiveLecture)), ok(signedFor(kOtherElectiveLecture))});
    add(mediaRoute, QStringLiteral("draft course"),
        get("/api/v1/lectures/" + kDraftLecture.toUtf8() + "/media"),
        {signIn, signIn, notFound, notFound, notFound, ok(signedFor(kDraftLecture))});

    // Media files: the signature in the path is the permission; a token changes nothing.
    const QByteArray base = m_signedBase.toUtf8();
    const QByteArray otherLecture = "/media/" + QByteArray::number(m_signedExpires) + '/'
        + signature(m_signedExpires, kLecture) + '/' + kOtherElectiveLecture.toUtf8() + '/';
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 60;
    const QByteArray expired = "/media/" + QByteArray::number(past) + '/'
        + signature(past, kLecture) + '/' + kLecture.toUtf8() + '/';
    const QByteArray stretched = "/media/" + QByteArray::number(m_signedExpires + 86400) + '/'
        + signature(m_signedExpires, kLecture) + '/' + kLecture.toUtf8() + '/';
    const Expect forbidden{403, QStringLiteral("forbidden"), {}, {}, {}};
    const Expect served{200, {}, {}, {}, {}};
    for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("HEAD")}) {
        const QString route = QString::fromLatin1(method) + QStringLiteral(" /media/<arg>");
        const auto file = [method](const QByteArray &target) {
            return [method, target] {
                return Request{method, target + "poster.jpg", {}, {}};
            };
        };
        // HEAD answers carry no body, so no error code to compare.
        const Expect refused = method == "HEAD" ? Expect{403, {}, {}, {}, {}} : forbidden;
        add(route, QStringLiteral("signed URL"), file(base), QList<Expect>(6, served));
        add(route, QStringLiteral("signature of another lecture"), file(otherLecture),
            QList<Expect>(6, refused));
        add(route, QStringLiteral("expired signature"), file(expired), QList<Expect>(6, refused));
        add(route, QStringLiteral("expiry moved later"), file(stretched),
            QList<Expect>(6, refused));
    }

    // The roster: a course's learners and their progress, only for the faculty who teach
    // it; 403 for everyone else signed in, whether or not the course exists. It lists only
    // the learners who take the course: not the one who chose the other elective.
    const QString rosterRoute = QStringLiteral("GET /api/v1/courses/<arg>/roster");
    const Expect refusedRoster{403, QStringLiteral("forbidden"), {}, {}, {}};
    const auto rosterOf = [](const QString &course, const QStringList &listed,
                             const QStringList &unlisted) {
        return [course, listed, unlisted](const RawReply &r) -> QString {
            if (r.json.value(QStringLiteral("course")).toString() != course)
                return QStringLiteral("not the roster of ") + course;
            QStringList names;
            for (const QJsonValue &learner : r.json.value(QStringLiteral("learners")).toArray())
                names.append(learner.toObject().value(QStringLiteral("username")).toString());
            for (const QString &name : listed) {
                if (!names.contains(name))
                    return name + QStringLiteral(" is missing from ") + names.join(u',');
            }
            for (const QString &name : unlisted) {
                if (names.contains(name))
                    return name + QStringLiteral(" is listed but does not take ") + course;
            }
            return {};
        };
    };
    const QString learnerName = QStringLiteral("learner");
    const QString otherLearnerName = QStringLiteral("other-learner");
    add(rosterRoute, QStringLiteral("taught course"),
        get("/api/v1/courses/" + kCourse.toUtf8() + "/roster"),
        {signIn, signIn, refusedRoster, refusedRoster, refusedRoster,
         ok(rosterOf(kCourse, {learnerName}, {otherLearnerName, QStringLiteral("teacher")}))});
    add(rosterRoute, QStringLiteral("the other option of the elective"),
        get("/api/v1/courses/" + kOtherElective.toUtf8() + "/roster"),
        {signIn, signIn, refusedRoster, refusedRoster,
         ok(rosterOf(kOtherElective, {otherLearnerName}, {learnerName})), refusedRoster});
    add(rosterRoute, QStringLiteral("draft course"),
        get("/api/v1/courses/" + kDraft.toUtf8() + "/roster"),
        {signIn, signIn, refusedRoster, refusedRoster, refusedRoster,
         ok(rosterOf(kDraft, {learnerName, otherLearnerName}, {}))});
    add(rosterRoute, QStringLiteral("unknown course"), get("/api/v1/courses/PAIN-999/roster"),
        {signIn, signIn, refusedRoster, refusedRoster, refusedRoster, refusedRoster});
    add(rosterRoute, QStringLiteral("a course code with SQL in it"),
        get("/api/v1/courses/PAIN-722'%20OR%20'1'='1/roster"),
        {signIn, signIn, refusedRoster, refusedRoster, refusedRoster, refusedRoster});
    return rows;
}

// A route added to the server without rows here fails this test, and so does a row for a
// route that is gone.
void AuthMatrixTest::everyRouteHasRowsForEveryRole()
{
    QStringList problems;
    const QStringList registered = registeredRoutes(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(registered.size() >= 9, qPrintable(registered.join(u'\n')));

    QHash<QString, QSet<Role>> covered;
    for (const MatrixRow &row : std::as_const(m_rows))
        covered[row.route].insert(row.role);
    for (const QString &route : registered) {
        QVERIFY2(covered.contains(route),
                 qPrintable(
                     QStringLiteral("no matrix rows for %1: add them to matrixRows()").arg(route)));
        QCOMPARE(covered.value(route).size(), qsizetype(std::size(kRoles)));
    }
    for (auto it = covered.cbegin(); it != covered.cend(); ++it) {
        if (it.key().startsWith(u"PLANNED ")) {
            QVERIFY2(!registered.contains(it.key().mid(8)),
                     qPrintable(QStringLiteral("%1 exists now: give it real rows").arg(it.key())));
            continue;
        }
        QVERIFY2(registered.contains(it.key()),
                 qPrintable(QStringLiteral("the server has no route %1").arg(it.key())));
    }
}

void AuthMatrixTest::routeAnswersEachRole_data()
{
    QTest::addColumn<int>("row");
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const MatrixRow &row = m_rows.at(i);
        QTest::addRow("%s, %s: %s", qPrintable(row.route), qPrintable(row.what), roleName(row.role))
            << int(i);
    }
}

// Each route asked by each kind of caller: allowed or refused, with the exact status.
void AuthMatrixTest::routeAnswersEachRole()
{
    QFETCH(int, row);
    const MatrixRow &matrix = m_rows.at(row);
    const Expect &expect = matrix.expect;
    const Request request = matrix.request();
    const RawReply reply = send(request, m_tokens.value(matrix.role), request.headers);
    if (!expect.pushStatus.isEmpty()) {
        // The push itself is accepted; the one event's result says whether it applied.
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        if (!expect.knownBug.isEmpty())
            QEXPECT_FAIL("", qPrintable(expect.knownBug), Abort);
        QCOMPARE(reply.result(0).value(QStringLiteral("status")).toString(), expect.pushStatus);
        return;
    }
    if (!expect.knownBug.isEmpty())
        QEXPECT_FAIL("", qPrintable(expect.knownBug), Abort);
    QVERIFY2(reply.status == expect.status, qPrintable(reply.describe()));
    if (!expect.errorCode.isEmpty())
        QCOMPARE(reply.errorCode(), expect.errorCode);
    if (expect.errorCode == u"unauthorized")
        QCOMPARE(reply.header("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    if (expect.check) {
        const QString problem = expect.check(reply);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void AuthMatrixTest::malformedAuthorizationIsRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("basic with the right password")
        << QByteArray("Basic bGVhcm5lcjpsZWFybmVyLWRlbW8=") << 401;
    QTest::newRow("bearer without a token") << QByteArray("Bearer") << 401;
    QTest::newRow("bearer, token cut short") << QByteArray("Bearer TOKEN-1") << 401;
    QTest::newRow("bearer, token with one more character") << QByteArray("Bearer TOKENx") << 401;
    QTest::newRow("bearer, SQL after the token") << QByteArray("Bearer TOKEN' OR '1'='1") << 401;
    QTest::newRow("bearer, the token's stored hash")
        << QByteArray("Bearer HASH") << 401; // what a stolen copy of the database holds
    QTest::newRow("bearer, 8 KiB of junk") << "Bearer " + QByteArray(8192, 'A') << 401;
    QTest::newRow("lower-case scheme, real token") << QByteArray("bearer TOKEN") << 200;
}

// Bad input: Authorization headers that are not a valid bearer token, including a token
// altered by one character and the SHA-256 the server stores instead of the token.
void AuthMatrixTest::malformedAuthorizationIsRefused()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    const QByteArray token = m_tokens.value(Role::Learner).toLatin1();
    const QByteArray hash
        = QCryptographicHash::hash(token, QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    authorization.replace("TOKEN-1", token.chopped(1))
        .replace("TOKEN", token)
        .replace("HASH", hash);
    const RawReply reply
        = send(Request{"GET", "/api/v1/progress", {}, {}}, {}, {"Authorization: " + authorization});
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (status == 401)
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
}

// Changing ids in a pull: the progress route has no user parameter, and extra query items
// naming another user change nothing. Each learner sees their own viewing and attempts only,
// even on a lecture both of them watched.
void AuthMatrixTest::pullNeverReturnsAnotherUsersProgress()
{
    const QString shared = QStringLiteral("PAIN-704-w2-l2");
    const QString learnerAttempt = newId();
    const QString otherAttempt = newId();
    RawReply reply = send(
        "POST", "/api/v1/sync/push",
        json({{QStringLiteral("events"),
               QJsonArray{viewingEvent(shared, 0, 3000), attemptEvent(shared, learnerAttempt)}}}),
        m_tokens.value(Role::Learner));
    QVERIFY2(reply.status == 200
                 && reply.result(1).value(QStringLiteral("status")).toString() == u"applied",
             qPrintable(reply.describe()));
    reply = send("POST", "/api/v1/sync/push",
                 json({{QStringLiteral("events"),
                        QJsonArray{viewingEvent(shared, 5000, 9000),
                                   viewingEvent(QStringLiteral("PAIN-719-w2-l1"), 0, 2000),
                                   attemptEvent(shared, otherAttempt)}}}),
                 m_tokens.value(Role::OtherLearner));
    QVERIFY2(reply.status == 200
                 && reply.result(2).value(QStringLiteral("status")).toString() == u"applied",
             qPrintable(reply.describe()));

    const auto attemptIds = [](const QJsonObject &feed) {
        QStringList ids;
        for (const QJsonValue &a : feed.value(QStringLiteral("attempts")).toArray())
            ids.append(a.toObject().value(QStringLiteral("attempt_id")).toString());
        return ids;
    };
    const auto viewingOf = [](const QJsonObject &feed, const QString &lectureId) {
        QJsonArray intervals;
        for (const QJsonValue &v : feed.value(QStringLiteral("viewing")).toArray()) {
            if (v.toObject().value(QStringLiteral("lecture_id")).toString() == lectureId)
                intervals = v.toObject().value(QStringLiteral("intervals")).toArray();
        }
        return intervals;
    };
    // Query items an edited client might add to read someone else's feed.
    for (const QString &extra :
         {QString(), QStringLiteral("&user=other-learner"), QStringLiteral("&user_id=1&user_id=2"),
          QStringLiteral("&username=other-learner&as=teacher")}) {
        QString problem;
        const QJsonObject mine = pull(m_tokens.value(Role::Learner), extra, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(attemptIds(mine).contains(learnerAttempt));
        QVERIFY2(!attemptIds(mine).contains(otherAttempt), qPrintable(extra));
        QCOMPARE(viewingOf(mine, shared), (QJsonArray{QJsonArray{0, 3000}}));
        QVERIFY(viewingOf(mine, QStringLiteral("PAIN-719-w2-l1")).isEmpty());

        const QJsonObject theirs = pull(m_tokens.value(Role::OtherLearner), extra, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(attemptIds(theirs).contains(otherAttempt));
        QVERIFY(!attemptIds(theirs).contains(learnerAttempt));
        QCOMPARE(viewingOf(theirs, shared), (QJsonArray{QJsonArray{5000, 9000}}));

        // The teacher of neither learner's attempts sees none of them.
        const QJsonObject teacher = pull(m_tokens.value(Role::OtherFaculty), extra, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!attemptIds(teacher).contains(learnerAttempt));
        QVERIFY(!attemptIds(teacher).contains(otherAttempt));
        QVERIFY(viewingOf(teacher, shared).isEmpty());
    }
}

// Changing ids in a push: a learner sending another learner's attempt id (for the same or
// another lecture) or event id is refused, and the other learner's attempt stays as it was.
void AuthMatrixTest::pushCannotTouchAnotherLearnersAttempts()
{
    const QString lecture = QStringLiteral("PAIN-704-w2-l1");
    const QString attemptId = newId();
    const QString eventId = newId();
    RawReply reply
        = send("POST", "/api/v1/sync/push", pushBody(attemptEvent(lecture, attemptId, {}, eventId)),
               m_tokens.value(Role::OtherLearner));
    QVERIFY2(reply.status == 200
                 && reply.result(0).value(QStringLiteral("status")).toString() == u"applied",
             qPrintable(reply.describe()));
    const QJsonObject before = reply.result(0).value(QStringLiteral("attempt")).toObject();
    QCOMPARE(before.value(QStringLiteral("attempt_id")).toString(), attemptId);

    const QJsonArray answers{
        QJsonObject{{QStringLiteral("question"), 0}, {QStringLiteral("choices"), QJsonArray{0}}}};
    const QList<std::pair<const char *, QJsonObject>> attacks{
        {"same attempt id, same lecture", attemptEvent(lecture, attemptId, answers)},
        {"same attempt id, another lecture",
         attemptEvent(QStringLiteral("PAIN-704-w1-l1"), attemptId, answers)},
        {"same event id", attemptEvent(lecture, newId(), answers, eventId)},
        {"same event id, as viewing", viewingEvent(lecture, 0, 1000, eventId)},
    };
    for (const auto &[what, event] : attacks) {
        reply = send("POST", "/api/v1/sync/push", pushBody(event), m_tokens.value(Role::Learner));
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        QVERIFY2(reply.result(0).value(QStringLiteral("status")).toString() == u"rejected",
                 qPrintable(QString::fromLatin1(what) + QStringLiteral(": ") + reply.describe()));
        QVERIFY2(reply.result(0)
                     .value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("another user")),
                 what);
        QVERIFY2(!reply.result(0).contains(QStringLiteral("attempt")), what);
    }

    QString problem;
    const QJsonObject theirs = pull(m_tokens.value(Role::OtherLearner), {}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QJsonObject after;
    for (const QJsonValue &a : theirs.value(QStringLiteral("attempts")).toArray()) {
        if (a.toObject().value(QStringLiteral("attempt_id")).toString() == attemptId)
            after = a.toObject();
    }
    after.remove(QStringLiteral("seq"));
    QCOMPARE(after, before);
    const QJsonObject mine = pull(m_tokens.value(Role::Learner), {}, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QJsonDocument(mine).toJson().contains(attemptId.toUtf8()));
}

void AuthMatrixTest::pathTraversalIsRefused_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QList<int>>("statuses");
    const QList<int> missing{404};
    const QList<int> refused{403, 404};
    // Path parameters of the token routes: a course code and a lecture id.
    QTest::newRow("course: ../ to another route")
        << QByteArray("/api/v1/courses/../catalog/quizzes") << missing;
    QTest::newRow("course: ../ to the draft")
        << QByteArray("/api/v1/courses/../courses/PAIN-702/quizzes") << missing;
    QTest::newRow("course: %2e%2e") << QByteArray("/api/v1/courses/%2e%2e/quizzes") << missing;
    QTest::newRow("course: encoded slash to the draft")
        << QByteArray("/api/v1/courses/PAIN-722%2F..%2FPAIN-702/quizzes") << missing;
    QTest::newRow("course: NUL") << QByteArray("/api/v1/courses/PAIN-722%00/quizzes") << missing;
    QTest::newRow("course: NUL before the draft")
        << QByteArray("/api/v1/courses/PAIN-702%00PAIN-722/quizzes") << missing;
    QTest::newRow("lecture: ../") << QByteArray("/api/v1/lectures/../lectures/PAIN-702-w1-l1/media")
                                  << missing;
    QTest::newRow("lecture: %2e%2e") << QByteArray("/api/v1/lectures/%2e%2e/media") << missing;
    QTest::newRow("lecture: encoded slash")
        << QByteArray("/api/v1/lectures/..%2F..%2Fmedia-secret/media") << missing;
    QTest::newRow("lecture: NUL") << QByteArray("/api/v1/lectures/PAIN-722-w1-l1%00/media")
                                  << missing;
    QTest::newRow("lecture: backslash")
        << QByteArray("/api/v1/lectures/..%5C..%5Clectern.sqlite/media") << missing;
    // The media path after a valid signature (BASE), and the signed parts themselves.
    QTest::newRow("file: ../ out of the clip")
        << QByteArray("BASE../../../lectern.sqlite") << refused;
    QTest::newRow("file: ../ into another lecture")
        << QByteArray("BASE../PAIN-702-w1-l1/poster.jpg") << refused;
    QTest::newRow("file: %2e%2e") << QByteArray("BASE%2e%2e/%2e%2e/%2e%2e/media-secret") << refused;
    QTest::newRow("file: encoded slashes")
        << QByteArray("BASE..%2F..%2F..%2F..%2Flectern.sqlite") << refused;
    QTest::newRow("file: encoded backslashes")
        << QByteArray("BASE..%5C..%5Cmedia-secret") << refused;
    QTest::newRow("file: double-encoded dots")
        << QByteArray("BASE%252e%252e/poster.jpg") << refused;
    QTest::newRow("file: NUL before an extension")
        << QByteArray("BASEposter.jpg%00.vtt") << refused;
    QTest::newRow("file: inside a rendition, then out")
        << QByteArray("BASE360p/../../../../media-secret") << refused;
    QTest::newRow("file: absolute path") << QByteArray("BASE/etc/passwd") << refused;
    QTest::newRow("file: the clip's own manifest, through ..")
        << QByteArray("BASE360p/%2e%2e/manifest.json") << refused;
    QTest::newRow("lecture segment: encoded slash")
        << QByteArray("/media/EXPIRES/SIG/..%2FPAIN-702-w1-l1/poster.jpg") << refused;
    QTest::newRow("lecture segment: ..")
        << QByteArray("/media/EXPIRES/SIG/../poster.jpg") << refused;
    QTest::newRow("no signature at all") << QByteArray("/media/../../lectern.sqlite") << refused;
    QTest::newRow("query: cursor ../")
        << QByteArray("/api/v1/progress?since=..%2F..%2F") << QList<int>{400};
}

// Bad input: "..", percent-encoded dots and slashes, backslashes and NUL bytes in every path
// parameter. None may reach a file outside the lecture's clip, another lecture, a draft, or
// the server's data folder.
void AuthMatrixTest::pathTraversalIsRefused()
{
    QFETCH(QByteArray, target);
    QFETCH(QList<int>, statuses);
    target.replace("BASE", m_signedBase.toUtf8());
    target.replace("EXPIRES", QByteArray::number(m_signedExpires));
    target.replace("SIG", signature(m_signedExpires, kLecture));
    const RawReply reply = send("GET", target, {}, m_tokens.value(Role::Learner));
    QVERIFY2(statuses.contains(reply.status), qPrintable(reply.describe()));
    QVERIFY(!reply.body.contains("SQLite format"));
    QVERIFY(!reply.body.contains(m_mediaSecret));
    QVERIFY(!reply.body.contains("root:"));
    QVERIFY(serverAnswers());
}

void AuthMatrixTest::oversizedRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray login = "{\"username\": \"learner\", \"password\": \"";
    QTest::newRow("login of 2 MiB")
        << QByteArray("/api/v1/auth/login") << login + QByteArray(2 * 1024 * 1024, 'x') + "\"}"
        << QByteArray() << 413 << QStringLiteral("payload_too_large");
    const QByteArray push = "{\"events\": [], \"padding\": \"";
    QTest::newRow("push of 5 MiB")
        << QByteArray("/api/v1/sync/push") << push + QByteArray(5 * 1024 * 1024, 'x') + "\"}"
        << QByteArray() << 413 << QStringLiteral("too_large");
    QTest::newRow("push of 32 MiB")
        << QByteArray("/api/v1/sync/push") << push + QByteArray(32 * 1024 * 1024, 'x') + "\"}"
        << QByteArray() << 413 << QStringLiteral("too_large");
    // 0: the server may close the connection instead of answering; it must stay up.
    QTest::newRow("header of 256 KiB")
        << QByteArray("/api/v1/sync/push") << QByteArray("{\"events\": []}")
        << "X-Padding: " + QByteArray(256 * 1024, 'x') << 0 << QString();
}

// Bad input: bodies far past the route's limit, and a header past any sane size. The answer
// comes without parsing the body, and the server stays up.
void AuthMatrixTest::oversizedRequestsAreRefused()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, code);
    const RawReply reply = send(Request{"POST", target, body, {}}, m_tokens.value(Role::Learner),
                                header.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{header});
    if (status == 0) {
        // Closing without an answer is fine; an answer must be a refusal.
        QVERIFY2(reply.status == 0 || (reply.status >= 400 && reply.status < 500),
                 qPrintable(reply.describe()));
    } else {
        QVERIFY2(reply.status == status, qPrintable(reply.describe()));
        QCOMPARE(reply.errorCode(), code);
    }
    QVERIFY(serverAnswers());
}

void AuthMatrixTest::deeplyNestedJsonIsRefusedQuickly_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("pushStatus");
    const int deep = 100000;
    const QByteArray arrays = QByteArray(deep, '[') + QByteArray(deep, ']');
    QByteArray objects;
    for (int i = 0; i < deep; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(deep, '}');
    QTest::newRow("login: 100k nested arrays")
        << QByteArray("/api/v1/auth/login") << arrays << 400 << QString();
    QTest::newRow("login: username of 100k nested arrays")
        << QByteArray("/api/v1/auth/login") << "{\"username\": " + arrays + ", \"password\": \"x\"}"
        << 400 << QString();
    QTest::newRow("push: 100k nested arrays")
        << QByteArray("/api/v1/sync/push") << arrays << 400 << QString();
    QTest::newRow("push: 100k nested objects")
        << QByteArray("/api/v1/sync/push") << objects << 400 << QString();
    QTest::newRow("push: events of 100k nested arrays")
        << QByteArray("/api/v1/sync/push") << "{\"events\": " + arrays + "}" << 400 << QString();

    // Nesting the JSON parser still accepts (it stops at 1024 levels) must be refused by the
    // event's own checks, not crash the grader or the store.
    const QByteArray shallow = QByteArray(1000, '[') + "1" + QByteArray(1000, ']');
    QJsonObject viewing = viewingEvent(kLecture, 0, 1000);
    QByteArray viewingBody = pushBody(viewing);
    viewingBody.replace("[[0,1000]]", shallow);
    QTest::newRow("push: intervals nested 1000 deep")
        << QByteArray("/api/v1/sync/push") << viewingBody << 200 << QStringLiteral("rejected");
    QByteArray attemptBody = pushBody(attemptEvent(
        kLecture, newId(),
        {QJsonObject{{QStringLiteral("question"), 0}, {QStringLiteral("choices"), 7}}}));
    attemptBody.replace("\"choices\":7", "\"choices\":" + shallow);
    QTest::newRow("push: answer choices nested 1000 deep")
        << QByteArray("/api/v1/sync/push") << attemptBody << 200 << QStringLiteral("rejected");
}

// Bad input: JSON nested 100,000 levels deep, which a recursive parser or a recursive
// destructor would overflow the stack on, and nesting just inside the parser's limit where a
// number or a list is expected. The answer must come within seconds and the server stay up.
void AuthMatrixTest::deeplyNestedJsonIsRefusedQuickly()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, pushStatus);
    const RawReply reply = send("POST", target, body, m_tokens.value(Role::Learner));
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    QVERIFY2(reply.elapsedMs < 5000, qPrintable(reply.describe()));
    if (status == 400)
        QCOMPARE(reply.errorCode(), QStringLiteral("malformed_json"));
    else
        QCOMPARE(reply.result(0).value(QStringLiteral("status")).toString(), pushStatus);
    QVERIFY(serverAnswers());
}

void AuthMatrixTest::sqlMetacharactersAreOnlyData_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    const QStringList texts{
        QStringLiteral("'"),
        QStringLiteral("\""),
        QStringLiteral("x'; DROP TABLE users; --"),
        QStringLiteral("' OR '1'='1"),
        QStringLiteral("\" OR \"\"=\""),
        QStringLiteral("x); DELETE FROM attempts; --"),
        QStringLiteral("%00"),
        QStringLiteral("nul\u0000byte"),
        QStringLiteral("back\\slash' --"),
    };
    const QStringList fields{
        QStringLiteral("username"),   QStringLiteral("password"),    QStringLiteral("course code"),
        QStringLiteral("lecture id"), QStringLiteral("cursor"),      QStringLiteral("event_id"),
        QStringLiteral("kind"),       QStringLiteral("device_id"),   QStringLiteral("lecture_id"),
        QStringLiteral("attempt_id"), QStringLiteral("answer text"), QStringLiteral("position_at"),
    };
    for (const QString &field : fields) {
        for (qsizetype i = 0; i < texts.size(); ++i)
            QTest::addRow("%s #%d", qPrintable(field), int(i)) << field << texts.at(i);
    }
}

// Bad input: quotes, comment markers, statement separators and NUL bytes in every text the
// server takes from a client. Each is refused with a 4xx or stored and returned as the very
// text that was sent; afterwards the database is intact and logins still work.
void AuthMatrixTest::sqlMetacharactersAreOnlyData()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    const QString token = m_tokens.value(Role::Learner);
    // A lecture only this test pushes to, so the stored values can be read back.
    const QString lecture = QStringLiteral("PAIN-722-w2-l1");
    // The store cannot hold U+0000 (sql::hasNulCharacter): events holding one are rejected.
    const bool nul = text.contains(QChar(u'\0'));
    const QString storable = nul ? QStringLiteral("rejected") : QStringLiteral("applied");
    // Every event travels with a harmless viewing event behind it, which must apply whatever
    // becomes of the first: one bad event never takes its batch down.
    const auto pushOne = [&](const QJsonObject &event,
                             const QString &deviceId = QStringLiteral("dev")) {
        return send(
            "POST", "/api/v1/sync/push",
            json({{QStringLiteral("device_id"), deviceId},
                  {QStringLiteral("events"), QJsonArray{event, viewingEvent(lecture, 0, 500)}}}),
            token);
    };
    const auto resultStatus = [](const RawReply &r) {
        return r.result(0).value(QStringLiteral("status")).toString();
    };
    const auto batchApplied = [](const RawReply &r) {
        return r.status == 200
            && r.result(1).value(QStringLiteral("status")).toString() == u"applied";
    };
    RawReply reply;
    if (field == u"username" || field == u"password") {
        const QString username = field == u"username" ? text : QStringLiteral("learner");
        const QString password = field == u"password" ? text : QStringLiteral("learner-demo");
        reply = send(
            "POST", "/api/v1/auth/login",
            json({{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}));
        QVERIFY2(reply.status == 401, qPrintable(reply.describe()));
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_credentials"));
    } else if (field == u"course code") {
        reply = send("GET", "/api/v1/courses/" + pathSegment(text) + "/quizzes", {}, token);
        QVERIFY2(reply.status == 404, qPrintable(reply.describe()));
    } else if (field == u"lecture id") {
        reply = send("GET", "/api/v1/lectures/" + pathSegment(text) + "/media", {}, token);
        QVERIFY2(reply.status == 404, qPrintable(reply.describe()));
    } else if (field == u"cursor") {
        reply = send("GET", "/api/v1/catalog?since=" + pathSegment(text), {}, token);
        QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
        QCOMPARE(reply.errorCode(), QStringLiteral("bad_cursor"));
    } else if (field == u"event_id") {
        // Made unique per row, so every row's id is new to the server.
        const QString eventId = text + u' ' + newId();
        const QJsonObject event = viewingEvent(lecture, 0, 1000, eventId);
        reply = pushOne(event);
        QVERIFY2(batchApplied(reply), qPrintable(reply.describe()));
        QCOMPARE(resultStatus(reply), storable);
        QCOMPARE(reply.result(0).value(QStringLiteral("event_id")).toString(), eventId);
        // Sent again, it gets the same answer: the id was stored as it came.
        reply = pushOne(event);
        QCOMPARE(resultStatus(reply), storable);
        QCOMPARE(reply.result(0).value(QStringLiteral("event_id")).toString(), eventId);
    } else if (field == u"kind") {
        QJsonObject event = viewingEvent(lecture, 0, 1000);
        event.insert(QStringLiteral("kind"), text);
        reply = pushOne(event);
        QVERIFY2(batchApplied(reply), qPrintable(reply.describe()));
        QCOMPARE(resultStatus(reply), QStringLiteral("rejected"));
    } else if (field == u"device_id") {
        // The latest position wins, so this row's device is the one the feed names.
        const QString device = text + u' ' + newId();
        reply = send("POST", "/api/v1/sync/push",
                     pushBody(viewingEvent(lecture, 1000, 2000), device), token);
        if (nul) {
            QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
            QCOMPARE(reply.errorCode(), QStringLiteral("malformed_json"));
        } else {
            QVERIFY2(reply.status == 200 && resultStatus(reply) == u"applied",
                     qPrintable(reply.describe()));
            QString problem;
            const QJsonObject feed = pull(token, {}, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QString stored;
            for (const QJsonValue &v : feed.value(QStringLiteral("viewing")).toArray()) {
                if (v.toObject().value(QStringLiteral("lecture_id")).toString() == lecture)
                    stored = v.toObject().value(QStringLiteral("position_device")).toString();
            }
            QCOMPARE(stored, device);
        }
    } else if (field == u"lecture_id") {
        reply = pushOne(viewingEvent(text, 0, 1000));
        QVERIFY2(batchApplied(reply), qPrintable(reply.describe()));
        QCOMPARE(resultStatus(reply), QStringLiteral("rejected"));
        reply = pushOne(attemptEvent(text));
        QVERIFY2(batchApplied(reply), qPrintable(reply.describe()));
        QCOMPARE(resultStatus(reply), QStringLiteral("rejected"));
    } else if (field == u"attempt_id" || field == u"answer text") {
        const QString attemptId = field == u"attempt_id" ? text + u' ' + newId() : newId();
        const QJsonArray answers{
            QJsonObject{{QStringLiteral("question"), 0}, {QStringLiteral("text"), text}}};
        reply = pushOne(attemptEvent(lecture, attemptId, answers));
        QVERIFY2(batchApplied(reply), qPrintable(reply.describe()));
        QCOMPARE(resultStatus(reply), storable);
        if (!nul) {
            QCOMPARE(reply.result(0)
                         .value(QStringLiteral("attempt"))
                         .toObject()
                         .value(QStringLiteral("attempt_id"))
                         .toString(),
                     attemptId);
        }
    } else if (field == u"position_at") {
        QJsonObject event = viewingEvent(lecture, 0, 1000);
        QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
        payload.insert(QStringLiteral("position_at"), text);
        event.insert(QStringLiteral("payload"), payload);
        reply = pushOne(event);
        QVERIFY2(batchApplied(reply), qPrintable(reply.describe()));
        QCOMPARE(resultStatus(reply), QStringLiteral("rejected"));
    } else {
        QFAIL(qPrintable(QStringLiteral("no test for the field ") + field));
    }

    const QString problem = databaseProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The accounts table is what an injection through the login would aim at. Logging in
    // right also ends the name's count of failures, so the login limit (10 per name, 30 per
    // address in 5 minutes) never answers 429 here: this test fails 24 logins in all.
    if (field == u"username" || field == u"password")
        QVERIFY(!login(QStringLiteral("learner"), QStringLiteral("learner-demo")).isEmpty());
}

void AuthMatrixTest::pushFieldsAreCapped_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); // the error code, or the one event's push status
    QTest::addColumn<QString>("reason"); // part of the rejection's reason
    const QString longId(101, u'd');
    QTest::newRow("batch device_id of 101 characters")
        << pushBody(viewingEvent(kLecture, 0, 1000), longId) << 400
        << QStringLiteral("device_id_too_long") << QString();
    QTest::newRow("batch device_id of 100 characters")
        << pushBody(viewingEvent(kLecture, 0, 1000), longId.left(100)) << 200
        << QStringLiteral("applied") << QString();
    QJsonObject viewing = viewingEvent(kLecture, 0, 1000);
    QJsonObject payload = viewing.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("device_id"), longId);
    viewing.insert(QStringLiteral("payload"), payload);
    QTest::newRow("viewing with a device_id of 101 characters")
        << pushBody(viewing) << 200 << QStringLiteral("rejected") << QStringLiteral("device_id");
    const QJsonObject bigAnswer{{QStringLiteral("question"), 0},
                                {QStringLiteral("text"), QString(5000, u'x')}};
    QTest::newRow("attempt with a 5 KB answer")
        << pushBody(attemptEvent(kLecture, newId(), {bigAnswer})) << 200
        << QStringLiteral("rejected") << QStringLiteral("larger than");
    QJsonObject attempt = attemptEvent(kLecture);
    payload = attempt.value(QStringLiteral("payload")).toObject();
    payload.insert(QStringLiteral("provisional"),
                   QJsonObject{{QStringLiteral("score"), 1},
                               {QStringLiteral("max_score"), 2},
                               {QStringLiteral("percent"), 50},
                               {QStringLiteral("passed"), false},
                               {QStringLiteral("padding"), QString(70000, u'x')}});
    attempt.insert(QStringLiteral("payload"), payload);
    QTest::newRow("attempt with a 70 KB provisional grade")
        << pushBody(attempt) << 200 << QStringLiteral("rejected")
        << QStringLiteral("provisional grade is larger");
}

// Bad input: free-form fields that would be stored as sent, made large enough that a learner
// could grow the database by megabytes per push: a device id past 100 characters (in the batch
// or in one event), one answer of 5 KB, a provisional grade of 70 KB. The batch's device id is
// a 400; the others reject only their event, so the rest of a batch still applies.
void AuthMatrixTest::pushFieldsAreCapped()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    const RawReply reply = send("POST", "/api/v1/sync/push", body, m_tokens.value(Role::Learner));
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (status != 200) {
        QCOMPARE(reply.errorCode(), code);
        return;
    }
    QCOMPARE(reply.result(0).value(QStringLiteral("status")).toString(), code);
    const QString why = reply.result(0).value(QStringLiteral("reason")).toString();
    QVERIFY2(why.contains(reason), qPrintable(why));
}

// Bad input: a client pushing as fast as it can. After 120 pushes in a minute the user's
// pushes are refused with 429 and a Retry-After that ends with the minute, before the body
// is read; other users push as before.
void AuthMatrixTest::pushesAreRateLimited()
{
    QCOMPARE(m_server.stop(), 0);
    m_server.setServeArguments({});
    QVERIFY(m_server.start());
    // The limit counts per minute of the clock: start early in one, so all pushes fall in it.
    while (QDateTime::currentSecsSinceEpoch() % 60 > 40)
        QTest::qWait(500);
    const QString token = m_tokens.value(Role::OtherFaculty);
    const QByteArray empty = json({{QStringLiteral("events"), QJsonArray()}});
    int accepted = 0;
    RawReply refused;
    for (int i = 0; i < 130 && refused.status == 0; ++i) {
        const RawReply reply = send("POST", "/api/v1/sync/push", empty, token);
        if (reply.status == 200)
            ++accepted;
        else
            refused = reply;
    }
    QVERIFY2(refused.status == 429, qPrintable(refused.describe()));
    QCOMPARE(refused.errorCode(), QStringLiteral("too_many_pushes"));
    QCOMPARE(accepted, 120);
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, refused.header("Retry-After").constData());
    // Still refused until the minute ends.
    QCOMPARE(send("POST", "/api/v1/sync/push", empty, token).status, 429);
    const RawReply other
        = send("POST", "/api/v1/sync/push", empty, m_tokens.value(Role::OtherLearner));
    QVERIFY2(other.status == 200, qPrintable(other.describe()));
}

QTEST_GUILESS_MAIN(AuthMatrixTest)
#include "tst_authmatrix.moc"
