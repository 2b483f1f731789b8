// The first full sync of one learner with three years of progress (docs/performance.md, "Sync:
// first full sync"), through the client's own CatalogSync, ProgressSync and LocalStore against
// a running lectern-server, with a heartbeat timer on the main (GUI) thread that measures how
// long that thread was ever kept from its event loop.
//
//   lectern-bench-firstsync URL [--runs N] [--user NAME --password PASSWORD]
//
// 1. Seeds, once per server (skipped when the learner already has progress): three years of a
//    learner's work pushed as a device would have pushed it: every lecture the learner sees
//    (all 27 courses) watched in sittings days apart, in 10 s saves with skips and replays,
//    every quiz attempted one to three times. Deterministic.
// 2. N times, each from an empty client database in a new temporary folder: logs in (not
//    timed: the token is what a signed-in app already has), then times catalog sync + progress
//    sync (push of the empty outbox, pull of the whole feed, download of every course's
//    quizzes) + reloading the progress the window shows, while a 5 ms heartbeat QTimer on the
//    main thread records the longest gap between its ticks beyond 5 ms.
// Prints one JSON line per run and the medians.

#include "benchlectures.h"
#include "store/localstore.h"
#include "sync/apiclient.h"
#include "sync/catalogsync.h"
#include "sync/progresssync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace lectern;

namespace {

constexpr int kWaitMs = 120000;

int fail(const QString &message)
{
    std::fprintf(stderr, "lectern-bench-firstsync: %s\n", qPrintable(message));
    return 1;
}

// Waits on a local event loop for ready(), at most kWaitMs; false on timeout.
template<typename Ready>
bool waitFor(Ready ready)
{
    QElapsedTimer clock;
    clock.start();
    while (!ready()) {
        if (clock.elapsed() > kWaitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

Result<QByteArray> call(QNetworkAccessManager &network, const QUrl &url, const QString &token,
                        const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
    QNetworkReply *reply = body.isNull() ? network.get(request) : network.post(request, body);
    waitFor([reply] { return reply->isFinished(); });
    const QByteArray answer = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200) {
        return Error{QStringLiteral("http"),
                     QStringLiteral("%1 → %2 %3")
                         .arg(url.path())
                         .arg(status)
                         .arg(QString::fromUtf8(answer.left(300)))};
    }
    return answer;
}

// Three years of one learner's events, pushed in batches as a device's outbox would be.
Status seed(QNetworkAccessManager &network, const QUrl &base, const QString &token)
{
    const Result<QByteArray> feed = call(
        network, base.resolved(QUrl(QStringLiteral("/api/v1/progress?since=0&limit=1"))), token);
    if (!feed)
        return feed.error();
    if (!QJsonDocument::fromJson(feed.value())
             .object()
             .value(QStringLiteral("viewing"))
             .toArray()
             .isEmpty()) {
        return ok(); // seeded before
    }
    using Lecture = bench::TakenLecture;
    QList<QJsonObject> pages;
    QString cursor = QStringLiteral("0");
    for (;;) {
        const Result<QByteArray> page
            = call(network,
                   base.resolved(QUrl(QStringLiteral("/api/v1/catalog?limit=200&since=") + cursor)),
                   token);
        if (!page)
            return page.error();
        pages.append(QJsonDocument::fromJson(page.value()).object());
        cursor = pages.constLast().value(QStringLiteral("cursor")).toString();
        if (!pages.constLast().value(QStringLiteral("has_more")).toBool())
            break;
    }
    const QList<Lecture> lectures = bench::takenLectures(pages);

    QRandomGenerator random(20261126);
    QDateTime when = QDateTime::currentDateTimeUtc().addDays(-3 * 365);
    const qint64 daysPerLecture = (3 * 365) / std::max<qsizetype>(1, lectures.size());
    QJsonArray events;
    int serial = 0;
    const auto stamp = [](const QDateTime &time) {
        return time.toString(Qt::ISODateWithMs);
    };
    const auto viewing = [&](const Lecture &lecture, qint64 from, qint64 to) {
        events.append(QJsonObject{
            {QStringLiteral("event_id"), QStringLiteral("seed-%1").arg(++serial)},
            {QStringLiteral("kind"), QStringLiteral("viewing")},
            {QStringLiteral("created_at"), stamp(when)},
            {QStringLiteral("payload"),
             QJsonObject{{QStringLiteral("lecture_id"), lecture.id},
                         {QStringLiteral("intervals"), QJsonArray{QJsonArray{from, to}}},
                         {QStringLiteral("position_ms"), to},
                         {QStringLiteral("position_at"), stamp(when)},
                         {QStringLiteral("device_id"), QStringLiteral("seed-laptop")}}}});
        when = when.addSecs(std::max<qint64>(1, (to - from) / 1000));
    };
    for (const Lecture &lecture : std::as_const(lectures)) {
        // Sittings: part of the lecture, a break of days, the rest with a skip and a replay.
        const qint64 firstSitting = lecture.durationMs * (30 + random.bounded(50)) / 100;
        for (qint64 at = 0; at < lecture.durationMs; at += 10'000) {
            if (at >= firstSitting && at < firstSitting + 10'000)
                when = when.addDays(1 + random.bounded(3));
            if (at >= 30'000 && random.bounded(20) == 0)
                viewing(lecture, at - 30'000, at); // went back
            viewing(lecture, at, std::min(at + 10'000, lecture.durationMs));
        }
        if (lecture.hasQuiz) {
            const int attempts = 1 + int(random.bounded(3));
            for (int a = 0; a < attempts; ++a) {
                const QDateTime started = when;
                when = when.addSecs(300 + random.bounded(600));
                events.append(QJsonObject{
                    {QStringLiteral("event_id"), QStringLiteral("seed-%1").arg(++serial)},
                    {QStringLiteral("kind"), QStringLiteral("quiz_attempt")},
                    {QStringLiteral("created_at"), stamp(when)},
                    {QStringLiteral("payload"),
                     QJsonObject{{QStringLiteral("attempt_id"),
                                  QStringLiteral("seed-attempt-%1").arg(serial)},
                                 {QStringLiteral("lecture_id"), lecture.id},
                                 {QStringLiteral("started_at"), stamp(started)},
                                 {QStringLiteral("finished_at"), stamp(when)},
                                 {QStringLiteral("auto_submitted"), false},
                                 {QStringLiteral("device_id"), QStringLiteral("seed-desktop")},
                                 {QStringLiteral("responses"), QJsonArray()}}}});
            }
        }
        when = when.addDays(std::max<qint64>(1, daysPerLecture - 3));
    }
    int rejected = 0;
    for (qsizetype from = 0; from < events.size(); from += 200) {
        QJsonArray batch;
        for (qsizetype i = from; i < std::min<qsizetype>(from + 200, events.size()); ++i)
            batch.append(events.at(i));
        const QJsonObject body{{QStringLiteral("device_id"), QStringLiteral("seed-laptop")},
                               {QStringLiteral("events"), batch}};
        const Result<QByteArray> answer
            = call(network, base.resolved(QUrl(QStringLiteral("/api/v1/sync/push"))), token,
                   QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!answer)
            return answer.error();
        for (const QJsonValue &result : QJsonDocument::fromJson(answer.value())
                                            .object()
                                            .value(QStringLiteral("results"))
                                            .toArray()) {
            if (result.toObject().value(QStringLiteral("status")).toString() != u"applied"
                && rejected++ == 0)
                std::fprintf(stderr, "seed event rejected: %s\n",
                             QJsonDocument(result.toObject()).toJson().constData());
        }
    }
    std::fprintf(stderr, "seeded %lld events over %lld lectures (%d rejected)\n",
                 qlonglong(events.size()), qlonglong(lectures.size()), rejected);
    return rejected == 0
        ? ok()
        : Status(Error{QStringLiteral("seed"), QStringLiteral("the server rejected seed events")});
}

// One first sync from an empty client database; its figures, or an error.
Result<QJsonObject> firstSync(const QUrl &base, const QString &user, const QString &password)
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    LocalStore store(dir.filePath(QStringLiteral("lectern.sqlite")));
    ApiClient api(&network);
    api.setServer(base);
    CatalogSync catalogSync(&api, &store);
    ProgressSync progressSync(&api, &store);

    bool opened = false;
    QObject::connect(&store, &LocalStore::opened, [&opened] { opened = true; });
    store.openAsync();
    if (!waitFor([&opened] { return opened; }))
        return Error{QStringLiteral("open"), QStringLiteral("the store did not open")};
    std::optional<Result<Session>> session;
    api.login(user, password, &network, [&session](Result<Session> r) { session = r; });
    if (!waitFor([&session] { return session.has_value(); }) || !*session)
        return Error{QStringLiteral("login"), QStringLiteral("login failed")};
    api.setToken(session->value().token);

    // The heartbeat: ticks every 5 ms; a longer gap is time the thread could not run events.
    constexpr int kBeatMs = 5;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(kBeatMs);
    QElapsedTimer sinceBeat;
    qint64 longestStallNs = 0;
    int beats = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestStallNs = std::max(longestStallNs, sinceBeat.nsecsElapsed() - kBeatMs * 1'000'000);
        sinceBeat.start();
        ++beats;
    });

    QElapsedTimer clock;
    clock.start();
    sinceBeat.start();
    heartbeat.start();

    std::optional<Error> failure;
    bool catalogDone = false;
    QObject::connect(&catalogSync, &CatalogSync::finished, [&catalogDone] { catalogDone = true; });
    QObject::connect(&catalogSync, &CatalogSync::failed,
                     [&failure](const Error &error) { failure = error; });
    catalogSync.start();
    if (!waitFor([&] { return catalogDone || failure; }) || failure)
        return failure.value_or(Error{QStringLiteral("timeout"), QStringLiteral("catalog")});
    const qint64 catalogMs = clock.elapsed();

    std::optional<ProgressSyncResult> synced;
    QObject::connect(&progressSync, &ProgressSync::finished,
                     [&synced](const ProgressSyncResult &result) { synced = result; });
    QObject::connect(&progressSync, &ProgressSync::failed,
                     [&failure](const Error &error) { failure = error; });
    progressSync.start();
    if (!waitFor([&] { return synced || failure; }) || failure)
        return failure.value_or(Error{QStringLiteral("timeout"), QStringLiteral("progress")});
    const qint64 progressMs = clock.elapsed() - catalogMs;

    // What the window does next: load the progress it shows.
    std::optional<qsizetype> lecturesWithProgress;
    QObject::connect(&store, &LocalStore::progressLoaded,
                     [&](const QHash<QString, LectureProgress> &progress) {
                         lecturesWithProgress = progress.size();
                     });
    store.loadProgressAsync();
    if (!waitFor([&] { return lecturesWithProgress.has_value(); }))
        return Error{QStringLiteral("timeout"), QStringLiteral("progress load")};
    const qint64 totalMs = clock.elapsed();
    heartbeat.stop();

    return QJsonObject{
        {QStringLiteral("catalog_ms"), catalogMs},
        {QStringLiteral("progress_ms"), progressMs},
        {QStringLiteral("total_ms"), totalMs},
        {QStringLiteral("pulled"), synced->pulled},
        {QStringLiteral("quiz_courses"), synced->quizCourses},
        {QStringLiteral("lectures_with_progress"), qint64(*lecturesWithProgress)},
        {QStringLiteral("longest_stall_ms"), qRound(double(longestStallNs) / 1e5) / 10.0},
        {QStringLiteral("heartbeats"), beats},
    };
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("the server's base URL"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("measured syncs"),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("learner"),
                                  QStringLiteral("NAME"), QStringLiteral("learner"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("password"),
                                      QStringLiteral("PASSWORD"), QStringLiteral("learner-demo"));
    parser.addOptions({runs, user, password});
    parser.process(app);
    const QUrl base(parser.positionalArguments().value(0));
    if (!base.isValid() || base.isRelative())
        parser.showHelp(2);

    {
        QNetworkAccessManager network;
        const QJsonObject credentials{{QStringLiteral("username"), parser.value(user)},
                                      {QStringLiteral("password"), parser.value(password)}};
        const Result<QByteArray> login
            = call(network, base.resolved(QUrl(QStringLiteral("/api/v1/auth/login"))), QString(),
                   QJsonDocument(credentials).toJson(QJsonDocument::Compact));
        if (!login)
            return fail(login.error().message);
        const QString token = QJsonDocument::fromJson(login.value())
                                  .object()
                                  .value(QStringLiteral("token"))
                                  .toString();
        if (Status s = seed(network, base, token); !s)
            return fail(s.error().message);
    }

    QList<double> totals;
    QList<double> stalls;
    for (int i = 0; i < parser.value(runs).toInt(); ++i) {
        const Result<QJsonObject> figures
            = firstSync(base, parser.value(user), parser.value(password));
        if (!figures)
            return fail(figures.error().message);
        std::printf("%s\n",
                    QJsonDocument(figures.value()).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        totals.append(figures.value().value(QStringLiteral("total_ms")).toDouble());
        stalls.append(figures.value().value(QStringLiteral("longest_stall_ms")).toDouble());
    }
    std::printf("{\"median_total_ms\":%g,\"median_longest_stall_ms\":%g}\n", median(totals),
                median(stalls));
    return 0;
}
