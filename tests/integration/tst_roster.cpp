// The course roster against a real lectern-server (docs/protocol.md, GET
// /api/v1/courses/CODE/roster): the demo programme imported with the demo users, plus a second
// learner of the same elective, a learner of the other elective and a teacher of PAIN-722,
// written into the server's database while it is stopped, as an operator's tooling would.
// Two learners push real progress over HTTP; the roster must show exactly that progress, to
// the course's teacher only.

#include "quiz/grading.h"
#include "quiz/quiz.h"
#include "support/serverprocess.h"
#include "support/testpaths.h"
#include "sync/quizcodec.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace lectern;

namespace {

const QString kCourse = QStringLiteral("PAIN-722");
const QString kOtherElective = QStringLiteral("PAIN-719");

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
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

QJsonObject viewingEvent(const QString &lectureId, const QJsonArray &intervals)
{
    const QString now = iso(QDateTime::currentDateTimeUtc());
    return {{QStringLiteral("event_id"), newId()},
            {QStringLiteral("kind"), QStringLiteral("viewing")},
            {QStringLiteral("created_at"), now},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("lecture_id"), lectureId},
                         {QStringLiteral("intervals"), intervals}}}};
}

QJsonObject attemptEvent(const QString &lectureId, const QList<Response> &responses)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {{QStringLiteral("event_id"), newId()},
            {QStringLiteral("kind"), QStringLiteral("quiz_attempt")},
            {QStringLiteral("created_at"), iso(now)},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("attempt_id"), newId()},
                         {QStringLiteral("lecture_id"), lectureId},
                         {QStringLiteral("started_at"), iso(now.addSecs(-120))},
                         {QStringLiteral("finished_at"), iso(now.addSecs(-60))},
                         {QStringLiteral("auto_submitted"), false},
                         {QStringLiteral("responses"), codec::responsesToJson(responses)}}}};
}

// Full marks on the first question only (a choice or true/false one), none on the rest: a
// score strictly between 0 and 100.
QList<Response> firstAnswerRight(const Quiz &quiz)
{
    QList<Response> responses(quiz.questions.size());
    for (qsizetype i = 0; i < quiz.questions.size(); ++i) {
        const Question &q = quiz.questions.at(i);
        if (q.type == QuestionType::TrueFalse) {
            responses[i].trueFalse = q.trueFalseAnswer;
            return responses;
        }
        if (q.type == QuestionType::MultipleChoice) {
            int best = 0;
            for (int a = 0; a < q.answers.size(); ++a) {
                if (q.answers.at(a).weight > q.answers.at(best).weight)
                    best = a;
            }
            responses[i].choices = {best};
            return responses;
        }
    }
    return responses;
}

} // namespace

class RosterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyTheCoursesFacultyMayReadIt_data();
    void onlyTheCoursesFacultyMayReadIt();
    void showsWhatEachLearnerPushed();
    void listsOnlyLearnersWhoTakeTheCourse();

private:
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QString &token);
    QString login(const QString &username, const QString &password);
    QJsonObject pushOne(const QString &token, const QJsonObject &event);
    QJsonObject learnerIn(const QJsonObject &roster, const QString &username) const;

    QTemporaryDir m_content;
    testing::ServerProcess m_server;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_tokens; // user name → token
    QHash<QString, qint64> m_durations; // lecture id → ms, from the course file
    QStringList m_lectures; // PAIN-722's, in course order
};

void RosterTest::initTestCase()
{
    QVERIFY(m_content.isValid());
    m_network.setProxy(QNetworkProxy::NoProxy);
    QVERIFY(copyTree(testing::demoProgrammeDir(), m_content.path()));
    QFile course(m_content.filePath(QStringLiteral("courses/%1.json").arg(kCourse)));
    QVERIFY(course.open(QIODevice::ReadOnly));
    for (const QJsonValue &week : QJsonDocument::fromJson(course.readAll())
                                      .object()
                                      .value(QStringLiteral("weeks"))
                                      .toArray()) {
        for (const QJsonValue &lecture :
             week.toObject().value(QStringLiteral("lectures")).toArray()) {
            const QString id = lecture.toObject().value(QStringLiteral("id")).toString();
            m_lectures.append(id);
            m_durations.insert(
                id,
                qint64(lecture.toObject().value(QStringLiteral("duration_seconds")).toInt())
                    * 1000);
        }
    }
    QVERIFY(m_lectures.size() >= 2);
    QString output;
    QVERIFY2(m_server.importProgramme(m_content.path(), &output), qPrintable(output));

    // Accounts with the demo passwords (their argon2id hashes copied), as an operator would add
    // them: a second learner of PAIN-722, a learner of the other option, a teacher of PAIN-722.
    const QString connection = QStringLiteral("roster-setup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_server.dataDir() + QStringLiteral("/lectern.sqlite"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        const auto run = [&query](const QString &sql, const QVariantList &values) {
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return query.numRowsAffected() == 1;
        };
        const struct
        {
            QString name, display, role, passwordOf, elective, teaches;
        } accounts[] = {
            {QStringLiteral("learner2"),
             QStringLiteral("=HYPERLINK(\"x\") Ana, \"Ana\""),
             QStringLiteral("learner"),
             QStringLiteral("learner"),
             kCourse,
             {}},
            {QStringLiteral("other-learner"),
             QStringLiteral("Other"),
             QStringLiteral("learner"),
             QStringLiteral("learner"),
             kOtherElective,
             {}},
            {QStringLiteral("teacher"),
             QStringLiteral("Teacher"),
             QStringLiteral("faculty"),
             QStringLiteral("faculty"),
             {},
             kCourse},
        };
        for (const auto &a : accounts) {
            QVERIFY(run(QStringLiteral("INSERT INTO users (username, display_name, role, "
                                       "password_hash, created_at) SELECT ?, ?, ?, "
                                       "password_hash, created_at FROM users WHERE username = ?"),
                        {a.name, a.display, a.role, a.passwordOf}));
            const qint64 id = query.lastInsertId().toLongLong();
            QVERIFY(run(QStringLiteral("INSERT INTO enrolments (user_id, programme_id, role) "
                                       "SELECT ?, id, ? FROM programmes"),
                        {id, a.role}));
            if (!a.elective.isEmpty()) {
                QVERIFY(run(QStringLiteral("INSERT INTO elective_choices (user_id, slot_id, "
                                           "course_code) VALUES (?, 'elective-1', ?)"),
                            {id, a.elective}));
            }
            if (!a.teaches.isEmpty()) {
                QVERIFY(run(QStringLiteral("INSERT INTO teaching (user_id, course_code) "
                                           "VALUES (?, ?)"),
                            {id, a.teaches}));
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);

    QVERIFY(m_server.start());
    for (const auto &[name, password] : QList<std::pair<QString, QString>>{
             {QStringLiteral("learner"), QStringLiteral("learner-demo")},
             {QStringLiteral("learner2"), QStringLiteral("learner-demo")},
             {QStringLiteral("other-learner"), QStringLiteral("learner-demo")},
             {QStringLiteral("teacher"), QStringLiteral("faculty-demo")},
             {QStringLiteral("faculty"), QStringLiteral("faculty-demo")}}) {
        m_tokens.insert(name, login(name, password));
        QVERIFY2(!m_tokens.value(name).isEmpty(), qPrintable(name));
    }
}

Reply RosterTest::request(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QString &token)
{
    QNetworkRequest networkRequest(m_server.url().resolved(QUrl(path)));
    networkRequest.setTransferTimeout(60000);
    if (!body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!reply->isFinished() && !finished.wait(60000)) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

QString RosterTest::login(const QString &username, const QString &password)
{
    const Reply reply = request("POST", QStringLiteral("/api/v1/auth/login"),
                                QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                          {QStringLiteral("password"), password}})
                                    .toJson(),
                                {});
    return reply.json.value(QStringLiteral("token")).toString();
}

QJsonObject RosterTest::pushOne(const QString &token, const QJsonObject &event)
{
    const Reply reply = request(
        "POST", QStringLiteral("/api/v1/sync/push"),
        QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("device-a")},
                                  {QStringLiteral("events"), QJsonArray{event}}})
            .toJson(),
        token);
    return reply.json.value(QStringLiteral("results")).toArray().at(0).toObject();
}

QJsonObject RosterTest::learnerIn(const QJsonObject &roster, const QString &username) const
{
    for (const QJsonValue &learner : roster.value(QStringLiteral("learners")).toArray()) {
        if (learner.toObject().value(QStringLiteral("username")).toString() == username)
            return learner.toObject();
    }
    return {};
}

void RosterTest::onlyTheCoursesFacultyMayReadIt_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("course");
    QTest::addColumn<int>("status");
    QTest::newRow("anonymous") << QString() << kCourse << 401;
    QTest::newRow("a learner of the course") << QStringLiteral("learner") << kCourse << 403;
    QTest::newRow("faculty of other courses") << QStringLiteral("faculty") << kCourse << 403;
    QTest::newRow("the course's teacher") << QStringLiteral("teacher") << kCourse << 200;
    QTest::newRow("the teacher, another course")
        << QStringLiteral("teacher") << kOtherElective << 403;
    QTest::newRow("the teacher, a code with SQL in it")
        << QStringLiteral("teacher") << QStringLiteral("PAIN-719' OR '1'='1") << 403;
}

// Bad input: the roster asked for by everyone who must not read it: nobody signed in, a
// learner of the course (their classmates' progress), faculty of other courses, and the
// course's own teacher asking for a course they do not teach or a code holding SQL.
void RosterTest::onlyTheCoursesFacultyMayReadIt()
{
    QFETCH(QString, user);
    QFETCH(QString, course);
    QFETCH(int, status);
    const Reply reply = request("GET", QStringLiteral("/api/v1/courses/%1/roster").arg(course), {},
                                m_tokens.value(user));
    QVERIFY2(reply.status == status, reply.body.constData());
    if (status == 403) {
        QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(!reply.body.contains("learner2"));
    }
}

// Two learners push real progress; the roster shows each one's merged intervals, watched share,
// best counted score and attempts, and last activity, and nothing for lectures left alone.
void RosterTest::showsWhatEachLearnerPushed()
{
    const QString first = m_lectures.at(0);
    const QString second = m_lectures.at(1);
    const qint64 duration = m_durations.value(first);
    QVERIFY(duration > 30000);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

    // learner: two separate parts of the first lecture (skipping the middle), from two pushes;
    // then an attempt too early to count (the lecture is not watched enough).
    QCOMPARE(pushOne(m_tokens.value(QStringLiteral("learner")),
                     viewingEvent(first, QJsonArray{QJsonArray{0, 10000}}))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    QCOMPARE(
        pushOne(m_tokens.value(QStringLiteral("learner")),
                viewingEvent(first, QJsonArray{QJsonArray{20000, 25000}, QJsonArray{5000, 12000}}))
            .value(QStringLiteral("status"))
            .toString(),
        QStringLiteral("applied"));
    const Reply quizzes = request("GET", QStringLiteral("/api/v1/courses/%1/quizzes").arg(kCourse),
                                  {}, m_tokens.value(QStringLiteral("teacher")));
    QCOMPARE(quizzes.status, 200);
    Quiz key;
    for (const QJsonValue &value : quizzes.json.value(QStringLiteral("quizzes")).toArray()) {
        const Result<Quiz> quiz = codec::quizFromJson(value.toObject());
        if (quiz && quiz.value().lectureId == first)
            key = quiz.value();
    }
    QVERIFY(!key.questions.isEmpty());
    QCOMPARE(pushOne(m_tokens.value(QStringLiteral("learner")),
                     attemptEvent(first, firstAnswerRight(key)))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));

    // learner2: the whole first lecture, then one attempt with one right answer and one with
    // none: both count, the best is the first.
    QCOMPARE(pushOne(m_tokens.value(QStringLiteral("learner2")),
                     viewingEvent(first, QJsonArray{QJsonArray{0, duration}}))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    const QJsonObject good = pushOne(m_tokens.value(QStringLiteral("learner2")),
                                     attemptEvent(first, firstAnswerRight(key)));
    const QJsonObject bad = pushOne(m_tokens.value(QStringLiteral("learner2")),
                                    attemptEvent(first, QList<Response>(key.questions.size())));
    const double goodPercent = good.value(QStringLiteral("attempt"))
                                   .toObject()
                                   .value(QStringLiteral("percent"))
                                   .toDouble(-1);
    QVERIFY2(goodPercent > 0 && goodPercent < 100, QJsonDocument(good).toJson().constData());
    QCOMPARE(bad.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

    const Reply reply = request("GET", QStringLiteral("/api/v1/courses/%1/roster").arg(kCourse), {},
                                m_tokens.value(QStringLiteral("teacher")));
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonObject roster = reply.json;
    QCOMPARE(roster.value(QStringLiteral("course")).toString(), kCourse);
    const QJsonArray lectures = roster.value(QStringLiteral("lectures")).toArray();
    QCOMPARE(lectures.size(), m_lectures.size());
    QCOMPARE(lectures.at(0).toObject().value(QStringLiteral("id")).toString(), first);
    QCOMPARE(qint64(lectures.at(0).toObject().value(QStringLiteral("duration_ms")).toDouble()),
             duration);

    const QJsonObject learner = learnerIn(roster, QStringLiteral("learner"));
    QCOMPARE(learner.value(QStringLiteral("display_name")).toString(),
             QStringLiteral("Demo Learner"));
    const QJsonArray learnerLectures = learner.value(QStringLiteral("lectures")).toArray();
    QCOMPARE(learnerLectures.size(), m_lectures.size());
    const QJsonObject watched = learnerLectures.at(0).toObject();
    // The two pushes merged by union, the gap between them kept: what the strip draws.
    QCOMPARE(watched.value(QStringLiteral("watched")).toArray(),
             (QJsonArray{QJsonArray{0, 12000}, QJsonArray{20000, 25000}}));
    const double share = watched.value(QStringLiteral("watched_percent")).toDouble();
    QVERIFY2(share > 0 && share < 100, qPrintable(QString::number(share)));
    QCOMPARE(learnerLectures.at(1).toObject().value(QStringLiteral("watched")).toArray(),
             QJsonArray());
    QCOMPARE(learnerLectures.at(1).toObject().value(QStringLiteral("lecture_id")).toString(),
             second);
    const QJsonObject learnerQuiz
        = learner.value(QStringLiteral("quizzes")).toArray().at(0).toObject();
    QCOMPARE(learnerQuiz.value(QStringLiteral("lecture_id")).toString(), first);
    QCOMPARE(learnerQuiz.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(learnerQuiz.value(QStringLiteral("counted_attempts")).toInt(), 0);
    QVERIFY(learnerQuiz.value(QStringLiteral("best_percent")).isNull()); // refused: not counted
    const QDateTime learnerActive = QDateTime::fromString(
        learner.value(QStringLiteral("last_activity")).toString(), Qt::ISODateWithMs);
    QVERIFY2(learnerActive >= before, qPrintable(learnerActive.toString(Qt::ISODateWithMs)));

    const QJsonObject learner2 = learnerIn(roster, QStringLiteral("learner2"));
    QVERIFY(!learner2.isEmpty());
    const QJsonObject fully = learner2.value(QStringLiteral("lectures")).toArray().at(0).toObject();
    QCOMPARE(fully.value(QStringLiteral("watched_percent")).toDouble(), 100.0);
    const QJsonObject learner2Quiz
        = learner2.value(QStringLiteral("quizzes")).toArray().at(0).toObject();
    QCOMPARE(learner2Quiz.value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(learner2Quiz.value(QStringLiteral("counted_attempts")).toInt(), 2);
    QCOMPARE(learner2Quiz.value(QStringLiteral("best_percent")).toDouble(), goodPercent);
    QVERIFY(learner2.value(QStringLiteral("watched_percent")).toDouble()
            > learner.value(QStringLiteral("watched_percent")).toDouble());
}

// Bad input: learners who are in the programme but must not be listed: the one who chose the
// other option of the elective (even after pushing progress for their own course) and faculty.
void RosterTest::listsOnlyLearnersWhoTakeTheCourse()
{
    pushOne(m_tokens.value(QStringLiteral("other-learner")),
            viewingEvent(QStringLiteral("PAIN-719-w1-l1"), QJsonArray{QJsonArray{0, 5000}}));
    const Reply reply = request("GET", QStringLiteral("/api/v1/courses/%1/roster").arg(kCourse), {},
                                m_tokens.value(QStringLiteral("teacher")));
    QCOMPARE(reply.status, 200);
    QStringList names;
    for (const QJsonValue &learner : reply.json.value(QStringLiteral("learners")).toArray())
        names.append(learner.toObject().value(QStringLiteral("username")).toString());
    QCOMPARE(names, (QStringList{QStringLiteral("learner"), QStringLiteral("learner2")}));
}

QTEST_GUILESS_MAIN(RosterTest)
#include "tst_roster.moc"
