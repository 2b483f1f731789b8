// Quizzes and progress sync against a real lectern-server (docs/protocol.md, docs/quizzes.md):
// the demo programme, with a few quiz settings and one draft written by the test, imported with
// the demo users and served on a free loopback port; every request is real HTTP.
//
// Each test uses its own lectures, so no test depends on what another one pushed.

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
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace lectern;

namespace {

const QString kLearner = QStringLiteral("learner");
const QString kFaculty = QStringLiteral("faculty");

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray authenticate; // WWW-Authenticate

    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QJsonObject result(qsizetype i) const
    {
        return json.value(QStringLiteral("results")).toArray().at(i).toObject();
    }
};

// Everything one user's progress feed holds, walked page by page from a cursor.
struct Progress
{
    QList<QJsonObject> viewing;
    QList<QJsonObject> attempts;
    QString cursor;
    QString problem; // empty when every page was well formed

    QList<QJsonObject> viewingOf(const QString &lectureId) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &v : viewing) {
            if (v.value(QStringLiteral("lecture_id")).toString() == lectureId)
                found.append(v);
        }
        return found;
    }
    // The latest state of each attempt of the lecture, as a client applying the feed keeps it.
    QHash<QString, QJsonObject> attemptsOf(const QString &lectureId) const
    {
        QHash<QString, QJsonObject> found;
        for (const QJsonObject &a : attempts) {
            if (a.value(QStringLiteral("lecture_id")).toString() == lectureId)
                found.insert(a.value(QStringLiteral("attempt_id")).toString(), a);
        }
        return found;
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

bool editJson(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (json.isEmpty())
        return false;
    edit(json);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QJsonDocument(json).toJson()) > 0;
}

// Gives one lecture of a course file its own quiz_settings.
void setLectureQuizSettings(QJsonObject &course, const QString &lectureId,
                            const QJsonObject &settings)
{
    QJsonArray weeks = course.value(QStringLiteral("weeks")).toArray();
    for (qsizetype w = 0; w < weeks.size(); ++w) {
        QJsonObject week = weeks.at(w).toObject();
        QJsonArray lectures = week.value(QStringLiteral("lectures")).toArray();
        for (qsizetype l = 0; l < lectures.size(); ++l) {
            QJsonObject lecture = lectures.at(l).toObject();
            if (lecture.value(QStringLiteral("id")).toString() == lectureId) {
                lecture.insert(QStringLiteral("quiz_settings"), settings);
                lectures.replace(l, lecture);
            }
        }
        week.insert(QStringLiteral("lectures"), lectures);
        weeks.replace(w, week);
    }
    course.insert(QStringLiteral("weeks"), weeks);
}

// Answers that earn full marks, built from the full key.
QList<Response> correctResponses(const Quiz &quiz)
{
    QList<Response> responses;
    for (const Question &q : quiz.questions) {
        Response r;
        const auto best = [&q] {
            int index = 0;
            for (int i = 0; i < q.answers.size(); ++i) {
                if (q.answers.at(i).weight > q.answers.at(index).weight)
                    index = i;
            }
            return index;
        };
        switch (q.type) {
        case QuestionType::MultipleChoice:
            r.choices = {best()};
            break;
        case QuestionType::MultipleAnswer:
            for (int i = 0; i < q.answers.size(); ++i) {
                if (q.answers.at(i).weight > 0)
                    r.choices.append(i);
            }
            break;
        case QuestionType::TrueFalse:
            r.trueFalse = q.trueFalseAnswer;
            break;
        case QuestionType::ShortAnswer:
            r.text = q.answers.value(best()).text.replace(u'*', u'x');
            break;
        case QuestionType::MissingWord:
            if (offersChoices(q))
                r.choices = {best()};
            else
                r.text = q.answers.value(best()).text.replace(u'*', u'x');
            break;
        case QuestionType::Numerical: {
            const Answer &a = q.answers.value(best());
            r.text = QString::number(a.isRange ? (a.rangeMin + a.rangeMax) / 2 : a.value, 'g', 12);
            break;
        }
        case QuestionType::Matching:
            for (int i = 0; i < q.answers.size(); ++i)
                r.matches.append(q.answers.at(i).text.isEmpty() ? -1 : i);
            break;
        case QuestionType::Description:
            break;
        }
        responses.append(r);
    }
    return responses;
}

// Answers that earn nothing: a wrong choice where there is one, the wrong truth value, and
// text no key accepts.
QList<Response> wrongResponses(const Quiz &quiz)
{
    QList<Response> responses;
    for (const Question &q : quiz.questions) {
        Response r;
        int wrong = -1;
        for (int i = 0; i < q.answers.size(); ++i) {
            if (q.answers.at(i).weight <= 0)
                wrong = i;
        }
        switch (q.type) {
        case QuestionType::MultipleChoice:
        case QuestionType::MultipleAnswer:
            if (wrong >= 0)
                r.choices = {wrong};
            break;
        case QuestionType::TrueFalse:
            r.trueFalse = !q.trueFalseAnswer;
            break;
        case QuestionType::MissingWord:
            if (offersChoices(q) && wrong >= 0)
                r.choices = {wrong};
            else if (!offersChoices(q))
                r.text = QStringLiteral("certainly not this");
            break;
        case QuestionType::ShortAnswer:
            r.text = QStringLiteral("certainly not this");
            break;
        case QuestionType::Numerical:
            r.text = QStringLiteral("-987654321");
            break;
        case QuestionType::Matching:
        case QuestionType::Description:
            break;
        }
        responses.append(r);
    }
    return responses;
}

QStringList reviewKeys(const QJsonObject &attempt)
{
    QStringList keys;
    for (const QJsonValue &line : attempt.value(QStringLiteral("review")).toArray())
        keys += line.toObject().keys();
    keys.removeDuplicates();
    return keys;
}

} // namespace

class ServerProgressTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyRouteNeedsAToken_data();
    void everyRouteNeedsAToken();
    void learnerGetsQuizzesWithoutPlainExactAnswers();
    void facultyGetTheFullKeyOnlyForCoursesTheyTeach();
    void hiddenOrMissingCourseIsNotFound_data();
    void hiddenOrMissingCourseIsNotFound();
    void viewingSentTwiceAppliesOnce();
    void sameEventTwiceInOneBatchAppliesOnce();
    void eventsOfOneLectureMergeWithinOneBatch();
    void feedOrderFollowsTheLastChangeWithinOneBatch();
    void attemptCountsOnceViewingLaterInTheSameBatchArrives();
    void attemptLimitIsInFinishOrderWithinOneBatch();
    void concurrentPushesApplyEachEventOnce();
    void resumePositionIsLastWriterWins();
    void invalidViewingIsRejectedWithAReason_data();
    void invalidViewingIsRejectedWithAReason();
    void invalidAttemptIsRejectedWithAReason_data();
    void invalidAttemptIsRejectedWithAReason();
    void attemptBeforeWatchingCountsOnceViewingArrives();
    void tamperedProvisionalGradeIsReplaced();
    void attemptsPastTheLimitAreKeptButNotCounted();
    void closeDateJudgesTheReportedTimes();
    void timeLimitAllowsFiveMinutesOfSkew();
    void attemptBeforeTheQuizOpensIsRefused();
    void deviceClockAheadIsRefused();
    void answersAppearAfterTheLastAttempt();
    void changedSettingsResendTheLecturesAttempts();
    void facultyAttemptIsRejected();
    void eventIdOfAnotherUserIsRejected();
    void malformedPushIsRefused_data();
    void malformedPushIsRefused();
    void progressRefusesBadCursorOrLimit_data();
    void progressRefusesBadCursorOrLimit();

private:
    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {}, const QString &token = {});
    QString login(const QString &username, const QString &password);
    Reply push(const QString &token, const QJsonArray &events,
               const QString &deviceId = QStringLiteral("device-a"));
    Progress pull(const QString &token, const QString &since = QStringLiteral("0"));
    // The lecture's quiz as the demo faculty receive it: the full key for the courses they
    // teach (year 1), the protected form for the others.
    Quiz fullQuiz(const QString &lectureId);
    qint64 durationMs(const QString &lectureId) const;
    // Watches the whole lecture in one viewing event; the push's own result.
    QJsonObject watch(const QString &lectureId);

    static QJsonObject viewingEvent(const QString &lectureId, const QJsonArray &intervals,
                                    qint64 positionMs, const QDateTime &positionAt,
                                    const QString &device = QStringLiteral("device-a"));
    static QJsonObject attemptEvent(const QString &lectureId, const QDateTime &startedAt,
                                    const QDateTime &finishedAt, const QList<Response> &responses,
                                    const QJsonObject &provisional = {});

    QTemporaryDir m_content;
    testing::ServerProcess m_server;
    QNetworkAccessManager m_network;
    QDateTime m_start; // the test's "now" when the content was written
    QHash<QString, qint64> m_durations; // lecture id → ms
    QHash<QString, Quiz> m_quizzes; // lecture id → the full key
    QString m_learnerToken;
    QString m_facultyToken;
};

void ServerProgressTest::initTestCase()
{
    QVERIFY(m_content.isValid());
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_start = QDateTime::currentDateTimeUtc();
    const QString content = m_content.path();
    QVERIFY(copyTree(testing::demoProgrammeDir(), content));

    // A draft the demo faculty teaches (year 1), so learners must not find it.
    QVERIFY(editJson(content + QStringLiteral("/courses/PAIN-702.json"), [](QJsonObject &course) {
        course.insert(QStringLiteral("status"), QStringLiteral("draft"));
    }));
    // Dates relative to now, since the server judges against its own clock.
    QVERIFY(editJson(content + QStringLiteral("/courses/PAIN-705.json"), [this](QJsonObject &c) {
        setLectureQuizSettings(c, QStringLiteral("PAIN-705-w1-l1"),
                               {{QStringLiteral("closes_at"), iso(m_start.addSecs(-3600))}});
        setLectureQuizSettings(c, QStringLiteral("PAIN-705-w1-l2"),
                               {{QStringLiteral("time_limit_minutes"), 10}});
        setLectureQuizSettings(c, QStringLiteral("PAIN-705-w2-l2"),
                               {{QStringLiteral("opens_at"), iso(m_start.addDays(1))}});
        setLectureQuizSettings(
            c, QStringLiteral("PAIN-705-w2-l3"),
            {{QStringLiteral("attempts_allowed"), 2},
             {QStringLiteral("show_answers"), QStringLiteral("after_last_attempt")},
             {QStringLiteral("show_feedback"), false}});
    }));

    QString output;
    QVERIFY2(m_server.importProgramme(content, &output), qPrintable(output));
    QVERIFY(m_server.start());

    // Lecture durations as the content states them (no media: the server uses the same).
    QDirIterator courses(content + QStringLiteral("/courses"), {QStringLiteral("*.json")});
    while (courses.hasNext()) {
        QFile file(courses.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject course = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &week : course.value(QStringLiteral("weeks")).toArray()) {
            for (const QJsonValue &lecture :
                 week.toObject().value(QStringLiteral("lectures")).toArray()) {
                m_durations.insert(
                    lecture.toObject().value(QStringLiteral("id")).toString(),
                    qint64(lecture.toObject().value(QStringLiteral("duration_seconds")).toInt())
                        * 1000);
            }
        }
    }

    m_learnerToken = login(kLearner, QStringLiteral("learner-demo"));
    m_facultyToken = login(kFaculty, QStringLiteral("faculty-demo"));
    QVERIFY(!m_learnerToken.isEmpty());
    QVERIFY(!m_facultyToken.isEmpty());
}

Reply ServerProgressTest::request(const QByteArray &method, const QString &pathAndQuery,
                                  const QByteArray &body, const QString &token)
{
    QNetworkRequest networkRequest(m_server.url().resolved(QUrl(pathAndQuery)));
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
    result.authenticate = reply->rawHeader("WWW-Authenticate");
    reply->deleteLater();
    return result;
}

QString ServerProgressTest::login(const QString &username, const QString &password)
{
    const Reply reply = request("POST", QStringLiteral("/api/v1/auth/login"),
                                QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                          {QStringLiteral("password"), password}})
                                    .toJson());
    return reply.status == 200 ? reply.json.value(QStringLiteral("token")).toString() : QString();
}

Reply ServerProgressTest::push(const QString &token, const QJsonArray &events,
                               const QString &deviceId)
{
    const QJsonObject body{{QStringLiteral("device_id"), deviceId},
                           {QStringLiteral("events"), events}};
    return request("POST", QStringLiteral("/api/v1/sync/push"),
                   QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

Progress ServerProgressTest::pull(const QString &token, const QString &since)
{
    Progress progress;
    QString cursor = since;
    qint64 lastSeq = since.toLongLong();
    for (int page = 0; page < 1000; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
        const Reply reply = request(
            "GET", QStringLiteral("/api/v1/progress?") + query.toString(QUrl::FullyEncoded), {},
            token);
        if (reply.status != 200) {
            progress.problem = QStringLiteral("HTTP %1 %2").arg(reply.status).arg(reply.body);
            return progress;
        }
        // Viewing and attempts come as two lists; together their seqs must rise.
        QList<std::pair<qint64, QJsonObject>> rows;
        for (const QJsonValue &v : reply.json.value(QStringLiteral("viewing")).toArray())
            rows.append({v.toObject().value(QStringLiteral("seq")).toInteger(), v.toObject()});
        for (const QJsonValue &a : reply.json.value(QStringLiteral("attempts")).toArray())
            rows.append({a.toObject().value(QStringLiteral("seq")).toInteger(), a.toObject()});
        std::sort(rows.begin(), rows.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[seq, row] : rows) {
            if (seq <= lastSeq) {
                progress.problem = QStringLiteral("seq %1 after %2").arg(seq).arg(lastSeq);
                return progress;
            }
            lastSeq = seq;
            if (row.contains(QStringLiteral("attempt_id")))
                progress.attempts.append(row);
            else
                progress.viewing.append(row);
        }
        cursor = reply.json.value(QStringLiteral("cursor")).toString();
        if (!rows.isEmpty() && cursor != QString::number(lastSeq)) {
            progress.problem
                = QStringLiteral("cursor %1 is not the last seq %2").arg(cursor).arg(lastSeq);
            return progress;
        }
        if (!reply.json.value(QStringLiteral("has_more")).toBool()) {
            progress.cursor = cursor;
            return progress;
        }
    }
    progress.problem = QStringLiteral("the feed never ended");
    return progress;
}

Quiz ServerProgressTest::fullQuiz(const QString &lectureId)
{
    if (m_quizzes.contains(lectureId))
        return m_quizzes.value(lectureId);
    const QString course = lectureId.section(u'-', 0, 1);
    const Reply reply = request("GET", QStringLiteral("/api/v1/courses/%1/quizzes").arg(course), {},
                                m_facultyToken);
    for (const QJsonValue &value : reply.json.value(QStringLiteral("quizzes")).toArray()) {
        const Result<Quiz> quiz = codec::quizFromJson(value.toObject());
        if (quiz)
            m_quizzes.insert(quiz.value().lectureId, quiz.value());
    }
    return m_quizzes.value(lectureId);
}

qint64 ServerProgressTest::durationMs(const QString &lectureId) const
{
    return m_durations.value(lectureId);
}

QJsonObject ServerProgressTest::watch(const QString &lectureId)
{
    const qint64 duration = durationMs(lectureId);
    return push(m_learnerToken,
                {viewingEvent(lectureId, QJsonArray{QJsonArray{0, duration}}, duration,
                              QDateTime::currentDateTimeUtc())})
        .result(0);
}

QJsonObject ServerProgressTest::viewingEvent(const QString &lectureId, const QJsonArray &intervals,
                                             qint64 positionMs, const QDateTime &positionAt,
                                             const QString &device)
{
    return QJsonObject{
        {QStringLiteral("event_id"), newId()},
        {QStringLiteral("kind"), QStringLiteral("viewing")},
        {QStringLiteral("created_at"), iso(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("lecture_id"), lectureId},
                     {QStringLiteral("intervals"), intervals},
                     {QStringLiteral("position_ms"), positionMs},
                     {QStringLiteral("position_at"), iso(positionAt)},
                     {QStringLiteral("device_id"), device}}},
    };
}

QJsonObject ServerProgressTest::attemptEvent(const QString &lectureId, const QDateTime &startedAt,
                                             const QDateTime &finishedAt,
                                             const QList<Response> &responses,
                                             const QJsonObject &provisional)
{
    QJsonObject payload{{QStringLiteral("attempt_id"), newId()},
                        {QStringLiteral("lecture_id"), lectureId},
                        {QStringLiteral("started_at"), iso(startedAt)},
                        {QStringLiteral("finished_at"), iso(finishedAt)},
                        {QStringLiteral("auto_submitted"), false},
                        {QStringLiteral("device_id"), QStringLiteral("device-a")},
                        {QStringLiteral("responses"), codec::responsesToJson(responses)}};
    if (!provisional.isEmpty())
        payload.insert(QStringLiteral("provisional"), provisional);
    return QJsonObject{{QStringLiteral("event_id"), newId()},
                       {QStringLiteral("kind"), QStringLiteral("quiz_attempt")},
                       {QStringLiteral("created_at"), iso(finishedAt)},
                       {QStringLiteral("payload"), payload}};
}

// Bad input: no token, and a token the server never issued, on each of the three routes.
void ServerProgressTest::everyRouteNeedsAToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    const QList<std::pair<QByteArray, QString>> routes{
        {"GET", QStringLiteral("/api/v1/courses/PAIN-704/quizzes")},
        {"POST", QStringLiteral("/api/v1/sync/push")},
        {"GET", QStringLiteral("/api/v1/progress?since=0")},
    };
    for (const auto &[method, path] : routes) {
        QTest::addRow("%s %s, no token", method.constData(), qPrintable(path))
            << method << path << QString();
        QTest::addRow("%s %s, forged token", method.constData(), qPrintable(path))
            << method << path << QStringLiteral("Y2EKMqpAdu8ynCiI7G4nHiPw29PN8KGueWgnqqHzkKw");
    }
}

void ServerProgressTest::everyRouteNeedsAToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, token);
    const QByteArray body = method == "POST" ? QByteArrayLiteral("{\"events\": []}") : QByteArray();
    const Reply reply = request(method, path, body, token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
    QCOMPARE(reply.authenticate, QByteArrayLiteral("Bearer"));
}

// Bad input: a learner trying to read the answer key. The quiz route must carry no plain exact
// answer anywhere in its body, yet the protected key must still grade correct answers offline.
void ServerProgressTest::learnerGetsQuizzesWithoutPlainExactAnswers()
{
    const Reply learner
        = request("GET", QStringLiteral("/api/v1/courses/PAIN-704/quizzes"), {}, m_learnerToken);
    QCOMPARE(learner.status, 200);
    QCOMPARE(learner.json.value(QStringLiteral("course")).toString(), QStringLiteral("PAIN-704"));
    QCOMPARE(learner.json.value(QStringLiteral("preview")).toBool(true), false);
    const Reply faculty
        = request("GET", QStringLiteral("/api/v1/courses/PAIN-704/quizzes"), {}, m_facultyToken);
    QCOMPARE(faculty.status, 200);

    const QJsonArray quizzes = learner.json.value(QStringLiteral("quizzes")).toArray();
    QCOMPARE(quizzes.size(), 5); // one per lecture of PAIN-704
    QVERIFY(!learner.body.contains("true_false_answer"));
    int typedAnswers = 0;
    for (const QJsonValue &value : quizzes) {
        const Result<Quiz> protectedQuiz = codec::quizFromJson(value.toObject());
        QVERIFY2(protectedQuiz,
                 qPrintable(protectedQuiz ? QString() : protectedQuiz.error().message));
        QVERIFY(!protectedQuiz.value().version.isEmpty());
        const Quiz full = fullQuiz(protectedQuiz.value().lectureId);
        QCOMPARE(full.questions.size(), protectedQuiz.value().questions.size());
        QCOMPARE(full.version, protectedQuiz.value().version);

        // Typed answers arrive as hashes, never as text (wildcards excepted: a hash cannot
        // match a pattern). And each accepted answer of four or more characters appears in the
        // learner's body only where it also appears in the faculty body outside the key (in a
        // question text, say); shorter ones could turn up inside a base64 hash by chance.
        const QJsonArray learnerQuestions
            = value.toObject().value(QStringLiteral("questions")).toArray();
        for (qsizetype q = 0; q < full.questions.size(); ++q) {
            const Question &question = full.questions.at(q);
            const bool typed = question.type == QuestionType::ShortAnswer
                || (question.type == QuestionType::MissingWord && !offersChoices(question));
            if (!typed)
                continue;
            const QJsonArray answers
                = learnerQuestions.at(q).toObject().value(QStringLiteral("answers")).toArray();
            QCOMPARE(answers.size(), question.answers.size());
            for (qsizetype a = 0; a < answers.size(); ++a) {
                const QString text = question.answers.at(a).text;
                if (isWildcardAnswer(text))
                    continue;
                ++typedAnswers;
                QVERIFY2(!answers.at(a).toObject().contains(QStringLiteral("text")),
                         qPrintable(text));
                QVERIFY(answers.at(a).toObject().contains(QStringLiteral("hash")));
                if (text.size() < 4)
                    continue;
                const QByteArray plain = QJsonDocument(QJsonArray{text})
                                             .toJson(QJsonDocument::Compact)
                                             .mid(1)
                                             .chopped(1); // as JSON writes the string
                QVERIFY2(learner.body.count(plain) < faculty.body.count(plain), plain.constData());
            }
        }
        // The hashes still grade: full marks for the right answers, offline, with this key.
        const QuizGrade graded = gradeQuiz(protectedQuiz.value().questions, correctResponses(full),
                                           full.settings.passMark);
        QCOMPARE(graded.percent, 100.0);
    }
    QVERIFY(typedAnswers > 5); // the demo course really has typed answers to protect
}

// Bad input: faculty asking for the key of a course they do not teach.
void ServerProgressTest::facultyGetTheFullKeyOnlyForCoursesTheyTeach()
{
    const Reply taught
        = request("GET", QStringLiteral("/api/v1/courses/PAIN-704/quizzes"), {}, m_facultyToken);
    QCOMPARE(taught.status, 200);
    QCOMPARE(taught.json.value(QStringLiteral("preview")).toBool(), true);
    QVERIFY(taught.body.contains("\"text\":\"high impact pain\""));
    QVERIFY(taught.body.contains("true_false_answer"));

    const Reply other
        = request("GET", QStringLiteral("/api/v1/courses/PAIN-709/quizzes"), {}, m_facultyToken);
    QCOMPARE(other.status, 200);
    QCOMPARE(other.json.value(QStringLiteral("preview")).toBool(true), false);
    QVERIFY(!other.body.contains("true_false_answer"));
    QVERIFY(other.body.contains("\"hash\""));
}

// Bad input: a course that does not exist, and a draft a learner must not learn exists; both
// answer the same 404. The draft's own faculty still get it.
void ServerProgressTest::hiddenOrMissingCourseIsNotFound_data()
{
    QTest::addColumn<QString>("course");
    QTest::newRow("draft") << QStringLiteral("PAIN-702");
    QTest::newRow("no such course") << QStringLiteral("PAIN-999");
    QTest::newRow("nonsense") << QStringLiteral("..%2F..%2Fetc");
}

void ServerProgressTest::hiddenOrMissingCourseIsNotFound()
{
    QFETCH(QString, course);
    const Reply reply = request("GET", QStringLiteral("/api/v1/courses/%1/quizzes").arg(course), {},
                                m_learnerToken);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));

    const Reply faculty
        = request("GET", QStringLiteral("/api/v1/courses/PAIN-702/quizzes"), {}, m_facultyToken);
    QCOMPARE(faculty.status, 200);
    QCOMPARE(faculty.json.value(QStringLiteral("preview")).toBool(), true);
}

// Bad input: the same viewing event sent again (a lost reply), and twice inside one batch.
void ServerProgressTest::viewingSentTwiceAppliesOnce()
{
    const QString lecture = QStringLiteral("PAIN-704-w1-l1");
    const QJsonObject event = viewingEvent(lecture, QJsonArray{QJsonArray{0, 20000}}, 20000,
                                           QDateTime::currentDateTimeUtc());
    const Reply first = push(m_learnerToken, {event});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.result(0).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const Progress before = pull(m_learnerToken);
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));

    const Reply again = push(m_learnerToken, {event, event});
    QCOMPARE(again.status, 200);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(again.result(i).value(QStringLiteral("event_id")).toString(),
                 event.value(QStringLiteral("event_id")).toString());
        QCOMPARE(again.result(i).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
    }
    // Nothing new for this lecture after the first push, and one record in the whole feed.
    const Progress after = pull(m_learnerToken, before.cursor);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QVERIFY(after.viewingOf(lecture).isEmpty());
    const QList<QJsonObject> records = pull(m_learnerToken).viewingOf(lecture);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.constFirst().value(QStringLiteral("intervals")).toArray(),
             (QJsonArray{QJsonArray{0, 20000}}));

    // A different event overlapping it merges by union.
    QCOMPARE(push(m_learnerToken,
                  {viewingEvent(lecture, QJsonArray{QJsonArray{10000, 30000}}, 30000,
                                QDateTime::currentDateTimeUtc())})
                 .result(0)
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    const QList<QJsonObject> merged = pull(m_learnerToken).viewingOf(lecture);
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.constFirst().value(QStringLiteral("intervals")).toArray(),
             (QJsonArray{QJsonArray{0, 30000}}));
}

// The server applies a batch with each lecture's state kept in memory and written once at the
// end (docs/performance.md); these check that a batch still means the same as its events sent
// one by one.

// Bad input: one push carrying the same event twice, the second time with other content.
void ServerProgressTest::sameEventTwiceInOneBatchAppliesOnce()
{
    const QString lecture = QStringLiteral("PAIN-710-w1-l1"); // 49 s
    const QJsonObject event = viewingEvent(lecture, QJsonArray{QJsonArray{0, 10000}}, 10000,
                                           QDateTime::currentDateTimeUtc());
    // The same id with other intervals: answered as the first copy, its content ignored.
    QJsonObject changed = viewingEvent(lecture, QJsonArray{QJsonArray{20000, 30000}}, 30000,
                                       QDateTime::currentDateTimeUtc().addSecs(60));
    changed.insert(QStringLiteral("event_id"), event.value(QStringLiteral("event_id")));

    const Reply reply = push(m_learnerToken, {event, event, changed});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("results")).toArray().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(reply.result(i).value(QStringLiteral("event_id")).toString(),
                 event.value(QStringLiteral("event_id")).toString());
        QCOMPARE(reply.result(i).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
    }
    const Progress progress = pull(m_learnerToken);
    QVERIFY2(progress.problem.isEmpty(), qPrintable(progress.problem));
    const QList<QJsonObject> records = progress.viewingOf(lecture);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.constFirst().value(QStringLiteral("intervals")).toArray(),
             (QJsonArray{QJsonArray{0, 10000}}));
    QCOMPARE(records.constFirst().value(QStringLiteral("position_ms")).toInteger(), 10000);
}

// Several saves of one lecture in one push merge as they would one push at a time: intervals
// by union, the resume position by (position_at, device) whatever the order they came in.
void ServerProgressTest::eventsOfOneLectureMergeWithinOneBatch()
{
    const QString lecture = QStringLiteral("PAIN-710-w1-l2"); // 49 s
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonArray events{
        viewingEvent(lecture, QJsonArray{QJsonArray{0, 10000}}, 10000, now,
                     QStringLiteral("device-a")),
        viewingEvent(lecture, QJsonArray{QJsonArray{20000, 30000}}, 30000, now.addSecs(10),
                     QStringLiteral("device-a")),
        // Older, so its position loses; its interval joins the two above.
        viewingEvent(lecture, QJsonArray{QJsonArray{5000, 22000}}, 5000, now.addSecs(-60),
                     QStringLiteral("device-b")),
        // The same time as the newest, from a device that sorts after it: this one wins.
        viewingEvent(lecture, QJsonArray{}, 12000, now.addSecs(10), QStringLiteral("device-c")),
        // The same time again from a device that sorts before: it does not.
        viewingEvent(lecture, QJsonArray{}, 40000, now.addSecs(10), QStringLiteral("device-0")),
    };
    const Reply reply = push(m_learnerToken, events);
    QCOMPARE(reply.status, 200);
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(reply.result(i).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
    }
    const QList<QJsonObject> records = pull(m_learnerToken).viewingOf(lecture);
    QCOMPARE(records.size(), 1);
    const QJsonObject viewing = records.constFirst();
    QCOMPARE(viewing.value(QStringLiteral("intervals")).toArray(),
             (QJsonArray{QJsonArray{0, 30000}}));
    QCOMPARE(viewing.value(QStringLiteral("position_ms")).toInteger(), 12000);
    QCOMPARE(viewing.value(QStringLiteral("position_device")).toString(),
             QStringLiteral("device-c"));
    QCOMPARE(viewing.value(QStringLiteral("position_at")).toString(), iso(now.addSecs(10)));

    // The same saves again as new events, one push each, find that state already: nothing
    // changes, and the feed gets no row.
    const Progress before = pull(m_learnerToken);
    for (const QJsonValue &value : events) {
        QJsonObject event = value.toObject();
        event.insert(QStringLiteral("event_id"), newId());
        QCOMPARE(push(m_learnerToken, {event}).result(0).value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("applied")));
    }
    const Progress after = pull(m_learnerToken, before.cursor);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QVERIFY(after.viewingOf(lecture).isEmpty());
}

// The feed gives each changed record one row, at the place of its last change: a lecture
// changed before and after another one in a push comes after it, as it would have with one
// push per event (a device that pulled in between must see the last change again).
void ServerProgressTest::feedOrderFollowsTheLastChangeWithinOneBatch()
{
    const QString first = QStringLiteral("PAIN-710-w2-l1"); // 48 s
    const QString second = QStringLiteral("PAIN-710-w2-l3"); // 49 s
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Progress before = pull(m_learnerToken);
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    const Reply reply
        = push(m_learnerToken,
               {viewingEvent(first, QJsonArray{QJsonArray{0, 10000}}, 10000, now),
                viewingEvent(second, QJsonArray{QJsonArray{0, 10000}}, 10000, now),
                viewingEvent(first, QJsonArray{QJsonArray{10000, 20000}}, 20000, now.addSecs(10))});
    QCOMPARE(reply.status, 200);
    const Progress after = pull(m_learnerToken, before.cursor);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QCOMPARE(after.viewing.size(), 2);
    QCOMPARE(after.viewing.at(0).value(QStringLiteral("lecture_id")).toString(), second);
    QCOMPARE(after.viewing.at(1).value(QStringLiteral("lecture_id")).toString(), first);
    QCOMPARE(after.viewing.at(1).value(QStringLiteral("intervals")).toArray(),
             (QJsonArray{QJsonArray{0, 20000}}));
}

// An attempt pushed before the viewing that unlocks its quiz, in the same push: the answer,
// read once the whole push applied, shows it counted. The answer's result is also the one
// the progress feed serves (the push writes its JSON itself; the feed through the codec).
void ServerProgressTest::attemptCountsOnceViewingLaterInTheSameBatchArrives()
{
    const QString lecture = QStringLiteral("PAIN-710-w2-l2"); // 50 s
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject attempt = attemptEvent(lecture, now.addSecs(-120), now.addSecs(-30), {});
    const QString attemptId = attempt.value(QStringLiteral("payload"))
                                  .toObject()
                                  .value(QStringLiteral("attempt_id"))
                                  .toString();
    const Reply reply
        = push(m_learnerToken,
               {attempt, viewingEvent(lecture, QJsonArray{QJsonArray{0, 50000}}, 50000, now)});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.result(0).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QJsonObject result = reply.result(0).value(QStringLiteral("attempt")).toObject();
    QCOMPARE(result.value(QStringLiteral("attempt_id")).toString(), attemptId);
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("counted"));
    QCOMPARE(result.value(QStringLiteral("attempt_number")).toInt(), 1);
    QCOMPARE(reply.result(1).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

    const Progress progress = pull(m_learnerToken);
    QVERIFY2(progress.problem.isEmpty(), qPrintable(progress.problem));
    QJsonObject pulled = progress.attemptsOf(lecture).value(attemptId);
    QVERIFY(pulled.contains(QStringLiteral("seq")));
    pulled.remove(QStringLiteral("seq"));
    QCOMPARE(result, pulled);

    // Sent again in one push, as a resend and under a new event id: the same result, one
    // attempt, nothing new in the feed.
    QJsonObject again = attempt;
    again.insert(QStringLiteral("event_id"), newId());
    const Reply resent = push(m_learnerToken, {attempt, again});
    QCOMPARE(resent.status, 200);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(resent.result(i).value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(resent.result(i).value(QStringLiteral("attempt")).toObject(), result);
    }
    const Progress after = pull(m_learnerToken, progress.cursor);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QVERIFY(after.attemptsOf(lecture).isEmpty());
    QCOMPARE(pull(m_learnerToken).attemptsOf(lecture).size(), 1);
}

// Four attempts at a quiz that allows three, in one push and out of order: the three that
// finished first count, numbered by when they finished.
void ServerProgressTest::attemptLimitIsInFinishOrderWithinOneBatch()
{
    const QString lecture = QStringLiteral("PAIN-711-w1-l1"); // 45 s, 3 attempts
    QCOMPARE(watch(lecture).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QJsonObject> attempts; // in finish order
    for (int i = 0; i < 4; ++i) {
        attempts.append(
            attemptEvent(lecture, now.addSecs(-600 + i * 60), now.addSecs(-580 + i * 60), {}));
    }
    const Reply reply
        = push(m_learnerToken, {attempts.at(3), attempts.at(1), attempts.at(0), attempts.at(2)});
    QCOMPARE(reply.status, 200);
    const QList<int> finishOrder{3, 1, 0, 2}; // of each answer
    for (int i = 0; i < 4; ++i) {
        const QJsonObject result = reply.result(i).value(QStringLiteral("attempt")).toObject();
        const int n = finishOrder.at(i);
        QCOMPARE(result.value(QStringLiteral("attempt_number")).toInt(), n + 1);
        QCOMPARE(result.value(QStringLiteral("status")).toString(),
                 n < 3 ? QStringLiteral("counted") : QStringLiteral("not_counted"));
    }
    const QHash<QString, QJsonObject> pulled = pull(m_learnerToken).attemptsOf(lecture);
    QCOMPARE(pulled.size(), 4);
    for (int n = 0; n < 4; ++n) {
        const QString id = attempts.at(n)
                               .value(QStringLiteral("payload"))
                               .toObject()
                               .value(QStringLiteral("attempt_id"))
                               .toString();
        QCOMPARE(pulled.value(id).value(QStringLiteral("attempt_number")).toInt(), n + 1);
    }
}

// Six pushes at once (the server may apply them in one transaction), each with the same ten
// events and five of its own: every event applies once, whichever push brought it first, and
// the others answer it as sent before.
void ServerProgressTest::concurrentPushesApplyEachEventOnce()
{
    const QString lecture = QStringLiteral("PAIN-711-w1-l2"); // 47 s
    const auto counter = [this](const QByteArray &name) {
        const Reply metrics = request("GET", QStringLiteral("/metrics"));
        for (const QByteArray &line : metrics.body.split('\n')) {
            if (line.startsWith(name + ' '))
                return line.mid(name.size() + 1).toDouble();
        }
        return -1.0;
    };
    const QByteArray applied = "lectern_sync_events_applied_total{kind=\"viewing\"}";
    const QByteArray duplicates = "lectern_sync_events_duplicate_total";
    const double appliedBefore = counter(applied);
    const double duplicatesBefore = counter(duplicates);
    QVERIFY(appliedBefore >= 0 && duplicatesBefore >= 0);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray shared;
    for (int i = 0; i < 10; ++i) {
        shared.append(viewingEvent(lecture, QJsonArray{QJsonArray{i * 1000, i * 1000 + 1000}},
                                   i * 1000 + 1000, now.addMSecs(i)));
    }
    QList<QNetworkReply *> replies;
    for (int push = 0; push < 6; ++push) {
        QJsonArray events = shared;
        for (int i = 0; i < 5; ++i) {
            const qint64 start = 20000 + (push * 5 + i) * 800;
            events.append(viewingEvent(lecture, QJsonArray{QJsonArray{start, start + 800}},
                                       start + 800, now.addSecs(-60)));
        }
        QNetworkRequest networkRequest(
            m_server.url().resolved(QUrl(QStringLiteral("/api/v1/sync/push"))));
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        networkRequest.setRawHeader("Authorization", "Bearer " + m_learnerToken.toLatin1());
        replies.append(m_network.post(
            networkRequest,
            QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("device-a")},
                                      {QStringLiteral("events"), events}})
                .toJson(QJsonDocument::Compact)));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(60000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonArray results = QJsonDocument::fromJson(reply->readAll())
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        QCOMPARE(results.size(), 15);
        for (const QJsonValue &result : results) {
            QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("applied"));
        }
        reply->deleteLater();
    }
    QCOMPARE(counter(applied) - appliedBefore, 10.0 + 6 * 5);
    QCOMPARE(counter(duplicates) - duplicatesBefore, 5.0 * 10);

    const QList<QJsonObject> records = pull(m_learnerToken).viewingOf(lecture);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.constFirst().value(QStringLiteral("intervals")).toArray(),
             (QJsonArray{QJsonArray{0, 10000}, QJsonArray{20000, 20000 + 30 * 800}}));
    QCOMPARE(records.constFirst().value(QStringLiteral("position_ms")).toInteger(), 10000);
}

// Bad input: a device whose older position arrives last must not win over a newer one.
void ServerProgressTest::resumePositionIsLastWriterWins()
{
    const QString lecture = QStringLiteral("PAIN-715-w1-l2");
    const QDateTime later = QDateTime::currentDateTimeUtc();
    const QDateTime earlier = later.addSecs(-600);
    QVERIFY(push(m_learnerToken,
                 {viewingEvent(lecture, QJsonArray{QJsonArray{0, 30000}}, 30000, later,
                               QStringLiteral("laptop"))},
                 QStringLiteral("laptop"))
                .status
            == 200);
    QVERIFY(push(m_learnerToken,
                 {viewingEvent(lecture, QJsonArray{QJsonArray{40000, 45000}}, 45000, earlier,
                               QStringLiteral("desktop"))},
                 QStringLiteral("desktop"))
                .status
            == 200);
    QList<QJsonObject> records = pull(m_learnerToken).viewingOf(lecture);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.constFirst().value(QStringLiteral("position_ms")).toInteger(), 30000);
    QCOMPARE(records.constFirst().value(QStringLiteral("position_device")).toString(),
             QStringLiteral("laptop"));
    QCOMPARE(records.constFirst().value(QStringLiteral("intervals")).toArray(),
             (QJsonArray{QJsonArray{0, 30000}, QJsonArray{40000, 45000}}));

    // The same time on two devices: the device id decides, the same way everywhere.
    QVERIFY(push(m_learnerToken,
                 {viewingEvent(lecture, QJsonArray{}, 12000, later, QStringLiteral("tablet"))},
                 QStringLiteral("tablet"))
                .status
            == 200);
    records = pull(m_learnerToken).viewingOf(lecture);
    QCOMPARE(records.constFirst().value(QStringLiteral("position_ms")).toInteger(), 12000);
    QCOMPARE(records.constFirst().value(QStringLiteral("position_device")).toString(),
             QStringLiteral("tablet"));
}

void ServerProgressTest::invalidViewingIsRejectedWithAReason_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("reason");
    const QString lecture = QStringLiteral("PAIN-704-w1-l2"); // 49 s
    const auto payload = [&lecture](const QJsonValue &intervals) {
        return QJsonObject{{QStringLiteral("lecture_id"), lecture},
                           {QStringLiteral("intervals"), intervals}};
    };
    QTest::newRow("starts before 0")
        << payload(QJsonArray{QJsonArray{-1000, 5000}}) << QStringLiteral("starts before");
    QTest::newRow("reversed") << payload(QJsonArray{QJsonArray{5000, 1000}})
                              << QStringLiteral("does not end after it starts");
    QTest::newRow("empty span") << payload(QJsonArray{QJsonArray{5000, 5000}})
                                << QStringLiteral("does not end after it starts");
    QTest::newRow("past the end") << payload(QJsonArray{QJsonArray{0, 999000}})
                                  << QStringLiteral("past the end");
    QTest::newRow("three numbers")
        << payload(QJsonArray{QJsonArray{1, 2, 3}}) << QStringLiteral("[start, end] pair");
    QTest::newRow("fractions") << payload(QJsonArray{QJsonArray{0.5, 10}})
                               << QStringLiteral("whole");
    QTest::newRow("text") << payload(QJsonArray{QJsonArray{QStringLiteral("0"), 10}})
                          << QStringLiteral("whole");
    QTest::newRow("not a list") << payload(QStringLiteral("0-10000"))
                                << QStringLiteral("list of [start, end]");
    QJsonObject position = payload(QJsonArray{QJsonArray{0, 1000}});
    position.insert(QStringLiteral("position_ms"), 999000);
    position.insert(QStringLiteral("position_at"), QStringLiteral("2026-11-26T09:00:00.000Z"));
    QTest::newRow("position past the end") << position << QStringLiteral("position_ms");
    QJsonObject time = payload(QJsonArray{QJsonArray{0, 1000}});
    time.insert(QStringLiteral("position_ms"), 500);
    time.insert(QStringLiteral("position_at"), QStringLiteral("yesterday"));
    QTest::newRow("position time") << time << QStringLiteral("position_at");
    QTest::newRow("unknown lecture")
        << QJsonObject{{QStringLiteral("lecture_id"), QStringLiteral("PAIN-999-w1-l1")},
                       {QStringLiteral("intervals"), QJsonArray{QJsonArray{0, 1000}}}}
        << QStringLiteral("Unknown lecture");
    QTest::newRow("draft lecture")
        << QJsonObject{{QStringLiteral("lecture_id"), QStringLiteral("PAIN-702-w1-l1")},
                       {QStringLiteral("intervals"), QJsonArray{QJsonArray{0, 1000}}}}
        << QStringLiteral("Unknown lecture");
}

void ServerProgressTest::invalidViewingIsRejectedWithAReason()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QString, reason);
    const QJsonObject event{{QStringLiteral("event_id"), newId()},
                            {QStringLiteral("kind"), QStringLiteral("viewing")},
                            {QStringLiteral("payload"), payload}};
    const Reply reply = push(m_learnerToken, {event});
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.result(0);
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY2(result.value(QStringLiteral("reason")).toString().contains(reason),
             qPrintable(result.value(QStringLiteral("reason")).toString()));
    const Progress progress = pull(m_learnerToken);
    QVERIFY(progress.viewingOf(payload.value(QStringLiteral("lecture_id")).toString()).isEmpty());
    // Sent again, it answers the same rejection.
    QCOMPARE(push(m_learnerToken, {event}).result(0), result);
}

void ServerProgressTest::invalidAttemptIsRejectedWithAReason_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no attempt id")
        << QStringLiteral("attempt_id") << QJsonValue(QJsonValue::Undefined)
        << QStringLiteral("attempt_id");
    QTest::newRow("finish before start")
        << QStringLiteral("finished_at") << QJsonValue(QStringLiteral("2000-01-01T00:00:00.000Z"))
        << QStringLiteral("before started_at");
    QTest::newRow("question out of range")
        << QStringLiteral("responses")
        << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("question"), 99},
                                             {QStringLiteral("choices"), QJsonArray{0}}}})
        << QStringLiteral("99");
    QTest::newRow("unknown lecture")
        << QStringLiteral("lecture_id") << QJsonValue(QStringLiteral("PAIN-999-w1-l1"))
        << QStringLiteral("Unknown lecture");
}

// Bad input: attempts with a missing id, impossible times, answers to questions that do not
// exist, and an unknown lecture. Rejected, kept nowhere.
void ServerProgressTest::invalidAttemptIsRejectedWithAReason()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    const QString lecture = QStringLiteral("PAIN-715-w2-l2");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject event = attemptEvent(lecture, now.addSecs(-60), now, {});
    QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
    if (value.isUndefined())
        payload.remove(field);
    else
        payload.insert(field, value);
    event.insert(QStringLiteral("payload"), payload);
    const QJsonObject result = push(m_learnerToken, {event}).result(0);
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY2(result.value(QStringLiteral("reason")).toString().contains(reason),
             qPrintable(result.value(QStringLiteral("reason")).toString()));
    QVERIFY(!result.contains(QStringLiteral("attempt")));
    QVERIFY(pull(m_learnerToken).attemptsOf(lecture).isEmpty());
}

// Bad input: an attempt synced before the viewing that unlocked its quiz (the two devices
// synced in the "wrong" order). Refused with the coverage at first, counted once viewing comes.
void ServerProgressTest::attemptBeforeWatchingCountsOnceViewingArrives()
{
    const QString lecture = QStringLiteral("PAIN-704-w1-l3"); // 51 s
    const Quiz quiz = fullQuiz(lecture);
    QVERIFY(!quiz.questions.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject event = attemptEvent(lecture, now.addSecs(-120), now, correctResponses(quiz));
    const QString attemptId = event.value(QStringLiteral("payload"))
                                  .toObject()
                                  .value(QStringLiteral("attempt_id"))
                                  .toString();

    const QJsonObject pushed = push(m_learnerToken, {event}).result(0);
    QCOMPARE(pushed.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QJsonObject refused = pushed.value(QStringLiteral("attempt")).toObject();
    QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QCOMPARE(refused.value(QStringLiteral("reason")).toString(),
             QStringLiteral("The lecture had been watched 0% (90% needed) when this attempt was "
                            "checked."));
    QCOMPARE(refused.value(QStringLiteral("percent")).toDouble(), 100.0); // graded all the same
    QVERIFY(!reviewKeys(refused).contains(QStringLiteral("correct_answer")));

    // Part of the lecture: still refused, with the new coverage.
    QVERIFY(push(m_learnerToken,
                 {viewingEvent(lecture, QJsonArray{QJsonArray{0, 31620}}, 31620, now,
                               QStringLiteral("device-b"))},
                 QStringLiteral("device-b"))
                .status
            == 200);
    QHash<QString, QJsonObject> attempts = pull(m_learnerToken).attemptsOf(lecture);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.value(attemptId).value(QStringLiteral("reason")).toString(),
             QStringLiteral("The lecture had been watched 62% (90% needed) when this attempt "
                            "was checked."));

    // The rest of it, from another device: now it counts.
    const Progress before = pull(m_learnerToken);
    QVERIFY(push(m_learnerToken,
                 {viewingEvent(lecture, QJsonArray{QJsonArray{30000, 51000}}, 51000, now,
                               QStringLiteral("device-b"))},
                 QStringLiteral("device-b"))
                .status
            == 200);
    const Progress after = pull(m_learnerToken, before.cursor);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    const QJsonObject counted = after.attemptsOf(lecture).value(attemptId);
    QCOMPARE(counted.value(QStringLiteral("status")).toString(), QStringLiteral("counted"));
    QCOMPARE(counted.value(QStringLiteral("reason")).toString(), QString());
    QCOMPARE(counted.value(QStringLiteral("attempt_number")).toInt(), 1);
    QVERIFY(reviewKeys(counted).contains(QStringLiteral("correct_answer")));
}

// Bad input: a client that claims 100% for answers that are wrong.
void ServerProgressTest::tamperedProvisionalGradeIsReplaced()
{
    const QString lecture = QStringLiteral("PAIN-704-w2-l1");
    const Quiz quiz = fullQuiz(lecture);
    QVERIFY(!quiz.questions.isEmpty());
    QCOMPARE(watch(lecture).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const QList<Response> wrong = wrongResponses(quiz);
    const QuizGrade expected = gradeQuiz(quiz.questions, wrong, quiz.settings.passMark);
    QVERIFY(expected.percent < 50);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const double max = expected.maxScore;
    const QJsonObject result = push(m_learnerToken,
                                    {attemptEvent(lecture, now.addSecs(-300), now, wrong,
                                                  {{QStringLiteral("score"), max},
                                                   {QStringLiteral("max_score"), max},
                                                   {QStringLiteral("percent"), 100},
                                                   {QStringLiteral("passed"), true}})})
                                   .result(0)
                                   .value(QStringLiteral("attempt"))
                                   .toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("counted"));
    QCOMPARE(result.value(QStringLiteral("score")).toDouble(), expected.score);
    QCOMPARE(result.value(QStringLiteral("max_score")).toDouble(), max);
    QCOMPARE(result.value(QStringLiteral("percent")).toDouble(), expected.percent);
    QCOMPARE(result.value(QStringLiteral("passed")).toBool(true), false);

    const QHash<QString, QJsonObject> pulled = pull(m_learnerToken).attemptsOf(lecture);
    QCOMPARE(pulled.size(), 1);
    QCOMPARE(pulled.constBegin()->value(QStringLiteral("percent")).toDouble(), expected.percent);
    QCOMPARE(pulled.constBegin()->value(QStringLiteral("passed")).toBool(true), false);
}

// Bad input: a fourth attempt at a quiz that allows three (the demo default), with the four
// arriving out of finish order from different syncs.
void ServerProgressTest::attemptsPastTheLimitAreKeptButNotCounted()
{
    const QString lecture = QStringLiteral("PAIN-704-w2-l2");
    const Quiz quiz = fullQuiz(lecture);
    QCOMPARE(quiz.settings.attemptsAllowed, 3);
    watch(lecture);
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QList<QJsonObject> events;
    QStringList ids; // in finish order
    for (int i = 0; i < 4; ++i) {
        const QDateTime finished = base.addSecs(600 * (i + 1));
        events.append(attemptEvent(lecture, finished.addSecs(-120), finished,
                                   i % 2 ? correctResponses(quiz) : wrongResponses(quiz)));
        ids.append(events.constLast()
                       .value(QStringLiteral("payload"))
                       .toObject()
                       .value(QStringLiteral("attempt_id"))
                       .toString());
    }
    for (int i : {2, 0, 3, 1}) {
        QCOMPARE(push(m_learnerToken, {events.at(i)}).result(0).value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("applied")));
    }
    const QHash<QString, QJsonObject> attempts = pull(m_learnerToken).attemptsOf(lecture);
    QCOMPARE(attempts.size(), 4); // none dropped
    for (int i = 0; i < 4; ++i) {
        const QJsonObject attempt = attempts.value(ids.at(i));
        QCOMPARE(attempt.value(QStringLiteral("attempt_number")).toInt(), i + 1);
        QCOMPARE(attempt.value(QStringLiteral("status")).toString(),
                 i < 3 ? QStringLiteral("counted") : QStringLiteral("not_counted"));
    }
    QVERIFY2(attempts.value(ids.at(3))
                 .value(QStringLiteral("reason"))
                 .toString()
                 .contains(QStringLiteral("limit of 3 attempts")),
             qPrintable(attempts.value(ids.at(3)).value(QStringLiteral("reason")).toString()));
}

// Bad input: an attempt started after the close date, one finished after it, and (fine) one
// finished before it but synced only now.
void ServerProgressTest::closeDateJudgesTheReportedTimes()
{
    const QString lecture = QStringLiteral("PAIN-705-w1-l1"); // closes an hour before m_start
    const Quiz quiz = fullQuiz(lecture);
    QVERIFY2(quiz.settings.closesAt.isValid(), "the content's quiz_settings were not imported");
    watch(lecture);
    const QDateTime closes = quiz.settings.closesAt;
    const QJsonObject before = attemptEvent(lecture, closes.addSecs(-1800), closes.addSecs(-600),
                                            correctResponses(quiz));
    const QJsonObject startedAfter
        = attemptEvent(lecture, closes.addSecs(600), closes.addSecs(900), correctResponses(quiz));
    const QJsonObject finishedAfter
        = attemptEvent(lecture, closes.addSecs(-600), closes.addSecs(60), correctResponses(quiz));
    const Reply reply = push(m_learnerToken, {before, startedAfter, finishedAfter});
    QCOMPARE(reply.status, 200);
    const auto attempt = [&reply](int i) {
        return reply.result(i).value(QStringLiteral("attempt")).toObject();
    };
    QCOMPARE(attempt(0).value(QStringLiteral("status")).toString(), QStringLiteral("counted"));
    QCOMPARE(attempt(1).value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QVERIFY2(attempt(1)
                 .value(QStringLiteral("reason"))
                 .toString()
                 .contains(QStringLiteral("started after")),
             qPrintable(attempt(1).value(QStringLiteral("reason")).toString()));
    QCOMPARE(attempt(2).value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QVERIFY2(attempt(2)
                 .value(QStringLiteral("reason"))
                 .toString()
                 .contains(QStringLiteral("finished after")),
             qPrintable(attempt(2).value(QStringLiteral("reason")).toString()));
    // Both sides keep the refused ones.
    QCOMPARE(pull(m_learnerToken).attemptsOf(lecture).size(), 3);
}

// Bad input: an attempt that took twice its time limit; one that overran by less than the
// accepted skew still counts.
void ServerProgressTest::timeLimitAllowsFiveMinutesOfSkew()
{
    const QString lecture = QStringLiteral("PAIN-705-w1-l2"); // 10 minutes
    const Quiz quiz = fullQuiz(lecture);
    QCOMPARE(quiz.settings.timeLimitMinutes, 10);
    watch(lecture);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Reply reply = push(m_learnerToken,
                             {attemptEvent(lecture, now.addSecs(-20 * 60), now, {}),
                              attemptEvent(lecture, now.addSecs(-14 * 60), now, {})});
    const QJsonObject tooLong = reply.result(0).value(QStringLiteral("attempt")).toObject();
    QCOMPARE(tooLong.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QVERIFY2(tooLong.value(QStringLiteral("reason"))
                 .toString()
                 .contains(QStringLiteral("time limit is 10 minutes")),
             qPrintable(tooLong.value(QStringLiteral("reason")).toString()));
    const QJsonObject skewed = reply.result(1).value(QStringLiteral("attempt")).toObject();
    QCOMPARE(skewed.value(QStringLiteral("status")).toString(), QStringLiteral("counted"));
}

// Bad input: an attempt started a day before the quiz opens.
void ServerProgressTest::attemptBeforeTheQuizOpensIsRefused()
{
    const QString lecture = QStringLiteral("PAIN-705-w2-l2");
    const Quiz quiz = fullQuiz(lecture);
    QVERIFY(quiz.settings.opensAt.isValid());
    watch(lecture);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject result
        = push(m_learnerToken,
               {attemptEvent(lecture, now.addSecs(-60), now, correctResponses(quiz))})
              .result(0)
              .value(QStringLiteral("attempt"))
              .toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QVERIFY2(result.value(QStringLiteral("reason")).toString().contains(QStringLiteral("opens")),
             qPrintable(result.value(QStringLiteral("reason")).toString()));
}

// Bad input: a device whose clock runs ten minutes ahead of the server's.
void ServerProgressTest::deviceClockAheadIsRefused()
{
    const QString lecture = QStringLiteral("PAIN-705-w2-l1");
    watch(lecture);
    const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(600);
    const QJsonObject result
        = push(m_learnerToken, {attemptEvent(lecture, ahead.addSecs(-120), ahead, {})})
              .result(0)
              .value(QStringLiteral("attempt"))
              .toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QVERIFY2(result.value(QStringLiteral("reason"))
                 .toString()
                 .contains(QStringLiteral("device clock is ahead")),
             qPrintable(result.value(QStringLiteral("reason")).toString()));
    // A clock a minute ahead is within the skew.
    const QDateTime slightly = QDateTime::currentDateTimeUtc().addSecs(60);
    QCOMPARE(push(m_learnerToken, {attemptEvent(lecture, slightly.addSecs(-120), slightly, {})})
                 .result(0)
                 .value(QStringLiteral("attempt"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("counted"));
}

// Bad input: a learner hoping to see the answers before the last attempt (show_answers
// after_last_attempt, two attempts) or any feedback (show_feedback false).
void ServerProgressTest::answersAppearAfterTheLastAttempt()
{
    const QString lecture = QStringLiteral("PAIN-705-w2-l3");
    const Quiz quiz = fullQuiz(lecture);
    QCOMPARE(quiz.settings.showAnswers, AnswerVisibility::AfterLastAttempt);
    QCOMPARE(quiz.settings.attemptsAllowed, 2);
    watch(lecture);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject first
        = push(m_learnerToken,
               {attemptEvent(lecture, now.addSecs(-600), now.addSecs(-500), wrongResponses(quiz))})
              .result(0)
              .value(QStringLiteral("attempt"))
              .toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("counted"));
    QVERIFY(!first.value(QStringLiteral("review")).toArray().isEmpty());
    QCOMPARE(reviewKeys(first).contains(QStringLiteral("correct_answer")), false);
    QCOMPARE(reviewKeys(first).contains(QStringLiteral("feedback")), false);
    const Progress before = pull(m_learnerToken);

    const QJsonObject second = push(m_learnerToken,
                                    {attemptEvent(lecture, now.addSecs(-400), now.addSecs(-300),
                                                  correctResponses(quiz))})
                                   .result(0)
                                   .value(QStringLiteral("attempt"))
                                   .toObject();
    QVERIFY(reviewKeys(second).contains(QStringLiteral("correct_answer")));
    QCOMPARE(reviewKeys(second).contains(QStringLiteral("feedback")), false);
    // The first attempt comes again, now with its answers, so other devices learn them too.
    const Progress after = pull(m_learnerToken, before.cursor);
    const QJsonObject again
        = after.attemptsOf(lecture).value(first.value(QStringLiteral("attempt_id")).toString());
    QVERIFY(reviewKeys(again).contains(QStringLiteral("correct_answer")));
}

// Bad input: an operator changing a quiz's settings after a learner took it. The re-import keeps
// the questions' salts, gives the quiz a new version, and sends the attempt again as the new
// settings show it.
void ServerProgressTest::changedSettingsResendTheLecturesAttempts()
{
    const QString lecture = QStringLiteral("PAIN-709-w1-l1");
    // The demo faculty do not teach PAIN-709, so this is the protected form; it carries the
    // salts and the version all the same.
    const Quiz before = fullQuiz(lecture);
    QVERIFY(before.settings.showFeedback);
    watch(lecture);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject first
        = push(m_learnerToken,
               {attemptEvent(lecture, now.addSecs(-300), now, wrongResponses(before))})
              .result(0)
              .value(QStringLiteral("attempt"))
              .toObject();
    QVERIFY(reviewKeys(first).contains(QStringLiteral("feedback")));
    const Progress seen = pull(m_learnerToken);

    QVERIFY(editJson(
        m_content.filePath(QStringLiteral("courses/PAIN-709.json")),
        [&lecture](QJsonObject &course) {
            setLectureQuizSettings(course, lecture, {{QStringLiteral("show_feedback"), false}});
        }));
    QString output;
    QVERIFY2(m_server.importProgramme(m_content.path(), &output), qPrintable(output));
    m_quizzes.remove(lecture);
    const Quiz after = fullQuiz(lecture);
    QVERIFY(!after.settings.showFeedback);
    QVERIFY(after.version != before.version);
    QCOMPARE(after.questions.size(), before.questions.size());
    for (qsizetype i = 0; i < after.questions.size(); ++i)
        QCOMPARE(after.questions.at(i).keySalt, before.questions.at(i).keySalt);

    const Progress resent = pull(m_learnerToken, seen.cursor);
    QVERIFY2(resent.problem.isEmpty(), qPrintable(resent.problem));
    const QJsonObject again
        = resent.attemptsOf(lecture).value(first.value(QStringLiteral("attempt_id")).toString());
    QCOMPARE(again.value(QStringLiteral("status")).toString(), QStringLiteral("counted"));
    QVERIFY(!reviewKeys(again).contains(QStringLiteral("feedback")));
    QCOMPARE(again.value(QStringLiteral("score")), first.value(QStringLiteral("score")));
}

// Bad input: faculty pushing an attempt, which preview must never record.
void ServerProgressTest::facultyAttemptIsRejected()
{
    const QString lecture = QStringLiteral("PAIN-715-w1-l1");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject result
        = push(m_facultyToken, {attemptEvent(lecture, now.addSecs(-60), now, {})}).result(0);
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY2(result.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Faculty")),
             qPrintable(result.value(QStringLiteral("reason")).toString()));
    const Progress progress = pull(m_facultyToken);
    QVERIFY2(progress.problem.isEmpty(), qPrintable(progress.problem));
    QVERIFY(progress.attempts.isEmpty());
}

// Bad input: a second user sending an event id the first one already used.
void ServerProgressTest::eventIdOfAnotherUserIsRejected()
{
    const QString lecture = QStringLiteral("PAIN-715-w2-l1");
    const QJsonObject event = viewingEvent(lecture, QJsonArray{QJsonArray{0, 5000}}, 5000,
                                           QDateTime::currentDateTimeUtc());
    QCOMPARE(push(m_learnerToken, {event}).result(0).value(QStringLiteral("status")).toString(),
             QStringLiteral("applied"));
    const QJsonObject taken = push(m_facultyToken, {event}).result(0);
    QCOMPARE(taken.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY2(
        taken.value(QStringLiteral("reason")).toString().contains(QStringLiteral("another user")),
        qPrintable(taken.value(QStringLiteral("reason")).toString()));
    QVERIFY(pull(m_facultyToken).viewingOf(lecture).isEmpty());
    // The learner who owns it still gets it acknowledged.
    QCOMPARE(push(m_learnerToken, {event}).result(0).value(QStringLiteral("status")).toString(),
             QStringLiteral("applied"));
}

void ServerProgressTest::malformedPushIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QByteArray("{\"events\": [") << 400
                              << QStringLiteral("malformed_json");
    QTest::newRow("a list") << QByteArray("[]") << 400 << QStringLiteral("malformed_json");
    QTest::newRow("no events") << QByteArray("{\"device_id\": \"d\"}") << 400
                               << QStringLiteral("malformed_json");
    QTest::newRow("events not a list") << QByteArray("{\"events\": {\"event_id\": \"x\"}}") << 400
                                       << QStringLiteral("malformed_json");
    QTest::newRow("device id a number") << QByteArray("{\"device_id\": 5, \"events\": []}") << 400
                                        << QStringLiteral("malformed_json");

    // 501 viewing events for a lecture nothing else touches: none may apply.
    QJsonArray events;
    for (int i = 0; i < 501; ++i) {
        events.append(viewingEvent(QStringLiteral("PAIN-715-w1-l1"),
                                   QJsonArray{QJsonArray{i, i + 1}}, i,
                                   QDateTime::currentDateTimeUtc()));
    }
    QTest::newRow("501 events")
        << QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson() << 413
        << QStringLiteral("too_large");
    QByteArray huge = "{\"events\": [], \"padding\": \"";
    huge.append(QByteArray(4 * 1024 * 1024, 'x'));
    huge.append("\"}");
    QTest::newRow("over 4 MiB") << huge << 413 << QStringLiteral("too_large");
}

// Bad input: bodies that are not a push at all, too many events, too many bytes.
void ServerProgressTest::malformedPushIsRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Reply reply = request("POST", QStringLiteral("/api/v1/sync/push"), body, m_learnerToken);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QVERIFY(pull(m_learnerToken).viewingOf(QStringLiteral("PAIN-715-w1-l1")).isEmpty());
}

void ServerProgressTest::progressRefusesBadCursorOrLimit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("cursor text") << QStringLiteral("since=abc") << QStringLiteral("bad_cursor");
    QTest::newRow("cursor negative") << QStringLiteral("since=-5") << QStringLiteral("bad_cursor");
    QTest::newRow("limit zero") << QStringLiteral("limit=0") << QStringLiteral("bad_limit");
    QTest::newRow("limit text") << QStringLiteral("limit=many") << QStringLiteral("bad_limit");
}

// Bad input: cursors and limits the server never issued or cannot honour.
void ServerProgressTest::progressRefusesBadCursorOrLimit()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    const Reply reply
        = request("GET", QStringLiteral("/api/v1/progress?") + query, {}, m_learnerToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
}

QTEST_GUILESS_MAIN(ServerProgressTest)
#include "tst_serverprogress.moc"
