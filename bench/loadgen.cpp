// The sync load generator (docs/performance.md, "Sync: push throughput"): simulated learners
// against a running lectern-server, reporting sustained events/s and request latency.
//
//   lectern_loadgen learners --data DATA [--database URL] --count N
//       Creates the learners bench-learner-1 … bench-learner-N in the server's store, each with
//       the demo learner's enrolment and password (run `lectern-server import … --demo-users`
//       first). The server's CLI makes only the two demo accounts, and N learners sharing one
//       account would all contend for that one user's feed.
//
//   lectern_loadgen run --url http://127.0.0.1:PORT --learners N --connections K
//                       [--seconds S] [--batch B] [--requests R] [--users bench|demo]
//       Each learner logs in and pulls its progress (GET /api/v1/progress, every page); then K
//       connections push batches of B events (POST /api/v1/sync/push) for S seconds, each
//       connection taking its learners in turn and sending its next batch once the last one
//       was answered. The events are what a client's outbox holds: a learner watches the
//       lectures it can see one after another in 10 s steps (a viewing event with the new
//       interval and resume position each), and after a lecture's last step attempts its quiz
//       (a quiz_attempt event), so every event is valid and changes state. Prints one JSON line:
//       events/s, requests, p50/p99/max latency, and how many events the server refused (0
//       when the generator is right). With --requests R each connection stops after R pushes
//       instead (the window is then until the last answer): the same events on every run, for
//       comparing the server's work per event, e.g. under valgrind --tool=callgrind.

#include "benchlectures.h"

#include "accountstore.h"
#include "databaseurl.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace lectern;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "lectern_loadgen: %s\n", qPrintable(message));
    return 1;
}

// --- learners -------------------------------------------------------------------------------

int createLearners(const QString &data, const QString &databaseUrl, int count)
{
    DatabaseUrl url;
    if (!databaseUrl.isEmpty()) {
        const Result<DatabaseUrl> parsed = DatabaseUrl::parse(databaseUrl);
        if (!parsed)
            return fail(parsed.error().message);
        url = parsed.value();
    }
    ServerStore store(data, url);
    if (Status s = store.open(); !s)
        return fail(s.error().message);
    const AccountStore accounts(store);
    const Result<std::optional<Account>> demo = accounts.findByUsername(QStringLiteral("learner"));
    if (!demo || !demo.value())
        return fail(QStringLiteral("no demo learner: import with --demo-users first"));
    const Result<std::optional<Enrolment>> enrolment = accounts.enrolmentOf(demo.value()->id);
    if (!enrolment || !enrolment.value())
        return fail(QStringLiteral("the demo learner has no enrolment"));
    for (int i = 1; i <= count; ++i) {
        Account account = *demo.value();
        account.id = 0;
        account.username = QStringLiteral("bench-learner-%1").arg(i);
        account.displayName = QStringLiteral("Bench Learner %1").arg(i);
        const Result<qint64> id = accounts.saveUser(account);
        if (!id)
            return fail(id.error().message);
        account.id = id.value();
        if (Status s = accounts.saveEnrolment(account, *enrolment.value()); !s)
            return fail(s.error().message);
    }
    return 0;
}

// --- run ------------------------------------------------------------------------------------

struct LectureInfo
{
    QByteArray id;
    qint64 durationMs = 0;
    bool hasQuiz = false;
};

struct Learner
{
    QByteArray token;
    QByteArray deviceId;
    qsizetype lecture = 0; // index into the lecture list
    qint64 positionMs = 0;
    qint64 nextEvent = 0;
};

QByteArray nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
}

// Waits for the reply and gives its body; empty with *error set on failure.
QByteArray finish(QNetworkReply *reply, QString *error)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        *error = QStringLiteral("%1 → %2 %3")
                     .arg(reply->url().path())
                     .arg(status)
                     .arg(QString::fromUtf8(body.left(300)));
    }
    reply->deleteLater();
    return body;
}

QNetworkRequest jsonRequest(const QUrl &url, const QByteArray &token = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token);
    return request;
}

// Every lecture the learner takes, in catalog order.
Result<QList<LectureInfo>> fetchLectures(QNetworkAccessManager &network, const QUrl &base,
                                         const QByteArray &token)
{
    QList<QJsonObject> pages;
    QString cursor = QStringLiteral("0");
    for (;;) {
        QUrl url = base.resolved(QUrl(QStringLiteral("/api/v1/catalog")));
        url.setQuery(QStringLiteral("since=%1&limit=200").arg(cursor));
        QString error;
        const QByteArray body = finish(network.get(jsonRequest(url, token)), &error);
        if (!error.isEmpty())
            return Error{QStringLiteral("catalog"), error};
        pages.append(QJsonDocument::fromJson(body).object());
        cursor = pages.constLast().value(QStringLiteral("cursor")).toString();
        if (!pages.constLast().value(QStringLiteral("has_more")).toBool())
            break;
    }
    QList<LectureInfo> lectures;
    for (const bench::TakenLecture &taken : bench::takenLectures(pages))
        lectures.append({taken.id.toUtf8(), taken.durationMs, taken.hasQuiz});
    if (lectures.isEmpty())
        return Error{QStringLiteral("catalog"), QStringLiteral("the learner takes no lectures")};
    return lectures;
}

// One event of the learner's outbox: the next 10 s of the current lecture, or after its last
// step the attempt at its quiz; then on to the next lecture.
void appendEvent(QByteArray &out, Learner &learner, const QList<LectureInfo> &lectures,
                 const QByteArray &now, const QByteArray &started, int learnerIndex)
{
    constexpr qint64 kStepMs = 10'000;
    const LectureInfo &lecture = lectures.at(learner.lecture);
    const QByteArray eventId = "lg-" + learner.deviceId + '-' + QByteArray::number(learnerIndex)
        + '-' + QByteArray::number(learner.nextEvent++);
    if (learner.positionMs < lecture.durationMs) {
        const qint64 end = std::min(learner.positionMs + kStepMs, lecture.durationMs);
        out += "{\"event_id\":\"" + eventId + "\",\"kind\":\"viewing\",\"created_at\":\"" + now
            + "\",\"payload\":{\"lecture_id\":\"" + lecture.id + "\",\"intervals\":[["
            + QByteArray::number(learner.positionMs) + ',' + QByteArray::number(end)
            + "]],\"position_ms\":" + QByteArray::number(end) + ",\"position_at\":\"" + now
            + "\",\"device_id\":\"" + learner.deviceId + "\"}}";
        learner.positionMs = end;
        if (end < lecture.durationMs || lecture.hasQuiz)
            return;
    } else {
        out += "{\"event_id\":\"" + eventId + "\",\"kind\":\"quiz_attempt\",\"created_at\":\"" + now
            + "\",\"payload\":{\"attempt_id\":\"" + eventId + "-a\",\"lecture_id\":\"" + lecture.id
            + "\",\"started_at\":\"" + started + "\",\"finished_at\":\"" + now
            + "\",\"auto_submitted\":false,\"device_id\":\"" + learner.deviceId
            + "\",\"responses\":[]}}";
    }
    learner.positionMs = 0;
    learner.lecture = (learner.lecture + 1) % lectures.size();
}

// One HTTP connection: sends a batch, waits for its answer, sends the next, until the end.
class Connection final : public QObject
{
public:
    struct Totals
    {
        qint64 events = 0;
        qint64 applied = 0;
        qint64 rejected = 0;
        QString firstRejection;
        QString failure;
        QList<double> latenciesMs;
    };

    Connection(const QUrl &pushUrl, QList<Learner *> learners, const QList<LectureInfo> &lectures,
               int batch, const QElapsedTimer &clock, qint64 endMs, int maxRequests, Totals &totals)
        : m_pushUrl(pushUrl)
        , m_learners(std::move(learners))
        , m_lectures(lectures)
        , m_batch(batch)
        , m_clock(clock)
        , m_endMs(endMs)
        , m_maxRequests(maxRequests)
        , m_totals(totals)
    { }

    void start(const std::function<void()> &done)
    {
        m_done = done;
        sendNext();
    }

private:
    void sendNext()
    {
        if (m_clock.elapsed() >= m_endMs || !m_totals.failure.isEmpty()
            || (m_maxRequests > 0 && m_sent == m_maxRequests)) {
            m_done();
            return;
        }
        Learner &learner = *m_learners.at(m_next++ % m_learners.size());
        const QByteArray now = nowText();
        const QByteArray started
            = QDateTime::currentDateTimeUtc().addSecs(-90).toString(Qt::ISODateWithMs).toLatin1();
        QByteArray body = "{\"device_id\":\"" + learner.deviceId + "\",\"events\":[";
        for (int i = 0; i < m_batch; ++i) {
            if (i > 0)
                body += ',';
            appendEvent(body, learner, m_lectures, now, started, int(m_next));
        }
        body += "]}";
        m_sentAt.start();
        ++m_sent;
        QNetworkReply *reply = m_network.post(jsonRequest(m_pushUrl, learner.token), body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
    }

    void answered(QNetworkReply *reply)
    {
        const double latencyMs = double(m_sentAt.nsecsElapsed()) / 1e6;
        QString error;
        const QByteArray body = finish(reply, &error);
        if (!error.isEmpty()) {
            m_totals.failure = error;
            m_done();
            return;
        }
        // Only batches answered inside the window count: the rate is of work finished.
        if (m_clock.elapsed() <= m_endMs || m_maxRequests > 0) {
            m_totals.latenciesMs.append(latencyMs);
            const QJsonArray results
                = QJsonDocument::fromJson(body).object().value(QStringLiteral("results")).toArray();
            m_totals.events += results.size();
            for (const QJsonValue &value : results) {
                const QJsonObject result = value.toObject();
                if (result.value(QStringLiteral("status")).toString() == u"applied") {
                    ++m_totals.applied;
                } else {
                    ++m_totals.rejected;
                    if (m_totals.firstRejection.isEmpty())
                        m_totals.firstRejection = result.value(QStringLiteral("reason")).toString();
                }
            }
        }
        sendNext();
    }

    QNetworkAccessManager m_network;
    const QUrl m_pushUrl;
    const QList<Learner *> m_learners;
    const QList<LectureInfo> &m_lectures;
    const int m_batch;
    const QElapsedTimer &m_clock;
    const qint64 m_endMs;
    const int m_maxRequests; // 0: no limit
    Totals &m_totals;
    qsizetype m_next = 0;
    int m_sent = 0;
    QElapsedTimer m_sentAt;
    std::function<void()> m_done;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

int run(const QUrl &base, int learnerCount, int connections, int seconds, int batch, int requests,
        const QString &users)
{
    QNetworkAccessManager network;
    QList<Learner> learners(learnerCount);
    const QByteArray runId = QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);

    // Logins: all at once; the server hashes them on its pool.
    QList<QNetworkReply *> logins;
    for (int i = 0; i < learnerCount; ++i) {
        const QString name = users == u"demo" ? QStringLiteral("learner")
                                              : QStringLiteral("bench-learner-%1").arg(i + 1);
        const QJsonObject credentials{{QStringLiteral("username"), name},
                                      {QStringLiteral("password"), QStringLiteral("learner-demo")}};
        logins.append(
            network.post(jsonRequest(base.resolved(QUrl(QStringLiteral("/api/v1/auth/login")))),
                         QJsonDocument(credentials).toJson(QJsonDocument::Compact)));
    }
    for (int i = 0; i < learnerCount; ++i) {
        QString error;
        const QByteArray body = finish(logins.at(i), &error);
        if (!error.isEmpty())
            return fail(error);
        learners[i].token = QJsonDocument::fromJson(body)
                                .object()
                                .value(QStringLiteral("token"))
                                .toString()
                                .toUtf8();
        learners[i].deviceId = runId + "-d" + QByteArray::number(i + 1);
    }
    const Result<QList<LectureInfo>> lectures = fetchLectures(network, base, learners[0].token);
    if (!lectures)
        return fail(lectures.error().message);
    // Learners start at different lectures, as real ones would be.
    for (int i = 0; i < learnerCount; ++i)
        learners[i].lecture = (i * 7) % lectures.value().size();

    // Pull: every learner's whole progress feed, as a client does at start.
    QElapsedTimer pullClock;
    pullClock.start();
    qint64 pulledRows = 0;
    for (Learner &learner : learners) {
        QString cursor = QStringLiteral("0");
        for (;;) {
            QUrl url = base.resolved(QUrl(QStringLiteral("/api/v1/progress")));
            url.setQuery(QStringLiteral("since=%1&limit=1000").arg(cursor));
            QString error;
            const QJsonObject page
                = QJsonDocument::fromJson(
                      finish(network.get(jsonRequest(url, learner.token)), &error))
                      .object();
            if (!error.isEmpty())
                return fail(error);
            pulledRows += page.value(QStringLiteral("viewing")).toArray().size()
                + page.value(QStringLiteral("attempts")).toArray().size();
            cursor = page.value(QStringLiteral("cursor")).toString();
            if (!page.value(QStringLiteral("has_more")).toBool())
                break;
        }
    }
    const qint64 pullMs = pullClock.elapsed();

    // Push for the duration over the connections. Said on stderr, for a profiler to start now.
    std::fprintf(stderr, "lectern_loadgen: pushing for %d s\n", seconds);
    const QUrl pushUrl = base.resolved(QUrl(QStringLiteral("/api/v1/sync/push")));
    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = qint64(seconds) * 1000;
    std::vector<Connection::Totals> totals(static_cast<size_t>(connections));
    std::vector<std::unique_ptr<Connection>> open;
    int running = connections;
    QEventLoop loop;
    for (int c = 0; c < connections; ++c) {
        QList<Learner *> mine;
        for (int i = c % learnerCount; i < learnerCount; i += connections)
            mine.append(&learners[i]);
        open.push_back(std::make_unique<Connection>(pushUrl, mine, lectures.value(), batch, clock,
                                                    endMs, requests, totals[size_t(c)]));
    }
    for (auto &connection : open) {
        connection->start([&running, &loop] {
            if (--running == 0)
                QTimer::singleShot(0, &loop, &QEventLoop::quit);
        });
    }
    loop.exec();
    const double elapsedS = double(clock.elapsed()) / 1000.0;

    Connection::Totals all;
    for (const Connection::Totals &t : totals) {
        all.events += t.events;
        all.applied += t.applied;
        all.rejected += t.rejected;
        all.latenciesMs += t.latenciesMs;
        if (all.firstRejection.isEmpty())
            all.firstRejection = t.firstRejection;
        if (all.failure.isEmpty())
            all.failure = t.failure;
    }
    if (!all.failure.isEmpty())
        return fail(all.failure);
    const double window = requests > 0 ? elapsedS : std::min(elapsedS, double(seconds));
    const QJsonObject report{
        {QStringLiteral("learners"), learnerCount},
        {QStringLiteral("connections"), connections},
        {QStringLiteral("batch"), batch},
        {QStringLiteral("seconds"), window},
        {QStringLiteral("pull_ms"), pullMs},
        {QStringLiteral("pulled_rows"), pulledRows},
        {QStringLiteral("requests"), all.latenciesMs.size()},
        {QStringLiteral("events"), all.events},
        {QStringLiteral("events_per_s"), qRound(double(all.events) / window)},
        {QStringLiteral("p50_ms"), qRound(percentile(all.latenciesMs, 0.50) * 10) / 10.0},
        {QStringLiteral("p99_ms"), qRound(percentile(all.latenciesMs, 0.99) * 10) / 10.0},
        {QStringLiteral("max_ms"), qRound(percentile(all.latenciesMs, 1.0) * 10) / 10.0},
        {QStringLiteral("rejected"), all.rejected},
        {QStringLiteral("first_rejection"), all.firstRejection},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return all.rejected == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("learners or run"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("server data folder"),
                                  QStringLiteral("DATA"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("postgresql:// URL"), QStringLiteral("URL"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("learners to create"),
                                   QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("server base URL"),
                                 QStringLiteral("URL"));
    const QCommandLineOption learners(QStringLiteral("learners"),
                                      QStringLiteral("simulated learners"), QStringLiteral("N"),
                                      QStringLiteral("32"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         QStringLiteral("HTTP connections"), QStringLiteral("K"),
                                         QStringLiteral("8"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("push duration"),
                                     QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("events per push"),
                                   QStringLiteral("B"), QStringLiteral("100"));
    const QCommandLineOption requests(
        QStringLiteral("requests"),
        QStringLiteral("pushes per connection, then stop (0: push for --seconds); the same "
                       "events every time, for comparing the server's work per event"),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption users(QStringLiteral("users"),
                                   QStringLiteral("bench (bench-learner-N) or demo (all log in "
                                                  "as the demo learner)"),
                                   QStringLiteral("KIND"), QStringLiteral("bench"));
    parser.addOptions(
        {data, database, count, url, learners, connections, seconds, batch, requests, users});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const QString mode = args.value(0);
    if (mode == u"learners") {
        if (!parser.isSet(data))
            return fail(QStringLiteral("learners needs --data"));
        return createLearners(parser.value(data), parser.value(database),
                              parser.value(count).toInt());
    }
    if (mode == u"run") {
        const QUrl base(parser.value(url));
        const int n = parser.value(learners).toInt();
        const int k = parser.value(connections).toInt();
        const int s = parser.value(seconds).toInt();
        const int b = parser.value(batch).toInt();
        const int r = parser.value(requests).toInt();
        if (!base.isValid() || base.isRelative() || n < 1 || k < 1 || s < 1 || b < 1 || b > 500
            || r < 0)
            return fail(QStringLiteral("run needs --url and positive --learners, --connections, "
                                       "--seconds and --batch (at most 500)"));
        return run(base, n, k, s, b, r, parser.value(users));
    }
    parser.showHelp(2);
}
